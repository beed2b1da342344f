"""Opening, integrity, migrations and the fixture database of every released schema."""

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.errors import DatabaseDamaged, SchemaTooNew
from desktop.paths import DataPaths
from desktop.storage import profile_store, settings
from desktop.storage.backup import list_backups
from desktop.storage.db import connect, is_plain_sqlite
from desktop.storage.installation import Installation
from desktop.storage.migrations import SCHEMA_VERSION, schema_version
from tests.keys import TEST_KEY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_versions() -> list[int]:
    found = (re.fullmatch(r"schema_v(\d+)\.sqlite3", p.name) for p in FIXTURES.iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def test_new_database_is_at_current_schema_with_wal_and_foreign_keys(installation):
    db = installation.db
    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_the_database_counts_as_closed_before_one_was_ever_opened(monkeypatch):
    """The About box asks before showing the content's dates; in a process that has opened no
    database yet (the proxy bound to nothing) the question raised instead of answering no."""
    from desktop.storage import db

    monkeypatch.setattr(db.database, "obj", None)
    assert db.is_open() is False


def test_the_database_counts_as_open_while_it_is_and_closed_after(paths):
    from desktop.storage.db import is_open

    inst = Installation(paths, TEST_KEY)
    inst.open()
    assert is_open()
    inst.close()
    assert not is_open()


def test_every_released_schema_has_a_fixture():
    """Adding a migration means releasing a schema: keep a fixture of it (see tests/fixtures)."""
    assert fixture_versions() == list(range(1, SCHEMA_VERSION + 1))


def test_a_fixture_maker_run_again_later_makes_its_own_schema(tmp_path):
    """A maker upgrades the previous fixture to the schema it makes, not to the newest: run
    again once later migrations exist, it still makes the fixture it was written for."""
    from tests.fixtures.make_village_owners_fixture import main

    main(11, 12, tmp_path)
    made = connect(tmp_path / "schema_v12.sqlite3", TEST_KEY, read_only=True)
    try:
        assert made.execute("PRAGMA user_version").fetchone()[0] == 12
        codes = made.execute("SELECT old_code, new_code FROM exchange_village_code").fetchall()
        assert codes == [("15.02.02.2099", "15.02.02.2001")]
    finally:
        made.close()


@pytest.mark.parametrize("version", fixture_versions())
def test_fixture_of_each_released_schema_upgrades_and_keeps_its_data(tmp_path, version):
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / f"schema_v{version}.sqlite3", paths.database)
    # Fixtures up to v4 are unencrypted, as those versions wrote them; from v5 on (encryption)
    # a fixture is encrypted with the tests' key.
    unencrypted = is_plain_sqlite(paths.database)
    assert unencrypted == (version < 5)
    inst = Installation(paths, TEST_KEY)
    inst.open()
    try:
        # An earlier version's unencrypted database is encrypted on opening with a key, and
        # every backup with it.
        assert (inst.conversion is not None) == unencrypted
        assert not is_plain_sqlite(paths.database)
        assert all(not is_plain_sqlite(b.path) for b in list_backups(paths.backups))
        assert schema_version(inst.db) == SCHEMA_VERSION
        profile = profile_store.load_profile()
        assert profile is not None
        assert (profile.village_code, profile.head_name) == ("15.02.02.2004", "Hasan Basri")
        assert settings.TEXT_SIZE.get() == "besar"
        reasons = {b.reason for b in list_backups(paths.backups)}
        assert ("sebelum-enkripsi" in reasons) == unencrypted
        if version < SCHEMA_VERSION:
            assert f"sebelum-migrasi-v{version}" in reasons
    finally:
        inst.close()


def test_a_failing_migration_step_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    from desktop.storage import migrations

    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    shutil.copy(FIXTURES / "schema_v1.sqlite3", paths.database)

    def broken(db):
        db.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("disk unplugged")

    released = len(migrations.STEPS)
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS) + 1)
    with pytest.raises(RuntimeError):
        Installation(paths, TEST_KEY).open()
    conn = connect(paths.database, TEST_KEY)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert "half_done" not in tables
    assert version == released  # the steps before the broken one each committed on their own
    assert any(b.reason == "sebelum-migrasi-v1" for b in list_backups(paths.backups))


def test_database_from_a_newer_app_is_refused_untouched(tmp_path):
    paths = DataPaths.resolve(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(paths.database)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    before = paths.database.read_bytes()
    with pytest.raises(SchemaTooNew) as caught:
        Installation(paths, TEST_KEY).open()
    assert caught.value.found == SCHEMA_VERSION + 5
    assert paths.database.read_bytes() == before


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_damaged_database_raises_and_is_never_written(tmp_path, installation, damage):
    installation.close()
    path = installation.paths.database
    data = path.read_bytes()
    if damage == "garbage":
        data = b"this is not a database at all" * 100
    else:
        data = data[:100] + b"\x00" * 50 + data[150 : len(data) // 2]
    for sidecar in ("-wal", "-shm"):
        Path(str(path) + sidecar).unlink(missing_ok=True)
    path.write_bytes(data)
    with pytest.raises(DatabaseDamaged):
        Installation(installation.paths, TEST_KEY).open()
    assert path.read_bytes() == data


def test_a_change_that_reads_first_waits_for_another_writer_instead_of_failing(installation):
    """A save on the window's thread reads, then writes; an automatic export on a worker
    thread may write in between. Begun deferred, the save failed at once with "database is
    locked" (its read view was out of date, SQLite does not wait then); begun immediate, the
    other writer waits for it."""
    import threading
    import time

    from desktop.storage.db import thread_connection, transaction

    other_done = threading.Event()
    errors: list[BaseException] = []

    def other_writer() -> None:
        try:
            with thread_connection():
                settings.OFFICER.set("1")
        except BaseException as exc:  # the test reports it
            errors.append(exc)
        finally:
            other_done.set()

    with transaction():
        assert settings.OFFICER.get() == ""
        worker = threading.Thread(target=other_writer)
        worker.start()
        time.sleep(0.3)  # the worker writes now, or waits for this transaction
        settings.INCIDENT_AUTHOR.set("1")
    worker.join(10)
    assert other_done.is_set() and errors == []
    assert settings.OFFICER.get() == "1"
    assert settings.INCIDENT_AUTHOR.get() == "1"
