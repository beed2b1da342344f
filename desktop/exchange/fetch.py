"""At the office: fetch the protected exports waiting at the receiver and import them, and
give the receiver the office's receipts for the villages to collect.

The receiver keeps what villages upload, still encrypted (it never has the office's private
key). The office app lists what waits, downloads each file, imports it exactly like a file
from a stick (signature, registered key, decryption, then the usual checks and merge), and
removes it from the receiver once it was dealt with: merged, already held, held back for a
changed key (kept in the office's database until accepted), or refused for good (a bad
signature, another office's file). A download that fails stays on the receiver for next time.

Receipts (``exchange/receipts.py``): one for an upload held back or refused is posted before the
upload is removed (a post that fails keeps the upload for next time); one for every export
imported here since the last fetch (fetched, from a flash drive, or accepted after being held)
is posted afterwards, and the import log's row up to which the receiver has them is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import httpx

from desktop import __version__
from desktop.domain.exchange import MAX_EXPORT_BYTES, ImportReport, RejectReason
from desktop.exchange import receipts
from desktop.exchange.merge import VIA_UPLOAD, import_protected
from desktop.exchange.sync import valid_endpoint_url
from desktop.exchange.wire import receipt as wire_receipt
from desktop.exchange.wire.protocol import RECEIPTS_PATH, WAITING_PATH, waiting_path
from desktop.exchange.wire.receipt import Receipt
from desktop.storage import office_imports
from desktop.storage.profile_store import get_setting, set_setting

SETTING = "penerima_kantor"  # the receiver this office fetches from: {"url", "token"}
RECEIPTS_POSTED = "tanda_terima_penerima"  # the import log's row up to which receipts went
RECEIPTS_PER_FETCH = 500
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Refusals that will not change by trying again: the file is removed from the receiver.
FINAL = {
    RejectReason.NOT_SIGNED,
    RejectReason.BAD_SIGNATURE,
    RejectReason.NOT_FOR_THIS_OFFICE,
    RejectReason.KEY_CHANGED,  # kept in the office's database as a held export
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


def load_access() -> ReceiverAccess | None:
    value = get_setting(SETTING)
    if isinstance(value, dict) and value.get("url") and value.get("token"):
        return ReceiverAccess(value["url"], value["token"])
    return None


def save_access(url: str, token: str) -> ReceiverAccess:
    """Remember the receiver (kept in the encrypted database). Raises ValueError."""
    url, token = url.strip().rstrip("/"), token.strip()
    if not valid_endpoint_url(url) or not token or any(c.isspace() for c in token):
        raise ValueError("receiver address or token not valid")
    set_setting(SETTING, {"url": url, "token": token})
    return ReceiverAccess(url, token)


class FetchFailed(Exception):
    """The receiver could not be reached, refused the office token, or answered oddly."""

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem  # "tidak_terjangkau", "token_ditolak", "jawaban_aneh"
        self.detail = detail


@dataclass(frozen=True)
class FetchOutcome:
    report: ImportReport
    left: int  # still waiting at the receiver (downloads that failed)
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
    done = get_setting(RECEIPTS_POSTED, 0)
    done = done if isinstance(done, int) else 0
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
    set_setting(RECEIPTS_POSTED, done)
    return posted


def fetch_waiting(
    access: ReceiverAccess,
    *,
    transport: httpx.BaseTransport | None = None,
    max_bytes: int = MAX_EXPORT_BYTES,
    now: Callable[[], datetime] | None = None,
) -> FetchOutcome:
    """Download and import everything waiting at the receiver. Raises FetchFailed when the
    list itself cannot be had; one file that fails never stops the others."""
    headers = {
        "Authorization": f"Bearer {access.token}",
        "User-Agent": f"siaga-tppo/{__version__}",
    }
    report = ImportReport()
    left = 0
    with httpx.Client(
        transport=transport, headers=headers, timeout=TIMEOUT, follow_redirects=False
    ) as client:
        try:
            answer = client.get(f"{access.url}{WAITING_PATH}")
        except httpx.HTTPError as exc:
            raise FetchFailed("tidak_terjangkau", type(exc).__name__) from exc
        if answer.status_code == 401:
            raise FetchFailed("token_ditolak")
        try:
            waiting = answer.json()["waiting"]
            items = [(str(w["export_id"]), str(w["village_code"]), int(w["size"])) for w in waiting]
        except (ValueError, KeyError, TypeError) as exc:
            raise FetchFailed("jawaban_aneh", f"HTTP {answer.status_code}") from exc
        for export_id, village, size in items:
            name = f"kiriman {village} {export_id[:8]}"
            if size > max_bytes:
                left += 1
                continue
            try:
                got = client.get(f"{access.url}{waiting_path(export_id)}")
            except httpx.HTTPError:
                left += 1
                continue
            if got.status_code != 200 or len(got.content) > max_bytes:
                left += 1
                continue
            result = import_protected(
                got.content,
                via=VIA_UPLOAD,
                name=name,
                max_bytes=max_bytes,
                now=now() if now else None,
            )
            report.files.append(result)
            if result.rejected is not None:
                receipt = receipts.office_receipt(got.content, result, now=now() if now else None)
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
    return FetchOutcome(report, left, posted)
