"""siaga-tppo demo-data: fictional incidents for training and benchmarks, never into real data."""

import subprocess
import sys

from desktop.cli.outcome import ExitCode
from desktop.cli.run import main
from desktop.paths import DataPaths
from desktop.storage import incidents, keystore, profile_store
from desktop.storage.db import UNPROTECTED
from desktop.storage.installation import Installation

PASSPHRASE = "kebun-kopi-di-bukit-7"


def opened(folder):
    """Training data is unencrypted; a real village's (made by init) opens with its passphrase."""
    paths = DataPaths.resolve(folder)
    key = keystore.unlock(paths, PASSPHRASE) if keystore.has_key_file(paths) else UNPROTECTED
    inst = Installation(paths, key)
    inst.open()
    return inst


def test_demo_data_fills_a_new_folder_with_a_fictional_village(tmp_path, capsys):
    folder = tmp_path / "latihan"
    assert main(["demo-data", "--data-dir", str(folder), "--incidents", "50"]) == ExitCode.OK
    assert "50 catatan kejadian fiktif" in capsys.readouterr().out
    inst = opened(folder)
    try:
        assert profile_store.load_profile().training
        assert sum(incidents.record_counts()) == 50
    finally:
        inst.close()
    assert main(["demo-data", "--data-dir", str(folder), "--incidents", "5"]) == ExitCode.OK
    inst = opened(folder)
    try:
        assert sum(incidents.record_counts()) == 55  # a training folder may get more
    finally:
        inst.close()


def test_demo_data_refuses_a_folder_with_a_real_village(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "desa"
    assert (
        main(["init", "--data-dir", str(folder), "--village", "15.02.02.2004", "--head", "NAMA"])
        == ExitCode.OK
    )
    assert main(["demo-data", "--data-dir", str(folder), "--incidents", "5"]) == ExitCode.USAGE
    assert "data desa sebenarnya" in capsys.readouterr().err
    inst = opened(folder)
    try:
        assert incidents.record_counts() == (0, 0)
    finally:
        inst.close()


def test_demo_data_needs_a_named_folder(capsys):
    assert main(["demo-data", "--incidents", "5"]) == ExitCode.USAGE
    assert "--data-dir" in capsys.readouterr().err


def test_two_folders_filled_alike_share_no_id_and_their_records_are_marked_made_up(tmp_path):
    from desktop.domain.incident import is_demo_id
    from desktop.storage.incidents import IncidentQuery, fetch_incidents

    found = []
    for name in ("desa-a", "desa-b"):
        folder = tmp_path / name
        assert main(["demo-data", "--data-dir", str(folder), "--incidents", "30"]) == ExitCode.OK
        inst = opened(folder)
        try:
            found.append({r.record_id for r in fetch_incidents(IncidentQuery(), 0, 100)})
            versions = {v.version_id for v in incidents.list_versions()}
        finally:
            inst.close()
        found.append(versions)
    a_records, a_versions, b_records, b_versions = found
    assert len(a_records) >= 25 and not a_records & b_records
    assert not a_versions & b_versions
    assert all(is_demo_id(record_id) for record_id in a_records | b_records)


def test_demo_data_works_where_pyside6_is_missing(tmp_path):
    """The command line's modules and demo-data need no window code: run with every import of
    PySide6 (or shiboken6) refused, as on a computer without it."""
    code = (
        "import sys\n"
        "class NoQt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError(f'{name} is blocked')\n"
        "sys.meta_path.insert(0, NoQt())\n"
        "import importlib, pkgutil, desktop.cli\n"
        "for module in pkgutil.iter_modules(desktop.cli.__path__):\n"
        "    importlib.import_module(f'desktop.cli.{module.name}')\n"
        "from desktop.cli.run import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    folder = tmp_path / "latihan"
    result = subprocess.run(
        [sys.executable, "-c", code, "demo-data", "--data-dir", str(folder), "--incidents", "3"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == ExitCode.OK, result.stdout + result.stderr
    assert "3 catatan kejadian fiktif" in result.stdout
    inst = opened(folder)
    try:
        assert profile_store.load_profile().training
    finally:
        inst.close()
