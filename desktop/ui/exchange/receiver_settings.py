"""Pengaturan › Penerima (office): where the office fetches the exports villages uploaded."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.exchange.fetch import load_access, save_access
from desktop.exchange.wire.pins import grouped, normalize_pin
from desktop.ui.exchange.address_fields import AddressTokenFields


class ReceiverSettingsTab(QWidget):
    """Saving shows the Fetch button on the Import page (``saved``)."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Villages upload their exports to the receiver, where they wait, still locked, "
                "until this office fetches them on the Import page. Enter the receiver's address "
                "and its office token (siaga-tppo receive --office-token)."
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
        pin_form = QFormLayout()
        self.pin = QLineEdit()
        self.pin.setPlaceholderText(
            self.tr("64 letters and digits, shown when the receiver starts")
        )
        self.pin.setAccessibleName(self.tr("Receiver certificate fingerprint"))
        pin_caption = QLabel(self.tr("Certificate &fingerprint:"))
        pin_caption.setBuddy(self.pin)
        pin_form.addRow(pin_caption, self.pin)
        layout.addLayout(pin_form)
        pin_note = QLabel(
            self.tr(
                "The receiver shows its fingerprint when it starts. Entered here, it is checked at "
                "every fetch and goes into the office key file, so villages send only to it."
            )
        )
        pin_note.setWordWrap(True)
        layout.addWidget(pin_note)
        self.pin_error = QLabel()
        self.pin_error.setProperty("role", "error")
        self.pin_error.setWordWrap(True)
        self.pin_error.hide()
        layout.addWidget(self.pin_error)
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
            self.pin.setText(" ".join(grouped(p) for p in current.pins))

    @Slot()
    def save(self) -> None:
        entered = self.fields.entered()
        typed = self.pin.text().strip()
        pin = normalize_pin(typed) if typed else None
        bad_pin = bool(typed) and pin is None
        self.pin_error.setText(
            self.tr("The fingerprint must be 64 letters (a-f) and digits.") if bad_pin else ""
        )
        self.pin_error.setVisible(bad_pin)
        if entered is None or bad_pin:
            return
        # checked the same way: it accepts what entered() and normalize_pin() accept
        save_access(*entered, (pin,) if pin else ())
        self.status.setText(self.tr("Saved. Fetch the uploads with the button on the Import page."))
        self.saved.emit()
