"""Backups and restore.

Two kinds of backup, both encrypted with the database's own key:

* a **copy** (``siaga-<time>-<reason>.sqlite3``) through the SQLite backup API between two
  connections keyed alike (never a raw copy of an open database), checked with SQLite's
  integrity check before it is renamed into place: made by hand ("Back up now"), before a
  migration, before a restore; a file that can be carried away and restored elsewhere;
* a **snapshot** (``siaga-<time>-harian.halaman``, storage/snapshots.py), the daily backup: it
  stores only the pages that changed since the day before, so fourteen days of them take
  about one copy of the database, and taking one writes megabytes instead of the whole file.

``export_copy`` (SQLCipher's ``sqlcipher_export``) copies between files keyed differently: it
encrypts an earlier version's unencrypted database, and restores an old unencrypted backup.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from desktop import leftovers
from desktop.domain.errors import (
    BackupFailed,
    BackupUnusable,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseUnavailable,
    DiskError,
    DiskProblem,
    RestoreFailed,
    RestoreIncomplete,
)
from desktop.paths import DATABASE_NAME
from desktop.storage import faults, snapshots
from desktop.storage.db import UNPROTECTED, Key, check_integrity, connect, is_plain_sqlite
from desktop.storage.keystore import DatabaseKey

PREFIX = "siaga-"
SUFFIX = ".sqlite3"
DAILY = "harian"
BEFORE_RESTORE = "sebelum-pulihkan"
TEMPORARY = ".tmp"  # a copy being written; renamed once verified
STAGED_RESTORE = ".pulihkan"  # beside the database: a restore's verified copy before the swap
STAGED_ENCRYPTION = ".enkripsi"  # beside the database: an earlier version's data, encrypted
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


def is_snapshot(path: Path) -> bool:
    return path.name.endswith(snapshots.SUFFIX)


def _snapshot_size(path: Path) -> int:
    """The size of the database a snapshot restores, from its header alone (listing the
    backups must not read every snapshot whole)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
        line = head[len(snapshots.MAGIC) : head.index(b"\n", len(snapshots.MAGIC))]
        header = json.loads(line)
        return int(header["pages"]) * int(header["page_size"])
    except (OSError, ValueError, KeyError, TypeError):
        return 0


def parse_backup_name(path: Path) -> BackupInfo | None:
    name = path.name
    suffix = next((s for s in (SUFFIX, snapshots.SUFFIX) if name.endswith(s)), None)
    if not name.startswith(PREFIX) or suffix is None:
        return None
    body = name[len(PREFIX) : -len(suffix)]
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
        size = _snapshot_size(path) if suffix != SUFFIX else path.stat().st_size
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


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _database_size(conn) -> int:
    # int(): SQLite sometimes answers these pragmas as text.
    count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    return count * int(conn.execute("PRAGMA page_size").fetchone()[0])


def _copy_failed(target: Path, exc: Exception, needed: int | None) -> BackupFailed:
    """BackupFailed for ``exc``, saying which disk problem (if any) stopped writing ``target``
    and how much space the copy needs."""
    problem: DiskProblem | None
    if isinstance(exc, DiskError):
        problem = exc.problem
    elif isinstance(exc, OSError):
        problem = faults.os_problem(exc)
    else:
        problem = faults.sqlite_problem(exc, target)
    free = faults.free_bytes(target.parent) if problem is not None else None
    return BackupFailed(target, str(exc), problem, free, needed)


def _temporary(target: Path) -> Path:
    return target.with_name(target.name + TEMPORARY)


def _journals(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm")]


def is_leftover(name: str) -> bool:
    """A temporary file of this module (a copy or snapshot being written, or its SQLite
    journal) that a killed write left in the backups folder or beside the database."""
    backup_copy = name.startswith(PREFIX) and SUFFIX + TEMPORARY in name
    staged = name.startswith(DATABASE_NAME + ".") and any(
        name[len(DATABASE_NAME) :].startswith(s) for s in (STAGED_RESTORE, STAGED_ENCRYPTION)
    )
    return backup_copy or staged or snapshots.is_leftover(name)


def remove_leftovers(folder: Path) -> list[Path]:
    """What a killed write left in ``folder`` (the backups folder and its packs, or the data
    folder)."""
    removed = leftovers.remove_leftovers(folder, is_leftover)
    packs = folder / snapshots.PACKS
    if packs.is_dir():
        removed += leftovers.remove_leftovers(packs, is_leftover)
    return removed


def copy_database(source, target: Path, key: Key) -> None:
    """Write a consistent copy of the open connection ``source`` (keyed with ``key``) to
    ``target``, encrypted with the same key: temp file, verify, then rename."""
    tmp = _temporary(target)
    with leftovers.writing(tmp, *_journals(tmp)):
        _copy(source, tmp, target, key)


def _copy(source, tmp: Path, target: Path, key: Key) -> None:
    _remove_quietly(tmp)
    needed = None
    try:
        needed = _database_size(source) + faults.SPACE_TO_WORK
        dest = connect(tmp, key)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        _fsync(tmp)
        check_integrity(tmp, key)
        os.replace(tmp, target)
    except (sqlcipher.Error, OSError, DatabaseDamaged, DatabaseLocked, DiskError) as exc:
        _remove_quietly(tmp)
        _remove_quietly(tmp.with_name(tmp.name + "-journal"))
        raise _copy_failed(target, exc, needed) from exc


def _table_counts(conn, schema: str = "main") -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: conn.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def export_copy(source: Path, source_key: Key, target: Path, target_key: Key) -> dict[str, int]:
    """Copy the database file ``source`` into a new file ``target`` keyed with ``target_key``
    (SQLCipher's ``sqlcipher_export``), then check the copy: it opens with its key, passes
    the integrity check, has the same schema version and the same number of rows in every
    table. Returns those row counts. The copy is written to a temporary name and renamed
    only once checked; on any failure nothing is left and BackupFailed is raised.
    """
    tmp = _temporary(target)
    with leftovers.writing(tmp, *_journals(tmp)):
        return _export(source, source_key, tmp, target, target_key)


def _export(source: Path, source_key: Key, tmp: Path, target: Path, target_key: Key):
    _remove_quietly(tmp)
    literal = target_key.sql_literal() if isinstance(target_key, DatabaseKey) else "''"
    needed = None
    try:
        needed = source.stat().st_size + faults.SPACE_TO_WORK
        src = connect(source, source_key)
        try:
            version = src.execute("PRAGMA user_version").fetchone()[0]
            counts = _table_counts(src)
            src.execute(f"ATTACH DATABASE ? AS siaga_salinan KEY {literal}", (str(tmp),))
            src.execute("SELECT sqlcipher_export('siaga_salinan')")
            src.execute(f"PRAGMA siaga_salinan.user_version = {int(version):d}")
            src.execute("DETACH DATABASE siaga_salinan")
        finally:
            src.close()
        _fsync(tmp)
        if check_integrity(tmp, target_key) != version:
            raise DatabaseDamaged(tmp, "schema version not copied")
        copy = connect(tmp, target_key, read_only=True)
        try:
            copied = _table_counts(copy)
        finally:
            copy.close()
        if copied != counts:
            raise DatabaseDamaged(tmp, "row counts differ after copying")
        os.replace(tmp, target)
    except (sqlcipher.Error, OSError, DatabaseDamaged, DatabaseLocked, DiskError) as exc:
        _remove_quietly(tmp)
        _remove_quietly(tmp.with_name(tmp.name + "-journal"))
        raise _copy_failed(target, exc, needed) from exc
    return counts


def _prepare(folder: Path) -> None:
    """The backups folder, there and without what a killed backup left in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _copy_failed(folder, exc, None) from exc
    remove_leftovers(folder)


def create_backup(
    connection,
    folder: Path,
    reason: str = DAILY,
    *,
    key: Key,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up the open database into ``folder`` and drop the oldest backups of that kind."""
    moment = now or datetime.now()
    _prepare(folder)
    target = folder / f"{PREFIX}{_stamp(moment)}-{reason}{SUFFIX}"
    copy_database(connection, target, key)
    rotate(folder, reason)
    info = parse_backup_name(target)
    assert info is not None
    return info


def take_daily(db_path: Path, folder: Path, *, key: Key, now: datetime | None = None) -> BackupInfo:
    """Today's backup of the database at ``db_path`` as a snapshot (see the module docstring),
    or as a copy when the database never stopped being written long enough for a snapshot.
    The oldest daily backups go, and the packs no snapshot lists any more."""
    moment = now or datetime.now()
    _prepare(folder)
    target = folder / f"{PREFIX}{_stamp(moment)}-{DAILY}{snapshots.SUFFIX}"
    needed = None
    try:
        needed = db_path.stat().st_size + faults.SPACE_TO_WORK
        snapshots.take_snapshot(db_path, key, target)
    except snapshots.SnapshotBusy:
        source = connect(db_path, key)
        try:
            return create_backup(source, folder, DAILY, key=key, now=moment)
        finally:
            source.close()
    except (sqlcipher.Error, OSError, snapshots.SnapshotUnusable) as exc:
        raise _copy_failed(target, exc, needed) from exc
    rotate(folder, DAILY)
    info = parse_backup_name(target)
    assert info is not None
    return info


def rotate(folder: Path, reason: str) -> None:
    keep = KEEP.get(reason, KEEP_OTHER)
    same = [b for b in list_backups(folder) if b.reason == reason]
    for old in same[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    snapshots.remove_unused_packs(folder)


def backup_due(folder: Path, today: datetime | None = None) -> bool:
    """True when no daily backup was taken today."""
    day = (today or datetime.now()).date()
    return not any(b.reason == DAILY and b.taken_at.date() == day for b in list_backups(folder))


def _key_for(path: Path, key: Key) -> Key:
    """An unencrypted file (an earlier version's backup) is read as such."""
    return UNPROTECTED if is_plain_sqlite(path) else key


def _verify_snapshot(path: Path, *, pages: bool) -> None:
    try:
        snapshot = snapshots.read_snapshot(path)
        snapshots.check_packs(snapshot, pages=pages)
    except snapshots.SnapshotUnusable as exc:
        raise BackupUnusable(path, str(exc)) from exc
    if snapshot.schema_version < 1:
        raise BackupUnusable(path, "not a Siaga TPPO database")


def verify_backup(path: Path, key: Key, *, thorough: bool = False) -> None:
    """Raise BackupUnusable unless ``path`` is an intact Siaga TPPO database that ``key``
    opens (or an unencrypted one from an earlier version).

    A snapshot is checked as far as it can be without putting the database together: its
    list, and its packs are there (``thorough``: every page read and compared with its hash).
    The key and SQLite's integrity check are checked on the restored copy before it is used.
    """
    if is_snapshot(path):
        _verify_snapshot(path, pages=thorough)
        return
    readable = _key_for(path, key)
    try:
        check_integrity(path, readable)
        conn = connect(path, readable, read_only=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
    except DatabaseLocked as exc:
        raise BackupUnusable(path, "encrypted with another key") from exc
    except (DatabaseDamaged, DatabaseMissing, sqlcipher.Error) as exc:
        raise BackupUnusable(path, str(exc)) from exc
    except OSError as exc:
        raise faults.disk_error(DatabaseUnavailable, path, exc) from exc
    if version < 1 or "setting" not in tables:
        raise BackupUnusable(path, "not a Siaga TPPO database")


def newest_good_backup(folder: Path, key: Key) -> BackupInfo | None:
    for info in list_backups(folder):
        try:
            verify_backup(info.path, key, thorough=True)
        except BackupUnusable:
            continue
        return info
    return None


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm")]


def remove_sidecars(path: Path) -> None:
    for sidecar in _sidecars(path):
        with contextlib.suppress(FileNotFoundError):
            sidecar.unlink()


def _aside_name(db_path: Path, now: datetime | None = None) -> Path:
    return db_path.with_name(f"rusak-{_stamp(now or datetime.now())}-{db_path.name}")


def set_aside_damaged(db_path: Path, *, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its WAL files) out of the way; it is never deleted."""
    aside = _aside_name(db_path, now)
    for src in [db_path, *_sidecars(db_path)]:
        if src.exists():
            os.replace(src, aside.with_name(aside.name + src.name[len(db_path.name) :]))
    return aside


def _put_back(aside: Path, db_path: Path) -> None:
    for moved in [aside, *_sidecars(aside)]:
        if moved.exists():
            os.replace(moved, db_path.with_name(db_path.name + moved.name[len(aside.name) :]))


def _current_state(db_path: Path, key: Key) -> str:
    """ "missing", "healthy" or "damaged" (verified damage, or another key's data). Raises
    DatabaseUnavailable when the disk keeps it from being read: then nothing may be done."""
    try:
        check_integrity(db_path, key)
    except DatabaseMissing:
        return "missing"
    except (DatabaseDamaged, DatabaseLocked):
        return "damaged"
    return "healthy"


def _keep_current(db_path: Path, backups_dir: Path, key: Key) -> None:
    """Back up the healthy current database before a restore replaces it, with its write-ahead
    log folded in first, so that the file alone holds all of it."""
    current = connect(db_path, key)
    try:
        current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        create_backup(current, backups_dir, BEFORE_RESTORE, key=key)
    except sqlcipher.Error as exc:
        raise _copy_failed(backups_dir, exc, None) from exc
    finally:
        current.close()


def _assemble(backup: Path, staged: Path, key: Key) -> None:
    """A snapshot's database put together at ``staged`` through a temporary name, checked
    (every page's hash, SQLite's integrity check, the key, a Siaga TPPO schema)."""
    tmp = _temporary(staged)
    with leftovers.writing(tmp, *_journals(tmp)):
        try:
            snapshot = snapshots.read_snapshot(backup)
            snapshots.assemble(snapshot, tmp)
            verify_backup(tmp, key)
            os.replace(tmp, staged)
        except snapshots.SnapshotUnusable as exc:
            _remove_quietly(tmp)
            raise BackupUnusable(backup, str(exc)) from exc
        except BaseException:
            _remove_quietly(tmp)
            raise


def _stage(backup: Path, staged: Path, key: Key) -> None:
    """The backup's content, encrypted with ``key``, verified, at ``staged``."""
    if is_snapshot(backup):
        try:
            _assemble(backup, staged, key)
        except OSError as exc:
            problem = faults.os_problem(exc)
            raise RestoreFailed(
                staged, str(exc), problem, faults.free_bytes(staged.parent), None
            ) from exc
        return
    source_key = _key_for(backup, key)
    try:
        if source_key is key:
            source = connect(backup, key, read_only=True)
            try:
                copy_database(source, staged, key)
            finally:
                source.close()
        else:
            export_copy(backup, source_key, staged, key)
    except BackupFailed as exc:
        raise RestoreFailed(
            staged, exc.detail, exc.problem, exc.free_bytes, exc.needed_bytes
        ) from exc
    except sqlcipher.Error as exc:
        raise RestoreFailed(staged, str(exc), faults.sqlite_problem(exc, backup)) from exc


def restore_backup(backup: Path, db_path: Path, backups_dir: Path, key: Key) -> None:
    """Replace the (closed) database at ``db_path`` with the contents of ``backup``.

    In an order that leaves the database where and as it was if any step fails:

    1. the backup is verified;
    2. a healthy current database is backed up (BackupFailed if that fails); a damaged one
       (verified damage) is left where it is for now; a disk that cannot read it stops here;
    3. the backup's content is written to a temporary name and verified there
       (RestoreFailed if that fails);
    4. only then is a damaged database renamed aside (with its WAL files; never deleted),
       and the verified copy renamed into place. Renames need no free space; if the second
       fails the damaged one is put back (RestoreIncomplete if even that fails).

    An unencrypted backup from an earlier version is encrypted with ``key`` on the way.
    """
    verify_backup(backup, key)
    state = _current_state(db_path, key)
    if state == "healthy":
        _keep_current(db_path, backups_dir, key)
    staged = db_path.with_name(db_path.name + STAGED_RESTORE)
    _stage(backup, staged, key)
    if state != "damaged":
        remove_sidecars(db_path)  # empty: folded in by _keep_current, or no database at all
        try:
            os.replace(staged, db_path)
        except OSError as exc:
            _remove_quietly(staged)
            raise RestoreFailed(db_path, str(exc), faults.os_problem(exc)) from exc
        return
    aside = set_aside_damaged(db_path)
    try:
        os.replace(staged, db_path)
    except OSError as exc:
        try:
            _put_back(aside, db_path)
        except OSError as again:
            raise RestoreIncomplete(db_path, aside, staged, str(again)) from exc
        _remove_quietly(staged)
        raise RestoreFailed(db_path, str(exc), faults.os_problem(exc)) from exc


def encrypt_plain_backups(folder: Path, key: Key) -> int:
    """Replace every unencrypted backup in ``folder`` (made by an earlier version) with an
    encrypted copy under the same name. Returns how many were converted. A backup that
    cannot be read is left as it is (it is not a usable backup anyway)."""
    if key is UNPROTECTED:
        return 0
    done = 0
    for info in list_backups(folder):
        if is_snapshot(info.path) or not is_plain_sqlite(info.path):
            continue
        try:
            export_copy(info.path, UNPROTECTED, info.path, key)
        except BackupFailed:
            continue
        done += 1
    return done
