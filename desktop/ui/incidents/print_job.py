"""Printing one incident record: its summary on A4 or F4, with the people's names, NIK and
phone numbers only when the user ticks it (desktop.ui.print_dialog prints it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from desktop.domain.incident import StoredIncident
from desktop.domain.profile import VillageProfile
from desktop.printing.incident_pdf import build_incident_pdf
from desktop.printing.paper import Paper
from desktop.ui.incidents.printout import printed_record
from desktop.ui.print_dialog import PrintJob, choices_box


class IncidentJob(PrintJob):
    def __init__(
        self,
        stored: StoredIncident,
        profile: VillageProfile,
        countries: dict[str, str],
        *,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(self.tr("Print record no. {number}").format(number=stored.meta.number))
        self.stored = stored
        self.profile = profile
        self.countries = countries
        self._now = now
        self.identity: QCheckBox | None = None

    def choices(self) -> QWidget:
        box, layout = choices_box(self.tr("Personal data"))
        self.identity = QCheckBox(self.tr("&Include names, NIK and phone numbers"))
        self.identity.toggled.connect(self.changed)
        layout.addWidget(self.identity)
        warning = QLabel(
            self.tr(
                "Personal data is confidential. Include it only when handing the record to the "
                "police or the immigration office, and keep the paper safe."
            )
        )
        warning.setWordWrap(True)
        warning.setProperty("role", "hint")
        layout.addWidget(warning)
        return box

    def include_identity(self) -> bool:
        return self.identity is not None and self.identity.isChecked()

    def work(self, paper: Paper) -> Callable[[], bytes]:
        record = printed_record(
            self.stored,
            self.profile,
            include_identity=self.include_identity(),
            countries=self.countries,
            printed_at=self._now(),
        )
        return lambda: build_incident_pdf(record, paper)

    def file_name(self, paper: Paper) -> str:
        return self.tr("incident-record-{number}.pdf").format(number=self.stored.meta.number)

    def done(self, saved: Path | None) -> None:
        if not self.include_identity():
            return
        # Names, NIK or phone numbers on paper or in a file: the audit trail says so.
        from desktop.domain.security import AuditKind
        from desktop.storage import audit

        audit.record_event(
            AuditKind.PRINTED_PERSONAL,
            {
                "what": f"Catatan Kejadian no. {self.stored.meta.number}",
                "file": saved.name if saved is not None else "printer",
            },
        )
