"""About box: what the app is, its version, when its content was last checked against its
sources, and the attribution of the data it ships."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.domain.errors import SiagaError
from desktop.resources import resource_path
from desktop.ui.formatting import format_date
from desktop.ui.screen import fit_to_screen, grow_to_content
from desktop.ui.widgets.dialog_parts import add_close


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Siaga TPPO"))
        layout = QVBoxLayout(self)
        title = QLabel(f"{APP_NAME} {__version__}")
        title.setProperty("role", "title")
        layout.addWidget(title)
        purpose = QLabel(
            self.tr(
                "Helps village heads and lurah prevent trafficking in persons (TPPO) and people "
                "smuggling (TPPM). Works without internet; your data stays on this computer "
                "until you send it."
            )
        )
        purpose.setWordWrap(True)
        layout.addWidget(purpose)
        self.reviewed = QLabel(self.review_text())
        self.reviewed.setWordWrap(True)
        layout.addWidget(self.reviewed)
        attribution = QLabel(
            self.tr(
                "<b>Area codes</b> (provinsi, kabupaten/kota, kecamatan, desa/kelurahan): from "
                "the idn-area-data package version 4.0.1 by Fityan Ali Nugroho "
                "(github.com/fityannugroho/idn-area-data), based on the decree of the Ministry "
                "of Home Affairs (Kemendagri). Made available under the Open Database License "
                "(ODbL) 1.0."
            )
        )
        attribution.setWordWrap(True)
        countries = QLabel(
            self.tr(
                "<b>Country names</b>: the ISO 3166-1 list and its Indonesian translation from "
                "the Debian iso-codes project, as shipped in the pycountry package; GNU LGPL 2.1 "
                "or later (resources/countries)."
            )
        )
        countries.setWordWrap(True)
        countries.setTextFormat(Qt.TextFormat.RichText)
        attribution.setTextFormat(Qt.TextFormat.RichText)
        attribution.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(attribution)
        layout.addWidget(countries)
        self.license_text = QPlainTextEdit()
        self.license_text.setReadOnly(True)
        self.license_text.setVisible(False)
        # A few lines with a scroll bar: the whole window must still fit a 728-pixel screen.
        self.license_text.setFixedHeight(self.license_text.fontMetrics().lineSpacing() * 3)
        show = QPushButton(self.tr("Show the &licence text (ODbL)"))
        show.setCheckable(True)
        show.toggled.connect(self._toggle_license)
        layout.addWidget(show, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.license_text, 1)
        add_close(self, layout, self.tr("Close"))
        fit_to_screen(self, 80, 12)  # as tall as its wrapped text needs at that width

    def review_text(self) -> str:
        """When the material, the hotlines and the job-offer questions were last checked."""
        # The content in force (an office's pack, if one is installed); imported here, as the
        # box is opened rarely and the window's start should not wait for the exchange.
        from desktop.exchange.active_content import SHIPPED, current_content
        from desktop.storage.db import is_open

        content = current_content() if is_open() else SHIPPED
        try:
            reviews = content.reviews()
            hotlines = content.hotlines()
            checklist = content.checklists().latest()
        except SiagaError:
            return self.tr("The dates the content was checked cannot be read.")
        checked = min(reviews.oldest, *(s.checked for s in hotlines.services))
        return self.tr(
            "Content last checked against its sources on {date}: the material, the leaflets "
            "and the hotlines. Job-offer questions: version {version} of {released}."
        ).format(
            date=format_date(checked),
            version=checklist.version,
            released=format_date(checklist.released),
        )

    def _toggle_license(self, shown: bool) -> None:
        if shown and not self.license_text.toPlainText():
            try:
                text = resource_path("wilayah", "LICENSE-ODbL.md").read_text(encoding="utf-8")
            except OSError:
                text = "https://opendatacommons.org/licenses/odbl/1-0/"
            self.license_text.setPlainText(text)
        self.license_text.setVisible(shown)
        grow_to_content(self)
