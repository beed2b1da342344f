"""Daftar Gabungan (office): every village's records in one list, filtered by village, modus,
status and date, with conflicts marked. The same machinery as the village log: a table model
that reads only the rows being looked at, with SQL doing the filtering and ordering."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.incident import ReportType, Status
from desktop.domain.modus import Modus
from desktop.domain.review import ReviewState
from desktop.storage import office_imports, register
from desktop.storage.incidents import SortKey
from desktop.storage.register import RegisterQuery, RegisterRow
from desktop.ui.incidents.form import DAY_FORMAT, ChoiceBox
from desktop.ui.incidents.labels import label
from desktop.ui.incidents.table_model import format_moment
from desktop.ui.incidents.values import format_day
from desktop.ui.office.review_words import review_short
from desktop.ui.pause_timer import pause_timer
from desktop.ui.table_columns import FittedColumns
from desktop.ui.widgets.filter_day import FilterDay
from desktop.ui.widgets.paged_table import PagedTableModel

COLUMNS = (
    (QT_TRANSLATE_NOOP("RegisterTable", "No."), SortKey.NUMBER),
    (QT_TRANSLATE_NOOP("RegisterTable", "Village"), None),
    (QT_TRANSLATE_NOOP("RegisterTable", "Reported"), SortKey.REPORTED),
    (QT_TRANSLATE_NOOP("RegisterTable", "Type of report"), SortKey.TYPE),
    (QT_TRANSLATE_NOOP("RegisterTable", "Modus"), SortKey.MODUS),
    (QT_TRANSLATE_NOOP("RegisterTable", "Summary"), SortKey.SUMMARY),
    (QT_TRANSLATE_NOOP("RegisterTable", "Destination"), SortKey.DESTINATION),
    (QT_TRANSLATE_NOOP("RegisterTable", "People"), SortKey.PEOPLE),
    (QT_TRANSLATE_NOOP("RegisterTable", "Status"), SortKey.STATUS),
    (QT_TRANSLATE_NOOP("RegisterTable", "Changed"), SortKey.UPDATED),
    (QT_TRANSLATE_NOOP("RegisterTable", "Conflict"), None),
    (QT_TRANSLATE_NOOP("RegisterTable", "Review"), None),
)
(
    NUMBER,
    VILLAGE,
    REPORTED,
    TYPE,
    MODUS,
    SUMMARY,
    DESTINATION,
    PEOPLE,
    STATUS,
    CHANGED,
    CONFLICT,
    REVIEW,
) = range(len(COLUMNS))
# How wide each column is, in average characters (the summary takes what is left), and the
# columns left out first when the list is too narrow for all of them (ui/table_columns.py).
COLUMN_CHARS = {
    NUMBER: 5,
    VILLAGE: 16,
    REPORTED: 17,
    TYPE: 14,
    MODUS: 15,
    DESTINATION: 13,
    PEOPLE: 7,
    STATUS: 12,
    CHANGED: 17,
    CONFLICT: 9,
    REVIEW: 15,
}
LEFT_OUT_FIRST = (CHANGED, PEOPLE, TYPE, REVIEW, DESTINATION, MODUS, STATUS)


def _enum_text(kind: type, value: str) -> str:
    try:
        return label(kind(value))
    except ValueError:
        return value


class RegisterModel(PagedTableModel[RegisterQuery, RegisterRow]):
    """The register's rows, read a page at a time as the view asks for them."""

    COLUMNS = tuple(title for title, _ in COLUMNS)
    RIGHT_ALIGNED = frozenset({NUMBER, PEOPLE})

    def __init__(
        self,
        query: RegisterQuery | None = None,
        *,
        known_count: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(
            query or RegisterQuery(),
            count=register.count_register,
            fetch=register.register_window,
            known_count=known_count,
            parent=parent,
        )

    def header(self, section: int) -> str:
        return QCoreApplication.translate("RegisterTable", COLUMNS[section][0])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][1]
        if column == VILLAGE:
            query = replace(self.query, by_village=True, descending=descending)
        elif key is not None:
            query = replace(self.query, sort=key, by_village=False, descending=descending)
        else:
            return
        if query != self.query:
            self.set_query(query, self.rowCount())  # the same rows in another order

    def texts(self, row: RegisterRow) -> tuple[str, ...]:
        people = str(row.people_count) if row.people_count else ""
        if row.has_child:
            people = self.tr("{count} (child)").format(count=row.people_count)
        return (
            str(row.number),
            row.village_name or row.village_code,
            format_day(row.reported_on),
            _enum_text(ReportType, row.report_type),
            _enum_text(Modus, row.modus),
            row.summary,
            ", ".join(filter(None, (row.destination_name, row.destination_city))),
            people,
            _enum_text(Status, row.status),
            format_moment(row.updated_at),
            self.tr("Yes ({count})").format(count=row.conflicts) if row.conflicts else "",
            review_short(ReviewState(row.review)),
        )


class RegisterPage(QWidget):
    record_opened = Signal(str)  # a record id: double-click or Enter on its row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Register of all villages"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)

        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search summary, notes, recruiter, destination"))
        self.search.setAccessibleName(self.tr("Search"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        self.clear_button = QPushButton(self.tr("Show &all"))
        self.clear_button.clicked.connect(self.clear_filters)
        top.addWidget(self.clear_button)
        layout.addLayout(top)

        filters = QGridLayout()
        self.village_filter = QComboBox()
        self.village_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Room for "Semua desa/kelurahan", "Semua status" …: the words that say no filter is on.
        self.village_filter.setMinimumContentsLength(19)
        self.modus_filter = ChoiceBox(Modus, empty=self.tr("All modus"))
        self.status_filter = ChoiceBox(Status, empty=self.tr("All statuses"))
        for box in (self.modus_filter, self.status_filter):
            box.setMinimumContentsLength(10)
        self.date_from = FilterDay(self.tr("any"), DAY_FORMAT, QDate(1950, 1, 1))
        self.date_to = FilterDay(self.tr("any"), DAY_FORMAT, QDate(1950, 1, 1))
        self.conflicts_only = QCheckBox(self.tr("Only records with a &conflict"))
        self.review_filter = QComboBox()
        self.review_filter.addItem(self.tr("Any review state"), None)
        for state in ReviewState:
            self.review_filter.addItem(review_short(state), state)
        pairs = [
            (self.tr("&Village:"), self.village_filter),
            (self.tr("&Modus:"), self.modus_filter),
            (self.tr("S&tatus:"), self.status_filter),
            (None, self.conflicts_only),
            (self.tr("Reported &from:"), self.date_from),
            (self.tr("&until:"), self.date_to),
            (self.tr("Re&view:"), self.review_filter),
        ]
        for n, (text, widget) in enumerate(pairs):
            row, column = n // 2, (n % 2) * 2
            if text is None:
                filters.addWidget(widget, row, column, 1, 2)
                continue
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption, row, column)
            filters.addWidget(widget, row, column + 1)
        for column in (1, 3):
            filters.setColumnStretch(column, 1)
        layout.addLayout(filters)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)

        # Nothing is read until the page is first shown (refresh).
        self.model = RegisterModel(known_count=0, parent=self)
        self._totals = (0, 0, 0)  # records, villages heard from, records with a conflict
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records of all villages"))
        self.table.horizontalHeader().setSortIndicator(REPORTED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = FittedColumns(self.table, COLUMN_CHARS, SUMMARY, LEFT_OUT_FIRST)
        # A new order starts at the top (after the model has been sorted: connected later).
        self.table.horizontalHeader().sortIndicatorChanged.connect(self.table.scrollToTop)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

        self._timer = pause_timer(self, 250, self.apply_filters)
        self.search.textChanged.connect(self._timer.start)
        for combo in (
            self.village_filter,
            self.modus_filter,
            self.status_filter,
            self.review_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.conflicts_only.toggled.connect(self.apply_filters)

    def current_query(self) -> RegisterQuery:
        return replace(
            self.model.query,
            village=self.village_filter.currentData() or "",
            text=self.search.text(),
            status=self.status_filter.value(),
            modus=self.modus_filter.value(),
            date_from=self.date_from.day(),
            date_to=self.date_to.day(),
            conflicts_only=self.conflicts_only.isChecked(),
            review=self.review_filter.currentData(),
        )

    def _filtered(self, query: RegisterQuery) -> bool:
        everything = RegisterQuery(
            sort=query.sort, by_village=query.by_village, descending=query.descending
        )
        return replace(query, text=query.text.strip()) != everything

    @Slot()
    def apply_filters(self) -> None:
        """Show the records that match the search and filters, from the top."""
        self._timer.stop()
        query = self.current_query()
        if query != self.model.query:
            # Everything, unfiltered: the number is known from the last refresh.
            self.model.set_query(query, None if self._filtered(query) else self._totals[0])
            self.table.scrollToTop()
        self._update_count()

    @Slot()
    def clear_filters(self) -> None:
        widgets = (self.village_filter, self.modus_filter, self.status_filter, self.review_filter)
        for widget in (*widgets, self.date_from, self.date_to, self.conflicts_only, self.search):
            widget.blockSignals(True)
        for combo in widgets:
            combo.setCurrentIndex(0)
        self.date_from.reset()
        self.date_to.reset()
        self.conflicts_only.setChecked(False)
        self.search.clear()
        for widget in (*widgets, self.date_from, self.date_to, self.conflicts_only, self.search):
            widget.blockSignals(False)
        self.apply_filters()

    def _open(self, index) -> None:
        record_id = self.model.record_id(index.row())
        if record_id is not None:
            self.record_opened.emit(record_id)

    def _fill_villages(self) -> int:
        """The villages heard from, in the village filter; returns how many."""
        chosen = self.village_filter.currentData()
        self.village_filter.blockSignals(True)
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("All villages"), "")
        villages = office_imports.villages()
        for village in villages:
            kind = self.tr("Kelurahan") if village.kelurahan else self.tr("Desa")
            self.village_filter.addItem(f"{kind} {village.name} ({village.code})", village.code)
        index = self.village_filter.findData(chosen) if chosen else 0
        self.village_filter.setCurrentIndex(max(index, 0))
        self.village_filter.blockSignals(False)
        return len(villages)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total, villages, conflicts = self._totals
        if total == 0:
            text = self.tr(
                "No records yet. Import the exports that villages bring on flash drives "
                "(page Import), or run the receiver for uploads."
            )
        elif shown == total:
            text = self.tr("{count} records from {villages} villages.").format(
                count=total, villages=villages
            )
        else:
            text = self.tr("{shown} of {count} records shown.").format(shown=shown, count=total)
        if conflicts:
            text += " " + self.tr(
                "{count} records have a conflict: versions that do not follow each other were "
                "kept side by side."
            ).format(count=conflicts)
        self.count_label.setText(text)

    @Slot()
    def refresh(self) -> None:
        """Read again, e.g. after an import. The list keeps its place and its selection."""
        chosen = self.selected_record()
        held = self._fill_villages()
        total = register.count_register(RegisterQuery())
        self._totals = (total, held, office_imports.conflict_count())
        query = self.current_query()
        known = None if self._filtered(query) else total
        if query == self.model.query:
            self.model.refresh(known)
        else:
            self.model.set_query(query, known)
        self._update_count()
        if chosen is not None:
            row = self.model.row_of(chosen)
            if row is not None:
                self.table.selectRow(row)

    def show_village(self, code: str) -> None:
        """Only the records of village ``code`` (from the status board)."""
        index = self.village_filter.findData(code)
        if index < 0:
            self._fill_villages()
            index = self.village_filter.findData(code)
        self.village_filter.setCurrentIndex(max(index, 0))

    def selected_record(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_id(rows[0].row()) if rows else None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
