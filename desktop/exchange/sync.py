"""Uploading the outbox to the immigration office's receiver, taking in the office's receipts
and its newest content pack from it (httpx, synchronous: the UI runs it on a worker thread).

Only a probe of the office's own address decides that the office is reachable: its health
answer must name the receiver, so a hotel or phone-shop login page is not mistaken for it.
An office that does not answer changes nothing in the outbox: the sender probes it again soon
(``domain.exchange.next_round_in``). An export counts as received only on a 2xx answer
carrying a receipt that names its export id and hash. Answers that will fail again as they are
(401, 403, 400, 404, 409, 413, other 4xx) stop the retries for that export and say what to fix;
the others wait and back off. One export's failure never stops the others from being tried.
Then the office's own receipts (imported, held back) are fetched and checked
(``exchange/receipts.py``), and a content pack newer than the ones here is asked for
(``exchange/pack_install.py`` checks it and keeps it for the village head).
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from desktop import __version__
from desktop.domain.content_pack import MAX_PACK_BYTES
from desktop.domain.exchange import (
    OutboxStatus,
    SendProblem,
    backoff_delay,
    problem_for_status,
)
from desktop.exchange import pack_install, receipts
from desktop.exchange.export import queue_current
from desktop.exchange.pinning import client_options, endpoint_problem
from desktop.exchange.protection import OfficeKeyMissing
from desktop.exchange.wire.files import remove_quietly
from desktop.exchange.wire.format import sha256_hex
from desktop.exchange.wire.protocol import (
    CONTENT_PACK_PATH,
    EXPORTS_PATH,
    HEALTH_PATH,
    RECEIPTS_PATH,
    SERVICE,
)
from desktop.storage import exchange_settings, outbox_store
from desktop.storage.exchange_settings import Endpoint
from desktop.storage.outbox_store import ExportEntry

log = logging.getLogger(__name__)

INSECURE = "http:// ke komputer lain: token akan terbaca di jaringan; pakai https://"
PROBE_TIMEOUT = httpx.Timeout(5.0)
UPLOAD_TIMEOUT = httpx.Timeout(120.0, connect=10.0, pool=10.0)
MAX_RECEIPTS_ANSWER = 1024 * 1024  # the receiver keeps at most a few hundred small receipts
MAX_RECEIPTS = 500


def _url(endpoint: Endpoint, path: str) -> str:
    return endpoint.url.rstrip("/") + path


def valid_endpoint_url(url: str) -> bool:
    """An https address with a host, e.g. ``https://imigrasi.example/siaga`` (``http://`` only
    to this computer itself: see ``desktop/exchange/pinning.py``)."""
    return endpoint_problem(url) is None


@dataclass(frozen=True)
class UploadAnswer:
    problem: SendProblem | None  # None: delivered
    detail: str = ""
    receipt: dict[str, Any] = field(default_factory=dict)


def _error_detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return f"HTTP {response.status_code}"
    if isinstance(body, dict):
        parts = [str(body.get(k, "")) for k in ("error", "detail") if body.get(k)]
        if parts:
            return f"HTTP {response.status_code}: " + " — ".join(parts)
    return f"HTTP {response.status_code}"


class OfficeClient:
    """Talks to one office receiver. ``transport`` lets tests put a fake network in.

    Over HTTPS, a receiver whose certificate fingerprint the office gave (``endpoint.pins``)
    must show that certificate; an ``http://`` address of another computer is never used, so
    the token never travels in clear."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        transport: httpx.BaseTransport | None = None,
        probe_timeout: httpx.Timeout = PROBE_TIMEOUT,
        upload_timeout: httpx.Timeout = UPLOAD_TIMEOUT,
    ) -> None:
        self.endpoint = endpoint
        self._probe_timeout = probe_timeout
        self._upload_timeout = upload_timeout
        self._insecure = endpoint_problem(endpoint.url) == "insecure"
        self._client = httpx.Client(
            transport=transport,
            follow_redirects=False,
            headers={"User-Agent": f"siaga-tppo/{__version__}"},
            **client_options(endpoint.pins),
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> OfficeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def probe(self) -> tuple[SendProblem | None, str]:
        """(None, '') when the office's receiver answered as itself."""
        if self._insecure:
            return SendProblem.NOT_FOUND, INSECURE
        try:
            response = self._client.get(
                _url(self.endpoint, HEALTH_PATH), timeout=self._probe_timeout
            )
        except httpx.TimeoutException as exc:
            return SendProblem.TIMEOUT, type(exc).__name__
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return SendProblem.NOT_FOUND, str(exc)[:200]
        except httpx.HTTPError as exc:
            return SendProblem.UNREACHABLE, type(exc).__name__
        try:
            body = response.json()
        except ValueError:
            body = None
        if (
            response.status_code == 200
            and isinstance(body, dict)
            and body.get("layanan") == SERVICE
            and body.get("status") == "ok"
        ):
            return None, ""
        return SendProblem.NOT_RECEIVER, f"HTTP {response.status_code}"

    def upload(self, entry: ExportEntry, body: bytes) -> UploadAnswer:
        if self._insecure:
            return UploadAnswer(SendProblem.NOT_FOUND, INSECURE)
        try:
            response = self._client.post(
                _url(self.endpoint, EXPORTS_PATH),
                content=body,
                headers={
                    "Authorization": f"Bearer {self.endpoint.token}",
                    "Content-Type": "application/octet-stream",
                },
                timeout=self._upload_timeout,
            )
        except httpx.TimeoutException as exc:
            return UploadAnswer(SendProblem.TIMEOUT, type(exc).__name__)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return UploadAnswer(SendProblem.NOT_FOUND, str(exc)[:200])
        except httpx.HTTPError as exc:
            return UploadAnswer(SendProblem.UNREACHABLE, type(exc).__name__)
        problem = problem_for_status(response.status_code)
        if problem is not None:
            return UploadAnswer(problem, _error_detail(response))
        try:
            receipt = response.json().get("receipt")
        except (ValueError, AttributeError):
            receipt = None
        # The receiver stores the protected file without opening it, so its receipt names
        # the SHA-256 of the file as sent; the document's own SHA-256 is accepted as well.
        if (
            isinstance(receipt, dict)
            and receipt.get("export_id") == entry.export_id
            and receipt.get("sha256") in (entry.sha256, sha256_hex(body))
        ):
            return UploadAnswer(None, "", receipt)
        return UploadAnswer(SendProblem.BAD_RECEIPT, f"HTTP {response.status_code}")

    def content_pack(self, after: int) -> bytes | None:
        """The office's newest content pack if it is numbered above ``after``, unchecked (None
        when there is none, the receiver is older than packs, or the answer is unusable)."""
        body = bytearray()
        try:
            with self._client.stream(
                "GET",
                _url(self.endpoint, CONTENT_PACK_PATH),
                params={"after": str(after)},
                headers={"Authorization": f"Bearer {self.endpoint.token}"},
                timeout=self._upload_timeout,
            ) as response:
                if response.status_code != 200:
                    return None
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_PACK_BYTES:
                        log.warning("content pack answer too large; ignored")
                        return None
        except httpx.HTTPError as exc:
            log.info("content pack not fetched: %s", type(exc).__name__)
            return None
        return bytes(body)

    def receipts(self) -> list[Any]:
        """The office's receipts the receiver keeps for this village, unchecked ([] when it
        keeps none, is older than receipts, or answers with anything unusable)."""
        body = bytearray()
        try:
            with self._client.stream(
                "GET",
                _url(self.endpoint, RECEIPTS_PATH),
                headers={"Authorization": f"Bearer {self.endpoint.token}"},
                timeout=self._probe_timeout,
            ) as response:
                if response.status_code != 200:
                    return []
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_RECEIPTS_ANSWER:
                        log.warning("receipts answer too large; ignored")
                        return []
        except httpx.HTTPError as exc:
            log.info("receipts not fetched: %s", type(exc).__name__)
            return []
        try:
            items = json.loads(bytes(body))["receipts"]
        except (ValueError, KeyError, TypeError):
            log.warning("receipts answer not usable; ignored")
            return []
        return items[:MAX_RECEIPTS] if isinstance(items, list) else []


@dataclass(frozen=True)
class Attempt:
    sequence: int
    problem: SendProblem | None
    detail: str = ""


@dataclass(frozen=True)
class SyncOutcome:
    """What one round of sending did."""

    configured: bool = True
    reached: bool = False
    probe_problem: SendProblem | None = None
    probe_detail: str = ""
    queued: ExportEntry | None = None  # a fresh export put in the outbox by this round
    attempts: tuple[Attempt, ...] = ()
    waiting: int = 0  # still waiting afterwards
    failed: int = 0  # stopped: the user needs to act
    office_key_missing: bool = False  # no new export could be made: no office key installed
    content_pack: bool = False  # a new content pack from the office was received
    receipts: int = 0  # the office's receipts that told something new

    @property
    def sent(self) -> int:
        return sum(1 for a in self.attempts if a.problem is None)

    @property
    def all_delivered(self) -> bool:
        return self.configured and self.waiting == 0 and self.failed == 0


ClientFactory = Callable[[Endpoint], OfficeClient]


def _left() -> tuple[int, int]:
    """(waiting, failed) exports."""
    rows = outbox_store.waiting_exports()
    failed = sum(1 for e in rows if e.outbox is OutboxStatus.FAILED)
    return len(rows) - failed, failed


def send_outbox(
    outbox: Path,
    *,
    manual: bool,
    export: bool = False,
    client_factory: ClientFactory = OfficeClient,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    rng: random.Random | None = None,
) -> SyncOutcome:
    """One round. With ``export`` or ``manual``, first queue the current log if it changed
    since the newest export queued (``manual``, the user's Send now, also retries the failed
    ones). Then, when an export is due or one waits for the office's receipt: probe the office,
    upload each due export, newest first, take in the office's receipts and a newer content
    pack (the user's Send now asks for one even with nothing to send)."""
    endpoint = exchange_settings.load_endpoint()
    if endpoint is None:
        waiting, failed = _left()
        return SyncOutcome(configured=False, waiting=waiting, failed=failed)
    key_missing = False
    queued = None
    if manual or export:
        try:
            queued = queue_current(outbox)
        except OfficeKeyMissing:
            # Nothing goes online unencrypted; what already waits (encrypted) is still sent.
            key_missing = True
    due = outbox_store.due_exports(now(), include_failed=manual)
    if not due and not manual and not outbox_store.awaiting_office():
        waiting, failed = _left()
        return SyncOutcome(
            queued=queued, waiting=waiting, failed=failed, office_key_missing=key_missing
        )
    attempts: list[Attempt] = []
    with client_factory(endpoint) as client:
        problem, detail = client.probe()
        outbox_store.note_contact(now(), problem)
        if problem is not None:
            # Not an upload's failure: the outbox is left as it is, to go as soon as a probe
            # finds the office.
            waiting, failed = _left()
            return SyncOutcome(
                probe_problem=problem,
                probe_detail=detail,
                queued=queued,
                waiting=waiting,
                failed=failed,
                office_key_missing=key_missing,
            )
        for entry in due:
            current = outbox_store.load_export(entry.export_id)
            if current is None or current.outbox not in (
                OutboxStatus.WAITING,
                OutboxStatus.FAILED,
            ):
                continue  # delivered by a newer export during this round
            attempts.append(_send_one(client, current, rng, now))
        received = _take_content_pack(client)
        taken = receipts.take_in(client.receipts(), source="penerima")
    waiting, failed = _left()
    return SyncOutcome(
        reached=True,
        queued=queued,
        attempts=tuple(attempts),
        waiting=waiting,
        failed=failed,
        content_pack=received,
        office_key_missing=key_missing,
        receipts=taken.applied,
    )


def _take_content_pack(client: OfficeClient) -> bool:
    """Ask for a pack newer than the newest installed or received here; keep it if it passes
    the village's checks (none is asked for before the office key is installed: nothing could
    be checked)."""
    if not pack_install.can_check():
        return False
    data = client.content_pack(pack_install.newest_known())
    return data is not None and pack_install.take_in(data)


def _not_sent(
    entry: ExportEntry,
    problem: SendProblem,
    detail: str,
    rng: random.Random | None,
    moment: datetime,
) -> None:
    retry_at = None
    if problem.retryable:
        retry_at = moment + timedelta(seconds=backoff_delay(entry.attempts + 1, rng))
    outbox_store.mark_not_sent(entry.export_id, problem, detail, moment, retry_at)


def _send_one(
    client: OfficeClient,
    entry: ExportEntry,
    rng: random.Random | None,
    now: Callable[[], datetime],
) -> Attempt:
    try:
        body = Path(entry.body_path).read_bytes()
    except OSError:
        outbox_store.mark_not_sent(
            entry.export_id, SendProblem.FILE_MISSING, entry.body_path, now(), None
        )
        return Attempt(entry.sequence, SendProblem.FILE_MISSING)
    answer = client.upload(entry, body)
    if answer.problem is None:
        for path in outbox_store.mark_sent(entry.export_id, answer.receipt, now()):
            remove_quietly(Path(path))
        log.info("export %s delivered", entry.sequence)
        return Attempt(entry.sequence, None)
    log.info("export %s not delivered: %s %s", entry.sequence, answer.problem, answer.detail)
    _not_sent(entry, answer.problem, answer.detail, rng, now())
    return Attempt(entry.sequence, answer.problem, answer.detail)
