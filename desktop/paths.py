"""Where the app keeps its data: the per-user folder unless ``--data-dir`` says otherwise, and
that folder closed to the computer's other users (office PCs are shared)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

log = logging.getLogger(__name__)

APP_DIR_NAME = "SiagaTPPO"
TRAINING_SUBDIR = "latihan"
DATABASE_NAME = "siaga.sqlite3"
KEY_FILE_NAME = "siaga.kunci"  # the database key, wrapped (desktop/storage/keystore.py)
OUTBOX_NAME = "kotak-keluar"  # exports waiting to be uploaded (Kirim & Ekspor)

# Windows: the access list CPython gives os.mkdir(path, 0o700) since 3.12.4 (CVE-2024-4030; the
# bundle's Python may be older): full control for SYSTEM, the Administrators and the folder's
# owner, the user who made it; nothing inherited from the parent folder (P); inherited by every
# file and folder inside (OICI).
PRIVATE_FOLDER_SDDL = "D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;FA;;;OW)"


def default_data_dir() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def create_private_windows_folder(folder: Path) -> None:
    """CreateDirectoryW with PRIVATE_FOLDER_SDDL (Windows only; FileExistsError if it exists)."""
    import ctypes
    from ctypes import wintypes

    class SecurityAttributes(ctypes.Structure):
        _fields_ = [
            ("nLength", wintypes.DWORD),
            ("lpSecurityDescriptor", ctypes.c_void_p),
            ("bInheritHandle", wintypes.BOOL),
        ]

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    to_descriptor = advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW
    to_descriptor.argtypes = [
        wintypes.LPCWSTR,
        wintypes.DWORD,
        ctypes.POINTER(ctypes.c_void_p),
        ctypes.c_void_p,
    ]
    to_descriptor.restype = wintypes.BOOL
    kernel32.CreateDirectoryW.argtypes = [wintypes.LPCWSTR, ctypes.POINTER(SecurityAttributes)]
    kernel32.CreateDirectoryW.restype = wintypes.BOOL
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]

    descriptor = ctypes.c_void_p()
    if not to_descriptor(PRIVATE_FOLDER_SDDL, 1, ctypes.byref(descriptor), None):
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        attributes = SecurityAttributes(ctypes.sizeof(SecurityAttributes), descriptor, False)
        if not kernel32.CreateDirectoryW(str(folder), ctypes.byref(attributes)):
            raise ctypes.WinError(ctypes.get_last_error())  # 183 -> FileExistsError
    finally:
        kernel32.LocalFree(descriptor)


def make_private_folder(
    folder: Path,
    *,
    windows: bool = os.name == "nt",
    create_windows: Callable[[Path], None] = create_private_windows_folder,
) -> None:
    """Make ``folder`` (and any missing parents, as usual) so that only its user can open it.

    Windows: created with PRIVATE_FOLDER_SDDL; an existing folder keeps its access list (the
    default one, under %LOCALAPPDATA%, is the user's alone already). POSIX: mode 0700, and an
    existing folder that others could open is closed too (Linux installs before this had 0755).
    """
    if folder.is_dir():
        if not windows:
            _close_posix_folder(folder)
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        if windows:
            create_windows(folder)
        else:
            folder.mkdir(mode=0o700)
            os.chmod(folder, 0o700)  # whatever the umask
    except FileExistsError:
        if not folder.is_dir():
            raise


def _close_posix_folder(folder: Path) -> None:
    mode = folder.stat().st_mode & 0o777
    if mode & 0o077:
        try:
            os.chmod(folder, mode & 0o700)
        except OSError as exc:  # not the owner, or a file system without modes (FAT stick)
            log.warning("Could not close the data folder %s to other users: %s", folder, exc)


@dataclass(frozen=True)
class DataPaths:
    """The files of one installation. Training mode gets its own root, never the real one."""

    root: Path
    shared_cache: Path

    @classmethod
    def resolve(cls, data_dir: str | Path | None, *, training: bool = False) -> DataPaths:
        base = Path(data_dir).expanduser().absolute() if data_dir else default_data_dir()
        root = base / TRAINING_SUBDIR if training else base
        return cls(root=root, shared_cache=base / "cache")

    @property
    def base(self) -> Path:
        """The data folder itself: the root, or in training mode the root's parent."""
        return self.shared_cache.parent

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.root / KEY_FILE_NAME

    @property
    def outbox(self) -> Path:
        return self.root / OUTBOX_NAME

    def holds_data(self) -> bool:
        """Whether the folder holds an installation's data (a database or its key file)."""
        return self.database.exists() or self.key_file.exists()

    @property
    def backups(self) -> Path:
        return self.root / "cadangan"

    @property
    def logs(self) -> Path:
        return self.root / "log"

    @property
    def ui_settings(self) -> Path:
        return self.root / "tampilan.ini"

    def ensure(self) -> None:
        """Create the folders; the data folder first, closed to other users (everything of the
        installation lies inside it). Whatever first writes to the data folder calls this."""
        make_private_folder(self.base)
        for folder in (self.root, self.backups, self.logs, self.shared_cache):
            folder.mkdir(parents=True, exist_ok=True)
