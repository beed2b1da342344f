"""Numbered forward migrations. Each step runs in one transaction; a backup is taken first.

A step is plain SQL (or playhouse.migrate operations) written for the schema of its day, so it
never depends on how the models look later. ``PRAGMA user_version`` holds the schema version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from desktop.domain.errors import SchemaTooNew
from desktop.storage.backup import BackupInfo, create_backup


def _v1_initial(db: SqliteDatabase) -> None:
    statements = [
        """CREATE TABLE setting (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL)""",
        """CREATE TABLE village_profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            village_code TEXT NOT NULL,
            village_name TEXT NOT NULL,
            district_name TEXT NOT NULL,
            regency_name TEXT NOT NULL,
            province_name TEXT NOT NULL,
            head_name TEXT NOT NULL,
            office_phone TEXT NOT NULL DEFAULT '',
            office_address TEXT NOT NULL DEFAULT '',
            training INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL)""",
        """CREATE TABLE contact (
            role TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE draft (
            key TEXT PRIMARY KEY NOT NULL,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
    ]
    for sql in statements:
        db.execute_sql(sql)


STEPS: list[Callable[[SqliteDatabase], None]] = [_v1_initial]
SCHEMA_VERSION = len(STEPS)


@dataclass(frozen=True)
class MigrationResult:
    from_version: int
    to_version: int
    backup: BackupInfo | None


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase, path: Path, backups_dir: Path) -> MigrationResult:
    """Bring the database up to SCHEMA_VERSION. Raises SchemaTooNew for a newer database."""
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise SchemaTooNew(path, current, SCHEMA_VERSION)
    if current == SCHEMA_VERSION:
        return MigrationResult(current, current, None)
    backup = None
    if current > 0:
        backup = create_backup(db.connection(), backups_dir, f"sebelum-migrasi-v{current}")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            STEPS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
    return MigrationResult(current, SCHEMA_VERSION, backup)
