"""Settings of the incident log (a tab in Pengaturan): who is recording, and how long deleted
records are kept before they are removed for good."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.storage import incidents as store

RETENTION_CHOICES = (7, 30, 90, 365)


class IncidentSettingsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.author = QLineEdit(store.author())
        self.author.setMaxLength(80)
        self.author.setPlaceholderText(self.tr("e.g. Sekretaris Desa"))
        author_row = QWidget()
        row = QHBoxLayout(author_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.author, 1)
        self.save_author_button = QPushButton(self.tr("Sa&ve name"))
        self.save_author_button.clicked.connect(self.save_author)
        row.addWidget(self.save_author_button)
        caption = QLabel(self.tr("&Recorded by (your name or position):"))
        caption.setWordWrap(True)
        caption.setBuddy(self.author)
        form.addRow(caption, author_row)
        hint = QLabel(
            self.tr(
                "Every saved change of a record keeps this name with it, so the history shows "
                "who changed what."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form.addRow(hint)
        self.retention = QComboBox()
        for days in RETENTION_CHOICES:
            self.retention.addItem(self.tr("{days} days").format(days=days), days)
        index = self.retention.findData(store.retention_days())
        if index < 0:
            self.retention.addItem(
                self.tr("{days} days").format(days=store.retention_days()),
                store.retention_days(),
            )
            index = self.retention.count() - 1
        self.retention.setCurrentIndex(index)
        self.retention.currentIndexChanged.connect(self._retention_chosen)
        caption = QLabel(self.tr("&Keep deleted records for:"))
        caption.setWordWrap(True)
        caption.setBuddy(self.retention)
        form.addRow(caption, self.retention)
        hint = QLabel(
            self.tr(
                "Deleted records wait in “Deleted” this long, so a mistake can be undone; then "
                "they are removed for good. Keep personal data no longer than needed."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form.addRow(hint)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.author.returnPressed.connect(self.save_author)
        self.layout().setAlignment(Qt.AlignmentFlag.AlignTop)

    @Slot()
    def save_author(self) -> None:
        store.set_author(self.author.text())
        self.author.setText(store.author())
        self.status.setText(self.tr("Saved."))

    @Slot(int)
    def _retention_chosen(self, index: int) -> None:
        store.set_retention_days(self.retention.itemData(index))
        self.status.setText(self.tr("Saved."))
