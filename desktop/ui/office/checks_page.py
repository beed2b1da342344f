"""Cek dari desa (office): the job-offer checks every village sent, filtered by village,
kecamatan, period, risk level, destination and stage, and counted by risk level, destination
and stage. SQL filters, orders and counts; the list reads only the rows being looked at."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checklist import ChecklistShelf, RiskLevel
from desktop.storage import office_imports
from desktop.storage.assessments import CheckQuery, CheckSort, CheckTally
from desktop.storage.office_checks import (
    OfficeCheckQuery,
    OfficeCheckRow,
    count_office_checks,
    fetch_office_checks,
    tally_office_checks,
)
from desktop.ui.checklist.texts import LEVEL_COLOURS, level_words
from desktop.ui.incidents.values import format_day
from desktop.ui.office.bars import Bar, BarChart
from desktop.ui.office.paged import PagedRows
from desktop.ui.pause_timer import pause_timer
from desktop.ui.screen import VerticalScroll
from desktop.ui.table_columns import FittedColumns
from desktop.ui.widgets.filter_day import FilterDay

_ROOT = QModelIndex()
RecordIdRole = Qt.ItemDataRole.UserRole + 1
TOP_DESTINATIONS = 12  # in the counts; the rest are added up as one bar

COLUMNS = (
    (QT_TRANSLATE_NOOP("CheckTable", "Checked"), CheckSort.DAY),
    (QT_TRANSLATE_NOOP("CheckTable", "Village"), None),
    (QT_TRANSLATE_NOOP("CheckTable", "Kecamatan"), None),
    (QT_TRANSLATE_NOOP("CheckTable", "Risk"), CheckSort.LEVEL),
    (QT_TRANSLATE_NOOP("CheckTable", "Stage"), None),
    (QT_TRANSLATE_NOOP("CheckTable", "Destination"), CheckSort.DESTINATION),
    (QT_TRANSLATE_NOOP("CheckTable", "Job offered"), None),
    (QT_TRANSLATE_NOOP("CheckTable", "Company or recruiter"), None),
    (QT_TRANSLATE_NOOP("CheckTable", "Recorded as incident"), None),
)
CHECKED, VILLAGE, DISTRICT, LEVEL_COLUMN, STAGE, DESTINATION, JOB, COMPANY, INCIDENT = range(
    len(COLUMNS)
)
# How wide each column is, in average characters (the destination takes what is left), and
# the columns left out first when the list is too narrow for all (ui/table_columns.py).
COLUMN_CHARS = {
    CHECKED: 18,
    VILLAGE: 15,
    DISTRICT: 13,
    LEVEL_COLUMN: 19,
    STAGE: 22,
    JOB: 16,
    COMPANY: 18,
    INCIDENT: 10,
}
LEFT_OUT_FIRST = (INCIDENT, JOB, COMPANY, DISTRICT, STAGE)


def stage_names(checklists: ChecklistShelf, language: str) -> dict[str, str]:
    """Every stage of the question lists the office reads, by key, in words."""
    names: dict[str, str] = {}
    for version in checklists.versions():
        for stage in checklists.load(version).stages:
            names.setdefault(stage.key, stage.title.get(language))
    return names


def _level(value: str) -> RiskLevel | None:
    try:
        return RiskLevel(value)
    except ValueError:
        return None


class CheckTableModel(QAbstractTableModel):
    def __init__(self, stages: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self._stages = stages
        self._query = OfficeCheckQuery()
        self._rows: PagedRows[OfficeCheckRow] = PagedRows(*self._readers(self._query))

    @staticmethod
    def _readers(query: OfficeCheckQuery):
        return (
            lambda: count_office_checks(query),
            lambda offset, limit: fetch_office_checks(query, offset, limit),
        )

    @property
    def query(self) -> OfficeCheckQuery:
        return self._query

    def set_query(self, query: OfficeCheckQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._rows.reset(*self._readers(query))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("CheckTable", COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        found = self._rows.row(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(found, index.column())
        if role == RecordIdRole:
            return found.check.record_id
        level = _level(found.check.level)
        if index.column() == LEVEL_COLUMN and level is not None:
            fg, bg = LEVEL_COLOURS[level]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(bg))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(fg))
        return None

    def _text(self, row: OfficeCheckRow, column: int) -> str:
        check = row.check
        if column == CHECKED:
            return format_day(check.assessed_on)
        if column == VILLAGE:
            return row.village_name or row.village_code or self.tr("not known")
        if column == DISTRICT:
            return row.district_name
        if column == LEVEL_COLUMN:
            level = _level(check.level)
            return level_words(level) if level is not None else check.level
        if column == STAGE:
            return self._stages.get(check.stage, check.stage) if check.stage else "—"
        if column == DESTINATION:
            return check.destination
        if column == JOB:
            return check.job
        if column == COMPANY:
            return check.company
        return self.tr("Yes") if check.incident_record_id else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        checks = replace(self._query.checks, sort=COLUMNS[column][1], descending=descending)
        self.set_query(replace(self._query, checks=checks))

    def record_id(self, row: int) -> str | None:
        found = self._rows.row(row)
        return found.check.record_id if found else None


class ChecksPage(QWidget):
    check_opened = Signal(str)  # a check's record id: double-click or Enter on its row

    def __init__(
        self, checklists: ChecklistShelf, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Village checks"))
        self._stages = stage_names(checklists, language)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Job-offer checks from the villages"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)

        self.village_filter = QComboBox()
        self.district_filter = QComboBox()
        self.level_filter = QComboBox()
        self.level_filter.addItem(self.tr("Every risk level"), None)
        for level in reversed(RiskLevel):
            self.level_filter.addItem(level_words(level), level)
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("Every stage"), None)
        for key, name in self._stages.items():
            self.stage_filter.addItem(name, key)
        self.stage_filter.addItem(self.tr("No stage (question list version 1)"), "")
        self.destination_filter = QComboBox()
        self.destination_filter.setEditable(True)
        self.destination_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.destination_filter.lineEdit().setPlaceholderText(self.tr("any destination"))
        self.destination_filter.lineEdit().setClearButtonEnabled(True)
        for combo in (
            self.village_filter,
            self.district_filter,
            self.level_filter,
            self.stage_filter,
            self.destination_filter,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        self.date_from = FilterDay(self.tr("any"), "dd-MM-yyyy", QDate(2000, 1, 1))
        self.date_to = FilterDay(self.tr("any"), "dd-MM-yyyy", QDate(2000, 1, 1))
        filters = QGridLayout()
        pairs = [
            (self.tr("&Village:"), self.village_filter),
            (self.tr("&Kecamatan:"), self.district_filter),
            (self.tr("&Risk:"), self.level_filter),
            (self.tr("S&tage:"), self.stage_filter),
            (self.tr("D&estination:"), self.destination_filter),
            (None, None),
            (self.tr("Checked &from:"), self.date_from),
            (self.tr("&until:"), self.date_to),
        ]
        for n, (text, widget) in enumerate(pairs):
            if widget is None:
                continue
            row, column = n // 2, (n % 2) * 2
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption, row, column)
            filters.addWidget(widget, row, column + 1)
        for column in (1, 3):
            filters.setColumnStretch(column, 1)
        layout.addLayout(filters)
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        row.addWidget(self.count_label, 1)
        self.clear_button = QPushButton(self.tr("Show &all"))
        self.clear_button.clicked.connect(self.clear_filters)
        row.addWidget(self.clear_button)
        layout.addLayout(row)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.model = CheckTableModel(self._stages, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Checks of all villages"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = FittedColumns(self.table, COLUMN_CHARS, DESTINATION, LEFT_OUT_FIRST)
        self.table.activated.connect(self._open)
        self.tabs.addTab(self.table, self.tr("List"))

        counts = QWidget()
        counts_layout = QVBoxLayout(counts)
        self.charts: dict[CheckTally, BarChart] = {}
        headings = {
            CheckTally.LEVEL: self.tr("By risk level"),
            CheckTally.DESTINATION: self.tr("By destination (as written at the village)"),
            CheckTally.STAGE: self.tr("By stage"),
        }
        for tally, heading in headings.items():
            caption = QLabel(heading)
            caption.setProperty("role", "subtitle")
            caption.setWordWrap(True)
            counts_layout.addWidget(caption)
            chart = BarChart()
            chart.setAccessibleName(heading)
            counts_layout.addWidget(chart)
            self.charts[tally] = chart
        counts_layout.addStretch(1)
        self.tabs.addTab(VerticalScroll(counts), self.tr("Counts"))

        self._timer = pause_timer(self, 300, self.apply_filters)
        self.destination_filter.editTextChanged.connect(self._timer.start)
        for combo in (
            self.village_filter,
            self.district_filter,
            self.level_filter,
            self.stage_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)

    def current_query(self) -> OfficeCheckQuery:
        checks = CheckQuery(
            date_from=self.date_from.day(),
            date_to=self.date_to.day(),
            level=self.level_filter.currentData(),
            destination=self.destination_filter.currentText(),
            stage=self.stage_filter.currentData(),
            sort=self.model.query.checks.sort,
            descending=self.model.query.checks.descending,
        )
        return OfficeCheckQuery(
            checks=checks,
            village=self.village_filter.currentData() or "",
            district=self.district_filter.currentData() or "",
        )

    @Slot()
    def apply_filters(self) -> None:
        query = self.current_query()
        self.model.set_query(query)
        self._show_counts(query)

    def _show_counts(self, query: OfficeCheckQuery) -> None:
        shown = self.model.rowCount()
        total = count_office_checks(OfficeCheckQuery())
        if total == 0:
            text = self.tr(
                "No checks yet. Villages send their saved job-offer checks with their exports."
            )
        elif shown == total:
            text = self.tr("{count} checks.").format(count=total)
        else:
            text = self.tr("{shown} of {count} checks shown.").format(shown=shown, count=total)
        self.count_label.setText(text)
        levels = dict(tally_office_checks(query, CheckTally.LEVEL))
        self.charts[CheckTally.LEVEL].set_bars(
            [
                Bar(level_words(level), levels[level.value], LEVEL_COLOURS[level][1])
                for level in reversed(RiskLevel)
                if level.value in levels
            ]
        )
        destinations = tally_office_checks(query, CheckTally.DESTINATION)
        bars = [
            Bar(name or self.tr("(not written)"), count)
            for name, count in destinations[:TOP_DESTINATIONS]
        ]
        rest = destinations[TOP_DESTINATIONS:]
        if rest:
            bars.append(
                Bar(
                    self.tr("{count} other destinations").format(count=len(rest)),
                    sum(c for _, c in rest),
                )
            )
        self.charts[CheckTally.DESTINATION].set_bars(bars)
        self.charts[CheckTally.STAGE].set_bars(
            [
                Bar(
                    self._stages.get(key, key)
                    if key
                    else self.tr("No stage (question list version 1)"),
                    count,
                )
                for key, count in tally_office_checks(query, CheckTally.STAGE)
            ]
        )
        self._fill_destinations(destinations)

    def _fill_destinations(self, destinations: list[tuple[str, int]]) -> None:
        typed = self.destination_filter.currentText()
        self.destination_filter.blockSignals(True)
        self.destination_filter.clear()
        for name, _count in destinations[:30]:
            if name:
                self.destination_filter.addItem(name)
        self.destination_filter.setEditText(typed)
        self.destination_filter.blockSignals(False)

    @Slot()
    def clear_filters(self) -> None:
        widgets = (
            self.village_filter,
            self.district_filter,
            self.level_filter,
            self.stage_filter,
            self.destination_filter,
            self.date_from,
            self.date_to,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:4]:
            combo.setCurrentIndex(0)
        self.destination_filter.setEditText("")
        self.date_from.reset()
        self.date_to.reset()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def _fill_places(self) -> None:
        for combo in (self.village_filter, self.district_filter):
            combo.blockSignals(True)
        chosen_village = self.village_filter.currentData()
        chosen_district = self.district_filter.currentData()
        self.village_filter.clear()
        self.village_filter.addItem(self.tr("All villages"), "")
        for village in office_imports.villages():
            kind = self.tr("Kelurahan") if village.kelurahan else self.tr("Desa")
            self.village_filter.addItem(f"{kind} {village.name} ({village.code})", village.code)
        self.district_filter.clear()
        self.district_filter.addItem(self.tr("All kecamatan"), "")
        for district in office_imports.districts():
            self.district_filter.addItem(
                f"{district.name} ({district.regency_name})", district.code
            )
        for combo, chosen in (
            (self.village_filter, chosen_village),
            (self.district_filter, chosen_district),
        ):
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)

    def _open(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row())
        if record_id is not None:
            self.check_opened.emit(record_id)

    @Slot()
    def refresh(self) -> None:
        """Read again, e.g. after an import."""
        self._fill_places()
        self.apply_filters()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
