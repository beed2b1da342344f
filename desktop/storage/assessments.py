"""Saved job-offer checks (Cek Tawaran Kerja). Every write is one transaction.

A check is stored with the result computed when it was made and the checklist version used;
nothing here recomputes a result, so a later checklist version never changes a saved one.

Owner of the tables ``assessment`` and ``assessment_removed``; the exchange reads and merges
checks through the functions "for the exchange layer", and the office lists and counts every
village's checks through those at the end (its own tables put beside them with ``Joined``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, NamedTuple

from desktop.domain.assessment import Assessment, AssessmentNotFound, Offer
from desktop.domain.checklist import Answer, Result, RiskLevel
from desktop.domain.patterns import PatternSource, check_keys
from desktop.storage import recruiter_keys
from desktop.storage.db import chunks, database, execute, marks, stamp, to_json
from desktop.storage.incidents import Joined

_COLUMNS = (
    "id, record_id, assessed_on, initials, company, destination, job, recruiter_contact, "
    "checklist_version, answers, level, score, result, incident_record_id"
)


class AssessmentRow(NamedTuple):
    """One line of the list of saved checks."""

    id: int
    assessed_on: date
    initials: str
    destination: str
    job: str
    level: RiskLevel
    checklist_version: int
    has_incident: bool


def save_assessment(assessment: Assessment, *, now: datetime | None = None) -> Assessment:
    """Store a new check and return it with its id and record id. A saved check is final."""
    if assessment.id is not None:
        raise ValueError("a saved assessment is never rewritten")
    record_id = assessment.record_id or str(uuid.uuid4())
    result = assessment.result
    offer = assessment.offer
    with database.atomic():
        cursor = execute(
            "INSERT INTO assessment (record_id, created_at, assessed_on, initials, company, "
            "destination, job, recruiter_contact, checklist_version, answers, level, score, "
            "result, incident_record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record_id,
                stamp(now or datetime.now(UTC)),
                assessment.assessed_on.isoformat(),
                assessment.initials,
                offer.company,
                offer.destination,
                offer.job,
                offer.recruiter_contact,
                result.checklist_version,
                to_json({k: a.value for k, a in assessment.answers.items()}),
                result.level.value,
                result.score,
                to_json(result.to_dict()),
                assessment.incident_record_id,
            ),
        )
        new_id = cursor.lastrowid
        seen = check_keys(offer.company, offer.recruiter_contact)
        day = assessment.assessed_on.isoformat()
        recruiter_keys.add_keys(recruiter_keys.key_rows(PatternSource.CHECK, record_id, day, seen))
    return replace(assessment, id=new_id, record_id=record_id)


def _assessment(row: Sequence[Any]) -> Assessment:
    (
        id_,
        record_id,
        assessed_on,
        initials,
        company,
        destination,
        job,
        contact,
        _version,
        answers,
        _level,
        _score,
        result,
        incident,
    ) = row
    return Assessment(
        assessed_on=date.fromisoformat(assessed_on),
        initials=initials,
        offer=Offer(company, destination, job, contact),
        answers={k: Answer(v) for k, v in json.loads(answers).items()},
        result=Result.from_dict(json.loads(result)),
        record_id=record_id,
        id=id_,
        incident_record_id=incident,
    )


def load_assessment(assessment_id: int) -> Assessment:
    row = execute(f"SELECT {_COLUMNS} FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
    if row is None:
        raise AssessmentNotFound(assessment_id)
    return _assessment(row)


def list_assessments() -> list[AssessmentRow]:
    """Every saved check, newest first."""
    rows = execute(
        "SELECT id, assessed_on, initials, destination, job, level, checklist_version, "
        "incident_record_id IS NOT NULL FROM assessment ORDER BY assessed_on DESC, id DESC"
    ).fetchall()
    return [
        AssessmentRow(
            id_,
            date.fromisoformat(day),
            initials,
            destination,
            job,
            RiskLevel(level),
            version,
            bool(linked),
        )
        for id_, day, initials, destination, job, level, version, linked in rows
    ]


def linked_to(incident_record_id: str) -> list[Assessment]:
    """The checks an incident was recorded from, oldest first."""
    rows = execute(
        f"SELECT {_COLUMNS} FROM assessment WHERE incident_record_id = ? ORDER BY assessed_on, id",
        (incident_record_id,),
    )
    return [_assessment(r) for r in rows]


class CheckCount(NamedTuple):
    made: int
    high_risk: int  # of those, at a high or very high risk


def checks_made(first: date, last: date) -> CheckCount:
    """The checks made from ``first`` to ``last`` (inclusive), read from the day index."""
    high = [RiskLevel.HIGH.value, RiskLevel.VERY_HIGH.value]
    made, risky = execute(
        "SELECT COUNT(*), COALESCE(SUM(level IN (?, ?)), 0) FROM assessment "
        "WHERE assessed_on BETWEEN ? AND ?",
        (*high, first.isoformat(), last.isoformat()),
    ).fetchone()
    return CheckCount(made, risky)


def delete_assessment(assessment_id: int, *, now: datetime | None = None) -> None:
    """Delete a saved check. Its record id is kept (``assessment_removed``), nothing else, so
    that the next export tells the office to delete its copy too."""
    with database.atomic():
        row = execute("SELECT record_id FROM assessment WHERE id = ?", (assessment_id,)).fetchone()
        if row is None:
            raise AssessmentNotFound(assessment_id)
        execute("DELETE FROM assessment WHERE id = ?", (assessment_id,))
        moment = stamp(now or datetime.now(UTC))
        _note_removed(row[0], moment)
        recruiter_keys.forget(PatternSource.CHECK, row[0])


def _note_removed(record_id: str, removed_at: str) -> None:
    execute(
        "INSERT OR IGNORE INTO assessment_removed (record_id, removed_at) VALUES (?, ?)",
        (record_id, removed_at),
    )


def keep_removed(removed: dict[str, str]) -> int:
    """After a restore from a backup: the checks deleted in the data it replaced (``removed``:
    record id -> when, read before) are deleted again. Returns how many were deleted."""
    with database.atomic():
        return remove_by_record_ids(removed)


def remove_by_record_ids(removed: dict[str, str]) -> int:
    """At the office: delete the checks a village deleted, and remember the record ids so that
    an older export imported later does not bring them back. Returns how many were deleted.
    Runs inside the caller's transaction."""
    count = 0
    for record_id, removed_at in removed.items():
        count += execute("DELETE FROM assessment WHERE record_id = ?", (record_id,)).rowcount
        _note_removed(record_id, removed_at)
        recruiter_keys.forget(PatternSource.CHECK, record_id)
    return count


def link_incident(assessment_id: int, incident_record_id: str) -> None:
    """Remember the incident recorded from this check (its record id, stable in exports)."""
    with database.atomic():
        cursor = execute(
            "UPDATE assessment SET incident_record_id = ? WHERE id = ?",
            (incident_record_id, assessment_id),
        )
        if cursor.rowcount == 0:
            raise AssessmentNotFound(assessment_id)


# ---------------------------------------------------------------------------------------------
# For the exchange layer: the checks in export form

_EXPORT_SQL = (
    "SELECT record_id, created_at, assessed_on, initials, company, destination, job, "
    "recruiter_contact, answers, result, incident_record_id FROM assessment"
)


def _export_item(row: Sequence[Any]) -> dict[str, Any]:
    """A row of ``_EXPORT_SQL`` in export form."""
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


def export_items() -> list[dict[str, Any]]:
    """The saved checks in export form, by record id."""
    return [_export_item(row) for row in execute(f"{_EXPORT_SQL} ORDER BY record_id")]


def record_ids() -> Iterator[str]:
    """The record id of every saved check, in id order (see ``incidents.version_ids``)."""
    yield from (r[0] for r in execute("SELECT record_id FROM assessment ORDER BY 1"))


def held_export_items(ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Export forms of the checks held under these record ids, by record id."""
    held = {}
    for chunk in chunks(ids):
        for row in execute(f"{_EXPORT_SQL} WHERE record_id IN ({marks(chunk)})", chunk):
            held[row[0]] = _export_item(row)
    return held


def removed_export_items() -> list[dict[str, str]]:
    """The deleted checks in export form (record id and when), by record id."""
    rows = execute("SELECT record_id, removed_at FROM assessment_removed ORDER BY record_id")
    return [{"record_id": r, "removed_at": at} for r, at in rows]


def change_marks() -> tuple[int, int]:
    """(newest saved check, newest deleted check) as row numbers, which only grow: the checks
    saved or deleted after a moment are those above its marks."""
    return execute(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM assessment), "
        "(SELECT COALESCE(MAX(rowid), 0) FROM assessment_removed)"
    ).fetchone()


def changed_since(checks: int, removed: int) -> int:
    """How many checks were saved, and how many deleted, after the marks ``checks`` and
    ``removed``."""
    return execute(
        "SELECT (SELECT COUNT(*) FROM assessment WHERE id > ?) + "
        "(SELECT COUNT(*) FROM assessment_removed WHERE rowid > ?)",
        (checks, removed),
    ).fetchone()[0]


def removed_record_ids(ids: Sequence[str]) -> set[str]:
    """Which of these record ids belong to checks deleted at their village."""
    found: set[str] = set()
    for chunk in chunks(ids):
        query = f"SELECT record_id FROM assessment_removed WHERE record_id IN ({marks(chunk)})"
        found.update(r[0] for r in execute(query, chunk))
    return found


# ---------------------------------------------------------------------------------------------
# At the office: the checks of every village, filtered, ordered and counted in SQL


class CheckSort(Enum):
    DAY = "day"
    LEVEL = "level"
    DESTINATION = "destination"


@dataclass(frozen=True)
class CheckQuery:
    """Which checks the office's list shows. ``stage`` is a checklist stage key; '' means
    checks made without a stage (question list version 1); None means any."""

    date_from: date | None = None
    date_to: date | None = None
    level: RiskLevel | None = None
    destination: str = ""  # part of the destination as typed at the village
    stage: str | None = None
    sort: CheckSort = CheckSort.DAY
    descending: bool = True


class CheckRow(NamedTuple):
    id: int
    record_id: str
    assessed_on: str
    initials: str
    company: str
    destination: str
    job: str
    recruiter_contact: str
    level: str
    stage: str
    checklist_version: int
    incident_record_id: str | None


class CheckTally(Enum):
    """What the office's checks are counted by."""

    LEVEL = "level"
    DESTINATION = "destination"
    STAGE = "stage"


# The list's queries name the table ``a``; another owner's ``Joined`` is written for that name.
_STAGE = "COALESCE(json_extract(a.result, '$.stage'), '')"
_LEVEL_ORDER = " ".join(f"WHEN '{level.value}' THEN {n}" for n, level in enumerate(RiskLevel))
_CHECK_ORDER = {
    CheckSort.DAY: ("a.assessed_on",),
    CheckSort.LEVEL: (f"CASE a.level {_LEVEL_ORDER} ELSE {len(RiskLevel)} END", "a.assessed_on"),
    CheckSort.DESTINATION: ("a.destination COLLATE NOCASE", "a.assessed_on"),
}
# (what is counted together, how it is shown)
_TALLIED = {
    CheckTally.LEVEL: ("a.level", "a.level"),
    # As typed at the villages: the same place written with other capitals or spaces around it
    # is one, shown as one of its spellings (capitals first).
    CheckTally.DESTINATION: ("lower(trim(a.destination))", "MIN(trim(a.destination))"),
    CheckTally.STAGE: (_STAGE, _STAGE),
}


def _check_where(query: CheckQuery, joined: Joined) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.date_from is not None:
        clauses.append("a.assessed_on >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        clauses.append("a.assessed_on <= ?")
        params.append(query.date_to.isoformat())
    if query.level is not None:
        clauses.append("a.level = ?")
        params.append(query.level.value)
    if query.destination.strip():
        clauses.append("a.destination LIKE ? ESCAPE '\\'")
        typed = query.destination.strip().replace("\\", "\\\\").replace("%", "\\%")
        params.append("%" + typed.replace("_", "\\_") + "%")
    if query.stage is not None:
        clauses.append(f"{_STAGE} = ?")
        params.append(query.stage)
    clauses += joined.clauses
    params += joined.params
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def count_checks(query: CheckQuery, joined: Joined) -> int:
    """How many checks the list has (with ``joined``'s filters added)."""
    where, params = _check_where(query, joined)
    joins = joined.joins if joined.clauses else ""
    return execute(f"SELECT COUNT(*) FROM assessment a{joins}{where}", params).fetchone()[0]


def fetch_checks(
    query: CheckQuery, offset: int, limit: int, joined: Joined
) -> list[tuple[CheckRow, tuple[Any, ...]]]:
    """Rows ``offset`` to ``offset + limit`` of the list in its order, each with the values of
    ``joined.columns``."""
    where, params = _check_where(query, joined)
    direction = "DESC" if query.descending else "ASC"
    expressions = (joined.order,) if joined.order else _CHECK_ORDER[query.sort]
    order = ", ".join([*(f"{e} {direction}" for e in expressions), f"a.id {direction}"])
    rows = execute(
        "SELECT a.id, a.record_id, a.assessed_on, a.initials, a.company, a.destination, a.job, "
        f"a.recruiter_contact, a.level, {_STAGE}, a.checklist_version, a.incident_record_id"
        f"{joined.columns} FROM assessment a{joined.joins}{where} ORDER BY {order} "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    width = len(CheckRow._fields)
    return [(CheckRow._make(r[:width]), tuple(r[width:])) for r in rows]


def tally_checks(query: CheckQuery, by: CheckTally, joined: Joined) -> list[tuple[str, int]]:
    """How many checks of the list have each value of ``by``, the most first."""
    where, params = _check_where(query, joined)
    joins = joined.joins if joined.clauses else ""
    grouped, shown = _TALLIED[by]
    rows = execute(
        f"SELECT {shown}, COUNT(*) FROM assessment a{joins}{where} "
        f"GROUP BY {grouped} ORDER BY COUNT(*) DESC, {grouped}",
        params,
    )
    return [(value or "", count) for value, count in rows]


def find_by_record_id(record_id: str) -> Assessment | None:
    """A check by its record id (stable across the exchange); None when not held."""
    found = execute(f"SELECT {_COLUMNS} FROM assessment WHERE record_id = ?", (record_id,))
    row = found.fetchone()
    return None if row is None else _assessment(row)


def offers(record_ids: Sequence[str]) -> dict[str, tuple[str, str, str, str]]:
    """(date checked, company, destination, job) of each of these checks held, by record id."""
    found: dict[str, tuple[str, str, str, str]] = {}
    for chunk in chunks(record_ids):
        rows = execute(
            "SELECT record_id, assessed_on, company, destination, job FROM assessment "
            f"WHERE record_id IN ({marks(chunk)})",
            chunk,
        )
        found.update((r[0], (r[1], r[2], r[3], r[4])) for r in rows)
    return found
