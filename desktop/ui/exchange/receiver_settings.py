"""Pengaturan › Penerima (office): where the office fetches the exports villages uploaded."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.exchange.fetch import load_access, save_access
from desktop.ui.exchange.address_fields import AddressTokenFields


class ReceiverSettingsTab(QWidget):
    """Saving shows the Fetch button on the Import page (``saved``)."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Villages with internet upload their exports to the office's receiver, where they "
                "wait, still locked, until this office fetches them. Enter the receiver's address "
                "and the office token it was started with (siaga-tppo receive --office-token). "
                "Then use “Fetch uploads from the receiver” on the Import page."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = AddressTokenFields(
            self.tr("Receiver &address:"),
            self.tr("Office &token:"),
            url_name=self.tr("Receiver address"),
            token_name=self.tr("Office token"),
        )
        layout.addWidget(self.fields)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save receiver settings"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        current = load_access()
        if current is not None:
            self.fields.set_values(current.url, current.token)

    @Slot()
    def save(self) -> None:
        entered = self.fields.entered()
        if entered is None:
            return
        save_access(*entered)  # checked the same way: it accepts what entered() accepts
        self.status.setText(self.tr("Saved. Fetch the uploads with the button on the Import page."))
        self.saved.emit()
