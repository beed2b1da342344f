"""The leaflets' colours and paragraph styles: every size is given at scale 1 and multiplied
by the scale the layout engine fits (``layout.fit``), so one number sets a whole area's type."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from desktop.printing.fonts import BODY, BOLD

NAVY = colors.HexColor("#0b3d6e")
BLUE = colors.HexColor("#0b5394")
RED = colors.HexColor("#b3261e")
BLUE_TINT = colors.HexColor("#e7eff8")
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#b8c4d2")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles at one scale; ``base`` is the body size in points at scale 1."""

    scale: float
    base: float = 9.5

    def style(self, name: str, size: float, **kw) -> ParagraphStyle:
        size *= self.scale
        options = {"fontName": BODY, "fontSize": size, "leading": size * 1.28, "textColor": INK}
        options.update(kw)
        return ParagraphStyle(name, **options)

    @property
    def body(self) -> ParagraphStyle:
        return self.style("body", self.base, spaceAfter=0)

    def bullet(self, color) -> ParagraphStyle:
        return self._list_item("bullet", 1.25, color)

    def numbered(self, color) -> ParagraphStyle:
        return self._list_item("numbered", 1.6, color)

    def _list_item(self, name: str, indent: float, color) -> ParagraphStyle:
        """Body text indented by ``indent`` body sizes, its bullet or number in bold ``color``."""
        size = self.base * self.scale
        return self.style(
            name,
            self.base,
            leftIndent=size * indent,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=size,
            bulletColor=color,
        )
