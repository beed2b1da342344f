"""At the office: the exports merged (the import log and each one's receipt), the villages
heard from, which village each record and each check came from, which export brought each
version, and the conflicts kept.

Owner of the tables ``exchange_import``, ``exchange_village``, ``exchange_source``,
``exchange_version_source``, ``exchange_check_source`` and ``exchange_conflict``. Every write
is a part of the caller's transaction (one per merged file).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from desktop.domain.exchange import ArrivedExport, MergeCounts
from desktop.domain.patterns import PatternSource
from desktop.storage import recruiter_keys
from desktop.storage.db import chunks, database, execute, marks, parse_time, stamp
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
    check_ids: Sequence[str] = ()  # the record ids of the job-offer checks it holds


def record_import(entry: ImportRecord) -> None:
    """The import log, the village's latest details and the source of each record and
    check."""
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
    conn.executemany(
        "INSERT OR IGNORE INTO exchange_check_source (record_id, village_code, export_id) "
        "VALUES (?, ?, ?)",
        [(r, entry.village_code, entry.export_id) for r in entry.check_ids],
    )
    recruiter_keys.place(PatternSource.RECORD, entry.record_ids, entry.village_code)
    recruiter_keys.place(PatternSource.CHECK, entry.check_ids, entry.village_code)


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


def villages() -> list[VillageEntry]:
    """The villages heard from, by name, with their newest export (read from one small
    table: counting each one's records would read every record's source)."""
    rows = execute(
        "SELECT v.village_code, v.village_name, v.district_name, v.regency_name, v.role, "
        "v.last_export_at, v.last_sequence, v.last_imported_at "
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
        )
        for code, name, district, regency, role, last, seq, imp in rows
    ]


class RecordSource(NamedTuple):
    """The village a record came from, as the office last heard of it."""

    village_code: str
    village_name: str
    district_name: str
    regency_name: str
    kelurahan: bool


def source_of(record_id: str) -> RecordSource | None:
    """The village of a record (None for a record of no known village)."""
    row = execute(
        "SELECT s.village_code, COALESCE(v.village_name, ''), COALESCE(v.district_name, ''), "
        "COALESCE(v.regency_name, ''), COALESCE(v.role, '') FROM exchange_source s "
        "LEFT JOIN exchange_village v ON v.village_code = s.village_code WHERE s.record_id = ?",
        (record_id,),
    ).fetchone()
    if row is None:
        return None
    code, name, district, regency, role = row
    return RecordSource(code, name, district, regency, role == "kelurahan")


def record_version_sources(export_id: str, version_ids: Sequence[str]) -> None:
    """The versions an export brought here (the first export to bring one keeps it)."""
    database.connection().executemany(
        "INSERT OR IGNORE INTO exchange_version_source (version_id, export_id) VALUES (?, ?)",
        [(v, export_id) for v in version_ids],
    )


def arrivals(version_ids: Sequence[str]) -> dict[str, ArrivedExport]:
    """The export that brought each of these versions, by version id (versions imported
    before the office kept this are left out)."""
    found: dict[str, ArrivedExport] = {}
    for chunk in chunks(version_ids):
        rows = execute(
            "SELECT s.version_id, i.export_id, i.sequence, i.created_at, i.imported_at, i.via, "
            "i.file_name FROM exchange_version_source s JOIN exchange_import i "
            f"ON i.export_id = s.export_id WHERE s.version_id IN ({marks(chunk)})",
            chunk,
        )
        for version_id, export_id, sequence, made, imported, via, name in rows:
            found[version_id] = ArrivedExport(
                export_id,
                sequence,
                datetime.fromisoformat(made),
                datetime.fromisoformat(imported),
                via,
                name,
            )
    return found


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
# The villages by name (exchange_village_by_name), each village's sources in the order they
# came in (exchange_source_village holds them by rowid), then each one's record: the register
# by village is read in order, without a sort.
_BY_VILLAGE = (
    "exchange_village v CROSS JOIN exchange_source s ON s.village_code = v.village_code"
    " CROSS JOIN {list} ON i.record_id = s.record_id"
)


def sources_joined(
    *, village: str = "", conflicts_only: bool = False, by_village: bool = False
) -> Joined:
    """For the merged register (``storage.register``): each record's village (code and name)
    and number of conflicts beside the incident list, only ``village``'s records (a code; ''
    for all), only records with conflicts, ordered by village name when ``by_village``."""
    members: list[str] = []
    params: list[str] = []
    if village:
        members.append("SELECT record_id FROM exchange_source WHERE village_code = ?")
        params.append(village)
    if conflicts_only:
        members.append("SELECT record_id FROM exchange_conflict")
    return Joined(
        members=tuple(members),
        params=tuple(params),
        joins=_SOURCES,
        columns=(
            ", COALESCE(s.village_code, ''), COALESCE(v.village_name, ''), "
            "(SELECT COUNT(*) FROM exchange_conflict c WHERE c.record_id = i.record_id)"
        ),
        order=("v.village_name COLLATE NOCASE", "v.village_code", "s.rowid") if by_village else (),
        order_from=_BY_VILLAGE if by_village else "",
    )


class District(NamedTuple):
    code: str  # the kecamatan's kode wilayah, e.g. 15.02.02
    name: str
    regency_name: str


def districts() -> list[District]:
    """The kecamatan of the villages heard from, by name."""
    rows = execute(
        "SELECT DISTINCT substr(village_code, 1, 8), district_name, regency_name "
        "FROM exchange_village ORDER BY district_name COLLATE NOCASE, 1"
    )
    return [District(*r) for r in rows]


def _in_district(column: str, district: str) -> tuple[str, tuple[str, str]]:
    """``column`` (a village code) within kecamatan ``district``, as a range an index reads."""
    return f"{column} >= ? AND {column} < ?", (f"{district}.", f"{district}/")


class CheckSource(NamedTuple):
    village_code: str
    village_name: str
    district_name: str
    kelurahan: bool


def check_sources_joined(*, village: str = "", district: str = "") -> Joined:
    """For the office's list of checks (``storage.assessments``, whose table is ``a`` there):
    each check's village code, name, kecamatan and whether it is a kelurahan, and only
    ``village``'s checks or those of kecamatan ``district`` (codes; '' for all)."""
    clauses: list[str] = []
    params: list[str] = []
    if village:
        clauses.append("cs.village_code = ?")
        params.append(village)
    if district:
        clause, bounds = _in_district("cs.village_code", district)
        clauses.append(clause)
        params += bounds
    return Joined(
        joins=(
            " LEFT JOIN exchange_check_source cs ON cs.record_id = a.record_id"
            " LEFT JOIN exchange_village cv ON cv.village_code = cs.village_code"
        ),
        columns=(
            ", COALESCE(cs.village_code, ''), COALESCE(cv.village_name, ''), "
            "COALESCE(cv.district_name, ''), COALESCE(cv.role, '') = 'kelurahan'"
        ),
        clauses=tuple(clauses),
        params=tuple(params),
    )


def check_source_of(record_id: str) -> CheckSource | None:
    """The village a check came from (None when not known)."""
    row = execute(
        "SELECT cs.village_code, COALESCE(v.village_name, ''), COALESCE(v.district_name, ''), "
        "COALESCE(v.role, '') = 'kelurahan' FROM exchange_check_source cs "
        "LEFT JOIN exchange_village v ON v.village_code = cs.village_code WHERE cs.record_id = ?",
        (record_id,),
    ).fetchone()
    return None if row is None else CheckSource(row[0], row[1], row[2], bool(row[3]))


def tally_villages(records: tuple[str, Sequence[Any]]) -> list[tuple[str, int]]:
    """How many of these records (a subquery of record ids and its parameters, from
    ``storage.incidents``) came from each village, the most first."""
    subquery, params = records
    rows = execute(
        "SELECT village_code, COUNT(*) FROM exchange_source INDEXED BY exchange_source_by_record "
        f"WHERE record_id IN ({subquery}) GROUP BY village_code ORDER BY COUNT(*) DESC, "
        "village_code",
        params,
    )
    return [(code, count) for code, count in rows]


def village_places() -> dict[str, tuple[str, str, str]]:
    """Every village heard from: its (kecamatan, kabupaten, village) names by kode wilayah."""
    rows = execute(
        "SELECT village_code, district_name, regency_name, village_name FROM exchange_village"
    )
    return {code: (district, regency, name) for code, district, regency, name in rows}


def village_names_joined() -> Joined:
    """Each of the register's records with its village's code, name, kecamatan and kabupaten
    (for a table of figures)."""
    return Joined(
        joins=_SOURCES,
        columns=(
            ", COALESCE(s.village_code, ''), COALESCE(v.village_name, ''), "
            "COALESCE(v.district_name, ''), COALESCE(v.regency_name, '')"
        ),
    )


def villages_of(record_ids: Sequence[str], *, checks: bool = False) -> dict[str, str]:
    """The village code of each of these records (or checks), by record id."""
    sql = (
        "SELECT record_id, village_code FROM exchange_check_source WHERE record_id IN ({})"
        if checks
        else "SELECT record_id, village_code FROM exchange_source WHERE record_id IN ({})"
    )
    found: dict[str, str] = {}
    for chunk in chunks(record_ids):
        found.update(execute(sql.format(marks(chunk)), chunk))
    return found
