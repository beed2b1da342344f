"""Leaflets for the village: a tri-fold leaflet, a notice-board poster and pocket cards.

Every text comes from the shared content files (topic sections such as ``tanda-bahaya#ringkas``
and the fixed words in ``leaflet.json``), the numbers from the verified hotlines file and the
contacts from the village profile. Each text block is laid out at the largest type size that
fits its area; when even the smallest allowed size does not fit, LayoutOverflow is raised, so a
leaflet is never printed with clipped or overlapping text.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.domain.content import Block, BlockKind, Library
from desktop.domain.errors import SiagaError
from desktop.domain.hotlines import Hotlines, NumberKind, Service
from desktop.domain.profile import ContactRole, VillageProfile
from desktop.printing.fonts import BODY, BOLD, register_fonts
from desktop.printing.pages import training_mark
from desktop.printing.paper import Paper

NAVY = colors.HexColor("#0b3d6e")
BLUE = colors.HexColor("#0b5394")
RED = colors.HexColor("#b3261e")
BLUE_TINT = colors.HexColor("#e7eff8")
INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#6b6b6b")
RULE = colors.HexColor("#b8c4d2")

MIN_SCALE = 0.55
MAX_SCALE = 1.6


class LeafletKind(Enum):
    TRIFOLD = "trifold"
    POSTER = "poster"
    CARD = "card"


@dataclass
class LayoutOverflow(SiagaError):
    """A text block does not fit its area even at the smallest allowed type size."""

    area: str

    def __str__(self) -> str:
        return f"text does not fit: {self.area}"


@dataclass(frozen=True)
class LeafletData:
    """Everything a leaflet prints, handed in by the caller (no files are read here)."""

    profile: VillageProfile
    library: Library
    text: dict[str, str]
    hotlines: Hotlines

    @property
    def language(self) -> str:
        return self.library.language

    def t(self, key: str, **values: str) -> str:
        return self.text[key].format(**values) if values else self.text[key]

    @property
    def kind(self) -> str:
        return self.t("kind_kelurahan" if self.profile.is_kelurahan else "kind_desa")

    @property
    def issued_by(self) -> str:
        return self.t("issued_by", kind=self.kind, village=self.profile.village_name)

    @property
    def place(self) -> str:
        p = self.profile
        return self.t(
            "place", district=p.district_name, regency=p.regency_name, province=p.province_name
        )

    def section_blocks(self, ref: str) -> tuple[str, list[Block]]:
        section = self.library.section(ref)
        return section.title, section.blocks

    def local_contacts(self, *, compact: bool = False) -> list[tuple[str, str]]:
        """(label, value) lines: head of the village, office phone, then the profile contacts.

        ``compact`` (pocket card) keeps what one dials: phone numbers rather than names.
        """
        p = self.profile
        head = self.t("head_kelurahan" if p.is_kelurahan else "head_desa")
        lines = [] if compact else [(head, p.head_name)]
        if p.office_phone:
            lines.append((self.t("office_phone", kind=self.kind), p.office_phone))
        for role in ContactRole:
            contact = p.contact(role)
            if contact.is_empty:
                continue
            value = " — ".join(v for v in (contact.name, contact.phone) if v)
            if compact and contact.phone:
                value = contact.phone
            lines.append((self.t(f"role_{role.value}"), value))
        return lines


# --- text helpers -----------------------------------------------------------------------------

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_PHONE = re.compile(r"[0-9+()\-. ]+")
_QUOTED = re.compile(r'"([^"]+)"')
_SPACED_NUMBER = re.compile(r"\+\d{1,3}(?: \d{2,4})+")


def markup(markdown: str) -> str:
    """Inline Markdown (bold, italic, links) as reportlab paragraph markup, escaped, with
    typographic quotes and phone numbers that never break across lines."""
    text = escape(_LINK.sub(r"\1", markdown))
    text = _QUOTED.sub("\u201c\\1\u201d", text)
    text = _SPACED_NUMBER.sub(lambda m: keep_together(m.group(0)), text)
    text = _BOLD.sub(r"<b>\1</b>", text)
    return _ITALIC.sub(r"<i>\1</i>", text)


def display_url(url: str) -> str:
    """The address as people type it: without "https://"."""
    return re.sub(r"^https?://", "", url).rstrip("/")


def keep_together(number: str) -> str:
    """A phone number never breaks across lines."""
    return number.replace(" ", "\u00a0")


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

    def bullet(self, color=RED) -> ParagraphStyle:
        size = self.base * self.scale
        return self.style(
            "bullet",
            self.base,
            leftIndent=size * 1.25,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=size,
            bulletColor=color,
        )

    def numbered(self, color=BLUE) -> ParagraphStyle:
        size = self.base * self.scale
        return self.style(
            "numbered",
            self.base,
            leftIndent=size * 1.6,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=size,
            bulletColor=color,
        )


def block_flowables(blocks: list[Block], styles: Styles, accent=RED) -> list[Flowable]:
    gap = styles.base * styles.scale * 0.42
    flows: list[Flowable] = []
    for block in blocks:
        text = markup(block.text)
        if block.kind is BlockKind.BULLET:
            flows.append(Paragraph(text, styles.bullet(accent), bulletText="•"))
        elif block.kind is BlockKind.NUMBERED:
            flows.append(Paragraph(text, styles.numbered(accent), bulletText=f"{block.number}."))
        else:
            flows.append(Paragraph(text, styles.body))
        flows.append(Spacer(1, gap))
    return flows[:-1]


class Grid(Table):
    """A reportlab Table whose cells default to the embedded font (Table's own default,
    Helvetica, is not embedded and would be referenced even by cells holding paragraphs)."""

    def __init__(self, data, **kw) -> None:
        super().__init__(data, **kw)
        self.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BODY, 9)]))


def band(
    text: str,
    width: float,
    styles: Styles,
    size: float,
    background,
    color=colors.white,
    height: float | None = None,
) -> Table:
    """A heading printed white on a dark band (stays readable on a black-and-white copy)."""
    style = styles.style("band", size, fontName=BOLD, textColor=color, leading=size * 1.2)
    pad = size * styles.scale * 0.45
    table = Grid([[Paragraph(escape(text), style)]], colWidths=[width], rowHeights=[height])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.3),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad * 1.3),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.15),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def boxed(flows: list[Flowable], width: float, background, border=None, pad: float = 3 * mm):
    table = Grid([[flows]], colWidths=[width])
    commands = [
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if border is not None:
        commands.append(("BOX", (0, 0), (-1, -1), 1.2, border))
    table.setStyle(TableStyle(commands))
    return table


class QrCode(Flowable):
    """A QR code made with reportlab's own widget (error correction M, for print).

    The code is encoded and drawn once per PDF as a reusable form; every further copy (three
    pocket cards on a sheet) only places that form.
    """

    def __init__(self, url: str, size: float) -> None:
        super().__init__()
        self.url = url
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        name = "qr" + hashlib.sha1(self.url.encode()).hexdigest()[:12]
        made = canvas.__dict__.setdefault("_siaga_forms", set())
        if name not in made:
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
            made.add(name)
            canvas.__dict__.setdefault("_siaga_form_sides", {})[name] = side
        side = canvas._siaga_form_sides[name]
        canvas.saveState()
        canvas.scale(self.width / side, self.height / side)
        canvas.doForm(name)
        canvas.restoreState()


def qr_block(data: LeafletData, size: float, text_width: float, caption, url, extra=()) -> Table:
    """The QR code with its caption and the address written out beside it."""
    table = Grid(
        [
            [
                QrCode(data.hotlines.info_page.url, size),
                [
                    Paragraph(escape(data.t("qr_caption")), caption),
                    Paragraph(escape(display_url(data.hotlines.info_page.url)), url),
                    *extra,
                ],
            ]
        ],
        colWidths=[size + 2 * mm, text_width],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _rows_table(rows: list[list], widths: list[float], pad: float) -> Table:
    """Label/value rows separated by thin rules."""
    table = Grid(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), pad * 1.5 if len(widths) > 1 else 0),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.2),
                ("LINEBELOW", (0, 0), (-1, -2), 0.5, RULE),
            ]
        )
    )
    return table


def hotline_table(
    data: LeafletData,
    styles: Styles,
    width: float,
    *,
    number_size: float = 15,
    name_share: float = 0.4,
    abroad: bool = True,
    compact: bool = False,
) -> Table:
    """The verified national numbers: one row per service, the numbers to dial large."""
    s = styles
    name = s.style("svc", s.base * 0.95, fontName=BOLD, textColor=INK, leading=s.base * 1.15)
    big = s.style("num", number_size, fontName=BOLD, textColor=NAVY, leading=number_size * 1.28)
    small = s.style("numsmall", s.base * 0.95, textColor=INK, leading=s.base * 1.2)
    rows = [
        [
            Paragraph(escape(service.name(data.language)), name),
            service_numbers(service, data, big, small, abroad=abroad, compact=compact),
        ]
        for service in data.hotlines.services
    ]
    left = width * name_share
    return _rows_table(rows, [left, width - left], s.base * s.scale * 0.35)


def service_numbers(
    service: Service, data: LeafletData, big, small, *, abroad: bool = True, compact: bool = False
) -> list[Flowable]:
    """The numbers to call (large), then WhatsApp and from-abroad numbers (small)."""
    calls = [escape(keep_together(n.number)) for n in service.of_kind(NumberKind.CALL)]
    flows: list[Flowable] = [Paragraph(" / ".join(calls), big)] if calls else []
    extra = []
    if any(n.toll_free for n in service.of_kind(NumberKind.CALL)):
        extra.append(escape(data.t("toll_free")))
    for n in service.of_kind(NumberKind.WHATSAPP):
        extra.append(f"{escape(data.t('whatsapp'))} <b>{escape(keep_together(n.number))}</b>")
    if abroad:
        for n in service.of_kind(NumberKind.CALL_FROM_ABROAD):
            number = escape(keep_together(n.number))
            extra.append(f"{escape(data.t('from_abroad'))} <b>{number}</b>")
    if compact and extra:
        flows.append(Paragraph(" · ".join(extra), small))
    else:
        flows.extend(Paragraph(e, small) for e in extra)
    return flows


def local_table(
    data: LeafletData,
    styles: Styles,
    width: float,
    size: float,
    *,
    compact: bool = False,
    label_share: float = 0.4,
    stacked: bool = False,
) -> Table:
    """The village's own contacts from its profile, as label/value rows (``stacked``: the
    value under its label, for narrow columns)."""
    s = styles
    label_style = s.style("label", size, fontName=BOLD, leading=size * 1.22)
    value_style = s.style("value", size, leading=size * 1.22)
    rows = []
    for label, value in data.local_contacts(compact=compact):
        text = keep_together(value) if _PHONE.fullmatch(value) else value
        cells = [Paragraph(escape(label), label_style), Paragraph(escape(text), value_style)]
        rows.append([cells] if stacked else cells)
    pad = size * s.scale * 0.3
    if stacked:
        return _rows_table(rows, [width], pad)
    left = width * label_share
    return _rows_table(rows, [left, width - left], pad)


def local_pairs(data: LeafletData, styles: Styles, width: float, size: float) -> Table:
    """The village's phone numbers two to a row ("Babinsa: 0812…"), for the pocket card."""
    style = styles.style("pair", size, leading=size * 1.22)
    cells = []
    for label, value in data.local_contacts(compact=True):
        text = keep_together(value) if _PHONE.fullmatch(value) else value
        cells.append(Paragraph(f"<b>{escape(label)}:</b> {escape(text)}", style))
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    return _rows_table(rows or [["", ""]], [width / 2, width / 2], size * styles.scale * 0.3)


# --- layout -----------------------------------------------------------------------------------


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
        room = float("inf")
        for row, styles in zip(flow._cellvalues, flow._cellStyles, strict=True):
            for cell, style, col in zip(row, styles, flow._colWidths, strict=True):
                if col is None:
                    continue
                inner = col - style.leftPadding - style.rightPadding
                items = cell if isinstance(cell, list | tuple) else [cell]
                for item in items:
                    if isinstance(item, Flowable):
                        room = min(room, _room(item, inner))
        return room
    if isinstance(flow, QrCode | Emblem):
        return width / flow.width
    return float("inf")


def _indent(flow: Flowable, width: float) -> float:
    """Centre drawings (QR codes, emblems) narrower than their column."""
    if isinstance(flow, QrCode | Emblem):
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
        return fit(lambda scale, n=count: build(scale, n), width, height, area, hi, lo), count
    raise LayoutOverflow(area)


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


class Emblem(Flowable):
    """A warning triangle with an exclamation mark, drawn (no image files)."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.width = size
        self.height = size * 0.88

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

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


def _training_mark(canvas: Canvas, width: float, height: float, data: LeafletData) -> None:
    """In training mode every page says so across it, so that a leaflet with made-up numbers
    is never handed out by mistake."""
    if data.profile.training:
        training_mark(canvas, width, height, data.t("training_mark"))


# --- tri-fold ---------------------------------------------------------------------------------

MARGIN = 10 * mm
GUTTER = 7 * mm  # space kept free on each side of a fold
TUCK = 2 * mm  # the panel folded in first is this much narrower, so it does not buckle


def _fold_marks(canvas: Canvas, xs: list[float], width: float, height: float, label: str):
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setFillColor(GREY)
    canvas.setLineWidth(0.6)
    canvas.setFont(BODY, 5.5)
    for x in xs:
        canvas.line(x, height - 5 * mm, x, height - 8.5 * mm)
        canvas.line(x, 5 * mm, x, 8.5 * mm)
        canvas.drawCentredString(x, height - 4.2 * mm, label)
    canvas.restoreState()


def _panel_boxes(width: float, height: float, tuck_first: bool) -> list[tuple[float, float]]:
    """(x, width) of the three content boxes; the tuck-in panel is on the left of the outside
    and on the right of the inside, so that the fold lines of both sides coincide."""
    panel = (width + TUCK) / 3
    widths = [panel - TUCK, panel, panel] if tuck_first else [panel, panel, panel - TUCK]
    boxes, x = [], 0.0
    for i, w in enumerate(widths):
        left = MARGIN if i == 0 else GUTTER
        right = MARGIN if i == 2 else GUTTER
        boxes.append((x + left, w - left - right))
        x += w
    return boxes


def _fold_positions(width: float, tuck_first: bool) -> list[float]:
    panel = (width + TUCK) / 3
    first = panel - TUCK if tuck_first else panel
    return [first, first + panel]


def _trifold(canvas: Canvas, paper: Paper, data: LeafletData) -> None:
    width, height = paper.landscape
    usable = height - 22 * mm
    y = 11 * mm

    # Outside (page 1): [inside flap | back cover | front cover]
    flap, back, cover = _panel_boxes(width, height, tuck_first=True)
    tanda_title, tanda = data.section_blocks("tanda-bahaya#ringkas")

    def flap_stack(scale: float) -> Stack:
        s = Styles(scale)
        ask = Paragraph(
            markup(data.t("ask_first", kind=data.kind)),
            s.style("ask", s.base * 1.05, fontName=BOLD, textColor=NAVY),
        )
        return Stack(
            top=[
                band(tanda_title, flap[1], s, 13, RED),
                Spacer(1, 3 * mm * scale),
                *block_flowables(tanda, s, RED),
            ],
            bottom=[boxed([ask], flap[1], BLUE_TINT)],
        )

    def back_stack(scale: float, compact: bool = False) -> Stack:
        s = Styles(scale)
        heading = s.style("h", s.base * 1.15, fontName=BOLD, textColor=NAVY)
        caption = s.style("cap", s.base * 0.85, textColor=INK)
        url = s.style("url", s.base * 0.85, fontName=BOLD, textColor=NAVY)
        qr_size = 24 * mm * min(1.0, scale)
        qr = qr_block(data, qr_size, back[1] - qr_size - 2 * mm, caption, url)
        issued = s.style("iss", s.base * 0.85, textColor=GREY)
        return Stack(
            top=[
                band(data.t("report_heading"), back[1], s, 13, NAVY),
                Spacer(1, 3 * mm * scale),
                Paragraph(escape(data.t("national_heading")), heading),
                Spacer(1, 1.5 * mm * scale),
                hotline_table(data, s, back[1]),
                Spacer(1, 4 * mm * scale),
                Paragraph(escape(data.t("local_heading")), heading),
                Spacer(1, 1.5 * mm * scale),
                local_table(data, s, back[1], s.base * 0.95, stacked=True, compact=compact),
            ],
            bottom=[
                qr,
                Spacer(1, 3 * mm),
                Paragraph(escape(f"{data.issued_by}, {data.place}"), issued),
            ],
        )

    def cover_stack(scale: float) -> Stack:
        s = Styles(scale)
        issuer = s.style(
            "issuer", s.base * 1.05, fontName=BOLD, textColor=NAVY, alignment=TA_CENTER
        )
        place = s.style("place", s.base * 0.9, textColor=INK, alignment=TA_CENTER)
        title = s.style(
            "title",
            25,
            fontName=BOLD,
            textColor=NAVY,
            alignment=TA_CENTER,
            leading=25 * scale * 1.12,
        )
        tagline = s.style("tag", s.base * 1.3, alignment=TA_CENTER, textColor=INK)
        ask = s.style("ask", s.base * 1.05, fontName=BOLD, textColor=colors.white)
        village = f"{data.kind} {data.profile.village_name}"
        return Stack(
            top=[
                Paragraph(escape(village.upper()), issuer),
                Spacer(1, 1 * mm),
                Paragraph(escape(data.place), place),
            ],
            middle=[
                Emblem(34 * mm * min(scale, 1.2)),
                Spacer(1, 8 * mm * scale),
                Paragraph(escape(data.t("title")), title),
                Spacer(1, 5 * mm * scale),
                Paragraph(escape(data.t("tagline")), tagline),
            ],
            bottom=[
                boxed(
                    [Paragraph(markup(data.t("ask_first", kind=data.kind)), ask)],
                    cover[1],
                    NAVY,
                )
            ],
        )

    # Very long contact names give way to the phone numbers alone rather than shrink the
    # national numbers with them.
    compact, back_scale = False, None
    with contextlib.suppress(LayoutOverflow):
        back_scale = fit(back_stack, back[1], usable, "trifold back", hi=MAX_SCALE)
    if back_scale is None or back_scale < 0.9:
        compact, back_scale = True, None

    def back_builder(scale: float) -> Stack:
        return back_stack(scale, compact)

    layout(
        canvas,
        [
            Area("trifold flap", flap[0], y, flap[1], usable, flap_stack),
            Area("trifold back", back[0], y, back[1], usable, back_builder, back_scale),
            Area("trifold cover", cover[0], y, cover[1], usable, cover_stack),
        ],
        hi=MAX_SCALE,
        common=False,
    )
    _fold_marks(canvas, _fold_positions(width, True), width, height, data.t("fold_here"))
    _training_mark(canvas, width, height, data)
    canvas.showPage()

    # Inside (page 2): three panels read left to right once the leaflet is opened.
    inside = _panel_boxes(width, height, tuck_first=False)
    panels = [
        ["apa-itu-tppo#ringkas", "apa-itu-tppo#tiga-unsur"],
        ["kerja-aman#ringkas", "kerja-aman#di-tujuan"],
        ["modus#ringkas", "jika-terjadi#ringkas"],
    ]
    accents = [NAVY, BLUE, RED]

    def inside_builder(refs: list[str], box_width: float, accent) -> Callable[[float], Stack]:
        def build(scale: float) -> Stack:
            s = Styles(scale)
            flows: list[Flowable] = []
            for i, ref in enumerate(refs):
                title, blocks = data.section_blocks(ref)
                if i:
                    flows.append(Spacer(1, 5 * mm * scale))
                color = RED if ref.startswith(("modus", "tanda")) else accent
                flows += [band(title, box_width, s, 12.5, color), Spacer(1, 2.5 * mm * scale)]
                flows += block_flowables(blocks, s, color)
            return Stack(top=flows)

        return build

    layout(
        canvas,
        [
            Area(f"trifold inside {i + 1}", x, y, w, usable, inside_builder(refs, w, accent))
            for i, ((x, w), refs, accent) in enumerate(zip(inside, panels, accents, strict=True))
        ],
        hi=MAX_SCALE,
    )
    _fold_marks(canvas, _fold_positions(width, False), width, height, data.t("fold_here"))
    _training_mark(canvas, width, height, data)


# --- poster -----------------------------------------------------------------------------------


def _poster(canvas: Canvas, paper: Paper, data: LeafletData) -> None:
    width, height = paper.size
    inner = width - 2 * MARGIN

    def header_stack(scale: float) -> Stack:
        s = Styles(scale)
        issuer = s.style("issuer", 11, fontName=BOLD, textColor=colors.white, alignment=TA_CENTER)
        title = s.style(
            "title",
            26,  # one line on A4: the lists below need the room
            fontName=BOLD,
            textColor=colors.white,
            alignment=TA_CENTER,
            leading=26 * scale * 1.1,
        )
        tagline = s.style("tag", 14, textColor=colors.white, alignment=TA_CENTER)
        village = f"{data.issued_by.upper()}"
        return Stack(
            top=[
                Paragraph(escape(village), issuer),
                Paragraph(escape(data.place), issuer),
                Spacer(1, 3 * mm * scale),
                Paragraph(escape(data.t("title").upper()), title),
                Spacer(1, 2.5 * mm * scale),
                Paragraph(escape(data.t("tagline")), tagline),
            ],
            min_gap=0,
        )

    header_inner = inner - 12 * mm
    header_scale = fit(header_stack, header_inner, 80 * mm, "poster header", hi=1.0)
    header_height = header_stack(header_scale).height(header_inner) + 12 * mm
    canvas.setFillColor(NAVY)
    canvas.rect(MARGIN, height - MARGIN - header_height, inner, header_height, stroke=0, fill=1)
    header_stack(header_scale).draw(
        canvas,
        MARGIN + 6 * mm,
        height - MARGIN - header_height + 6 * mm,
        header_inner,
        header_height - 12 * mm,
    )

    # Bottom: the numbers to call, the local contacts and the QR code.
    def report_stack(scale: float, compact: bool = False) -> Stack:
        s = Styles(scale, base=11)
        gap = 4 * mm
        cell_width = (inner - 2 * gap) / 3
        cells: list = []
        for service in data.hotlines.services:
            name = s.style("svc", 10.5, fontName=BOLD, textColor=INK, alignment=TA_CENTER)
            big = s.style(
                "num", 24, fontName=BOLD, textColor=NAVY, alignment=TA_CENTER, leading=28 * scale
            )
            small = s.style("sm", 10, alignment=TA_CENTER)
            if cells:
                cells.append("")
            cells.append(
                [
                    Paragraph(escape(service.name(data.language)), name),
                    *service_numbers(service, data, big, small, abroad=False),
                ]
            )
        numbers = Grid([cells], colWidths=[cell_width, gap, cell_width, gap, cell_width])
        numbers.setStyle(
            TableStyle(
                [
                    *[("BOX", (c, 0), (c, 0), 1.2, NAVY) for c in (0, 2, 4)],
                    *[("BACKGROUND", (c, 0), (c, 0), BLUE_TINT) for c in (0, 2, 4)],
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                ]
            )
        )
        qr_size = 28 * mm
        qr_text = 46 * mm
        qr_width = qr_size + 2 * mm + qr_text
        heading = s.style("h", 13, fontName=BOLD, textColor=NAVY)
        left = [Paragraph(escape(data.t("local_heading")), heading), Spacer(1, 1.5 * mm)]
        left.append(
            local_table(
                data,
                s,
                inner - qr_width - 6 * mm,
                POSTER_CONTACTS_PT,
                label_share=0.45,  # room for "Bhabinkamtibmas" in bold at 12 pt
                compact=compact,
            )
        )
        qr = qr_block(
            data,
            qr_size,
            qr_text,
            s.style("cap", 9.5),
            s.style("url", 10, fontName=BOLD, textColor=NAVY),
        )
        contacts = Grid([[left, qr]], colWidths=[inner - qr_width - 6 * mm, qr_width + 6 * mm])
        contacts.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return Stack(
            top=[
                band(data.t("report_heading"), inner, s, 18, RED),
                Spacer(1, 3 * mm),
                numbers,
                Spacer(1, 4 * mm),
                contacts,
            ],
            min_gap=0,
        )

    # The contacts take about a third of the page, never printed smaller than
    # POSTER_CONTACTS_PT. Very long contact names first give way to the phone numbers alone,
    # then take more of the page.
    attempts = [(False, 0.31), (True, 0.31), (True, 0.38), (True, 0.45)]
    for compact, share in attempts:
        try:
            report_scale = fit(
                lambda sc, c=compact: report_stack(sc, c),
                inner,
                share * height,
                "poster contacts",
                lo=1.0,
            )
            break
        except LayoutOverflow:
            if share == attempts[-1][1]:
                raise
    report = report_stack(report_scale, compact)
    report_height = report.height(inner)
    report.draw(canvas, MARGIN, MARGIN, inner, report_height)

    # Middle: two columns, warning signs and the safe way, filling what is left.
    column_top = height - MARGIN - header_height - 7 * mm
    column_bottom = MARGIN + report_height + 8 * mm
    column_width = (inner - 8 * mm) / 2

    titles = [data.section_blocks(r)[0] for r in ("tanda-bahaya#ringkas", "kerja-aman#ringkas")]

    def band_height(s: Styles) -> float:
        """Both column headings get the height of the taller one, so the columns line up."""
        return max(band(t, column_width, s, 15, RED).wrap(column_width, 1e4)[1] for t in titles)

    def column(ref: str, accent) -> tuple[Callable[[float, int], Stack], int]:
        title, blocks = data.section_blocks(ref)

        def build(scale: float, count: int) -> Stack:
            s = Styles(scale, base=POSTER_BODY_PT)
            return Stack(
                top=[
                    band(title, column_width, s, 15, accent, height=band_height(s)),
                    Spacer(1, 3 * mm * scale),
                    *block_flowables(blocks[:count], s, accent),
                ]
            )

        return build, len(blocks)

    # Read from across a room: never smaller than POSTER_BODY_PT. What does not fit at that
    # size is left out from the end of each list (the QR code leads to the whole text).
    columns = [
        (MARGIN, column("tanda-bahaya#ringkas", RED)),
        (MARGIN + column_width + 8 * mm, column("kerja-aman#ringkas", BLUE)),
    ]
    fitted = [
        fit_shortened(
            build,
            blocks,
            column_width,
            column_top - column_bottom,
            "poster columns",
            lo=1.0,
            hi=MAX_SCALE,
        )
        for _, (build, blocks) in columns
    ]
    common = min(scale for scale, _ in fitted)  # one text size on the page
    for (x, (build, _)), (_, count) in zip(columns, fitted, strict=True):
        build(common, count).draw(
            canvas, x, column_bottom, column_width, column_top - column_bottom
        )
    _training_mark(canvas, width, height, data)


# --- pocket cards -----------------------------------------------------------------------------

CARDS_PER_SHEET = 3
CARD_PAD = 4.5 * mm
CARD_MIN_PT = 8.0  # the smallest text on a card (and the base of its hotline table)
CARD_BASE = CARD_MIN_PT / 0.95  # the table's names and extras are 0.95 of its base

# The poster is read from across a room: its lists are never smaller than this, the village's
# own contacts never smaller than POSTER_CONTACTS_PT.
POSTER_BODY_PT = 14.0
POSTER_CONTACTS_PT = 12.0


def _cards(canvas: Canvas, paper: Paper, data: LeafletData) -> None:
    width, height = paper.size
    card_width = width - 2 * MARGIN
    card_height = (height - 2 * MARGIN) / CARDS_PER_SHEET
    half = card_width / 2
    tanda_title, tanda = data.section_blocks("tanda-bahaya#ringkas")
    inner_w = half - 2 * CARD_PAD
    inner_h = card_height - 2 * CARD_PAD

    def front(scale: float, count: int) -> Stack:
        """The warning signs (the first ``count``), and the QR code to the official page."""
        s = Styles(scale, base=CARD_BASE)
        title = s.style("t", 11, fontName=BOLD, textColor=NAVY)
        village = s.style("v", CARD_MIN_PT, textColor=INK)
        qr_size = 15 * mm
        qr = qr_block(
            data,
            qr_size,
            inner_w - qr_size - 2 * mm,
            s.style("cap", CARD_MIN_PT),
            s.style("url", CARD_MIN_PT, fontName=BOLD, textColor=NAVY),
        )
        return Stack(
            top=[
                Paragraph(escape(data.t("title").upper()), title),
                Paragraph(
                    escape(f"{data.kind} {data.profile.village_name}, {data.place}"), village
                ),
                Spacer(1, 1.5 * mm * scale),
                band(tanda_title, inner_w, s, 9.5, RED),
                Spacer(1, 2 * mm * scale),
                *block_flowables(tanda[:count], s, RED),
            ],
            bottom=[qr],
            min_gap=2 * mm,
        )

    def back(scale: float, parts: int) -> Stack:
        """Who to call; ``parts`` 2 adds who issued the card (left out for a long village
        name: the front names the village too)."""
        s = Styles(scale, base=CARD_BASE)
        heading = s.style("h", 9, fontName=BOLD, textColor=NAVY)
        issued = s.style("iss", CARD_MIN_PT, textColor=GREY)
        return Stack(
            top=[
                band(data.t("report_heading"), inner_w, s, 9.5, NAVY),
                Spacer(1, 1.5 * mm * scale),
                hotline_table(data, s, inner_w, number_size=11, name_share=0.3, compact=True),
                Spacer(1, 2 * mm * scale),
                Paragraph(escape(data.t("local_heading")), heading),
                local_pairs(data, s, inner_w, CARD_MIN_PT),
            ],
            bottom=[Paragraph(escape(data.issued_by), issued)] if parts > 1 else [],
            min_gap=2 * mm,
        )

    # A pocket card is small print by nature, but never below CARD_MIN_PT: the warning signs
    # that do not fit at that size are left out from the end of the list.
    front_scale, shown = fit_shortened(
        front, len(tanda), inner_w, inner_h, "card front", lo=1.0, hi=1.35
    )
    back_scale, back_parts = fit_shortened(back, 2, inner_w, inner_h, "card back", lo=1.0, hi=1.35)
    for i in range(CARDS_PER_SHEET):
        y = height - MARGIN - (i + 1) * card_height
        front(front_scale, shown).draw(canvas, MARGIN + CARD_PAD, y + CARD_PAD, inner_w, inner_h)
        back(back_scale, back_parts).draw(
            canvas, MARGIN + half + CARD_PAD, y + CARD_PAD, inner_w, inner_h
        )
    _card_guides(canvas, paper, card_width, card_height, data)
    _training_mark(canvas, width, height, data)


def _card_guides(canvas: Canvas, paper: Paper, card_width, card_height, data: LeafletData):
    width, height = paper.size
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setFillColor(GREY)
    canvas.setLineWidth(0.5)
    canvas.setFont(BODY, CARD_MIN_PT)
    canvas.setDash(4, 3)
    for i in range(CARDS_PER_SHEET + 1):
        y = height - MARGIN - i * card_height
        canvas.line(MARGIN - 4 * mm, y, width - MARGIN + 4 * mm, y)
    canvas.line(MARGIN, MARGIN, MARGIN, height - MARGIN)
    canvas.line(width - MARGIN, MARGIN, width - MARGIN, height - MARGIN)
    canvas.setDash(1, 2)
    fold_x = MARGIN + card_width / 2
    canvas.line(fold_x, MARGIN, fold_x, height - MARGIN)
    canvas.setDash()
    for i in range(CARDS_PER_SHEET):
        y = height - MARGIN - i * card_height
        canvas.drawCentredString(fold_x, y + 1.2 * mm, data.t("fold_here"))
    canvas.drawString(MARGIN - 4 * mm, height - MARGIN + 1.5 * mm, f"✂ {data.t('cut_here')}")
    canvas.restoreState()


# --- entry points -----------------------------------------------------------------------------

_BUILDERS = {LeafletKind.TRIFOLD: _trifold, LeafletKind.POSTER: _poster, LeafletKind.CARD: _cards}


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
