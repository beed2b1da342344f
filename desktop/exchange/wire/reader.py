"""Reading an export document: every check before anything uses it, within memory bounds.

A file from a stick or an upload is hostile input. ``json.loads`` of a whole document builds
five to twenty times the file's size in objects before a single rule can be checked (a 93 MB
file of empty arrays took 2.5 GB), so a document is read in parts, each bounded before it is
parsed:

* In the form Siaga TPPO writes (canonical, the SHA-256 first and right), the saved checks
  and the records are cut out of the document at their canonical boundaries without parsing,
  and the rest (the header, the deleted checks, the code changes, the socialisation events) is
  parsed on its own, with a marker where each cut-out list was. The marker standing exactly
  there proves that the cut was at ``content.assessments`` and ``content.incidents``; each
  cut-out piece must then parse as one whole object, so the pieces are exactly the lists'
  items. Each piece is checked for size before it is parsed (``MAX_PIECE``), then against the
  schema, its times and its ids, and only what the merge needs is kept: a version's content as
  its canonical text, not as parsed objects. Nothing kept is larger than about twice the bytes
  it came from.
* Any other form (another program's, with spaces or another order) is read whole, and only up
  to ``MAX_LOOSE`` bytes.

The order of the checks decides the reason given: size, text, JSON, what it claims to be, its
format version, the hash (damage on the way), then the schema and the ids, histories and times
(every one between 2000 and a day after ``now``), that the identities the header declares
absent are absent, and the counts.
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from desktop.domain.exchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_EXPORT_BYTES,
    READ_VERSIONS,
    CodeChange,
    ExportRejected,
    RejectReason,
    plausible_time,
)
from desktop.domain.incident import RecordState, StoredVersion
from desktop.exchange.wire.format import (
    ExportSource,
    canonical_bytes,
    canonical_text,
    order_versions,
    sha256_hex,
)
from desktop.exchange.wire.schema import SchemaViolation, export_checker, item_checkers
from desktop.exchange.wire.socialisation import MEMBER as EVENTS
from desktop.exchange.wire.socialisation import NO_EVENTS, IncomingEvents, read_section

# One record (or saved check) of a file in Siaga TPPO's form, read on its own. Parsing a piece
# builds at most some 25 times its size while it is read: 4 MB keeps that within the 100 MB a
# file may take beside four times its size. A record of 4 MB holds some 3,000 versions.
MAX_PIECE = 4 * 1024 * 1024
# Everything of such a file but its records and saved checks: the header, the deleted checks
# (some 50,000), the code changes and the socialisation events (some 10,000), parsed at once.
MAX_REST = 4 * 1024 * 1024
# All the saved checks of one file: kept parsed while the file merges (some 5,000 checks).
MAX_CHECKS = 8 * 1024 * 1024
# A file in any other form is parsed whole, so only a small one.
MAX_LOOSE = 4 * 1024 * 1024

_PREFIX = re.compile(rb'\A\{"sha256":"([0-9a-f]{64})",')  # the file's start: its SHA-256
# Stands in the rest of a file for each list cut out of it. A file holding these bytes anywhere
# is not cut (it is read whole, when small enough).
_MARK = "\u0000siaga-tppo:potongan"
_MARK_JSON = b'"\\u0000siaga-tppo:potongan"'
_CHECKS_AT = b'"content":{"assessments":['
_RECORDS_AT = b'],"incidents":['
_RECORDS_END = b'],"removed_assessments":['
_RECORDS_END_V1 = b']},"counts":'  # format 1: the content ends with the records
_NEXT_CHECK = b'},{"answers":'
_NEXT_RECORD = b'},{"record_id":'


@dataclass(frozen=True, slots=True)
class IncomingRecord:
    record_id: str
    versions: list[StoredVersion]  # in history order; each payload its canonical JSON text


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
    # the village's area code changes, oldest first (format 3; none before)
    code_changes: tuple[CodeChange, ...] = ()
    events: IncomingEvents = NO_EVENTS  # Kegiatan sosialisasi (an optional section)

    @property
    def version_count(self) -> int:
        return sum(len(r.versions) for r in self.records)

    def version_ids(self) -> Iterator[str]:
        for record in self.records:
            for version in record.versions:
                yield version.version_id


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


def read_document(
    data: bytes | bytearray, *, max_bytes: int = MAX_EXPORT_BYTES, now: datetime | None = None
) -> ExportDocument:
    """Check an export completely before anything uses it; raise ExportRejected saying why
    (see the module docstring)."""
    if len(data) > max_bytes:
        raise ExportRejected(RejectReason.TOO_LARGE, str(len(data)))
    with collection_paused():
        return _read(data, now or datetime.now(UTC))


# --- Parsing ---------------------------------------------------------------------------------


def _refuse_float(text: str) -> Any:
    raise ValueError(f"number with a fraction: {text[:20]}")


def _refuse_constant(text: str) -> Any:
    raise ValueError(f"not a JSON number: {text}")


def _load(data: bytes | bytearray | memoryview, offset: int = 0) -> Any:
    try:
        text = str(data, "utf-8")
    except UnicodeDecodeError as exc:
        raise ExportRejected(RejectReason.NOT_TEXT, f"byte {offset + exc.start}") from None
    try:
        return json.loads(text, parse_float=_refuse_float, parse_constant=_refuse_constant)
    except RecursionError:
        raise ExportRejected(RejectReason.TOO_DEEP) from None
    except json.JSONDecodeError as exc:
        raise ExportRejected(RejectReason.DAMAGED, f"line {exc.lineno} col {exc.colno}") from None
    except ValueError as exc:
        raise ExportRejected(RejectReason.INVALID, str(exc)[:200]) from None


def _bytes_hash(data: bytes | bytearray) -> str | None:
    """The document's SHA-256 when the file starts with it and it is right over the bytes
    that follow (the form Siaga TPPO writes); None otherwise."""
    match = _PREFIX.match(data)
    if not match:
        return None
    digest = hashlib.sha256(b"{")
    digest.update(memoryview(data)[match.end() :])
    claimed = match.group(1).decode("ascii")
    return claimed if digest.hexdigest() == claimed else None


def _parsed_hash(doc: dict[str, Any]) -> str:
    """The hash of a document read whole: its canonical serialization must give it."""
    claimed = doc.get("sha256")
    if type(claimed) is not str or not re.fullmatch(r"[0-9a-f]{64}", claimed):
        raise ExportRejected(RejectReason.INVALID, "sha256")
    rest = {k: v for k, v in doc.items() if k != "sha256"}
    try:
        actual = sha256_hex(canonical_bytes(rest))
    except ValueError:
        raise ExportRejected(RejectReason.NOT_TEXT, "unpaired surrogate") from None
    if actual != claimed:
        raise ExportRejected(RejectReason.HASH_MISMATCH)
    return claimed


def _check_kind(doc: Any) -> int:
    """What the document claims to be; returns its format version."""
    if type(doc) is not dict or doc.get("format") != FORMAT_NAME:
        raise ExportRejected(RejectReason.NOT_AN_EXPORT)
    version = doc.get("schema_version")
    if type(version) is int and version > FORMAT_VERSION:
        raise ExportRejected(RejectReason.NEWER_VERSION, str(version))
    if type(version) is not int or version not in READ_VERSIONS:
        raise ExportRejected(RejectReason.INVALID, "schema_version")
    return version


@dataclass
class _Cut:
    """A document in Siaga TPPO's form: the rest, with a mark in place of each list, and the
    spans of the saved checks and of the records."""

    rest: bytes
    checks: tuple[int, int]
    records: tuple[int, int]


def _cut(data: bytes | bytearray) -> _Cut | None:
    if data.find(_MARK_JSON) >= 0:
        return None
    start = data.find(_CHECKS_AT)
    if start < 0:
        return None
    checks_start = start + len(_CHECKS_AT)
    checks_end = data.find(_RECORDS_AT, checks_start)
    if checks_end < 0:
        return None
    records_start = checks_end + len(_RECORDS_AT)
    records_end = data.find(_RECORDS_END, records_start)
    if records_end < 0:
        records_end = data.find(_RECORDS_END_V1, records_start)
    if records_end < 0:
        return None
    size = checks_start + (records_start - checks_end) + (len(data) - records_end)
    if size > MAX_REST:
        raise ExportRejected(RejectReason.TOO_LARGE, "source, counts, removed_assessments")
    rest = b"".join(
        [
            data[:checks_start],
            _MARK_JSON,
            data[checks_end:records_start],
            _MARK_JSON,
            data[records_end:],
        ]
    )
    return _Cut(rest, (checks_start, checks_end), (records_start, records_end))


def _pieces(data: bytes | bytearray, span: tuple[int, int], separator: bytes, where: str):
    """The items of a list cut out of ``data``, parsed one by one, each bounded first."""
    at, end = span
    n = 0
    while at < end:
        cut = data.find(separator, at, end)
        stop = end if cut < 0 else cut + 1
        if stop - at > MAX_PIECE:
            raise ExportRejected(RejectReason.TOO_LARGE, f"{where}[{n}]")
        item = _whole_object(memoryview(data)[at:stop], at)
        yield n, item
        at = stop + 1
        n += 1


class _NotCut(Exception):
    """The document is not in the form the cut assumes: read it whole, or refuse it."""


def _whole_object(part: bytes | memoryview, offset: int = 0) -> dict[str, Any]:
    """A part of a cut document, which must parse as one object (else it was not cut where
    the form says)."""
    try:
        item = _load(part, offset)
    except ExportRejected as exc:
        if exc.reason is RejectReason.DAMAGED:
            raise _NotCut() from None
        raise
    if type(item) is not dict:
        raise _NotCut()
    return item


# --- Checking and keeping ---------------------------------------------------------------------


_DATE_FIELDS = ("reported_on", "consent_date")
_STATES = {s.value: s for s in RecordState}


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


def _parse_time(text: str, where: str, now: datetime) -> datetime:
    """A time of the file, refused unless it is plausible (see ``plausible_time``)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ExportRejected(RejectReason.INVALID, where) from None
    if not plausible_time(moment, now):
        raise ExportRejected(RejectReason.IMPOSSIBLE_TIME, f"{where}: {text}")
    return moment


def _checked(check, item: Any, where: str = "") -> None:
    try:
        check(item)
    except SchemaViolation as exc:
        place = f"{where}{_path(exc)}" if where else exc.where
        raise ExportRejected(RejectReason.INVALID, f"{place}: {exc.rule}"[:300]) from None


def _path(exc: SchemaViolation) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in reversed(exc.path))


class _Records:
    """The records of a document, checked one at a time and kept compact."""

    def __init__(self, now: datetime, identities_included: bool, check) -> None:
        self.now = now
        self.identities_included = identities_included
        self.check = check
        self.records: list[IncomingRecord] = []
        self.record_ids: set[str] = set()
        self.version_ids: set[str] = set()
        self.versions = 0
        self._texts: dict[str, str] = {}  # one string for each author name and reason

    def _shared(self, text: str) -> str:
        return self._texts.setdefault(text, text)

    def add(self, n: int, item: dict[str, Any]) -> None:
        where = f"content.incidents[{n}]"
        _checked(self.check, item, where)
        record_id = item["record_id"]
        if record_id in self.record_ids:
            raise ExportRejected(RejectReason.DUPLICATE_ID, f"record {record_id}")
        self.record_ids.add(record_id)
        versions: list[StoredVersion] = []
        own: dict[str, str] = {}  # so that a previous version's id is one string, not two
        purged: set[str] = set()
        for m, v in enumerate(item["versions"]):
            version_id = v["version_id"]
            if version_id in self.version_ids:
                raise ExportRejected(RejectReason.DUPLICATE_ID, f"version {version_id}")
            self.version_ids.add(version_id)
            own[version_id] = version_id
            prev = v["prev_version_id"]
            state = _STATES[v["state"]]
            payload = v["payload"]
            at = f"{where}.versions[{m}]"
            if state is RecordState.PURGED:
                purged.add(version_id)
            else:
                if payload["record_id"] != record_id:
                    raise ExportRejected(RejectReason.INVALID, f"{at}.payload.record_id")
                _check_dates(payload, at)
                if not self.identities_included and any(
                    "identity" in person for person in payload.get("people", ())
                ):
                    raise ExportRejected(RejectReason.UNDECLARED_IDENTITIES, f"{at}.payload.people")
            versions.append(
                StoredVersion(
                    record_id=record_id,
                    version_id=version_id,
                    prev_version_id=own.get(prev, prev),
                    saved_at=_parse_time(v["saved_at"], f"{at}.saved_at", self.now),
                    author=self._shared(v["author"]),
                    state=state,
                    reason=self._shared(v["reason"]),
                    payload=canonical_text(payload),
                )
            )
        for v in versions:
            prev = v.prev_version_id
            if prev == v.version_id:
                raise ExportRejected(RejectReason.BROKEN_HISTORY, f"version {v.version_id}")
            if prev in purged:
                raise ExportRejected(RejectReason.BROKEN_HISTORY, f"after purge {v.version_id}")
        try:
            ordered = order_versions(versions)
        except ValueError:
            raise ExportRejected(RejectReason.BROKEN_HISTORY, record_id) from None
        self.records.append(IncomingRecord(record_id, ordered))
        self.versions += len(versions)

    def finish(self) -> list[IncomingRecord]:
        """Refuse a history that crosses from one record into another."""
        for record in self.records:
            own = {v.version_id for v in record.versions}
            for v in record.versions:
                prev = v.prev_version_id
                if prev is not None and prev not in own and prev in self.version_ids:
                    raise ExportRejected(RejectReason.BROKEN_HISTORY, f"version {v.version_id}")
        return self.records


def _read(data: bytes | bytearray, now: datetime) -> ExportDocument:
    digest = _bytes_hash(data)
    cut = _cut(data) if digest is not None else None
    if cut is not None and digest is not None:
        try:
            return _read_cut(data, cut, digest, now)
        except _NotCut:
            pass
    if len(data) > MAX_LOOSE:
        # Siaga TPPO writes its form: a large file in another is not read into memory whole.
        if digest is None and _PREFIX.match(data):
            raise ExportRejected(RejectReason.HASH_MISMATCH)
        raise ExportRejected(RejectReason.INVALID, "bentuk berkas")
    doc = _load(data)
    version = _check_kind(doc)
    digest = _parsed_hash(doc)
    content = doc.get("content")
    lists = ("assessments", "incidents")
    if type(content) is not dict or any(type(content.get(k)) is not list for k in lists):
        _checked(export_checker(version), doc)  # says what is wrong
        raise ExportRejected(RejectReason.INVALID, "content")
    checks, records = content["assessments"], content["incidents"]
    content["assessments"], content["incidents"] = [], []
    return _finish(doc, version, digest, enumerate(checks), enumerate(records), now)


def _read_cut(data: bytes | bytearray, cut: _Cut, digest: str, now: datetime) -> ExportDocument:
    if cut.checks[1] - cut.checks[0] > MAX_CHECKS:
        raise ExportRejected(RejectReason.TOO_LARGE, "content.assessments")
    doc = _whole_object(cut.rest)
    version = _check_kind(doc)
    content = doc.get("content")
    if (
        type(content) is not dict
        or content.get("assessments") != [_MARK]
        or content.get("incidents") != [_MARK]
    ):
        raise _NotCut()
    content["assessments"], content["incidents"] = [], []
    checks = _pieces(data, cut.checks, _NEXT_CHECK, "content.assessments")
    records = _pieces(data, cut.records, _NEXT_RECORD, "content.incidents")
    return _finish(doc, version, digest, checks, records, now)


def _finish(doc, version: int, digest: str, checks, records, now: datetime) -> ExportDocument:
    """The checks of the document (its lists emptied) and then of each of its items."""
    _checked(export_checker(version), doc)
    record_check, check_check = item_checkers(version)
    created = _parse_time(doc["created_at"], "created_at", now)
    identities = doc["identities"]
    assessments = []
    for n, item in checks:
        where = f"content.assessments[{n}]"
        _checked(check_check, item, where)
        _parse_time(item["created_at"], f"{where}.created_at", now)
        assessments.append(item)
    reading = _Records(now, identities["included"], record_check)
    for n, item in records:
        reading.add(n, item)
    kept = reading.finish()
    counts = doc["counts"]
    if (
        counts["records"] != len(kept)
        or counts["versions"] != reading.versions
        or counts["assessments"] != len(assessments)
    ):
        raise ExportRejected(RejectReason.INVALID, "counts")
    content = doc["content"]
    removed = content.get("removed_assessments", [])
    for n, item in enumerate(removed):
        _parse_time(item["removed_at"], f"content.removed_assessments[{n}].removed_at", now)
    changes = []
    for n, item in enumerate(doc.get("code_changes", [])):
        _parse_time(item["changed_at"], f"code_changes[{n}].changed_at", now)
        changes.append(CodeChange.from_json(item))
    return ExportDocument(
        export_id=doc["export_id"],
        sha256=digest,
        created_at=created,
        app_version=doc["app_version"],
        source=ExportSource(**doc["source"]),
        identities_reason=identities.get("reason") if identities["included"] else None,
        records=kept,
        assessments=assessments,
        removed_assessments={r["record_id"]: r["removed_at"] for r in removed},
        code_changes=tuple(sorted(changes, key=lambda c: c.changed_at)),
        events=read_section(doc.get(EVENTS), now),
    )
