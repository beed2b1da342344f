"""When the data does not open as usual: what the user is told and offered.

* The disk is full, in use, gone or failing (DatabaseUnavailable): say what is wrong and how
  much space is needed, and offer to try again. Nothing is written; the data is not damaged.
* Verified damage (DatabaseDamaged): offer the newest good backup; the damaged file is set aside
  only once the backup's copy is complete and verified (storage.backup.restore_backup).
* The data file is missing beside its key file (DatabaseMissing): offer the newest good backup;
  with none, empty data only when the user explicitly chooses it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import APP_NAME
from desktop.domain.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseUnavailable,
    SiagaError,
)
from desktop.storage.installation import Installation
from desktop.ui.errors import error_message, unavailable_texts
from desktop.ui.formatting import format_datetime
from desktop.ui.messages import ask, inform

log = logging.getLogger(__name__)


def _choose(
    icon: QMessageBox.Icon,
    text: str,
    detail: str,
    choices: list[str],
    parent: QWidget | None = None,
) -> int:
    """Show ``text`` with one button per choice (the last one is the way out); the index of
    the choice made (the last one when the box was closed)."""
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    buttons = [
        box.addButton(
            label,
            QMessageBox.ButtonRole.RejectRole
            if n == len(choices) - 1
            else QMessageBox.ButtonRole.AcceptRole,
        )
        for n, label in enumerate(choices)
    ]
    box.setDefaultButton(buttons[0])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(choices) - 1


def ask_to_retry(error: DatabaseUnavailable, parent: QWidget | None = None) -> bool:
    """The disk keeps the data from opening: say why; True when the user wants to try again."""
    log.warning("data unavailable: %s", error.problem.name)
    headline, details = unavailable_texts(error)
    then = QCoreApplication.translate(
        "Startup", "Then press Try again. Siaga TPPO changes nothing until then."
    )
    return (
        _choose(
            QMessageBox.Icon.Warning,
            headline,
            details.replace("\n\n", " " + then + "\n\n", 1),
            [
                QCoreApplication.translate("Startup", "Try again"),
                QCoreApplication.translate("Startup", "Quit"),
            ],
            parent,
        )
        == 0
    )


def recover_damaged(
    installation: Installation, damage: DatabaseDamaged, parent: QWidget | None = None
) -> bool:
    """Tell the user plainly and offer the newest good backup. True when it was restored."""
    log.error("database damaged: %s", damage)
    newest = installation.newest_good_backup()
    if newest is None:
        _choose(
            QMessageBox.Icon.Critical,
            error_message(damage),
            QCoreApplication.translate(
                "Startup",
                "No good backup was found. Please contact the immigration office for help; "
                "do not delete the data folder: {folder}",
            ).format(folder=installation.paths.root),
            [QCoreApplication.translate("Startup", "Quit")],
            parent,
        )
        return False
    choice = _choose(
        QMessageBox.Icon.Critical,
        error_message(damage),
        QCoreApplication.translate(
            "Startup", "Newest good backup: {when}. The damaged file is kept aside, not deleted."
        ).format(when=format_datetime(newest.taken_at)),
        [
            QCoreApplication.translate("Startup", "Restore this backup"),
            QCoreApplication.translate("Startup", "Quit"),
        ],
        parent,
    )
    if choice != 0:
        return False
    return _restore(installation, newest.path, parent)


def recover_missing(
    installation: Installation, missing: DatabaseMissing, parent: QWidget | None = None
) -> bool:
    """Offer the newest good backup, or (with none) empty data on an explicit choice. True
    when the data is open afterwards."""
    log.error("database missing: %s", missing.path)
    newest = installation.newest_good_backup()
    if newest is not None:
        choice = _choose(
            QMessageBox.Icon.Critical,
            error_message(missing),
            QCoreApplication.translate(
                "Startup",
                "Newest good backup: {when}. Restoring it brings back the data as it was then.",
            ).format(when=format_datetime(newest.taken_at)),
            [
                QCoreApplication.translate("Startup", "Restore this backup"),
                QCoreApplication.translate("Startup", "Quit"),
            ],
            parent,
        )
        return choice == 0 and _restore(installation, newest.path, parent)
    choice = _choose(
        QMessageBox.Icon.Critical,
        error_message(missing),
        QCoreApplication.translate(
            "Startup",
            "No backup was found either. If the file was moved or deleted by mistake, ask a "
            "technician to bring it back. Starting with empty data means that nothing recorded "
            "on this computer before is in Siaga TPPO.",
        ),
        [
            QCoreApplication.translate("Startup", "Start with empty data"),
            QCoreApplication.translate("Startup", "Quit"),
        ],
        parent,
    )
    if choice != 0 or not ask(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "Startup",
            "Really start with empty data? Everything recorded on this computer before stays "
            "missing.",
        ),
        QCoreApplication.translate("Startup", "Start with empty data"),
    ):
        return False
    installation.new = True
    return open_data(installation, parent)


def _restore(installation: Installation, source, parent: QWidget | None) -> bool:
    try:
        installation.restore(source)
    except SiagaError as exc:
        log.error("restore at start failed: %s", type(exc).__name__)
        inform(parent, APP_NAME, error_message(exc), warning=True)
        return False
    return True


def open_data(installation: Installation, parent: QWidget | None = None) -> bool:
    """Open the data for the window (the full integrity check is left to the window, see
    Installation.open), dealing with each problem together with the user. True when open."""
    while True:
        try:
            installation.open(take_daily_backup=False, check_now=False)
        except DatabaseUnavailable as exc:
            if ask_to_retry(exc, parent):
                continue
            return False
        except DatabaseDamaged as damage:
            return recover_damaged(installation, damage, parent)
        except DatabaseMissing as missing:
            return recover_missing(installation, missing, parent)
        except SiagaError as exc:
            log.error("cannot open data: %s", exc)
            inform(parent, APP_NAME, error_message(exc), warning=True)
            return False
        return True
