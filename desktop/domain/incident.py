"""An incident record of the village log (Catatan Kejadian): its fields, rules and history.

Field choices follow IOM's Human Trafficking Case Data Standard (HTCDS) and CTDC where they
fit a village office (see shared/research tppo-facts §4.5 and §6b), so records can be mapped
to them later. Enum values are stable storage and export keys: never rename one. Wording lives
in the UI.

Personal identifiers (name, NIK, phone) sit in ``PersonIdentity``, apart from the rest of a
person's data, so that exports, printouts and the change history can leave them out.
"""

from __future__ import annotations

import calendar
import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from desktop.domain.countries import is_country_code
from desktop.domain.errors import FieldError, SiagaError, ValidationFailed
from desktop.domain.modus import Modus

PAYLOAD_SCHEMA = 1

# The third group of a made-up record's id (MODE LATIHAN, demo-data): UUID version 8, which RFC
# 9562 leaves to its users, then "de0". Real records have version-4 ids, so a demo record is
# told apart wherever it ends up, and an office refuses it (issue 12).
DEMO_ID_MARK = "8de0"


def demo_record_id() -> str:
    """A random id for a made-up record (never the same twice, even for the same seed)."""
    random_hex = uuid.uuid4().hex
    return (
        f"{random_hex[:8]}-{random_hex[8:12]}-{DEMO_ID_MARK}-{random_hex[16:20]}-{random_hex[20:]}"
    )


def is_demo_id(record_id: str) -> bool:
    return record_id[14:18] == DEMO_ID_MARK


SHORT_MAX = 120
SUMMARY_MAX = 200
LONG_MAX = 1000
NOTES_MAX = 5000
AMOUNT_MAX = 10**13  # Rp 10 trillion: anything larger is a typing mistake
EARLIEST_YEAR = 1950


class ReportType(Enum):
    SUSPICIOUS_OFFER = "tawaran_mencurigakan"
    PLANNED_DEPARTURE = "rencana_berangkat_nonprosedural"
    DEPARTED = "sudah_berangkat"
    LOST_CONTACT = "hilang_kontak_di_luar_negeri"
    RETURNED = "korban_pulang"
    OTHER = "lainnya"


class Status(Enum):
    """Baru → Dirujuk → Ditindaklanjuti → Selesai, or Ditutup (dirujuk)."""

    NEW = "baru"
    REFERRED = "dirujuk"
    FOLLOWED_UP = "ditindaklanjuti"
    DONE = "selesai"
    CLOSED_REFERRED = "ditutup_dirujuk"

    @property
    def is_open(self) -> bool:
        """Still being handled: neither done nor closed."""
        return self not in (Status.DONE, Status.CLOSED_REFERRED)


class InformationSource(Enum):
    VICTIM = "korban"
    FAMILY = "keluarga"
    RESIDENT = "warga"
    RT_DUSUN = "rt_dusun"
    PIMPASA = "pimpasa"
    BABINSA_BHABINKAMTIBMAS = "babinsa_bhabinkamtibmas"
    OTHER = "lainnya"


class DeparturePoint(Enum):
    DUMAI = "dumai"
    BATAM = "batam"
    TANJUNGPINANG = "tanjungpinang"
    TANJUNG_BALAI = "tanjung_balai"
    NUNUKAN = "nunukan"
    AIRPORT = "bandara"
    OTHER = "lainnya"


class Answer(Enum):
    """Yes / no / not known, for facts a village head may not be sure of."""

    YES = "ya"
    NO = "tidak"
    UNKNOWN = "tidak_tahu"


class LicenceStatus(Enum):
    """Whether the recruiting company (P3MI) was checked in the official list."""

    LICENSED = "berizin"
    NOT_FOUND = "tidak_ditemukan"
    NOT_CHECKED = "belum_dicek"


class ControlMeans(Enum):
    """Means of control, after HTCDS MethodsOfControl (the ones a village sees)."""

    DEBT = "jeratan_utang"  # DebtBondage
    DOCUMENTS_HELD = "dokumen_ditahan"  # WithholdsDocuments
    EARNINGS_TAKEN = "gaji_ditahan"  # TakesEarnings
    MOVEMENT_RESTRICTED = "dikurung_dibatasi"  # RestrictsMovement
    FALSE_PROMISES = "janji_palsu"  # FalsePromises
    THREATS = "ancaman"  # Threats
    PHYSICAL_ABUSE = "kekerasan_fisik"  # PhysicalAbuse
    SEXUAL_ABUSE = "kekerasan_seksual"  # SexualAbuse
    PSYCHOLOGICAL_ABUSE = "kekerasan_psikis"  # PsychologicalAbuse
    EXCESSIVE_HOURS = "jam_kerja_berlebihan"  # ExcessiveWorkingHours
    NECESSITIES_WITHHELD = "kebutuhan_ditahan"  # WithholdsNecessities
    OTHER = "lainnya"


class PersonRole(Enum):
    POTENTIAL_VICTIM = "calon_korban"
    VICTIM = "korban"
    FAMILY = "keluarga"
    WITNESS = "saksi"


class Sex(Enum):
    """HTCDS gender values, as a village office records them."""

    MALE = "laki_laki"
    FEMALE = "perempuan"
    OTHER = "lainnya"
    UNKNOWN = "tidak_diketahui"


class AgeBand(Enum):
    """The CTDC ``ageBroad`` bands."""

    AGE_0_8 = "0-8"
    AGE_9_17 = "9-17"
    AGE_18_20 = "18-20"
    AGE_21_23 = "21-23"
    AGE_24_26 = "24-26"
    AGE_27_29 = "27-29"
    AGE_30_38 = "30-38"
    AGE_39_47 = "39-47"
    AGE_48_PLUS = "48+"

    @property
    def is_child(self) -> bool:
        return self in (AgeBand.AGE_0_8, AgeBand.AGE_9_17)


class LegalBasis(Enum):
    """Lawful bases under UU 27/2022 (PDP) Pasal 20(2) that fit a village office."""

    CONSENT = "persetujuan"  # (a) explicit consent
    LEGAL_OBLIGATION = "kewajiban_hukum"  # (c)
    VITAL_INTEREST = "kepentingan_vital"  # (d) protecting someone's life or safety
    PUBLIC_TASK = "tugas_pelayanan_publik"  # (e) public interest / public service / authority


class ReferralTarget(Enum):
    POLICE = "polres_polsek"
    IMMIGRATION = "kantor_imigrasi"
    BP3MI = "bp3mi_kp2mi"
    UPTD_PPA = "uptd_ppa_sapa129"
    MANPOWER = "dinas_tenaga_kerja"
    SOCIAL = "dinas_sosial"
    OTHER = "lainnya"


class RecordState(Enum):
    """What a saved version says about its record."""

    LIVE = "aktif"
    DELETED = "terhapus"  # in Terhapus, restorable (a tombstone for exchange)
    PURGED = "dimusnahkan"  # permanently removed; only this tombstone is left


# ---------------------------------------------------------------------------------------------
# Approximate dates


class DatePrecision(Enum):
    DAY = "hari"
    MONTH = "bulan"
    YEAR = "tahun"


@dataclass(frozen=True)
class ApproxDate:
    """A date known to the day, the month or only the year. Written ISO 8601 style, with
    reduced precision: ``2025``, ``2025-03`` or ``2025-03-14``."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year}")
        if self.month is None:
            if self.day is not None:
                raise ValueError("day without month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month}")
        if self.day is not None and not 1 <= self.day <= self._days_in_month():
            raise ValueError(f"day {self.day}")

    def _days_in_month(self) -> int:
        return calendar.monthrange(self.year, self.month or 1)[1]

    @classmethod
    def parse(cls, text: str) -> ApproxDate:
        match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not match:
            raise ValueError(f"not a date: {text!r}")
        month, day = (int(g) if g else None for g in match.groups()[1:])
        return cls(int(match.group(1)), month, day)

    @classmethod
    def of(cls, day: date) -> ApproxDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        return DatePrecision.MONTH if self.month is not None else DatePrecision.YEAR

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)


# ---------------------------------------------------------------------------------------------
# The record


@dataclass(frozen=True)
class PersonIdentity:
    """Sensitive identifiers, kept apart: optional, never exported or printed by default."""

    name: str = ""
    nik: str = ""
    phone: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.nik or self.phone)


@dataclass(frozen=True)
class Person:
    """Someone involved. ``person_id`` is a random pseudonym that stays with them across edits."""

    person_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    role: PersonRole | None = None
    sex: Sex | None = None
    age_band: AgeBand | None = None
    under_18: bool = False
    disability: Answer | None = None
    identity: PersonIdentity = field(default_factory=PersonIdentity)

    @property
    def is_child(self) -> bool:
        return self.under_18 or (self.age_band is not None and self.age_band.is_child)


@dataclass(frozen=True)
class Referral:
    referral_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    target: ReferralTarget | None = None
    referred_on: date | None = None
    reference: str = ""  # the receiving office's own number
    outcome: str = ""


@dataclass(frozen=True)
class Incident:
    """The content of one record. Identity and version data live in ``RecordMeta``."""

    record_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    report_type: ReportType | None = None
    reported_on: date | None = None
    happened: ApproxDate | None = None
    source: InformationSource | None = None
    modus: Modus | None = None
    summary: str = ""
    destination_country: str = ""
    destination_city: str = ""
    departure_point: DeparturePoint | None = None
    departure_detail: str = ""
    official_checkpoint: Answer | None = None
    recruiter_name: str = ""
    recruiter_phone: str = ""
    company: str = ""
    licence: LicenceStatus | None = None
    money_asked: int | None = None
    debt: int | None = None
    promised_wage: str = ""
    control: frozenset[ControlMeans] = frozenset()
    people: tuple[Person, ...] = ()
    legal_basis: LegalBasis | None = None
    consent_given: bool = False
    guardian_consent: bool = False
    consent_date: date | None = None
    referrals: tuple[Referral, ...] = ()
    status: Status = Status.NEW
    notes: str = ""

    @property
    def has_child(self) -> bool:
        return any(p.is_child for p in self.people)

    @property
    def has_identifiers(self) -> bool:
        return any(not p.identity.is_empty for p in self.people)

    def without_identifiers(self) -> Incident:
        """The same record with every name, NIK and phone of the people removed."""
        return replace(
            self, people=tuple(replace(p, identity=PersonIdentity()) for p in self.people)
        )


@dataclass(frozen=True)
class RecordMeta:
    """Who saved which version when. ``number`` is the installation's own running number."""

    record_id: str
    version_id: str
    prev_version_id: str | None
    number: int
    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class StoredIncident:
    incident: Incident
    meta: RecordMeta


def needs_reason(saved_status: Status) -> bool:
    """Editing a record that has already been referred or closed asks why."""
    return saved_status is not Status.NEW


# ---------------------------------------------------------------------------------------------
# Typing helpers the form uses


_DIGITS_AND_SEPARATORS = re.compile(r"^[0-9.,\s]+$")
_SCALE = {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "m": 10**9}


def parse_amount(field_name: str, text: str) -> int | None:
    """Rupiah as typed: ``15000000``, ``Rp 15.000.000``, ``15 juta``, ``1,5 juta``, ``500 rb``.

    Returns None when empty; raises FieldError(``amount``) for anything else.
    """
    tidy = text.strip().lower()
    tidy = re.sub(r"^rp\.?\s*", "", tidy)
    if not tidy:
        return None
    scale = 1
    match = re.fullmatch(r"(.*?)\s*(ribu|rb|juta|jt|miliar|m)", tidy)
    if match:
        tidy, scale = match.group(1), _SCALE[match.group(2)]
    if not tidy or not _DIGITS_AND_SEPARATORS.match(tidy):
        raise FieldError(field_name, "amount", text)
    compact = tidy.replace(" ", "")
    if scale > 1 and re.fullmatch(r"\d+[.,]\d{1,2}", compact):
        # "1,5 juta": a decimal part of one or two digits (thousands come in threes)
        value = round(float(compact.replace(",", ".")) * scale)
    else:
        digits = re.sub(r"[.,]", "", compact)
        if not digits.isdigit():
            raise FieldError(field_name, "amount", text)
        value = int(digits) * scale
    if value > AMOUNT_MAX:
        raise FieldError(field_name, "amount", text)
    return value


def normalize_nik(text: str) -> str:
    """NIK without the spaces, dots or dashes people type to group the digits."""
    return re.sub(r"[\s.\-]", "", text)


# ---------------------------------------------------------------------------------------------
# Validation

_PHONE_CHARS = re.compile(r"^\+?[0-9()\-. ]+$")
# A child's data needs a guardian's consent, or one of these bases (UU PDP Pasal 20 and 25).
CHILD_BASES = frozenset(
    {LegalBasis.LEGAL_OBLIGATION, LegalBasis.VITAL_INTEREST, LegalBasis.PUBLIC_TASK}
)


def _check_phone(errors: list[FieldError], name: str, value: str) -> None:
    """Foreign numbers are common here (a recruiter in Malaysia), so only the shape is checked."""
    if not value:
        return
    if not _PHONE_CHARS.match(value):
        errors.append(FieldError(name, "phone_chars", value))
    elif not 6 <= len(re.sub(r"\D", "", value)) <= 15:
        errors.append(FieldError(name, "phone_digits", value))


def validate_incident(incident: Incident, today: date) -> list[FieldError]:
    """Every problem with the record, each at its field. An empty list means it can be saved.

    Only the report type, the date reported and the modus are required. Rules with a code:
    ``required``, ``too_long``, ``future``, ``after_reported``, ``too_early``, ``nik``,
    ``phone_chars``, ``phone_digits``, ``amount``, ``country``, ``age_child_conflict``,
    ``child_consent`` (a child is recorded: guardian consent or a basis other than consent),
    ``consent_missing`` (consent is the basis but was not recorded), ``basis_needed``
    (names, NIK or phone are recorded without a legal basis).
    """
    errors: list[FieldError] = []
    add = errors.append

    for name in ("report_type", "reported_on", "modus"):
        if getattr(incident, name) is None:
            add(FieldError(name, "required"))
    limits = {
        "summary": SUMMARY_MAX,
        "destination_city": SHORT_MAX,
        "departure_detail": SHORT_MAX,
        "recruiter_name": SHORT_MAX,
        "company": SHORT_MAX,
        "promised_wage": SHORT_MAX,
        "notes": NOTES_MAX,
    }
    for name, limit in limits.items():
        if len(getattr(incident, name)) > limit:
            add(FieldError(name, "too_long", getattr(incident, name)[:40]))

    reported = incident.reported_on
    if reported is not None:
        if reported > today:
            add(FieldError("reported_on", "future", reported.isoformat()))
        elif reported.year < EARLIEST_YEAR:
            add(FieldError("reported_on", "too_early", reported.isoformat()))
    happened = incident.happened
    if happened is not None:
        if happened.earliest() > today:
            add(FieldError("happened", "future", happened.iso()))
        elif reported is not None and happened.earliest() > reported:
            add(FieldError("happened", "after_reported", happened.iso()))
        elif happened.year < EARLIEST_YEAR:
            add(FieldError("happened", "too_early", happened.iso()))

    if incident.destination_country and not is_country_code(incident.destination_country):
        add(FieldError("destination_country", "country", incident.destination_country))
    _check_phone(errors, "recruiter_phone", incident.recruiter_phone)
    for name in ("money_asked", "debt"):
        value = getattr(incident, name)
        if value is not None and not 0 <= value <= AMOUNT_MAX:
            add(FieldError(name, "amount", str(value)))

    for n, person in enumerate(incident.people):
        identity = person.identity
        if len(identity.name) > SHORT_MAX:
            add(FieldError(f"people.{n}.name", "too_long", identity.name[:40]))
        if identity.nik and not re.fullmatch(r"\d{16}", normalize_nik(identity.nik)):
            add(FieldError(f"people.{n}.nik", "nik", identity.nik))
        _check_phone(errors, f"people.{n}.phone", identity.phone)
        if person.under_18 and person.age_band is not None and not person.age_band.is_child:
            add(FieldError(f"people.{n}.age_band", "age_child_conflict", person.age_band.value))

    basis = incident.legal_basis
    if incident.has_child and not (incident.guardian_consent or basis in CHILD_BASES):
        add(FieldError("guardian_consent", "child_consent"))
    if basis is LegalBasis.CONSENT and not incident.consent_given:
        add(FieldError("consent_given", "consent_missing"))
    if basis is None and incident.has_identifiers:
        add(FieldError("legal_basis", "basis_needed"))
    if incident.consent_date is not None and incident.consent_date > today:
        add(FieldError("consent_date", "future", incident.consent_date.isoformat()))

    for n, referral in enumerate(incident.referrals):
        if referral.target is None:
            add(FieldError(f"referrals.{n}.target", "required"))
        if referral.referred_on is not None and referral.referred_on > today:
            when = referral.referred_on.isoformat()
            add(FieldError(f"referrals.{n}.referred_on", "future", when))
        if len(referral.reference) > SHORT_MAX:
            add(FieldError(f"referrals.{n}.reference", "too_long", referral.reference[:40]))
        if len(referral.outcome) > LONG_MAX:
            add(FieldError(f"referrals.{n}.outcome", "too_long", referral.outcome[:40]))
    return errors


def tidy_incident(incident: Incident) -> Incident:
    """Whitespace trimmed, NIK as digits, people and referrals left with something in them."""

    def tidy(text: str) -> str:
        return " ".join(text.split())

    people = tuple(
        replace(
            p,
            identity=PersonIdentity(
                tidy(p.identity.name), normalize_nik(p.identity.nik), tidy(p.identity.phone)
            ),
        )
        for p in incident.people
    )
    referrals = tuple(
        replace(r, reference=tidy(r.reference), outcome=r.outcome.strip())
        for r in incident.referrals
        if r.target is not None or r.referred_on or r.reference.strip() or r.outcome.strip()
    )
    return replace(
        incident,
        summary=tidy(incident.summary),
        destination_city=tidy(incident.destination_city),
        departure_detail=tidy(incident.departure_detail),
        recruiter_name=tidy(incident.recruiter_name),
        recruiter_phone=tidy(incident.recruiter_phone),
        company=tidy(incident.company),
        promised_wage=tidy(incident.promised_wage),
        notes=incident.notes.strip(),
        people=people,
        referrals=referrals,
    )


def check_incident(incident: Incident, today: date) -> Incident:
    """The tidied record, or ValidationFailed listing every problem."""
    tidied = tidy_incident(incident)
    errors = validate_incident(tidied, today)
    if errors:
        raise ValidationFailed(errors)
    return tidied


# ---------------------------------------------------------------------------------------------
# Payload: the JSON form of a version, for storage and exchange


def _enum(kind: type[Enum], value: Any) -> Any:
    return kind(value) if value not in (None, "") else None


def _day(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _drop_empty(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v not in (None, "", [], {}, False)}


def _scalar(value: Any) -> Any:
    kind = value.__class__
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, ApproxDate):
        return value.iso()
    if isinstance(value, date):
        return value.isoformat()
    return value


_PLAIN_FIELDS = tuple(
    f.name for f in fields(Incident) if f.name not in ("control", "people", "referrals")
)
_REFERRAL_FIELDS = tuple(f.name for f in fields(Referral))


def _person_payload(p: Person) -> dict[str, Any]:
    identity = p.identity
    return _drop_empty(
        {
            "person_id": p.person_id,
            "role": _scalar(p.role),
            "sex": _scalar(p.sex),
            "age_band": _scalar(p.age_band),
            "under_18": p.under_18,
            "disability": _scalar(p.disability),
            "identity": _drop_empty(
                {"name": identity.name, "nik": identity.nik, "phone": identity.phone}
            ),
        }
    )


def to_payload(incident: Incident) -> dict[str, Any]:
    """A JSON-ready dict; empty fields are left out. ``identity`` is nested per person so an
    export can drop it in one step."""
    out = {name: _scalar(getattr(incident, name)) for name in _PLAIN_FIELDS}
    out["control"] = sorted(c.value for c in incident.control)
    out["people"] = [_person_payload(p) for p in incident.people]
    out["referrals"] = [
        _drop_empty({name: _scalar(getattr(r, name)) for name in _REFERRAL_FIELDS})
        for r in incident.referrals
    ]
    return _drop_empty(out) | {"schema": PAYLOAD_SCHEMA, "record_id": incident.record_id}


def from_payload(payload: Mapping[str, Any]) -> Incident:
    """The record a payload describes. Raises ValueError for a malformed payload."""
    p = payload
    try:
        people = tuple(
            Person(
                person_id=str(item["person_id"]),
                role=_enum(PersonRole, item.get("role")),
                sex=_enum(Sex, item.get("sex")),
                age_band=_enum(AgeBand, item.get("age_band")),
                under_18=bool(item.get("under_18", False)),
                disability=_enum(Answer, item.get("disability")),
                identity=PersonIdentity(**item.get("identity", {})),
            )
            for item in p.get("people", [])
        )
        referrals = tuple(
            Referral(
                referral_id=str(item["referral_id"]),
                target=_enum(ReferralTarget, item.get("target")),
                referred_on=_day(item.get("referred_on")),
                reference=item.get("reference", ""),
                outcome=item.get("outcome", ""),
            )
            for item in p.get("referrals", [])
        )
        happened = p.get("happened")
        return Incident(
            record_id=str(p["record_id"]),
            report_type=_enum(ReportType, p.get("report_type")),
            reported_on=_day(p.get("reported_on")),
            happened=ApproxDate.parse(happened) if happened else None,
            source=_enum(InformationSource, p.get("source")),
            modus=_enum(Modus, p.get("modus")),
            summary=p.get("summary", ""),
            destination_country=p.get("destination_country", ""),
            destination_city=p.get("destination_city", ""),
            departure_point=_enum(DeparturePoint, p.get("departure_point")),
            departure_detail=p.get("departure_detail", ""),
            official_checkpoint=_enum(Answer, p.get("official_checkpoint")),
            recruiter_name=p.get("recruiter_name", ""),
            recruiter_phone=p.get("recruiter_phone", ""),
            company=p.get("company", ""),
            licence=_enum(LicenceStatus, p.get("licence")),
            money_asked=p.get("money_asked"),
            debt=p.get("debt"),
            promised_wage=p.get("promised_wage", ""),
            control=frozenset(ControlMeans(c) for c in p.get("control", [])),
            people=people,
            legal_basis=_enum(LegalBasis, p.get("legal_basis")),
            consent_given=bool(p.get("consent_given", False)),
            guardian_consent=bool(p.get("guardian_consent", False)),
            consent_date=_day(p.get("consent_date")),
            referrals=referrals,
            status=_enum(Status, p.get("status")) or Status.NEW,
            notes=p.get("notes", ""),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed incident payload: {exc}") from exc


# ---------------------------------------------------------------------------------------------
# History: what changed between two versions, computed from their payloads

SCALAR_FIELDS = tuple(
    f.name for f in fields(Incident) if f.name not in ("record_id", "people", "referrals")
)
PERSON_FIELDS = ("role", "sex", "age_band", "under_18", "disability")
IDENTITY_FIELDS = ("name", "nik", "phone")
REFERRAL_FIELDS = ("target", "referred_on", "reference", "outcome")


@dataclass(frozen=True)
class FieldChange:
    """One changed field. ``field`` is an Incident field name, or ``person.<x>`` /
    ``referral.<x>`` with ``item`` the 1-based number of the person or referral; ``person`` and
    ``referral`` alone mean one was added (old None) or removed (new None). Values of
    personal identifiers are withheld: ``sensitive`` is set and old/new only tell whether
    there was a value."""

    field: str
    old: Any
    new: Any
    item: int | None = None
    sensitive: bool = False


def _list_changes(
    kind: str,
    key: str,
    old: list[dict[str, Any]],
    new: list[dict[str, Any]],
    names: tuple[str, ...],
) -> list[FieldChange]:
    changes = []
    before = {item[key]: item for item in old}
    after_ids = {item[key] for item in new}
    for number, item in enumerate(new, start=1):
        previous = before.get(item[key])
        if previous is None:
            changes.append(FieldChange(kind, None, item, number))
            continue
        for name in names:
            if previous.get(name) != item.get(name):
                changes.append(
                    FieldChange(f"{kind}.{name}", previous.get(name), item.get(name), number)
                )
        if kind == "person":
            was, now = previous.get("identity", {}), item.get("identity", {})
            for name in IDENTITY_FIELDS:
                if was.get(name) != now.get(name):
                    changes.append(
                        FieldChange(
                            f"person.{name}",
                            bool(was.get(name)),
                            bool(now.get(name)),
                            number,
                            sensitive=True,
                        )
                    )
    for number, item in enumerate(old, start=1):
        if item[key] not in after_ids:
            changes.append(FieldChange(kind, item, None, number))
    return changes


def diff_payloads(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[FieldChange]:
    """The changes from ``old`` to ``new`` in form order (everything, when ``old`` is None)."""
    old = old or {}
    changes = []
    for name in SCALAR_FIELDS:
        before, after = old.get(name), new.get(name)
        if (before or None) != (after or None):
            changes.append(FieldChange(name, before, after))
    changes += _list_changes(
        "person", "person_id", old.get("people", []), new.get("people", []), PERSON_FIELDS
    )
    changes += _list_changes(
        "referral",
        "referral_id",
        old.get("referrals", []),
        new.get("referrals", []),
        REFERRAL_FIELDS,
    )
    return changes


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """One saved version as the exchange layer sees it. ``payload`` is empty for a purge. A
    version read from an export file keeps its payload as canonical JSON text: parsed, the
    payloads of a 100,000-record import took gigabytes (``exchange/wire/reader.py``)."""

    record_id: str
    version_id: str
    prev_version_id: str | None
    saved_at: datetime
    author: str
    state: RecordState
    reason: str
    payload: dict[str, Any] | str


@dataclass(frozen=True)
class HistoryEntry:
    version_id: str
    saved_at: datetime
    author: str
    state: RecordState
    reason: str
    created: bool  # the first version of the record
    changes: list[FieldChange]


def _fields(payload: dict[str, Any] | str) -> Mapping[str, Any]:
    """A version's payload as fields (one read from an export file is still JSON text)."""
    return json.loads(payload) if isinstance(payload, str) else payload


def build_history(versions: Iterable[StoredVersion]) -> list[HistoryEntry]:
    """Each version against the one it names as previous; newest first."""
    ordered = sorted(versions, key=lambda v: v.saved_at)
    by_id = {v.version_id: v for v in ordered}
    entries = []
    for version in ordered:
        prev = by_id.get(version.prev_version_id) if version.prev_version_id else None
        changes = (
            []
            if version.state is RecordState.PURGED
            else diff_payloads(_fields(prev.payload) if prev else None, _fields(version.payload))
        )
        entries.append(
            HistoryEntry(
                version_id=version.version_id,
                saved_at=version.saved_at,
                author=version.author,
                state=version.state,
                reason=version.reason,
                created=version.prev_version_id is None,
                changes=changes,
            )
        )
    entries.reverse()
    return entries


def branch_tips(versions: Iterable[StoredVersion]) -> list[StoredVersion]:
    """The versions no other version follows (names as its previous), oldest first: the ends
    of a record's lines of change. A record edited in one place has one; versions that do not
    follow each other (a village restored from a backup and edited again) leave several."""
    held = list(versions)
    followed = {v.prev_version_id for v in held}
    return sorted((v for v in held if v.version_id not in followed), key=lambda v: v.saved_at)


@dataclass
class StaleRecord(SiagaError):
    """The record was changed (or deleted) since it was opened; nothing was saved."""

    record_id: str

    def __str__(self) -> str:
        return f"record {self.record_id} changed since it was opened"


@dataclass
class RecordNotFound(SiagaError):
    record_id: str

    def __str__(self) -> str:
        return f"no record {self.record_id}"


@dataclass
class VersionClash(SiagaError):
    """A version arrived with an id already held but different content; it was refused."""

    version_id: str

    def __str__(self) -> str:
        return f"version {self.version_id} already held with different content"
