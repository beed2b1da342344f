"""The receiver's door: how long a connection may take, and how many one client may hold.

uvicorn waits for a request's headers without any time limit and answers 503 to everyone
once ``limit_concurrency`` connections are open, so a few dozen connections that never finish
their headers lock every village out. ``GuardedProtocol`` sits between asyncio and uvicorn's
own HTTP protocol (uvicorn's ``http`` setting takes a protocol class) and passes every byte
through unchanged while it watches the connection:

* the request's headers must be complete within ``header_seconds`` of the connection;
* a body must keep arriving: no pause longer than ``idle_seconds`` while the receiver is
  reading it, and after ``idle_seconds`` at least ``min_bytes_per_second`` on average;
* one address holds at most ``per_client`` connections (not applied to a reverse proxy's
  address, which speaks for everyone: the proxy does this itself);
* at most ``max_connections`` in all: a newcomer pushes out the oldest connection that has not
  finished its headers, so slow strangers never keep a village out.

A wrapper rather than a subclass of uvicorn's protocol: it depends only on asyncio's protocol
interface and on uvicorn building its protocol from the class it is given, not on uvicorn's
internals. Every response closes its connection (``close_after_response``), so each connection
carries one request and the header limit covers every request.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

_END_OF_HEADERS = b"\r\n\r\n"
_LAST_CHUNK = b"0\r\n\r\n"
_TOO_MANY = (
    b"HTTP/1.1 429 Too Many Requests\r\ncontent-length: 0\r\nretry-after: 30\r\n"
    b"connection: close\r\n\r\n"
)


@dataclass(frozen=True)
class Limits:
    header_seconds: float = 10.0
    idle_seconds: float = 30.0
    min_bytes_per_second: float = 512.0
    per_client: int = 8
    max_connections: int = 800
    proxies: frozenset[str] = frozenset()  # addresses whose connections speak for others


@dataclass
class Door:
    """The connections open now, shared by every GuardedProtocol of one server."""

    limits: Limits
    open: dict[GuardedProtocol, None] = field(default_factory=dict)  # oldest first
    per_address: dict[str, int] = field(default_factory=dict)

    def admit(self, guard: GuardedProtocol) -> bool:
        address = guard.address
        crowded = self.per_address.get(address, 0) >= self.limits.per_client
        if crowded and address not in self.limits.proxies:
            return False
        if len(self.open) >= self.limits.max_connections:
            waiting = next((g for g in self.open if g.stage == "headers"), None)
            if waiting is None:
                return False
            waiting.close("pushed out by a newer connection")
        self.open[guard] = None
        self.per_address[address] = self.per_address.get(address, 0) + 1
        return True

    def leave(self, guard: GuardedProtocol) -> None:
        if guard in self.open:
            del self.open[guard]
            left = self.per_address.get(guard.address, 1) - 1
            if left > 0:
                self.per_address[guard.address] = left
            else:
                self.per_address.pop(guard.address, None)


class _WatchedTransport:
    """The transport as uvicorn's protocol sees it: a write means the answer has begun, and
    while uvicorn holds reading back (its buffer is full) the client is not to blame."""

    def __init__(self, transport: asyncio.Transport, guard: GuardedProtocol) -> None:
        self._transport = transport
        self._guard = guard

    def write(self, data: bytes) -> None:
        self._guard.answering()
        self._transport.write(data)

    def writelines(self, lines: Any) -> None:
        self._guard.answering()
        self._transport.writelines(lines)

    def pause_reading(self) -> None:
        self._guard.held_back(True)
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._guard.held_back(False)
        self._transport.resume_reading()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class GuardedProtocol(asyncio.Protocol):
    """Made by ``guarded``; uvicorn constructs it like its own protocol."""

    inner_class: Callable[..., asyncio.Protocol]
    door: Door

    def __init__(self, **kwargs: Any) -> None:
        self._kwargs = kwargs
        self._loop = kwargs.get("_loop") or asyncio.get_event_loop()
        self.inner: asyncio.Protocol | None = None
        self.transport: asyncio.Transport | None = None
        self.address = ""
        self.stage = "headers"  # then "body", "working" (body read), "answering"
        self._tail = b""
        self._body_left: int | None = None
        self._chunked = False
        self._body_started = 0.0
        self._body_bytes = 0
        self._paused = False
        self._timer: asyncio.TimerHandle | None = None

    # asyncio's side -------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.address = str(peer[0]) if isinstance(peer, tuple) and peer else ""
        if not self.door.admit(self):
            log.info("connection from %s refused: too many connections", self.address)
            transport.write(_TOO_MANY)
            transport.close()
            return
        self.inner = self.inner_class(**self._kwargs)
        self.inner.connection_made(_WatchedTransport(transport, self))  # type: ignore[arg-type]
        self._arm(self.door.limits.header_seconds, "headers not complete in time")

    def data_received(self, data: bytes) -> None:
        if self.inner is None:
            return
        if self.stage == "headers":
            self._look_for_headers(data)
        elif self.stage == "body":
            self._count_body(data)
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.inner is not None else None

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        self.door.leave(self)
        if self.inner is not None:
            self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        if self.inner is not None:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.inner is not None:
            self.inner.resume_writing()

    # the watch ------------------------------------------------------------------------

    def _look_for_headers(self, data: bytes) -> None:
        seen = self._tail + data
        end = seen.find(_END_OF_HEADERS)
        if end < 0:
            self._tail = seen[-(16 * 1024) :]  # uvicorn refuses longer headers itself
            return
        rest = seen[end + len(_END_OF_HEADERS) :]
        self._tail = b""
        self._body_left, self._chunked = _body_framing(seen[:end])
        if not self._chunked and not self._body_left:
            self._working()
            return
        self.stage = "body"
        self._body_started = time.monotonic()
        self._arm(self.door.limits.idle_seconds, "body stalled")
        if rest:
            self._count_body(rest)

    def _count_body(self, data: bytes) -> None:
        self._body_bytes += len(data)
        if self._chunked:
            self._tail = (self._tail + data)[-len(_LAST_CHUNK) :]
            done = self._tail == _LAST_CHUNK
        else:
            self._body_left = (self._body_left or 0) - len(data)
            done = self._body_left <= 0
        if done:
            self._working()
            return
        if not self._paused:
            self._arm(self.door.limits.idle_seconds, "body stalled")
        limits = self.door.limits
        took = time.monotonic() - self._body_started
        if took > limits.idle_seconds and self._body_bytes / took < limits.min_bytes_per_second:
            self.close("body too slow")

    def _working(self) -> None:
        self.stage = "working"
        self._disarm()

    def answering(self) -> None:
        if self.stage != "answering":
            self.stage = "answering"
            self._disarm()

    def held_back(self, paused: bool) -> None:
        self._paused = paused
        if self.stage != "body":
            return
        if paused:
            self._disarm()
        else:
            self._arm(self.door.limits.idle_seconds, "body stalled")

    def _arm(self, seconds: float, why: str) -> None:
        self._disarm()
        self._timer = self._loop.call_later(seconds, self.close, why)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def close(self, why: str) -> None:
        self._disarm()
        if self.transport is not None and not self.transport.is_closing():
            log.info("connection from %s closed: %s", self.address, why)
            self.transport.abort()


def _body_framing(head: bytes) -> tuple[int | None, bool]:
    """(Content-Length, chunked) of a request's header block. A malformed one is uvicorn's
    to refuse; here it only means "no body"."""
    length, chunked = None, False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == b"content-length" and value.isdigit():
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = value.endswith(b"chunked")
    return length, chunked


def guarded(inner_class: Callable[..., asyncio.Protocol], limits: Limits) -> type:
    """A protocol class for uvicorn's ``http`` setting: ``inner_class`` behind a door."""
    return type(
        "GuardedHTTP", (GuardedProtocol,), {"inner_class": inner_class, "door": Door(limits)}
    )


def close_after_response(app: Callable[..., Any]) -> Callable[..., Any]:
    """ASGI wrapper: every answer says ``connection: close`` (one request per connection)."""

    async def wrapped(scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def closing_send(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"connection"]
                message = {**message, "headers": [*headers, (b"connection", b"close")]}
            await send(message)

        await app(scope, receive, closing_send)

    return wrapped
