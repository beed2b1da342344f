"""One incident record as a printable summary (A4 or F4): village letterhead (kop desa), the
record in labelled sections, a signature block kept with the last section, and on every page
the kode wilayah, "Halaman x dari y" and RAHASIA (desktop.printing.pages).

The words come from the caller (the UI owns wording and decides what is printed, e.g. whether
personal identifiers are included); this module only lays them out. The office's recap
(desktop.printing.recap_pdf) takes its kop, its text styles and its escaping from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.printing.fonts import BODY, BOLD, register_fonts
from desktop.printing.pages import PageMarks, build_pdf
from desktop.printing.paper import Paper


@dataclass(frozen=True)
class Letterhead:
    """Kop desa: e.g. PEMERINTAH KABUPATEN …, KECAMATAN …, KANTOR KEPALA DESA …, address."""

    lines: tuple[str, ...]
    address: str = ""


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[tuple[str, str], ...] = ()
    note: str = ""  # a sentence shown when there are no rows


@dataclass(frozen=True)
class PrintedRecord:
    letterhead: Letterhead
    title: str
    subtitle: str
    notice: str
    sections: tuple[Section, ...]
    marks: PageMarks  # on every page: kode wilayah, "Halaman x dari y", RAHASIA
    signature: tuple[str, ...] = ()  # place and date, office, (space to sign), name
    alert: bool = False  # the notice warns (names and NIK are printed): a red box


def document_styles(section_space: float) -> dict[str, ParagraphStyle]:
    """The styles this summary shares with the office's recap: body text, the centred title
    and subtitle, the section headings (``section_space`` above them) and the signature."""
    base = ParagraphStyle("body", fontName=BODY, fontSize=10, leading=13)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=13, leading=17, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=section_space,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "signature": ParagraphStyle("signature", parent=base, alignment=TA_LEFT),
    }


def _styles() -> dict[str, ParagraphStyle]:
    styles = document_styles(section_space=9)
    base = styles["body"]
    return {
        **styles,
        "caption": ParagraphStyle("caption", parent=base, fontName=BOLD, fontSize=9.5),
        "kop": ParagraphStyle(
            "kop", parent=base, fontName=BOLD, fontSize=13, leading=16, alignment=TA_CENTER
        ),
        "kop_small": ParagraphStyle(
            "kop_small", parent=base, fontSize=9.5, leading=12, alignment=TA_CENTER
        ),
        "notice": ParagraphStyle("notice", parent=base, fontName=BOLD, alignment=TA_CENTER),
    }


def paragraph_text(value: str) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(value).replace("\n", "<br/>")


class _DoubleRule(Flowable):
    """The thick-and-thin double line under an Indonesian letterhead."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = 5

    def draw(self) -> None:
        self.canv.setLineWidth(2)
        self.canv.line(0, 4, self.width, 4)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0.5, self.width, 0.5)


def letterhead_story(letterhead: Letterhead, width: float) -> list[Flowable]:
    """The kop: its lines centred and bold, the address under them, the double rule (also
    the kop kantor of the office's recap)."""
    register_fonts()
    styles = _styles()
    story: list[Flowable] = [
        Paragraph(paragraph_text(line), styles["kop"]) for line in letterhead.lines
    ]
    if letterhead.address:
        story.append(Paragraph(paragraph_text(letterhead.address), styles["kop_small"]))
    story += [Spacer(1, 2 * mm), _DoubleRule(width), Spacer(1, 5 * mm)]
    return story


def _section(section: Section, styles, width: float) -> list[Flowable]:
    heading = Paragraph(paragraph_text(section.title), styles["section"])
    if not section.rows:
        return [heading, Paragraph(paragraph_text(section.note), styles["body"])]
    rows = [
        [
            Paragraph(paragraph_text(caption), styles["caption"]),
            Paragraph(paragraph_text(value), styles["body"]),
        ]
        for caption, value in section.rows
    ]
    table = Table(rows, colWidths=[width * 0.34, width * 0.66])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [heading, table]


def build_incident_pdf(record: PrintedRecord, paper: Paper) -> bytes:
    """The PDF of ``record`` on ``paper``."""
    register_fonts()
    styles = _styles()
    width = paper.size[0]
    margin = 20 * mm
    frame_width = width - 2 * margin
    story: list[Flowable] = letterhead_story(record.letterhead, frame_width)
    story.append(Paragraph(paragraph_text(record.title), styles["title"]))
    if record.subtitle:
        story.append(Paragraph(paragraph_text(record.subtitle), styles["subtitle"]))
    if record.notice:
        notice = Table(
            [[Paragraph(paragraph_text(record.notice), styles["notice"])]], colWidths=[frame_width]
        )
        color = colors.HexColor("#b00020") if record.alert else colors.grey
        notice.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, color),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        story += [Spacer(1, 3 * mm), notice]
    shown = [section for section in record.sections if section.rows or section.note]
    for section in shown[:-1]:
        story += _section(section, styles, frame_width)
    # The signature never stands alone on a page: it goes over with the last section.
    last = _section(shown[-1], styles, frame_width) if shown else []
    if record.signature:
        lines = [
            Paragraph(paragraph_text(line) or "&nbsp;", styles["signature"])
            for line in record.signature
        ]
        block = Table([[None, lines]], colWidths=[frame_width * 0.55, frame_width * 0.45])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        last += [Spacer(1, 8 * mm), block]
    story.append(KeepTogether(last))
    return build_pdf(story, paper, record.marks, margin=margin, top=15 * mm, title=record.title)
