"""The printed result of a job-offer check, to give to the family (A4 or F4, portrait).

Everything printed arrives already worded (the UI translates it); this module only lays it out.
It holds no personal identifiers unless the caller put them in ``ResultSheet.details``. The
numbers to call come straight after the level, so they are always on the first page, and every
page says "page x of y" so that a family can tell a sheet is complete.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from desktop.printing.fonts import BODY, BOLD, register_fonts
from desktop.printing.pages import PageMarks, build_pdf
from desktop.printing.paper import Paper

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
ACCENT = colors.HexColor("#0b5394")
RED = colors.HexColor("#b00020")

# Light tint and strong border per level key: the words carry the meaning, the tint helps,
# and a black-and-white copy stays readable (dark text on a light background).
LEVEL_INK = {
    "sangat_tinggi": ("#fbe3e6", "#b00020"),
    "tinggi": ("#fde9dc", "#a33c00"),
    "sedang": ("#fff4cc", "#8a6d00"),
    "rendah": ("#e3f1e3", "#2e6b30"),
}


@dataclass(frozen=True)
class Item:
    text: str
    marker: str = ""  # printed bold before the text, e.g. "TANDA BAHAYA"


@dataclass(frozen=True)
class Section:
    title: str
    items: tuple[Item, ...]
    numbered: bool = False
    empty: str = ""  # printed when there are no items


@dataclass(frozen=True)
class ResultSheet:
    heading: str
    place: str  # the village and its area, e.g. "Desa Kungkai, Kecamatan Bangko, ..."
    level_key: str  # a RiskLevel value: picks the tint
    level_words: str
    level_meaning: str
    footer: str  # date, checklist version, app version
    page_label: str  # "Halaman {page} dari {pages}"
    contacts: tuple[Section, ...] = ()  # whom to call: printed boxed, right after the level
    sections: tuple[Section, ...] = ()
    details: tuple[tuple[str, str], ...] = ()  # label, value; only when the user chose it
    details_title: str = ""
    notice: str = ""  # a short closing note
    training: str = ""  # "MODE LATIHAN" across every page of a sheet made in training mode


@dataclass
class _Styles:
    body: ParagraphStyle = field(
        default_factory=lambda: ParagraphStyle(
            "body", fontName=BODY, fontSize=10.5, leading=13.6, textColor=INK
        )
    )

    def derive(self, name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=self.body, **kw)


def _table(rows, widths, commands) -> Table:
    table = Table(rows, colWidths=widths)
    # Table's own default font (Helvetica) is not embedded: name ours for every cell.
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BODY, 10.5), *commands]))
    return table


def _level_box(sheet: ResultSheet, width: float, styles: _Styles) -> Table:
    tint, border = LEVEL_INK.get(sheet.level_key, ("#eeeeee", "#333333"))
    words = styles.derive(
        "level", fontName=BOLD, fontSize=20, leading=24, textColor=colors.HexColor(border)
    )
    meaning = styles.derive("meaning", fontSize=11.5, leading=15)
    return _table(
        [
            [
                [
                    Paragraph(escape(sheet.level_words.upper()), words),
                    Spacer(1, 2 * mm),
                    Paragraph(escape(sheet.level_meaning), meaning),
                ]
            ]
        ],
        [width],
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(tint)),
            ("BOX", (0, 0), (-1, -1), 2.2, colors.HexColor(border)),
            ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
        ],
    )


def _section(section: Section, styles: _Styles, *, keep_heading: bool = True) -> list:
    title = styles.derive(
        "section",
        fontName=BOLD,
        fontSize=12.5,
        leading=16,
        textColor=ACCENT,
        spaceBefore=9,
        spaceAfter=3,
    )
    item_style = styles.derive(
        "item", leftIndent=7 * mm, bulletIndent=1 * mm, spaceAfter=2.5, bulletFontName=BODY
    )
    flows: list = []
    for n, item in enumerate(section.items, start=1):
        text = escape(item.text)
        if item.marker:
            text = f'<font name="{BOLD}" color="#b00020">{escape(item.marker)}:</font> {text}'
        bullet = f"{n}." if section.numbered else "•"
        flows.append(Paragraph(text, item_style, bulletText=bullet))
    if not flows and section.empty:
        flows.append(Paragraph(escape(section.empty), styles.derive("empty", textColor=GREY)))
    if not flows:
        return []
    heading = Paragraph(escape(section.title), title)
    if not keep_heading:  # inside a table cell, which never breaks across pages anyway
        return [heading, *flows]
    # The heading never stands alone at the foot of a page.
    return [KeepTogether([heading, flows[0]]), *flows[1:]]


def _contacts_box(sheet: ResultSheet, width: float, styles: _Styles) -> list:
    """The numbers to call, in a ruled box, so that they stand out on the first page."""
    inner: list = []
    for section in sheet.contacts:
        inner += _section(section, styles, keep_heading=False)
    if not inner:
        return []
    box = _table(
        [[inner]],
        [width],
        [
            ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ],
    )
    return [Spacer(1, 3 * mm), box]


def _details(sheet: ResultSheet, width: float, styles: _Styles) -> list:
    if not sheet.details:
        return []
    label = styles.derive("label", textColor=GREY)
    rows = [
        [Paragraph(escape(k), label), Paragraph(escape(v), styles.body)] for k, v in sheet.details
    ]
    title = styles.derive("dtitle", fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT)
    table = _table(
        rows,
        [width * 0.3, width * 0.7],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.HexColor("#cccccc")),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return [Spacer(1, 3 * mm), Paragraph(escape(sheet.details_title), title), table]


def build_result_sheet(sheet: ResultSheet, paper: Paper) -> bytes:
    """The PDF of ``sheet`` laid out on ``paper``."""
    register_fonts()
    width = paper.size[0]
    margin = 18 * mm
    frame_width = width - 2 * margin
    styles = _Styles()
    heading = styles.derive(
        "heading", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=1.5 * mm
    )
    place = styles.derive("place", textColor=GREY, spaceAfter=4 * mm)
    notice = styles.derive("notice", fontSize=9, leading=11.5, textColor=GREY, spaceBefore=8)
    story: list = [
        Paragraph(escape(sheet.heading), heading),
        Paragraph(escape(sheet.place), place),
        _level_box(sheet, frame_width, styles),
        *_contacts_box(sheet, frame_width, styles),
        *_details(sheet, frame_width, styles),
    ]
    for section in sheet.sections:
        story += _section(section, styles)
    if sheet.notice:
        story.append(Paragraph(escape(sheet.notice), notice))

    marks = PageMarks(page_label=sheet.page_label, footer=sheet.footer, training=sheet.training)
    return build_pdf(story, paper, marks, margin=margin, top=16 * mm, title=sheet.heading)
