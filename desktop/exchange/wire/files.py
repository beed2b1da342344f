"""Writing export files so that a pulled stick never leaves half a file, and reading files
from a stick without trusting their size.

Writing: a temporary name in the same folder, every byte written and flushed to the device
(fsync), renamed to the final name, the folder flushed, then read back and compared with a
checksum of what was written. Any failure removes what was written and raises
ExportWriteFailed saying why (full, read-only, gone). The read-back cannot see past the
operating system's cache; it catches every error the system reports, which is what a pulled or
failing stick produces. A temporary file that a killed write left in a folder (hidden,
``.sementara``) is removed by the next write there. ``VerifiedFile`` writes a file while it is
being made (an export); ``write_verified`` writes bytes already made.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Self

from desktop.domain.exchange import (
    MAX_EXPORT_BYTES,
    ExportRejected,
    ExportWriteFailed,
    RejectReason,
    WriteProblem,
)
from desktop.leftovers import is_partial, partial_name, remove_leftovers, writing

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_VANISHED = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, getattr(errno, "ESTALE", -1)}
# Windows error codes for the same situations, when Python gives no errno for them.
_WIN_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_READ_ONLY = {19}  # ERROR_WRITE_PROTECT
_WIN_VANISHED = {2, 3, 15, 21, 55, 1167}  # not found, not ready, device not connected, ...

CHUNK = 1024 * 1024


def problem_of(exc: OSError) -> WriteProblem:
    winerror = getattr(exc, "winerror", None)
    if exc.errno in _FULL or winerror in _WIN_FULL:
        return WriteProblem.FULL
    if exc.errno in _READ_ONLY or winerror in _WIN_READ_ONLY:
        return WriteProblem.READ_ONLY
    if exc.errno in _VANISHED or winerror in _WIN_VANISHED:
        return WriteProblem.VANISHED
    return WriteProblem.OTHER


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


Piece = bytes | bytearray | memoryview
Content = Piece | Sequence[Piece]  # the file's bytes, whole or as pieces to write in order


def _pieces(data: Content) -> Sequence[Piece]:
    return [data] if isinstance(data, bytes | bytearray | memoryview) else data


def _checksum() -> Any:
    # BLAKE2b: fast in software (old office PCs have no SHA instructions), and releases
    # Python's lock on large pieces like the hashing of the export itself.
    return hashlib.blake2b(digest_size=32)


class VerifiedFile:
    """One file written in pieces, as ``write_verified`` writes it: the pieces may be given
    while they are still being made (an export is written while it is built, so the file is
    never held whole in memory). Use it as a context manager::

        with VerifiedFile(folder, name) as out:
            out.write(piece)  # as often as needed, from one thread at a time
            path = out.finish()

    ``finish`` flushes, renames and reads the file back, comparing it with a checksum of what
    was written. Every failure is raised as ExportWriteFailed saying why; leaving the block
    without ``finish`` (or after a failure) removes whatever was written, under either name.
    """

    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder
        self.target = folder / name
        self._temporary = folder / partial_name(name, uuid.uuid4().hex[:8])
        self._marked = writing(self._temporary)
        self._fd: int | None = None
        self._sum = _checksum()
        self._renamed = False
        self._finished = False

    def __enter__(self) -> Self:
        self._marked.__enter__()
        try:
            self._guard(self._open)
        except BaseException:
            self._marked.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, kind: object, value: object, tb: object) -> None:
        try:
            self._close_quietly()
            if not self._finished:
                remove_quietly(self._temporary)
                if self._renamed:
                    remove_quietly(self.target)
        finally:
            self._marked.__exit__(None, None, None)

    def write(self, piece: Piece) -> None:
        self._guard(self._write, piece)

    def finish(self) -> Path:
        """Make the file whole under its name and check it; returns its path."""
        self._guard(self._finish)
        self._finished = True
        return self.target

    def _guard(self, step: Callable[..., None], *args: Any) -> None:
        try:
            step(*args)
        except OSError as exc:
            raise ExportWriteFailed(problem_of(exc), self.folder, exc.strerror or str(exc)) from exc

    def _open(self) -> None:
        if not self.folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "folder not found", str(self.folder))
        remove_leftovers(self.folder, is_partial)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self._fd = os.open(self._temporary, flags, 0o600)

    def _write(self, piece: Piece) -> None:
        assert self._fd is not None, "write after finish"
        view = memoryview(piece)
        self._sum.update(view)
        while view:
            written = os.write(self._fd, view[:CHUNK])
            view = view[written:]

    def _finish(self) -> None:
        assert self._fd is not None, "finish twice"
        os.fsync(self._fd)
        fd, self._fd = self._fd, None
        os.close(fd)
        os.replace(self._temporary, self.target)
        self._renamed = True
        _fsync_folder(self.folder)
        if not _reads_back_the_same(self.target, self._sum.digest()):
            raise ExportWriteFailed(WriteProblem.NOT_VERIFIED, self.folder)

    def _close_quietly(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)


def _reads_back_the_same(path: Path, checksum: bytes) -> bool:
    """Read the file again: does it hold what was written?"""
    again = _checksum()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            again.update(chunk)
    return again.digest() == checksum


def write_verified(folder: Path, name: str, data: Content) -> Path:
    """Write ``data`` (bytes, or pieces written one after another) to ``folder/name`` safely
    and check it; return the final path. Partial files a killed write left in ``folder``
    are removed first.

    On any failure nothing is left under either name and ExportWriteFailed is raised.
    """
    with VerifiedFile(folder, name) as out:
        for piece in _pieces(data):
            out.write(piece)
        return out.finish()


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def read_limited(path: Path, max_bytes: int = MAX_EXPORT_BYTES) -> bytes:
    """The bytes of an import file, refusing a too-large file before reading it."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ExportRejected(RejectReason.TOO_LARGE, str(size))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ExportRejected(RejectReason.UNREADABLE, exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:  # it grew while we looked
        raise ExportRejected(RejectReason.TOO_LARGE, str(len(data)))
    return data


# Protected exports are ``.siaga``; ``.json`` files (unprotected, from before issue 7) are
# listed too, so that the import says why it refuses them instead of passing them over.
EXPORT_SUFFIXES = (".siaga", ".json")


def export_files_in(folder: Path) -> list[Path]:
    """The export files in a folder (``*.siaga``, ``*.json``; not hidden), by name."""
    try:
        entries = list(folder.iterdir())
    except OSError as exc:
        raise ExportRejected(RejectReason.UNREADABLE, exc.strerror or str(exc)) from exc
    return sorted(
        p
        for p in entries
        if p.suffix.lower() in EXPORT_SUFFIXES and not p.name.startswith(".") and p.is_file()
    )
