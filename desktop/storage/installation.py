"""One installation's database lifecycle: open with checks, migrate, daily backup, restore."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from peewee import SqliteDatabase

from desktop.domain.errors import DataDirUnusable
from desktop.paths import DataPaths
from desktop.storage import backup
from desktop.storage.db import close_database, open_database
from desktop.storage.migrations import SCHEMA_VERSION, MigrationResult, migrate

log = logging.getLogger(__name__)


@dataclass
class Installation:
    """The open database of one data folder. Built once by the composition root."""

    paths: DataPaths
    db: SqliteDatabase | None = None
    migration: MigrationResult | None = None
    backup_error: Exception | None = field(default=None, repr=False)

    def open(self) -> None:
        """Check, open and migrate the database, then take the daily backup if one is due.

        Raises DatabaseDamaged (file untouched), SchemaTooNew or DataDirUnusable.
        """
        try:
            self.paths.ensure()
        except OSError as exc:
            raise DataDirUnusable(self.paths.root, str(exc)) from exc
        self.db = open_database(self.paths.database, newest_schema=SCHEMA_VERSION)
        try:
            self.migration = migrate(self.db, self.paths.database, self.paths.backups)
        except Exception:
            self.close()
            raise
        self.daily_backup()

    def daily_backup(self) -> backup.BackupInfo | None:
        """Take today's backup unless it exists. A failure is logged and kept, never fatal."""
        if not backup.backup_due(self.paths.backups):
            return None
        try:
            return self.backup_now(backup.DAILY)
        except Exception as exc:  # a full disk must not stop the app from starting
            log.warning("daily backup failed: %s", exc)
            self.backup_error = exc
            return None

    def backup_now(self, reason: str = "manual") -> backup.BackupInfo:
        """Back up through a separate connection so it can run on a worker thread."""
        conn = sqlite3.connect(self.paths.database)
        try:
            info = backup.create_backup(conn, self.paths.backups, reason)
        finally:
            conn.close()
        self.backup_error = None
        return info

    def backups(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self.paths.backups)

    def newest_good_backup(self) -> backup.BackupInfo | None:
        return backup.newest_good_backup(self.paths.backups)

    def restore(self, source: Path) -> None:
        """Replace the database with ``source`` (verified first), then reopen and migrate."""
        backup.verify_backup(source)
        self.close()
        backup.restore_backup(source, self.paths.database, self.paths.backups)
        self.open()

    def close(self) -> None:
        if self.db is not None:
            close_database(self.db)
            self.db = None
