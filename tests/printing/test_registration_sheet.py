"""The registration sheet: one page a village prints for its immigration office, with the key
fingerprint in five numbered groups, the village, its code, a date and signature lines."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from desktop.printing.paper import Paper
from desktop.printing.registration_sheet import RegistrationSheet, build_registration_sheet

SHEET = RegistrationSheet(
    kind="Desa",
    village_name="Kungkai",
    district_name="Bangko",
    regency_name="Kabupaten Merangin",
    province_name="Jambi",
    village_code="15.02.02.2004",
    head_name="Siti Aminah",
    fingerprint="8893 4511 5511 3935 6568",
    office_name="Kantor Imigrasi Kerinci",
    made_at=datetime(2026, 12, 4, 14, 5),
)


def text_of(data: bytes) -> tuple[int, str]:
    pages = PdfReader(io.BytesIO(data)).pages
    return len(pages), " ".join(" ".join(p.extract_text().split()) for p in pages)


def test_the_sheet_is_one_page_with_the_village_its_code_and_the_grouped_fingerprint():
    for paper in Paper:
        count, text = text_of(build_registration_sheet(SHEET, paper))
        assert count == 1
        assert "Kungkai" in text and "15.02.02.2004" in text and "Kantor Imigrasi Kerinci" in text
        for n, group in enumerate(SHEET.fingerprint.split(), start=1):
            assert f"kelompok {n}" in text and group in text
        assert "4 Desember 2026" in text and "Siti Aminah" in text
        assert "Tanda tangan dan cap" in text and "Nama petugas" in text
        assert "MODE LATIHAN" not in text


def test_a_training_village_s_sheet_says_so():
    from dataclasses import replace

    _, text = text_of(build_registration_sheet(replace(SHEET, training=True)))
    assert "MODE LATIHAN" in text


def test_long_names_still_fit_one_page():
    from dataclasses import replace

    long = replace(
        SHEET,
        village_name="Sungai Penuh Tengah Lama Baru Sekali",
        district_name="Pesisir Bukit Tinggi Raya",
        regency_name="Kabupaten Kepulauan Bangka Belitung Selatan",
        province_name="Kepulauan Bangka Belitung",
        head_name="Hj. Siti Aminah binti Muhammad Abdurrahman Al-Fatih",
        office_name="Kantor Imigrasi Kelas II Tempat Pemeriksaan Imigrasi Kerinci",
        training=True,
    )
    for paper in Paper:
        count, text = text_of(build_registration_sheet(long, paper))
        assert count == 1
        assert "Sungai Penuh Tengah Lama Baru Sekali" in text and "Tanda tangan:" in text
