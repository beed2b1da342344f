"""An address and an access token, checked: Pengaturan › Pengiriman (village) and › Penerima
(office) both ask for them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.exchange.sync import valid_endpoint_url


class AddressTokenFields(QWidget):
    """``url_label``/``token_label`` carry their own accelerator (``&``)."""

    def __init__(
        self,
        url_label: str,
        token_label: str,
        *,
        url_name: str,
        token_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.url.setAccessibleName(url_name)
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(token_name)
        url_buddy = QLabel(url_label)
        url_buddy.setBuddy(self.url)
        token_buddy = QLabel(token_label)
        token_buddy.setBuddy(self.token)
        form.addRow(url_buddy, self.url)
        form.addRow(token_buddy, self.token)
        self.show_token = QCheckBox(self.tr("Show the token"))
        self.show_token.toggled.connect(
            lambda on: self.token.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        form.addRow("", self.show_token)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

    def set_values(self, url: str, token: str) -> None:
        self.url.setText(url)
        self.token.setText(token)

    def entered(self) -> tuple[str, str] | None:
        """(address, token) when both are usable; otherwise None, and the problem is shown."""
        url, token = self.url.text().strip().rstrip("/"), self.token.text().strip()
        problem = ""
        if not valid_endpoint_url(url):
            problem = self.tr(
                "The address must start with https:// or http://, for example "
                "https://imigrasi.example/siaga"
            )
        elif not token or any(c.isspace() for c in token):
            problem = self.tr("Enter the access token without spaces.")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        return None if problem else (url, token)
