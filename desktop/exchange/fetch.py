"""At the office: fetch the protected exports waiting at the receiver and import them, and
give the receiver the office's receipts for the villages to collect.

The receiver keeps what villages upload, still encrypted (it never has the office's private
key). The office app lists what waits, downloads each file, imports it exactly like a file
from a stick (signature, registered key, decryption, then the usual checks and merge), and
removes it from the receiver once it was dealt with: merged, already held, held back for a
key no officer confirmed yet (kept in the office's database until accepted), or refused for
good (a bad signature, another office's file, another village's records). A download that
fails stays on the receiver for next time. The office also puts its newest content pack there
for the villages (``put_content_pack``).

Receipts (``exchange/receipts.py``): one for an upload held back or refused is posted before the
upload is removed (a post that fails keeps the upload for next time); one for every export
imported here since the last fetch (fetched, from a flash drive, or accepted after being held)
is posted afterwards, and the import log's row up to which the receiver has them is kept.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import httpx

from desktop import __version__
from desktop.domain.exchange import MAX_EXPORT_BYTES, FileResult, ImportReport, RejectReason
from desktop.exchange import receipts
from desktop.exchange.merge import VIA_UPLOAD, AreaChain, import_signed
from desktop.exchange.pinning import client_options
from desktop.exchange.sync import valid_endpoint_url
from desktop.exchange.wire import receipt as wire_receipt
from desktop.exchange.wire.envelope import EnvelopeHeader
from desktop.exchange.wire.pins import normalize_pin
from desktop.exchange.wire.protocol import (
    CONTENT_PACK_PATH,
    RECEIPTS_PATH,
    WAITING_PATH,
    waiting_path,
)
from desktop.exchange.wire.receipt import Receipt
from desktop.storage import office_imports, settings

log = logging.getLogger(__name__)

RECEIPTS_PER_FETCH = 500
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Refusals that will not change by trying again: the file is removed from the receiver.
FINAL = {
    RejectReason.NOT_SIGNED,
    RejectReason.BAD_SIGNATURE,
    RejectReason.NOT_FOR_THIS_OFFICE,
    RejectReason.KEY_CHANGED,  # kept in the office's database as a held export
    RejectReason.FIRST_CONTACT,  # kept likewise until an officer confirms the key
    RejectReason.OTHER_VILLAGE,
    RejectReason.CODE_MISMATCH,
    RejectReason.IMPOSSIBLE_TIME,
    RejectReason.UNDECLARED_IDENTITIES,
    RejectReason.TRAINING_DATA,
    RejectReason.OUTSIDE_AREA,
    RejectReason.EXPORT_ID_REUSED,
    RejectReason.INVALID,
    RejectReason.HASH_MISMATCH,
    RejectReason.DAMAGED,
    RejectReason.NOT_AN_EXPORT,
}


@dataclass(frozen=True)
class ReceiverAccess:
    url: str
    token: str
    pins: tuple[str, ...] = ()  # its certificate's fingerprints; also go into the key file


def load_access() -> ReceiverAccess | None:
    value = settings.RECEIVER_ACCESS.get()
    if value is not None and value.get("url") and value.get("token"):
        pins = value.get("pins", [])
        pins = tuple(str(p) for p in pins) if isinstance(pins, list) else ()
        return ReceiverAccess(value["url"], value["token"], pins)
    return None


def save_access(url: str, token: str, pins: tuple[str, ...] = ()) -> ReceiverAccess:
    """Remember the receiver (kept in the encrypted database). Raises ValueError."""
    url, token = url.strip().rstrip("/"), token.strip()
    if not valid_endpoint_url(url) or not token or any(c.isspace() for c in token):
        raise ValueError("receiver address or token not valid")
    normalized = tuple(normalize_pin(p) or "" for p in pins)
    if not all(normalized):
        raise ValueError("certificate fingerprint not valid")
    settings.RECEIVER_ACCESS.set({"url": url, "token": token, "pins": list(normalized)})
    return ReceiverAccess(url, token, normalized)


def receiver_pins() -> tuple[str, ...]:
    """What the office key file tells villages to require of the receiver's certificate."""
    access = load_access()
    return access.pins if access is not None else ()


class FetchFailed(Exception):
    """The receiver could not be reached, refused the office token, or answered oddly."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem  # "tidak_terjangkau", "token_ditolak", "jawaban_aneh"
        self.detail = detail


@dataclass(frozen=True)
class Skipped:
    """A waiting entry the office could not take: ``problem`` is "tidak_sah" (the receiver
    listed something that is not an export: an odd id, code or size), "terlalu_besar", or
    "tidak_terunduh" (the download failed; tried again next time)."""

    export_id: str
    problem: str


@dataclass(frozen=True)
class FetchOutcome:
    report: ImportReport
    left: int  # still waiting at the receiver (downloads that failed)
    skipped: tuple[Skipped, ...] = ()
    receipts_posted: int = 0


def _post_receipt(client: httpx.Client, access: ReceiverAccess, receipt: Receipt) -> bool | None:
    """True when the receiver kept the receipt, None when it takes none (a receiver older than
    receipts), False when it could not be given now."""
    try:
        answer = client.post(
            f"{access.url}{RECEIPTS_PATH}",
            content=wire_receipt.encode(receipt),
            headers={"Content-Type": "application/json"},
        )
    except httpx.HTTPError:
        return False
    if answer.status_code in (404, 405):
        return None
    return 200 <= answer.status_code < 300


def _post_import_receipts(client: httpx.Client, access: ReceiverAccess) -> int:
    """Post the receipts of the exports imported since the last fetch; returns how many."""
    done = settings.RECEIPTS_POSTED.get()
    posted = 0
    for row, entry in office_imports.imports_after(done, RECEIPTS_PER_FETCH):
        receipt = receipts.import_receipt(entry)
        if receipt is not None:
            kept = _post_receipt(client, access, receipt)
            if kept is None:
                return posted
            if not kept:
                break
            posted += 1
        done = row
    settings.RECEIPTS_POSTED.set(done)
    return posted


_EXPORT_ID = re.compile(r"[0-9a-fA-F-]{8,64}")
_VILLAGE = re.compile(r"\d{2}\.\d{2}\.\d{2}\.\d{4}")


def _entry(raw: object) -> tuple[str, str, int] | None:
    """(export id, kode wilayah, size) of one listed entry, or None when it is not one: an
    id is used in a URL path, so it must be an export id from end to end."""
    if not isinstance(raw, dict):
        return None
    export_id, village, size = raw.get("export_id"), raw.get("village_code"), raw.get("size")
    if not (isinstance(export_id, str) and _EXPORT_ID.fullmatch(export_id)):
        return None
    if not (isinstance(village, str) and _VILLAGE.fullmatch(village)):
        return None
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return None
    return export_id, village, size


def _shown(raw: object) -> str:
    value = raw.get("export_id") if isinstance(raw, dict) else raw
    return repr(value)[:60]


def office_client(access: ReceiverAccess, transport: httpx.BaseTransport | None) -> httpx.Client:
    """A client that talks to the receiver as this office (its token, its certificate pin)."""
    return httpx.Client(
        transport=transport,
        headers={
            "Authorization": f"Bearer {access.token}",
            "User-Agent": f"siaga-tppo/{__version__}",
        },
        timeout=TIMEOUT,
        follow_redirects=False,
        **client_options(access.pins),
    )


def fetch_waiting(
    access: ReceiverAccess,
    *,
    areas: AreaChain,
    transport: httpx.BaseTransport | None = None,
    max_bytes: int = MAX_EXPORT_BYTES,
    now: Callable[[], datetime] | None = None,
) -> FetchOutcome:
    """Download and import everything waiting at the receiver. Raises FetchFailed when the
    list itself cannot be had; one entry or file that fails never stops the others."""
    report = ImportReport()
    left = 0
    skipped: list[Skipped] = []
    with office_client(access, transport) as client:
        try:
            answer = client.get(f"{access.url}{WAITING_PATH}")
        except httpx.HTTPError as exc:
            raise FetchFailed("tidak_terjangkau", type(exc).__name__) from exc
        if answer.status_code == 401:
            raise FetchFailed("token_ditolak")
        try:
            waiting = answer.json()["waiting"]
            if not isinstance(waiting, list):
                raise TypeError("waiting")
        except (ValueError, KeyError, TypeError) as exc:
            raise FetchFailed("jawaban_aneh", f"HTTP {answer.status_code}") from exc
        for raw in waiting:
            item = _entry(raw)
            if item is None:
                log.warning("receiver listed an entry that is not an export: %s", _shown(raw))
                skipped.append(Skipped(_shown(raw), "tidak_sah"))
                continue
            export_id, village, size = item
            if size > max_bytes:
                skipped.append(Skipped(export_id, "terlalu_besar"))
                left += 1
                continue
            fetched = _fetch_one(client, access, export_id, village, areas, max_bytes, now)
            if fetched is None:
                skipped.append(Skipped(export_id, "tidak_terunduh"))
                left += 1
                continue
            header, result = fetched
            report.files.append(result)
            if result.rejected is not None:
                receipt = receipts.signed_receipt(header, result, now=now() if now else None)
                if receipt is not None and _post_receipt(client, access, receipt) is False:
                    left += 1  # fetched again next time, and its receipt posted then
                    continue
            if result.rejected is None or result.rejected.reason in FINAL:
                try:
                    client.delete(f"{access.url}{waiting_path(export_id)}")
                except httpx.HTTPError:
                    left += 1
            else:
                left += 1
        posted = _post_import_receipts(client, access)
    return FetchOutcome(report, left, tuple(skipped), posted)


def _fetch_one(
    client: httpx.Client,
    access: ReceiverAccess,
    export_id: str,
    village: str,
    areas: AreaChain,
    max_bytes: int,
    now: Callable[[], datetime] | None,
) -> tuple[EnvelopeHeader | None, FileResult] | None:
    """Download one export and import it: (its signed header, the result); None when the
    download failed."""
    try:
        got = client.get(f"{access.url}{waiting_path(export_id)}")
    except httpx.HTTPError:
        return None
    if got.status_code != 200 or len(got.content) > max_bytes:
        return None
    result, header = import_signed(
        got.content,
        areas=areas,
        via=VIA_UPLOAD,
        name=f"kiriman {village} {export_id[:8]}",
        max_bytes=max_bytes,
        now=now() if now else None,
    )
    return header, result


def put_content_pack(
    access: ReceiverAccess, data: bytes, *, transport: httpx.BaseTransport | None = None
) -> int:
    """Give the receiver the office's content pack, for the villages to take when they sync.
    Returns the number of the pack the receiver keeps (a newer one it already had stays).
    Raises FetchFailed."""
    with office_client(access, transport) as client:
        try:
            answer = client.put(
                f"{access.url}{CONTENT_PACK_PATH}",
                content=data,
                headers={"Content-Type": "application/octet-stream"},
            )
        except httpx.HTTPError as exc:
            raise FetchFailed("tidak_terjangkau", type(exc).__name__) from exc
    if answer.status_code == 401:
        raise FetchFailed("token_ditolak")
    try:
        return int(answer.json()["number"])
    except (ValueError, KeyError, TypeError) as exc:
        raise FetchFailed("jawaban_aneh", f"HTTP {answer.status_code}") from exc
