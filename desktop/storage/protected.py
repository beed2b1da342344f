"""Opening a data folder's protected data: the one way from a locked folder to an open
``Installation``, for the window and the command line alike, and the one place where how the
data was opened is audited.

A front-end supplies only the prompt, ``ask(state)``: it gets what the folder needs
(``installation.Protection``: a new passphrase for a new folder or an earlier version's
unencrypted data, the passphrase, or the recovery key when the key file is missing) and
returns the key it obtained (``Granted``), or None when the user gave up; its wording, and
refusing what it does not offer (the command line refuses the recovery key), are its own. The
wrong-passphrase pause lives in the key file (``keystore.unlock``), so it holds whichever
front-end asks.

Opening the database is ``Installation.open`` by default; the window passes its own
``open_data`` that deals with a full disk, damage or missing data together with the user (a
disk that is full or failing is never taken for damage: ``DatabaseUnavailable``). The audit
events are recorded once the data is open; one that cannot be written yet (a full disk, the
window's integrity check still running) waits in memory (``audit``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from desktop.domain.security import AuditKind
from desktop.paths import DataPaths
from desktop.storage import audit
from desktop.storage.installation import Installation, Protection, protection_of
from desktop.storage.keystore import DatabaseKey


@dataclass(frozen=True)
class Granted:
    """What the prompt obtained: the database key, and whether the recovery key gave it (a new
    passphrase was set with it)."""

    key: DatabaseKey
    recovered: bool = False


G = TypeVar("G", bound=Granted)  # a front-end's prompt may hand back more (the window's set-up)


@dataclass(frozen=True)
class Opened(Generic[G]):
    """Open data, what the folder needed and what the prompt gave."""

    installation: Installation
    state: Protection
    granted: G

    @property
    def newly_protected(self) -> bool:
        return newly_protected(self.state)


def newly_protected(state: Protection) -> bool:
    """Whether opening a folder in ``state`` sets its protection up (and may create the data)."""
    return state in (Protection.NEW, Protection.UNENCRYPTED)


def _open(installation: Installation) -> bool:
    installation.open()
    return True


def open_protected(
    paths: DataPaths,
    ask: Callable[[Protection], G | None],
    *,
    via: str,
    command: str = "",
    open_data: Callable[[Installation], bool] = _open,
) -> Opened[G] | None:
    """Ask for the key this folder needs, open its data and audit how it was opened.

    ``via`` and ``command`` name the front-end in the audit trail (``"aplikasi"``; or
    ``"perintah"`` and the command). None when the prompt or ``open_data`` gave up; errors
    of ``ask`` and of opening (SiagaError) are the caller's to word.
    """
    state = protection_of(paths)
    granted = ask(state)
    if granted is None:
        return None
    installation = Installation(paths, granted.key, new=newly_protected(state))
    if not open_data(installation):
        return None
    opened = Opened(installation, state, granted)
    _record(installation, state, granted, via, command)
    return opened


def _record(
    installation: Installation, state: Protection, granted: Granted, via: str, command: str
) -> None:
    by = {"via": via, "command": command} if command else {"via": via}
    if newly_protected(state):
        audit.record_event(AuditKind.PROTECTION_SET, by)
    if granted.recovered:
        audit.record_event(AuditKind.RECOVERY_USED, by)
        audit.record_event(AuditKind.PASSPHRASE_CHANGED, {"via": "kunci pemulihan"})
    installation.record_unlocked(f"{via} {command}" if command else via)
