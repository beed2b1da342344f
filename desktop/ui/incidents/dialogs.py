"""Small dialogs of the incident log: the reason for an edit, unsaved changes."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.screen import fit_to_screen
from desktop.ui.widgets.dialog_parts import add_accept_cancel, error_line


class ReasonDialog(QDialog):
    """Asks why a record that is already referred or closed is being changed."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason for the change"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Record no. {number} has already been referred or closed. Write briefly why it "
                "is being changed; the reason is kept in its history."
            ).format(number=number)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. the police gave their report number"))
        layout.addWidget(self.reason, 1)
        self.error = error_line()
        layout.addWidget(self.error)
        add_accept_cancel(self, layout, self.tr("Save with this reason"), self.tr("Cancel"))
        fit_to_screen(self, 60, 12)

    def accept(self) -> None:
        if not self.text():
            self.error.setText(self.tr("Please write the reason."))
            self.error.show()
            self.reason.setFocus()
            return
        super().accept()

    def text(self) -> str:
        return " ".join(self.reason.toPlainText().split())


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None) -> Unsaved:
    """Save, throw away, or go back to the form?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "UnsavedChanges",
            "This record has changes that are not saved yet. Save them before closing?",
        )
    )
    save = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Close without saving"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Back to the form"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL
