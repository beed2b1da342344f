"""At the office: make a content pack for the villages, sign it, and write it.

A pack carries the office's contact block, its local contacts and its warnings (composed in
the office window, or read from a folder), and, as the office chooses for each, the hotlines,
a checklist version and the Materi topics: none (each village keeps its own shipped ones), the
ones this app ships, or edited ones from a folder. Its number is one above the office's last;
it is signed with the office's key (the one its villages imported) and checked exactly as a
village will check it, so the office never hands out a pack that would be refused.

The folder ``siaga-tppo content-pack build FOLDER`` reads (every file optional; see
docs/dev/content-pack.md)::

    kantor.json                  {"office_contact": {...}, "local_contacts": [...]}
    peringatan.json              {"warnings": [...]}
    contacts/hotlines.json       as resources/contacts/hotlines.json
    checklists/cek-tawaran-kerja-vN.json   the newest N there goes in
    content/id/NN-topic.md, content/id/leaflet.json, content/en/..., content/reviewed.json

The last three are the app's own ``resources`` layout, so a copy of it can be edited.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from desktop.domain.checklist import available_versions, checklist_file
from desktop.domain.content import TOPIC_FILE
from desktop.domain.content_pack import (
    LANGUAGES,
    PACK_SUFFIX,
    ContentPack,
    LocalContact,
    Material,
    OfficeContact,
    RecruiterWarning,
)
from desktop.domain.errors import SiagaError
from desktop.exchange import keys
from desktop.exchange.wire import content_pack as wire
from desktop.exchange.wire.files import write_verified
from desktop.resources import resource_path
from desktop.storage import exchange_keys, exchange_settings, office_packs
from desktop.storage.office_packs import MadePack

PARTS = ("hotlines", "checklist", "material")
MAX_PART_FILE = 1024 * 1024


class PartSource(Enum):
    NONE = "none"  # not in the pack: each village keeps its shipped one
    SHIPPED = "shipped"  # the one this app ships
    FOLDER = "folder"  # an edited one from the chosen folder


@dataclass(frozen=True)
class PackParts:
    hotlines: dict[str, Any] | None = None
    checklist: dict[str, Any] | None = None
    material: Material | None = None


@dataclass
class PackFolderError(SiagaError):
    """A file of the pack's folder is missing or unreadable. ``part``: a PARTS name, "kantor"
    or "peringatan"; ``path`` the file; ``detail`` for the log."""

    part: str
    path: Path
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}"


@dataclass
class PackCannotBeMade(SiagaError):
    """This installation cannot sign a pack: ``missing`` is "office" (not an office) or "key"
    (no office key yet)."""

    missing: str

    def __str__(self) -> str:
        return f"no content pack without the {self.missing}"


def _read_json(part: str, path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_PART_FILE:
            raise PackFolderError(part, path, "too large")
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise PackFolderError(part, path, f"{type(exc).__name__}: {exc}") from exc


def _read_text(part: str, path: Path) -> str:
    try:
        if path.stat().st_size > MAX_PART_FILE:
            raise PackFolderError(part, path, "too large")
        return path.read_text(encoding="utf-8-sig")
    except (OSError, ValueError) as exc:
        raise PackFolderError(part, path, f"{type(exc).__name__}: {exc}") from exc


def _hotlines(root: Path) -> dict[str, Any] | None:
    path = root / "contacts" / "hotlines.json"
    return _read_json("hotlines", path) if path.is_file() else None


def _checklist(root: Path) -> dict[str, Any] | None:
    folder = root / "checklists"
    versions = available_versions(folder) if folder.is_dir() else []
    if not versions:
        return None
    return _read_json("checklist", checklist_file(folder, versions[-1]))


def _material(root: Path) -> Material | None:
    content = root / "content"
    if not content.is_dir():
        return None
    topics: dict[str, dict[str, str]] = {}
    leaflet: dict[str, Any] = {}
    for language in LANGUAGES:
        folder = content / language
        try:
            names = sorted(p.name for p in folder.iterdir() if TOPIC_FILE.fullmatch(p.name))
        except OSError as exc:
            raise PackFolderError("material", folder, str(exc)) from exc
        topics[language] = {name: _read_text("material", folder / name) for name in names}
        leaflet[language] = _read_json("material", folder / "leaflet.json")
    return Material(topics, leaflet, _read_json("material", content / "reviewed.json"))


def folder_parts(root: Path) -> PackParts:
    """The parts found in ``root`` (laid out as the app's ``resources``). Raises
    PackFolderError."""
    return PackParts(_hotlines(root), _checklist(root), _material(root))


def shipped_parts() -> PackParts:
    return folder_parts(resource_path())


def choose_parts(choices: dict[str, PartSource], folder: Path | None) -> PackParts:
    """Each part from where ``choices`` says (missing: not in the pack). Raises
    PackFolderError, also for a part to be taken from a folder that does not have it."""
    shipped = shipped_parts() if PartSource.SHIPPED in choices.values() else PackParts()
    edited = folder_parts(folder) if folder is not None else PackParts()
    chosen: dict[str, Any] = {}
    for part in PARTS:
        source = choices.get(part, PartSource.NONE)
        if source is PartSource.SHIPPED:
            chosen[part] = getattr(shipped, part)
        elif source is PartSource.FOLDER:
            value = getattr(edited, part)
            if value is None:
                raise PackFolderError(part, folder or Path(), "not in the folder")
            chosen[part] = value
    return PackParts(**chosen)


@dataclass(frozen=True)
class FolderPack:
    """What ``content-pack build`` reads from a folder."""

    office_contact: OfficeContact | None
    local_contacts: tuple[LocalContact, ...]
    warnings: tuple[RecruiterWarning, ...]
    parts: PackParts


def _warning_id(raw: dict[str, Any]) -> str:
    """A warning written without an id gets one from its subject, so building the same folder
    again keeps it the same warning for the villages."""
    subject = json.dumps(
        [raw.get("names", []), raw.get("phones", []), raw.get("companies", [])], sort_keys=True
    )
    return hashlib.sha256(subject.encode()).hexdigest()[:32]


def read_folder(root: Path) -> FolderPack:
    """The pack's content from a folder laid out as the module docstring says. Raises
    PackFolderError."""
    office_contact: OfficeContact | None = None
    local: tuple[LocalContact, ...] = ()
    path = root / "kantor.json"
    if path.is_file():
        raw = _read_json("kantor", path)
        try:
            if raw.get("office_contact"):
                office_contact = OfficeContact.from_json(raw["office_contact"])
            local = tuple(LocalContact.from_json(c) for c in raw.get("local_contacts", []))
        except (AttributeError, TypeError) as exc:
            raise PackFolderError("kantor", path, str(exc)) from exc
    warnings: tuple[RecruiterWarning, ...] = ()
    path = root / "peringatan.json"
    if path.is_file():
        raw = _read_json("peringatan", path)
        try:
            warnings = tuple(
                RecruiterWarning.from_json({"id": _warning_id(w), "villages": []} | w)
                for w in raw["warnings"]
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PackFolderError("peringatan", path, f"{type(exc).__name__}: {exc}") from exc
    return FolderPack(office_contact, local, warnings, folder_parts(root))


def make_pack(
    *,
    office_contact: OfficeContact | None,
    local_contacts: tuple[LocalContact, ...],
    warnings: tuple[RecruiterWarning, ...],
    parts: PackParts,
    now: datetime | None = None,
) -> tuple[MadePack, bytes]:
    """Make, sign and keep the office's next pack. Raises PackCannotBeMade, or PackRejected
    (CONTENT, SCHEMA, TOO_LARGE) for content its villages would refuse; nothing is kept then."""
    office = exchange_settings.load_office()
    if office is None:
        raise PackCannotBeMade("office")
    private, public = exchange_keys.office_private_key(), keys.office_public_key()
    if private is None or public is None:
        raise PackCannotBeMade("key")
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    issued = moment.date()
    pack = ContentPack(
        office_name=office.name,
        office_key=public,
        covers=tuple(office.covers),
        number=office_packs.next_number(),
        created_at=moment,
        office_contact=office_contact,
        local_contacts=local_contacts,
        warnings=tuple(_issued(w, issued) for w in warnings),
        hotlines=parts.hotlines,
        checklist=parts.checklist,
        material=parts.material,
    )
    data = wire.encode(pack, private)
    made = MadePack(pack.number, moment, hashlib.sha256(data).hexdigest())
    office_packs.record_made(made, data)
    return made, data


def _issued(warning: RecruiterWarning, today: date) -> RecruiterWarning:
    return warning if warning.issued is not None else replace(warning, issued=today)


def pack_file_name(office_name: str, number: int) -> str:
    ascii_name = unicodedata.normalize("NFKD", office_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40] or "kantor"
    return f"paket-isi-{slug}-no{number}{PACK_SUFFIX}"


def write_pack(folder: Path, name: str, data: bytes) -> Path:
    """Write the pack file safely and read it back (raises ExportWriteFailed)."""
    return write_verified(folder, name, data)
