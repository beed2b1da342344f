"""An address and an access token, checked: Pengaturan › Pengiriman (village) and › Penerima
(office) both ask for them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.domain.access_token import TokenCheck, TokenProblem, check_token
from desktop.exchange.pinning import endpoint_problem
from desktop.ui.widgets.dialog_parts import error_line


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
        self.error = error_line()
        layout.addWidget(self.error)

    def set_values(self, url: str, token: str) -> None:
        self.url.setText(url)
        self.token.setText(token)

    def entered(self) -> tuple[str, str] | None:
        """(address, token) when both are usable; otherwise None, and the problem is shown."""
        url = self.url.text().strip().rstrip("/")
        checked = check_token(self.token.text())
        problem = ""
        address = endpoint_problem(url)
        if address == "insecure":
            problem = self.tr(
                "The address must start with https://, so that the token cannot be read on the "
                "way (http:// only for a receiver on this computer)."
            )
        elif address is not None:
            problem = self.tr(
                "The address must start with https://, for example https://imigrasi.example/siaga"
            )
        elif checked.token is None:
            problem = self._token_problem(checked)
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        return None if problem or checked.token is None else (url, checked.token)

    def _token_problem(self, checked: TokenCheck) -> str:
        group = checked.group or 0
        texts = {
            TokenProblem.EMPTY: self.tr("Enter the access token from the office's slip."),
            TokenProblem.SPACES: self.tr("Enter the access token without spaces."),
            TokenProblem.TOO_SHORT: self.tr("The access token is too short."),
            TokenProblem.GROUP_COUNT: self.tr(
                "The access token has five groups of five letters and digits."
            ),
            TokenProblem.GROUP_LENGTH: self.tr(
                "Group {n} of the token must have five letters and digits."
            ).format(n=group),
            TokenProblem.CHARACTER: self.tr(
                "Group {n} has a character tokens never use: there is no 0, O, 1, I or L in a "
                "token."
            ).format(n=group),
            TokenProblem.CHECK: self.tr(
                "Group {n} of the token has a typing mistake: compare it with the slip."
            ).format(n=group),
        }
        return texts[checked.problem] if checked.problem else ""
