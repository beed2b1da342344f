"""What goes on the printed summary of a record, in the user's language.

Names, NIK and phone numbers of the people are printed only when ``include_identity`` is set.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.incident import StoredIncident, to_payload
from desktop.domain.profile import VillageProfile
from desktop.printing.incident_pdf import Letterhead, PrintedRecord, Section
from desktop.printing.pages import PageMarks
from desktop.ui.formatting import format_date, format_datetime
from desktop.ui.incidents.labels import field_label
from desktop.ui.incidents.values import describe_person, describe_referral, format_value
from desktop.ui.training import TRAINING_MARK


def _rows(
    payload: dict[str, Any], names: tuple[str, ...], countries: dict[str, str]
) -> list[tuple[str, str]]:
    rows = []
    for name in names:
        text = format_value(name, payload.get(name), countries)
        if text and not (name in ("consent_given", "guardian_consent") and not payload.get(name)):
            rows.append((field_label(name), text))
    return rows


def letterhead(profile: VillageProfile) -> Letterhead:
    if profile.is_kelurahan:
        office = QCoreApplication.translate("IncidentPrintout", "OFFICE OF THE LURAH OF {name}")
    else:
        office = QCoreApplication.translate(
            "IncidentPrintout", "OFFICE OF THE VILLAGE HEAD OF {name}"
        )
    lines = (
        QCoreApplication.translate("IncidentPrintout", "GOVERNMENT OF {regency}")
        .format(regency=profile.regency_name)
        .upper(),
        QCoreApplication.translate("IncidentPrintout", "DISTRICT {district}")
        .format(district=profile.district_name)
        .upper(),
        office.format(name=profile.village_name).upper(),
    )
    parts = [profile.office_address]
    if profile.office_phone:
        parts.append(
            QCoreApplication.translate("IncidentPrintout", "Phone {phone}").format(
                phone=profile.office_phone
            )
        )
    return Letterhead(lines, " · ".join(p for p in parts if p))


def record_sections(
    stored: StoredIncident,
    *,
    include_identity: bool,
    countries: dict[str, str],
) -> tuple[Section, ...]:
    """The record in the form's sections, as labelled rows: the printed summary and the
    office's record view show the same. Names, NIK and phone numbers of the people only with
    ``include_identity``."""
    payload = to_payload(stored.incident)
    meta = stored.meta
    report = [(QCoreApplication.translate("IncidentPrintout", "Record number"), str(meta.number))]
    report += _rows(
        payload,
        ("report_type", "reported_on", "happened", "source", "modus", "summary"),
        countries,
    )
    journey = _rows(
        payload,
        (
            "destination_country",
            "destination_city",
            "departure_point",
            "departure_detail",
            "official_checkpoint",
        ),
        countries,
    )
    recruiter = _rows(
        payload,
        (
            "recruiter_name",
            "recruiter_phone",
            "company",
            "licence",
            "money_asked",
            "debt",
            "promised_wage",
            "control",
        ),
        countries,
    )
    people = []
    for n, person in enumerate(payload.get("people", []), start=1):
        title = QCoreApplication.translate("IncidentPrintout", "Person {number}").format(number=n)
        people.append((title, describe_person(person) or "—"))
        identity = person.get("identity", {})
        if include_identity:
            for name in ("name", "nik", "phone"):
                if identity.get(name):
                    people.append((f"{title}: {field_label('person.' + name)}", identity[name]))
    consent = _rows(
        payload, ("legal_basis", "consent_given", "guardian_consent", "consent_date"), countries
    )
    referrals = []
    for n, referral in enumerate(payload.get("referrals", []), start=1):
        title = QCoreApplication.translate("IncidentPrintout", "Referral {number}").format(number=n)
        referrals.append((title, describe_referral(referral) or "—"))
        if referral.get("outcome"):
            referrals.append((f"{title}: {field_label('referral.outcome')}", referral["outcome"]))
    closing = _rows(payload, ("status", "notes"), countries)
    record = [
        (
            QCoreApplication.translate("IncidentPrintout", "Created"),
            f"{format_datetime(_local(meta.created_at))} — {meta.created_by}",
        ),
        (
            QCoreApplication.translate("IncidentPrintout", "Last changed"),
            f"{format_datetime(_local(meta.updated_at))} — {meta.updated_by}",
        ),
        (QCoreApplication.translate("IncidentPrintout", "Record identifier"), meta.record_id),
    ]
    return (
        Section(QCoreApplication.translate("IncidentPrintout", "1. The report"), tuple(report)),
        Section(
            QCoreApplication.translate("IncidentPrintout", "2. Destination and journey"),
            tuple(journey),
        ),
        Section(
            QCoreApplication.translate("IncidentPrintout", "3. The recruiter"), tuple(recruiter)
        ),
        Section(
            QCoreApplication.translate("IncidentPrintout", "4. People involved"),
            tuple(people),
            note=QCoreApplication.translate("IncidentPrintout", "No people are recorded."),
        ),
        Section(
            QCoreApplication.translate("IncidentPrintout", "5. Permission to record personal data"),
            tuple(consent),
        ),
        Section(
            QCoreApplication.translate("IncidentPrintout", "6. Referrals"),
            tuple(referrals),
            note=QCoreApplication.translate("IncidentPrintout", "Not referred yet."),
        ),
        Section(
            QCoreApplication.translate("IncidentPrintout", "7. Status and notes"), tuple(closing)
        ),
        Section(QCoreApplication.translate("IncidentPrintout", "About this record"), tuple(record)),
    )


def printed_record(
    stored: StoredIncident,
    profile: VillageProfile,
    *,
    include_identity: bool,
    countries: dict[str, str],
    printed_at: datetime,
) -> PrintedRecord:
    """The summary of one saved record, ready for ``build_incident_pdf``."""
    number = QCoreApplication.translate("IncidentPrintout", "Record no. {number}").format(
        number=stored.meta.number
    )
    sections = record_sections(stored, include_identity=include_identity, countries=countries)
    if include_identity:
        notice = QCoreApplication.translate(
            "IncidentPrintout",
            "CONFIDENTIAL — contains personal data. Only for the authorised officer; do not copy "
            "or pass on.",
        )
    else:
        notice = QCoreApplication.translate(
            "IncidentPrintout",
            "Without personal identifiers: names, NIK and phone numbers are not printed.",
        )
    if profile.training:
        notice = (
            QCoreApplication.translate("IncidentPrintout", "PRACTICE DATA (fictional) — ") + notice
        )
    kind = (
        QCoreApplication.translate("IncidentPrintout", "Kelurahan")
        if profile.is_kelurahan
        else QCoreApplication.translate("IncidentPrintout", "Desa")
    )
    head = (
        QCoreApplication.translate("IncidentPrintout", "Lurah")
        if profile.is_kelurahan
        else QCoreApplication.translate("IncidentPrintout", "Village head")
    )
    today = format_date(printed_at.date())
    return PrintedRecord(
        letterhead=letterhead(profile),
        title=QCoreApplication.translate("IncidentPrintout", "INCIDENT RECORD SUMMARY"),
        subtitle=number,
        notice=notice,
        sections=sections,
        signature=(
            f"{profile.village_name}, {today}",
            f"{head} {profile.village_name}",
            "",
            "",
            "",
            profile.head_name,
        ),
        marks=PageMarks(
            page_label=QCoreApplication.translate("IncidentPrintout", "Page {page} of {pages}"),
            footer=QCoreApplication.translate(
                "IncidentPrintout", "Area code {code} · {kind} {village} · printed {when}"
            ).format(
                code=profile.village_code,
                kind=kind,
                village=profile.village_name,
                when=format_datetime(printed_at),
            ),
            # Even without names and NIK a record tells of victims and children.
            confidential=QCoreApplication.translate("IncidentPrintout", "CONFIDENTIAL"),
            training=TRAINING_MARK if profile.training else "",
        ),
        alert=include_identity,
    )


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)
