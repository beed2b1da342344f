"""The drives a user can save an export to: flash drives first, with name and free space."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

# Linux mounts that are never a place for a user's file.
_SYSTEM = ("/proc", "/sys", "/dev", "/run/user", "/snap", "/boot", "/var", "/tmp", "/usr")
_REMOVABLE = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str
    free: int
    total: int
    removable: bool
    read_only: bool


def _is_removable(root: str) -> bool:
    if os.name == "nt":
        system = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
        return not root.upper().startswith(system)
    return root.startswith(_REMOVABLE)


def list_drives() -> list[Drive]:
    """Mounted, ready drives: writable flash drives first, read-only ones last."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or volume.bytesTotal() <= 0:
            continue
        if os.name != "nt" and root.startswith(_SYSTEM):
            continue
        drives.append(
            Drive(
                root=Path(root),
                name=volume.displayName() or root,
                free=volume.bytesAvailable(),
                total=volume.bytesTotal(),
                removable=_is_removable(root),
                read_only=volume.isReadOnly(),
            )
        )
    return sorted(drives, key=lambda d: (d.read_only, not d.removable, d.name.lower()))
