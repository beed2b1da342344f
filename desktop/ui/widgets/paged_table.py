"""A table model over a list of any size that SQL filters and orders, read a page at a time.

The model holds the number of rows and a few pages of light rows, read when the view first
asks for one of their cells, so what a view costs follows what is on screen, not the size of
the list (Catatan Kejadian, Daftar gabungan, the office's other lists).

A page is found from the order key of a neighbour already held (scrolling), else from the
nearer end of the list (a jump, the end of the list): storage reaches both through indexes
(``storage.incidents.Window``), so no page costs more than half the list is long. Subclasses
give the columns and the texts of a row.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Generic, NamedTuple, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.storage.incidents import Window

RecordRole = Qt.ItemDataRole.UserRole.value + 1  # the record id of a row

PAGE_SIZE = 64
MAX_PAGES = 16

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value


class ListedRow(Protocol):
    record_id: str


Query = TypeVar("Query")
Row = TypeVar("Row", bound=ListedRow)


class Held(NamedTuple, Generic[Row]):
    """A row as the model holds it: the row, its cell texts, its order key."""

    row: Row
    texts: tuple[str, ...]
    key: tuple[Any, ...]


class PagedTableModel(QAbstractTableModel, Generic[Query, Row]):
    """Rows of a query: ``count(query)`` says how many, ``fetch(query, window)`` reads a
    window of them as (row, order key) pairs. Subclasses set COLUMNS (the header texts,
    translated by ``header``), RIGHT_ALIGNED (column numbers) and ``texts(row)``."""

    COLUMNS: Sequence[str] = ()
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(
        self,
        query: Query,
        *,
        count: Callable[[Query], int],
        fetch: Callable[[Query, Window], list[tuple[Row, tuple[Any, ...]]]],
        known_count: int | None = None,
        parent=None,
    ) -> None:
        """``known_count``: the number of rows of ``query`` when the caller has just counted
        them (it saves counting twice)."""
        super().__init__(parent)
        self._count_rows = count
        self._fetch_rows = fetch
        self._query = query
        self._pages: OrderedDict[int, list[Held[Row]]] = OrderedDict()
        self._rows = count(query) if known_count is None else known_count

    @property
    def query(self) -> Query:
        return self._query

    def set_query(self, query: Query, known_count: int | None = None) -> None:
        """Show another selection or order."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._rows = self._count_rows(query) if known_count is None else known_count
        self.endResetModel()

    def refresh(self, known_count: int | None = None) -> None:
        """Read again after a change (a save, an import). The view keeps its place: the
        rows on screen are read again from there, not from the start."""
        self.set_query(self._query, known_count)

    # -- for subclasses -----------------------------------------------------------------------

    def texts(self, row: Row) -> tuple[str, ...]:
        """The text of each cell of ``row``."""
        raise NotImplementedError

    def header(self, section: int) -> str:
        """The translated title of column ``section``."""
        raise NotImplementedError

    def tooltip(self, held: Held[Row], column: int) -> str:
        return held.texts[column]

    # -- Qt interface ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.header(section)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        # Called for every cell and role at each paint: plain ints and early returns.
        if role not in (_DISPLAY, _TOOLTIP, _ALIGNMENT, RecordRole) or not index.isValid():
            return None
        held = self.held(index.row())
        if held is None:
            return None
        column = index.column()
        if role == _DISPLAY:
            return held.texts[column]
        if role == _ALIGNMENT:
            return _RIGHT if column in self.RIGHT_ALIGNED else _LEFT
        if role == _TOOLTIP:
            return self.tooltip(held, column)
        return held.row.record_id

    # -- rows --------------------------------------------------------------------------------

    def row(self, number: int) -> Row | None:
        """The row shown at ``number`` (read now if needed)."""
        held = self.held(number)
        return held.row if held else None

    def record_id(self, number: int) -> str | None:
        held = self.held(number)
        return held.row.record_id if held else None

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among the pages already read, or the first page (None if not
        among them)."""
        self.held(0)
        for page, rows in self._pages.items():
            for n, held in enumerate(rows):
                if held.row.record_id == record_id:
                    return page * PAGE_SIZE + n
        return None

    def held(self, number: int) -> Held[Row] | None:
        if not 0 <= number < self._rows:
            return None
        page, offset = divmod(number, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            fetched = self._fetch_rows(self._query, self._window(page))
            rows = [Held(row, self.texts(row), key) for row, key in fetched]
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _window(self, page: int) -> Window:
        """How to find ``page``: after the page before it or before the page after it when
        one of them is held, else from the nearer end of the list."""
        start = page * PAGE_SIZE
        limit = min(PAGE_SIZE, self._rows - start)
        listed = self._rows
        previous = self._pages.get(page - 1)
        if previous and len(previous) == PAGE_SIZE:
            return Window(limit, after=previous[-1].key, listed=listed)
        following = self._pages.get(page + 1)
        if following:
            return Window(limit, before=following[0].key, listed=listed)
        if start > self._rows // 2:
            return Window(limit, self._rows - start - limit, from_end=True, listed=listed)
        return Window(limit, offset=start, listed=listed)
