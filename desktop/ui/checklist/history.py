"""The start of Cek Tawaran Kerja: a button for a new check and the list of saved checks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.storage.assessments import AssessmentRow
from desktop.ui.checklist.texts import LEVEL_COLOURS, level_words
from desktop.ui.formatting import format_date

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


class AssessmentTableModel(QAbstractTableModel):
    """Saved checks as light rows (id, date, initials, destination, job, level)."""

    DATE, INITIALS, DESTINATION, JOB, LEVEL = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AssessmentRow] = []

    def set_rows(self, rows: list[AssessmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Date"),
            self.tr("Initials"),
            self.tr("Destination"),
            self.tr("Job"),
            self.tr("Result"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if column == self.DATE:
                return format_date(row.assessed_on)
            if column == self.INITIALS:
                return row.initials or "—"
            if column == self.DESTINATION:
                return row.destination or "—"
            if column == self.JOB:
                return row.job or "—"
            if column == self.LEVEL:
                words = level_words(row.level)
                if row.has_incident:
                    return self.tr("{level} (recorded as an incident)").format(level=words)
                return words
        if column == self.LEVEL and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(LEVEL_COLOURS[row.level][1]))
        if column == self.LEVEL and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(LEVEL_COLOURS[row.level][0]))
        return None

    def row_at(self, row: int) -> AssessmentRow:
        return self._rows[row]


class HistoryView(QWidget):
    """Start a new check, or open a saved one."""

    new_requested = Signal()
    open_requested = Signal(int)  # the assessment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Check a job offer"))
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Go through the questions together with the person and the family, for example "
                "when they ask for the family-permission letter or report a sponsor's promise "
                "of work abroad. Answer each question Yes, No or Don't know; Siaga TPPO then "
                "shows the risk level, the reasons and what to do next."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Start a new check"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        heading = QLabel(self.tr("Saved checks"))
        heading.setProperty("role", "subtitle")
        layout.addWidget(heading)
        self.empty = QLabel(self.tr("No check has been saved yet."))
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.model = AssessmentTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Saved checks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (AssessmentTableModel.DESTINATION, AssessmentTableModel.JOB):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open the chosen check"))
        self.open_button.clicked.connect(self._open_current)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[AssessmentRow]) -> None:
        self.model.set_rows(rows)
        has_rows = bool(rows)
        self.empty.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        self.open_button.setVisible(has_rows)
        if has_rows:
            self.table.selectRow(0)

    @Slot()
    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        self.open_requested.emit(self.model.row_at(row).id)
