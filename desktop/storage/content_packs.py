"""The office's content packs at a village: received, installed, the one before, and the
checklist versions they delivered.

A pack is kept as the signed file it came as, in the (encrypted) database, so that what is
installed and the database always agree, a restore from a backup brings both back together,
and nothing half-written can exist: installing is one transaction. Its number, office key and
dates stay for good (so a pack not newer than the highest installed from that office is
refused); the file itself is kept only while it is installed, the one before it (for "undo"),
or waiting to be installed. Checking the files is the exchange's job
(``desktop/exchange/pack_install.py``); this module stores what it verified.

Owner of the tables ``content_pack``, ``content_pack_state`` and ``checklist_delivered``.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.domain.security import AuditKind
from desktop.storage import audit
from desktop.storage.db import database, execute, parse_time, stamp

VIA_STICK = "flashdisk"
VIA_RECEIVER = "penerima"


@dataclass(frozen=True)
class StoredPack:
    id: int
    sha256: str
    office_key: bytes
    office_name: str
    number: int
    created_at: datetime
    received_at: datetime
    via: str
    installed_at: datetime | None
    rolled_back_at: datetime | None


@dataclass(frozen=True)
class PackFacts:
    """What is stored about a verified pack besides its file."""

    sha256: str
    office_key: bytes
    office_name: str
    number: int
    created_at: datetime


_COLUMNS = (
    "id, sha256, office_key, office_name, number, created_at, received_at, via, installed_at, "
    "rolled_back_at"
)


def _row(row: Any) -> StoredPack:
    return StoredPack(
        id=row[0],
        sha256=row[1],
        office_key=base64.b64decode(row[2]),
        office_name=row[3],
        number=row[4],
        created_at=parse_time(row[5]) or datetime.min.replace(tzinfo=UTC),
        received_at=parse_time(row[6]) or datetime.min.replace(tzinfo=UTC),
        via=row[7],
        installed_at=parse_time(row[8]),
        rolled_back_at=parse_time(row[9]),
    )


def _b64(key: bytes) -> str:
    return base64.b64encode(key).decode("ascii")


def _one(where: str, params: tuple = ()) -> StoredPack | None:
    row = execute(f"SELECT {_COLUMNS} FROM content_pack WHERE {where}", params).fetchone()
    return _row(row) if row else None


def find(sha256: str) -> StoredPack | None:
    return _one("sha256 = ?", (sha256,))


def data_of(pack: StoredPack) -> bytes | None:
    row = execute("SELECT data FROM content_pack WHERE id = ?", (pack.id,)).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def _state() -> tuple[int | None, int | None]:
    row = execute("SELECT current_id, previous_id FROM content_pack_state WHERE id = 1").fetchone()
    return (row[0], row[1]) if row else (None, None)


def current() -> StoredPack | None:
    """The installed pack (None: the village shows its shipped content)."""
    current_id, _ = _state()
    return _one("id = ?", (current_id,)) if current_id is not None else None


def previous() -> StoredPack | None:
    """The pack installed before the current one, to go back to (None: the shipped content,
    or nothing to go back to when no pack is installed)."""
    current_id, previous_id = _state()
    if current_id is None or previous_id is None:
        return None
    return _one("id = ?", (previous_id,))


def highest_installed(office_key: bytes) -> int:
    """The highest pack number ever installed from the office with ``office_key`` (0: none)."""
    row = execute(
        "SELECT MAX(number) FROM content_pack WHERE office_key = ? AND installed_at IS NOT NULL",
        (_b64(office_key),),
    ).fetchone()
    return int(row[0] or 0)


def waiting(office_key: bytes) -> StoredPack | None:
    """The newest pack received from the office with ``office_key`` and not installed, when it
    is newer than every pack installed from it."""
    found = _one(
        "office_key = ? AND installed_at IS NULL AND data IS NOT NULL "
        "ORDER BY number DESC, id DESC LIMIT 1",
        (_b64(office_key),),
    )
    if found is None or found.number <= highest_installed(office_key):
        return None
    return found


def _insert(facts: PackFacts, data: bytes, via: str, now: datetime) -> int:
    cursor = execute(
        "INSERT INTO content_pack (sha256, office_key, office_name, number, created_at, "
        "received_at, via, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            facts.sha256,
            _b64(facts.office_key),
            facts.office_name,
            facts.number,
            stamp(facts.created_at),
            stamp(now),
            via,
            data,
        ),
    )
    return cursor.lastrowid


def keep_received(facts: PackFacts, data: bytes, via: str, now: datetime) -> StoredPack:
    """Keep a verified pack that is not installed yet (from the receiver). The same pack again
    changes nothing."""
    with database.atomic():
        found = find(facts.sha256)
        if found is None:
            _insert(facts, data, via, now)
            _forget_files()
            found = find(facts.sha256)
    assert found is not None
    return found


def install(
    facts: PackFacts,
    data: bytes,
    via: str,
    now: datetime,
    checklist: tuple[int, dict[str, Any]] | None,
) -> StoredPack:
    """Make the verified pack the installed one, in one transaction: the one installed until
    now becomes the one to go back to, a checklist version it delivers is kept for good, and
    the audit trail says so."""
    with database.atomic():
        found = find(facts.sha256)
        pack_id = found.id if found is not None else _insert(facts, data, via, now)
        execute(
            "UPDATE content_pack SET installed_at = ?, rolled_back_at = NULL, data = ? "
            "WHERE id = ?",
            (stamp(now), data, pack_id),
        )
        current_id, _ = _state()
        execute(
            "INSERT OR REPLACE INTO content_pack_state (id, current_id, previous_id, changed_at) "
            "VALUES (1, ?, ?, ?)",
            (pack_id, current_id, stamp(now)),
        )
        if checklist is not None:
            execute(
                "INSERT OR IGNORE INTO checklist_delivered (version, data, pack_sha256, "
                "delivered_at) VALUES (?, ?, ?, ?)",
                (
                    checklist[0],
                    json.dumps(checklist[1], ensure_ascii=False),
                    facts.sha256,
                    stamp(now),
                ),
            )
        _forget_files()
        audit.record_event(
            AuditKind.CONTENT_PACK_INSTALLED,
            {"office": facts.office_name, "number": facts.number, "sha256": facts.sha256},
        )
    installed = find(facts.sha256)
    assert installed is not None
    return installed


def roll_back(now: datetime) -> StoredPack | None:
    """Go back to the pack installed before the current one (or to the shipped content when
    there was none), in one transaction; the pack left is marked rolled back. Returns the pack
    installed afterwards. Nothing happens when no pack is installed."""
    with database.atomic():
        current_id, previous_id = _state()
        if current_id is None:
            return None
        left = _one("id = ?", (current_id,))
        execute("UPDATE content_pack SET rolled_back_at = ? WHERE id = ?", (stamp(now), current_id))
        execute(
            "UPDATE content_pack_state SET current_id = ?, previous_id = NULL, changed_at = ? "
            "WHERE id = 1",
            (previous_id, stamp(now)),
        )
        _forget_files()
        assert left is not None
        audit.record_event(
            AuditKind.CONTENT_PACK_ROLLED_BACK,
            {"office": left.office_name, "number": left.number, "sha256": left.sha256},
        )
    return current()


def _forget_files() -> None:
    """Drop the files no one needs any more: all but the installed pack's, the one before it
    and the newest one received (not installed) of each office."""
    current_id, previous_id = _state()
    execute(
        "UPDATE content_pack SET data = NULL WHERE data IS NOT NULL AND id != ? AND id != ? "
        "AND id NOT IN (SELECT MAX(id) FROM content_pack WHERE installed_at IS NULL "
        "GROUP BY office_key)",
        (current_id or -1, previous_id or -1),
    )


def delivered_checklists() -> dict[int, dict[str, Any]]:
    """Every checklist version a pack delivered: version -> the data of its file."""
    return {
        version: json.loads(data)
        for version, data in execute("SELECT version, data FROM checklist_delivered")
    }
