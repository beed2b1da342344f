"""The content pack file (``.siagapaket``): the office's content for its villages, signed with
the office's key. All of it bytes::

    SIAGA-TPPO-PAKET-ISI 1\n
    {label: one JSON line, at most MAX_LABEL bytes}\n
    {body: the pack as JSON, UTF-8}
    \n{XEdDSA signature, base64}\n

The label repeats who made the pack and its number, for a receiver to keep the newest and for a
village to say whose pack it refused; it is never trusted before the signature holds, and the
signed body must agree with it. The signature (``office_signature``: the office's X25519 key,
the one its villages imported) is over ``SIGNED_PREFIX``, the first two lines and the BLAKE2b-512
hash of the body.

A pack is hostile input until it is verified, and reading goes in this order, never otherwise:
size, layout, the signature against the key the village trusts, then the body's JSON, its
schema (``resources/schema/content-pack-v1.schema.json``), then the content: the checklist
against ``resources/checklists/checklist.schema.json`` and its own rules, the topics, leaflet
words and review dates through Materi's parsers, the hotlines through their parser, the
warnings' and contacts' rules. The office runs the same checks before it writes a pack.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from desktop.domain.checklist import ChecklistInvalid, parse_checklist
from desktop.domain.content import (
    LEAFLET_KEYS,
    ContentError,
    library_from_texts,
    parse_leaflet_text,
    parse_reviews,
)
from desktop.domain.content_pack import (
    LANGUAGES,
    MAX_PACK_BYTES,
    PACK_FORMAT,
    PACK_FORMAT_VERSION,
    ContentPack,
    LocalContact,
    Material,
    OfficeContact,
    PackProblem,
    RecruiterWarning,
    validate_local_contact,
    validate_warning,
)
from desktop.domain.errors import ValidationFailed
from desktop.domain.hotlines import HotlinesUnreadable, parse_hotlines
from desktop.exchange.wire import office_signature
from desktop.exchange.wire.schema import SchemaViolation, compiled_schema
from desktop.resources import resource_path

MAGIC = b"SIAGA-TPPO-PAKET-ISI 1\n"
MAGIC_PREFIX = b"SIAGA-TPPO-PAKET-ISI "
SIGNED_PREFIX = b"siaga-tppo-paket-isi 1 tanda tangan\n"
MAX_LABEL = 1024
SIGNATURE_LINE = 2 + 88  # b"\n" + base64 of 64 bytes + b"\n"


class PackTrouble(Enum):
    NOT_A_PACK = "bukan_paket"  # not this format, or cut off
    TOO_LARGE = "terlalu_besar"
    NEWER_FORMAT = "format_lebih_baru"  # made by a newer app
    OTHER_KEY = "kunci_lain"  # signed by another office's key (the label says whose)
    BAD_SIGNATURE = "tanda_tangan_salah"  # changed after signing, or damaged
    SCHEMA = "tidak_sesuai_format"  # signed, but not laid out as the schema says
    CONTENT = "isi_tidak_sah"  # laid out right, but a part the app cannot use


class PackRejected(Exception):
    """The pack is refused. ``label`` is what its unverified label says (None: unreadable);
    ``part`` names the part whose content is not usable (CONTENT): "hotlines", "checklist",
    "material" or "warnings"; ``detail`` is for the log."""

    def __init__(
        self,
        trouble: PackTrouble,
        detail: str = "",
        label: PackLabel | None = None,
        part: str = "",
    ):
        super().__init__(f"{trouble.value}: {detail}" if detail else trouble.value)
        self.trouble = trouble
        self.detail = detail
        self.label = label
        self.part = part


@dataclass(frozen=True)
class PackLabel:
    """What the first lines say: never trusted before the signature holds."""

    office_name: str
    office_key: bytes
    number: int
    created_at: str


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _signed(head: bytes, body: bytes) -> bytes:
    return SIGNED_PREFIX + head + hashlib.blake2b(body, digest_size=64).digest()


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def pack_document(pack: ContentPack) -> dict[str, Any]:
    """The body of ``pack`` as JSON data (the schema's layout)."""
    doc: dict[str, Any] = {
        "format": PACK_FORMAT,
        "version": PACK_FORMAT_VERSION,
        "office": {
            "name": pack.office_name,
            "key": base64.b64encode(pack.office_key).decode("ascii"),
            "covers": list(pack.covers),
        },
        "pack": {"number": pack.number, "created_at": stamp(pack.created_at)},
        "local_contacts": [c.as_json() for c in pack.local_contacts],
        "warnings": [w.as_json() for w in pack.warnings],
    }
    if pack.office_contact is not None:
        doc["office_contact"] = pack.office_contact.as_json()
    if pack.hotlines is not None:
        doc["hotlines"] = pack.hotlines
    if pack.checklist is not None:
        doc["checklist"] = pack.checklist
    if pack.material is not None:
        doc["material"] = {
            "topics": {
                language: [
                    {"file": name, "text": text}
                    for name, text in sorted(pack.material.topics[language].items())
                ]
                for language in LANGUAGES
            },
            "leaflet": {language: dict(pack.material.leaflet[language]) for language in LANGUAGES},
            "reviewed": dict(pack.material.reviewed),
        }
    return doc


def encode(pack: ContentPack, office_private_key: bytes) -> bytes:
    """The signed pack file. Raises PackRejected (CONTENT, TOO_LARGE) for a pack its villages
    would refuse, so that the office never hands one out."""
    body = json.dumps(pack_document(pack), ensure_ascii=False, indent=1, sort_keys=True).encode()
    document = json.loads(body)
    _check_schema(document)
    read_pack(document)
    label = {
        "office": pack.office_name,
        "key": base64.b64encode(pack.office_key).decode("ascii"),
        "number": pack.number,
        "created_at": stamp(pack.created_at),
    }
    head = MAGIC + _canonical(label) + b"\n"
    signature = office_signature.sign(_signed(head, body), office_private_key)
    data = head + body + b"\n" + base64.b64encode(signature) + b"\n"
    if len(data) > MAX_PACK_BYTES:
        raise PackRejected(PackTrouble.TOO_LARGE, str(len(data)))
    return data


def read_label(data: bytes) -> PackLabel:
    """The unverified label of a pack file. Raises PackRejected (NOT_A_PACK, NEWER_FORMAT)."""
    if not data.startswith(MAGIC):
        if data.startswith(MAGIC_PREFIX):
            raise PackRejected(PackTrouble.NEWER_FORMAT)
        raise PackRejected(PackTrouble.NOT_A_PACK, "magic")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_LABEL + 1)
    if end < 0:
        raise PackRejected(PackTrouble.NOT_A_PACK, "label")
    try:
        raw = json.loads(data[len(MAGIC) : end])
        label = PackLabel(
            office_name=" ".join(str(raw["office"]).split())[:120],
            office_key=base64.b64decode(str(raw["key"]), validate=True),
            number=int(raw["number"]),
            created_at=str(raw["created_at"])[:40],
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise PackRejected(PackTrouble.NOT_A_PACK, "label") from exc
    if len(label.office_key) != 32:
        raise PackRejected(PackTrouble.NOT_A_PACK, "label key")
    return label


def verify(data: bytes, trusted_key: bytes) -> ContentPack:
    """The pack in ``data``, checked in the order the module docstring gives, signed by the
    office whose X25519 public key is ``trusted_key``. Raises PackRejected."""
    if len(data) > MAX_PACK_BYTES:
        raise PackRejected(PackTrouble.TOO_LARGE, str(len(data)))
    label = read_label(data)
    head_end = data.index(b"\n", len(MAGIC)) + 1
    if len(data) < head_end + SIGNATURE_LINE or data[-SIGNATURE_LINE] != 0x0A or data[-1] != 0x0A:
        raise PackRejected(PackTrouble.NOT_A_PACK, "signature line", label)
    try:
        signature = base64.b64decode(data[-SIGNATURE_LINE + 1 : -1], validate=True)
    except ValueError as exc:
        raise PackRejected(PackTrouble.NOT_A_PACK, "signature line", label) from exc
    head, body = data[:head_end], data[head_end:-SIGNATURE_LINE]
    try:
        office_signature.verify(_signed(head, body), signature, trusted_key)
    except office_signature.SignatureInvalid as exc:
        trouble = PackTrouble.OTHER_KEY if label.office_key != trusted_key else None
        raise PackRejected(trouble or PackTrouble.BAD_SIGNATURE, str(exc), label) from exc
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackRejected(PackTrouble.SCHEMA, "not JSON", label) from exc
    try:
        _check_schema(document)
        pack = read_pack(document)
    except PackRejected as exc:
        exc.label = label
        raise
    if (pack.office_key, pack.number, pack.office_name, stamp(pack.created_at)) != (
        label.office_key,
        label.number,
        label.office_name,
        label.created_at,
    ):
        raise PackRejected(PackTrouble.SCHEMA, "label and body differ", label)
    return replace(pack, sha256=hashlib.sha256(data).hexdigest())


# The part of a pack a schema violation is in, by the body's member it was found under.
_SCHEMA_PARTS = {
    "hotlines": "hotlines",
    "checklist": "checklist",
    "material": "material",
    "warnings": "warnings",
    "local_contacts": "contacts",
    "office_contact": "kantor",
}


def _check_schema(document: Any) -> None:
    newer = (
        isinstance(document, dict)
        and document.get("format") == PACK_FORMAT
        and isinstance(document.get("version"), int)
        and document["version"] > PACK_FORMAT_VERSION
    )
    if newer:
        raise PackRejected(PackTrouble.NEWER_FORMAT)
    try:
        compiled_schema(resource_path("schema", "content-pack-v1.schema.json"))(document)
    except SchemaViolation as exc:
        outermost = exc.path[-1] if exc.path else ""
        part = _SCHEMA_PARTS.get(outermost, "") if isinstance(outermost, str) else ""
        raise PackRejected(PackTrouble.SCHEMA, str(exc), part=part) from exc


def _content(part: str, detail: str) -> PackRejected:
    return PackRejected(PackTrouble.CONTENT, str(PackProblem(part, detail)), part=part)


def read_pack(document: dict[str, Any]) -> ContentPack:
    """The pack of a schema-valid document, its parts checked by the app's own readers.
    Raises PackRejected (CONTENT)."""
    office = document["office"]
    try:
        warnings = tuple(RecruiterWarning.from_json(w) for w in document["warnings"])
        created = datetime.strptime(document["pack"]["created_at"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as exc:
        raise _content("warnings", str(exc)) from exc
    if len({w.id for w in warnings}) != len(warnings):
        raise _content("warnings", "repeated warning ids")
    pack = ContentPack(
        office_name=office["name"],
        office_key=base64.b64decode(office["key"]),
        covers=tuple(office["covers"]),
        number=document["pack"]["number"],
        created_at=created.replace(tzinfo=UTC),
        office_contact=(
            OfficeContact.from_json(document["office_contact"])
            if "office_contact" in document
            else None
        ),
        local_contacts=tuple(LocalContact.from_json(c) for c in document["local_contacts"]),
        warnings=warnings,
        hotlines=document.get("hotlines"),
        checklist=document.get("checklist"),
        material=_material(document["material"]) if "material" in document else None,
    )
    _check_parts(pack)
    return pack


def _material(raw: dict[str, Any]) -> Material:
    topics = {}
    for language in LANGUAGES:
        files = {t["file"]: t["text"] for t in raw["topics"][language]}
        if len(files) != len(raw["topics"][language]):
            raise _content("material", f"a topic file named twice ({language})")
        topics[language] = files
    return Material(topics, raw["leaflet"], raw["reviewed"])


def _check_parts(pack: ContentPack) -> None:
    """What the schema cannot say: every part reads as the app reads its shipped files."""
    if pack.hotlines is not None:
        try:
            parse_hotlines(pack.hotlines)
        except (HotlinesUnreadable, ValueError, KeyError, TypeError) as exc:
            raise _content("hotlines", f"{type(exc).__name__}: {exc}") from exc
    if pack.checklist is not None:
        try:
            compiled_schema(resource_path("checklists", "checklist.schema.json"))(pack.checklist)
            parse_checklist(pack.checklist, "paket")
        except (SchemaViolation, ChecklistInvalid) as exc:
            raise _content("checklist", str(exc)) from exc
    if pack.material is not None:
        check_material(pack.material)
    for warning in pack.warnings:
        try:
            validate_warning(
                warning_id=warning.id,
                known=warning.known,
                names=warning.names,
                phones=warning.phones,
                companies=warning.companies,
                since=warning.since,
                villages=warning.villages,
                today=pack.created_at.date(),
            )
        except ValidationFailed as exc:
            raise _content("warnings", f"{warning.id}: {exc}") from exc
    for contact in pack.local_contacts:
        try:
            validate_local_contact(**contact.as_json())
        except ValidationFailed as exc:
            raise _content("contacts", f"{contact.role}: {exc}") from exc


def check_material(material: Material) -> None:
    """The topics, leaflet words and review dates as Materi reads them: every topic parses, both
    languages have the same topics, every topic has a check date. Raises PackRejected."""
    where = Path("paket")
    try:
        libraries = {
            language: library_from_texts(where / language, language, material.topics[language])
            for language in LANGUAGES
        }
        for language in LANGUAGES:
            parse_leaflet_text(where / language / "leaflet.json", material.leaflet[language])
            extra = set(material.leaflet[language]) - set(LEAFLET_KEYS)
            if extra:
                raise ContentError(where / language / "leaflet.json", f"unknown {sorted(extra)}")
        parse_reviews(where / "reviewed.json", material.reviewed, libraries["id"])
    except ContentError as exc:
        raise _content("material", str(exc)) from exc
    ids = {language: [t.id for t in lib.topics] for language, lib in libraries.items()}
    if ids["id"] != ids["en"]:
        raise _content("material", "the Indonesian and English topics differ")
