"""Materi: reading, searching, the important contacts, presentation mode and printing."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.domain.content import load_leaflet_text, load_library, load_reviews
from desktop.domain.hotlines import load_hotlines
from desktop.domain.materials import Materials
from desktop.printing.leaflets import LeafletKind
from desktop.printing.paper import Paper
from desktop.resources import resource_path
from desktop.storage import profile_store
from desktop.ui.materi import MateriPage
from desktop.ui.materi.leaflet_job import LeafletJob
from desktop.ui.materi.presentation import PresentationWindow
from desktop.ui.materi.search_results import PLACE, SNIPPET
from desktop.ui.print_dialog import PrintDialog, prepare_printer, print_pdf
from desktop.ui.style import TextSize, apply_text_size
from tests.ui.helpers import (
    KUNGKAI,
    english_giveaways,
    navigation_labels,
    paragraphs_never_shown,
    visible_texts,
)


def materials(language: str = "id") -> Materials:
    content = resource_path("content")
    return Materials(
        load_library(content, language),
        load_leaflet_text(content, language),
        load_hotlines(resource_path("contacts", "hotlines.json")),
        load_reviews(content),
    )


@pytest.fixture
def page(qtbot) -> MateriPage:
    shown = MateriPage(materials(), lambda: KUNGKAI)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    return shown


def search(page: MateriPage, text: str) -> None:
    page.search_edit.setText(text)
    page.run_search()  # what the typing pause triggers


# --- reading -----------------------------------------------------------------------------------


def test_every_topic_renders_with_all_its_sections(page):
    for topic in page.library.topics:
        page.show_topic(topic.id)
        shown = page.browser.toPlainText()
        assert shown.startswith(topic.title)
        for section in topic.sections:
            assert section.title in shown, (topic.id, section.id)
        assert "**" not in shown and "{#" not in shown  # Markdown rendered, ids hidden


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.EXTRA_LARGE])
def test_no_paragraph_of_any_topic_is_left_off_the_screen(qapp, qtbot, size):
    """The reader Materi shares with the staff manual, where Qt left paragraphs after the
    coloured headings unlaid (a gap where they belong), shows every paragraph here too."""
    apply_text_size(qapp, size)  # before the page is made, as when the app starts
    page = MateriPage(materials(), lambda: KUNGKAI)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    for topic in page.library.topics:
        page.show_topic(topic.id)
        assert paragraphs_never_shown(page.browser) == [], topic.id


def test_materi_opens_at_the_top_of_the_first_topic(make_shell, qapp):
    """Not at its end (its list of sources), where the view used to open."""
    profile_store.save_profile(KUNGKAI)
    window = make_shell().window
    window.show_page("materi")
    for _ in range(3):
        qapp.processEvents()
    browser = window.page("materi").browser
    assert browser.verticalScrollBar().maximum() > 0  # a long topic: where it opens matters
    assert browser.verticalScrollBar().value() == 0
    top = browser.cursorForPosition(browser.viewport().rect().topLeft())
    assert top.block().text() == window.page("materi").library.topics[0].title


def test_choosing_a_section_opens_it_at_the_top(page):
    page.show_topic("modus", "jalur")
    assert page.browser.verticalScrollBar().value() > 0
    top = page.browser.cursorForPosition(page.browser.viewport().rect().topLeft())
    assert top.block().text().strip() in {"Jalur dari Jambi dan Sumatra", ""}
    assert page.toc.currentItem().text() == "Jalur dari Jambi dan Sumatra"


def test_the_contents_show_the_sections_of_the_open_topic_only(page):
    page.show_topic("tanda-bahaya")
    targets = page.toc_targets()
    assert ("topic", "tanda-bahaya", "ringkas") in targets
    assert not any(t[1:2] == ("modus",) and len(t) == 3 for t in targets)
    page.toc.itemClicked.emit(page.toc.item(targets.index(("topic", "modus"))))
    assert page.current == ("topic", "modus")
    assert ("topic", "modus", "jalur") in page.toc_targets()


def test_the_reader_follows_the_text_size_setting(page, qapp):
    assert page.browser.document().defaultFont().pointSize() == TextSize.NORMAL.points
    apply_text_size(qapp, TextSize.EXTRA_LARGE)
    QApplication.processEvents()
    assert page.browser.font().pointSize() == TextSize.EXTRA_LARGE.points
    assert page.browser.document().defaultFont().pointSize() == TextSize.EXTRA_LARGE.points


# --- searching ---------------------------------------------------------------------------------


def test_search_lists_the_parts_and_highlights_every_hit(page):
    search(page, "Dumai")
    expected = page.library.search("Dumai")
    assert page.left_stack.currentIndex() == 1
    assert page.results.count() == len(expected) > 3
    assert str(len(expected)) in page.result_count.text()

    page.results.itemClicked.emit(page.results.item(2))
    hit = expected[2]
    assert page.current == ("topic", hit.topic.id)
    marked = page.highlighted_texts()
    occurrences = page.browser.toPlainText().casefold().count("dumai")
    assert len(marked) == occurrences > 0
    assert {m.casefold() for m in marked} == {"dumai"}


def test_each_search_result_shows_where_it_is_and_the_words_around_it_apart(page, qtbot):
    search(page, "paspor")
    hit = page.library.search("paspor")[0]
    item = page.results.item(0)
    assert item.data(PLACE) == f"{hit.topic.title} › {hit.section.title}"
    assert item.data(SNIPPET) == hit.snippet
    # Drawn as two parts with space after: taller than the place and the snippet run together.
    line = page.results.fontMetrics().lineSpacing()
    assert page.results.visualItemRect(item).height() >= 3 * line
    assert "\n" in item.text()  # and read out in two parts


def test_several_words_are_all_highlighted(page):
    search(page, "paspor  WISATA")
    page.results.itemClicked.emit(page.results.item(0))
    marked = {m.casefold() for m in page.highlighted_texts()}
    assert marked == {"paspor", "wisata"}


def test_a_word_that_is_not_there_says_so_and_marks_nothing(page):
    search(page, "zzzkatayangtidakada")
    assert page.results.count() == 0
    assert "tidak ada di materi" in page.result_count.text()
    assert page.highlighted_texts() == []


def test_clearing_the_search_returns_to_the_contents(page):
    search(page, "Batam")
    page.results.itemClicked.emit(page.results.item(0))
    page.search_edit.clear()
    page.run_search()
    assert page.left_stack.currentIndex() == 0
    assert page.highlighted_texts() == []


# --- contacts and sources ----------------------------------------------------------------------


def test_important_contacts_list_verified_numbers_with_dates_and_the_village_contacts(page):
    page.show_contacts()
    shown = page.browser.toPlainText()
    for number in ("110", "129", "(021) 129", "08111-129-129", "0800-1000", "+62 21 2924 4800"):
        assert number in shown
    assert "0811-8080-141" not in shown  # never confirmed: not shipped
    assert shown.count("Diperiksa pada 4 Desember 2026") == 3
    assert "Kementerian P2MI/BP2MI" in shown
    assert "Kontak setempat Desa Kungkai" in shown
    assert "Serka Hadi — 0812-3456-7890" in shown
    assert "Siti Aminah" in shown and "0746-21234" in shown
    assert "Lengkapi nomor yang belum ada" in shown  # Bhabinkamtibmas etc. are missing


def test_important_contacts_show_the_profile_as_saved_now(qtbot):
    current = {"profile": KUNGKAI}
    shown = MateriPage(materials(), lambda: current["profile"])
    qtbot.addWidget(shown)
    current["profile"] = replace(KUNGKAI, office_phone="0746-99999")
    shown.show_contacts()
    assert "0746-99999" in shown.browser.toPlainText()


def test_sources_list_every_topic_and_the_qr_page(page):
    page.show_sources()
    shown = page.browser.toPlainText()
    assert shown.startswith("Sumber")
    for topic in page.library.topics:
        assert topic.title in shown
    assert "https://www.kp2mi.go.id" in shown
    assert "plbnews.web.id/2244" in shown
    # Every topic says when its facts were checked.
    assert shown.count("Diperiksa pada 4 Desember 2026.") == len(page.library.topics)


def test_the_materi_page_is_indonesian(page, qtbot):
    seen = visible_texts(page)
    page.show_contacts()
    search(page, "zzz")
    seen += visible_texts(page)
    assert {"Materi penyuluhan", "Kontak penting", "Mode presentasi"} <= set(seen)
    assert english_giveaways(seen) == []


def test_materi_is_the_first_page_after_home(make_shell):
    profile_store.save_profile(KUNGKAI)
    window = make_shell().window
    assert navigation_labels(window)[:2] == ["Beranda", "Materi"]
    window.show_page("materi")
    assert isinstance(window.page("materi"), MateriPage)


# --- presentation ------------------------------------------------------------------------------


@pytest.fixture
def slides(qtbot) -> PresentationWindow:
    window = PresentationWindow(load_library(resource_path("content"), "id"), "modus")
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.ensure_slides()
    return window


def test_presentation_starts_at_the_chosen_topic(slides):
    slide = slides.current_slide()
    assert slide.topic_title == "Modus yang sering terjadi"
    assert slide.markdown == ""  # the topic's title slide


@pytest.mark.parametrize(
    ("key", "step"),
    [
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Down, 1),
        (Qt.Key.Key_PageDown, 1),
        (Qt.Key.Key_Space, 1),
        (Qt.Key.Key_Left, -1),
        (Qt.Key.Key_Up, -1),
        (Qt.Key.Key_PageUp, -1),
    ],
)
def test_clicker_and_arrow_keys_move_one_slide(slides, qtbot, key, step):
    start = slides.index
    qtbot.keyClick(slides, key)
    assert slides.index == start + step


def test_home_end_and_the_ends_of_the_show(slides, qtbot):
    qtbot.keyClick(slides, Qt.Key.Key_Home)
    assert slides.index == 0
    qtbot.keyClick(slides, Qt.Key.Key_PageUp)
    assert slides.index == 0
    qtbot.keyClick(slides, Qt.Key.Key_End)
    assert slides.index == len(slides.slides) - 1
    qtbot.keyClick(slides, Qt.Key.Key_PageDown)
    assert slides.index == len(slides.slides) - 1


def test_b_blanks_the_screen_and_escape_leaves(slides, qtbot):
    qtbot.keyClick(slides, Qt.Key.Key_B)
    assert slides.blank
    qtbot.keyClick(slides, Qt.Key.Key_Right)
    assert not slides.blank
    qtbot.keyClick(slides, Qt.Key.Key_Escape)
    assert not slides.isVisible()


def test_every_section_is_on_slides_and_nothing_is_left_out(slides):
    library = slides.library
    shown = "\n".join(s.markdown for s in slides.slides)
    for topic in library.topics:
        for section in topic.teaching_sections:
            for block in section.blocks:
                assert block.text in shown, (topic.id, section.id)
    assert not any(s.title == "Sumber" for s in slides.slides)
    assert all(s.scale >= 0.8 for s in slides.slides)


def test_slides_fit_the_screen(slides):
    rect, _, _ = slides._frame()
    for slide in slides.slides:
        if not slide.markdown:
            continue
        available = rect.height() - slides._title_height(slide.title, rect.width())
        document = slides._document(slide.markdown, rect.width(), slide.scale)
        assert document.size().height() <= available + 1, slide.title


def test_a_long_section_continues_on_the_next_slide(slides):
    parts = [s for s in slides.slides if s.title.startswith("Jalur dari Jambi")]
    assert len(parts) >= 2
    assert parts[1].title == "Jalur dari Jambi dan Sumatra (lanjutan)"


def test_presentation_mode_opens_full_screen_from_the_page(page):
    page.show_topic("hak-korban")
    page.present_button.click()
    shown = page.presentation
    try:
        assert shown.isFullScreen()
        assert shown.current_slide().topic_title == "Hak korban"
    finally:
        shown.close()


# --- printing ----------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot):
    shown = PrintDialog(LeafletJob(materials(), KUNGKAI), printers=lambda: [])
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.pdf is not None, timeout=10_000)
    return shown


def test_without_a_printer_the_dialog_says_so_and_still_saves(dialog, qtbot, tmp_path, monkeypatch):
    assert dialog.no_printer.isVisible()
    assert "Belum ada printer" in dialog.no_printer.text()
    assert not dialog.print_button.isEnabled()
    assert dialog.save_button.isEnabled()

    target = tmp_path / "leaflet-kungkai"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_button.click()
    saved = target.with_name("leaflet-kungkai.pdf")
    assert saved.read_bytes() == dialog.pdf
    assert "Tersimpan" in dialog.status.text()


def test_the_preview_shows_the_pages_of_the_chosen_leaflet(dialog, qtbot):
    assert len(dialog.preview_images()) == 2  # tri-fold: outside and inside
    dialog.job.set_kind(LeafletKind.POSTER)
    dialog.set_paper(Paper.F4)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    images = dialog.preview_images()
    assert len(images) == 1
    assert images[0].height() / images[0].width() == pytest.approx(330 / 215, rel=0.01)
    page = PdfReader(io.BytesIO(dialog.pdf)).pages[0]
    assert "desa kungkai" in page.extract_text().casefold()


def test_the_printer_gets_f4_paper_and_the_pages(tmp_path, qtbot, dialog):
    dialog.job.set_kind(LeafletKind.TRIFOLD)
    dialog.set_paper(Paper.F4)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    prepare_printer(printer, Paper.F4, landscape=True, duplex=True)

    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape

    print_pdf(dialog.document, printer, [0, 1], dpi=60)
    printed = PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == 2
    for page in printed:
        width_mm = float(page.mediabox.width) / 72 * 25.4
        height_mm = float(page.mediabox.height) / 72 * 25.4
        assert (round(width_mm), round(height_mm)) == (330, 215)  # landscape F4


def test_a_printer_that_cannot_print_both_sides_gets_one_side_at_a_time(dialog):
    dialog.sides.setCurrentIndex(dialog.sides.findData("inside"))
    assert dialog.pages_to_print() == [1]
    assert not dialog.two_sided()
    dialog.sides.setCurrentIndex(dialog.sides.findData("both"))
    assert dialog.pages_to_print() == [0, 1]
    assert dialog.two_sided()  # asks the printer to turn the sheet on its short edge


def test_the_print_dialog_is_indonesian(dialog):
    seen = visible_texts(dialog)
    assert {"Cetak", "Simpan PDF…", "Tutup"} <= set(seen)
    assert english_giveaways(seen) == []


def test_printing_again_uses_the_village_details_as_they_are_now(qtbot, monkeypatch):
    current = {"profile": KUNGKAI}
    page = MateriPage(materials(), lambda: current["profile"])
    qtbot.addWidget(page)
    opened = []
    monkeypatch.setattr(PrintDialog, "exec", lambda self: opened.append(self) or 0)

    page.print_button.click()
    dialog = opened[0]
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    current["profile"] = replace(KUNGKAI, office_phone="0746-99999")
    page.print_button.click()

    assert opened[1] is dialog
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert "0746-99999" in text
