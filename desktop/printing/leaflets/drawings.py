"""The two drawings on the leaflets, made without image files: the QR code to the official
information page and the warning triangle on the tri-fold's cover."""

from __future__ import annotations

import hashlib

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Rect
from reportlab.lib import colors

from desktop.printing.leaflets.layout import FixedDrawing
from desktop.printing.leaflets.style import RED


class QrCode(FixedDrawing):
    """A QR code made with reportlab's own widget (error correction M, for print).

    The code is encoded and drawn once per PDF as a reusable form; every further copy (three
    pocket cards on a sheet) only places that form.
    """

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.url = url
        self.width = self.height = size

    def draw(self) -> None:
        canvas = self.canv
        name = "qr" + hashlib.sha1(self.url.encode()).hexdigest()[:12]
        # The forms made for this PDF (kept on its canvas), each with its side.
        sides = canvas.__dict__.setdefault("_siaga_qr_sides", {})
        if name not in sides:
            widget = QrCodeWidget(self.url, barLevel="M", barBorder=2)
            side = widget.barWidth  # the widget draws into a barWidth square, border included
            canvas.beginForm(name, 0, 0, side, side)
            canvas.setFillColor(colors.black)
            # The widget's own modules, drawn directly: renderPDF would also select Helvetica,
            # a font that is not embedded.
            for shape in widget.draw().contents:
                if isinstance(shape, Rect) and shape.fillColor is not None:
                    canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=0, fill=1)
            canvas.endForm()
            sides[name] = side
        side = sides[name]
        canvas.saveState()
        canvas.scale(self.width / side, self.height / side)
        canvas.doForm(name)
        canvas.restoreState()


class Emblem(FixedDrawing):
    """A warning triangle with an exclamation mark, drawn (no image files)."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.width = size
        self.height = size * 0.88

    def draw(self) -> None:
        c = self.canv
        s = self.width
        c.saveState()
        c.setFillColor(RED)
        c.setStrokeColor(RED)
        c.setLineJoin(1)
        c.setLineWidth(s * 0.08)
        path = c.beginPath()
        inset = s * 0.05
        path.moveTo(inset, inset)
        path.lineTo(s - inset, inset)
        path.lineTo(s / 2, self.height - inset)
        path.close()
        c.drawPath(path, fill=1, stroke=1)
        c.setFillColor(colors.white)
        bar = s * 0.1
        c.roundRect(s / 2 - bar / 2, s * 0.3, bar, s * 0.36, bar / 2, stroke=0, fill=1)
        c.circle(s / 2, s * 0.19, bar * 0.62, stroke=0, fill=1)
        c.restoreState()
