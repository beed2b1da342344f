"""The office writes a warning about a recruiter or a company for its villages' content pack.

``draft_warning(parent, pattern)`` is the one call for the office's "patterns across villages"
view: it opens the composer filled with what the pattern found (the telephone number, company
or name, the villages, since when) and keeps the warning when the officer saves it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.content_pack import (
    PatternSeen,
    PlaceSeen,
    RecruiterWarning,
    draft_from_pattern,
    new_warning_id,
    validate_warning,
)
from desktop.domain.errors import ValidationFailed
from desktop.storage import office_packs
from desktop.ui.screen import fit_to_screen, grow_to_content
from desktop.ui.widgets.dialog_parts import add_accept_cancel, error_line

VILLAGE_ROLE = Qt.ItemDataRole.UserRole


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line for line in edit.toPlainText().splitlines() if line.strip()]


class WarningComposer(QDialog):
    """Edits ``warning`` (a new one when None); ``warning()`` is the result once accepted."""

    def __init__(
        self,
        warning: RecruiterWarning | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._id = warning.id if warning is not None else new_warning_id()
        self._issued = warning.issued if warning is not None else None
        self._result: RecruiterWarning | None = None
        self.setWindowTitle(self.tr("Warning about a recruiter or company"))
        layout = QVBoxLayout(self)
        reminder = QLabel(
            self.tr(
                "Write only about the recruiter or the company. Never write the name or any "
                "detail of a person they recruited, or of that person's family."
            )
        )
        reminder.setWordWrap(True)
        reminder.setProperty("role", "hint")
        layout.addWidget(reminder)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.companies = self._list_edit(self.tr("one company per line"))
        self.names = self._list_edit(self.tr("one name per line, as people call the recruiter"))
        self.phones = self._list_edit(self.tr("one number per line"))
        form.addRow(self.tr("&Companies:"), self.companies)
        form.addRow(self.tr("&Names:"), self.names)
        form.addRow(self.tr("&Phone numbers:"), self.phones)
        self.known = QPlainTextEdit()
        self.known.setTabChangesFocus(True)
        self.known.setPlaceholderText(
            self.tr("What is known: what they offer, where to, what they ask for")
        )
        form.addRow(self.tr("What is &known:"), self.known)
        since_row = QHBoxLayout()
        self.since_known = QCheckBox(self.tr("the date is &known"))
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd-MM-yyyy")
        self.since.setMaximumDate(QDate(self._today))
        self.since.setDate(QDate(self._today))
        self.since.setEnabled(False)
        self.since_known.toggled.connect(self.since.setEnabled)
        since_row.addWidget(self.since_known)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        form.addRow(self.tr("Seen since:"), since_row)
        self.villages = QListWidget()
        self.villages.setAccessibleName(self.tr("Villages where it was seen"))
        self.villages_label = QLabel(self.tr("Seen in:"))
        form.addRow(self.villages_label, self.villages)
        layout.addLayout(form, 1)
        self.error = error_line()
        layout.addWidget(self.error)
        add_accept_cancel(self, layout, self.tr("Save the warning"), self.tr("Cancel"))
        if warning is not None:
            self.fill(warning)
            if not warning.known:  # drafted from a pattern: what is known is left to write
                self.known.setFocus()
        else:
            self._show_villages(())
        fit_to_screen(self, 70, 26)

    def _list_edit(self, hint: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(hint)
        edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4)
        return edit

    def fill(self, warning: RecruiterWarning) -> None:
        self.companies.setPlainText("\n".join(warning.companies))
        self.names.setPlainText("\n".join(warning.names))
        self.phones.setPlainText("\n".join(warning.phones))
        self.known.setPlainText(warning.known)
        self.since_known.setChecked(warning.since is not None)
        if warning.since is not None:
            self.since.setDate(QDate(warning.since))
        self._show_villages(warning.villages)

    def _show_villages(self, villages: tuple[PlaceSeen, ...]) -> None:
        self.villages.clear()
        for place in villages:
            item = QListWidgetItem(f"{place.name} ({place.code})")
            item.setData(VILLAGE_ROLE, place)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.villages.addItem(item)
        shown = bool(villages)
        self.villages.setVisible(shown)
        self.villages_label.setVisible(shown)
        if shown:
            rows = min(len(villages), 4)
            self.villages.setFixedHeight(
                self.villages.sizeHintForRow(0) * rows + 2 * self.villages.frameWidth() + 2
            )

    def chosen_villages(self) -> tuple[PlaceSeen, ...]:
        return tuple(
            self.villages.item(n).data(VILLAGE_ROLE)
            for n in range(self.villages.count())
            if self.villages.item(n).checkState() == Qt.CheckState.Checked
        )

    def accept(self) -> None:
        try:
            self._result = validate_warning(
                warning_id=self._id,
                known=self.known.toPlainText(),
                names=_lines(self.names),
                phones=_lines(self.phones),
                companies=_lines(self.companies),
                since=self.since.date().toPython() if self.since_known.isChecked() else None,
                villages=self.chosen_villages(),
                issued=self._issued,
                today=self._today,
            )
        except ValidationFailed as exc:
            self.error.setText(" ".join(self._problem(e.field, e.code) for e in exc.errors))
            self.error.show()
            grow_to_content(self)
            return
        super().accept()

    def _problem(self, field: str, code: str) -> str:
        if field == "subject":
            return self.tr("Write at least a company, a name or a phone number.")
        if field == "known" and code == "looks_like_nik":
            return self.tr("Remove the 16-digit number: a warning never carries anyone's NIK.")
        if field == "known":
            return (
                self.tr("Write what is known about them.")
                if code == "required"
                else self.tr("What is known is too long: keep it under 2000 characters.")
            )
        if field == "phones":
            return self.tr(
                "Check the phone numbers: one number per line, for example 0812-3456-7890."
            )
        if field == "since":
            return self.tr("The date they were seen since cannot be in the future.")
        return self.tr("Shorten the lists: at most 10 lines of up to 200 characters each.")

    def warning(self) -> RecruiterWarning | None:
        return self._result


def compose_warning(
    parent: QWidget | None, warning: RecruiterWarning | None = None
) -> RecruiterWarning | None:
    """Open the composer on ``warning`` (or a new one); keep and return the saved warning."""
    dialog = WarningComposer(warning, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        result = dialog.warning()
    finally:
        dialog.deleteLater()
    if result is not None:
        office_packs.save_warning(result)
    return result


def draft_warning(parent: QWidget | None, pattern: PatternSeen) -> RecruiterWarning | None:
    """The office's patterns view drafts a warning from ``pattern`` in one call: the composer
    opens filled in, and the warning is kept (for the next content pack) when saved."""
    return compose_warning(parent, draft_from_pattern(pattern))
