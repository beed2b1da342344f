"""Kegiatan sosialisasi: the list of awareness sessions and the way into recording, opening,
changing and deleting them. At a village, its own events (they go to the office with its
exports); at the office, its own events (Desa Binaan Imigrasi) and its villages' events, which
only their village changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.socialisation import EventNotFound, Material, SocialisationEvent
from desktop.storage import socialisation as store
from desktop.storage.socialisation import HERE, EventQuery, EventSource
from desktop.ui.errors import SAVE_ERRORS, error_message
from desktop.ui.flow_layout import button_row
from desktop.ui.incidents.values import format_day
from desktop.ui.messages import ask, inform
from desktop.ui.socialisation.dialog import EventDialog, Reach
from desktop.ui.socialisation.table_model import (
    BY,
    DAY,
    DISTRICT,
    MATERIALS,
    PEOPLE,
    PLACE,
    VILLAGES,
    EventTableModel,
)
from desktop.ui.table_columns import FittedColumns, record_list_view

log = logging.getLogger(__name__)

# How wide each column is, in average characters (one column takes what is left), and the
# columns left out first when the list is too narrow for all (ui/table_columns.py).
CHARS = {DAY: 22, PLACE: 30, DISTRICT: 14, VILLAGES: 22, PEOPLE: 8, MATERIALS: 30, BY: 16}


class SocialisationPage(QWidget):
    def __init__(
        self,
        reach: Reach,
        materials: Callable[[], list[Material]],
        *,
        office: bool,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reach = reach
        self._materials = materials
        self._office = office
        self._today = today
        self.dialog: EventDialog | None = None
        self._shown_before = False
        self.setWindowTitle(self.tr("Socialisation"))
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Socialisation events"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        heading.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("&Record an event"))
        self.new_button.clicked.connect(self.new_event)
        heading.addWidget(self.new_button)
        layout.addLayout(heading)
        hint = QLabel(
            self.tr(
                "The office's awareness sessions (Desa Binaan Imigrasi) and those its villages "
                "recorded and sent. A village's event is changed only by that village."
            )
            if office
            else self.tr(
                "Record every awareness session about trafficking held in the village: when and "
                "where, who came and the material used. Events go to the immigration office "
                "with the village's exports."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)

        row = QHBoxLayout()
        self.source = QComboBox()
        for text, source in (
            (self.tr("All events"), EventSource.ALL),
            (self.tr("This office's events"), EventSource.HERE),
            (self.tr("Villages' events"), EventSource.VILLAGES),
        ):
            self.source.addItem(text, source)
        self.source.setVisible(office)
        if office:
            caption = QLabel(self.tr("S&how:"))
            caption.setBuddy(self.source)
            row.addWidget(caption)
            row.addWidget(self.source)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        row.addWidget(self.count_label, 1)
        layout.addLayout(row)

        self.model = EventTableModel(
            EventQuery(EventSource.ALL if office else EventSource.HERE), office=office, parent=self
        )
        self.table = record_list_view(self.model)
        self.table.setAccessibleName(self.tr("Socialisation events"))
        self.table.activated.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addWidget(button_row(self.open_button, self.delete_button))

        shown = self.model.shown
        fill = self.model.column(VILLAGES if office else PLACE)
        chars = {self.model.column(c): n for c, n in CHARS.items() if c in shown}
        chars.pop(fill)
        left_out = (BY, DISTRICT, PLACE) if office else (MATERIALS,)
        self.columns = FittedColumns(
            self.table, chars, fill, [self.model.column(c) for c in left_out]
        )
        self.source.currentIndexChanged.connect(self._source_chosen)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._show_count()
        self._update_buttons()

    # -- the list ----------------------------------------------------------------------------

    @Slot()
    def _source_chosen(self) -> None:
        self.model.set_query(replace(self.model.query, source=self.source.currentData()))
        self._show_count()

    def refresh(self, select: str | None = None) -> None:
        """Read the list again (after a save, an import); keep ``select`` selected if shown."""
        self.model.refresh()
        self._show_count()
        if select:
            row = self.model.row_of(select)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def showEvent(self, event) -> None:
        """Coming back to the page: events may have come in meanwhile (an import)."""
        super().showEvent(event)
        if self._shown_before:
            row = self.selected_row()
            self.refresh(select=self.model.record_id(row) if row is not None else None)
        self._shown_before = True

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if count:
            text = self.tr("{count} event(s).").format(count=QLocale().toString(count))
        elif self.model.query.source is EventSource.VILLAGES:
            text = self.tr("No village has sent an event yet.")
        else:
            text = self.tr("No events yet. Press “Record an event” to write the first one.")
        self.count_label.setText(text)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected_row()
        found = self.model.row(row) if row is not None else None
        self.open_button.setEnabled(found is not None)
        self.delete_button.setEnabled(found is not None and found.owner == HERE)

    # -- recording, opening, deleting --------------------------------------------------------

    def _save(self, event: SocialisationEvent) -> SocialisationEvent:
        return store.save_event(event)

    def _open_dialog(self, dialog: EventDialog) -> None:
        """Show the form over the page (the window stays usable behind it); a saved event is
        selected in the list."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(accepted: int) -> None:
            if accepted and dialog.saved is not None:
                self.refresh(select=dialog.saved.record_id)
            if self.dialog is dialog:
                self.dialog = None

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def dialog_for(self, event: SocialisationEvent | None = None) -> EventDialog:
        """The form of a new event (None) or of ``event``: to change when it was recorded
        here, to read otherwise."""
        here = event is None or event.owner == HERE
        return EventDialog(
            self._reach,
            self._materials(),
            event=event,
            save=self._save if here else None,
            today=self._today,
            parent=self,
        )

    @Slot()
    def new_event(self) -> None:
        self._open_dialog(self.dialog_for())

    @Slot()
    def open_selected(self) -> None:
        row = self.selected_row()
        record_id = self.model.record_id(row) if row is not None else None
        if record_id is None:
            return
        try:
            event = store.load_event(record_id)
        except EventNotFound:
            self.refresh()
            return
        self._open_dialog(self.dialog_for(event))

    @Slot()
    def delete_selected(self) -> None:
        row = self.selected_row()
        found = self.model.row(row) if row is not None else None
        if found is None or found.owner != HERE:
            return
        question = self.tr("Delete the event at {place} on {day}?").format(
            place=found.place, day=format_day(found.held_on)
        )
        if not self._office:
            question += " " + self.tr(
                "The immigration office deletes its copy too after the next export."
            )
        if not ask(self, self.tr("Delete the event"), question, self.tr("Delete")):
            return
        try:
            store.delete_event(found.record_id)
        except EventNotFound:
            pass  # deleted meanwhile: the list shows it gone
        except SAVE_ERRORS as exc:
            inform(self, self.tr("Delete the event"), error_message(exc), warning=True)
            return
        self.refresh()
