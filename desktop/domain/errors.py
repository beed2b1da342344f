"""Typed errors raised below the UI. They carry data; the UI owns the (Indonesian) wording."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class SiagaError(Exception):
    """Base class of every error the app expects and explains to the user."""


@dataclass
class FieldError(SiagaError):
    """One form field failed validation. ``code`` names the rule that failed."""

    field: str
    code: str
    value: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.code} ({self.value!r})"


@dataclass
class ValidationFailed(SiagaError):
    """Several field errors found at once; nothing was saved."""

    errors: list[FieldError]

    def __str__(self) -> str:
        return "; ".join(str(e) for e in self.errors)


@dataclass
class UnknownAreaCode(SiagaError):
    """A kode wilayah that is not in the official list."""

    code: str

    def __str__(self) -> str:
        return f"unknown area code {self.code!r}"


@dataclass
class AreaDataUnavailable(SiagaError):
    """The shipped area-code files are missing or unreadable."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"area data unavailable at {self.path}: {self.detail}"


@dataclass
class DatabaseDamaged(SiagaError):
    """The database is verifiably damaged: SQLite reports a corrupt file or one that is not a
    database, or the integrity check fails. It was left untouched. A disk that cannot be read
    or written is not damage (DatabaseUnavailable)."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"database damaged at {self.path}: {self.detail}"


class DiskProblem(Enum):
    """Why the disk stopped a read or write (the data itself may be perfectly fine)."""

    FULL = "penuh"
    READ_ONLY = "hanya_baca"  # write-protected, or no permission
    IN_USE = "dipakai"  # locked by another program
    VANISHED = "hilang"  # the drive or folder is gone (a stick pulled out)
    FAILING = "gagal_baca_tulis"  # the device reported a read or write error


@dataclass
class DiskError(SiagaError):
    """The disk, not the data, stopped an operation. ``free_bytes`` is what the drive had
    free when it failed; ``needed_bytes`` what the operation asks for (None: not known)."""

    path: Path
    problem: DiskProblem
    detail: str = ""
    free_bytes: int | None = None
    needed_bytes: int | None = None

    def __str__(self) -> str:
        return f"{self.problem.name.lower()} at {self.path}: {self.detail}"


@dataclass
class DatabaseUnavailable(DiskError):
    """The database cannot be opened or read now because of the disk (full, in use, gone,
    failing). Not damage: nothing was written, and it opens again once the cause is gone."""


@dataclass
class StorageFailed(DiskError):
    """A save could not be written (or data read) because of the disk. The transaction was
    rolled back: nothing of that save is in the database."""


@dataclass
class DatabaseMissing(SiagaError):
    """There is a key file but no database beside it (moved, deleted, or a drive missing).
    Nothing is created in its place without the user's explicit choice."""

    path: Path

    def __str__(self) -> str:
        return f"database {self.path} is missing although its key file exists"


@dataclass
class SchemaTooNew(SiagaError):
    """The database was written by a newer version of the app."""

    path: Path
    found: int
    supported: int

    def __str__(self) -> str:
        return f"schema {self.found} in {self.path} is newer than supported {self.supported}"


@dataclass
class CopyFailed(SiagaError):
    """A copy of the database (a backup, or the one a restore makes) could not be written or
    did not verify; what was being written was removed. ``problem`` says why when the disk was
    the cause, with its free space and what the copy needs."""

    path: Path
    detail: str
    problem: DiskProblem | None = None
    free_bytes: int | None = None
    needed_bytes: int | None = None


@dataclass
class BackupFailed(CopyFailed):
    """A backup could not be made. The database itself was not changed."""

    def __str__(self) -> str:
        return f"backup to {self.path} failed: {self.detail}"


@dataclass
class BackupUnusable(SiagaError):
    """A backup file chosen for restore is damaged or not a Siaga TPPO database."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"backup {self.path} unusable: {self.detail}"


@dataclass
class RestoreFailed(CopyFailed):
    """A backup could not be put in place of the database (its copy could not be written or
    did not verify). The database was not changed: it is where and as it was."""

    def __str__(self) -> str:
        return f"restore into {self.path} failed: {self.detail}"


@dataclass
class RestoreIncomplete(SiagaError):
    """A restore put the damaged database aside but could not put the copy in its place, nor
    the damaged file back. Both are kept: ``aside`` (the damaged one) and ``staged`` (the
    verified copy of the backup)."""

    path: Path
    aside: Path
    staged: Path
    detail: str

    def __str__(self) -> str:
        return f"restore of {self.path} incomplete ({self.detail}); kept {self.aside}"


@dataclass
class DataDirUnusable(SiagaError):
    """The data folder cannot be created or written."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"data folder {self.path} unusable: {self.detail}"


@dataclass
class WrongPassphrase(SiagaError):
    """The passphrase does not open this installation's key file. Nothing was changed."""

    failures: int  # wrong tries in a row, this one included
    wait_seconds: int  # before the next try is accepted

    def __str__(self) -> str:
        return f"wrong passphrase ({self.failures} in a row; wait {self.wait_seconds} s)"


@dataclass
class UnlockPaused(SiagaError):
    """Too many wrong passphrases: no try is accepted until the pause is over."""

    wait_seconds: int

    def __str__(self) -> str:
        return f"unlocking paused for {self.wait_seconds} s after wrong passphrases"


@dataclass
class WrongRecoveryKey(SiagaError):
    """The recovery key is well formed but is not the one of this installation."""

    def __str__(self) -> str:
        return "recovery key does not belong to this data"


@dataclass
class KeyFileUnusable(SiagaError):
    """The key file beside the database is damaged or not a Siaga TPPO key file."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"key file {self.path} unusable: {self.detail}"


@dataclass
class DatabaseLocked(SiagaError):
    """The database is encrypted and the key given does not open it (another installation's
    key, or a backup from elsewhere). Not damage: the file was not changed."""

    path: Path

    def __str__(self) -> str:
        return f"database {self.path} does not open with this key"


@dataclass
class ConversionFailed(SiagaError):
    """An unencrypted database from an earlier version could not be encrypted. The original
    is unchanged and still in place."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"encrypting {self.path} failed: {self.detail}"
