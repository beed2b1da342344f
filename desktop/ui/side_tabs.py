"""Tabs listed down the side of their pages, for a page with many sections (Pengaturan).

A row of eight tabs is wider than the screen at the larger text sizes, and Qt then hides some
of them behind small scroll arrows that older users do not notice. Listed one under the other
every section name shows in full at every text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QTabWidget, QWidget


class SideTabs(QTabWidget):
    """A tab widget whose own tab bar is hidden; ``sections`` lists the tabs instead and is
    placed by the page beside it. Everything else (addTab, insertTab, currentChanged, …) is
    QTabWidget's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabBar().hide()
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.currentRowChanged.connect(self._row_chosen)
        self.currentChanged.connect(self._tab_shown)

    def beside_sections(self) -> QHBoxLayout:
        """The list of sections with the pages beside it, for the page's layout."""
        row = QHBoxLayout()
        row.addWidget(self.sections)
        row.addWidget(self, 1)
        return row

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self.sections.insertItem(index, self.tabText(index).replace("&", ""))
        self.sections.setAccessibleName(self.accessibleName())
        self._fit_width()
        self._tab_shown(self.currentIndex())

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self.sections.takeItem(index)
        self._tab_shown(self.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            QTimer.singleShot(0, self, self._fit_width)  # once the list has the new text size

    def _fit_width(self) -> None:
        """As wide as the longest name, in the current text size."""
        self.sections.setFixedWidth(
            self.sections.sizeHintForColumn(0) + 2 * self.sections.frameWidth() + 4
        )

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.setCurrentIndex(row)

    def _tab_shown(self, index: int) -> None:
        if self.sections.currentRow() != index:
            self.sections.setCurrentRow(index)
