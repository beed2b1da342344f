"""What every page of a printed document carries, whatever the document: its footer with
"Halaman x dari y", RAHASIA at the top when it holds personal data, and in training mode
MODE LATIHAN across the page, so that practice data is never mistaken for real. And the one
way a paged document (incident summary, result sheet, recovery sheet) is made.

The words come from the caller (``PageMarks``); this module only places them.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from desktop.printing.fonts import BODY, BOLD
from desktop.printing.page_count import numbered_canvas
from desktop.printing.paper import Paper

RED = colors.HexColor("#b00020")
GREY = colors.HexColor("#555555")
FOOTER_SIZE = 9.0
FOOTER_STYLE = ParagraphStyle("footer", fontName=BODY, fontSize=FOOTER_SIZE, leading=11)
FOOTER_BOTTOM = 8 * mm
FOOTER_DESCENT = 11 - FOOTER_SIZE + 0.6  # the last line's baseline above the footer's bottom


@dataclass(frozen=True)
class PageMarks:
    page_label: str  # with {page} and {pages}, e.g. "Halaman {page} dari {pages}"
    footer: str = ""  # at the bottom left of every page: kode wilayah, date, version …
    confidential: str = ""  # e.g. "RAHASIA — berisi data pribadi", at the top of every page
    training: str = ""  # e.g. "MODE LATIHAN", across every page


def training_mark(canvas: Canvas, width: float, height: float, text: str) -> None:
    """``text`` large and pale, corner to corner across the page."""
    if not text:
        return
    diagonal = math.hypot(width, height)
    size = min(90.0, 0.75 * diagonal / max(1.0, stringWidth(text, BOLD, 1)))
    canvas.saveState()
    canvas.setFillColor(RED)
    canvas.setFillAlpha(0.16)
    canvas.setFont(BOLD, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def marked_canvas(marks: PageMarks, margin: float) -> type[Canvas]:
    """A canvas class for ``SimpleDocTemplate.build(canvasmaker=…)`` that marks every page
    once the number of pages is known. ``margin``: the document's left and right margin."""

    def mark(canvas: Canvas, total: int) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setStrokeColor(colors.grey)
        canvas.setLineWidth(0.5)
        canvas.line(margin, 18 * mm, width - margin, 18 * mm)
        canvas.setFillColor(colors.black)
        canvas.setFont(BODY, FOOTER_SIZE)
        page = marks.page_label.format(page=canvas.getPageNumber(), pages=total)
        # On the footer's last line; the footer wraps above it rather than being cut or
        # shrunk (the documents' bottom margins leave room for two lines).
        canvas.drawRightString(width - margin, FOOTER_BOTTOM + FOOTER_DESCENT, page)
        if marks.footer:
            room = width - 2 * margin - stringWidth(page, BODY, FOOTER_SIZE) - 6 * mm
            footer = Paragraph(escape(marks.footer), FOOTER_STYLE)
            footer.wrap(room, 20 * mm)
            footer.drawOn(canvas, margin, FOOTER_BOTTOM)
        if marks.confidential:
            canvas.setFillColor(RED)
            canvas.setFont(BOLD, 10.5)
            canvas.drawRightString(width - margin, height - 9 * mm, marks.confidential)
        canvas.restoreState()
        training_mark(canvas, width, height, marks.training)

    return numbered_canvas(mark)


FOOT = 22 * mm  # the bottom margin of a paged document: room for two lines of footer


def build_pdf(
    story: list[Flowable],
    paper: Paper,
    marks: PageMarks,
    *,
    margin: float,
    top: float,
    title: str,
) -> bytes:
    """The PDF of ``story`` on ``paper`` (portrait), every page marked with ``marks``."""
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out,
        pagesize=paper.size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=FOOT,
        title=title,
        author="Siaga TPPO",
        creator="Siaga TPPO",
        initialFontName=BODY,  # else every page names Helvetica, which is not embedded
    )
    document.build(story, canvasmaker=marked_canvas(marks, margin))
    return out.getvalue()
