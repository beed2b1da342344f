"""Printing the result of a check for the family: the sheet on A4 or F4, with the person's
initials and the offer only when the user ticks it (desktop.ui.print_dialog prints it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from desktop.printing.checklist_sheet import ResultSheet, build_result_sheet
from desktop.printing.paper import Paper
from desktop.ui.print_dialog import PrintJob, choices_box


class ResultSheetJob(PrintJob):
    """``sheet(with_details)`` words the sheet; ``on_done(saved, with_details)`` hears that it
    was printed (``saved`` None) or saved."""

    def __init__(
        self,
        sheet: Callable[[bool], ResultSheet],
        *,
        has_details: bool,
        file_name: str,
        on_done: Callable[[Path | None, bool], None],
    ) -> None:
        super().__init__(self.tr("Print the result sheet"))
        self._sheet = sheet
        self._has_details = has_details
        self._file_name = file_name
        self._on_done = on_done
        self.details: QCheckBox | None = None

    def choices(self) -> QWidget:
        box, layout = choices_box(self.tr("A sheet for the family"))
        # Short, so that it does not make the choices wider than the preview; the note says
        # what it means.
        self.details = QCheckBox(self.tr("Print the &initials and the offer"))
        self.details.setEnabled(self._has_details)
        self.details.toggled.connect(self.changed)
        layout.addWidget(self.details)
        note = QLabel(
            self.tr(
                "The offer: company, destination and job. Leave this unticked unless the family "
                "needs it: the sheet may be seen by others."
            )
        )
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)
        return box

    def with_details(self) -> bool:
        return self.details is not None and self.details.isChecked()

    def work(self, paper: Paper) -> Callable[[], bytes]:
        sheet = self._sheet(self.with_details())
        return lambda: build_result_sheet(sheet, paper)

    def file_name(self, paper: Paper) -> str:
        return self._file_name

    def done(self, saved: Path | None) -> None:
        self._on_done(saved, self.with_details())
