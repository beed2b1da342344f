"""The pieces every leaflet is built of: the page margin, text blocks with their bullets, the
heading band, the tinted box, a table in the embedded font, and the training mark."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.content import Block, BlockKind
from desktop.printing.fonts import BODY, BOLD
from desktop.printing.leaflets.data import LeafletData
from desktop.printing.leaflets.style import Styles
from desktop.printing.leaflets.text import markup
from desktop.printing.pages import training_mark

MARGIN = 10 * mm

# Cells that take their contents' own size (the QR code beside its caption, and the like).
NO_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def block_flowables(blocks: list[Block], styles: Styles, accent) -> list[Flowable]:
    """A section's paragraphs and list items, bullets and numbers in ``accent``."""
    gap = styles.base * styles.scale * 0.42
    flows: list[Flowable] = []
    for block in blocks:
        text = markup(block.text)
        if block.kind is BlockKind.BULLET:
            flows.append(Paragraph(text, styles.bullet(accent), bulletText="•"))
        elif block.kind is BlockKind.NUMBERED:
            flows.append(Paragraph(text, styles.numbered(accent), bulletText=f"{block.number}."))
        else:
            flows.append(Paragraph(text, styles.body))
        flows.append(Spacer(1, gap))
    return flows[:-1]


class Grid(Table):
    """A reportlab Table whose cells default to the embedded font (Table's own default,
    Helvetica, is not embedded and would be referenced even by cells holding paragraphs)."""

    def __init__(self, data, **kw) -> None:
        super().__init__(data, **kw)
        self.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BODY, 9)]))


def band(
    text: str,
    width: float,
    styles: Styles,
    size: float,
    background,
    color=colors.white,
    height: float | None = None,
) -> Table:
    """A heading printed white on a dark band (stays readable on a black-and-white copy)."""
    style = styles.style("band", size, fontName=BOLD, textColor=color, leading=size * 1.2)
    pad = size * styles.scale * 0.45
    table = Grid([[Paragraph(escape(text), style)]], colWidths=[width], rowHeights=[height])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.3),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad * 1.3),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.15),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def boxed(flows: list[Flowable], width: float, background) -> Table:
    """``flows`` on a tinted or dark ground (the question to ask the village office)."""
    pad = 3 * mm
    table = Grid([[flows]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    return table


def mark_training(canvas: Canvas, width: float, height: float, data: LeafletData) -> None:
    """In training mode every page says so across it, so that a leaflet with made-up numbers
    is never handed out by mistake."""
    if data.profile.training:
        training_mark(canvas, width, height, data.t("training_mark"))
