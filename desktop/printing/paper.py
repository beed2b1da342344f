"""Paper sizes used in Indonesian village offices."""

from __future__ import annotations

from enum import Enum

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm


class Paper(Enum):
    A4 = "a4"
    F4 = "f4"  # "folio" as sold in Indonesia: 215 x 330 mm

    @property
    def size(self) -> tuple[float, float]:
        """Portrait (width, height) in points."""
        if self is Paper.A4:
            return A4
        return (215 * mm, 330 * mm)

    @property
    def landscape(self) -> tuple[float, float]:
        width, height = self.size
        return (height, width)
