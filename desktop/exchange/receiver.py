"""The office's receiver: villages upload their protected exports here once they are online,
and the office app fetches them.

``GET /api/v1/health`` answers who it is. ``POST /api/v1/exports`` takes one protected export
(bearer token per village, size limit). The receiver checks the signature, that the export is
the token's village's, and the signing key against the village keys the office registered
(``--keys``, from ``siaga-tppo keys export-villages``), and then stores the file as it came,
still encrypted: it never holds the office's private key and opens no database, so a server
running it gives away nothing. Posting the same export again gives the same receipt.
An export signed by a key other than the registered one is stored too, marked ``held``: the
office app holds it back with a warning until someone accepts the new key.

The office app fetches what waits (``GET /api/v1/waiting``, ``GET`` and ``DELETE
/api/v1/waiting/{export_id}`` with the office's own token) and imports it exactly like a file
from a stick. It posts its receipts (imported, held back; ``POST /api/v1/receipts``, office
token); a village gets the ones for it (``GET /api/v1/receipts``, its token). The receiver only
checks a receipt's shape and keeps the newest ones per village: it cannot make or check their
MAC, the village does. See ``resources/schema/receiver-api.yaml``.

Built on Starlette and served by uvicorn (the optional ``office`` extra).
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
import logging
import re
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.domain.exchange import MAX_EXPORT_BYTES, READ_VERSIONS, ExportRejected, RejectReason
from desktop.exchange.wire import envelope
from desktop.exchange.wire import receipt as wire_receipt
from desktop.exchange.wire.envelope import EnvelopeProblem, EnvelopeRejected
from desktop.exchange.wire.files import remove_quietly, write_verified
from desktop.exchange.wire.format import sha256_hex
from desktop.exchange.wire.protocol import (
    API_VERSION,
    EXPORTS_PATH,
    HEALTH_PATH,
    RECEIPTS_PATH,
    SERVICE,
    WAITING_PATH,
    waiting_path,
)

log = logging.getLogger(__name__)

_TOKEN_LINE = re.compile(r"^(\d{2}\.\d{2}\.\d{2}\.\d{4})\s+(\S+)$")
TOKEN_MIN = 16

# Short Indonesian sentences for people reading an answer; programs read ``error``.
MESSAGES = {
    "token_ditolak": "Token akses tidak dikenal. Minta token yang benar ke kantor imigrasi.",
    RejectReason.WRONG_VILLAGE.value: "Token ini bukan untuk desa/kelurahan pengirim ekspor.",
    RejectReason.OUTSIDE_AREA.value: "Desa/kelurahan ini di luar wilayah kerja kantor ini.",
    RejectReason.TOO_LARGE.value: "Ekspor terlalu besar untuk diterima.",
    RejectReason.EXPORT_ID_REUSED.value: "Nomor ekspor ini sudah diterima dengan isi lain.",
    RejectReason.NEWER_VERSION.value: "Ekspor dibuat aplikasi yang lebih baru; kantor perlu "
    "memperbarui aplikasinya.",
    RejectReason.TRAINING_DATA.value: "Ekspor dari MODE LATIHAN (data fiktif) tidak diterima.",
    RejectReason.NOT_SIGNED.value: "Ekspor tidak dilindungi (tidak bertanda tangan). Perbarui "
    "Siaga TPPO lalu kirim lagi.",
    RejectReason.BAD_SIGNATURE.value: "Tanda tangan ekspor tidak cocok: berkas berubah atau rusak.",
}
DEFAULT_MESSAGE = "Ekspor tidak dapat diterima karena isinya tidak sah atau rusak."


class TokensFileError(Exception):
    """The tokens file cannot be used. ``line`` is 1-based (0: the file itself)."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


def read_tokens(path: Path) -> dict[str, str]:
    """Token -> kode wilayah, from lines ``KODE_WILAYAH TOKEN`` (``#`` starts a comment).

    Problems raise TokensFileError with ``problem`` one of: unreadable, format, short,
    duplicate, empty.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise TokensFileError(0, "unreadable") from exc
    tokens: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = _TOKEN_LINE.match(line)
        if not match:
            raise TokensFileError(number, "format")
        code, token = match.groups()
        if len(token) < TOKEN_MIN:
            raise TokensFileError(number, "short")
        if token in tokens:
            raise TokensFileError(number, "duplicate")
        tokens[token] = code
    if not tokens:
        raise TokensFileError(0, "empty")
    return tokens


@dataclass(frozen=True)
class Stored:
    export_id: str
    village_code: str
    sha256: str
    size: int
    received_at: str
    held: bool  # signed by a key other than the one registered for the village

    def as_json(self) -> dict[str, Any]:
        return {
            "export_id": self.export_id,
            "village_code": self.village_code,
            "sha256": self.sha256,
            "size": self.size,
            "received_at": self.received_at,
            "held": self.held,
        }


_SAFE_ID = re.compile(r"^[0-9a-fA-F-]{8,64}$")


class ReceivedStore:
    """The received exports, still encrypted: ``<export_id>.siaga`` with ``<export_id>.json``
    beside it (what was received, when, whether it is held), until the office fetched it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _paths(self, export_id: str) -> tuple[Path, Path]:
        return self.folder / f"{export_id}{envelope.SUFFIX}", self.folder / f"{export_id}.json"

    def find(self, export_id: str) -> Stored | None:
        if not _SAFE_ID.match(export_id):
            return None
        _, meta = self._paths(export_id)
        try:
            value = json.loads(meta.read_text(encoding="utf-8"))
            return Stored(**value)
        except (OSError, ValueError, TypeError):
            return None

    def keep(self, body: bytes, header: envelope.EnvelopeHeader, held: bool, now: str) -> Stored:
        """Store ``body``; the same export again returns what was stored the first time."""
        if not _SAFE_ID.match(header.export_id):  # it names files: nothing but an id
            raise EnvelopeRejected(EnvelopeProblem.NOT_AN_ENVELOPE, "export id")
        self.folder.mkdir(parents=True, exist_ok=True)
        found = self.find(header.export_id)
        digest = sha256_hex(body)
        if found is not None:
            if found.sha256 != digest:
                raise EnvelopeRejected(EnvelopeProblem.INCONSISTENT, "export id reused")
            return found
        stored = Stored(header.export_id, header.village_code, digest, len(body), now, held)
        data_path, meta_path = self._paths(header.export_id)
        write_verified(self.folder, data_path.name, body)
        write_verified(
            self.folder, meta_path.name, json.dumps(stored.as_json(), sort_keys=True).encode()
        )
        return stored

    def waiting(self) -> list[Stored]:
        if not self.folder.is_dir():
            return []
        found = (self.find(p.stem) for p in self.folder.glob(f"*{envelope.SUFFIX}"))
        return sorted((s for s in found if s is not None), key=lambda s: s.received_at)

    def read(self, export_id: str) -> bytes | None:
        if self.find(export_id) is None:
            return None
        try:
            return self._paths(export_id)[0].read_bytes()
        except OSError:
            return None

    def discard(self, export_id: str) -> bool:
        if self.find(export_id) is None:
            return False
        for path in self._paths(export_id):
            remove_quietly(path)
        return True


class ReceiptStore:
    """The office's receipts for the villages to collect: ``<village code>/<export id>.json``,
    the newest ``keep`` per village (one per export: a later one replaces it)."""

    def __init__(self, folder: Path, keep: int = 100) -> None:
        self.folder = folder
        self.keep = keep

    def put(self, receipt: wire_receipt.Receipt) -> None:
        folder = self.folder / receipt.village_code  # both names checked by wire_receipt.parse
        folder.mkdir(parents=True, exist_ok=True)
        write_verified(folder, f"{receipt.export_id}.json", wire_receipt.encode(receipt))
        kept = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[self.keep :]:
            remove_quietly(old)

    def of(self, village_code: str) -> list[dict[str, Any]]:
        folder = self.folder / village_code
        if not folder.is_dir():
            return []
        found = []
        for path in sorted(folder.glob("*.json"))[: self.keep]:
            try:
                found.append(json.loads(path.read_bytes()[: wire_receipt.MAX_BYTES]))
            except (OSError, ValueError):
                continue
        return found


def read_village_keys(path: Path) -> dict[str, bytes]:
    """The village keys the office registered (``siaga-tppo keys export-villages``)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != "siaga-tppo-kunci-desa":
        raise ValueError("not a village keys file")
    return {str(code): base64.b64decode(key, validate=True) for code, key in doc["keys"].items()}


_STATUS = {
    RejectReason.WRONG_VILLAGE: 403,
    RejectReason.EXPORT_ID_REUSED: 409,
    RejectReason.TOO_LARGE: 413,
}


def _refusal(reason: str, detail: str, status: int) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(
        {"error": reason, "detail": detail, "pesan": MESSAGES.get(reason, DEFAULT_MESSAGE)},
        status_code=status,
        headers=headers,
    )


@dataclass
class ReceiverConfig:
    tokens: dict[str, str]
    store: ReceivedStore
    max_bytes: int = MAX_EXPORT_BYTES
    village_keys: dict[str, bytes] = field(default_factory=dict)
    office_token: str | None = None  # the office app's token for fetching; None: no fetching
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    receipts: ReceiptStore | None = None  # None: in the store's folder, ``tanda-terima``

    def __post_init__(self) -> None:
        if self.receipts is None:
            self.receipts = ReceiptStore(self.store.folder / "tanda-terima")


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    return given.strip() if scheme.lower() == "bearer" else ""


def _village_for(request: Request, tokens: dict[str, str]) -> str | None:
    given = _bearer(request)
    if not given:
        return None
    found = None
    for token, code in tokens.items():  # compare with every token: no timing hint
        if hmac.compare_digest(token.encode(), given.encode()):
            found = code
    return found


def check_and_store(config: ReceiverConfig, body: bytes, village: str) -> Stored:
    """The receiver's whole decision for one body: a protected export of the token's village,
    with a good signature; stored encrypted. Raises EnvelopeRejected or ExportRejected."""
    header = envelope.verify(body, lambda _code: None)
    if header.village_code != village:
        raise ExportRejected(RejectReason.WRONG_VILLAGE, header.village_code)
    registered = config.village_keys.get(village)
    held = registered is not None and registered != header.sender_key
    moment = config.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        return config.store.keep(body, header, held, moment)
    except EnvelopeRejected as exc:
        if exc.problem is EnvelopeProblem.INCONSISTENT:
            raise ExportRejected(RejectReason.EXPORT_ID_REUSED, header.export_id) from exc
        raise


def create_app(config: ReceiverConfig) -> Starlette:
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="penerima-simpan")

    async def health(request: Request) -> JSONResponse:
        return JSONResponse(
            {
                "layanan": SERVICE,
                "status": "ok",
                "api": API_VERSION,
                "format": list(READ_VERSIONS),
            }
        )

    async def post_export(request: Request) -> JSONResponse:
        village = _village_for(request, config.tokens)
        if village is None:
            return _refusal("token_ditolak", "", 401)
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > config.max_bytes:
            return _refusal(RejectReason.TOO_LARGE.value, declared, 413)
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > config.max_bytes:
                    return _refusal(RejectReason.TOO_LARGE.value, str(size), 413)
                chunks.append(chunk)
        except ClientDisconnect:
            log.info("upload from %s cut off after %d bytes; nothing kept", village, size)
            return _refusal("terputus", "", 400)
        body = b"".join(chunks)
        loop = asyncio.get_running_loop()
        try:
            stored = await loop.run_in_executor(worker, check_and_store, config, body, village)
        except EnvelopeRejected as exc:
            reason = (
                RejectReason.NOT_SIGNED
                if exc.problem is EnvelopeProblem.NOT_AN_ENVELOPE
                else RejectReason.BAD_SIGNATURE
            )
            log.info("upload from %s refused: %s", village, reason.value)
            return _refusal(reason.value, "", 400)
        except ExportRejected as exc:
            log.info("upload from %s refused: %s", village, exc.reason.value)
            return _refusal(exc.reason.value, exc.detail, _STATUS.get(exc.reason, 400))
        log.info("upload from %s kept (held: %s)", village, stored.held)
        receipt = {
            "export_id": stored.export_id,
            "sha256": stored.sha256,
            "village_code": stored.village_code,
            "received_at": stored.received_at,
            "held": stored.held,
        }
        return JSONResponse({"receipt": receipt})

    def _office(request: Request) -> bool:
        given = _bearer(request)
        token = config.office_token
        return bool(token and given) and hmac.compare_digest(token.encode(), given.encode())

    async def waiting(request: Request) -> Response:
        if not _office(request):
            return _refusal("token_ditolak", "", 401)
        return JSONResponse({"waiting": [s.as_json() for s in config.store.waiting()]})

    async def one(request: Request) -> Response:
        if not _office(request):
            return _refusal("token_ditolak", "", 401)
        export_id = request.path_params["export_id"]
        if request.method == "DELETE":
            found = config.store.discard(export_id)
            return JSONResponse({"removed": found}, status_code=200 if found else 404)
        data = config.store.read(export_id)
        if data is None:
            return JSONResponse({"error": "tidak_ada"}, status_code=404)
        return Response(data, media_type="application/octet-stream")

    async def post_receipt(request: Request) -> Response:
        if not _office(request):
            return _refusal("token_ditolak", "", 401)
        body = bytearray()
        try:
            async for chunk in request.stream():
                body += chunk
                if len(body) > wire_receipt.MAX_BYTES:
                    return _refusal(RejectReason.TOO_LARGE.value, "", 413)
        except ClientDisconnect:
            return _refusal("terputus", "", 400)
        try:
            receipt = wire_receipt.parse(bytes(body))
        except wire_receipt.ReceiptInvalid as exc:
            return JSONResponse({"error": "tanda_terima_tidak_sah", "detail": exc.detail}, 400)
        await asyncio.get_running_loop().run_in_executor(worker, config.receipts.put, receipt)
        return JSONResponse({"kept": True})

    async def get_receipts(request: Request) -> Response:
        village = _village_for(request, config.tokens)
        if village is None:
            return _refusal("token_ditolak", "", 401)
        loop = asyncio.get_running_loop()
        found = await loop.run_in_executor(worker, config.receipts.of, village)
        return JSONResponse({"receipts": found})

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        worker.shutdown(wait=True)

    return Starlette(
        routes=[
            Route(HEALTH_PATH, health, methods=["GET"]),
            Route(EXPORTS_PATH, post_export, methods=["POST"]),
            Route(WAITING_PATH, waiting, methods=["GET"]),
            Route(waiting_path("{export_id}"), one, methods=["GET", "DELETE"]),
            Route(RECEIPTS_PATH, post_receipt, methods=["POST"]),
            Route(RECEIPTS_PATH, get_receipts, methods=["GET"]),
        ],
        lifespan=lifespan,
    )


def serve(app: Any, host: str, port: int) -> None:
    """Run the receiver until Ctrl+C (uvicorn)."""
    import uvicorn

    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="info",
        timeout_keep_alive=5,
        limit_concurrency=64,
    )
