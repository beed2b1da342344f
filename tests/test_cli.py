"""The command line as office staff script it: version, init, self-test."""

import os
import subprocess
import sys
from pathlib import Path

from desktop import __version__


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"siaga-tppo {__version__}"


PASSPHRASE = {"SIAGA_PASSPHRASE": "kebun-kopi-di-bukit-7"}


def test_init_sets_up_the_village(tmp_path):
    data = tmp_path / "pc1"
    result = run(
        "init",
        "--data-dir",
        str(data),
        "--village",
        "15.02.02.2004",
        "--head",
        "NAMA",
        env=PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    assert "Desa Kungkai" in result.stdout
    assert "KUNCI PEMULIHAN" in result.stdout
    assert (data / "siaga.sqlite3").exists()
    assert not (data / "siaga.sqlite3").read_bytes().startswith(b"SQLite format 3")
    again = run("self-test", "--data-dir", str(data), env=PASSPHRASE)
    assert again.returncode == 0, again.stdout
    locked = run("self-test", "--data-dir", str(data))
    assert locked.returncode == 0, locked.stdout
    assert "CATATAN data asli dilindungi kata sandi" in locked.stdout


def test_init_with_unknown_code_writes_nothing_and_exits_2(tmp_path):
    data = tmp_path / "pc2"
    result = run("init", "--data-dir", str(data), "--village", "15.02.02.9999", "--head", "NAMA")
    assert result.returncode == 2
    assert "tidak ada dalam daftar resmi" in result.stderr
    assert not data.exists()


def test_init_with_malformed_code_or_bad_phone_exits_2(tmp_path):
    data = tmp_path / "pc3"
    bad_code = run("init", "--data-dir", str(data), "--village", "15.02", "--head", "NAMA")
    assert bad_code.returncode == 2
    assert "bukan" in bad_code.stderr or "tidak berbentuk" in bad_code.stderr
    bad_phone = run(
        "init",
        "--data-dir",
        str(data),
        "--village",
        "15.02.02.2004",
        "--head",
        "NAMA",
        "--phone",
        "abc",
    )
    assert bad_phone.returncode == 2
    assert "telepon kantor desa" in bad_phone.stderr
    assert not data.exists()


def test_self_test_reports_each_failure_and_exits_1(tmp_path):
    resources = tmp_path / "resources"
    resources.mkdir()
    (resources / "wilayah").mkdir()
    result = run(
        "self-test", "--data-dir", str(tmp_path / "d"), env={"SIAGA_RESOURCES": str(resources)}
    )
    assert result.returncode == 1
    assert "GAGAL  Sumber daya aplikasi lengkap" in result.stdout
    assert "GAGAL  Kode wilayah terbaca" in result.stdout
    assert "GAGAL  Terjemahan dimuat" in result.stdout


def test_self_test_flags_a_damaged_database_without_touching_it(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    db = data / "siaga.sqlite3"
    db.write_bytes(b"garbage" * 100)
    result = run("self-test", "--data-dir", str(data))
    assert result.returncode == 1
    assert "GAGAL  Basis data" in result.stdout
    assert db.read_bytes() == b"garbage" * 100
    assert sorted(p.name for p in Path(data).iterdir()) == ["siaga.sqlite3"]


def test_the_window_starts_with_automatic_garbage_collection_off(monkeypatch):
    """The window collects on the GUI thread (ui/garbage.py); automatic collection is off from
    the first line of the window path, so start-up's imports are not interrupted either."""
    import gc

    from desktop import app
    from desktop.cli import run as cli

    seen = []
    monkeypatch.setattr(app, "run_gui", lambda *a, **k: seen.append(gc.isenabled()) or 0)
    was_enabled = gc.isenabled()
    gc.enable()
    try:
        assert cli.main(["--data-dir", "x", "--demo"]) == 0
    finally:
        if not was_enabled:
            gc.disable()
    assert seen == [False]
