"""The current state of each record, rewritten from its current version's snapshot: the
``incident`` row and the people, identities, referrals, search text and recruiter keys
projected from it (``_project``), for one change (``_make_current``), for many new records in
one transaction (``add_new_records``: demo data, bulk imports) and for identities filled in
(``add_identities``); and a version as ``incident_version`` holds it, written and read. The
lowest part of ``storage.incidents``: its other modules change the current state only through
these. Each record entering or leaving the list is told to ``storage.register_villages``; the
recruiter keys are kept through ``storage.recruiter_keys``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from functools import cache
from typing import Any, NamedTuple

from desktop.domain.countries import load_countries
from desktop.domain.incident import AgeBand, RecordState, Status, StoredVersion
from desktop.domain.patterns import PatternSource, record_keys
from desktop.resources import resource_path
from desktop.storage import recruiter_keys, register_villages
from desktop.storage.db import database, execute, marks, stamp, to_json


@cache
def country_names() -> dict[str, str]:
    """ISO code -> Indonesian name, from the shipped list."""
    return load_countries(resource_path("countries", "countries_id.csv"))


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
