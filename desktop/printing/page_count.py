"""Footers that know the number of pages ("Halaman 2 dari 3") on any printed document.

reportlab draws a page's footer before it knows how many pages follow; this canvas keeps every
page back until the document is complete, then draws each footer with the total (the recipe of
reportlab's own documentation).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

DrawFooter = Callable[[Canvas, int], None]  # (the canvas on a finished page, number of pages)


def numbered_canvas(draw_footer: DrawFooter) -> type[Canvas]:
    """A canvas class for ``doc.build(..., canvasmaker=...)`` that calls ``draw_footer`` on
    every page once the page count is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                draw_footer(self, total)
                super().showPage()
            super().save()

    return NumberedCanvas
