"""Setting up the protection: the passphrase, then the recovery key on its sheet.

The two pages are part of the welcome wizard (desktop/ui/wizard.py: a new installation) and of
``ProtectionSetup``, which protects an earlier version's unencrypted data before it is
encrypted. The key file is written only at Finish, after the recovery key was shown and taken
down: closing earlier leaves nothing behind.
"""

from __future__ import annotations

import platform
from collections.abc import Callable, Sequence
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
from desktop.storage.faults import os_problem
from desktop.storage.keystore import NewProtection
from desktop.ui.errors import disk_text
from desktop.ui.messages import ask, inform
from desktop.ui.screen import fit_to_screen
from desktop.ui.security.passphrase_fields import PassphraseFields
from desktop.ui.wizard_page import TitledPage


def computer_name() -> str:
    return platform.node() or "-"


def sheet_holder() -> str:
    return f"Siaga TPPO di komputer {computer_name()}"


class UpgradePage(TitledPage):
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


class PassphrasePage(TitledPage):
    """``personal_words``: the names a guesser near the office would try first (the village's
    and its head's, typed on the pages before), told to the strength judgement."""

    def __init__(self, personal_words: Callable[[], Sequence[str]] = tuple) -> None:
        self.fields = PassphraseFields(personal_words=personal_words)
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

    def initializePage(self) -> None:
        self.fields.judge_again()  # the names may have changed since the passphrase was typed

    def isComplete(self) -> bool:
        return self.fields.passphrase() is not None


class RecoveryPage(TitledPage):
    """Shows the recovery key; printing or saving the sheet, then a promise to keep it.
    ``holder`` names whose sheet it is (the village or office, once known)."""

    def __init__(
        self, paths: DataPaths, made: NewProtection, holder: Callable[[], str] = sheet_holder
    ) -> None:
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
        self._holder = holder
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
            self._made.recovery_key, self._holder(), self._paths.root, self._sheet_done
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


def write_protection(
    wizard: QWizard, paths: DataPaths, made: NewProtection, page: PassphrasePage
) -> NewProtection | None:
    """Write the key file for ``made`` with the passphrase of ``page`` (at Finish, after the
    recovery key was taken down); None, with the reason told, when it could not be written."""
    passphrase = page.fields.passphrase()
    if passphrase is None:
        return None
    wizard.setCursor(Qt.CursorShape.WaitCursor)
    try:
        paths.ensure()
        keystore.write_key_file(paths, made.key, passphrase)
    except OSError as exc:
        wizard.unsetCursor()
        inform(wizard, wizard.windowTitle(), disk_text(os_problem(exc), paths.root), warning=True)
        return None
    wizard.unsetCursor()
    page.fields.clear()
    return made


class ProtectionSetup(QWizard):
    """Protects an earlier version's unencrypted data: why, the passphrase, the recovery key.
    ``protection`` holds the new key once Finish wrote the key file."""

    def __init__(self, paths: DataPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self.setWindowTitle(self.tr("Siaga TPPO — protect the data"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.made = keystore.make_recovery()
        self.protection: NewProtection | None = None
        self.first = UpgradePage()
        self.addPage(self.first)
        self.passphrase_page = PassphrasePage()
        self.addPage(self.passphrase_page)
        self.recovery_page = RecoveryPage(paths, self.made)
        self.addPage(self.recovery_page)
        fit_to_screen(self, 90, 34)

    def accept(self) -> None:
        if not self.recovery_page.isComplete():
            return
        protection = write_protection(self, self._paths, self.made, self.passphrase_page)
        if protection is None:
            return
        self.protection = protection
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
