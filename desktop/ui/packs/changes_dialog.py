"""Before a content pack is installed: what it changes, in words, and Install or Cancel."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.content_pack import ContentPack, PackChanges
from desktop.ui.formatting import format_date
from desktop.ui.screen import fit_to_screen, meant_to_scroll


class ChangesDialog(QDialog):
    """Shows ``changes`` of ``pack``; accepted means "install it"."""

    def __init__(
        self, pack: ContentPack, changes: PackChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Install the content from the office?"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Content pack number {number} from {office}, made on {date}.").format(
                number=pack.number,
                office=pack.office_name,
                date=format_date(pack.created_at.astimezone().date()),
            )
        )
        heading.setWordWrap(True)
        heading.setProperty("role", "subtitle")
        layout.addWidget(heading)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("What changes"))
        self.text.setHtml(self.changes_html(changes))
        meant_to_scroll(self.text)
        layout.addWidget(self.text, 1)
        note = QLabel(
            self.tr(
                "Nothing you recorded changes. You can bring back the content shown now with "
                "“Bring back the earlier content” on this page."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.install_button = buttons.addButton(
            self.tr("Install"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 72, 24)

    def _heading(self, text: str) -> str:
        return f"<h3>{escape(text)}</h3>"

    def _list(self, title: str, items: tuple[str, ...] | list[str]) -> list[str]:
        if not items:
            return []
        rows = "".join(f"<li>{escape(item)}</li>" for item in items)
        return [f"<p><b>{escape(title)}</b></p><ul>{rows}</ul>"]

    def changes_html(self, changes: PackChanges) -> str:
        if changes.nothing:
            return "<p>" + escape(self.tr("Nothing the village sees changes.")) + "</p>"
        out: list[str] = []
        if changes.warnings_new or changes.warnings_changed or changes.warnings_ended:
            out.append(self._heading(self.tr("Warnings about recruiters")))
            out += self._list(self.tr("New:"), [w.title for w in changes.warnings_new])
            out += self._list(self.tr("Changed:"), [w.title for w in changes.warnings_changed])
            out += self._list(self.tr("Withdrawn:"), [w.title for w in changes.warnings_ended])
        if changes.hotlines_added or changes.hotlines_removed:
            out.append(self._heading(self.tr("Hotlines")))
            out += self._list(self.tr("Added:"), changes.hotlines_added)
            out += self._list(self.tr("No longer listed:"), changes.hotlines_removed)
        if changes.checklist_changed:
            out.append(self._heading(self.tr("Check a job offer")))
            out.append(
                "<p>"
                + escape(
                    self.tr(
                        "New checks use the questions of version {after} instead of version "
                        "{before}. Checks already saved keep the questions they were made with."
                    ).format(after=changes.checklist_after, before=changes.checklist_before)
                )
                + "</p>"
            )
        if changes.topics_added or changes.topics_changed or changes.topics_removed:
            out.append(self._heading(self.tr("Material and leaflets")))
            out += self._list(self.tr("New topics:"), changes.topics_added)
            out += self._list(self.tr("Topics rewritten:"), changes.topics_changed)
            out += self._list(self.tr("Topics taken away:"), changes.topics_removed)
        if changes.contacts_added or changes.contacts_removed or changes.office_contact_changed:
            out.append(self._heading(self.tr("Contacts from the office")))
            if changes.office_contact_changed:
                out.append(
                    "<p>" + escape(self.tr("The office's own contact details change.")) + "</p>"
                )
            out += self._list(self.tr("Added:"), changes.contacts_added)
            out += self._list(self.tr("No longer listed:"), changes.contacts_removed)
        return "\n".join(out)
