"""The data folder: closed to the computer's other users, and at home under any user name
(spaces and accents in the path, as in C:\\Users\\Pak Dédi Kurniawan). On Windows the folder's
access list is checked for real by installer/windows/build-under-wine.sh."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths as paths_module
from desktop.paths import DataPaths, make_private_folder

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
USER_NAME = "Pak Dédi Kurniawan"


def mode(folder: Path) -> int:
    return stat.S_IMODE(folder.stat().st_mode)


@posix_only
def test_a_new_data_folder_is_the_users_alone(tmp_path):
    paths = DataPaths.resolve(tmp_path / USER_NAME / "Data Siaga Désa")
    old = os.umask(0o002)  # a lax umask must not matter
    try:
        paths.ensure()
    finally:
        os.umask(old)
    assert mode(paths.root) == 0o700
    assert mode(paths.root.parent) != 0o700  # the parents are the user's business
    for folder in (paths.backups, paths.logs, paths.shared_cache):
        assert folder.is_dir()


@posix_only
def test_training_mode_closes_the_data_folder_it_lives_in(tmp_path):
    paths = DataPaths.resolve(tmp_path / "data", training=True)
    paths.ensure()
    assert paths.base == tmp_path / "data"
    assert paths.root == paths.base / "latihan"
    assert mode(paths.base) == 0o700


@posix_only
def test_an_existing_data_folder_open_to_others_is_closed(tmp_path):
    folder = tmp_path / "SiagaTPPO"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # as the Linux release before this one left it
    (folder / "siaga.sqlite3").write_bytes(b"data desa")
    DataPaths.resolve(folder).ensure()
    assert mode(folder) == 0o700
    assert (folder / "siaga.sqlite3").read_bytes() == b"data desa"


@posix_only
def test_a_folder_that_cannot_be_closed_is_still_used_and_logged(tmp_path, monkeypatch, caplog):
    folder = tmp_path / "FAT"
    folder.mkdir()
    os.chmod(folder, 0o777)

    def refuse(path, mode):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr(paths_module.os, "chmod", refuse)
    with caplog.at_level(logging.WARNING, logger="desktop.paths"):
        DataPaths.resolve(folder).ensure()
    assert (folder / "log").is_dir()
    assert "Could not close the data folder" in caplog.text


def test_windows_creates_the_folder_through_the_security_api_once(tmp_path):
    made: list[Path] = []

    def create(folder: Path) -> None:
        made.append(folder)
        folder.mkdir()

    target = tmp_path / USER_NAME / "AppData" / "Local" / "SiagaTPPO"
    make_private_folder(target, windows=True, create_windows=create)
    make_private_folder(target, windows=True, create_windows=create)
    assert made == [target]  # the parents are made as usual, the data folder by the API


def test_windows_leaves_an_existing_folder_and_a_lost_race_alone(tmp_path):
    existing = tmp_path / "ada"
    existing.mkdir()
    before = existing.stat().st_mode

    def never(folder: Path) -> None:
        raise AssertionError("an existing folder is not made again")

    make_private_folder(existing, windows=True, create_windows=never)
    assert existing.stat().st_mode == before

    def raced(folder: Path) -> None:  # another process made it first
        folder.mkdir()
        raise FileExistsError(17, "Cannot create a file when that file already exists")

    make_private_folder(tmp_path / "balapan", windows=True, create_windows=raced)
    assert (tmp_path / "balapan").is_dir()


def test_a_file_where_the_data_folder_should_be_is_an_error(tmp_path):
    blocked = tmp_path / "SiagaTPPO"
    blocked.write_text("bukan folder")

    def create(folder: Path) -> None:
        raise FileExistsError(17, "exists", str(folder))

    with pytest.raises(FileExistsError):
        make_private_folder(blocked, windows=True, create_windows=create)
    with pytest.raises(FileExistsError):
        make_private_folder(blocked, windows=False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG data folder")
def test_a_village_set_up_under_a_user_name_with_spaces_and_accents(tmp_path):
    """No --data-dir: the default data folder lies in a home folder named like a Windows
    user's, and the command line sets up the village there and reads it back."""
    home = tmp_path / USER_NAME
    home.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("XDG_")},
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "SIAGA_PASSPHRASE": "kebun-kopi-di-bukit-7",
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
            env=env,
        )

    made = run("init", "--village", "15.02.02.2004", "--head", "Dédi Kurniawan")
    assert made.returncode == 0, made.stdout + made.stderr
    data = home / ".local" / "share" / "SiagaTPPO"
    assert (data / "siaga.sqlite3").is_file() and (data / "siaga.kunci").is_file()
    assert mode(data) == 0o700
    checked = run("self-test")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "OK     Basis data dibuka" in checked.stdout
