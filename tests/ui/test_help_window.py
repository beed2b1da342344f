"""Bantuan (F1): the staff manual opens from F1 and from the status bar in both windows, every
chapter is reachable from its list and from the links between chapters, the search narrows
the chapters and marks the words, the manual prints, and About is one button away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QPushButton

from desktop.domain.exchange import OfficeProfile
from desktop.domain.manual import load_manual
from desktop.storage import exchange_settings, profile_store
from desktop.ui import help_window
from desktop.ui.about import AboutDialog
from desktop.ui.help_window import HelpWindow, manual_folder
from desktop.ui.manual_job import ManualJob
from desktop.ui.print_dialog import PrintDialog
from desktop.ui.reader import highlighted_texts
from desktop.ui.style import TextSize, apply_text_size
from tests.ui.helpers import KUNGKAI, paragraphs_never_shown

MANUAL = load_manual(manual_folder())


@pytest.fixture
def village_window(make_shell):
    profile_store.save_profile(KUNGKAI)
    return make_shell().window


@pytest.fixture
def shown(qtbot) -> HelpWindow:
    window = HelpWindow(MANUAL)
    qtbot.addWidget(window)
    window.show()
    return window


def test_f1_opens_the_manual_at_its_first_chapter(village_window, qtbot):
    qtbot.keyClick(village_window, Qt.Key.Key_F1)
    helper = village_window.findChild(HelpWindow)
    assert helper is not None and helper.isVisible()
    assert helper.current_chapter() == "01-memulai.md"
    assert helper.browser.toPlainText().startswith("Memulai")


def test_f1_again_brings_back_the_same_window_where_it_was(village_window, qtbot):
    qtbot.keyClick(village_window, Qt.Key.Key_F1)
    helper = village_window.findChild(HelpWindow)
    helper.show_chapter("05-catatan-kejadian.md")
    helper.close()
    qtbot.keyClick(village_window, Qt.Key.Key_F1)
    assert village_window.findChildren(HelpWindow) == [helper]
    assert helper.isVisible() and helper.current_chapter() == "05-catatan-kejadian.md"


def test_the_status_bar_button_opens_the_manual_in_the_office_window_too(make_shell, area_index):
    exchange_settings.save_office(OfficeProfile("Kantor Imigrasi Kerinci", ("15.01", "15.02")))
    window = make_shell().window
    button = window.findChild(QPushButton, "helpButton")
    assert button.text() == "Bantuan (F1)"
    button.click()
    assert window.findChild(HelpWindow).isVisible()


def test_every_chapter_is_in_the_list_and_shows_its_text(shown):
    assert shown.chapters.count() == len(MANUAL.chapters) >= 10
    for row, chapter in enumerate(MANUAL.chapters):
        shown.chapters.setCurrentRow(row)
        assert shown.current_chapter() == chapter.name
        text = shown.browser.toPlainText()
        assert text.startswith(chapter.title)
        assert "**" not in text and "](" not in text  # Markdown rendered, not shown as typed


def test_every_link_between_chapters_leads_to_its_chapter(shown):
    links = [(c.name, target) for c in MANUAL.chapters for target in c.links()]
    assert len(links) >= 10
    for source, target in links:
        shown.show_chapter(source)
        shown.browser.anchorClicked.emit(QUrl(target))
        assert shown.current_chapter() == target


def test_search_keeps_the_chapters_holding_every_word_and_marks_them(shown):
    shown.search_edit.setText("Flashdisk PENUH")
    shown.run_search()
    expected = [c.name for c in MANUAL.search("flashdisk penuh")]
    assert shown.visible_chapters() == expected
    assert 0 < len(expected) < len(MANUAL.chapters)
    assert shown.current_chapter() in expected
    assert shown.result_count.text() == f"Ditemukan di {len(expected)} bab."
    marked = {m.casefold() for m in highlighted_texts(shown.browser)}
    assert marked == {"flashdisk", "penuh"}
    shown.search_edit.clear()
    shown.run_search()
    assert len(shown.visible_chapters()) == len(MANUAL.chapters)
    assert highlighted_texts(shown.browser) == []


def test_a_word_in_no_chapter_is_said_plainly(shown):
    shown.search_edit.setText("zzyzx")
    shown.run_search()
    assert shown.visible_chapters() == []
    assert shown.result_count.text() == "“zzyzx” tidak ada di panduan. Coba kata lain."


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.EXTRA_LARGE])
def test_no_paragraph_of_any_chapter_is_left_off_the_screen(qapp, shown, size):
    """Qt once left paragraphs after the coloured headings unlaid: a gap where they belong."""
    apply_text_size(qapp, size)
    for chapter in MANUAL.chapters:
        shown.show_chapter(chapter.name)
        assert paragraphs_never_shown(shown.browser) == [], chapter.name


def test_command_lines_wrap_rather_than_scroll_sideways(qapp, shown):
    apply_text_size(qapp, TextSize.EXTRA_LARGE)
    shown.show_chapter("10-perintah-teknis.md")
    assert paragraphs_never_shown(shown.browser) == []
    assert not shown.browser.horizontalScrollBar().isVisible()
    assert shown.browser.document().size().width() <= shown.browser.viewport().width()


def test_the_manual_prints_through_the_print_dialog(shown, monkeypatch):
    opened = []
    monkeypatch.setattr(PrintDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    shown.print_button.click()
    assert len(opened) == 1 and isinstance(opened[0].job, ManualJob)
    assert opened[0].job.document.manual == MANUAL
    assert shown.print_button.text() == "&Cetak panduan (PDF)…"


def test_about_is_reachable_from_the_help_window(shown, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    shown.about_button.click()
    assert len(opened) == 1


def test_a_manual_that_cannot_be_read_is_said_and_opens_nothing(
    village_window, qtbot, monkeypatch, tmp_path, message_boxes
):
    monkeypatch.setattr(help_window, "manual_folder", lambda: tmp_path)
    qtbot.keyClick(village_window, Qt.Key.Key_F1)
    assert village_window.findChild(HelpWindow) is None
    assert message_boxes.shown[0].text == "Panduan tidak dapat dibaca. Pasang ulang Siaga TPPO."
