"""The layout engine: flowables stacked in an area (``Stack``), set at the largest scale at
which they fit (``fit``), shortened from the end rather than set smaller than a least size
(``fit_shortened``), and several areas of a page drawn at one common scale (``layout``).

A text block is never clipped: when not even the smallest allowed scale fits, LayoutOverflow is
raised and nothing is printed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table

from desktop.domain.errors import SiagaError

MIN_SCALE = 0.55
MAX_SCALE = 1.6


@dataclass
class LayoutOverflow(SiagaError):
    """A text block does not fit its area even at the smallest allowed type size."""

    area: str

    def __str__(self) -> str:
        return f"text does not fit: {self.area}"


class FixedDrawing(Flowable):
    """A drawing of a fixed ``width`` and ``height`` (the QR code, the emblem): centred in its
    column, and a column narrower than it makes the scale shrink as a too-wide word does."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height


@dataclass
class Stack:
    """Flowables stacked in a rectangle: ``top`` from the top edge, ``bottom`` against the
    bottom edge, ``middle`` centred in the space between."""

    top: list[Flowable] = field(default_factory=list)
    middle: list[Flowable] = field(default_factory=list)
    bottom: list[Flowable] = field(default_factory=list)
    min_gap: float = 4 * mm

    def _heights(self, group: list[Flowable], width: float) -> list[float]:
        return [f.wrap(width, 10_000)[1] for f in group]

    def height(self, width: float) -> float:
        """Total height at ``width``; infinite when a word is wider than its column (then
        ``room`` tells by how much: the scale would have to shrink by that factor)."""
        groups = [g for g in (self.top, self.middle, self.bottom) if g]
        self.room = min((_room(f, width) for g in groups for f in g), default=1.0)
        if self.room < 1.0:
            return float("inf")
        total = sum(sum(self._heights(g, width)) for g in groups)
        return total + self.min_gap * (len(groups) - 1)

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        top = y + height

        def place(group: list[Flowable], start: float) -> float:
            for flow, h in zip(group, self._heights(group, width), strict=True):
                start -= h
                flow.drawOn(canvas, x + _indent(flow, width), start)
            return start

        after_top = place(self.top, top)
        bottom_height = sum(self._heights(self.bottom, width))
        place(self.bottom, y + bottom_height)
        if self.middle:
            middle_height = sum(self._heights(self.middle, width))
            upper = after_top - (self.min_gap if self.top else 0)
            lower = y + bottom_height + (self.min_gap if self.bottom else 0)
            place(self.middle, lower + (upper - lower + middle_height) / 2)


def _room(flow: Flowable, width: float) -> float:
    """Available width divided by the widest word (words are never split) or drawing;
    below 1 the flowable does not fit ``width``."""
    if isinstance(flow, Paragraph):
        style = flow.style
        indent = max(style.leftIndent, style.leftIndent if flow.bulletText else 0)
        needed = flow.minWidth() + indent + style.rightIndent
        return width / needed if needed > 0 else float("inf")
    if isinstance(flow, Table):
        return min(
            (_room(item, inner) for items, inner in table_cells(flow) for item in items),
            default=float("inf"),
        )
    if isinstance(flow, FixedDrawing):
        return width / flow.width
    return float("inf")


def table_cells(table: Table) -> Iterator[tuple[list[Flowable], float]]:
    """The flowables in each cell of ``table`` whose column has a width, with the width inside
    the cell's padding.

    reportlab keeps a table's cells, cell styles and column widths only in private attributes
    and offers no public way to read them before the table is drawn, but a word too wide for
    its cell has to be found before then. This is the one place they are read; a test
    (tests/printing/test_leaflet_layout.py) pins their shape, so that a reportlab upgrade that
    changes them fails the tests rather than a village's print.
    """
    for row, styles in zip(table._cellvalues, table._cellStyles, strict=True):
        for cell, style, width in zip(row, styles, table._colWidths, strict=True):
            if width is None:
                continue
            items = cell if isinstance(cell, list | tuple) else [cell]
            flows = [item for item in items if isinstance(item, Flowable)]
            yield flows, width - style.leftPadding - style.rightPadding


def _indent(flow: Flowable, width: float) -> float:
    """Centre drawings (QR codes, emblems) narrower than their column."""
    if isinstance(flow, FixedDrawing):
        return max(0.0, (width - flow.width) / 2)
    return 0.0


def fit(
    build: Callable[[float], Stack],
    width: float,
    height: float,
    area: str,
    hi: float = 1.0,
    lo: float = MIN_SCALE,
) -> float:
    """A scale in [lo, hi], close to the largest, at which ``build(scale)`` fits.

    Heights grow with the scale (bigger type, more lines) roughly as a power of it; the power
    is estimated from the last two tries, so a few tries suffice. Raises LayoutOverflow when
    even ``lo`` does not fit.
    """
    best: float | None = None  # largest scale known to fit
    worst: float | None = None  # smallest scale known not to fit
    tried: list[tuple[float, float]] = []
    scale = hi
    width_limited = False
    for _ in range(12):
        stack = build(scale)
        needed = stack.height(width)
        if needed <= height:
            best = scale if best is None else max(best, scale)
            if scale >= hi or needed >= height * 0.95 or width_limited:
                return scale
        else:
            worst = scale if worst is None else min(worst, scale)
            if scale <= lo:
                raise LayoutOverflow(area)
        if math.isfinite(needed):
            tried.append((scale, needed))
        if best is not None and worst is not None and worst - best < 0.02:
            return best
        width_limited = not math.isfinite(needed)
        if width_limited:  # a word too wide: shrink just enough for it (widths are linear)
            scale = scale * min(stack.room, 0.99) * 0.995
        else:
            scale = _next_guess(tried, height, scale)
        low, high = (best if best is not None else lo), (worst if worst is not None else hi)
        if not low < scale < high:
            scale = (low + high) / 2 if best is not None else max(lo, min(scale, high * 0.9))
    if best is None:
        if build(lo).height(width) > height:
            raise LayoutOverflow(area)
        return lo
    return best


def fit_shortened(
    build: Callable[[float, int], Stack],
    blocks: int,
    width: float,
    height: float,
    area: str,
    *,
    lo: float,
    hi: float = 1.0,
) -> tuple[float, int]:
    """(scale, count): the most of ``blocks`` text blocks (from the start) that fit at no less
    than ``lo``, at the largest scale that fits. The text is shortened, never made smaller
    than ``lo`` to fit; LayoutOverflow when not even one block fits."""
    for count in range(blocks, 0, -1):
        if build(lo, count).height(width) > height:
            continue
        return fit(_with_count(build, count), width, height, area, hi, lo), count
    raise LayoutOverflow(area)


def _with_count(build: Callable[[float, int], Stack], count: int) -> Callable[[float], Stack]:
    return lambda scale: build(scale, count)


def _next_guess(tried: list[tuple[float, float]], height: float, scale: float) -> float:
    s1, h1 = tried[-1]
    power = 2.0
    if len(tried) >= 2:
        s0, h0 = tried[-2]
        if s0 != s1 and h0 > 0 and h1 > 0 and h0 != h1:
            power = min(4.0, max(0.5, math.log(h1 / h0) / math.log(s1 / s0)))
    # Aim a little low: a try that fits within 5 % of the height ends the search.
    return s1 * (height * 0.975 / h1) ** (1 / power)


@dataclass
class Area:
    name: str
    x: float
    y: float
    width: float
    height: float
    build: Callable[[float], Stack]
    scale: float | None = None  # already fitted by the caller


def layout(canvas: Canvas, areas: list[Area], *, hi: float = 1.0, common: bool = True) -> None:
    """Fit and draw areas; with ``common`` every area uses the smallest of their scales, so
    text on one page has one size."""
    scales = [a.scale or fit(a.build, a.width, a.height, a.name, hi) for a in areas]
    if common:
        scales = [min(scales)] * len(scales)
    for area, scale in zip(areas, scales, strict=True):
        area.build(scale).draw(canvas, area.x, area.y, area.width, area.height)
