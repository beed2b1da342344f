"""Start-up and damage recovery for the window: from a data folder to open data, and the full
check once the window is up.

``open_for_window``: MODE LATIHAN's data opens unprotected; other data through
``storage.protected.open_protected`` with the window's prompt (``ui/security/startup.py``);
``ui/recovery.py`` deals with a full disk, damage or missing data together with the user. Then
a new installation's village or office, and the language and text size chosen before the data
existed, are stored in it.

``check_and_back_up``: the full integrity check that opening left, then the daily backup, on a
worker thread; damage it finds is told and the newest good backup offered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME
from desktop.domain.errors import DatabaseDamaged, SiagaError
from desktop.paths import DataPaths
from desktop.storage import audit, settings
from desktop.storage.db import UNPROTECTED
from desktop.storage.installation import Installation, Protection
from desktop.storage.protected import open_protected
from desktop.ui.errors import error_message
from desktop.ui.i18n import LANGUAGE, Language, Translations
from desktop.ui.recovery import open_data, recover_damaged
from desktop.ui.style import TEXT_SIZE, TextSize, apply_text_size

if TYPE_CHECKING:
    from desktop.storage.area_index import AreaIndex
    from desktop.ui.security.startup import StartKey
    from desktop.ui.wizard import WelcomeWizard


def open_for_window(
    app: QApplication,
    paths: DataPaths,
    ui_settings: QSettings,
    area_index: Callable[[], AreaIndex],
    *,
    training: bool = False,
) -> Installation | int:
    """The data of ``paths`` open for the window (its full check still to come), or the exit
    code when the start ends here: 0 when the user closed the window, 1 when the data could
    not be opened (the user has been told why).

    ``ui_settings`` holds the language and text size the user chose (the database holds them
    too, but it is still locked); a choice made in the welcome wizard is saved there too."""
    if training:  # MODE LATIHAN: fictional data, its own folder, never encrypted
        installation = Installation(paths, UNPROTECTED)
        return installation if open_data(installation) else 1
    from desktop.ui.security.startup import obtain_key

    language = Language.from_setting(ui_settings.value(LANGUAGE))
    text_size = TextSize.from_setting(ui_settings.value(TEXT_SIZE))

    def chosen_size(size: TextSize) -> None:
        nonlocal text_size
        text_size = size
        apply_text_size(app, size)
        ui_settings.setValue(TEXT_SIZE, size.value)

    def chosen_language(choice: Language) -> None:
        nonlocal language
        language = choice
        Translations(app).install(choice)
        ui_settings.setValue(LANGUAGE, choice.value)

    def welcome() -> WelcomeWizard:
        from desktop.ui.wizard import FileDraft, WelcomeWizard

        return WelcomeWizard(
            area_index(),
            FileDraft(paths),
            language=language,
            text_size=text_size,
            on_text_size=chosen_size,
            protect=paths,
        )

    failed = False  # the data did not open, or the prompt met an error: the user was told

    def ask(state: Protection) -> StartKey | None:
        nonlocal failed
        try:
            return obtain_key(paths, state, welcome=welcome, on_language=chosen_language)
        except SiagaError as exc:
            QMessageBox.critical(None, APP_NAME, error_message(exc))
            failed = True
            return None

    def open_asked(installation: Installation) -> bool:
        nonlocal failed
        failed = not open_data(installation)
        return not failed

    opened = open_protected(paths, ask, via="aplikasi", open_data=open_asked)
    if opened is None:
        return 1 if failed else 0
    if opened.newly_protected:
        settings.TEXT_SIZE.set(text_size.value)
    if opened.granted.set_up is not None:
        from desktop.ui.wizard import finish_set_up

        settings.LANGUAGE.set(language.value)
        finish_set_up(opened.granted.set_up, paths)
    return opened.installation


def check_and_back_up(
    installation: Installation,
    *,
    window: Callable[[], QWidget | None],
    backed_up: Callable[[], None],
    restart: Callable[[], None],
    quit_app: Callable[[], None],
) -> None:
    """On a worker thread: the full integrity check left by opening (saving waits until it
    has passed; storage.db's write gate), then today's backup unless it exists. The window
    stays usable meanwhile (the backup is a consistent copy even while the user saves).
    ``backed_up`` follows (the home page says when the backup is done, or that it failed).

    Damage the check finds (nothing has been written since the data opened) is told over
    ``window()``, and the newest good backup offered: ``restart`` once it is restored,
    ``quit_app`` otherwise. A disk that failed while the check read is told, not taken for
    damage."""
    from desktop.ui.messages import inform
    from desktop.ui.tasks import run_in_background

    def work() -> object:
        installation.finish_check()
        return installation.daily_backup()

    def done(_result: object) -> None:
        audit.flush_pending()  # the unlock, recorded while the check ran
        backed_up()

    def check_failed(exc: BaseException) -> None:
        if not isinstance(exc, SiagaError):
            raise exc
        parent = window()
        if not isinstance(exc, DatabaseDamaged):
            inform(parent, APP_NAME, error_message(exc), warning=True)
            return
        QThreadPool.globalInstance().waitForDone()  # nothing else may hold the data now
        if recover_damaged(installation, exc, parent):
            restart()
        else:
            quit_app()

    run_in_background(work, on_done=done, on_error=check_failed)
