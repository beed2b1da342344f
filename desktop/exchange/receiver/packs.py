"""The receiver's content packs: the office app puts its newest pack here, and each village
takes it when it syncs.

``PUT /api/v1/content-pack`` (the office's token) keeps the pack if it is one (its signature
holds for the key it names, and its content reads) and newer than the one kept: the receiver
cannot know which office key the villages trust, so the villages check that themselves.
``GET /api/v1/content-pack?after=N`` (a village's token) answers the pack, or 204 when the one
kept is not numbered above N (nothing to download), or 404 when there is none. Like the rest of
the receiver it uses only the wire layer and opens no database. The pack is kept beside the
uploads, in ``paket-isi``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.domain.content_pack import MAX_PACK_BYTES, PACK_SUFFIX
from desktop.exchange.wire import content_pack as wire
from desktop.exchange.wire.files import write_verified
from desktop.exchange.wire.protocol import CONTENT_PACK_PATH

NAME = f"paket-isi{PACK_SUFFIX}"


class PackShelf:
    """The newest pack the office put here: one file, replaced as a whole."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def path(self) -> Path:
        return self.folder / NAME

    def read(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except OSError:
            return None

    def label(self) -> wire.PackLabel | None:
        data = self.read()
        if data is None:
            return None
        try:
            return wire.read_label(data)
        except wire.PackRejected:
            return None

    def put(self, data: bytes) -> wire.PackLabel:
        """Keep ``data`` unless the pack kept is newer from the same office. Raises
        PackRejected for anything that is not a readable, self-consistently signed pack."""
        label = wire.read_label(data)
        wire.verify(data, label.office_key)
        kept = self.label()
        if kept is not None and kept.office_key == label.office_key and kept.number > label.number:
            return kept
        self.folder.mkdir(parents=True, exist_ok=True)
        write_verified(self.folder, NAME, data)
        return label


def pack_routes(
    shelf: PackShelf,
    is_office: Callable[[Request], bool],
    village_of: Callable[[Request], str | None],
    refusal: Callable[[str, str, int], Response],
) -> list[Route]:
    """The two routes, with the receiver's own token checks and refusal answers."""

    async def put_pack(request: Request) -> Response:
        if not is_office(request):
            return refusal("token_ditolak", "", 401)
        body = bytearray()
        try:
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_PACK_BYTES:
                    return refusal("terlalu_besar", "", 413)
        except ClientDisconnect:
            return refusal("terputus", "", 400)
        try:
            label = await asyncio.get_running_loop().run_in_executor(None, shelf.put, bytes(body))
        except wire.PackRejected as exc:
            return JSONResponse({"error": "paket_tidak_sah", "detail": exc.trouble.value}, 400)
        return JSONResponse({"kept": True, "number": label.number})

    async def get_pack(request: Request) -> Response:
        if village_of(request) is None:
            return refusal("token_ditolak", "", 401)
        after = request.query_params.get("after", "0")
        label = shelf.label()
        if label is None:
            return JSONResponse({"error": "tidak_ada"}, status_code=404)
        if after.isdigit() and label.number <= int(after):
            return Response(status_code=204)
        data = shelf.read()
        if data is None:
            return JSONResponse({"error": "tidak_ada"}, status_code=404)
        return Response(data, media_type="application/octet-stream")

    return [
        Route(CONTENT_PACK_PATH, put_pack, methods=["PUT"]),
        Route(CONTENT_PACK_PATH, get_pack, methods=["GET"]),
    ]
