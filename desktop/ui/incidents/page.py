"""Catatan Kejadian: the list of records with search, filters and counts, and the way into
writing, opening, printing, deleting and restoring them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.incident import RecordNotFound, StaleRecord, Status, StoredIncident
from desktop.domain.modus import Modus
from desktop.domain.profile import VillageProfile
from desktop.printing.paper import Paper
from desktop.storage import incidents as store
from desktop.storage import profile_store, settings
from desktop.storage.incidents import IncidentQuery
from desktop.ui.errors import SAVE_ERRORS, error_message
from desktop.ui.flow_layout import button_row
from desktop.ui.incidents.editor import NEW_DRAFT, IncidentDialog
from desktop.ui.incidents.form import ChoiceBox, DayEdit, to_date
from desktop.ui.incidents.history import HistoryDialog
from desktop.ui.incidents.print_job import IncidentJob
from desktop.ui.incidents.table_model import (
    CHANGED,
    DESTINATION,
    MODUS,
    NUMBER,
    PEOPLE,
    RECRUITER,
    REPORTED,
    STATUS,
    SUMMARY,
    TYPE,
    IncidentTableModel,
)
from desktop.ui.messages import ask, inform
from desktop.ui.pause_timer import pause_timer
from desktop.ui.print_dialog import print_document
from desktop.ui.table_columns import FittedColumns, record_list_view

LIVE_TAB, DELETED_TAB = 0, 1

# How wide each column is, in average characters (the summary takes what is left), and the
# columns left out first when the list is too narrow for all of them (ui/table_columns.py).
COLUMN_CHARS = {
    NUMBER: 5,
    REPORTED: 15,
    TYPE: 14,
    MODUS: 15,
    DESTINATION: 13,
    RECRUITER: 13,
    PEOPLE: 7,
    STATUS: 12,
    CHANGED: 15,
}
LEFT_OUT_FIRST = (CHANGED, PEOPLE, RECRUITER, TYPE, DESTINATION, MODUS, STATUS)


log = logging.getLogger(__name__)


class Period:
    ALL, LAST_30_DAYS, THIS_YEAR, LAST_YEAR, CHOSEN = range(5)


class _EnterOpens(QObject):
    """Enter or Return on the table opens the selected record."""

    def __init__(self, action: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._action()
            return True
        return False


class IncidentsPage(QWidget):
    def __init__(
        self,
        load_profile: Callable[[], VillageProfile | None],
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_profile = load_profile
        self._today = today
        self.countries = store.country_names()
        self.dialog: IncidentDialog | None = None
        self.setWindowTitle(self.tr("Incident log"))
        try:
            purged = store.purge_expired(
                store.retention_days(), author_name=self.tr("automatic removal")
            )
        except SAVE_ERRORS as exc:  # tried again when the page is next built
            log.warning("expired records not purged: %s", type(exc).__name__)
            purged = 0

        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        heading.addWidget(title, 1)
        self.new_button = QPushButton(self.tr("&New record"))
        self.new_button.clicked.connect(self.new_record)
        heading.addWidget(self.new_button)
        layout.addLayout(heading)

        self.draft_banner = QFrame()
        self.draft_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.draft_banner)
        banner_text = QLabel(self.tr("A new record was being written but was not saved yet."))
        banner_text.setWordWrap(True)
        banner.addWidget(banner_text, 1)
        resume = QPushButton(self.tr("&Continue writing it"))
        resume.clicked.connect(self.new_record)
        banner.addWidget(resume)
        layout.addWidget(self.draft_banner)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search summary, notes, recruiter, company, destination")
        )
        self.search.setAccessibleName(self.tr("Search"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        self.clear_filters_button = QPushButton(self.tr("Show &all"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        top.addWidget(self.clear_filters_button)
        layout.addLayout(top)

        filters = QGridLayout()
        self.status_filter = ChoiceBox(Status, empty=self.tr("All statuses"))
        self.modus_filter = ChoiceBox(Modus, empty=self.tr("All modus"))
        self.country_filter = QComboBox()
        self.country_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Room for "Semua status", "Semua negara" …: the words that say no filter is on.
        for combo in (self.status_filter, self.modus_filter, self.country_filter):
            combo.setMinimumContentsLength(14)
        self.period = QComboBox()
        for text, value in (
            (self.tr("Any date"), Period.ALL),
            (self.tr("Last 30 days"), Period.LAST_30_DAYS),
            (self.tr("This year"), Period.THIS_YEAR),
            (self.tr("Last year"), Period.LAST_YEAR),
            (self.tr("Choose dates…"), Period.CHOSEN),
        ):
            self.period.addItem(text, value)
        self.date_from = DayEdit()
        self.date_to = DayEdit()
        self.date_from.setDate(self.date_from.date().addMonths(-3))
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 0, 0)
        dates_row.addWidget(self.date_from)
        dates_row.addWidget(QLabel(self.tr("to")))
        dates_row.addWidget(self.date_to)
        dates_row.addStretch(1)
        self.dates = dates
        dates.hide()
        for n, (text, widget) in enumerate(
            (
                (self.tr("S&tatus:"), self.status_filter),
                (self.tr("&Modus:"), self.modus_filter),
                (self.tr("&Destination:"), self.country_filter),
                (self.tr("Date re&ported:"), self.period),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption, n // 2, (n % 2) * 2)
            filters.addWidget(widget, n // 2, (n % 2) * 2 + 1)
        filters.addWidget(dates, 2, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        layout.addLayout(filters)

        views = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.addTab("")
        self.tabs.addTab("")
        self.tabs.setExpanding(False)
        views.addWidget(self.tabs)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        views.addWidget(self.count_label, 1)
        layout.addLayout(views)

        self._totals = store.record_counts()
        self.model = IncidentTableModel(IncidentQuery(), known_count=self._totals[0], parent=self)
        self.table = record_list_view(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicator(REPORTED, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)
        self.table.setAccessibleName(self.tr("Incident records"))
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.installEventFilter(_EnterOpens(self.open_selected, self))
        layout.addWidget(self.table, 1)

        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_selected)
        self.history_button = QPushButton(self.tr("&History"))
        self.history_button.clicked.connect(self.history_selected)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete &permanently…"))
        self.purge_button.clicked.connect(self.purge_selected)
        # The buttons that act on the selected record: enabled only while there is one.
        self._record_buttons = (
            self.open_button,
            self.print_button,
            self.history_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
        )
        layout.addWidget(button_row(*self._record_buttons))
        self.retention_hint = QLabel()
        self.retention_hint.setWordWrap(True)
        self.retention_hint.setProperty("role", "hint")
        layout.addWidget(self.retention_hint)
        self._purged_note = (
            self.tr("{count} old record(s) were removed for good automatically.").format(
                count=purged
            )
            if purged
            else ""
        )

        self._search_timer = pause_timer(self, 250, self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.status_filter, self.modus_filter, self.country_filter, self.period):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.tabs.currentChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self._shown_before = False
        self._fill_countries()
        self.columns = FittedColumns(self.table, COLUMN_CHARS, SUMMARY, LEFT_OUT_FIRST)
        self._show_totals()
        self._update_mode()
        self._show_draft_banner()

    # -- the query ---------------------------------------------------------------------------

    def _period_dates(self) -> tuple[date | None, date | None]:
        today = self._today()
        period = self.period.currentData()
        if period == Period.LAST_30_DAYS:
            return today - timedelta(days=30), today
        if period == Period.THIS_YEAR:
            return date(today.year, 1, 1), today
        if period == Period.LAST_YEAR:
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        if period == Period.CHOSEN:
            return to_date(self.date_from.date()), to_date(self.date_to.date())
        return None, None

    def current_query(self) -> IncidentQuery:
        date_from, date_to = self._period_dates()
        return replace(
            self.model.query,
            deleted=self.tabs.currentIndex() == DELETED_TAB,
            text=self.search.text(),
            status=self.status_filter.value(),
            modus=self.modus_filter.value(),
            country=self.country_filter.currentData() or "",
            date_from=date_from,
            date_to=date_to,
        )

    def _filtered(self, query: IncidentQuery) -> bool:
        return bool(
            query.text.strip()
            or query.status
            or query.modus
            or query.country
            or query.date_from
            or query.date_to
        )

    @Slot()
    def apply_filters(self) -> None:
        """Show the records that match the search and filters (called as they change)."""
        self._search_timer.stop()
        self.dates.setVisible(self.period.currentData() == Period.CHOSEN)
        query = self.current_query()
        mode_changed = query.deleted != self.model.query.deleted
        if mode_changed:
            sort = store.SortKey.DELETED if query.deleted else store.SortKey.REPORTED
            query = replace(query, sort=sort, descending=True)
        if query != self.model.query:
            # Everything, unfiltered: the number is already known from the tab's count.
            known = None if self._filtered(query) else self._totals[int(query.deleted)]
            self.model.set_query(query, known)
        if mode_changed:
            self.table.horizontalHeader().setSortIndicator(
                self.model.sort_column(), Qt.SortOrder.DescendingOrder
            )
            self._update_mode()
        self._update_count_label()

    @Slot()
    def clear_filters(self) -> None:
        widgets = (self.search, self.status_filter, self.modus_filter, self.country_filter)
        for widget in (*widgets, self.period):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.status_filter, self.modus_filter, self.country_filter, self.period):
            combo.setCurrentIndex(0)
        for widget in (*widgets, self.period):
            widget.blockSignals(False)
        self.apply_filters()

    def refresh(self, select: str | None = None) -> None:
        """Read the list again after a change; keep ``select`` selected if it is shown."""
        self._fill_countries()
        self.model.refresh()
        self._update_counts()
        self._show_draft_banner()
        if select:
            row = self.model.row_of(select)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def _fill_countries(self) -> None:
        chosen = self.country_filter.currentData()
        self.country_filter.blockSignals(True)
        self.country_filter.clear()
        self.country_filter.addItem(self.tr("All countries"), "")
        codes = sorted(store.destinations_in_use(), key=lambda c: self.countries.get(c, c))
        for code in codes:
            self.country_filter.addItem(self.countries.get(code, code), code)
        index = self.country_filter.findData(chosen) if chosen else 0
        self.country_filter.setCurrentIndex(max(index, 0))
        self.country_filter.blockSignals(False)

    def _update_counts(self) -> None:
        """Count the records in the log and in Terhapus again (after a change to them)."""
        self._totals = store.record_counts()
        self._show_totals()

    def _show_totals(self) -> None:
        live, deleted = self._totals
        locale = QLocale()
        self.tabs.setTabText(
            LIVE_TAB, self.tr("Records ({count})").format(count=locale.toString(live))
        )
        self.tabs.setTabText(
            DELETED_TAB, self.tr("Deleted ({count})").format(count=locale.toString(deleted))
        )
        self._update_count_label()

    def _update_count_label(self) -> None:
        live, deleted = self._totals
        locale = QLocale()
        query = self.model.query
        total = deleted if query.deleted else live
        shown = self.model.rowCount()
        if not total:
            text = (
                self.tr("Nothing has been deleted.")
                if query.deleted
                else self.tr(
                    "No records yet. Press “New record” to write the first one. Records stay "
                    "on this computer."
                )
            )
        elif self._filtered(query):
            text = self.tr("Showing {shown} of {total} records.").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
            if not shown:
                text += " " + self.tr("None match; press “Show all” to see every record.")
        else:
            text = self.tr("{total} records.").format(total=locale.toString(total))
        self.count_label.setText(text)

    def _update_mode(self) -> None:
        deleted = self.model.query.deleted
        for button in (self.open_button, self.print_button, self.delete_button):
            button.setVisible(not deleted)
        for button in (self.restore_button, self.purge_button):
            button.setVisible(deleted)
        self.new_button.setEnabled(not deleted)
        text = ""
        if deleted:
            text = self.tr(
                "Deleted records can be restored. After {days} days they are removed for good "
                "(this can be changed in Settings)."
            ).format(days=store.retention_days())
            if self._purged_note:
                text += " " + self._purged_note
        self.retention_hint.setText(text)
        self.retention_hint.setVisible(bool(text))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        selected = self.selected_record() is not None
        for button in self._record_buttons:
            button.setEnabled(selected)

    def _show_draft_banner(self) -> None:
        self.draft_banner.setVisible(profile_store.load_draft(NEW_DRAFT) is not None)

    # -- looks ------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        """Coming back to the page: records may have come in meanwhile (an import)."""
        super().showEvent(event)
        if self._shown_before:
            self.refresh(select=self.selected_record())
        self._shown_before = True

    # -- actions ----------------------------------------------------------------------------

    def selected_record(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def _selected_number(self) -> int | None:
        """The record number shown in the list for the selected row (a record is selected)."""
        return self.model.number(self.table.selectionModel().selectedRows()[0].row())

    def _load(self, record_id: str) -> StoredIncident | None:
        try:
            return store.load_incident(record_id)
        except RecordNotFound:
            self.refresh()
            return None

    @Slot()
    def new_record(self) -> None:
        self._open(None)

    def open_record(self, record_id: str) -> None:
        """Open a record by its id (Beranda lists the newest open ones)."""
        stored = self._load(record_id)
        if stored is not None:
            self._open(stored)

    @Slot()
    def open_selected(self) -> None:
        record_id = self.selected_record()
        if record_id is None:
            return
        if self.model.query.deleted:
            inform(
                self,
                self.tr("Deleted record"),
                self.tr("This record is deleted. Restore it first to open it."),
            )
            return
        stored = self._load(record_id)
        if stored is not None:
            self._open(stored)

    def _open(self, stored: StoredIncident | None) -> None:
        dialog = IncidentDialog(
            stored,
            countries=self.countries,
            print_record=self.print_record,
            today=self._today,
            parent=self,
        )
        dialog.saved.connect(lambda record_id: self.refresh(select=record_id))
        dialog.finished.connect(lambda _: self._show_draft_banner())
        self.dialog = dialog
        dialog.open()

    @Slot()
    def history_selected(self) -> None:
        record_id = self.selected_record()
        if record_id is None:
            return
        number = self._selected_number()
        HistoryDialog(number or 0, store.history(record_id), self.countries, self).exec()

    def _author(self) -> str:
        return store.author() or self.tr("village office")

    @Slot()
    def delete_selected(self) -> None:
        self._change_selected(
            store.delete_incident,
            lambda number: (
                self.tr("Delete this record?"),
                self.tr(
                    "Record no. {number} will be moved to “Deleted”. It can be restored from "
                    "there for {days} days."
                ).format(number=number, days=store.retention_days()),
                self.tr("Move to Deleted"),
            ),
        )

    @Slot()
    def restore_selected(self) -> None:
        self._change_selected(store.restore_incident)

    @Slot()
    def purge_selected(self) -> None:
        self._change_selected(
            store.purge_incident,
            lambda number: (
                self.tr("Delete permanently?"),
                self.tr(
                    "Record no. {number} and all its history will be removed for good. This "
                    "cannot be undone."
                ).format(number=number),
                self.tr("Delete permanently"),
            ),
        )

    def _change_selected(
        self,
        change: Callable[..., object],
        confirm: Callable[[int | None], tuple[str, str, str]] | None = None,
    ) -> None:
        """``change(record_id, author_name=...)`` on the selected record, after the question
        ``confirm(number)`` gives (title, text, button), if any, is answered yes."""
        record_id = self.selected_record()
        if record_id is None:
            return
        if confirm is not None and not ask(self, *confirm(self._selected_number())):
            return
        self._change(lambda: change(record_id, author_name=self._author()))

    def _change(self, action: Callable[[], None]) -> None:
        try:
            action()
        except StaleRecord:
            inform(
                self,
                self.tr("Not changed"),
                self.tr("This record was changed in the meantime. The list has been refreshed."),
                warning=True,
            )
        except SAVE_ERRORS as exc:
            inform(self, self.tr("Not changed"), error_message(exc), warning=True)
        self.refresh()

    @Slot()
    def print_selected(self) -> None:
        record_id = self.selected_record()
        stored = self._load(record_id) if record_id else None
        if stored is not None:
            self.print_record(stored, self)

    def print_record(self, stored: StoredIncident, parent: QWidget) -> None:
        """The print dialog for ``stored``: paper, whether identifiers go on paper, print or
        save."""
        profile = self._load_profile()
        if profile is None:
            return
        paper = Paper.F4 if settings.INCIDENT_PAPER.get() == Paper.F4.value else Paper.A4
        print_document(
            IncidentJob(stored, profile, self.countries),
            paper,
            parent,
            on_paper=lambda chosen: settings.INCIDENT_PAPER.set(chosen.value),
        )
