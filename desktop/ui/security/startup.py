"""Before the data opens: set up the protection, or unlock it.

What is asked depends on the data folder (``installation.protection_of``): a new folder gets
the welcome wizard (its village or office, passphrase and recovery key); an earlier version's
unencrypted data gets a passphrase and recovery key, and is then encrypted; protected data asks
for the passphrase; protected data without its key file asks for the recovery key and a new
passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from desktop.domain.errors import DatabaseDamaged, DatabaseLocked
from desktop.domain.security import AuditKind
from desktop.paths import DataPaths
from desktop.storage import audit
from desktop.storage.db import check_integrity
from desktop.storage.installation import Protection, protection_of
from desktop.storage.keystore import DatabaseKey
from desktop.ui.i18n import Language
from desktop.ui.security.unlock import UnlockDialog

if TYPE_CHECKING:
    from desktop.ui.wizard import SetUp, WelcomeWizard


@dataclass(frozen=True)
class StartKey:
    key: DatabaseKey
    state: Protection
    recovered: bool = False  # the recovery key was used (a new passphrase was set)
    set_up: SetUp | None = None  # a new installation: its village or office, to be stored

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
    welcome: Callable[[], WelcomeWizard],
    on_language: Callable[[Language], None],
    run: Callable[[QDialog], int] = lambda dialog: dialog.exec(),
) -> StartKey | None:
    """Ask what this folder needs; None when the user closed the window instead.

    ``welcome()`` builds the welcome wizard for a new folder; when the user picks another
    language in it, ``on_language`` installs that language and a new wizard is built."""
    state = protection_of(paths)
    if state is Protection.NEW:
        while True:
            wizard = welcome()
            code = run(wizard)
            if wizard.chosen_language is None:
                break
            on_language(wizard.chosen_language)
        if code != QDialog.DialogCode.Accepted or wizard.set_up is None:
            return None
        return StartKey(wizard.set_up.protection.key, state, set_up=wizard.set_up)
    if state is Protection.UNENCRYPTED:
        # Imported here: it happens once, and its pages (with the PDF recovery sheet) would
        # otherwise cost every start a third of a second.
        from desktop.ui.security.setup_wizard import ProtectionSetup

        setup = ProtectionSetup(paths)
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
