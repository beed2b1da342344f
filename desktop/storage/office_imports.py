"""At the office: the exports merged (the import log and each one's receipt), the villages
heard from, which village each record came from, and the conflicts kept.

Owner of the tables ``exchange_import``, ``exchange_village``, ``exchange_source`` and
``exchange_conflict``. Every write is a part of the caller's transaction (one per merged file).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from desktop.domain.exchange import MergeCounts
from desktop.storage.db import database, execute, parse_time, stamp
from desktop.storage.incidents import Joined


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


_IMPORT_COLUMNS = (
    "export_id, sha256, village_code, sequence, imported_at, via, file_name, new, updated, "
    "unchanged, conflicts, receipt"
)


def _import_entry(row: Sequence[Any]) -> ImportEntry:
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


def find_import(export_id: str) -> ImportEntry | None:
    row = execute(
        f"SELECT {_IMPORT_COLUMNS} FROM exchange_import WHERE export_id = ?", (export_id,)
    ).fetchone()
    return _import_entry(row) if row else None


def imports_after(row: int, limit: int) -> list[tuple[int, ImportEntry]]:
    """The imports recorded after row ``row`` of the import log (row numbers only grow),
    oldest first, each with its row number."""
    rows = execute(
        f"SELECT rowid, {_IMPORT_COLUMNS} FROM exchange_import WHERE rowid > ? "
        "ORDER BY rowid LIMIT ?",
        (row, limit),
    )
    return [(r[0], _import_entry(r[1:])) for r in rows]


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


def conflict_count() -> int:
    """How many records have a conflict kept."""
    return execute("SELECT COUNT(DISTINCT record_id) FROM exchange_conflict").fetchone()[0]


_SOURCES = (
    " LEFT JOIN exchange_source s ON s.record_id = i.record_id"
    " LEFT JOIN exchange_village v ON v.village_code = s.village_code"
)


def sources_joined(
    *, village: str = "", conflicts_only: bool = False, by_village: bool = False
) -> Joined:
    """For the merged register (``storage.register``): each record's village (code and name)
    and number of conflicts beside the incident list, only ``village``'s records (a code; ''
    for all), only records with conflicts, ordered by village name when ``by_village``."""
    clauses: list[str] = []
    params: list[str] = []
    if village:
        clauses.append("s.village_code = ?")
        params.append(village)
    if conflicts_only:
        clauses.append("i.record_id IN (SELECT record_id FROM exchange_conflict)")
    return Joined(
        joins=_SOURCES,
        columns=(
            ", COALESCE(s.village_code, ''), COALESCE(v.village_name, ''), "
            "(SELECT COUNT(*) FROM exchange_conflict c WHERE c.record_id = i.record_id)"
        ),
        clauses=tuple(clauses),
        params=tuple(params),
        order="COALESCE(v.village_name, '') COLLATE NOCASE" if by_village else "",
    )
