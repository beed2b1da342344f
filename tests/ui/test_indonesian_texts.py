"""Every text the user sees is Indonesian: catches strings left untranslated at run time."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from desktop.storage import profile_store, settings
from desktop.ui.about import AboutDialog
from desktop.ui.crash_dialog import CrashDialog
from desktop.ui.wizard import ContactsPage, HeadPage
from tests.ui.helpers import KUNGKAI, english_giveaways, press, type_area_code, visible_texts

NEXT = QWizard.WizardButton.NextButton


def test_every_wizard_page_is_indonesian_including_its_error_messages(
    make_shell, qtbot, message_boxes
):
    wizard = make_shell().wizard
    seen = visible_texts(wizard)
    press(wizard, NEXT)
    type_area_code(wizard.form.area, "99.99.99.9999")
    seen += visible_texts(wizard)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)
    press(wizard, NEXT)  # no head name: an error
    wizard.form.head.set_text("office_phone", "12ab")
    press(wizard, NEXT)
    assert isinstance(wizard.currentPage(), HeadPage)
    seen += visible_texts(wizard)
    wizard.form.head.set_text("head_name", "Siti Aminah")
    wizard.form.head.set_text("office_phone", "")
    press(wizard, NEXT)
    wizard.form.contacts.set_text("contact.babinsa.phone", "0812")
    press(wizard, NEXT)
    assert isinstance(wizard.currentPage(), ContactsPage)
    seen += visible_texts(wizard)
    wizard.form.contacts.set_text("contact.babinsa.phone", "")
    press(wizard, NEXT)
    seen += visible_texts(wizard)
    wizard.close()  # asks first; the recorder answers nothing, so it stays open
    for box in message_boxes.shown:
        seen += [box.title, box.text, *box.buttons]

    assert len(seen) > 60
    found = english_giveaways(seen)
    assert not found, "English text on screen:\n" + "\n".join(found)


def test_every_page_and_tab_of_the_main_window_is_indonesian(make_shell, qtbot, message_boxes):
    profile_store.save_profile(KUNGKAI)
    window = make_shell().window
    seen = []
    for key in window.page_keys():
        window.show_page(key)
        seen += visible_texts(window)
    window.show_page("pengaturan")
    settings = window.page("pengaturan")
    qtbot.waitUntil(lambda: settings.profile_tab is not None and settings.profile_tab.isVisible())
    settings.profile_tab.form.head.set_text("office_phone", "12ab")
    settings.profile_tab.save_button.click()
    seen += visible_texts(window)
    for index in range(1, settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        seen += visible_texts(window)
    backups = settings.backup_tab
    settings.tabs.setCurrentWidget(backups)
    backups.backup_button.click()
    qtbot.waitUntil(lambda: backups.list.count() == 2, timeout=5000)
    backups.restore_button.click()  # asks first; the recorder answers nothing
    seen += visible_texts(window)
    for box in message_boxes.shown:
        seen += [box.title, box.text, *box.buttons]

    assert {"Cadangan", "Tentang", "Simpan data desa", "Ukuran teks"} <= set(seen)
    assert any("dibuat manual" in text for text in seen)
    found = english_giveaways(seen)
    assert not found, "English text on screen:\n" + "\n".join(found)


def test_the_about_and_error_dialogs_are_indonesian(make_shell, qtbot, tmp_path):
    profile_store.save_profile(KUNGKAI)
    make_shell()  # installs the translation, as at every start
    about = AboutDialog()
    crash = CrashDialog("Traceback ...", tmp_path / "log" / "siaga.log")
    seen = []
    for dialog in (about, crash):
        qtbot.addWidget(dialog)
        dialog.show()
        seen += visible_texts(dialog)

    assert "Tentang Siaga TPPO" in seen
    assert "Terjadi kesalahan" in seen
    found = english_giveaways(seen)
    assert not found, "English text on screen:\n" + "\n".join(found)


def test_the_check_does_find_english_text(make_shell):
    """Guards the checks above: with English chosen, the same walk finds English words."""
    profile_store.save_profile(KUNGKAI)
    settings.LANGUAGE.set("en")
    window = make_shell().window

    found = english_giveaways(visible_texts(window))

    assert any("'Home'" in f for f in found)
    assert any("'Settings'" in f for f in found)
