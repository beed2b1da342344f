"""Encryption at rest: the key file, wrong passphrases, the recovery key, encrypting an earlier
version's data, and that no personal data is left readable in any file of the data folder."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.errors import (
    BackupUnusable,
    ConversionFailed,
    DatabaseLocked,
    UnlockPaused,
    WrongPassphrase,
    WrongRecoveryKey,
)
from desktop.domain.incident import Incident, Person, PersonIdentity, ReportType
from desktop.domain.modus import Modus
from desktop.domain.security import AuditKind, RecoveryKeyInvalid
from desktop.paths import KEY_FILE_NAME, DataPaths
from desktop.storage import audit, backup, incidents, keystore, profile_store, settings
from desktop.storage.db import UNPROTECTED, connect, is_plain_sqlite
from desktop.storage.installation import Installation, Protection, protection_of
from desktop.storage.keystore import TEST_KDF
from tests.keys import TEST_KEY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PASSPHRASE = "kebun kopi di bukit"
NAME = "Zzyxqwerty Unikname"


def protect(paths: DataPaths, passphrase: str = PASSPHRASE) -> keystore.NewProtection:
    return keystore.new_protection(paths, passphrase, kdf=TEST_KDF)


def test_the_passphrase_opens_the_key_file_and_nothing_else_does(paths):
    made = protect(paths)
    assert keystore.unlock(paths, PASSPHRASE) == made.key
    with pytest.raises(WrongPassphrase) as wrong:
        keystore.unlock(paths, "kebun kopi di bukit ")
    assert wrong.value.failures == 1 and wrong.value.wait_seconds == 0
    text = keystore.key_file_path(paths).read_text()
    assert PASSPHRASE not in text and made.key.raw.hex() not in text


def test_wrong_passphrases_are_slowed_down_and_reported_at_the_next_unlock(paths):
    protect(paths)
    start = 1_000_000.0
    for n in range(1, 4):
        with pytest.raises(WrongPassphrase) as wrong:
            keystore.unlock(paths, f"salah {n}", now=start)
    assert wrong.value.failures == 3 and wrong.value.wait_seconds == 5
    # During the pause even the right passphrase is not tried.
    with pytest.raises(UnlockPaused) as paused:
        keystore.unlock(paths, PASSPHRASE, now=start + 2)
    assert paused.value.wait_seconds == 3
    with pytest.raises(WrongPassphrase) as fourth:
        keystore.unlock(paths, "salah 4", now=start + 6)
    assert fourth.value.wait_seconds == 10  # each wrong try doubles the pause
    assert keystore.unlock(paths, PASSPHRASE, now=start + 17)
    assert len(keystore.take_failed_tries(paths)) == 4
    assert keystore.failed_tries(paths).count == 0


def test_a_wrong_passphrase_is_not_damage_and_changes_nothing(paths):
    made = protect(paths)
    inst = Installation(paths, made.key, new=True)
    inst.open()
    settings.RECEIPTS_POSTED.set(1)
    inst.close()
    before = paths.database.read_bytes()
    with pytest.raises(WrongPassphrase):
        keystore.unlock(paths, "bukan kata sandinya")
    assert paths.database.read_bytes() == before
    assert protection_of(paths) is Protection.LOCKED


def test_the_recovery_key_sets_a_new_passphrase(paths):
    made = protect(paths)
    inst = Installation(paths, made.key, new=True)
    inst.open()
    settings.INCIDENT_AUTHOR.set("tetap ada")
    inst.close()
    # Typed carelessly: small letters, spaces instead of dashes, O for zero.
    typed = made.recovery_key.lower().replace("-", " ").replace("0", "o")
    key = keystore.key_from_recovery(paths, typed)
    assert key == made.key
    keystore.write_key_file(paths, key, "pagi cerah di sawah", kdf=TEST_KDF)
    with pytest.raises(WrongPassphrase):
        keystore.unlock(paths, PASSPHRASE)
    again = Installation(paths, keystore.unlock(paths, "pagi cerah di sawah"))
    again.open()
    try:
        assert settings.INCIDENT_AUTHOR.get() == "tetap ada"
    finally:
        again.close()


def test_a_recovery_key_of_other_data_or_a_mistyped_one_is_refused(paths, tmp_path):
    protect(paths)
    other = keystore.make_recovery()
    with pytest.raises(WrongRecoveryKey):
        keystore.key_from_recovery(paths, other.recovery_key)
    with pytest.raises(RecoveryKeyInvalid):
        keystore.key_from_recovery(paths, "ABCD-EFGH")


def test_a_lost_key_file_is_repaired_with_the_recovery_key(paths):
    made = protect(paths)
    inst = Installation(paths, made.key, new=True)
    inst.open()
    settings.INCIDENT_AUTHOR.set("y")
    inst.close()
    keystore.key_file_path(paths).unlink()
    assert protection_of(paths) is Protection.KEY_FILE_MISSING
    key = keystore.key_from_recovery(paths, made.recovery_key)
    inst = Installation(paths, key)
    inst.open()
    try:
        assert settings.INCIDENT_AUTHOR.get() == "y"
    finally:
        inst.close()


def test_unprotected_is_refused_where_a_key_file_is(paths):
    protect(paths)
    with pytest.raises(DatabaseLocked):
        Installation(paths, UNPROTECTED).open()
    assert not paths.database.exists()


def _old_version_folder(tmp_path: Path) -> DataPaths:
    """A data folder as version 0.1 left it: unencrypted database and backups."""
    paths = DataPaths.resolve(tmp_path / "lama")
    paths.ensure()
    shutil.copy(FIXTURES / "schema_v1.sqlite3", paths.database)
    shutil.copy(
        FIXTURES / "schema_v1.sqlite3",
        paths.backups / "siaga-20260101-080000-000000-harian.sqlite3",
    )
    return paths


def _readable_anywhere(root: Path, text: str) -> list[str]:
    """Files under ``root`` whose raw bytes hold ``text`` (UTF-8 or UTF-16), case ignored."""
    needles = [text.encode("utf-8"), text.encode("utf-16-le")]
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            if any(n.lower() in data for n in needles):
                found.append(str(path.relative_to(root)))
    return found


def test_an_earlier_versions_data_is_encrypted_with_its_backups(tmp_path):
    paths = _old_version_folder(tmp_path)
    assert protection_of(paths) is Protection.UNENCRYPTED
    assert _readable_anywhere(paths.root, "Hasan Basri")  # readable before
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        assert profile_store.load_profile().head_name == "Hasan Basri"
        assert inst.conversion is not None and inst.conversion.backups_encrypted == 2
        kinds = [e.kind for e in audit.list_events()]
        assert AuditKind.DATABASE_CONVERTED.value in kinds
        reasons = {b.reason for b in inst.backups()}
        assert {"sebelum-enkripsi", "harian"} <= reasons
        assert all(not is_plain_sqlite(b.path) for b in inst.backups())
    finally:
        inst.close()
    assert not is_plain_sqlite(paths.database)
    assert _readable_anywhere(paths.root, "Hasan Basri") == []
    # The backup from before the encryption still restores, encrypted.
    inst.open()
    try:
        first = next(b for b in inst.backups() if b.reason == "sebelum-enkripsi")
        inst.restore(first.path)
        assert profile_store.load_profile().head_name == "Hasan Basri"
    finally:
        inst.close()


def test_a_failed_encryption_leaves_the_earlier_data_in_place(tmp_path, monkeypatch):
    paths = _old_version_folder(tmp_path)

    def broken(*args, **kwargs):
        raise backup.BackupFailed(paths.database, "disk full")

    monkeypatch.setattr(backup, "export_copy", broken)
    with pytest.raises(ConversionFailed):
        Installation(paths, TEST_KEY).open()
    assert is_plain_sqlite(paths.database)
    conn = connect(paths.database, UNPROTECTED)
    try:
        assert conn.execute("SELECT head_name FROM village_profile").fetchone()[0] == "Hasan Basri"
    finally:
        conn.close()
    assert not list(paths.root.glob("*.enkripsi*"))


def test_a_backup_of_other_data_cannot_be_restored(installation, tmp_path):
    other = DataPaths.resolve(tmp_path / "lain")
    key = keystore.make_recovery().key
    inst_other = Installation(other, key)
    installation.close()
    inst_other.open()
    made = inst_other.backup_now("manual")
    inst_other.close()
    installation.open()
    with pytest.raises(BackupUnusable):
        installation.verify_backup(made.path)


def test_the_audit_trail_cannot_be_changed(installation):
    audit.record_event(AuditKind.EXPORTED, {"export": "x", "to": "E:/"})
    with pytest.raises(Exception, match="append-only"):
        installation.db.execute_sql("UPDATE audit_event SET kind = 'x'")
    with pytest.raises(Exception, match="append-only"):
        installation.db.execute_sql("DELETE FROM audit_event")
    assert audit.count_events() == 1


def test_a_known_name_is_in_no_file_of_the_data_folder(installation, tmp_path):
    """Database, its WAL, backups, drafts, logs, the outbox, and the export on the flash
    drive: the name and the NIK are nowhere in the bytes."""
    import logging

    from desktop.logs import configure_logging

    paths = installation.paths
    log_file = configure_logging(paths)
    try:
        person = Person(identity=PersonIdentity(name=NAME, nik="1502020101800001", phone=""))
        incidents.save_incident(
            Incident(
                report_type=ReportType.SUSPICIOUS_OFFER,
                reported_on=date(2026, 5, 1),
                modus=Modus.NON_PROCEDURAL_JOB,
                summary=f"Tawaran kerja untuk {NAME}",
                people=(person,),
            ),
            author_name="Sekdes",
        )
        profile_store.save_draft("incident-new", {"summary": NAME, "name": NAME})
        installation.backup_now("manual")
        # An export with identities, to a flash drive and into the outbox of the data folder.
        import nacl.public

        from desktop.exchange.export import export_to_folder
        from desktop.storage import exchange_keys
        from tests.ui.helpers import KUNGKAI

        profile_store.save_profile(KUNGKAI)
        office = nacl.public.PrivateKey.generate()
        exchange_keys.save_office_key("Kantor Imigrasi Kerinci", bytes(office.public_key))
        usb = tmp_path / "flashdisk"
        usb.mkdir()
        made = export_to_folder(
            usb, identities_reason="Diminta Polres", outbox=paths.root / "kotak-keluar"
        )
        assert made.entry.body_path and made.path.stat().st_size > 0
        logging.getLogger("desktop").info("saved the incident")
        wal = Path(str(paths.database) + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the WAL is really there to be read
        assert log_file is not None and log_file.exists()
        for folder in (paths.root, usb):
            assert _readable_anywhere(folder, NAME) == []
            assert _readable_anywhere(folder, "1502020101800001") == []
    finally:
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", "").startswith(str(paths.root)):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_the_key_file_constants_are_libsodiums():
    """keystore spells libsodium's sizes out so that importing it does not load libsodium."""
    import nacl.pwhash
    import nacl.secret

    assert keystore.SALT_BYTES == nacl.pwhash.argon2id.SALTBYTES
    assert keystore.KEY_BYTES == nacl.secret.SecretBox.KEY_SIZE
    assert TEST_KDF.opslimit == nacl.pwhash.argon2id.OPSLIMIT_MIN
    assert TEST_KDF.memlimit >= nacl.pwhash.argon2id.MEMLIMIT_MIN


def test_the_pause_lives_in_the_key_file_so_deleting_other_files_resets_nothing(paths):
    made = protect(paths)
    start = 1_000_000.0
    for n in range(3):
        with pytest.raises(WrongPassphrase):
            keystore.unlock(paths, f"salah {n}", now=start)
    for path in paths.root.iterdir():
        if path.is_file() and path.name != KEY_FILE_NAME:
            path.unlink()
    (paths.root / keystore.OLD_FAILURES_FILE_NAME).write_text('{"count": 0}')
    with pytest.raises(UnlockPaused):
        keystore.unlock(paths, PASSPHRASE, now=start + 1)
    assert keystore.failed_tries(paths).count == 3
    assert keystore.unlock(paths, PASSPHRASE, now=start + 6) == made.key
    assert len(keystore.take_failed_tries(paths)) == 3
    assert not (paths.root / keystore.OLD_FAILURES_FILE_NAME).exists()


TRY_AT_ONCE = """
import sys, time
from pathlib import Path
from desktop.domain.errors import UnlockPaused, WrongPassphrase
from desktop.paths import DataPaths
from desktop.storage import keystore
paths = DataPaths.resolve(sys.argv[1])
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
try:
    keystore.unlock(paths, "bukan ini " + sys.argv[3])
except WrongPassphrase as exc:
    print("salah", exc.failures)
except UnlockPaused:
    print("jeda")
"""


def test_wrong_tries_at_the_same_moment_from_several_processes_are_all_counted(paths, tmp_path):
    import subprocess
    import sys
    import time

    protect(paths)
    go = tmp_path / "mulai"
    root = Path(__file__).resolve().parents[2]
    children = [
        subprocess.Popen(
            [sys.executable, "-c", TRY_AT_ONCE, str(paths.root), str(go), str(n)],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(6)
    ]
    time.sleep(1.5)  # every child is waiting at the start line
    go.touch()
    answers = sorted(child.communicate(timeout=60)[0].strip() for child in children)
    # One after another: the first three are tried and counted 1, 2, 3; the others meet the
    # pause that the third started and are not even tried.
    assert answers == ["jeda", "jeda", "jeda", "salah 1", "salah 2", "salah 3"]
    assert keystore.failed_tries(paths).count == 3


def test_new_key_files_get_the_stronger_cost_and_older_ones_keep_opening(paths, tmp_path):
    import json

    older = DataPaths.resolve(tmp_path / "lama")
    made = keystore.new_protection(older, PASSPHRASE, kdf=keystore.KdfParams(3, 64 * 1024 * 1024))
    assert keystore.unlock(older, PASSPHRASE) == made.key
    new = keystore.new_protection(paths, PASSPHRASE)
    stored = json.loads(keystore.key_file_path(paths).read_text())["passphrase"]
    assert (stored["opslimit"], stored["memlimit"]) == (2, 256 * 1024 * 1024)
    assert keystore.unlock(paths, PASSPHRASE) == new.key
