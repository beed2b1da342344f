"""Pengaturan, the part both windows share: one page of sections, the window's own section
first (the village profile or the office), then Tampilan (language and text size), Cadangan
(backups and restore), the sections the window adds (each one line: ``add_section``), and
Tentang last (the data folder and the About box)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import incidents, outbox_store
from desktop.storage.backup import BackupInfo, parse_backup_name
from desktop.storage.installation import Installation
from desktop.ui.errors import error_message
from desktop.ui.formatting import format_datetime, format_local, format_size
from desktop.ui.i18n import Language
from desktop.ui.messages import ask, inform
from desktop.ui.side_tabs import SideTabs
from desktop.ui.style import TextSize
from desktop.ui.tasks import run_in_background
from desktop.ui.text_size_choice import TextSizeChoice, language_choice

if TYPE_CHECKING:
    from desktop.ui.shell.window import WindowContext


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
        self.language = language_choice(language, on_language)
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

    def office_holds_newer(self, source: Path) -> str:
        """What the immigration office already acknowledged of changes made after the backup
        ``source`` was taken ('' when nothing): the village learns it from the office's
        receipts, and a restore takes those changes off this computer, not off the office."""
        info = parse_backup_name(source)
        try:
            taken = info.taken_at if info else datetime.fromtimestamp(source.stat().st_mtime)
        except OSError:
            return ""
        taken = taken.astimezone()
        received = outbox_store.acknowledged_after(taken)
        if received is None:
            return ""
        changes = incidents.versions_saved_between(taken, received.created_at)
        return self.tr(
            "The immigration office already holds newer data than this backup: it "
            "acknowledged export number {number} of {when}, with {changes} changes saved after "
            "this backup. They stay at the office, but this computer goes back to the backup; "
            "the office will see that this village went back to a backup. Tell the office."
        ).format(number=received.sequence, when=format_local(received.created_at), changes=changes)

    def restore(self, source: Path) -> None:
        try:
            self._installation.verify_backup(source)
        except Exception as exc:
            inform(self, self.tr("Restore"), error_message(exc), warning=True)
            return
        text = self.tr(
            "Everything saved after this backup was made will be replaced by the backup. "
            "Records and checks deleted for good stay deleted. A copy of the current data is "
            "kept as a backup first, so this can be undone."
        )
        newer = self.office_holds_newer(source)
        if newer:
            text += "\n\n" + newer
        if not ask(self, self.tr("Restore this backup?"), text, self.tr("Restore")):
            return
        self._busy(True, self.tr("Restoring…"))
        self._kept = self._installation.kept_over_restore()
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
        self._installation.record_restored(self._restoring, self._kept)
        inform(self, self.tr("Restore"), self.tr("The backup has been restored."))
        self.restored.emit()


class AboutTab(QWidget):
    """Tentang: where the data is kept, what the window adds (``add_note``), the About box."""

    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        where = QLabel(self.tr("Data folder: {folder}").format(folder=installation.paths.root))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(where)
        self.about_button = QPushButton(self.tr("&About Siaga TPPO and its data sources"))
        self.about_button.clicked.connect(self.show_about)
        self._layout.addWidget(self.about_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self._layout.addStretch(1)

    def add_note(self, text: str) -> QLabel:
        """A paragraph above the About button."""
        note = QLabel(text)
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.insertWidget(self._layout.indexOf(self.about_button), note)
        return note

    @Slot()
    def show_about(self) -> None:
        from desktop.ui.about import AboutDialog  # only when asked for

        AboutDialog(self).exec()


class SettingsPageBase(QWidget):
    """The settings page of a window: the window's own section first (``put_first``), the
    shared sections, and Tentang last. ``restored`` follows a restore from a backup (the window
    is then built again, ``context.rebuild``); the composition root's sections come last
    (``context.extend_settings``, called by the window's builder)."""

    restored = Signal()

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.tabs = SideTabs()
        self.tabs.setAccessibleName(self.tr("Sections of the settings"))
        layout.addLayout(self.tabs.beside_sections(), 1)
        self.display_tab = DisplayTab(
            context.language, context.text_size, context.set_language, context.set_text_size
        )
        self.tabs.addTab(self.display_tab, self.tr("Display"))
        self.backup_tab = BackupTab(context.installation)
        self.backup_tab.restored.connect(self.restored)
        self.tabs.addTab(self.backup_tab, self.tr("Backups"))
        self.about_tab = AboutTab(context.installation)
        self.tabs.addTab(self.about_tab, self.tr("About"))

    def put_first(self, section: QWidget, title: str) -> None:
        """The window's own section (the village profile, the office), shown first."""
        self.tabs.insertTab(0, section, title)
        self.tabs.setCurrentIndex(0)

    def add_section(self, section: QWidget, title: str) -> None:
        """Add a section of the window's own, before Tentang."""
        self.tabs.insertTab(self.tabs.indexOf(self.about_tab), section, title)
