"""The lines a printed sheet leaves to be filled in by hand (dates, signatures, who handed
over and who received), and the near-black ink of the sheets made for keeping."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from desktop.printing.fonts import BODY

INK = colors.HexColor("#1a1a1a")


def lines_to_fill(rows: list[str], width: float, label: float) -> Table:
    """One row a caption (``label`` wide) and a ruled line filling the rest of ``width``, tall
    enough to write on."""
    table = Table(
        [[text, ""] for text in rows],
        colWidths=[label, width - label],
        rowHeights=[11 * mm] * len(rows),
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), BODY),
                ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.8, INK),
            ]
        )
    )
    return table
