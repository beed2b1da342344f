"""Export format: canonical serialization, the SHA-256, building and reading a document.

An export is one JSON document (see docs/dev/protocol.md, "The export document", and
``resources/schema/export-v2.schema.json``; version 2 added the deleted checks, and version 1
files are still read). Everything here takes or returns bytes, so the signed and encrypted
envelope wraps the document without touching this module.

Canonical serialization: UTF-8, object members sorted by name, no insignificant whitespace,
non-ASCII characters written as themselves, no floating-point numbers (the format has none).
For this data it is the same as RFC 8785 (JCS). ``sha256`` is the SHA-256 of the canonical
serialization of the document without its ``sha256`` member; the file itself is that
serialization with the ``sha256`` member written first, so a reader can check the hash on the
bytes it read, and re-serializes only when a file was written by other software.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from json.encoder import encode_basestring
from typing import Any

from desktop.domain.exchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_EXPORT_BYTES,
    READ_VERSIONS,
    ExportRejected,
    RejectReason,
    VersionRow,
)
from desktop.domain.incident import RecordState, StoredVersion
from desktop.exchange.wire.schema import SchemaViolation, export_checker
from desktop.exchange.wire.socialisation import MEMBER as EVENTS
from desktop.exchange.wire.socialisation import NO_EVENTS, IncomingEvents, read_section

_CANONICAL = {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":")}
_PREFIX = re.compile(rb'\A\{"sha256":"([0-9a-f]{64})",')


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


def _version_text(row: VersionRow, with_identities: bool) -> str:
    s = encode_basestring
    payload = row.payload if with_identities else strip_identities(row.payload)
    prev = s(row.prev_version_id) if row.prev_version_id else "null"
    return (
        f'{{"author":{s(row.author)},"payload":{payload},"prev_version_id":{prev},'
        f'"reason":{s(row.reason)},"saved_at":{s(row.saved_at)},"state":{s(row.state)},'
        f'"version_id":{s(row.version_id)}}}'
    )


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
    records: Iterable[list[VersionRow]],
    assessments: list[dict[str, Any]],
    write: Callable[[bytes], None],
    removed: list[dict[str, str]] | None = None,
) -> DocumentCounts:
    """Write the export document, from stored rows (each record's versions), after its prefix:
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

    # The members sort as app_version, content, counts, ...: what comes before the content
    # does not depend on the counts, which are known only at the end.
    before, _ = head(None)
    write(before[1:].encode())  # the opening brace is written before the sha256 member
    write(f'"content":{{"assessments":{canonical_text(assessments)},"incidents":['.encode())
    n_records = n_versions = 0
    for versions in records:
        ordered = order_versions(versions)
        inner = ",".join(_version_text(v, with_ids) for v in ordered)
        comma = "," if n_records else ""
        write(
            f'{comma}{{"record_id":{encode_basestring(versions[0].record_id)},'
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
    records: Iterable[list[VersionRow]],
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


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class IncomingRecord:
    record_id: str
    versions: list[StoredVersion]  # in history order


@dataclass(frozen=True)
class ExportDocument:
    """A checked export: schema-valid, hash verified, ids unique, histories whole."""

    export_id: str
    sha256: str
    created_at: datetime
    app_version: str
    source: ExportSource
    identities_reason: str | None
    records: list[IncomingRecord]
    assessments: list[dict[str, Any]]
    # record id -> when the village deleted that check (format 2; none in format 1)
    removed_assessments: dict[str, str] = field(default_factory=dict)
    events: IncomingEvents = NO_EVENTS  # Kegiatan sosialisasi (an optional section)

    @property
    def version_count(self) -> int:
        return sum(len(r.versions) for r in self.records)

    def version_ids(self) -> Iterator[str]:
        for record in self.records:
            for version in record.versions:
                yield version.version_id


def _refuse_float(text: str) -> Any:
    raise ValueError(f"number with a fraction: {text[:20]}")


def _refuse_constant(text: str) -> Any:
    raise ValueError(f"not a JSON number: {text}")


def _load(data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExportRejected(RejectReason.NOT_TEXT, f"byte {exc.start}") from None
    try:
        return json.loads(text, parse_float=_refuse_float, parse_constant=_refuse_constant)
    except RecursionError:
        raise ExportRejected(RejectReason.TOO_DEEP) from None
    except json.JSONDecodeError as exc:
        raise ExportRejected(RejectReason.DAMAGED, f"line {exc.lineno} col {exc.colno}") from None
    except ValueError as exc:
        raise ExportRejected(RejectReason.INVALID, str(exc)[:200]) from None


def _check_hash(data: bytes, doc: dict[str, Any]) -> str:
    claimed = doc.get("sha256")
    if type(claimed) is not str or not re.fullmatch(r"[0-9a-f]{64}", claimed):
        raise ExportRejected(RejectReason.INVALID, "sha256")
    match = _PREFIX.match(data)
    if match and match.group(1).decode("ascii") == claimed:
        digest = hashlib.sha256(b"{")
        digest.update(memoryview(data)[match.end() :])
        if digest.hexdigest() == claimed:
            return claimed
    rest = {k: v for k, v in doc.items() if k != "sha256"}
    try:
        actual = sha256_hex(canonical_bytes(rest))
    except ValueError:
        raise ExportRejected(RejectReason.NOT_TEXT, "unpaired surrogate") from None
    if actual != claimed:
        raise ExportRejected(RejectReason.HASH_MISMATCH)
    return claimed


_DATE_FIELDS = ("reported_on", "consent_date")


def _check_dates(payload: dict[str, Any], where: str) -> None:
    try:
        for name in _DATE_FIELDS:
            if name in payload:
                date.fromisoformat(payload[name])
        happened = payload.get("happened")
        if happened:
            date.fromisoformat((happened + "-01-01")[:10] if len(happened) < 10 else happened)
        for referral in payload.get("referrals", ()):
            if "referred_on" in referral:
                date.fromisoformat(referral["referred_on"])
    except ValueError:
        raise ExportRejected(RejectReason.INVALID, f"{where}: tanggal") from None


def _records(doc: dict[str, Any]) -> list[IncomingRecord]:
    record_ids: set[str] = set()
    version_ids: set[str] = set()
    owner: dict[str, str] = {}
    out = []
    states = {s.value: s for s in RecordState}
    parse_time = datetime.fromisoformat
    for n, item in enumerate(doc["content"]["incidents"]):
        record_id = item["record_id"]
        if record_id in record_ids:
            raise ExportRejected(RejectReason.DUPLICATE_ID, f"record {record_id}")
        record_ids.add(record_id)
        versions = []
        for m, v in enumerate(item["versions"]):
            version_id = v["version_id"]
            if version_id in version_ids:
                raise ExportRejected(RejectReason.DUPLICATE_ID, f"version {version_id}")
            version_ids.add(version_id)
            owner[version_id] = record_id
            state = states[v["state"]]
            payload = v["payload"]
            where = f"content.incidents[{n}].versions[{m}]"
            if state is not RecordState.PURGED:
                if payload["record_id"] != record_id:
                    raise ExportRejected(RejectReason.INVALID, f"{where}.payload.record_id")
                _check_dates(payload, where)
            try:
                saved = parse_time(v["saved_at"])
            except ValueError:
                raise ExportRejected(RejectReason.INVALID, f"{where}.saved_at") from None
            versions.append(
                StoredVersion(
                    record_id=record_id,
                    version_id=version_id,
                    prev_version_id=v["prev_version_id"],
                    saved_at=saved,
                    author=v["author"],
                    state=state,
                    reason=v["reason"],
                    payload=payload,
                )
            )
        out.append(IncomingRecord(record_id, versions))
    purged = set()
    for record in out:
        for v in record.versions:
            if v.state is RecordState.PURGED:
                purged.add(v.version_id)
    for record in out:
        for v in record.versions:
            prev = v.prev_version_id
            if prev is not None and prev in owner and owner[prev] != record.record_id:
                raise ExportRejected(RejectReason.BROKEN_HISTORY, f"version {v.version_id}")
            if prev in purged:
                raise ExportRejected(RejectReason.BROKEN_HISTORY, f"after purge {v.version_id}")
            if prev == v.version_id:
                raise ExportRejected(RejectReason.BROKEN_HISTORY, f"version {v.version_id}")
    ordered = []
    for record in out:
        try:
            ordered.append(IncomingRecord(record.record_id, order_versions(record.versions)))
        except ValueError:
            raise ExportRejected(RejectReason.BROKEN_HISTORY, record.record_id) from None
    return ordered


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building millions of acyclic objects.

    Parsed JSON holds no reference cycles, yet every container created counts towards a
    collection: left on, the collector walks the growing document again and again and
    doubles the time a large import takes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_document(data: bytes, *, max_bytes: int = MAX_EXPORT_BYTES) -> ExportDocument:
    """Check an export completely before anything uses it; raise ExportRejected saying why.

    The order matters for the reason given: size, text, JSON, what it claims to be, its
    format version, the hash (damage on the way), then the schema and the ids and histories.
    """
    if len(data) > max_bytes:
        raise ExportRejected(RejectReason.TOO_LARGE, str(len(data)))
    with collection_paused():
        return _read(data)


def _read(data: bytes) -> ExportDocument:
    doc = _load(data)
    if type(doc) is not dict or doc.get("format") != FORMAT_NAME:
        raise ExportRejected(RejectReason.NOT_AN_EXPORT)
    version = doc.get("schema_version")
    if type(version) is int and version > FORMAT_VERSION:
        raise ExportRejected(RejectReason.NEWER_VERSION, str(version))
    if type(version) is not int or version not in READ_VERSIONS:
        raise ExportRejected(RejectReason.INVALID, "schema_version")
    digest = _check_hash(data, doc)
    try:
        export_checker(version)(doc)
    except SchemaViolation as exc:
        raise ExportRejected(RejectReason.INVALID, str(exc)[:300]) from None
    records = _records(doc)
    counts = doc["counts"]
    content = doc["content"]
    if (
        counts["records"] != len(records)
        or counts["versions"] != sum(len(r.versions) for r in records)
        or counts["assessments"] != len(content["assessments"])
    ):
        raise ExportRejected(RejectReason.INVALID, "counts")
    try:
        created = datetime.fromisoformat(doc["created_at"])
    except ValueError:
        raise ExportRejected(RejectReason.INVALID, "created_at") from None
    source = ExportSource(**doc["source"])
    identities = doc["identities"]
    return ExportDocument(
        export_id=doc["export_id"],
        sha256=digest,
        created_at=created,
        app_version=doc["app_version"],
        source=source,
        identities_reason=identities.get("reason") if identities["included"] else None,
        records=records,
        assessments=content["assessments"],
        removed_assessments={
            r["record_id"]: r["removed_at"] for r in content.get("removed_assessments", [])
        },
        events=read_section(doc.get(EVENTS)),
    )
