"""The printed result sheet of a job-offer check: paper, fonts, and what is printed on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray
from reportlab.lib.units import mm

from desktop.printing.checklist_sheet import Item, ResultSheet, Section, build_result_sheet
from desktop.printing.paper import Paper

QtPdf = pytest.importorskip("PySide6.QtPdf")


def sheet(**changes) -> ResultSheet:
    base = {
        "heading": "Hasil Cek Tawaran Kerja",
        "place": "Desa Kungkai, Kecamatan Bangko, Kabupaten Merangin, Jambi",
        "level_key": "sangat_tinggi",
        "level_words": "Risiko sangat tinggi",
        "level_meaning": "Ada tanda bahaya yang jelas.",
        "footer": "Dicetak 29 November 2026. Daftar pertanyaan versi 1.",
        "page_label": "Halaman {page} dari {pages}",
        "contacts": (Section("Hubungi", (Item("Polisi: 110."), Item("SAPA: 129."))),),
        "sections": (
            Section(
                "Langkah berikutnya",
                (Item("Cek izin perusahaan ke BP3MI."), Item("Hubungi Kantor Imigrasi.")),
                numbered=True,
            ),
            Section(
                "Dijawab Ya",
                (Item("Apakah warga akan bekerja dengan visa turis?", "TANDA BAHAYA"),),
            ),
            Section("Perlu dicek", (), empty="Tidak ada."),
            Section("Kosong", ()),
        ),
    }
    base.update(changes)
    return ResultSheet(**base)


@pytest.fixture(autouse=True)
def application(qapp):
    """Qt PDF reads the sheets back; pytest-qt's application serves every test of the run."""
    return qapp


def pdf_text(pdf: bytes) -> tuple[list[str], list[tuple[float, float]]]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QtPdf.QPdfDocument()
    document.load(buffer)
    assert document.status() == QtPdf.QPdfDocument.Status.Ready
    pages = range(document.pageCount())
    texts = [document.getAllText(p).text() for p in pages]
    sizes = [(document.pagePointSize(p).width(), document.pagePointSize(p).height()) for p in pages]
    document.close()
    return texts, sizes


@pytest.mark.parametrize(("paper", "size_mm"), [(Paper.A4, (210, 297)), (Paper.F4, (215, 330))])
def test_the_sheet_is_printed_on_the_chosen_paper_with_level_steps_and_reasons(paper, size_mm):
    texts, sizes = pdf_text(build_result_sheet(sheet(), paper))
    assert [(round(w / mm), round(h / mm)) for w, h in sizes] == [size_mm]
    text = " ".join(" ".join(texts).split())
    assert "RISIKO SANGAT TINGGI" in text
    assert "Ada tanda bahaya yang jelas." in text
    assert "1. Cek izin perusahaan ke BP3MI." in text
    assert "TANDA BAHAYA: Apakah warga akan bekerja dengan visa turis?" in text
    assert "Perlu dicek Tidak ada." in text
    assert "Kosong" not in text  # an empty section without a note is left out
    assert "Halaman 1 dari 1" in text and "Daftar pertanyaan versi 1." in text


def test_fonts_are_embedded_and_no_unembedded_font_is_referenced():
    pdf = build_result_sheet(sheet(), Paper.A4)
    assert b"/FontFile2" in pdf
    assert b"Helvetica" not in pdf


def test_details_appear_only_when_given_and_user_text_is_printed_literally():
    plain = build_result_sheet(sheet(), Paper.A4)
    assert "PT <Maju> & Co" not in " ".join(pdf_text(plain)[0])
    details = (("Inisial", "S.A."), ("Perusahaan", "PT <Maju> & Co"))
    named = build_result_sheet(sheet(details=details, details_title="Tentang tawaran"), Paper.A4)
    text = " ".join(" ".join(pdf_text(named)[0]).split())
    assert "Tentang tawaran" in text and "S.A." in text and "PT <Maju> & Co" in text


def test_a_long_result_flows_onto_pages_numbered_x_of_y():
    many = tuple(
        Item(f"Langkah nomor {n} yang cukup panjang untuk dibaca keluarga.") for n in range(80)
    )
    pdf = build_result_sheet(sheet(sections=(Section("Langkah", many, numbered=True),)), Paper.A4)
    texts, sizes = pdf_text(pdf)
    assert len(sizes) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {len(texts)}" in text
    assert "80." in " ".join(texts)
    # Whom to call comes right after the level, so a long result never pushes it off page 1.
    assert "Polisi: 110." in texts[0] and "SAPA: 129." in texts[0]
    assert "Polisi: 110." not in " ".join(texts[1:])
