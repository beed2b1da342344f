"""The events section of an export (Kegiatan sosialisasi): writing it and reading it back.

The section is the export's optional member ``socialisation``, defined by
``resources/schema/export-socialisation-v1.schema.json`` (see docs/dev/socialisation.md). A
village that has recorded no event writes no section, and a file without one reads as holding
none. The kecamatan and the villages reached of a village's event are the village's own, so
they do not travel: the office takes them from the export's source.

Reading bounds everything before an event is built: the schema's counts and lengths, then each
date and time between 2000-01-01 and a day after now, the record ids once each, and someone in
the audience. Anything else refuses the whole file (ExportRejected), saying where.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.domain.exchange import ExportRejected, RejectReason
from desktop.domain.socialisation import (
    EARLIEST_DAY,
    Audience,
    AudienceRole,
    Material,
    MaterialKind,
    RemovedEvent,
    SocialisationEvent,
)
from desktop.exchange.wire.schema import SchemaViolation, compiled_schema
from desktop.resources import resource_path

MEMBER = "socialisation"
SECTION_VERSION = 1
SCHEMA = ("schema", "export-socialisation-v1.schema.json")


@dataclass(frozen=True)
class IncomingEvents:
    """A checked section: the village's events (without kecamatan or villages) and the
    deletions, each record id once."""

    events: tuple[SocialisationEvent, ...] = ()
    removed: tuple[RemovedEvent, ...] = ()


NO_EVENTS = IncomingEvents()


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _event(event: SocialisationEvent) -> dict[str, Any]:
    assert event.created_at is not None and event.updated_at is not None
    return {
        "record_id": event.record_id,
        "revision": event.revision,
        "created_at": _time(event.created_at),
        "updated_at": _time(event.updated_at),
        "held_on": event.held_on.isoformat(),
        "place": event.place,
        "audience": {role.value: event.audience.count(role) for role in AudienceRole},
        "materials": [
            {"kind": m.kind.value, "ref": m.ref, "title": m.title} for m in event.materials
        ],
        "officers": event.officers,
        "notes": event.notes,
    }


def encode_section(
    events: Sequence[SocialisationEvent], removed: Sequence[RemovedEvent]
) -> dict[str, Any] | None:
    """The section for these events and deletions; None when there are none (no member is
    written, so the file reads in an office whose app predates the section)."""
    if not events and not removed:
        return None
    return {
        "version": SECTION_VERSION,
        "events": [_event(e) for e in events],
        "removed": [
            {"record_id": r.record_id, "revision": r.revision, "removed_at": _time(r.removed_at)}
            for r in removed
        ],
    }


def _refuse(where: str, what: str) -> ExportRejected:
    """The file refused, saying where in the section and what is wrong (the value or rule)."""
    place = f"{MEMBER}.{where}" if where else MEMBER
    return ExportRejected(RejectReason.INVALID, f"{place}: {what}"[:300])


def _day(text: str, where: str, latest: date) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise _refuse(where, text) from None
    if not EARLIEST_DAY <= day <= latest:
        raise _refuse(where, text)
    return day


def _moment(text: str, where: str, now: datetime) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _refuse(where, text) from None
    if not datetime(2000, 1, 1, tzinfo=UTC) <= moment <= now + timedelta(days=1):
        raise _refuse(where, text)
    return moment


def read_section(value: Any, now: datetime | None = None) -> IncomingEvents:
    """The checked section of a parsed export (``None``: the file has none)."""
    if value is None:
        return NO_EVENTS
    try:
        compiled_schema(resource_path(*SCHEMA))(value)
    except SchemaViolation as exc:
        raise _refuse(exc.where if exc.path else "", exc.rule) from None
    now = now or datetime.now(UTC)
    latest = (now + timedelta(days=1)).date()
    seen: set[str] = set()

    def once(record_id: str) -> None:
        if record_id in seen:
            raise ExportRejected(RejectReason.DUPLICATE_ID, f"{MEMBER} {record_id}")
        seen.add(record_id)

    events = []
    for n, item in enumerate(value["events"]):
        where = f"events[{n}]"
        once(item["record_id"])
        audience = Audience.of({role: item["audience"][role.value] for role in AudienceRole})
        if audience.total == 0:
            raise _refuse(f"{where}.audience", "0")
        events.append(
            SocialisationEvent(
                held_on=_day(item["held_on"], f"{where}.held_on", latest),
                place=item["place"],
                district_code="",
                district_name="",
                regency_name="",
                villages=(),
                audience=audience,
                materials=tuple(
                    Material(MaterialKind(m["kind"]), m["ref"], m["title"])
                    for m in item["materials"]
                ),
                officers=item["officers"],
                notes=item["notes"],
                record_id=item["record_id"],
                revision=item["revision"],
                created_at=_moment(item["created_at"], f"{where}.created_at", now),
                updated_at=_moment(item["updated_at"], f"{where}.updated_at", now),
            )
        )
    removed = []
    for n, item in enumerate(value["removed"]):
        once(item["record_id"])
        removed.append(
            RemovedEvent(
                item["record_id"],
                item["revision"],
                _moment(item["removed_at"], f"removed[{n}].removed_at", now),
            )
        )
    return IncomingEvents(tuple(events), tuple(removed))
