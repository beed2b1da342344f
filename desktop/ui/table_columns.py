"""Table columns that fit the table's width: a list never scrolls sideways.

Each column is as wide as a number of average characters of the current text, never narrower
than its heading; one column (the summary) takes what is left. When the table is too narrow
for all of them (a small window, a large text) the least needed columns are left out, in the
order given, rather than make the list scroll sideways; the record itself still shows all. The
table is never narrower than the columns never left out need.

And the one look of a record list these columns sit in (the village log, the socialisation
events): one whole row chosen at a time, one line a row with its text cut short by "…".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

LEAST_FILL_CHARS = 22


def measure_columns(table: QTableView, chars: dict[int, int]) -> dict[int, int]:
    """The width of each column in ``chars``: its characters, and never less than its
    heading (and sort mark) needs."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    header.setMinimumSectionSize(metrics.averageCharWidth() * 4)
    table.verticalHeader().setDefaultSectionSize(metrics.height() + 12)
    return {
        column: max(metrics.averageCharWidth() * n, header.sectionSizeFromContents(column).width())
        for column, n in chars.items()
    }


def share_width(
    table: QTableView, widths: dict[int, int], fill: int, left_out_first: Sequence[int]
) -> None:
    """Show the columns of ``widths`` at their width and ``fill`` with the rest (at least
    LEAST_FILL_CHARS characters), leaving out columns in ``left_out_first`` order while they
    do not fit."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    room = table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()
    least_fill = table.fontMetrics().averageCharWidth() * LEAST_FILL_CHARS
    shown = set(widths)
    for column in left_out_first:
        if sum(widths[c] for c in shown) + least_fill <= room:
            break
        shown.discard(column)
    for column, width in widths.items():
        header.setSectionHidden(column, column not in shown)
        if column in shown:
            header.resizeSection(column, width)
    header.resizeSection(fill, max(room - sum(widths[c] for c in shown), least_fill))


class FittedColumns(QObject):
    """Keeps a table's columns fitted: shared again whenever the table is resized, measured
    again when the text size changes. Belongs to the table."""

    def __init__(
        self,
        table: QTableView,
        chars: dict[int, int],
        fill: int,
        left_out_first: Sequence[int],
    ) -> None:
        super().__init__(table)
        self._table = table
        self._chars = chars
        self._fill = fill
        self._left_out_first = left_out_first
        self._widths: dict[int, int] = {}
        table.installEventFilter(self)
        self.measure()

    def measure(self) -> None:
        self._widths = measure_columns(self._table, self._chars)
        # Never narrower than the columns that are never left out and the least fill: the
        # window keeps room for them, rather than let the list scroll sideways.
        table = self._table
        kept = sum(w for c, w in self._widths.items() if c not in self._left_out_first)
        least_fill = table.fontMetrics().averageCharWidth() * LEAST_FILL_CHARS
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(kept + least_fill + frame)
        self.share()

    def share(self) -> None:
        share_width(self._table, self._widths, self._fill, self._left_out_first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self.measure)  # once the table has its new text size
        return False


def record_list_view(model: QAbstractItemModel) -> QTableView:
    """A table over ``model`` with the look of a record list; the caller sets its sorting."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table
