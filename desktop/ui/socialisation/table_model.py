"""The events as a table model that reads from SQL only the rows being looked at
(``ui/widgets/paged_table.py``): at a village its own events; at an office its own and its
villages' events, with the kecamatan, the villages reached and who recorded each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.storage import socialisation as store
from desktop.storage.socialisation import HERE, EventQuery, EventRow
from desktop.ui.incidents.values import format_day
from desktop.ui.widgets.paged_table import PagedTableModel

DAY, PLACE, DISTRICT, VILLAGES, PEOPLE, MATERIALS, BY = range(7)
_TITLES = {
    DAY: QT_TRANSLATE_NOOP("EventTable", "Date"),
    PLACE: QT_TRANSLATE_NOOP("EventTable", "Place"),
    DISTRICT: QT_TRANSLATE_NOOP("EventTable", "Kecamatan"),
    VILLAGES: QT_TRANSLATE_NOOP("EventTable", "Villages reached"),
    PEOPLE: QT_TRANSLATE_NOOP("EventTable", "People"),
    MATERIALS: QT_TRANSLATE_NOOP("EventTable", "Material used"),
    BY: QT_TRANSLATE_NOOP("EventTable", "Recorded by"),
}
VILLAGE_COLUMNS = (DAY, PLACE, PEOPLE, MATERIALS)
OFFICE_COLUMNS = (DAY, PLACE, DISTRICT, VILLAGES, PEOPLE, BY)


class EventTableModel(PagedTableModel[EventQuery, EventRow]):
    """The events of ``EventQuery``, newest first; ``office``: with the office's columns."""

    def __init__(self, query: EventQuery | None = None, *, office: bool, parent=None) -> None:
        super().__init__(
            query or EventQuery(),
            count=store.count_events,
            fetch=store.events_window,
            parent=parent,
        )
        self.shown = OFFICE_COLUMNS if office else VILLAGE_COLUMNS
        self.COLUMNS = tuple(_TITLES[c] for c in self.shown)
        self.RIGHT_ALIGNED = frozenset(n for n, c in enumerate(self.shown) if c == PEOPLE)

    def column(self, kind: int) -> int:
        """The column number of ``kind`` (DAY, PLACE, …)."""
        return self.shown.index(kind)

    def header(self, section: int) -> str:
        return QCoreApplication.translate("EventTable", self.COLUMNS[section])

    def texts(self, row: EventRow) -> tuple[str, ...]:
        texts = {
            DAY: format_day(row.held_on),
            PLACE: row.place,
            DISTRICT: row.district_name,
            VILLAGES: row.village_names,
            PEOPLE: str(row.people),
            MATERIALS: row.materials,
            BY: self.tr("This office") if row.owner == HERE else row.owner_name or row.owner,
        }
        return tuple(texts[c] for c in self.shown)
