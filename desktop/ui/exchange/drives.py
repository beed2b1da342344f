"""The drives a user can save an export to, flash drives first, and which one to offer.

A flash drive is what the system calls removable: on Windows a drive GetDriveTypeW reports as
DRIVE_REMOVABLE (a fixed disk, a network share or a CD drive never is; a USB hard disk reports
itself as fixed and is listed as a disk); elsewhere a volume mounted under the desktop's folders
for removable media. Only a writable flash drive is ever offered without the user choosing it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStorageInfo

# Linux mounts that are never a place for a user's file.
_SYSTEM = ("/proc", "/sys", "/dev", "/run/user", "/snap", "/boot", "/var", "/tmp", "/usr")
_REMOVABLE = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
DRIVE_REMOVABLE = 2  # GetDriveTypeW's answer for a flash drive or a memory card (WinBase.h)


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free: int
    total: int
    removable: bool
    read_only: bool

    @property
    def label(self) -> str:
        """Name and root, as Explorer shows a drive: 'KINGSTON (E:\\)'."""
        return f"{self.name} ({self.root})" if self.name != str(self.root) else str(self.root)


class Volume(Protocol):
    """What list_drives reads of a QStorageInfo."""

    def rootPath(self) -> str: ...
    def displayName(self) -> str: ...
    def isValid(self) -> bool: ...
    def isReady(self) -> bool: ...
    def isReadOnly(self) -> bool: ...
    def bytesTotal(self) -> int: ...
    def bytesAvailable(self) -> int: ...


def windows_drive_type(root: str) -> int:
    """GetDriveTypeW of a root such as 'E:\\' (Windows only)."""
    import ctypes

    get_drive_type = ctypes.WinDLL("kernel32").GetDriveTypeW
    get_drive_type.argtypes = [ctypes.c_wchar_p]
    get_drive_type.restype = ctypes.c_uint
    return get_drive_type(root)


def is_removable(
    root: str, *, windows: bool = os.name == "nt", drive_type: Callable[[str], int] | None = None
) -> bool:
    if windows:
        # Qt names a drive 'E:/'; GetDriveTypeW wants the trailing backslash: 'E:\'.
        native = root.replace("/", "\\").rstrip("\\") + "\\"
        return (drive_type or windows_drive_type)(native) == DRIVE_REMOVABLE
    return root.startswith(_REMOVABLE)


def list_drives(
    volumes: Iterable[Volume] | None = None,
    *,
    windows: bool = os.name == "nt",
    drive_type: Callable[[str], int] | None = None,
) -> list[Drive]:
    """Mounted, ready drives: writable flash drives first, read-only ones last."""
    drives = []
    for volume in QStorageInfo.mountedVolumes() if volumes is None else volumes:
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.bytesTotal() <= 0:
            continue
        if not windows and root.startswith(_SYSTEM):
            continue
        name = volume.displayName()  # a drive without a label is named by its root
        drives.append(
            Drive(
                root=Path(root),
                name=name if name and name != root else str(Path(root)),
                free=volume.bytesAvailable(),
                total=volume.bytesTotal(),
                removable=is_removable(root, windows=windows, drive_type=drive_type),
                read_only=volume.isReadOnly(),
            )
        )
    return sorted(drives, key=lambda d: (d.read_only, not d.removable, d.name.lower()))


def offered(drives: Iterable[Drive]) -> Drive | None:
    """The drive chosen for the user: the first writable flash drive, never a disk."""
    return next((d for d in drives if d.removable and not d.read_only), None)


def drive_of(folder: Path, drives: Iterable[Drive]) -> Drive | None:
    """The drive a folder lies on (the one with the longest matching root), if listed."""
    holding = [d for d in drives if folder == d.root or folder.is_relative_to(d.root)]
    return max(holding, key=lambda d: len(d.root.parts), default=None)
