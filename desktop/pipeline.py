"""Work handed to one worker thread, beside the code that produces it.

An export is built in Python (the producer holds the interpreter's lock) and then hashed and
encrypted in C (hashlib and libsodium release the lock), then written to its file (so does the
system call). Handing blocks to a worker thread lets these run at once on a second core: an
export hands its blocks to one worker that hashes and seals them, which hands the sealed pieces
to another that writes them; for a 250 MB export that hides most of the hashing, encryption and
writing (``tests/benchmarks/bench_exchange.py``). It pays only for work done in long C calls:
handing SQLite's row-by-row inserts to a worker was tried for imports and was slower (each row
waits for the lock the producer holds). This is not a second way to run UI tasks: exports
already run in the window's background task (``desktop/ui/tasks.py``), and a worker lives only
for the duration of one ``with`` block.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Generic, Self, TypeVar

T = TypeVar("T")

BLOCK = 4 * 1024 * 1024
_END = object()  # after the last item


class Handoff(Generic[T]):
    """Passes items, in order, to ``consume`` in one worker thread while the caller goes on
    producing the next ones. At most ``depth`` items wait, so memory stays bounded. Use it as a
    context manager: leaving the block waits for the worker and raises what ``consume`` raised;
    an error in the body stops the worker (the items still waiting are dropped) and is raised
    as it was."""

    def __init__(self, consume: Callable[[T], None], *, depth: int = 4) -> None:
        self._consume = consume
        self._queue: queue.Queue[object] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="siaga-handoff", daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if kind is None:
            self._finish()
        else:
            self._error = self._error or value  # the worker drops the rest
        self._queue.put(_END)
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error

    def _finish(self) -> None:
        """Hand over what is still held back (subclasses)."""

    def put(self, item: T) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(item)

    def _run(self) -> None:
        while (item := self._queue.get()) is not _END:
            if self._error is None:
                try:
                    self._consume(item)  # type: ignore[arg-type]
                except BaseException as exc:  # handed to the producer
                    self._error = exc


class BlockWriter(Handoff[bytes]):
    """A Handoff of bytes: small pieces are joined into blocks of about ``block`` bytes."""

    def __init__(
        self, consume: Callable[[bytes], None], *, block: int = BLOCK, depth: int = 4
    ) -> None:
        super().__init__(consume, depth=depth)
        self._block = block
        self._pieces: list[bytes] = []
        self._size = 0

    def write(self, piece: bytes) -> None:
        self._pieces.append(piece)
        self._size += len(piece)
        if self._size >= self._block:
            self._finish()

    def _finish(self) -> None:
        if self._pieces:
            block = b"".join(self._pieces)
            self._pieces, self._size = [], 0
            self.put(block)
