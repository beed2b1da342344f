"""Printing the recovery sheet (desktop.ui.print_dialog prints it). It goes to the printer
from memory; a PDF is written only when the user saves one on purpose, after a warning."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QWidget

from desktop.printing.paper import Paper
from desktop.printing.recovery_sheet import RecoverySheet, build_recovery_sheet
from desktop.ui.messages import ask
from desktop.ui.print_dialog import PrintJob


class RecoverySheetJob(PrintJob):
    """``on_done(saved)`` hears that the sheet was printed (``saved`` None) or saved."""

    def __init__(
        self,
        recovery_key: str,
        holder: str,
        data_folder: Path,
        on_done: Callable[[Path | None], None],
    ) -> None:
        super().__init__(self.tr("Print the recovery sheet"))
        self._sheet = RecoverySheet(recovery_key, holder, str(data_folder), datetime.now())
        self._on_done = on_done

    def work(self, paper: Paper) -> Callable[[], bytes]:
        sheet = self._sheet
        return lambda: build_recovery_sheet(sheet, paper)

    def file_name(self, paper: Paper) -> str:
        return "lembar-pemulihan-siaga-tppo.pdf"

    def hint(self, paper: Paper) -> str:
        return self.tr("Keep the printed sheet in the office safe, away from the computer.")

    def may_save(self, parent: QWidget) -> bool:
        return ask(
            parent,
            self.tr("Save the recovery sheet?"),
            self.tr(
                "Anyone who finds this file can open the data together with a copy of it. "
                "Save it on a flash disk, print it, then delete the file."
            ),
            self.tr("Save"),
        )

    def done(self, saved: Path | None) -> None:
        self._on_done(saved)
