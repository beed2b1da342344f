"""Setting up the protection: the passphrase, then the recovery key on its sheet.

Runs before the database exists (first start) or before an earlier version's unencrypted
data is encrypted. The key file is written only at Finish, after the recovery key was shown
and taken down: closing earlier leaves nothing behind.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from desktop.paths import DataPaths
from desktop.printing.paper import Paper
from desktop.storage import keystore
from desktop.storage.keystore import NewProtection
from desktop.ui.messages import ask, inform
from desktop.ui.screen import fit_to_screen
from desktop.ui.security.passphrase_fields import PassphraseFields
from desktop.ui.style import TextSize
from desktop.ui.text_size_choice import TextSizeChoice
from desktop.ui.wizard import _Page


def computer_name() -> str:
    return platform.node() or "-"


def sheet_holder() -> str:
    return f"Siaga TPPO di komputer {computer_name()}"


class FirstPage(_Page):
    """A new installation: why a passphrase comes first, and the text size."""

    def __init__(self, current: TextSize, on_text_size: Callable[[TextSize], None]) -> None:
        choices = TextSizeChoice(current, on_text_size)
        self.buttons = choices.buttons
        super().__init__(
            self.tr("Welcome to Siaga TPPO"),
            self.tr(
                "The incident log holds the names of victims, children and recruiters, who may "
                "live next door. First, choose a passphrase that locks this data; then set up "
                "your village or office.\n\n"
                "Choose the text size that is most comfortable to read:"
            ),
            choices,
        )


class UpgradePage(_Page):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Protect the data of this office"),
            self.tr(
                "This version of Siaga TPPO protects the data with a passphrase. Anyone who "
                "copies the data, takes the computer or finds a backup cannot read it without "
                "the passphrase.\n\n"
                "Your data is kept: it is backed up first, then locked (encrypted) with the "
                "passphrase you choose on the next page. This takes a moment."
            ),
        )


class PassphrasePage(_Page):
    def __init__(self) -> None:
        self.fields = PassphraseFields()
        super().__init__(
            self.tr("Choose a passphrase"),
            self.tr(
                "Siaga TPPO asks for this passphrase when it starts and after it locks itself. "
                "Only staff who may read the incident log should know it. Do not write it on "
                "the computer or the desk. A sentence of a few words is easy to remember and "
                "hard to guess."
            ),
            self.fields,
        )
        self.fields.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.fields.passphrase() is not None


class RecoveryPage(_Page):
    """Shows the recovery key; printing or saving the sheet, then a promise to keep it."""

    def __init__(self, paths: DataPaths, made: NewProtection) -> None:
        body = QWidget()
        box = QVBoxLayout(body)
        groups = made.recovery_key.split("-")
        # Three groups a line, as on the sheet: the key never breaks at an odd place.
        self.key_label = QLabel("-".join(groups[:3]) + "\n" + "-".join(groups[3:]))
        self.key_label.setProperty("role", "title")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setWordWrap(True)
        box.addWidget(self.key_label)
        self.print_button = QPushButton(self.tr("&Print or save the recovery sheet…"))
        box.addWidget(self.print_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "hint")
        box.addWidget(self.status)
        promise = QLabel(
            self.tr(
                "Before you go on: print the sheet or write the key down, and keep it in the "
                "office safe."
            )
        )
        promise.setWordWrap(True)
        box.addWidget(promise)
        self.kept = QCheckBox(self.tr("&Yes, I have printed or written it down"))
        box.addWidget(self.kept)
        box.addStretch(1)
        super().__init__(
            self.tr("Your recovery key"),
            self.tr(
                "If the passphrase is ever forgotten, this recovery key is the only way to open "
                "the data again. Print the recovery sheet now and keep it in the office safe. "
                "The key is shown only now and is not kept on the computer."
            ),
            body,
        )
        self._paths = paths
        self._made = made
        self.kept.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(self.print_sheet)
        self.printed = False

    def isComplete(self) -> bool:
        return self.kept.isChecked()

    def print_sheet(self) -> None:
        """The print dialog for the sheet: printed from memory, saved only on purpose."""
        from desktop.ui.print_dialog import print_document
        from desktop.ui.security.recovery_job import RecoverySheetJob

        job = RecoverySheetJob(
            self._made.recovery_key, sheet_holder(), self._paths.root, self._sheet_done
        )
        print_document(job, Paper.A4, self)

    def _sheet_done(self, saved: Path | None) -> None:
        self.printed = True
        if saved is None:
            self.status.setText(self.tr("The recovery sheet was sent to the printer."))
        else:
            self.status.setText(
                self.tr("Saved: {file}. Print it, then delete the file.").format(file=saved)
            )


class ProtectionSetup(QWizard):
    """``protection`` holds the new key once Finish wrote the key file."""

    def __init__(
        self,
        paths: DataPaths,
        *,
        upgrade: bool,
        text_size: TextSize,
        on_text_size: Callable[[TextSize], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths = paths
        self.setWindowTitle(
            self.tr("Siaga TPPO — protect the data")
            if upgrade
            else self.tr("Siaga TPPO — set up your village")
        )
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.made = keystore.make_recovery()
        self.protection: NewProtection | None = None
        self.first = UpgradePage() if upgrade else FirstPage(text_size, on_text_size)
        self.addPage(self.first)
        self.passphrase_page = PassphrasePage()
        self.addPage(self.passphrase_page)
        self.recovery_page = RecoveryPage(paths, self.made)
        self.addPage(self.recovery_page)
        fit_to_screen(self, 90, 34)

    def accept(self) -> None:
        passphrase = self.passphrase_page.fields.passphrase()
        if passphrase is None or not self.recovery_page.isComplete():
            return
        self._paths.ensure()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            keystore.write_key_file(self._paths, self.made.key, passphrase)
        except OSError as exc:
            self.unsetCursor()
            inform(self, self.windowTitle(), str(exc.strerror or exc), warning=True)
            return
        self.unsetCursor()
        self.passphrase_page.fields.clear()
        self.protection = self.made
        super().accept()

    def reject(self) -> None:
        if ask(
            self,
            self.tr("Close set-up?"),
            self.tr(
                "Nothing has been saved yet. The next time you open Siaga TPPO, set-up starts "
                "again with a new recovery key."
            ),
            self.tr("Close set-up"),
            self.tr("Continue set-up"),
        ):
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
