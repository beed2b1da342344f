"""The audit trail: who unlocked, exported, imported or printed personal data, and when.

Append-only (the table refuses UPDATE and DELETE). Details never hold personal data of the
people in the log: counts, file names, destinations and reasons only. Other features call
``record_event`` where such a thing happens (export, import, printing with identities).

Owner of the table ``audit_event``.
"""

from __future__ import annotations

import getpass
import json
from datetime import UTC, datetime
from typing import Any

from peewee import AutoField, CharField, TextField, fn

from desktop.domain.security import AuditEvent, AuditKind
from desktop.storage.db import database, stamp
from desktop.storage.models import BaseModel


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


def record_event(
    kind: AuditKind, detail: dict[str, Any] | None = None, *, at: datetime | None = None
) -> None:
    """Append one event. ``detail`` is a small JSON object without personal data."""
    with database.atomic():
        AuditRow.insert(
            at=stamp(at or datetime.now(UTC)),
            kind=kind.value,
            detail=json.dumps(detail or {}, ensure_ascii=False, sort_keys=True),
            computer_user=_computer_user(),
        ).execute()


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
