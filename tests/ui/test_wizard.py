"""The first-run wizard: choosing the village, checking the head's details, drafts, finishing."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from desktop.domain.area import Level
from desktop.domain.profile import Contact, ContactRole
from desktop.storage import profile_store
from desktop.ui.style import TextSize
from desktop.ui.wizard import DRAFT_KEY, AreaPage, ContactsPage, HeadPage, SummaryPage
from tests.ui.helpers import KUNGKAI, choose_with_lists, press, shown_names, type_area_code

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
KUNGKAI_CHAIN = ("15", "15.02", "15.02.02", "15.02.02.2004")


def open_wizard(make_shell):
    shell = make_shell()
    assert shell.wizard is not None
    return shell, shell.wizard


def go_to(wizard: QWizard, page_type: type) -> None:
    while not isinstance(wizard.currentPage(), page_type):
        before = wizard.currentId()
        press(wizard, NEXT)
        assert wizard.currentId() != before, f"stuck on {type(wizard.currentPage()).__name__}"


def test_empty_database_starts_with_the_wizard(make_shell):
    shell, wizard = open_wizard(make_shell)

    assert wizard.isVisible()
    assert shell.window is None
    assert wizard.windowTitle() == "Siaga TPPO — siapkan data desa Anda"
    assert wizard.button(NEXT).text().replace("&", "") == "Lanjut >"


def test_next_is_disabled_until_a_village_is_chosen_from_the_lists(make_shell):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    assert isinstance(wizard.currentPage(), AreaPage)
    picker = wizard.form.area
    next_button = wizard.button(NEXT)

    assert not next_button.isEnabled()
    for depth in range(1, 4):
        choose_with_lists(picker, *KUNGKAI_CHAIN[:depth])
        assert not next_button.isEnabled(), f"Next enabled with only {depth} levels chosen"
    choose_with_lists(picker, *KUNGKAI_CHAIN)

    assert next_button.isEnabled()
    assert shown_names(picker) == ["Jambi", "Kabupaten Merangin", "Bangko", "Kungkai"]
    assert picker.code_edit.text() == "15.02.02.2004"


def test_choosing_another_province_clears_the_levels_below(make_shell):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    picker = wizard.form.area
    choose_with_lists(picker, *KUNGKAI_CHAIN)

    picker.combos[Level.PROVINCE].select_code("11")

    assert picker.combos[Level.PROVINCE].currentText() == "Aceh"
    assert [picker.combos[lv].currentText() for lv in Level][1:] == ["", "", ""]
    assert not picker.combos[Level.DISTRICT].isEnabled()
    assert picker.code_edit.text() == ""
    assert not wizard.button(NEXT).isEnabled()


def test_typing_the_area_code_fills_every_list(make_shell):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    picker = wizard.form.area

    type_area_code(picker, "1502022004")

    assert shown_names(picker) == ["Jambi", "Kabupaten Merangin", "Bangko", "Kungkai"]
    assert wizard.button(NEXT).isEnabled()
    assert not picker.error.isVisibleTo(wizard)


def test_an_unknown_area_code_is_explained_in_indonesian(make_shell):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    picker = wizard.form.area

    type_area_code(picker, "15.02.02.9999")

    assert picker.error.isVisibleTo(wizard)
    assert "Kode wilayah 15.02.02.9999 tidak ditemukan" in picker.error.text()
    assert picker.village_code() == ""
    assert not wizard.button(NEXT).isEnabled()


def test_an_invalid_phone_keeps_the_head_page_open_with_an_indonesian_message(make_shell):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)
    head = wizard.form.head
    head.set_text("head_name", "Siti Aminah")
    head.set_text("office_phone", "12ab")

    press(wizard, NEXT)

    assert isinstance(wizard.currentPage(), HeadPage)
    error = head.rows["office_phone"].error
    assert error.isVisibleTo(wizard)
    assert "Telepon kantor desa hanya boleh berisi angka" in error.text()

    head.set_text("office_phone", "0746-21234")
    press(wizard, NEXT)

    assert isinstance(wizard.currentPage(), ContactsPage)


def test_the_head_name_is_required(make_shell):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)

    press(wizard, NEXT)

    assert isinstance(wizard.currentPage(), HeadPage)
    error = wizard.form.head.rows["head_name"].error
    assert error.isVisibleTo(wizard)
    assert error.text() == "Nama kepala desa/lurah wajib diisi."


def test_an_invalid_contact_phone_keeps_the_contacts_page_open(make_shell):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)
    wizard.form.head.set_text("head_name", "Siti Aminah")
    press(wizard, NEXT)
    wizard.form.contacts.set_text("contact.babinsa.phone", "812")

    press(wizard, NEXT)

    assert isinstance(wizard.currentPage(), ContactsPage)
    error = wizard.form.contacts.rows["contact.babinsa.phone"].error
    assert error.isVisibleTo(wizard)
    assert "Babinsa: Telepon harus diawali 0 atau +62" in error.text()


def test_finishing_saves_the_profile_and_opens_the_main_window(make_shell):
    shell, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    choose_with_lists(wizard.form.area, *KUNGKAI_CHAIN)
    press(wizard, NEXT)
    head = wizard.form.head
    head.set_text("head_name", "  Siti   Aminah ")
    head.set_text("office_phone", "0746-21234")
    head.set_text("office_address", "Jalan Lintas Sumatera Km 3")
    press(wizard, NEXT)
    wizard.form.contacts.set_text("contact.babinsa.name", "Serka Hadi")
    wizard.form.contacts.set_text("contact.babinsa.phone", "0812-3456-7890")
    press(wizard, NEXT)

    assert isinstance(wizard.currentPage(), SummaryPage)
    summary = wizard.currentPage().summary.text()
    assert "Desa Kungkai" in summary
    assert "Kecamatan Bangko, Kabupaten Merangin, Jambi" in summary
    assert "Kode wilayah: 15.02.02.2004" in summary
    assert "Kepala desa: Siti Aminah" in summary

    press(wizard, FINISH)

    assert profile_store.load_profile() == KUNGKAI
    assert profile_store.load_draft(DRAFT_KEY) is None
    assert not wizard.isVisible()
    assert shell.window is not None and shell.window.isVisible()
    assert "Desa Kungkai" in shell.window.windowTitle()


def test_typing_is_kept_as_a_draft_and_restored_in_a_new_wizard(make_shell, qtbot, message_boxes):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)
    qtbot.keyClicks(wizard.form.head.rows["head_name"].editor, "Siti Aminah")
    qtbot.waitUntil(
        lambda: (
            (profile_store.load_draft(DRAFT_KEY) or {}).get("fields", {}).get("head_name")
            == "Siti Aminah"
        ),
        timeout=3000,
    )
    wizard.hide()
    wizard.deleteLater()

    _, again = open_wizard(make_shell)

    assert again.form.head.text("head_name") == "Siti Aminah"
    assert shown_names(again.form.area) == ["Jambi", "Kabupaten Merangin", "Bangko", "Kungkai"]
    assert message_boxes.shown == []


def test_closing_asks_first_and_keeps_what_was_typed(make_shell, message_boxes):
    _, wizard = open_wizard(make_shell)
    press(wizard, NEXT)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)
    wizard.form.contacts.set_text("contact.babinsa.name", "Serka Hadi")

    message_boxes.answer = "Lanjutkan penyiapan"
    wizard.close()

    assert wizard.isVisible()
    question = message_boxes.shown[0]
    assert question.title == "Tutup penyiapan?"
    assert question.buttons == ["Tutup penyiapan", "Lanjutkan penyiapan"]

    message_boxes.answer = "Tutup penyiapan"
    wizard.close()

    assert not wizard.isVisible()
    draft = profile_store.load_draft(DRAFT_KEY)
    assert draft is not None
    assert draft["village_code"] == "15.02.02.2004"
    assert draft["fields"]["contact.babinsa.name"] == "Serka Hadi"


def test_the_chosen_text_size_applies_at_once_and_is_remembered(make_shell, qapp):
    _, wizard = open_wizard(make_shell)
    assert qapp.font().pointSize() == 12

    wizard.welcome.buttons[TextSize.EXTRA_LARGE].click()

    assert qapp.font().pointSize() == 19
    assert profile_store.get_setting("text_size") == "sangat_besar"


def test_finishing_from_a_restored_draft_shows_its_contact_on_the_home_page(make_shell):
    profile_store.save_draft(
        DRAFT_KEY,
        {
            "village_code": "15.02.02.2004",
            "fields": {"head_name": "Siti Aminah", "contact.babinsa.name": "Serka Hadi"},
        },
    )
    shell, wizard = open_wizard(make_shell)
    go_to(wizard, SummaryPage)

    press(wizard, FINISH)

    saved = profile_store.load_profile()
    assert saved is not None
    assert saved.contact(ContactRole.BABINSA) == Contact("Serka Hadi", "")
    home = shell.window.page("beranda")
    assert "Babinsa: Serka Hadi" in home.contacts.text()
