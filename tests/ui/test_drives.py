"""Which drives Kirim & Ekspor lists and offers: Windows' drive types are injected here (the
real GetDriveTypeW is called under Wine by installer/windows/build-under-wine.sh)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.ui.exchange.drives import (
    DRIVE_REMOVABLE,
    Drive,
    drive_of,
    is_removable,
    list_drives,
    offered,
)

DRIVE_FIXED, DRIVE_REMOTE, DRIVE_CDROM = 3, 4, 5  # WinBase.h
GB = 1_000_000_000


@dataclass
class FakeVolume:
    root: str
    name: str = ""
    total: int = 16 * GB
    free: int = 8 * GB
    read_only: bool = False
    ready: bool = True

    def rootPath(self) -> str:
        return self.root

    def displayName(self) -> str:
        return self.name

    def isValid(self) -> bool:
        return True

    def isReady(self) -> bool:
        return self.ready

    def isReadOnly(self) -> bool:
        return self.read_only

    def bytesTotal(self) -> int:
        return self.total

    def bytesAvailable(self) -> int:
        return self.free


class DriveTypes:
    """GetDriveTypeW as a table; records what it was asked."""

    def __init__(self, types: dict[str, int]) -> None:
        self.types = types
        self.asked: list[str] = []

    def __call__(self, root: str) -> int:
        self.asked.append(root)
        return self.types[root]


OFFICE_PC = [
    FakeVolume("C:/", "Windows"),
    FakeVolume("D:/", "DATA"),
    FakeVolume("E:/", "KINGSTON"),
    FakeVolume("F:/", "KARTU SD", read_only=True),
    FakeVolume("G:/", "DVD", read_only=True),
    FakeVolume("Z:/", "Kantor"),
    FakeVolume("H:/", "", ready=False),  # an empty card reader
]
OFFICE_TYPES = {
    "C:\\": DRIVE_FIXED,
    "D:\\": DRIVE_FIXED,
    "E:\\": DRIVE_REMOVABLE,
    "F:\\": DRIVE_REMOVABLE,
    "G:\\": DRIVE_CDROM,
    "Z:\\": DRIVE_REMOTE,
}


def test_windows_asks_the_drive_type_with_the_root_it_expects():
    types = DriveTypes(OFFICE_TYPES)
    assert is_removable("E:/", windows=True, drive_type=types)
    assert not is_removable("C:/", windows=True, drive_type=types)
    assert is_removable("E:\\", windows=True, drive_type=types)
    assert types.asked == ["E:\\", "C:\\", "E:\\"]


@pytest.mark.parametrize("kind", [0, 1, DRIVE_FIXED, DRIVE_REMOTE, DRIVE_CDROM, 6])
def test_only_drive_removable_is_a_flash_drive(kind):
    assert not is_removable("K:/", windows=True, drive_type=lambda root: kind)


def test_windows_lists_flash_drives_first_and_offers_the_writable_one():
    drives = list_drives(OFFICE_PC, windows=True, drive_type=DriveTypes(OFFICE_TYPES))
    assert [(d.name, d.removable, d.read_only) for d in drives] == [
        ("KINGSTON", True, False),
        ("DATA", False, False),
        ("Kantor", False, False),
        ("Windows", False, False),
        ("KARTU SD", True, True),
        ("DVD", False, True),
    ]
    assert offered(drives).name == "KINGSTON"


def test_without_a_flash_drive_nothing_is_offered_not_even_drive_c():
    """On an office PC without a stick plugged in, the system disk must not be chosen for the
    user (the export would stay on the PC while the message talked of a flash drive)."""
    pc = [FakeVolume("C:/", "Windows"), FakeVolume("D:/", "DATA")]
    drives = list_drives(pc, windows=True, drive_type=DriveTypes(OFFICE_TYPES))
    assert len(drives) == 2 and offered(drives) is None
    # A USB stick that Windows reports as a fixed disk is listed, not offered.
    big_stick = [FakeVolume("E:/", "SANDISK 128GB")]
    assert (
        offered(list_drives(big_stick, windows=True, drive_type=lambda root: DRIVE_FIXED)) is None
    )


def test_a_read_only_flash_drive_is_not_offered():
    card = [FakeVolume("F:/", "KARTU SD", read_only=True)]
    assert offered(list_drives(card, windows=True, drive_type=DriveTypes(OFFICE_TYPES))) is None


def test_linux_flash_drives_are_the_removable_media_mounts():
    volumes = [
        FakeVolume("/", "root"),
        FakeVolume("/home", "home"),
        FakeVolume("/media/dedi/FLASHDISK DÉDI", "FLASHDISK DÉDI"),
        FakeVolume("/proc"),
        FakeVolume("/run/user/1000"),
        FakeVolume("/boot/efi"),
    ]
    drives = list_drives(volumes, windows=False)
    assert [(d.name, d.removable) for d in drives] == [
        ("FLASHDISK DÉDI", True),
        ("home", False),
        ("root", False),
    ]
    assert offered(drives).root == Path("/media/dedi/FLASHDISK DÉDI")


def test_the_drive_of_a_folder_is_the_deepest_root_holding_it():
    root = Drive(Path("/"), "root", 1, 2, False, False)
    stick = Drive(Path("/media/dedi/FLASHDISK"), "FLASHDISK", 1, 2, True, False)
    assert drive_of(Path("/media/dedi/FLASHDISK/Laporan Desa"), [root, stick]) is stick
    assert drive_of(Path("/media/dedi/FLASHDISK"), [root, stick]) is stick
    assert drive_of(Path("/home/dedi"), [root, stick]) is root
    assert drive_of(Path("/home/dedi"), [stick]) is None


def test_a_drive_is_named_as_explorer_names_it():
    assert Drive(Path("/media/x"), "KINGSTON", 1, 2, True, False).label == "KINGSTON (/media/x)"
    assert Drive(Path("/media/x"), "/media/x", 1, 2, True, False).label == "/media/x"
