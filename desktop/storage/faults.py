"""What stopped a read or a write: the disk (full, write-protected, in use, gone, failing) or the
data itself (damage). Turns OSError and SQLite errors into the typed errors of domain.errors,
with the free space of the drive, so that a full disk is never mistaken for a damaged database.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import TypeVar

from desktop.domain.errors import (
    DatabaseDamaged,
    DatabaseUnavailable,
    DiskError,
    DiskProblem,
    StorageFailed,
)

MIB = 1024 * 1024
# What the app asks to have free before it works with its data: the write-ahead log grows by up
# to about 4 MiB between checkpoints, the shared-memory index, the log file, with room to spare.
SPACE_TO_WORK = 64 * MIB
# An SQLite I/O error on a drive with less than this free is taken for a full disk: SQLite
# reports a failed extension of its shared-memory file as "disk I/O error", not "disk full".
NEARLY_FULL = 4 * MIB

# SQLite's primary result codes (sqlite3.h).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
DAMAGE_CODES = {SQLITE_CORRUPT, SQLITE_NOTADB}
# SQLite's fixed message for each code (sqlite3ErrStr), for errors that reach Python without
# their code: sqlcipher3 leaves it out for a failed COMMIT, for one.
_CODE_OF_MESSAGE = {
    "access permission denied": SQLITE_PERM,
    "database is locked": SQLITE_BUSY,
    "database table is locked": SQLITE_LOCKED,
    "attempt to write a readonly database": SQLITE_READONLY,
    "disk i/o error": SQLITE_IOERR,
    "database disk image is malformed": SQLITE_CORRUPT,
    "database or disk is full": SQLITE_FULL,
    "unable to open database file": SQLITE_CANTOPEN,
    "file is not a database": SQLITE_NOTADB,
    "file is encrypted or is not a database": SQLITE_NOTADB,
}

E = TypeVar("E", bound=DiskError)

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_VANISHED = {errno.ENOENT, errno.ENODEV, errno.ENXIO, getattr(errno, "ESTALE", -1)}
_IN_USE = {errno.EBUSY, getattr(errno, "ETXTBSY", -1)}
# Windows error codes for the same situations, when Python gives no errno for them.
_WIN_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_READ_ONLY = {5, 19}  # ERROR_ACCESS_DENIED, ERROR_WRITE_PROTECT
_WIN_IN_USE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WIN_VANISHED = {2, 3, 15, 21, 55, 1167}  # not found, not ready, device not connected, ...


def free_bytes(path: Path) -> int | None:
    """Free space on the drive holding ``path`` (or its nearest existing folder)."""
    for folder in (path, *path.parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return None


def os_problem(exc: OSError) -> DiskProblem:
    winerror = getattr(exc, "winerror", None)
    if exc.errno in _FULL or winerror in _WIN_FULL:
        return DiskProblem.FULL
    if exc.errno in _READ_ONLY or winerror in _WIN_READ_ONLY:
        return DiskProblem.READ_ONLY
    if exc.errno in _IN_USE or winerror in _WIN_IN_USE:
        return DiskProblem.IN_USE
    if exc.errno in _VANISHED or winerror in _WIN_VANISHED:
        return DiskProblem.VANISHED
    return DiskProblem.FAILING


def sqlite_code(exc: BaseException) -> int | None:
    """The SQLite result code of an error from sqlcipher3, also when peewee wrapped it (peewee
    keeps the original as ``orig``, or as its first argument in older versions)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        code = getattr(current, "sqlite_errorcode", None)
        if isinstance(code, int):
            return code & 0xFF  # the primary code of an extended one
        if type(current).__module__.startswith("sqlcipher3"):
            return _CODE_OF_MESSAGE.get(str(current).strip().lower())
        inner = getattr(current, "orig", None) or (current.args[0] if current.args else None)
        current = inner if isinstance(inner, BaseException) else current.__cause__
    return None


def is_damage(exc: BaseException) -> bool:
    return sqlite_code(exc) in DAMAGE_CODES


def _folder_gone(path: Path) -> bool:
    try:
        return not path.parent.is_dir()
    except OSError:
        return True


def sqlite_problem(exc: BaseException, path: Path) -> DiskProblem | None:
    """The disk problem behind an SQLite error on the database ``path``; None when the error
    is not about the disk (damage, a constraint, a programming error)."""
    code = sqlite_code(exc)
    if code is None or code in DAMAGE_CODES:
        return None
    if _folder_gone(path):
        return DiskProblem.VANISHED
    if code == SQLITE_FULL:
        return DiskProblem.FULL
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DiskProblem.IN_USE
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return DiskProblem.READ_ONLY
    if code == SQLITE_IOERR:
        free = free_bytes(path)
        return DiskProblem.FULL if free is not None and free < NEARLY_FULL else DiskProblem.FAILING
    if code == SQLITE_CANTOPEN:
        try:
            if path.exists() and not os.access(path, os.R_OK | os.W_OK):
                return DiskProblem.READ_ONLY
        except OSError:
            return DiskProblem.FAILING
        return DiskProblem.IN_USE
    return None


def _fill(kind: type[E], path: Path, problem: DiskProblem, detail: str, needed: int | None) -> E:
    if problem is DiskProblem.FULL and needed is None:
        needed = SPACE_TO_WORK
    return kind(path, problem, detail, free_bytes(path), needed)


def opening_error(path: Path, exc: BaseException) -> Exception:
    """The typed error for a database that failed to open or read: DatabaseDamaged only for
    verified damage, DatabaseUnavailable when the disk is the cause, else ``exc`` itself."""
    if is_damage(exc):
        return DatabaseDamaged(path, str(exc))
    if isinstance(exc, OSError):
        return _fill(DatabaseUnavailable, path, os_problem(exc), exc.strerror or str(exc), None)
    problem = sqlite_problem(exc, path)
    if problem is None:
        return exc if isinstance(exc, Exception) else RuntimeError(str(exc))
    return _fill(DatabaseUnavailable, path, problem, str(exc), None)


def working_error(path: Path, exc: BaseException) -> Exception | None:
    """The typed error for a statement that failed while working with an open database (a save
    that could not be written, a page that could not be read), or None to let ``exc`` go."""
    if is_damage(exc):
        return DatabaseDamaged(path, str(exc))
    problem = sqlite_problem(exc, path)
    if problem is None:
        return None
    return _fill(StorageFailed, path, problem, str(exc), None)


def disk_error(kind: type[E], path: Path, exc: OSError, *, needed: int | None = None) -> E:
    """``kind`` (a DiskError) for an OSError met while writing or reading ``path``."""
    return _fill(kind, path, os_problem(exc), exc.strerror or str(exc), needed)
