"""Pocket cards: three to a sheet, cut out and folded once; the warning signs and the QR code
on the front, whom to call on the back, nothing smaller than CARD_MIN_PT."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer

from desktop.printing.fonts import BODY, BOLD
from desktop.printing.leaflets.contacts import hotline_table, local_pairs, qr_block
from desktop.printing.leaflets.data import LeafletData
from desktop.printing.leaflets.layout import Stack, fit_shortened
from desktop.printing.leaflets.parts import MARGIN, band, block_flowables, mark_training
from desktop.printing.leaflets.style import GREY, INK, NAVY, RED, Styles
from desktop.printing.paper import Paper

CARDS_PER_SHEET = 3
CARD_PAD = 4.5 * mm
CARD_MIN_PT = 8.0  # the smallest text on a card (and the base of its hotline table)
CARD_BASE = CARD_MIN_PT / 0.95  # the table's names and extras are 0.95 of its base


def draw(canvas: Canvas, paper: Paper, data: LeafletData) -> None:
    width, height = paper.size
    card_width = width - 2 * MARGIN
    card_height = (height - 2 * MARGIN) / CARDS_PER_SHEET
    half = card_width / 2
    tanda_title, tanda = data.section_blocks("tanda-bahaya#ringkas")
    inner_w = half - 2 * CARD_PAD
    inner_h = card_height - 2 * CARD_PAD

    def front(scale: float, count: int) -> Stack:
        """The warning signs (the first ``count``), and the QR code to the official page."""
        s = Styles(scale, base=CARD_BASE)
        title = s.style("t", 11, fontName=BOLD, textColor=NAVY)
        village = s.style("v", CARD_MIN_PT, textColor=INK)
        qr_size = 15 * mm
        qr = qr_block(
            data,
            qr_size,
            inner_w - qr_size - 2 * mm,
            s.style("cap", CARD_MIN_PT),
            s.style("url", CARD_MIN_PT, fontName=BOLD, textColor=NAVY),
        )
        return Stack(
            top=[
                Paragraph(escape(data.t("title").upper()), title),
                Paragraph(
                    escape(f"{data.kind} {data.profile.village_name}, {data.place}"), village
                ),
                Spacer(1, 1.5 * mm * scale),
                band(tanda_title, inner_w, s, 9.5, RED),
                Spacer(1, 2 * mm * scale),
                *block_flowables(tanda[:count], s, RED),
            ],
            bottom=[qr],
            min_gap=2 * mm,
        )

    def back(scale: float, parts: int) -> Stack:
        """Who to call; ``parts`` 2 adds who issued the card (left out for a long village
        name: the front names the village too)."""
        s = Styles(scale, base=CARD_BASE)
        heading = s.style("h", 9, fontName=BOLD, textColor=NAVY)
        issued = s.style("iss", CARD_MIN_PT, textColor=GREY)
        return Stack(
            top=[
                band(data.t("report_heading"), inner_w, s, 9.5, NAVY),
                Spacer(1, 1.5 * mm * scale),
                hotline_table(data, s, inner_w, number_size=11, name_share=0.3, compact=True),
                Spacer(1, 2 * mm * scale),
                Paragraph(escape(data.t("local_heading")), heading),
                local_pairs(data, s, inner_w, CARD_MIN_PT),
            ],
            bottom=[Paragraph(escape(data.issued_by), issued)] if parts > 1 else [],
            min_gap=2 * mm,
        )

    # A pocket card is small print by nature, but never below CARD_MIN_PT: the warning signs
    # that do not fit at that size are left out from the end of the list.
    front_scale, shown = fit_shortened(
        front, len(tanda), inner_w, inner_h, "card front", lo=1.0, hi=1.35
    )
    back_scale, back_parts = fit_shortened(back, 2, inner_w, inner_h, "card back", lo=1.0, hi=1.35)
    for i in range(CARDS_PER_SHEET):
        y = height - MARGIN - (i + 1) * card_height
        front(front_scale, shown).draw(canvas, MARGIN + CARD_PAD, y + CARD_PAD, inner_w, inner_h)
        back(back_scale, back_parts).draw(
            canvas, MARGIN + half + CARD_PAD, y + CARD_PAD, inner_w, inner_h
        )
    _card_guides(canvas, paper, card_width, card_height, data)
    mark_training(canvas, width, height, data)


def _card_guides(canvas: Canvas, paper: Paper, card_width, card_height, data: LeafletData):
    width, height = paper.size
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setFillColor(GREY)
    canvas.setLineWidth(0.5)
    canvas.setFont(BODY, CARD_MIN_PT)
    canvas.setDash(4, 3)
    for i in range(CARDS_PER_SHEET + 1):
        y = height - MARGIN - i * card_height
        canvas.line(MARGIN - 4 * mm, y, width - MARGIN + 4 * mm, y)
    canvas.line(MARGIN, MARGIN, MARGIN, height - MARGIN)
    canvas.line(width - MARGIN, MARGIN, width - MARGIN, height - MARGIN)
    canvas.setDash(1, 2)
    fold_x = MARGIN + card_width / 2
    canvas.line(fold_x, MARGIN, fold_x, height - MARGIN)
    canvas.setDash()
    for i in range(CARDS_PER_SHEET):
        y = height - MARGIN - i * card_height
        canvas.drawCentredString(fold_x, y + 1.2 * mm, data.t("fold_here"))
    canvas.drawString(MARGIN - 4 * mm, height - MARGIN + 1.5 * mm, f"✂ {data.t('cut_here')}")
    canvas.restoreState()
