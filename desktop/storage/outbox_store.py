"""The exports made here and the outbox: each export's number, hash, what it held and where it
went, and for those sent over the internet their state (waiting, sent, failed, superseded),
tries and problems; also when the last delivery and the last contact with the office were.

Owner of the table ``exchange_export``. Every write is one transaction, or a part of the
caller's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain.exchange import OutboxStatus, SendProblem
from desktop.storage.db import database, execute, parse_time, stamp
from desktop.storage.profile_store import get_setting, set_setting

LAST_SUCCESS = "sync_last_success"
LAST_CONTACT = "sync_last_contact"  # the last probe: when, and whether the office answered


@dataclass(frozen=True)
class ExportEntry:
    export_id: str
    sequence: int
    created_at: datetime
    sha256: str
    records: int
    versions: int
    assessments: int
    identities_reason: str | None
    written_to: str
    content_key: str
    outbox: OutboxStatus | None = None
    body_path: str = ""
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_attempt_at: datetime | None = None
    problem: SendProblem | None = None
    problem_detail: str = ""
    sent_at: datetime | None = None
    superseded_by: int | None = None


_EXPORT_COLUMNS = (
    "export_id, sequence, created_at, sha256, records, versions, assessments, "
    "identities_reason, written_to, content_key, outbox, body_path, attempts, next_attempt_at, "
    "last_attempt_at, problem, problem_detail, sent_at, superseded_by"
)


def _entry(row: Sequence[Any]) -> ExportEntry:
    (
        export_id,
        sequence,
        created,
        sha,
        records,
        versions,
        assessments,
        reason,
        written,
        key,
        outbox,
        body,
        attempts,
        next_at,
        last_at,
        problem,
        detail,
        sent,
        superseded,
    ) = row
    return ExportEntry(
        export_id=export_id,
        sequence=sequence,
        created_at=datetime.fromisoformat(created),
        sha256=sha,
        records=records,
        versions=versions,
        assessments=assessments,
        identities_reason=reason,
        written_to=written,
        content_key=key,
        outbox=OutboxStatus(outbox) if outbox else None,
        body_path=body or "",
        attempts=attempts,
        next_attempt_at=parse_time(next_at),
        last_attempt_at=parse_time(last_at),
        problem=SendProblem(problem) if problem else None,
        problem_detail=detail,
        sent_at=parse_time(sent),
        superseded_by=superseded,
    )


def next_sequence() -> int:
    """The number the next export of this installation gets (1, 2, 3, ...)."""
    return execute("SELECT COALESCE(MAX(sequence), 0) + 1 FROM exchange_export").fetchone()[0]


def record_export(entry: ExportEntry) -> None:
    """Remember an export that was written and checked (and queued, if ``outbox`` is set)."""
    with database.atomic():
        execute(
            f"INSERT INTO exchange_export ({_EXPORT_COLUMNS}) VALUES ({', '.join('?' * 19)})",
            (
                entry.export_id,
                entry.sequence,
                stamp(entry.created_at),
                entry.sha256,
                entry.records,
                entry.versions,
                entry.assessments,
                entry.identities_reason,
                entry.written_to,
                entry.content_key,
                entry.outbox.value if entry.outbox else None,
                entry.body_path or None,
                entry.attempts,
                None,
                None,
                None,
                "",
                None,
                None,
            ),
        )


def list_exports(limit: int = 100) -> list[ExportEntry]:
    """The exports made here, newest first."""
    rows = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export ORDER BY sequence DESC LIMIT ?", (limit,)
    )
    return [_entry(r) for r in rows]


def load_export(export_id: str) -> ExportEntry | None:
    row = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE export_id = ?", (export_id,)
    ).fetchone()
    return _entry(row) if row else None


def newest_queued() -> ExportEntry | None:
    """The newest export that is waiting, failed or sent (what a new export would repeat)."""
    row = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE outbox IS NOT NULL "
        "ORDER BY sequence DESC LIMIT 1"
    ).fetchone()
    return _entry(row) if row else None


def due_exports(now: datetime, *, include_failed: bool) -> list[ExportEntry]:
    """Exports to try now, newest first: waiting ones whose retry time has come (every
    waiting one, and the failed ones, when the user asked to send now)."""
    if include_failed:
        rows = execute(
            f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE outbox IN (?, ?) "
            "ORDER BY sequence DESC",
            (OutboxStatus.WAITING.value, OutboxStatus.FAILED.value),
        )
    else:
        rows = execute(
            f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE outbox = ? "
            "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY sequence DESC",
            (OutboxStatus.WAITING.value, stamp(now)),
        )
    return [_entry(r) for r in rows]


def waiting_exports() -> list[ExportEntry]:
    """Exports not delivered: waiting or failed, newest first."""
    rows = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE outbox IN (?, ?) "
        "ORDER BY sequence DESC",
        (OutboxStatus.WAITING.value, OutboxStatus.FAILED.value),
    )
    return [_entry(r) for r in rows]


def next_attempt() -> datetime | None:
    """When the earliest waiting export is due (None when nothing waits)."""
    row = execute(
        "SELECT COUNT(*), MIN(COALESCE(next_attempt_at, '')) FROM exchange_export WHERE outbox = ?",
        (OutboxStatus.WAITING.value,),
    ).fetchone()
    if not row[0]:
        return None
    return parse_time(row[1]) or datetime.min.replace(tzinfo=UTC)


def mark_sent(export_id: str, receipt: dict[str, Any], now: datetime) -> list[str]:
    """Record delivery; older undelivered exports it covers become superseded (their outbox
    copies are returned so the caller can delete them). Returns their body paths."""
    with database.atomic():
        entry = load_export(export_id)
        if entry is None:
            return []
        execute(
            "UPDATE exchange_export SET outbox = ?, sent_at = ?, last_attempt_at = ?, "
            "receipt = ?, problem = NULL, problem_detail = '', next_attempt_at = NULL, "
            "body_path = NULL WHERE export_id = ?",
            (
                OutboxStatus.SENT.value,
                stamp(now),
                stamp(now),
                json.dumps(receipt, ensure_ascii=False),
                export_id,
            ),
        )
        # A full export holds everything an older one held, except personal identifiers when
        # the older one had them and this one does not.
        covered = (
            "sequence < ? AND outbox IN (?, ?) AND (? OR identities_reason IS NULL)",
            (
                entry.sequence,
                OutboxStatus.WAITING.value,
                OutboxStatus.FAILED.value,
                int(entry.identities_reason is not None),
            ),
        )
        paths = [
            r[0]
            for r in execute(
                f"SELECT body_path FROM exchange_export WHERE {covered[0]}", covered[1]
            )
            if r[0]
        ]
        execute(
            f"UPDATE exchange_export SET outbox = ?, superseded_by = ?, body_path = NULL, "
            f"next_attempt_at = NULL WHERE {covered[0]}",
            (OutboxStatus.SUPERSEDED.value, entry.sequence, *covered[1]),
        )
        set_setting(LAST_SUCCESS, stamp(now))
        if entry.body_path:
            paths.append(entry.body_path)
    return paths


def mark_not_sent(
    export_id: str,
    problem: SendProblem,
    detail: str,
    now: datetime,
    retry_at: datetime | None,
) -> None:
    """Record a failed try: waiting again from ``retry_at``, or failed for good (None)."""
    status = OutboxStatus.WAITING if retry_at is not None else OutboxStatus.FAILED
    with database.atomic():
        execute(
            "UPDATE exchange_export SET outbox = ?, attempts = attempts + 1, "
            "last_attempt_at = ?, next_attempt_at = ?, problem = ?, problem_detail = ? "
            "WHERE export_id = ?",
            (
                status.value,
                stamp(now),
                stamp(retry_at) if retry_at else None,
                problem.value,
                detail[:500],
                export_id,
            ),
        )


def retry_failed() -> int:
    """Exports that stopped for good (the settings were wrong) wait again, from now; returns
    how many."""
    return execute(
        "UPDATE exchange_export SET outbox = ?, next_attempt_at = NULL, attempts = 0 "
        "WHERE outbox = ?",
        (OutboxStatus.WAITING.value, OutboxStatus.FAILED.value),
    ).rowcount


# ---------------------------------------------------------------------------------------------
# How sending went


def last_success() -> datetime | None:
    value = get_setting(LAST_SUCCESS)
    return parse_time(value) if isinstance(value, str) else None


def note_contact(now: datetime, reached: bool) -> None:
    set_setting(LAST_CONTACT, {"at": stamp(now), "reached": reached})


def last_contact() -> tuple[datetime, bool] | None:
    value = get_setting(LAST_CONTACT)
    if not isinstance(value, dict) or not isinstance(value.get("at"), str):
        return None
    return datetime.fromisoformat(value["at"]), bool(value.get("reached"))
