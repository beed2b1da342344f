"""The recovery sheet: the recovery key on paper, with what to do with it (A4 or F4).

The sheet is an office document kept in the safe, so it is always in Indonesian, whatever
language the screens use. It is made in memory; the app prints it without writing a file
unless the user saves a PDF on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from desktop import __version__
from desktop.domain.dates import long_datetime
from desktop.printing.fill_in import INK, lines_to_fill
from desktop.printing.fonts import BODY, BOLD, register_fonts
from desktop.printing.pages import PageMarks, build_pdf
from desktop.printing.paper import Paper

RED = colors.HexColor("#b00020")
ACCENT = colors.HexColor("#0b5394")


@dataclass(frozen=True)
class RecoverySheet:
    recovery_key: str  # as shown: six groups of four characters
    holder: str  # "Desa Kungkai, Kec. Bangko, Kabupaten Merangin" or the office's name
    data_folder: str
    made_at: datetime


_STEPS = (
    "Kunci pemulihan membuka data Siaga TPPO di komputer ini bila kata sandi terlupa, dan "
    "dapat membuat kata sandi baru. Siapa pun yang memegang lembar ini dan salinan data dapat "
    "membaca data itu.",
    "Simpan lembar ini di <b>brankas atau lemari terkunci kantor</b>, terpisah dari komputer. "
    "Jangan ditempel di dekat komputer, jangan difoto, jangan disalin ke komputer atau HP, dan "
    "jangan dikirim lewat WhatsApp atau surel.",
    "Bila kata sandi terlupa: buka Siaga TPPO, tekan <b>Lupa kata sandi?</b>, ketik kunci di "
    "atas (huruf besar atau kecil sama saja, tanda hubung boleh dilewati), lalu buat kata sandi "
    "baru.",
    "Bila lembar ini hilang, atau mungkin dilihat orang yang tidak berhak, beri tahu kepala "
    "desa/lurah dan kantor imigrasi.",
    "Bila Anda menyimpan lembar ini sebagai berkas PDF, hapus berkas itu setelah dicetak.",
)


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle(
            "title", fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=4
        ),
        "secret": ParagraphStyle(
            "secret", fontName=BOLD, fontSize=13, leading=17, textColor=RED, spaceAfter=8
        ),
        "body": ParagraphStyle("body", fontName=BODY, fontSize=11, leading=15, textColor=INK),
        "key": ParagraphStyle(
            "key", fontName=BOLD, fontSize=26, leading=36, textColor=INK, alignment=1
        ),
        "small": ParagraphStyle("small", fontName=BODY, fontSize=9, leading=12, textColor=INK),
    }


def _key_lines(recovery_key: str) -> str:
    """Three groups a line, so the key never breaks at an awkward place."""
    groups = recovery_key.split("-")
    lines = ["-".join(groups[i : i + 3]) for i in range(0, len(groups), 3)]
    return "<br/>".join(escape(line) for line in lines)


def build_recovery_sheet(sheet: RecoverySheet, paper: Paper = Paper.A4) -> bytes:
    """The PDF bytes of the recovery sheet."""
    register_fonts()
    st = _styles()
    width = paper.size[0] - 40 * mm
    key_box = Table(
        [[Paragraph(_key_lines(sheet.recovery_key), st["key"])]],
        colWidths=[width],
    )
    key_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 14),
            ]
        )
    )
    steps = [Paragraph(f"{n}. {text}", st["body"]) for n, text in enumerate(_STEPS, start=1)]
    signature = lines_to_fill(
        [
            "Disimpan oleh (nama dan jabatan):",
            "Tanda tangan:",
            "Tempat penyimpanan:",
            "Tanggal:",
        ],
        width,
        60 * mm,
    )
    made = long_datetime(sheet.made_at)
    story = [
        Paragraph("Lembar Kunci Pemulihan Siaga TPPO", st["title"]),
        Paragraph("RAHASIA — simpan di brankas kantor", st["secret"]),
        Paragraph(f"Untuk: <b>{escape(sheet.holder)}</b>", st["body"]),
        Paragraph(f"Folder data: {escape(sheet.data_folder)}", st["small"]),
        Paragraph(f"Dibuat: {made}", st["small"]),
        Spacer(1, 8 * mm),
        Paragraph("Kunci pemulihan:", st["body"]),
        Spacer(1, 2 * mm),
        key_box,
        Spacer(1, 8 * mm),
        *[item for step in steps for item in (step, Spacer(1, 3 * mm))],
        Spacer(1, 6 * mm),
        signature,
        Spacer(1, 8 * mm),
        Paragraph(
            f"Dibuat oleh Siaga TPPO versi {escape(__version__)}. Kata sandi tidak pernah "
            "dicetak dan tidak disimpan di mana pun.",
            st["small"],
        ),
    ]
    marks = PageMarks(
        page_label="Halaman {page} dari {pages}",
        footer=f"Lembar kunci pemulihan · {sheet.holder}",
        confidential="RAHASIA",
    )
    return build_pdf(
        story, paper, marks, margin=20 * mm, top=18 * mm, title="Lembar kunci pemulihan Siaga TPPO"
    )
