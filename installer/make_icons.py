"""Draw the app icon's PNG and ICO files from resources/icons/siaga-tppo.svg (with Qt).

Run after changing the SVG: ``.venv/bin/python installer/make_icons.py``. The files are
committed, so a build does not need to draw them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "siaga-tppo.svg"
PNG = ICONS / "siaga-tppo.png"  # window icon and Linux menu icon, 256 px
ICO = ICONS / "siaga-tppo.ico"  # Windows executable and installer icon
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (painting needs the application)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} cannot be read", file=sys.stderr)
        return 1
    if not draw(renderer, 256).save(str(PNG)):
        print(f"{PNG} cannot be written", file=sys.stderr)
        return 1
    # Qt's ICO writer stores one image per file, so the file is assembled here: an ICONDIR
    # header, one entry per size, then the images: bitmaps (as every Windows tool reads them)
    # up to 128 px, and PNG for 256 px (the usual form since Windows Vista).
    images = []
    for size in ICO_SIZES:
        image = draw(renderer, size)
        path = ICONS / f".icon-{size}.{'png' if size == 256 else 'ico'}"
        if not QImageWriter(str(path), b"png" if size == 256 else b"ico").write(image):
            print(f"{path} cannot be written", file=sys.stderr)
            return 1
        data = path.read_bytes()
        path.unlink()
        if size != 256:  # the single image of Qt's ICO: its entry gives size and offset
            length = int.from_bytes(data[14:18], "little")
            offset = int.from_bytes(data[18:22], "little")
            data = data[offset : offset + length]
        images.append((size, data))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(images).to_bytes(2, "little")
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = size if size < 256 else 0  # 0 means 256 in an ICONDIRENTRY
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little")
        entries += (32).to_bytes(2, "little") + len(data).to_bytes(4, "little")
        entries += offset.to_bytes(4, "little")
        offset += len(data)
        blobs += data
    ICO.write_bytes(header + entries + blobs)
    print(f"{PNG.name}, {ICO.name} ({', '.join(str(s) for s in ICO_SIZES)} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
