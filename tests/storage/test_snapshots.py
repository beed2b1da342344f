"""Daily backups as page snapshots: unchanged pages are stored once, a snapshot is the database
exactly as of one moment even while it is being written, and a restore checks every page
(issue 14: fourteen daily copies of a 100,000-record database took 6.8 GB)."""

from __future__ import annotations

import errno
import os
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.domain.errors import BackupFailed, BackupUnusable
from desktop.storage import backup, incidents, settings, snapshots
from desktop.storage.db import connect
from tests.disks import FailingWrites
from tests.keys import TEST_KEY

START = datetime(2026, 3, 1, 8, 0)


@pytest.fixture(autouse=True)
def no_backups_yet(installation):
    """Without the daily backup the installation took when it was opened."""
    import shutil

    shutil.rmtree(installation.paths.backups)
    installation.paths.backups.mkdir()


def _packs(folder: Path) -> list[Path]:
    return sorted((folder / snapshots.PACKS).glob(f"*{snapshots.PACK_SUFFIX}"))


def _daily(installation, day: int) -> backup.BackupInfo:
    return backup.take_daily(
        installation.paths.database,
        installation.paths.backups,
        key=TEST_KEY,
        now=START + timedelta(days=day),
    )


def _restored_count(info, tmp_path: Path) -> int:
    """Records in the database the backup brings back (restored beside, not over), which
    must pass SQLite's integrity check."""
    copy = tmp_path / f"kembali-{info.path.stem}.sqlite3"
    backup.restore_backup(info.path, copy, tmp_path / "cadangan-lain", TEST_KEY)
    conn = connect(copy, TEST_KEY, read_only=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM incident").fetchone()[0]
    finally:
        conn.close()


def test_a_day_of_small_changes_stores_only_the_pages_that_changed(installation, tmp_path):
    incidents.add_demo_records(400)
    first = _daily(installation, 0)
    size = installation.paths.database.stat().st_size
    assert first.size == size
    assert sum(p.stat().st_size for p in _packs(installation.paths.backups)) == size
    settings.INCIDENT_AUTHOR.set("satu perubahan kecil")
    second = snapshots.read_snapshot(_daily(installation, 1).path)
    own = [i for i, name in enumerate(second.packs) if name.startswith(second.path.stem)]
    changed = sum(1 for index, _, _ in second.entries if index in own)
    assert 0 < changed <= 8  # a few pages of one table and its index, not the database
    assert len(_packs(installation.paths.backups)) == 2


def test_every_snapshot_restores_the_database_as_it_was_that_day(installation, tmp_path):
    counts = []
    for day in range(3):
        incidents.add_demo_records(50)
        counts.append(incidents.record_counts())
        _daily(installation, day)
    infos = [b for b in installation.backups() if backup.is_snapshot(b.path)]
    assert len(infos) == 3
    restored = []
    for info in reversed(infos):  # oldest first
        copy = tmp_path / f"{info.path.stem}.sqlite3"
        backup.restore_backup(info.path, copy, tmp_path / "lain", TEST_KEY)
        conn = connect(copy, TEST_KEY, read_only=True)
        restored.append(conn.execute("SELECT count(*) FROM incident").fetchone()[0])
        conn.close()
    assert restored == [c[0] + c[1] for c in counts]


def test_a_snapshot_taken_while_the_window_saves_is_consistent(installation, tmp_path):
    incidents.add_demo_records(300)
    stop = threading.Event()
    saved = []

    def keep_saving() -> None:
        from desktop.storage.db import database

        database.connect()
        try:
            while not stop.is_set():
                incidents.add_demo_records(5)
                saved.append(1)
        finally:
            database.close()

    writer = threading.Thread(target=keep_saving)
    writer.start()
    try:
        infos = []
        for day in range(8):
            time.sleep(0.03)
            infos.append(_daily(installation, day))
    finally:
        stop.set()
        writer.join()
    assert saved
    restored = [_restored_count(info, tmp_path) for info in infos]
    # Each one whole: every save of five records is in it entirely or not at all.
    assert restored == sorted(restored)
    assert all((n - 300) % 5 == 0 for n in restored), restored


def test_fourteen_are_kept_and_packs_no_snapshot_needs_are_deleted(installation):
    folder = installation.paths.backups
    for day in range(18):
        incidents.add_demo_records(20)
        _daily(installation, day)
        for pack in _packs(folder):
            os.utime(pack, (0, 0))  # made days ago
    daily = [b for b in installation.backups() if b.reason == backup.DAILY]
    assert len(daily) == 14
    listed = set()
    for info in daily:
        listed.update(snapshots.read_snapshot(info.path).packs)
    assert {p.name for p in _packs(folder)} == listed


def test_a_damaged_page_is_found_and_the_backup_refused(installation, tmp_path):
    incidents.add_demo_records(100)
    info = _daily(installation, 0)
    pack = _packs(installation.paths.backups)[0]
    data = bytearray(pack.read_bytes())
    data[5000] ^= 0xFF
    pack.write_bytes(bytes(data))
    installation.close()
    before = installation.paths.database.read_bytes()
    assert backup.newest_good_backup(installation.paths.backups, TEST_KEY) is None
    with pytest.raises(BackupUnusable):
        backup.restore_backup(
            info.path, installation.paths.database, installation.paths.backups, TEST_KEY
        )
    assert installation.paths.database.read_bytes() == before
    assert not [p for p in installation.paths.root.iterdir() if "pulihkan" in p.name]


@pytest.mark.parametrize("nth", [1, 2, 5])
def test_a_snapshot_cut_off_at_any_write_leaves_nothing_and_the_others_intact(
    installation, monkeypatch, nth
):
    incidents.add_demo_records(800)  # a pack of several megabytes: written in pieces
    first = _daily(installation, 0)
    incidents.add_demo_records(800)
    before = sorted(p.name for p in installation.paths.backups.rglob("*"))
    FailingWrites(monkeypatch, nth, errno.ENOSPC)
    with pytest.raises(BackupFailed) as caught:
        _daily(installation, 1)
    monkeypatch.undo()
    assert caught.value.problem is not None and caught.value.problem.name == "FULL"
    assert sorted(p.name for p in installation.paths.backups.rglob("*")) == before
    backup.verify_backup(first.path, TEST_KEY, thorough=True)


def test_restore_from_a_snapshot_through_the_installation(installation):
    settings.INCIDENT_AUTHOR.set("lama")
    info = installation.backup_now(backup.DAILY)
    assert backup.is_snapshot(info.path)
    settings.INCIDENT_AUTHOR.set("baru")
    installation.restore(info.path)
    assert settings.INCIDENT_AUTHOR.get() == "lama"
