"""The receiver's HTTP interface (``resources/schema/receiver-api.yaml``).

``GET /api/v1/health`` answers who it is. ``POST /api/v1/exports`` takes one protected export
(bearer token per village): the token is checked before the body is read, the envelope's first
lines as soon as they arrive (the token's village, encrypted unless the office allows
otherwise), the size and the village's quota while it is read; the body goes to disk as it
comes and is kept once its signature is good. The signing key is compared with the village
keys the office registered (``--keys``): another key is kept too, marked ``held``. Posting the
same export again gives the same receipt.

The office app fetches what waits (``GET /api/v1/waiting``, ``GET`` and ``DELETE
/api/v1/waiting/{export_id}`` with the office's own token). It posts its receipts (imported,
held back; ``POST /api/v1/receipts``) and a village gets its own (``GET /api/v1/receipts``,
``receiver/receipts.py``); it passes the office's content pack on to the villages
(``packs.py``). Another endpoint is one more ``Route`` in ``routes``: handlers get the
``ReceiverConfig`` and use ``refusal`` for answers that say no.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from desktop.domain.exchange import (
    MAX_EXPORT_BYTES,
    READ_VERSIONS,
    ExportRejected,
    ExportWriteFailed,
    RejectReason,
)
from desktop.exchange.receiver.packs import PackShelf, pack_routes
from desktop.exchange.receiver.receipts import ReceiptStore
from desktop.exchange.receiver.store import ReceivedStore, Stored, Upload, safe_id
from desktop.exchange.receiver.tokens import OfficeToken, TokenBook
from desktop.exchange.wire import envelope
from desktop.exchange.wire import receipt as wire_receipt
from desktop.exchange.wire.envelope import EnvelopeProblem, EnvelopeRejected, EnvelopeStream
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

NOT_ENCRYPTED = "tidak_terenkripsi"
QUOTA_FULL = "kuota_penuh"
BUSY = "sedang_mengunggah"
STORAGE_FULL = "penyimpanan_penuh"
BAD_ID = "nomor_ekspor_tidak_sah"
NOT_A_RECEIPT = "tanda_terima_tidak_sah"

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
    NOT_ENCRYPTED: "Ekspor tanpa enkripsi tidak diterima penerima ini. Pasang kunci kantor "
    "imigrasi, lalu kirim lagi.",
    QUOTA_FULL: "Kiriman desa ini yang menunggu diambil kantor sudah terlalu banyak. Dicoba lagi "
    "nanti, setelah kantor mengambilnya.",
    BUSY: "Desa ini sedang mengirim ekspor lain. Dicoba lagi sebentar lagi.",
    STORAGE_FULL: "Tempat penyimpanan penerima penuh. Dicoba lagi nanti.",
    BAD_ID: "Nomor ekspor tidak sah.",
    NOT_A_RECEIPT: "Tanda terima tidak sah.",
}
DEFAULT_MESSAGE = "Ekspor tidak dapat diterima karena isinya tidak sah atau rusak."

_STATUS = {
    RejectReason.WRONG_VILLAGE: 403,
    RejectReason.EXPORT_ID_REUSED: 409,
    RejectReason.TOO_LARGE: 413,
}
UPLOADS_PER_VILLAGE = 2  # at the same time


def refusal(reason: str, detail: str, status: int, **headers: str) -> JSONResponse:
    if status == 401:
        headers["WWW-Authenticate"] = "Bearer"
    return JSONResponse(
        {"error": reason, "detail": detail, "pesan": MESSAGES.get(reason, DEFAULT_MESSAGE)},
        status_code=status,
        headers=headers or None,
    )


def read_village_keys(path: Path) -> dict[str, bytes]:
    """The village keys the office registered (``siaga-tppo keys export-villages``)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != "siaga-tppo-kunci-desa":
        raise ValueError("not a village keys file")
    return {str(code): base64.b64decode(key, validate=True) for code, key in doc["keys"].items()}


@dataclass
class ReceiverConfig:
    tokens: TokenBook
    store: ReceivedStore
    max_bytes: int = MAX_EXPORT_BYTES
    village_keys: dict[str, bytes] = field(default_factory=dict)
    office_token: OfficeToken | None = None  # None: nobody fetches
    allow_unencrypted: bool = False  # signed but readable exports: refused unless turned on
    now: Callable[[], datetime] = lambda: datetime.now(UTC)
    receipts: ReceiptStore | None = None  # None: in the store's folder, ``tanda-terima``

    def __post_init__(self) -> None:
        if self.receipts is None:
            self.receipts = ReceiptStore(self.store.folder / "tanda-terima")


def bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    return given.strip() if scheme.lower() == "bearer" else ""


class _Refused(Exception):
    def __init__(self, response: JSONResponse) -> None:
        super().__init__(response.status_code)
        self.response = response


def _early_checks(config: ReceiverConfig, header: envelope.EnvelopeHeader, village: str) -> None:
    """What the envelope's first lines already decide. Raises _Refused."""
    if not safe_id(header.export_id):
        raise _Refused(refusal(BAD_ID, "", 400))
    if header.village_code != village:
        raise _Refused(refusal(RejectReason.WRONG_VILLAGE.value, header.village_code, 403))
    if not header.encrypted and not config.allow_unencrypted:
        raise _Refused(refusal(NOT_ENCRYPTED, "", 400))


def _finish(config: ReceiverConfig, upload: Upload, check: EnvelopeStream, village: str) -> Stored:
    """In the worker thread: the signature, then keep it. Raises EnvelopeRejected,
    ExportRejected, ExportWriteFailed or OSError."""
    header = check.finish()
    if check.whole_needed:  # version 1: its signature covers the body itself
        upload.close()
        header = envelope.verify(upload.path.read_bytes(), lambda _code: None)
    registered = config.village_keys.get(village)
    held = registered is not None and registered != header.sender_key
    moment = config.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        return config.store.keep(upload, header, held, moment)
    except EnvelopeRejected as exc:
        if exc.problem is EnvelopeProblem.INCONSISTENT:
            raise ExportRejected(RejectReason.EXPORT_ID_REUSED, header.export_id) from exc
        raise


def _envelope_refusal(exc: EnvelopeRejected) -> JSONResponse:
    reason = (
        RejectReason.NOT_SIGNED
        if exc.problem is EnvelopeProblem.NOT_AN_ENVELOPE
        else RejectReason.BAD_SIGNATURE
    )
    return refusal(reason.value, "", 400)


def create_app(config: ReceiverConfig) -> Starlette:
    receipts = config.receipts
    assert receipts is not None  # ReceiverConfig.__post_init__ makes one
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="penerima-simpan")
    uploading: dict[str, int] = {}

    async def health(request: Request) -> JSONResponse:
        return JSONResponse(
            {"layanan": SERVICE, "status": "ok", "api": API_VERSION, "format": list(READ_VERSIONS)}
        )

    async def receive_body(request: Request, village: str) -> Stored:
        """Stream the body to disk, checking as it comes. Raises _Refused."""
        check = EnvelopeStream()
        try:
            upload = config.store.begin()
        except OSError as exc:
            raise _Refused(refusal(STORAGE_FULL, "", 507)) from exc
        kept = False
        try:
            async for chunk in request.stream():
                if upload.size + len(chunk) > config.max_bytes:
                    size = str(upload.size + len(chunk))
                    raise _Refused(refusal(RejectReason.TOO_LARGE.value, size, 413))
                known = check.header is not None
                check.feed(chunk)
                if not known and check.header is not None:
                    _early_checks(config, check.header, village)
                upload.write(chunk)
                if config.store.over_quota(village, upload.size):
                    raise _Refused(refusal(QUOTA_FULL, "", 507))
            loop = asyncio.get_running_loop()
            stored = await loop.run_in_executor(worker, _finish, config, upload, check, village)
            kept = True
            return stored
        except EnvelopeRejected as exc:
            log.info("upload from %s refused: %s", village, exc.problem.value)
            raise _Refused(_envelope_refusal(exc)) from exc
        except ExportRejected as exc:
            log.info("upload from %s refused: %s", village, exc.reason.value)
            status = _STATUS.get(exc.reason, 400)
            raise _Refused(refusal(exc.reason.value, exc.detail, status)) from exc
        except (OSError, ExportWriteFailed) as exc:
            log.warning("upload from %s not kept: %s", village, exc)
            raise _Refused(refusal(STORAGE_FULL, "", 507)) from exc
        except ClientDisconnect as exc:
            log.info("upload from %s cut off after %d bytes; nothing kept", village, upload.size)
            raise _Refused(refusal("terputus", "", 400)) from exc
        finally:
            if not kept:
                upload.discard()

    async def post_export(request: Request) -> JSONResponse:
        village = config.tokens.village_for(bearer(request))
        if village is None:
            return refusal("token_ditolak", "", 401)
        declared = request.headers.get("content-length", "")
        announced = int(declared) if declared.isdigit() else 0
        if announced > config.max_bytes:
            return refusal(RejectReason.TOO_LARGE.value, declared, 413)
        if uploading.get(village, 0) >= UPLOADS_PER_VILLAGE:
            return refusal(BUSY, "", 429, **{"Retry-After": "30"})
        if not config.store.reserve(village, announced):
            return refusal(QUOTA_FULL, "", 507)
        uploading[village] = uploading.get(village, 0) + 1
        try:
            stored = await receive_body(request, village)
        except _Refused as refused:
            return refused.response
        finally:
            uploading[village] -= 1
            if not uploading[village]:
                del uploading[village]
            config.store.release(village, announced)
        log.info("upload from %s kept (held: %s)", village, stored.held)
        receipt = {
            "export_id": stored.export_id,
            "sha256": stored.sha256,
            "village_code": stored.village_code,
            "received_at": stored.received_at,
            "held": stored.held,
        }
        return JSONResponse({"receipt": receipt})

    def office(request: Request) -> bool:
        return config.office_token is not None and config.office_token.matches(bearer(request))

    async def waiting(request: Request) -> Response:
        if not office(request):
            return refusal("token_ditolak", "", 401)
        return JSONResponse({"waiting": [s.as_json() for s in config.store.waiting()]})

    async def one(request: Request) -> Response:
        if not office(request):
            return refusal("token_ditolak", "", 401)
        export_id = request.path_params["export_id"]
        if request.method == "DELETE":
            found = config.store.discard(export_id)
            return JSONResponse({"removed": found}, status_code=200 if found else 404)
        path = config.store.data_path(export_id)
        if path is None or not path.is_file():
            return JSONResponse({"error": "tidak_ada"}, status_code=404)
        return FileResponse(path, media_type="application/octet-stream")

    async def post_receipt(request: Request) -> Response:
        if not office(request):
            return refusal("token_ditolak", "", 401)
        body = bytearray()
        try:
            async for chunk in request.stream():
                body += chunk
                if len(body) > wire_receipt.MAX_BYTES:
                    return refusal(RejectReason.TOO_LARGE.value, "", 413)
            receipt = wire_receipt.parse(bytes(body))
        except ClientDisconnect:
            return refusal("terputus", "", 400)
        except wire_receipt.ReceiptInvalid as exc:
            log.info("receipt refused: %s", exc)
            return refusal(NOT_A_RECEIPT, exc.detail, 400)
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(worker, receipts.put, receipt)
        except (OSError, ExportWriteFailed) as exc:
            log.warning("receipt not kept: %s", exc)
            return refusal(STORAGE_FULL, "", 507)
        return JSONResponse({"kept": True})

    async def get_receipts(request: Request) -> Response:
        village = config.tokens.village_for(bearer(request))
        if village is None:
            return refusal("token_ditolak", "", 401)
        loop = asyncio.get_running_loop()
        return JSONResponse({"receipts": await loop.run_in_executor(worker, receipts.of, village)})

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        config.store.start()
        receipts.start()
        yield
        worker.shutdown(wait=True)

    routes = [
        Route(HEALTH_PATH, health, methods=["GET"]),
        Route(EXPORTS_PATH, post_export, methods=["POST"]),
        Route(WAITING_PATH, waiting, methods=["GET"]),
        Route(waiting_path("{export_id}"), one, methods=["GET", "DELETE"]),
        *pack_routes(
            PackShelf(config.store.folder / "paket-isi"),
            office,
            lambda request: config.tokens.village_for(bearer(request)),
            refusal,
        ),
        Route(RECEIPTS_PATH, post_receipt, methods=["POST"]),
        Route(RECEIPTS_PATH, get_receipts, methods=["GET"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)
