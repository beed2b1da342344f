"""What an immigration office puts in the content packs for its villages, and the packs it
made.

The office's contact block, its local contacts and the choice of what else goes into the next
pack are settings; its warnings about recruiters are rows (composed one by one, and drafted
from the patterns across villages); each pack it made is kept with its file, so the same pack
can be written on the sticks of every village and given to the receiver, and so its number
only grows.

Owner of the tables ``office_pack`` and ``office_warning``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain.content_pack import LocalContact, OfficeContact, RecruiterWarning
from desktop.domain.security import AuditKind
from desktop.storage import audit, settings
from desktop.storage.db import database, execute, parse_time, stamp


def load_contacts() -> tuple[OfficeContact | None, tuple[LocalContact, ...]]:
    """The office's contact block (None: not written yet) and its local contacts."""
    value = settings.PACK_CONTACTS.get()
    if value is None:
        return None, ()
    raw = value.get("office_contact")
    office = OfficeContact.from_json(raw) if isinstance(raw, dict) and raw.get("name") else None
    local = tuple(
        LocalContact.from_json(c) for c in value.get("local_contacts", ()) if isinstance(c, dict)
    )
    return office, local


def save_contacts(office: OfficeContact | None, local: tuple[LocalContact, ...]) -> None:
    settings.PACK_CONTACTS.set(
        {
            "office_contact": office.as_json() if office is not None else None,
            "local_contacts": [c.as_json() for c in local],
        },
    )


def load_choices() -> dict[str, str]:
    """What else the next pack carries: ``{"hotlines"|"checklist"|"material": "none"|"shipped"|
    "folder", "folder": path}`` as last chosen ({} before the first pack)."""
    return {str(k): str(v) for k, v in settings.PACK_CHOICES.get().items()}


def save_choices(choices: dict[str, str]) -> None:
    settings.PACK_CHOICES.set(dict(choices))


def warnings() -> list[RecruiterWarning]:
    """The office's warnings, newest first."""
    rows = execute("SELECT payload FROM office_warning ORDER BY created_at DESC, id")
    return [RecruiterWarning.from_json(json.loads(payload)) for (payload,) in rows]


def save_warning(warning: RecruiterWarning, now: datetime | None = None) -> None:
    """Add the warning, or replace the one with its id."""
    moment = stamp(now or datetime.now(UTC))
    payload = json.dumps(warning.as_json(), ensure_ascii=False, sort_keys=True)
    with database.atomic():
        changed = execute(
            "UPDATE office_warning SET payload = ?, updated_at = ? WHERE id = ?",
            (payload, moment, warning.id),
        ).rowcount
        if not changed:
            execute(
                "INSERT INTO office_warning (id, payload, created_at, updated_at) "
                "VALUES (?, ?, ?, ?)",
                (warning.id, payload, moment, moment),
            )


def remove_warning(warning_id: str) -> None:
    with database.atomic():
        execute("DELETE FROM office_warning WHERE id = ?", (warning_id,))


@dataclass(frozen=True)
class MadePack:
    number: int
    created_at: datetime
    sha256: str


def next_number() -> int:
    row = execute("SELECT MAX(number) FROM office_pack").fetchone()
    return int(row[0] or 0) + 1


def record_made(pack: MadePack, data: bytes) -> None:
    """Keep a pack the office made (raises when its number was taken meanwhile)."""
    with database.atomic():
        execute(
            "INSERT INTO office_pack (number, created_at, sha256, data) VALUES (?, ?, ?, ?)",
            (pack.number, stamp(pack.created_at), pack.sha256, data),
        )
        audit.record_event(
            AuditKind.CONTENT_PACK_MADE, {"number": pack.number, "sha256": pack.sha256}
        )


def made_files() -> list[bytes]:
    """Every pack file the office made, oldest first."""
    return [bytes(row[0]) for row in execute("SELECT data FROM office_pack ORDER BY number")]


def latest() -> tuple[MadePack, bytes] | None:
    """The newest pack the office made, with its file."""
    row = execute(
        "SELECT number, created_at, sha256, data FROM office_pack ORDER BY number DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    created: Any = parse_time(row[1])
    return MadePack(row[0], created, row[2]), bytes(row[3])
