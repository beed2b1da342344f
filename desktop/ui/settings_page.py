"""Pengaturan: village profile, display (language, text size), backups and restore, about."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.profile import VillageProfile
from desktop.storage import profile_store
from desktop.storage.area_index import AreaIndex
from desktop.storage.backup import BackupInfo
from desktop.storage.installation import Installation
from desktop.ui.about import AboutDialog
from desktop.ui.errors import SAVE_ERRORS, error_message, not_saved_message
from desktop.ui.formatting import format_datetime, format_size
from desktop.ui.i18n import Language
from desktop.ui.messages import ask, inform
from desktop.ui.profile_form import ProfileForm
from desktop.ui.screen import VerticalScroll
from desktop.ui.side_tabs import SideTabs
from desktop.ui.style import TextSize
from desktop.ui.tasks import run_in_background
from desktop.ui.text_size_choice import TextSizeChoice

DRAFT_KEY = "profile-settings"


class ProfileTab(QWidget):
    saved = Signal(object)

    def __init__(self, index: AreaIndex, profile: VillageProfile, parent=None) -> None:
        super().__init__(parent)
        self._profile = profile
        # The training village is fictional, so its area is not in the official list: keep it.
        fixed = (
            profile if profile.training and len(index.chain(profile.village_code)) != 4 else None
        )
        self.form = ProfileForm(index, fixed_area=fixed)
        body = QWidget()
        inner = QVBoxLayout(body)
        for section in (self.form.area, self.form.head, self.form.contacts):
            inner.addWidget(section)
        inner.addStretch(1)
        scroll = VerticalScroll(body)
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save village details"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("&Undo changes"))
        self.discard_button.clicked.connect(self.discard)
        row.addWidget(self.save_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.form.set_profile(profile)
        draft = profile_store.load_draft(DRAFT_KEY)
        if draft:
            self.form.restore(draft)
            self._note(self.tr("Changes you had not saved yet were brought back. Save or undo."))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self._keep_draft)
        self.form.changed.connect(self._timer.start)

    def _note(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @Slot()
    def _keep_draft(self) -> None:
        profile_store.save_draft(DRAFT_KEY, self.form.snapshot())

    @Slot()
    def save(self) -> None:
        try:
            profile = self.form.profile(training=self._profile.training)
        except ValidationFailed:
            self._note(self.tr("Some details need correcting; see the messages in red."))
            return
        self._timer.stop()
        try:
            profile_store.save_profile(profile)
        except SAVE_ERRORS as exc:
            self._note(not_saved_message(exc))
            return
        profile_store.discard_draft(DRAFT_KEY)
        self._profile = profile
        self.form.clear_errors()
        self._note(self.tr("Village details saved."))
        self.saved.emit(profile)

    @Slot()
    def discard(self) -> None:
        self._timer.stop()
        profile_store.discard_draft(DRAFT_KEY)
        self.form.clear_errors()
        self.form.set_profile(self._profile)
        self._note("")


class DisplayTab(QWidget):
    def __init__(
        self,
        language: Language,
        text_size: TextSize,
        on_language: Callable[[Language], None],
        on_text_size: Callable[[TextSize], None],
        parent=None,
    ) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.language = QComboBox()
        for lang in Language:
            self.language.addItem(lang.native_name, lang.value)
        self.language.setCurrentIndex(self.language.findData(language.value))
        self.language.activated.connect(lambda i: on_language(Language(self.language.itemData(i))))
        label = QLabel(self.tr("&Language"))
        label.setBuddy(self.language)
        layout.addRow(label, self.language)
        sizes = TextSizeChoice(text_size, on_text_size)
        sizes.layout().setContentsMargins(0, 0, 0, 0)
        self.size_buttons = sizes.buttons
        layout.addRow(QLabel(self.tr("Text size")), sizes)


class BackupTab(QWidget):
    restored = Signal()

    def __init__(self, installation: Installation, parent=None) -> None:
        super().__init__(parent)
        self._installation = installation
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Siaga TPPO backs up your data automatically once a day and keeps the last 14 "
                "daily backups in {folder}."
            ).format(folder=installation.paths.backups)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.list, 1)
        # Stacked rather than side by side: at the largest text size three buttons in a row
        # would make the window wider than a 1366-pixel screen.
        row = QVBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore from backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from another &file…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            row.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.refresh()

    def _reason_text(self, reason: str) -> str:
        if reason == "harian":
            return self.tr("daily")
        if reason == "manual":
            return self.tr("made by hand")
        if reason == "sebelum-pulihkan":
            return self.tr("before a restore")
        if reason.startswith("sebelum-migrasi"):
            return self.tr("before an update")
        return reason

    def refresh(self) -> None:
        self.list.clear()
        for info in self._installation.backups():
            item = QListWidgetItem(
                f"{format_datetime(info.taken_at)} — {self._reason_text(info.reason)} "
                f"({format_size(info.size)})"
            )
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            button.setEnabled(not busy)
        self.status.setText(text)
        if not busy:
            self.restore_button.setEnabled(self.list.count() > 0)

    @Slot()
    def backup_now(self) -> None:
        self._busy(True, self.tr("Making a backup…"))
        run_in_background(
            lambda: self._installation.backup_now("manual"),
            on_done=self._backup_done,
            on_error=self._failed,
        )

    def _backup_done(self, info: BackupInfo) -> None:
        self.refresh()
        self._busy(
            False, self.tr("Backup made: {when}.").format(when=format_datetime(info.taken_at))
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False, "")
        inform(self, self.tr("Backup"), error_message(exc), warning=True)

    @Slot()
    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore(item.data(Qt.ItemDataRole.UserRole).path)

    @Slot()
    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup file"),
            str(self._installation.paths.backups),
            self.tr("Siaga TPPO backups (*.sqlite3)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, source: Path) -> None:
        try:
            self._installation.verify_backup(source)
        except Exception as exc:
            inform(self, self.tr("Restore"), error_message(exc), warning=True)
            return
        if not ask(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Everything saved after this backup was made will be replaced by the backup. "
                "A copy of the current data is kept as a backup first, so this can be undone."
            ),
            self.tr("Restore"),
        ):
            return
        self._busy(True, self.tr("Restoring…"))
        self._installation.close()
        self._restoring = source
        run_in_background(
            lambda: self._installation.restore_closed(source),
            on_done=lambda _: self._restore_finished(None),
            on_error=self._restore_finished,
        )

    def _restore_finished(self, error: BaseException | None) -> None:
        try:
            self._installation.open()
        except Exception as exc:
            error = error or exc
        self.refresh()
        self._busy(False, "")
        if error is not None:
            inform(self, self.tr("Restore"), error_message(error), warning=True)
            return
        self._installation.record_restored(self._restoring)
        inform(self, self.tr("Restore"), self.tr("The backup has been restored."))
        self.restored.emit()


class SettingsPage(QWidget):
    profile_saved = Signal(object)
    restored = Signal()

    def __init__(
        self,
        installation: Installation,
        index_factory: Callable[[], AreaIndex],
        profile: VillageProfile,
        language: Language,
        text_size: TextSize,
        on_language: Callable[[Language], None],
        on_text_size: Callable[[TextSize], None],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._index_factory = index_factory
        self._profile = profile
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.tabs = SideTabs()
        self.tabs.setAccessibleName(self.tr("Sections of the settings"))
        layout.addLayout(self.tabs.beside_sections(), 1)
        self.profile_tab: ProfileTab | None = None
        self._profile_holder = QWidget()
        QVBoxLayout(self._profile_holder).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._profile_holder, self.tr("Village profile"))
        self.display_tab = DisplayTab(language, text_size, on_language, on_text_size)
        self.tabs.addTab(self.display_tab, self.tr("Display"))
        self.backup_tab = BackupTab(installation)
        self.backup_tab.restored.connect(self.restored)
        self.tabs.addTab(self.backup_tab, self.tr("Backups"))
        about = QWidget()
        about_layout = QVBoxLayout(about)
        where = QLabel(self.tr("Data folder: {folder}").format(folder=installation.paths.root))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_layout.addWidget(where)
        about_button = QPushButton(self.tr("&About Siaga TPPO and its data sources"))
        about_button.clicked.connect(lambda: AboutDialog(self).exec())
        about_layout.addWidget(about_button, alignment=Qt.AlignmentFlag.AlignLeft)
        about_layout.addStretch(1)
        self.tabs.addTab(about, self.tr("About"))
        self.tabs.currentChanged.connect(self._tab_shown)

    def ensure_profile_tab(self) -> ProfileTab:
        """Build the profile form on first use: it needs the area index, which costs a little."""
        if self.profile_tab is None:
            self.profile_tab = ProfileTab(self._index_factory(), self._profile)
            self.profile_tab.saved.connect(self.profile_saved)
            self._profile_holder.layout().addWidget(self.profile_tab)
        return self.profile_tab

    def show_profile_tab(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.ensure_profile_tab()

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if index == 0:
            self.ensure_profile_tab()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == 0:
            self.ensure_profile_tab()
