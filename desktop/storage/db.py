"""Opening the database: one proxy, fixed pragmas, an integrity check before anything writes.

Every connection goes through SQLCipher (``sqlcipher3``, SQLite with page encryption built
in). A real installation's database is encrypted with its ``DatabaseKey``; only MODE LATIHAN
and tests use ``UNPROTECTED``, which is plain SQLite.

The end of the module holds the few helpers every storage module's own SQL uses (statements,
stored times and JSON, ``IN (...)`` lists, transactions, worker-thread connections).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from peewee import DatabaseProxy
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from desktop.domain.errors import DatabaseDamaged, DatabaseLocked, SchemaTooNew
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


class KeyedDatabase(SqlCipherDatabase):
    """peewee's SQLCipher database, keyed with a raw ``DatabaseKey`` (no passphrase KDF) before
    any other statement on every connection, including worker threads' own."""

    def __init__(self, path: str, key: Key, **kwargs: Any) -> None:
        self._key = key
        super().__init__(path, **kwargs)

    @property
    def key(self) -> Key:
        return self._key

    def _connect(self):
        conn = connect(self.database, self._key, isolation_level=None, **self.connect_params)
        try:
            self._add_conn_hooks(conn)
        except Exception:
            conn.close()
            raise
        return conn


def check_integrity(path: Path, key: Key = UNPROTECTED) -> int:
    """Raise unless ``path`` is a readable, consistent database for ``key``.

    Opens read-only so that a damaged file is never modified by the check itself. Returns the
    schema version (``PRAGMA user_version``). An encrypted file given UNPROTECTED raises
    DatabaseLocked. With a key, a wrong key and a damaged first page look the same to SQLCipher;
    the key itself was already proven by the key file (keystore.unlock), so that is reported as
    DatabaseDamaged, with a detail saying both are possible.
    """
    plain = is_plain_sqlite(path)
    if isinstance(key, Unprotected) and not plain and path.stat().st_size > 0:
        raise DatabaseLocked(path)
    try:
        conn = connect(path, UNPROTECTED if plain else key, read_only=True)
    except sqlcipher.Error as exc:
        raise DatabaseDamaged(path, str(exc)) from exc
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            if not plain and "not a database" in str(exc):
                raise DatabaseDamaged(path, "does not decrypt with this key") from exc
            raise
        rows = conn.execute("PRAGMA quick_check").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlcipher.Error as exc:
        raise DatabaseDamaged(path, str(exc)) from exc
    finally:
        conn.close()
    if rows != [("ok",)]:
        raise DatabaseDamaged(path, "; ".join(r[0] for r in rows[:5]))
    return version


def open_database(
    path: Path, key: Key = UNPROTECTED, *, newest_schema: int | None = None
) -> KeyedDatabase:
    """Open (creating if absent) the database at ``path`` and bind the proxy to it.

    An existing file is checked first, read-only: a damaged one raises DatabaseDamaged, one
    that ``key`` does not open raises DatabaseLocked, and one written by a newer app (schema
    above ``newest_schema``) raises SchemaTooNew, all leaving the file exactly as it was.
    """
    if path.exists() and path.stat().st_size > 0:
        version = check_integrity(path, key)
        if newest_schema is not None and version > newest_schema:
            raise SchemaTooNew(path, version, newest_schema)
    db = KeyedDatabase(str(path), key, pragmas=PRAGMAS, autoconnect=False)
    try:
        db.connect()
    except Exception as exc:
        raise DatabaseDamaged(path, str(exc)) from exc
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


def is_open() -> bool:
    """False while this thread's connection is closed (e.g. during a restore)."""
    return not database.is_closed()


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
