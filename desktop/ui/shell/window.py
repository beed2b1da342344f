"""The main window of both kinds (village and office): a navigation list on the left, the
chosen page on the right; and what the composition root gives every window it builds.

Each page reads its data again when it is shown (an import or a save elsewhere may have
changed it), and the page on screen when the window's ``data_changed`` is emitted (an import
that ends while it is shown): its ``refresh()``, if it has one. So adding a page to a window is
one ``add_page`` or ``add_lazy_page`` line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.domain.profile import VillageProfile
from desktop.storage.installation import Installation
from desktop.ui.i18n import Language
from desktop.ui.screen import centre_on_screen, keep_on_screen, room
from desktop.ui.style import TextSize
from desktop.ui.training import TRAINING_MARK, training_banner

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desktop.storage.area_index import AreaIndex
    from desktop.ui.shell.settings import SettingsPageBase


@dataclass(frozen=True)
class WindowContext:
    """What the composition root gives the window it builds (``ui/shell/village.py``,
    ``ui/shell/office.py``)."""

    installation: Installation
    ui_settings: QSettings
    area_index: Callable[[], AreaIndex]  # opened on first use: only some forms need it
    language: Language
    text_size: TextSize
    set_language: Callable[[Language], None]
    set_text_size: Callable[[TextSize], None]
    rebuild: Callable[[], None]  # build the window again (after a restore from a backup)
    extend_settings: Callable[[SettingsPageBase], None]  # e.g. Keamanan and Jejak audit
    training: bool = False


class MainWindow(QMainWindow):
    """Pages are added by the composition root; only features that work are ever added."""

    closing = Signal()
    data_changed = Signal()  # the data under the pages changed (an import)

    def __init__(
        self,
        profile: VillageProfile,
        ui_settings: QSettings,
        *,
        training: bool = False,
    ) -> None:
        super().__init__()
        self._ui_settings = ui_settings
        self.training = training
        central = QWidget()
        outer = QVBoxLayout(central)
        self.training_banner = training_banner()
        outer.addWidget(self.training_banner)
        # Only once it has a parent: shown before, it would open as a window of its own.
        self.training_banner.setVisible(training)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Menu"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        row.addWidget(self.navigation)
        row.addWidget(self.pages, 1)
        self._builders: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._built: dict[str, QWidget] = {}
        self.navigation.currentRowChanged.connect(self._show_row)
        self.data_changed.connect(self._refresh_current)
        self.setCentralWidget(central)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, activated=self.show_help)
        self.help_button = QPushButton(self.tr("Help (F1)"))
        self.help_button.setObjectName("helpButton")
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.help_button.clicked.connect(self.show_help)
        self.statusBar().addPermanentWidget(self.help_button)
        self.set_profile(profile)
        geometry = ui_settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            # The daily desk: the whole free area of the screen, frame and taskbar left visible.
            self.resize(room(self))
            centre_on_screen(self)
        keep_on_screen(self)  # a window saved on a larger screen, or before a text-size change

    def add_page(self, key: str, page: QWidget) -> None:
        """Add a page under its window title (each page sets its own, translated)."""
        page.setObjectName(key)
        self.pages.addWidget(page)
        self._built[key] = page
        self._add_item(key, page.windowTitle())

    def add_lazy_page(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        """Add a page that is built the first time it is shown, to keep start-up quick."""
        holder = QWidget()
        holder.setObjectName(key)
        QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
        self._builders[key] = (holder, build)
        self.pages.addWidget(holder)
        self._add_item(key, title)

    def page(self, key: str) -> QWidget | None:
        """The page widget for ``key``, building a lazy page now if needed."""
        if key in self._builders:
            holder, build = self._builders.pop(key)
            built = build()
            holder.layout().addWidget(built)
            self._built[key] = built
        return self._built.get(key)

    def _show_row(self, row: int) -> None:
        item = self.navigation.item(row)
        if item is not None:
            self.page(item.data(Qt.ItemDataRole.UserRole))
        self.pages.setCurrentIndex(row)

    @Slot()
    def _refresh_current(self) -> None:
        refresh = getattr(self._built.get(self.current_page_key()), "refresh", None)
        if callable(refresh):
            refresh()

    def _add_item(self, key: str, title: str) -> None:
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        number = self.navigation.count()
        if number <= 9:
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                activated=lambda n=number - 1: self.navigation.setCurrentRow(n),
            )
        self._fit_navigation()
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def _fit_navigation(self) -> None:
        width = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 8
        self.navigation.setFixedWidth(max(width, 160))

    def page_keys(self) -> list[str]:
        return [
            self.navigation.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.navigation.count())
        ]

    def show_page(self, key: str) -> None:
        if key in self.page_keys():
            self.navigation.setCurrentRow(self.page_keys().index(key))

    def current_page_key(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def set_profile(self, profile: VillageProfile) -> None:
        kind = self.tr("Kelurahan") if profile.is_kelurahan else self.tr("Desa")
        title = f"{APP_NAME} — {kind} {profile.village_name}"
        if self.training:
            title = f"{APP_NAME} — {TRAINING_MARK} — {kind} {profile.village_name}"
        self.setWindowTitle(title)

    def refresh_style(self) -> None:
        """After a text-size change the navigation needs its width recomputed, and the window
        may have to come back inside the screen."""
        self._fit_navigation()
        keep_on_screen(self)

    @Slot()
    def show_help(self) -> None:
        """Bantuan (F1): the staff manual, in its own window beside this one."""
        from desktop.ui.help_window import open_help  # F1 only: not loaded at start-up

        open_help(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ui_settings.setValue("main/geometry", self.saveGeometry())
        self.closing.emit()
        super().closeEvent(event)
