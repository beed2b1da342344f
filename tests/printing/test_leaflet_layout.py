"""The leaflets' layout engine where it depends on reportlab's private table attributes: a
reportlab upgrade that changes them must fail here, before a village prints a leaflet whose
too-wide words were not found."""

from __future__ import annotations

import math

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop.printing.fonts import BODY, register_fonts
from desktop.printing.leaflets.layout import Stack, fit, table_cells
from desktop.printing.leaflets.parts import Grid
from desktop.printing.leaflets.style import Styles


def test_a_tables_cells_are_read_with_the_width_inside_their_padding():
    register_fonts()
    style = ParagraphStyle("t", fontName=BODY, fontSize=10)
    first, second, gap = Paragraph("satu", style), Paragraph("dua", style), Spacer(1, 2)
    table = Table(
        [[first, [second, gap, "teks biasa"]], ["", None]],
        colWidths=[50, 80],
    )
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (0, -1), 5),
                ("RIGHTPADDING", (1, 0), (1, -1), 7),
            ]
        )
    )
    assert list(table_cells(table)) == [([first], 42), ([second, gap], 70), ([], 42), ([], 70)]


def test_a_column_without_a_width_is_left_out():
    register_fonts()
    cell = Paragraph("satu", ParagraphStyle("t", fontName=BODY))
    table = Table([[cell, cell]], colWidths=[40, None])
    assert [width for _, width in table_cells(table)] == [40 - 6 - 6]  # reportlab's padding


def test_a_word_too_wide_for_its_table_cell_makes_the_scale_shrink_until_it_fits():
    def boxed_word(scale: float) -> Stack:
        word = Paragraph("Perdagangan", Styles(scale).style("t", 30))
        return Stack(top=[Grid([[word]], colWidths=[60 * mm])])

    assert math.isinf(boxed_word(1.0).height(100 * mm))
    scale = fit(boxed_word, 100 * mm, 100 * mm, "test", hi=1.0)
    assert scale < 1.0
    assert math.isfinite(boxed_word(scale).height(100 * mm))
