"""A small office server on 127.0.0.1 that misbehaves on purpose, over a real socket.

Each upload is answered according to the next entry of ``plan``: ``ok`` (receipt), ``drop``
(close the connection halfway through the upload), ``lost`` (take the whole upload, then close
without answering, as when the answer is lost on the way), ``slow`` (answer after ``delay``),
``500``. Health checks, receipts (none kept) and content packs (none kept) are always
answered. Everything it received is kept in ``uploads``.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

HEALTH = json.dumps({"layanan": "siaga-tppo-penerima", "status": "ok", "api": 1}).encode()


def _reply(status: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode() + body


class FaultyOffice:
    def __init__(self, plan: list[str], delay: float = 2.0) -> None:
        self.plan = list(plan)
        self.delay = delay
        self.uploads: list[bytes] = []
        self.complete_uploads: list[bytes] = []
        office = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                office.handle(self.request)

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def handle(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path = lines[0].split(" ")[:2]
        headers = {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in lines[1:])}
        if method == "GET" and path.endswith("/api/v1/health"):
            conn.sendall(_reply("200 OK", HEALTH))
            return
        if method == "GET" and "/api/v1/content-pack" in path:
            conn.sendall(_reply("404 Not Found", b'{"error": "tidak_ada"}'))
            return
        if method == "GET" and path.endswith("/api/v1/receipts"):
            conn.sendall(_reply("200 OK", b'{"receipts": []}'))
            return
        length = int(headers.get("content-length", "0"))
        mode = self.plan.pop(0) if self.plan else "ok"
        if mode == "drop":
            while len(body) < min(length, 4096):
                body += conn.recv(4096)
            self.uploads.append(body)
            conn.shutdown(socket.SHUT_RDWR)
            conn.close()
            return
        while len(body) < length:
            chunk = conn.recv(1 << 20)
            if not chunk:
                return
            body += chunk
        self.uploads.append(body)
        self.complete_uploads.append(body)
        if mode == "lost":
            conn.shutdown(socket.SHUT_RDWR)
            conn.close()
            return
        if mode == "slow":
            time.sleep(self.delay)
        if mode == "500":
            conn.sendall(_reply("500 Internal Server Error", b'{"error":"galat"}'))
            return
        from tests.exchange.conftest import document_of  # uploads are protected files

        doc = json.loads(document_of(body))
        receipt = {"export_id": doc["export_id"], "sha256": doc["sha256"], "result": {}}
        conn.sendall(_reply("200 OK", json.dumps({"receipt": receipt}).encode()))


@contextmanager
def faulty_office(plan: list[str], delay: float = 2.0) -> Iterator[FaultyOffice]:
    office = FaultyOffice(plan, delay)
    thread = threading.Thread(target=office.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield office
    finally:
        office.server.shutdown()
        office.server.server_close()
