"""Reading Markdown in the app (Materi, the staff manual): the text shown in a QTextBrowser with
its headings in the accent colour and command lines wrapped like the text around them, and the
searched words marked in it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit

from desktop.ui.style import ACCENT

HIGHLIGHT = QColor("#ffd84d")
CODE_BACKGROUND = QColor("#eef2f6")


def show_markdown(browser: QTextBrowser, markdown: str) -> None:
    """Render Markdown and colour its headings (sizes stay relative to the app's text size).
    A code block's lines wrap at the view's edge rather than make the reader scroll sideways."""
    document = browser.document()
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    heading = QTextCharFormat()
    heading.setForeground(QColor(ACCENT))
    block = document.begin()
    while block.isValid():
        layout = block.blockFormat()
        if layout.headingLevel():
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            cursor.mergeCharFormat(heading)
        if layout.nonBreakableLines():  # a code block: tinted, as on the printed manual
            layout.setNonBreakableLines(False)
            layout.setBackground(CODE_BACKGROUND)
            QTextCursor(block).setBlockFormat(layout)
        block = block.next()
    # Qt lays a long text out a part at a time, and formats changed after the Markdown was
    # read left some paragraphs never laid out: a gap in their place (seen in the staff
    # manual's chapters, tests/ui/test_help_window.py). Everything is laid out again.
    document.markContentsDirty(0, document.characterCount())
    # Replacing the document leaves the view's cursor at its end, and the view keeps the
    # cursor in sight: without this a text opens at its last lines.
    browser.moveCursor(QTextCursor.MoveOperation.Start)


def highlight_words(view: QTextEdit, words: Iterable[str]) -> None:
    """Mark every occurrence of each of ``words`` (any case) in ``view``; none clears."""
    selections = []
    document = view.document()
    for word in words:
        cursor = document.find(word)
        while not cursor.isNull():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format.setBackground(HIGHLIGHT)
            selection.format.setForeground(QColor("black"))
            selections.append(selection)
            cursor = document.find(word, cursor)
    view.setExtraSelections(selections)


def highlighted_texts(view: QTextEdit) -> list[str]:
    """The marked words, as shown."""
    return [s.cursor.selectedText() for s in view.extraSelections()]
