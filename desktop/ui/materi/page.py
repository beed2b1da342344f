"""Materi: read the awareness material, search it, present it, and print leaflets.

The topics are Markdown files rendered by QTextBrowser; the text follows the app's text size
because the browser takes its font from the application style sheet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import (
    QIcon,
    QKeySequence,
    QPixmap,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.content import Library, Topic, query_words
from desktop.domain.materials import Materials
from desktop.domain.profile import VillageProfile
from desktop.ui.flow_layout import button_row
from desktop.ui.materi.search_results import result_item, results_list
from desktop.ui.materi.views import MateriViews
from desktop.ui.reader import highlight_words, highlighted_texts, show_markdown

CONTACTS = "contacts"
WARNINGS = "warnings"
SOURCES = "sources"
TOPIC = "topic"


class MateriPage(QWidget):
    """Table of contents and search on the left, the text on the right."""

    def __init__(
        self,
        materials: Materials,
        profile: Callable[[], VillageProfile],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.materials = materials
        self._profile = profile
        self._views = MateriViews(self)
        self.current: tuple[str, ...] = ()
        self.presentation: QWidget | None = None
        self.print_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Material"))

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Awareness material"))
        title.setProperty("role", "title")
        title.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        self.present_button = QPushButton(self.tr("&Presentation mode"))
        self.present_button.setToolTip(self.tr("Full screen for a projector (F5)"))
        self.present_button.clicked.connect(self.start_presentation)
        self.print_button = QPushButton(self.tr("Print &leaflets and posters…"))
        self.print_button.clicked.connect(self.open_print_dialog)
        top.addWidget(button_row(self.present_button, self.print_button))
        layout.addLayout(top)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search all topics…"))
        self.search_edit.setAccessibleName(self.tr("Search all topics"))
        self.search_edit.setClearButtonEnabled(True)
        left_layout.addWidget(self.search_edit)
        self.left_stack = QStackedWidget()
        # A list rather than a tree: list rows grow to fit wrapped titles, so long titles stay
        # readable at the largest text size. Only the open topic shows its sections.
        self.toc = QListWidget()
        self.toc.setAccessibleName(self.tr("Contents"))
        self.toc.setWordWrap(True)
        self.toc.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.toc.setUniformItemSizes(False)
        self.toc.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.setIconSize(QSize(22, 1))
        self.toc.itemClicked.connect(self._toc_clicked)
        self.toc.itemActivated.connect(self._toc_clicked)
        self.left_stack.addWidget(self.toc)
        results_page = QWidget()
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.result_count = QLabel()
        self.result_count.setWordWrap(True)
        self.result_count.setProperty("role", "hint")
        results_layout.addWidget(self.result_count)
        self.results = results_list()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.itemClicked.connect(self._result_clicked)
        self.results.itemActivated.connect(self._result_clicked)
        results_layout.addWidget(self.results, 1)
        back = QPushButton(self.tr("Back to the &contents"))
        back.clicked.connect(self.search_edit.clear)
        results_layout.addWidget(back)
        self.left_stack.addWidget(results_page)
        left_layout.addWidget(self.left_stack, 1)

        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Text of the material"))
        # Its text wraps at its width. The scroll bar stays, so that the width never changes
        # under a new page: Qt left a sideways scroll bar of that width when it came and went.
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.browser.document().setDocumentMargin(12)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        QShortcut(
            QKeySequence(Qt.Key.Key_F5),
            self,
            activated=self.start_presentation,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self._fill_toc()
        self.show_topic(self.library.topics[0].id)

    @property
    def library(self) -> Library:
        return self.materials.library

    # --- contents ---------------------------------------------------------------------------

    def _fill_toc(self) -> None:
        """Contacts, every topic (the open one with its sections, indented), then sources."""
        self.toc.clear()
        open_topic = self.current[1] if self.current[:1] == (TOPIC,) else None
        indent = QPixmap(22, 1)
        indent.fill(Qt.GlobalColor.transparent)

        def add(text: str, target: tuple[str, ...], *, bold: bool = False, nested: bool = False):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, target)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if nested:
                item.setIcon(QIcon(indent))
            self.toc.addItem(item)

        add(self.tr("Important contacts"), (CONTACTS,), bold=True)
        if self.materials.warnings:
            add(
                self.tr("Warnings from the office ({count})").format(
                    count=len(self.materials.warnings)
                ),
                (WARNINGS,),
                bold=True,
            )
        for topic in self.library.topics:
            add(topic.title, (TOPIC, topic.id), bold=topic.id == open_topic)
            if topic.id == open_topic:
                for section in topic.sections:
                    add(section.title, (TOPIC, topic.id, section.id), nested=True)
        add(self.tr("Sources of all topics"), (SOURCES,), bold=True)

    def toc_targets(self) -> list[tuple[str, ...]]:
        return [self.toc.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.toc.count())]

    def _toc_clicked(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target[0] == CONTACTS:
            self.show_contacts()
        elif target[0] == WARNINGS:
            self.show_warnings()
        elif target[0] == SOURCES:
            self.show_sources()
        else:
            self.show_topic(*target[1:])

    def _select_toc(self, target: tuple[str, ...]) -> None:
        targets = self.toc_targets()
        if target not in targets:
            self._fill_toc()
            targets = self.toc_targets()
        with QSignalBlocker(self.toc):
            self.toc.setCurrentRow(targets.index(target))

    # --- showing ----------------------------------------------------------------------------

    def show_topic(self, topic_id: str, section_id: str | None = None) -> None:
        topic = self.library.topic(topic_id)
        changed = self.current[:2] != (TOPIC, topic_id)
        if changed:
            show_markdown(self.browser, topic.markdown())
        self.current = (TOPIC, topic_id)
        if changed:
            self._fill_toc()
        self._select_toc((TOPIC, topic_id, section_id) if section_id else (TOPIC, topic_id))
        if section_id:
            self.scroll_to_section(topic, section_id)
        else:
            self.browser.verticalScrollBar().setValue(0)
        self._highlight()

    def show_contacts(self) -> None:
        materials = self.materials
        html = self._views.contacts_html(
            materials.hotlines,
            self._profile(),
            materials.language,
            materials.office_contact,
            materials.local_contacts,
        )
        self.browser.setHtml(html)
        self.current = (CONTACTS,)
        self._fill_toc()
        self._select_toc((CONTACTS,))
        self._highlight()

    def show_warnings(self) -> None:
        """The office's warnings about recruiters and companies (from its content pack)."""
        name = self.materials.office_name or self.tr("The immigration office")
        self.browser.setHtml(self._views.warnings_html(self.materials.warnings, name))
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.current = (WARNINGS,)
        self._fill_toc()
        self._select_toc((WARNINGS,))
        self._highlight()

    def show_sources(self) -> None:
        show_markdown(
            self.browser,
            self._views.sources_markdown(
                self.library, self.materials.hotlines, self.materials.reviews
            ),
        )
        self.current = (SOURCES,)
        self._fill_toc()
        self._select_toc((SOURCES,))
        self._highlight()

    def scroll_to_section(self, topic: Topic, section_id: str) -> None:
        """Bring the section's heading to the top of the view."""
        title = topic.section(section_id).title
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2 and block.text().strip() == title:
                self.browser.moveCursor(QTextCursor.MoveOperation.End)
                self.browser.ensureCursorVisible()
                self.browser.setTextCursor(QTextCursor(block))
                self.browser.ensureCursorVisible()
                return
            block = block.next()

    def current_topic(self) -> Topic | None:
        return self.library.topic(self.current[1]) if self.current[:1] == (TOPIC,) else None

    # --- search -----------------------------------------------------------------------------

    def run_search(self) -> None:
        query = self.search_edit.text()
        words = query_words(query)
        if not words:
            self.left_stack.setCurrentIndex(0)
            self._highlight()
            return
        hits = self.library.search(query)
        self.results.clear()
        for hit in hits:
            item = result_item(f"{hit.topic.title} › {hit.section.title}", hit.snippet)
            item.setData(Qt.ItemDataRole.UserRole, (hit.topic.id, hit.section.id))
            self.results.addItem(item)
        if hits:
            self.result_count.setText(
                self.tr("Found in {count} parts of the material. Choose one to read it.").format(
                    count=len(hits)
                )
            )
        else:
            self.result_count.setText(
                self.tr("“{query}” is not in the material. Try another word.").format(
                    query=query.strip()
                )
            )
        self.left_stack.setCurrentIndex(1)
        self._highlight()

    def _result_clicked(self, item: QListWidgetItem) -> None:
        topic_id, section_id = item.data(Qt.ItemDataRole.UserRole)
        self.show_topic(topic_id, section_id)

    def _highlight(self) -> None:
        """Mark every occurrence of every searched word in the text shown."""
        highlight_words(self.browser, query_words(self.search_edit.text()))

    def highlighted_texts(self) -> list[str]:
        return highlighted_texts(self.browser)

    # --- presentation and printing ----------------------------------------------------------

    def start_presentation(self) -> None:
        from desktop.ui.materi.presentation import PresentationWindow

        topic = self.current_topic()
        if self.presentation is not None:
            self.presentation.close()
            self.presentation.deleteLater()
        # A child of the main window (shown as its own full-screen window), so that it closes
        # with the app.
        self.presentation = PresentationWindow(
            self.library, topic.id if topic else None, self.window()
        )
        self.presentation.start()

    def open_print_dialog(self) -> None:
        """One dialog per page, opened again with the profile as it is now (its worker
        threads may still deliver after it is closed, so it is never deleted early)."""
        from desktop.ui.materi.leaflet_job import LeafletJob
        from desktop.ui.print_dialog import PrintDialog

        profile = self._profile()
        if self.print_dialog is None:
            job = LeafletJob(self.materials, profile)
            self.print_dialog = PrintDialog(job, parent=self)
        else:
            self.print_dialog.job.set_profile(profile)
        self.print_dialog.exec()
