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
from dataclasses import dataclass
from datetime import date
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

from desktop.domain.checklist import Answer
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
from desktop.storage import keystore, profile_store
from desktop.storage.keystore import TEST_KDF
from desktop.ui.about import AboutDialog
from desktop.ui.crash_dialog import CrashDialog
from desktop.ui.messages import ask, inform
from desktop.ui.print_dialog import PrintDialog
from tests.ui.helpers import KUNGKAI, choose_with_lists

Shown = Iterator[tuple[str, QWidget]]
KUNGKAI_CHAIN = ("15", "15.02", "15.02.02", "15.02.02.2004")
PASSPHRASE = "kopi pahit di pagi hari"
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


def settle(qapp: QApplication) -> None:
    for _ in range(3):
        qapp.processEvents()


def _pages(window, env: Env) -> Shown:
    """Every page of a main window and every tab on it."""
    for key in window.page_keys():
        window.show_page(key)
        page = window.page(key)
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
    window = env.make_shell().window
    yield from _pages(window, env)
    yield from _narrowest(window, env)


# --- set-up ------------------------------------------------------------------------------------


def _next(wizard: QWizard, env: Env) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()
    settle(env.qapp)


def first_run_wizard(env: Env) -> Shown:
    shell = env.make_shell()
    wizard = shell.wizard
    settle(env.qapp)
    yield "selamat datang", wizard
    _next(wizard, env)
    choose_with_lists(wizard.form.area, *KUNGKAI_CHAIN)
    settle(env.qapp)
    yield "desa", wizard
    _next(wizard, env)
    wizard.form.head.set_text("head_name", "Siti Aminah")
    yield "kepala desa", wizard
    _next(wizard, env)
    yield "kontak", wizard
    _next(wizard, env)
    yield "siap", wizard
    while wizard.currentId() != wizard.startId():
        wizard.back()
    wizard.role.office.setChecked(True)
    _next(wizard, env)
    yield "kantor imigrasi", wizard


def _protection_wizard(env: Env, folder: str, *, upgrade: bool):
    from desktop.paths import DataPaths
    from desktop.ui.security.setup_wizard import ProtectionSetup
    from desktop.ui.style import TextSize

    wizard = ProtectionSetup(
        DataPaths.resolve(env.tmp_path / folder),
        upgrade=upgrade,
        text_size=TextSize.NORMAL,
        on_text_size=lambda _size: None,
    )
    env.qtbot.addWidget(wizard)
    wizard.show()
    settle(env.qapp)
    return wizard


def protection_setup(env: Env) -> Shown:
    wizard = _protection_wizard(env, "baru", upgrade=False)
    yield "selamat datang", wizard
    _next(wizard, env)
    fields = wizard.passphrase_page.fields
    fields.first.setText(PASSPHRASE)
    fields.second.setText(PASSPHRASE)
    settle(env.qapp)
    yield "kata sandi", wizard
    _next(wizard, env)
    yield "kunci pemulihan", wizard


def protection_upgrade(env: Env) -> Shown:
    yield "lindungi data", _protection_wizard(env, "lama", upgrade=True)


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


def print_recovery_sheet(env: Env) -> Shown:
    from desktop.ui.security.recovery_job import RecoverySheetJob

    job = RecoverySheetJob("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ", "Desa Kungkai", env.tmp_path, print)
    yield "lembar pemulihan", _print_dialog(job, env)


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


OPENERS: dict[str, Callable[[Env], Shown]] = {
    "village window": village_window,
    "sending states": sending_states,
    "training window": training_window,
    "office window": office_window,
    "first-run wizard": first_run_wizard,
    "protection set-up": protection_setup,
    "protection of older data": protection_upgrade,
    "unlock": unlock_dialog,
    "unlock without key file": unlock_without_key_file,
    "lock screen": lock_screen,
    "change passphrase": change_passphrase,
    "about": about,
    "crash": crash,
    "message boxes": message_boxes,
    "print leaflets": print_leaflets,
    "print incident": print_incident,
    "print result sheet": print_result_sheet,
    "print recovery sheet": print_recovery_sheet,
    "presentation": presentation,
    "incident editor": incident_editor,
    "incident history": incident_history,
    "reason for a change": reason,
}

# Window classes, by qualified name, and the opener that shows them.
COVERED = {
    "desktop.ui.main_window.MainWindow": "village window",
    "desktop.ui.exchange.office.OfficeWindow": "office window",
    "desktop.ui.wizard.FirstRunWizard": "first-run wizard",
    "desktop.ui.security.setup_wizard.ProtectionSetup": "protection set-up",
    "desktop.ui.security.unlock.UnlockDialog": "unlock",
    "desktop.ui.security.lock.LockScreen": "lock screen",
    "desktop.ui.security.settings_tab.ChangePassphraseDialog": "change passphrase",
    "desktop.ui.about.AboutDialog": "about",
    "desktop.ui.crash_dialog.CrashDialog": "crash",
    "desktop.ui.print_dialog.PrintDialog": "print leaflets",
    "desktop.ui.materi.presentation.PresentationWindow": "presentation",
    "desktop.ui.incidents.editor.IncidentDialog": "incident editor",
    "desktop.ui.incidents.history.HistoryDialog": "incident history",
    "desktop.ui.incidents.dialogs.ReasonDialog": "reason for a change",
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
