"""Pengaturan → Jejak audit: who unlocked, exported, imported or printed, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.security import AuditEvent, AuditKind
from desktop.storage import audit
from desktop.ui.formatting import format_local
from desktop.ui.style import ERROR

PAGE = 500
# Shown in red: worth a look by whoever reads the trail.
_WARNING_KINDS = {
    AuditKind.UNLOCK_FAILED.value,
    AuditKind.EXPORTED_UNENCRYPTED.value,
    AuditKind.VILLAGE_KEY_CHANGE_HELD.value,
    AuditKind.RECOVERY_USED.value,
}

_KIND_TEXT = {
    AuditKind.UNLOCKED: QT_TRANSLATE_NOOP("Audit", "Opened with the passphrase"),
    AuditKind.UNLOCK_FAILED: QT_TRANSLATE_NOOP("Audit", "Wrong passphrase"),
    AuditKind.LOCKED: QT_TRANSLATE_NOOP("Audit", "Locked"),
    AuditKind.PROTECTION_SET: QT_TRANSLATE_NOOP("Audit", "Protection set up"),
    AuditKind.DATABASE_CONVERTED: QT_TRANSLATE_NOOP("Audit", "Earlier data encrypted"),
    AuditKind.PASSPHRASE_CHANGED: QT_TRANSLATE_NOOP("Audit", "Passphrase changed"),
    AuditKind.RECOVERY_USED: QT_TRANSLATE_NOOP("Audit", "Recovery key used"),
    AuditKind.EXPORTED: QT_TRANSLATE_NOOP("Audit", "Export (encrypted)"),
    AuditKind.EXPORTED_UNENCRYPTED: QT_TRANSLATE_NOOP("Audit", "Export WITHOUT encryption"),
    AuditKind.IMPORTED: QT_TRANSLATE_NOOP("Audit", "Import"),
    AuditKind.PRINTED_PERSONAL: QT_TRANSLATE_NOOP("Audit", "Printed with personal data"),
    AuditKind.OFFICE_KEY_CREATED: QT_TRANSLATE_NOOP("Audit", "Office key made"),
    AuditKind.OFFICE_KEY_SAVED: QT_TRANSLATE_NOOP("Audit", "Office public key saved to a file"),
    AuditKind.OFFICE_KEY_IMPORTED: QT_TRANSLATE_NOOP("Audit", "Office key installed"),
    AuditKind.VILLAGE_KEY_CREATED: QT_TRANSLATE_NOOP("Audit", "Village signing key made"),
    AuditKind.VILLAGE_KEY_REGISTERED: QT_TRANSLATE_NOOP("Audit", "Village key registered"),
    AuditKind.VILLAGE_KEY_CHANGE_HELD: QT_TRANSLATE_NOOP(
        "Audit", "Export from a changed village key held back"
    ),
    AuditKind.VILLAGE_KEY_ACCEPTED: QT_TRANSLATE_NOOP("Audit", "New village key accepted"),
    AuditKind.BACKUP_RESTORED: QT_TRANSLATE_NOOP("Audit", "Backup restored"),
    AuditKind.CONTENT_PACK_MADE: QT_TRANSLATE_NOOP("Audit", "Content pack for the villages made"),
    AuditKind.CONTENT_PACK_INSTALLED: QT_TRANSLATE_NOOP(
        "Audit", "Content pack from the office installed"
    ),
    AuditKind.CONTENT_PACK_ROLLED_BACK: QT_TRANSLATE_NOOP(
        "Audit", "Content pack from the office undone (earlier content back)"
    ),
    AuditKind.IDENTITIES_SHOWN: QT_TRANSLATE_NOOP(
        "Audit", "Names, NIK and phone numbers of a record shown"
    ),
    AuditKind.VERSION_CHOSEN: QT_TRANSLATE_NOOP("Audit", "Another version of a record used"),
    AuditKind.VERSION_CHOICE_UNDONE: QT_TRANSLATE_NOOP("Audit", "Choice of a version undone"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


def kind_text(kind: str) -> str:
    try:
        return _tr(_KIND_TEXT[AuditKind(kind)])
    except (ValueError, KeyError):
        return kind


def detail_text(event: AuditEvent) -> str:
    """The detail in words: only what was recorded (never personal data)."""
    d: dict[str, Any] = event.detail
    parts: list[str] = []
    if "record" in d:
        parts.append(
            QCoreApplication.translate("Audit", "record no. {number}").format(number=d["record"])
        )
    if d.get("officer"):
        parts.append(
            QCoreApplication.translate("Audit", "officer: {name}").format(name=d["officer"])
        )
    if "via" in d:
        parts.append(QCoreApplication.translate("Audit", "how: {via}").format(via=d["via"]))
    if "count" in d:
        parts.append(QCoreApplication.translate("Audit", "{count} times").format(count=d["count"]))
    if d.get("to"):
        parts.append(QCoreApplication.translate("Audit", "to: {place}").format(place=d["to"]))
    if d.get("office"):
        parts.append(
            QCoreApplication.translate("Audit", "office: {office}").format(office=d["office"])
        )
    if "number" in d:
        parts.append(
            QCoreApplication.translate("Audit", "pack number {number}").format(number=d["number"])
        )
    if "village" in d:
        parts.append(
            QCoreApplication.translate("Audit", "village: {code}").format(code=d["village"])
        )
    if "identities" in d:
        parts.append(
            QCoreApplication.translate("Audit", "with names, NIK and phone numbers")
            if d["identities"]
            else QCoreApplication.translate("Audit", "without names, NIK or phone numbers")
        )
    if "file" in d:
        parts.append(QCoreApplication.translate("Audit", "file: {name}").format(name=d["file"]))
    if "what" in d:
        parts.append(str(d["what"]))
    if "fingerprint" in d:
        parts.append(
            QCoreApplication.translate("Audit", "key fingerprint: {fp}").format(fp=d["fingerprint"])
        )
    if d.get("reason"):
        parts.append(
            QCoreApplication.translate("Audit", "reason: {reason}").format(reason=d["reason"])
        )
    if "rows" in d:
        parts.append(QCoreApplication.translate("Audit", "{rows} rows").format(rows=d["rows"]))
    return "; ".join(parts)


def entry_text(event: AuditEvent) -> str:
    """Two lines: when and what; then the details and the computer account."""
    when = format_local(event.at)
    first = f"{when} — {kind_text(event.kind)}"
    details = detail_text(event)
    account = (
        QCoreApplication.translate("Audit", "computer account: {name}").format(
            name=event.computer_user
        )
        if event.computer_user
        else ""
    )
    second = "; ".join(p for p in (details, account) if p)
    return f"{first}\n{second}" if second else first


class AuditTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every opening, wrong passphrase, export, import, printout with personal data "
                "and change of passphrase or keys is written here. Entries cannot be changed "
                "or deleted."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Audit trail"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list, 1)
        self.count = QLabel()
        self.count.setWordWrap(True)
        layout.addWidget(self.count)
        row = QHBoxLayout()
        self.more_button = QPushButton(self.tr("Show &older entries"))
        self.more_button.clicked.connect(self.more)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.more_button)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.events: list[AuditEvent] = []
        self.total = 0
        self.refresh()

    def _add(self, events: list[AuditEvent]) -> None:
        for event in events:
            item = QListWidgetItem(entry_text(event))
            if event.kind in _WARNING_KINDS:
                item.setForeground(QColor(ERROR))
            self.list.addItem(item)
        self.events += events

    def refresh(self) -> None:
        self.list.clear()
        self.events = []
        self._add(audit.list_events(PAGE))
        self.total = audit.count_events()
        self._update()

    def more(self) -> None:
        self._add(audit.list_events(PAGE, offset=len(self.events)))
        self._update()

    def _update(self) -> None:
        self.count.setText(
            self.tr("Showing {shown} of {total} entries.").format(
                shown=len(self.events), total=self.total
            )
        )
        self.more_button.setEnabled(len(self.events) < self.total)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
