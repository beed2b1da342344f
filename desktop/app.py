"""Composition root of the window: paths, logging, crash handler, the data opened
(``ui/start.py``), translations, the main window and what it is built from (``Shell``).

The only module that wires storage and the Qt user interface together. What it calls on owns
its own job: ``logs.py`` the log file, ``ui/start.py`` start-up and damage recovery,
``ui/check_start.py`` the frozen build's ``--check-start``; the self-test without a window is
``ui/selftest.py``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop import APP_NAME, __version__
from desktop.domain.profile import VillageProfile
from desktop.domain.training import TRAINING_INCIDENTS, TRAINING_PROFILE
from desktop.logs import configure_logging
from desktop.paths import DataPaths
from desktop.resources import resource_path
from desktop.storage import profile_store, settings
from desktop.storage.installation import Installation
from desktop.ui.errors import CrashHandler
from desktop.ui.garbage import GuiThreadCollector
from desktop.ui.home_page import HomePage
from desktop.ui.i18n import LANGUAGE, Language, Translations
from desktop.ui.lifetime import retire
from desktop.ui.shell.village import build_village_window
from desktop.ui.shell.window import MainWindow, WindowContext
from desktop.ui.style import TEXT_SIZE, TextSize, apply_text_size

if TYPE_CHECKING:
    from desktop.domain.exchange import OfficeProfile
    from desktop.storage.area_index import AreaIndex
    from desktop.ui.exchange.scheduler import SyncScheduler

log = logging.getLogger("desktop")

OUTBOX_DIR = "kotak-keluar"  # exports waiting to be uploaded (Kirim & Ekspor)
SENDER_START_MS = 3000  # the outbox sender starts after the window is up
# and a little earlier the integrity check (which reads the whole database) and daily backup
CHECK_START_MS = 500


def _office_profile() -> OfficeProfile | None:
    from desktop.storage.exchange_settings import load_office

    return load_office()


def _open_area_index(paths: DataPaths) -> AreaIndex:
    from desktop.storage.area_index import open_area_index  # only the wizard and settings need it

    return open_area_index(resource_path("wilayah"), paths.shared_cache)


class Shell(QObject):
    """Owns the windows of one run: the wizard first if needed, then the main window."""

    def __init__(
        self,
        app: QApplication,
        installation: Installation,
        *,
        training: bool = False,
        index_factory: Callable[[], AreaIndex] | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.installation = installation
        self.training = training
        paths = installation.paths
        self._index_factory = index_factory or (lambda: _open_area_index(paths))
        self._index: AreaIndex | None = None
        self.ui_settings = QSettings(str(paths.ui_settings), QSettings.Format.IniFormat)
        self.translations = Translations(app)
        self.language = Language.from_setting(settings.LANGUAGE.get())
        self.text_size = TextSize.from_setting(settings.TEXT_SIZE.get())
        self.translations.install(self.language)
        apply_text_size(app, self.text_size)
        self.window: MainWindow | None = None
        self.wizard: QWidget | None = None
        self.lock = None  # the LockController of the current window (protected installations)

    def install_lock(self, window: QWidget) -> None:
        """Lock after idle time and on Ctrl+L (not in MODE LATIHAN: nothing is encrypted)."""
        if not self.installation.encrypted:
            return
        from desktop.ui.security import wiring

        # One lock per window, owned by it: it goes when the window goes (a restart builds a
        # new window and a new lock), so no watcher outlives what it guards.
        self.lock = wiring.make_lock(self.app, self.installation, window)
        wiring.add_lock_button(window, self.lock)

    def add_security_tabs(self, settings: QWidget) -> None:
        """Pengaturan → Keamanan and Jejak audit (protected installations only)."""
        if not self.installation.encrypted:
            return
        from desktop.ui.security import wiring

        if self.lock is not None:
            wiring.add_settings_tabs(settings.tabs, self.installation, self.lock)

    def check_and_back_up(self) -> None:
        """The full integrity check and the daily backup, once the window is up (ui/start.py)."""
        from desktop.ui.start import check_and_back_up

        check_and_back_up(
            self.installation,
            window=self.live_window,
            backed_up=self.backup_done,
            restart=self.restart_main,
            quit_app=self.app.quit,
        )

    def live_window(self) -> MainWindow | None:
        window = self.window
        return window if window is not None and shiboken6.isValid(window) else None

    def backup_done(self) -> None:
        window = self.live_window()
        if window is not None:
            home = window.page("beranda")
            if isinstance(home, HomePage):
                home.refresh_backup_status()

    def area_index(self) -> AreaIndex:
        if self._index is None:
            self._index = self._index_factory()
        return self._index

    def start(self) -> None:
        if self.training and profile_store.load_profile() is None:
            profile_store.save_profile(TRAINING_PROFILE)
            from desktop.storage.incidents import add_demo_records

            add_demo_records(TRAINING_INCIDENTS)
        profile = profile_store.load_profile()
        if profile is None:
            office = _office_profile()
            if office is not None:
                self.show_office(office)
                return
            self.show_wizard()
        else:
            self.show_main(profile)

    def show_wizard(self) -> None:
        """The welcome wizard without its passphrase pages: the data is open but holds no
        village or office yet."""
        from desktop.ui.wizard import WelcomeWizard, draft_in_data

        old = self.wizard
        wizard = WelcomeWizard(
            self.area_index(),
            draft_in_data(self.installation.paths),
            language=self.language,
            text_size=self.text_size,
            on_text_size=self.set_text_size,
        )
        wizard.profile_saved.connect(self.show_main)
        wizard.office_saved.connect(self.show_office)
        wizard.finished.connect(
            lambda _code: wizard.chosen_language and self.set_language(wizard.chosen_language)
        )
        self.wizard = wizard
        wizard.show()
        if old is not None:
            retire(old)  # it closed itself for another language

    def window_context(self) -> WindowContext:
        """What every main window is built from."""
        return WindowContext(
            installation=self.installation,
            ui_settings=self.ui_settings,
            area_index=self.area_index,
            language=self.language,
            text_size=self.text_size,
            set_language=self.set_language,
            set_text_size=self.set_text_size,
            rebuild=self.restart_main,
            extend_settings=self.add_security_tabs,
            training=self.training,
        )

    def show_office(self, office: OfficeProfile, page: str = "") -> None:
        """An immigration office: the register of all villages and the import."""
        from desktop.ui.shell.office import build_office_window

        if self.installation.encrypted:
            from desktop.exchange.keys import ensure_office_key

            ensure_office_key()  # made at set-up; its private key stays in the encrypted data
        self.show_window(build_office_window(self.window_context(), office), page)

    def show_window(self, window: MainWindow, page: str) -> None:
        """Put ``window`` on screen (at ``page``) in place of the one before."""
        old = self.window
        if page:
            window.show_page(page)
        self.window = window
        self.install_lock(window)
        window.show()
        if old is not None:
            retire(old)  # e.g. its own settings page asked for the restart

    def make_sender(self, window: QWidget) -> SyncScheduler | None:
        """The outbox sender of a village window (none in training mode: nothing real is sent).
        Partial exports a killed write left in the outbox are removed first."""
        from desktop.leftovers import is_partial, remove_leftovers

        remove_leftovers(self.installation.paths.root / OUTBOX_DIR, is_partial)
        if self.training:
            return None
        from desktop.ui.exchange.scheduler import SyncScheduler

        sender = SyncScheduler(self.installation.paths.root / OUTBOX_DIR, parent=window)
        QTimer.singleShot(SENDER_START_MS, sender, sender.start)
        return sender

    def show_main(self, profile: VillageProfile, page: str = "") -> None:
        window = build_village_window(
            self.window_context(),
            profile,
            self.installation.paths.root / OUTBOX_DIR,
            self.make_sender,
        )
        self.show_window(window, page)

    def restart_main(self) -> None:
        """Rebuild the main window, e.g. after a restore or a language change."""
        page = self.window.current_page_key() if self.window else ""
        profile = profile_store.load_profile()
        office = _office_profile() if profile is None else None
        if office is not None:
            self.show_office(office, page)
        elif profile is None:
            if self.window is not None:
                self.window.close()
                self.window = None
            self.show_wizard()
        else:
            self.show_main(profile, page)

    def set_text_size(self, size: TextSize) -> None:
        self.text_size = size
        settings.TEXT_SIZE.set(size.value)
        self.ui_settings.setValue(TEXT_SIZE, size.value)  # for the unlock window, next start
        apply_text_size(self.app, size)
        if self.window is not None:
            self.window.refresh_style()

    def set_language(self, language: Language) -> None:
        if language is self.language:
            return
        self.language = language
        settings.LANGUAGE.set(language.value)
        self.ui_settings.setValue(LANGUAGE, language.value)
        self.translations.install(language)
        self.restart_main()


def run_gui(data_dir: str | None, *, training: bool = False, check_start: str | None = None) -> int:
    paths = DataPaths.resolve(data_dir, training=training)
    log_file = configure_logging(paths)
    log.info("%s %s starting, data in %s", APP_NAME, __version__, paths.root)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "siaga-tppo.png"))))
    if check_start is not None:
        from desktop.ui.check_start import exit_once_a_window_shows

        exit_once_a_window_shows(app, check_start)
    # Before the data opens only the window settings file says which language and text size
    # the user chose (the database holds them too, but it is still locked).
    ui_settings = QSettings(str(paths.ui_settings), QSettings.Format.IniFormat)
    Translations(app).install(Language.from_setting(ui_settings.value(LANGUAGE)))
    apply_text_size(app, TextSize.from_setting(ui_settings.value(TEXT_SIZE)))
    CrashHandler(log_file).install()
    collector = GuiThreadCollector(app)
    collector.start()
    index: list[AreaIndex] = []  # opened once, by the welcome wizard or the first window

    def area_index() -> AreaIndex:
        if not index:
            index.append(_open_area_index(paths))
        return index[0]

    from desktop.ui.start import open_for_window

    installation = open_for_window(app, paths, ui_settings, area_index, training=training)
    if isinstance(installation, int):
        return installation
    shell = Shell(app, installation, training=training, index_factory=area_index)
    shell.start()
    QTimer.singleShot(CHECK_START_MS, shell.check_and_back_up)
    try:
        return app.exec()
    finally:
        # A backup (or an export) still running finishes before the data closes.
        QThreadPool.globalInstance().waitForDone()
        installation.close()
