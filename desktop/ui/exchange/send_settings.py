"""Pengaturan › Pengiriman: the office's address and the access token it gave the village."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.exchange.sync import OfficeClient
from desktop.storage import exchange_settings
from desktop.storage.exchange_settings import Endpoint
from desktop.ui.exchange.address_fields import AddressTokenFields
from desktop.ui.exchange.wording import send_text
from desktop.ui.flow_layout import button_row
from desktop.ui.tasks import run_in_background


class SendSettingsTab(QWidget):
    saved = Signal()

    def __init__(
        self,
        *,
        client_factory: Callable[[Endpoint], OfficeClient] = OfficeClient,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_factory = client_factory
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "When the village office has internet, exports go up to the immigration office "
                "by themselves. Enter the address and the access token the office gave you."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = AddressTokenFields(
            self.tr("Office &address:"),
            self.tr("Access &token:"),
            url_name=self.tr("Office address"),
            token_name=self.tr("Access token"),
        )
        self.url, self.token = self.fields.url, self.fields.token
        self.show_token, self.error = self.fields.show_token, self.fields.error
        layout.addWidget(self.fields)
        self.save_button = QPushButton(self.tr("&Save sending settings"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Try to &reach the office"))
        self.test_button.clicked.connect(self.try_office)
        layout.addWidget(button_row(self.save_button, self.test_button))
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        current = exchange_settings.load_endpoint()
        if current is not None:
            self.fields.set_values(current.url, current.token)

    def _entered(self) -> Endpoint | None:
        entered = self.fields.entered()
        return None if entered is None else Endpoint(*entered)

    @Slot()
    def save(self) -> None:
        endpoint = self._entered()
        if endpoint is None:
            return
        again = exchange_settings.save_endpoint(endpoint.url, endpoint.token)
        text = self.tr("Saved. Waiting exports will be sent when the office can be reached.")
        if again:
            text += " " + self.tr("Exports that had stopped will be tried again.")
        self.status.setText(text)
        self.saved.emit()

    @Slot()
    def try_office(self) -> None:
        endpoint = self._entered()
        if endpoint is None:
            return
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Trying to reach the office…"))
        factory = self._client_factory

        def work():
            with factory(endpoint) as client:
                return client.probe()

        run_in_background(work, on_done=self._tried, on_error=self._try_failed)

    def _tried(self, result) -> None:
        problem, _detail = result
        self.test_button.setEnabled(True)
        self.status.setText(
            self.tr("The office's receiver answered. Sending works.")
            if problem is None
            else send_text(problem)
        )

    def _try_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(str(exc))
