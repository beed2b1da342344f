""" "Catat sebagai kejadian": an incident record prefilled from a saved job-offer check.

The incident log owns the record and its window (desktop/ui/incidents); this module only fills
in what the check already knows and hands the village head the log's own window to complete,
check and save it. The page then stores the new record's id with the check. Nothing is claimed
that the check did not establish: the company's licence stays "belum dicek" (a recruiter's word
or an unanswered question is not a check of the official list).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.domain.assessment import Assessment
from desktop.domain.checklist import Answer, Checklist
from desktop.domain.incident import (
    NOTES_MAX,
    SHORT_MAX,
    SUMMARY_MAX,
    ControlMeans,
    DeparturePoint,
    Incident,
    LicenceStatus,
    Person,
    PersonRole,
    ReportType,
    StoredIncident,
)
from desktop.domain.incident import Answer as IncidentAnswer
from desktop.storage import profile_store
from desktop.ui.checklist.texts import level_words
from desktop.ui.formatting import format_date
from desktop.ui.incidents.editor import NEW_DRAFT, IncidentDialog
from desktop.ui.messages import inform

PrintRecord = Callable[[StoredIncident, QWidget], None]

# Yes to these questions tells how the person would be controlled (HTCDS MethodsOfControl).
CONTROL = {
    "paspor-hp-ditahan": ControlMeans.DOCUMENTS_HELD,
    "utang-potong-gaji": ControlMeans.DEBT,
    "dilarang-berkomunikasi": ControlMeans.MOVEMENT_RESTRICTED,
    "ancaman-kekerasan": ControlMeans.THREATS,
    "pekerjaan-tidak-jelas": ControlMeans.FALSE_PROMISES,
    "pekerjaan-berbeda": ControlMeans.FALSE_PROMISES,
    "gaji-ditahan": ControlMeans.EARNINGS_TAKEN,
}
# "Leaving without an immigration check?" is the opposite of "through an official checkpoint?".
CHECKPOINT = {
    Answer.YES: IncidentAnswer.NO,
    Answer.NO: IncidentAnswer.YES,
    Answer.UNKNOWN: IncidentAnswer.UNKNOWN,
}


def country_in(text: str, countries: dict[str, str]) -> str:
    """The code of the country named in ``text`` ('Kamboja (Phnom Penh)' -> 'KH'), else ''."""
    found = [
        (len(name), code)
        for code, name in countries.items()
        if re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    ]
    return max(found)[1] if found else ""


_PHONE = re.compile(r"\+?\(?\d[\d ().-]{4,}\d")
_CHANNEL = re.compile(r"^(?:whatsapp|wa|hp|telp\.?|telepon|no\.?)\s*:?\s*$", re.IGNORECASE)
_ROUTE = re.compile(r"\b(?:lewat|melalui|via)\s+[^,()]*", re.IGNORECASE)


def phone_in(text: str) -> tuple[str, str]:
    """Split a recruiter's contact into (name or account, phone number):
    'Pak F, 0812-0000-1111' -> ('Pak F', '0812-0000-1111'). A run of 6 to 15 digits counts as a
    number (the incident log's rule, which allows foreign numbers)."""
    for match in _PHONE.finditer(text):
        number = match.group(0).strip()
        if 6 <= len(re.sub(r"\D", "", number)) <= 15:
            rest = (text[: match.start()] + " " + text[match.end() :]).strip(" ,;:-")
            rest = " ".join(rest.split())
            return ("" if _CHANNEL.match(rest) else rest), number
    return text.strip(), ""


def city_in(text: str, country_name: str) -> str:
    """The place named in a destination besides the country and the route:
    'Kamboja (Phnom Penh)' -> 'Phnom Penh', 'Malaysia (lewat Dumai)' -> ''."""
    rest = _ROUTE.sub(" ", text)
    if country_name:
        rest = re.sub(rf"\b{re.escape(country_name)}\b", " ", rest, flags=re.IGNORECASE)
    parts = [" ".join(p.split()) for p in re.split(r"[(),;]", rest)]
    return ", ".join(p for p in parts if p)


def departure_in(text: str) -> DeparturePoint | None:
    """The departure port named in ``text`` ('Malaysia (lewat Dumai)' -> Dumai), else None."""
    lowered = text.lower()
    for point in DeparturePoint:
        if point not in (DeparturePoint.AIRPORT, DeparturePoint.OTHER) and re.search(
            rf"\b{point.value.replace('_', ' ')}\b", lowered
        ):
            return point
    return None


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class IncidentFromCheck(QObject):
    """Words for the prefilled record (a QObject so that they are translated)."""

    def incident(
        self,
        assessment: Assessment,
        checklist: Checklist,
        language: str,
        countries: dict[str, str],
    ) -> Incident:
        result = assessment.result
        answers = assessment.answers
        offer = assessment.offer
        yes = set(result.drivers)
        modus = checklist.indicator(result.drivers[0]).modus if result.drivers else None
        country = country_in(offer.destination, countries)
        recruiter, phone = phone_in(offer.recruiter_contact)
        about = ", ".join(p for p in (offer.job, offer.destination) if p)
        summary = self.tr("Job-offer check: {level}").format(level=level_words(result.level))
        if about:
            summary = f"{summary}. {about}"
        lines = [
            self.tr(
                "Recorded from the job-offer check of {date} (question list version {version}): "
                "{level}."
            ).format(
                date=format_date(assessment.assessed_on),
                version=result.checklist_version,
                level=level_words(result.level),
            )
        ]
        if result.stage:
            lines.append(
                self.tr("Stage: {stage}.").format(
                    stage=checklist.stage(result.stage).title.get(language)
                )
            )
        if result.drivers:
            lines.append(self.tr("Found:"))
            for key in result.drivers:
                indicator = checklist.indicator(key)
                lines.append(f"- {(indicator.finding or indicator.question).get(language)}")
        if result.unknowns:
            lines.append(self.tr("Still to check:"))
            for key in result.unknowns:
                indicator = checklist.indicator(key)
                lines.append(f"- {(indicator.to_check or indicator.question).get(language)}")
        checkpoint = answers.get("keluar-tanpa-pemeriksaan-imigrasi")
        return Incident(
            report_type=ReportType.SUSPICIOUS_OFFER,
            reported_on=assessment.assessed_on,
            modus=modus,
            summary=_clip(summary, SUMMARY_MAX),
            destination_country=country,
            destination_city=_clip(
                city_in(offer.destination, countries.get(country, "")), SHORT_MAX
            ),
            departure_point=departure_in(offer.destination),
            official_checkpoint=CHECKPOINT.get(checkpoint) if checkpoint else None,
            recruiter_name=_clip(recruiter, SHORT_MAX),
            recruiter_phone=phone,
            company=_clip(offer.company, SHORT_MAX),
            licence=LicenceStatus.NOT_CHECKED,
            control=frozenset(means for key, means in CONTROL.items() if key in yes),
            people=(Person(role=PersonRole.POTENTIAL_VICTIM, under_18="anak-di-bawah-18" in yes),),
            notes=_clip("\n".join(lines), NOTES_MAX),
        )

    def record(
        self,
        assessment: Assessment,
        checklist: Checklist,
        parent: QWidget,
        *,
        language: str,
        countries: dict[str, str],
        print_record: PrintRecord,
        today: Callable[[], date] = date.today,
    ) -> str | None:
        """Open the incident window prefilled; the record id once the user saved it, else None.

        A new record already being written is never overwritten: the user finishes it first.
        """
        if profile_store.load_draft(NEW_DRAFT):
            inform(
                parent,
                self.tr("Record as an incident"),
                self.tr(
                    "A new incident record is already being written and is not saved yet. "
                    "Finish or discard it in the Incident log first, then try again."
                ),
            )
            return None
        dialog = IncidentDialog(
            None, countries=countries, print_record=print_record, today=today, parent=parent
        )
        dialog.form.set_incident(self.incident(assessment, checklist, language, countries))
        dialog.notice.setText(
            self.tr(
                "Filled in from the job-offer check. Check every field, add what is missing, "
                "then save."
            )
        )
        dialog.notice.show()
        saved: list[str] = []
        dialog.saved.connect(saved.append)
        dialog.exec()
        dialog.deleteLater()
        return saved[-1] if saved else None


def record_from_check(
    assessment: Assessment,
    checklist: Checklist,
    parent: QWidget,
    *,
    language: str,
    incidents_page: Callable[[], QWidget],
) -> str | None:
    """The composition root's hook: the incident log page lends its countries and printing,
    and shows the new record in its list once it is saved."""
    page = incidents_page()
    record_id = IncidentFromCheck(parent).record(
        assessment,
        checklist,
        parent,
        language=language,
        countries=page.countries,
        print_record=page.print_record,
    )
    if record_id is not None:
        page.refresh(select=record_id)
    return record_id
