"""Content packs from the immigration office: what one carries, the rules its parts follow,
and what installing one would change at a village.

An office sends its villages, signed with its key (``exchange/wire/content_pack.py``): its own
contact block; local contacts for all its villages or for one kabupaten or kecamatan; warnings
about recruiters and companies (names, telephone numbers, companies, what is known, since when,
where they were seen: never anything about the people they recruited); and, when the office
chooses, the hotlines, a checklist version and the Materi topics, in the same files the app
ships. A part the pack does not carry is the village's own shipped one. Each pack has a number
that only grows (per office) and the time it was made.

Plain Python: the UI owns the wording, the exchange reads and writes the file.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from desktop.domain.errors import FieldError, SiagaError, ValidationFailed
from desktop.domain.phone import normalize_phone, validate_phone

PACK_FORMAT = "siaga-tppo-paket-isi"
PACK_FORMAT_VERSION = 1
PACK_SUFFIX = ".siagapaket"
MAX_PACK_BYTES = 4 * 1024 * 1024  # the shipped material, hotlines and checklist are ~250 KB
MAX_WARNINGS = 300
MAX_LOCAL_CONTACTS = 200
MAX_ITEMS = 10  # names, telephone numbers or companies in one warning
MAX_VILLAGES = 500  # villages named in one warning
TEXT_MAX = 2000  # what is known, in one warning
LINE_MAX = 200  # a name, a company, an address line
LANGUAGES = ("id", "en")

# Sixteen digits in a row look like a NIK: a warning never carries a person's identity number.
_NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")


class SubjectKind(Enum):
    """What a pattern across villages, and so a warning drafted from it, is about."""

    PHONE = "telepon"
    COMPANY = "perusahaan"
    NAME = "nama"


@dataclass(frozen=True)
class OfficeContact:
    """How villages reach their immigration office."""

    name: str
    address: str = ""
    phone: str = ""
    whatsapp: str = ""
    email: str = ""
    hours: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.address or self.phone or self.whatsapp or self.email or self.hours)

    def as_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "address": self.address,
            "phone": self.phone,
            "whatsapp": self.whatsapp,
            "email": self.email,
            "hours": self.hours,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> OfficeContact:
        return cls(**{k: str(data.get(k, "")) for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class LocalContact:
    """A contact for the villages of one area: ``area_code`` is "" (every village of the
    office), a kabupaten ("15.02") or a kecamatan ("15.02.02")."""

    role: str  # e.g. "Dinas PMPTSP-TK Kabupaten Merangin"
    phone: str
    name: str = ""
    area_code: str = ""
    area_name: str = ""
    note: str = ""

    def applies_to(self, village_code: str) -> bool:
        return not self.area_code or village_code.startswith(self.area_code + ".")

    @property
    def label(self) -> str:
        return " ".join(p for p in (self.role, self.name, self.phone) if p)

    def as_json(self) -> dict[str, str]:
        return {
            "role": self.role,
            "name": self.name,
            "phone": self.phone,
            "area_code": self.area_code,
            "area_name": self.area_name,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LocalContact:
        return cls(**{k: str(data.get(k, "")) for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class PlaceSeen:
    """A village where what a warning is about was seen (code and official name)."""

    code: str
    name: str


@dataclass(frozen=True)
class RecruiterWarning:
    """A warning about a recruiter or a company, for every village of the office."""

    id: str
    known: str  # what is known, in the office's words
    names: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    since: date | None = None  # seen since
    villages: tuple[PlaceSeen, ...] = ()
    issued: date | None = None  # when the office first issued it

    @property
    def title(self) -> str:
        """The first company, else the first name, else the first number."""
        for items in (self.companies, self.names, self.phones):
            if items:
                return items[0]
        return ""

    def mentions_phone(self, number: str) -> bool:
        wanted = normalize_phone(number)
        return bool(wanted) and any(normalize_phone(p) == wanted for p in self.phones)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "names": list(self.names),
            "phones": list(self.phones),
            "companies": list(self.companies),
            "known": self.known,
            "since": self.since.isoformat() if self.since else "",
            "villages": [{"code": v.code, "name": v.name} for v in self.villages],
            "issued": self.issued.isoformat() if self.issued else "",
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecruiterWarning:
        since, issued = data.get("since") or "", data.get("issued") or ""
        return cls(
            id=str(data["id"]),
            known=str(data["known"]),
            names=tuple(str(n) for n in data.get("names", ())),
            phones=tuple(str(p) for p in data.get("phones", ())),
            companies=tuple(str(c) for c in data.get("companies", ())),
            since=date.fromisoformat(since) if since else None,
            villages=tuple(PlaceSeen(str(v["code"]), str(v["name"])) for v in data["villages"]),
            issued=date.fromisoformat(issued) if issued else None,
        )


def new_warning_id() -> str:
    return uuid.uuid4().hex


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _items(field_name: str, values: Iterable[str], errors: list[FieldError]) -> tuple[str, ...]:
    tidy = tuple(dict.fromkeys(t for v in values if (t := _tidy(v))))
    if len(tidy) > MAX_ITEMS:
        errors.append(FieldError(field_name, "too_many", str(len(tidy))))
    for value in tidy:
        if len(value) > LINE_MAX:
            errors.append(FieldError(field_name, "too_long", value))
    return tidy


def validate_warning(
    *,
    warning_id: str,
    known: str,
    names: Iterable[str] = (),
    phones: Iterable[str] = (),
    companies: Iterable[str] = (),
    since: date | None = None,
    villages: Iterable[PlaceSeen] = (),
    issued: date | None = None,
    today: date | None = None,
) -> RecruiterWarning:
    """A tidied warning, or ValidationFailed naming every problem.

    Field codes: ``subject`` required (a name, a number or a company); ``known`` required /
    too_long / looks_like_nik (a 16-digit number: the warning says nothing about victims);
    ``names``/``companies``/``phones`` too_many / too_long (and the phone codes of
    ``validate_phone``); ``since`` in_future; ``villages`` too_many.
    """
    errors: list[FieldError] = []
    tidy_names = _items("names", names, errors)
    tidy_companies = _items("companies", companies, errors)
    tidy_phones = _items("phones", phones, errors)
    for phone in tidy_phones:
        try:
            validate_phone("phones", phone)
        except FieldError as exc:
            errors.append(exc)
    if not (tidy_names or tidy_companies or tidy_phones):
        errors.append(FieldError("subject", "required"))
    text = "\n".join(_tidy(line) for line in known.strip().splitlines()).strip()
    if not text:
        errors.append(FieldError("known", "required"))
    elif len(text) > TEXT_MAX:
        errors.append(FieldError("known", "too_long", str(len(text))))
    if any(_NIK.search(t) for t in (text, *tidy_names, *tidy_companies)):
        errors.append(FieldError("known", "looks_like_nik"))
    if since is not None and today is not None and since > today:
        errors.append(FieldError("since", "in_future", since.isoformat()))
    places = tuple(dict.fromkeys(villages))
    if len(places) > MAX_VILLAGES:
        errors.append(FieldError("villages", "too_many", str(len(places))))
    if errors:
        raise ValidationFailed(errors)
    return RecruiterWarning(
        id=warning_id,
        known=text,
        names=tidy_names,
        phones=tidy_phones,
        companies=tidy_companies,
        since=since,
        villages=places,
        issued=issued,
    )


@dataclass(frozen=True)
class PatternSeen:
    """What the office's "patterns across villages" view found: the same recruiter telephone
    number, company or name in two or more villages. ``value`` is as the villages wrote it
    (its normalised form is what grouped them)."""

    kind: SubjectKind
    value: str
    villages: tuple[PlaceSeen, ...]
    first_seen: date | None = None
    last_seen: date | None = None


def draft_from_pattern(pattern: PatternSeen, *, issued: date | None = None) -> RecruiterWarning:
    """A new warning with the pattern's subject, villages and first date filled in; what is
    known is left for the officer to write."""
    value = _tidy(pattern.value)
    return RecruiterWarning(
        id=new_warning_id(),
        known="",
        names=(value,) if pattern.kind is SubjectKind.NAME else (),
        phones=(value,) if pattern.kind is SubjectKind.PHONE else (),
        companies=(value,) if pattern.kind is SubjectKind.COMPANY else (),
        since=pattern.first_seen,
        villages=pattern.villages,
        issued=issued,
    )


def validate_local_contact(
    *,
    role: str,
    phone: str,
    name: str = "",
    area_code: str = "",
    area_name: str = "",
    note: str = "",
) -> LocalContact:
    """A tidied local contact, or ValidationFailed (``role`` required / too_long; the phone
    codes of ``validate_phone``, required; ``area_code`` format)."""
    errors: list[FieldError] = []
    tidy_role = _tidy(role)
    if not tidy_role:
        errors.append(FieldError("role", "required"))
    for field_name, value in (("role", tidy_role), ("name", name), ("note", note)):
        if len(_tidy(value)) > LINE_MAX:
            errors.append(FieldError(field_name, "too_long", value))
    tidy_phone = ""
    try:
        tidy_phone = validate_phone("phone", phone, required=True)
    except FieldError as exc:
        errors.append(exc)
    if area_code and not re.fullmatch(r"\d{2}\.\d{2}(\.\d{2})?", area_code):
        errors.append(FieldError("area_code", "format", area_code))
    if errors:
        raise ValidationFailed(errors)
    return LocalContact(
        role=tidy_role,
        phone=tidy_phone,
        name=_tidy(name),
        area_code=area_code,
        area_name=_tidy(area_name),
        note=_tidy(note),
    )


@dataclass(frozen=True)
class Material:
    """The Materi topics in both languages, as the shipped files are: ``topics[language]`` maps
    a file name (``01-apa-itu-tppo.md``) to its Markdown; ``leaflet[language]`` is the data of
    ``leaflet.json``; ``reviewed`` the data of ``reviewed.json``."""

    topics: Mapping[str, Mapping[str, str]]
    leaflet: Mapping[str, Mapping[str, Any]]
    reviewed: Mapping[str, Any]


@dataclass(frozen=True)
class ContentPack:
    """One pack as its office made it (after its signature and its content were checked)."""

    office_name: str
    office_key: bytes  # the office's X25519 public key it is signed with
    covers: tuple[str, ...]  # the kabupaten/kota codes the office covers
    number: int
    created_at: datetime
    office_contact: OfficeContact | None = None
    local_contacts: tuple[LocalContact, ...] = ()
    warnings: tuple[RecruiterWarning, ...] = ()
    hotlines: Mapping[str, Any] | None = None  # the data of a hotlines.json
    checklist: Mapping[str, Any] | None = None  # the data of one cek-tawaran-kerja-vN.json
    material: Material | None = None
    sha256: str = field(default="", compare=False)

    def covers_village(self, village_code: str) -> bool:
        return village_code.rpartition(".")[0].rpartition(".")[0] in self.covers

    @property
    def checklist_version(self) -> int | None:
        return int(self.checklist["version"]) if self.checklist is not None else None

    def contacts_for(self, village_code: str) -> tuple[LocalContact, ...]:
        return tuple(c for c in self.local_contacts if c.applies_to(village_code))


@dataclass
class PackProblem(SiagaError):
    """A pack's content breaks a rule (a checklist, topic or hotline file that the app cannot
    read, a checklist version that clashes with one already here). ``part``: "hotlines",
    "checklist", "material", "contacts", "warnings"; ``detail`` for the log."""

    part: str
    detail: str

    def __str__(self) -> str:
        return f"content pack {self.part}: {self.detail}"


@dataclass(frozen=True)
class PackChanges:
    """What installing a pack changes, compared with what the village shows now. Hotlines and
    contacts are their labels ("SAPA 129 (KemenPPPA): 08111-129-129"), topics their titles."""

    hotlines_added: tuple[str, ...] = ()
    hotlines_removed: tuple[str, ...] = ()
    checklist_before: int | None = None
    checklist_after: int | None = None
    topics_added: tuple[str, ...] = ()
    topics_removed: tuple[str, ...] = ()
    topics_changed: tuple[str, ...] = ()
    warnings_new: tuple[RecruiterWarning, ...] = ()
    warnings_changed: tuple[RecruiterWarning, ...] = ()
    warnings_ended: tuple[RecruiterWarning, ...] = ()
    contacts_added: tuple[str, ...] = ()
    contacts_removed: tuple[str, ...] = ()
    office_contact_changed: bool = False

    @property
    def checklist_changed(self) -> bool:
        return self.checklist_before != self.checklist_after

    @property
    def nothing(self) -> bool:
        return not (
            self.hotlines_added
            or self.hotlines_removed
            or self.checklist_changed
            or self.topics_added
            or self.topics_removed
            or self.topics_changed
            or self.warnings_new
            or self.warnings_changed
            or self.warnings_ended
            or self.contacts_added
            or self.contacts_removed
            or self.office_contact_changed
        )


@dataclass(frozen=True)
class ContentState:
    """What a village shows, reduced to what ``changes_between`` compares: each hotline
    number's label, the checklist version new checks use, each topic's title and text (in
    Indonesian), the warnings, the local contacts' labels and the office's contact block."""

    hotlines: frozenset[str]
    checklist_version: int
    topics: Mapping[str, tuple[str, str]]  # topic id -> (title, Markdown)
    warnings: tuple[RecruiterWarning, ...]
    contacts: tuple[str, ...]
    office_contact: OfficeContact | None


def changes_between(before: ContentState, after: ContentState) -> PackChanges:
    old_warnings = {w.id: w for w in before.warnings}
    new_warnings = {w.id: w for w in after.warnings}
    return PackChanges(
        hotlines_added=tuple(sorted(after.hotlines - before.hotlines)),
        hotlines_removed=tuple(sorted(before.hotlines - after.hotlines)),
        checklist_before=before.checklist_version,
        checklist_after=after.checklist_version,
        topics_added=tuple(t[0] for k, t in after.topics.items() if k not in before.topics),
        topics_removed=tuple(t[0] for k, t in before.topics.items() if k not in after.topics),
        topics_changed=tuple(
            t[0] for k, t in after.topics.items() if k in before.topics and before.topics[k] != t
        ),
        warnings_new=tuple(w for k, w in new_warnings.items() if k not in old_warnings),
        warnings_changed=tuple(
            w for k, w in new_warnings.items() if k in old_warnings and old_warnings[k] != w
        ),
        warnings_ended=tuple(w for k, w in old_warnings.items() if k not in new_warnings),
        contacts_added=tuple(c for c in after.contacts if c not in before.contacts),
        contacts_removed=tuple(c for c in before.contacts if c not in after.contacts),
        office_contact_changed=before.office_contact != after.office_contact,
    )
