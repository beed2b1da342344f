"""The parts every form dialog ends with: the error line that stays hidden until there is
something to say, and the accept and cancel buttons wired to the dialog; and the one Close
button of a dialog that only tells (about, the crash message)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout


def error_line() -> QLabel:
    """A wrapped label in the error style, hidden until it is given a message."""
    label = QLabel()
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def add_accept_cancel(
    dialog: QDialog, layout: QVBoxLayout, accept_text: str, cancel_text: str
) -> QPushButton:
    """Adds the dialog's buttons to ``layout``: ``accept_text`` calls ``dialog.accept`` (which
    checks the form), ``cancel_text`` rejects. The texts are the dialog's own translations.
    Returns the accept button."""
    buttons = QDialogButtonBox()
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return accept


def add_close(dialog: QDialog, layout: QVBoxLayout, close_text: str) -> None:
    """Adds a single button, ``close_text`` (the dialog's own translation), that accepts."""
    buttons = QDialogButtonBox()
    buttons.addButton(close_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    layout.addWidget(buttons)
