"""Counts as horizontal bars, painted: each row says its label and its count (with its share)
in words beside the bar, so that a figure never depends on its colour."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.ui.style import ACCENT


class Bar(NamedTuple):
    label: str
    count: int
    colour: str = ACCENT
    detail: str = ""  # said after the count, e.g. "Peserta: 120, Desa dijangkau: 4"


class BarChart(QWidget):
    """Bars of one breakdown (e.g. records by destination), longest first as given."""

    LABEL_SHARE = 0.42  # at most this part of the width for the labels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        total = sum(b.count for b in self._bars)
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.count} {b.detail}".rstrip() for b in self._bars)
            if total
            else ""
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def _row_height(self) -> int:
        return int(self.fontMetrics().lineSpacing() * 1.5)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * 50, self._row_height() * max(1, len(self._bars)))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 30, self.sizeHint().height())

    def event(self, event: QEvent) -> bool:
        # A label cut short to fit is shown whole when the pointer rests on its row.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            n = int(event.pos().y() // self._row_height())
            if 0 <= n < len(self._bars):
                bar = self._bars[n]
                QToolTip.showText(event.globalPos(), f"{bar.label}: {bar.count}", self)
                return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        row = self._row_height()
        width = self.width()
        widest = max(metrics.horizontalAdvance(b.label) for b in self._bars)
        label_width = min(widest + metrics.averageCharWidth(), int(width * self.LABEL_SHARE))
        total = sum(b.count for b in self._bars) or 1
        largest = max(b.count for b in self._bars) or 1
        figures = [
            f"{b.count} ({round(100 * b.count / total)}%)" + (f" · {b.detail}" if b.detail else "")
            for b in self._bars
        ]
        figure_width = (
            max(metrics.horizontalAdvance(f) for f in figures) + metrics.averageCharWidth()
        )
        bar_space = max(0, width - label_width - figure_width)
        text = self.palette().windowText().color()
        for n, (bar, figure) in enumerate(zip(self._bars, figures, strict=True)):
            top = n * row
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, label_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            length = bar_space * bar.count / largest
            height = row * 0.6
            painter.fillRect(
                QRectF(label_width, top + (row - height) / 2, length, height), QColor(bar.colour)
            )
            painter.drawText(
                QRectF(label_width + length + 4, top, figure_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                figure,
            )
        painter.end()
