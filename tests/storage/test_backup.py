"""Backups through the SQLite backup API, rotation, the daily rule, and restore."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import BackupFailed, BackupUnusable
from desktop.domain.profile import VillageProfile
from desktop.storage import backup, profile_store
from desktop.storage.db import UNPROTECTED, connect, is_plain_sqlite
from desktop.storage.installation import Installation
from tests.keys import TEST_KEY
from tests.profiles import kungkai


def _profile(head: str) -> VillageProfile:
    return kungkai(head_name=head)


def test_opening_takes_one_daily_backup_per_day(installation):
    daily = [b for b in installation.backups() if b.reason == backup.DAILY]
    assert len(daily) == 1
    installation.close()
    installation.open()
    assert len([b for b in installation.backups() if b.reason == backup.DAILY]) == 1


def test_backup_is_a_consistent_copy_including_uncheckpointed_wal(installation):
    profile_store.save_profile(_profile("Hasan Basri"))
    info = installation.backup_now()
    assert not is_plain_sqlite(info.path)  # encrypted like the database itself
    conn = connect(info.path, TEST_KEY)
    head = conn.execute("SELECT head_name FROM village_profile").fetchone()[0]
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    assert head == "Hasan Basri"
    assert mode == "delete"  # a backup is one self-contained file
    assert not Path(str(info.path) + "-wal").exists()


def test_daily_backups_keep_the_last_14(installation, tmp_path):
    folder = tmp_path / "rot"
    conn = connect(installation.paths.database, TEST_KEY)
    start = datetime(2026, 1, 1, 8, 0)
    for day in range(20):
        backup.create_backup(
            conn, folder, backup.DAILY, key=TEST_KEY, now=start + timedelta(days=day)
        )
    backup.create_backup(conn, folder, "manual", key=TEST_KEY, now=start)
    conn.close()
    kept = backup.list_backups(folder)
    daily = [b for b in kept if b.reason == backup.DAILY]
    assert len(daily) == 14
    assert daily[0].taken_at == start + timedelta(days=19)
    assert daily[-1].taken_at == start + timedelta(days=6)
    assert any(b.reason == "manual" for b in kept)


def test_backup_due_only_when_no_daily_backup_today(installation):
    folder = installation.paths.backups
    assert not backup.backup_due(folder)
    assert backup.backup_due(folder, datetime.now() + timedelta(days=1))


def test_backup_into_an_unwritable_place_fails_cleanly(installation, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    conn = connect(installation.paths.database, TEST_KEY)
    with pytest.raises(BackupFailed):
        backup.create_backup(conn, blocker / "cadangan", key=TEST_KEY)
    conn.close()


def test_failed_daily_backup_does_not_stop_the_app(paths, monkeypatch):
    def full_disk(*args, **kwargs):
        raise BackupFailed(paths.backups, "No space left on device")

    monkeypatch.setattr(backup, "take_daily", full_disk)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        assert isinstance(inst.backup_error, BackupFailed)
        assert profile_store.load_profile() is None
    finally:
        inst.close()


def test_restore_brings_back_old_data_and_keeps_the_current_as_a_backup(installation):
    profile_store.save_profile(_profile("Kepala Lama"))
    old = installation.backup_now()
    profile_store.save_profile(_profile("Kepala Baru"))
    installation.restore(old.path)
    assert profile_store.load_profile().head_name == "Kepala Lama"
    before_restore = [b for b in installation.backups() if b.reason == "sebelum-pulihkan"]
    assert len(before_restore) == 1
    conn = connect(before_restore[0].path, TEST_KEY)
    assert conn.execute("SELECT head_name FROM village_profile").fetchone()[0] == "Kepala Baru"
    conn.close()


def test_restore_refuses_a_file_that_is_not_a_backup(installation, tmp_path):
    profile_store.save_profile(_profile("Hasan Basri"))
    junk = tmp_path / "siaga-foto.sqlite3"
    junk.write_bytes(b"JPEG" * 1000)
    with pytest.raises(BackupUnusable):
        installation.restore(junk)
    other = tmp_path / "other.sqlite3"
    plain = connect(other, UNPROTECTED)
    plain.execute("CREATE TABLE t (x)")
    plain.close()
    with pytest.raises(BackupUnusable):
        installation.restore(other)
    assert profile_store.load_profile().head_name == "Hasan Basri"


def test_damaged_database_is_set_aside_not_deleted_when_restoring(installation):
    profile_store.save_profile(_profile("Hasan Basri"))
    good = installation.backup_now()
    installation.close()
    db_path = installation.paths.database
    db_path.write_bytes(b"\x00garbage" * 512)
    backup.restore_backup(good.path, db_path, installation.paths.backups, TEST_KEY)
    aside = list(db_path.parent.glob("rusak-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == b"\x00garbage" * 512
    installation.open()
    assert profile_store.load_profile().head_name == "Hasan Basri"


def test_newest_good_backup_skips_damaged_ones(installation):
    good = installation.backup_now("manual")
    newer = installation.paths.backups / "siaga-29991231-235959-000000-manual.sqlite3"
    newer.write_bytes(b"broken")
    assert installation.newest_good_backup().path == good.path


def test_the_window_opens_without_the_backup_and_takes_it_later(paths):
    first = Installation(paths, TEST_KEY)
    first.open(take_daily_backup=False)
    assert first.backups() == []
    assert first.daily_backup() is not None  # what the window runs on a worker thread
    assert first.daily_backup() is None  # once a day
    first.close()
