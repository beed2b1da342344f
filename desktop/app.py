"""Composition root: paths, logging, crash handler, database, translations, windows.

The only module that wires storage and the Qt user interface together.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, __version__
from desktop.domain.errors import DatabaseDamaged, SiagaError
from desktop.domain.profile import Contact, ContactRole, VillageProfile
from desktop.paths import DataPaths
from desktop.resources import REQUIRED_RESOURCES, resource_path
from desktop.storage import profile_store
from desktop.storage.backup import copy_database
from desktop.storage.db import close_database, open_database
from desktop.storage.installation import Installation
from desktop.storage.migrations import SCHEMA_VERSION, migrate
from desktop.ui.errors import CrashHandler, error_message
from desktop.ui.formatting import format_datetime
from desktop.ui.home_page import HomePage
from desktop.ui.i18n import Language, Translations, load_app_translator
from desktop.ui.main_window import MainWindow
from desktop.ui.style import TextSize, apply_text_size

if TYPE_CHECKING:
    from desktop.storage.area_index import AreaIndex

log = logging.getLogger("desktop")

LANGUAGE = "language"
TEXT_SIZE = "text_size"

TRAINING_PROFILE = VillageProfile(
    village_code="15.02.02.0000",
    village_name="Sukamaju (fiktif)",
    district_name="Bangko",
    regency_name="Kabupaten Merangin",
    province_name="Jambi",
    head_name="Budi Santoso (fiktif)",
    office_phone="0000-0000-0000",
    office_address="Jalan Contoh No. 1 (fiktif)",
    contacts={
        ContactRole.BHABINKAMTIBMAS: Contact("Bripka Contoh (fiktif)", "0000-0000-0001"),
        ContactRole.BABINSA: Contact("Serka Contoh (fiktif)", "0000-0000-0002"),
        ContactRole.IMMIGRATION_OFFICE: Contact("Kantor Imigrasi (fiktif)", "0000-0000-0003"),
        ContactRole.MANPOWER_OFFICE: Contact("Dinas Tenaga Kerja (fiktif)", "0000-0000-0004"),
    },
    training=True,
)


class RotatingLog(logging.FileHandler):
    """A log file that starts afresh past ``max_bytes``, keeping ``keep`` older files.

    logging.handlers.RotatingFileHandler would do, but importing logging.handlers costs about
    10 ms of start-up (it pulls in socket, pickle and queue).
    """

    def __init__(self, path: Path, max_bytes: int = 1_000_000, keep: int = 5) -> None:
        self.max_bytes = max_bytes
        self.keep = keep
        super().__init__(path, encoding="utf-8", delay=True)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            path = Path(self.baseFilename)
            if path.exists() and path.stat().st_size >= self.max_bytes:
                self.rotate(path)
        except OSError:
            pass
        super().emit(record)

    def rotate(self, path: Path) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for n in range(self.keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{n + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))


def configure_logging(paths: DataPaths) -> Path | None:
    """A rotating log in the data folder; returns its path (None if it cannot be written)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        log_file = paths.logs / "siaga.log"
        handler = RotatingLog(log_file)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file


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
        self.language = Language.from_setting(profile_store.get_setting(LANGUAGE))
        self.text_size = TextSize.from_setting(profile_store.get_setting(TEXT_SIZE))
        self.translations.install(self.language)
        apply_text_size(app, self.text_size)
        self.window: MainWindow | None = None
        self.wizard: QWidget | None = None

    def area_index(self) -> AreaIndex:
        if self._index is None:
            self._index = self._index_factory()
        return self._index

    def start(self) -> None:
        if self.training and profile_store.load_profile() is None:
            profile_store.save_profile(TRAINING_PROFILE)
        profile = profile_store.load_profile()
        if profile is None:
            self.show_wizard()
        else:
            self.show_main(profile)

    def show_wizard(self) -> None:
        from desktop.ui.wizard import FirstRunWizard

        self.wizard = FirstRunWizard(self.area_index(), self.text_size, self.set_text_size)
        self.wizard.profile_saved.connect(self.show_main)
        self.wizard.show()

    def show_main(self, profile: VillageProfile, page: str = "") -> None:
        old = self.window
        window = MainWindow(profile, self.ui_settings, training=self.training)
        home = HomePage(self.installation)
        home.show_profile(profile)

        def build_settings() -> QWidget:
            from desktop.ui.settings_page import SettingsPage

            settings = SettingsPage(
                self.installation,
                self.area_index,
                profile_store.load_profile() or profile,
                self.language,
                self.text_size,
                self.set_language,
                self.set_text_size,
            )

            def profile_saved(saved: VillageProfile) -> None:
                window.set_profile(saved)
                home.show_profile(saved)

            settings.profile_saved.connect(profile_saved)
            settings.restored.connect(self.restart_main)
            return settings

        def edit_profile() -> None:
            window.show_page("pengaturan")
            window.page("pengaturan").show_profile_tab()

        home.edit_profile.connect(edit_profile)
        window.add_page("beranda", home)
        window.add_lazy_page(
            "pengaturan", QCoreApplication.translate("SettingsPage", "Settings"), build_settings
        )
        if page:
            window.show_page(page)
        self.window = window
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()

    def restart_main(self) -> None:
        """Rebuild the main window, e.g. after a restore or a language change."""
        page = self.window.current_page_key() if self.window else ""
        profile = profile_store.load_profile()
        if profile is None:
            if self.window is not None:
                self.window.close()
                self.window = None
            self.show_wizard()
        else:
            self.show_main(profile, page)

    def set_text_size(self, size: TextSize) -> None:
        self.text_size = size
        profile_store.set_setting(TEXT_SIZE, size.value)
        apply_text_size(self.app, size)
        if self.window is not None:
            self.window.refresh_style()

    def set_language(self, language: Language) -> None:
        if language is self.language:
            return
        self.language = language
        profile_store.set_setting(LANGUAGE, language.value)
        self.translations.install(language)
        self.restart_main()


def _recover_damaged(installation: Installation, damage: DatabaseDamaged) -> bool:
    """Tell the user plainly and offer the newest good backup. True when it was restored."""
    log.error("database damaged: %s", damage)
    newest = installation.newest_good_backup()
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error_message(damage))
    restore = None
    if newest is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "Newest good backup: {when}. The damaged file is kept aside, not deleted.",
            ).format(when=format_datetime(newest.taken_at))
        )
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Restore this backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "No good backup was found. Please contact the immigration office for help; "
                "do not delete the data folder: {folder}",
            ).format(folder=installation.paths.root)
        )
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    installation.restore(newest.path)
    return True


def run_gui(data_dir: str | None, *, training: bool = False) -> int:
    paths = DataPaths.resolve(data_dir, training=training)
    log_file = configure_logging(paths)
    log.info("%s %s starting, data in %s", APP_NAME, __version__, paths.root)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    Translations(app).install(Language.INDONESIAN)
    CrashHandler(log_file).install()
    installation = Installation(paths)
    try:
        installation.open()
    except DatabaseDamaged as damage:
        try:
            if not _recover_damaged(installation, damage):
                return 1
        except SiagaError as exc:
            QMessageBox.critical(None, APP_NAME, error_message(exc))
            return 1
    except SiagaError as exc:
        log.error("cannot open data: %s", exc)
        QMessageBox.critical(None, APP_NAME, error_message(exc))
        return 1
    shell = Shell(app, installation, training=training)
    shell.start()
    try:
        return app.exec()
    finally:
        installation.close()


def _check_resources() -> str | None:
    missing = [
        str(resource_path(*p)) for p in REQUIRED_RESOURCES if not resource_path(*p).is_file()
    ]
    return "tidak ada: " + ", ".join(missing) if missing else None


def _check_area_codes(scratch: Path) -> str | None:
    from desktop.storage.area_index import open_area_index

    index = open_area_index(resource_path("wilayah"), scratch / "cache")
    try:
        chain = index.chain("15.02.02.2004")
        count = index.count()
    finally:
        index.close()
    if [a.name for a in chain][1:3] != ["Kabupaten Merangin", "Bangko"]:
        return f"kode 15.02.02.2004 terbaca salah: {chain}"
    if count < 90000:
        return f"hanya {count} wilayah terbaca"
    return None


def _check_translations(_scratch: Path) -> str | None:
    app = QCoreApplication.instance() or QCoreApplication([])
    translator = load_app_translator(Language.INDONESIAN, app)
    if translator is None:
        return "berkas terjemahan Indonesia tidak dapat dimuat"
    if translator.translate("SettingsPage", "Settings") != "Pengaturan":
        return "terjemahan Indonesia tidak lengkap"
    return None


def _check_database(scratch: Path, paths: DataPaths) -> str | None:
    copy = scratch / "salinan.sqlite3"
    if paths.database.exists():
        source = sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)
        try:
            copy_database(source, copy)
        finally:
            source.close()
    db = open_database(copy)
    try:
        result = migrate(db, copy, scratch / "cadangan")
        if result.to_version != SCHEMA_VERSION:
            return f"migrasi berhenti di versi {result.to_version}"
        profile_store.load_profile()
    finally:
        close_database(db)
    return None


def run_self_test(data_dir: str | None) -> int:
    """Check an installation without a window. Never modifies the real data."""
    paths = DataPaths.resolve(data_dir)
    scratch = Path(tempfile.mkdtemp(prefix="siaga-selftest-"))
    checks = [
        ("Sumber daya aplikasi lengkap", lambda: _check_resources()),
        ("Kode wilayah terbaca", lambda: _check_area_codes(scratch)),
        ("Terjemahan dimuat", lambda: _check_translations(scratch)),
        ("Basis data dibuka dan dimigrasi (salinan)", lambda: _check_database(scratch, paths)),
    ]
    failures = 0
    try:
        for name, check in checks:
            try:
                problem = check()
            except Exception as exc:
                problem = f"{type(exc).__name__}: {exc}"
            if problem:
                failures += 1
                print(f"GAGAL  {name}: {problem}")
            else:
                print(f"OK     {name}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(_summary(len(checks), failures))
    return 1 if failures else 0


def _summary(total: int, failures: int) -> str:
    if failures:
        return f"{failures} dari {total} pemeriksaan gagal."
    return f"Semua {total} pemeriksaan berhasil (Siaga TPPO {__version__})."
