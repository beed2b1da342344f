"""Daftar Gabungan (office): every village's records in one list, filtered by village, modus,
status and date, with conflicts marked. The same machinery as the village log: a table model
that reads only the rows being looked at, with SQL doing the filtering and ordering."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from desktop.storage import office_imports, register
from desktop.storage.incidents import SortKey
from desktop.storage.register import RegisterQuery, RegisterRow
from desktop.ui.incidents.form import DAY_FORMAT, ChoiceBox
from desktop.ui.incidents.labels import label
from desktop.ui.incidents.table_model import RecordRole, format_moment
from desktop.ui.incidents.values import format_day
from desktop.ui.table_columns import FittedColumns

PAGE_SIZE = 64
MAX_PAGES = 16
_ROOT = QModelIndex()

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
)
NUMBER, VILLAGE, REPORTED, TYPE, MODUS, SUMMARY, DESTINATION, PEOPLE, STATUS, CHANGED, CONFLICT = (
    range(len(COLUMNS))
)
# How wide each column is, in average characters (the summary takes what is left), and the
# columns left out first when the list is too narrow for all of them (ui/table_columns.py).
COLUMN_CHARS = {
    NUMBER: 5,
    VILLAGE: 16,
    REPORTED: 15,
    TYPE: 14,
    MODUS: 15,
    DESTINATION: 13,
    PEOPLE: 7,
    STATUS: 12,
    CHANGED: 15,
    CONFLICT: 9,
}
LEFT_OUT_FIRST = (CHANGED, PEOPLE, TYPE, DESTINATION, MODUS, STATUS)


def _enum_text(kind: type, value: str) -> str:
    try:
        return label(kind(value))
    except ValueError:
        return value


class RegisterModel(QAbstractTableModel):
    def __init__(self, query: RegisterQuery | None = None, parent=None) -> None:
        super().__init__(parent)
        self._query = query or RegisterQuery()
        self._by_village = False
        self._pages: OrderedDict[int, list[tuple[RegisterRow, tuple[str, ...]]]] = OrderedDict()
        self._rows = register.count_register(self._query)

    @property
    def query(self) -> RegisterQuery:
        return self._query

    def set_query(self, query: RegisterQuery, *, by_village: bool | None = None) -> None:
        self.beginResetModel()
        self._query = query
        if by_village is not None:
            self._by_village = by_village
        self._pages.clear()
        self._rows = register.count_register(query)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("RegisterTable", COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        found = self._row(index.row()) if index.isValid() else None
        if found is None:
            return None
        row, texts = found
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        if role == RecordRole:
            return row.record_id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][1]
        if column == VILLAGE:
            self.set_query(replace(self._query, descending=descending), by_village=True)
        elif key is not None:
            query = replace(self._query, sort=key, descending=descending)
            self.set_query(query, by_village=False)

    def record_id(self, row: int) -> str | None:
        found = self._row(row)
        return found[0].record_id if found else None

    def _row(self, row: int) -> tuple[RegisterRow, tuple[str, ...]] | None:
        if not 0 <= row < self._rows:
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            fetched = register.fetch_register(
                self._query, page * PAGE_SIZE, PAGE_SIZE, by_village=self._by_village
            )
            rows = [(r, self._texts(r)) for r in fetched]
            self._pages[page] = rows
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _texts(self, row: RegisterRow) -> tuple[str, ...]:
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
        )


class RegisterPage(QWidget):
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
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DAY_FORMAT)
            edit.setSpecialValueText(self.tr("any"))
            edit.setMinimumDate(QDate(1950, 1, 1))
            edit.setDate(edit.minimumDate())
        self.conflicts_only = QCheckBox(self.tr("Only records with a &conflict"))
        pairs = [
            (self.tr("&Village:"), self.village_filter),
            (self.tr("&Modus:"), self.modus_filter),
            (self.tr("S&tatus:"), self.status_filter),
            (None, self.conflicts_only),
            (self.tr("Reported &from:"), self.date_from),
            (self.tr("&until:"), self.date_to),
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

        self.model = RegisterModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records of all villages"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = FittedColumns(self.table, COLUMN_CHARS, SUMMARY, LEFT_OUT_FIRST)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.village_filter, self.modus_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.conflicts_only.toggled.connect(self.apply_filters)
        self.refresh()

    def _day(self, edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == edit.minimumDate() else value.toPython()

    def current_query(self) -> RegisterQuery:
        return replace(
            self.model.query,
            village=self.village_filter.currentData() or "",
            text=self.search.text(),
            status=self.status_filter.value(),
            modus=self.modus_filter.value(),
            date_from=self._day(self.date_from),
            date_to=self._day(self.date_to),
            conflicts_only=self.conflicts_only.isChecked(),
        )

    @Slot()
    def apply_filters(self) -> None:
        self.model.set_query(self.current_query())
        self._update_count()

    @Slot()
    def clear_filters(self) -> None:
        widgets = (self.village_filter, self.modus_filter, self.status_filter)
        for widget in (*widgets, self.date_from, self.date_to, self.conflicts_only, self.search):
            widget.blockSignals(True)
        for combo in widgets:
            combo.setCurrentIndex(0)
        self.date_from.setDate(self.date_from.minimumDate())
        self.date_to.setDate(self.date_to.minimumDate())
        self.conflicts_only.setChecked(False)
        self.search.clear()
        for widget in (*widgets, self.date_from, self.date_to, self.conflicts_only, self.search):
            widget.blockSignals(False)
        self.apply_filters()

    def _fill_villages(self) -> None:
        chosen = self.village_filter.currentData()
        self.village_filter.blockSignals(True)
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("All villages"), "")
        for village in office_imports.villages():
            kind = self.tr("Kelurahan") if village.kelurahan else self.tr("Desa")
            self.village_filter.addItem(f"{kind} {village.name} ({village.code})", village.code)
        index = self.village_filter.findData(chosen) if chosen else 0
        self.village_filter.setCurrentIndex(max(index, 0))
        self.village_filter.blockSignals(False)

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = register.count_register(RegisterQuery())
        villages = len(office_imports.villages())
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
        conflicts = office_imports.conflict_count()
        if conflicts:
            text += " " + self.tr(
                "{count} records have a conflict: versions that do not follow each other were "
                "kept side by side."
            ).format(count=conflicts)
        self.count_label.setText(text)

    @Slot()
    def refresh(self) -> None:
        """Read again, e.g. after an import."""
        self._fill_villages()
        self.apply_filters()
        self.columns.measure()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
