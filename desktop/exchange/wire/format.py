"""Export format: canonical serialization, the SHA-256, building a document (reading one, within
bounds: ``wire/reader.py``).

An export is one JSON document (see docs/dev/protocol.md, "The export document", and
``resources/schema/export-v3.schema.json``; version 2 added the deleted checks, version 3 the
village's signed area code changes; versions 1 and 2 are still read). Everything here takes or
returns bytes, so the signed and encrypted envelope wraps the document without touching this
module.

Canonical serialization: UTF-8, object members sorted by name, no insignificant whitespace,
non-ASCII characters written as themselves, no floating-point numbers (the format has none).
For this data it is the same as RFC 8785 (JCS). ``sha256`` is the SHA-256 of the canonical
serialization of the document without its ``sha256`` member; the file itself is that
serialization with the ``sha256`` member written first, so a reader can check the hash on the
bytes it read, and re-serializes only when a file was written by other software.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import encode_basestring
from typing import Any

from desktop.domain.exchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    CodeChange,
    VersionFields,
    VersionRow,
)
from desktop.exchange.wire.socialisation import MEMBER as EVENTS

_CANONICAL: dict[str, Any] = {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":")}


def canonical_text(value: Any) -> str:
    return json.dumps(value, allow_nan=False, **_CANONICAL)


def canonical_bytes(value: Any) -> bytes:
    """The canonical serialization. Raises ValueError for text that is not valid Unicode."""
    try:
        return canonical_text(value).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"not valid Unicode: {exc}") from exc


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------
# Writing


@dataclass(frozen=True)
class ExportSource:
    role: str  # "desa" or "kelurahan"
    village_code: str
    village_name: str
    district_name: str
    regency_name: str
    province_name: str
    installation_id: str
    sequence: int
    training: bool = False  # made in MODE LATIHAN: fictional data

    def as_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "village_code": self.village_code,
            "village_name": self.village_name,
            "district_name": self.district_name,
            "regency_name": self.regency_name,
            "province_name": self.province_name,
            "installation_id": self.installation_id,
            "sequence": self.sequence,
            "training": self.training,
        }


@dataclass(frozen=True)
class ExportHeader:
    export_id: str
    created_at: datetime  # aware
    app_version: str
    source: ExportSource
    identities_reason: str | None  # None: personal identifiers left out
    code_changes: tuple[CodeChange, ...] = ()  # every change of the village's area code
    events: dict[str, Any] | None = None  # the optional events section (wire/socialisation.py)

    @property
    def identities_included(self) -> bool:
        return self.identities_reason is not None


# A person's identity in canonical payload text. Inside a JSON string every '"' is escaped,
# so '"identity":' can only be the member itself, and its value holds only strings.
_IDENTITY_VALUE = r'"identity":\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}'
_IDENTITY = re.compile(_IDENTITY_VALUE + ",")
_IDENTITY_LAST = re.compile("," + _IDENTITY_VALUE)


def strip_identities(payload_text: str) -> str:
    """Canonical payload text with every person's name, NIK and phone removed.

    Works on the text, because parsing and re-serializing 100,000 payloads would take longer
    than the whole export may. The result is exactly the canonical text of the payload
    without the ``identity`` members (the tests hold it to that).
    """
    if '"identity":' not in payload_text:
        return payload_text
    text = _IDENTITY.sub("", payload_text)
    if '"identity":' in text:  # an identity that was a person's last member
        text = _IDENTITY_LAST.sub("", text)
    return text


def _version_text(row: VersionFields, with_identities: bool) -> str:
    s = encode_basestring
    _, version_id, prev_version_id, saved_at, author, state, reason, payload = row
    if not with_identities:
        payload = strip_identities(payload)
    prev = s(prev_version_id) if prev_version_id else "null"
    return (
        f'{{"author":{s(author)},"payload":{payload},"prev_version_id":{prev},'
        f'"reason":{s(reason)},"saved_at":{s(saved_at)},"state":{s(state)},'
        f'"version_id":{s(version_id)}}}'
    )


def _in_order(versions: Sequence[VersionFields]) -> Sequence[VersionFields]:
    """``order_versions`` for rows as read: most records are one straight line already."""
    previous = None
    for row in versions:
        if row[2] != previous:
            return order_versions([VersionRow._make(v) for v in versions])
        previous = row[1]
    return versions


def order_versions(versions: list[Any]) -> list[Any]:
    """A record's versions so that each comes after the one it names as previous.

    Items need ``version_id``, ``prev_version_id`` and ``saved_at``. Versions that name no
    previous version held here start the order, by time. Raises ValueError for a cycle.
    """
    ids = {v.version_id for v in versions}
    if all(
        (v.prev_version_id is None if n == 0 else v.prev_version_id == versions[n - 1].version_id)
        for n, v in enumerate(versions)
    ):
        return versions  # the usual case: one straight line, already in order
    children: dict[str | None, list[Any]] = {}
    for v in versions:
        parent = v.prev_version_id if v.prev_version_id in ids else None
        children.setdefault(parent, []).append(v)
    ordered: list[Any] = []
    queue = sorted(children.get(None, []), key=lambda v: v.saved_at)
    while queue:
        v = queue.pop(0)
        ordered.append(v)
        queue += sorted(children.get(v.version_id, []), key=lambda c: c.saved_at)
    if len(ordered) != len(versions):
        raise ValueError("versions form a cycle")
    return ordered


@dataclass(frozen=True)
class DocumentCounts:
    records: int
    versions: int
    assessments: int


@dataclass(frozen=True)
class BuiltExport:
    data: bytes  # the file
    sha256: str
    records: int
    versions: int
    assessments: int


# The SHA-256 is over the canonical serialization without the sha256 member; the file has that
# member first. So the hash starts with the opening brace, and the file with ``prefix``.
HASH_START = b"{"


def document_prefix(sha256: str) -> bytes:
    """The file's first bytes, up to and including its sha256 member."""
    return b'{"sha256":"' + sha256.encode("ascii") + b'",'


def write_document(
    header: ExportHeader,
    records: Iterable[Sequence[VersionFields]],
    assessments: list[dict[str, Any]],
    write: Callable[[bytes], None],
    removed: list[dict[str, str]] | None = None,
) -> DocumentCounts:
    """Write the export document, from stored rows (each record's versions, as VersionRows or
    as the plain tuples the database gives), after its prefix:
    ``HASH_START`` then everything ``write`` gets is what the SHA-256 is taken over, and the
    file is ``document_prefix(sha256)`` followed by the same bytes.

    Built as text, splicing in the stored canonical payloads: the same bytes
    ``canonical_bytes`` gives for the parsed document, only several times faster. Each record
    is written on its own, so no large string is built and copied (a 250 MB export).
    """
    with_ids = header.identities_included
    identities: dict[str, Any] = {"included": with_ids}
    if with_ids:
        identities["reason"] = header.identities_reason
    created = header.created_at
    offset = created.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"

    def head(counts: dict[str, int] | None) -> tuple[str, str]:
        text = canonical_text(
            {
                "app_version": header.app_version,
                "code_changes": [c.as_json() for c in header.code_changes],
                "content": None,
                "counts": counts,
                "created_at": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "export_id": header.export_id,
                "format": FORMAT_NAME,
                "identities": identities,
                "local_offset": f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}",
                "schema_version": FORMAT_VERSION,
                "source": header.source.as_json(),
            }
            | ({EVENTS: header.events} if header.events is not None else {})
        )
        before, after = text.split('"content":null', 1)
        return before, after

    # The members sort as app_version, code_changes, content, counts, ...: what comes before
    # the content does not depend on the counts, which are known only at the end.
    before, _ = head(None)
    write(before[1:].encode())  # the opening brace is written before the sha256 member
    write(f'"content":{{"assessments":{canonical_text(assessments)},"incidents":['.encode())
    n_records = n_versions = 0
    for versions in records:
        inner = ",".join(_version_text(v, with_ids) for v in _in_order(versions))
        comma = "," if n_records else ""
        write(
            f'{comma}{{"record_id":{encode_basestring(versions[0][0])},'
            f'"versions":[{inner}]}}'.encode()
        )
        n_records += 1
        n_versions += len(versions)
    write(f'],"removed_assessments":{canonical_text(removed or [])}}}'.encode())
    counts = {"assessments": len(assessments), "records": n_records, "versions": n_versions}
    write(head(counts)[1].encode())
    return DocumentCounts(n_records, n_versions, len(assessments))


def build_document(
    header: ExportHeader,
    records: Iterable[Sequence[VersionFields]],
    assessments: list[dict[str, Any]],
    removed: list[dict[str, str]] | None = None,
) -> BuiltExport:
    """The export file and its SHA-256, in memory (see ``write_document``)."""
    hasher = hashlib.sha256(HASH_START)
    pieces: list[bytes] = []

    def write(piece: bytes) -> None:
        hasher.update(piece)
        pieces.append(piece)

    counts = write_document(header, records, assessments, write, removed)
    digest = hasher.hexdigest()
    data = b"".join([document_prefix(digest), *pieces])
    return BuiltExport(data, digest, counts.records, counts.versions, counts.assessments)
