"""Leaflets for the village: a tri-fold leaflet, a notice-board poster and pocket cards.

Every text comes from the shared content files (topic sections such as ``tanda-bahaya#ringkas``
and the fixed words in ``leaflet.json``), the numbers from the verified hotlines file and the
contacts from the village profile. Each text block is laid out at the largest type size that
fits its area; when even the smallest allowed size does not fit, LayoutOverflow is raised, so a
leaflet is never printed with clipped or overlapping text.

Where things are: ``layout`` the engine (fitting, shortening instead of shrinking, stacks);
``data`` what a village's leaflet says; ``style``, ``text``, ``parts``, ``drawings`` and
``contacts`` the shared pieces; ``trifold``, ``poster`` and ``pocket_cards`` one product each.
This module builds the PDF of any of them.
"""

from __future__ import annotations

import io
from enum import Enum
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from desktop.printing.fonts import BODY, register_fonts
from desktop.printing.leaflets import pocket_cards, poster, trifold
from desktop.printing.leaflets.data import LeafletData
from desktop.printing.leaflets.layout import LayoutOverflow
from desktop.printing.paper import Paper

__all__ = [
    "LayoutOverflow",
    "LeafletData",
    "LeafletKind",
    "build_leaflet",
    "page_size",
    "write_leaflet",
]


class LeafletKind(Enum):
    TRIFOLD = "trifold"
    POSTER = "poster"
    CARD = "card"


_BUILDERS = {
    LeafletKind.TRIFOLD: trifold.draw,
    LeafletKind.POSTER: poster.draw,
    LeafletKind.CARD: pocket_cards.draw,
}


def page_size(kind: LeafletKind, paper: Paper) -> tuple[float, float]:
    return paper.landscape if kind is LeafletKind.TRIFOLD else paper.size


def build_leaflet(kind: LeafletKind, paper: Paper, data: LeafletData) -> bytes:
    """The PDF bytes of one leaflet. Raises LayoutOverflow rather than clip any text."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer, pagesize=page_size(kind, paper), pageCompression=1, initialFontName=BODY
    )
    canvas.setTitle(f"{data.t('title')} — {data.kind} {data.profile.village_name}")
    canvas.setAuthor(data.issued_by)
    canvas.setCreator("Siaga TPPO")
    _BUILDERS[kind](canvas, paper, data)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_leaflet(kind: LeafletKind, paper: Paper, data: LeafletData, path: Path) -> None:
    """Write the PDF through a temporary file, so a failure never leaves half a file."""
    pdf = build_leaflet(kind, paper, data)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(pdf)
    temporary.replace(path)
