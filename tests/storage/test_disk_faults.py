"""A full, locked or failing disk is never taken for damage, and nothing healthy is set aside,
overwritten or recreated (issue 14: a full disk at start-up emptied a village)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.domain.errors import (
    BackupFailed,
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseUnavailable,
    DiskProblem,
    RestoreFailed,
    StorageFailed,
)
from desktop.paths import DataPaths
from desktop.storage import audit, backup, incidents, keystore, settings
from desktop.storage.db import connect
from desktop.storage.installation import Installation
from desktop.storage.keystore import TEST_KDF
from tests.disks import fill, small_disk
from tests.keys import TEST_KEY

RECORDS = 120


def _village(paths: DataPaths) -> Installation:
    """A protected village with records and a backup, closed."""
    keystore.write_key_file(paths, TEST_KEY, "kebun kopi di bukit", kdf=TEST_KDF)
    inst = Installation(paths, TEST_KEY, new=True)
    inst.open()
    incidents.add_demo_records(RECORDS)
    inst.backup_now("manual")
    inst.close()
    return inst


def _count(paths: DataPaths) -> int:
    conn = connect(paths.database, TEST_KEY, read_only=True)
    try:
        return conn.execute("SELECT count(*) FROM incident").fetchone()[0]
    finally:
        conn.close()


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def disk(tmp_path: Path):
    with small_disk(tmp_path / "disk", 24) as mounted:
        yield mounted


def test_a_full_disk_at_start_is_said_and_nothing_is_set_aside_or_recreated(disk):
    paths = DataPaths.resolve(disk / "data")
    inst = _village(paths)
    before = paths.database.read_bytes()
    filler = fill(disk)
    with pytest.raises(DatabaseUnavailable) as caught:
        inst.open()
    error = caught.value
    assert error.problem is DiskProblem.FULL
    assert error.free_bytes is not None and error.free_bytes < error.needed_bytes
    assert paths.database.read_bytes() == before
    assert not [n for n in _files(paths.root) if n.startswith("rusak-")]
    # A restore is not even possible (nothing may be written): the healthy database stays.
    good = inst.newest_good_backup()
    with pytest.raises((DatabaseUnavailable, BackupFailed, RestoreFailed)):
        backup.restore_backup(good.path, paths.database, paths.backups, TEST_KEY)
    assert paths.database.read_bytes() == before
    filler.unlink()
    inst.open()
    try:
        assert _count(paths) == RECORDS
    finally:
        inst.close()


def test_restoring_over_damage_on_a_full_disk_leaves_the_damaged_file_in_place(disk):
    """The copy of the backup fails for lack of space: the damaged file is neither renamed
    nor touched, and the error says the data was not changed (it was not)."""
    paths = DataPaths.resolve(disk / "data")
    inst = _village(paths)
    good = inst.newest_good_backup()
    damaged = b"\x00rusak" * 40000
    paths.database.write_bytes(damaged)
    backup.remove_sidecars(paths.database)
    filler = fill(disk, leave=64 * 1024)
    with pytest.raises(RestoreFailed) as caught:
        backup.restore_backup(good.path, paths.database, paths.backups, TEST_KEY)
    assert caught.value.problem is DiskProblem.FULL
    assert paths.database.read_bytes() == damaged
    assert not [n for n in _files(paths.root) if n.startswith("rusak-") or "pulihkan" in n]
    filler.unlink()
    backup.restore_backup(good.path, paths.database, paths.backups, TEST_KEY)
    assert _count(paths) == RECORDS
    aside = [p for p in paths.root.iterdir() if p.name.startswith("rusak-")]
    assert [p.read_bytes() for p in aside] == [damaged]


def test_a_failing_final_rename_puts_the_damaged_file_back(installation, monkeypatch):
    good = installation.backup_now("manual")
    installation.close()
    db = installation.paths.database
    damaged = b"\x00rusak" * 4096
    db.write_bytes(damaged)
    backup.remove_sidecars(db)
    real = os.replace

    def replace(src, dst):
        if str(src).endswith(backup.STAGED_RESTORE):
            raise OSError(5, "Input/output error")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(RestoreFailed):
        backup.restore_backup(good.path, db, installation.paths.backups, TEST_KEY)
    assert db.read_bytes() == damaged
    assert not list(db.parent.glob("rusak-*")) and not list(db.parent.glob("*.pulihkan"))


def test_a_database_another_program_holds_is_in_use_not_damaged(installation):
    installation.close()
    holder = connect(installation.paths.database, TEST_KEY)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("COMMIT")
        with pytest.raises(DatabaseUnavailable) as caught:
            installation.open()
        assert caught.value.problem is DiskProblem.IN_USE
    finally:
        holder.close()
    installation.open()


def test_an_unreadable_folder_is_not_damage(installation, monkeypatch):
    installation.close()

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "stat", denied)
    with pytest.raises(DatabaseUnavailable) as caught:
        from desktop.storage.db import check_integrity

        check_integrity(installation.paths.database, TEST_KEY)
    assert caught.value.problem is DiskProblem.READ_ONLY


def test_only_real_damage_is_damage(installation):
    installation.close()
    db = installation.paths.database
    db.write_bytes(db.read_bytes()[:4096] + b"\x00" * 8192)
    backup.remove_sidecars(db)
    with pytest.raises(DatabaseDamaged):
        installation.open()


def test_a_missing_database_beside_its_key_file_is_never_recreated(paths):
    _village(paths)
    paths.database.unlink()
    with pytest.raises(DatabaseMissing):
        Installation(paths, TEST_KEY).open()
    assert not paths.database.exists()
    paths.database.write_bytes(b"")  # an emptied file is no better
    with pytest.raises(DatabaseMissing):
        Installation(paths, TEST_KEY).open()
    assert paths.database.stat().st_size == 0


def test_a_missing_database_can_be_restored_from_its_backup(paths):
    inst = _village(paths)
    good = inst.newest_good_backup()
    paths.database.unlink()
    inst.restore(good.path)
    try:
        assert _count(paths) == RECORDS
    finally:
        inst.close()


def test_saving_on_a_full_disk_fails_cleanly_and_saves_nothing(disk):
    paths = DataPaths.resolve(disk / "data")
    _village(paths)
    inst = Installation(paths, TEST_KEY)
    inst.open(take_daily_backup=False)
    try:
        settings.INCIDENT_AUTHOR.set("ada")
        filler = fill(disk)
        with pytest.raises(StorageFailed) as caught:
            for _ in range(50):  # until the write-ahead log needs a new block
                incidents.add_demo_records(20)
        assert caught.value.problem is DiskProblem.FULL
        # Reading still works, and recording an unlock does not stop it.
        audit.record_event(audit.AuditKind.UNLOCKED, {"via": "uji"})
        assert settings.INCIDENT_AUTHOR.get() == "ada"
        filler.unlink()
        settings.OFFICER.set("ada")
        assert audit.flush_pending() == 0
    finally:
        inst.close()
    inst.open()
    try:
        kinds = [e.kind for e in audit.list_events()]
        assert audit.AuditKind.UNLOCKED.value in kinds
    finally:
        inst.close()


def _damage_a_late_page(path: Path) -> None:
    """Damage deep in the file: the database opens, only the full check finds it."""
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 100 : middle + 200] = b"\x00" * 100
    path.write_bytes(bytes(data))


def test_until_the_background_check_passes_saves_wait_and_after_damage_none_is_written(paths):
    inst = _village(paths)
    _damage_a_late_page(paths.database)
    before = paths.database.read_bytes()
    inst.open(take_daily_backup=False, check_now=False)  # the window's way: opens at once
    try:
        assert inst.check_pending
        assert incidents.record_counts()[0] > 0  # reading is never held
        audit.record_event(audit.AuditKind.UNLOCKED, {"via": "uji"})  # waits, does not block
        with pytest.raises(DatabaseDamaged):
            inst.finish_check()
        with pytest.raises(DatabaseDamaged):
            settings.OFFICER.set("tidak boleh")
        assert audit.flush_pending() == 1  # never written into damaged data
    finally:
        inst.close()
    assert paths.database.read_bytes() == before


def test_a_save_made_while_the_check_runs_waits_for_it(paths):
    import threading

    inst = _village(paths)
    inst.open(take_daily_backup=False, check_now=False)
    try:
        done = threading.Event()

        def save() -> None:
            from desktop.storage.db import database

            database.connect()
            try:
                settings.INCIDENT_AUTHOR.set("ya")
            finally:
                database.close()
            done.set()

        saver = threading.Thread(target=save)
        saver.start()
        assert not done.wait(0.3)  # held at the gate
        inst.finish_check()
        assert done.wait(10)
        saver.join()
        assert settings.INCIDENT_AUTHOR.get() == "ya"
    finally:
        inst.close()
