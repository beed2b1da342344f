"""Every window the app can open, opened the way a user gets there, state by state.

Each opener is a generator: it builds and shows a window, then yields ``(state, window)`` for
every state worth looking at (each page of a wizard, a dialog with its details unfolded, …).
``tests/ui/test_fits_screen.py`` reads each state with ``tests.ui.fit.problems``; the same
catalogue makes the screenshots looked at by hand. ``COVERED`` names the window classes the
openers show and ``LEFT_OUT`` those deliberately not measured, with the reason; a new dialog
must go in one of them (test_every_window_class_is_measured_or_deliberately_left_out).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
    QWizard,
)

from desktop.domain.checklist import Answer, ChecklistShelf
from desktop.domain.incident import (
    AgeBand,
    Incident,
    Person,
    PersonRole,
    Referral,
    ReferralTarget,
    ReportType,
)
from desktop.domain.modus import Modus
from desktop.storage import incidents as incident_store
from desktop.storage import keystore, profile_store, settings
from desktop.storage.keystore import TEST_KDF
from desktop.ui.about import AboutDialog
from desktop.ui.crash_dialog import CrashDialog
from desktop.ui.i18n import Language
from desktop.ui.messages import ask, inform
from desktop.ui.print_dialog import PrintDialog
from desktop.ui.style import TextSize
from tests.ui.helpers import KUNGKAI, choose_with_lists

Shown = Iterator[tuple[str, QWidget]]
KUNGKAI_CHAIN = ("15", "15.02", "15.02.02", "15.02.02.2004")
PASSPHRASE = "kopi pahit di pagi hari"
LONG_VILLAGE = "Rantau Panjang Seberang Ilir Tanjung Kembang Harapan Makmur Sejahtera"
LONG_TEXT = (
    "Cadangan tidak dapat dibuat hari ini. Periksa bahwa disk masih punya ruang kosong, lalu "
    "buat cadangan di Pengaturan. Data Anda tetap aman di komputer ini; yang belum ada hanya "
    "salinan hari ini. Bila pesan ini muncul lagi besok, hubungi kantor imigrasi."
)


@dataclass
class Env:
    """What an opener may use: the test's fixtures."""

    qapp: QApplication
    qtbot: Any
    make_shell: Callable[..., Any]
    tmp_path: Path
    monkeypatch: Any
    area_index: Any


def settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()


def _desk_read(home, env: Env) -> None:
    """Beranda reads what needs doing on a worker thread: measure it once that is shown."""
    env.qtbot.waitUntil(lambda: not home.loading, timeout=10_000)
    settle(env.qapp)


def _pages(window, env: Env) -> Shown:
    """Every page of a main window and every tab on it."""
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
        settle(env.qapp)
        if key == "beranda" and hasattr(page, "loading"):
            _desk_read(page, env)
        if key == "pola":  # looks for patterns on a worker thread each time it is shown
            env.qtbot.waitUntil(page.refresh_button.isEnabled, timeout=10000)
            settle(env.qapp)
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
        if not tab_widgets:
            yield key, window
            continue
        tabs = tab_widgets[0]
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(env.qapp)
            yield f"{key} › {tabs.tabText(index).replace('&', '')}", window


# --- main windows ------------------------------------------------------------------------------


def _narrowest(window, env: Env) -> Shown:
    """Every page again with the window made as narrow as it lets itself be."""
    window.resize(window.minimumSizeHint().width(), window.height())
    settle(env.qapp)
    for state, shown in _pages(window, env):
        yield f"{state} (narrowest, {window.width()} px)", shown


def village_window(env: Env) -> Shown:
    profile_store.save_profile(KUNGKAI)
    window = env.make_shell().window
    yield from _pages(window, env)
    yield from _busy_desk(window, env)
    yield from _checklist_views(window, env)
    window.show_page("kejadian")
    incidents = window.page("kejadian")
    incidents.tabs.setCurrentIndex(1)
    settle(env.qapp)
    yield "kejadian › Terhapus", window
    window.show_page("materi")
    materi = window.page("materi")
    materi.show_contacts()
    settle(env.qapp)
    yield "materi › Kontak penting", window
    materi.search_edit.setText("paspor")
    materi.run_search()
    settle(env.qapp)
    yield "materi › hasil pencarian", window
    yield from _narrowest(window, env)


def _busy_desk(window, env: Env) -> Shown:
    """Beranda with every item saying something to do, the longest words each can have."""
    from desktop.domain.checklist import RiskLevel
    from desktop.domain.training import TRAINING_PROFILE
    from tests.ui.desk_data import add_check, add_incident

    # The training profile's long contacts, as Kungkai's (a village's code never changes here).
    full = replace(
        TRAINING_PROFILE,
        training=False,
        village_code=KUNGKAI.village_code,
        village_name=KUNGKAI.village_name,
        district_name=KUNGKAI.district_name,
        regency_name=KUNGKAI.regency_name,
        province_name=KUNGKAI.province_name,
    )
    profile_store.save_profile(full)
    for days in range(4):
        add_incident(date.today() - timedelta(days=days), "Tawaran kerja admin online " * 6)
    add_check(date.today(), RiskLevel.HIGH)
    window.show_page("beranda")
    home = window.page("beranda")
    home.show_profile(full)
    home.refresh()
    _desk_read(home, env)
    yield "beranda › ada yang perlu dikerjakan", window


def _checklist_views(window, env: Env) -> Shown:
    window.show_page("cek_tawaran")
    page = window.page("cek_tawaran")
    page.history.new_button.click()
    settle(env.qapp)
    yield "cek_tawaran › tahap", window
    stages = page.stage_view.buttons
    stages[list(stages)[-1]].click()  # the latest stage asks the most questions
    page.stage_view.next_button.click()
    settle(env.qapp)
    yield "cek_tawaran › keterangan tawaran", window
    page.details.next_button.click()
    questions = page.questions
    for number, group in enumerate(questions.groups, start=1):
        for indicator in page.checklist.in_group(group.key, questions.stage):
            questions.card(indicator.key).buttons[Answer.YES].click()
        settle(env.qapp)
        yield f"cek_tawaran › pertanyaan {number}", window
        questions.next_button.click()
    settle(env.qapp)
    yield "cek_tawaran › hasil", window
    page.save()
    page.finish()
    settle(env.qapp)
    yield "cek_tawaran › pemeriksaan tersimpan", window


def sending_states(env: Env) -> Shown:
    """Kirim & Ekspor and Beranda in each state of sending to the office: changes waiting, the
    office unreachable, received by the receiver, imported by the office, held by the office."""
    import desktop.app
    from desktop.domain.exchange import SendProblem
    from desktop.exchange import receipts
    from desktop.exchange.export import queue_current
    from desktop.storage import exchange_settings, outbox_store
    from tests.exchange.conftest import DAY, give_village_keys, receipt_for

    env.monkeypatch.setattr(desktop.app, "SENDER_START_MS", 3_600_000)  # never sends here
    profile_store.save_profile(KUNGKAI)
    give_village_keys()
    for summary in ("Tawaran kerja ke Malaysia", "Warga hilang kontak di Kamboja"):
        incident_store.save_incident(
            Incident(
                report_type=ReportType.SUSPICIOUS_OFFER,
                reported_on=date(2026, 5, 1),
                modus=Modus.NON_PROCEDURAL_JOB,
                summary=summary,
            ),
            author_name="Sekdes",
        )
    exchange_settings.save_endpoint("https://imigrasi.example/siaga", "token-kungkai-0123456789")
    window = env.make_shell().window
    env.qtbot.wait(700)  # Beranda's block on sending is added once the window is up

    def shown(state: str) -> Shown:
        for key in ("kirim", "beranda"):
            window.show_page(key)
            page = window.page(key)
            for view in page.findChildren(QWidget, "sendingStatus"):
                view.refresh()
            if key == "kirim":
                page.refresh_outbox()
            else:  # Beranda reads its items on a worker thread each time it is shown
                env.qtbot.waitUntil(lambda page=page: not page.loading, timeout=10000)
            settle(env.qapp)
            yield f"{key} › {state}", window

    yield from shown("perubahan menunggu")
    entry = queue_current(env.tmp_path / "kotak-keluar")
    outbox_store.note_contact(DAY, SendProblem.UNREACHABLE)
    yield from shown("kantor tidak terjangkau")
    outbox_store.note_contact(DAY, None)
    outbox_store.mark_sent(entry.export_id, {"export_id": entry.export_id}, DAY)
    yield from shown("diterima penerima")
    receipts.take_in([receipt_for(entry).as_json()], source="layar")
    yield from shown("sudah diimpor kantor")
    incident_store.save_incident(
        Incident(
            report_type=ReportType.SUSPICIOUS_OFFER,
            reported_on=date(2026, 5, 2),
            modus=Modus.NON_PROCEDURAL_JOB,
            summary="Kejadian ketiga",
        ),
        author_name="Sekdes",
    )
    held = queue_current(env.tmp_path / "kotak-keluar")
    outbox_store.mark_sent(held.export_id, {"export_id": held.export_id, "held": True}, DAY)
    yield from shown("ditahan kantor")


def training_window(env: Env) -> Shown:
    """The fictional village with its 300 sample records (a full list)."""
    window = env.make_shell(training=True).window
    yield from _pages(window, env)


def office_window(env: Env) -> Shown:
    from desktop.domain.exchange import OfficeProfile
    from desktop.storage.exchange_settings import save_office

    save_office(OfficeProfile("Kantor Imigrasi Kelas II TPI Kerinci", ("15.02", "15.01")))
    _villages_waiting_and_known()
    window = env.make_shell().window
    yield from _pages(window, env)
    yield from _narrowest(window, env)


def _villages_waiting_and_known() -> None:
    """The page Desa with something on it: a village whose first export waits, and one known
    that changed its code and went back to a backup."""
    from datetime import UTC, datetime

    import nacl.signing

    from desktop.domain.exchange import CodeChange
    from desktop.storage import exchange_keys, office_imports
    from tests.areas import areas

    def new_key() -> bytes:
        return bytes(nacl.signing.SigningKey.generate().verify_key)

    mudo = office_imports.register_key("15.02.02.2008", new_key(), areas("15.02.02.2008"), "")
    moment = datetime(2026, 12, 1, 8, tzinfo=UTC)
    change = CodeChange(
        "15.02.02.2099", "15.02.02.2008", datetime(2026, 6, 1, tzinfo=UTC), "Pemekaran"
    )
    office_imports.record_code_changes(
        mudo, [change], mudo.village_code, areas(mudo.village_code), "e", moment
    )
    office_imports.note_restored(mudo.id, "e", 3, 1, moment)
    exchange_keys.hold_export(
        "15.02.02.2004",
        "0b6f8c3e-0000-4000-8000-0000000000a1",
        new_key(),
        "berkas",
        "kungkai.siaga",
        b"(terkunci)",
        first_contact=True,
    )


# --- set-up ------------------------------------------------------------------------------------


def _next(wizard: QWizard, env: Env) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()
    settle(env.qapp)


def _village_pages(wizard, env: Env) -> Shown:
    _next(wizard, env)
    yield "komputer ini", wizard
    _next(wizard, env)
    choose_with_lists(wizard.form.area, *KUNGKAI_CHAIN)
    settle(env.qapp)
    yield "desa", wizard
    _next(wizard, env)
    wizard.form.head.set_text("head_name", "Siti Aminah")
    yield "kepala desa", wizard
    _next(wizard, env)
    yield "kontak", wizard


def _protection_pages(wizard, env: Env) -> Shown:
    _next(wizard, env)
    fields = wizard.passphrase_page.fields
    fields.first.setText(PASSPHRASE)
    fields.second.setText(PASSPHRASE)
    settle(env.qapp)
    yield "kata sandi", wizard
    _next(wizard, env)
    wizard.recovery_page.kept.setChecked(True)
    yield "kunci pemulihan", wizard


def _office_page(wizard, env: Env) -> Shown:
    while wizard.currentId() != wizard.startId():
        wizard.back()
    _next(wizard, env)
    wizard.role.office.setChecked(True)
    _next(wizard, env)
    yield "kantor imigrasi", wizard


def welcome_wizard(env: Env) -> Shown:
    """A new installation: the village, the passphrase, the recovery key, the summary."""
    from desktop.paths import DataPaths
    from desktop.ui.wizard import FileDraft, WelcomeWizard

    paths = DataPaths.resolve(env.tmp_path / "baru")
    wizard = WelcomeWizard(
        env.area_index,
        FileDraft(paths),
        language=Language.from_setting(settings.LANGUAGE.get()),
        text_size=TextSize.from_setting(settings.TEXT_SIZE.get()),
        on_text_size=lambda _size: None,
        protect=paths,
    )
    wizard.show()
    settle(env.qapp)
    try:
        yield "selamat datang", wizard
        yield from _village_pages(wizard, env)
        yield from _protection_pages(wizard, env)
        _next(wizard, env)
        yield "siap", wizard
        yield from _office_page(wizard, env)
    finally:
        wizard.hide()
        wizard.deleteLater()


def wizard_in_open_data(env: Env) -> Shown:
    """Data protected by an earlier version but holding no village: no passphrase pages."""
    wizard = env.make_shell().wizard
    settle(env.qapp)
    yield "selamat datang", wizard
    yield from _village_pages(wizard, env)
    _next(wizard, env)
    yield "siap", wizard
    yield from _office_page(wizard, env)


def protection_upgrade(env: Env) -> Shown:
    from desktop.paths import DataPaths
    from desktop.ui.security.setup_wizard import ProtectionSetup

    wizard = ProtectionSetup(DataPaths.resolve(env.tmp_path / "lama"))
    env.qtbot.addWidget(wizard)
    wizard.show()
    settle(env.qapp)
    yield "lindungi data", wizard
    yield from _protection_pages(wizard, env)


# --- unlocking ---------------------------------------------------------------------------------


def _protected(env: Env):
    from desktop.paths import DataPaths

    paths = DataPaths.resolve(env.tmp_path / "terkunci")
    keystore.new_protection(paths, PASSPHRASE, kdf=TEST_KDF)
    return paths


def unlock_dialog(env: Env) -> Shown:
    from desktop.ui.security.unlock import UnlockDialog

    dialog = UnlockDialog(_protected(env), key_opens_data=lambda _key: True)
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "kata sandi", dialog
    dialog.panel.show_recovery()
    settle(env.qapp)
    yield "kunci pemulihan", dialog


def unlock_without_key_file(env: Env) -> Shown:
    from desktop.ui.security.unlock import UnlockDialog

    dialog = UnlockDialog(_protected(env), key_opens_data=lambda _key: True, recovery_only=True)
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "hanya kunci pemulihan", dialog


def lock_screen(env: Env) -> Shown:
    from desktop.ui.security.lock import LockScreen

    screen = LockScreen(_protected(env), lambda _key: True)
    env.qtbot.addWidget(screen)
    screen.cover()
    settle(env.qapp)
    yield "terkunci", screen
    screen.panel.show_recovery()
    settle(env.qapp)
    yield "terkunci › kunci pemulihan", screen
    screen.may_close = True


def change_passphrase(env: Env) -> Shown:
    from desktop.storage.installation import Installation
    from desktop.ui.security.settings_tab import ChangePassphraseDialog

    paths = _protected(env)
    installation = Installation(paths, keystore.unlock(paths, PASSPHRASE))
    dialog = ChangePassphraseDialog(installation)
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "ubah kata sandi", dialog


# --- small dialogs -----------------------------------------------------------------------------


def _unfold(dialog: QDialog) -> None:
    """Press the dialog's show-more button (licence text, error details)."""
    for button in dialog.findChildren(QPushButton):
        if button.isCheckable():
            button.setChecked(True)


def about(env: Env) -> Shown:
    dialog = AboutDialog()
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "tentang", dialog
    _unfold(dialog)
    settle(env.qapp)
    yield "tentang › lisensi", dialog


def crash(env: Env) -> Shown:
    details = "Traceback (most recent call last):\n" + "  File 'x.py', line 1\n" * 40
    dialog = CrashDialog(details, env.tmp_path / "log" / "siaga.log")
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "kesalahan", dialog
    _unfold(dialog)
    settle(env.qapp)
    yield "kesalahan › rincian", dialog


def message_boxes(env: Env) -> Shown:
    """Qt's own box with the app's words: a question, a warning, and the start-up box for a
    damaged database."""
    shown: list[QMessageBox] = []

    def keep(box: QMessageBox) -> int:
        box.show()
        settle(env.qapp)
        shown.append(box)
        return 0

    env.monkeypatch.setattr(QMessageBox, "exec", keep)
    ask(None, "Pulihkan cadangan ini?", LONG_TEXT, "Pulihkan")
    inform(None, "Cadangan", LONG_TEXT, warning=True)
    from desktop.ui.incidents.dialogs import ask_unsaved

    ask_unsaved(None)
    for box in shown:
        env.qtbot.addWidget(box)
        yield box.windowTitle(), box


def restore_question(env: Env) -> Shown:
    """The question before going back to a backup when the office already acknowledged changes
    made after it (the longest question the village is asked)."""
    from datetime import UTC

    from desktop.exchange.export import export_to_folder
    from desktop.storage import outbox_store
    from tests.exchange.conftest import give_village_keys, incident, save

    profile_store.save_profile(KUNGKAI)
    shell = env.make_shell()
    backup = shell.installation.backup_now("manual")
    give_village_keys()
    later = datetime.now(UTC) + timedelta(seconds=2)  # times are kept to the second
    save(incident("Dicatat sesudah cadangan"), when=later)
    sent = export_to_folder(env.tmp_path, now=later)
    receipt = {"export_id": sent.entry.export_id, "sha256": sent.entry.sha256}
    outbox_store.mark_sent(sent.entry.export_id, receipt, datetime.now(UTC))
    shown: list[QMessageBox] = []

    def keep(box: QMessageBox) -> int:
        box.show()
        settle(env.qapp)
        shown.append(box)
        return 0

    env.monkeypatch.setattr(QMessageBox, "exec", keep)
    shell.window.show_page("pengaturan")
    shell.window.page("pengaturan").backup_tab.restore(backup.path)  # answered with Batal
    (box,) = shown
    env.qtbot.addWidget(box)
    yield "pulihkan cadangan › kantor menyimpan data lebih baru", box


def help_window(env: Env) -> Shown:
    """Bantuan (F1) over the village window: the first chapter, the longest one, a chapter
    with command lines, and a search."""
    from desktop.ui.help_window import HelpWindow

    profile_store.save_profile(KUNGKAI)
    window = env.make_shell().window
    window.show_help()
    dialog = window.findChild(HelpWindow)
    settle(env.qapp)
    yield "bantuan", dialog
    for name in ("09-kantor-imigrasi.md", "10-perintah-teknis.md"):
        dialog.show_chapter(name)
        settle(env.qapp)
        yield f"bantuan › {name}", dialog
    dialog.search_edit.setText("flashdisk penuh")
    dialog.run_search()
    settle(env.qapp)
    yield "bantuan › cari", dialog


# --- printing ----------------------------------------------------------------------------------


def _print_dialog(job, env: Env, paper=None) -> PrintDialog:
    from desktop.printing.paper import Paper

    dialog = PrintDialog(job, paper or Paper.A4, printers=lambda: [QPrinterInfo()])
    env.qtbot.addWidget(dialog)
    dialog.show()
    env.qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    settle(env.qapp)
    return dialog


def print_leaflets(env: Env) -> Shown:
    from desktop.printing.leaflets import LeafletKind
    from desktop.ui.materi.leaflet_job import LeafletJob
    from tests.ui.test_materi import materials

    dialog = _print_dialog(LeafletJob(materials(), KUNGKAI), env)
    for kind in LeafletKind:
        dialog.job.set_kind(kind)
        env.qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
        settle(env.qapp)
        yield kind.value, dialog


def print_incident(env: Env) -> Shown:
    from desktop.ui.incidents.print_job import IncidentJob

    record_id = _saved_incident()
    job = IncidentJob(incident_store.load_incident(record_id), KUNGKAI, {})
    yield "catatan kejadian", _print_dialog(job, env)


def print_result_sheet(env: Env) -> Shown:
    from desktop.printing.checklist_sheet import ResultSheet
    from desktop.ui.checklist.print_job import ResultSheetJob

    def sheet(with_details: bool) -> ResultSheet:
        return ResultSheet(
            heading="Hasil Cek Tawaran Kerja",
            place="Desa Kungkai",
            level_key="tinggi",
            level_words="Risiko tinggi",
            level_meaning="Jangan tandatangani surat izin keluarga.",
            footer="Dicetak 4 Desember 2026.",
            page_label="Halaman {page} dari {pages}",
        )

    job = ResultSheetJob(sheet, has_details=True, file_name="hasil.pdf", on_done=print)
    yield "lembar hasil", _print_dialog(job, env)


def print_registration_sheet(env: Env) -> Shown:
    from desktop.printing.registration_sheet import RegistrationSheet
    from desktop.ui.exchange.registration import RegistrationSheetJob

    sheet = RegistrationSheet(
        "Desa",
        "Kungkai",
        "Bangko",
        "Kabupaten Merangin",
        "Jambi",
        "15.02.02.2004",
        "Siti Aminah",
        "8893 4511 5511 3935 6568",
        "Kantor Imigrasi Kerinci",
        datetime.now(),
    )
    yield "lembar pendaftaran", _print_dialog(RegistrationSheetJob(sheet), env)


def print_recovery_sheet(env: Env) -> Shown:
    from desktop.ui.security.recovery_job import RecoverySheetJob

    job = RecoverySheetJob("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", "Desa Kungkai", env.tmp_path, print)
    yield "lembar pemulihan", _print_dialog(job, env)


def print_manual(env: Env) -> Shown:
    from desktop.domain.manual import load_manual
    from desktop.ui.help_window import manual_folder
    from desktop.ui.manual_job import ManualJob

    yield "panduan", _print_dialog(ManualJob(load_manual(manual_folder())), env)


def presentation(env: Env) -> Shown:
    from desktop.ui.materi.presentation import PresentationWindow
    from tests.ui.test_materi import materials

    window = PresentationWindow(materials().library)
    env.qtbot.addWidget(window)
    window.start()
    settle(env.qapp)
    yield "presentasi", window
    window.close()


# --- the incident log --------------------------------------------------------------------------


def _saved_incident() -> str:
    incident = Incident(
        report_type=ReportType.SUSPICIOUS_OFFER,
        reported_on=date(2026, 11, 28),
        modus=Modus.ONLINE_SCAM,
        summary="Tawaran kerja admin online di Kamboja lewat media sosial",
        destination_country="KH",
        recruiter_name="Bang Jali",
        people=(Person(role=PersonRole.VICTIM, age_band=AgeBand.AGE_9_17),),
        referrals=(Referral(target=ReferralTarget.POLICE, outcome="Dilaporkan ke Polsek"),),
    )
    incident_store.save_incident(incident, author_name="Sekretaris Desa")
    return incident.record_id


def incident_editor(env: Env) -> Shown:
    from desktop.ui.incidents.editor import IncidentDialog

    dialog = IncidentDialog(None, countries={"KH": "Kamboja"}, print_record=lambda *a: None)
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "catatan baru", dialog
    stored = incident_store.load_incident(_saved_incident())
    saved = IncidentDialog(stored, countries={"KH": "Kamboja"}, print_record=lambda *a: None)
    env.qtbot.addWidget(saved)
    saved.show()
    settle(env.qapp)
    yield "catatan tersimpan", saved
    dialog._timer.stop()
    saved._timer.stop()


def incident_history(env: Env) -> Shown:
    from desktop.ui.incidents.history import HistoryDialog

    record_id = _saved_incident()
    dialog = HistoryDialog(1, incident_store.history(record_id), {"KH": "Kamboja"})
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "riwayat", dialog


def reason(env: Env) -> Shown:
    from desktop.ui.incidents.dialogs import ReasonDialog

    dialog = ReasonDialog(12)
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "alasan perubahan", dialog
    dialog.accept()  # without a reason: the dialog stays and says what is missing
    settle(env.qapp)
    yield "alasan perubahan › belum diisi", dialog


def code_change(env: Env) -> Shown:
    from desktop.ui.code_change import CodeChangeDialog

    profile_store.save_profile(KUNGKAI)
    dialog = CodeChangeDialog(env.make_shell().area_index(), KUNGKAI, lambda chain, reason: KUNGKAI)
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "ganti kode wilayah", dialog
    dialog.accept()  # nothing chosen: the dialog stays and says what is missing
    settle(env.qapp)
    yield "ganti kode wilayah › belum dipilih", dialog


# --- content packs ------------------------------------------------------------------------------

SEEN_IN = (
    ("15.02.02.2004", "Kungkai"),
    ("15.02.02.2005", "Pematang Kandis"),
    ("15.02.03.2001", "Muara Siau"),
)


def _sample_pack():
    from datetime import UTC, date, datetime

    import nacl.public

    from desktop.domain.content_pack import (
        ContentPack,
        LocalContact,
        OfficeContact,
        PlaceSeen,
        validate_warning,
    )

    office_key = nacl.public.PrivateKey.generate()
    warning = validate_warning(
        warning_id="b" * 32,
        known=(
            "Menawarkan kerja di kebun sawit Malaysia dengan gaji tinggi, meminta paspor dan "
            "uang Rp 5 juta di muka. Berangkat lewat Dumai dengan visa kunjungan."
        ),
        names=["Pak Rudi"],
        phones=["0812-3456-7890"],
        companies=["PT Maju Jaya Sejahtera Abadi"],
        since=date(2026, 10, 1),
        villages=[PlaceSeen(code, name) for code, name in SEEN_IN],
    )
    pack = ContentPack(
        office_name="Kantor Imigrasi Kelas II TPI Kerinci",
        office_key=bytes(office_key.public_key),
        covers=("15.02",),
        number=12,
        created_at=datetime(2026, 12, 1, 2, 0, tzinfo=UTC),
        office_contact=OfficeContact(
            "Kantor Imigrasi Kelas II TPI Kerinci",
            "Jl. Jenderal Sudirman, Sungai Penuh",
            "0748-21234",
            "0812-0000-0000",
            "",
            "Senin–Jumat 08.00–16.00",
        ),
        local_contacts=(
            LocalContact("Dinas PMPTSP-TK Kabupaten Merangin", "0746-21000", area_code="15.02"),
            LocalContact("Polres Merangin (Unit PPA)", "0746-21110", area_code="15.02"),
        ),
        warnings=(warning,),
    )
    return pack, bytes(office_key)


def village_with_office_content(env: Env) -> Shown:
    """A village that installed its office's content pack: its warnings in Materi, the
    office's contacts, and what Kirim & Ekspor says."""
    from desktop.exchange import pack_install
    from desktop.exchange.wire import content_pack as wire
    from desktop.storage import exchange_keys

    profile_store.save_profile(KUNGKAI)
    pack, private = _sample_pack()
    exchange_keys.save_office_key(pack.office_name, pack.office_key)
    data = wire.encode(pack, private)
    pack_install.install(pack_install.examine(data, "flashdisk"))
    window = env.make_shell().window
    window.show_page("materi")
    materi = window.page("materi")
    materi.show_warnings()
    settle(env.qapp)
    yield "materi › Peringatan dari kantor", window
    materi.show_contacts()
    settle(env.qapp)
    yield "materi › Kontak penting (dengan kontak kantor)", window
    window.show_page("kirim")
    settle(env.qapp)
    yield "kirim (isi dari kantor terpasang)", window


def pack_changes(env: Env) -> Shown:
    from desktop.domain.content_pack import PackChanges
    from desktop.ui.packs.changes_dialog import ChangesDialog

    pack, _ = _sample_pack()
    changes = PackChanges(
        hotlines_added=("Polisi (Polri): 0746-110",),
        hotlines_removed=("Kementerian P2MI/BP2MI: +62 21 2924 4800",),
        checklist_before=2,
        checklist_after=3,
        topics_changed=("Sanksi pidana", "Hak korban"),
        warnings_new=pack.warnings,
        contacts_added=tuple(c.label for c in pack.local_contacts),
        office_contact_changed=True,
    )
    dialog = ChangesDialog(pack, changes)
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "yang berubah", dialog


def warning_composer(env: Env) -> Shown:
    from datetime import date

    from desktop.domain.content_pack import PatternSeen, PlaceSeen, SubjectKind, draft_from_pattern
    from desktop.ui.packs.warning_composer import WarningComposer

    pattern = PatternSeen(
        SubjectKind.PHONE,
        "0812-3456-7890",
        tuple(PlaceSeen(code, name) for code, name in SEEN_IN),
        date(2026, 9, 3),
    )
    dialog = WarningComposer(draft_from_pattern(pattern))
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "dari pola", dialog
    dialog.accept()  # nothing known written yet: the dialog stays and says what is missing
    settle(env.qapp)
    yield "dari pola › belum diisi", dialog


def local_contact(env: Env) -> Shown:
    from desktop.domain.area import Area
    from desktop.ui.packs.contact_dialog import LocalContactDialog

    areas = [Area("15.02", "15", "Kabupaten Merangin"), Area("15.02.02", "15.02", "Bangko")]
    dialog = LocalContactDialog(areas)
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "kontak setempat", dialog
    dialog.accept()
    settle(env.qapp)
    yield "kontak setempat › belum diisi", dialog


def _office_with_a_record() -> str:
    """An office holding a record of Desa Kungkai with a victim's name, a referral, two
    versions that do not follow each other and the check it was made from."""
    from datetime import timedelta

    from desktop.domain.exchange import OfficeProfile
    from desktop.domain.incident import PersonIdentity, RecordState, StoredVersion, to_payload
    from desktop.storage.exchange_settings import save_office
    from tests.office.conftest import DAY, PASAR_ATAS, arrive, check_item

    save_office(OfficeProfile("Kantor Imigrasi Kelas II TPI Kerinci", ("15.02", "15.01")))
    record_id = "11111111-1111-4111-8111-111111111111"
    victim = Person(
        person_id="p-1",
        role=PersonRole.VICTIM,
        age_band=AgeBand.AGE_18_20,
        identity=PersonIdentity(name="Siti Rahma (fiktif)", nik="0000123412341234"),
    )
    first = Incident(
        record_id=record_id,
        report_type=ReportType.LOST_CONTACT,
        reported_on=date(2026, 11, 2),
        modus=Modus.ONLINE_SCAM,
        summary="Warga hilang kontak setelah berangkat ke Phnom Penh lewat Batam",
        destination_country="KH",
        destination_city="Phnom Penh",
        recruiter_name="Bang Jali (fiktif)",
        recruiter_phone="0000-1234-5678",
        people=(victim,),
        referrals=(Referral(target=ReferralTarget.POLICE, referred_on=date(2026, 11, 3)),),
    )

    def version(n: int, prev: str | None, incident: Incident) -> StoredVersion:
        payload = to_payload(incident) | {"legal_basis": "kepentingan_vital"}
        return StoredVersion(
            record_id,
            f"{n}1111111-1111-4111-8111-111111111111",
            prev,
            DAY + timedelta(days=n),
            "Sekretaris Desa",
            RecordState.LIVE,
            "",
            payload,
        )

    v1 = version(1, None, first)
    ours = version(2, v1.version_id, replace(first, destination_city="Sihanoukville"))
    theirs = version(3, v1.version_id, replace(first, summary=first.summary + " (dicatat ulang)"))
    check = check_item(incident_record_id=record_id, company="PT Bintang Contoh (fiktif)")
    reason = "Diminta Polres untuk penyidikan"
    arrive([[v1, ours]], checks=[check], identities=reason, made=DAY + timedelta(days=2, hours=1))
    arrive([[v1, theirs]], sequence=2, identities=reason, made=DAY + timedelta(days=3, hours=1))
    # The same recruiter's number in another village: a pattern across villages.
    other = "22222222-2222-4222-8222-222222222222"
    elsewhere = replace(
        first, record_id=other, people=(), referrals=(), recruiter_phone="+62 000 1234 5678"
    )
    seen = StoredVersion(
        other,
        "92222222-2222-4222-8222-222222222222",
        None,
        DAY,
        "Kaur Umum",
        RecordState.LIVE,
        "",
        to_payload(elsewhere),
    )
    arrive([[seen]], source=PASAR_ATAS)
    return record_id


def office_record(env: Env) -> Shown:
    from desktop.resources import resource_path
    from desktop.storage.incidents import country_names
    from desktop.ui.office.record_view import RecordView

    view = RecordView(
        _office_with_a_record(),
        countries=country_names(),
        checklists=ChecklistShelf(resource_path("checklists")),
        language="id",
    )
    env.qtbot.addWidget(view)
    view.show()
    settle(env.qapp)
    view.show_identities("Polres meminta kontak korban", "Rahmat")
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle(env.qapp)
        yield f"catatan › {view.tabs.tabText(index).replace('&', '')}", view
    view.tabs.setCurrentWidget(view.conflict_tab)
    view.choice_officer.setText("Rahmat")
    view.use_button.click()
    settle(env.qapp)
    yield "catatan › versi lain dipakai", view


def office_pages_with_records(env: Env) -> Shown:
    """The office window's own pages holding a record, a check and socialisation events: the
    checks and their counts, and the recap of the record's year counted."""
    from desktop.domain.recap import Period
    from desktop.storage import socialisation
    from tests.office.conftest import PASAR_ATAS, arrive
    from tests.socialisation_data import as_saved, event, section

    _office_with_a_record()
    socialisation.save_event(event("Aula Kantor Camat Bangko", kepala_desa=6, warga=80))
    sent = as_saved(event("Balai Kelurahan Pasar Atas", date(2026, 11, 25), bpd=5, calon_pmi=14))
    arrive([], source=PASAR_ATAS, sequence=2, events=section(sent))
    window = env.make_shell().window
    for key in ("cek", "rekap"):
        window.show_page(key)
    window.show_page("pola")
    patterns = window.page("pola")
    env.qtbot.waitUntil(lambda: patterns.model.total > 0, timeout=10000)
    settle(env.qapp)
    yield "pola lintas desa", window
    window.show_page("rekap")
    page = window.page("rekap")
    page.set_period(Period.parse("2026"))
    with env.qtbot.waitSignal(page.work_done, timeout=10000):
        page.calculate()
    settle(env.qapp)
    yield "rekap › tahun 2026", window
    from desktop.ui.screen import VerticalScroll

    page.findChild(VerticalScroll).ensureWidgetVisible(list(page.charts.values())[-1])
    settle(env.qapp)
    yield "rekap › tahun 2026 › sosialisasi", window
    window.show_page("cek")
    checks = window.page("cek")
    for index in range(checks.tabs.count()):
        checks.tabs.setCurrentIndex(index)
        settle(env.qapp)
        yield f"cek › {checks.tabs.tabText(index).replace('&', '')}", window


def import_report_of_every_kind(imported_before: datetime):
    """What a flash drive's files gave: one merged with conflicts, one held back, one refused
    with the place it names, another village's records refused, one already imported."""
    from desktop.domain.exchange import (
        ExportRejected,
        FileResult,
        ImportReport,
        MergeCounts,
        RejectReason,
        SourceVillage,
    )

    kungkai = SourceVillage("15.02.02.2004", "Kungkai", False)
    long_one = SourceVillage("15.02.02.2008", LONG_VILLAGE, False)
    return ImportReport(
        [
            FileResult(
                "siaga-1502022004-ekspor-0007.siaga",
                village=kungkai,
                sequence=7,
                counts=MergeCounts(new=12, updated=3, unchanged=140, conflicts=2),
                assessments=MergeCounts(new=4),
            ),
            FileResult(
                "siaga-1502022008-ekspor-0004.siaga",
                village=long_one,
                rejected=ExportRejected(RejectReason.KEY_CHANGED),
            ),
            FileResult(
                "salinan dari flashdisk lama (2).json",
                rejected=ExportRejected(RejectReason.INVALID, "catatan[12].orang[3].umur"),
            ),
            FileResult(
                "siaga-1502022008-ekspor-0005.siaga",
                village=long_one,
                rejected=ExportRejected(RejectReason.OTHER_VILLAGE, sender=long_one, owner=kungkai),
            ),
            FileResult(
                "siaga-1502022004-ekspor-0006.siaga",
                village=kungkai,
                already_imported_at=imported_before,
            ),
        ],
        receipts_written=2,
    )


def office_import_report(env: Env) -> Shown:
    """Impor after a flash drive's files of every kind, and the villages imported before, one
    with a very long name."""
    from desktop.domain.exchange import OfficeProfile
    from desktop.storage.exchange_settings import save_office
    from tests.office import heard_from

    save_office(OfficeProfile("Kantor Imigrasi Kelas II TPI Kerinci", ("15.02", "15.01")))
    made = datetime(2026, 11, 30, 9)
    heard_from("15.02.02.2004", "Kungkai", made=made)
    heard_from("15.02.02.2008", LONG_VILLAGE, made=made, sequence=3)
    window = env.make_shell().window
    window.show_page("impor")
    page = window.page("impor")
    page.show_report(import_report_of_every_kind(made))
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        settle(env.qapp)
        yield f"impor › {page.tabs.tabText(index)}", window


def office_pattern(env: Env) -> Shown:
    from desktop.domain.patterns import PatternKind
    from desktop.storage.patterns import find_patterns
    from desktop.ui.office.pattern_view import PatternView

    _office_with_a_record()
    pattern = next(p for p in find_patterns() if p.kind is PatternKind.PHONE)
    view = PatternView(pattern)
    env.qtbot.addWidget(view)
    view.show()
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        settle(env.qapp)
        yield f"pola › {view.tabs.tabText(index)}", view


def office_identities(env: Env) -> Shown:
    from desktop.ui.office.record_view import IdentityDialog

    dialog = IdentityDialog(12, "Rahmat")
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    yield "alasan melihat identitas", dialog
    dialog.accept()  # without a reason: the dialog stays and says what is missing
    settle(env.qapp)
    yield "alasan melihat identitas › belum diisi", dialog


def office_check(env: Env) -> Shown:
    from desktop.resources import resource_path
    from desktop.storage import assessments
    from desktop.ui.office.check_view import CheckView

    record_id = _office_with_a_record()
    (check,) = assessments.linked_to(record_id)
    view = CheckView(
        check.record_id, checklists=ChecklistShelf(resource_path("checklists")), language="id"
    )
    env.qtbot.addWidget(view)
    view.show()
    settle(env.qapp)
    yield "cek tawaran kerja", view


# --- socialisation events ----------------------------------------------------------------------


def _shown_dialog(dialog, env: Env):
    env.qtbot.addWidget(dialog)
    dialog.show()
    settle(env.qapp)
    return dialog


def _wrong_form(dialog, env: Env) -> Shown:
    """The form saved with nothing right: every field says what is wrong under it."""
    dialog.place.clear()
    for edit in dialog.counts.values():
        edit.clear()
    dialog.counts[next(iter(dialog.counts))].setText("dua puluh")
    dialog.accept()
    settle(env.qapp)
    yield "kegiatan › belum benar", dialog


def socialisation_village(env: Env) -> Shown:
    """Kegiatan sosialisasi at a village: its events, a new one, one wrongly filled in, one
    saved."""
    from desktop.storage import socialisation
    from tests.socialisation_data import event

    profile_store.save_profile(KUNGKAI)
    saved = socialisation.save_event(
        event(
            "Balai Desa Kungkai bersama Bhabinkamtibmas dan pendamping PMI Kabupaten Merangin",
            officers="Sekretaris Desa; Bhabinkamtibmas Aipda Rahmat; petugas P4MI Jambi",
            notes="Warga bertanya tentang agen yang menawarkan kerja ke Malaysia.",
            kepala_desa=1,
            perangkat_desa=6,
            bpd=3,
            warga=85,
            calon_pmi=12,
        )
    )
    for n in range(3):
        socialisation.save_event(event(f"Pengajian RT {n + 1}", date(2026, 10, 3 + n)))
    window = env.make_shell().window
    window.show_page("sosialisasi")
    page = window.page("sosialisasi")
    settle(env.qapp)
    yield "sosialisasi › empat kegiatan", window
    yield "kegiatan baru", _shown_dialog(page.dialog_for(), env)
    yield from _wrong_form(_shown_dialog(page.dialog_for(), env), env)
    stored = socialisation.load_event(saved.record_id)
    yield "kegiatan tersimpan", _shown_dialog(page.dialog_for(stored), env)


def socialisation_office(env: Env) -> Shown:
    """Kegiatan sosialisasi at the office: its own events and a village's, its form with a
    kecamatan's villages, a village's event read-only."""
    from desktop.domain.exchange import OfficeProfile
    from desktop.domain.socialisation import ReachedVillage
    from desktop.storage import socialisation
    from desktop.storage.exchange_settings import save_office
    from desktop.storage.socialisation import EventQuery, EventSource
    from tests.office.conftest import arrive
    from tests.socialisation_data import as_saved, event, section

    save_office(OfficeProfile("Kantor Imigrasi Kelas II TPI Kerinci", ("15.02", "15.01")))
    reached = tuple(ReachedVillage(v.code, v.name) for v in env.area_index.children("15.02.02")[:6])
    socialisation.save_event(
        event(
            "Aula Kantor Camat Bangko",
            villages=reached,
            officers="Seksi Intelijen dan Penindakan Keimigrasian",
            kepala_desa=6,
            perangkat_desa=12,
            bpd=6,
            warga=40,
        )
    )
    arrive([], events=section(as_saved(event("Balai Desa Kungkai", calon_pmi=9))))
    window = env.make_shell().window
    window.show_page("sosialisasi")
    page = window.page("sosialisasi")
    settle(env.qapp)
    yield "sosialisasi › kegiatan kantor dan desa", window
    dialog = _shown_dialog(page.dialog_for(), env)
    yield "kegiatan baru", dialog
    dialog.district.setCurrentIndex(1)
    settle(env.qapp)
    yield "kegiatan baru › kecamatan dipilih", dialog
    yield from _wrong_form(_shown_dialog(page.dialog_for(), env), env)
    page.model.set_query(EventQuery(EventSource.VILLAGES))
    village = socialisation.load_event(page.model.record_id(0))
    yield "kegiatan desa (hanya dibaca)", _shown_dialog(page.dialog_for(village), env)


OPENERS: dict[str, Callable[[Env], Shown]] = {
    "village window": village_window,
    "sending states": sending_states,
    "training window": training_window,
    "office window": office_window,
    "welcome wizard": welcome_wizard,
    "welcome wizard, data open": wizard_in_open_data,
    "protection of older data": protection_upgrade,
    "unlock": unlock_dialog,
    "unlock without key file": unlock_without_key_file,
    "lock screen": lock_screen,
    "change passphrase": change_passphrase,
    "about": about,
    "help": help_window,
    "crash": crash,
    "message boxes": message_boxes,
    "restore question": restore_question,
    "print leaflets": print_leaflets,
    "print incident": print_incident,
    "print result sheet": print_result_sheet,
    "print recovery sheet": print_recovery_sheet,
    "print registration sheet": print_registration_sheet,
    "print manual": print_manual,
    "presentation": presentation,
    "incident editor": incident_editor,
    "incident history": incident_history,
    "reason for a change": reason,
    "area code change": code_change,
    "village with the office's content": village_with_office_content,
    "content pack: what changes": pack_changes,
    "warning composer": warning_composer,
    "local contact": local_contact,
    "office record": office_record,
    "office pages with records": office_pages_with_records,
    "office import report": office_import_report,
    "office pattern": office_pattern,
    "office identities": office_identities,
    "office check": office_check,
    "socialisation, village": socialisation_village,
    "socialisation, office": socialisation_office,
}

# Window classes, by qualified name, and the opener that shows them.
COVERED = {
    "desktop.ui.shell.window.MainWindow": "village window",
    "desktop.ui.shell.office.OfficeWindow": "office window",
    "desktop.ui.wizard.WelcomeWizard": "welcome wizard",
    "desktop.ui.security.setup_wizard.ProtectionSetup": "protection of older data",
    "desktop.ui.security.unlock.UnlockDialog": "unlock",
    "desktop.ui.security.lock.LockScreen": "lock screen",
    "desktop.ui.security.settings_tab.ChangePassphraseDialog": "change passphrase",
    "desktop.ui.about.AboutDialog": "about",
    "desktop.ui.help_window.HelpWindow": "help",
    "desktop.ui.crash_dialog.CrashDialog": "crash",
    "desktop.ui.print_dialog.PrintDialog": "print leaflets",
    "desktop.ui.materi.presentation.PresentationWindow": "presentation",
    "desktop.ui.incidents.editor.IncidentDialog": "incident editor",
    "desktop.ui.incidents.history.HistoryDialog": "incident history",
    "desktop.ui.incidents.dialogs.ReasonDialog": "reason for a change",
    "desktop.ui.code_change.CodeChangeDialog": "area code change",
    "desktop.ui.packs.changes_dialog.ChangesDialog": "content pack: what changes",
    "desktop.ui.packs.warning_composer.WarningComposer": "warning composer",
    "desktop.ui.packs.contact_dialog.LocalContactDialog": "local contact",
    "desktop.ui.office.record_view.RecordView": "office record",
    "desktop.ui.office.record_view.IdentityDialog": "office identities",
    "desktop.ui.office.check_view.CheckView": "office check",
    "desktop.ui.office.pattern_view.PatternView": "office pattern",
    "desktop.ui.socialisation.dialog.EventDialog": "socialisation, village",
}

# Windows the app opens that these tests deliberately do not measure, and why.
LEFT_OUT = {
    "QFileDialog": "choosing a file or folder (import, export, backup, PDF): on Windows this is "
    "the system's own dialog, sized and worded by Windows",
}


def close_all(qapp: QApplication) -> None:
    """Hide what an opener left open (the fixtures delete the widgets)."""
    for widget in qapp.topLevelWidgets():
        if widget.isVisible() and isinstance(widget, QDialog | QWidget):
            widget.hide()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
