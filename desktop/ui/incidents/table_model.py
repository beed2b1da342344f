"""The incident list as a table model that reads from SQL only the rows being looked at.

The model holds the row count and a few pages of light rows. Ordering and filtering happen in
SQL (``storage.incidents``), so the cost of a view follows what is visible, not the size of
the log.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.incident import ReportType, Status
from desktop.domain.modus import Modus
from desktop.storage import incidents as store
from desktop.storage.incidents import IncidentQuery, IncidentRow, SortKey
from desktop.ui.formatting import format_date, format_datetime
from desktop.ui.incidents.labels import label
from desktop.ui.incidents.values import format_day

RecordRole = Qt.ItemDataRole.UserRole.value + 1
SortRole = Qt.ItemDataRole.UserRole.value + 2

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, RecordRole, SortRole})
PAGE_SIZE = 64
MAX_PAGES = 16


@dataclass(frozen=True)
class Column:
    title: str
    sort: SortKey


COLUMNS = (
    Column(QT_TRANSLATE_NOOP("IncidentTable", "No."), SortKey.NUMBER),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "Reported"), SortKey.REPORTED),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "Type of report"), SortKey.TYPE),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "Modus"), SortKey.MODUS),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "Summary"), SortKey.SUMMARY),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "Destination"), SortKey.DESTINATION),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "Recruiter"), SortKey.RECRUITER),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "People"), SortKey.PEOPLE),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "Status"), SortKey.STATUS),
    Column(QT_TRANSLATE_NOOP("IncidentTable", "Changed"), SortKey.UPDATED),
)
DELETED_COLUMN = Column(QT_TRANSLATE_NOOP("IncidentTable", "Deleted"), SortKey.DELETED)
NUMBER, REPORTED, TYPE, MODUS, SUMMARY, DESTINATION, RECRUITER, PEOPLE, STATUS, CHANGED = range(
    len(COLUMNS)
)


def format_moment(iso: str | None) -> str:
    """The local date of a stored UTC time, e.g. '12 Mei 2026'."""
    if not iso:
        return ""
    return format_date(datetime.fromisoformat(iso).astimezone().date())


def format_moment_long(iso: str | None) -> str:
    if not iso:
        return ""
    return format_datetime(datetime.fromisoformat(iso).astimezone().replace(tzinfo=None))


def _enum_text(kind: type, value: str) -> str:
    try:
        return label(kind(value))
    except ValueError:
        return value


class IncidentTableModel(QAbstractTableModel):
    """Rows of ``IncidentQuery``, fetched a page at a time as the view asks for them."""

    def __init__(
        self,
        query: IncidentQuery | None = None,
        *,
        count: Callable[[IncidentQuery], int] = store.count_incidents,
        fetch: Callable[[IncidentQuery, int, int], list[IncidentRow]] = store.fetch_incidents,
        known_count: int | None = None,
        parent=None,
    ) -> None:
        """``known_count``: the number of rows of ``query`` when the caller has just counted
        them (it saves counting twice when the page opens)."""
        super().__init__(parent)
        self._count_rows = count
        self._fetch_rows = fetch
        self._query = query or IncidentQuery()
        self._pages: OrderedDict[int, list[tuple[IncidentRow, tuple[str, ...]]]] = OrderedDict()
        self._rows = self._count_rows(self._query) if known_count is None else known_count

    @property
    def query(self) -> IncidentQuery:
        return self._query

    def set_query(self, query: IncidentQuery, known_count: int | None = None) -> None:
        """Show another selection or order; the view is reset and scrolls to the top."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._rows = self._count_rows(query) if known_count is None else known_count
        self.endResetModel()

    def refresh(self) -> None:
        """Read again after a change (a save, delete or restore)."""
        self.set_query(self._query)

    # -- Qt interface ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = self._column(section)
            return QCoreApplication.translate("IncidentTable", column.title)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        # Called for every cell and role at each paint: plain ints and early returns.
        if role not in _ROLES:
            return None
        found = self._row(index.row()) if index.isValid() else None
        if found is None:
            return None
        row, texts = found
        column = index.column()
        if role == _DISPLAY:
            return texts[column]
        if role == _ALIGNMENT:
            return _RIGHT if column in (NUMBER, PEOPLE) else _LEFT
        if role == _TOOLTIP:
            if column == CHANGED:
                return format_moment_long(row.deleted_at if self._query.deleted else row.updated_at)
            return texts[column]
        if role == RecordRole:
            return row.record_id
        return self._sort_value(row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = self._column(column).sort
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    # -- helpers ----------------------------------------------------------------------------

    def _column(self, section: int) -> Column:
        if section == CHANGED and self._query.deleted:
            return DELETED_COLUMN
        return COLUMNS[section]

    def sort_column(self) -> int:
        """The column of the current order (for the header's sort indicator)."""
        for n in range(len(COLUMNS)):
            if self._column(n).sort is self._query.sort:
                return n
        return REPORTED

    def record_id(self, row: int) -> str | None:
        found = self._row(row)
        return found[0].record_id if found else None

    def number(self, row: int) -> int | None:
        found = self._row(row)
        return found[0].number if found else None

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among the pages already read, or the first page (None if not
        among them)."""
        self._row(0)
        for page, rows in self._pages.items():
            for n, (row, _) in enumerate(rows):
                if row.record_id == record_id:
                    return page * PAGE_SIZE + n
        return None

    def _row(self, row: int) -> tuple[IncidentRow, tuple[str, ...]] | None:
        if not 0 <= row < self._rows:
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            fetched = self._fetch_rows(self._query, page * PAGE_SIZE, PAGE_SIZE)
            rows = [(r, self._texts(r)) for r in fetched]
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _texts(self, row: IncidentRow) -> tuple[str, ...]:
        destination = ", ".join(filter(None, (row.destination_name, row.destination_city)))
        recruiter = " / ".join(filter(None, (row.recruiter_name, row.company)))
        people = str(row.people_count) if row.people_count else ""
        if row.has_child:
            people = self.tr("{count} (child)").format(count=row.people_count)
        changed = row.deleted_at if self._query.deleted else row.updated_at
        return (
            str(row.number),
            format_day(row.reported_on),
            _enum_text(ReportType, row.report_type),
            _enum_text(Modus, row.modus),
            row.summary,
            destination,
            recruiter,
            people,
            _enum_text(Status, row.status),
            format_moment(changed),
        )

    def _sort_value(self, row: IncidentRow, column: int):
        return {
            NUMBER: row.number,
            REPORTED: row.reported_on,
            PEOPLE: row.people_count,
            CHANGED: row.deleted_at if self._query.deleted else row.updated_at,
        }.get(column, self._texts(row)[column])
