"""Composition root: paths, logging, crash handler, database, translations, windows.

The only module that wires storage and the Qt user interface together.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, __version__
from desktop.domain.errors import DatabaseDamaged, SiagaError
from desktop.domain.profile import Contact, ContactRole, VillageProfile
from desktop.paths import DataPaths
from desktop.resources import REQUIRED_RESOURCES, resource_path
from desktop.storage import profile_store, settings
from desktop.storage.backup import copy_database
from desktop.storage.db import UNPROTECTED, Key, close_database, open_database
from desktop.storage.installation import Installation
from desktop.storage.migrations import SCHEMA_VERSION, migrate
from desktop.ui.errors import CrashHandler, error_message
from desktop.ui.garbage import GuiThreadCollector
from desktop.ui.home_page import HomePage
from desktop.ui.i18n import Language, Translations, load_app_translator
from desktop.ui.lifetime import retire
from desktop.ui.shell.village import build_village_window
from desktop.ui.shell.window import MainWindow, WindowContext
from desktop.ui.style import TextSize, apply_text_size

if TYPE_CHECKING:
    from desktop.domain.exchange import OfficeProfile
    from desktop.storage.area_index import AreaIndex
    from desktop.ui.exchange.scheduler import SyncScheduler
    from desktop.ui.wizard import WelcomeWizard

log = logging.getLogger("desktop")

LANGUAGE = "language"
TEXT_SIZE = "text_size"
TRAINING_INCIDENTS = 300  # fictional incident records in a new training installation
OUTBOX_DIR = "kotak-keluar"  # exports waiting to be uploaded (Kirim & Ekspor)
SENDER_START_MS = 3000  # the outbox sender starts after the window is up
# and a little earlier the integrity check (which reads the whole database) and daily backup
CHECK_START_MS = 500

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
        paths.ensure()
        log_file = paths.logs / "siaga.log"
        handler = RotatingLog(log_file)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file


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
        """On a worker thread: the full integrity check left by opening (saving waits until it
        has passed; storage.db's write gate), then today's backup unless it exists. The window
        stays usable meanwhile (the backup is a consistent copy even while the user saves).
        The home page says when the backup is done, or that it failed."""
        from desktop.storage import audit
        from desktop.ui.tasks import run_in_background

        def work() -> object:
            self.installation.finish_check()
            return self.installation.daily_backup()

        def done(_result: object) -> None:
            audit.flush_pending()  # the unlock, recorded while the check ran
            window = self.window
            if isinstance(window, MainWindow) and shiboken6.isValid(window):
                home = window.page("beranda")
                if isinstance(home, HomePage):
                    home.refresh_backup_status()

        run_in_background(work, on_done=done, on_error=self.check_failed)

    def check_failed(self, exc: BaseException) -> None:
        """The integrity check found damage (nothing has been written since the data opened),
        or the disk failed while it read: tell the user; offer the newest good backup."""
        from desktop.ui.messages import inform
        from desktop.ui.recovery import recover_damaged

        if not isinstance(exc, SiagaError):
            raise exc
        parent = self.window if self.window is not None and shiboken6.isValid(self.window) else None
        if not isinstance(exc, DatabaseDamaged):
            inform(parent, APP_NAME, error_message(exc), warning=True)
            return
        QThreadPool.globalInstance().waitForDone()  # nothing else may hold the data now
        if recover_damaged(self.installation, exc, parent):
            self.restart_main()
        else:
            self.app.quit()

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


CHECK_START_SECONDS = 60


def _exit_once_a_window_shows(app: QApplication, picture: str) -> None:
    """The hidden ``--check-start [PNG]`` of the frozen build's tests (tests/installer).

    Polls until a window is on screen (so it also works while a dialog runs its own event
    loop, as the passphrase dialog does before the main window). The main window first opens
    every page, so that a module only a page imports is loaded too. Then it prints the window's
    title, saves a picture of it to ``picture`` (if given) and ends the process: exit code 0;
    4 when an error message or the crash dialog shows instead; 3 when nothing shows within
    CHECK_START_SECONDS.
    """
    import time

    from desktop.ui.crash_dialog import CrashDialog

    deadline = time.monotonic() + CHECK_START_SECONDS
    visited: set[int] = set()

    def finish(code: int, message: str, window: QWidget | None = None) -> None:
        if window is not None and picture:
            window.grab().save(picture)
        print(message, flush=True)
        os._exit(code)

    def poll() -> None:
        # The next poll is set first, on a new timer: Qt does not deliver a timer's event while
        # that timer's previous event is still running, as it is while a crash dialog it caused
        # runs its own event loop.
        QTimer.singleShot(250, poll)
        visible = [w for w in app.topLevelWidgets() if w.isVisible()]
        for window in visible:
            if isinstance(window, QMessageBox | CrashDialog):
                text = window.text() if isinstance(window, QMessageBox) else ""
                finish(4, f"Pesan kesalahan tampil: {window.windowTitle()} {text}", window)
        shown = [w for w in visible if w.windowTitle()]
        if shown and isinstance(shown[0], MainWindow) and id(shown[0]) not in visited:
            visited.add(id(shown[0]))
            for key in shown[0].page_keys():
                shown[0].show_page(key)
            shown[0].show_page(shown[0].page_keys()[0])
        elif shown:
            finish(0, f"Jendela tampil: {shown[0].windowTitle()}", shown[0])
        elif time.monotonic() > deadline:
            finish(3, f"Tidak ada jendela yang tampil dalam {CHECK_START_SECONDS} detik.")

    QTimer.singleShot(250, poll)


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
        _exit_once_a_window_shows(app, check_start)
    # Before the data opens only the window settings file says which language and text size
    # the user chose (the database holds them too, but it is still locked).
    ui_settings = QSettings(str(paths.ui_settings), QSettings.Format.IniFormat)
    language = Language.from_setting(ui_settings.value(LANGUAGE))
    Translations(app).install(language)
    text_size = TextSize.from_setting(ui_settings.value(TEXT_SIZE))
    apply_text_size(app, text_size)
    CrashHandler(log_file).install()
    collector = GuiThreadCollector(app)
    collector.start()
    index: list[AreaIndex] = []  # opened once, by the welcome wizard or the first window

    def area_index() -> AreaIndex:
        if not index:
            index.append(_open_area_index(paths))
        return index[0]

    start = None
    if training:
        key = UNPROTECTED  # MODE LATIHAN: fictional data, its own folder, never encrypted
    else:
        from desktop.ui.security.startup import obtain_key

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

        try:
            start = obtain_key(paths, welcome=welcome, on_language=chosen_language)
        except SiagaError as exc:
            QMessageBox.critical(None, APP_NAME, error_message(exc))
            return 1
        if start is None:
            return 0
        key = start.key
    from desktop.ui.recovery import open_data

    installation = Installation(paths, key, new=start is not None and start.newly_protected)
    # The full integrity check and the daily backup run once the window is up.
    if not open_data(installation):
        return 1
    if start is not None:
        installation.record_unlocked("aplikasi")
        start.record()
        if start.newly_protected:
            settings.TEXT_SIZE.set(text_size.value)
        if start.set_up is not None:
            from desktop.ui.wizard import finish_set_up

            settings.LANGUAGE.set(language.value)
            finish_set_up(start.set_up, paths)
    shell = Shell(app, installation, training=training, index_factory=area_index)
    shell.start()
    QTimer.singleShot(CHECK_START_MS, shell.check_and_back_up)
    try:
        return app.exec()
    finally:
        # A backup (or an export) still running finishes before the data closes.
        QThreadPool.globalInstance().waitForDone()
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


def _database_key(paths: DataPaths) -> Key | str:
    """The key to copy the real data with, or a note why only encryption itself is checked.

    Protected data is read only with ``SIAGA_PASSPHRASE`` given: self-test never asks."""
    from desktop.cli.unlock import read_passphrase
    from desktop.storage import keystore
    from desktop.storage.installation import Protection, protection_of

    state = protection_of(paths)
    if state in (Protection.NEW, Protection.UNENCRYPTED):
        return UNPROTECTED
    passphrase = read_passphrase()
    if state is Protection.KEY_FILE_MISSING:
        return "berkas kunci tidak ada (pakai kunci pemulihan di aplikasi)"
    if not passphrase:
        return ""
    return keystore.unlock(paths, passphrase)


def _check_database(scratch: Path, paths: DataPaths) -> str | None:
    from desktop.storage.db import connect
    from desktop.storage.keystore import make_recovery

    copy = scratch / "salinan.sqlite3"
    key = _database_key(paths)
    if isinstance(key, str):
        if key:
            return key
        # Protected data without the passphrase: check that an encrypted database can be made,
        # opened and migrated here, and leave the real data unread.
        print("CATATAN data asli dilindungi kata sandi; isi SIAGA_PASSPHRASE untuk memeriksanya")
        key = make_recovery().key
    elif paths.database.exists():
        source = connect(paths.database, key, read_only=True)
        try:
            copy_database(source, copy, key)
        finally:
            source.close()
    db = open_database(copy, key)
    try:
        result = migrate(db, copy, scratch / "cadangan")
        if result.to_version != SCHEMA_VERSION:
            return f"migrasi berhenti di versi {result.to_version}"
        profile_store.load_profile()
    finally:
        close_database(db)
    return None


# The checks below exercise, in the frozen build, what a missing module or data file would
# break at a village office: leaflet printing (reportlab, its QR code, Qt PDF), encryption
# (SQLCipher, PyNaCl), the export format and the import, and the ICU data Qt sorts text with.
SELF_TEST_PASSPHRASE = "uji-mandiri-siaga-tppo"  # for a scratch folder only
SELF_TEST_VILLAGE = VillageProfile(
    village_code="15.02.02.2004",
    village_name="Kungkai",
    district_name="Bangko",
    regency_name="Kabupaten Merangin",
    province_name="Jambi",
    head_name="Pemeriksaan Mandiri",
)


def _check_leaflet(_scratch: Path) -> str | None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from desktop.exchange.active_content import SHIPPED
    from desktop.printing.leaflets import LeafletData, LeafletKind, build_leaflet
    from desktop.printing.paper import Paper

    materials = SHIPPED.materials(Language.INDONESIAN.value, SELF_TEST_VILLAGE.village_code)
    data = LeafletData(SELF_TEST_VILLAGE, materials)
    pdf = build_leaflet(LeafletKind.TRIFOLD, Paper.A4, data)
    QCoreApplication.instance() or QCoreApplication([])
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.pageCount() != 2:
        return f"pratinjau cetak membaca {document.pageCount()} halaman, bukan 2"
    if document.render(0, QSize(330, 234)).isNull():
        return "halaman leaflet tidak dapat digambar untuk pratinjau cetak"
    return None


def _check_encryption(scratch: Path) -> str | None:
    from desktop.domain.errors import DatabaseLocked
    from desktop.storage import keystore
    from desktop.storage.db import is_plain_sqlite

    paths = DataPaths.resolve(scratch / "terenkripsi")
    keystore.new_protection(paths, SELF_TEST_PASSPHRASE)
    for step in ("write", "read"):
        key = keystore.unlock(paths, SELF_TEST_PASSPHRASE)
        installation = Installation(paths, key, new=step == "write")
        installation.open()
        try:
            if step == "write":
                profile_store.save_profile(SELF_TEST_VILLAGE)
            elif profile_store.load_profile() != SELF_TEST_VILLAGE:
                return "isi basis data terenkripsi terbaca salah"
        finally:
            installation.close()
    if is_plain_sqlite(paths.database):
        return "basis data tersimpan tanpa enkripsi"
    stranger = Installation(paths, keystore.make_recovery().key)
    try:
        stranger.open()
    except (DatabaseLocked, DatabaseDamaged):  # refused: the file does not open with that key
        return None
    stranger.close()
    return "basis data terbuka dengan kunci yang salah"


def _check_export_import(scratch: Path) -> str | None:
    """The way data travels: the office's key file to the village, the village's protected
    (signed and encrypted) export back to the office, held there as the village's first
    contact until the key is confirmed, as an officer does, then imported."""
    from datetime import date

    from desktop.domain.exchange import OfficeProfile, RejectReason
    from desktop.domain.incident import Incident, ReportType
    from desktop.domain.modus import Modus
    from desktop.exchange import keys
    from desktop.exchange.export import export_to_folder
    from desktop.exchange.merge import accept_held, import_paths
    from desktop.exchange.protection import held_villages
    from desktop.storage import exchange_settings, incidents
    from desktop.storage.area_index import open_area_index

    office_name = "Kantor Imigrasi (uji)"
    key_file = scratch / "kunci-kantor" / keys.office_key_file_name(office_name)
    stick = scratch / "flashdisk"
    key_file.parent.mkdir()
    stick.mkdir()
    office = Installation(DataPaths.resolve(scratch / "kantor"), UNPROTECTED)
    village = Installation(DataPaths.resolve(scratch / "desa"), UNPROTECTED)
    office.open()
    try:
        exchange_settings.save_office(OfficeProfile(office_name, ("15.02",)))
        key_file.write_bytes(keys.office_key_file_bytes(office_name, keys.ensure_office_key()))
    finally:
        office.close()
    village.open()
    try:
        profile_store.save_profile(SELF_TEST_VILLAGE)
        keys.import_office_key(keys.read_office_key_file(key_file))
        record = Incident(
            report_type=ReportType.SUSPICIOUS_OFFER,
            reported_on=date(2026, 1, 5),
            modus=Modus.NON_PROCEDURAL_JOB,
            summary="Pemeriksaan mandiri",
        )
        incidents.save_incident(record, author_name="Pemeriksaan mandiri")
        export_to_folder(stick)
    finally:
        village.close()
    office.open()
    index = open_area_index(resource_path("wilayah"), scratch / "cache")
    try:
        (first,) = import_paths([stick], areas=index.chain).files
        (held,) = held_villages()
        results = accept_held(held.village_code, held.public_key, areas=index.chain)
    finally:
        index.close()
        office.close()
    if first.rejected is None or first.rejected.reason is not RejectReason.FIRST_CONTACT:
        return f"ekspor pertama desa tidak ditahan: {first}"
    if len(results) != 1 or not results[0].ok or results[0].counts.new != 1:
        return f"impor ekspor yang ditahan: {results}"
    return None


def _check_content_pack(_scratch: Path) -> str | None:
    """A content pack with the shipped content, signed with an office key (libsodium's
    Ed25519 point functions) and checked as a village checks it (every schema and parser)."""
    from datetime import UTC, datetime

    import nacl.public

    from desktop.domain.content_pack import ContentPack
    from desktop.exchange.pack_build import shipped_parts
    from desktop.exchange.wire import content_pack

    key = nacl.public.PrivateKey.generate()
    parts = shipped_parts()
    pack = ContentPack(
        office_name="Kantor Imigrasi (uji)",
        office_key=bytes(key.public_key),
        covers=("15.02",),
        number=1,
        created_at=datetime.now(UTC).replace(microsecond=0),
        hotlines=parts.hotlines,
        checklist=parts.checklist,
        material=parts.material,
    )
    data = content_pack.encode(pack, bytes(key))
    if content_pack.verify(data, bytes(key.public_key)).material != pack.material:
        return "isi paket terbaca lain daripada yang ditandatangani"
    return None


def _check_passphrase_strength(_scratch: Path) -> str | None:
    from desktop.passphrase_strength import judge

    if judge("kungkai2026", ["Kungkai"]).strength.acceptable:
        return "kata sandi yang memuat nama desa diterima"
    if not judge("kopi-sawah-merah-27").strength.acceptable:
        return "kata sandi yang kuat ditolak"
    return None


def _check_sorting(_scratch: Path) -> str | None:
    from PySide6.QtCore import QCollator, QLocale

    QCoreApplication.instance() or QCoreApplication([])
    collator = QCollator(QLocale(QLocale.Language.Indonesian))
    ordered = sorted(["zebra", "Ember", "bola", "Apel"], key=collator.sortKey)
    if ordered != ["Apel", "bola", "Ember", "zebra"]:
        return f"urutan abjad salah: {', '.join(ordered)}"
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
        ("Leaflet PDF dibuat dan terbaca pratinjau cetak", lambda: _check_leaflet(scratch)),
        ("Basis data terenkripsi dibuat dan dibaca", lambda: _check_encryption(scratch)),
        ("Ekspor ditulis dan diimpor kembali", lambda: _check_export_import(scratch)),
        ("Paket isi ditandatangani dan diperiksa", lambda: _check_content_pack(scratch)),
        ("Urutan abjad (data ICU)", lambda: _check_sorting(scratch)),
        ("Kekuatan kata sandi dinilai", lambda: _check_passphrase_strength(scratch)),
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
