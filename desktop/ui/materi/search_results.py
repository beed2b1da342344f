"""Materi's search results, each in two parts that read apart: where the words were found
(topic › section) in bold, the words around them underneath in grey, and space between one
result and the next."""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

PLACE = Qt.ItemDataRole.UserRole.value + 1
SNIPPET = Qt.ItemDataRole.UserRole.value + 2
GAP = 6  # pixels between two results, beside the document's own margin
SNIPPET_COLOUR = "#444444"


class ResultDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index, width: int) -> QTextDocument:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.highlightedText().color().name() if selected else SNIPPET_COLOUR
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(GAP)
        document.setHtml(
            f"<b>{escape(index.data(PLACE) or '')}</b><br>"
            f"<span style='color:{colour}'>{escape(index.data(SNIPPET) or '')}</span>"
        )
        document.setTextWidth(width)
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the background and the selection only; the words are drawn below
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = self._document(option, index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            chosen = option.palette.highlightedText().color()
            context.palette.setColor(QPalette.ColorRole.Text, chosen)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListWidget) else option.rect.width()
        document = self._document(option, index, max(width, 100))
        return QSize(width, math.ceil(document.size().height()) + GAP)


def results_list(parent: QWidget | None = None) -> QListWidget:
    """A list of results that re-lays its rows out when its width changes."""
    results = QListWidget(parent)
    results.setItemDelegate(ResultDelegate(results))
    results.setResizeMode(QListWidget.ResizeMode.Adjust)
    results.setUniformItemSizes(False)
    results.setWordWrap(True)
    results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return results


def result_item(place: str, snippet: str) -> QListWidgetItem:
    """One result; its plain text (for screen readers) is the place, then the snippet."""
    item = QListWidgetItem(f"{place}\n{snippet}")
    item.setData(PLACE, place)
    item.setData(SNIPPET, snippet)
    return item
