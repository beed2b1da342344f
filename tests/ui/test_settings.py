"""Pengaturan: editing the village profile, drafts, text size and language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.storage import profile_store, settings
from desktop.ui.i18n import Language, Translations
from desktop.ui.settings_page import DRAFT_KEY
from desktop.ui.style import TextSize
from tests.ui.helpers import KUNGKAI, navigation_labels, type_area_code


@pytest.fixture
def shell(make_shell):
    profile_store.save_profile(KUNGKAI)
    return make_shell()


def open_settings(window):
    window.show_page("pengaturan")
    return window.page("pengaturan")


def open_profile_tab(window, qtbot):
    settings = open_settings(window)
    assert settings.profile_tab is not None, "opening Pengaturan shows the profile form"
    qtbot.waitUntil(settings.profile_tab.isVisible, timeout=2000)
    return settings.profile_tab


def test_saving_the_profile_updates_the_title_and_the_home_page(shell, qtbot):
    tab = open_profile_tab(shell.window, qtbot)
    tab.form.head.set_text("head_name", "Ahmad Yani")

    tab.save_button.click()

    assert shell.window.windowTitle() == "Siaga TPPO — Desa Kungkai"
    home = shell.window.page("beranda")
    assert "Kepala desa: Ahmad Yani" in home.place.text()
    assert tab.notice.isVisibleTo(tab) and tab.notice.text() == "Data desa tersimpan."
    saved = profile_store.load_profile()
    assert (saved.village_code, saved.head_name) == ("15.02.02.2004", "Ahmad Yani")
    assert saved.office_phone == KUNGKAI.office_phone


def test_the_area_is_fixed_after_set_up_and_says_why(shell, qtbot):
    tab = open_profile_tab(shell.window, qtbot)
    picker = tab.form.area
    assert all(not combo.isEnabled() for combo in picker.combos.values())
    assert not picker.code_edit.isEnabled() and picker.code_edit.text() == "15.02.02.2004"
    assert "kodenya" in picker.hint.text()
    assert tab.code_change is not None and tab.code_change.button.isEnabled()


def test_a_real_code_change_is_its_own_confirmed_action(shell, qtbot, message_boxes):
    from desktop.exchange import keys
    from desktop.exchange.identity import signed_by

    tab = open_profile_tab(shell.window, qtbot)
    tab.form.head.set_text("head_name", "Ahmad Yani")  # typed, not saved yet: stays typed
    dialog = tab.code_change.dialog()
    qtbot.addWidget(dialog)
    type_area_code(dialog.picker, "15.02.02.2008")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "alasan" in dialog.error.text()

    dialog.reason.setText("Pemekaran desa, Perda Kabupaten Merangin 2026")
    dialog.accept()  # the question is answered with Batal: nothing changes
    assert message_boxes.shown[-1].title == "Ganti kode wilayah?"
    assert profile_store.load_profile().village_code == "15.02.02.2004"

    message_boxes.answer = "Ganti kode"
    dialog.accept()
    tab._code_changed(dialog.changed_to)

    saved = profile_store.load_profile()
    (change,) = profile_store.code_changes()
    assert (saved.village_code, saved.village_name) == ("15.02.02.2008", "Mudo")
    assert saved.head_name == KUNGKAI.head_name
    assert signed_by(change, bytes(keys.signing_key().verify_key))
    assert tab.form.area.code_edit.text() == "15.02.02.2008"
    assert tab.form.head.text("head_name") == "Ahmad Yani"
    assert shell.window.windowTitle() == "Siaga TPPO — Desa Mudo"


def test_an_invalid_phone_is_shown_and_nothing_is_saved(shell, qtbot):
    tab = open_profile_tab(shell.window, qtbot)
    tab.form.head.set_text("head_name", "Ahmad Yani")
    tab.form.head.set_text("office_phone", "12ab")

    tab.save_button.click()

    error = tab.form.head.rows["office_phone"].error
    assert error.isVisibleTo(tab)
    assert "hanya boleh berisi angka" in error.text()
    assert tab.notice.text() == "Ada isian yang perlu diperbaiki; lihat pesan berwarna merah."
    assert profile_store.load_profile() == KUNGKAI
    assert "Kepala desa: Siti Aminah" in shell.window.page("beranda").place.text()


def test_unsaved_changes_come_back_in_a_new_window_and_can_be_undone(shell, make_shell, qtbot):
    tab = open_profile_tab(shell.window, qtbot)
    editor = tab.form.head.rows["head_name"].editor
    editor.selectAll()
    qtbot.keyClicks(editor, "Budi Hartono")
    qtbot.waitUntil(
        lambda: (
            (profile_store.load_draft(DRAFT_KEY) or {}).get("fields", {}).get("head_name")
            == "Budi Hartono"
        ),
        timeout=3000,
    )
    shell.window.hide()

    again = open_profile_tab(make_shell().window, qtbot)

    assert again.form.head.text("head_name") == "Budi Hartono"
    assert again.notice.isVisibleTo(again)
    assert again.notice.text().startswith("Perubahan yang belum sempat disimpan telah dikembalikan")
    assert profile_store.load_profile() == KUNGKAI

    again.discard_button.click()

    assert again.form.head.text("head_name") == "Siti Aminah"
    assert not again.notice.isVisibleTo(again)
    assert profile_store.load_draft(DRAFT_KEY) is None


def test_text_size_changes_at_once_and_is_kept(shell, make_shell, qapp):
    display = open_settings(shell.window).display_tab
    assert qapp.font().pointSize() == 12
    assert display.size_buttons[TextSize.NORMAL].isChecked()

    display.size_buttons[TextSize.EXTRA_LARGE].click()

    assert qapp.font().pointSize() == 19
    assert settings.TEXT_SIZE.get() == "sangat_besar"

    display.size_buttons[TextSize.LARGE].click()
    assert qapp.font().pointSize() == 15

    again = open_settings(make_shell().window).display_tab
    assert qapp.font().pointSize() == 15
    assert again.size_buttons[TextSize.LARGE].isChecked()


def choose_language(window, code: str) -> None:
    combo = open_settings(window).display_tab.language
    index = combo.findData(code)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_switching_to_english_and_back_rebuilds_the_window(shell):
    first = shell.window

    choose_language(first, "en")

    english = shell.window
    assert english is not first
    assert not first.isVisible()
    assert english.isVisible()
    labels = navigation_labels(english)
    assert (labels[0], labels[-1]) == ("Home", "Settings")
    assert english.current_page_key() == "pengaturan"
    tabs = english.page("pengaturan").tabs
    tab_texts = [tabs.tabText(i) for i in range(tabs.count())]
    assert {"Village profile", "Display", "Backups", "About"} <= set(tab_texts)
    assert english.windowTitle() == "Siaga TPPO — Desa Kungkai"
    assert settings.LANGUAGE.get() == "en"

    choose_language(english, "id")

    labels = navigation_labels(shell.window)
    assert (labels[0], labels[-1]) == ("Beranda", "Pengaturan")
    assert settings.LANGUAGE.get() == "id"


def test_english_chosen_earlier_is_used_at_the_next_start(qapp, make_shell):
    profile_store.save_profile(KUNGKAI)
    settings.LANGUAGE.set("en")
    # Start-up installs Indonesian before the database is open, for its own error messages.
    Translations(qapp).install(Language.INDONESIAN)

    shell = make_shell()

    labels = navigation_labels(shell.window)
    assert (labels[0], labels[-1]) == ("Home", "Settings")
    assert QApplication.translate("SettingsPage", "Settings") == "Settings"
