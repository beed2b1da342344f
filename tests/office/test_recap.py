"""The recap as an officer hands it in: counted on the Rekap page, printed or saved as PDF (A4
or F4, kop kantor, period, tables and charts, "Halaman x dari y", no personal data), saved as
an XLSX workbook with the period's records, and made the same from the command line."""

from __future__ import annotations

import io
import subprocess
import sys
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from desktop.domain.exchange import OfficeProfile
from desktop.domain.incident import Person, PersonIdentity, PersonRole
from desktop.domain.recap import Period, Recap
from desktop.domain.socialisation import ReachedVillage, RemovedEvent
from desktop.paths import DataPaths
from desktop.printing.paper import Paper
from desktop.printing.recap_workbook import sheet_name
from desktop.storage import exchange_settings, socialisation
from desktop.storage.recap import recap_of
from desktop.ui.i18n import Language, Translations
from desktop.ui.office.recap_page import RecapJob, RecapPage
from desktop.ui.office.recap_words import recap_pdf, recap_xlsx, socialisation_figures
from tests.exchange.conftest import KERINCI_OFFICE, cli_env, give_office_key, opened, version
from tests.office.conftest import DAY, PASAR_ATAS, SELAM_PAUNG, arrive
from tests.socialisation_data import SENT, as_saved, event, section
from tests.ui.helpers import english_giveaways, visible_texts

NAME = "Siti Rahma (fiktif)"


@pytest.fixture
def indonesian(qapp: QApplication) -> None:
    Translations(qapp).install(Language.INDONESIAN)


def fill() -> None:
    """Four records of November 2026 from three villages, one with a victim's name and NIK
    and a recruiter's phone, one of October."""

    def record(day: date, **kw):
        return [version(str(uuid.uuid4()), None, "Tawaran kerja", when=DAY, reported_on=day, **kw)]

    victim = Person(
        role=PersonRole.VICTIM, identity=PersonIdentity(name=NAME, nik="0000111122223333")
    )
    arrive(
        [
            record(
                date(2026, 11, 3),
                destination_country="MY",
                destination_city="Tawau",
                people=(victim,),
                legal_basis="kepentingan_vital",
                recruiter_name="Bang Jali (fiktif)",
                recruiter_phone="0812-9999-0000",
                notes="Catatan isian yang tidak boleh ikut",
            ),
            record(date(2026, 10, 20), destination_country="KH"),
        ],
        identities="Diminta Polres",
    )
    arrive([record(date(2026, 11, 9), destination_country="KH")], source=PASAR_ATAS)
    arrive(
        [
            record(date(2026, 11, 12), destination_country="SA"),
            record(date(2026, 11, 30), destination_country="MY"),
        ],
        source=SELAM_PAUNG,
    )


def fill_events() -> None:
    """November 2026's socialisation: the office's own in Bangko reaching two villages, one
    Kungkai recorded, one Selam Paung recorded (Kerinci); one of October; one Pasar Atas sent
    and then deleted."""
    socialisation.save_event(
        event(
            "Aula Kantor Camat Bangko",
            villages=(
                ReachedVillage("15.02.02.2004", "Kungkai"),
                ReachedVillage("15.02.02.1009", "Pasar Atas"),
            ),
            kepala_desa=2,
            perangkat_desa=6,
            warga=30,
        )
    )
    arrive(
        [],
        events=section(
            as_saved(event("Balai Desa Kungkai", date(2026, 11, 25), warga=20, calon_pmi=5))
        ),
        name="kungkai-sosialisasi.siaga",
    )
    arrive(
        [],
        source=SELAM_PAUNG,
        events=section(
            as_saved(event("Balai Desa Selam Paung", date(2026, 11, 7), bpd=4, warga=11)),
            as_saved(event("Bulan lalu", date(2026, 10, 30))),
        ),
    )
    gone = as_saved(event("Dihapus desa", warga=9))
    arrive([], source=PASAR_ATAS, events=section(gone))
    deleted = RemovedEvent(gone.record_id, 2, SENT + timedelta(days=1))
    arrive([], source=PASAR_ATAS, sequence=2, events=section(removed=(deleted,)))


def pdf_text(pdf: bytes | Path) -> str:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    return " ".join(" ".join(p.extract_text() for p in PdfReader(source).pages).split())


def test_the_recap_pdf_has_the_kop_the_period_every_breakdown_and_no_personal_data(
    office, indonesian
):
    fill()
    recap = recap_of(Period.parse("2026-11"))
    regencies = ["Kabupaten Kerinci", "Kabupaten Merangin"]
    made = datetime(2026, 12, 4, 9, 30)
    pdf = recap_pdf(recap, KERINCI_OFFICE, regencies, Paper.A4, made)
    text = pdf_text(pdf)
    reader = PdfReader(io.BytesIO(pdf))

    assert text.startswith("KANTOR IMIGRASI KERINCI Wilayah kerja: Kabupaten Kerinci, Kabupaten")
    assert "REKAP CATATAN KEJADIAN TPPO/TPPM DARI DESA" in text
    assert "Periode: November 2026 (1 November 2026 – 30 November 2026)" in text
    assert "Catatan yang dilaporkan pada periode ini 4" in text
    assert "Desa dan kelurahan yang melapor 3" in text
    for heading in (
        "Catatan per bulan dilaporkan",
        "Catatan menurut modus",
        "Catatan menurut negara tujuan",
        "Catatan menurut kota tujuan",
        "Catatan menurut jenis laporan",
        "Catatan menurut status",
        "Catatan yang melibatkan anak",
        "Catatan yang dirujuk, menurut instansi",
        "Catatan menurut kabupaten/kota",
        "Catatan menurut kecamatan",
    ):
        assert heading in text, heading
    assert "Malaysia 2 50,0" in text and "Tawau (Malaysia) 1 25,0" in text
    assert "Bangko (Kabupaten Merangin) 2" in text
    pages = len(reader.pages)
    assert f"Halaman 1 dari {pages}" in text and f"Halaman {pages} dari {pages}" in text
    for personal in (NAME, "0000111122223333", "0812-9999-0000", "Bang Jali", "Catatan isian"):
        assert personal not in text
    assert round(float(reader.pages[0].mediabox.height)) == 842  # A4

    f4 = PdfReader(io.BytesIO(recap_pdf(recap, KERINCI_OFFICE, regencies, Paper.F4, made)))
    assert round(float(f4.pages[0].mediabox.height)) == 935  # 330 mm


def test_the_recap_workbook_has_the_figures_and_the_records_without_personal_data(
    office, indonesian
):
    fill()
    data = recap_xlsx(recap_of(Period.parse("2026-11")), KERINCI_OFFICE)
    book = openpyxl.load_workbook(io.BytesIO(data))

    names = book.sheetnames
    assert names[0] == "Ringkasan" and names[-1] == "Catatan (tanpa data pribadi)"
    assert "Negara tujuan" in names and "Kecamatan" in names
    summary = [r for r in book["Ringkasan"].iter_rows(values_only=True)]
    assert ("Catatan yang dilaporkan pada periode ini", 4) in summary
    countries = list(book["Negara tujuan"].iter_rows(min_row=4, values_only=True))
    assert countries[0] == ("Negara", "Catatan", "Persen")
    assert countries[1] == ("Malaysia", 2, 50.0)
    assert len(book["Negara tujuan"]._charts) == 1
    records = list(book["Catatan (tanpa data pribadi)"].iter_rows(values_only=True))
    assert len(records) == 5  # the heading and the four records of November
    assert records[1][1:4] == ("2026-11-03", "15.02.02.2004", "Kungkai")
    every_value = " ".join(str(v) for row in book.worksheets for r in row.values for v in r)
    for personal in (NAME, "0000111122223333", "0812-9999-0000", "Bang Jali", "Catatan isian"):
        assert personal not in every_value


def test_the_recap_counts_the_periods_socialisation_events_in_the_pdf_workbook_and_page(
    qtbot, office, indonesian
):
    fill_events()
    recap = recap_of(Period.parse("2026-11"))
    text = pdf_text(recap_pdf(recap, KERINCI_OFFICE, ["Kabupaten Merangin"], Paper.A4))
    for line in (
        "Kegiatan sosialisasi yang diadakan 3",
        "Peserta sosialisasi 78",
        "Desa dan kelurahan yang dijangkau sosialisasi 3",
        "Peserta sosialisasi menurut kelompok Kelompok Jumlah orang Persen Kepala desa/lurah 2 2,6",
        "Warga 61 78,2 Calon PMI 5 6,4",
        "Bangko (Kabupaten Merangin) 2 66,7 63 2 Gunung Raya (Kabupaten Kerinci) 1 33,3 15 1",
        "Diadakan kantor: 1; dicatat desa/kelurahan: 2.",
    ):
        assert line in text, line
    assert "Bulan lalu" not in text and "Dihapus desa" not in text

    book = openpyxl.load_workbook(io.BytesIO(recap_xlsx(recap, KERINCI_OFFICE)))
    summary = list(book["Ringkasan"].iter_rows(values_only=True))
    assert ("Kegiatan sosialisasi yang diadakan", 3) in summary
    by_area = list(book["Sosialisasi per kecamatan"].iter_rows(min_row=4, values_only=True))
    assert by_area[:3] == [
        ("Kecamatan (kabupaten/kota)", "Kegiatan", "Persen", "Peserta", "Desa dijangkau"),
        ("Bangko (Kabupaten Merangin)", 2, 66.7, 63, 2),
        ("Gunung Raya (Kabupaten Kerinci)", 1, 33.3, 15, 1),
    ]
    by_role = list(book["Sosialisasi menurut peserta"].iter_rows(min_row=5, values_only=True))
    assert by_role == [
        ("Kepala desa/lurah", 2, 2.6),
        ("Perangkat desa/kelurahan", 6, 7.7),
        ("BPD", 4, 5.1),
        ("Warga", 61, 78.2),
        ("Calon PMI", 5, 6.4),
    ]

    page = RecapPage(lambda: ["Kabupaten Merangin"], {}, today=lambda: date(2026, 12, 4))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.work_done, timeout=10000):
        page.calculate()
    assert page.status.text().endswith("; 3 kegiatan sosialisasi.")
    bars = page.charts["Sosialisasi per kecamatan"].bars()
    assert [(b.label, b.count, b.detail) for b in bars] == [
        ("Bangko (Kabupaten Merangin)", 2, "Peserta: 63, Desa dijangkau: 2"),
        ("Gunung Raya (Kabupaten Kerinci)", 1, "Peserta: 15, Desa dijangkau: 1"),
    ]
    assert english_giveaways(visible_texts(page)) == []


def test_a_period_without_events_says_so():
    recap = Recap(
        Period.parse("2026-11"), 0, 0, 0, 0, [((2026, 11), 0)], [], [], [], [], [], [], [], []
    )
    figures = dict(socialisation_figures(recap))
    assert [f.rows for f in figures.values()] == [(), ()]
    assert all(f.empty and not f.note for f in figures.values())


def test_sheet_names_are_what_excel_allows():
    taken: set[str] = set()
    assert sheet_name("Kota/negara: [tujuan]?", taken) == "Kota negara tujuan"
    assert len(sheet_name("x" * 40, taken)) == 31
    assert sheet_name("Kecamatan", taken) == "Kecamatan"
    assert sheet_name("kecamatan", taken) == "kecamatan (2)"


def test_the_rekap_page_counts_a_period_and_saves_its_workbook(qtbot, office, indonesian, tmp_path):
    fill()
    page = RecapPage(
        lambda: ["Kabupaten Merangin"],
        {"MY": "Malaysia", "KH": "Kamboja", "SA": "Arab Saudi"},
        today=lambda: date(2026, 12, 4),
    )
    qtbot.addWidget(page)
    page.show()
    assert page.period() == Period.parse("2026-11")  # the last whole month
    assert not page.print_button.isEnabled()

    page.set_period(Period.parse("2026-Q4"))
    with qtbot.waitSignal(page.work_done, timeout=10000):
        page.calculate()
    assert page.recap.records == 5
    assert page.status.text().startswith("Periode: Triwulan IV 2026")
    by_country = page.charts["Negara tujuan"].bars()
    assert [(b.label, b.count) for b in by_country] == [
        ("Kamboja", 2),
        ("Malaysia", 2),
        ("Arab Saudi", 1),
    ]
    assert page.print_button.isEnabled()
    assert english_giveaways(visible_texts(page)) == []

    job = RecapJob(page.recap, KERINCI_OFFICE, ["Kabupaten Merangin"])
    assert "Triwulan IV 2026" in pdf_text(job.work(Paper.A4)())
    assert job.file_name(Paper.A4) == "rekap-2026-Q4.pdf"

    folder = tmp_path / "flashdisk"
    folder.mkdir()
    with qtbot.waitSignal(page.work_done, timeout=10000):
        page.write_xlsx(folder / "rekap triwulan")
    saved = folder / "rekap triwulan.xlsx"
    assert page.status.text() == f"Tersimpan: {saved}"
    assert openpyxl.load_workbook(saved).sheetnames[0] == "Ringkasan"
    assert [p.name for p in folder.iterdir()] == [saved.name]  # no temporary file left


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(),
    )


def test_the_command_line_makes_the_same_recap(tmp_path):
    folder = tmp_path / "kantor"
    made = cli(
        "init",
        "--data-dir",
        str(folder),
        "--office",
        "Kantor Imigrasi Kerinci",
        "--covers",
        "15.01,15.02",
    )
    assert made.returncode == 0, made.stderr
    with opened(DataPaths.resolve(folder)):
        exchange_settings.save_office(OfficeProfile("Kantor Imigrasi Kerinci", ("15.01", "15.02")))
        give_office_key()  # the key the test villages seal their exports to
        fill()
        fill_events()

    pdf = tmp_path / "rekap.pdf"
    done = cli("recap", "--data-dir", str(folder), "--period", "2026-11", "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"Rekap 2026-11: 4 catatan dari 3 desa/kelurahan, 3 kegiatan sosialisasi. Disimpan: {pdf}"
    )
    text = pdf_text(pdf)
    assert "KANTOR IMIGRASI KERINCI" in text and "Kabupaten Kerinci, Kabupaten Merangin" in text
    assert "Periode: November 2026" in text

    workbook = tmp_path / "rekap.xlsx"
    year = cli("recap", "--data-dir", str(folder), "--period", "2026", "--out", str(workbook))
    assert year.returncode == 0, year.stderr
    records = openpyxl.load_workbook(workbook).worksheets[-1]
    assert records.max_row == 6  # the heading and the five records of 2026
    quarter = cli(
        "recap",
        "--data-dir",
        str(folder),
        "--period",
        "2026-q4",
        "--out",
        str(tmp_path / "q4.pdf"),
        "--paper",
        "f4",
    )
    assert quarter.returncode == 0 and "Rekap 2026-Q4: 5 catatan" in quarter.stdout

    for bad, words in (
        (("--period", "2026-13", "--out", str(tmp_path / "x.pdf")), "bukan periode"),
        (("--period", "2026", "--out", str(tmp_path / "x.docx")), ".pdf atau .xlsx"),
        (("--period", "2026", "--out", str(tmp_path / "none" / "x.pdf")), "tidak ada"),
    ):
        refused = cli("recap", "--data-dir", str(folder), *bad)
        assert refused.returncode == 2 and words in refused.stderr, refused.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kantor",
        "q4.pdf",
        "rekap.pdf",
        "rekap.xlsx",
    ]


def test_the_command_line_refuses_a_village_folder(tmp_path):
    village = tmp_path / "desa"
    assert (
        cli(
            "init", "--data-dir", str(village), "--village", "15.02.02.2004", "--head", "N"
        ).returncode
        == 0
    )
    refused = cli(
        "recap", "--data-dir", str(village), "--period", "2026", "--out", str(tmp_path / "r.pdf")
    )
    assert refused.returncode == 2 and "bukan data kantor imigrasi" in refused.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_a_workbook_that_cannot_be_saved_is_explained(
    qtbot, office, indonesian, tmp_path, message_boxes
):
    fill()
    page = RecapPage(lambda: [], {}, today=lambda: date(2026, 12, 4))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.work_done, timeout=10000):
        page.calculate()
    missing = tmp_path / "tidak-ada" / "rekap.xlsx"
    with qtbot.waitSignal(page.work_done, timeout=10000):
        page.write_xlsx(missing)
    (shown,) = message_boxes.shown
    assert shown.text.startswith(f"Buku kerja tidak dapat disimpan di {missing.parent}.")
    assert page.xlsx_button.isEnabled()
