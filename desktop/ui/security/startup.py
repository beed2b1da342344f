"""Before the data opens: the window's prompt for the key (``obtain_key``, the ``ask`` the
window gives ``storage.protected.open_protected``): set up the protection, or unlock it.

What is asked depends on the data folder's state (``installation.Protection``): a new folder
gets the welcome wizard (its village or office, passphrase and recovery key); an earlier
version's unencrypted data gets a passphrase and recovery key, and is then encrypted;
protected data asks for the passphrase; protected data without its key file asks for the
recovery key and a new passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from desktop.domain.errors import DatabaseDamaged, DatabaseLocked
from desktop.paths import DataPaths
from desktop.storage.db import check_integrity
from desktop.storage.installation import Protection
from desktop.storage.keystore import DatabaseKey
from desktop.storage.protected import Granted
from desktop.ui.i18n import Language
from desktop.ui.security.unlock import UnlockDialog

if TYPE_CHECKING:
    from desktop.ui.wizard import SetUp, WelcomeWizard


@dataclass(frozen=True)
class StartKey(Granted):
    """The window's answer: the key, and a new folder's village or office from the wizard."""

    set_up: SetUp | None = None  # a new installation: its village or office, to be stored


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
    state: Protection,
    *,
    welcome: Callable[[], WelcomeWizard],
    on_language: Callable[[Language], None],
    run: Callable[[QDialog], int] = lambda dialog: dialog.exec(),
) -> StartKey | None:
    """Ask what the folder of ``paths`` needs (its ``state``); None when the user closed the
    window instead.

    ``welcome()`` builds the welcome wizard for a new folder; when the user picks another
    language in it, ``on_language`` installs that language and a new wizard is built."""
    if state is Protection.NEW:
        while True:
            wizard = welcome()
            code = run(wizard)
            if wizard.chosen_language is None:
                break
            on_language(wizard.chosen_language)
        if code != QDialog.DialogCode.Accepted or wizard.set_up is None:
            return None
        return StartKey(wizard.set_up.protection.key, set_up=wizard.set_up)
    if state is Protection.UNENCRYPTED:
        # Imported here: it happens once, and its pages (with the PDF recovery sheet) would
        # otherwise cost every start a third of a second.
        from desktop.ui.security.setup_wizard import ProtectionSetup

        setup = ProtectionSetup(paths)
        if run(setup) != QDialog.DialogCode.Accepted or setup.protection is None:
            return None
        return StartKey(setup.protection.key)
    dialog = UnlockDialog(
        paths,
        key_opens_data=key_opens(paths),
        recovery_only=state is Protection.KEY_FILE_MISSING,
    )
    if run(dialog) != QDialog.DialogCode.Accepted or dialog.result_ is None:
        return None
    return StartKey(dialog.result_.key, dialog.result_.recovered)
