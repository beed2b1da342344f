"""Unlocking: the passphrase, or the recovery key and a new passphrase.

``UnlockPanel`` is used at start-up (``UnlockDialog``) and on the lock screen. The passphrase
is checked on a worker thread (the key derivation takes a moment on purpose); wrong tries are
counted by the key store, and the panel shows the pause before the next try.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import (
    KeyFileUnusable,
    UnlockPaused,
    WrongPassphrase,
    WrongRecoveryKey,
)
from desktop.domain.security import RecoveryKeyInvalid
from desktop.paths import DataPaths
from desktop.storage import keystore
from desktop.storage.keystore import DatabaseKey
from desktop.ui.flow_layout import button_row
from desktop.ui.screen import fit_to_screen, grow_to_content
from desktop.ui.security.passphrase_fields import PassphraseFields, password_edit
from desktop.ui.tasks import run_in_background


@dataclass(frozen=True)
class Unlocked:
    key: DatabaseKey
    recovered: bool  # the recovery key was used and a new passphrase set


def _refresh(label: QLabel) -> None:
    label.style().unpolish(label)
    label.style().polish(label)


class UnlockPanel(QWidget):
    """Emits ``unlocked(Unlocked)``. ``key_opens_data(key)`` says whether a key from a
    recovery key really opens this data (needed when there is no key file to check it);
    ``personal_words``, the names a new passphrase should not lean on (when known)."""

    unlocked = Signal(object)

    def __init__(
        self,
        paths: DataPaths,
        *,
        key_opens_data: Callable[[DatabaseKey], bool],
        personal_words: Callable[[], Sequence[str]] = tuple,
        title: str = "",
        recovery_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self._key_opens_data = key_opens_data
        self._busy = False
        self._paused = False
        layout = QVBoxLayout(self)
        self.title = QLabel(title or self.tr("Siaga TPPO is locked"))
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        # Passphrase page
        normal = QWidget()
        box = QVBoxLayout(normal)
        intro = QLabel(self.tr("Type the passphrase of this office to open the data."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.passphrase = password_edit(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase"))
        label.setBuddy(self.passphrase)
        box.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.try_passphrase)
        self.passphrase.returnPressed.connect(self.try_passphrase)
        row.addWidget(self.open_button)
        box.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.forgot_button = QPushButton(self.tr("&Forgot the passphrase? Use the recovery key"))
        self.forgot_button.clicked.connect(self.show_recovery)
        box.addWidget(self.forgot_button, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.pages.addWidget(normal)

        # Recovery page
        recovery = QWidget()
        rbox = QVBoxLayout(recovery)
        self.recovery_intro = QLabel(
            self.tr(
                "Take the recovery sheet from the office safe. Type the recovery key printed "
                "on it (capital or small letters, with or without dashes), then choose a new "
                "passphrase."
            )
        )
        self.recovery_intro.setWordWrap(True)
        rbox.addWidget(self.recovery_intro)
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("____-____-____-____-____-____")
        rlabel = QLabel(self.tr("&Recovery key"))
        rlabel.setBuddy(self.recovery_key)
        rbox.addWidget(rlabel)
        rbox.addWidget(self.recovery_key)
        self.new_passphrase = PassphraseFields(personal_words=personal_words)
        rbox.addWidget(self.new_passphrase)
        self.recovery_status = QLabel()
        self.recovery_status.setWordWrap(True)
        rbox.addWidget(self.recovery_status)
        self.recover_button = QPushButton(self.tr("Set the new passphrase and &open"))
        self.recover_button.clicked.connect(self.try_recovery)
        self.back_button = QPushButton(self.tr("&Back to the passphrase"))
        self.back_button.clicked.connect(self.show_passphrase)
        rbox.addWidget(button_row(self.recover_button, self.back_button))
        rbox.addStretch(1)
        # Not in a scroll area: its button is what finishes, and must never be out of sight.
        # The window grows to hold the page instead.
        self.pages.addWidget(recovery)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.new_passphrase.changed.connect(self._update_recover_button)
        self.recovery_key.textChanged.connect(self._update_recover_button)
        self._update_recover_button()
        if recovery_only:
            self.show_recovery()
            self.back_button.hide()
            self.recovery_intro.setText(
                self.tr(
                    "The key file of this data is missing. Take the recovery sheet from the "
                    "office safe, type the recovery key printed on it, then choose a new "
                    "passphrase."
                )
            )
        else:
            self._tick()

    # --- passphrase -------------------------------------------------------------------------

    def _say(self, label: QLabel, text: str, *, error: bool = False) -> None:
        label.setText(text)
        label.setProperty("role", "error" if error else "hint")
        _refresh(label)

    @Slot()
    def show_recovery(self) -> None:
        self.pages.setCurrentIndex(1)
        grow_to_content(self.window())  # the recovery page is the longer one
        self.recovery_key.setFocus()

    @Slot()
    def show_passphrase(self) -> None:
        self.pages.setCurrentIndex(0)
        self.passphrase.setFocus()

    def _tick(self) -> None:
        """Show the pause after wrong tries, counting down; enable the button after it."""
        waiting = keystore.wait_seconds(self._paths)
        if waiting:
            self.open_button.setEnabled(False)
            self._say(
                self.status,
                self.tr(
                    "Too many wrong passphrases. You can try again in {seconds} seconds."
                ).format(seconds=waiting),
                error=True,
            )
            self._paused = True
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            self.open_button.setEnabled(not self._busy)
            if self._paused:
                self._paused = False
                self._say(self.status, self.tr("You can try again now."))

    @Slot()
    def try_passphrase(self) -> None:
        if self._busy or not self.open_button.isEnabled():
            return
        given = self.passphrase.text()
        if not given:
            return
        self._busy = True
        self.open_button.setEnabled(False)
        self._say(self.status, self.tr("Checking…"))
        run_in_background(
            lambda: keystore.unlock(self._paths, given),
            on_done=self._passphrase_ok,
            on_error=self._passphrase_failed,
        )

    def _passphrase_ok(self, key: DatabaseKey) -> None:
        self._busy = False
        self.passphrase.clear()
        self._say(self.status, "")
        self.open_button.setEnabled(True)
        self.unlocked.emit(Unlocked(key, recovered=False))

    def _passphrase_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphrase):
            self._say(
                self.status,
                self.tr("That passphrase is not right. Check Caps Lock and try again."),
                error=True,
            )
        elif isinstance(exc, UnlockPaused):
            pass
        elif isinstance(exc, FileNotFoundError):
            self._say(
                self.status,
                self.tr("The key file of this data is missing: use the recovery key."),
                error=True,
            )
        elif isinstance(exc, KeyFileUnusable):
            self._say(
                self.status,
                self.tr("The key file of this data is damaged: use the recovery key."),
                error=True,
            )
        else:
            raise exc
        self.open_button.setEnabled(True)
        self._tick()

    # --- recovery ---------------------------------------------------------------------------

    def _update_recover_button(self) -> None:
        self.recover_button.setEnabled(
            not self._busy
            and bool(self.recovery_key.text().strip())
            and self.new_passphrase.passphrase() is not None
        )

    @Slot()
    def try_recovery(self) -> None:
        new = self.new_passphrase.passphrase()
        typed = self.recovery_key.text()
        if self._busy or new is None or not typed.strip():
            return
        self._busy = True
        self._update_recover_button()
        self._say(self.recovery_status, self.tr("Checking…"))

        def work() -> DatabaseKey:
            key = keystore.key_from_recovery(self._paths, typed)
            if not self._key_opens_data(key):
                raise WrongRecoveryKey()
            keystore.write_key_file(self._paths, key, new)
            keystore.take_failed_tries(self._paths)
            return key

        run_in_background(work, on_done=self._recovered, on_error=self._recovery_failed)

    def _recovered(self, key: DatabaseKey) -> None:
        self._busy = False
        self.recovery_key.clear()
        self.new_passphrase.clear()
        self._say(self.recovery_status, "")
        self._update_recover_button()
        self.unlocked.emit(Unlocked(key, recovered=True))

    def _recovery_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_recover_button()
        if isinstance(exc, RecoveryKeyInvalid):
            text = self.tr(
                "A recovery key has 24 letters and digits in six groups. Check what you typed."
            )
        elif isinstance(exc, WrongRecoveryKey):
            text = self.tr(
                "This recovery key does not belong to this data. Check each character, or look "
                "for the sheet of this computer."
            )
        else:
            raise exc
        self._say(self.recovery_status, text, error=True)


class UnlockDialog(QDialog):
    """Start-up: the data stays closed until the passphrase (or recovery key) is given."""

    def __init__(
        self,
        paths: DataPaths,
        *,
        key_opens_data: Callable[[DatabaseKey], bool],
        recovery_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Siaga TPPO — open the data"))
        self.result_: Unlocked | None = None
        layout = QVBoxLayout(self)
        self.panel = UnlockPanel(
            paths,
            key_opens_data=key_opens_data,
            title=self.tr("Open the data of Siaga TPPO"),
            recovery_only=recovery_only,
        )
        self.panel.unlocked.connect(self._done)
        layout.addWidget(self.panel, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("&Close Siaga TPPO"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        fit_to_screen(self, 80, 24)

    def _done(self, result: Unlocked) -> None:
        self.result_ = result
        self.accept()
