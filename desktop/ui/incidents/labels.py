"""The words of Catatan Kejadian: names of choices and fields, and field error messages.

One place for them, so that the form, the list, the history and the printout agree.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain.errors import FieldError
from desktop.domain.incident import (
    AgeBand,
    Answer,
    ControlMeans,
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
from desktop.ui.errors import field_message
from desktop.ui.modus_labels import modus_label

CONTEXT = "IncidentLabels"

_TEXT: dict[Enum, str] = {
    ReportType.SUSPICIOUS_OFFER: QT_TRANSLATE_NOOP("IncidentLabels", "Suspicious job offer"),
    ReportType.PLANNED_DEPARTURE: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Planned non-procedural departure"
    ),
    ReportType.DEPARTED: QT_TRANSLATE_NOOP("IncidentLabels", "Departure has happened"),
    ReportType.LOST_CONTACT: QT_TRANSLATE_NOOP("IncidentLabels", "Lost contact abroad"),
    ReportType.RETURNED: QT_TRANSLATE_NOOP("IncidentLabels", "Victim returned or sent home"),
    ReportType.OTHER: QT_TRANSLATE_NOOP("IncidentLabels", "Other report"),
    Status.NEW: QT_TRANSLATE_NOOP("IncidentLabels", "New"),
    Status.REFERRED: QT_TRANSLATE_NOOP("IncidentLabels", "Referred"),
    Status.FOLLOWED_UP: QT_TRANSLATE_NOOP("IncidentLabels", "Being followed up"),
    Status.DONE: QT_TRANSLATE_NOOP("IncidentLabels", "Done"),
    Status.CLOSED_REFERRED: QT_TRANSLATE_NOOP("IncidentLabels", "Closed (handed over)"),
    InformationSource.VICTIM: QT_TRANSLATE_NOOP("IncidentLabels", "The victim"),
    InformationSource.FAMILY: QT_TRANSLATE_NOOP("IncidentLabels", "Family"),
    InformationSource.RESIDENT: QT_TRANSLATE_NOOP("IncidentLabels", "A resident"),
    InformationSource.RT_DUSUN: QT_TRANSLATE_NOOP("IncidentLabels", "RT or dusun head"),
    InformationSource.PIMPASA: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Pimpasa (village immigration officer)"
    ),
    InformationSource.BABINSA_BHABINKAMTIBMAS: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Babinsa or Bhabinkamtibmas"
    ),
    InformationSource.OTHER: QT_TRANSLATE_NOOP("IncidentLabels", "Other source"),
    DeparturePoint.DUMAI: QT_TRANSLATE_NOOP("IncidentLabels", "Dumai"),
    DeparturePoint.BATAM: QT_TRANSLATE_NOOP("IncidentLabels", "Batam"),
    DeparturePoint.TANJUNGPINANG: QT_TRANSLATE_NOOP("IncidentLabels", "Tanjungpinang"),
    DeparturePoint.TANJUNG_BALAI: QT_TRANSLATE_NOOP("IncidentLabels", "Tanjung Balai"),
    DeparturePoint.NUNUKAN: QT_TRANSLATE_NOOP("IncidentLabels", "Nunukan"),
    DeparturePoint.AIRPORT: QT_TRANSLATE_NOOP("IncidentLabels", "An airport"),
    DeparturePoint.OTHER: QT_TRANSLATE_NOOP("IncidentLabels", "Another place"),
    Answer.YES: QT_TRANSLATE_NOOP("IncidentLabels", "Yes"),
    Answer.NO: QT_TRANSLATE_NOOP("IncidentLabels", "No"),
    Answer.UNKNOWN: QT_TRANSLATE_NOOP("IncidentLabels", "Not known"),
    LicenceStatus.LICENSED: QT_TRANSLATE_NOOP("IncidentLabels", "Checked: licensed"),
    LicenceStatus.NOT_FOUND: QT_TRANSLATE_NOOP("IncidentLabels", "Checked: not in the list"),
    LicenceStatus.NOT_CHECKED: QT_TRANSLATE_NOOP("IncidentLabels", "Not checked"),
    ControlMeans.DEBT: QT_TRANSLATE_NOOP("IncidentLabels", "Debt bondage"),
    ControlMeans.DOCUMENTS_HELD: QT_TRANSLATE_NOOP("IncidentLabels", "Passport or documents held"),
    ControlMeans.EARNINGS_TAKEN: QT_TRANSLATE_NOOP("IncidentLabels", "Wages withheld or taken"),
    ControlMeans.MOVEMENT_RESTRICTED: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Locked in or not allowed out"
    ),
    ControlMeans.FALSE_PROMISES: QT_TRANSLATE_NOOP("IncidentLabels", "False promises"),
    ControlMeans.THREATS: QT_TRANSLATE_NOOP("IncidentLabels", "Threats"),
    ControlMeans.PHYSICAL_ABUSE: QT_TRANSLATE_NOOP("IncidentLabels", "Physical violence"),
    ControlMeans.SEXUAL_ABUSE: QT_TRANSLATE_NOOP("IncidentLabels", "Sexual violence"),
    ControlMeans.PSYCHOLOGICAL_ABUSE: QT_TRANSLATE_NOOP("IncidentLabels", "Psychological abuse"),
    ControlMeans.EXCESSIVE_HOURS: QT_TRANSLATE_NOOP("IncidentLabels", "Excessive working hours"),
    ControlMeans.NECESSITIES_WITHHELD: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Food, rest or medical care withheld"
    ),
    ControlMeans.OTHER: QT_TRANSLATE_NOOP("IncidentLabels", "Other means of control"),
    PersonRole.POTENTIAL_VICTIM: QT_TRANSLATE_NOOP("IncidentLabels", "Potential victim"),
    PersonRole.VICTIM: QT_TRANSLATE_NOOP("IncidentLabels", "Victim"),
    PersonRole.FAMILY: QT_TRANSLATE_NOOP("IncidentLabels", "Family member"),
    PersonRole.WITNESS: QT_TRANSLATE_NOOP("IncidentLabels", "Witness"),
    Sex.MALE: QT_TRANSLATE_NOOP("IncidentLabels", "Male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("IncidentLabels", "Female"),
    Sex.OTHER: QT_TRANSLATE_NOOP("IncidentLabels", "Other sex"),
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("IncidentLabels", "Sex not known"),
    AgeBand.AGE_0_8: QT_TRANSLATE_NOOP("IncidentLabels", "0–8 years"),
    AgeBand.AGE_9_17: QT_TRANSLATE_NOOP("IncidentLabels", "9–17 years"),
    AgeBand.AGE_18_20: QT_TRANSLATE_NOOP("IncidentLabels", "18–20 years"),
    AgeBand.AGE_21_23: QT_TRANSLATE_NOOP("IncidentLabels", "21–23 years"),
    AgeBand.AGE_24_26: QT_TRANSLATE_NOOP("IncidentLabels", "24–26 years"),
    AgeBand.AGE_27_29: QT_TRANSLATE_NOOP("IncidentLabels", "27–29 years"),
    AgeBand.AGE_30_38: QT_TRANSLATE_NOOP("IncidentLabels", "30–38 years"),
    AgeBand.AGE_39_47: QT_TRANSLATE_NOOP("IncidentLabels", "39–47 years"),
    AgeBand.AGE_48_PLUS: QT_TRANSLATE_NOOP("IncidentLabels", "48 years or older"),
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("IncidentLabels", "Consent of the person concerned"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Carrying out a legal obligation"
    ),
    LegalBasis.VITAL_INTEREST: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Protecting someone's life or safety"
    ),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP(
        "IncidentLabels", "Public service duty of the village office"
    ),
    ReferralTarget.POLICE: QT_TRANSLATE_NOOP("IncidentLabels", "Police (Polres / Polsek)"),
    ReferralTarget.IMMIGRATION: QT_TRANSLATE_NOOP("IncidentLabels", "Immigration office"),
    ReferralTarget.BP3MI: QT_TRANSLATE_NOOP("IncidentLabels", "BP3MI / KP2MI"),
    ReferralTarget.UPTD_PPA: QT_TRANSLATE_NOOP("IncidentLabels", "UPTD PPA / SAPA 129"),
    ReferralTarget.MANPOWER: QT_TRANSLATE_NOOP("IncidentLabels", "Manpower office"),
    ReferralTarget.SOCIAL: QT_TRANSLATE_NOOP("IncidentLabels", "Social affairs office"),
    ReferralTarget.OTHER: QT_TRANSLATE_NOOP("IncidentLabels", "Another office"),
}


def label(member: Enum | None) -> str:
    """The on-screen name of a choice ('' for none)."""
    if member is None:
        return ""
    if isinstance(member, Modus):
        return modus_label(member)
    return QCoreApplication.translate(CONTEXT, _TEXT[member])


_FIELDS = {
    "report_type": QT_TRANSLATE_NOOP("IncidentLabels", "Type of report"),
    "reported_on": QT_TRANSLATE_NOOP("IncidentLabels", "Date reported"),
    "happened": QT_TRANSLATE_NOOP("IncidentLabels", "Date it happened"),
    "source": QT_TRANSLATE_NOOP("IncidentLabels", "Source of information"),
    "modus": QT_TRANSLATE_NOOP("IncidentLabels", "Modus"),
    "summary": QT_TRANSLATE_NOOP("IncidentLabels", "Short summary"),
    "destination_country": QT_TRANSLATE_NOOP("IncidentLabels", "Destination country"),
    "destination_city": QT_TRANSLATE_NOOP("IncidentLabels", "Destination city"),
    "departure_point": QT_TRANSLATE_NOOP("IncidentLabels", "Departure point"),
    "departure_detail": QT_TRANSLATE_NOOP("IncidentLabels", "Departure point details"),
    "official_checkpoint": QT_TRANSLATE_NOOP(
        "IncidentLabels", "Passed an official immigration checkpoint"
    ),
    "recruiter_name": QT_TRANSLATE_NOOP("IncidentLabels", "Recruiter's name or nickname"),
    "recruiter_phone": QT_TRANSLATE_NOOP("IncidentLabels", "Recruiter's phone"),
    "company": QT_TRANSLATE_NOOP("IncidentLabels", "Company or agent"),
    "licence": QT_TRANSLATE_NOOP("IncidentLabels", "P3MI licence"),
    "money_asked": QT_TRANSLATE_NOOP("IncidentLabels", "Money asked (Rp)"),
    "debt": QT_TRANSLATE_NOOP("IncidentLabels", "Debt or wage deductions (Rp)"),
    "promised_wage": QT_TRANSLATE_NOOP("IncidentLabels", "Wage promised"),
    "control": QT_TRANSLATE_NOOP("IncidentLabels", "Means of control"),
    "legal_basis": QT_TRANSLATE_NOOP("IncidentLabels", "Legal basis for recording personal data"),
    "consent_given": QT_TRANSLATE_NOOP("IncidentLabels", "Consent of the person concerned"),
    "guardian_consent": QT_TRANSLATE_NOOP("IncidentLabels", "Consent of parent or guardian"),
    "consent_date": QT_TRANSLATE_NOOP("IncidentLabels", "Date of consent"),
    "status": QT_TRANSLATE_NOOP("IncidentLabels", "Status"),
    "notes": QT_TRANSLATE_NOOP("IncidentLabels", "Notes"),
    "person": QT_TRANSLATE_NOOP("IncidentLabels", "Person"),
    "person.role": QT_TRANSLATE_NOOP("IncidentLabels", "Role"),
    "person.sex": QT_TRANSLATE_NOOP("IncidentLabels", "Sex"),
    "person.age_band": QT_TRANSLATE_NOOP("IncidentLabels", "Age group"),
    "person.under_18": QT_TRANSLATE_NOOP("IncidentLabels", "Under 18 (a child)"),
    "person.disability": QT_TRANSLATE_NOOP("IncidentLabels", "Disability"),
    "person.name": QT_TRANSLATE_NOOP("IncidentLabels", "Name"),
    "person.nik": QT_TRANSLATE_NOOP("IncidentLabels", "NIK"),
    "person.phone": QT_TRANSLATE_NOOP("IncidentLabels", "Phone"),
    "referral": QT_TRANSLATE_NOOP("IncidentLabels", "Referral"),
    "referral.target": QT_TRANSLATE_NOOP("IncidentLabels", "Referred to"),
    "referral.referred_on": QT_TRANSLATE_NOOP("IncidentLabels", "Date referred"),
    "referral.reference": QT_TRANSLATE_NOOP("IncidentLabels", "Their reference number"),
    "referral.outcome": QT_TRANSLATE_NOOP("IncidentLabels", "Outcome"),
    "author": QT_TRANSLATE_NOOP("IncidentLabels", "Recorded by"),
}


def field_label(name: str) -> str:
    """The label of a field; ``people.2.nik`` and ``person.nik`` both give the NIK label."""
    parts = name.split(".")
    if parts[0] in ("people", "referrals") and len(parts) == 3:
        name = f"{'person' if parts[0] == 'people' else 'referral'}.{parts[2]}"
    return QCoreApplication.translate(CONTEXT, _FIELDS.get(name, name))


def incident_field_message(error: FieldError) -> str:
    """One sentence at the field saying what is wrong and how to put it right."""
    name = field_label(error.field)
    texts = {
        "future": QCoreApplication.translate(
            "IncidentErrors", "{label} cannot be later than today."
        ),
        "after_reported": QCoreApplication.translate(
            "IncidentErrors", "The date it happened cannot be after the date it was reported."
        ),
        "too_early": QCoreApplication.translate(
            "IncidentErrors", "{label} is too long ago; please check the year."
        ),
        "nik": QCoreApplication.translate(
            "IncidentErrors", "A NIK has exactly 16 digits, as on the KTP or family card."
        ),
        "phone_digits": QCoreApplication.translate(
            "IncidentErrors", "{label} must have 6 to 15 digits."
        ),
        "amount": QCoreApplication.translate(
            "IncidentErrors",
            "{label}: write an amount in rupiah, for example 15000000 or 15 juta.",
        ),
        "country": QCoreApplication.translate(
            "IncidentErrors", "Choose the destination country from the list."
        ),
        "age_child_conflict": QCoreApplication.translate(
            "IncidentErrors",
            "The age group is 18 or older, but “under 18” is ticked. Please correct one of them.",
        ),
        "child_consent": QCoreApplication.translate(
            "IncidentErrors",
            "A child is recorded: tick the consent of the parent or guardian, or choose a legal "
            "basis other than consent (for example the public service duty of the village "
            "office).",
        ),
        "consent_missing": QCoreApplication.translate(
            "IncidentErrors",
            "Consent is the chosen legal basis: tick it once the person concerned has agreed, "
            "or choose another basis.",
        ),
        "basis_needed": QCoreApplication.translate(
            "IncidentErrors",
            "Names, NIK or phone numbers are recorded: choose the legal basis for recording them.",
        ),
    }
    text = texts.get(error.code)
    if text is None:
        return field_message(error, name)
    return text.format(label=name)
