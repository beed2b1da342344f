"""The passphrase on the command line, and ``siaga-tppo keys``: the office saves its public
key to a file, a village installs it after comparing the fingerprint."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.cli import unlock as cli_security
from desktop.cli.outcome import ExitCode
from desktop.cli.parser import build_parser
from desktop.cli.run import main
from desktop.paths import DataPaths
from desktop.storage import keystore

PASSPHRASE = "kebun-kopi-di-bukit-7"


@pytest.fixture
def passphrase(monkeypatch):
    """SIAGA_PASSPHRASE for every command of the test: each one takes it out of the
    environment as it reads it."""
    real = cli_security.read_passphrase

    def given_again() -> str | None:
        os.environ["SIAGA_PASSPHRASE"] = PASSPHRASE
        return real()

    monkeypatch.setattr(cli_security, "read_passphrase", given_again)


def init_village(folder) -> int:
    return main(["init", "--data-dir", str(folder), "--village", "15.02.02.2004", "--head", "NAMA"])


def init_office(folder) -> int:
    return main(
        [
            "init",
            "--data-dir",
            str(folder),
            "--office",
            "Kantor Imigrasi Kerinci",
            "--covers",
            "15.02",
        ]
    )


def test_a_passphrase_is_never_an_argument():
    parser = build_parser()
    options = {o for action in parser._actions for o in action.option_strings}
    for sub in parser._subparsers._group_actions[0].choices.values():
        options |= {o for action in sub._actions for o in action.option_strings}
    assert not [o for o in options if "pass" in o or "sandi" in o]


def test_without_the_passphrase_and_no_terminal_nothing_is_written(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("SIAGA_PASSPHRASE", raising=False)
    folder = tmp_path / "desa"
    assert init_village(folder) == ExitCode.USAGE
    assert "SIAGA_PASSPHRASE" in capsys.readouterr().err
    assert not (folder / "siaga.sqlite3").exists()


def test_init_refuses_a_guessable_passphrase(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SIAGA_PASSPHRASE", "12345678")
    assert init_village(tmp_path / "desa") == ExitCode.USAGE
    assert "mudah ditebak" in capsys.readouterr().err


def test_init_shows_the_recovery_key_once_and_can_write_the_sheet(tmp_path, passphrase, capsys):
    sheet = tmp_path / "lembar.pdf"
    folder = tmp_path / "desa"
    code = main(
        [
            "init",
            "--data-dir",
            str(folder),
            "--village",
            "15.02.02.2004",
            "--head",
            "NAMA",
            "--recovery-sheet",
            str(sheet),
        ]
    )
    assert code == ExitCode.OK
    out = capsys.readouterr().out
    recovery = out.split("KUNCI PEMULIHAN (RAHASIA): ")[1].split()[0]
    assert keystore.key_from_recovery(DataPaths.resolve(folder), recovery)
    assert sheet.read_bytes().startswith(b"%PDF")
    assert recovery not in keystore.key_file_path(DataPaths.resolve(folder)).read_text()


def test_a_wrong_passphrase_fails_the_command(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "desa"
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    assert init_village(folder) == ExitCode.OK
    monkeypatch.setenv("SIAGA_PASSPHRASE", "bukan kata sandinya")
    capsys.readouterr()
    assert main(["keys", "--data-dir", str(folder), "show"]) == 1
    assert "Kata sandi salah" in capsys.readouterr().err


def test_the_office_key_goes_to_the_village_by_file(tmp_path, passphrase, capsys):
    office, village = tmp_path / "kantor", tmp_path / "desa"
    key_file = tmp_path / "kunci.siagakunci"
    assert init_office(office) == ExitCode.OK
    assert init_village(village) == ExitCode.OK
    capsys.readouterr()
    assert main(["keys", "--data-dir", str(office), "export-public", str(key_file)]) == ExitCode.OK
    said = capsys.readouterr().out
    fingerprint = said.split("lewat telepon): ")[1].strip()
    assert len(fingerprint.replace(" ", "")) == 20

    wrong = "0000 0000 0000 0000 0000"
    assert (
        main(
            [
                "keys",
                "--data-dir",
                str(village),
                "import-office",
                str(key_file),
                "--fingerprint",
                wrong,
            ]
        )
        == 1
    )
    assert "TIDAK SAMA" in capsys.readouterr().err
    assert main(["keys", "--data-dir", str(village), "show"]) == ExitCode.OK
    assert "belum dipasang" in capsys.readouterr().out

    assert (
        main(
            [
                "keys",
                "--data-dir",
                str(village),
                "import-office",
                str(key_file),
                "--fingerprint",
                fingerprint.replace(" ", ""),
            ]
        )
        == ExitCode.OK
    )
    capsys.readouterr()
    assert main(["keys", "--data-dir", str(village), "show"]) == ExitCode.OK
    assert f"Kantor Imigrasi Kerinci, sidik {fingerprint}" in capsys.readouterr().out


def test_the_passphrase_leaves_the_environment_once_read(tmp_path, monkeypatch):
    """No program started after it (a printer driver, a helper) inherits the passphrase."""
    monkeypatch.setenv("SIAGA_PASSPHRASE", PASSPHRASE)
    assert init_village(tmp_path / "desa") == ExitCode.OK
    assert "SIAGA_PASSPHRASE" not in os.environ
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.environ.get('SIAGA_PASSPHRASE', '-'))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert child.stdout.strip() == "-"
