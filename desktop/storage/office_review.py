"""At the office: each record's review state (baru, ditinjau, ditindaklanjuti) with a note, and
every change of it, who made it and when. The office's own bookkeeping: it never changes the
record and never travels to the village.

Owner of the tables ``office_review`` and ``office_review_log``. A record without a row is
``baru``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.domain.review import Review, ReviewState, tidy_note, tidy_officer, tidy_reason
from desktop.domain.security import AuditKind
from desktop.storage import audit, settings
from desktop.storage.db import database, execute, parse_time, stamp
from desktop.storage.incidents import Joined


def officer_name() -> str:
    """The name of the officer who last reviewed or chose here ('' until one did), offered
    again next time."""
    return settings.OFFICER.get()


def set_officer_name(name: str) -> None:
    settings.OFFICER.set(" ".join(name.split()))


def review_of(record_id: str) -> Review:
    row = execute(
        "SELECT state, note, changed_at, changed_by FROM office_review WHERE record_id = ?",
        (record_id,),
    ).fetchone()
    if row is None:
        return Review(record_id)
    state, note, changed_at, changed_by = row
    return Review(record_id, ReviewState(state), note, parse_time(changed_at), changed_by)


def set_review(
    record_id: str,
    state: ReviewState,
    note: str,
    *,
    officer: str,
    now: datetime | None = None,
) -> Review:
    """Set a record's review state and note (ValidationFailed for a note too long or no
    officer's name); the change is logged."""
    note = tidy_note(note)
    officer = tidy_officer(officer)
    at = stamp(now or datetime.now(UTC))
    with database.atomic():
        execute(
            "INSERT INTO office_review (record_id, state, note, changed_at, changed_by) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET state = excluded.state, "
            "note = excluded.note, changed_at = excluded.changed_at, "
            "changed_by = excluded.changed_by",
            (record_id, state.value, note, at, officer),
        )
        execute(
            "INSERT INTO office_review_log (record_id, state, note, changed_at, changed_by) "
            "VALUES (?, ?, ?, ?, ?)",
            (record_id, state.value, note, at, officer),
        )
        set_officer_name(officer)
    return review_of(record_id)


def record_identities_shown(
    number: int, reason: str, *, officer: str, now: datetime | None = None
) -> None:
    """Before names, NIK and phone numbers of a record are shown: the audit trail keeps who,
    when, which record and why (ValidationFailed for a missing or too short reason, or no
    officer's name; nothing is shown then)."""
    reason = tidy_reason(reason)
    officer = tidy_officer(officer)
    with database.atomic():
        audit.record_event(
            AuditKind.IDENTITIES_SHOWN,
            {"record": number, "officer": officer, "reason": reason},
            at=now,
        )
        set_officer_name(officer)


def review_log(record_id: str) -> list[Review]:
    """Every review change of the record, newest first."""
    rows = execute(
        "SELECT state, note, changed_at, changed_by FROM office_review_log WHERE record_id = ? "
        "ORDER BY id DESC",
        (record_id,),
    )
    return [Review(record_id, ReviewState(s), n, parse_time(at), by) for s, n, at, by in rows]


def review_joined(state: ReviewState | None) -> Joined:
    """For the merged register: each record's review state as a column, and only the records
    in ``state`` when given (a record never reviewed is ``baru``)."""
    columns = (
        ", COALESCE((SELECT r.state FROM office_review r WHERE r.record_id = i.record_id), "
        f"'{ReviewState.NEW.value}')"
    )
    if state is ReviewState.NEW:
        # Never reviewed, or put back to new.
        return Joined(
            columns=columns,
            excluded=("SELECT record_id FROM office_review WHERE state <> ?",),
            excluded_params=(ReviewState.NEW.value,),
        )
    if state is not None:
        return Joined(
            columns=columns,
            members=("SELECT record_id FROM office_review WHERE state = ?",),
            params=(state.value,),
        )
    return Joined(columns=columns)
