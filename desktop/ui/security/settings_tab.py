"""Pengaturan → Keamanan: the passphrase, locking, and the keys of protected exports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UnlockPaused, WrongPassphrase
from desktop.domain.exchange import Role
from desktop.domain.security import (
    IDLE_LOCK_MINUTES,
    AuditKind,
    fingerprint,
)
from desktop.exchange import keys
from desktop.exchange.fetch import receiver_pins
from desktop.storage import (
    audit,
    exchange_keys,
    exchange_settings,
    keystore,
    profile_store,
    settings,
)
from desktop.storage.installation import Installation
from desktop.ui.messages import ask, inform
from desktop.ui.screen import VerticalScroll
from desktop.ui.security.lock import idle_minutes
from desktop.ui.security.passphrase_fields import PassphraseFields, password_edit


def _group(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    group = QGroupBox(title)
    return group, QVBoxLayout(group)


def _wrapped(text: str, role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class ChangePassphraseDialog(QDialog):
    """The current passphrase, then the new one twice. The data is not re-encrypted: the
    database key stays, only its wrapping in the key file changes (docs/dev/security.md)."""

    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._installation = installation
        self.setWindowTitle(self.tr("Change the passphrase"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.current = password_edit(self.tr("Current passphrase"))
        label = QLabel(self.tr("&Current passphrase"))
        label.setBuddy(self.current)
        form.addRow(label, self.current)
        layout.addLayout(form)
        self.fields = PassphraseFields(personal_words=self._personal_words)
        layout.addWidget(self.fields)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "error")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(
            self.tr("Change the passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fields.changed.connect(self._update)
        self.current.textChanged.connect(self._update)
        self._update()

    @staticmethod
    def _personal_words() -> tuple[str, ...]:
        from desktop.passphrase_strength import personal_words

        return personal_words(profile_store.load_profile())

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.current.text()) and self.fields.passphrase() is not None)

    @Slot()
    def change(self) -> None:
        new = self.fields.passphrase()
        if new is None or not self.current.text():
            return
        paths = self._installation.paths
        try:
            key = keystore.unlock(paths, self.current.text())
        except WrongPassphrase:
            self.status.setText(self.tr("The current passphrase is not right."))
            self.current.selectAll()
            self.current.setFocus()
            return
        except UnlockPaused as exc:
            self.status.setText(
                self.tr("Too many wrong passphrases. Try again in {seconds} seconds.").format(
                    seconds=exc.wait_seconds
                )
            )
            return
        if key != self._installation.key:
            self.status.setText(self.tr("The key file does not belong to the open data."))
            return
        keystore.write_key_file(paths, key, new)
        keystore.take_failed_tries(paths)
        audit.record_event(AuditKind.PASSPHRASE_CHANGED, {"via": "pengaturan"})
        self.current.clear()
        self.fields.clear()
        self.accept()


class SecurityTab(QWidget):
    """``lock_now`` locks the app. The villages' keys an office confirms are on its page Desa
    (desktop/ui/exchange/villages.py)."""

    def __init__(
        self,
        installation: Installation,
        *,
        lock_now: Callable[[], None],
        on_idle_minutes: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._installation = installation
        body = QWidget()
        layout = QVBoxLayout(body)

        group, box = _group(self.tr("Passphrase"))
        box.addWidget(
            _wrapped(
                self.tr(
                    "The data on this computer is locked (encrypted) with the office "
                    "passphrase. Without it, or the recovery key on the sheet in the office "
                    "safe, nobody can read it: not on this computer, not from a copy, not "
                    "from a backup."
                )
            )
        )
        row = QHBoxLayout()
        self.change_button = QPushButton(self.tr("&Change the passphrase…"))
        self.change_button.clicked.connect(self.change_passphrase)
        row.addWidget(self.change_button)
        row.addStretch(1)
        box.addLayout(row)
        self.passphrase_status = _wrapped("", "hint")
        box.addWidget(self.passphrase_status)
        layout.addWidget(group)

        group, box = _group(self.tr("Locking"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.idle = QComboBox()
        for minutes in IDLE_LOCK_MINUTES:
            self.idle.addItem(self.tr("after {minutes} minutes").format(minutes=minutes), minutes)
        self.idle.setCurrentIndex(self.idle.findData(idle_minutes()))

        def chosen(index: int) -> None:
            minutes = self.idle.itemData(index)
            settings.IDLE_LOCK_MINUTES.set(minutes)
            on_idle_minutes(minutes)

        self.idle.activated.connect(chosen)
        label = QLabel(self.tr("Lock when not used"))
        label.setBuddy(self.idle)
        form.addRow(label, self.idle)
        box.addLayout(form)
        row = QHBoxLayout()
        lock_button = QPushButton(self.tr("&Lock now (Ctrl+L)"))
        lock_button.clicked.connect(lock_now)
        row.addWidget(lock_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(
            _wrapped(
                self.tr(
                    "Locking covers the screen until the passphrase is typed. Nothing typed in "
                    "an open form is lost."
                ),
                "hint",
            )
        )
        layout.addWidget(group)

        group, self.keys_box = _group(self.tr("Keys of protected exports"))
        layout.addWidget(group)
        layout.addStretch(1)
        scroll = VerticalScroll(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.own_fingerprint = _wrapped("")
        self.office_key_text = _wrapped("")
        if exchange_settings.role() is Role.OFFICE:
            self._build_office()
        else:
            self._build_village()

    # --- passphrase -------------------------------------------------------------------------

    @Slot()
    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self._installation, self)
        if self._exec(dialog) == QDialog.DialogCode.Accepted:
            self.passphrase_status.setText(
                self.tr("The passphrase was changed. The recovery key on the sheet stays valid.")
            )

    def _exec(self, dialog: QDialog) -> int:
        return dialog.exec()

    # --- village ----------------------------------------------------------------------------

    def _build_village(self) -> None:
        box = self.keys_box
        box.addWidget(
            _wrapped(
                self.tr(
                    "Exports are signed with this village's own key, so the immigration "
                    "office can be sure they come from here, and are locked with the office's "
                    "key, so that only the office can read them."
                )
            )
        )
        box.addWidget(self.own_fingerprint)
        box.addWidget(self.office_key_text)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Install the office key from a file…"))
        self.import_button.clicked.connect(self.import_office_key)
        row.addWidget(self.import_button)
        row.addStretch(1)
        box.addLayout(row)
        self.refresh_village()

    def refresh_village(self) -> None:
        self.own_fingerprint.setText(
            self.tr("Fingerprint of this village's key: {fp}").format(fp=keys.village_fingerprint())
        )
        office = exchange_keys.office_key()
        if office is None:
            self.office_key_text.setText(
                self.tr(
                    "Office key: not installed yet. Until it is, exports can only be sent "
                    "without encryption, after a warning. Ask the immigration office for its "
                    "key file."
                )
            )
            self.office_key_text.setProperty("role", "error")
        else:
            self.office_key_text.setText(
                self.tr("Office key: {office}, fingerprint {fp}, installed {when}.").format(
                    office=office.office_name,
                    fp=office.fingerprint,
                    when=office.imported_at[:10],
                )
            )
            self.office_key_text.setProperty("role", "")
        self.office_key_text.style().unpolish(self.office_key_text)
        self.office_key_text.style().polish(self.office_key_text)

    def _choose_key_file(self) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the office key file"),
            "",
            self.tr("Office key files (*.siagakunci)"),
        )
        return chosen

    def _confirm_fingerprint(self, office: str, fp: str) -> bool:
        return ask(
            self,
            self.tr("Compare the fingerprint"),
            self.tr(
                "Key of: {office}\n\nFingerprint:\n{fp}\n\nTelephone the immigration office "
                "and ask them to read their fingerprint aloud. Install the key only if every "
                "digit is the same. If not, the file is not from the office: do not use it."
            ).format(office=office, fp=fp),
            self.tr("The digits are the same: install"),
            self.tr("Not the same / not checked"),
        )

    @Slot()
    def import_office_key(self) -> None:
        chosen = self._choose_key_file()
        if not chosen:
            return
        try:
            found = keys.read_office_key_file(Path(chosen))
        except (OSError, keys.KeyFileInvalid):
            inform(
                self,
                self.tr("Office key"),
                self.tr("This file is not a complete Siaga TPPO office key file."),
                warning=True,
            )
            return
        if not self._confirm_fingerprint(found.office_name, found.fingerprint):
            return
        keys.import_office_key(found)
        self.refresh_village()

    # --- office -----------------------------------------------------------------------------

    def _build_office(self) -> None:
        box = self.keys_box
        box.addWidget(
            _wrapped(
                self.tr(
                    "Villages lock their exports with this office's key; only this office "
                    "can read them. Give villages the public key file on a flash disk, and "
                    "read the fingerprint to them over the telephone."
                )
            )
        )
        box.addWidget(self.own_fingerprint)
        row = QHBoxLayout()
        save = QPushButton(self.tr("&Save the public key for villages…"))
        save.clicked.connect(self.save_public_key)
        row.addWidget(save)
        row.addStretch(1)
        box.addLayout(row)
        self.save_status = _wrapped("", "hint")
        box.addWidget(self.save_status)
        box.addWidget(
            _wrapped(
                self.tr(
                    "A village's key is confirmed on the page Villages: its first export, and "
                    "one signed by another key, wait there until you compared the fingerprint "
                    "with the village."
                ),
                "hint",
            )
        )
        self.refresh_office()

    def refresh_office(self) -> None:
        public = keys.ensure_office_key()
        self.own_fingerprint.setText(
            self.tr("Fingerprint of this office's key: {fp}").format(fp=fingerprint(public))
        )

    def _save_path(self, suggestion: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the office public key"),
            suggestion,
            self.tr("Office key files (*.siagakunci)"),
        )
        return chosen

    @Slot()
    def save_public_key(self) -> None:
        office = exchange_settings.load_office()
        name = office.name if office else ""
        public = keys.ensure_office_key()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = self._save_path(str(Path(folder) / keys.office_key_file_name(name)))
        if not chosen:
            return
        path = Path(chosen)
        try:
            path.write_bytes(keys.office_key_file_bytes(name, public, receiver_pins()))
        except OSError as exc:
            inform(self, self.tr("Office key"), str(exc.strerror or exc), warning=True)
            return
        audit.record_event(AuditKind.OFFICE_KEY_SAVED, {"file": path.name})
        self.save_status.setText(
            self.tr("Saved: {file}. Fingerprint to read to villages: {fp}").format(
                file=path, fp=fingerprint(public)
            )
        )
