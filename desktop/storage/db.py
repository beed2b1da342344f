"""Opening the database: one proxy, fixed pragmas, an integrity check before anything writes.

Every connection goes through SQLCipher (``sqlcipher3``, SQLite with page encryption built
in). A real installation's database is encrypted with its ``DatabaseKey``; only MODE LATIHAN
and tests use ``UNPROTECTED``, which is plain SQLite.

Errors: only verified damage (SQLite: corrupt, not a database; a failed integrity check) is
DatabaseDamaged. A full, locked, missing or failing disk is DatabaseUnavailable when opening
and StorageFailed while working (storage/faults.py), so that a healthy database is never
taken for a damaged one.

The write gate: the full integrity check of a large database takes seconds, so the window may
open before it has passed (Installation.open with ``check_now=False``). Until then every
transaction waits at the gate; if the check fails, every transaction raises DatabaseDamaged.
Reading is never held.

The end of the module holds the few helpers every storage module's own SQL uses (statements,
stored times and JSON, ``IN (...)`` lists, transactions, worker-thread connections).
"""

from __future__ import annotations

import copy
import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from peewee import DatabaseProxy
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.domain.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseMissing,
    SchemaTooNew,
)
from desktop.storage import faults
from desktop.storage.keystore import DatabaseKey

database = DatabaseProxy()

SQLITE_HEADER = b"SQLite format 3\x00"

# WAL lets readers work while one writer writes; synchronous=FULL because a power cut in a
# village office is likelier than a need for write speed. Temporary tables and sort files stay
# in memory, never in unencrypted files in the system's temp folder.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "cache_size": -16000,
    "busy_timeout": 5000,
    "temp_store": "memory",
}


class Unprotected:
    """The explicit choice of an unencrypted database: MODE LATIHAN (fictional data) and tests.
    A real village's data is never opened this way (see app.py and cli.py)."""

    _instance: Unprotected | None = None

    def __new__(cls) -> Unprotected:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNPROTECTED"


UNPROTECTED = Unprotected()
Key = DatabaseKey | Unprotected

_quiet = False


def _silence_sqlcipher() -> None:
    """SQLCipher writes a line to stderr for every page that fails to decrypt (a wrong key,
    damage); the app reports those itself."""
    global _quiet
    if not _quiet:
        conn = sqlcipher.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _quiet = True


def connect(path: Path | str, key: Key, *, read_only: bool = False, **params: Any):
    """A raw SQLCipher connection to ``path``, keyed (or plain for UNPROTECTED)."""
    _silence_sqlcipher()
    if read_only:
        conn = sqlcipher.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, **params)
    else:
        conn = sqlcipher.connect(str(path), **params)
    try:
        if isinstance(key, DatabaseKey):
            conn.execute(f"PRAGMA key = {key.sql_literal()}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except Exception:
        conn.close()
        raise
    return conn


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` starts like an unencrypted SQLite file (an earlier version's data,
    MODE LATIHAN, or an old backup). An encrypted file starts with random bytes."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


class WriteGate:
    """Holds transactions until the database's integrity check has passed (see the module
    docstring). Open unless ``hold`` was called; ``fail`` makes every later wait raise."""

    def __init__(self) -> None:
        self._passed = threading.Event()
        self._passed.set()
        self._failure: Exception | None = None

    def hold(self) -> None:
        self._failure = None
        self._passed.clear()

    def open(self) -> None:
        self._passed.set()

    def fail(self, error: Exception) -> None:
        self._failure = error
        self._passed.set()

    @property
    def held(self) -> bool:
        return not self._passed.is_set()

    @property
    def failure(self) -> Exception | None:
        return self._failure

    def wait(self) -> None:
        self._passed.wait()
        if self._failure is not None:
            raise copy.copy(self._failure)


class KeyedDatabase(SqlCipherDatabase):
    """peewee's SQLCipher database, keyed with a raw ``DatabaseKey`` (no passphrase KDF) before
    any other statement on every connection, including worker threads' own. A full or failing
    disk surfaces as StorageFailed, damage as DatabaseDamaged; transactions pass ``gate``."""

    def __init__(self, path: str, key: Key, **kwargs: Any) -> None:
        self._key = key
        self.gate = WriteGate()
        # A transaction takes the write lock when it begins. Begun the default (deferred) way,
        # one that read first and then wrote failed at once ("database is locked", no waiting)
        # when another connection had written since its read: a save on the window's thread
        # while an automatic export was being recorded. Reads that need one consistent view
        # and no lock use ``read_snapshot``.
        kwargs.setdefault("lock_type", "IMMEDIATE")
        super().__init__(path, **kwargs)

    @property
    def key(self) -> Key:
        return self._key

    @property
    def path(self) -> Path:
        return Path(self.database)

    def _connect(self):
        conn = connect(self.database, self._key, isolation_level=None, **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn

    def _translate(self, exc: Exception) -> Exception:
        return faults.working_error(self.path, exc) or exc

    def _reraise(self, exc: Exception):
        translated = self._translate(exc)
        if translated is exc:
            raise exc
        raise translated from exc

    def _rolled_back_already(self) -> bool:
        """SQLite itself rolls a transaction back after a full disk or an I/O error; rolling
        back again would fail and hide the real error."""
        conn = getattr(self._state, "conn", None)
        return conn is not None and not conn.in_transaction

    def execute_sql(self, sql, params=None, *args, **kwargs):
        if sql.startswith("ROLLBACK TO SAVEPOINT") and self._rolled_back_already():
            return None
        try:
            return super().execute_sql(sql, params, *args, **kwargs)
        except Exception as exc:
            self._reraise(exc)

    def begin(self, *args, **kwargs):
        self.gate.wait()
        try:
            return super().begin(*args, **kwargs)
        except Exception as exc:
            self._reraise(exc)

    def commit(self):
        try:
            return super().commit()
        except Exception as exc:
            self._reraise(exc)

    def rollback(self):
        if self._rolled_back_already():
            return None
        return super().rollback()


def writes_held() -> bool:
    """True while the open database's write gate holds transactions (see the module
    docstring): a write now would wait for the integrity check."""
    db = database.obj
    return isinstance(db, KeyedDatabase) and db.gate.held


def check_integrity(path: Path, key: Key = UNPROTECTED, *, full: bool = True) -> int:
    """Raise unless ``path`` is a readable, consistent database for ``key``.

    Opens read-only so that a damaged file is never modified by the check itself. Returns the
    schema version (``PRAGMA user_version``). ``full=False`` only opens it and reads its schema
    (milliseconds at any size); the full check reads every page (seconds for a large one).

    Raises DatabaseLocked for an encrypted file given UNPROTECTED; DatabaseDamaged only when
    SQLite reports damage or the check finds it (with a key, a wrong key and a damaged first
    page look the same to SQLCipher; the key itself was already proven by the key file, see
    keystore.unlock); DatabaseUnavailable when the disk is the cause (full, in use, gone,
    failing), which says nothing about the data.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DatabaseMissing(path) from None
    except OSError as exc:
        _raise_opening(path, exc)
    plain = is_plain_sqlite(path)
    if isinstance(key, Unprotected) and not plain and size > 0:
        raise DatabaseLocked(path)
    try:
        conn = connect(path, UNPROTECTED if plain else key, read_only=True)
    except sqlcipher.Error as exc:
        _raise_opening(path, exc)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        rows = conn.execute("PRAGMA quick_check").fetchall() if full else [("ok",)]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher.Error as exc:
        _raise_opening(path, exc, encrypted=not plain)
    finally:
        conn.close()
    if rows != [("ok",)]:
        raise DatabaseDamaged(path, "; ".join(r[0] for r in rows[:5]))
    return version


def has_data(path: Path) -> bool:
    """True when ``path`` is a database file with something in it (SQLite takes an empty file
    for an empty database)."""
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False
    except OSError as exc:
        _raise_opening(path, exc)


def _raise_opening(path: Path, exc: Exception, *, encrypted: bool = False) -> NoReturn:
    error = faults.opening_error(path, exc)
    if error is exc:
        raise exc
    if isinstance(error, DatabaseDamaged) and encrypted:
        error.detail += " (or it does not decrypt with this key)"
    raise error from exc


def open_database(
    path: Path,
    key: Key = UNPROTECTED,
    *,
    newest_schema: int | None = None,
    create: bool = True,
    full_check: bool = True,
) -> KeyedDatabase:
    """Open the database at ``path`` and bind the proxy to it; a missing (or empty) one is
    created only when ``create`` is true, else DatabaseMissing is raised.

    An existing file is checked first, read-only: a damaged one raises DatabaseDamaged, one
    that ``key`` does not open raises DatabaseLocked, one on a disk that fails raises
    DatabaseUnavailable, and one written by a newer app (schema above ``newest_schema``) raises
    SchemaTooNew, all leaving the file exactly as it was. ``full_check=False`` checks only
    that it opens (the caller runs the full check later, with the write gate held).
    """
    if has_data(path):
        version = check_integrity(path, key, full=full_check)
        if newest_schema is not None and version > newest_schema:
            raise SchemaTooNew(path, version, newest_schema)
    elif not create:
        raise DatabaseMissing(path)
    db = KeyedDatabase(str(path), key, pragmas=PRAGMAS, autoconnect=False)
    try:
        db.connect()
    except Exception as exc:
        _raise_opening(path, exc)
    database.initialize(db)
    return db


def close_database(db: KeyedDatabase) -> None:
    if not db.is_closed():
        db.close()


# ---------------------------------------------------------------------------------------------
# What every storage module's own SQL uses

CHUNK = 500  # ids per IN (...) query, under SQLite's variable limit everywhere
T = TypeVar("T")

# One encoder for all stored JSON: json.dumps with these options builds a new one at every call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def execute(sql: str, params: Sequence[Any] = ()) -> Any:
    """Run one statement on this thread's connection; returns the cursor."""
    return database.execute_sql(sql, params)


def stamp(moment: datetime) -> str:
    """A moment as stored: UTC, ISO 8601, whole seconds."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_time(text: str | None) -> datetime | None:
    """A stored moment back (None for none)."""
    return datetime.fromisoformat(text) if text else None


def parse_stamp(text: str) -> datetime:
    """A stored moment back, from a column that always holds one (NOT NULL)."""
    return datetime.fromisoformat(text)


def to_json(value: Any) -> str:
    """Compact JSON with sorted members, non-ASCII written as itself (stored payloads)."""
    return _ENCODE(value)


def chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """``items`` in pieces small enough for one ``IN (...)`` each."""
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def marks(items: Sequence[Any]) -> str:
    """One ``?`` per item, comma-separated."""
    return ", ".join("?" * len(items))


def transaction() -> Any:
    """A transaction (a savepoint inside another one), for callers outside storage that make
    several storage calls one change."""
    return database.atomic()


def read_snapshot() -> Any:
    """A read-only transaction: one consistent view of the data that lets writers go on (WAL),
    e.g. everything an export holds, read while the window may save."""
    return database.atomic(lock_type="DEFERRED")


def is_open() -> bool:
    """False while this thread's connection is closed (e.g. during a restore), and before any
    database was opened in this process (the About box can be shown then)."""
    return database.obj is not None and not database.is_closed()


@contextmanager
def thread_connection() -> Iterator[None]:
    """Use the database from a worker thread, which needs a connection of its own.

    Opens one for this thread if it has none and closes it afterwards; on a thread that
    already has one (the GUI thread) it changes nothing.
    """
    opened = database.is_closed()
    if opened:
        database.connect()
    try:
        yield
    finally:
        if opened:
            database.close()
