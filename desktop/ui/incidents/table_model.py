"""The incident list as a table model that reads from SQL only the rows being looked at
(``ui/widgets/paged_table.py``). Ordering and filtering happen in SQL (``storage.incidents``),
so the cost of a view follows what is visible, not the size of the log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)

from desktop.domain.incident import ReportType, Status
from desktop.domain.modus import Modus
from desktop.storage import incidents as store
from desktop.storage.incidents import IncidentQuery, IncidentRow, SortKey, Window
from desktop.ui.formatting import format_local, format_local_day
from desktop.ui.incidents.labels import label
from desktop.ui.incidents.values import format_day
from desktop.ui.widgets.paged_table import Held, PagedTableModel


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
    return format_local_day(iso)


def format_moment_long(iso: str | None) -> str:
    return format_local(iso)


def _enum_text(kind: type, value: str) -> str:
    try:
        return label(kind(value))
    except ValueError:
        return value


class IncidentTableModel(PagedTableModel[IncidentQuery, IncidentRow]):
    """Rows of ``IncidentQuery``, read a page at a time as the view asks for them."""

    COLUMNS = tuple(column.title for column in COLUMNS)
    RIGHT_ALIGNED = frozenset({NUMBER, PEOPLE})

    def __init__(
        self,
        query: IncidentQuery | None = None,
        *,
        count: Callable[[IncidentQuery], int] = store.count_incidents,
        fetch: Callable[
            [IncidentQuery, Window], list[tuple[IncidentRow, tuple]]
        ] = store.incidents_window,
        known_count: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(
            query or IncidentQuery(),
            count=count,
            fetch=fetch,
            known_count=known_count,
            parent=parent,
        )

    def header(self, section: int) -> str:
        return QCoreApplication.translate("IncidentTable", self._column(section).title)

    def tooltip(self, held: Held[IncidentRow], column: int) -> str:
        if column == CHANGED:
            row = held.row
            return format_moment_long(row.deleted_at if self.query.deleted else row.updated_at)
        return held.texts[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = self._column(column).sort
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.query.sort, self.query.descending):
            # The same rows in another order: no need to count them again.
            self.set_query(replace(self.query, sort=key, descending=descending), self.rowCount())

    def _column(self, section: int) -> Column:
        if section == CHANGED and self.query.deleted:
            return DELETED_COLUMN
        return COLUMNS[section]

    def sort_column(self) -> int:
        """The column of the current order (for the header's sort indicator)."""
        for n in range(len(COLUMNS)):
            if self._column(n).sort is self.query.sort:
                return n
        return REPORTED

    def number(self, row: int) -> int | None:
        found = self.row(row)
        return found.number if found else None

    def texts(self, row: IncidentRow) -> tuple[str, ...]:
        destination = ", ".join(filter(None, (row.destination_name, row.destination_city)))
        recruiter = " / ".join(filter(None, (row.recruiter_name, row.company)))
        people = str(row.people_count) if row.people_count else ""
        if row.has_child:
            people = self.tr("{count} (child)").format(count=row.people_count)
        changed = row.deleted_at if self.query.deleted else row.updated_at
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
