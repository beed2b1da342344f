"""The printing base: fonts embedded, paper sizes exact."""

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import BODY, register_fonts
from desktop.printing.paper import Paper


def test_f4_is_215_by_330_mm_and_a4_is_210_by_297():
    assert [round(v / mm) for v in Paper.F4.size] == [215, 330]
    assert [round(v / mm) for v in Paper.A4.size] == [210, 297]
    assert Paper.F4.landscape == tuple(reversed(Paper.F4.size))


def test_fonts_are_embedded_with_indonesian_text():
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=Paper.A4.size)
    canvas.setFont(BODY, 12)
    canvas.drawString(50, 700, "Perdagangan orang — “waspada”, Rp120 juta")
    canvas.save()
    pdf = buffer.getvalue()
    assert b"/FontFile2" in pdf  # TrueType program embedded
    assert b"+DejaVuSans" in pdf  # the subset of the shipped font
