"""Numbered forward migrations. Each step runs in one transaction; a backup is taken first.

A step is plain SQL (or playhouse.migrate operations) written for the schema of its day, so it
never depends on how the models look later. ``PRAGMA user_version`` holds the schema version.

Besides each table's owner (named in the owner's docstring), only the steps here name tables in
SQL: they create and change them as they were on their day.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from desktop.domain import patterns
from desktop.domain.errors import SchemaTooNew
from desktop.storage.backup import BackupInfo, create_backup
from desktop.storage.db import KeyedDatabase


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
        # read straight from an index (storage/incidents/listing.py writes the same expressions).
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


def _v7_content_packs(db: SqliteDatabase) -> None:
    """Content packs from the office. At a village: every pack received or installed (the
    signed file as it came, kept while it is installed, the one before it, or waiting to be
    installed; its number and office key for good, so an older one is refused), which one is
    installed and which came before it, and every checklist version a pack delivered. At an
    office: each pack it made (its file, to write again) and its warnings being composed."""
    statements = [
        """CREATE TABLE content_pack (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            sha256 TEXT NOT NULL UNIQUE,
            office_key TEXT NOT NULL,
            office_name TEXT NOT NULL,
            number INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            via TEXT NOT NULL,
            data BLOB,
            installed_at TEXT,
            rolled_back_at TEXT)""",
        "CREATE INDEX content_pack_office ON content_pack (office_key, number)",
        """CREATE TABLE content_pack_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            current_id INTEGER REFERENCES content_pack (id),
            previous_id INTEGER REFERENCES content_pack (id),
            changed_at TEXT NOT NULL)""",
        """CREATE TABLE checklist_delivered (
            version INTEGER PRIMARY KEY NOT NULL,
            data TEXT NOT NULL,
            pack_sha256 TEXT NOT NULL,
            delivered_at TEXT NOT NULL)""",
        """CREATE TABLE office_pack (
            number INTEGER PRIMARY KEY NOT NULL,
            created_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL)""",
        """CREATE TABLE office_warning (
            id TEXT PRIMARY KEY NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v8_office_at_scale(db: SqliteDatabase) -> None:
    """The office's register at hundreds of thousands of records: the villages in name order,
    so that the register by village is read in order instead of sorted (storage.office_imports),
    and the status and modus filters together counted from one index."""
    statements = [
        """CREATE INDEX exchange_village_by_name ON exchange_village (
            village_name COLLATE NOCASE, village_code)""",
        """CREATE INDEX incident_by_status_modus ON incident (status, modus, deleted_at,
            reported_on)""",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v9_office_views(db: SqliteDatabase) -> None:
    """The office's own work on the villages' records: each record's review state (baru,
    ditinjau, ditindaklanjuti) with a note and the log of its changes, the officer's choices
    between versions that do not follow each other (undone ones kept), which export brought
    each version and which village each check came from, the checks found by the incident
    recorded from them, indexes for the recap, and the recruiter keys the patterns across
    villages are found by."""
    statements = [
        """CREATE TABLE office_review (
            record_id TEXT PRIMARY KEY NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('baru', 'ditinjau', 'ditindaklanjuti')),
            note TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX office_review_by_state ON office_review (state, record_id)",
        """CREATE TABLE office_review_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL,
            state TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX office_review_log_record ON office_review_log (record_id, id)",
        """CREATE TABLE office_version_choice (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL,
            chosen_version TEXT NOT NULL,
            previous_version TEXT NOT NULL,
            chosen_at TEXT NOT NULL,
            chosen_by TEXT NOT NULL DEFAULT '',
            undone_at TEXT)""",
        "CREATE INDEX office_version_choice_record ON office_version_choice (record_id, id)",
        # Which export brought each version (from now on: versions imported before are not
        # traced).
        """CREATE TABLE exchange_version_source (
            version_id TEXT PRIMARY KEY NOT NULL,
            export_id TEXT NOT NULL)""",
        "CREATE INDEX assessment_by_incident ON assessment (incident_record_id)",
        # The village each check came from (from now on: checks imported before get theirs
        # with their village's next export, which holds all its checks).
        """CREATE TABLE exchange_check_source (
            record_id TEXT PRIMARY KEY NOT NULL,
            village_code TEXT NOT NULL,
            export_id TEXT NOT NULL)""",
        "CREATE INDEX exchange_check_source_village ON exchange_check_source (village_code)",
        # The recap of a period counts every record reported in it by many columns: read from
        # one index holding them all, a year of 100,000 records takes milliseconds per count,
        # not a second (each record's row read from the encrypted table).
        """CREATE INDEX incident_recap ON incident (deleted_at, reported_on, modus,
            report_type, status, has_child, people_count, destination_country,
            destination_city, record_id)""",
        "CREATE INDEX incident_referral_target ON incident_referral (incident_id, target)",
        # Each record's village, read from the index alone (the recap counts by village).
        "CREATE INDEX exchange_source_by_record ON exchange_source (record_id, village_code)",
        # Recruiter phone numbers, companies and names, normalised: the same one seen in
        # several villages is found from one index.
        """CREATE TABLE recruiter_key (
            source TEXT NOT NULL CHECK (source IN ('kejadian', 'cek')),
            record_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('telepon', 'perusahaan', 'perekrut')),
            key TEXT NOT NULL,
            shown TEXT NOT NULL,
            seen_on TEXT NOT NULL,
            village_code TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (source, record_id, kind, key))""",
        # Counting a value's villages reads this index alone (a join to each record's village
        # took 5 s for the half million keys of 300,000 records).
        """CREATE INDEX recruiter_key_by_key ON recruiter_key (kind, key, village_code, source,
            seen_on, shown)""",
    ]
    for sql in statements:
        db.execute_sql(sql)
    _v9_recruiter_keys(db)


def _v9_recruiter_keys(db: SqliteDatabase) -> None:
    """The recruiter keys of the records (their current live version) and checks held, made
    with the normalisation of this step's day (``domain.patterns``; a later change of it comes
    with a step that makes them again)."""
    insert = (
        "INSERT OR IGNORE INTO recruiter_key (source, record_id, kind, key, shown, seen_on, "
        "village_code) VALUES (?, ?, ?, ?, ?, ?, ?)"
    )
    conn = db.connection()
    cursor = conn.execute(
        "SELECT i.record_id, i.reported_on, v.payload, COALESCE(s.village_code, '') "
        "FROM incident i JOIN incident_version v ON v.version_id = i.version_id "
        "LEFT JOIN exchange_source s ON s.record_id = i.record_id WHERE i.deleted_at IS NULL"
    )
    while batch := cursor.fetchmany(2000):
        rows = [
            ("kejadian", record_id, s.kind.value, s.key, s.shown, day, village)
            for record_id, day, payload, village in batch
            for s in patterns.record_keys(json.loads(payload))
        ]
        conn.executemany(insert, rows)
    checks = conn.execute(
        "SELECT a.record_id, a.assessed_on, a.company, a.recruiter_contact, "
        "COALESCE(cs.village_code, '') FROM assessment a "
        "LEFT JOIN exchange_check_source cs ON cs.record_id = a.record_id"
    ).fetchall()
    conn.executemany(
        insert,
        [
            ("cek", record_id, s.kind.value, s.key, s.shown, day, village)
            for record_id, day, company, contact, village in checks
            for s in patterns.check_keys(company, contact)
        ],
    )


def _v10_acknowledgments(db: SqliteDatabase) -> None:
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


def _v11_socialisation(db: SqliteDatabase) -> None:
    """Kegiatan sosialisasi: the awareness sessions a village or the office held, with who came
    by role, the material used and the villages reached. An event is never removed: deleted, it
    keeps its record id and revision so that the deletion travels (at an office, a village's
    deleted event keeps nothing else). ``changed`` grows with every change, for the sender's
    change marks."""
    statements = [
        """CREATE TABLE socialisation_event (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL UNIQUE,
            owner TEXT NOT NULL DEFAULT '',
            owner_name TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            held_on TEXT NOT NULL,
            place TEXT NOT NULL,
            district_code TEXT NOT NULL,
            district_name TEXT NOT NULL,
            regency_name TEXT NOT NULL DEFAULT '',
            kepala_desa INTEGER NOT NULL DEFAULT 0,
            perangkat_desa INTEGER NOT NULL DEFAULT 0,
            bpd INTEGER NOT NULL DEFAULT 0,
            warga INTEGER NOT NULL DEFAULT 0,
            calon_pmi INTEGER NOT NULL DEFAULT 0,
            materials TEXT NOT NULL DEFAULT '[]',
            officers TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX socialisation_event_by_day ON socialisation_event (deleted_at, held_on, id)",
        """CREATE INDEX socialisation_event_by_owner ON socialisation_event (owner, deleted_at,
            held_on, id)""",
        "CREATE INDEX socialisation_event_changed ON socialisation_event (changed)",
        """CREATE TABLE socialisation_village (
            event_id INTEGER NOT NULL REFERENCES socialisation_event (id) ON DELETE CASCADE,
            village_code TEXT NOT NULL,
            village_name TEXT NOT NULL,
            PRIMARY KEY (event_id, village_code)) WITHOUT ROWID""",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v12_village_owners(db: SqliteDatabase) -> None:
    """Issue 12. At the office a village is an owner: its registered key (its identity) with
    its current code, the codes it had before, and the records and checks it owns; the
    registered keys of ``village_key`` move into it. Each record's and check's source names its
    owner (``owner_id``) beside the owner's current code (``village_code``, which follows a
    signed code change), so that the register, the recap and the patterns still read the code
    from their indexes. At the village, each export is journalled (``state``: begun before the
    file is written, done after)."""
    statements = [
        "DROP INDEX exchange_village_by_name",
        "ALTER TABLE exchange_village RENAME TO exchange_village_v11",
        """CREATE TABLE exchange_village (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            village_code TEXT NOT NULL UNIQUE,
            public_key TEXT UNIQUE,
            registered_at TEXT,
            registered_by_export TEXT NOT NULL DEFAULT '',
            village_name TEXT NOT NULL DEFAULT '',
            district_name TEXT NOT NULL DEFAULT '',
            regency_name TEXT NOT NULL DEFAULT '',
            province_name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'desa',
            last_export_at TEXT,
            last_sequence INTEGER NOT NULL DEFAULT 0,
            last_imported_at TEXT,
            restored_at TEXT,
            restored_export TEXT NOT NULL DEFAULT '',
            restored_missing INTEGER NOT NULL DEFAULT 0,
            restored_branches INTEGER NOT NULL DEFAULT 0)""",
        """INSERT INTO exchange_village (village_code, public_key, registered_at,
            registered_by_export, village_name, district_name, regency_name, province_name,
            role, last_export_at, last_sequence, last_imported_at)
            SELECT v.village_code, k.public_key, k.registered_at,
                COALESCE(k.registered_by_export, ''), v.village_name, v.district_name,
                v.regency_name, v.province_name, v.role, v.last_export_at, v.last_sequence,
                v.last_imported_at
            FROM exchange_village_v11 v
            LEFT JOIN village_key k ON k.village_code = v.village_code""",
        """INSERT INTO exchange_village (village_code, public_key, registered_at,
            registered_by_export)
            SELECT village_code, public_key, registered_at, registered_by_export FROM village_key
            WHERE village_code NOT IN (SELECT village_code FROM exchange_village)""",
        """INSERT INTO exchange_village (village_code)
            SELECT village_code FROM exchange_source
            WHERE village_code NOT IN (SELECT village_code FROM exchange_village)
            UNION SELECT village_code FROM exchange_check_source
            WHERE village_code NOT IN (SELECT village_code FROM exchange_village)""",
        "DROP TABLE exchange_village_v11",
        "DROP TABLE village_key",
        """CREATE INDEX exchange_village_by_name ON exchange_village (
            village_name COLLATE NOCASE, village_code)""",
        """CREATE TABLE exchange_village_code (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            owner_id INTEGER NOT NULL REFERENCES exchange_village (id),
            old_code TEXT NOT NULL,
            new_code TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            export_id TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (owner_id, old_code, new_code, changed_at))""",
        "ALTER TABLE exchange_source ADD COLUMN owner_id INTEGER REFERENCES exchange_village (id)",
        """UPDATE exchange_source SET owner_id = (SELECT v.id FROM exchange_village v
            WHERE v.village_code = exchange_source.village_code)""",
        "CREATE INDEX exchange_source_owner ON exchange_source (owner_id)",
        """ALTER TABLE exchange_check_source ADD COLUMN owner_id INTEGER
            REFERENCES exchange_village (id)""",
        """UPDATE exchange_check_source SET owner_id = (SELECT v.id FROM exchange_village v
            WHERE v.village_code = exchange_check_source.village_code)""",
        "CREATE INDEX exchange_check_source_owner ON exchange_check_source (owner_id)",
        "ALTER TABLE exchange_import ADD COLUMN owner_id INTEGER REFERENCES exchange_village (id)",
        """UPDATE exchange_import SET owner_id = (SELECT v.id FROM exchange_village v
            WHERE v.village_code = exchange_import.village_code)""",
        """ALTER TABLE exchange_export ADD COLUMN state TEXT NOT NULL DEFAULT 'selesai'
            CHECK (state IN ('dimulai', 'selesai', 'batal'))""",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v13_register_by_village(db: SqliteDatabase) -> None:
    """Issue 15. The register by village reaches each record from its village's sources by its
    record id and must know whether it is in Terhapus: with both in one index that lookup
    reads no table row (the middle of 300,000 records by village: 2.8 s, then 0.3 s)."""
    db.execute_sql("CREATE INDEX incident_by_record_state ON incident (record_id, deleted_at)")


def _v14_search_by_first_letters(db: SqliteDatabase) -> None:
    """Issue 15. The search index also holds each word's first one and two letters: a search
    of one or two letters then reads one list of records instead of merging the lists of every
    word that starts with them ('k' at 300,000 records: 75 ms to count, then 13 ms). FTS5
    fixes its prefixes when the table is made, so the index is made anew from the old one."""
    statements = [
        """CREATE VIRTUAL TABLE incident_fts_new USING fts5 (
            summary, notes, recruiter, company, destination,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')""",
        """INSERT INTO incident_fts_new (rowid, summary, notes, recruiter, company, destination)
            SELECT rowid, summary, notes, recruiter, company, destination FROM incident_fts""",
        "DROP TABLE incident_fts",
        "ALTER TABLE incident_fts_new RENAME TO incident_fts",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v15_register_village_counts(db: SqliteDatabase) -> None:
    """Issue 15. How many records of each village the register lists (Terhapus left out), so
    that the register by village reaches its middle by skipping whole villages instead of
    stepping through 150,000 records (0.25 s). Counted once here from what the office holds;
    kept since by ``storage.register_villages``."""
    statements = [
        """CREATE TABLE register_village (
            village_code TEXT PRIMARY KEY NOT NULL,
            records INTEGER NOT NULL)""",
        """INSERT INTO register_village (village_code, records)
            SELECT s.village_code, COUNT(*) FROM exchange_source s
            JOIN incident i ON i.record_id = s.record_id
            WHERE i.deleted_at IS NULL GROUP BY s.village_code""",
    ]
    for sql in statements:
        db.execute_sql(sql)


def _v16_search_index_of_terhapus(db: SqliteDatabase) -> None:
    """Issue 15. Terhapus gets a search index of its own: the log's index then holds only the
    log's records, and a search is counted without testing each match's state ('k' at
    300,000 records: 33 ms, 26 of them that test)."""
    deleted = "SELECT id FROM incident WHERE deleted_at IS NOT NULL"
    statements = [
        """CREATE VIRTUAL TABLE deleted_incident_fts USING fts5 (
            summary, notes, recruiter, company, destination,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')""",
        f"""INSERT INTO deleted_incident_fts (rowid, summary, notes, recruiter, company,
            destination) SELECT rowid, summary, notes, recruiter, company, destination
            FROM incident_fts WHERE rowid IN ({deleted})""",
        f"DELETE FROM incident_fts WHERE rowid IN ({deleted})",
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
    _v7_content_packs,
    _v8_office_at_scale,
    _v9_office_views,
    _v10_acknowledgments,
    _v11_socialisation,
    _v12_village_owners,
    _v13_register_by_village,
    _v14_search_by_first_letters,
    _v15_register_village_counts,
    _v16_search_index_of_terhapus,
]
SCHEMA_VERSION = len(STEPS)


@dataclass(frozen=True)
class MigrationResult:
    from_version: int
    to_version: int
    backup: BackupInfo | None


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(
    db: KeyedDatabase, path: Path, backups_dir: Path, newest: int | None = None
) -> MigrationResult:
    """Bring the database up to ``newest``: the app's SCHEMA_VERSION unless given (a fixture
    maker run again later stops at the schema it makes). Raises SchemaTooNew for a newer
    database."""
    newest = SCHEMA_VERSION if newest is None else newest
    current = schema_version(db)
    if current > newest:
        raise SchemaTooNew(path, current, newest)
    if current == newest:
        return MigrationResult(current, current, None)
    backup = None
    if current > 0:
        backup = create_backup(
            db.connection(), backups_dir, f"sebelum-migrasi-v{current}", key=db.key
        )
    for version in range(current + 1, newest + 1):
        with db.atomic():
            STEPS[version - 1](db)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
    return MigrationResult(current, newest, backup)
