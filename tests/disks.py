"""Disks that fail on purpose: a real small tmpfs (mounted when the tests run as root, skipped
otherwise) that can be filled to the last byte, and a seam that makes the n-th ``os.write``
fail with a chosen errno (a full disk, a pulled stick)."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@contextlib.contextmanager
def small_disk(where: Path, megabytes: int) -> Iterator[Path]:
    """A tmpfs of ``megabytes`` mounted at ``where`` for the duration (skips the test when not
    root or when mounting is not allowed here)."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a real full disk needs root to mount a small tmpfs")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={megabytes}m", "tmpfs", str(where)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Fill ``disk`` until at most ``leave`` bytes are free; returns the filler (delete it to
    free the space again)."""
    filler = disk / "pengisi.bin"
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(filler, "wb") as handle:
        block = b"\0" * 65536
        with contextlib.suppress(OSError):
            while free - handle.tell() > leave + len(block):
                handle.write(block)
            handle.flush()
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
                if os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize <= leave:
                    break
    return filler


class FailingWrites:
    """Make the ``nth`` call of ``os.write`` (counted from 1) and every later one raise
    OSError(``code``): a disk that fills up or a stick pulled out in the middle of a file."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, nth: int, code: int = errno.ENOSPC):
        self.calls = 0
        real = os.write

        def write(fd: int, data) -> int:
            self.calls += 1
            if self.calls >= nth:
                raise OSError(code, os.strerror(code))
            return real(fd, data)

        monkeypatch.setattr(os, "write", write)
