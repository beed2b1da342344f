"""A receiver run in this process (uvicorn on a thread, behind the guard) for the tests of
issue 14.6, and exports to post to it."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import nacl.public
import nacl.signing

from desktop.exchange.receiver.app import ReceiverConfig, create_app
from desktop.exchange.receiver.certificate import TlsFiles
from desktop.exchange.receiver.guard import Limits
from desktop.exchange.receiver.serve import uvicorn_config
from desktop.exchange.receiver.store import Quota, ReceivedStore
from desktop.exchange.receiver.tokens import OfficeToken, TokenBook
from desktop.exchange.upload_tokens import add_token
from desktop.exchange.wire import envelope
from desktop.exchange.wire.tokens_file import token_digest
from tests.exchange.conftest import OFFICE_KEY, VILLAGE_KEY

KUNGKAI = "15.02.02.2004"
OTHERS = [f"15.02.02.{2010 + n}" for n in range(12)]  # more villages, for load
OFFICE_TOKEN = "token-kantor-kerinci-000000000001"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def envelope_of(
    size: int = 2000,
    *,
    export_id: str | None = None,
    village: str = KUNGKAI,
    encrypted: bool = True,
    signing: nacl.signing.SigningKey = VILLAGE_KEY,
) -> bytes:
    """A protected file as a village sends it (its body need not be an export: the receiver
    never opens it)."""
    return envelope.seal(
        b"{" + b"x" * max(0, size - 2) + b"}",
        village_code=village,
        export_id=export_id or str(uuid.uuid4()),
        signing_key=signing,
        office_public_key=bytes(OFFICE_KEY.public_key) if encrypted else None,
    )


@dataclass
class Running:
    url: str
    store: ReceivedStore
    tokens_file: Path
    token: str  # Kungkai's
    others: dict[str, str]  # more villages' tokens
    server: object

    def post(self, body: bytes, token: str | None = None, **kw) -> httpx.Response:
        headers = {"Authorization": f"Bearer {token or self.token}"}
        return httpx.post(
            f"{self.url}/api/v1/exports", content=body, headers=headers, timeout=60, **kw
        )


@contextlib.contextmanager
def running_receiver(
    root: Path,
    *,
    limits: Limits | None = None,
    quota: Quota | None = None,
    allow_unencrypted: bool = False,
    tls: TlsFiles | None = None,
    max_bytes: int = 4 * 1024 * 1024,
    port: int | None = None,
) -> Iterator[Running]:
    """``port``: where a client already waits for it (None: any free one)."""
    import uvicorn

    tokens_file = root / "token-desa.txt"
    issued = add_token(tokens_file, KUNGKAI, _now())
    others = {code: add_token(tokens_file, code, _now()).token for code in OTHERS}
    office_file = root / "token-kantor.txt"
    office_file.write_text(f"sha256:{token_digest(OFFICE_TOKEN)}\n", encoding="utf-8")
    store = ReceivedStore(root / "diterima", quota)
    config = ReceiverConfig(
        tokens=TokenBook(tokens_file),
        store=store,
        max_bytes=max_bytes,
        office_token=OfficeToken.from_file(office_file),
        allow_unencrypted=allow_unencrypted,
    )
    port = port or free_port()
    server = uvicorn.Server(
        uvicorn_config(create_app(config), "127.0.0.1", port, tls, limits or Limits(), "warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("receiver did not start")
        time.sleep(0.05)
    scheme = "https" if tls else "http"
    try:
        yield Running(
            f"{scheme}://127.0.0.1:{port}", store, tokens_file, issued.token, others, server
        )
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def _now():
    from datetime import datetime

    return datetime(2026, 12, 4, 9, 0)


@dataclass
class Process:
    url: str
    tokens: dict[str, str]  # village -> token
    process: object

    def status_kb(self, field: str) -> int:
        with open(f"/proc/{self.process.pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith(field):
                    return int(line.split()[1])
        raise LookupError(field)


@contextlib.contextmanager
def receiver_process(root: Path, *extra: str) -> Iterator[Process]:
    """``siaga-tppo receive`` in its own process (for figures of its own memory)."""
    import subprocess
    import sys

    tokens_file = root / "token-desa.txt"
    tokens = {code: add_token(tokens_file, code, _now()).token for code in [KUNGKAI, *OTHERS]}
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "receive",
            "--store",
            str(root / "penerima"),
            "--tokens",
            str(tokens_file),
            "--port",
            str(port),
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("receiver did not start")
            time.sleep(0.1)
        yield Process(url, tokens, process)
    finally:
        process.terminate()
        process.wait(timeout=30)


@dataclass(frozen=True)
class Figures:
    uploads: int
    seconds: float
    p50: float
    p99: float
    statuses: dict[int, int]

    @property
    def per_second(self) -> float:
        return self.uploads / self.seconds

    def line(self, label: str) -> str:
        return (
            f"{label}: {self.uploads} uploads in {self.seconds:.2f} s = {self.per_second:.0f}/s; "
            f"p50 {self.p50 * 1000:.0f} ms, p99 {self.p99 * 1000:.0f} ms; statuses {self.statuses}"
        )


def measure_uploads(
    url: str, tokens: dict[str, str], count: int, concurrency: int, size: int = 20_000
) -> Figures:
    """``count`` uploads of distinct exports, ``concurrency`` at a time, round the villages."""
    import concurrent.futures
    import statistics

    codes = sorted(tokens)
    bodies = [
        (envelope_of(size, village=codes[n % len(codes)]), codes[n % len(codes)])
        for n in range(count)
    ]

    def one(item: tuple[bytes, str]) -> tuple[int, float]:
        body, code = item
        start = time.perf_counter()
        try:
            answer = httpx.post(
                f"{url}/api/v1/exports",
                content=body,
                headers={"Authorization": f"Bearer {tokens[code]}"},
                timeout=30,
                verify=False,
            )
            status = answer.status_code
        except httpx.HTTPError:
            status = 0
        return status, time.perf_counter() - start

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, bodies))
    took = time.perf_counter() - start
    times = sorted(t for _, t in results)
    statuses: dict[int, int] = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return Figures(count, took, statistics.median(times), p99, statuses)


@contextlib.contextmanager
def slow_connections(url: str, count: int) -> Iterator[list[socket.socket]]:
    """``count`` connections from 127.0.0.2 onwards (one address each, as from many
    computers) that send the start of a request and then nothing."""
    port = httpx.URL(url).port
    opened = []
    try:
        for n in range(count):
            s = socket.socket()
            s.bind((f"127.0.{2 + n // 250}.{2 + n % 250}", 0))
            s.connect(("127.0.0.1", port))
            s.sendall(b"POST /api/v1/exports HTTP/1.1\r\nHost: x\r\n")
            opened.append(s)
        yield opened
    finally:
        for s in opened:
            s.close()
