"""Opening the database: one proxy, fixed pragmas, an integrity check before anything writes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

from desktop.domain.errors import DatabaseDamaged, SchemaTooNew

database = DatabaseProxy()

# WAL lets readers work while one writer writes; synchronous=FULL because a power cut in a
# village office is likelier than a need for write speed.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "cache_size": -16000,
    "busy_timeout": 5000,
}


def check_integrity(path: Path) -> int:
    """Raise DatabaseDamaged unless ``path`` is a readable, consistent SQLite database.

    Opens read-only so that a damaged file is never modified by the check itself. Returns the
    schema version (``PRAGMA user_version``).
    """
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseDamaged(path, str(exc)) from exc
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise DatabaseDamaged(path, str(exc)) from exc
    finally:
        conn.close()
    if rows != [("ok",)]:
        raise DatabaseDamaged(path, "; ".join(r[0] for r in rows[:5]))
    return version


def open_database(path: Path, *, newest_schema: int | None = None) -> SqliteDatabase:
    """Open (creating if absent) the database at ``path`` and bind the proxy to it.

    An existing file is checked first, read-only: a damaged one raises DatabaseDamaged and one
    written by a newer app (schema above ``newest_schema``) raises SchemaTooNew, both leaving
    the file exactly as it was.
    """
    if path.exists() and path.stat().st_size > 0:
        version = check_integrity(path)
        if newest_schema is not None and version > newest_schema:
            raise SchemaTooNew(path, version, newest_schema)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, autoconnect=False)
    try:
        db.connect()
    except Exception as exc:
        raise DatabaseDamaged(path, str(exc)) from exc
    database.initialize(db)
    return db


def close_database(db: SqliteDatabase) -> None:
    if not db.is_closed():
        db.close()
