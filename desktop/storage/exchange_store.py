"""Exchange in the database: the office profile, the upload settings, the exports made (the
outbox), the imports merged at the office, where each record came from, the conflicts kept,
and the merged register's list.

The incident and assessment tables belong to their own modules: this module only reads them
(plain SQL). Changes to them go through ``storage.incidents`` and ``storage.assessments``.
Every write here is one transaction, or a part of the caller's.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from desktop.domain.exchange import (
    MergeCounts,
    OfficeProfile,
    OutboxStatus,
    Role,
    SendProblem,
    VersionRow,
)
from desktop.domain.exchange import content_key as fingerprint
from desktop.domain.incident import Status
from desktop.domain.modus import Modus
from desktop.storage.db import chunks, database, execute, marks, parse_time, stamp
from desktop.storage.incidents import SortKey, fts_query
from desktop.storage.profile_store import get_setting, load_profile, set_setting

OFFICE = "office_profile"
ENDPOINT = "sync_endpoint"
TOKEN = "sync_token"
LAST_SUCCESS = "sync_last_success"
LAST_CONTACT = "sync_last_contact"  # the last probe: when, and whether the office answered

# ---------------------------------------------------------------------------------------------
# What this installation is


def load_office() -> OfficeProfile | None:
    value = get_setting(OFFICE)
    if not isinstance(value, dict):
        return None
    try:
        return OfficeProfile(str(value["name"]), tuple(str(c) for c in value["covers"]))
    except (KeyError, TypeError):
        return None


def save_office(office: OfficeProfile) -> None:
    """Make this installation the office ``office`` (a validated profile)."""
    set_setting(OFFICE, {"name": office.name, "covers": list(office.covers)})


def role() -> Role | None:
    """VILLAGE once a village profile is saved, OFFICE once an office profile is; else None."""
    if load_profile() is not None:
        return Role.VILLAGE
    if load_office() is not None:
        return Role.OFFICE
    return None


# ---------------------------------------------------------------------------------------------
# Upload settings


@dataclass(frozen=True)
class Endpoint:
    url: str
    token: str


def load_endpoint() -> Endpoint | None:
    url, token = get_setting(ENDPOINT, ""), get_setting(TOKEN, "")
    if not (isinstance(url, str) and isinstance(token, str) and url and token):
        return None
    return Endpoint(url, token)


def save_endpoint(url: str, token: str) -> int:
    """Store the office's address and access token. Exports that stopped because of the old
    settings wait again; returns how many."""
    with database.atomic():
        set_setting(ENDPOINT, url)
        set_setting(TOKEN, token)
        return execute(
            "UPDATE exchange_export SET outbox = ?, next_attempt_at = NULL, attempts = 0 "
            "WHERE outbox = ?",
            (OutboxStatus.WAITING.value, OutboxStatus.FAILED.value),
        ).rowcount


def last_success() -> datetime | None:
    value = get_setting(LAST_SUCCESS)
    return parse_time(value) if isinstance(value, str) else None


def note_contact(now: datetime, reached: bool) -> None:
    set_setting(LAST_CONTACT, {"at": stamp(now), "reached": reached})


def last_contact() -> tuple[datetime, bool] | None:
    value = get_setting(LAST_CONTACT)
    if not isinstance(value, dict) or not isinstance(value.get("at"), str):
        return None
    return datetime.fromisoformat(value["at"]), bool(value.get("reached"))


# ---------------------------------------------------------------------------------------------
# What an export holds (read from the incident and assessment tables)

_VERSION_SQL = (
    "SELECT record_id, version_id, prev_version_id, saved_at, author, state, reason, payload "
    "FROM incident_version"
)


def version_rows() -> list[list[VersionRow]]:
    """Every stored version, grouped by record (each group in the order saved), the records
    in the order they were first saved. Read in table order: an ordered read through the
    index takes about twice as long on a large log."""
    groups: dict[str, list[VersionRow]] = {}
    make = VersionRow._make
    cursor = execute(_VERSION_SQL)
    while rows := cursor.fetchmany(2000):
        for row in rows:
            group = groups.get(row[0])
            if group is None:
                groups[row[0]] = [make(row)]
            else:
                group.append(make(row))
    return list(groups.values())


def _assessment_table_exists() -> bool:
    row = execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'assessment'")
    return row.fetchone() is not None


_ASSESSMENT_SQL = (
    "SELECT record_id, created_at, assessed_on, initials, company, destination, job, "
    "recruiter_contact, answers, result, incident_record_id FROM assessment"
)


def _check_item(row: Sequence[Any]) -> dict[str, Any]:
    """A row of ``_ASSESSMENT_SQL`` in export form."""
    record_id, created, day, initials, company, destination, job, contact = row[:8]
    answers, result, incident = row[8:]
    return {
        "record_id": record_id,
        "created_at": created,
        "assessed_on": day,
        "initials": initials,
        "offer": {
            "company": company,
            "destination": destination,
            "job": job,
            "recruiter_contact": contact,
        },
        "answers": json.loads(answers),
        "result": json.loads(result),
        "incident_record_id": incident,
    }


def assessment_items() -> list[dict[str, Any]]:
    """The saved job-offer checks in export form, by record id."""
    if not _assessment_table_exists():
        return []
    return [_check_item(row) for row in execute(f"{_ASSESSMENT_SQL} ORDER BY record_id")]


def removed_assessment_items() -> list[dict[str, str]]:
    """The deleted checks in export form (record id and when), by record id."""
    rows = execute("SELECT record_id, removed_at FROM assessment_removed ORDER BY record_id")
    return [{"record_id": r, "removed_at": at} for r, at in rows]


def held_assessments(record_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Export forms of the assessments held under these record ids."""
    if not _assessment_table_exists():
        return {}
    held = {}
    for chunk in chunks(record_ids):
        for row in execute(f"{_ASSESSMENT_SQL} WHERE record_id IN ({marks(chunk)})", chunk):
            held[row[0]] = _check_item(row)
    return held


def removed_assessment_ids(record_ids: Sequence[str]) -> set[str]:
    """Which of these record ids belong to checks deleted at their village."""
    found: set[str] = set()
    for chunk in chunks(record_ids):
        query = f"SELECT record_id FROM assessment_removed WHERE record_id IN ({marks(chunk)})"
        found.update(r[0] for r in execute(query, chunk))
    return found


def current_payloads() -> Iterator[tuple[int, str, str]]:
    """(number, last change, payload text) of each record in the log, Terhapus left out."""
    yield from execute(
        "SELECT i.id, i.updated_at, v.payload FROM incident i JOIN incident_version v "
        "ON v.version_id = i.version_id WHERE i.deleted_at IS NULL ORDER BY i.id"
    )


def content_key(with_identities: bool) -> str:
    """The fingerprint (domain ``content_key``) of what an export made now would hold."""
    versions = (r[0] for r in execute("SELECT version_id FROM incident_version"))
    checks: list[str] = []
    if _assessment_table_exists():
        checks = [r[0] for r in execute("SELECT record_id FROM assessment")]
    return fingerprint(versions, checks, with_identities=with_identities)


# ---------------------------------------------------------------------------------------------
# Exports made here, and the outbox


@dataclass(frozen=True)
class ExportEntry:
    export_id: str
    sequence: int
    created_at: datetime
    sha256: str
    records: int
    versions: int
    assessments: int
    identities_reason: str | None
    written_to: str
    content_key: str
    outbox: OutboxStatus | None = None
    body_path: str = ""
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_attempt_at: datetime | None = None
    problem: SendProblem | None = None
    problem_detail: str = ""
    sent_at: datetime | None = None
    superseded_by: int | None = None


_EXPORT_COLUMNS = (
    "export_id, sequence, created_at, sha256, records, versions, assessments, "
    "identities_reason, written_to, content_key, outbox, body_path, attempts, next_attempt_at, "
    "last_attempt_at, problem, problem_detail, sent_at, superseded_by"
)


def _entry(row: Sequence[Any]) -> ExportEntry:
    (
        export_id,
        sequence,
        created,
        sha,
        records,
        versions,
        assessments,
        reason,
        written,
        key,
        outbox,
        body,
        attempts,
        next_at,
        last_at,
        problem,
        detail,
        sent,
        superseded,
    ) = row
    return ExportEntry(
        export_id=export_id,
        sequence=sequence,
        created_at=datetime.fromisoformat(created),
        sha256=sha,
        records=records,
        versions=versions,
        assessments=assessments,
        identities_reason=reason,
        written_to=written,
        content_key=key,
        outbox=OutboxStatus(outbox) if outbox else None,
        body_path=body or "",
        attempts=attempts,
        next_attempt_at=parse_time(next_at),
        last_attempt_at=parse_time(last_at),
        problem=SendProblem(problem) if problem else None,
        problem_detail=detail,
        sent_at=parse_time(sent),
        superseded_by=superseded,
    )


def next_sequence() -> int:
    """The number the next export of this installation gets (1, 2, 3, ...)."""
    return execute("SELECT COALESCE(MAX(sequence), 0) + 1 FROM exchange_export").fetchone()[0]


def record_export(entry: ExportEntry) -> None:
    """Remember an export that was written and checked (and queued, if ``outbox`` is set)."""
    with database.atomic():
        execute(
            f"INSERT INTO exchange_export ({_EXPORT_COLUMNS}) VALUES ({', '.join('?' * 19)})",
            (
                entry.export_id,
                entry.sequence,
                stamp(entry.created_at),
                entry.sha256,
                entry.records,
                entry.versions,
                entry.assessments,
                entry.identities_reason,
                entry.written_to,
                entry.content_key,
                entry.outbox.value if entry.outbox else None,
                entry.body_path or None,
                entry.attempts,
                None,
                None,
                None,
                "",
                None,
                None,
            ),
        )


def list_exports(limit: int = 100) -> list[ExportEntry]:
    """The exports made here, newest first."""
    rows = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export ORDER BY sequence DESC LIMIT ?", (limit,)
    )
    return [_entry(r) for r in rows]


def load_export(export_id: str) -> ExportEntry | None:
    row = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE export_id = ?", (export_id,)
    ).fetchone()
    return _entry(row) if row else None


def newest_queued() -> ExportEntry | None:
    """The newest export that is waiting, failed or sent (what a new export would repeat)."""
    row = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE outbox IS NOT NULL "
        "ORDER BY sequence DESC LIMIT 1"
    ).fetchone()
    return _entry(row) if row else None


def queue_export(export_id: str, body_path: str) -> None:
    """Put an export made earlier into the outbox."""
    with database.atomic():
        execute(
            "UPDATE exchange_export SET outbox = ?, body_path = ?, attempts = 0, "
            "next_attempt_at = NULL, problem = NULL, problem_detail = '' WHERE export_id = ?",
            (OutboxStatus.WAITING.value, body_path, export_id),
        )


def due_exports(now: datetime, *, include_failed: bool) -> list[ExportEntry]:
    """Exports to try now, newest first: waiting ones whose retry time has come (every
    waiting one, and the failed ones, when the user asked to send now)."""
    if include_failed:
        rows = execute(
            f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE outbox IN (?, ?) "
            "ORDER BY sequence DESC",
            (OutboxStatus.WAITING.value, OutboxStatus.FAILED.value),
        )
    else:
        rows = execute(
            f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE outbox = ? "
            "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY sequence DESC",
            (OutboxStatus.WAITING.value, stamp(now)),
        )
    return [_entry(r) for r in rows]


def waiting_exports() -> list[ExportEntry]:
    """Exports not delivered: waiting or failed, newest first."""
    rows = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE outbox IN (?, ?) "
        "ORDER BY sequence DESC",
        (OutboxStatus.WAITING.value, OutboxStatus.FAILED.value),
    )
    return [_entry(r) for r in rows]


def next_attempt() -> datetime | None:
    """When the earliest waiting export is due (None when nothing waits)."""
    row = execute(
        "SELECT COUNT(*), MIN(COALESCE(next_attempt_at, '')) FROM exchange_export WHERE outbox = ?",
        (OutboxStatus.WAITING.value,),
    ).fetchone()
    if not row[0]:
        return None
    return parse_time(row[1]) or datetime.min.replace(tzinfo=UTC)


def mark_sent(export_id: str, receipt: dict[str, Any], now: datetime) -> list[str]:
    """Record delivery; older undelivered exports it covers become superseded (their outbox
    copies are returned so the caller can delete them). Returns their body paths."""
    with database.atomic():
        entry = load_export(export_id)
        if entry is None:
            return []
        execute(
            "UPDATE exchange_export SET outbox = ?, sent_at = ?, last_attempt_at = ?, "
            "receipt = ?, problem = NULL, problem_detail = '', next_attempt_at = NULL, "
            "body_path = NULL WHERE export_id = ?",
            (
                OutboxStatus.SENT.value,
                stamp(now),
                stamp(now),
                json.dumps(receipt, ensure_ascii=False),
                export_id,
            ),
        )
        # A full export holds everything an older one held, except personal identifiers when
        # the older one had them and this one does not.
        covered = (
            "sequence < ? AND outbox IN (?, ?) AND (? OR identities_reason IS NULL)",
            (
                entry.sequence,
                OutboxStatus.WAITING.value,
                OutboxStatus.FAILED.value,
                int(entry.identities_reason is not None),
            ),
        )
        paths = [
            r[0]
            for r in execute(
                f"SELECT body_path FROM exchange_export WHERE {covered[0]}", covered[1]
            )
            if r[0]
        ]
        execute(
            f"UPDATE exchange_export SET outbox = ?, superseded_by = ?, body_path = NULL, "
            f"next_attempt_at = NULL WHERE {covered[0]}",
            (OutboxStatus.SUPERSEDED.value, entry.sequence, *covered[1]),
        )
        set_setting(LAST_SUCCESS, stamp(now))
        if entry.body_path:
            paths.append(entry.body_path)
    return paths


def mark_not_sent(
    export_id: str,
    problem: SendProblem,
    detail: str,
    now: datetime,
    retry_at: datetime | None,
) -> None:
    """Record a failed try: waiting again from ``retry_at``, or failed for good (None)."""
    status = OutboxStatus.WAITING if retry_at is not None else OutboxStatus.FAILED
    with database.atomic():
        execute(
            "UPDATE exchange_export SET outbox = ?, attempts = attempts + 1, "
            "last_attempt_at = ?, next_attempt_at = ?, problem = ?, problem_detail = ? "
            "WHERE export_id = ?",
            (
                status.value,
                stamp(now),
                stamp(retry_at) if retry_at else None,
                problem.value,
                detail[:500],
                export_id,
            ),
        )


# ---------------------------------------------------------------------------------------------
# Imports at the office


@dataclass(frozen=True)
class ImportEntry:
    export_id: str
    sha256: str
    village_code: str
    sequence: int
    imported_at: datetime
    via: str
    file_name: str
    counts: MergeCounts
    receipt: dict[str, Any]


def find_import(export_id: str) -> ImportEntry | None:
    row = execute(
        "SELECT export_id, sha256, village_code, sequence, imported_at, via, file_name, "
        "new, updated, unchanged, conflicts, receipt FROM exchange_import WHERE export_id = ?",
        (export_id,),
    ).fetchone()
    if row is None:
        return None
    return ImportEntry(
        export_id=row[0],
        sha256=row[1],
        village_code=row[2],
        sequence=row[3],
        imported_at=datetime.fromisoformat(row[4]),
        via=row[5],
        file_name=row[6],
        counts=MergeCounts(*row[7:11]),
        receipt=json.loads(row[11]),
    )


def record_total() -> int:
    """How many records the log holds (current states, Terhapus included)."""
    return execute("SELECT COUNT(*) FROM incident").fetchone()[0]


def held_versions(version_ids: Sequence[str]) -> dict[str, VersionRow]:
    """The versions among ``version_ids`` held here, as stored."""
    held: dict[str, VersionRow] = {}
    make = VersionRow._make
    for chunk in chunks(version_ids):
        rows = execute(
            "SELECT record_id, version_id, prev_version_id, saved_at, author, state, reason, "
            f"payload FROM incident_version WHERE version_id IN ({marks(chunk)})",
            chunk,
        )
        for row in rows:
            held[row[1]] = make(row)
    return held


def known_records(record_ids: Sequence[str]) -> set[str]:
    """The records among ``record_ids`` of which any version is held."""
    known: set[str] = set()
    for chunk in chunks(record_ids):
        rows = execute(
            f"SELECT DISTINCT record_id FROM incident_version WHERE record_id IN ({marks(chunk)})",
            chunk,
        )
        known.update(r[0] for r in rows)
    return known


@dataclass(frozen=True)
class ImportRecord:
    """Everything the office keeps about one merged export (inside the merge's transaction)."""

    export_id: str
    sha256: str
    village_code: str
    village_name: str
    district_name: str
    regency_name: str
    province_name: str
    role: str
    installation_id: str
    sequence: int
    created_at: datetime
    imported_at: datetime
    via: str
    file_name: str
    counts: MergeCounts
    receipt: dict[str, Any]
    record_ids: Sequence[str]


def record_import(entry: ImportRecord) -> None:
    """The import log, the village's latest details and the source of each record."""
    c = entry.counts
    execute(
        "INSERT INTO exchange_import (export_id, sha256, village_code, installation_id, "
        "sequence, created_at, imported_at, via, file_name, new, updated, unchanged, "
        "conflicts, receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.export_id,
            entry.sha256,
            entry.village_code,
            entry.installation_id,
            entry.sequence,
            stamp(entry.created_at),
            stamp(entry.imported_at),
            entry.via,
            entry.file_name,
            c.new,
            c.updated,
            c.unchanged,
            c.conflicts,
            json.dumps(entry.receipt, ensure_ascii=False, sort_keys=True),
        ),
    )
    execute(
        "INSERT INTO exchange_village (village_code, village_name, district_name, "
        "regency_name, province_name, role, last_export_at, last_sequence, last_imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (village_code) DO UPDATE SET "
        "village_name = excluded.village_name, district_name = excluded.district_name, "
        "regency_name = excluded.regency_name, province_name = excluded.province_name, "
        "role = excluded.role, last_imported_at = excluded.last_imported_at, "
        "last_export_at = MAX(last_export_at, excluded.last_export_at), "
        "last_sequence = MAX(last_sequence, excluded.last_sequence)",
        (
            entry.village_code,
            entry.village_name,
            entry.district_name,
            entry.regency_name,
            entry.province_name,
            entry.role,
            stamp(entry.created_at),
            entry.sequence,
            stamp(entry.imported_at),
        ),
    )
    conn = database.connection()
    conn.executemany(
        "INSERT OR IGNORE INTO exchange_source (record_id, village_code, installation_id, "
        "export_id) VALUES (?, ?, ?, ?)",
        [(r, entry.village_code, entry.installation_id, entry.export_id) for r in entry.record_ids],
    )


class ConflictNote(NamedTuple):
    record_id: str
    version_id: str
    kind: str  # "cabang": kept beside the current version; "bentrok": same id, other content
    version: str  # for "bentrok", the version as it arrived (JSON); else ''


def record_conflicts(export_id: str, notes: Sequence[ConflictNote], now: datetime) -> None:
    database.connection().executemany(
        "INSERT OR IGNORE INTO exchange_conflict (record_id, version_id, kind, export_id, "
        "detected_at, version) VALUES (?, ?, ?, ?, ?, ?)",
        [(n.record_id, n.version_id, n.kind, export_id, stamp(now), n.version) for n in notes],
    )


def conflicts_of(record_id: str) -> list[ConflictNote]:
    rows = execute(
        "SELECT record_id, version_id, kind, version FROM exchange_conflict "
        "WHERE record_id = ? ORDER BY id",
        (record_id,),
    )
    return [ConflictNote(*r) for r in rows]


@dataclass(frozen=True)
class VillageEntry:
    code: str
    name: str
    district_name: str
    regency_name: str
    kelurahan: bool
    last_export_at: datetime | None
    last_sequence: int
    last_imported_at: datetime | None
    records: int


def villages() -> list[VillageEntry]:
    """The villages heard from, by name, with how many records came from each."""
    rows = execute(
        "SELECT v.village_code, v.village_name, v.district_name, v.regency_name, v.role, "
        "v.last_export_at, v.last_sequence, v.last_imported_at, "
        "(SELECT COUNT(*) FROM exchange_source s WHERE s.village_code = v.village_code) "
        "FROM exchange_village v ORDER BY v.village_name COLLATE NOCASE, v.village_code"
    )
    return [
        VillageEntry(
            code,
            name,
            district,
            regency,
            role == "kelurahan",
            parse_time(last),
            seq,
            parse_time(imp),
            n,
        )
        for code, name, district, regency, role, last, seq, imp, n in rows
    ]


@dataclass(frozen=True)
class ImportLogEntry:
    export_id: str
    village_code: str
    village_name: str
    sequence: int
    imported_at: datetime
    via: str
    file_name: str
    counts: MergeCounts


def import_log(limit: int = 200) -> list[ImportLogEntry]:
    """The exports merged here, newest first."""
    rows = execute(
        "SELECT i.export_id, i.village_code, COALESCE(v.village_name, ''), i.sequence, "
        "i.imported_at, i.via, i.file_name, i.new, i.updated, i.unchanged, i.conflicts "
        "FROM exchange_import i LEFT JOIN exchange_village v ON v.village_code = i.village_code "
        "ORDER BY i.imported_at DESC, i.rowid DESC LIMIT ?",
        (limit,),
    )
    return [
        ImportLogEntry(
            r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]), r[5], r[6], MergeCounts(*r[7:11])
        )
        for r in rows
    ]


# ---------------------------------------------------------------------------------------------
# The merged register: every village's records, filtered and ordered in SQL


@dataclass(frozen=True)
class RegisterQuery:
    village: str = ""  # a village code, or '' for all
    text: str = ""
    status: Status | None = None
    modus: Modus | None = None
    date_from: date | None = None
    date_to: date | None = None
    conflicts_only: bool = False
    sort: SortKey = SortKey.REPORTED
    descending: bool = True


class RegisterRow(NamedTuple):
    number: int
    record_id: str
    village_code: str
    village_name: str
    reported_on: str
    report_type: str
    modus: str
    summary: str
    destination_name: str
    destination_city: str
    people_count: int
    has_child: int
    status: str
    updated_at: str
    conflicts: int


_REGISTER_ORDER = {
    SortKey.NUMBER: "",
    SortKey.REPORTED: "i.reported_on",
    SortKey.MODUS: "i.modus",
    SortKey.SUMMARY: "i.summary COLLATE NOCASE",
    SortKey.DESTINATION: "i.destination_name COLLATE NOCASE",
    SortKey.PEOPLE: "i.people_count",
    SortKey.STATUS: "i.status",
    SortKey.UPDATED: "i.updated_at",
    SortKey.TYPE: "i.report_type",
}
_VILLAGE_SORT = "COALESCE(v.village_name, '') COLLATE NOCASE"

_REGISTER_FROM = (
    " FROM incident i LEFT JOIN exchange_source s ON s.record_id = i.record_id"
    " LEFT JOIN exchange_village v ON v.village_code = s.village_code"
)


def _register_where(query: RegisterQuery) -> tuple[str, list[Any]]:
    clauses = ["i.deleted_at IS NULL"]
    params: list[Any] = []
    if query.village:
        clauses.append("s.village_code = ?")
        params.append(query.village)
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
    if query.conflicts_only:
        clauses.append("i.record_id IN (SELECT record_id FROM exchange_conflict)")
    match = fts_query(query.text)
    if match:
        clauses.append("i.id IN (SELECT rowid FROM incident_fts WHERE incident_fts MATCH ?)")
        params.append(match)
    return " WHERE " + " AND ".join(clauses), params


def count_register(query: RegisterQuery) -> int:
    where, params = _register_where(query)
    return execute(f"SELECT COUNT(*){_REGISTER_FROM}{where}", params).fetchone()[0]


def fetch_register(
    query: RegisterQuery, offset: int, limit: int, *, by_village: bool = False
) -> list[RegisterRow]:
    """Rows ``offset`` to ``offset + limit`` of the register in its order (``by_village``
    orders by village name instead of the query's sort key)."""
    where, params = _register_where(query)
    direction = "DESC" if query.descending else "ASC"
    expression = _VILLAGE_SORT if by_village else _REGISTER_ORDER.get(query.sort, "")
    order = f"{expression} {direction}, " if expression else ""
    rows = execute(
        "SELECT i.id, i.record_id, COALESCE(s.village_code, ''), COALESCE(v.village_name, ''), "
        "i.reported_on, i.report_type, i.modus, i.summary, i.destination_name, "
        "i.destination_city, i.people_count, i.has_child, i.status, i.updated_at, "
        "(SELECT COUNT(*) FROM exchange_conflict c WHERE c.record_id = i.record_id)"
        f"{_REGISTER_FROM}{where} ORDER BY {order}i.id {direction} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [RegisterRow(*r) for r in rows]


def conflict_count() -> int:
    return execute("SELECT COUNT(DISTINCT record_id) FROM exchange_conflict").fetchone()[0]
