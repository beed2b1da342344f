"""Where a window opens and how big it is: inside the screen's free area (a 1366 × 768 screen
less its taskbar leaves 1366 × 728), at a size measured in the current text, so that every
window fits at every text size.

Sizes are asked for in average characters and lines of the application's text, never in
pixels: a dialog that is comfortable at Normal grows with Besar and Sangat besar, and then
stops at the edge of the free area.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

# A Windows 10/11 title bar and borders at 100 % scaling. Before a window is shown its real
# frame is unknown; a frame reported smaller than this (some Linux desktops) is taken as this,
# so a window that fits here also fits on the village's Windows PC.
FRAME = QMargins(8, 31, 8, 8)


def available_area(widget: QWidget | None = None) -> QRect:
    """The free part of the screen ``widget`` is on (or the main screen): no taskbar."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """The window's frame (title bar and borders), at least FRAME."""
    handle = window.windowHandle()
    real = handle.frameMargins() if handle is not None and window.isVisible() else QMargins()
    return QMargins(
        max(real.left(), FRAME.left()),
        max(real.top(), FRAME.top()),
        max(real.right(), FRAME.right()),
        max(real.bottom(), FRAME.bottom()),
    )


def room(window: QWidget) -> QSize:
    """The largest inner size ``window`` can have with its frame inside the free area."""
    frame = frame_margins(window)
    area = available_area(window)
    return QSize(
        area.width() - frame.left() - frame.right(), area.height() - frame.top() - frame.bottom()
    )


def text_units(chars: float, lines: float) -> QSize:
    """``chars`` average characters by ``lines`` lines of the application's text."""
    metrics = QFontMetrics(QApplication.font())
    return QSize(round(metrics.averageCharWidth() * chars), round(metrics.lineSpacing() * lines))


def fit_to_screen(window: QWidget, chars: float, lines: float) -> None:
    """Size ``window`` for ``chars`` characters by ``lines`` lines of text, no smaller than
    its contents need (wrapped text included), within the free area of its screen."""
    limit = room(window)
    wanted = text_units(chars, lines).expandedTo(window.minimumSizeHint()).boundedTo(limit)
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        wanted.setHeight(max(wanted.height(), layout.totalHeightForWidth(wanted.width())))
    window.resize(wanted.boundedTo(limit))


def grow_to_fit(window: QWidget, chars: float, lines: float) -> None:
    """Grow ``window`` (never shrink it) to ``chars`` by ``lines`` of text, e.g. when it
    unfolds more to read, within the free area, and keep it on the screen."""
    wanted = text_units(chars, lines).expandedTo(window.size())
    window.resize(wanted.expandedTo(window.minimumSizeHint()).boundedTo(room(window)))
    keep_on_screen(window)


def grow_to_content(window: QWidget) -> None:
    """Grow ``window`` to the height its content needs at its width (wrapped text included),
    e.g. after it switched to a longer page, within the free area. A full-screen window
    already has all there is."""
    if window.isFullScreen():
        return
    layout = window.layout()
    if layout is None:
        return
    width = window.width()
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > window.height():
        window.resize(QSize(width, needed).boundedTo(room(window)))
        keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Shrink ``window`` to the free area if it is larger, and move it so that its frame is
    inside; a window that already fits stays where it is."""
    window.resize(window.size().boundedTo(room(window)))
    frame = frame_margins(window)
    area = available_area(window)
    outer = QRect(window.pos(), window.size().grownBy(frame))
    if area.contains(outer):
        return
    x = min(max(outer.x(), area.left()), area.right() + 1 - outer.width())
    y = min(max(outer.y(), area.top()), area.bottom() + 1 - outer.height())
    window.move(QPoint(max(x, area.left()), max(y, area.top())))


def centre_on_screen(window: QWidget) -> None:
    """Put ``window`` (frame included) in the middle of the free area."""
    frame = frame_margins(window)
    area = available_area(window)
    outer = window.size().grownBy(frame)
    x = area.left() + max(0, (area.width() - outer.width()) // 2)
    y = area.top() + max(0, (area.height() - outer.height()) // 2)
    window.move(QPoint(x, y))


# A scroll area whose content is long by nature (the incident form, a print preview): it may
# show a scroll bar in a dialog. Any other scroll area in a dialog must show all it holds.
MEANT_TO_SCROLL = "meantToScroll"


def meant_to_scroll(area: QWidget) -> None:
    area.setProperty(MEANT_TO_SCROLL, True)


class VerticalScroll(QScrollArea):
    """Scrolls up and down only. It asks for the width of the widest thing it holds, so a
    window is never narrowed until its content is cut at the side or scrolls sideways."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        needed = (
            body.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), needed), hint.height())
