"""One installation's database lifecycle: open with checks, encrypt data from an earlier
version, migrate, daily backup, restore.

A database is created only for a folder without a key file, or right after set-up made one
(``new``): a key file without its database means the data went missing, and an empty database
in its place would hide that.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from desktop import leftovers
from desktop.domain.errors import (
    ConversionFailed,
    DatabaseDamaged,
    DatabaseLocked,
    DataDirUnusable,
    DiskError,
    SchemaTooNew,
)
from desktop.domain.incident import StoredVersion
from desktop.domain.security import AuditKind
from desktop.paths import DataPaths
from desktop.storage import backup
from desktop.storage.db import (
    UNPROTECTED,
    Key,
    KeyedDatabase,
    check_integrity,
    close_database,
    connect,
    has_data,
    is_plain_sqlite,
    open_database,
)
from desktop.storage.keystore import has_key_file, take_failed_tries
from desktop.storage.migrations import SCHEMA_VERSION, MigrationResult, migrate, schema_version

log = logging.getLogger(__name__)

BEFORE_ENCRYPTION = "sebelum-enkripsi"


@dataclass(frozen=True)
class KeptOverRestore:
    """What a restore from a backup keeps of the data it replaces. The journal of exports
    records files that exist outside the database, the numbers they took and what the office
    acknowledged of them: no number is given twice. A removal for good (a record's purge
    tombstone, a deleted check) was meant for good and has travelled to the office already: a
    restore does not bring the personal data back."""

    journal: list[tuple] = field(default_factory=list)
    tombstones: list[StoredVersion] = field(default_factory=list)
    removed_checks: dict[str, str] = field(default_factory=dict)


class Protection(Enum):
    """What a data folder needs before its database can be opened."""

    NEW = "baru"  # nothing yet: set a passphrase (set-up)
    UNENCRYPTED = "belum_dilindungi"  # an earlier version's data: set a passphrase, then encrypt
    LOCKED = "terkunci"  # the usual case: the passphrase opens the key file
    KEY_FILE_MISSING = "berkas_kunci_hilang"  # encrypted data, no key file: the recovery key


def protection_of(paths: DataPaths) -> Protection:
    database = paths.database
    has_data = database.is_file() and database.stat().st_size > 0
    if has_key_file(paths):
        return Protection.LOCKED
    if not has_data:
        return Protection.NEW
    if is_plain_sqlite(database):
        return Protection.UNENCRYPTED
    return Protection.KEY_FILE_MISSING


@dataclass(frozen=True)
class Conversion:
    """An earlier version's unencrypted database, encrypted on opening."""

    rows: int
    backups_encrypted: int


@dataclass
class Installation:
    """The open database of one data folder. Built once by the composition root.

    ``key`` is the database key from the key file (keystore.unlock) or the recovery key;
    UNPROTECTED is for MODE LATIHAN and tests only, and is refused for a folder that has a
    key file. ``new``: the protection was set up just now, so the first ``open`` may create
    the database beside the new key file.
    """

    paths: DataPaths
    key: Key = field(repr=False)
    new: bool = False
    db: KeyedDatabase | None = None
    migration: MigrationResult | None = None
    conversion: Conversion | None = None
    backup_error: Exception | None = field(default=None, repr=False)

    @property
    def encrypted(self) -> bool:
        return self.key is not UNPROTECTED

    def open(self, *, take_daily_backup: bool = True, check_now: bool = True) -> None:
        """Check, (encrypt,) open and migrate the database, then take the daily backup (the
        window takes it in the background instead: ``take_daily_backup=False``; it copies the
        whole database, seconds for a large one).

        ``check_now=False`` (the window): only a quick check that the database opens runs now;
        the full integrity check, which reads every page, is left to ``finish_check`` on a
        worker thread, and until it has passed every transaction waits (storage.db's write
        gate). A database that must be migrated is checked in full first all the same.

        Raises DatabaseDamaged (file untouched), DatabaseUnavailable (the disk is full, in use,
        gone or failing; nothing written), DatabaseMissing (a key file but no database),
        DatabaseLocked (the key does not open it), SchemaTooNew, ConversionFailed (original
        unchanged) or DataDirUnusable.
        """
        try:
            self.paths.ensure()
        except OSError as exc:
            raise DataDirUnusable(self.paths.root, str(exc)) from exc
        self._remove_leftovers()
        path = self.paths.database
        keyed = has_key_file(self.paths)
        if self.key is UNPROTECTED and keyed:
            raise DatabaseLocked(path)
        existed = has_data(path)
        converted = None
        if self.encrypted and existed and is_plain_sqlite(path):
            converted = self._encrypt_plain_database()
        self.db = open_database(
            path,
            self.key,
            newest_schema=SCHEMA_VERSION,
            create=self.new or not keyed,
            full_check=check_now,
        )
        self.new = False
        try:
            if existed and not check_now:
                if schema_version(self.db) < SCHEMA_VERSION:
                    check_integrity(path, self.key)  # never migrate an unchecked database
                else:
                    self.db.gate.hold()
            self.migration = migrate(self.db, path, self.paths.backups)
        except Exception:
            self.close()
            raise
        if self.encrypted:
            encrypted = backup.encrypt_plain_backups(self.paths.backups, self.key)
            if converted is not None:
                self.conversion = Conversion(converted, encrypted)
                from desktop.storage import audit

                audit.record_event(
                    AuditKind.DATABASE_CONVERTED,
                    {"rows": converted, "backups_encrypted": encrypted},
                )
        if take_daily_backup:
            self.daily_backup()

    def _remove_leftovers(self) -> None:
        """What a write killed half-way left: copies of the database being backed up, restored
        or encrypted, their journals, a key file being written (see desktop/leftovers.py)."""
        backup.remove_leftovers(self.paths.backups)
        backup.remove_leftovers(self.paths.root)
        leftovers.remove_leftovers(self.paths.root, leftovers.is_partial)

    @property
    def check_pending(self) -> bool:
        """True while the full integrity check left by ``open(check_now=False)`` has not run."""
        return self.db is not None and self.db.gate.held

    def finish_check(self) -> None:
        """The full integrity check of an open database (a worker thread may run it): opens
        the write gate when it passes. Otherwise every transaction from now on raises the
        error (DatabaseDamaged, or DatabaseUnavailable when the disk failed while reading),
        and so does this."""
        db = self.db
        if db is None or not db.gate.held:
            return
        try:
            check_integrity(self.paths.database, self.key)
        except Exception as exc:
            db.gate.fail(exc)
            raise
        db.gate.open()

    def _encrypt_plain_database(self) -> int:
        """Encrypt an earlier version's database: back it up, copy it encrypted, check the
        copy (opens with the key, integrity, same rows), then put it in place with one rename.
        The unencrypted backups are encrypted afterwards (``open``). Returns the row count."""
        path = self.paths.database
        version = check_integrity(path, UNPROTECTED)
        if version > SCHEMA_VERSION:
            raise SchemaTooNew(path, version, SCHEMA_VERSION)
        plain = connect(path, UNPROTECTED)
        try:
            # Fold the WAL into the file, so that what is copied is all there is.
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            plain.execute("PRAGMA journal_mode = DELETE")
            backup.create_backup(plain, self.paths.backups, BEFORE_ENCRYPTION, key=UNPROTECTED)
        except Exception as exc:
            raise ConversionFailed(path, str(exc)) from exc
        finally:
            plain.close()
        staged = path.with_name(path.name + backup.STAGED_ENCRYPTION)
        try:
            counts = backup.export_copy(path, UNPROTECTED, staged, self.key)
            backup.remove_sidecars(path)
            os.replace(staged, path)
        except Exception as exc:
            backup._remove_quietly(staged)
            raise ConversionFailed(path, str(exc)) from exc
        log.info("encrypted the database of an earlier version (%d rows)", sum(counts.values()))
        return sum(counts.values())

    def daily_backup(self) -> backup.BackupInfo | None:
        """Take today's backup unless it exists. A failure is logged and kept, never fatal."""
        if not backup.backup_due(self.paths.backups):
            return None
        try:
            return self.backup_now(backup.DAILY)
        except Exception as exc:  # a full disk must not stop the app from starting
            log.warning("daily backup failed: %s", type(exc).__name__)
            self.backup_error = exc
            return None

    def backup_now(self, reason: str = "manual") -> backup.BackupInfo:
        """Back up through a separate connection so it can run on a worker thread: the daily
        backup as a snapshot, any other as a copy (see storage.backup)."""
        if reason == backup.DAILY:
            info = backup.take_daily(self.paths.database, self.paths.backups, key=self.key)
        else:
            conn = connect(self.paths.database, self.key)
            try:
                info = backup.create_backup(conn, self.paths.backups, reason, key=self.key)
            finally:
                conn.close()
        self.backup_error = None
        return info

    def backups(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self.paths.backups)

    def newest_good_backup(self) -> backup.BackupInfo | None:
        return backup.newest_good_backup(self.paths.backups, self.key)

    def verify_backup(self, source: Path) -> None:
        """Raise BackupUnusable unless ``source`` can be restored here."""
        backup.verify_backup(source, self.key)

    def restore_closed(self, source: Path) -> None:
        """Put ``source`` in place of the database, which must be closed (worker thread)."""
        backup.restore_backup(source, self.paths.database, self.paths.backups, self.key)

    def restore(self, source: Path) -> None:
        """Replace the database with ``source`` (verified first), then reopen and migrate."""
        self.verify_backup(source)
        kept = self.kept_over_restore()
        self.close()
        self.restore_closed(source)
        self.open()
        self.record_restored(source, kept)

    def kept_over_restore(self) -> KeptOverRestore:
        """What a restore keeps of the data it replaces (read before it closes)."""
        from desktop.storage import assessments, incidents, outbox_store

        if self.db is None:  # not open: damaged, or never opened (the start's recovery)
            return KeptOverRestore()
        try:
            return KeptOverRestore(
                journal=outbox_store.journal_rows(),
                tombstones=incidents.purge_tombstones(),
                removed_checks={
                    r["record_id"]: r["removed_at"] for r in assessments.removed_export_items()
                },
            )
        except (DatabaseDamaged, DiskError) as exc:
            log.warning("nothing carried over a restore: %s", type(exc).__name__)
            return KeptOverRestore()

    def record_unlocked(self, via: str) -> None:
        """Audit an unlock, and the wrong passphrases typed since the previous one."""
        from desktop.storage import audit

        failed = take_failed_tries(self.paths)
        if failed:
            audit.record_event(
                AuditKind.UNLOCK_FAILED,
                {"count": len(failed), "times": list(failed), "via": via},
            )
        audit.record_event(AuditKind.UNLOCKED, {"via": via})

    def record_restored(self, source: Path, kept: KeptOverRestore) -> None:
        """After a restore: what ``kept_over_restore`` read of the data replaced is carried
        over, and the restore is audited."""
        from desktop.domain.exchange import ChangeMarks
        from desktop.storage import assessments, audit, incidents, outbox_store, socialisation

        checks, removed_checks = assessments.change_marks()
        newest = ChangeMarks(
            incidents.change_mark(), checks, removed_checks, socialisation.change_mark()
        )
        outbox_store.carry_over(kept.journal, newest)
        purged = incidents.keep_purged(kept.tombstones)
        removed = assessments.keep_removed(kept.removed_checks)
        audit.record_event(
            AuditKind.BACKUP_RESTORED,
            {"file": source.name, "purged_again": purged, "checks_deleted_again": removed},
        )

    def close(self) -> None:
        if self.db is not None:
            from desktop.storage import audit

            if not self.db.is_closed():
                left = audit.flush_pending()
                if left:
                    log.warning("closing with %d audit events that could not be written", left)
            close_database(self.db)
            self.db = None
