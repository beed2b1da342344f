"""The tri-fold leaflet: an A4/F4 sheet printed on both sides in landscape and folded in three,
its panels in folding order (the tuck-in panel a little narrower so that it does not buckle)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.printing.fonts import BODY, BOLD
from desktop.printing.leaflets.contacts import hotline_table, local_table, qr_block
from desktop.printing.leaflets.data import LeafletData
from desktop.printing.leaflets.drawings import Emblem
from desktop.printing.leaflets.layout import MAX_SCALE, Area, LayoutOverflow, Stack, fit, layout
from desktop.printing.leaflets.parts import MARGIN, band, block_flowables, boxed, mark_training
from desktop.printing.leaflets.style import BLUE, BLUE_TINT, GREY, INK, NAVY, RED, Styles
from desktop.printing.leaflets.text import markup
from desktop.printing.paper import Paper

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


def draw(canvas: Canvas, paper: Paper, data: LeafletData) -> None:
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
    mark_training(canvas, width, height, data)
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
    mark_training(canvas, width, height, data)
