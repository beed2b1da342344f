"""The registration sheet: a village's key fingerprint on paper, for the immigration office
(A4 or F4, one page, always in Indonesian like the other office papers).

The office holds a village's first export until an officer has compared the fingerprint of
the key that signed it with the village's own. The village prints this sheet, the head signs
and stamps it, and it goes to the office (or lies beside the telephone when the office calls):
the fingerprint in five numbered groups of four digits, large, read one group at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, Spacer, Table, TableStyle

from desktop import __version__
from desktop.domain.dates import long_datetime
from desktop.printing.fill_in import INK, lines_to_fill
from desktop.printing.fonts import BODY, BOLD, register_fonts
from desktop.printing.pages import FOOT, PageMarks, build_pdf
from desktop.printing.paper import Paper

ACCENT = colors.HexColor("#0b5394")


@dataclass(frozen=True)
class RegistrationSheet:
    kind: str  # "Desa" or "Kelurahan"
    village_name: str
    district_name: str
    regency_name: str
    province_name: str
    village_code: str
    head_name: str
    fingerprint: str  # five groups of four digits, as domain.security.fingerprint writes it
    office_name: str  # the office whose key is installed ('' when none is yet)
    made_at: datetime
    training: bool = False


def _steps(sheet: RegistrationSheet) -> list[str]:
    office = escape(sheet.office_name) if sheet.office_name else "kantor imigrasi"
    return [
        f"{office} menerima ekspor pertama {sheet.kind.lower()} ini hanya setelah petugas "
        "mencocokkan <b>sidik kunci</b> di atas dengan sidik kunci ekspor itu. Sidik kunci "
        "bukan rahasia, tetapi menjamin bahwa ekspor itu benar dari komputer kantor ini.",
        "Tanda tangani dan cap lembar ini, lalu serahkan ke kantor imigrasi bersama flashdisk "
        "ekspor pertama, atau simpan di dekat telepon: bila petugas menelepon, bacakan sidik "
        "kunci kelompok demi kelompok, angka demi angka.",
        "Bila Siaga TPPO dipasang ulang atau komputer diganti, sidik kuncinya berubah: cetak "
        "lembar baru dan beri tahu kantor imigrasi.",
    ]


def _groups(fingerprint: str, style: ParagraphStyle, number: ParagraphStyle, width: float):
    groups = fingerprint.split()
    box = Table(
        [
            [Paragraph(f"kelompok {n}", number) for n in range(1, len(groups) + 1)],
            [Paragraph(escape(group), style) for group in groups],
        ],
        colWidths=[width / len(groups)] * len(groups),
    )
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 2, INK),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.5, INK),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 12),
            ]
        )
    )
    return box


def build_registration_sheet(sheet: RegistrationSheet, paper: Paper = Paper.A4) -> bytes:
    """The PDF bytes of the sheet (one page)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=BODY, fontSize=11, leading=15, textColor=INK)
    small = ParagraphStyle("small", fontName=BODY, fontSize=9, leading=12, textColor=INK)
    title = ParagraphStyle(
        "title", fontName=BOLD, fontSize=18, leading=22, textColor=ACCENT, spaceAfter=6
    )
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=12, leading=16, textColor=INK)
    digits = ParagraphStyle(
        "digits", fontName=BOLD, fontSize=26, leading=36, textColor=INK, alignment=1
    )
    number = ParagraphStyle("number", parent=small, alignment=1)
    width = paper.size[0] - 40 * mm
    place = (
        f"{sheet.kind} <b>{escape(sheet.village_name)}</b>, Kecamatan "
        f"{escape(sheet.district_name)}, {escape(sheet.regency_name)}, "
        f"{escape(sheet.province_name)}"
    )
    facts = Table(
        [
            [Paragraph("Desa/kelurahan", body), Paragraph(place, body)],
            [
                Paragraph("Kode wilayah", body),
                Paragraph(f"<b>{escape(sheet.village_code)}</b>", heading),
            ],
            [Paragraph("Kepala desa/lurah", body), Paragraph(escape(sheet.head_name), body)],
            [Paragraph("Dicetak", body), Paragraph(long_datetime(sheet.made_at), body)],
        ],
        colWidths=[40 * mm, width - 40 * mm],
    )
    facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    steps = [Paragraph(f"{n}. {text}", body) for n, text in enumerate(_steps(sheet), start=1)]
    story = [
        Paragraph("Lembar Pendaftaran Siaga TPPO", title),
        Paragraph(f"Untuk: <b>{escape(sheet.office_name or 'Kantor Imigrasi')}</b>", body),
        Spacer(1, 4 * mm),
        facts,
        Spacer(1, 7 * mm),
        Paragraph("Sidik kunci desa/kelurahan ini:", heading),
        Spacer(1, 2 * mm),
        _groups(sheet.fingerprint, digits, number, width),
        Spacer(1, 7 * mm),
        *[item for step in steps for item in (step, Spacer(1, 2.5 * mm))],
        Spacer(1, 5 * mm),
        Paragraph("Kepala desa/lurah", heading),
        lines_to_fill(["Tanggal:", "Tanda tangan dan cap:"], width, 60 * mm),
        Spacer(1, 6 * mm),
        Paragraph("Diisi petugas kantor imigrasi", heading),
        lines_to_fill(
            [
                "Sidik kunci dicocokkan (sama / tidak sama):",
                "Nama petugas:",
                "Tanggal:",
                "Tanda tangan:",
            ],
            width,
            88 * mm,
        ),
        Spacer(1, 5 * mm),
        Paragraph(f"Dibuat oleh Siaga TPPO versi {escape(__version__)}.", small),
    ]
    marks = PageMarks(
        page_label="Halaman {page} dari {pages}",
        footer=f"Lembar pendaftaran · {sheet.kind} {sheet.village_name} ({sheet.village_code})",
        training="MODE LATIHAN" if sheet.training else "",
    )
    top = 16 * mm
    frame = (width, paper.size[1] - top - FOOT - 12)  # less the frame's padding above and below
    # Long names (village, area, office, head) may need more lines than a page has left: the
    # sheet shrinks a little rather than break onto a second page.
    return build_pdf(
        [KeepInFrame(*frame, story, mode="shrink")],
        paper,
        marks,
        margin=20 * mm,
        top=top,
        title="Lembar pendaftaran desa/kelurahan Siaga TPPO",
    )
