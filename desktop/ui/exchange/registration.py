"""Kirim & Ekspor (village): the village's key fingerprint and its registration sheet.

The immigration office holds a village's first export until an officer has compared the
fingerprint of the key that signed it with the village's own: read over the telephone, or from
the registration sheet printed here (desktop/printing/registration_sheet.py), signed and
stamped by the head. The page builds the sheet's record; printing only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.profile import VillageProfile
from desktop.printing.paper import Paper
from desktop.printing.registration_sheet import RegistrationSheet, build_registration_sheet
from desktop.storage import exchange_keys
from desktop.ui.print_dialog import PrintJob, print_document


class RegistrationSheetJob(PrintJob):
    def __init__(self, sheet: RegistrationSheet) -> None:
        super().__init__(self.tr("Print the registration sheet"))
        self._sheet = sheet

    def work(self, paper: Paper) -> Callable[[], bytes]:
        sheet = self._sheet
        return lambda: build_registration_sheet(sheet, paper)

    def file_name(self, paper: Paper) -> str:
        return f"lembar-pendaftaran-{self._sheet.village_code.replace('.', '')}.pdf"

    def hint(self, paper: Paper) -> str:
        return self.tr(
            "The village head signs and stamps it; it goes to the immigration office with the "
            "first export, or stays by the telephone for when the office calls."
        )


class RegistrationBox(QGroupBox):
    """The fingerprint to read to the office, and the sheet that carries it."""

    def __init__(
        self,
        load_profile: Callable[[], VillageProfile | None],
        fingerprint: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Registration at the immigration office"), parent)
        self._load_profile = load_profile
        self._fingerprint = fingerprint
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print the &registration sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)

    def refresh(self) -> None:
        self.text.setText(
            self.tr(
                "The immigration office imports this village's first export only after "
                "comparing the fingerprint of this computer's key: {fingerprint}. Read it to "
                "the office when it calls, or print the registration sheet, sign and stamp it, "
                "and take it to the office."
            ).format(fingerprint=self._fingerprint().replace(" ", "\N{NO-BREAK SPACE}"))
        )  # the fingerprint is read in one piece: never broken over two lines

    def sheet(self) -> RegistrationSheet | None:
        profile = self._load_profile()
        if profile is None:
            return None
        office = exchange_keys.office_key()
        return RegistrationSheet(
            kind="Kelurahan" if profile.is_kelurahan else "Desa",  # the sheet is Indonesian
            village_name=profile.village_name,
            district_name=profile.district_name,
            regency_name=profile.regency_name,
            province_name=profile.province_name,
            village_code=profile.village_code,
            head_name=profile.head_name,
            fingerprint=self._fingerprint(),
            office_name=office.office_name if office else "",
            made_at=datetime.now(),
            training=profile.training,
        )

    def print_sheet(self) -> None:
        sheet = self.sheet()
        if sheet is not None:
            print_document(RegistrationSheetJob(sheet), Paper.A4, self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
