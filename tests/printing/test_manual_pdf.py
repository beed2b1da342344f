"""The printed staff manual: every chapter, each from the page its list says, "Halaman x dari
y" on every page, on A4 and F4."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from desktop.domain.content import plain_text
from desktop.domain.manual import BlockKind, load_manual
from desktop.printing.manual_pdf import ManualPrint, build_manual_pdf, markup
from desktop.printing.pages import PageMarks
from desktop.printing.paper import Paper
from desktop.resources import resource_path

MANUAL = load_manual(resource_path("manual", "id"))


def _document() -> ManualPrint:
    return ManualPrint(
        manual=MANUAL,
        title="Panduan staf Siaga TPPO",
        subtitle="Versi 0.1.0 · dicetak 5 Desember 2026",
        contents="Daftar isi",
        marks=PageMarks("Halaman {page} dari {pages}", footer="Panduan staf Siaga TPPO"),
    )


def _pages(paper: Paper) -> list[str]:
    reader = PdfReader(io.BytesIO(build_manual_pdf(_document(), paper)))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.mark.parametrize("paper", list(Paper))
def test_every_chapter_starts_on_the_page_the_contents_list_gives(paper):
    pages = _pages(paper)
    contents = pages[0]
    assert contents.startswith("Panduan staf Siaga TPPO")
    for number, chapter in enumerate(MANUAL.chapters, start=1):
        listed = re.search(rf"{number}\. {re.escape(chapter.title)} (\d+)", contents)
        assert listed is not None, chapter.title
        start = pages[int(listed.group(1)) - 1]
        assert start.startswith(f"{number}. {chapter.title}"), (chapter.title, start[:80])


@pytest.mark.parametrize("paper", list(Paper))
def test_every_page_says_which_page_of_how_many(paper):
    pages = _pages(paper)
    assert len(pages) > len(MANUAL.chapters)
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in text


def test_every_paragraph_and_command_is_printed():
    footer = re.compile(
        r"(Panduan staf Siaga TPPO )?Halaman \d+ dari \d+( Panduan staf Siaga TPPO)?$"
    )
    printed = "".join(footer.sub("", page) for page in _pages(Paper.A4))
    squeezed = re.sub(r"\s+", "", printed)
    for chapter in MANUAL.chapters:
        for block in chapter.blocks:
            words = block.text if block.kind is BlockKind.CODE else plain_text(block.text)
            assert re.sub(r"\s+", "", words) in squeezed, (chapter.name, block.text[:60])


def test_inline_markdown_becomes_paragraph_markup():
    assert markup("Tekan **Simpan** lalu *Tutup*.") == "Tekan <b>Simpan</b> lalu <i>Tutup</i>."
    assert markup("[bab Kirim](07-kirim-dan-ekspor.md)") == "bab Kirim"
    code = markup("ketik `siaga-tppo --demo <x> *a*`")
    assert "&lt;x&gt;" in code and "*a*" in code and "<i>" not in code
    assert markup("A & B < C") == "A &amp; B &lt; C"
