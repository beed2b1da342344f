"""Catatan Kejadian in the database: saved versions, the current state, lists and search.

Every saved change, deletion, restore and purge adds a row to ``incident_version`` (its id,
the id of the version it replaces, time, author, state, reason and a full JSON snapshot), so
the exchange layer can list and insert versions with plain calls (``list_versions``,
``insert_version``). The other tables (``incident``, people, referrals, the search indexes
``incident_fts`` of the log and ``deleted_incident_fts`` of Terhapus) hold only the current
version of each record, for lists, filters and search, and are rewritten from the snapshot on
every change. Each write below is one transaction.

Owner of the tables ``incident``, ``incident_version``, ``incident_person``,
``incident_person_identity``, ``incident_referral``, ``incident_fts`` and
``deleted_incident_fts``: no other module reads or writes them. Each current live version's
recruiter keys are kept through ``storage.recruiter_keys``, and each record entering or
leaving the list (Terhapus left out) is told to ``storage.register_villages`` (the office's
count of each village's records). The exchange asks through the functions "for the exchange
layer" (the versions an export holds, the office's merge), and the office's register puts its
own tables beside the list through ``Joined``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from functools import cache
from typing import Any, NamedTuple

from desktop.domain.countries import load_countries
from desktop.domain.exchange import VersionFields, VersionRow
from desktop.domain.incident import (
    DEMO_ID_MARK,
    AgeBand,
    HistoryEntry,
    Incident,
    RecordMeta,
    RecordNotFound,
    RecordState,
    ReportType,
    StaleRecord,
    Status,
    StoredIncident,
    StoredVersion,
    VersionClash,
    build_history,
    from_payload,
    to_payload,
)
from desktop.domain.modus import Modus
from desktop.domain.patterns import PatternSource, record_keys
from desktop.resources import resource_path
from desktop.storage import recruiter_keys, register_villages, settings
from desktop.storage.db import (
    chunks,
    database,
    execute,
    marks,
    parse_stamp,
    parse_time,
    stamp,
    to_json,
)


@cache
def country_names() -> dict[str, str]:
    """ISO code -> Indonesian name, from the shipped list."""
    return load_countries(resource_path("countries", "countries_id.csv"))


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# ---------------------------------------------------------------------------------------------
# Settings of the log


def author() -> str:
    """Who is recording: the name or role set in this installation ('' until set)."""
    return settings.INCIDENT_AUTHOR.get()


def set_author(name: str) -> None:
    settings.INCIDENT_AUTHOR.set(" ".join(name.split()))


def retention_days() -> int:
    """How long deleted records stay in Terhapus before they are removed for good."""
    value = settings.RETENTION_DAYS.get()
    return value if value > 0 else settings.DEFAULT_RETENTION_DAYS


def set_retention_days(days: int) -> None:
    settings.RETENTION_DAYS.set(int(days))


# ---------------------------------------------------------------------------------------------
# The current state, rewritten from a snapshot

_CHILD_BANDS = {b.value for b in AgeBand if b.is_child}

# The columns of ``incident`` that the list shows and filters on, in the order ``_project``
# gives their values.
_LISTED = (
    "report_type",
    "reported_on",
    "happened",
    "modus",
    "summary",
    "destination_country",
    "destination_name",
    "destination_city",
    "recruiter_name",
    "company",
    "status",
    "people_count",
    "has_child",
)


class _Projection(NamedTuple):
    """What the tables of the current state hold for one record (rows ready to insert)."""

    listed: tuple[Any, ...]  # the values of ``_LISTED``
    people: list[tuple[Any, ...]]
    identities: list[tuple[Any, ...]]
    referrals: list[tuple[Any, ...]]
    search: tuple[Any, ...]  # the search index row
    keys: list[tuple[str, ...]]  # the recruiter keys (``storage.recruiter_keys``)
    live: bool  # not in Terhapus: which search index holds the record (``_SEARCH``)


def _project(incident_id: int, payload: dict[str, Any], *, live: bool = True) -> _Projection:
    """The list row, people, identities, referrals, search text and recruiter keys of record
    number ``incident_id`` whose current version holds ``payload`` (``live``: not in
    Terhapus): the one projection for a single save (``_make_current``) and for the bulk
    insert (``add_new_records``)."""
    people = payload.get("people", [])
    country = payload.get("destination_country", "")
    destination_name = country_names().get(country, country)
    destination_city = payload.get("destination_city", "")
    summary = payload.get("summary", "")
    company = payload.get("company", "")
    listed = (
        payload["report_type"],
        payload["reported_on"],
        payload.get("happened", ""),
        payload["modus"],
        summary,
        country,
        destination_name,
        destination_city,
        payload.get("recruiter_name", ""),
        company,
        payload.get("status", Status.NEW.value),
        len(people),
        int(any(p.get("under_18") or p.get("age_band") in _CHILD_BANDS for p in people)),
    )
    person_rows, identities = [], []
    for position, p in enumerate(people):
        person_rows.append(
            (
                p["person_id"],
                incident_id,
                position,
                p.get("role", ""),
                p.get("sex", ""),
                p.get("age_band", ""),
                int(bool(p.get("under_18"))),
                p.get("disability", ""),
            )
        )
        identity = p.get("identity") or {}
        if identity:
            identities.append(
                (
                    p["person_id"],
                    identity.get("name", ""),
                    identity.get("nik", ""),
                    identity.get("phone", ""),
                )
            )
    referrals = [
        (
            r["referral_id"],
            incident_id,
            position,
            r.get("target", ""),
            r.get("referred_on", ""),
            r.get("reference", ""),
            r.get("outcome", ""),
        )
        for position, r in enumerate(payload.get("referrals", []))
    ]
    recruiter = " ".join(
        filter(None, (payload.get("recruiter_name"), payload.get("recruiter_phone")))
    )
    destination = " ".join(filter(None, (destination_name, destination_city)))
    search = (incident_id, summary, payload.get("notes", ""), recruiter, company, destination)
    keys = []
    if live:
        keys = recruiter_keys.key_rows(
            PatternSource.RECORD, payload["record_id"], payload["reported_on"], record_keys(payload)
        )
    return _Projection(listed, person_rows, identities, referrals, search, keys, live)


_VERSION_COLUMNS = (
    "record_id, version_id, prev_version_id, saved_at, author, state, reason, payload"
)
_INSERT_VERSION = (
    f"INSERT INTO incident_version ({_VERSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_INCIDENT = (
    "INSERT INTO incident (id, record_id, version_id, created_at, created_by, updated_at, "
    f"updated_by, deleted_at, {', '.join(_LISTED)}) VALUES ({marks(range(8 + len(_LISTED)))})"
)
_INSERT_PERSON = (
    "INSERT INTO incident_person (person_id, incident_id, position, role, sex, age_band, "
    "under_18, disability) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_IDENTITY = (
    "INSERT INTO incident_person_identity (person_id, name, nik, phone) VALUES (?, ?, ?, ?)"
)
_INSERT_REFERRAL = (
    "INSERT INTO incident_referral (referral_id, incident_id, position, target, referred_on, "
    "reference, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
# The search index of each list: the log's records and Terhapus's (migration 16), so that a
# search's matches are the list's own, with no test of each one's state (counting the 297,000
# records matching 'k' less those in Terhapus took 26 ms of 33).
_SEARCH = {True: "incident_fts", False: "deleted_incident_fts"}
_INSERT_SEARCH = (
    "INSERT INTO {} (rowid, summary, notes, recruiter, company, destination) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def _payload_text(version: StoredVersion) -> str:
    """The payload as stored: canonical JSON text (an imported version brings it so)."""
    payload = version.payload
    return payload if isinstance(payload, str) else to_json(payload)


def _payload(version: StoredVersion) -> dict[str, Any]:
    payload = version.payload
    return json.loads(payload) if isinstance(payload, str) else payload


def _version_values(version: StoredVersion) -> tuple[Any, ...]:
    """A version as ``_VERSION_COLUMNS`` store it."""
    return (
        version.record_id,
        version.version_id,
        version.prev_version_id,
        stamp(version.saved_at),
        version.author,
        version.state.value,
        version.reason,
        _payload_text(version),
    )


def _incident_row(
    incident_id: int, first: StoredVersion, current: StoredVersion, projection: _Projection
) -> tuple[Any, ...]:
    """The ``incident`` row of a record new here, saved first as ``first`` and now holding
    ``current`` (the same version for a record saved once)."""
    current_at = stamp(current.saved_at)
    return (
        incident_id,
        current.record_id,
        current.version_id,
        stamp(first.saved_at),
        first.author,
        current_at,
        current.author,
        current_at if current.state is RecordState.DELETED else None,
        *projection.listed,
    )


def _insert_version(version: StoredVersion) -> None:
    execute(_INSERT_VERSION, _version_values(version))


def _insert_projections(conn: Any, projections: Sequence[_Projection]) -> None:
    """The people, identities, referrals and search rows of records whose ``incident`` row
    is written."""
    conn.executemany(_INSERT_PERSON, [row for p in projections for row in p.people])
    conn.executemany(_INSERT_IDENTITY, [row for p in projections for row in p.identities])
    conn.executemany(_INSERT_REFERRAL, [row for p in projections for row in p.referrals])
    for live, table in _SEARCH.items():
        rows = [p.search for p in projections if p.live == live]
        conn.executemany(_INSERT_SEARCH.format(table), rows)
    recruiter_keys.add_keys(row for p in projections for row in p.keys)


def _delete_projection(incident_id: int, record_id: str) -> None:
    """Everything of record number ``incident_id``'s current state but its ``incident`` row."""
    recruiter_keys.forget(PatternSource.RECORD, record_id)
    for table in _SEARCH.values():
        execute(f"DELETE FROM {table} WHERE rowid = ?", (incident_id,))
    execute(
        "DELETE FROM incident_person_identity WHERE person_id IN "
        "(SELECT person_id FROM incident_person WHERE incident_id = ?)",
        (incident_id,),
    )
    execute("DELETE FROM incident_person WHERE incident_id = ?", (incident_id,))
    execute("DELETE FROM incident_referral WHERE incident_id = ?", (incident_id,))


def _next_number() -> int:
    """The number the next new record gets: what AUTOINCREMENT would give it (never one used
    before, even by a record purged since)."""
    seq = execute("SELECT seq FROM sqlite_sequence WHERE name = 'incident'").fetchone()
    top = execute("SELECT COALESCE(MAX(id), 0) FROM incident").fetchone()[0]
    return max(seq[0] if seq else 0, top) + 1


def _make_current(version: StoredVersion) -> None:
    """Make ``version`` the current state of its record (a live or deleted version)."""
    live = version.state is RecordState.LIVE
    row = execute(
        "SELECT id, deleted_at FROM incident WHERE record_id = ?", (version.record_id,)
    ).fetchone()
    was_live = row is not None and row[1] is None
    if live != was_live:
        register_villages.listed_changed({version.record_id: 1 if live else -1})
    if row is None:
        incident_id = _next_number()
        projection = _project(incident_id, _payload(version), live=live)
        execute(_INSERT_INCIDENT, _incident_row(incident_id, version, version, projection))
    else:
        incident_id = row[0]
        projection = _project(incident_id, _payload(version), live=live)
        saved = stamp(version.saved_at)
        deleted_at = saved if version.state is RecordState.DELETED else None
        columns = ", ".join(f"{c} = ?" for c in _LISTED)
        execute(
            f"UPDATE incident SET version_id = ?, updated_at = ?, updated_by = ?, "
            f"deleted_at = ?, {columns} WHERE id = ?",
            (
                version.version_id,
                saved,
                version.author,
                deleted_at,
                *projection.listed,
                incident_id,
            ),
        )
        _delete_projection(incident_id, version.record_id)
    _insert_projections(database.connection(), [projection])


# ---------------------------------------------------------------------------------------------
# Saving, deleting, restoring, purging


class _Head(NamedTuple):
    id: int
    version_id: str
    deleted_at: str | None


def _head(record_id: str) -> _Head | None:
    row = execute(
        "SELECT id, version_id, deleted_at FROM incident WHERE record_id = ?", (record_id,)
    ).fetchone()
    return _Head(*row) if row else None


def _payload_of(version_id: str) -> dict[str, Any]:
    row = execute("SELECT payload FROM incident_version WHERE version_id = ?", (version_id,))
    return json.loads(row.fetchone()[0])


def _new_version(
    record_id: str,
    prev: str | None,
    state: RecordState,
    payload: dict[str, Any],
    author_name: str,
    reason: str,
    now: datetime | None,
) -> StoredVersion:
    return StoredVersion(
        record_id=record_id,
        version_id=str(uuid.uuid4()),
        prev_version_id=prev,
        saved_at=now or _now(),
        author=author_name,
        state=state,
        reason=reason,
        payload=payload,
    )


def save_incident(
    incident: Incident,
    *,
    author_name: str,
    base_version: str | None = None,
    reason: str = "",
    now: datetime | None = None,
) -> RecordMeta:
    """Save a checked record as a new version (the first one when ``base_version`` is None).

    ``base_version`` is the version the user opened: if the record has changed since, or was
    deleted, StaleRecord is raised and nothing is written.
    """
    with database.atomic():
        head = _head(incident.record_id)
        if head is None:
            known = execute(
                "SELECT 1 FROM incident_version WHERE record_id = ? LIMIT 1",
                (incident.record_id,),
            ).fetchone()
            if base_version is not None or known:
                raise StaleRecord(incident.record_id)
        elif head.version_id != base_version or head.deleted_at is not None:
            raise StaleRecord(incident.record_id)
        version = _new_version(
            incident.record_id,
            head.version_id if head else None,
            RecordState.LIVE,
            to_payload(incident),
            author_name,
            reason,
            now,
        )
        _insert_version(version)
        _make_current(version)
    return load_incident(incident.record_id).meta


def delete_incident(
    record_id: str, *, author_name: str, reason: str = "", now: datetime | None = None
) -> None:
    """Move a record to Terhapus: a tombstone version carrying the last content (restorable)."""
    with database.atomic():
        head = _head(record_id)
        if head is None or head.deleted_at is not None:
            raise StaleRecord(record_id)
        version = _new_version(
            record_id,
            head.version_id,
            RecordState.DELETED,
            _payload_of(head.version_id),
            author_name,
            reason,
            now,
        )
        _insert_version(version)
        _make_current(version)


def restore_incident(record_id: str, *, author_name: str, now: datetime | None = None) -> None:
    """Bring a record back from Terhapus as it was, as a new version."""
    with database.atomic():
        head = _head(record_id)
        if head is None or head.deleted_at is None:
            raise StaleRecord(record_id)
        version = _new_version(
            record_id,
            head.version_id,
            RecordState.LIVE,
            _payload_of(head.version_id),
            author_name,
            "",
            now,
        )
        _insert_version(version)
        _make_current(version)


def _purge(record_id: str, head: _Head | None, tombstone: StoredVersion) -> None:
    """Remove every trace of the record's content (its current state, people, identities,
    referrals, search text, recruiter keys and every version) and keep only ``tombstone``."""
    if head is not None:
        if head.deleted_at is None:
            register_villages.listed_changed({record_id: -1})
        _delete_projection(head.id, record_id)
        execute("DELETE FROM incident WHERE id = ?", (head.id,))
    # Written before the versions go, so that its row number is above every one used before
    # (the change marks of exports count on row numbers that only grow).
    _insert_version(tombstone)
    execute(
        "DELETE FROM incident_version WHERE record_id = ? AND version_id != ?",
        (record_id, tombstone.version_id),
    )


def _tombstone(record_id: str, head: _Head, author_name: str, now: datetime | None):
    return _new_version(record_id, head.version_id, RecordState.PURGED, {}, author_name, "", now)


def purge_incident(record_id: str, *, author_name: str, now: datetime | None = None) -> None:
    """Remove a record in Terhapus for good: its content and all its versions are deleted and
    only an empty tombstone (ids, time, author) remains, so exchange partners learn of it."""
    with database.atomic():
        head = _head(record_id)
        if head is None or head.deleted_at is None:
            raise StaleRecord(record_id)
        _purge(record_id, head, _tombstone(record_id, head, author_name, now))


def purge_expired(days: int, *, author_name: str, now: datetime | None = None) -> int:
    """Purge every record that has been in Terhapus longer than ``days``; returns how many."""
    now = now or _now()
    cutoff = stamp(now - timedelta(days=days))
    expired = (
        "SELECT record_id, id, version_id, deleted_at FROM incident "
        "WHERE deleted_at IS NOT NULL AND deleted_at < ?"
    )
    # Looked for first outside a transaction: opening the log usually finds nothing to purge,
    # and then writes nothing (nor waits for the start-up integrity check).
    if not execute(expired + " LIMIT 1", (cutoff,)).fetchone():
        return 0
    with database.atomic():
        rows = execute(expired, (cutoff,)).fetchall()
        for record_id, *found in rows:
            head = _Head(*found)
            _purge(record_id, head, _tombstone(record_id, head, author_name, now))
    return len(rows)


def set_current_version(record_id: str, version_id: str, *, expected: str) -> None:
    """Make a version already held the record's current one (at the office, an officer's
    choice between versions that do not follow each other). ``expected`` is the current
    version the officer saw: StaleRecord when it changed since, or when ``version_id`` is not
    a live or deleted version of this record; nothing is written then."""
    with database.atomic():
        head = _head(record_id)
        row = execute(
            f"SELECT {_VERSION_COLUMNS} FROM incident_version "
            "WHERE version_id = ? AND record_id = ? AND state <> ?",
            (version_id, record_id, RecordState.PURGED.value),
        ).fetchone()
        if head is None or head.version_id != expected or row is None:
            raise StaleRecord(record_id)
        if version_id != head.version_id:
            _make_current(_version(row))


# ---------------------------------------------------------------------------------------------
# Reading one record and its history


def load_incident(record_id: str) -> StoredIncident:
    row = execute(
        "SELECT i.id, i.version_id, v.prev_version_id, i.created_at, i.created_by, "
        "i.updated_at, i.updated_by, i.deleted_at, v.payload FROM incident i "
        "JOIN incident_version v ON v.version_id = i.version_id WHERE i.record_id = ?",
        (record_id,),
    ).fetchone()
    if row is None:
        raise RecordNotFound(record_id)
    number, version_id, prev, created, created_by, updated, updated_by, deleted, payload = row
    meta = RecordMeta(
        record_id=record_id,
        version_id=version_id,
        prev_version_id=prev,
        number=number,
        created_at=parse_stamp(created),
        created_by=created_by,
        updated_at=parse_stamp(updated),
        updated_by=updated_by,
        deleted_at=parse_time(deleted),
    )
    return StoredIncident(from_payload(json.loads(payload)), meta)


def _version(row: Sequence[Any]) -> StoredVersion:
    record_id, version_id, prev, saved, who, state, reason, payload = row
    return StoredVersion(
        record_id=record_id,
        version_id=version_id,
        prev_version_id=prev,
        saved_at=datetime.fromisoformat(saved),
        author=who,
        state=RecordState(state),
        reason=reason,
        payload=json.loads(payload),
    )


def record_versions(record_id: str) -> list[StoredVersion]:
    """Every version held for the record, oldest first."""
    rows = execute(
        f"SELECT {_VERSION_COLUMNS} FROM incident_version WHERE record_id = ? "
        "ORDER BY saved_at, rowid",
        (record_id,),
    )
    return [_version(r) for r in rows]


def history(record_id: str) -> list[HistoryEntry]:
    """Who changed what and when, newest first."""
    return build_history(record_versions(record_id))


# ---------------------------------------------------------------------------------------------
# For the exchange layer


def list_versions(since: datetime | None = None) -> list[StoredVersion]:
    """Every version held (of every record, tombstones included), oldest first; only those
    saved at or after ``since`` when given."""
    if since is None:
        rows = execute(f"SELECT {_VERSION_COLUMNS} FROM incident_version ORDER BY saved_at, rowid")
    else:
        rows = execute(
            f"SELECT {_VERSION_COLUMNS} FROM incident_version WHERE saved_at >= ? "
            "ORDER BY saved_at, rowid",
            (stamp(since),),
        )
    return [_version(r) for r in rows]


def version_rows() -> list[list[VersionFields]]:
    """Every stored version as stored (a VersionRow's fields, left as the plain tuples read),
    grouped by record (each group in the order saved), the records in the order they were
    first saved: what an export holds. Read in table order: an ordered read through the index
    takes about twice as long on a large log."""
    groups: dict[str, list[VersionFields]] = {}
    cursor = execute(f"SELECT {_VERSION_COLUMNS} FROM incident_version")
    while rows := cursor.fetchmany(2000):
        for row in rows:
            group = groups.get(row[0])
            if group is None:
                groups[row[0]] = [row]
            else:
                group.append(row)
    return list(groups.values())


def version_ids() -> Iterator[str]:
    """The id of every stored version, in id order: read along the primary key's index, so
    that sorting them afterwards costs almost nothing (a sort of 200,000 ids in one call holds
    the interpreter for a tenth of a second, and the window with it)."""
    yield from (r[0] for r in execute("SELECT version_id FROM incident_version ORDER BY 1"))


def held_versions(ids: Sequence[str]) -> dict[str, VersionRow]:
    """The versions among ``ids`` held here, as stored, by version id."""
    held: dict[str, VersionRow] = {}
    make = VersionRow._make
    for chunk in chunks(ids):
        rows = execute(
            f"SELECT {_VERSION_COLUMNS} FROM incident_version WHERE version_id IN ({marks(chunk)})",
            chunk,
        )
        for row in rows:
            held[row[1]] = make(row)
    return held


def known_records(record_ids: Sequence[str]) -> set[str]:
    """The records among ``record_ids`` of which any version is held (tombstones included)."""
    known: set[str] = set()
    for chunk in chunks(record_ids):
        rows = execute(
            f"SELECT DISTINCT record_id FROM incident_version WHERE record_id IN ({marks(chunk)})",
            chunk,
        )
        known.update(r[0] for r in rows)
    return known


def purged_records(record_ids: Sequence[str]) -> set[str]:
    """The records among ``record_ids`` removed for good here (only their tombstone is held)."""
    purged: set[str] = set()
    for chunk in chunks(record_ids):
        rows = execute(
            f"SELECT record_id FROM incident_version WHERE state = ? "
            f"AND record_id IN ({marks(chunk)})",
            (RecordState.PURGED.value, *chunk),
        )
        purged.update(r[0] for r in rows)
    return purged


def purge_received(tombstone: StoredVersion) -> None:
    """A record the village removed for good (``tombstone``: its purge, from an export): every
    trace of its content goes, whatever versions of it are held, and only the tombstone is
    kept, so that no export imported later brings any of it back (``purged_records``)."""
    with database.atomic():
        _purge(tombstone.record_id, _head(tombstone.record_id), tombstone)


def purge_tombstones() -> list[StoredVersion]:
    """Every purge tombstone held: the records removed for good here."""
    rows = execute(
        f"SELECT {_VERSION_COLUMNS} FROM incident_version WHERE state = ?",
        (RecordState.PURGED.value,),
    )
    return [_version(r) for r in rows]


def keep_purged(tombstones: Sequence[StoredVersion]) -> int:
    """After a restore from a backup: the records removed for good in the data it replaced
    (``tombstones``, read before) are removed again, so a restore never brings back personal
    data someone removed for good. Returns how many records were removed."""
    with database.atomic():
        purged = purged_records([t.record_id for t in tombstones])
        removing = [t for t in tombstones if t.record_id not in purged]
        for tombstone in removing:
            _purge(tombstone.record_id, _head(tombstone.record_id), tombstone)
    return len(removing)


def record_version_ids(record_ids: Sequence[str]) -> set[tuple[str, str]]:
    """(record id, version id) of every version held of the records ``record_ids``."""
    found: set[tuple[str, str]] = set()
    for chunk in chunks(record_ids):
        rows = execute(
            f"SELECT record_id, version_id FROM incident_version "
            f"WHERE record_id IN ({marks(chunk)})",
            chunk,
        )
        found.update(rows)
    return found


def current_versions(record_ids: Sequence[str]) -> dict[str, str]:
    """The version each of ``record_ids`` that is in the log is at, by record id."""
    found: dict[str, str] = {}
    for chunk in chunks(record_ids):
        rows = execute(
            f"SELECT record_id, version_id FROM incident WHERE record_id IN ({marks(chunk)})",
            chunk,
        )
        found.update(rows)
    return found


def current_payloads() -> Iterator[tuple[int, str, str]]:
    """(number, last change, payload text) of each record in the log, Terhapus left out, by
    number (the readable CSV table)."""
    yield from execute(
        "SELECT i.id, i.updated_at, v.payload FROM incident i JOIN incident_version v "
        "ON v.version_id = i.version_id WHERE i.deleted_at IS NULL ORDER BY i.id"
    )


def versions_saved_between(start: datetime, end: datetime) -> int:
    """How many changes (versions) were saved after ``start`` and up to ``end``."""
    return execute(
        "SELECT COUNT(*) FROM incident_version WHERE saved_at > ? AND saved_at <= ?",
        (stamp(start), stamp(end)),
    ).fetchone()[0]


def change_mark() -> int:
    """The row number of the newest saved version (0 for none): it only grows, a purge's
    tombstone included, so the versions saved after a moment are those above its mark."""
    return execute("SELECT COALESCE(MAX(rowid), 0) FROM incident_version").fetchone()[0]


def records_changed_since(mark: int) -> int:
    """How many records got a version (a change, a deletion, a purge) after ``mark``."""
    return execute(
        "SELECT COUNT(DISTINCT record_id) FROM incident_version WHERE rowid > ?", (mark,)
    ).fetchone()[0]


def listed_among(record_ids: Sequence[str]) -> int:
    """How many of ``record_ids`` the list holds (records here, not in Terhapus)."""
    total = 0
    for chunk in chunks(record_ids):
        total += execute(
            f"SELECT COUNT(*) FROM incident WHERE record_id IN ({marks(chunk)}) "
            "AND deleted_at IS NULL",
            chunk,
        ).fetchone()[0]
    return total


def record_total() -> int:
    """How many records the log holds (current states, Terhapus included)."""
    return execute("SELECT COUNT(*) FROM incident").fetchone()[0]


class InsertOutcome(Enum):
    NEW = "new"  # a record not held before
    UPDATED = "updated"  # the version follows the one held and is now current
    UNCHANGED = "unchanged"  # this exact version was already held
    CONFLICT = "conflict"  # kept, but it does not follow the current version


def insert_version(version: StoredVersion, *, follow: bool = True) -> InsertOutcome:
    """Add a version made elsewhere. Idempotent; never drops or renames anything.

    A version id already held with different content raises VersionClash. With ``follow``
    false the version is kept beside the current one even when it follows it (a version the
    village left behind when it went back to a backup); it starts a record not held yet.
    """
    with database.atomic():
        held = execute(
            f"SELECT {_VERSION_COLUMNS} FROM incident_version WHERE version_id = ?",
            (version.version_id,),
        ).fetchone()
        if held is not None:
            if tuple(held) == _version_values(version):
                return InsertOutcome.UNCHANGED
            raise VersionClash(version.version_id)
        head = _head(version.record_id)
        known = execute(
            "SELECT 1 FROM incident_version WHERE record_id = ? LIMIT 1", (version.record_id,)
        ).fetchone()
        if follow and head is not None and version.prev_version_id == head.version_id:
            outcome = InsertOutcome.UPDATED
        elif head is None and not known:
            outcome = InsertOutcome.NEW
        else:
            _insert_version(version)
            return InsertOutcome.CONFLICT
        if version.state is RecordState.PURGED:
            _purge(version.record_id, head, version)
            return outcome
        _insert_version(version)
        _make_current(version)
        return outcome


_LOG_TABLES = ("incident", "incident_version", "incident_person", "incident_referral")


def add_new_records(chains: Iterable[Sequence[StoredVersion]], *, many: bool = False) -> int:
    """Insert records not held yet, each given as its versions oldest first, in one
    transaction (demo data, bulk imports); much faster than one save per record. With
    ``many`` (tens of thousands) the indexes are dropped first and built again at the end,
    which is quicker than keeping them up to date row by row."""
    conn = database.connection()
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    if many:  # a page cache big enough for the indexes being built: about a third less time
        conn.execute(f"PRAGMA cache_size = {BULK_CACHE_SIZE}")
    try:
        return _add_new_records(conn, chains, many)
    finally:
        conn.execute(f"PRAGMA cache_size = {cache}")


BULK_CACHE_SIZE = -128 * 1024  # KiB (SQLite takes it only as it needs it)


def _add_new_records(conn: Any, chains: Iterable[Sequence[StoredVersion]], many: bool) -> int:
    count = 0
    with database.atomic():
        indexes = []
        if many:
            indexes = execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({marks(_LOG_TABLES)})",
                _LOG_TABLES,
            ).fetchall()
            for name, _ in indexes:
                execute(f'DROP INDEX "{name}"')
        next_id = _next_number()
        versions: list[tuple[Any, ...]] = []
        rows: list[tuple[Any, ...]] = []
        projections: list[_Projection] = []
        listed: list[str] = []  # the records not in Terhapus

        def flush() -> None:
            conn.executemany(_INSERT_VERSION, versions)
            conn.executemany(_INSERT_INCIDENT, rows)
            _insert_projections(conn, projections)
            register_villages.listed_changed(dict.fromkeys(listed, 1))
            listed.clear()
            versions.clear()
            rows.clear()
            projections.clear()

        for chain in chains:
            first, last = chain[0], chain[-1]
            versions.extend(_version_values(v) for v in chain)
            live = last.state is RecordState.LIVE
            projection = _project(next_id, _payload(last), live=live)
            if live:
                listed.append(last.record_id)
            rows.append(_incident_row(next_id, first, last, projection))
            projections.append(projection)
            next_id += 1
            count += 1
            if len(rows) >= 2000:
                flush()
        flush()
        for _, sql in indexes:
            execute(sql)
    return count


# ---------------------------------------------------------------------------------------------
# The list: counts and windows of rows, ordered and filtered in SQL


class SortKey(Enum):
    NUMBER = "number"
    REPORTED = "reported"
    TYPE = "type"
    MODUS = "modus"
    SUMMARY = "summary"
    DESTINATION = "destination"
    RECRUITER = "recruiter"
    PEOPLE = "people"
    STATUS = "status"
    UPDATED = "updated"
    DELETED = "deleted"


def _ordinal(column: str, kind: type[Enum]) -> str:
    """Order an enum column by the order the choices are declared (e.g. status progress)."""
    whens = " ".join(f"WHEN '{member.value}' THEN {n}" for n, member in enumerate(kind))
    return f"CASE {column} {whens} ELSE {len(kind)} END"


# Each expression has its index (migration 2), so sorting by it never sorts the table. The
# list's queries name the table ``i``.
_ORDER: dict[SortKey, tuple[str, ...]] = {
    SortKey.NUMBER: (),
    SortKey.REPORTED: ("i.reported_on",),
    SortKey.TYPE: (_ordinal("i.report_type", ReportType),),
    SortKey.MODUS: (_ordinal("i.modus", Modus),),
    SortKey.SUMMARY: ("i.summary COLLATE NOCASE",),
    SortKey.DESTINATION: (
        "i.destination_name COLLATE NOCASE",
        "i.destination_city COLLATE NOCASE",
    ),
    SortKey.RECRUITER: ("COALESCE(NULLIF(i.recruiter_name, ''), i.company) COLLATE NOCASE",),
    SortKey.PEOPLE: ("i.people_count",),
    SortKey.STATUS: (_ordinal("i.status", Status),),
    SortKey.UPDATED: ("i.updated_at",),
    SortKey.DELETED: ("i.deleted_at",),
}


@dataclass(frozen=True)
class IncidentQuery:
    """What the list shows: Terhapus or not, the search text, filters and the sort order."""

    deleted: bool = False
    text: str = ""
    status: Status | None = None
    modus: Modus | None = None
    date_from: date | None = None
    date_to: date | None = None
    country: str = ""
    sort: SortKey = SortKey.REPORTED
    descending: bool = True


@dataclass(frozen=True)
class Joined:
    """Another owner's tables beside the list (the office's register: where each record came
    from, its conflicts), written by that owner as SQL in which this list's table is ``i``.
    This module puts the pieces into its own queries, so that the list has one filter builder
    and one order, and each table's SQL stays with its owner.

    ``members`` are subqueries that each give record ids (one village's records, those with a
    conflict): the list holds only records among all of them; ``params`` are theirs, in order.
    They are turned into record numbers through the record id's index, so that counting and
    paging never read another owner's table row by row.

    ``joins`` and ``columns`` bring the other owner's values for the rows of a page only:
    LEFT JOINs on a unique key, and columns each starting with ", ".

    ``order`` is an order of the other owner's instead of the query's sort key (by village):
    its expressions, the last one unique, and ``order_from``, the FROM clause that brings them,
    in which ``{list}`` stands for this list's table; its CROSS JOINs fix the order in which
    the tables are read, so that the rows come in order from indexes, without a sort.

    ``excluded`` are subqueries that give record ids the list leaves out (records not yet
    reviewed are those without another review state), with their own ``excluded_params``.

    ``clauses`` are conditions on the joined tables themselves, for a list that joins them
    before it filters (the office's list of checks, ``storage.assessments``); the incident list
    takes ``members`` only. ``params`` are those of ``members`` and then those of ``clauses``."""

    members: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()
    joins: str = ""
    columns: str = ""
    order: tuple[str, ...] = ()
    order_from: str = ""
    excluded: tuple[str, ...] = ()
    excluded_params: tuple[Any, ...] = ()
    clauses: tuple[str, ...] = ()

    def plus(self, other: Joined) -> Joined:
        """This owner's pieces and then ``other``'s (its order only where this has none)."""
        if self.clauses or other.clauses:
            raise ValueError("only members can be put together")
        return Joined(
            members=self.members + other.members,
            params=self.params + other.params,
            excluded=self.excluded + other.excluded,
            excluded_params=self.excluded_params + other.excluded_params,
            joins=self.joins + other.joins,
            columns=self.columns + other.columns,
            order=self.order or other.order,
            order_from=self.order_from if self.order else other.order_from,
        )


_NOTHING_JOINED = Joined()


class IncidentRow(NamedTuple):
    number: int
    record_id: str
    reported_on: str
    report_type: str
    modus: str
    summary: str
    destination_country: str
    destination_name: str
    destination_city: str
    recruiter_name: str
    company: str
    people_count: int
    has_child: int
    status: str
    updated_at: str
    deleted_at: str | None


def _select(joined: Joined) -> str:
    return (
        "SELECT i.id, i.record_id, i.reported_on, i.report_type, i.modus, i.summary, "
        "i.destination_country, i.destination_name, i.destination_city, i.recruiter_name, "
        "i.company, i.people_count, i.has_child, i.status, i.updated_at, i.deleted_at"
        f"{joined.columns} FROM incident i{joined.joins}"
    )


def fts_query(text: str) -> str:
    """The FTS5 query for what the user typed: every word must match, as a word prefix."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join(f'"{w}"*' for w in words)


def _where(
    query: IncidentQuery,
    joined: Joined = _NOTHING_JOINED,
    *,
    short: bool = False,
    reached: bool = False,
) -> tuple[str, list[Any]]:
    """The list's one filter builder: the query's filters, then the joined owner's. ``short``:
    the list is short, and must be read from its other filters, not from the index of all
    records in (or out of) Terhapus that the planner takes for a short one. ``reached``: each
    record is reached from the joined owner's order (by village), so the sets of numbers are
    looked up for each, never looped over for each (the planner otherwise probes every number
    of a search's 30,000 for each of 300,000 records: seconds a page)."""
    # "> ''" rather than IS NOT NULL: the planner then reads Terhapus from an index.
    clauses = ["i.deleted_at > ''" if query.deleted else "i.deleted_at IS NULL"]
    if short:
        clauses[0] = f"+{clauses[0]}"
    params: list[Any] = []
    if query.status is not None:
        clauses.append("i.status = ?")
        params.append(query.status.value)
    if query.modus is not None:
        clauses.append("i.modus = ?")
        params.append(query.modus.value)
    if query.date_from is not None:
        clauses.append("i.reported_on >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        clauses.append("i.reported_on <= ?")
        params.append(query.date_to.isoformat())
    if query.country:
        clauses.append("i.destination_country = ?")
        params.append(query.country)
    members, member_params = _members(query, joined)
    if members:
        clauses.append(f"{'+' if reached else ''}i.id IN ({members})")
        params += member_params
    left_out, left_out_params = _left_out(joined)
    if left_out:
        clauses.append(f"i.id NOT IN ({left_out})")
        params += left_out_params
    return " WHERE " + " AND ".join(clauses), params


def _members(query: IncidentQuery, joined: Joined) -> tuple[str, list[Any]]:
    """The filters that are sets of record numbers (the words searched for, the joined
    owner's members), as one query of the numbers they share ('' when there are none): the
    planner can then start from what they share."""
    sets: list[str] = []
    params: list[Any] = []
    match = fts_query(query.text)
    if match:
        table = _SEARCH[not query.deleted]
        sets.append(f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?")
        params.append(match)
    sets += [f"SELECT id FROM incident WHERE record_id IN ({m})" for m in joined.members]
    params += joined.params
    return " INTERSECT ".join(sets), params


def _left_out(joined: Joined) -> tuple[str, list[Any]]:
    """The record numbers the joined owner leaves out, as one query ('' when none). Tested
    row by row (NOT IN): as a set taken from all records it would read the whole table
    (records not yet reviewed: 0.6 s at 300,000 records)."""
    if not joined.excluded:
        return "", []
    left_out = " UNION ".join(joined.excluded)
    return f"SELECT id FROM incident WHERE record_id IN ({left_out})", list(joined.excluded_params)


def _order_terms(query: IncidentQuery, joined: Joined) -> tuple[str, ...]:
    """The expressions the list is ordered by, the record number last (so that every row has
    a key of its own)."""
    return (*(joined.order or _ORDER[query.sort]), "i.id")


def count_incidents(query: IncidentQuery, joined: Joined = _NOTHING_JOINED) -> int:
    """How many rows the list has (with ``joined``'s members only)."""
    members, params = _members(query, joined)
    filtered = (query.status, query.modus, query.date_from, query.date_to, query.country)
    if members and not any(filtered):
        # Only sets of numbers: count them. A search's are the list's own (its search index);
        # the others' less those in (or out of) Terhapus, which the index holds together:
        # checking each number's state would read the whole index.
        tests = []
        if not fts_query(query.text):
            deleted = "SELECT id FROM incident WHERE deleted_at > ''"
            tests.append(f"id {'IN' if query.deleted else 'NOT IN'} ({deleted})")
        left_out, left_out_params = _left_out(joined)
        if left_out:
            tests.append(f"id NOT IN ({left_out})")
        where = f" WHERE {' AND '.join(tests)}" if tests else ""
        sql = f"SELECT COUNT(*) FROM ({members}){where}"
        return execute(sql, [*params, *left_out_params]).fetchone()[0]
    left_out, left_out_params = _left_out(joined)
    if left_out and not members and not any(filtered):
        # All records less the few left out: two counts from indexes, not a test of each.
        state = "i.deleted_at > ''" if query.deleted else "i.deleted_at IS NULL"
        sql = (
            f"SELECT (SELECT COUNT(*) FROM incident i WHERE {state}) - "
            f"(SELECT COUNT(*) FROM incident i WHERE {state} AND i.id IN ({left_out}))"
        )
        return execute(sql, left_out_params).fetchone()[0]
    where, params = _where(query, joined)
    return execute(f"SELECT COUNT(*) FROM incident i{where}", params).fetchone()[0]


@dataclass(frozen=True)
class Window:
    """Which rows of the list to read, ``limit`` of them, ``offset`` rows from the start (or
    from the end, ``from_end``), or past the row whose order key is ``after`` (or before the
    one whose key is ``before``). A key reaches its row through the indexes, and so does the
    end of the list: no window costs more than half the list is long.

    ``listed``: how many rows the list has, when the caller has counted them. A short list
    (one village's records, a rare word) is read from its filters and sorted, rather than
    looked for along the order's index, which it would mostly be absent from."""

    limit: int
    offset: int = 0
    from_end: bool = False
    after: tuple[Any, ...] | None = None
    before: tuple[Any, ...] | None = None
    listed: int | None = None


SHORT_LIST = 2000  # rows: sorting them costs less than walking an index of 300,000 for them


class Listed(NamedTuple):
    """A row of the list, the joined owner's values for it, and its order key."""

    row: IncidentRow
    joined: tuple[Any, ...]
    key: tuple[Any, ...]


def _keys(query: IncidentQuery, joined: Joined, window: Window) -> list[tuple[Any, ...]]:
    """The order keys of the window's rows, in the list's order (the record number last)."""
    terms = _order_terms(query, joined)
    short = window.listed is not None and window.listed <= SHORT_LIST
    where, params = _where(query, joined, short=short, reached=bool(joined.order) and not short)
    bound = window.after if window.after is not None else window.before
    backwards = window.from_end or window.before is not None
    if bound is not None:
        # Rows past the key; the first term once more on its own, which the planner can seek
        # to in the order's index (it does not for the whole row value).
        past = ("<" if query.descending else ">") if not backwards else ""
        past = past or (">" if query.descending else "<")
        where += f" AND {terms[0]} {past}= ? AND ({', '.join(terms)}) {past} ({marks(bound)})"
        params += [bound[0], *bound]
    direction = "DESC" if query.descending != backwards else "ASC"
    if short:
        # "+" hides the order from the indexes: the planner then starts from the filters.
        order = ", ".join(f"+{term} {direction}" for term in terms)
        tables = f"incident i{joined.joins if joined.order else ''}"
    else:
        order = ", ".join(f"{term} {direction}" for term in terms)
        tables = joined.order_from.format(list="incident i") if joined.order else "incident i"
    rows = execute(
        f"SELECT {', '.join(terms)} FROM {tables}{where} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, window.limit, window.offset],
    ).fetchall()
    return [tuple(r) for r in (rows[::-1] if backwards else rows)]


# The search index holds the lists of each word's first one and two letters (migration 14):
# whether a record matches a search of such words is one seek in them.
_FIRST_LETTERS = 2
PROBED = 512  # rows of the list tested one by one at most, before its matches are read whole


def _probed_keys(
    query: IncidentQuery, joined: Joined, window: Window
) -> list[tuple[Any, ...]] | None:
    """The order keys of the window of a search that most records match, found by testing
    the rows of the list without the search, in its order, one by one until the window is
    full: reading all 297,000 matches of 'k' to find the newest 64 took 27 ms, testing 64
    rows takes 2. None when that does not suit (a word longer than the first letters, whose
    test reads all its matches; a sparse list; a window at an offset, or by village) or when
    the rows tested did not fill the window."""
    words = re.findall(r"\w+", query.text.casefold())
    if (
        not words
        or any(len(word) > _FIRST_LETTERS for word in words)
        or joined.order
        or window.offset
        or window.listed is None
        or window.listed * PROBED < 4 * window.limit * record_total()
    ):
        return None
    candidates = _keys(replace(query, text=""), joined, replace(window, limit=PROBED, listed=None))
    backwards = window.from_end or window.before is not None
    match = fts_query(query.text)
    table = _SEARCH[not query.deleted]
    test = f"SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = ?"
    found = []
    for key in reversed(candidates) if backwards else candidates:
        if execute(test, (match, key[-1])).fetchone():
            found.append(key)
            if len(found) == window.limit:
                break
    else:
        if len(candidates) == PROBED:
            return None
    return found[::-1] if backwards else found


def fetch_window(
    query: IncidentQuery, window: Window, joined: Joined = _NOTHING_JOINED
) -> list[Listed]:
    """The rows of ``window``, in the list's order, with ``joined``'s values. The window is
    found first from the indexes alone (``_probed_keys`` or ``_keys``); only its rows are then
    read, with the joined tables."""
    keys = _probed_keys(query, joined, window)
    if keys is None:
        keys = _keys(query, joined, window)
    if not keys:
        return []
    numbers = [key[-1] for key in keys]
    width = len(IncidentRow._fields)
    found = {
        r[0]: r for r in execute(f"{_select(joined)} WHERE i.id IN ({marks(numbers)})", numbers)
    }
    return [
        Listed(IncidentRow._make(found[n][:width]), tuple(found[n][width:]), key)
        for n, key in zip(numbers, keys, strict=True)
        if n in found
    ]


def incidents_window(query: IncidentQuery, window: Window) -> list[tuple[IncidentRow, tuple]]:
    """The rows of ``window``, in the list's order, each with its order key."""
    return [(listed.row, listed.key) for listed in fetch_window(query, window)]


def fetch_incidents(query: IncidentQuery, offset: int, limit: int) -> list[IncidentRow]:
    """Rows ``offset`` to ``offset + limit`` of the list, in its order."""
    return [listed.row for listed in fetch_window(query, Window(limit, offset))]


class Tally(Enum):
    """What the list's records are counted by (the office's recap)."""

    MODUS = "modus"
    COUNTRY = "country"
    CITY = "city"  # with its country
    REPORT_TYPE = "report_type"
    STATUS = "status"
    MONTH = "month"  # of the date reported: 2026-11
    CHILDREN = "children"  # 1 for a record involving a child


# (what is counted together, how it is shown)
_TALLIED: dict[Tally, tuple[tuple[str, ...], tuple[str, ...]]] = {
    Tally.MODUS: (("i.modus",), ("i.modus",)),
    Tally.COUNTRY: (("i.destination_country",), ("i.destination_country",)),
    # A city as typed at the villages: the same one with other capitals or spaces is one.
    Tally.CITY: (
        ("i.destination_country", "lower(trim(i.destination_city))"),
        ("i.destination_country", "MIN(trim(i.destination_city))"),
    ),
    Tally.REPORT_TYPE: (("i.report_type",), ("i.report_type",)),
    Tally.STATUS: (("i.status",), ("i.status",)),
    Tally.MONTH: (("substr(i.reported_on, 1, 7)",), ("substr(i.reported_on, 1, 7)",)),
    Tally.CHILDREN: (("i.has_child",), ("i.has_child",)),
}


def tally_incidents(query: IncidentQuery, by: Tally) -> list[tuple[tuple[Any, ...], int]]:
    """How many records of the list have each value of ``by``: (values, count), the most
    first."""
    where, params = _where(query)
    grouped, shown = _TALLIED[by]
    rows = execute(
        f"SELECT {', '.join(shown)}, COUNT(*) FROM incident i{where} "
        f"GROUP BY {', '.join(grouped)} ORDER BY COUNT(*) DESC, {', '.join(grouped)}",
        params,
    )
    return [(tuple(r[:-1]), r[-1]) for r in rows]


def selected_ids(query: IncidentQuery) -> tuple[str, list[Any]]:
    """The list's record ids as a subquery (its SQL and parameters), for another owner to
    count its own rows of these records by (the office's recap counts by village: read in
    record id order, a year of 100,000 records takes half the time of a join)."""
    where, params = _where(query)
    return f"SELECT i.record_id FROM incident i{where}", params


def count_people(query: IncidentQuery) -> int:
    """How many people the list's records involve, all records added up."""
    where, params = _where(query)
    sql = f"SELECT COALESCE(SUM(i.people_count), 0) FROM incident i{where}"
    return execute(sql, params).fetchone()[0]


def tally_referrals(query: IncidentQuery) -> list[tuple[str, int]]:
    """How many records of the list were referred to each institution (a record referred
    twice to the police counts once there), the most first."""
    where, params = _where(query)
    rows = execute(
        "SELECT r.target, COUNT(DISTINCT r.incident_id) FROM incident i "
        f"JOIN incident_referral r ON r.incident_id = i.id{where} "
        "GROUP BY r.target ORDER BY COUNT(DISTINCT r.incident_id) DESC, r.target",
        params,
    )
    return [(target, count) for target, count in rows]


class ListedRecord(NamedTuple):
    """A record as a table of figures may show it: nothing that names or describes a person."""

    number: int
    reported_on: str
    report_type: str
    modus: str
    destination_country: str
    destination_city: str
    status: str
    people_count: int
    has_child: int
    referral_targets: str  # comma-separated


def listed_records(
    query: IncidentQuery, joined: Joined = _NOTHING_JOINED, *, batch: int = 2000
) -> Iterator[tuple[ListedRecord, tuple[Any, ...]]]:
    """Every record of the list by date reported, read ``batch`` at a time, each with the
    values of ``joined.columns``."""
    where, params = _where(query, joined)
    cursor = execute(
        "SELECT i.id, i.reported_on, i.report_type, i.modus, i.destination_country, "
        "i.destination_city, i.status, i.people_count, i.has_child, "
        "COALESCE((SELECT group_concat(r.target, ',') FROM incident_referral r "
        f"WHERE r.incident_id = i.id), ''){joined.columns} FROM incident i{joined.joins}{where} "
        "ORDER BY i.reported_on, i.id",
        params,
    )
    width = len(ListedRecord._fields)
    while rows := cursor.fetchmany(batch):
        for row in rows:
            yield ListedRecord._make(row[:width]), tuple(row[width:])


def record_counts() -> tuple[int, int]:
    """(records in the log, records in Terhapus); the first is also the unfiltered list's
    ``count_incidents``."""
    live = count_incidents(IncidentQuery())
    deleted = execute("SELECT COUNT(*) FROM incident WHERE deleted_at > ''").fetchone()[0]
    return live, deleted


class OpenIncidents(NamedTuple):
    total: int
    newest: list[IncidentRow]


def open_incidents(newest: int) -> OpenIncidents:
    """The records still being handled (neither done nor closed, not deleted): how many, and
    the ``newest`` most recently reported (Beranda). Counted in the status index; the newest
    are read backwards along the reported index until enough open ones are found. About 2 ms
    for 100,000 records."""
    statuses = [s.value for s in Status if s.is_open]
    where = f"i.deleted_at IS NULL AND i.status IN ({marks(statuses)})"
    count = execute(f"SELECT COUNT(*) FROM incident i WHERE {where}", statuses).fetchone()[0]
    rows = execute(
        f"{_select(_NOTHING_JOINED)} WHERE {where} ORDER BY i.reported_on DESC, i.id DESC LIMIT ?",
        [*statuses, newest],
    ).fetchall()
    return OpenIncidents(count, [IncidentRow._make(r) for r in rows])


def destinations_in_use() -> list[str]:
    """Country codes that appear in the log, for the destination filter. Read by hopping
    from one code to the next in the index: a few dozen look-ups, whatever the log's size."""
    rows = execute(
        """WITH RECURSIVE code(value) AS (
            SELECT MIN(destination_country) FROM incident WHERE destination_country > ''
            UNION ALL
            SELECT (SELECT MIN(destination_country) FROM incident
                    WHERE destination_country > code.value)
            FROM code WHERE code.value IS NOT NULL)
        SELECT value FROM code WHERE value IS NOT NULL"""
    )
    return [r[0] for r in rows]


def add_demo_records(count: int, *, today: date | None = None) -> int:
    """Add ``count`` fictional records (training mode, benchmarks): the same contents for a
    folder filled the same way, always under new ids; filling it again adds new ones."""
    from desktop.domain.demo_incidents import demo_chains  # not needed in normal use

    today = today or datetime.now().date()
    held = execute("SELECT COUNT(*) FROM incident_version").fetchone()[0]
    chains = demo_chains(count, today=today, seed=2026 + held)
    return add_new_records(chains, many=count >= 10_000)


def holds_made_up_records() -> bool:
    """True when any record here was made up (MODE LATIHAN, demo-data): its id says so."""
    found = execute(
        "SELECT 1 FROM incident_version WHERE substr(record_id, 15, 4) = ? LIMIT 1",
        (DEMO_ID_MARK,),
    ).fetchone()
    return found is not None


def add_identities(version: StoredVersion) -> None:
    """Fill in the names, NIK and phones of a version held without them (an export that left
    them out arrived first). The caller has checked that ``version`` differs from the one held
    only by its identities. Used by the office's import (Kirim & Ekspor)."""
    with database.atomic():
        execute(
            "UPDATE incident_version SET payload = ? WHERE version_id = ?",
            (_payload_text(version), version.version_id),
        )
        head = execute(
            "SELECT id FROM incident WHERE version_id = ?", (version.version_id,)
        ).fetchone()
        if head is None:
            return
        execute(
            "DELETE FROM incident_person_identity WHERE person_id IN "
            "(SELECT person_id FROM incident_person WHERE incident_id = ?)",
            (head[0],),
        )
        identities = _project(head[0], _payload(version)).identities
        database.connection().executemany(_INSERT_IDENTITY, identities)


def summaries(record_ids: Sequence[str]) -> dict[str, tuple[int, str, str]]:
    """(number, date reported, summary) of each of these records held, by record id."""
    found: dict[str, tuple[int, str, str]] = {}
    for chunk in chunks(record_ids):
        rows = execute(
            "SELECT record_id, id, reported_on, summary FROM incident "
            f"WHERE record_id IN ({marks(chunk)})",
            chunk,
        )
        found.update((r[0], (r[1], r[2], r[3])) for r in rows)
    return found
