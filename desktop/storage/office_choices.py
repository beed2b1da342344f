"""At the office: the officer's choices between versions of a record that do not follow each
other ("Pakai versi ini"), each one audited and reversible. A choice makes a version already
held the record's current one (``storage.incidents``); undoing it makes the version it replaced
current again.

Owner of the table ``office_version_choice``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from desktop.domain.incident import StaleRecord
from desktop.domain.review import VersionChoice, tidy_officer
from desktop.domain.security import AuditKind
from desktop.storage import audit, incidents, office_review
from desktop.storage.db import chunks, database, execute, marks, parse_stamp, parse_time, stamp

_COLUMNS = "id, record_id, chosen_version, previous_version, chosen_at, chosen_by, undone_at"


def _choice(row: tuple) -> VersionChoice:
    id_, record_id, chosen, previous, at, by, undone = row
    return VersionChoice(id_, record_id, chosen, previous, parse_stamp(at), by, parse_time(undone))


def choose_version(
    record_id: str,
    version_id: str,
    *,
    current: str,
    officer: str,
    number: int,
    now: datetime | None = None,
) -> VersionChoice:
    """Make ``version_id`` the record's current version in place of ``current`` (the one the
    officer saw; StaleRecord when it changed since). Audited with the record's ``number``."""
    officer = tidy_officer(officer)
    moment = now or datetime.now(UTC)
    with database.atomic():
        incidents.set_current_version(record_id, version_id, expected=current)
        cursor = execute(
            "INSERT INTO office_version_choice (record_id, chosen_version, previous_version, "
            "chosen_at, chosen_by) VALUES (?, ?, ?, ?, ?)",
            (record_id, version_id, current, stamp(moment), officer),
        )
        audit.record_event(
            AuditKind.VERSION_CHOSEN, {"record": number, "officer": officer}, at=moment
        )
        office_review.set_officer_name(officer)
        row = execute(
            f"SELECT {_COLUMNS} FROM office_version_choice WHERE id = ?", (cursor.lastrowid,)
        )
        return _choice(row.fetchone())


def undo_choice(choice_id: int, *, officer: str, number: int, now: datetime | None = None) -> None:
    """Make the version a choice replaced current again: the choice before it is in force
    again. Only the newest choice in force can be undone, and only while its version is still
    the current one (StaleRecord otherwise)."""
    officer = tidy_officer(officer)
    moment = now or datetime.now(UTC)
    with database.atomic():
        row = execute(
            f"SELECT {_COLUMNS} FROM office_version_choice WHERE id = ?", (choice_id,)
        ).fetchone()
        if row is None:
            raise StaleRecord("")
        choice = _choice(row)
        latest = latest_choice(choice.record_id)
        if choice.undone_at is not None or latest is None or latest.id != choice.id:
            raise StaleRecord(choice.record_id)
        incidents.set_current_version(
            choice.record_id, choice.previous_version, expected=choice.chosen_version
        )
        execute(
            "UPDATE office_version_choice SET undone_at = ? WHERE id = ?",
            (stamp(moment), choice_id),
        )
        audit.record_event(
            AuditKind.VERSION_CHOICE_UNDONE, {"record": number, "officer": officer}, at=moment
        )
        office_review.set_officer_name(officer)


def choices_of(record_id: str) -> list[VersionChoice]:
    """Every choice made for the record, newest first (undone ones too)."""
    rows = execute(
        f"SELECT {_COLUMNS} FROM office_version_choice WHERE record_id = ? ORDER BY id DESC",
        (record_id,),
    )
    return [_choice(r) for r in rows]


def choices_in_force(record_ids: Sequence[str]) -> dict[str, str]:
    """The version of each of these records its newest choice in force made current (records
    without one left out): the merge keeps it while the village does not change the record."""
    found: dict[str, str] = {}
    for chunk in chunks(record_ids):
        rows = execute(
            "SELECT record_id, chosen_version FROM office_version_choice "
            f"WHERE undone_at IS NULL AND record_id IN ({marks(chunk)}) ORDER BY id",
            chunk,
        )
        found.update(rows)  # the newest last
    return found


def latest_choice(record_id: str) -> VersionChoice | None:
    """The record's newest choice still in force (undoing it restores the one before)."""
    row = execute(
        f"SELECT {_COLUMNS} FROM office_version_choice WHERE record_id = ? "
        "AND undone_at IS NULL ORDER BY id DESC LIMIT 1",
        (record_id,),
    ).fetchone()
    return None if row is None else _choice(row)
