"""Temporary files a killed write leaves behind are removed at the next start or the next write
to that folder, and never while they are still being written (issue 14)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop import leftovers
from desktop.exchange.files import write_verified
from desktop.storage import backup, incidents

ROOT = Path(__file__).resolve().parents[2]
LONG_AGO = time.time() - 3600


def _age(*paths: Path) -> None:
    """As if the app had been started again some minutes after the kill."""
    for path in paths:
        os.utime(path, (LONG_AGO, LONG_AGO))


def test_a_backup_killed_half_way_is_removed_at_the_next_start(installation):
    incidents.add_demo_records(300)
    installation.close()
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from desktop.storage import backup\n"
            "from desktop.storage.db import connect\n"
            "from tests.keys import TEST_KEY\n"
            "source = connect(Path(sys.argv[1]), TEST_KEY)\n"
            "real = backup.check_integrity\n"
            "def stall(*args, **kwargs):\n"
            "    print('written', flush=True)\n"
            "    time.sleep(60)\n"
            "backup.check_integrity = stall\n"
            "backup.create_backup(source, Path(sys.argv[2]), key=TEST_KEY)\n",
            str(installation.paths.database),
            str(installation.paths.backups),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "written"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    left = [p for p in installation.paths.backups.iterdir() if backup.is_leftover(p.name)]
    assert left and all(p.name.endswith(".tmp") for p in left)
    _age(*left)
    installation.open()
    assert not [p for p in installation.paths.backups.iterdir() if backup.is_leftover(p.name)]


def test_restore_encryption_and_key_file_leftovers_are_removed_at_start(installation):
    installation.close()
    root = installation.paths.root
    made = [
        root / "siaga.sqlite3.pulihkan",
        root / "siaga.sqlite3.pulihkan.tmp",
        root / "siaga.sqlite3.pulihkan.tmp-journal",
        root / "siaga.sqlite3.enkripsi.tmp",  # an earlier version's data being encrypted
        root / ".siaga.kunci.1a2b3c4d.sementara",
        installation.paths.backups / "siaga-20260101-080000-000000-sebelum-enkripsi.sqlite3.tmp",
    ]
    for path in made:
        path.write_bytes(b"SQLite format 3\x00 rahasia yang tidak terenkripsi")
    _age(*made)
    keep = [root / "catatan.txt", installation.paths.backups / "siaga-catatan.txt"]
    for path in keep:
        path.write_text("milik pengguna")
    installation.open()
    assert [p for p in made if p.exists()] == []
    assert all(p.exists() for p in keep)


def test_a_file_still_being_written_is_left_alone(tmp_path):
    folder = tmp_path / "cadangan"
    folder.mkdir()
    mine = folder / "siaga-20260101-080000-000000-harian.sqlite3.tmp"
    mine.write_bytes(b"x")
    _age(mine)
    with leftovers.writing(mine):
        assert backup.remove_leftovers(folder) == []
    assert mine.exists()
    other = folder / "siaga-20260101-090000-000000-harian.sqlite3.tmp"
    other.write_bytes(b"y")  # another program writes it right now (touched a moment ago)
    if os.name != "nt":
        assert backup.remove_leftovers(folder) == [mine]
        assert other.exists()


def test_partial_exports_on_a_stick_are_removed_by_the_next_export_there(tmp_path):
    stick = tmp_path / "flashdisk"
    stick.mkdir()
    partials = [
        stick / leftovers.partial_name("kungkai-ekspor-3.siaga", "0a1b2c3d"),
        stick / leftovers.partial_name("kungkai-ekspor-3.csv", "4e5f6a7b"),  # unencrypted
    ]
    for path in partials:
        path.write_bytes(b"Nama;NIK\nSiti;3201234567890123\n")
    _age(*partials)
    theirs = stick / "foto-keluarga.jpg"
    theirs.write_bytes(b"JPEG")
    write_verified(stick, "kungkai-ekspor-4.siaga", b"isi")
    assert sorted(p.name for p in stick.iterdir()) == [
        "foto-keluarga.jpg",
        "kungkai-ekspor-4.siaga",
    ]
