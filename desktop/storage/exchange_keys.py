"""The keys of protected exports, kept in the (encrypted) database.

A village keeps its own signing key (Ed25519 seed) and the office's public key it imported.
An office keeps its own private key (X25519), each village's registered signing key, and the
exports held back because they were signed by a key other than the registered one. Keys are
plain bytes here; desktop/exchange/keys.py makes and uses them.

Owner of the tables ``village_key`` and ``held_export``; a village's own keys are settings.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.domain.security import AuditKind, fingerprint
from desktop.storage import audit
from desktop.storage.db import database, execute, stamp
from desktop.storage.profile_store import get_setting, set_setting

SIGNING_SEED = "kunci_tanda_tangan_desa"
OFFICE_PRIVATE = "kunci_rahasia_kantor"
OFFICE_PUBLIC = "kunci_kantor"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _now() -> str:
    return stamp(datetime.now(UTC))


# --- Village ----------------------------------------------------------------------------------


def signing_seed() -> bytes | None:
    value = get_setting(SIGNING_SEED)
    return _unb64(value) if isinstance(value, str) else None


def save_signing_seed(seed: bytes, public_key: bytes) -> None:
    with database.atomic():
        set_setting(SIGNING_SEED, _b64(seed))
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
    value = get_setting(OFFICE_PUBLIC)
    if not isinstance(value, dict):
        return None
    try:
        return OfficeKey(value["office_name"], _unb64(value["public_key"]), value["imported_at"])
    except (KeyError, ValueError, TypeError):
        return None


def save_office_key(office_name: str, public_key: bytes) -> OfficeKey:
    key = OfficeKey(office_name, public_key, _now())
    with database.atomic():
        previous = office_key()
        set_setting(
            OFFICE_PUBLIC,
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
    value = get_setting(OFFICE_PRIVATE)
    return _unb64(value) if isinstance(value, str) else None


def save_office_private_key(private_key: bytes, public_key: bytes) -> None:
    with database.atomic():
        set_setting(OFFICE_PRIVATE, _b64(private_key))
        audit.record_event(AuditKind.OFFICE_KEY_CREATED, {"fingerprint": fingerprint(public_key)})


def registered_key(village_code: str) -> bytes | None:
    row = execute(
        "SELECT public_key FROM village_key WHERE village_code = ?", (village_code,)
    ).fetchone()
    return _unb64(row[0]) if row else None


def registered_keys() -> dict[str, bytes]:
    rows = execute("SELECT village_code, public_key FROM village_key")
    return {code: _unb64(key) for code, key in rows}


def register_village_key(village_code: str, public_key: bytes, export_id: str) -> None:
    """Register the key of a village's first export (trust on first use)."""
    with database.atomic():
        execute(
            "INSERT INTO village_key (village_code, public_key, registered_at, "
            "registered_by_export) VALUES (?, ?, ?, ?)",
            (village_code, _b64(public_key), _now(), export_id),
        )
        audit.record_event(
            AuditKind.VILLAGE_KEY_REGISTERED,
            {"village": village_code, "fingerprint": fingerprint(public_key), "export": export_id},
        )


@dataclass(frozen=True)
class HeldExport:
    id: int
    village_code: str
    export_id: str
    public_key: bytes
    received_at: str
    via: str
    file_name: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def hold_export(
    village_code: str, export_id: str, public_key: bytes, via: str, file_name: str, data: bytes
) -> bool:
    """Keep an export signed by an unregistered key, still encrypted, until someone at the
    office accepts the new key. False when the same one is already held."""
    with database.atomic():
        cursor = execute(
            "INSERT OR IGNORE INTO held_export (village_code, export_id, public_key, "
            "received_at, via, file_name, envelope) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (village_code, export_id, _b64(public_key), _now(), via, file_name, data),
        )
        added = cursor.rowcount > 0
        if added:
            audit.record_event(
                AuditKind.VILLAGE_KEY_CHANGE_HELD,
                {
                    "village": village_code,
                    "export": export_id,
                    "fingerprint": fingerprint(public_key),
                    "registered": fingerprint(registered_key(village_code) or b""),
                },
            )
    return added


_HELD = (
    "SELECT id, village_code, export_id, public_key, received_at, via, file_name FROM held_export"
)


def _held(row) -> HeldExport:
    return HeldExport(row[0], row[1], row[2], _unb64(row[3]), row[4], row[5], row[6])


def held_exports() -> list[HeldExport]:
    return [_held(r) for r in execute(_HELD + " ORDER BY received_at, id")]


def held_envelope(held_id: int) -> bytes | None:
    row = execute("SELECT envelope FROM held_export WHERE id = ?", (held_id,)).fetchone()
    return bytes(row[0]) if row else None


def accept_new_key(held_id: int) -> list[tuple[HeldExport, bytes]]:
    """Make the key of held export ``held_id`` the village's registered key. Returns every
    export held for that village under that key (to be imported now) and forgets them."""
    with database.atomic():
        row = execute(_HELD + " WHERE id = ?", (held_id,)).fetchone()
        if row is None:
            return []
        chosen = _held(row)
        old = registered_key(chosen.village_code)
        execute(
            "INSERT OR REPLACE INTO village_key (village_code, public_key, registered_at, "
            "registered_by_export) VALUES (?, ?, ?, ?)",
            (chosen.village_code, _b64(chosen.public_key), _now(), chosen.export_id),
        )
        rows = execute(
            _HELD.replace("file_name ", "file_name, envelope ")
            + " WHERE village_code = ? AND public_key = ? ORDER BY received_at, id",
            (chosen.village_code, _b64(chosen.public_key)),
        ).fetchall()
        execute(
            "DELETE FROM held_export WHERE village_code = ? AND public_key = ?",
            (chosen.village_code, _b64(chosen.public_key)),
        )
        audit.record_event(
            AuditKind.VILLAGE_KEY_ACCEPTED,
            {
                "village": chosen.village_code,
                "fingerprint": chosen.fingerprint,
                "replaces": fingerprint(old) if old else "",
            },
        )
    return [(_held(r[:7]), bytes(r[7])) for r in rows]


def discard_held(held_id: int) -> None:
    with database.atomic():
        execute("DELETE FROM held_export WHERE id = ?", (held_id,))
