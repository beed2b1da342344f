"""Writing export files so that a pulled stick never leaves half a file, and reading files
from a stick without trusting their size.

Writing: a temporary name in the same folder, every byte written and flushed to the device
(fsync), renamed to the final name, the folder flushed, then read back and compared. Any
failure removes what was written and raises ExportWriteFailed saying why (full, read-only,
gone). The read-back cannot see past the operating system's cache; it catches every error the
system reports, which is what a pulled or failing stick produces. A temporary file that a
killed write left in a folder (hidden, ``.sementara``) is removed by the next write there.
"""

from __future__ import annotations

import contextlib
import errno
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

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


def _write_all(path: Path, data: Content) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    try:
        for piece in _pieces(data):
            view = memoryview(piece)
            while view:
                written = os.write(fd, view[:CHUNK])
                view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _reads_back_the_same(path: Path, data: Content) -> bool:
    """Read the file again and compare it with what was meant to be written."""
    with open(path, "rb") as handle:
        for piece in _pieces(data):
            view = memoryview(piece)
            while view:
                chunk = handle.read(min(CHUNK, len(view)))
                if not chunk or view[: len(chunk)] != chunk:
                    return False
                view = view[len(chunk) :]
        return handle.read(1) == b""


def write_verified(folder: Path, name: str, data: Content) -> Path:
    """Write ``data`` (bytes, or pieces written one after another) to ``folder/name`` safely
    and check it; return the final path. Partial files a killed write left in ``folder``
    are removed first.

    On any failure nothing is left under either name and ExportWriteFailed is raised.
    """
    target = folder / name
    temporary = folder / partial_name(name, uuid.uuid4().hex[:8])
    with writing(temporary):
        return _write_checked(folder, target, temporary, data)


def _write_checked(folder: Path, target: Path, temporary: Path, data: Content) -> Path:
    renamed = False
    try:
        if not folder.is_dir():
            raise FileNotFoundError(errno.ENOENT, "folder not found", str(folder))
        remove_leftovers(folder, is_partial)
        _write_all(temporary, data)
        os.replace(temporary, target)
        renamed = True
        _fsync_folder(folder)
        if not _reads_back_the_same(target, data):
            raise ExportWriteFailed(WriteProblem.NOT_VERIFIED, folder)
    except OSError as exc:
        remove_quietly(temporary)
        if renamed:
            remove_quietly(target)
        raise ExportWriteFailed(problem_of(exc), folder, exc.strerror or str(exc)) from exc
    except BaseException:
        remove_quietly(temporary)
        if renamed:
            remove_quietly(target)
        raise
    return target


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
