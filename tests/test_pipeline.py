"""The block writer that lets an export be hashed and sealed while it is still being built."""

from __future__ import annotations

import threading

import pytest

from desktop.pipeline import BlockWriter


def test_blocks_arrive_whole_and_in_order_in_another_thread():
    got: list[bytes] = []
    threads: set[str] = set()

    def consume(block: bytes) -> None:
        threads.add(threading.current_thread().name)
        got.append(block)

    pieces = [b"%d," % n for n in range(10_000)]
    with BlockWriter(consume, block=1000, depth=2) as writer:
        for piece in pieces:
            writer.write(piece)
    assert b"".join(got) == b"".join(pieces)
    assert all(len(block) >= 1000 for block in got[:-1])
    assert threads == {"siaga-handoff"}


def test_an_error_in_the_consumer_reaches_the_producer_and_nothing_hangs():
    def consume(block: bytes) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"), BlockWriter(consume, block=10, depth=1) as w:
        for _ in range(1000):
            w.write(b"x" * 10)


def test_an_error_while_producing_stops_the_worker_and_is_raised_as_it_was():
    got: list[bytes] = []
    with pytest.raises(ValueError, match="cycle"), BlockWriter(got.append, block=10) as writer:
        writer.write(b"a" * 10)
        raise ValueError("versions form a cycle")
    assert [t for t in threading.enumerate() if t.name == "siaga-handoff"] == []


def test_empty_pieces_and_no_pieces_are_fine():
    got: list[bytes] = []
    with BlockWriter(got.append, block=4) as writer:
        writer.write(b"")
    with BlockWriter(got.append, block=4):
        pass
    assert b"".join(got) == b""
