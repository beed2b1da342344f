"""Reading a shown window the way a user's eye does: what is cut, hidden or off the screen.

``problems(window)`` lists, in words, everything in a shown window that a user at a 1366 × 728
free area could not read or reach: a window larger than the free area, a label, button,
choice or tab whose text does not fit its box (its size hint is larger than its size), tab
scroll arrows, a sideways scroll bar, a control cut off by the window's edge, and a scroll
bar in a dialog's layout area (where it hides what is needed to finish, e.g. a required
check box) unless the area is long by nature (``desktop.ui.screen.meant_to_scroll``).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from desktop.ui.screen import FRAME, MEANT_TO_SCROLL

SCREEN = QSize(1366, 728)  # a 1366 × 768 screen less a 40-pixel Windows taskbar


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    text = " ".join(text.replace("&", "").split())
    label = f"{type(widget).__name__} {text[:50]!r}" if text else type(widget).__name__
    return f"{label} ({widget.objectName()})" if widget.objectName() else label


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible() and widget.width() > 0


def _inside_scroll_area(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def window_problems(window: QWidget, screen: QRect) -> list[str]:
    if window.isFullScreen():  # the lock screen, a presentation: the whole screen, no frame
        whole = window.screen().geometry()
        return [] if window.geometry() == whole else [f"full screen at {window.geometry()}"]
    found = []
    outer = window.size().grownBy(FRAME)
    if outer.width() > screen.width() or outer.height() > screen.height():
        found.append(
            f"window {window.windowTitle()!r} is {window.width()}×{window.height()}: with a "
            f"Windows title bar {outer.width()}×{outer.height()}, larger than the free area "
            f"{screen.width()}×{screen.height()}"
        )
    if not screen.contains(window.frameGeometry()):
        found.append(
            f"window {window.windowTitle()!r} at {window.frameGeometry()} is off the screen"
        )
    return found


def label_cut(label: QLabel) -> str:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return f"needs {needed} px of height, has {label.height()}"
        widest = label.minimumSizeHint().width()
        if widest > label.width():
            return f"a word needs {widest} px of width, has {label.width()}"
        return ""
    hint = label.sizeHint()
    if hint.width() > label.width() or hint.height() > label.height():
        return f"needs {hint.width()}×{hint.height()}, has {label.width()}×{label.height()}"
    return ""


def button_cut(button: QAbstractButton) -> str:
    if not button.text():
        return ""
    hint = button.sizeHint()
    if hint.width() > button.width() or hint.height() > button.height():
        return f"needs {hint.width()}×{hint.height()}, has {button.width()}×{button.height()}"
    return ""


def combo_cut(combo: QComboBox) -> str:
    """The chosen item's text is wider than the box's text field (Qt elides it)."""
    if combo.isEditable() or not combo.currentText():
        return ""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width():
        return f"text needs {needed} px, the box shows {field.width()}"
    if combo.sizeHint().height() > combo.height():
        return f"needs {combo.sizeHint().height()} px of height, has {combo.height()}"
    return ""


def tab_cut(tabs: QTabBar) -> list[str]:
    found = []
    arrows = [b for b in tabs.findChildren(QToolButton) if b.isVisible()]
    if arrows:
        texts = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
        found.append(f"tab bar {texts} shows scroll arrows: some tabs are out of sight")
    for i in range(tabs.count()):
        if not tabs.isTabVisible(i):
            continue
        needed = tabs.tabSizeHint(i).width()
        if tabs.tabRect(i).width() < needed:
            found.append(
                f"tab {tabs.tabText(i).replace('&', '')!r} is cut: "
                f"needs {needed} px, has {tabs.tabRect(i).width()}"
            )
    return found


def _used_width(widget: QWidget) -> int:
    """How much of its width a widget's text and box use (a button wider than its words may
    lose the empty part)."""
    return min(widget.width(), widget.sizeHint().width())


def clipped(widget: QWidget) -> bool:
    """Part of ``widget`` is cut off by an edge of a widget it sits in."""
    return widget.visibleRegion().boundingRect() != widget.rect()


def problems(window: QWidget, screen: QRect | None = None) -> list[str]:
    """Everything in the shown ``window`` a user could not read or reach."""
    screen = screen or QApplication.primaryScreen().availableGeometry()
    found = window_problems(window, screen)
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        reason = ""
        if isinstance(widget, QLabel):
            reason = label_cut(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
            reason = button_cut(widget)
        elif isinstance(widget, QComboBox):
            reason = combo_cut(widget)
        elif isinstance(widget, QTabBar):
            found.extend(f"{_name(widget)}: {r}" for r in tab_cut(widget))
        if reason:
            found.append(f"{_name(widget)} is cut: {reason}")
        scroller = _inside_scroll_area(widget, window)
        control = isinstance(widget, QAbstractButton | QComboBox | QLabel)
        visible = widget.visibleRegion().boundingRect()
        if control and scroller is None and clipped(widget) and not isinstance(widget, QLabel):
            found.append(f"{_name(widget)} is partly out of sight: {visible} of {widget.rect()}")
        elif control and scroller is not None and 0 < visible.width() < _used_width(widget):
            # Down a scroll area is fine; cut at its side, where nothing scrolls, is not.
            found.append(f"{_name(widget)} is cut at the side: {visible} of {widget.rect()}")
        if isinstance(widget, QAbstractScrollArea):
            found.extend(scroll_problems(widget, window))
    return found


def scroll_problems(area: QAbstractScrollArea, window: QWidget) -> list[str]:
    found = []
    if area.horizontalScrollBar().isVisible():
        found.append(f"{_name(area)} scrolls sideways")
    in_dialog = isinstance(window, QDialog)
    is_layout_area = isinstance(area, QScrollArea) and not isinstance(area, QAbstractItemView)
    long_by_nature = bool(area.property(MEANT_TO_SCROLL))
    if in_dialog and is_layout_area and not long_by_nature and area.verticalScrollBar().isVisible():
        found.append(f"{_name(area)} in a dialog hides part of its content under a scroll bar")
    return found
