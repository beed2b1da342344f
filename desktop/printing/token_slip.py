"""The token slip: a village's upload token on paper, handed or sent to the village (A4 or
F4, always in Indonesian like the other office papers). The token is printed large, in its
five groups, in a typeface where every character of the token's alphabet looks unlike the
others; the sheet says where to type it and that it is secret."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from desktop import __version__
from desktop.printing.fill_in import INK, lines_to_fill
from desktop.printing.fonts import BODY, BOLD, register_fonts
from desktop.printing.paper import Paper

RED = colors.HexColor("#b00020")
ACCENT = colors.HexColor("#0b5394")
MONO = "Courier-Bold"  # wide, distinct shapes for 2-9 and A-Z; the token has no 0/O/1/I/L


@dataclass(frozen=True)
class TokenSlip:
    office_name: str
    village_name: str  # "Desa Kungkai, Kec. Bangko, Kabupaten Merangin"
    village_code: str
    token: str  # as the clerk types it: five groups of five characters joined by "-"
    made_at: datetime
    receiver_address: str = ""  # the address villages send to, when the office gave it


def _steps(slip: TokenSlip) -> list[str]:
    where = (
        f"isi <b>Alamat kantor</b> dengan <b>{escape(slip.receiver_address)}</b> dan "
        if slip.receiver_address
        else "isi <b>Alamat kantor</b> dengan alamat yang diberikan kantor imigrasi, dan "
    )
    return [
        "Buka Siaga TPPO di komputer kantor desa/kelurahan, lalu <b>Pengaturan › "
        f"Pengiriman</b>: {where}<b>Token akses</b> dengan token di atas.",
        "Huruf besar atau kecil sama saja; tanda hubung boleh diketik atau dilewati. Token tidak "
        "pernah memuat angka 0 dan 1 atau huruf O, I dan L. Bila ada salah ketik, aplikasi "
        "menyebut kelompok mana yang salah.",
        "Tekan <b>Simpan pengaturan pengiriman</b>, lalu <b>Coba hubungi kantor</b>. Sejak itu "
        "ekspor terkirim sendiri bila ada internet.",
        "Token ini <b>rahasia</b>: siapa pun yang memegangnya dapat mengirim atas nama desa ini. "
        "Simpan lembar ini di tempat terkunci. Bila hilang atau terlihat orang lain, minta token "
        "baru ke kantor imigrasi; token lama lalu dicabut.",
    ]


def build_token_slip(slip: TokenSlip, paper: Paper = Paper.A4) -> bytes:
    """The PDF bytes of the slip: the token's groups in numbered boxes (the village's entry
    field names a group with a typing mistake by its number)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=BODY, fontSize=11, leading=15, textColor=INK)
    small = ParagraphStyle("small", fontName=BODY, fontSize=9, leading=12, textColor=INK)
    title = ParagraphStyle(
        "title", fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=4
    )
    secret = ParagraphStyle(
        "secret", fontName=BOLD, fontSize=13, leading=17, textColor=RED, spaceAfter=8
    )
    token_style = ParagraphStyle(
        "token", fontName=MONO, fontSize=24, leading=34, textColor=INK, alignment=1
    )
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=paper.size,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title="Token pengiriman Siaga TPPO",
        author="Siaga TPPO",
    )
    width = paper.size[0] - 40 * mm
    groups = slip.token.split("-")
    number = ParagraphStyle("number", parent=small, alignment=1)
    token_box = Table(
        [
            [Paragraph(f"kelompok {n}", number) for n in range(1, len(groups) + 1)],
            [Paragraph(escape(group), token_style) for group in groups],
        ],
        colWidths=[width / len(groups)] * len(groups),
    )
    token_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2, INK),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.5, INK),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 12),
            ]
        )
    )
    facts = Table(
        [
            [Paragraph("Dari", body), Paragraph(f"<b>{escape(slip.office_name)}</b>", body)],
            [Paragraph("Untuk", body), Paragraph(f"<b>{escape(slip.village_name)}</b>", body)],
            [Paragraph("Kode wilayah", body), Paragraph(escape(slip.village_code), body)],
            [Paragraph("Dibuat", body), Paragraph(slip.made_at.strftime("%d-%m-%Y %H.%M"), body)],
        ],
        colWidths=[35 * mm, width - 35 * mm],
    )
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    steps = [Paragraph(f"{n}. {text}", body) for n, text in enumerate(_steps(slip), start=1)]
    signature = lines_to_fill(
        ["Diserahkan oleh (nama, jabatan):", "Diterima oleh (nama, jabatan):"], width, 65 * mm
    )
    story = [
        Paragraph("Token Pengiriman Siaga TPPO", title),
        Paragraph("RAHASIA — untuk kantor desa/kelurahan yang disebut di bawah", secret),
        facts,
        Spacer(1, 8 * mm),
        Paragraph("Token akses:", body),
        Spacer(1, 2 * mm),
        token_box,
        Spacer(1, 8 * mm),
        *[item for step in steps for item in (step, Spacer(1, 3 * mm))],
        Spacer(1, 6 * mm),
        signature,
        Spacer(1, 8 * mm),
        Paragraph(
            f"Dibuat oleh Siaga TPPO versi {escape(__version__)}. Kantor imigrasi hanya menyimpan "
            "sidik token ini, bukan tokennya: token yang hilang tidak dapat dicetak ulang, "
            "hanya diganti.",
            small,
        ),
    ]
    doc.build(story)
    return out.getvalue()
