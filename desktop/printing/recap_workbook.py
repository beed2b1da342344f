"""The office's recap of a period as a spreadsheet workbook (XLSX, with openpyxl): a first
sheet with the period and the main figures, one sheet per breakdown with its counts, shares
and a bar chart, and a last sheet with the period's records one per row, without anything that
names or describes a person.

Written row by row (openpyxl's write-only mode), so a year of 100,000 records never sits in
memory as cells. The words come from the caller; this module lays them out.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.printing.recap_pdf import Figure

MAX_SHEET_NAME = 31  # Excel's limit
_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


@dataclass(frozen=True)
class RecordSheet:
    """The period's records, one per row, in words."""

    name: str
    columns: tuple[str, ...]
    rows: Iterable[tuple[object, ...]]


@dataclass(frozen=True)
class RecapWorkbook:
    title: str
    period: str
    notice: str
    summary: tuple[tuple[str, object], ...]  # the main figures, labelled
    summary_name: str  # the first sheet's name, e.g. "Ringkasan"
    figures: tuple[tuple[str, Figure], ...]  # (sheet name, figure)
    count_heading: str
    share_heading: str
    records: RecordSheet


def sheet_name(name: str, taken: set[str]) -> str:
    """``name`` as Excel allows it: no []:*?/\\, at most 31 characters, not used twice."""
    tidy = " ".join(name.translate(_FORBIDDEN).split())[:MAX_SHEET_NAME] or "Sheet"
    candidate, n = tidy, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = tidy[: MAX_SHEET_NAME - len(suffix)] + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


def _fit_width(sheet, *, landscape: bool = False) -> None:
    """Printed, the sheet is one page wide (as many pages long as it needs)."""
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    if landscape:
        sheet.page_setup.orientation = "landscape"


def _bold(sheet, value: object) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.font = Font(bold=True)
    return cell


def _figure_sheet(book: Workbook, name: str, figure: Figure, recap: RecapWorkbook) -> None:
    sheet = book.create_sheet(name)
    _fit_width(sheet, landscape=True)
    sheet.column_dimensions["A"].width = 46
    sheet.column_dimensions["B"].width = 12
    sheet.column_dimensions["C"].width = 12
    first_more = 4 if figure.share_of else 3  # after the label, the count and any share
    for n in range(len(figure.more_headings)):
        sheet.column_dimensions[get_column_letter(first_more + n)].width = 16
    sheet.append([_bold(sheet, figure.title)])
    sheet.append([recap.period])
    sheet.append([])
    count_heading = figure.count_heading or recap.count_heading
    head = [_bold(sheet, figure.heading), _bold(sheet, count_heading)]
    if figure.share_of:
        head.append(_bold(sheet, recap.share_heading))
    head += [_bold(sheet, h) for h in figure.more_headings]
    sheet.append(head)
    first = 5
    for n, (label, count) in enumerate(figure.rows):
        row: list[object] = [label, count]
        if figure.share_of:
            row.append(round(100 * count / figure.share_of, 1))
        if figure.more_headings:
            row += list(figure.more[n])
        sheet.append(row)
    if not figure.rows:
        sheet.append([figure.empty])
        return
    if figure.note:
        sheet.append([])
        sheet.append([figure.note])
    last = first + len(figure.rows) - 1
    chart = BarChart()
    chart.type = "col" if figure.columns else "bar"
    chart.title = figure.title
    chart.legend = None
    chart.y_axis.title = count_heading
    counts = Reference(sheet, min_col=2, min_row=first - 1, max_row=last)
    chart.add_data(counts, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
    if not figure.columns:
        chart.x_axis.scaling.orientation = "maxMin"  # the largest at the top, as listed
    chart.height = max(7.5, 0.6 * len(figure.rows) + 3)
    chart.width = 18
    sheet.add_chart(chart, f"{get_column_letter(first_more + len(figure.more_headings) + 1)}4")


def build_recap_workbook(recap: RecapWorkbook) -> bytes:
    """The workbook as the bytes of an XLSX file."""
    book = Workbook(write_only=True)
    taken: set[str] = set()
    summary = book.create_sheet(sheet_name(recap.summary_name, taken))
    _fit_width(summary)
    summary.column_dimensions["A"].width = 60
    summary.column_dimensions["B"].width = 24
    summary.append([_bold(summary, recap.title)])
    summary.append([recap.period])
    # A sentence a row: a spreadsheet does not grow a row for wrapped text.
    for sentence in re.split(r"(?<=\.) ", recap.notice):
        summary.append([sentence])
    summary.append([])
    for label, value in recap.summary:
        summary.append([label, value])
    for name, figure in recap.figures:
        _figure_sheet(book, sheet_name(name, taken), figure, recap)
    records = book.create_sheet(sheet_name(recap.records.name, taken))
    _fit_width(records, landscape=True)
    for n, _column in enumerate(recap.records.columns, start=1):
        records.column_dimensions[get_column_letter(n)].width = 18
    records.freeze_panes = "A2"
    records.append([_bold(records, c) for c in recap.records.columns])
    for row in recap.records.rows:
        records.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
