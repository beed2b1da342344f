"""What a village holds and what its office holds of it, as plain data, and their comparison.

One process has one database open at a time, so a test takes a snapshot of each side while it
is open and compares the snapshots afterwards:

    with opened(village_paths):
        village = village_state()
    with opened(office_paths):
        office = office_state("15.02.02.2004")      # the village's current code
    result = compare(village, office)
    assert result.equal, result.differences
    result.conflicts                                  # what the office keeps as conflicts

Compared: every record (its versions: ids, previous version, time, author, state, reason and
content; its current version; whether it was removed for good), every saved check and every
deleted check. Identities (names, NIK, phones) are compared apart: an export without them
leaves the office without them, so contents are compared without identities, and the office
must never hold an identity the village does not.

The office keeps what the village left behind when it went back to a backup (versions,
whole records, checks) as conflicts: held at the office only, and listed in ``conflicts``
rather than counted as differences. Anything else held on one side only is a difference.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.exchange import VersionRow
from desktop.domain.incident import RecordNotFound, RecordState
from desktop.exchange.wire.format import strip_identities
from desktop.storage import assessments, incidents, office_imports
from desktop.storage.office_imports import ConflictNote, Kind


@dataclass(frozen=True)
class HeldRecord:
    record_id: str
    current: str | None  # the version the record is at (None: removed for good)
    versions: dict[str, tuple[Any, ...]]  # version id -> what it is, identities left out
    identities: dict[str, frozenset[str]]  # version id -> the identities it holds (as JSON)
    purged: bool


@dataclass(frozen=True)
class Snapshot:
    records: dict[str, HeldRecord]
    checks: dict[str, str]  # record id -> the check in export form (JSON)
    removed_checks: frozenset[str]
    conflicts: tuple[ConflictNote, ...] = ()


@dataclass
class Comparison:
    differences: list[str] = field(default_factory=list)
    conflicts: tuple[ConflictNote, ...] = ()

    @property
    def equal(self) -> bool:
        return not self.differences


def _identities(payload_text: str) -> frozenset[str]:
    payload = json.loads(payload_text)
    return frozenset(
        json.dumps(p["identity"], sort_keys=True)
        for p in payload.get("people", ())
        if p.get("identity")
    )


def _record(record_id: str, rows: list[VersionRow]) -> HeldRecord:
    try:
        current: str | None = incidents.load_incident(record_id).meta.version_id
    except RecordNotFound:
        current = None
    versions = {
        r.version_id: (
            r.prev_version_id,
            r.saved_at,
            r.author,
            r.state,
            r.reason,
            strip_identities(r.payload),
        )
        for r in rows
    }
    identities = {r.version_id: _identities(r.payload) for r in rows}
    purged = any(r.state == RecordState.PURGED.value for r in rows)
    return HeldRecord(record_id, current, versions, identities, purged)


def _records(only: set[str] | None) -> dict[str, HeldRecord]:
    grouped = ([VersionRow._make(v) for v in rows] for rows in incidents.version_rows())
    return {
        rows[0].record_id: _record(rows[0].record_id, rows)
        for rows in grouped
        if only is None or rows[0].record_id in only
    }


def _checks(only: set[str] | None) -> dict[str, str]:
    return {
        item["record_id"]: json.dumps(item, sort_keys=True)
        for item in assessments.export_items()
        if only is None or item["record_id"] in only
    }


def village_state() -> Snapshot:
    """Everything the open village installation holds."""
    return Snapshot(
        records=_records(None),
        checks=_checks(None),
        removed_checks=frozenset(r["record_id"] for r in assessments.removed_export_items()),
    )


def office_state(village_code: str) -> Snapshot:
    """Everything the open office holds that belongs to the village now known by
    ``village_code``, with the conflicts kept for its records."""
    owner = office_imports.owner_by_code(village_code)
    if owner is None:
        return Snapshot({}, {}, frozenset())
    records = set(office_imports.owned(owner.id, Kind.INCIDENT))
    checks = office_imports.owned(owner.id, Kind.CHECK)
    conflicts = tuple(
        n for r in sorted(records.union(checks)) for n in office_imports.conflicts_of(r)
    )
    return Snapshot(
        records=_records(records),
        checks=_checks(set(checks)),
        removed_checks=frozenset(assessments.removed_record_ids(checks)),
        conflicts=conflicts,
    )


def compare(village: Snapshot, office: Snapshot) -> Comparison:
    """The office's snapshot against the village's: equal when the office holds exactly what
    the village holds, apart from what it keeps as conflicts (identities aside, see the module
    docstring); the differences say what is not, one line each, and the office's conflicts
    are listed."""
    found = Comparison(conflicts=office.conflicts)
    say = found.differences.append
    kept = {(n.record_id, n.version_id) for n in office.conflicts}
    for record_id in sorted(village.records.keys() - office.records.keys()):
        say(f"record {record_id}: at the village, not at the office")
    for record_id in sorted(office.records.keys() - village.records.keys()):
        if any((record_id, v) not in kept for v in office.records[record_id].versions):
            say(f"record {record_id}: at the office, not at the village")
    for record_id in sorted(village.records.keys() & office.records.keys()):
        ours, theirs = village.records[record_id], office.records[record_id]
        if ours.purged != theirs.purged:
            say(f"record {record_id}: removed for good on one side only")
        if ours.current != theirs.current:
            say(f"record {record_id}: at {theirs.current} at the office, {ours.current} here")
        for version_id in sorted(ours.versions.keys() - theirs.versions.keys()):
            say(f"record {record_id}: version {version_id} only at the village")
        for version_id in sorted(theirs.versions.keys() - ours.versions.keys()):
            if (record_id, version_id) not in kept:
                say(f"record {record_id}: version {version_id} only at the office")
        for version_id in sorted(ours.versions.keys() & theirs.versions.keys()):
            if ours.versions[version_id] != theirs.versions[version_id]:
                say(f"record {record_id}: version {version_id} differs")
            if theirs.identities[version_id] - ours.identities[version_id]:
                say(
                    f"record {record_id}: version {version_id}: the office holds identities "
                    "the village does not"
                )
    for record_id in sorted(village.checks.keys() - office.checks.keys()):
        say(f"check {record_id}: only at the village")
    for record_id in sorted(office.checks.keys() - village.checks.keys()):
        if (record_id, record_id) not in kept:
            say(f"check {record_id}: only at the office")
    for record_id in sorted(village.checks.keys() & office.checks.keys()):
        if village.checks[record_id] != office.checks[record_id]:
            say(f"check {record_id}: differs")
    for record_id in sorted(village.removed_checks ^ office.removed_checks):
        side = "village" if record_id in village.removed_checks else "office"
        say(f"deleted check {record_id}: deleted only at the {side}")
    return found
