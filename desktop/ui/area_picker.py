"""Choosing Provinsi → Kabupaten/Kota → Kecamatan → Desa/Kelurahan, with type-to-search."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.area import Area, Level, normalize_code
from desktop.storage.area_index import AreaIndex


class AreaCombo(QComboBox):
    """An editable combo box that only ever accepts one of its own items.

    Typing shows every item containing the typed text (not only those starting with it); leaving
    the field with text that matches no item puts the chosen item back.
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # As wide as the form gives it, not as the longest name in the list.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        completer.activated[str].connect(self._pick_text)
        self.lineEdit().editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(self._emit_pick)

    def set_areas(self, areas: list[Area]) -> None:
        with QSignalBlocker(self):
            self.clear()
            for area in areas:
                self.addItem(area.name, area.code)
            self.setCurrentIndex(-1)
            self.setEditText("")
        self.setEnabled(bool(areas))

    def current_code(self) -> str:
        if self.currentIndex() < 0:
            return ""
        return self.currentData() or ""

    def select_code(self, code: str) -> bool:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    @Slot(str)
    def _pick_text(self, text: str) -> None:
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.setCurrentIndex(index)

    @Slot()
    def _settle(self) -> None:
        typed = self.currentText().strip()
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString) if typed else -1
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))
        else:
            self.setEditText("")

    @Slot(int)
    def _emit_pick(self, index: int) -> None:
        self.picked.emit(self.itemData(index) if index >= 0 else "")


class AreaPicker(QWidget):
    """Four linked lists plus a code field; emits ``changed`` with the village code or ''."""

    changed = Signal(str)

    def __init__(self, index: AreaIndex, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index = index
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.combos = {level: AreaCombo(self) for level in Level}
        labels = {
            Level.PROVINCE: self.tr("&Province"),
            Level.REGENCY: self.tr("&Regency / city"),
            Level.DISTRICT: self.tr("&District (kecamatan)"),
            Level.VILLAGE: self.tr("&Village (desa / kelurahan)"),
        }
        for level, combo in self.combos.items():
            label = QLabel(labels[level])
            label.setBuddy(combo)
            layout.addRow(label, combo)
            combo.picked.connect(lambda code, lv=level: self._picked(lv, code))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText("15.02.02.2004")
        self.code_edit.editingFinished.connect(self._code_typed)
        code_label = QLabel(self.tr("Area &code"))
        code_label.setBuddy(self.code_edit)
        layout.addRow(code_label, self.code_edit)
        self.hint = QLabel(
            self.tr("Type part of a name to search, or type the 10-digit area code if you know it.")
        )
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addRow(self.hint)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addRow(self.error)
        self.combos[Level.PROVINCE].set_areas(index.children(""))
        for level in (Level.REGENCY, Level.DISTRICT, Level.VILLAGE):
            self.combos[level].set_areas([])

    def village_code(self) -> str:
        return self.combos[Level.VILLAGE].current_code()

    def chain(self) -> list[Area]:
        code = self.village_code()
        return self._index.chain(code) if code else []

    def set_code(self, code: str) -> bool:
        """Select every level for a village code; False (and nothing changed) when unknown."""
        chain = self._index.chain(code)
        if len(chain) != 4:
            return False
        for area in chain:
            self.combos[Level(len(area.code.split(".")))].select_code(area.code)
        return True

    def fix(self, chain: list[Area]) -> None:
        """Show an area that is not in the official list (the training village), unchangeable."""
        for area, combo in zip(chain, self.combos.values(), strict=True):
            combo.set_areas([area])
            combo.select_code(area.code)
            combo.setEnabled(False)
        self.code_edit.setText(chain[-1].code)
        self.code_edit.setEnabled(False)
        self.hint.setText(self.tr("The training village is fictional; its area cannot be changed."))

    def first_empty_combo(self) -> AreaCombo:
        for combo in self.combos.values():
            if not combo.current_code():
                return combo
        return self.combos[Level.VILLAGE]

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @Slot()
    def _code_typed(self) -> None:
        typed = self.code_edit.text().strip()
        if not typed or typed == self.village_code():
            return
        if self.set_code(normalize_code(typed)):
            self.show_error("")
        else:
            self.show_error(
                self.tr(
                    "Area code {code} was not found. Check it, or choose from the lists."
                ).format(code=typed)
            )

    def _picked(self, level: Level, code: str) -> None:
        if level is not Level.VILLAGE:
            below = list(Level)[level.value :]
            self.combos[below[0]].set_areas(self._index.children(code) if code else [])
            for lower in below[1:]:
                self.combos[lower].set_areas([])
        village = self.village_code()
        with QSignalBlocker(self.code_edit):
            self.code_edit.setText(village)
        if village:
            self.show_error("")
        self.changed.emit(village)
