"""Bantuan (F1): the staff manual in the app. Its chapters in a list, the chosen one shown from
its Markdown (links to other chapters followed), a search over every chapter that narrows the
list and marks the words, the About box, and the whole manual printed through the print dialog.

The manual is ``resources/manual/id/`` (``domain.manual``), the same files the repository's
``docs/manual/id`` lists, in Indonesian whatever the app's language. One help window per main
window: F1 again brings it back where it was. It is not modal, so that the manual can stay open
beside the page it explains.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.content import query_words
from desktop.domain.manual import Manual, ManualUnreadable, load_manual
from desktop.printing.paper import Paper
from desktop.resources import resource_path
from desktop.ui.messages import inform
from desktop.ui.pause_timer import pause_timer
from desktop.ui.reader import highlight_words, show_markdown
from desktop.ui.screen import fit_to_screen, text_units

MANUAL_LANGUAGE = "id"  # the manual is written in Indonesian only
SEARCH_DELAY_MS = 250
CHAPTER_LIST_CHARS = 30  # the list of chapters wraps a longer title rather than widen


def manual_folder() -> Path:
    return resource_path("manual", MANUAL_LANGUAGE)


class HelpWindow(QDialog):
    def __init__(self, manual: Manual, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manual = manual
        self.setWindowTitle(self.tr("Help — Siaga TPPO manual"))
        layout = QVBoxLayout(self)

        search_row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the manual"))
        self.search_edit.setAccessibleName(self.tr("Search the manual"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = pause_timer(self, SEARCH_DELAY_MS, self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        search_row.addWidget(self.search_edit, 1)
        self.result_count = QLabel()
        self.result_count.setWordWrap(True)
        search_row.addWidget(self.result_count, 1)
        layout.addLayout(search_row)

        columns = QHBoxLayout()
        self.chapters = QListWidget()
        self.chapters.setAccessibleName(self.tr("Chapters"))
        self.chapters.setWordWrap(True)
        self.chapters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, chapter in enumerate(manual.chapters, start=1):
            item = QListWidgetItem(f"{number}. {chapter.title}")
            item.setData(Qt.ItemDataRole.UserRole, chapter.name)
            self.chapters.addItem(item)
        self.chapters.currentItemChanged.connect(self._chapter_chosen)
        columns.addWidget(self.chapters)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Chapter"))
        self.browser.setOpenLinks(False)  # a link names another chapter, shown here
        self.browser.anchorClicked.connect(self._follow)
        columns.addWidget(self.browser, 1)
        layout.addLayout(columns, 1)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print the manual (PDF)…"))
        self.print_button.clicked.connect(self.print_manual)
        self.about_button = QPushButton(self.tr("&About Siaga TPPO"))
        self.about_button.clicked.connect(self.show_about)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.about_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._fit_chapter_list()
        self.chapters.setCurrentRow(0)
        fit_to_screen(self, 120, 40)

    def _fit_chapter_list(self) -> None:
        widest = self.chapters.sizeHintForColumn(0) + 2 * self.chapters.frameWidth() + 8
        limit = text_units(CHAPTER_LIST_CHARS, 0).width()
        self.chapters.setFixedWidth(min(widest, limit))

    # --- reading ----------------------------------------------------------------------------

    def current_chapter(self) -> str:
        item = self.chapters.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def show_chapter(self, name: str) -> None:
        """Show the chapter in the file ``name`` (e.g. ``01-memulai.md``)."""
        for row in range(self.chapters.count()):
            item = self.chapters.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.chapters.setRowHidden(row, False)
                self.chapters.setCurrentItem(item)
                return

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            self.browser.clear()
            return
        chapter = self.manual.chapter(item.data(Qt.ItemDataRole.UserRole))
        show_markdown(self.browser, chapter.markdown)
        self._highlight()

    @Slot(QUrl)
    def _follow(self, url: QUrl) -> None:
        self.show_chapter(Path(url.path()).name)

    # --- searching --------------------------------------------------------------------------

    def run_search(self) -> None:
        query = self.search_edit.text()
        found = {c.name for c in self.manual.search(query)}
        for row in range(self.chapters.count()):
            name = self.chapters.item(row).data(Qt.ItemDataRole.UserRole)
            self.chapters.setRowHidden(row, name not in found)
        if not query_words(query):
            self.result_count.clear()
        elif found:
            self.result_count.setText(
                self.tr("Found in {count} chapters.").format(count=len(found))
            )
        else:
            self.result_count.setText(
                self.tr("“{query}” is not in the manual. Try another word.").format(
                    query=query.strip()
                )
            )
        if found and self.current_chapter() not in found:
            self.show_chapter(next(c.name for c in self.manual.chapters if c.name in found))
        else:
            self._highlight()

    def _highlight(self) -> None:
        words = query_words(self.search_edit.text())
        highlight_words(self.browser, words)
        marks = self.browser.extraSelections()
        if marks:  # the first place the words are, in view
            cursor = QTextCursor(marks[0].cursor)
            cursor.clearSelection()
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()

    def visible_chapters(self) -> list[str]:
        return [
            self.chapters.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.chapters.count())
            if not self.chapters.isRowHidden(row)
        ]

    # --- printing and About -----------------------------------------------------------------

    @Slot()
    def print_manual(self) -> None:
        from desktop.ui.manual_job import ManualJob
        from desktop.ui.print_dialog import print_document

        print_document(ManualJob(self.manual), Paper.A4, self)

    @Slot()
    def show_about(self) -> None:
        from desktop.ui.about import AboutDialog

        AboutDialog(self).exec()


def open_help(window: QWidget) -> HelpWindow | None:
    """Show ``window``'s help window, made on first use (None: the manual cannot be read)."""
    shown = window.findChild(HelpWindow)
    if shown is None:
        try:
            manual = load_manual(manual_folder())
        except ManualUnreadable:
            inform(
                window,
                QCoreApplication.translate("HelpWindow", "Help"),
                QCoreApplication.translate(
                    "HelpWindow", "The manual could not be read. Please reinstall Siaga TPPO."
                ),
                warning=True,
            )
            return None
        shown = HelpWindow(manual, window)
    shown.show()
    shown.raise_()
    shown.activateWindow()
    return shown
