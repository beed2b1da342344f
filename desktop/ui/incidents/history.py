"""The history of one record: who changed what and when, with old and new values.

Values of names, NIK and phone numbers are never shown here, only that they changed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.domain.incident import FieldChange, HistoryEntry, RecordState
from desktop.ui.formatting import format_local
from desktop.ui.incidents.labels import field_label
from desktop.ui.incidents.values import describe_person, describe_referral, format_value
from desktop.ui.screen import fit_to_screen


def describe_change(
    change: FieldChange, countries: dict[str, str], *, created: bool = False
) -> str:
    """One line such as 'Status: Baru → Dirujuk' or 'Orang 2: NIK diubah (isi tidak
    ditampilkan)'."""
    if change.field == "person":
        if change.new is None:
            return QCoreApplication.translate("IncidentHistory", "Person {n} removed").format(
                n=change.item
            )
        return QCoreApplication.translate("IncidentHistory", "Person {n} added: {who}").format(
            n=change.item, who=describe_person(change.new) or "—"
        )
    if change.field == "referral":
        if change.new is None:
            return QCoreApplication.translate("IncidentHistory", "Referral {n} removed").format(
                n=change.item
            )
        return QCoreApplication.translate("IncidentHistory", "Referral {n} added: {what}").format(
            n=change.item, what=describe_referral(change.new) or "—"
        )
    name = field_label(change.field)
    if change.item is not None:
        if change.field.startswith("person."):
            owner = QCoreApplication.translate("IncidentHistory", "Person {n}")
        else:
            owner = QCoreApplication.translate("IncidentHistory", "Referral {n}")
        name = f"{owner.format(n=change.item)}: {name}"
    if change.sensitive:
        if not change.old:
            text = QCoreApplication.translate("IncidentHistory", "filled in (not shown)")
        elif not change.new:
            text = QCoreApplication.translate("IncidentHistory", "removed")
        else:
            text = QCoreApplication.translate("IncidentHistory", "changed (not shown)")
        return f"{name}: {text}"
    old = format_value(change.field, change.old, countries)
    new = format_value(change.field, change.new, countries)
    empty = QCoreApplication.translate("IncidentHistory", "(empty)")
    if created:  # the first version: what was filled in, no "before"
        return f"{name}: {new}" if change.field != "notes" else name
    if change.field == "notes" or len(old) + len(new) > 160:
        return QCoreApplication.translate("IncidentHistory", "{name} changed").format(name=name)
    return f"{name}: {old or empty} → {new or empty}"


def history_html(
    entries: list[HistoryEntry],
    countries: dict[str, str],
    notes: dict[str, str] | None = None,
) -> str:
    """The history as simple HTML, newest change first; ``notes`` adds a line under the
    versions it names (by version id), e.g. at the office which export brought each."""
    parts = []
    for position, entry in enumerate(entries):
        older = entries[position + 1] if position + 1 < len(entries) else None
        when = format_local(entry.saved_at)
        if entry.state is RecordState.DELETED:
            what = QCoreApplication.translate("IncidentHistory", "Moved to Deleted")
        elif entry.state is RecordState.PURGED:
            what = QCoreApplication.translate("IncidentHistory", "Removed for good")
        elif entry.created:
            what = QCoreApplication.translate("IncidentHistory", "Record created")
        elif older is not None and older.state is RecordState.DELETED and not entry.changes:
            what = QCoreApplication.translate("IncidentHistory", "Restored from Deleted")
        else:
            what = QCoreApplication.translate("IncidentHistory", "Changed")
        by = QCoreApplication.translate("IncidentHistory", "by {author}").format(
            author=entry.author or "—"
        )
        block = [f"<p><b>{escape(when)}</b> — {escape(what)} {escape(by)}"]
        if entry.reason:
            reason = QCoreApplication.translate("IncidentHistory", "Reason: {reason}").format(
                reason=entry.reason
            )
            block.append(f"<br/><i>{escape(reason)}</i>")
        note = (notes or {}).get(entry.version_id)
        if note:
            block.append(f"<br/>{escape(note)}")
        block.append("</p>")
        shown = [] if entry.state is not RecordState.LIVE else entry.changes
        if shown:
            items = "".join(
                f"<li>{escape(describe_change(c, countries, created=entry.created))}</li>"
                for c in shown
            )
            block.append(f"<ul>{items}</ul>")
        parts.append("".join(block))
    return "<hr/>".join(parts)


class HistoryDialog(QDialog):
    def __init__(
        self,
        number: int,
        entries: list[HistoryEntry],
        countries: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of record no. {number}").format(number=number))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setHtml(history_html(entries, countries))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 80, 28)
