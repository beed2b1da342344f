"""Saved job-offer checks (Cek Tawaran Kerja). Every write is one transaction.

A check is stored with the result computed when it was made and the checklist version used;
nothing here recomputes a result, so a later checklist version never changes a saved one.

Owner of the tables ``assessment`` and ``assessment_removed``; the exchange reads and merges
checks through the functions at the end.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from desktop.domain.assessment import Assessment, AssessmentNotFound, Offer
from desktop.domain.checklist import Answer, Result, RiskLevel
from desktop.storage.db import chunks, database, execute, marks, stamp, to_json

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


def _note_removed(record_id: str, removed_at: str) -> None:
    execute(
        "INSERT OR IGNORE INTO assessment_removed (record_id, removed_at) VALUES (?, ?)",
        (record_id, removed_at),
    )


def remove_by_record_ids(removed: dict[str, str]) -> int:
    """At the office: delete the checks a village deleted, and remember the record ids so that
    an older export imported later does not bring them back. Returns how many were deleted.
    Runs inside the caller's transaction."""
    count = 0
    for record_id, removed_at in removed.items():
        count += execute("DELETE FROM assessment WHERE record_id = ?", (record_id,)).rowcount
        _note_removed(record_id, removed_at)
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
