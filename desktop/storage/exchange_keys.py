"""The keys of protected exports, kept in the (encrypted) database.

A village keeps its own signing key (Ed25519 seed) and the office's public key it imported.
An office keeps its own private key (X25519) and the exports held back until an officer
confirms their key: a village's first key, or a key other than its registered one (the
registered keys are the villages' identities, kept with the villages in
``storage/office_imports.py``). Keys are plain bytes here; desktop/exchange/keys.py makes and
uses them.

Owner of the table ``held_export``; a village's own keys are settings.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from desktop.domain.security import AuditKind, fingerprint
from desktop.storage import audit, settings
from desktop.storage.db import database, execute, stamp


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _now() -> str:
    return stamp(datetime.now(UTC))


# --- Village ----------------------------------------------------------------------------------


def signing_seed() -> bytes | None:
    value = settings.SIGNING_SEED.get()
    return _unb64(value) if value is not None else None


def save_signing_seed(seed: bytes, public_key: bytes) -> None:
    with database.atomic():
        settings.SIGNING_SEED.set(_b64(seed))
        audit.record_event(AuditKind.VILLAGE_KEY_CREATED, {"fingerprint": fingerprint(public_key)})


@dataclass(frozen=True)
class OfficeKey:
    """The public key of the office a village sends to, as imported from its key file."""

    office_name: str
    public_key: bytes
    imported_at: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def office_key() -> OfficeKey | None:
    value = settings.OFFICE_KEY.get()
    if value is None:
        return None
    try:
        return OfficeKey(value["office_name"], _unb64(value["public_key"]), value["imported_at"])
    except (KeyError, ValueError, TypeError):
        return None


def save_office_key(office_name: str, public_key: bytes) -> OfficeKey:
    key = OfficeKey(office_name, public_key, _now())
    with database.atomic():
        previous = office_key()
        settings.OFFICE_KEY.set(
            {
                "office_name": office_name,
                "public_key": _b64(public_key),
                "imported_at": key.imported_at,
            },
        )
        audit.record_event(
            AuditKind.OFFICE_KEY_IMPORTED,
            {
                "office": office_name,
                "fingerprint": key.fingerprint,
                "replaces": previous.fingerprint if previous else "",
            },
        )
    return key


# --- Office -----------------------------------------------------------------------------------


def office_private_key() -> bytes | None:
    value = settings.OFFICE_PRIVATE_KEY.get()
    return _unb64(value) if value is not None else None


def save_office_private_key(private_key: bytes, public_key: bytes) -> None:
    with database.atomic():
        settings.OFFICE_PRIVATE_KEY.set(_b64(private_key))
        audit.record_event(AuditKind.OFFICE_KEY_CREATED, {"fingerprint": fingerprint(public_key)})


@dataclass(frozen=True)
class HeldVillage:
    """A village whose exports wait for an officer: its first key (``first_contact``) or a
    key other than the one registered, with the exports held under that key."""

    village_code: str
    public_key: bytes
    first_contact: bool
    exports: int
    first_received: str
    last_received: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def hold_export(
    village_code: str,
    export_id: str,
    public_key: bytes,
    via: str,
    file_name: str,
    data: bytes,
    *,
    first_contact: bool,
) -> bool:
    """Keep an export, still encrypted, until an officer confirms its key: a village's first
    key, or a key other than its registered one. False when the same one is already held."""
    with database.atomic():
        cursor = execute(
            "INSERT OR IGNORE INTO held_export (village_code, export_id, public_key, "
            "received_at, via, file_name, envelope) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (village_code, export_id, _b64(public_key), _now(), via, file_name, data),
        )
        added = cursor.rowcount > 0
        if added:
            audit.record_event(
                AuditKind.VILLAGE_FIRST_CONTACT_HELD
                if first_contact
                else AuditKind.VILLAGE_KEY_CHANGE_HELD,
                {
                    "village": village_code,
                    "export": export_id,
                    "fingerprint": fingerprint(public_key),
                },
            )
    return added


def held_villages(registered: Callable[[str], bytes | None]) -> list[HeldVillage]:
    """Every village with exports waiting for an officer, one entry per village and key,
    oldest first. ``registered(code)`` is the key the office holds for that code, if any."""
    rows = execute(
        "SELECT village_code, public_key, COUNT(*), MIN(received_at), MAX(received_at) "
        "FROM held_export GROUP BY village_code, public_key ORDER BY MIN(received_at), "
        "village_code"
    )
    return [
        HeldVillage(code, _unb64(key), registered(code) is None, count, first, last)
        for code, key, count, first, last in rows
    ]


class HeldFile(NamedTuple):
    name: str  # the file name it came with, or a name made from its export id
    export_id: str
    via: str  # how it came: "berkas" (a stick) or "internet" (the receiver)
    data: bytes


def take_held(village_code: str, public_key: bytes) -> list[HeldFile]:
    """The exports held for the village under ``public_key``, oldest first, forgotten here:
    the key was accepted and they are imported now."""
    with database.atomic():
        rows = execute(
            "SELECT file_name, export_id, via, envelope FROM held_export WHERE village_code = ? "
            "AND public_key = ? ORDER BY received_at, id",
            (village_code, _b64(public_key)),
        ).fetchall()
        execute(
            "DELETE FROM held_export WHERE village_code = ? AND public_key = ?",
            (village_code, _b64(public_key)),
        )
    return [
        HeldFile(name or f"ekspor {export_id[:8]}", export_id, via, bytes(data))
        for name, export_id, via, data in rows
    ]


def refuse_held(village_code: str, public_key: bytes) -> int:
    """An officer refused the key: the exports held under it are removed unread (audited).
    Returns how many."""
    with database.atomic():
        removed = execute(
            "DELETE FROM held_export WHERE village_code = ? AND public_key = ?",
            (village_code, _b64(public_key)),
        ).rowcount
        if removed:
            audit.record_event(
                AuditKind.VILLAGE_KEY_REFUSED,
                {
                    "village": village_code,
                    "fingerprint": fingerprint(public_key),
                    "exports": removed,
                },
            )
    return removed
