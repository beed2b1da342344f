"""Choosing how the result sheet is printed: paper size, and whether to name the person."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.paper import Paper


@dataclass(frozen=True)
class PrintChoice:
    paper: Paper
    with_details: bool


class SheetPrintDialog(QDialog):
    def __init__(self, paper: Paper, has_details: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the result sheet"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The sheet is saved as a PDF file that you can print and give to the family.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(self.tr("Paper"))
        papers = QVBoxLayout(box)
        self.a4 = QRadioButton(self.tr("A&4 (210 × 297 mm)"))
        self.f4 = QRadioButton(self.tr("&F4 / folio (215 × 330 mm)"))
        (self.a4 if paper is Paper.A4 else self.f4).setChecked(True)
        papers.addWidget(self.a4)
        papers.addWidget(self.f4)
        layout.addWidget(box)
        self.details = QCheckBox(
            self.tr("Print the initials and the offer details (company, destination, job)")
        )
        self.details.setChecked(False)
        self.details.setEnabled(has_details)
        layout.addWidget(self.details)
        note = QLabel(
            self.tr(
                "Leave this unticked unless the family needs it: the sheet may be seen by others."
            )
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("&Save PDF"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> PrintChoice:
        return PrintChoice(Paper.A4 if self.a4.isChecked() else Paper.F4, self.details.isChecked())
