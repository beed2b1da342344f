"""The recruiter phone numbers, companies and recruiter names of every record and job-offer
check, normalised (``domain.patterns``), each with the village of its record or check, so that
the office finds the same one in several villages from one index. Kept by the owners of the
records and checks as they change: a record's keys are its current live version's (none while
it is in Terhapus), a check's are its own; a purge or a deletion takes them away. A key's
village is the one the office holds for its record or check (``storage.office_imports``), set
when the keys are written, or by the import that brings a new record.

Owner of the table ``recruiter_key``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from desktop.domain.patterns import PatternKind, PatternSource, Seen
from desktop.storage.db import chunks, database, execute, marks

_INSERT = (
    "INSERT OR IGNORE INTO recruiter_key (source, record_id, kind, key, shown, seen_on, "
    "village_code) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def key_rows(
    source: PatternSource, record_id: str, seen_on: str, seen: Iterable[Seen]
) -> list[tuple[str, ...]]:
    """Rows for ``add_keys``."""
    return [(source.value, record_id, s.kind.value, s.key, s.shown, seen_on) for s in seen]


def add_keys(rows: Iterable[tuple[str, ...]]) -> None:
    """Add keys of records or checks that have none yet, each with its village when the
    office holds one (inside the caller's transaction)."""
    from desktop.storage import office_imports  # it imports the list this module serves

    rows = list(rows)
    if not rows:
        return
    records = [r[1] for r in rows if r[0] == PatternSource.RECORD.value]
    checks = [r[1] for r in rows if r[0] == PatternSource.CHECK.value]
    villages = office_imports.villages_of(records) if records else {}
    if checks:
        villages.update(office_imports.villages_of(checks, checks=True))
    database.connection().executemany(_INSERT, [(*r, villages.get(r[1], "")) for r in rows])


def place(source: PatternSource, record_ids: Sequence[str], village_code: str) -> None:
    """The village of records or checks that came to the office with an import (their keys
    were written before their village was; inside the import's transaction)."""
    for chunk in chunks(record_ids):
        execute(
            "UPDATE recruiter_key SET village_code = ? WHERE source = ? AND village_code = '' "
            f"AND record_id IN ({marks(chunk)})",
            (village_code, source.value, *chunk),
        )


def move_village(old: str, new: str) -> None:
    """A village's code changed by a change it signed: its keys follow it (inside the
    import's transaction)."""
    execute("UPDATE recruiter_key SET village_code = ? WHERE village_code = ?", (new, old))


def forget(source: PatternSource, record_id: str) -> None:
    """A record's or check's keys go (inside the caller's transaction)."""
    execute(
        "DELETE FROM recruiter_key WHERE source = ? AND record_id = ?",
        (source.value, record_id),
    )


def in_villages(villages: int) -> list[tuple[Any, ...]]:
    """Every value seen in at least ``villages`` villages: (kind, key, as written, villages,
    records, checks, first seen, last seen), read in one pass over the index (a key of no
    known village is left out)."""
    return execute(
        "SELECT kind, key, MIN(shown), COUNT(DISTINCT village_code), "
        f"SUM(source = '{PatternSource.RECORD.value}'), "
        f"SUM(source = '{PatternSource.CHECK.value}'), MIN(seen_on), MAX(seen_on) "
        "FROM recruiter_key WHERE village_code > '' GROUP BY kind, key "
        "HAVING COUNT(DISTINCT village_code) >= ?",
        (villages,),
    ).fetchall()


def by_village(kind: PatternKind, key: str) -> list[tuple[Any, ...]]:
    """Where one value was seen: (village code, records, checks, first seen, last seen)."""
    return execute(
        f"SELECT village_code, SUM(source = '{PatternSource.RECORD.value}'), "
        f"SUM(source = '{PatternSource.CHECK.value}'), MIN(seen_on), MAX(seen_on) "
        "FROM recruiter_key WHERE kind = ? AND key = ? AND village_code > '' "
        "GROUP BY village_code",
        (kind.value, key),
    ).fetchall()


def behind(
    kind: PatternKind, key: str, *, limit: int
) -> tuple[int, list[tuple[PatternSource, str, str, str]]]:
    """How many records and checks a value was seen in, and the newest ``limit`` of them as
    (source, record id, date, village code)."""
    total = execute(
        "SELECT COUNT(*) FROM recruiter_key WHERE kind = ? AND key = ?", (kind.value, key)
    ).fetchone()[0]
    rows = execute(
        "SELECT source, record_id, seen_on, village_code FROM recruiter_key "
        "WHERE kind = ? AND key = ? ORDER BY seen_on DESC, record_id LIMIT ?",
        (kind.value, key, limit),
    )
    return total, [(PatternSource(s), r, d, v) for s, r, d, v in rows]
