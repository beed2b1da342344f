"""The shipped fonts, registered once with reportlab and embedded in every PDF.

DejaVu Sans covers every character Indonesian uses (and far more); reportlab's built-in
Helvetica is not embedded, so it is never used.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.resources import resource_path

BODY = "SiagaSans"
BOLD = "SiagaSans-Bold"
ITALIC = "SiagaSans-Italic"

_FILES = {
    BODY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts (idempotent). Paragraph markup <b>/<i> maps to the right faces."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, BOLD)
    addMapping(BODY, 0, 1, ITALIC)
    addMapping(BODY, 1, 1, BOLD)
