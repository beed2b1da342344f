"""Numbered forward migrations. Each step runs in one transaction; a backup is taken first.

A step is plain SQL (or playhouse.migrate operations) written for the schema of its day, so it
never depends on how the models look later. ``PRAGMA user_version`` holds the schema version.

Besides each table's owner (named in the owner's docstring), only the steps here name tables in
SQL: they create and change them as they were on their day.
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


def _v2_incident_log(db: SqliteDatabase) -> None:
    """Catatan Kejadian: every saved version kept (tombstones too), the current state of each
    record for lists and filters, its people (identifiers in their own table), referrals, and
    a full-text index."""
    statements = [
        """CREATE TABLE incident_version (
            version_id TEXT PRIMARY KEY NOT NULL,
            record_id TEXT NOT NULL,
            prev_version_id TEXT,
            saved_at TEXT NOT NULL,
            author TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('aktif', 'terhapus', 'dimusnahkan')),
            reason TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL)""",
        "CREATE INDEX incident_version_record ON incident_version (record_id, saved_at)",
        "CREATE INDEX incident_version_saved ON incident_version (saved_at)",
        """CREATE TABLE incident (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL UNIQUE,
            version_id TEXT NOT NULL UNIQUE REFERENCES incident_version (version_id),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            deleted_at TEXT,
            report_type TEXT NOT NULL,
            reported_on TEXT NOT NULL,
            happened TEXT NOT NULL DEFAULT '',
            modus TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            destination_country TEXT NOT NULL DEFAULT '',
            destination_name TEXT NOT NULL DEFAULT '',
            destination_city TEXT NOT NULL DEFAULT '',
            recruiter_name TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            people_count INTEGER NOT NULL DEFAULT 0,
            has_child INTEGER NOT NULL DEFAULT 0)""",
        # One index per sort order of the list, so that any page of it, sorted any way, is
        # read straight from an index (storage/incidents.py writes the same expressions).
        "CREATE INDEX incident_by_number ON incident (deleted_at)",
        "CREATE INDEX incident_by_reported ON incident (deleted_at, reported_on)",
        "CREATE INDEX incident_by_updated ON incident (deleted_at, updated_at)",
        """CREATE INDEX incident_by_type ON incident (deleted_at,
            CASE report_type WHEN 'tawaran_mencurigakan' THEN 0
            WHEN 'rencana_berangkat_nonprosedural' THEN 1 WHEN 'sudah_berangkat' THEN 2
            WHEN 'hilang_kontak_di_luar_negeri' THEN 3 WHEN 'korban_pulang' THEN 4
            WHEN 'lainnya' THEN 5 ELSE 6 END)""",
        """CREATE INDEX incident_by_modus_order ON incident (deleted_at,
            CASE modus WHEN 'kerja_nonprosedural' THEN 0 WHEN 'penipuan_daring' THEN 1
            WHEN 'abk' THEN 2 WHEN 'prt_perkebunan' THEN 3 WHEN 'pengantin_pesanan' THEN 4
            WHEN 'eksploitasi_seksual_anak' THEN 5 WHEN 'perdagangan_organ' THEN 6
            WHEN 'magang_beasiswa_palsu' THEN 7 WHEN 'visa_umrah_haji_kunjungan' THEN 8
            WHEN 'lainnya' THEN 9 ELSE 10 END)""",
        "CREATE INDEX incident_by_summary ON incident (deleted_at, summary COLLATE NOCASE)",
        """CREATE INDEX incident_by_destination ON incident (deleted_at,
            destination_name COLLATE NOCASE, destination_city COLLATE NOCASE)""",
        """CREATE INDEX incident_by_recruiter ON incident (deleted_at,
            COALESCE(NULLIF(recruiter_name, ''), company) COLLATE NOCASE)""",
        "CREATE INDEX incident_by_people ON incident (deleted_at, people_count)",
        """CREATE INDEX incident_by_status_order ON incident (deleted_at,
            CASE status WHEN 'baru' THEN 0 WHEN 'dirujuk' THEN 1 WHEN 'ditindaklanjuti' THEN 2
            WHEN 'selesai' THEN 3 WHEN 'ditutup_dirujuk' THEN 4 ELSE 5 END)""",
        # Filters
        "CREATE INDEX incident_by_status ON incident (status, deleted_at, reported_on)",
        "CREATE INDEX incident_by_modus ON incident (modus, deleted_at, reported_on)",
        """CREATE INDEX incident_by_country ON incident (destination_country, deleted_at,
            reported_on)""",
        """CREATE TABLE incident_person (
            person_id TEXT PRIMARY KEY NOT NULL,
            incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            sex TEXT NOT NULL DEFAULT '',
            age_band TEXT NOT NULL DEFAULT '',
            under_18 INTEGER NOT NULL DEFAULT 0,
            disability TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX incident_person_incident ON incident_person (incident_id)",
        """CREATE TABLE incident_person_identity (
            person_id TEXT PRIMARY KEY NOT NULL
                REFERENCES incident_person (person_id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            nik TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE incident_referral (
            referral_id TEXT PRIMARY KEY NOT NULL,
            incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            target TEXT NOT NULL DEFAULT '',
            referred_on TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX incident_referral_incident ON incident_referral (incident_id)",
        """CREATE VIRTUAL TABLE incident_fts USING fts5 (
            summary, notes, recruiter, company, destination,
            tokenize = 'unicode61 remove_diacritics 2')""",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v3_job_offer_checks(db: SqliteDatabase) -> None:
    """Cek Tawaran Kerja: each saved check with the result computed when it was made and the
    checklist version used (never recomputed), and the incident recorded from it, if any."""
    statements = [
        """CREATE TABLE assessment (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            assessed_on TEXT NOT NULL,
            initials TEXT NOT NULL DEFAULT '',
            company TEXT NOT NULL DEFAULT '',
            destination TEXT NOT NULL DEFAULT '',
            job TEXT NOT NULL DEFAULT '',
            recruiter_contact TEXT NOT NULL DEFAULT '',
            checklist_version INTEGER NOT NULL,
            answers TEXT NOT NULL,
            level TEXT NOT NULL
                CHECK (level IN ('rendah', 'sedang', 'tinggi', 'sangat_tinggi')),
            score INTEGER NOT NULL,
            result TEXT NOT NULL,
            incident_record_id TEXT)""",
        "CREATE INDEX assessment_by_day ON assessment (assessed_on, id)",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v4_exchange(db: SqliteDatabase) -> None:
    """Kirim & Ekspor: the exports made here (the outbox), and at the office the exports
    merged, the villages heard from, the source of each record and the conflicts kept."""
    statements = [
        """CREATE TABLE exchange_export (
            export_id TEXT PRIMARY KEY NOT NULL,
            sequence INTEGER NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            records INTEGER NOT NULL,
            versions INTEGER NOT NULL,
            assessments INTEGER NOT NULL,
            identities_reason TEXT,
            written_to TEXT NOT NULL DEFAULT '',
            content_key TEXT NOT NULL,
            outbox TEXT CHECK (outbox IN ('menunggu', 'terkirim', 'gagal', 'digantikan')),
            body_path TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_attempt_at TEXT,
            problem TEXT,
            problem_detail TEXT NOT NULL DEFAULT '',
            sent_at TEXT,
            superseded_by INTEGER,
            receipt TEXT)""",
        "CREATE INDEX exchange_export_outbox ON exchange_export (outbox, next_attempt_at)",
        """CREATE TABLE exchange_import (
            export_id TEXT PRIMARY KEY NOT NULL,
            sha256 TEXT NOT NULL,
            village_code TEXT NOT NULL,
            installation_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            via TEXT NOT NULL CHECK (via IN ('berkas', 'internet')),
            file_name TEXT NOT NULL DEFAULT '',
            new INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            conflicts INTEGER NOT NULL,
            receipt TEXT NOT NULL)""",
        "CREATE INDEX exchange_import_time ON exchange_import (imported_at)",
        """CREATE TABLE exchange_village (
            village_code TEXT PRIMARY KEY NOT NULL,
            village_name TEXT NOT NULL,
            district_name TEXT NOT NULL,
            regency_name TEXT NOT NULL,
            province_name TEXT NOT NULL,
            role TEXT NOT NULL,
            last_export_at TEXT NOT NULL,
            last_sequence INTEGER NOT NULL,
            last_imported_at TEXT NOT NULL)""",
        """CREATE TABLE exchange_source (
            record_id TEXT PRIMARY KEY NOT NULL,
            village_code TEXT NOT NULL,
            installation_id TEXT NOT NULL,
            export_id TEXT NOT NULL)""",
        "CREATE INDEX exchange_source_village ON exchange_source (village_code)",
        """CREATE TABLE exchange_conflict (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL,
            version_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('cabang', 'bentrok', 'penilaian')),
            export_id TEXT NOT NULL,
            detected_at TEXT NOT NULL,
            version TEXT NOT NULL DEFAULT '',
            UNIQUE (kind, version_id, version))""",
        "CREATE INDEX exchange_conflict_record ON exchange_conflict (record_id)",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v5_protection(db: SqliteDatabase) -> None:
    """Protecting the data: an append-only audit trail; at the office, each village's signing
    key (registered by its first export) and the exports held back because another key
    signed them."""
    statements = [
        """CREATE TABLE audit_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '{}',
            computer_user TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX audit_event_at ON audit_event (at)",
        """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        """CREATE TABLE village_key (
            village_code TEXT PRIMARY KEY NOT NULL,
            public_key TEXT NOT NULL,
            registered_at TEXT NOT NULL,
            registered_by_export TEXT NOT NULL DEFAULT '')""",
        """CREATE TABLE held_export (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            village_code TEXT NOT NULL,
            export_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            received_at TEXT NOT NULL,
            via TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            envelope BLOB NOT NULL,
            UNIQUE (export_id, public_key))""",
        "CREATE INDEX held_export_village ON held_export (village_code)",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v6_removed_checks(db: SqliteDatabase) -> None:
    """The saved job-offer checks a village deleted: only their record ids, so that the next
    export tells the office to delete its copy too (and an older export imported later does not
    bring it back)."""
    db.execute_sql(
        """CREATE TABLE assessment_removed (
            record_id TEXT PRIMARY KEY NOT NULL,
            removed_at TEXT NOT NULL)"""
    )


def _v7_acknowledgments(db: SqliteDatabase) -> None:
    """Kirim & Ekspor, what the office acknowledged: for each export made here, the newest row
    of each kind of change it held (to count the changes made since), and the office's own
    receipt for it (imported, or held back and why)."""
    statements = [
        "ALTER TABLE exchange_export ADD COLUMN marks TEXT",
        """ALTER TABLE exchange_export ADD COLUMN office_state TEXT
            CHECK (office_state IN ('diimpor', 'ditahan'))""",
        "ALTER TABLE exchange_export ADD COLUMN office_reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE exchange_export ADD COLUMN office_at TEXT",
        "ALTER TABLE exchange_export ADD COLUMN office_receipt TEXT",
        # Exports made before: the newest rows saved by the time each was made.
        """UPDATE exchange_export SET marks = json_object(
            'versions', (SELECT COALESCE(MAX(v.rowid), 0) FROM incident_version v
                WHERE v.saved_at <= exchange_export.created_at),
            'checks', (SELECT COALESCE(MAX(a.id), 0) FROM assessment a
                WHERE a.created_at <= exchange_export.created_at),
            'removed_checks', (SELECT COALESCE(MAX(r.rowid), 0) FROM assessment_removed r
                WHERE r.removed_at <= exchange_export.created_at))""",
    ]
    for sql in statements:
        db.execute_sql(sql)


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _v1_initial,
    _v2_incident_log,
    _v3_job_offer_checks,
    _v4_exchange,
    _v5_protection,
    _v6_removed_checks,
    _v7_acknowledgments,
]
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
        backup = create_backup(
            db.connection(), backups_dir, f"sebelum-migrasi-v{current}", key=db.key
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            STEPS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
    return MigrationResult(current, SCHEMA_VERSION, backup)
