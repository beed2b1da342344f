"""The first-run wizard: choosing the village, checking the head's details, drafts, finishing."""

from __future__ import annotations

import errno
from contextlib import contextmanager

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWizard

from desktop.app import Shell
from desktop.domain.area import Level
from desktop.domain.exchange import OfficeProfile
from desktop.domain.profile import Contact, ContactRole
from desktop.domain.security import AuditKind
from desktop.paths import DataPaths
from desktop.printing.paper import Paper
from desktop.storage import audit, keystore, profile_store, settings, setup_draft
from desktop.storage.db import is_plain_sqlite
from desktop.storage.exchange_settings import load_office
from desktop.storage.installation import Installation, Protection, protection_of
from desktop.storage.protected import open_protected
from desktop.ui.exchange.office import OfficeSetupPage
from desktop.ui.i18n import Language, Translations
from desktop.ui.recovery import open_data
from desktop.ui.security import startup
from desktop.ui.security.setup_wizard import PassphrasePage
from desktop.ui.style import TextSize
from desktop.ui.wizard import (
    DRAFT_KEY,
    PASSPHRASE,
    RECOVERY,
    AreaPage,
    ContactsPage,
    FileDraft,
    HeadPage,
    RolePage,
    SummaryPage,
    WelcomePage,
    WelcomeWizard,
    finish_set_up,
)
from tests.ui.helpers import (
    KUNGKAI,
    cheap_kdf,
    choose_with_lists,
    english_giveaways,
    plain,
    press,
    shown_names,
    type_area_code,
    visible_texts,
)
from tests.ui.test_incidents import pdf_text

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
KUNGKAI_CHAIN = ("15", "15.02", "15.02.02", "15.02.02.2004")


def open_wizard(make_shell):
    shell = make_shell()
    assert shell.wizard is not None
    return shell, shell.wizard


def to_area(wizard: QWizard) -> None:
    """From the welcome page past "this computer" (a village office) to the village."""
    press(wizard, NEXT)
    assert isinstance(wizard.currentPage(), RolePage)
    press(wizard, NEXT)
    assert isinstance(wizard.currentPage(), AreaPage)


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
    to_area(wizard)
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
    to_area(wizard)
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
    to_area(wizard)
    picker = wizard.form.area

    type_area_code(picker, "1502022004")

    assert shown_names(picker) == ["Jambi", "Kabupaten Merangin", "Bangko", "Kungkai"]
    assert wizard.button(NEXT).isEnabled()
    assert not picker.error.isVisibleTo(wizard)


def test_an_unknown_area_code_is_explained_in_indonesian(make_shell):
    _, wizard = open_wizard(make_shell)
    to_area(wizard)
    picker = wizard.form.area

    type_area_code(picker, "15.02.02.9999")

    assert picker.error.isVisibleTo(wizard)
    assert "Kode wilayah 15.02.02.9999 tidak ditemukan" in picker.error.text()
    assert picker.village_code() == ""
    assert not wizard.button(NEXT).isEnabled()


def test_an_invalid_phone_keeps_the_head_page_open_with_an_indonesian_message(make_shell):
    _, wizard = open_wizard(make_shell)
    to_area(wizard)
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
    to_area(wizard)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)

    press(wizard, NEXT)

    assert isinstance(wizard.currentPage(), HeadPage)
    error = wizard.form.head.rows["head_name"].error
    assert error.isVisibleTo(wizard)
    assert error.text() == "Nama kepala desa/lurah wajib diisi."


def test_an_invalid_contact_phone_keeps_the_contacts_page_open(make_shell):
    _, wizard = open_wizard(make_shell)
    to_area(wizard)
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
    to_area(wizard)
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
    to_area(wizard)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)
    qtbot.keyClicks(wizard.form.head.rows["head_name"].editor, "Siti Aminah")
    qtbot.waitUntil(
        lambda: (
            (profile_store.load_draft(DRAFT_KEY) or {})
            .get("village", {})
            .get("fields", {})
            .get("head_name")
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
    to_area(wizard)
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
    assert draft["role"] == "desa"
    assert draft["village"]["village_code"] == "15.02.02.2004"
    assert draft["village"]["fields"]["contact.babinsa.name"] == "Serka Hadi"


def test_the_chosen_text_size_applies_at_once_and_is_remembered(make_shell, qapp):
    _, wizard = open_wizard(make_shell)
    assert qapp.font().pointSize() == 12

    wizard.welcome.buttons[TextSize.EXTRA_LARGE].click()

    assert qapp.font().pointSize() == 19
    assert settings.TEXT_SIZE.get() == "sangat_besar"


def test_a_draft_of_the_earlier_village_wizard_is_finished_and_shown_on_the_home_page(make_shell):
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


# --- a first start: one wizard from a new folder to a protected village ----------------------

PASSPHRASE_TYPED = "kebun kopi di bukit"


@pytest.fixture
def new_folder(tmp_path, monkeypatch) -> DataPaths:
    cheap_kdf(monkeypatch)
    return DataPaths.resolve(tmp_path / "baru")


@pytest.fixture
def welcome(qapp, area_index, new_folder):
    """Builds the welcome wizard of a new folder as run_gui does, in the language given. The
    wizards are hidden and deleted afterwards (closing one asks a question)."""
    Translations(qapp).install(Language.INDONESIAN)  # as run_gui does before it
    built: list[WelcomeWizard] = []

    def build(language: Language = Language.INDONESIAN) -> WelcomeWizard:
        wizard = WelcomeWizard(
            area_index,
            FileDraft(new_folder),
            language=language,
            text_size=TextSize.NORMAL,
            on_text_size=lambda _size: None,
            protect=new_folder,
        )
        built.append(wizard)
        wizard.show()
        return wizard

    yield build
    for wizard in built:
        if shiboken6.isValid(wizard):  # a test may have cleared the screen itself
            wizard.hide()
            wizard.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@contextmanager
def opened(paths: DataPaths, key):
    """The new data as run_gui opens it after the wizard; the windows built on it go first."""
    installation = Installation(paths, key, new=True)
    assert open_data(installation)
    with closed_after(installation):
        yield installation


@contextmanager
def closed_after(installation: Installation):
    """The windows built on ``installation`` go, then the data closes."""
    try:
        yield installation
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.hide()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        installation.close()


def started(qapp, installation: Installation, area_index) -> Shell:
    shell = Shell(qapp, installation, index_factory=lambda: area_index)
    shell.start()
    return shell


def fill_village(wizard: WelcomeWizard) -> None:
    """Welcome, this computer, the village, its head and office, contacts: to the passphrase."""
    to_area(wizard)
    choose_with_lists(wizard.form.area, *KUNGKAI_CHAIN)
    press(wizard, NEXT)
    wizard.form.head.set_text("head_name", "Siti Aminah")
    wizard.form.head.set_text("office_phone", "0746-21234")
    wizard.form.head.set_text("office_address", "Jalan Lintas Sumatera Km 3")
    press(wizard, NEXT)
    wizard.form.contacts.set_text("contact.babinsa.name", "Serka Hadi")
    wizard.form.contacts.set_text("contact.babinsa.phone", "0812-3456-7890")
    press(wizard, NEXT)
    assert isinstance(wizard.currentPage(), PassphrasePage)


def choose_passphrase(wizard: WelcomeWizard, passphrase: str = PASSPHRASE_TYPED) -> None:
    fields = wizard.passphrase_page.fields
    fields.first.setText(passphrase)
    fields.second.setText(passphrase)


def test_a_first_start_is_one_wizard_that_ends_in_a_protected_village(
    qapp, welcome, new_folder, area_index
):
    seen: list[type] = []
    texts: list[str] = []

    def finish(wizard: WelcomeWizard) -> int:
        seen.append(type(wizard.currentPage()))
        texts.extend(visible_texts(wizard))
        fill_village(wizard)
        choose_passphrase(wizard)
        texts.extend(visible_texts(wizard))
        press(wizard, NEXT)
        assert not wizard.button(NEXT).isEnabled() and not wizard.button(FINISH).isVisible()
        assert not keystore.has_key_file(new_folder)
        wizard.recovery_page.kept.setChecked(True)
        texts.extend(visible_texts(wizard))
        press(wizard, NEXT)
        assert isinstance(wizard.currentPage(), SummaryPage)
        summary = wizard.summary_page.summary.text()
        assert "Desa Kungkai" in summary and "Kepala desa: Siti Aminah" in summary
        assert "dikunci dengan kata sandi" in summary
        texts.extend(visible_texts(wizard))
        assert not keystore.has_key_file(new_folder)
        press(wizard, FINISH)
        return wizard.result()

    def ask(state: Protection) -> startup.StartKey | None:
        assert state is Protection.NEW
        return startup.obtain_key(
            new_folder, state, welcome=lambda: welcome(), on_language=print, run=finish
        )

    start = open_protected(new_folder, ask, via="aplikasi", open_data=open_data)

    assert seen == [WelcomePage]  # one wizard, from the welcome page
    found = english_giveaways(texts)
    assert not found, "English text on screen:\n" + "\n".join(found)
    assert start is not None and start.newly_protected and start.granted.set_up is not None
    assert keystore.unlock(new_folder, PASSPHRASE_TYPED) == start.granted.key
    with closed_after(start.installation) as installation:
        finish_set_up(start.granted.set_up, new_folder)
        assert profile_store.load_profile() == KUNGKAI
        assert setup_draft.load(new_folder) is None
        assert AuditKind.PROTECTION_SET.value in [e.kind for e in audit.list_events()]
        shell = started(qapp, installation, area_index)
        assert shell.wizard is None
        assert shell.window.isVisible() and "Desa Kungkai" in shell.window.windowTitle()
    assert not is_plain_sqlite(new_folder.database)


def test_the_passphrase_is_judged_knowing_the_village_and_its_head(welcome):
    wizard = welcome()
    fill_village(wizard)

    for guessable in ("Kungkai2026", "sitiaminah17"):
        choose_passphrase(wizard, guessable)
        strength = wizard.passphrase_page.fields.strength.text()
        assert "Terlalu mudah ditebak" in strength, guessable
        assert "nama desa atau nama kepala desa" in strength, guessable
        assert not wizard.button(NEXT).isEnabled()
    choose_passphrase(wizard)
    assert wizard.button(NEXT).isEnabled()


def test_closing_half_way_keeps_the_village_but_nothing_that_looks_set_up(
    welcome, new_folder, message_boxes
):
    wizard = welcome()
    fill_village(wizard)
    choose_passphrase(wizard)
    press(wizard, NEXT)

    message_boxes.answer = "Tutup penyiapan"
    wizard.close()

    assert not wizard.isVisible()
    assert "kunci pemulihan baru" in message_boxes.shown[0].text
    assert protection_of(new_folder) is Protection.NEW
    assert not keystore.has_key_file(new_folder) and not new_folder.database.exists()
    kept = setup_draft.draft_path(new_folder).read_text(encoding="utf-8")
    assert PASSPHRASE_TYPED not in kept and wizard.made.recovery_key not in kept
    again = welcome()
    assert again.form.head.text("head_name") == "Siti Aminah"
    assert again.form.contacts.text("contact.babinsa.phone") == "0812-3456-7890"
    assert shown_names(again.form.area) == ["Jambi", "Kabupaten Merangin", "Bangko", "Kungkai"]
    assert again.made.recovery_key != wizard.made.recovery_key


def test_a_key_file_that_cannot_be_written_keeps_the_wizard_open(
    welcome, new_folder, message_boxes, monkeypatch
):
    wizard = welcome()
    fill_village(wizard)
    choose_passphrase(wizard)
    press(wizard, NEXT)
    wizard.recovery_page.kept.setChecked(True)
    press(wizard, NEXT)

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keystore, "write_key_file", full_disk)
    press(wizard, FINISH)

    assert wizard.isVisible() and wizard.set_up is None
    assert "penuh" in message_boxes.shown[0].text
    assert protection_of(new_folder) is Protection.NEW
    assert setup_draft.load(new_folder)["village"]["fields"]["head_name"] == "Siti Aminah"


def test_the_recovery_sheet_names_the_village(welcome, monkeypatch):
    wizard = welcome()
    fill_village(wizard)
    choose_passphrase(wizard)
    press(wizard, NEXT)
    jobs = []
    monkeypatch.setattr(
        "desktop.ui.print_dialog.print_document", lambda job, *_args: jobs.append(job)
    )

    wizard.recovery_page.print_button.click()

    text = " ".join(pdf_text(jobs[0].work(Paper.A4)()).split())
    assert "Desa Kungkai, Kecamatan Bangko, Kabupaten Merangin" in text
    assert wizard.made.recovery_key.replace("-", "") in text.replace("-", "").replace(" ", "")


def test_another_language_builds_the_wizard_again_with_what_was_typed(welcome, new_folder, qapp):
    built: list[WelcomeWizard] = []
    chosen: list[Language] = []

    def build() -> WelcomeWizard:
        built.append(welcome(chosen[-1] if chosen else Language.INDONESIAN))
        return built[-1]

    def choose_english_then_close(wizard: WelcomeWizard) -> int:
        if len(built) == 1:
            press(wizard, NEXT)
            wizard.role.office.setChecked(True)
            wizard.back()
            combo = wizard.welcome.language
            combo.setCurrentIndex(combo.findData(Language.ENGLISH.value))
            combo.activated.emit(combo.currentIndex())
            assert not wizard.isVisible()
            return wizard.result()
        assert wizard.windowTitle() == "Siaga TPPO — set up the office"
        assert wizard.role.office_chosen()
        return 0

    def install(language: Language) -> None:
        chosen.append(language)
        Translations(qapp).install(language)

    closed = startup.obtain_key(
        new_folder,
        Protection.NEW,
        welcome=build,
        on_language=install,
        run=choose_english_then_close,
    )

    assert closed is None and chosen == [Language.ENGLISH] and len(built) == 2
    assert built[0].result() == WelcomeWizard.LANGUAGE_CHANGED


def test_an_office_is_set_up_and_protected_in_the_same_flow(qapp, welcome, new_folder, area_index):
    wizard = welcome()
    press(wizard, NEXT)
    wizard.role.office.setChecked(True)
    press(wizard, NEXT)
    assert isinstance(wizard.currentPage(), OfficeSetupPage)
    form = wizard.office_page.form
    form.name.setText("Kantor Imigrasi Kerinci")
    form.covers.province.setCurrentIndex(form.covers.province.findData("15"))
    assert form.covers.tick("15.02")
    press(wizard, NEXT)
    choose_passphrase(wizard, "kerinci2026")
    assert "Terlalu mudah ditebak" in wizard.passphrase_page.fields.strength.text()
    choose_passphrase(wizard)
    press(wizard, NEXT)
    wizard.recovery_page.kept.setChecked(True)
    press(wizard, NEXT)
    assert "Kantor Imigrasi Kerinci" in wizard.summary_page.summary.text()
    press(wizard, FINISH)

    office = OfficeProfile("Kantor Imigrasi Kerinci", ("15.02",))
    assert wizard.set_up.place == office
    with opened(new_folder, wizard.set_up.protection.key) as installation:
        finish_set_up(wizard.set_up, new_folder)
        assert load_office() == office
        shell = started(qapp, installation, area_index)
        assert shell.window.windowTitle() == "Siaga TPPO — Kantor Imigrasi Kerinci"


def test_a_set_up_whose_last_step_failed_goes_on_from_its_draft(installation, make_shell):
    """The key file and the data were made, the village could not be stored: the data opens
    with the passphrase and the wizard (without passphrase pages) has what was typed."""
    setup_draft.save(
        installation.paths,
        {"role": "desa", "village": {"village_code": "15.02.02.2004", "fields": {}}},
    )

    _, wizard = open_wizard(make_shell)

    assert wizard.page(PASSPHRASE) is None and wizard.page(RECOVERY) is None
    assert shown_names(wizard.form.area) == ["Jambi", "Kabupaten Merangin", "Bangko", "Kungkai"]
    assert setup_draft.load(installation.paths) is None
    assert profile_store.load_draft(DRAFT_KEY)["village"]["village_code"] == "15.02.02.2004"


def test_another_language_in_open_data_builds_the_wizard_again_in_it(make_shell, qapp):
    shell, wizard = open_wizard(make_shell)
    to_area(wizard)
    type_area_code(wizard.form.area, "15.02.02.2004")
    wizard.back()
    wizard.back()

    combo = wizard.welcome.language
    combo.setCurrentIndex(combo.findData(Language.ENGLISH.value))
    combo.activated.emit(combo.currentIndex())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    again = shell.wizard
    assert again is not wizard and not shiboken6.isValid(wizard)
    assert again.isVisible() and again.windowTitle() == "Siaga TPPO — set up your village"
    assert shown_names(again.form.area) == ["Jambi", "Kabupaten Merangin", "Bangko", "Kungkai"]
    assert settings.LANGUAGE.get() == "en"


def test_what_was_typed_is_shown_as_typed_never_as_markup(make_shell):
    shell, wizard = open_wizard(make_shell)
    to_area(wizard)
    type_area_code(wizard.form.area, "15.02.02.2004")
    press(wizard, NEXT)
    wizard.form.head.set_text("head_name", "Siti <b>Aminah</b>")
    go_to(wizard, SummaryPage)

    assert "Kepala desa: Siti <b>Aminah</b>" in plain(wizard.summary_page.summary.text())
    press(wizard, FINISH)

    place = shell.window.page("beranda").place
    assert place.text().endswith("Kepala desa: Siti <b>Aminah</b>")
    assert place.textFormat() is Qt.TextFormat.PlainText
