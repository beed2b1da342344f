"""Pola lintas desa (office): recruiter phone numbers, companies and recruiter names seen in
the records or job-offer checks of two or more villages, found in SQL on a worker thread,
listed to be sorted and filtered, and each opened on the villages and the records and checks
behind it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.patterns import Pattern, PatternKind, name_key
from desktop.storage import patterns as pattern_store
from desktop.storage.db import thread_connection
from desktop.ui.errors import error_message, is_expected
from desktop.ui.formatting import format_date
from desktop.ui.pause_timer import pause_timer
from desktop.ui.table_columns import FittedColumns
from desktop.ui.tasks import run_in_background

_ROOT = QModelIndex()

KIND_WORDS = {
    PatternKind.PHONE: QT_TRANSLATE_NOOP("Patterns", "Phone number"),
    PatternKind.COMPANY: QT_TRANSLATE_NOOP("Patterns", "Company"),
    PatternKind.RECRUITER: QT_TRANSLATE_NOOP("Patterns", "Recruiter"),
}


def kind_words(kind: PatternKind) -> str:
    return QCoreApplication.translate("Patterns", KIND_WORDS[kind])


COLUMNS = (
    QT_TRANSLATE_NOOP("PatternTable", "Kind"),
    QT_TRANSLATE_NOOP("PatternTable", "As written"),
    QT_TRANSLATE_NOOP("PatternTable", "Villages"),
    QT_TRANSLATE_NOOP("PatternTable", "Records"),
    QT_TRANSLATE_NOOP("PatternTable", "Checks"),
    QT_TRANSLATE_NOOP("PatternTable", "First seen"),
    QT_TRANSLATE_NOOP("PatternTable", "Last seen"),
)
KIND, SHOWN, VILLAGES, RECORDS, CHECKS, FIRST, LAST = range(len(COLUMNS))
COLUMN_CHARS = {
    KIND: 15,
    VILLAGES: 10,
    RECORDS: 9,
    CHECKS: 7,
    FIRST: 21,
    LAST: 21,
}
LEFT_OUT_FIRST = (FIRST, CHECKS, LAST)
_SORT_KEYS = {
    KIND: lambda p: (p.kind.value, p.key),
    SHOWN: lambda p: p.key,
    VILLAGES: lambda p: (p.villages, p.records + p.checks),
    RECORDS: lambda p: (p.records, p.villages),
    CHECKS: lambda p: (p.checks, p.villages),
    FIRST: lambda p: p.first_seen,
    LAST: lambda p: p.last_seen,
}


class PatternTableModel(QAbstractTableModel):
    """The patterns found (a few thousand at most: each is already a count over the villages'
    records), sorted and filtered here."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[Pattern] = []
        self._shown: list[Pattern] = []
        self._kind: PatternKind | None = None
        self._text = ""
        self._sort: tuple[int, bool] = (VILLAGES, True)

    def set_patterns(self, found: list[Pattern]) -> None:
        self._all = list(found)
        self._show()

    def set_filter(self, kind: PatternKind | None, text: str) -> None:
        self._kind, self._text = kind, name_key(text)
        self._show()

    def _show(self) -> None:
        self.beginResetModel()
        column, descending = self._sort
        found = [
            p
            for p in self._all
            if (self._kind is None or p.kind is self._kind)
            and (not self._text or self._text in p.key or self._text in name_key(p.shown))
        ]
        found.sort(key=_SORT_KEYS[column], reverse=descending)
        self._shown = found
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    def pattern(self, row: int) -> Pattern | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("PatternTable", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        pattern = self.pattern(index.row()) if index.isValid() else None
        if pattern is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        return (
            kind_words(pattern.kind),
            pattern.shown,
            str(pattern.villages),
            str(pattern.records),
            str(pattern.checks),
            format_date(pattern.first_seen),
            format_date(pattern.last_seen),
        )[index.column()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self._sort = (column, order == Qt.SortOrder.DescendingOrder)
            self._show()


class PatternsPage(QWidget):
    pattern_opened = Signal(object)  # a Pattern: double-click or Enter on its row
    work_done = Signal()  # the patterns were found (or the search failed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Patterns across villages"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Patterns across villages"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "The same phone number, company or recruiter's name in the records or checks "
                "of two or more villages. Spaces, capitals, punctuation and the +62, 62 or 0 "
                "before a number do not count as a difference."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        kind_caption = QLabel(self.tr("&Kind:"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("Every kind"), None)
        for kind in PatternKind:
            self.kind_filter.addItem(kind_words(kind), kind)
        kind_caption.setBuddy(self.kind_filter)
        search_caption = QLabel(self.tr("&Search:"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("a number or a name"))
        search_caption.setBuddy(self.search)
        self.refresh_button = QPushButton(self.tr("&Look again"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(kind_caption)
        row.addWidget(self.kind_filter)
        row.addWidget(search_caption)
        row.addWidget(self.search, 1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)

        self.model = PatternTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Patterns across villages"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(VILLAGES, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = FittedColumns(self.table, COLUMN_CHARS, SHOWN, LEFT_OUT_FIRST)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

        self._timer = pause_timer(self, 250, self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)

    @Slot()
    def refresh(self) -> None:
        """Look for patterns again (on a worker thread), e.g. after an import."""
        self.refresh_button.setEnabled(False)
        self.count_label.setText(self.tr("Looking for patterns…"))

        def find() -> list[Pattern]:
            with thread_connection():
                return pattern_store.find_patterns()

        run_in_background(find, on_done=self._found, on_error=self._failed)

    def _found(self, found: list[Pattern]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_patterns(found)
        self.apply_filter()
        self.work_done.emit()

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.work_done.emit()
        if not is_expected(error):
            raise error  # to the crash dialog and the log
        self.count_label.setText(error_message(error))

    @Slot()
    def apply_filter(self) -> None:
        self.model.set_filter(self.kind_filter.currentData(), self.search.text())
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            text = self.tr(
                "No phone number, company or recruiter has been seen in two or more villages."
            )
        elif shown == total:
            text = self.tr("{count} seen in two or more villages. Open one to see where.").format(
                count=total
            )
        else:
            text = self.tr("{shown} of {count} shown.").format(shown=shown, count=total)
        self.count_label.setText(text)

    def _open(self, index: QModelIndex) -> None:
        pattern = self.model.pattern(index.row())
        if pattern is not None:
            self.pattern_opened.emit(pattern)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
