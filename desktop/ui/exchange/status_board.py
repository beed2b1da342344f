"""Status desa (office): every village and kelurahan of the office's area, whether and when it
last reported, and which have been silent too long; by kecamatan, in words and in colour.

The area comes from the official list (``storage.area_index``), what was heard from each
village from the imports (``storage.office_imports``), which villages wait for their key to be
confirmed from the held exports (``exchange.protection``; confirming is done on the page Desa,
which the board opens with the village ticked), the standing from ``domain.village_status``.
A few thousand villages at most: they are held in the model and sorted and filtered by a
proxy.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
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
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.area import parent_code
from desktop.domain.exchange import OfficeProfile
from desktop.domain.village_status import (
    OVERDUE_DAYS_RANGE,
    CoveredVillage,
    LastExport,
    Standing,
    VillageStatus,
    count_by_standing,
    village_statuses,
)
from desktop.exchange.protection import held_villages
from desktop.storage import exchange_settings, office_imports
from desktop.storage.area_index import AreaIndex
from desktop.ui.formatting import format_date
from desktop.ui.style import STANDING_COLOURS
from desktop.ui.table_columns import FittedColumns

SortRole = Qt.ItemDataRole.UserRole.value + 1
CodeRole = Qt.ItemDataRole.UserRole.value + 2  # the village's code

_ROOT = QModelIndex()

COLUMNS = (
    QT_TRANSLATE_NOOP("StatusBoard", "Kecamatan"),
    QT_TRANSLATE_NOOP("StatusBoard", "Village or kelurahan"),
    QT_TRANSLATE_NOOP("StatusBoard", "Standing"),
    QT_TRANSLATE_NOOP("StatusBoard", "Days silent"),
    QT_TRANSLATE_NOOP("StatusBoard", "Last export, made"),
    QT_TRANSLATE_NOOP("StatusBoard", "Imported"),
)
DISTRICT, VILLAGE, STANDING, DAYS, LAST_EXPORT, IMPORTED = range(len(COLUMNS))
# Average characters per column (the village's name takes what is left), and the columns left
# out first when the page is too narrow for all (ui/table_columns.py).
COLUMN_CHARS = {DISTRICT: 16, STANDING: 24, DAYS: 8, LAST_EXPORT: 24, IMPORTED: 18}
LEFT_OUT_FIRST = (IMPORTED, LAST_EXPORT, DISTRICT)

STANDING_WORDS = {
    Standing.WAITING: QT_TRANSLATE_NOOP("StatusBoard", "Waiting: confirm its key"),
    Standing.NEVER: QT_TRANSLATE_NOOP("StatusBoard", "Never reported"),
    Standing.OVERDUE: QT_TRANSLATE_NOOP("StatusBoard", "Overdue"),
    Standing.REPORTING: QT_TRANSLATE_NOOP("StatusBoard", "On time"),
}


def standing_text(standing: Standing) -> str:
    return QCoreApplication.translate("StatusBoard", STANDING_WORDS[standing])


def covered_villages(index: AreaIndex, office: OfficeProfile) -> list[CoveredVillage]:
    """Every village and kelurahan of the office's regencies, from the official list."""
    found = []
    for regency in office.covers:
        area = index.get(regency)
        regency_name = area.name if area else regency
        found += [
            CoveredVillage(v.code, v.name, d.code, d.name, regency_name)
            for v, d in index.villages_in(regency)
        ]
    return found


def heard_villages() -> tuple[dict[str, LastExport], list[CoveredVillage]]:
    """The newest export of each village heard from, by code; and those villages as they
    named themselves (for villages the official list of the area does not hold: an area
    changed since they reported)."""
    heard, named = {}, []
    for entry in office_imports.villages():
        if entry.last_export_at is not None and entry.last_imported_at is not None:
            heard[entry.code] = LastExport(
                entry.last_sequence, entry.last_export_at, entry.last_imported_at
            )
        named.append(
            CoveredVillage(
                entry.code,
                entry.name,
                parent_code(entry.code),
                entry.district_name,
                entry.regency_name,
            )
        )
    return heard, named


class StatusModel(QAbstractTableModel):
    """One row per village: its standing in words (coloured too) and its last export."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._statuses: list[VillageStatus] = []
        self._texts: list[tuple[str, ...]] = []
        self._keys: dict[int, list[tuple]] = {}

    def set_statuses(self, statuses: list[VillageStatus]) -> None:
        self.beginResetModel()
        self._statuses = statuses
        self._texts = [self._row_texts(s) for s in statuses]
        self._keys = {}
        self.endResetModel()

    def status(self, row: int) -> VillageStatus:
        return self._statuses[row]

    def sort_keys(self, column: int) -> list[tuple]:
        """Each row's order in this column, made once per column until the rows change: the
        proxy compares about 9,000 pairs to order 1,448 villages, and asking data() for both
        keys of each pair took half the board's opening."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = [self._sort_key(s, column) for s in self._statuses]
        return keys

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._statuses)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("StatusBoard", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        status = self._statuses[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][column]
        if role == SortRole:
            return self.sort_keys(column)[index.row()]
        if role == CodeRole:
            return status.village.code
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DAYS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == STANDING and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            background, text = STANDING_COLOURS[status.standing.value]
            colour = background if role == Qt.ItemDataRole.BackgroundRole else text
            return QBrush(QColor(colour))
        return None

    def _row_texts(self, status: VillageStatus) -> tuple[str, ...]:
        village = status.village
        kind = self.tr("Kelurahan") if status.kelurahan else self.tr("Desa")
        last, days = status.last, ""
        exported = imported = ""
        if last is not None:
            exported = self.tr("no. {number}, {date}").format(
                number=last.sequence, date=format_date(last.made_at.astimezone().date())
            )
            imported = format_date(last.imported_at.astimezone().date())
            days = QLocale().toString(status.days_silent)
        return (
            village.district_name,
            f"{kind} {village.name}",
            standing_text(status.standing),
            days,
            exported,
            imported,
        )

    @staticmethod
    def _sort_key(status: VillageStatus, column: int) -> tuple:
        village = status.village
        where = (village.regency_name, village.district_name, village.name, village.code)
        if column == DISTRICT:
            return where
        if column == VILLAGE:
            return (village.name, *where)
        if column == STANDING:
            return (list(Standing).index(status.standing), -(status.days_silent or 0), *where)
        last = status.last
        if column == DAYS:
            # Never reported counts as the longest silence.
            return (status.days_silent if last else 1_000_000, *where)
        if column == LAST_EXPORT:
            return (last.made_at.timestamp() if last else 0.0, *where)
        return (last.imported_at.timestamp() if last else 0.0, *where)


class Show:
    """What the standing filter lets through."""

    ALL, WAITING, LATE_OR_NEVER, OVERDUE, NEVER, ON_TIME = range(6)


SHOWN = {
    Show.ALL: frozenset(Standing),
    Show.WAITING: frozenset({Standing.WAITING}),
    Show.LATE_OR_NEVER: frozenset({Standing.OVERDUE, Standing.NEVER}),
    Show.OVERDUE: frozenset({Standing.OVERDUE}),
    Show.NEVER: frozenset({Standing.NEVER}),
    Show.ON_TIME: frozenset({Standing.REPORTING}),
}


class StatusFilter(QSortFilterProxyModel):
    """Only the chosen kecamatan ('' for all) and standings; ordered by the model's sort keys
    (what SortRole answers for one cell)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._district = ""
        self._standings = SHOWN[Show.ALL]

    def set_filter(self, district: str, standings: frozenset[Standing]) -> None:
        self.beginFilterChange()
        self._district, self._standings = district, standings
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        status = self.sourceModel().status(row)
        return status.standing in self._standings and (
            not self._district or status.village.district_code == self._district
        )

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        keys = self.sourceModel().sort_keys(left.column())
        return keys[left.row()] < keys[right.row()]


def waiting_villages() -> frozenset[str]:
    """The codes of the villages whose exports wait for an officer to confirm their key."""
    return frozenset(held.village_code for held in held_villages())


@dataclass(frozen=True)
class BoardSources:
    """Where the board reads: the office's profile, the official area list, the villages
    waiting for their key to be confirmed."""

    office: Callable[[], OfficeProfile | None]
    area_index: Callable[[], AreaIndex]
    today: Callable[[], date] = date.today
    waiting: Callable[[], Collection[str]] = waiting_villages


class StatusBoardPage(QWidget):
    """``show_records(code)``: the officer asked for a village's records (Daftar gabungan);
    ``confirm_key(code)``: to confirm the waiting villages' keys (the page Desa), with the
    village chosen ticked ('' when none of them is chosen)."""

    show_records = Signal(str)
    confirm_key = Signal(str)

    def __init__(self, sources: BoardSources, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sources = sources
        self._covered: tuple[tuple[str, ...], list[CoveredVillage]] | None = None
        self.setWindowTitle(self.tr("Village status"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Which villages have reported"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        filters = QGridLayout()
        self.district_filter = QComboBox()
        self.standing_filter = QComboBox()
        for box in (self.district_filter, self.standing_filter):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        for text, value in (
            (self.tr("All villages"), Show.ALL),
            (self.tr("Waiting for their key to be confirmed"), Show.WAITING),
            (self.tr("Overdue or never reported"), Show.LATE_OR_NEVER),
            (self.tr("Overdue only"), Show.OVERDUE),
            (self.tr("Never reported only"), Show.NEVER),
            (self.tr("On time only"), Show.ON_TIME),
        ):
            self.standing_filter.addItem(text, value)
        for n, (text, widget) in enumerate(
            (
                (self.tr("&Kecamatan:"), self.district_filter),
                (self.tr("&Show:"), self.standing_filter),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, n * 2)
            filters.addWidget(widget, 0, n * 2 + 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        threshold = QHBoxLayout()
        self.overdue_days = QSpinBox()
        self.overdue_days.setRange(*OVERDUE_DAYS_RANGE)
        self.overdue_days.setSuffix(self.tr(" days"))
        self.overdue_days.setAccessibleName(self.tr("Overdue after this many days"))
        self.overdue_days.setValue(exchange_settings.overdue_days())
        caption = QLabel(self.tr("Over&due after:"))
        caption.setBuddy(self.overdue_days)
        threshold.addWidget(caption)
        threshold.addWidget(self.overdue_days)
        threshold.addStretch(1)
        filters.addLayout(threshold, 1, 0, 1, 2)
        self.records_button = QPushButton(self.tr("See this village's &records"))
        self.records_button.clicked.connect(self._records_of_selected)
        self.confirm_button = QPushButton(self.tr("&Confirm keys…"))
        self.confirm_button.clicked.connect(self._confirm_selected)
        filters.addWidget(self.records_button, 1, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
        # A row of its own, there only while a village waits: beside the others the page
        # would be wider than the screen at the largest text.
        filters.addWidget(self.confirm_button, 2, 0, 1, 4, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(filters)

        self.model = StatusModel(self)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Villages and when they last reported"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSortIndicator(DISTRICT, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(lambda _: self._open_selected())
        self.columns = FittedColumns(self.table, COLUMN_CHARS, VILLAGE, LEFT_OUT_FIRST)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Days silent are counted from the day the village made its last export that "
                "was imported here. Double-click a village to see its records, or a village "
                "that waits to confirm its key."
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.district_filter.currentIndexChanged.connect(self._apply_filter)
        self.standing_filter.currentIndexChanged.connect(self._apply_filter)
        self.overdue_days.valueChanged.connect(self._overdue_days_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)
        self._update_button()

    # -- reading ------------------------------------------------------------------------------

    def _covered_villages(self, office: OfficeProfile) -> list[CoveredVillage]:
        """The official list of the office's area, read once per area."""
        if self._covered is None or self._covered[0] != office.covers:
            self._covered = (office.covers, covered_villages(self._sources.area_index(), office))
        return self._covered[1]

    @Slot()
    def refresh(self) -> None:
        """Read again: the office's area, what was heard from each village, today's date."""
        office = self._sources.office()
        covered = self._covered_villages(office) if office is not None else []
        heard, named = heard_villages()
        known = {v.code for v in covered}
        # Villages heard from outside today's area are shown too: nothing they sent is hidden.
        villages = covered + [v for v in named if v.code not in known]
        statuses = village_statuses(
            villages,
            heard,
            today=self._sources.today(),
            overdue_after=self.overdue_days.value(),
            waiting=self._sources.waiting(),
        )
        self.model.set_statuses(statuses)
        self._fill_districts(villages, multiple=len({v.regency_name for v in villages}) > 1)
        self._show_summary(statuses)

    def _fill_districts(self, villages: list[CoveredVillage], *, multiple: bool) -> None:
        chosen = self.district_filter.currentData()
        districts = {v.district_code: v for v in villages}
        self.district_filter.blockSignals(True)
        self.district_filter.clear()
        self.district_filter.addItem(self.tr("All kecamatan"), "")
        for code, village in sorted(
            districts.items(), key=lambda item: (item[1].regency_name, item[1].district_name)
        ):
            text = village.district_name
            if multiple:
                text = f"{text} ({village.regency_name})"
            self.district_filter.addItem(text, code)
        self.district_filter.setCurrentIndex(max(self.district_filter.findData(chosen or ""), 0))
        self.district_filter.blockSignals(False)
        self._apply_filter()

    def _show_summary(self, statuses: list[VillageStatus]) -> None:
        counts = count_by_standing(statuses)
        locale = QLocale()
        text = self.tr(
            "{total} villages and kelurahan: {overdue} overdue (more than {days} days "
            "without a new export), {never} never reported, {on_time} on time."
        ).format(
            total=locale.toString(len(statuses)),
            overdue=locale.toString(counts[Standing.OVERDUE]),
            days=self.overdue_days.value(),
            never=locale.toString(counts[Standing.NEVER]),
            on_time=locale.toString(counts[Standing.REPORTING]),
        )
        # Shown while a village waits, whichever is chosen: the page Desa lists them all.
        self.confirm_button.setVisible(counts[Standing.WAITING] > 0)
        if counts[Standing.WAITING]:
            text += " " + self.tr(
                "{waiting} wait for you to confirm their key: their exports are held unread."
            ).format(waiting=locale.toString(counts[Standing.WAITING]))
        self.summary.setText(text)

    # -- choosing ----------------------------------------------------------------------------

    @Slot()
    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            self.district_filter.currentData() or "",
            SHOWN[self.standing_filter.currentData()],
        )
        self._update_button()

    @Slot(int)
    def _overdue_days_changed(self, days: int) -> None:
        exchange_settings.save_overdue_days(days)
        self.refresh()

    def selected_village(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CodeRole) if rows else None

    def _selected_status(self) -> VillageStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.status(self.proxy.mapToSource(rows[0]).row()) if rows else None

    @Slot()
    def _update_button(self) -> None:
        status = self._selected_status()
        self.records_button.setEnabled(status is not None and status.last is not None)

    @Slot()
    def _records_of_selected(self) -> None:
        code = self.selected_village()
        if code is not None and self.records_button.isEnabled():
            self.show_records.emit(code)

    @Slot()
    def _confirm_selected(self) -> None:
        status = self._selected_status()
        waiting = status is not None and status.standing is Standing.WAITING
        self.confirm_key.emit(status.village.code if waiting else "")

    def _open_selected(self) -> None:
        """A waiting village opens its key's confirmation; any other, its records."""
        status = self._selected_status()
        if status is not None and status.standing is Standing.WAITING:
            self._confirm_selected()
        else:
            self._records_of_selected()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
