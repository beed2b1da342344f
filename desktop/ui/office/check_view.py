"""The office's view of one job-offer check from a village, read-only: its result and offer,
the village it came from, and the incident recorded from it (opened in its own view)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checklist import ChecklistShelf
from desktop.domain.incident import RecordNotFound
from desktop.storage import assessments, incidents, office_imports
from desktop.ui.office.check_words import check_html
from desktop.ui.screen import fit_to_screen


class CheckView(QDialog):
    record_requested = Signal(str)  # the record id of the incident recorded from the check

    def __init__(
        self,
        record_id: str,
        *,
        checklists: ChecklistShelf,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Job-offer check"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.body = QTextBrowser()
        layout.addWidget(self.body, 1)
        row = QHBoxLayout()
        self.incident_label = QLabel()
        self.incident_label.setWordWrap(True)
        row.addWidget(self.incident_label, 1)
        self.incident_button = QPushButton(self.tr("&Open the record"))
        self.incident_button.clicked.connect(self._open_incident)
        row.addWidget(self.incident_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._incident: str | None = None
        check = assessments.find_by_record_id(record_id)
        if check is None:
            self.heading.setText(self.tr("This check is no longer held here."))
            self.body.hide()
            self.incident_label.hide()
            self.incident_button.hide()
        else:
            source = office_imports.check_source_of(record_id)
            if source is None:
                place = self.tr("village not known")
            else:
                kind = self.tr("Kelurahan") if source.kelurahan else self.tr("Desa")
                place = self.tr("{kind} {village}, Kec. {district}").format(
                    kind=kind,
                    village=source.village_name or source.village_code,
                    district=source.district_name,
                )
            self.heading.setText(self.tr("Job-offer check — {place}").format(place=place))
            self.body.setHtml(check_html(check, checklists, language))
            self._show_incident(check.incident_record_id)
        fit_to_screen(self, 90, 34)

    def _show_incident(self, incident_record_id: str | None) -> None:
        number = None
        if incident_record_id is not None:
            try:
                number = incidents.load_incident(incident_record_id).meta.number
            except RecordNotFound:
                number = None
        if number is None:
            text = (
                self.tr("It was not recorded as an incident.")
                if incident_record_id is None
                else self.tr("It was recorded as an incident that is not held here.")
            )
            self.incident_label.setText(text)
            self.incident_button.hide()
            return
        self._incident = incident_record_id
        self.incident_label.setText(
            self.tr("Recorded as incident no. {number}.").format(number=number)
        )

    @Slot()
    def _open_incident(self) -> None:
        if self._incident is not None:
            self.record_requested.emit(self._incident)
