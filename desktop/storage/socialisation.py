"""Kegiatan sosialisasi: the events recorded here (a village's or the office's own) and, at an
office, the copies of its villages' events. Every write is one transaction.

An event is never removed. Deleted where it was recorded, it keeps its content there (a soft
delete) and its record id and revision go in the next export; at the office a village's deleted
event keeps only its record id, owner and revision, so that no older export brings it back.
``changed`` numbers every change (it only grows), which the sender's change marks read.

Owner of the tables ``socialisation_event`` and ``socialisation_village``; the exchange reads a
village's events and merges them at the office through the functions "for the exchange layer",
and the office's recap counts a period's events with ``recap``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, NamedTuple

from desktop.domain.socialisation import (
    Audience,
    AudienceRole,
    EventArea,
    EventNotFound,
    Material,
    MaterialKind,
    ReachedVillage,
    RemovedEvent,
    SocialisationEvent,
    SocialisationRecap,
)
from desktop.storage.db import chunks, database, execute, marks, parse_time, stamp, to_json
from desktop.storage.incidents import Window

HERE = ""  # the owner of an event recorded on this computer

# The audience columns, in role order (their names are the roles' stored values).
_ROLES = tuple(AudienceRole)
_AUDIENCE = ", ".join(role.value for role in _ROLES)
_PEOPLE = " + ".join(f"e.{role.value}" for role in _ROLES)
_EVENT_COLUMNS = (
    "id, record_id, owner, owner_name, revision, created_at, updated_at, deleted_at, held_on, "
    f"place, district_code, district_name, regency_name, {_AUDIENCE}, materials, officers, notes"
)


def _materials_json(materials: Sequence[Material]) -> str:
    return to_json([{"kind": m.kind.value, "ref": m.ref, "title": m.title} for m in materials])


def _materials(text: str) -> tuple[Material, ...]:
    return tuple(Material(MaterialKind(m["kind"]), m["ref"], m["title"]) for m in json.loads(text))


def _next_change() -> int:
    return execute("SELECT COALESCE(MAX(changed), 0) + 1 FROM socialisation_event").fetchone()[0]


def _put_villages(event_id: int, villages: Sequence[ReachedVillage]) -> None:
    execute("DELETE FROM socialisation_village WHERE event_id = ?", (event_id,))
    database.connection().executemany(
        "INSERT INTO socialisation_village (event_id, village_code, village_name) VALUES (?, ?, ?)",
        [(event_id, v.code, v.name) for v in villages],
    )


def _content(event: SocialisationEvent) -> tuple[Any, ...]:
    """The values of the content columns, in ``_CONTENT`` order."""
    return (
        event.held_on.isoformat(),
        event.place,
        event.district_code,
        event.district_name,
        event.regency_name,
        *(event.audience.count(role) for role in _ROLES),
        _materials_json(event.materials),
        event.officers,
        event.notes,
    )


_CONTENT = (
    "held_on, place, district_code, district_name, regency_name, "
    f"{_AUDIENCE}, materials, officers, notes"
)
# A village's deleted event at the office: nothing of its content is kept.
_NO_CONTENT = ("", "", "", "", "", *(0 for _ in _ROLES), "[]", "", "")
_HEAD = "owner, owner_name, revision, changed, created_at, updated_at, deleted_at"
_SET = ", ".join(f"{c.strip()} = ?" for c in f"{_HEAD}, {_CONTENT}".split(","))


def _write(event_id: int | None, record_id: str, head: tuple[Any, ...], content: tuple) -> int:
    """Insert the event (``event_id`` None) or overwrite row ``event_id``; ``head`` holds the
    values of ``_HEAD``. Returns the row's id."""
    values = (*head, *content)
    if event_id is None:
        cursor = execute(
            f"INSERT INTO socialisation_event (record_id, {_HEAD}, {_CONTENT}) "
            f"VALUES (?, {marks(values)})",
            (record_id, *values),
        )
        return cursor.lastrowid
    execute(f"UPDATE socialisation_event SET {_SET} WHERE id = ?", (*values, event_id))
    return event_id


def save_event(event: SocialisationEvent, *, now: datetime | None = None) -> SocialisationEvent:
    """Store an event recorded here: a new one (no record id) or a change to one held here and
    not deleted (EventNotFound otherwise). Returns it with its record id and new revision."""
    moment = now or datetime.now(UTC)
    with database.atomic():
        change = _next_change()
        if not event.record_id:
            saved = replace(
                event,
                record_id=str(uuid.uuid4()),
                revision=1,
                owner=HERE,
                created_at=moment,
                updated_at=moment,
            )
            head = (HERE, "", 1, change, stamp(moment), stamp(moment), None)
            event_id = _write(None, saved.record_id, head, _content(saved))
            _put_villages(event_id, saved.villages)
            return saved
        row = execute(
            "SELECT id, revision, created_at FROM socialisation_event WHERE record_id = ? "
            "AND owner = ? AND deleted_at IS NULL",
            (event.record_id, HERE),
        ).fetchone()
        if row is None:
            raise EventNotFound(event.record_id)
        event_id, revision, created = row
        head = (HERE, "", revision + 1, change, created, stamp(moment), None)
        _write(event_id, event.record_id, head, _content(event))
        _put_villages(event_id, event.villages)
    return replace(
        event,
        revision=revision + 1,
        owner=HERE,
        created_at=parse_time(created),
        updated_at=moment,
    )


def delete_event(record_id: str, *, now: datetime | None = None) -> None:
    """Delete an event recorded here (EventNotFound when it is not held or already deleted):
    it leaves the lists and the recap, and the next export tells the office."""
    moment = stamp(now or datetime.now(UTC))
    with database.atomic():
        cursor = execute(
            "UPDATE socialisation_event SET deleted_at = ?, updated_at = ?, "
            "revision = revision + 1, changed = ? WHERE record_id = ? AND owner = ? "
            "AND deleted_at IS NULL",
            (moment, moment, _next_change(), record_id, HERE),
        )
        if cursor.rowcount == 0:
            raise EventNotFound(record_id)


def _event(row: Sequence[Any], villages: Sequence[ReachedVillage]) -> SocialisationEvent:
    (_id, record_id, owner, owner_name, revision, created, updated, deleted, held_on) = row[:9]
    place, district_code, district_name, regency_name = row[9:13]
    counts = row[13 : 13 + len(_ROLES)]
    materials, officers, notes = row[13 + len(_ROLES) :]
    return SocialisationEvent(
        held_on=date.fromisoformat(held_on),
        place=place,
        district_code=district_code,
        district_name=district_name,
        regency_name=regency_name,
        villages=tuple(villages),
        audience=Audience(tuple(zip(_ROLES, counts, strict=True))),
        materials=_materials(materials),
        officers=officers,
        notes=notes,
        record_id=record_id,
        revision=revision,
        owner=owner,
        owner_name=owner_name,
        created_at=parse_time(created),
        updated_at=parse_time(updated),
        deleted_at=parse_time(deleted),
    )


def _villages_of(event_id: int) -> list[ReachedVillage]:
    rows = execute(
        "SELECT village_code, village_name FROM socialisation_village WHERE event_id = ? "
        "ORDER BY village_name, village_code",
        (event_id,),
    )
    return [ReachedVillage(code, name) for code, name in rows]


def load_event(record_id: str) -> SocialisationEvent:
    """An event held here and not deleted (EventNotFound otherwise)."""
    row = execute(
        f"SELECT {_EVENT_COLUMNS} FROM socialisation_event WHERE record_id = ? "
        "AND deleted_at IS NULL",
        (record_id,),
    ).fetchone()
    if row is None:
        raise EventNotFound(record_id)
    return _event(row, _villages_of(row[0]))


# ---------------------------------------------------------------------------------------------
# The list: filtered and ordered in SQL, read a window at a time (ui/widgets/paged_table.py)


class EventSource(Enum):
    ALL = "semua"
    HERE = "di_sini"  # recorded on this computer
    VILLAGES = "desa"  # at an office: its villages' events


@dataclass(frozen=True)
class EventQuery:
    source: EventSource = EventSource.ALL
    descending: bool = True  # the newest first


class EventRow(NamedTuple):
    """One line of the list."""

    record_id: str
    held_on: str
    place: str
    district_name: str
    owner: str
    owner_name: str
    people: int
    villages: int
    village_names: str  # the villages reached, by name, comma-separated
    materials: str  # the titles of the material used, comma-separated


def _where(query: EventQuery) -> tuple[list[str], list[Any]]:
    clauses, params = ["e.deleted_at IS NULL"], []
    if query.source is EventSource.HERE:
        clauses.append("e.owner = ?")
        params.append(HERE)
    elif query.source is EventSource.VILLAGES:
        clauses.append("e.owner <> ?")
        params.append(HERE)
    return clauses, params


def count_events(query: EventQuery) -> int:
    clauses, params = _where(query)
    sql = f"SELECT COUNT(*) FROM socialisation_event e WHERE {' AND '.join(clauses)}"
    return execute(sql, params).fetchone()[0]


def events_window(query: EventQuery, window: Window) -> list[tuple[EventRow, tuple[Any, ...]]]:
    """The window's rows in the list's order (by the day held), each with its order key."""
    clauses, params = _where(query)
    backwards = window.from_end or window.before is not None
    bound = window.after if window.after is not None else window.before
    descending = query.descending != backwards
    if bound is not None:
        clauses.append(f"(e.held_on, e.id) {'<' if descending else '>'} (?, ?)")
        params += list(bound)
    direction = "DESC" if descending else "ASC"
    rows = execute(
        "SELECT e.record_id, e.held_on, e.place, e.district_name, e.owner, e.owner_name, "
        f"{_PEOPLE}, (SELECT COUNT(*) FROM socialisation_village v WHERE v.event_id = e.id), "
        "(SELECT group_concat(village_name, ', ') FROM (SELECT village_name FROM "
        "socialisation_village v WHERE v.event_id = e.id ORDER BY village_name)), "
        "(SELECT group_concat(json_extract(m.value, '$.title'), ', ') FROM "
        "json_each(e.materials) m), e.id FROM socialisation_event e "
        f"WHERE {' AND '.join(clauses)} ORDER BY e.held_on {direction}, e.id {direction} "
        "LIMIT ? OFFSET ?",
        [*params, window.limit, 0 if bound is not None else window.offset],
    ).fetchall()
    if backwards:
        rows.reverse()
    return [(EventRow._make((*r[:8], r[8] or "", r[9] or "")), (r[1], r[10])) for r in rows]


# ---------------------------------------------------------------------------------------------
# For the sender: what changed since an export


def change_mark() -> int:
    """The newest change of an event (a number that only grows)."""
    return execute("SELECT COALESCE(MAX(changed), 0) FROM socialisation_event").fetchone()[0]


def changed_since(mark: int) -> int:
    """How many events recorded here were saved or deleted after the mark ``mark``."""
    return execute(
        "SELECT COUNT(*) FROM socialisation_event WHERE changed > ? AND owner = ?", (mark, HERE)
    ).fetchone()[0]


# ---------------------------------------------------------------------------------------------
# For the exchange layer: the events recorded here, and at the office its villages' copies


def own_events() -> list[SocialisationEvent]:
    """The events recorded here and not deleted, by record id (what an export carries)."""
    rows = execute(
        f"SELECT {_EVENT_COLUMNS} FROM socialisation_event WHERE owner = ? "
        "AND deleted_at IS NULL ORDER BY record_id",
        (HERE,),
    ).fetchall()
    villages: dict[int, list[ReachedVillage]] = {}
    for chunk in chunks([r[0] for r in rows]):
        found = execute(
            "SELECT event_id, village_code, village_name FROM socialisation_village "
            f"WHERE event_id IN ({marks(chunk)}) ORDER BY village_name, village_code",
            chunk,
        )
        for event_id, code, name in found:
            villages.setdefault(event_id, []).append(ReachedVillage(code, name))
    return [_event(r, villages.get(r[0], ())) for r in rows]


def own_removed() -> list[RemovedEvent]:
    """The events recorded here and deleted, by record id: only what travels of them."""
    rows = execute(
        "SELECT record_id, revision, deleted_at FROM socialisation_event WHERE owner = ? "
        "AND deleted_at IS NOT NULL ORDER BY record_id",
        (HERE,),
    )
    return [RemovedEvent(r, n, datetime.fromisoformat(at)) for r, n, at in rows]


def own_revisions() -> Iterator[str]:
    """``record id:revision`` of every event recorded here (deleted ones too), by record id:
    what an export of the events holds."""
    rows = execute(
        "SELECT record_id, revision FROM socialisation_event WHERE owner = ? ORDER BY record_id",
        (HERE,),
    )
    yield from (f"{record_id}:{revision}" for record_id, revision in rows)


class HeldCopy(NamedTuple):
    owner: str
    revision: int
    changed_at: datetime  # when it was last changed where it was recorded
    deleted: bool


def held_copies(record_ids: Sequence[str]) -> dict[str, HeldCopy]:
    """The events held under these record ids (deleted ones too), by record id."""
    held: dict[str, HeldCopy] = {}
    for chunk in chunks(record_ids):
        rows = execute(
            "SELECT record_id, owner, revision, updated_at, deleted_at IS NOT NULL FROM "
            f"socialisation_event WHERE record_id IN ({marks(chunk)})",
            chunk,
        )
        for record_id, owner, revision, updated, deleted in rows:
            held[record_id] = HeldCopy(owner, revision, datetime.fromisoformat(updated), deleted)
    return held


def _row_id(record_id: str) -> int | None:
    row = execute("SELECT id FROM socialisation_event WHERE record_id = ?", (record_id,))
    found = row.fetchone()
    return found[0] if found else None


def put_copy(event: SocialisationEvent) -> None:
    """At the office: hold ``event`` (a village's, its ``owner`` set) in place of any copy held
    under its record id. Runs inside the caller's transaction."""
    if event.owner == HERE or event.created_at is None or event.updated_at is None:
        raise ValueError("a village's event, as it came")
    with database.atomic():
        head = (
            event.owner,
            event.owner_name,
            event.revision,
            _next_change(),
            stamp(event.created_at),
            stamp(event.updated_at),
            None,
        )
        event_id = _write(_row_id(event.record_id), event.record_id, head, _content(event))
        _put_villages(event_id, event.villages)


def remove_copy(removed: RemovedEvent, owner: str, owner_name: str) -> None:
    """At the office: a village deleted this event; keep its record id, owner and revision and
    nothing else, so that an older export imported later does not bring it back. Runs inside the
    caller's transaction."""
    if owner == HERE:
        raise ValueError("a village's event")
    moment = stamp(removed.removed_at)
    with database.atomic():
        head = (owner, owner_name, removed.revision, _next_change(), moment, moment, moment)
        event_id = _write(_row_id(removed.record_id), removed.record_id, head, _NO_CONTENT)
        _put_villages(event_id, ())


def move_owner(old: str, new: str, village: str, district: str, regency: str) -> None:
    """At the office: a village's code changed by a change it signed (``old`` to ``new``, with
    the official names of the new code): its events follow it, as the village that held them,
    in its kecamatan, reaching it. Runs inside the caller's transaction."""
    if HERE in (old, new):
        raise ValueError("a village's events")
    execute(
        "UPDATE socialisation_village SET village_code = ?, village_name = ? "
        "WHERE village_code = ? AND event_id IN "
        "(SELECT id FROM socialisation_event WHERE owner = ?)",
        (new, village, old, old),
    )
    execute(
        "UPDATE socialisation_event SET district_code = ?, district_name = ?, regency_name = ? "
        "WHERE owner = ? AND deleted_at IS NULL",
        (new.rpartition(".")[0], district, regency, old),
    )
    execute(
        "UPDATE socialisation_event SET owner = ?, owner_name = ? WHERE owner = ?",
        (new, village, old),
    )


# ---------------------------------------------------------------------------------------------
# The office's recap


def recap(first: date, last: date) -> SocialisationRecap:
    """The events held from ``first`` to ``last`` (inclusive) and not deleted."""
    period = (first.isoformat(), last.isoformat())
    live = "e.deleted_at IS NULL AND e.held_on BETWEEN ? AND ?"
    sums = ", ".join(f"COALESCE(SUM(e.{role.value}), 0)" for role in _ROLES)
    events, by_office, *people = execute(
        f"SELECT COUNT(*), COALESCE(SUM(e.owner = ?), 0), {sums} FROM socialisation_event e "
        f"WHERE {live}",
        (HERE, *period),
    ).fetchone()
    villages = execute(
        "SELECT COUNT(DISTINCT v.village_code) FROM socialisation_event e JOIN "
        f"socialisation_village v ON v.event_id = e.id WHERE {live}",
        period,
    ).fetchone()[0]
    reached = dict(
        execute(
            "SELECT e.district_code, COUNT(DISTINCT v.village_code) FROM socialisation_event e "
            f"JOIN socialisation_village v ON v.event_id = e.id WHERE {live} "
            "GROUP BY e.district_code",
            period,
        ).fetchall()
    )
    areas = [
        EventArea(code, name, regency, count, held, reached.get(code, 0))
        for code, name, regency, count, held in execute(
            "SELECT e.district_code, MAX(e.district_name), MAX(e.regency_name), COUNT(*), "
            f"COALESCE(SUM({_PEOPLE}), 0) FROM socialisation_event e WHERE {live} "
            "GROUP BY e.district_code",
            period,
        )
    ]
    areas.sort(key=lambda a: (-a.events, -a.people, a.name))
    return SocialisationRecap(
        events=events,
        by_office=by_office,
        people=sum(people),
        by_role=tuple(zip(_ROLES, people, strict=True)),
        villages=villages,
        by_kecamatan=tuple(areas),
    )
