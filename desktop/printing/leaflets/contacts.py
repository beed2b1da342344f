"""Whom to call, as every leaflet prints it: the verified national numbers, the village's own
contacts (as rows, stacked or two to a row) and the QR code to the official information page."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from desktop.domain.hotlines import NumberKind, Service
from desktop.printing.fonts import BOLD
from desktop.printing.leaflets.data import LeafletData
from desktop.printing.leaflets.drawings import QrCode
from desktop.printing.leaflets.parts import NO_PADDING, Grid
from desktop.printing.leaflets.style import INK, NAVY, RULE, Styles
from desktop.printing.leaflets.text import display_url, keep_together

_PHONE = re.compile(r"[0-9+()\-. ]+")


def _unbroken_number(value: str) -> str:
    """A contact's value; a phone number alone is kept on one line."""
    return keep_together(value) if _PHONE.fullmatch(value) else value


def qr_block(data: LeafletData, size: float, text_width: float, caption, url) -> Table:
    """The QR code with its caption and the address written out beside it."""
    table = Grid(
        [
            [
                QrCode(data.hotlines.info_page.url, size),
                [
                    Paragraph(escape(data.t("qr_caption")), caption),
                    Paragraph(escape(display_url(data.hotlines.info_page.url)), url),
                ],
            ]
        ],
        colWidths=[size + 2 * mm, text_width],
    )
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *NO_PADDING]))
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
        cells = [
            Paragraph(escape(label), label_style),
            Paragraph(escape(_unbroken_number(value)), value_style),
        ]
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
        text = escape(_unbroken_number(value))
        cells.append(Paragraph(f"<b>{escape(label)}:</b> {text}", style))
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    return _rows_table(rows or [["", ""]], [width / 2, width / 2], size * styles.scale * 0.3)
