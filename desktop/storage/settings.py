"""The settings registry: every key an installation keeps in its database, declared once here
with its type, its default and what it is for, and read and written only through that
declaration (``LANGUAGE.get()``, ``LANGUAGE.set("en")``). Owner of the table ``setting``.

A value is stored as JSON. One that is missing, unreadable or of another type than declared
reads as the default; callers still check what a type cannot say (a range, a dictionary's
fields). The store refuses a setting that is not declared here (``UndeclaredSetting``), so a
misspelt or private key cannot slip past the registry. Window state the unlock window needs
before the database is open (its size, a copy of the language and text size) stays in
QSettings (``DataPaths.ui_settings``), owned by the UI.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from desktop.domain.security import DEFAULT_IDLE_LOCK_MINUTES
from desktop.storage.db import database
from desktop.storage.models import Setting

T = TypeVar("T")

DEFAULT_RETENTION_DAYS = 30


class UndeclaredSetting(LookupError):
    """Code asked the store for a setting this registry does not declare (a programming
    mistake: declare it here)."""


@dataclass(frozen=True, eq=False)
class SettingVar(Generic[T]):
    """One setting: its key in the table, the JSON type its value has, the value it has until
    it is set (or when what is stored is unusable), and what it is for."""

    key: str
    kind: type
    default: T
    description: str

    def get(self) -> T:
        row = Setting.get_or_none(Setting.key == _declared(self).key)
        if row is not None:
            try:
                value = json.loads(row.value)
            except ValueError:
                value = None
            if isinstance(value, self.kind):
                return cast(T, value)  # the kind checked is T's
        return copy.deepcopy(self.default)  # a caller may change a list or dictionary given

    def set(self, value: T) -> None:
        """Keep ``value`` (one transaction; inside a caller's, part of it)."""
        key = _declared(self).key
        with database.atomic():
            Setting.replace(key=key, value=json.dumps(value, ensure_ascii=False)).execute()


# --- How the window looks (village and office) ---------------------------------------------------

LANGUAGE: SettingVar[str] = SettingVar(
    "language", str, "id", "The window's language: 'id' (Indonesian) or 'en' (English)."
)
TEXT_SIZE: SettingVar[str] = SettingVar(
    "text_size", str, "normal", "The text size chosen in Pengaturan (ui.style.TextSize values)."
)
IDLE_LOCK_MINUTES: SettingVar[int] = SettingVar(
    "kunci_setelah_menit",
    int,
    DEFAULT_IDLE_LOCK_MINUTES,
    "Minutes without use before the protected app locks itself (domain.security choices).",
)
CHECKLIST_PAPER: SettingVar[str] = SettingVar(
    "checklist_paper", str, "f4", "The paper a job-offer check's result sheet was last printed on."
)
INCIDENT_PAPER: SettingVar[str] = SettingVar(
    "incident_paper", str, "a4", "The paper an incident record was last printed on ('a4', 'f4')."
)

# --- This installation and its village ------------------------------------------------------

INSTALLATION_ID: SettingVar[str | None] = SettingVar(
    "installation_id", str, None, "A random id naming this installation in exports; set once."
)
CODE_CHANGES: SettingVar[list[Any]] = SettingVar(
    "perubahan_kode_wilayah",
    list,
    [],
    "Every signed change of the village's area code, oldest first (CodeChange.as_json()).",
)
INCIDENT_AUTHOR: SettingVar[str] = SettingVar(
    "incident_author", str, "", "Who records incidents here (a name or role), offered again."
)
RETENTION_DAYS: SettingVar[int] = SettingVar(
    "incident_retention_days",
    int,
    DEFAULT_RETENTION_DAYS,
    "Days a deleted incident stays in Terhapus before it is removed for good.",
)

# --- The village's sending (Kirim & Ekspor) --------------------------------------------------

SYNC_ENDPOINT: SettingVar[str] = SettingVar(
    "sync_endpoint", str, "", "The office receiver's address the village uploads to."
)
SYNC_TOKEN: SettingVar[str] = SettingVar(
    "sync_token", str, "", "The access token the office gave the village for uploading."
)
RECEIVER_PINS: SettingVar[list[Any]] = SettingVar(
    "receiver_pins",
    list,
    [],
    "Fingerprints of the office receiver's certificate, from the office key file.",
)
LAST_SUCCESS: SettingVar[str | None] = SettingVar(
    "sync_last_success", str, None, "When an upload last succeeded (a stored time stamp)."
)
LAST_CONTACT: SettingVar[dict[str, Any] | None] = SettingVar(
    "sync_last_contact",
    dict,
    None,
    'The last probe of the office: {"at", "reached", "problem"}.',
)
SIGNING_SEED: SettingVar[str | None] = SettingVar(
    "kunci_tanda_tangan_desa", str, None, "The village's Ed25519 signing seed (base64)."
)
OFFICE_KEY: SettingVar[dict[str, Any] | None] = SettingVar(
    "kunci_kantor",
    dict,
    None,
    'The office public key the village imported: {"office_name", "public_key", "imported_at"}.',
)

# --- The office -------------------------------------------------------------------------------

OFFICE_PROFILE: SettingVar[dict[str, Any] | None] = SettingVar(
    "office_profile",
    dict,
    None,
    'The office this installation is: {"name", "covers"}; unset in a village.',
)
OVERDUE_DAYS: SettingVar[int | None] = SettingVar(
    "village_overdue_days",
    int,
    None,
    "Days without an export after which the status board shows a village as overdue.",
)
OFFICE_PRIVATE_KEY: SettingVar[str | None] = SettingVar(
    "kunci_rahasia_kantor", str, None, "The office's private key for sealed exports (base64)."
)
OFFICER: SettingVar[str] = SettingVar(
    "office_officer", str, "", "The officer who last reviewed or chose here, offered again."
)
PACK_CONTACTS: SettingVar[dict[str, Any] | None] = SettingVar(
    "paket_kontak_kantor",
    dict,
    None,
    'The contacts the next content pack carries: {"office_contact", "local_contacts"}.',
)
PACK_CHOICES: SettingVar[dict[str, Any]] = SettingVar(
    "paket_pilihan_isi",
    dict,
    {},
    "What else the next content pack carries, as last chosen (office_packs.load_choices).",
)
RECEIVER_ACCESS: SettingVar[dict[str, Any] | None] = SettingVar(
    "penerima_kantor",
    dict,
    None,
    'The receiver this office fetches from: {"url", "token", "pins"}.',
)
RECEIPTS_POSTED: SettingVar[int] = SettingVar(
    "tanda_terima_penerima",
    int,
    0,
    "The import log's row up to which receipts were posted to the receiver.",
)


def _register(*declared: SettingVar[Any]) -> dict[str, SettingVar[Any]]:
    registry: dict[str, SettingVar[Any]] = {}
    for var in declared:
        if var.key in registry:
            raise ValueError(f"setting {var.key!r} declared twice")
        registry[var.key] = var
    return registry


# Every SettingVar above, in the order declared: one cannot be declared and left out.
REGISTRY = _register(
    *(value for value in tuple(globals().values()) if isinstance(value, SettingVar))
)


def _declared(var: SettingVar[Any]) -> SettingVar[Any]:
    if REGISTRY.get(var.key) is not var:
        raise UndeclaredSetting(var.key)
    return var
