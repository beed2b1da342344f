"""Record values written for people: on screen (history) and on paper (the summary PDF).

Works on payload values (the JSON form of a version), so a version made by another
installation is shown the same way as one made here.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.incident import (
    AgeBand,
    Answer,
    ApproxDate,
    ControlMeans,
    DatePrecision,
    DeparturePoint,
    InformationSource,
    LegalBasis,
    LicenceStatus,
    PersonRole,
    ReferralTarget,
    ReportType,
    Sex,
    Status,
)
from desktop.domain.modus import Modus
from desktop.ui.formatting import format_date, format_month
from desktop.ui.incidents.labels import label

ENUM_OF_FIELD: dict[str, type[Enum]] = {
    "report_type": ReportType,
    "source": InformationSource,
    "modus": Modus,
    "departure_point": DeparturePoint,
    "official_checkpoint": Answer,
    "licence": LicenceStatus,
    "legal_basis": LegalBasis,
    "status": Status,
    "person.role": PersonRole,
    "person.sex": Sex,
    "person.age_band": AgeBand,
    "person.disability": Answer,
    "referral.target": ReferralTarget,
}
DAY_FIELDS = {"reported_on", "consent_date", "referral.referred_on"}
AMOUNT_FIELDS = {"money_asked", "debt"}
YES_NO_FIELDS = {"consent_given", "guardian_consent", "person.under_18"}


def format_rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


def format_day(iso: str) -> str:
    """'12 Mei 2026' from '2026-05-12' (as the user's language writes it)."""
    try:
        return format_date(date.fromisoformat(iso))
    except ValueError:
        return iso


def format_approx(iso: str) -> str:
    """An approximate date: '12 Mei 2026', 'Mei 2026' or 'tahun 2026'."""
    try:
        when = ApproxDate.parse(iso)
    except ValueError:
        return iso
    if when.precision is DatePrecision.DAY:
        return format_day(iso)
    if when.precision is DatePrecision.MONTH:
        return format_month(when.year, when.month or 1)
    return QCoreApplication.translate("IncidentValues", "year {year}").format(year=when.year)


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("IncidentValues", "yes")
    return QCoreApplication.translate("IncidentValues", "no")


def format_value(field: str, value: Any, countries: dict[str, str]) -> str:
    """``value`` of ``field`` (a payload value) as a person reads it; '' for nothing."""
    if field in YES_NO_FIELDS:
        return yes_no(bool(value))
    if value in (None, "", []):
        return ""
    kind = ENUM_OF_FIELD.get(field)
    if kind is not None:
        try:
            return label(kind(value))
        except ValueError:
            return str(value)
    if field in DAY_FIELDS:
        return format_day(value)
    if field == "happened":
        return format_approx(value)
    if field in AMOUNT_FIELDS:
        return format_rupiah(int(value))
    if field == "destination_country":
        return countries.get(value, value)
    if field == "control":
        texts = []
        for item in value:
            try:
                texts.append(label(ControlMeans(item)))
            except ValueError:
                texts.append(str(item))
        return ", ".join(texts)
    return str(value)


def describe_person(person: dict[str, Any]) -> str:
    """'Korban, perempuan, 18–20 tahun, anak' — never the name, NIK or phone."""
    parts = [
        format_value(f"person.{name}", person.get(name), {})
        for name in ("role", "sex", "age_band")
        if not (name == "sex" and person.get(name) == Sex.UNKNOWN.value)
    ]
    if person.get("under_18") or person.get("age_band") in (
        AgeBand.AGE_0_8.value,
        AgeBand.AGE_9_17.value,
    ):
        parts.append(QCoreApplication.translate("IncidentValues", "a child"))
    if person.get("disability") == Answer.YES.value:
        parts.append(QCoreApplication.translate("IncidentValues", "with a disability"))
    parts = [p for p in parts if p]
    # One phrase: the words after the first in lower case, as a sentence writes them.
    return ", ".join(parts[:1] + [p[:1].lower() + p[1:] for p in parts[1:]])


def describe_referral(referral: dict[str, Any]) -> str:
    """'Polisi (Polres / Polsek), 6 Januari 2026, nomor LP/12/2026'."""
    parts = [
        format_value("referral.target", referral.get("target"), {}),
        format_value("referral.referred_on", referral.get("referred_on"), {}),
    ]
    if referral.get("reference"):
        parts.append(
            QCoreApplication.translate("IncidentValues", "number {reference}").format(
                reference=referral["reference"]
            )
        )
    return ", ".join(p for p in parts if p)
