"""One record's life in the log: saving a change, moving it to Terhapus, restoring it, purging
it (one, or all kept in Terhapus past the retention period), the office's choice of its current
version; and reading it back, its versions and its history (and the number, date and summary
of a few records). Each write is one transaction that adds a version and makes it current
(``current``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from desktop.domain.incident import (
    HistoryEntry,
    Incident,
    RecordMeta,
    RecordNotFound,
    RecordState,
    StaleRecord,
    StoredIncident,
    StoredVersion,
    build_history,
    from_payload,
    to_payload,
)
from desktop.storage import register_villages
from desktop.storage.db import chunks, database, execute, marks, parse_stamp, parse_time, stamp
from desktop.storage.incidents.current import (
    _VERSION_COLUMNS,
    _delete_projection,
    _insert_version,
    _make_current,
    _version,
)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


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
# Reading records and their history


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
