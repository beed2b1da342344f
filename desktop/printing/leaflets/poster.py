"""The notice-board poster: one portrait page read from across a room, its lists never smaller
than POSTER_BODY_PT (shortened from the end instead), the village's contacts never smaller than
POSTER_CONTACTS_PT."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, TableStyle

from desktop.printing.fonts import BOLD
from desktop.printing.leaflets.contacts import local_table, qr_block, service_numbers
from desktop.printing.leaflets.data import LeafletData
from desktop.printing.leaflets.layout import (
    MAX_SCALE,
    LayoutOverflow,
    Stack,
    fit,
    fit_shortened,
)
from desktop.printing.leaflets.parts import (
    MARGIN,
    NO_PADDING,
    Grid,
    band,
    block_flowables,
    mark_training,
)
from desktop.printing.leaflets.style import BLUE, BLUE_TINT, INK, NAVY, RED, Styles
from desktop.printing.paper import Paper

# The poster is read from across a room: its lists are never smaller than this, the village's
# own contacts never smaller than POSTER_CONTACTS_PT.
POSTER_BODY_PT = 14.0
POSTER_CONTACTS_PT = 12.0


def draw(canvas: Canvas, paper: Paper, data: LeafletData) -> None:
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
                    *NO_PADDING,
                    ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
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
                partial(report_stack, compact=compact),
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
    mark_training(canvas, width, height, data)
