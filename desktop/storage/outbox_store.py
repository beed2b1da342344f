"""The exports made here and the outbox: each export's number, hash, what it held and where it
went, and for those sent over the internet their state (waiting, sent, failed, superseded),
tries and problems; the receipts that came back (the receiver's, and the office's own: imported
or held back); also when the last delivery and the last contact with the office were.

Exports are journalled (``state``): an export's number is taken and the intent recorded and
audited before anything is built or written (``begin_export``), what it holds and where it
goes before the file is written (``plan_export``), and it is done only after the file was
written and checked (``finish_export``) or given up (``abandon_export``). A number is never
given twice, even to an export that failed or was killed half-way; an export interrupted
between writing and recording is found by ``unfinished_exports`` and settled at the next one.
A restore from a backup keeps this journal (``journal_rows``, ``carry_over``): the exports it
lists are files that exist outside the database, and their numbers stay taken.

Owner of the table ``exchange_export``. Every write is one transaction, or a part of the
caller's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain.exchange import (
    KEY_CHANGED_REASON,
    Acknowledgment,
    ChangeMarks,
    MergeCounts,
    OfficeState,
    OutboxStatus,
    SendProblem,
    acknowledgment,
)
from desktop.domain.security import AuditKind
from desktop.storage import audit, settings
from desktop.storage.db import database, execute, parse_stamp, parse_time, stamp


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
    marks: ChangeMarks | None = None  # the newest rows it held (None: not known)
    receiver_held: bool = False  # the receiver's receipt: kept, but held back (key changed)
    office_state: OfficeState | None = None  # the office's own receipt
    office_reason: str = ""  # why the office holds it back (a RejectReason value)
    office_at: datetime | None = None  # when the office imported it or held it back
    office_receipt: dict[str, Any] | None = None  # the office's receipt, as it came

    @property
    def office_counts(self) -> MergeCounts | None:
        """What the office's import did with it (from its receipt)."""
        counts = (self.office_receipt or {}).get("counts")
        if not isinstance(counts, dict):
            return None
        try:
            return MergeCounts(
                counts["baru"], counts["diperbarui"], counts["sama"], counts["konflik"]
            )
        except KeyError:
            return None

    @property
    def acknowledgment(self) -> Acknowledgment:
        return acknowledgment(self.outbox, self.receiver_held, self.office_state)

    @property
    def held_reason(self) -> str:
        """Why the office holds it back ('' unless it does)."""
        if self.acknowledgment is not Acknowledgment.HELD:
            return ""
        return self.office_reason if self.office_state else KEY_CHANGED_REASON


_EXPORT_COLUMNS = (
    "export_id, sequence, created_at, sha256, records, versions, assessments, "
    "identities_reason, written_to, content_key, outbox, body_path, attempts, next_attempt_at, "
    "last_attempt_at, problem, problem_detail, sent_at, superseded_by, marks, receipt, "
    "office_state, office_reason, office_at, office_receipt"
)
_ALL_COLUMNS = f"{_EXPORT_COLUMNS}, state"


def _held_by_receiver(receipt: str | None) -> bool:
    try:
        value = json.loads(receipt) if receipt else None
    except ValueError:
        return False
    return isinstance(value, dict) and value.get("held") is True


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
        marks,
        receipt,
        office_state,
        office_reason,
        office_at,
        office_receipt,
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
        marks=ChangeMarks.from_json(json.loads(marks)) if marks else None,
        receiver_held=_held_by_receiver(receipt),
        office_state=OfficeState(office_state) if office_state else None,
        office_reason=office_reason,
        office_at=parse_time(office_at),
        office_receipt=json.loads(office_receipt) if office_receipt else None,
    )


BEGUN, DONE, ABANDONED = "dimulai", "selesai", "batal"


def begin_export(export_id: str, created_at: datetime, destination: str) -> int:
    """Take the next export number and record (and audit) the intent to export to
    ``destination``, before anything is built or written. Returns the number."""
    with database.atomic():
        sequence = execute("SELECT COALESCE(MAX(sequence), 0) + 1 FROM exchange_export").fetchone()[
            0
        ]
        execute(
            "INSERT INTO exchange_export (export_id, sequence, created_at, sha256, records, "
            "versions, assessments, content_key, written_to, state) "
            "VALUES (?, ?, ?, '', 0, 0, 0, '', ?, ?)",
            (export_id, sequence, stamp(created_at), destination, BEGUN),
        )
        audit.record_event(
            AuditKind.EXPORT_STARTED, {"export": export_id, "number": sequence, "to": destination}
        )
    return sequence


def plan_export(entry: ExportEntry) -> None:
    """What a begun export holds and the files it is about to write (``written_to``,
    ``body_path``), recorded before they are written."""
    execute(
        "UPDATE exchange_export SET sha256 = ?, records = ?, versions = ?, assessments = ?, "
        "identities_reason = ?, written_to = ?, content_key = ?, body_path = ?, marks = ? "
        "WHERE export_id = ? AND state = ?",
        (
            entry.sha256,
            entry.records,
            entry.versions,
            entry.assessments,
            entry.identities_reason,
            entry.written_to,
            entry.content_key,
            entry.body_path or None,
            json.dumps(entry.marks.as_json()) if entry.marks else None,
            entry.export_id,
            BEGUN,
        ),
    )


def finish_export(entry: ExportEntry) -> None:
    """A begun export was written and checked (and queued, if ``outbox`` is set). Part of the
    caller's transaction, with the export's audit entry."""
    plan_export(entry)
    execute(
        "UPDATE exchange_export SET state = ?, outbox = ? WHERE export_id = ?",
        (DONE, entry.outbox.value if entry.outbox else None, entry.export_id),
    )


def abandon_export(export_id: str, why: str) -> None:
    """A begun export was not written (the drive was full, it was pulled, the process was
    killed before): its number stays taken. Audited."""
    with database.atomic():
        execute(
            "UPDATE exchange_export SET state = ?, outbox = NULL, body_path = NULL "
            "WHERE export_id = ?",
            (ABANDONED, export_id),
        )
        audit.record_event(AuditKind.EXPORT_ABANDONED, {"export": export_id, "why": why})


def unfinished_exports() -> list[ExportEntry]:
    """Exports begun but neither finished nor given up: the process stopped in between."""
    rows = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE state = ? ORDER BY sequence",
        (BEGUN,),
    )
    return [_entry(r) for r in rows]


def journal_rows() -> list[tuple[Any, ...]]:
    """Every row of the export journal as stored, to be carried over a restore."""
    return execute(f"SELECT {_ALL_COLUMNS} FROM exchange_export").fetchall()


def carry_over(rows: Sequence[Sequence[Any]], newest: ChangeMarks) -> None:
    """After a restore from a backup: the journal as it was before the restore replaces the
    backup's (it knows every export made, every number taken, every receipt). Only its change
    marks depend on the restored records: the rows saved from now on are numbered from the
    backup's newest (``newest``), below the marks of exports made after the backup was taken,
    so those marks come down to it, and every change made from now on counts as not sent."""
    clamped = ", ".join(
        f"'{name}', MIN(COALESCE(json_extract(marks, '$.{name}'), 0), ?)"
        for name in newest.as_json()
    )
    with database.atomic():
        database.connection().executemany(
            f"INSERT OR REPLACE INTO exchange_export ({_ALL_COLUMNS}) "
            f"VALUES ({', '.join('?' * len(_ALL_COLUMNS.split(',')))})",
            rows,
        )
        execute(
            f"UPDATE exchange_export SET marks = json_object({clamped}) WHERE marks IS NOT NULL",
            tuple(newest.as_json().values()),
        )


def list_exports(limit: int = 100) -> list[ExportEntry]:
    """The exports made here, newest first."""
    rows = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE state = ? "
        "ORDER BY sequence DESC LIMIT ?",
        (DONE, limit),
    )
    return [_entry(r) for r in rows]


def acknowledged_after(moment: datetime) -> ExportEntry | None:
    """The newest export made after ``moment`` that the office acknowledged (its own receipt
    saying it imported it, or its receiver's, when the office has not answered yet): what the
    office holds of this village's changes since then."""
    row = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE state = ? AND created_at > ? "
        "AND (office_state = ? OR (office_state IS NULL AND receipt IS NOT NULL)) "
        "ORDER BY created_at DESC LIMIT 1",
        (DONE, stamp(moment), OfficeState.IMPORTED.value),
    ).fetchone()
    return _entry(row) if row else None


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
        settings.LAST_SUCCESS.set(stamp(now))
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
# What came back


def record_office_receipt(
    export_id: str,
    *,
    sha256: str,
    sequence: int,
    state: OfficeState,
    reason: str,
    at: datetime,
    receipt: dict[str, Any],
) -> bool:
    """Keep the office's receipt for an export made here: only for that very export (its id,
    and its hash and number when the office could open it: '' and 0 when it held the export
    back unopened), and only when it is newer than the one kept (a held export the office
    imported later). Returns True when something changed."""
    moment = parse_stamp(stamp(at))  # as it is stored: whole seconds
    with database.atomic():
        entry = load_export(export_id)
        if entry is None or sha256 not in ("", entry.sha256) or sequence not in (0, entry.sequence):
            return False
        if entry.office_at is not None and not (
            moment > entry.office_at
            or (
                moment == entry.office_at
                and entry.office_state is OfficeState.HELD
                and state is OfficeState.IMPORTED
            )
        ):
            return False
        execute(
            "UPDATE exchange_export SET office_state = ?, office_reason = ?, office_at = ?, "
            "office_receipt = ? WHERE export_id = ?",
            (
                state.value,
                reason,
                stamp(at),
                json.dumps(receipt, ensure_ascii=False, sort_keys=True),
                export_id,
            ),
        )
    return True


_ACKNOWLEDGED = (
    f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE office_state = ? "
    "OR (outbox = ? AND office_state IS NULL) ORDER BY sequence DESC"
)


def newest_acknowledged() -> ExportEntry | None:
    """The newest export the office acknowledged: imported (its receipt), or kept by its
    receiver and not held back."""
    cursor = execute(_ACKNOWLEDGED, (OfficeState.IMPORTED.value, OutboxStatus.SENT.value))
    for row in cursor:
        entry = _entry(row)
        if entry.acknowledgment in (Acknowledgment.IMPORTED, Acknowledgment.RECEIVED):
            return entry
    return None


def newest_receipted() -> ExportEntry | None:
    """The newest export any receipt came back for (received, imported or held)."""
    row = execute(
        f"SELECT {_EXPORT_COLUMNS} FROM exchange_export WHERE office_state IS NOT NULL "
        "OR outbox = ? ORDER BY sequence DESC LIMIT 1",
        (OutboxStatus.SENT.value,),
    ).fetchone()
    return _entry(row) if row else None


def awaiting_office() -> bool:
    """True while an export the receiver kept is not known to be imported (no receipt from the
    office itself yet, or one saying it is held back, which the office may still accept), and
    no later export was imported (whose receipt answers for it too)."""
    row = execute(
        "SELECT 1 FROM exchange_export WHERE outbox = ? AND "
        "(office_state IS NULL OR office_state = ?) AND "
        "sequence > (SELECT COALESCE(MAX(sequence), 0) FROM exchange_export "
        "WHERE office_state = ?) LIMIT 1",
        (OutboxStatus.SENT.value, OfficeState.HELD.value, OfficeState.IMPORTED.value),
    ).fetchone()
    return row is not None


# ---------------------------------------------------------------------------------------------
# How sending went


@dataclass(frozen=True)
class Contact:
    """The last probe of the office: when, and what was wrong (None: it answered)."""

    at: datetime
    problem: SendProblem | None

    @property
    def reached(self) -> bool:
        return self.problem is None


def last_success() -> datetime | None:
    value = settings.LAST_SUCCESS.get()
    return parse_time(value) if value is not None else None


def note_contact(now: datetime, problem: SendProblem | None) -> None:
    settings.LAST_CONTACT.set(
        {"at": stamp(now), "reached": problem is None, "problem": problem.value if problem else ""},
    )


def last_contact() -> Contact | None:
    value = settings.LAST_CONTACT.get()
    if value is None or not isinstance(value.get("at"), str):
        return None
    problem = None
    if not value.get("reached"):
        try:
            problem = SendProblem(value.get("problem") or SendProblem.UNREACHABLE.value)
        except ValueError:
            problem = SendProblem.UNREACHABLE
    return Contact(datetime.fromisoformat(value["at"]), problem)
