"""Office mode (Kantor Imigrasi): its window, its settings, and its page in the first-run
wizard. An office has no village log of its own: it imports and keeps the villages' one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop import APP_NAME
from desktop.domain.errors import ValidationFailed
from desktop.domain.exchange import OfficeProfile, validate_office
from desktop.exchange.upload_tokens import default_tokens_file
from desktop.storage import exchange_settings
from desktop.storage.area_index import AreaIndex
from desktop.storage.installation import Installation
from desktop.ui.about import AboutDialog
from desktop.ui.exchange.import_page import ImportPage
from desktop.ui.exchange.receiver_settings import ReceiverSettingsTab
from desktop.ui.exchange.register import RegisterPage
from desktop.ui.exchange.tokens_tab import TokensTab
from desktop.ui.i18n import Language
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_page import BackupTab, DisplayTab
from desktop.ui.side_tabs import SideTabs
from desktop.ui.style import TextSize


class CoversPicker(QWidget):
    """Choose the kabupaten/kota an office covers: a province, then tick its regencies.
    Ticks in other provinces are kept."""

    changed = Signal()

    def __init__(self, index: AreaIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        self._chosen: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Province:"))
        self.province = QComboBox()
        self.province.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.province.setMinimumContentsLength(16)
        caption.setBuddy(self.province)
        self.province.addItem(self.tr("— choose a province —"), "")
        for area in index.children(""):
            self.province.addItem(area.name, area.code)
        row.addWidget(caption)
        row.addWidget(self.province, 1)
        layout.addLayout(row)
        self.regencies = QListWidget()
        self.regencies.setAccessibleName(self.tr("Regencies and cities"))
        layout.addWidget(self.regencies, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.province.currentIndexChanged.connect(self._show_province)
        self.regencies.itemChanged.connect(self._ticked)
        self._update_summary()

    def _show_province(self) -> None:
        self.regencies.blockSignals(True)
        self.regencies.clear()
        code = self.province.currentData()
        for area in self._index.children(code) if code else []:
            item = QListWidgetItem(area.name)
            item.setData(Qt.ItemDataRole.UserRole, area.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = area.code in self._chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.regencies.addItem(item)
        self.regencies.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[code] = item.text()
        else:
            self._chosen.pop(code, None)
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        if self._chosen:
            names = ", ".join(self._chosen[c] for c in sorted(self._chosen))
            self.summary.setText(self.tr("Covered: {names}").format(names=names))
        else:
            self.summary.setText(self.tr("No regency or city chosen yet."))

    def codes(self) -> list[str]:
        return sorted(self._chosen)

    def set_codes(self, codes: list[str]) -> None:
        self._chosen = {}
        for code in codes:
            area = self._index.get(code)
            if area is not None:
                self._chosen[code] = area.name
        if codes:
            province = codes[0].split(".")[0]
            self.province.setCurrentIndex(max(0, self.province.findData(province)))
        self._show_province()
        self._update_summary()

    def tick(self, code: str) -> bool:
        """Tick a regency of the province shown (as a user does); False if it is not there."""
        for n in range(self.regencies.count()):
            item = self.regencies.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False


class OfficeForm(QWidget):
    """The office's name and the regencies it covers."""

    changed = Signal()

    def __init__(self, index: AreaIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example Kantor Imigrasi Kerinci"))
        self.name.setMaxLength(120)
        name_label = QLabel(self.tr("Office &name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        layout.addLayout(form)
        heading = QLabel(self.tr("Regencies and cities the office covers"))
        heading.setProperty("role", "subtitle")
        layout.addWidget(heading)
        self.covers = CoversPicker(index)
        layout.addWidget(self.covers, 1)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.name.textChanged.connect(self.changed)
        self.covers.changed.connect(self.changed)

    def office(self) -> OfficeProfile:
        """The profile entered; ValidationFailed (shown in the form) when incomplete."""
        try:
            office = validate_office(self.name.text(), self.covers.codes())
        except ValidationFailed as exc:
            fields = {e.field for e in exc.errors}
            text = []
            if "office_name" in fields:
                text.append(self.tr("Enter the office's name."))
            if "covers" in fields:
                text.append(self.tr("Tick at least one regency or city."))
            self.error.setText(" ".join(text))
            self.error.show()
            raise
        self.error.hide()
        return office

    def set_office(self, office: OfficeProfile) -> None:
        self.name.setText(office.name)
        self.covers.set_codes(list(office.covers))

    def is_complete(self) -> bool:
        return bool(self.name.text().strip() and self.covers.codes())


class OfficeSetupPage(QWizardPage):
    """The wizard's page for an immigration office (instead of the village pages)."""

    def __init__(self, index: AreaIndex) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Immigration office"))
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "At the office Siaga TPPO keeps no village log of its own: it imports the "
                "exports of the villages in its area into one register."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = OfficeForm(index)
        layout.addWidget(self.form, 1)
        self.form.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.form.is_complete()


class OfficeTab(QWidget):
    saved = Signal(object)

    def __init__(self, index: AreaIndex, office: OfficeProfile, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.form = OfficeForm(index)
        self.form.set_office(office)
        layout.addWidget(self.form, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save office details"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        layout.addWidget(self.status)

    @Slot()
    def save(self) -> None:
        try:
            office = self.form.office()
        except ValidationFailed:
            return
        exchange_settings.save_office(office)
        self.status.setText(self.tr("Office details saved."))
        self.saved.emit(office)


class OfficeSettingsPage(QWidget):
    def __init__(
        self,
        installation: Installation,
        index_factory: Callable[[], AreaIndex],
        office: OfficeProfile,
        language: Language,
        text_size: TextSize,
        on_language: Callable[[Language], None],
        on_text_size: Callable[[TextSize], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.tabs = SideTabs()
        self.tabs.setAccessibleName(self.tr("Sections of the settings"))
        layout.addLayout(self.tabs.beside_sections(), 1)
        self.office_tab = OfficeTab(index_factory(), office)
        self.tabs.addTab(self.office_tab, self.tr("Office"))
        self.tabs.addTab(
            DisplayTab(language, text_size, on_language, on_text_size), self.tr("Display")
        )
        self.backup_tab = BackupTab(installation)
        self.tabs.addTab(self.backup_tab, self.tr("Backups"))
        self.receiver_tab = ReceiverSettingsTab()
        self.tabs.addTab(self.receiver_tab, self.tr("Receiver"))
        tokens_file = default_tokens_file(installation.paths)
        self.tokens_tab = TokensTab(tokens_file, index_factory(), office.name)
        self.tabs.addTab(self.tokens_tab, self.tr("Village tokens"))
        about = QWidget()
        about_layout = QVBoxLayout(about)
        where = QLabel(self.tr("Data folder: {folder}").format(folder=installation.paths.root))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_layout.addWidget(where)
        receiver = QLabel(
            self.tr(
                "To receive uploads from villages, run (on this computer or a server): "
                "siaga-tppo receive --store RECEIVER_FOLDER --tokens {tokens} --office-token "
                "OFFICE_TOKEN_FILE. The receiver keeps uploads locked and never holds this "
                "office's key. Enter its address and the office token in the Receiver tab."
            )
        )
        receiver.setText(receiver.text().format(tokens=tokens_file))
        receiver.setWordWrap(True)
        receiver.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        about_layout.addWidget(receiver)
        about_button = QPushButton(self.tr("&About Siaga TPPO and its data sources"))
        about_button.clicked.connect(lambda: AboutDialog(self).exec())
        about_layout.addWidget(about_button, alignment=Qt.AlignmentFlag.AlignLeft)
        about_layout.addStretch(1)
        self.tabs.addTab(about, self.tr("About"))


class OfficeWindow(MainWindow):
    """The main window of an office: the register, the import, the settings."""

    def set_profile(self, office: OfficeProfile) -> None:  # type: ignore[override]
        self.setWindowTitle(f"{APP_NAME} — {office.name}")


def build_office_window(
    installation: Installation,
    office: OfficeProfile,
    ui_settings: QSettings,
    index_factory: Callable[[], AreaIndex],
    language: Language,
    text_size: TextSize,
    on_language: Callable[[Language], None],
    on_text_size: Callable[[TextSize], None],
    extend_settings: Callable[[QWidget], None] | None = None,
) -> OfficeWindow:
    """``extend_settings(page)`` adds tabs to the settings page (the composition root's
    Keamanan and Jejak audit, issue 7)."""
    window = OfficeWindow(office, ui_settings)  # type: ignore[arg-type]
    register = RegisterPage()
    imports = ImportPage()
    imports.imported.connect(register.refresh)
    window.add_page("daftar", register)
    window.add_page("impor", imports)

    def build_settings() -> QWidget:
        page = OfficeSettingsPage(
            installation,
            index_factory,
            exchange_settings.load_office() or office,
            language,
            text_size,
            on_language,
            on_text_size,
        )
        page.office_tab.saved.connect(window.set_profile)
        page.backup_tab.restored.connect(register.refresh)
        page.receiver_tab.saved.connect(imports.receiver_changed)
        if extend_settings is not None:
            extend_settings(page)
        return page

    window.add_lazy_page(
        "pengaturan", QCoreApplication.translate("OfficeSettingsPage", "Settings"), build_settings
    )
    return window


class RoleChoice(QWidget):
    """On the wizard's first page: is this computer at a village office or at the immigration
    office?"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Where is this computer used?"))
        heading.setProperty("role", "subtitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.village = QRadioButton(self.tr("At a village or kelurahan office (Desa/Kelurahan)"))
        self.office = QRadioButton(
            self.tr("At the immigration office, to gather the villages' exports (Kantor Imigrasi)")
        )
        self.village.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.village, self.office):
            group.addButton(button)
            layout.addWidget(button)

    def office_chosen(self) -> bool:
        return self.office.isChecked()
