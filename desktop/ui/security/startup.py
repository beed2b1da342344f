"""Before the data opens: set up the protection, or unlock it.

What is asked depends on the data folder (``installation.protection_of``): a new folder gets
the passphrase and recovery key set up; an earlier version's unencrypted data gets the same,
and is then encrypted; protected data asks for the passphrase; protected data without its key
file asks for the recovery key and a new passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog

from desktop.domain.errors import DatabaseDamaged, DatabaseLocked
from desktop.domain.security import AuditKind
from desktop.paths import DataPaths
from desktop.storage import audit
from desktop.storage.db import check_integrity
from desktop.storage.installation import Protection, protection_of
from desktop.storage.keystore import DatabaseKey
from desktop.ui.security.unlock import UnlockDialog
from desktop.ui.style import TextSize


@dataclass(frozen=True)
class StartKey:
    key: DatabaseKey
    state: Protection
    recovered: bool = False  # the recovery key was used (a new passphrase was set)

    @property
    def newly_protected(self) -> bool:
        return self.state in (Protection.NEW, Protection.UNENCRYPTED)

    def record(self) -> None:
        """Audit how this start was unlocked (the database must be open)."""
        if self.newly_protected:
            audit.record_event(AuditKind.PROTECTION_SET, {"via": "aplikasi"})
        if self.recovered:
            audit.record_event(AuditKind.RECOVERY_USED, {"via": "aplikasi"})
            audit.record_event(AuditKind.PASSPHRASE_CHANGED, {"via": "kunci pemulihan"})


def key_opens(paths: DataPaths) -> Callable[[DatabaseKey], bool]:
    """Whether a key (from a recovery key) opens the data of ``paths``."""

    def opens(key: DatabaseKey) -> bool:
        if not paths.database.is_file():
            return True
        try:
            check_integrity(paths.database, key)
        except (DatabaseDamaged, DatabaseLocked):
            return False
        return True

    return opens


def obtain_key(
    paths: DataPaths,
    *,
    text_size: TextSize,
    on_text_size: Callable[[TextSize], None],
    run: Callable[[QDialog], int] = lambda dialog: dialog.exec(),
) -> StartKey | None:
    """Ask what this folder needs; None when the user closed the window instead."""
    state = protection_of(paths)
    if state in (Protection.NEW, Protection.UNENCRYPTED):
        # Imported here: set-up happens once, and its wizard (with the PDF recovery sheet and
        # the office pages) would otherwise cost every start a third of a second.
        from desktop.ui.security.setup_wizard import ProtectionSetup

        setup = ProtectionSetup(
            paths,
            upgrade=state is Protection.UNENCRYPTED,
            text_size=text_size,
            on_text_size=on_text_size,
        )
        if run(setup) != QDialog.DialogCode.Accepted or setup.protection is None:
            return None
        return StartKey(setup.protection.key, state)
    dialog = UnlockDialog(
        paths,
        key_opens_data=key_opens(paths),
        recovery_only=state is Protection.KEY_FILE_MISSING,
    )
    if run(dialog) != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return None
    return StartKey(dialog.result_.key, state, dialog.result_.recovered)
