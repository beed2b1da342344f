"""Catatan Kejadian in the database: saved versions, the current state, lists and search.

Every saved change, deletion, restore and purge adds a row to ``incident_version`` (its id,
the id of the version it replaces, time, author, state, reason and a full JSON snapshot), so
the exchange layer can list and insert versions with plain calls (``list_versions``,
``insert_version``). The other tables (``incident``, people, referrals, ``incident_fts``) hold
only the current version of each record, for lists, filters and search, and are rewritten from
the snapshot on every change. Each write below is one transaction.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from functools import cache
from typing import Any, NamedTuple

from desktop.domain.countries import load_countries
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
from desktop.storage.db import database
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


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


# One encoder for all payloads: json.dumps with these options builds a new one at every call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def _dump(payload: dict[str, Any]) -> str:
    return _ENCODE(payload)


def _sql(sql: str, params: Sequence[Any] = ()) -> Any:
    return database.execute_sql(sql, params)


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


def _projection(payload: dict[str, Any]) -> dict[str, Any]:
    people = payload.get("people", [])
    country = payload.get("destination_country", "")
    return {
        "report_type": payload["report_type"],
        "reported_on": payload["reported_on"],
        "happened": payload.get("happened", ""),
        "modus": payload["modus"],
        "summary": payload.get("summary", ""),
        "destination_country": country,
        "destination_name": country_names().get(country, country),
        "destination_city": payload.get("destination_city", ""),
        "recruiter_name": payload.get("recruiter_name", ""),
        "company": payload.get("company", ""),
        "status": payload.get("status", Status.NEW.value),
        "people_count": len(people),
        "has_child": int(
            any(p.get("under_18") or p.get("age_band") in _CHILD_BANDS for p in people)
        ),
    }


_PROJECTED = (
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


def _search_text(payload: dict[str, Any], projected: dict[str, Any]) -> tuple[str, ...]:
    recruiter = " ".join(
        filter(None, (payload.get("recruiter_name"), payload.get("recruiter_phone")))
    )
    destination = " ".join(
        filter(None, (projected["destination_name"], projected["destination_city"]))
    )
    return (
        payload.get("summary", ""),
        payload.get("notes", ""),
        recruiter,
        payload.get("company", ""),
        destination,
    )


def _people_rows(incident_id: int, payload: dict[str, Any]) -> tuple[list, list]:
    people, identities = [], []
    for position, p in enumerate(payload.get("people", [])):
        people.append(
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
    return people, identities


def _referral_rows(incident_id: int, payload: dict[str, Any]) -> list:
    return [
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


_INSERT_PERSON = "INSERT INTO incident_person VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_IDENTITY = "INSERT INTO incident_person_identity VALUES (?, ?, ?, ?)"
_INSERT_REFERRAL = "INSERT INTO incident_referral VALUES (?, ?, ?, ?, ?, ?, ?)"
_INSERT_FTS = (
    "INSERT INTO incident_fts (rowid, summary, notes, recruiter, company, destination) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_INSERT_VERSION = "INSERT INTO incident_version VALUES (?, ?, ?, ?, ?, ?, ?, ?)"


def _insert_version(version: StoredVersion) -> None:
    _sql(
        _INSERT_VERSION,
        (
            version.version_id,
            version.record_id,
            version.prev_version_id,
            _stamp(version.saved_at),
            version.author,
            version.state.value,
            version.reason,
            _dump(version.payload),
        ),
    )


def _project(version: StoredVersion) -> None:
    """Make ``version`` the current state of its record (a live or deleted version)."""
    payload = version.payload
    values = _projection(payload)
    saved = _stamp(version.saved_at)
    deleted_at = saved if version.state is RecordState.DELETED else None
    row = _sql("SELECT id FROM incident WHERE record_id = ?", (version.record_id,)).fetchone()
    columns = ", ".join(f"{c} = ?" for c in _PROJECTED)
    if row is None:
        cursor = _sql(
            f"INSERT INTO incident (record_id, version_id, created_at, created_by, updated_at, "
            f"updated_by, deleted_at, {', '.join(_PROJECTED)}) "
            f"VALUES ({', '.join('?' * (7 + len(_PROJECTED)))})",
            (
                version.record_id,
                version.version_id,
                saved,
                version.author,
                saved,
                version.author,
                deleted_at,
                *values.values(),
            ),
        )
        incident_id = cursor.lastrowid
    else:
        incident_id = row[0]
        _sql(
            f"UPDATE incident SET version_id = ?, updated_at = ?, updated_by = ?, "
            f"deleted_at = ?, {columns} WHERE id = ?",
            (version.version_id, saved, version.author, deleted_at, *values.values(), incident_id),
        )
        _sql(
            "DELETE FROM incident_person_identity WHERE person_id IN "
            "(SELECT person_id FROM incident_person WHERE incident_id = ?)",
            (incident_id,),
        )
        _sql("DELETE FROM incident_person WHERE incident_id = ?", (incident_id,))
        _sql("DELETE FROM incident_referral WHERE incident_id = ?", (incident_id,))
        _sql("DELETE FROM incident_fts WHERE rowid = ?", (incident_id,))
    people, identities = _people_rows(incident_id, payload)
    conn = database.connection()
    conn.executemany(_INSERT_PERSON, people)
    conn.executemany(_INSERT_IDENTITY, identities)
    conn.executemany(_INSERT_REFERRAL, _referral_rows(incident_id, payload))
    _sql(_INSERT_FTS, (incident_id, *_search_text(payload, values)))


# ---------------------------------------------------------------------------------------------
# Saving, deleting, restoring, purging


class _Head(NamedTuple):
    id: int
    version_id: str
    deleted_at: str | None


def _head(record_id: str) -> _Head | None:
    row = _sql(
        "SELECT id, version_id, deleted_at FROM incident WHERE record_id = ?", (record_id,)
    ).fetchone()
    return _Head(*row) if row else None


def _payload_of(version_id: str) -> dict[str, Any]:
    row = _sql("SELECT payload FROM incident_version WHERE version_id = ?", (version_id,))
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
            known = _sql(
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
        _project(version)
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
        _project(version)


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
        _project(version)


def _purge(record_id: str, head: _Head, author_name: str, now: datetime | None) -> None:
    _sql("DELETE FROM incident_fts WHERE rowid = ?", (head.id,))
    _sql(
        "DELETE FROM incident_person_identity WHERE person_id IN "
        "(SELECT person_id FROM incident_person WHERE incident_id = ?)",
        (head.id,),
    )
    _sql("DELETE FROM incident_person WHERE incident_id = ?", (head.id,))
    _sql("DELETE FROM incident_referral WHERE incident_id = ?", (head.id,))
    _sql("DELETE FROM incident WHERE id = ?", (head.id,))
    _sql("DELETE FROM incident_version WHERE record_id = ?", (record_id,))
    _insert_version(
        _new_version(record_id, head.version_id, RecordState.PURGED, {}, author_name, "", now)
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
    cutoff = _stamp(now - timedelta(days=days))
    expired = (
        "SELECT record_id, id, version_id, deleted_at FROM incident "
        "WHERE deleted_at IS NOT NULL AND deleted_at < ?"
    )
    # Looked for first outside a transaction: opening the log usually finds nothing to purge,
    # and then writes nothing (nor waits for the start-up integrity check).
    if not _sql(expired + " LIMIT 1", (cutoff,)).fetchone():
        return 0
    with database.atomic():
        rows = _sql(expired, (cutoff,)).fetchall()
        for record_id, *head in rows:
            _purge(record_id, _Head(*head), author_name, now)
    return len(rows)


# ---------------------------------------------------------------------------------------------
# Reading one record and its history


def _parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def load_incident(record_id: str) -> StoredIncident:
    row = _sql(
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
        created_at=_parse_time(created),
        created_by=created_by,
        updated_at=_parse_time(updated),
        updated_by=updated_by,
        deleted_at=_parse_time(deleted),
    )
    return StoredIncident(from_payload(json.loads(payload)), meta)


_VERSION_COLUMNS = (
    "record_id, version_id, prev_version_id, saved_at, author, state, reason, payload"
)


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
    rows = _sql(
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
        rows = _sql(f"SELECT {_VERSION_COLUMNS} FROM incident_version ORDER BY saved_at, rowid")
    else:
        rows = _sql(
            f"SELECT {_VERSION_COLUMNS} FROM incident_version WHERE saved_at >= ? "
            "ORDER BY saved_at, rowid",
            (_stamp(since),),
        )
    return [_version(r) for r in rows]


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
        held = _sql(
            f"SELECT {_VERSION_COLUMNS} FROM incident_version WHERE version_id = ?",
            (version.version_id,),
        ).fetchone()
        if held is not None:
            if _version(held) == version:
                return InsertOutcome.UNCHANGED
            raise VersionClash(version.version_id)
        head = _head(version.record_id)
        known = _sql(
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
            _sql("DELETE FROM incident_version WHERE record_id = ?", (version.record_id,))
            _insert_version(version)
            return outcome
        _insert_version(version)
        _project(version)
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
            indexes = _sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                f"AND tbl_name IN ({', '.join('?' * len(_LOG_TABLES))})",
                _LOG_TABLES,
            ).fetchall()
            for name, _ in indexes:
                _sql(f'DROP INDEX "{name}"')
        seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'incident'").fetchone()
        top = conn.execute("SELECT COALESCE(MAX(id), 0) FROM incident").fetchone()[0]
        next_id = max(seq[0] if seq else 0, top) + 1
        batch: dict[str, list] = {k: [] for k in ("v", "i", "p", "pi", "r", "f")}

        def flush() -> None:
            conn.executemany(_INSERT_VERSION, batch["v"])
            conn.executemany(
                f"INSERT INTO incident (id, record_id, version_id, created_at, created_by, "
                f"updated_at, updated_by, deleted_at, {', '.join(_PROJECTED)}) "
                f"VALUES ({', '.join('?' * (8 + len(_PROJECTED)))})",
                batch["i"],
            )
            conn.executemany(_INSERT_PERSON, batch["p"])
            conn.executemany(_INSERT_IDENTITY, batch["pi"])
            conn.executemany(_INSERT_REFERRAL, batch["r"])
            conn.executemany(_INSERT_FTS, batch["f"])
            for rows in batch.values():
                rows.clear()

        for chain in chains:
            first, last = chain[0], chain[-1]
            for v in chain:
                batch["v"].append(
                    (
                        v.version_id,
                        v.record_id,
                        v.prev_version_id,
                        _stamp(v.saved_at),
                        v.author,
                        v.state.value,
                        v.reason,
                        _dump(v.payload),
                    )
                )
            values = _projection(last.payload)
            deleted = _stamp(last.saved_at) if last.state is RecordState.DELETED else None
            batch["i"].append(
                (
                    next_id,
                    last.record_id,
                    last.version_id,
                    _stamp(first.saved_at),
                    first.author,
                    _stamp(last.saved_at),
                    last.author,
                    deleted,
                    *values.values(),
                )
            )
            people, identities = _people_rows(next_id, last.payload)
            batch["p"] += people
            batch["pi"] += identities
            batch["r"] += _referral_rows(next_id, last.payload)
            batch["f"].append((next_id, *_search_text(last.payload, values)))
            next_id += 1
            count += 1
            if len(batch["i"]) >= 2000:
                flush()
        flush()
        for _, sql in indexes:
            _sql(sql)
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


# Each expression has its index (migration 2), so sorting by it never sorts the table.
_ORDER: dict[SortKey, tuple[str, ...]] = {
    SortKey.NUMBER: (),
    SortKey.REPORTED: ("reported_on",),
    SortKey.TYPE: (_ordinal("report_type", ReportType),),
    SortKey.MODUS: (_ordinal("modus", Modus),),
    SortKey.SUMMARY: ("summary COLLATE NOCASE",),
    SortKey.DESTINATION: ("destination_name COLLATE NOCASE", "destination_city COLLATE NOCASE"),
    SortKey.RECRUITER: ("COALESCE(NULLIF(recruiter_name, ''), company) COLLATE NOCASE",),
    SortKey.PEOPLE: ("people_count",),
    SortKey.STATUS: (_ordinal("status", Status),),
    SortKey.UPDATED: ("updated_at",),
    SortKey.DELETED: ("deleted_at",),
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


_ROW_SQL = (
    "SELECT id, record_id, reported_on, report_type, modus, summary, destination_country, "
    "destination_name, destination_city, recruiter_name, company, people_count, has_child, "
    "status, updated_at, deleted_at FROM incident"
)


def fts_query(text: str) -> str:
    """The FTS5 query for what the user typed: every word must match, as a word prefix."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join(f'"{w}"*' for w in words)


def _where(query: IncidentQuery) -> tuple[str, list[Any]]:
    # "> ''" rather than IS NOT NULL: the planner then reads Terhapus from an index.
    clauses = ["deleted_at > ''" if query.deleted else "deleted_at IS NULL"]
    params: list[Any] = []
    if query.status is not None:
        clauses.append("status = ?")
        params.append(query.status.value)
    if query.modus is not None:
        clauses.append("modus = ?")
        params.append(query.modus.value)
    if query.date_from is not None:
        clauses.append("reported_on >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        clauses.append("reported_on <= ?")
        params.append(query.date_to.isoformat())
    if query.country:
        clauses.append("destination_country = ?")
        params.append(query.country)
    match = fts_query(query.text)
    if match:
        clauses.append("id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)")
        params.append(match)
    return " WHERE " + " AND ".join(clauses), params


def _order_by(query: IncidentQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    parts = [f"{expression} {direction}" for expression in _ORDER[query.sort]]
    return " ORDER BY " + ", ".join([*parts, f"id {direction}"])


def count_incidents(query: IncidentQuery) -> int:
    where, params = _where(query)
    return _sql(f"SELECT COUNT(*) FROM incident{where}", params).fetchone()[0]


def fetch_incidents(query: IncidentQuery, offset: int, limit: int) -> list[IncidentRow]:
    """Rows ``offset`` to ``offset + limit`` of the list, in its order."""
    where, params = _where(query)
    rows = _sql(f"{_ROW_SQL}{where}{_order_by(query)} LIMIT ? OFFSET ?", [*params, limit, offset])
    return [IncidentRow(*r) for r in rows]


def record_counts() -> tuple[int, int]:
    """(records in the log, records in Terhapus); the first is also the unfiltered list's
    ``count_incidents``."""
    live = count_incidents(IncidentQuery())
    deleted = _sql("SELECT COUNT(*) FROM incident WHERE deleted_at > ''").fetchone()[0]
    return live, deleted


def destinations_in_use() -> list[str]:
    """Country codes that appear in the log, for the destination filter. Read by hopping
    from one code to the next in the index: a few dozen look-ups, whatever the log's size."""
    rows = _sql(
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
    held = _sql("SELECT COUNT(*) FROM incident_version").fetchone()[0]
    chains = demo_chains(count, today=today, seed=2026 + held)
    return add_new_records(chains, many=count >= 10_000)


def add_identities(version: StoredVersion) -> None:
    """Fill in the names, NIK and phones of a version held without them (an export that left
    them out arrived first). The caller has checked that ``version`` differs from the one held
    only by its identities. Used by the office's import (Kirim & Ekspor)."""
    with database.atomic():
        _sql(
            "UPDATE incident_version SET payload = ? WHERE version_id = ?",
            (_dump(version.payload), version.version_id),
        )
        head = _sql(
            "SELECT id FROM incident WHERE version_id = ?", (version.version_id,)
        ).fetchone()
        if head is None:
            return
        _sql(
            "DELETE FROM incident_person_identity WHERE person_id IN "
            "(SELECT person_id FROM incident_person WHERE incident_id = ?)",
            (head[0],),
        )
        _, identities = _people_rows(head[0], version.payload)
        database.connection().executemany(_INSERT_IDENTITY, identities)
