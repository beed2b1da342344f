"""The office's recap of a period as a printable report (A4 or F4): the kop kantor, the period,
the main figures, then each breakdown as a table of counts and shares with its bars (months
and quarters as columns), a signature block, and on every page "Halaman x dari y"
(desktop.printing.pages).

Figures only: the caller (the UI, or the command line through it) puts them into words and
leaves personal data out; this module lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.printing.fonts import BODY, BOLD, register_fonts
from desktop.printing.incident_pdf import (
    Letterhead,
    document_styles,
    letterhead_story,
    paragraph_text,
)
from desktop.printing.pages import PageMarks, build_pdf
from desktop.printing.paper import Paper

BAR = colors.HexColor("#0b5394")
GRID = colors.HexColor("#9a9a9a")
HEAD = colors.HexColor("#eef2f6")
NOTE = colors.HexColor("#444444")


@dataclass(frozen=True)
class Figure:
    """One breakdown: rows of (label, count), the most first as the caller orders them."""

    title: str
    heading: str  # the label column's heading, e.g. "Modus"
    rows: tuple[tuple[str, int], ...]
    share_of: int = 0  # the total each share is of (0: no share column)
    note: str = ""  # a sentence under the table, e.g. what was left out
    empty: str = ""  # said instead of the table when there are no rows
    columns: bool = False  # drawn as columns in time order (months, quarters), not as bars
    short_labels: tuple[str, ...] = ()  # under the columns, when the labels are long ("Jan")
    count_heading: str = ""  # what is counted, when not the recap's ("Kegiatan")
    more_headings: tuple[str, ...] = ()  # further counts of each row, e.g. "Peserta"
    more: tuple[tuple[int, ...], ...] = ()  # each row's further counts, in heading order


@dataclass(frozen=True)
class PrintedRecap:
    letterhead: Letterhead
    title: str
    period: str  # e.g. "Periode: November 2026 (1–30 November 2026)"
    notice: str  # what the report holds and leaves out (no personal data)
    summary: tuple[tuple[str, str], ...]  # the main figures, labelled
    figures: tuple[Figure, ...]
    count_heading: str  # "Jumlah"
    share_heading: str  # "Persen"
    signature: tuple[str, ...]  # place and date, office, (space to sign), name
    marks: PageMarks


def _styles() -> dict[str, ParagraphStyle]:
    styles = document_styles(section_space=8)
    base = styles["body"]
    return {
        **styles,
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12),
        "number": ParagraphStyle("number", parent=base, fontSize=9.5, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=9.5, leading=12),
        "head_number": ParagraphStyle(
            "head_number", parent=base, fontName=BOLD, fontSize=9.5, alignment=TA_RIGHT
        ),
        "note": ParagraphStyle("note", parent=base, fontSize=9, leading=11, textColor=NOTE),
    }


def _bar(count: int, largest: int, width: float) -> Drawing:
    """A bar as long as ``count`` is against ``largest``, in a cell ``width`` wide."""
    drawing = Drawing(width, 9)
    if largest > 0 and count > 0:
        drawing.add(Rect(0, 1, max(1.0, width * count / largest), 7, fillColor=BAR, strokeWidth=0))
    return drawing


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.1f}".replace(".", ",") if total else ""


def _number(count: int) -> str:
    return f"{count:,}".replace(",", ".")


def _table(figure: Figure, recap: PrintedRecap, styles, width: float) -> Table:
    with_share = figure.share_of > 0
    more = len(figure.more_headings)
    # Further counts take their room from the bars, which only repeat the first count.
    label_width = width * ((0.44 if with_share else 0.52) - 0.04 * more)
    number_width = width * (0.14 if more else 0.12)
    share_width = width * 0.11 if with_share else 0
    more_width = width * 0.14
    bar_width = width - label_width - number_width - share_width - more * more_width
    largest = max((count for _, count in figure.rows), default=0)
    head = [Paragraph(paragraph_text(figure.heading), styles["head"])]
    count_heading = figure.count_heading or recap.count_heading
    head.append(Paragraph(paragraph_text(count_heading), styles["head_number"]))
    if with_share:
        head.append(Paragraph(paragraph_text(recap.share_heading), styles["head_number"]))
    head += [Paragraph(paragraph_text(h), styles["head_number"]) for h in figure.more_headings]
    head.append("")
    rows: list[list] = [head]
    for n, (label, count) in enumerate(figure.rows):
        row: list = [
            Paragraph(paragraph_text(label), styles["cell"]),
            Paragraph(_number(count), styles["number"]),
        ]
        if with_share:
            row.append(Paragraph(_share(count, figure.share_of), styles["number"]))
        row += [Paragraph(_number(c), styles["number"]) for c in figure.more[n]] if more else []
        row.append(_bar(count, largest, bar_width - 8))
        rows.append(row)
    widths = [label_width, number_width] + ([share_width] if with_share else [])
    widths += [more_width] * more + [bar_width]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _columns(figure: Figure, width: float) -> Drawing:
    """Counts in time order as columns, each with its count above it and its name below."""
    height = 45 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 10 * mm, 7 * mm
    chart.width, chart.height = width - 14 * mm, height - 13 * mm
    chart.data = [[count for _, count in figure.rows]]
    chart.categoryAxis.categoryNames = list(figure.short_labels) or [
        label for label, _ in figure.rows
    ]
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    largest = max((count for _, count in figure.rows), default=0)
    chart.valueAxis.valueMax = max(1, largest + largest // 8 + 1)
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeWidth = 0
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BODY
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _figure(figure: Figure, recap: PrintedRecap, styles, width: float) -> list[Flowable]:
    heading = Paragraph(paragraph_text(figure.title), styles["section"])
    if not figure.rows:
        return [heading, Paragraph(paragraph_text(figure.empty), styles["body"])]
    parts: list[Flowable] = [heading]
    if figure.columns:
        parts.append(_columns(figure, width))
    parts.append(_table(figure, recap, styles, width))
    if figure.note:
        parts.append(Paragraph(paragraph_text(figure.note), styles["note"]))
    if len(figure.rows) <= 12:  # a short breakdown is never split over two pages
        return [KeepTogether(parts)]
    return parts


def build_recap_pdf(recap: PrintedRecap, paper: Paper) -> bytes:
    """The PDF of ``recap`` on ``paper``."""
    register_fonts()
    styles = _styles()
    margin = 18 * mm
    width = paper.size[0] - 2 * margin
    story: list[Flowable] = letterhead_story(recap.letterhead, width)
    story.append(Paragraph(paragraph_text(recap.title), styles["title"]))
    story.append(Paragraph(paragraph_text(recap.period), styles["subtitle"]))
    story.append(Spacer(1, 3 * mm))
    if recap.notice:
        notice = Table(
            [[Paragraph(paragraph_text(recap.notice), styles["body"])]], colWidths=[width]
        )
        notice.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, GRID),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        story.append(notice)
    if recap.summary:
        rows = [
            [
                Paragraph(paragraph_text(label), styles["head"]),
                Paragraph(paragraph_text(value), styles["number"]),
            ]
            for label, value in recap.summary
        ]
        summary = Table(rows, colWidths=[width * 0.7, width * 0.3])
        summary.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                    ("BACKGROUND", (0, 0), (0, -1), HEAD),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        story += [Spacer(1, 3 * mm), summary]
    for figure in recap.figures:
        story += _figure(figure, recap, styles, width)
    if recap.signature:
        lines = [
            Paragraph(paragraph_text(line) or "&nbsp;", styles["signature"])
            for line in recap.signature
        ]
        block = Table([[None, lines]], colWidths=[width * 0.55, width * 0.45])
        block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(1, 8 * mm), KeepTogether([block])]
    return build_pdf(story, paper, recap.marks, margin=margin, top=15 * mm, title=recap.title)
