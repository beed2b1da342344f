"""Mode presentasi: full screen, one section per slide, very large text for a village hall.

Presentation clickers send arrow keys and PageUp/PageDown, so those move between slides; Esc
leaves. Type sizes follow the screen's height (a projector), not the app's text size. A section
too long for one slide continues on the next; nothing is ever cut off.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from desktop.domain.content import Block, BlockKind, Library, Section, Topic
from desktop.ui.style import ACCENT

NEXT_KEYS = {
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Space,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}  # clickers' "black screen" button
INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
BAND = QColor(ACCENT)


@dataclass(frozen=True)
class Slide:
    topic_index: int
    topic_title: str
    title: str
    markdown: str  # empty for a topic's title slide
    section_index: int = -1  # -1: the topic's title slide
    part: int = 0
    scale: float = 1.0  # below 1 only for a single paragraph too long for one slide


def block_markdown(blocks: list[Block]) -> str:
    lines = []
    for block in blocks:
        if block.kind is BlockKind.BULLET:
            lines.append(f"- {block.text}")
        elif block.kind is BlockKind.NUMBERED:
            lines.append(f"{block.number}. {block.text}")
        else:
            lines.append(block.text)
    return "\n\n".join(lines)


def set_markdown(document: QTextDocument, markdown: str) -> None:
    """Markdown with air between paragraphs and list items, readable from the back."""
    document.setMarkdown(markdown)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    spaced = QTextBlockFormat()
    spaced.setBottomMargin(document.defaultFont().pixelSize() * 0.45)
    cursor.mergeBlockFormat(spaced)


class PresentationWindow(QWidget):
    """A frameless full-screen window that paints one slide at a time."""

    closed = Signal()

    def __init__(
        self, library: Library, start_topic: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.library = library
        self.setWindowTitle(self.tr("Presentation"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.slides: list[Slide] = []
        self.index = 0
        self.blank = False
        self._start_topic = next(
            (i for i, t in enumerate(library.topics) if t.id == start_topic), 0
        )
        self._laid_out_for = QSize()

    # --- showing ----------------------------------------------------------------------------

    def start(self) -> None:
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def ensure_slides(self) -> None:
        """Split the material into slides for the current window size (again after a resize,
        keeping the slide being shown)."""
        if self._laid_out_for == self.size() and self.slides:
            return
        current = self.slides[self.index] if self.slides else None
        self._laid_out_for = self.size()
        self.slides = self._paginate()
        if current is None:
            self.index = next(
                i for i, s in enumerate(self.slides) if s.topic_index == self._start_topic
            )
        else:
            self.index = next(
                (
                    i
                    for i, s in enumerate(self.slides)
                    if (s.topic_index, s.section_index)
                    == (current.topic_index, current.section_index)
                ),
                0,
            )
        self.update()

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Body, slide title and band fonts, in pixels from the window's height."""
        body = QFont(self.font())
        unit = max(16, self.height() // 19)
        body.setPixelSize(unit)
        title = QFont(body)
        title.setPixelSize(round(unit * 1.35))
        title.setBold(True)
        band = QFont(body)
        band.setPixelSize(max(12, round(unit * 0.55)))
        return body, title, band

    def _frame(self) -> tuple[QRectF, float, float]:
        """The content rectangle, band height and footer height."""
        _, _, band_font = self._fonts()
        band = QFontMetrics(band_font).height() * 2.0
        footer = band
        margin_x = self.width() * 0.06
        top = band + self.height() * 0.04
        rect = QRectF(margin_x, top, self.width() - 2 * margin_x, self.height() - top - footer)
        return rect, band, footer

    def _document(self, markdown: str, width: float, scale: float = 1.0) -> QTextDocument:
        body, _, _ = self._fonts()
        body.setPixelSize(max(12, round(body.pixelSize() * scale)))
        document = QTextDocument()
        document.setDefaultFont(body)
        document.setDocumentMargin(0)
        document.setTextWidth(width)
        set_markdown(document, markdown)
        return document

    def _title_height(self, title: str, width: float) -> float:
        _, title_font, _ = self._fonts()
        metrics = QFontMetrics(title_font)
        bounds = metrics.boundingRect(0, 0, int(width), 10_000, Qt.TextFlag.TextWordWrap, title)
        return bounds.height() + metrics.height() * 0.5

    def _paginate(self) -> list[Slide]:
        rect, _, _ = self._frame()
        # One measuring document for all slides: only its text changes between measurements.
        measure = self._document("", rect.width())
        slides: list[Slide] = []
        for t, topic in enumerate(self.library.topics):
            slides.append(Slide(t, topic.title, topic.title, ""))
            for s, section in enumerate(topic.teaching_sections):
                slides += self._section_slides(t, topic, s, section, rect, measure)
        return slides

    def _section_slides(
        self, t: int, topic: Topic, s: int, section: Section, rect: QRectF, measure: QTextDocument
    ) -> list[Slide]:
        """The section's slides: its blocks spread over as few slides as fit under the title."""
        continued = self.tr("{title} (continued)").format(title=section.title)
        title_height = max(
            self._title_height(title, rect.width()) for title in (section.title, continued)
        )
        available = rect.height() - title_height
        groups = self._groups(section.blocks, available, measure)
        slides = [self._slide(t, topic, s, section, g, n) for n, g in enumerate(groups)]
        for i, slide in enumerate(slides):
            set_markdown(measure, slide.markdown)
            if measure.size().height() <= available:
                continue
            # One paragraph alone is too long for the screen: smaller type for this slide only.
            scale = 0.95
            while (
                scale > 0.5
                and self._document(slide.markdown, rect.width(), scale).size().height() > available
            ):
                scale -= 0.05
            slides[i] = replace(slide, scale=scale)
        return slides

    def _groups(
        self, blocks: list[Block], available: float, measure: QTextDocument
    ) -> list[list[Block]]:
        """Blocks per slide: first greedily (as many as fit), then, when more than one slide
        is needed, evened out so that no slide is left with a lone last line."""

        def height(group: list[Block]) -> float:
            set_markdown(measure, block_markdown(group))
            return measure.size().height()

        greedy: list[list[Block]] = [[]]
        for block in blocks:
            if greedy[-1] and height([*greedy[-1], block]) > available:
                greedy.append([])
            greedy[-1].append(block)
        if len(greedy) == 1:
            return greedy
        target = sum(height([b]) for b in blocks) / len(greedy)
        balanced: list[list[Block]] = [[]]
        for i, block in enumerate(blocks):
            left = len(blocks) - i
            slides_left = len(greedy) - len(balanced)
            current = balanced[-1]
            full = current and (
                height([*current, block]) > available
                or (height(current) >= target * 0.9 and left > slides_left)
            )
            if full and slides_left > 0:
                balanced.append([])
            balanced[-1].append(block)
        fits = all(height(g) <= available for g in balanced)
        return balanced if fits and len(balanced) == len(greedy) else greedy

    def _slide(self, t, topic, s, section, blocks, part) -> Slide:
        title = section.title
        if part:
            title = self.tr("{title} (continued)").format(title=section.title)
        return Slide(t, topic.title, title, block_markdown(blocks), s, part)

    # --- moving -----------------------------------------------------------------------------

    def go(self, index: int) -> None:
        self.ensure_slides()
        self.index = max(0, min(index, len(self.slides) - 1))
        self.blank = False
        self.update()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def current_slide(self) -> Slide:
        self.ensure_slides()
        return self.slides[self.index]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.slides) - 1)
        elif key in BLANK_KEYS:
            self.blank = not self.blank
            self.update()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.slides:
            self.ensure_slides()

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self.ensure_slides()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.blank:
            painter.fillRect(self.rect(), Qt.GlobalColor.black)
            return
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        slide = self.slides[self.index]
        rect, band, footer = self._frame()
        body_font, title_font, band_font = self._fonts()

        painter.fillRect(QRectF(0, 0, self.width(), band), BAND)
        painter.setFont(band_font)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(
            QRectF(rect.left(), 0, rect.width(), band),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            slide.topic_title,
        )

        if not slide.markdown:
            self._paint_title_slide(painter, slide, rect, title_font, body_font)
        else:
            painter.setFont(title_font)
            painter.setPen(BAND)
            title_height = self._title_height(slide.title, rect.width())
            painter.drawText(
                QRectF(rect.left(), rect.top(), rect.width(), title_height),
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                slide.title,
            )
            document = self._document(slide.markdown, rect.width(), slide.scale)
            painter.save()
            painter.translate(rect.left(), rect.top() + title_height)
            document.drawContents(painter)
            painter.restore()

        painter.setFont(band_font)
        painter.setPen(MUTED)
        bottom = QRectF(rect.left(), self.height() - footer, rect.width(), footer)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.tr("Arrow keys or Page Up/Down: next and previous · Esc: leave"),
        )
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            f"{self.index + 1} / {len(self.slides)}",
        )

    def _paint_title_slide(self, painter, slide, rect, title_font, body_font) -> None:
        big = QFont(title_font)
        big.setPixelSize(round(title_font.pixelSize() * 1.4))
        painter.setFont(big)
        painter.setPen(BAND)
        painter.drawText(
            rect.adjusted(0, 0, 0, -rect.height() * 0.15),
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter,
            slide.title,
        )
        painter.setFont(body_font)
        painter.setPen(MUTED)
        count = len(self.library.topics)
        painter.drawText(
            rect.adjusted(0, rect.height() * 0.7, 0, 0),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.tr("Topic {number} of {count}").format(number=slide.topic_index + 1, count=count),
        )
