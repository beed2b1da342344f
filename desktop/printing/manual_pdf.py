"""The staff manual on paper (A4 or F4, portrait): a first page with the title and the chapters'
list with the page each one starts on, then every chapter from a new page: its headings,
paragraphs, lists and command lines, and on every page "Halaman x dari y".

The chapters come from ``domain.manual`` as written; the words around them (the title, the
contents' heading, the page label) come from the caller. The pages are laid out twice: the
first time tells on which page each chapter starts, the second prints those numbers in the list
(which takes the same room both times, so no chapter moves).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.domain.manual import Block, BlockKind, Chapter, Manual
from desktop.printing.fonts import BODY, BOLD, register_fonts
from desktop.printing.pages import PageMarks, build_pdf
from desktop.printing.paper import Paper

INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#0b5394")
CODE_INK = "#0b3d6e"
CODE_BACKGROUND = colors.HexColor("#eef2f6")
MARGIN = 20 * mm
BODY_SIZE = 11.0  # read by older staff, often on a photocopy: larger than a book's

_CODE_SPAN = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_PLACEHOLDER = "\x00{}\x00"


@dataclass(frozen=True)
class ManualPrint:
    """The manual and the words printed around it."""

    manual: Manual
    title: str  # e.g. "Panduan Siaga TPPO"
    subtitle: str  # e.g. "Versi 0.1.0 · dicetak 5 Desember 2026"
    contents: str  # the heading of the chapters' list, e.g. "Isi panduan"
    marks: PageMarks


def markup(markdown: str) -> str:
    """Inline Markdown as reportlab paragraph markup: **bold**, *italic*, `code`, and a link's
    words (paper cannot follow it)."""
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        spans.append(match.group(1))
        return _PLACEHOLDER.format(len(spans) - 1)

    text = _CODE_SPAN.sub(keep, markdown)  # nothing inside a code span is Markdown
    text = escape(_LINK.sub(r"\1", text))
    text = _BOLD.sub(r"<b>\1</b>", text)
    text = _ITALIC.sub(r"<i>\1</i>", text)
    for n, span in enumerate(spans):
        code = f'<font color="{CODE_INK}">{escape(span)}</font>'
        text = text.replace(_PLACEHOLDER.format(n), code)
    return text


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=BODY, fontSize=BODY_SIZE, leading=15, textColor=INK, spaceAfter=5
    )

    def derived(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **kw)

    return {
        "body": body,
        "title": derived("title", fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT),
        "subtitle": derived("subtitle", fontSize=12, leading=16, spaceAfter=14),
        "contents": derived("contents", fontName=BOLD, fontSize=15, leading=20, spaceAfter=8),
        "entry": derived("entry", fontSize=12, leading=16, spaceAfter=0),
        "page": derived("page", fontSize=12, leading=16, spaceAfter=0, alignment=TA_RIGHT),
        "chapter": derived(
            "chapter", fontName=BOLD, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=10
        ),
        "h2": derived(
            "h2", fontName=BOLD, fontSize=14.5, leading=19, textColor=ACCENT, spaceBefore=10
        ),
        "h3": derived("h3", fontName=BOLD, fontSize=12.5, leading=17, spaceBefore=6),
        "item0": derived("item0", leftIndent=7 * mm, bulletIndent=1.5 * mm, spaceAfter=3),
        "item1": derived("item1", leftIndent=13 * mm, bulletIndent=7.5 * mm, spaceAfter=3),
        # A command too long for the paper goes on indented, so it never reads as two.
        "code": derived(
            "code",
            fontSize=10,
            leading=13.5,
            textColor=colors.HexColor(CODE_INK),
            spaceAfter=0,
            leftIndent=5 * mm,
            firstLineIndent=-5 * mm,
        ),
    }


class ChapterStart(Flowable):
    """Takes no room; tells ``pages`` the page its chapter starts on when it is drawn."""

    def __init__(self, name: str, pages: dict[str, int]) -> None:
        super().__init__()
        self.name = name
        self.pages = pages

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.pages[self.name] = self.canv.getPageNumber()


def _code(block: Block, styles: dict[str, ParagraphStyle], width: float) -> Table:
    """Command lines in a tinted box; a line too long for the paper wraps at its spaces."""
    lines = [Paragraph(escape(line) or "&nbsp;", styles["code"]) for line in block.text.split("\n")]
    box = Table([[line] for line in lines], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), CODE_BACKGROUND),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 2.5 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
            ]
        )
    )
    return box


def _block(block: Block, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    if block.kind is BlockKind.CODE:
        return [Spacer(1, 1 * mm), _code(block, styles, width), Spacer(1, 3 * mm)]
    text = markup(block.text)
    if block.kind is BlockKind.HEADING:
        heading = Paragraph(text, styles[f"h{block.level}"])
        heading.keepWithNext = True
        return [heading]
    if block.kind is BlockKind.PARAGRAPH:
        return [Paragraph(text, styles["body"])]
    style = styles[f"item{block.level}"]
    marker = "•" if block.kind is BlockKind.BULLET else f"{block.number}."
    return [Paragraph(text, style, bulletText=marker)]


def _chapter(
    number: int, chapter: Chapter, styles: dict[str, ParagraphStyle], width: float, pages
) -> list[Flowable]:
    title = Paragraph(f"{number}. {escape(chapter.title)}", styles["chapter"])
    title.keepWithNext = True
    story: list[Flowable] = [PageBreak(), ChapterStart(chapter.name, pages), title]
    for block in chapter.blocks:
        story += _block(block, styles, width)
    return story


def _contents(doc: ManualPrint, styles, width: float, pages: dict[str, int]) -> list[Flowable]:
    rows = [
        [
            Paragraph(f"{n}.", styles["entry"]),
            Paragraph(escape(chapter.title), styles["entry"]),
            Paragraph(str(pages.get(chapter.name, "")), styles["page"]),
        ]
        for n, chapter in enumerate(doc.manual.chapters, start=1)
    ]
    table = Table(rows, colWidths=[12 * mm, width - 27 * mm, 15 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c8c8c8")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [
        Paragraph(escape(doc.title), styles["title"]),
        Paragraph(escape(doc.subtitle), styles["subtitle"]),
        Paragraph(escape(doc.contents), styles["contents"]),
        table,
    ]


def build_manual_pdf(doc: ManualPrint, paper: Paper = Paper.A4) -> bytes:
    """The PDF bytes of the whole manual on ``paper``."""
    register_fonts()
    styles = _styles()
    width = paper.size[0] - 2 * MARGIN
    pages: dict[str, int] = {}
    pdf = b""
    for _ in range(2):  # the first pass finds the pages the second one lists
        found = dict(pages)
        pages.clear()
        # A page number takes the room of "999" in both passes, so the list never grows.
        story = _contents(doc, styles, width, found or {c.name: 999 for c in doc.manual.chapters})
        for n, chapter in enumerate(doc.manual.chapters, start=1):
            story += _chapter(n, chapter, styles, width, pages)
        pdf = build_pdf(story, paper, doc.marks, margin=MARGIN, top=18 * mm, title=doc.title)
    return pdf
