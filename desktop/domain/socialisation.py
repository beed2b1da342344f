"""Kegiatan sosialisasi: an awareness session a village or the immigration office held (the
office's Desa Binaan Imigrasi programme), with who came by role, the material used and who spoke.

An event recorded at a village reaches that village; one recorded at the office reaches the
villages the officer ticks. An event has a fixed record id and a revision that grows with each
save or deletion where it was recorded; the copy with the higher revision (then the later
change) is the one that counts wherever it travels (``supersedes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from desktop.domain.errors import FieldError, SiagaError, ValidationFailed

EARLIEST_DAY = date(2000, 1, 1)  # nothing in the app happened before this
PLACE_MAX = 120
OFFICERS_MAX = 300
NOTES_MAX = 1000
COUNT_MAX = 100_000  # people of one role at one event
COUNT_DIGITS = len(str(COUNT_MAX))
VILLAGES_MAX = 300  # a kecamatan has fewer villages than this
MATERIALS_MAX = 40
MATERIAL_REF_MAX = 80
MATERIAL_TITLE_MAX = 120
MATERIAL_REF = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")  # a topic id, a leaflet's name


class AudienceRole(Enum):
    """Who came, by role. Values are stable storage and export keys."""

    VILLAGE_HEAD = "kepala_desa"
    VILLAGE_STAFF = "perangkat_desa"
    BPD = "bpd"  # Badan Permusyawaratan Desa
    RESIDENTS = "warga"
    PROSPECTIVE_MIGRANTS = "calon_pmi"  # people preparing to work abroad


@dataclass(frozen=True)
class Audience:
    """How many people of each role came."""

    counts: tuple[tuple[AudienceRole, int], ...] = ()

    @classmethod
    def of(cls, counts: dict[AudienceRole, int]) -> Audience:
        return cls(tuple((role, counts.get(role, 0)) for role in AudienceRole))

    def count(self, role: AudienceRole) -> int:
        return dict(self.counts).get(role, 0)

    @property
    def total(self) -> int:
        return sum(n for _, n in self.counts)


class MaterialKind(Enum):
    TOPIC = "topik"  # a Materi topic
    LEAFLET = "leaflet"  # a printed leaflet, poster or pocket card


@dataclass(frozen=True)
class Material:
    """A piece of the material used, by its id in the content and its title as it was then."""

    kind: MaterialKind
    ref: str
    title: str


def material_of(kind: MaterialKind, ref: str, title: str) -> Material | None:
    """A piece of material to choose from, its title tidied and cut to the length an export
    carries; None for one whose id an export cannot carry."""
    if not MATERIAL_REF.fullmatch(ref):
        return None
    return Material(kind, ref, " ".join(title.split())[:MATERIAL_TITLE_MAX] or ref)


@dataclass(frozen=True)
class ReachedVillage:
    code: str
    name: str


@dataclass(frozen=True)
class SocialisationEvent:
    held_on: date
    place: str
    district_code: str  # the kecamatan, e.g. 15.02.02
    district_name: str
    regency_name: str
    villages: tuple[ReachedVillage, ...]  # the villages reached
    audience: Audience
    materials: tuple[Material, ...] = ()
    officers: str = ""  # officers and speakers
    notes: str = ""
    record_id: str = ""  # a UUID, given when first saved
    revision: int = 0  # 1 when first saved, one more at each change or deletion
    owner: str = ""  # '' recorded here; at an office, the code of the village that sent it
    owner_name: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class RemovedEvent:
    """An event deleted where it was recorded: what travels of it (no content)."""

    record_id: str
    revision: int
    removed_at: datetime


@dataclass
class EventNotFound(SiagaError):
    """No event with this record id is held here (or it may not be changed here)."""

    record_id: str

    def __str__(self) -> str:
        return f"socialisation event {self.record_id} not found"


def supersedes(incoming: tuple[int, datetime], held: tuple[int, datetime]) -> bool:
    """True when a copy at ``incoming`` (revision, changed at) replaces one at ``held``: the
    higher revision, or at the same revision the later change (a village that went back to a
    backup and changed the event again). The same copy again replaces nothing."""
    return incoming > held


def parse_count(text: str, field_name: str) -> int:
    """A number of people as typed ('' is none); raises FieldError for anything else."""
    tidy = text.strip().replace(".", "")  # 1.200 as Indonesians write it
    if not tidy:
        return 0
    if not tidy.isascii() or not tidy.isdigit():
        raise FieldError(field_name, "not_number", text)
    if len(tidy) > COUNT_DIGITS or int(tidy) > COUNT_MAX:
        raise FieldError(field_name, "too_large", text)
    return int(tidy)


@dataclass(frozen=True)
class EventDraft:
    """What the form holds, as typed."""

    held_on: date
    place: str
    district_code: str
    district_name: str
    regency_name: str
    villages: tuple[ReachedVillage, ...]
    audience: dict[AudienceRole, str] = field(default_factory=dict)  # numbers as typed
    materials: tuple[Material, ...] = ()
    officers: str = ""
    notes: str = ""


def audience_field(role: AudienceRole) -> str:
    """The field name of a role's count in ``ValidationFailed``."""
    return f"audience.{role.value}"


def validate_event(draft: EventDraft, today: date) -> SocialisationEvent:
    """Tidy ``draft`` into an event; raise ValidationFailed listing every problem."""
    errors: list[FieldError] = []

    def text(name: str, value: str, most: int, *, required: bool = False, lines: bool = False):
        tidy = value.strip() if lines else " ".join(value.split())
        if required and not tidy:
            errors.append(FieldError(name, "required"))
        elif len(tidy) > most:
            errors.append(FieldError(name, "too_long", value))
        return tidy

    if draft.held_on < EARLIEST_DAY:
        errors.append(FieldError("held_on", "too_early", draft.held_on.isoformat()))
    elif draft.held_on > today:
        errors.append(FieldError("held_on", "in_future", draft.held_on.isoformat()))
    place = text("place", draft.place, PLACE_MAX, required=True)
    if not draft.district_code:
        errors.append(FieldError("district", "required"))
    villages = tuple(dict.fromkeys(draft.villages))
    if not villages:
        errors.append(FieldError("villages", "required"))
    elif len(villages) > VILLAGES_MAX:
        errors.append(FieldError("villages", "too_many", str(len(villages))))
    counts: dict[AudienceRole, int] = {}
    for role in AudienceRole:
        try:
            counts[role] = parse_count(draft.audience.get(role, ""), audience_field(role))
        except FieldError as exc:
            errors.append(exc)
    audience = Audience.of(counts)
    if len(counts) == len(AudienceRole) and audience.total == 0:
        errors.append(FieldError("audience", "required"))
    materials = tuple(dict.fromkeys(draft.materials))
    if len(materials) > MATERIALS_MAX:
        errors.append(FieldError("materials", "too_many", str(len(materials))))
    officers = text("officers", draft.officers, OFFICERS_MAX)
    notes = text("notes", draft.notes, NOTES_MAX, lines=True)
    if errors:
        raise ValidationFailed(errors)
    return SocialisationEvent(
        held_on=draft.held_on,
        place=place,
        district_code=draft.district_code,
        district_name=draft.district_name,
        regency_name=draft.regency_name,
        villages=villages,
        audience=audience,
        materials=materials,
        officers=officers,
        notes=notes,
    )


# ---------------------------------------------------------------------------------------------
# The office's recap of a period's events


@dataclass(frozen=True)
class EventArea:
    """A kecamatan with the period's events held in it."""

    code: str
    name: str
    regency_name: str
    events: int
    people: int
    villages: int  # villages of it reached


@dataclass(frozen=True)
class SocialisationRecap:
    """A period's events (those deleted where they were recorded are not counted)."""

    events: int = 0
    by_office: int = 0  # of those, held by the office itself
    people: int = 0
    by_role: tuple[tuple[AudienceRole, int], ...] = ()  # every role, in role order
    villages: int = 0  # villages reached at least once
    by_kecamatan: tuple[EventArea, ...] = ()  # the most events first
