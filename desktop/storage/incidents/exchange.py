"""What the exchange layer asks of the log: the versions held (what an export holds, what the
office's merge compares), the records known, purged or current here, the marks of changes; and
the writes of versions made elsewhere (``insert_version``), of a purge received and of the
purges kept across a restore from a backup.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from enum import Enum

from desktop.domain.exchange import VersionFields, VersionRow
from desktop.domain.incident import RecordState, StoredVersion, VersionClash
from desktop.storage.db import chunks, database, execute, marks, stamp
from desktop.storage.incidents.current import (
    _VERSION_COLUMNS,
    _insert_version,
    _make_current,
    _version,
    _version_values,
)
from desktop.storage.incidents.records import _head, _purge


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
