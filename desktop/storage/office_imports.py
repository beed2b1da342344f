"""At the office: the villages it knows, what each owns, the exports merged and the conflicts.

A village is an owner (``exchange_village``): its registered key, which is its identity, its
current kode wilayah with the official names of that code, the codes it had before
(``exchange_village_code``), its last export and whether it came back from a backup. Every
record (``exchange_source``) and check (``exchange_check_source``) belongs to the owner whose
export first brought it, and only that owner's exports may change it; beside the owner each
source keeps the owner's current code, which follows a signed code change, so that the
register, the recap and the patterns read a record's village from their indexes (the village's
socialisation events follow a code change through ``exchange/socialisation.py``; the register's
count of each village's records through ``storage.register_villages``). Also the import
log with each export's receipt (``exchange_import``), which export brought each version
(``exchange_version_source``) and the conflicts kept (``exchange_conflict``).

Owner of the tables ``exchange_import``, ``exchange_village``, ``exchange_village_code``,
``exchange_source``, ``exchange_version_source``, ``exchange_check_source`` and
``exchange_conflict``. Every write is a part of the caller's transaction (one per merged file),
or one transaction of its own.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any, NamedTuple

from desktop.domain.area import Area, is_kelurahan
from desktop.domain.exchange import ArrivedExport, CodeChange, MergeCounts, SourceVillage
from desktop.domain.patterns import PatternSource
from desktop.domain.security import AuditKind, fingerprint
from desktop.storage import audit, recruiter_keys, register_villages
from desktop.storage.db import chunks, database, execute, marks, parse_time, stamp

# The log's two modules it reads, not the package (which imports them all), so that only they
# are in the import circle tests/test_layering.py lists.
from desktop.storage.incidents.exchange import listed_among
from desktop.storage.incidents.listing import Joined


class Kind(Enum):
    """What a village owns: incident records and job-offer checks (each with its own ids)."""

    INCIDENT = "kejadian"
    CHECK = "cek"


_SOURCE_TABLE = {Kind.INCIDENT: "exchange_source", Kind.CHECK: "exchange_check_source"}
_KEYS_SOURCE = {Kind.INCIDENT: PatternSource.RECORD, Kind.CHECK: PatternSource.CHECK}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str | None) -> bytes | None:
    return base64.b64decode(text.encode("ascii"), validate=True) if text else None


# --- Villages (owners) ------------------------------------------------------------------------


@dataclass(frozen=True)
class Owner:
    """A village the office knows: ``public_key`` is its identity (None only for a village
    heard from before exports were signed, until its first confirmed key)."""

    id: int
    village_code: str
    public_key: bytes | None
    village_name: str
    last_sequence: int
    last_export_at: datetime | None

    @property
    def village(self) -> SourceVillage:
        return SourceVillage(
            self.village_code,
            self.village_name or self.village_code,
            is_kelurahan(self.village_code),
        )


_OWNER = (
    "SELECT id, village_code, public_key, village_name, last_sequence, last_export_at "
    "FROM exchange_village"
)


def _owner(row: Sequence[Any] | None) -> Owner | None:
    if row is None:
        return None
    return Owner(row[0], row[1], _unb64(row[2]), row[3], row[4], parse_time(row[5]))


def owner_by_key(public_key: bytes) -> Owner | None:
    return _owner(execute(_OWNER + " WHERE public_key = ?", (_b64(public_key),)).fetchone())


def owner_by_code(village_code: str) -> Owner | None:
    """The village whose current code is ``village_code``."""
    return _owner(execute(_OWNER + " WHERE village_code = ?", (village_code,)).fetchone())


def owner_by_id(owner_id: int) -> Owner | None:
    return _owner(execute(_OWNER + " WHERE id = ?", (owner_id,)).fetchone())


def registered_keys() -> dict[str, bytes]:
    """Each village's current code and registered key (for the receiver's key file)."""
    rows = execute(
        "SELECT village_code, public_key FROM exchange_village WHERE public_key IS NOT NULL"
    )
    return {code: _unb64(key) for code, key in rows}  # type: ignore[misc]


def _names(chain: Sequence[Area]) -> tuple[str, str, str, str]:
    """(village, district, regency, province) from an official chain, province first."""
    province, regency, district, village = chain
    return village.name, district.name, regency.name, province.name


def register_key(
    village_code: str, public_key: bytes, chain: Sequence[Area], export_id: str
) -> Owner:
    """An officer confirmed ``public_key`` as village ``village_code``'s key: a village heard
    from for the first time becomes an owner; one known under that code gets the key (it had
    none, or had another: a new computer, a reinstall). Audited."""
    now = stamp(datetime.now(UTC))
    village, district, regency, province = _names(chain)
    with database.atomic():
        held = owner_by_code(village_code)
        if held is None:
            execute(
                "INSERT INTO exchange_village (village_code, public_key, registered_at, "
                "registered_by_export, village_name, district_name, regency_name, "
                "province_name, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    village_code,
                    _b64(public_key),
                    now,
                    export_id,
                    village,
                    district,
                    regency,
                    province,
                    "kelurahan" if is_kelurahan(village_code) else "desa",
                ),
            )
        else:
            execute(
                "UPDATE exchange_village SET public_key = ?, registered_at = ?, "
                "registered_by_export = ? WHERE id = ?",
                (_b64(public_key), now, export_id, held.id),
            )
        kind = AuditKind.VILLAGE_KEY_ACCEPTED if held and held.public_key else None
        audit.record_event(
            kind or AuditKind.VILLAGE_KEY_REGISTERED,
            {
                "village": village_code,
                "fingerprint": fingerprint(public_key),
                "replaces": fingerprint(held.public_key) if held and held.public_key else "",
                "export": export_id,
            },
        )
        found = owner_by_code(village_code)
    assert found is not None
    return found


def past_codes(owner_id: int) -> set[str]:
    """The codes the village had before its current one."""
    rows = execute("SELECT old_code FROM exchange_village_code WHERE owner_id = ?", (owner_id,))
    return {r[0] for r in rows}


def record_code_changes(
    owner: Owner,
    changes: Iterable[CodeChange],
    current: str,
    chain: Sequence[Area],
    export_id: str,
    now: datetime,
) -> None:
    """The village's signed code changes (checked by the caller): each one kept, and the
    village's code becomes ``current`` with the official names of ``chain``. Audited."""
    rows = [
        (owner.id, c.old_code, c.new_code, c.stamp(), c.reason, export_id, stamp(now))
        for c in changes
    ]
    database.connection().executemany(
        "INSERT OR IGNORE INTO exchange_village_code (owner_id, old_code, new_code, changed_at, "
        "reason, export_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    if current == owner.village_code:
        return
    village, district, regency, province = _names(chain)
    for table in _SOURCE_TABLE.values():
        execute(f"UPDATE {table} SET village_code = ? WHERE owner_id = ?", (current, owner.id))
    recruiter_keys.move_village(owner.village_code, current)
    register_villages.moved(owner.village_code, current)
    execute(
        "UPDATE exchange_village SET village_code = ?, village_name = ?, district_name = ?, "
        "regency_name = ?, province_name = ?, role = ? WHERE id = ?",
        (
            current,
            village,
            district,
            regency,
            province,
            "kelurahan" if is_kelurahan(current) else "desa",
            owner.id,
        ),
    )
    audit.record_event(
        AuditKind.VILLAGE_CODE_CHANGE_RECEIVED,
        {"from": owner.village_code, "to": current, "export": export_id},
    )


def note_restored(owner_id: int, export_id: str, missing: int, branches: int, now: datetime):
    """The village's export shows it went back to a backup: it lacks ``missing`` versions the
    office holds from it, and ``branches`` records start again from an older version."""
    execute(
        "UPDATE exchange_village SET restored_at = ?, restored_export = ?, restored_missing = ?, "
        "restored_branches = ? WHERE id = ?",
        (stamp(now), export_id, missing, branches, owner_id),
    )


# --- What each village owns -------------------------------------------------------------------


def owners_of(kind: Kind, ids: Sequence[str]) -> dict[str, int]:
    """The owner of each of ``ids`` that has one."""
    found: dict[str, int] = {}
    for chunk in chunks(ids):
        rows = execute(
            f"SELECT record_id, owner_id FROM {_SOURCE_TABLE[kind]} "
            f"WHERE record_id IN ({marks(chunk)})",
            chunk,
        )
        found.update(rows)
    return found


def owned(owner_id: int, kind: Kind) -> list[str]:
    """The ids of everything of ``kind`` the village owns."""
    rows = execute(f"SELECT record_id FROM {_SOURCE_TABLE[kind]} WHERE owner_id = ?", (owner_id,))
    return [r[0] for r in rows]


def claim(
    kind: Kind, ids: Iterable[str], owner: Owner, export_id: str, installation_id: str
) -> None:
    """``owner`` owns those of ``ids`` nobody owns yet (the export that first brought them),
    and the recruiter keys written for them before they had a village get the owner's code."""
    ids = list(ids)
    conn = database.connection()
    if kind is Kind.INCIDENT:
        held = owners_of(kind, ids)
        register_villages.placed(
            owner.village_code,
            listed_among([i for i in dict.fromkeys(ids) if i not in held]),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO exchange_source (record_id, village_code, installation_id, "
            "export_id, owner_id) VALUES (?, ?, ?, ?, ?)",
            [(i, owner.village_code, installation_id, export_id, owner.id) for i in ids],
        )
    else:
        conn.executemany(
            "INSERT OR IGNORE INTO exchange_check_source (record_id, village_code, export_id, "
            "owner_id) VALUES (?, ?, ?, ?)",
            [(i, owner.village_code, export_id, owner.id) for i in ids],
        )
    recruiter_keys.place(_KEYS_SOURCE[kind], ids, owner.village_code)


# --- Imports ----------------------------------------------------------------------------------


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
    owner_id: int | None = None  # the village that sent it (None: imported before owners)


_IMPORT_COLUMNS = (
    "export_id, sha256, village_code, sequence, imported_at, via, file_name, new, updated, "
    "unchanged, conflicts, receipt, owner_id"
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
        owner_id=row[12],
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
    owner_id: int
    village_code: str  # as the export names it
    installation_id: str
    sequence: int
    created_at: datetime
    imported_at: datetime
    via: str
    file_name: str
    counts: MergeCounts
    receipt: dict[str, Any]


def record_import(entry: ImportRecord) -> None:
    """The import log, and when the village last exported (the latest of its exports)."""
    c = entry.counts
    execute(
        "INSERT INTO exchange_import (export_id, sha256, village_code, owner_id, "
        "installation_id, sequence, created_at, imported_at, via, file_name, new, updated, "
        "unchanged, conflicts, receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.export_id,
            entry.sha256,
            entry.village_code,
            entry.owner_id,
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
        "UPDATE exchange_village SET last_imported_at = ?, "
        "last_export_at = MAX(COALESCE(last_export_at, ''), ?), "
        "last_sequence = MAX(last_sequence, ?) WHERE id = ?",
        (stamp(entry.imported_at), stamp(entry.created_at), entry.sequence, entry.owner_id),
    )


class ConflictNote(NamedTuple):
    record_id: str
    version_id: str
    # "cabang": a version kept beside the current one (a branch, or left behind when the
    # village went back to a backup); "bentrok": the same id with other content; "penilaian":
    # a saved check with other content (or, with no version, one the village left behind)
    kind: str
    version: str  # for "bentrok" and "penilaian", what arrived (JSON), if anything; else ''


def record_conflicts(export_id: str, notes: Sequence[ConflictNote], now: datetime) -> None:
    database.connection().executemany(
        "INSERT OR IGNORE INTO exchange_conflict (record_id, version_id, kind, export_id, "
        "detected_at, version) VALUES (?, ?, ?, ?, ?, ?)",
        [(n.record_id, n.version_id, n.kind, export_id, stamp(now), n.version) for n in notes],
    )


def forget_conflicts(record_ids: Sequence[str]) -> None:
    """A record purged for good keeps no conflict: the versions kept there held its content."""
    for chunk in chunks(record_ids):
        execute(f"DELETE FROM exchange_conflict WHERE record_id IN ({marks(chunk)})", chunk)


def forget_left_behind(version_ids: Sequence[str], check_ids: Sequence[str]) -> None:
    """The village's newest export holds these versions and checks again (it went back to a
    backup that had them): they no longer stand beside what the village holds."""
    for chunk in chunks(version_ids):
        execute(
            f"DELETE FROM exchange_conflict WHERE kind = 'cabang' "
            f"AND version_id IN ({marks(chunk)})",
            chunk,
        )
    for chunk in chunks(check_ids):
        execute(
            f"DELETE FROM exchange_conflict WHERE kind = 'penilaian' AND version = '' "
            f"AND record_id IN ({marks(chunk)})",
            chunk,
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
    fingerprint: str = ""  # of the registered key ('' before one is confirmed)
    past_codes: tuple[str, ...] = ()  # the codes it had before, oldest first
    restored_at: datetime | None = None  # its export showed it went back to a backup
    restored_missing: int = 0
    restored_branches: int = 0


def villages() -> list[VillageEntry]:
    """The villages heard from, by name, with their newest export and their key (read from
    two small tables: counting each one's records would read every record's source, see
    ``records_per_village``)."""
    rows = execute(
        "SELECT v.id, v.village_code, v.village_name, v.district_name, v.regency_name, v.role, "
        "v.last_export_at, v.last_sequence, v.last_imported_at, v.public_key, v.restored_at, "
        "v.restored_missing, v.restored_branches "
        "FROM exchange_village v ORDER BY v.village_name COLLATE NOCASE, v.village_code"
    ).fetchall()
    history: dict[int, list[str]] = {}
    for owner_id, old in execute(
        "SELECT owner_id, old_code FROM exchange_village_code ORDER BY changed_at"
    ):
        history.setdefault(owner_id, []).append(old)
    return [
        VillageEntry(
            code=code,
            name=name or code,
            district_name=district,
            regency_name=regency,
            kelurahan=role == "kelurahan",
            last_export_at=parse_time(last),
            last_sequence=seq,
            last_imported_at=parse_time(imported),
            fingerprint=fingerprint(_unb64(key) or b"") if key else "",
            past_codes=tuple(history.get(owner_id, ())),
            restored_at=parse_time(restored),
            restored_missing=missing,
            restored_branches=branches,
        )
        for (
            owner_id,
            code,
            name,
            district,
            regency,
            role,
            last,
            seq,
            imported,
            key,
            restored,
            missing,
            branches,
        ) in rows
    ]


def village_order() -> list[tuple[str, str]]:
    """(name, code) of every village heard from, in the register's order by village (read from
    the index by name)."""
    rows = execute(
        "SELECT village_name, village_code FROM exchange_village "
        "ORDER BY village_name COLLATE NOCASE, village_code"
    )
    return [(name, code) for name, code in rows]


def records_per_village() -> dict[str, int]:
    """How many records each village owns, by its current code (read from the owners' index)."""
    rows = execute(
        "SELECT v.village_code, COUNT(*) FROM exchange_source s "
        "JOIN exchange_village v ON v.id = s.owner_id GROUP BY s.owner_id"
    )
    return {code: count for code, count in rows}


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
    """The exports merged here, newest first (each under the village's present name)."""
    rows = execute(
        "SELECT i.export_id, i.village_code, COALESCE(v.village_name, ''), i.sequence, "
        "i.imported_at, i.via, i.file_name, i.new, i.updated, i.unchanged, i.conflicts "
        "FROM exchange_import i LEFT JOIN exchange_village v ON v.id = i.owner_id "
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


_LAST_ROWID = 2**63 - 1


def before_village(name: str, code: str, *, descending: bool) -> tuple[Any, ...]:
    """The order key (the record's number last) of a place in the register by village just
    before the first record of village ``code`` named ``name``, in that order (``descending``:
    the villages from Z to A)."""
    edge = _LAST_ROWID if descending else 0
    return (name, code, edge, edge)


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
