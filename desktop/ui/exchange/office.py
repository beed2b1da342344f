"""Office mode (Kantor Imigrasi): the office's name and covered regencies (its settings section
and its page in the first-run wizard), and the wizard's choice between village and office. An
office has no village log of its own: it imports and keeps the villages' one. Its window is
``ui/shell/office.py``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
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

from desktop.domain.errors import ValidationFailed
from desktop.domain.exchange import OfficeProfile, validate_office
from desktop.storage import exchange_settings
from desktop.storage.area_index import AreaIndex
from desktop.ui.widgets.dialog_parts import error_line


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
        self.error = error_line()
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
