"""Beranda: the village at a glance, its contacts, whether its data is safely backed up, and
(added once the window is up) where its log stands with the office."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.profile import ContactRole, VillageProfile
from desktop.storage.installation import Installation
from desktop.ui.contact_titles import contact_title
from desktop.ui.formatting import format_datetime
from desktop.ui.screen import VerticalScroll


class HomePage(QWidget):
    edit_profile = Signal()

    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._installation = installation
        self.setWindowTitle(self.tr("Home"))
        body = QWidget()
        layout = QVBoxLayout(body)
        # At Sangat besar a village with all its contacts is taller than the window.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScroll(body))
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.place = QLabel()
        self.place.setWordWrap(True)
        layout.addWidget(self.place)
        heading = QLabel(self.tr("Local contacts"))
        heading.setProperty("role", "subtitle")
        layout.addWidget(heading)
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.contacts)
        heading = QLabel(self.tr("Safety of your data"))
        heading.setProperty("role", "subtitle")
        layout.addWidget(heading)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        layout.addWidget(self.backup_status)
        self.blocks = QVBoxLayout()
        self.blocks.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.blocks)
        row = QHBoxLayout()
        edit = QPushButton(self.tr("&Change village details"))
        edit.clicked.connect(self.edit_profile)
        row.addWidget(edit)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def add_block(self, title: str, widget: QWidget) -> None:
        """A section with a heading, after the backup's (e.g. sending to the office)."""
        heading = QLabel(title)
        heading.setProperty("role", "subtitle")
        self.blocks.addWidget(heading)
        self.blocks.addWidget(widget)

    def show_profile(self, profile: VillageProfile) -> None:
        kind = self.tr("Kelurahan") if profile.is_kelurahan else self.tr("Desa")
        head = self.tr("Lurah") if profile.is_kelurahan else self.tr("Kepala desa")
        self.title.setText(f"{kind} {profile.village_name}")
        lines = [
            self.tr("District {district}, {regency}, {province}").format(
                district=profile.district_name,
                regency=profile.regency_name,
                province=profile.province_name,
            ),
            self.tr("Area code: {code}").format(code=profile.village_code),
            f"{head}: {profile.head_name}",
        ]
        if profile.office_phone:
            lines.append(
                self.tr("Village office phone: {phone}").format(phone=profile.office_phone)
            )
        self.place.setText("\n".join(lines))
        known = [
            f"{contact_title(role)}: {c.name} {c.phone}".strip()
            for role in ContactRole
            if not (c := profile.contact(role)).is_empty
        ]
        self.contacts.setText(
            "\n".join(known)
            or self.tr("No local contacts yet. Add them with “Change village details”.")
        )
        self.refresh_backup_status()

    def refresh_backup_status(self) -> None:
        backups = self._installation.backups()
        if self._installation.backup_error is not None:
            text = self.tr(
                "The automatic backup could not be made today. Check that the disk has free "
                "space, then make a backup in Settings."
            )
        elif backups:
            text = self.tr(
                "Your data is backed up automatically every day. Last backup: {when}."
            ).format(when=format_datetime(backups[0].taken_at))
        else:
            text = self.tr("No backup has been made yet.")
        self.backup_status.setText(text)
