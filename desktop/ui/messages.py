"""Message boxes that say what their buttons do ("Pulihkan", "Hapus"), not a standard Yes or No."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.screen import available_area, text_units

# Qt wraps a message at about 500 px whatever its length: at Sangat besar a long one (the
# restore question with what the office already holds) grew taller than the screen. A long
# message gets lines of about this many characters instead, within the screen.
LONG_MESSAGE = 300
LINE_CHARS = 60


def _box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if len(text) > LONG_MESSAGE:
        width = min(text_units(LINE_CHARS, 1).width(), available_area(parent).width() - 200)
        box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {width}px; }}")
    return box


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """Ask a yes/no question with explicit button words; True when the user chose ``yes``."""
    box = _box(QMessageBox.Icon.Question, title, text, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(
        no or QCoreApplication.translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = _box(icon, title, text, parent)
    box.addButton(QCoreApplication.translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
