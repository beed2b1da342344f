"""The audit trail: who unlocked, exported, imported or printed personal data, and when.

Append-only (the table refuses UPDATE and DELETE). Details never hold personal data of the
people in the log: counts, file names, destinations and reasons only. Other features call
``record_event`` where such a thing happens (export, import, printing with identities).

Reading the data never waits for the audit trail: an event recorded on its own (an unlock, a
lock, a print) while nothing can be written (a full disk, or the start-up integrity check
still running) is kept in memory and written with the next event, or by ``flush_pending``
(the window calls it once the check has passed; closing the data calls it too). An event
recorded inside another operation's transaction (an export and its audit entry) stays part of
it: both are written, or neither.
"""

from __future__ import annotations

import getpass
import json
import logging
import threading
import weakref
from datetime import UTC, datetime
from typing import Any

from peewee import AutoField, CharField, TextField, fn

from desktop.domain.errors import DatabaseDamaged, StorageFailed
from desktop.domain.security import AuditEvent, AuditKind
from desktop.storage.db import database, writes_held
from desktop.storage.models import BaseModel

log = logging.getLogger(__name__)


class AuditRow(BaseModel):
    id = AutoField()
    at = CharField()
    kind = CharField()
    detail = TextField(default="{}")
    computer_user = CharField(default="")

    class Meta:
        table_name = "audit_event"


def _computer_user() -> str:
    """The operating-system account (on a shared office PC often the same for everyone)."""
    try:
        return getpass.getuser()[:80]
    except Exception:  # no account name available (some service contexts)
        return ""


# Events waiting to be written, per open database (a restore or a test opens another one, which
# must not receive them).
_pending: weakref.WeakKeyDictionary[Any, list[dict[str, str]]] = weakref.WeakKeyDictionary()
_pending_lock = threading.Lock()


def _waiting() -> list[dict[str, str]]:
    return _pending.setdefault(database.obj, [])


def _write(rows: list[dict[str, str]]) -> None:
    with database.atomic():
        AuditRow.insert_many(rows).execute()


def record_event(
    kind: AuditKind, detail: dict[str, Any] | None = None, *, at: datetime | None = None
) -> None:
    """Append one event. ``detail`` is a small JSON object without personal data.

    Inside a transaction the event is part of it. On its own, it is written together with any
    events still waiting; when nothing can be written now it waits too (see the module
    docstring), and the caller goes on.
    """
    moment = (at or datetime.now(UTC)).astimezone(UTC)
    row = {
        "at": moment.isoformat(timespec="seconds"),
        "kind": kind.value,
        "detail": json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
        "computer_user": _computer_user(),
    }
    if database.transaction_depth() > 0:
        _write([row])
        return
    with _pending_lock:
        waiting = _waiting()
        waiting.append(row)
        if writes_held():
            return
        _flush(waiting)


def _flush(waiting: list[dict[str, str]]) -> None:
    try:
        _write(list(waiting))
    except (StorageFailed, DatabaseDamaged) as exc:
        log.warning("%d audit events wait to be written: %s", len(waiting), type(exc).__name__)
        return
    waiting.clear()


def flush_pending() -> int:
    """Write the events still waiting, if they can be written now. Returns how many wait on."""
    with _pending_lock:
        waiting = _waiting()
        if waiting and not writes_held():
            _flush(waiting)
        return len(waiting)


def count_events() -> int:
    return AuditRow.select(fn.COUNT(AuditRow.id)).scalar() or 0


def list_events(limit: int = 200, offset: int = 0) -> list[AuditEvent]:
    """The newest events first."""
    rows = AuditRow.select().order_by(AuditRow.id.desc()).limit(limit).offset(offset)
    events = []
    for row in rows:
        try:
            detail = json.loads(row.detail)
        except ValueError:
            detail = {}
        events.append(
            AuditEvent(
                row.id,
                row.at,
                row.kind,
                detail if isinstance(detail, dict) else {},
                row.computer_user,
            )
        )
    return events
