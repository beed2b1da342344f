"""The three text sizes as large radio buttons; used by both set-up wizards and Pengaturan."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from desktop.ui.style import TextSize


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
