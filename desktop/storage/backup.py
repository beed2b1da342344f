"""Backups through the SQLite backup API (never a raw copy of an open database), and restore."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.domain.errors import BackupFailed, BackupUnusable, DatabaseDamaged
from desktop.storage.db import check_integrity

PREFIX = "siaga-"
SUFFIX = ".sqlite3"
DAILY = "harian"
KEEP = {DAILY: 14}
KEEP_OTHER = 5


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%d-%H%M%S-%f")


def parse_backup_name(path: Path) -> BackupInfo | None:
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    body = name[len(PREFIX) : -len(SUFFIX)]
    parts = body.split("-", 3)
    if len(parts) != 4:
        return None
    day, clock, micro = parts[:3]
    if not (len(day) == 8 and len(clock) == 6 and len(micro) == 6):
        return None
    try:
        # Parsed by hand: datetime.strptime costs ~10 ms on first use, paid at every start.
        taken = datetime(
            int(day[:4]),
            int(day[4:6]),
            int(day[6:]),
            int(clock[:2]),
            int(clock[2:4]),
            int(clock[4:]),
            int(micro),
        )
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, taken, parts[3], size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = (parse_backup_name(p) for p in folder.iterdir())
    return sorted((b for b in found if b), key=lambda b: b.taken_at, reverse=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target``: temp file, verify, then rename."""
    tmp = target.with_name(target.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        _fsync(tmp)
        check_integrity(tmp)
        os.replace(tmp, target)
    except (sqlite3.Error, OSError, DatabaseDamaged) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupFailed(target, str(exc)) from exc


def create_backup(
    connection: sqlite3.Connection,
    folder: Path,
    reason: str = DAILY,
    *,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up the open database into ``folder`` and drop the oldest backups of that kind."""
    moment = now or datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupFailed(folder, str(exc)) from exc
    target = folder / f"{PREFIX}{_stamp(moment)}-{reason}{SUFFIX}"
    copy_database(connection, target)
    rotate(folder, reason)
    info = parse_backup_name(target)
    assert info is not None
    return info


def rotate(folder: Path, reason: str) -> None:
    keep = KEEP.get(reason, KEEP_OTHER)
    same = [b for b in list_backups(folder) if b.reason == reason]
    for old in same[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def backup_due(folder: Path, today: datetime | None = None) -> bool:
    """True when no daily backup was taken today."""
    day = (today or datetime.now()).date()
    return not any(b.reason == DAILY and b.taken_at.date() == day for b in list_backups(folder))


def verify_backup(path: Path) -> None:
    """Raise BackupUnusable unless ``path`` is an intact Siaga TPPO database."""
    try:
        check_integrity(path)
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except (DatabaseDamaged, sqlite3.Error) as exc:
        raise BackupUnusable(path, str(exc)) from exc
    if version < 1 or "setting" not in tables:
        raise BackupUnusable(path, "not a Siaga TPPO database")


def newest_good_backup(folder: Path) -> BackupInfo | None:
    for info in list_backups(folder):
        try:
            verify_backup(info.path)
        except BackupUnusable:
            continue
        return info
    return None


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm")]


def set_aside_damaged(db_path: Path, *, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; it is never deleted."""
    stamp = _stamp(now or datetime.now())
    aside = db_path.with_name(f"rusak-{stamp}-{db_path.name}")
    for src in [db_path, *_sidecars(db_path)]:
        if src.exists():
            os.replace(src, aside.with_name(aside.name + src.name[len(db_path.name) :]))
    return aside


def restore_backup(backup: Path, db_path: Path, backups_dir: Path) -> None:
    """Replace the (closed) database at ``db_path`` with the contents of ``backup``.

    The current database is backed up first when it is readable, or set aside when it is
    damaged; the replacement is written to a temporary name and renamed only once verified.
    """
    verify_backup(backup)
    if db_path.exists():
        try:
            check_integrity(db_path)
        except DatabaseDamaged:
            set_aside_damaged(db_path)
        else:
            current = sqlite3.connect(db_path)
            try:
                create_backup(current, backups_dir, "sebelum-pulihkan")
            finally:
                current.close()
    source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        staged = db_path.with_name(db_path.name + ".pulihkan")
        copy_database(source, staged)
    finally:
        source.close()
    for sidecar in _sidecars(db_path):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()
    os.replace(staged, db_path)
