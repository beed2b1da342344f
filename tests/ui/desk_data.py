"""Things for Beranda to show: saved job-offer checks and incident records of a given day."""

from __future__ import annotations

from datetime import date

from desktop.domain.assessment import Assessment, Offer
from desktop.domain.checklist import Result, RiskLevel
from desktop.domain.incident import Incident, ReportType, Status
from desktop.domain.modus import Modus
from desktop.storage import assessments
from desktop.storage import incidents as incident_store


def add_check(day: date, level: RiskLevel = RiskLevel.LOW) -> None:
    result = Result(2, level, 0, (), (), (), (), (), stage="ditawari")
    offer = Offer(destination="Malaysia", job="Kebun sawit")
    assessments.save_assessment(Assessment(day, "S.A.", offer, {}, result))


def add_incident(day: date, summary: str, status: Status = Status.NEW) -> str:
    incident = Incident(
        report_type=ReportType.SUSPICIOUS_OFFER,
        reported_on=day,
        modus=Modus.ONLINE_SCAM,
        summary=summary,
        status=status,
    )
    incident_store.save_incident(incident, author_name="Sekretaris Desa")
    return incident.record_id
