"""The staff manual as shipped: its chapters read, ship with the app, are listed where readers
of the repository look, and use only the Markdown both the window and the paper show."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.domain.manual import BlockKind, ManualUnreadable, load_manual, parse_chapter
from desktop.resources import REQUIRED_RESOURCES, resource_path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = resource_path("manual", "id")
INDEX = ROOT / "docs" / "manual" / "id" / "README.md"
MANUAL = load_manual(FOLDER)

CHAPTERS = (
    "Memulai",
    "Beranda",
    "Materi dan leaflet",
    "Cek Tawaran Kerja",
    "Catatan Kejadian",
    "Kegiatan sosialisasi",
    "Kirim & Ekspor",
    "Pengaturan, keamanan, dan cadangan",
    "Untuk kantor imigrasi",
    "Perintah untuk petugas teknis",
    "Masalah umum dan pesan kesalahan",
)


def test_the_manual_has_every_chapter_the_staff_need():
    assert tuple(c.title for c in MANUAL.chapters) == CHAPTERS
    assert all(len(c.blocks) >= 8 for c in MANUAL.chapters)


def test_every_chapter_ships_with_the_app_and_the_self_test_checks_it():
    required = {parts[-1] for parts in REQUIRED_RESOURCES if parts[:2] == ("manual", "id")}
    assert required == {c.name for c in MANUAL.chapters}


def test_the_repository_lists_every_chapter_where_readers_look():
    index = INDEX.read_text(encoding="utf-8")
    listed = re.findall(r"\[([^\]]+)\]\(([^)]+)\)", index)
    chapters = [(c.title, c.name) for c in MANUAL.chapters]
    assert [(title, Path(target).name) for title, target in listed] == chapters
    for _, target in listed:
        assert (INDEX.parent / target).resolve() == (FOLDER / Path(target).name).resolve()


def test_the_office_chapter_covers_every_office_page():
    office = MANUAL.chapter("09-kantor-imigrasi.md")
    headings = [b.text for b in office.blocks if b.kind is BlockKind.HEADING]
    for page in (
        "Impor",
        "Desa",
        "Daftar gabungan",
        "Status desa",
        "Cek dari desa",
        "Rekap",
        "Pola lintas desa",
        "Isi untuk desa",
        "Sosialisasi",
    ):
        assert page in headings
    assert "Token desa" in office.plain


def test_search_finds_the_chapters_holding_every_word_in_any_case():
    found = [c.name for c in MANUAL.search("KUNCI pemulihan")]
    assert "01-memulai.md" in found and "11-masalah-umum.md" in found
    assert all("kunci pemulihan" in c.plain.casefold() for c in MANUAL.search("kunci pemulihan"))
    assert MANUAL.search("") == list(MANUAL.chapters)
    assert MANUAL.search("zzyzx") == []


def test_a_chapter_reads_into_headings_paragraphs_lists_and_commands():
    chapter = parse_chapter(
        Path("01-contoh.md"),
        "# Contoh\n\nSatu paragraf\nyang panjang.\n\n## Bagian\n\n1. Pertama\n   - di dalam\n"
        "2. Kedua [lihat](02-lain.md)\n\n```\nsiaga-tppo --help\n```\n",
    )
    assert chapter.title == "Contoh"
    kinds = [(b.kind, b.level) for b in chapter.blocks]
    assert kinds == [
        (BlockKind.PARAGRAPH, 0),
        (BlockKind.HEADING, 2),
        (BlockKind.NUMBERED, 0),
        (BlockKind.BULLET, 1),
        (BlockKind.NUMBERED, 0),
        (BlockKind.CODE, 0),
    ]
    assert chapter.blocks[0].text == "Satu paragraf yang panjang."
    assert chapter.blocks[4].number == 2
    assert chapter.blocks[5].text == "siaga-tppo --help"
    assert chapter.links() == ["02-lain.md"]


@pytest.mark.parametrize(
    "text",
    [
        "Judul tanpa tanda pagar\n",
        "# Judul\n\n# Judul kedua\n",
        "# Judul\n\n| a | b |\n",
        "# Judul\n\n<b>tebal</b>\n",
        "# Judul\n\n![gambar](x.png)\n",
        "# Judul\n\n> kutipan\n",
        "# Judul\n\nLihat [situs](https://example.org).\n",
        "# Judul\n\n- satu\n      - terlalu dalam\n",
        "# Judul\n\n```\nbelum ditutup\n",
    ],
)
def test_markdown_the_printed_manual_cannot_show_is_refused(text):
    with pytest.raises(ManualUnreadable):
        parse_chapter(Path("01-contoh.md"), text)


def test_a_link_to_a_chapter_that_does_not_exist_is_refused(tmp_path):
    (tmp_path / "01-satu.md").write_text("# Satu\n\nLihat [dua](02-dua.md).\n", encoding="utf-8")
    with pytest.raises(ManualUnreadable):
        load_manual(tmp_path)


def test_a_folder_without_chapters_is_refused(tmp_path):
    with pytest.raises(ManualUnreadable):
        load_manual(tmp_path)
