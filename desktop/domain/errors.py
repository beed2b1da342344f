"""Typed errors raised below the UI. They carry data; the UI owns the (Indonesian) wording."""

from __future__ import annotations

from dataclasses import dataclass
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
    """The database failed its integrity check or could not be opened; it was left untouched."""

    path: Path
    detail: str

    def __str__(self) -> str:
        return f"database damaged at {self.path}: {self.detail}"


@dataclass
class SchemaTooNew(SiagaError):
    """The database was written by a newer version of the app."""

    path: Path
    found: int
    supported: int

    def __str__(self) -> str:
        return f"schema {self.found} in {self.path} is newer than supported {self.supported}"


@dataclass
class BackupFailed(SiagaError):
    """A backup could not be written or did not verify."""

    path: Path
    detail: str

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
