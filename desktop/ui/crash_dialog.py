"""The one dialog for unexpected errors (shown by errors.CrashHandler)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.screen import fit_to_screen, grow_to_fit
from desktop.ui.widgets.dialog_parts import add_close


class CrashDialog(QDialog):
    """Shown for an unexpected error: reassurance first, details folded away."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("An error occurred"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Sorry, something unexpected went wrong. What you have typed is still in its "
                "form; please check it and save again. If this keeps happening, tell the "
                "immigration office and give them the log file."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        if log_file is not None:
            where = QLabel(self.tr("Log file: {path}").format(path=log_file))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        toggle = QPushButton(self.tr("Show details"))
        toggle.setCheckable(True)
        toggle.toggled.connect(self._show_details)
        layout.addWidget(toggle, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)
        add_close(self, layout, self.tr("Close"))
        fit_to_screen(self, 70, 12)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        if shown:
            grow_to_fit(self, 90, 30)
