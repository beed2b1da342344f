"""Catatan Kejadian in the database: saved versions, the current state, lists and search.

Every saved change, deletion, restore and purge adds a row to ``incident_version`` (its id,
the id of the version it replaces, time, author, state, reason and a full JSON snapshot), so
the exchange layer can list and insert versions with plain calls (``list_versions``,
``insert_version``). The other tables (``incident``, people, referrals, ``incident_fts``) hold
only the current version of each record, for lists, filters and search, and are rewritten from
the snapshot on every change. Each write below is one transaction.

Owner of the tables ``incident``, ``incident_version``, ``incident_person``,
``incident_person_identity``, ``incident_referral`` and ``incident_fts``: no other module reads
or writes them. The exchange asks through the functions "for the exchange layer" (the versions
an export holds, the office's merge), and the office's register puts its own tables beside the
list through ``Joined``.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from functools import cache
from typing import Any, NamedTuple

from desktop.domain.countries import load_countries
from desktop.domain.exchange import VersionRow
from desktop.domain.incident import (
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
from desktop.resources import resource_path
from desktop.storage.db import chunks, database, execute, marks, parse_time, stamp, to_json
from desktop.storage.profile_store import get_setting, set_setting

AUTHOR = "incident_author"
RETENTION = "incident_retention_days"
DEFAULT_RETENTION_DAYS = 30


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
    value = get_setting(AUTHOR, "")
    return value if isinstance(value, str) else ""


def set_author(name: str) -> None:
    set_setting(AUTHOR, " ".join(name.split()))


def retention_days() -> int:
    """How long deleted records stay in Terhapus before they are removed for good."""
    value = get_setting(RETENTION, DEFAULT_RETENTION_DAYS)
    return value if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_DAYS


def set_retention_days(days: int) -> None:
    set_setting(RETENTION, int(days))


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


def _project(incident_id: int, payload: dict[str, Any]) -> _Projection:
    """The list row, people, identities, referrals and search text of record number
    ``incident_id`` whose current version holds ``payload``: the one projection for a single
    save (``_make_current``) and for the bulk insert (``add_new_records``)."""
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
    return _Projection(listed, person_rows, identities, referrals, search)


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
_INSERT_SEARCH = (
    "INSERT INTO incident_fts (rowid, summary, notes, recruiter, company, destination) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


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
        to_json(version.payload),
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
    conn.executemany(_INSERT_SEARCH, [p.search for p in projections])


def _delete_projection(incident_id: int) -> None:
    """Everything of record number ``incident_id``'s current state but its ``incident`` row."""
    execute("DELETE FROM incident_fts WHERE rowid = ?", (incident_id,))
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
    row = execute("SELECT id FROM incident WHERE record_id = ?", (version.record_id,)).fetchone()
    if row is None:
        incident_id = _next_number()
        projection = _project(incident_id, version.payload)
        execute(_INSERT_INCIDENT, _incident_row(incident_id, version, version, projection))
    else:
        incident_id = row[0]
        projection = _project(incident_id, version.payload)
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
        _delete_projection(incident_id)
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


def _purge(record_id: str, head: _Head, author_name: str, now: datetime | None) -> None:
    _delete_projection(head.id)
    execute("DELETE FROM incident WHERE id = ?", (head.id,))
    tombstone = _new_version(
        record_id, head.version_id, RecordState.PURGED, {}, author_name, "", now
    )
    # Written before the versions go, so that its row number is above every one used before
    # (the change marks of exports count on row numbers that only grow).
    _insert_version(tombstone)
    execute(
        "DELETE FROM incident_version WHERE record_id = ? AND version_id != ?",
        (record_id, tombstone.version_id),
    )


def purge_incident(record_id: str, *, author_name: str, now: datetime | None = None) -> None:
    """Remove a record in Terhapus for good: its content and all its versions are deleted and
    only an empty tombstone (ids, time, author) remains, so exchange partners learn of it."""
    with database.atomic():
        head = _head(record_id)
        if head is None or head.deleted_at is None:
            raise StaleRecord(record_id)
        _purge(record_id, head, author_name, now)


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
        for record_id, *head in rows:
            _purge(record_id, _Head(*head), author_name, now)
    return len(rows)


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
        created_at=parse_time(created),
        created_by=created_by,
        updated_at=parse_time(updated),
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


def version_rows() -> list[list[VersionRow]]:
    """Every stored version as stored, grouped by record (each group in the order saved), the
    records in the order they were first saved: what an export holds. Read in table order: an
    ordered read through the index takes about twice as long on a large log."""
    groups: dict[str, list[VersionRow]] = {}
    make = VersionRow._make
    cursor = execute(f"SELECT {_VERSION_COLUMNS} FROM incident_version")
    while rows := cursor.fetchmany(2000):
        for row in rows:
            group = groups.get(row[0])
            if group is None:
                groups[row[0]] = [make(row)]
            else:
                group.append(make(row))
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


def current_payloads() -> Iterator[tuple[int, str, str]]:
    """(number, last change, payload text) of each record in the log, Terhapus left out, by
    number (the readable CSV table)."""
    yield from execute(
        "SELECT i.id, i.updated_at, v.payload FROM incident i JOIN incident_version v "
        "ON v.version_id = i.version_id WHERE i.deleted_at IS NULL ORDER BY i.id"
    )


def change_mark() -> int:
    """The row number of the newest saved version (0 for none): it only grows, a purge's
    tombstone included, so the versions saved after a moment are those above its mark."""
    return execute("SELECT COALESCE(MAX(rowid), 0) FROM incident_version").fetchone()[0]


def records_changed_since(mark: int) -> int:
    """How many records got a version (a change, a deletion, a purge) after ``mark``."""
    return execute(
        "SELECT COUNT(DISTINCT record_id) FROM incident_version WHERE rowid > ?", (mark,)
    ).fetchone()[0]


def record_total() -> int:
    """How many records the log holds (current states, Terhapus included)."""
    return execute("SELECT COUNT(*) FROM incident").fetchone()[0]


class InsertOutcome(Enum):
    NEW = "new"  # a record not held before
    UPDATED = "updated"  # the version follows the one held and is now current
    UNCHANGED = "unchanged"  # this exact version was already held
    CONFLICT = "conflict"  # kept, but it does not follow the current version


def insert_version(version: StoredVersion) -> InsertOutcome:
    """Add a version made elsewhere. Idempotent; never drops or renames anything.

    A version id already held with different content raises VersionClash.
    """
    with database.atomic():
        held = execute(
            f"SELECT {_VERSION_COLUMNS} FROM incident_version WHERE version_id = ?",
            (version.version_id,),
        ).fetchone()
        if held is not None:
            if _version(held) == version:
                return InsertOutcome.UNCHANGED
            raise VersionClash(version.version_id)
        head = _head(version.record_id)
        known = execute(
            "SELECT 1 FROM incident_version WHERE record_id = ? LIMIT 1", (version.record_id,)
        ).fetchone()
        if head is not None and version.prev_version_id == head.version_id:
            outcome = InsertOutcome.UPDATED
        elif head is None and not known:
            outcome = InsertOutcome.NEW
        else:
            _insert_version(version)
            return InsertOutcome.CONFLICT
        if version.state is RecordState.PURGED:
            if head is not None:
                _purge(version.record_id, head, version.author, version.saved_at)
            # _purge wrote a local tombstone; the partner's own one replaces it.
            execute("DELETE FROM incident_version WHERE record_id = ?", (version.record_id,))
            _insert_version(version)
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

        def flush() -> None:
            conn.executemany(_INSERT_VERSION, versions)
            conn.executemany(_INSERT_INCIDENT, rows)
            _insert_projections(conn, projections)
            versions.clear()
            rows.clear()
            projections.clear()

        for chain in chains:
            first, last = chain[0], chain[-1]
            versions.extend(_version_values(v) for v in chain)
            projection = _project(next_id, last.payload)
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
    """Another owner's tables joined to the list (the office's register: where each record
    came from, its conflicts), written by that owner as SQL in which this list's table is
    ``i``. This module puts the pieces into its own queries, so that the list has one filter
    builder and one order, and each table's SQL stays with its owner.

    ``joins`` must be LEFT JOINs on a unique key (they never change how many rows there are:
    counting leaves them out unless a clause needs them); ``columns`` (each starting with
    ", ") and ``order`` take no parameters; ``params`` are those of ``clauses``."""

    joins: str = ""
    columns: str = ""
    clauses: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()
    order: str = ""  # an expression to order by instead of the query's sort key


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


_ROW_SQL = _select(_NOTHING_JOINED)


def fts_query(text: str) -> str:
    """The FTS5 query for what the user typed: every word must match, as a word prefix."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join(f'"{w}"*' for w in words)


def _where(query: IncidentQuery, joined: Joined = _NOTHING_JOINED) -> tuple[str, list[Any]]:
    """The list's one filter builder: the query's filters, then the joined owner's."""
    # "> ''" rather than IS NOT NULL: the planner then reads Terhapus from an index.
    clauses = ["i.deleted_at > ''" if query.deleted else "i.deleted_at IS NULL"]
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
    match = fts_query(query.text)
    if match:
        clauses.append("i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)")
        params.append(match)
    clauses += joined.clauses
    params += joined.params
    return " WHERE " + " AND ".join(clauses), params


def _order_by(query: IncidentQuery, joined: Joined = _NOTHING_JOINED) -> str:
    direction = "DESC" if query.descending else "ASC"
    expressions = (joined.order,) if joined.order else _ORDER[query.sort]
    parts = [f"{expression} {direction}" for expression in expressions]
    return " ORDER BY " + ", ".join([*parts, f"i.id {direction}"])


def count_incidents(query: IncidentQuery, joined: Joined = _NOTHING_JOINED) -> int:
    """How many rows the list has (with ``joined``'s filters added)."""
    where, params = _where(query, joined)
    joins = joined.joins if joined.clauses else ""
    return execute(f"SELECT COUNT(*) FROM incident i{joins}{where}", params).fetchone()[0]


def _fetch(query: IncidentQuery, joined: Joined, offset: int, limit: int) -> Any:
    where, params = _where(query, joined)
    return execute(
        f"{_select(joined)}{where}{_order_by(query, joined)} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )


def fetch_incidents(query: IncidentQuery, offset: int, limit: int) -> list[IncidentRow]:
    """Rows ``offset`` to ``offset + limit`` of the list, in its order."""
    return [IncidentRow._make(r) for r in _fetch(query, _NOTHING_JOINED, offset, limit)]


def fetch_joined(
    query: IncidentQuery, joined: Joined, offset: int, limit: int
) -> list[tuple[IncidentRow, tuple[Any, ...]]]:
    """Rows ``offset`` to ``offset + limit`` of the list with ``joined``'s filters and order,
    each with the values of ``joined.columns``."""
    width = len(IncidentRow._fields)
    return [(IncidentRow._make(r[:width]), r[width:]) for r in _fetch(query, joined, offset, limit)]


def record_counts() -> tuple[int, int]:
    """(records in the log, records in Terhapus); the first is also the unfiltered list's
    ``count_incidents``."""
    live = count_incidents(IncidentQuery())
    deleted = execute("SELECT COUNT(*) FROM incident WHERE deleted_at > ''").fetchone()[0]
    return live, deleted


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
    """Add ``count`` fictional records (training mode, benchmarks). The same folder filled the
    same way gets the same records; filling it again adds new ones."""
    from desktop.domain.demo_incidents import demo_chains  # not needed in normal use

    today = today or datetime.now().date()
    held = execute("SELECT COUNT(*) FROM incident_version").fetchone()[0]
    chains = demo_chains(count, today=today, seed=2026 + held)
    return add_new_records(chains, many=count >= 10_000)


def add_identities(version: StoredVersion) -> None:
    """Fill in the names, NIK and phones of a version held without them (an export that left
    them out arrived first). The caller has checked that ``version`` differs from the one held
    only by its identities. Used by the office's import (Kirim & Ekspor)."""
    with database.atomic():
        execute(
            "UPDATE incident_version SET payload = ? WHERE version_id = ?",
            (to_json(version.payload), version.version_id),
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
        identities = _project(head[0], version.payload).identities
        database.connection().executemany(_INSERT_IDENTITY, identities)
