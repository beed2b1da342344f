"""The protection as a user meets it: set-up, unlocking, the lock screen, Pengaturan."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWizard

from desktop.domain.security import AuditKind
from desktop.paths import DataPaths
from desktop.storage import audit, keystore, profile_store, settings
from desktop.storage.installation import Installation
from desktop.storage.keystore import TEST_KDF
from desktop.storage.protected import open_protected
from desktop.ui.i18n import Language, Translations
from desktop.ui.print_dialog import PrintDialog
from desktop.ui.security import startup
from desktop.ui.security.lock import LockController
from desktop.ui.security.passphrase_fields import PassphraseFields
from desktop.ui.security.settings_tab import ChangePassphraseDialog, SecurityTab
from desktop.ui.security.setup_wizard import ProtectionSetup
from desktop.ui.security.unlock import UnlockPanel
from tests.ui.helpers import KUNGKAI, cheap_kdf, english_giveaways, press, visible_texts


@pytest.fixture(autouse=True)
def indonesian(qapp):
    Translations(qapp).install(Language.INDONESIAN)


NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
PASSPHRASE = "kebun kopi di bukit"


def test_the_strength_hint_speaks_plainly(qtbot):
    fields = PassphraseFields()
    qtbot.addWidget(fields)
    fields.first.setText("1234567")
    assert "Terlalu pendek" in fields.strength.text()
    fields.first.setText("12345678")
    assert "mudah ditebak" in fields.strength.text()
    assert fields.passphrase() is None
    fields.first.setText(PASSPHRASE)
    fields.second.setText(PASSPHRASE + "x")
    assert fields.passphrase() is None and fields.mismatch.isVisibleTo(fields)
    fields.second.setText(PASSPHRASE)
    assert fields.passphrase() == PASSPHRASE
    assert "Kuat" in fields.strength.text()


def test_changing_the_passphrase_tells_why_one_with_the_village_name_is_weak(qtbot, installation):
    profile_store.save_profile(KUNGKAI)
    dialog = ChangePassphraseDialog(installation)
    qtbot.addWidget(dialog)
    dialog.fields.first.setText("Kungkai2026")
    dialog.fields.second.setText("Kungkai2026")
    assert "Terlalu mudah ditebak" in dialog.fields.strength.text()
    assert "nama desa atau nama kepala desa" in dialog.fields.strength.text()
    assert dialog.fields.passphrase() is None and not dialog.ok.isEnabled()


def test_set_up_writes_the_key_file_only_after_the_recovery_key_was_taken_down(
    qtbot, tmp_path, monkeypatch
):
    cheap_kdf(monkeypatch)
    paths = DataPaths.resolve(tmp_path / "lama")
    wizard = ProtectionSetup(paths)
    qtbot.addWidget(wizard)
    wizard.show()
    seen = visible_texts(wizard)
    press(wizard, NEXT)
    fields = wizard.passphrase_page.fields
    fields.first.setText("pendek")
    assert not wizard.button(NEXT).isEnabled()
    fields.first.setText(PASSPHRASE)
    fields.second.setText(PASSPHRASE)
    seen += visible_texts(wizard)
    press(wizard, NEXT)
    recovery = wizard.recovery_page
    shown_key = recovery.key_label.text().replace("\n", "-")
    assert len(shown_key) == 29 and shown_key.count("-") == 5
    seen += visible_texts(wizard)
    assert not wizard.button(FINISH).isEnabled()
    assert not keystore.has_key_file(paths)
    recovery.kept.setChecked(True)
    press(wizard, FINISH)
    assert wizard.protection is not None
    assert keystore.unlock(paths, PASSPHRASE) == wizard.protection.key
    assert keystore.key_from_recovery(paths, shown_key) == wizard.protection.key
    found = english_giveaways(seen)
    assert not found, "English text on screen:\n" + "\n".join(found)


def test_the_recovery_sheet_goes_to_the_printer_without_a_file(qtbot, tmp_path, monkeypatch):
    """Through the print dialog every document uses; nothing is written to disk."""
    paths = DataPaths.resolve(tmp_path / "lama")
    wizard = ProtectionSetup(paths)
    qtbot.addWidget(wizard)
    printed = []
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", lambda: [QPrinterInfo()])
    monkeypatch.setattr(
        "desktop.ui.print_dialog.print_pdf",
        lambda document, printer, pages: printed.append(document.pageCount()),
    )

    def print_it(dialog: PrintDialog) -> int:
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10000)
        dialog.print_button.click()
        return 0

    monkeypatch.setattr(PrintDialog, "exec", print_it)
    wizard.recovery_page.print_button.click()
    assert printed == [1]
    assert "dikirim ke printer" in wizard.recovery_page.status.text()
    assert wizard.recovery_page.printed
    assert not list(tmp_path.rglob("*.pdf"))


def _protected(tmp_path, monkeypatch) -> tuple[DataPaths, keystore.NewProtection]:
    cheap_kdf(monkeypatch)
    paths = DataPaths.resolve(tmp_path / "desa")
    made = keystore.new_protection(paths, PASSPHRASE, kdf=TEST_KDF)
    inst = Installation(paths, made.key, new=True)
    inst.open()
    settings.RECEIPTS_POSTED.set(1)
    inst.close()
    return paths, made


def test_wrong_passphrases_are_told_and_then_paused(qtbot, tmp_path, monkeypatch):
    paths, _ = _protected(tmp_path, monkeypatch)
    panel = UnlockPanel(paths, key_opens_data=startup.key_opens(paths))
    qtbot.addWidget(panel)
    opened = []
    panel.unlocked.connect(opened.append)
    for n in range(3):
        panel.passphrase.setText(f"salah {n}")
        panel.try_passphrase()
        qtbot.waitUntil(lambda: not panel._busy)
        if n == 0:
            assert "belum benar" in panel.status.text()
            assert panel.open_button.isEnabled()
    assert not panel.open_button.isEnabled()
    assert "5 detik" in panel.status.text()
    panel.passphrase.setText(PASSPHRASE)
    panel.try_passphrase()  # the button is off: pressing Enter does nothing either
    assert opened == [] and not panel._busy


def test_the_right_passphrase_opens(qtbot, tmp_path, monkeypatch):
    paths, made = _protected(tmp_path, monkeypatch)
    panel = UnlockPanel(paths, key_opens_data=startup.key_opens(paths))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.unlocked) as got:
        panel.passphrase.setText(PASSPHRASE)
        panel.try_passphrase()
    assert got.args[0].key == made.key and not got.args[0].recovered


def test_the_recovery_key_sets_a_new_passphrase_on_screen(qtbot, tmp_path, monkeypatch):
    paths, made = _protected(tmp_path, monkeypatch)
    keystore.key_file_path(paths).unlink()  # even with the key file lost
    panel = UnlockPanel(paths, key_opens_data=startup.key_opens(paths), recovery_only=True)
    qtbot.addWidget(panel)
    panel.recovery_key.setText(keystore.make_recovery().recovery_key)  # another data's key
    panel.new_passphrase.first.setText("pagi cerah di sawah")
    panel.new_passphrase.second.setText("pagi cerah di sawah")
    panel.try_recovery()
    qtbot.waitUntil(lambda: not panel._busy)
    assert "bukan milik data ini" in panel.recovery_status.text()
    assert not keystore.has_key_file(paths)
    panel.recovery_key.setText(made.recovery_key.lower())
    with qtbot.waitSignal(panel.unlocked) as got:
        panel.try_recovery()
    assert got.args[0].recovered and got.args[0].key == made.key
    assert keystore.unlock(paths, "pagi cerah di sawah") == made.key


def test_locking_keeps_an_open_form_and_its_text(qtbot, installation, monkeypatch):
    cheap_kdf(monkeypatch)
    keystore.write_key_file(installation.paths, installation.key, PASSPHRASE)
    from tests.keys import TEST_KEY

    assert installation.key == TEST_KEY
    main = QDialog()
    qtbot.addWidget(main)
    form = QDialog(main)
    QVBoxLayout(form).addWidget(QLineEdit())
    form.findChild(QLineEdit).setText("Tawaran kerja ke Malaysia")
    main.show()
    form.open()  # window-modal, like the incident form
    now = [0.0]
    events = []
    lock = LockController(
        QApplication.instance(),
        installation.paths,
        idle_minutes=10,
        key_opens_data=lambda key: key == installation.key,
        on_locked=events.append,
        on_unlocked=lambda result: events.append("unlocked"),
        clock=lambda: now[0],
        check_every_ms=60_000,
    )
    try:
        now[0] = 9 * 60
        lock.check_idle()
        assert not lock.is_locked
        now[0] = 10 * 60 + 1
        lock.check_idle()
        assert lock.is_locked and events == ["idle"]
        assert form.windowOpacity() == 0.0 and main.windowOpacity() == 0.0
        assert form.isVisible()  # never closed or hidden: its event loop and text stay
        lock.screen.reject()  # Escape does not unlock
        assert lock.is_locked
        with qtbot.waitSignal(lock.unlocked):
            lock.screen.panel.passphrase.setText(PASSPHRASE)
            lock.screen.panel.try_passphrase()
        assert form.isVisible() and form.windowOpacity() == 1.0
        assert form.findChild(QLineEdit).text() == "Tawaran kerja ke Malaysia"
        assert events == ["idle", "unlocked"]
    finally:
        lock.stop()
        form.done(0)


def test_a_late_idle_watch_counts_activity_only_once_it_has_started(installation, qtbot):
    """The main window starts the watch a moment after it opens (start-up time); from then on
    typing counts as activity, and stop() cancels a watch that has not started yet."""
    field = QLineEdit()
    qtbot.addWidget(field)
    now = [0.0]
    lock = LockController(
        QApplication.instance(),
        installation.paths,
        idle_minutes=10,
        key_opens_data=lambda key: key == installation.key,
        on_locked=lambda reason: None,
        on_unlocked=lambda result: None,
        clock=lambda: now[0],
        check_every_ms=60_000,
        watch_after_ms=100,
    )
    try:
        now[0] = 60.0
        qtbot.keyClick(field, Qt.Key.Key_A)
        assert lock._last_activity == 0.0  # not watching yet
        qtbot.waitUntil(lambda: lock._watching)
        qtbot.keyClick(field, Qt.Key.Key_B)
        assert lock._last_activity == 60.0
    finally:
        lock.stop()
    stopped = LockController(
        QApplication.instance(),
        installation.paths,
        idle_minutes=10,
        key_opens_data=lambda key: True,
        on_locked=lambda reason: None,
        on_unlocked=lambda result: None,
        clock=lambda: now[0],
        watch_after_ms=50,
    )
    stopped.stop()
    qtbot.wait(120)
    now[0] = 120.0
    qtbot.keyClick(field, Qt.Key.Key_C)
    assert stopped._last_activity == 60.0  # the cancelled watch never started


def test_ctrl_l_locks_the_main_window_and_the_audit_trail_says_so(make_shell, qtbot, monkeypatch):
    profile_store.save_profile(KUNGKAI)
    shell = make_shell()
    window = shell.window
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert shell.lock.is_locked
        assert audit.list_events()[0].kind == AuditKind.LOCKED.value
    finally:
        if shell.lock.screen is not None:
            shell.lock.screen.may_close = True
            shell.lock.screen.close()
            shell.lock.screen = None
        shell.lock.stop()


def test_pengaturan_has_security_and_audit_tabs_in_indonesian(make_shell, qtbot, message_boxes):
    profile_store.save_profile(KUNGKAI)
    shell = make_shell()
    window = shell.window
    window.show_page("pengaturan")
    settings = window.page("pengaturan")
    names = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert "Keamanan" in names and "Jejak audit" in names
    seen = []
    for name in ("Keamanan", "Jejak audit"):
        settings.tabs.setCurrentIndex(names.index(name))
        seen += visible_texts(window)
    shell.lock.stop()
    found = english_giveaways(seen)
    assert not found, "English text on screen:\n" + "\n".join(found)
    assert any("Sidik kunci desa ini" in t for t in seen)


def test_changing_the_passphrase_needs_the_current_one(qtbot, installation, monkeypatch):
    cheap_kdf(monkeypatch)
    keystore.write_key_file(installation.paths, installation.key, PASSPHRASE)
    dialog = ChangePassphraseDialog(installation)
    qtbot.addWidget(dialog)
    dialog.current.setText("salah sekali")
    dialog.fields.first.setText("pagi cerah di sawah")
    dialog.fields.second.setText("pagi cerah di sawah")
    dialog.change()
    assert "belum benar" in dialog.status.text()
    dialog.current.setText(PASSPHRASE)
    dialog.change()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert keystore.unlock(installation.paths, "pagi cerah di sawah") == installation.key
    assert audit.list_events()[0].kind == AuditKind.PASSPHRASE_CHANGED.value


def test_the_office_key_is_installed_only_after_the_fingerprint_was_compared(
    qtbot, installation, tmp_path, monkeypatch
):
    import nacl.public

    from desktop.exchange import keys
    from desktop.storage import exchange_keys

    profile_store.save_profile(KUNGKAI)
    public = bytes(nacl.public.PrivateKey.generate().public_key)
    key_file = tmp_path / "kunci.siagakunci"
    key_file.write_bytes(keys.office_key_file_bytes("Kantor Imigrasi Kerinci", public))
    tab = SecurityTab(installation, lock_now=lambda: None, on_idle_minutes=lambda m: None)
    qtbot.addWidget(tab)
    assert "belum dipasang" in tab.office_key_text.text()
    shown = []
    monkeypatch.setattr(tab, "_choose_key_file", lambda: str(key_file))
    monkeypatch.setattr(
        tab, "_confirm_fingerprint", lambda office, fp: shown.append((office, fp)) or False
    )
    tab.import_office_key()
    assert shown == [("Kantor Imigrasi Kerinci", keys.fingerprint(public))]
    assert exchange_keys.office_key() is None
    monkeypatch.setattr(tab, "_confirm_fingerprint", lambda office, fp: True)
    tab.import_office_key()
    assert exchange_keys.office_key().public_key == public
    assert "Kantor Imigrasi Kerinci" in tab.office_key_text.text()


def test_start_up_asks_for_the_passphrase_and_protects_an_earlier_versions_data(
    qtbot, tmp_path, monkeypatch
):
    """What run_gui does before any window (a new folder's welcome wizard: test_wizard.py):
    protected data asks for the passphrase; an earlier version's data is protected and
    encrypted; closing the window opens nothing."""
    import shutil

    from desktop.storage.db import is_plain_sqlite
    from desktop.storage.installation import Protection

    paths, made = _protected(tmp_path, monkeypatch)

    def no_welcome():
        raise AssertionError("the welcome wizard is for a new folder only")

    def type_passphrase(dialog) -> int:
        dialog.panel.passphrase.setText(PASSPHRASE)
        dialog.panel.try_passphrase()
        qtbot.waitUntil(lambda: dialog.result_ is not None)
        return dialog.result()

    def started(folder: DataPaths, run):
        """The data opened as run_gui opens it: the window's prompt, then open_protected."""

        def ask(state):
            return startup.obtain_key(folder, state, welcome=no_welcome, on_language=print, run=run)

        return open_protected(folder, ask, via="aplikasi")

    again = started(paths, type_passphrase)
    try:
        assert again.state is Protection.LOCKED and again.granted.key == made.key
        assert again.granted.set_up is None
        kinds = [e.kind for e in audit.list_events()]
        assert AuditKind.UNLOCKED.value in kinds and AuditKind.PROTECTION_SET.value not in kinds
    finally:
        again.installation.close()

    def finish_setup(dialog) -> int:
        assert isinstance(dialog, ProtectionSetup)
        dialog.passphrase_page.fields.first.setText(PASSPHRASE)
        dialog.passphrase_page.fields.second.setText(PASSPHRASE)
        dialog.recovery_page.kept.setChecked(True)
        dialog.accept()
        return dialog.result()

    old = DataPaths.resolve(tmp_path / "lama")
    old.root.mkdir(parents=True)
    shutil.copy(
        Path(__file__).resolve().parent.parent / "fixtures" / "schema_v1.sqlite3", old.database
    )
    upgraded = started(old, finish_setup)
    assert upgraded.state is Protection.UNENCRYPTED and upgraded.newly_protected
    try:
        assert profile_store.load_profile().head_name == "Hasan Basri"
        assert AuditKind.PROTECTION_SET.value in [e.kind for e in audit.list_events()]
    finally:
        upgraded.installation.close()
    assert not is_plain_sqlite(old.database)
    assert started(paths, lambda dialog: 0) is None  # closing the window opens nothing
