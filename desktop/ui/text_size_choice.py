"""The display choices of the welcome wizard and Pengaturan: the three text sizes as large
radio buttons, and the language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton, QVBoxLayout, QWidget

from desktop.ui.i18n import Language
from desktop.ui.style import TextSize


def language_choice(current: Language, on_language: Callable[[Language], None]) -> QComboBox:
    """Each language in its own name; choosing one calls ``on_language``."""
    combo = QComboBox()
    for language in Language:
        combo.addItem(language.native_name, language.value)
    combo.setCurrentIndex(combo.findData(current.value))
    combo.activated.connect(lambda i: on_language(Language(combo.itemData(i))))
    return combo


class TextSizeChoice(QWidget):
    """Choosing a size applies it at once through ``on_text_size``."""

    def __init__(
        self,
        current: TextSize,
        on_text_size: Callable[[TextSize], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[TextSize, QRadioButton] = {}
        for size in TextSize:
            button = QRadioButton(size.label, self)
            button.setChecked(size is current)
            button.toggled.connect(lambda on, s=size: on and on_text_size(s))
            self.group.addButton(button)
            box.addWidget(button)
            self.buttons[size] = button
        box.addStretch(1)
