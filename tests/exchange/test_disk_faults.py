"""Import and export when the disk gives out: a full office disk, a stick pulled out while an
export is written. A plain message, no traceback, nothing half-written (issue 14)."""

from __future__ import annotations

import errno
import uuid

import pytest

from desktop.cli import run as cli
from desktop.domain.exchange import ExportWriteFailed, WriteProblem
from desktop.exchange.wire import files
from desktop.paths import DataPaths
from desktop.storage import exchange_settings, keystore
from desktop.storage.installation import Installation
from desktop.storage.keystore import TEST_KDF
from tests.disks import FailingWrites, fill, small_disk
from tests.exchange.conftest import (
    KERINCI_OFFICE,
    PASSPHRASE,
    confirm_village,
    export_bytes,
    give_office_key,
    sealed,
    version,
)
from tests.keys import TEST_KEY


def _office_on(root) -> DataPaths:
    office = DataPaths.resolve(root)
    keystore.write_key_file(office, TEST_KEY, PASSPHRASE, kdf=TEST_KDF)
    inst = Installation(office, TEST_KEY, new=True)
    inst.open()
    exchange_settings.save_office(KERINCI_OFFICE)
    give_office_key()
    confirm_village()
    inst.close()
    return office


def _held_records(office: DataPaths) -> int:
    from desktop.storage.db import connect

    conn = connect(office.database, TEST_KEY, read_only=True)
    try:
        return conn.execute("SELECT count(*) FROM incident_version").fetchone()[0]
    finally:
        conn.close()


def test_an_office_import_on_a_full_disk_says_so_and_imports_nothing(tmp_path, monkeypatch, capsys):
    chains = [[version(str(uuid.uuid4()), None, "Tawaran kerja " * 12)] for _ in range(1000)]
    export = tmp_path / "kungkai.siaga"
    export.write_bytes(sealed(export_bytes(chains)))
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    with small_disk(tmp_path / "disk", 24) as disk:
        office = _office_on(disk / "kantor")
        filler = fill(disk, leave=96 * 1024)
        code = cli.main(["import", "--data-dir", str(office.root), str(export)])
        err = capsys.readouterr().err
        assert code == 1, err
        assert "penuh" in err and "Traceback" not in err, err
        assert _held_records(office) == 0
        filler.unlink()
        monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)  # each command takes it away
        assert cli.main(["import", "--data-dir", str(office.root), str(export)]) == 0
        assert _held_records(office) == 1000


@pytest.mark.parametrize(
    ("code", "problem"),
    [(errno.ENOSPC, WriteProblem.FULL), (errno.EIO, WriteProblem.VANISHED)],
)
@pytest.mark.parametrize("nth", [1, 2, 3])
def test_an_export_cut_off_at_any_write_leaves_no_file(tmp_path, monkeypatch, code, problem, nth):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    pieces = [b"a" * files.CHUNK, b"b" * files.CHUNK, b"c" * 100]
    FailingWrites(monkeypatch, nth, code)
    with pytest.raises(ExportWriteFailed) as caught:
        files.write_verified(stick, "ekspor.siaga", pieces)
    assert caught.value.problem is problem
    assert list(stick.iterdir()) == []
