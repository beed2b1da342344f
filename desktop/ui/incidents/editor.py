"""The window in which one record is written, changed, printed and its history read.

What is typed is kept as a draft every moment, so a crash or a power cut loses nothing; closing
with unsaved changes asks first; changing a record that is already referred or closed asks
why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.incident import (
    Incident,
    StaleRecord,
    StoredIncident,
    check_incident,
    needs_reason,
)
from desktop.storage import incidents as store
from desktop.storage import profile_store
from desktop.storage.db import writes_held
from desktop.ui.errors import SAVE_ERRORS, draft_not_kept_message, not_saved_message
from desktop.ui.formatting import format_local
from desktop.ui.incidents.dialogs import ReasonDialog, Unsaved, ask_unsaved
from desktop.ui.incidents.form import IncidentForm
from desktop.ui.incidents.history import HistoryDialog
from desktop.ui.incidents.labels import field_label, incident_field_message
from desktop.ui.messages import ask, inform
from desktop.ui.pause_timer import pause_timer
from desktop.ui.screen import VerticalScroll, fit_to_screen, meant_to_scroll
from desktop.ui.widgets.field import FieldWithError

NEW_DRAFT = "incident:new"


def draft_key(record_id: str | None) -> str:
    return f"incident:{record_id}" if record_id else NEW_DRAFT


class IncidentDialog(QDialog):
    """Write a new record (``stored`` None) or change a saved one."""

    saved = Signal(str)

    def __init__(
        self,
        stored: StoredIncident | None,
        *,
        countries: dict[str, str],
        print_record: Callable[[StoredIncident, QWidget], None],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stored = stored
        self._countries = countries
        self._print_record = print_record
        self._today = today
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setProperty("role", "hint")
        self.notice.hide()
        layout.addWidget(self.notice)
        self.form = IncidentForm(countries)
        scroll = VerticalScroll(self.form)
        meant_to_scroll(scroll)
        self.scroll = scroll
        layout.addWidget(scroll, 1)

        footer = QWidget()
        footer_form = QFormLayout(footer)
        footer_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        footer_form.setContentsMargins(0, 0, 0, 0)
        self.author = QLineEdit(store.author())
        self.author.setMaxLength(80)
        self.author.setPlaceholderText(self.tr("Your name or position, e.g. Sekretaris Desa"))
        self.author_box = FieldWithError(self.author)
        caption = QLabel(field_label("author") + " *")
        caption.setBuddy(self.author)
        footer_form.addRow(caption, self.author_box)
        layout.addWidget(footer)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_record)
        self.history_button = QPushButton(self.tr("&History"))
        self.history_button.clicked.connect(self.show_history)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, self.history_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self.form.set_incident(stored.incident if stored else Incident(reported_on=today()))
        self._baseline = self.form.snapshot()
        self._baseline_author = self.author.text()
        self._restore_draft()
        self._timer = pause_timer(self, 500, self._keep_draft)
        self.form.changed.connect(self._timer.start)
        self.author.textEdited.connect(self._timer.start)
        self._update_title()
        fit_to_screen(self, 130, 40)

    # -- state -------------------------------------------------------------------------------

    @property
    def stored(self) -> StoredIncident | None:
        return self._stored

    def _draft_key(self) -> str:
        return draft_key(self._stored.meta.record_id if self._stored else None)

    def _update_title(self) -> None:
        if self._stored is None:
            self.setWindowTitle(self.tr("New incident record"))
        else:
            self.setWindowTitle(
                self.tr("Incident record no. {number}").format(number=self._stored.meta.number)
            )
        saved = self._stored is not None
        self.print_button.setEnabled(saved)
        self.history_button.setEnabled(saved)

    def is_dirty(self) -> bool:
        return self._baseline != self.form.snapshot() or (
            self.author.text() != self._baseline_author
        )

    def _restore_draft(self) -> None:
        draft = profile_store.load_draft(self._draft_key())
        if not draft or not isinstance(draft.get("snapshot"), dict):
            return
        try:
            self.form.restore(draft["snapshot"])
        except (KeyError, ValueError, TypeError):
            return
        if isinstance(draft.get("author"), str):
            self.author.setText(draft["author"])
        self._note(
            self.tr(
                "What you typed last time but had not saved has been brought back. Check it, "
                "then save it, or close without saving to throw it away."
            )
        )

    def _note(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @Slot()
    def _keep_draft(self) -> None:
        if self.is_dirty():
            kept = profile_store.save_draft(
                self._draft_key(),
                {"snapshot": self.form.snapshot(), "author": self.author.text()},
            )
            if not kept and not writes_held():
                self._note(draft_not_kept_message())
            elif kept and self.notice.text() == draft_not_kept_message():
                self._note("")
        else:
            profile_store.discard_draft(self._draft_key())

    def _discard_draft(self) -> None:
        self._timer.stop()
        profile_store.discard_draft(self._draft_key())

    # -- saving ------------------------------------------------------------------------------

    def _errors(self) -> tuple[Incident | None, list[FieldError]]:
        incident, errors = self.form.incident()
        checked = None
        try:
            checked = check_incident(incident, self._today())
        except ValidationFailed as failure:
            errors = errors + failure.errors
        return (None if errors else checked), errors

    @Slot()
    def save(self) -> bool:
        """Check and save; True when saved. Messages appear at the fields otherwise."""
        incident, errors = self._errors()
        author_error = not " ".join(self.author.text().split())
        shown = self.form.show_errors(errors)
        self.author_box.show_error(
            incident_field_message(FieldError("author", "required")) if author_error else ""
        )
        if errors or author_error:
            count = len(errors) + int(author_error)
            self.status.setProperty("role", "error")
            self.status.setText(
                self.tr("{count} field(s) need correcting; see the messages in red.").format(
                    count=count
                )
            )
            self._repolish(self.status)
            target = shown or self.author
            self.scroll.ensureWidgetVisible(target)
            target.setFocus()
            return False
        reason = ""
        if self._stored is not None and needs_reason(self._stored.incident.status):
            dialog = ReasonDialog(self._stored.meta.number, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            reason = dialog.text()
        author = " ".join(self.author.text().split())
        try:
            meta = store.save_incident(
                incident,
                author_name=author,
                base_version=self._stored.meta.version_id if self._stored else None,
                reason=reason,
            )
        except StaleRecord:
            self._keep_draft()
            inform(
                self,
                self.tr("Not saved"),
                self.tr(
                    "This record was changed or deleted after you opened it, so it was not "
                    "saved. What you typed is kept as a draft. Close this window and open the "
                    "record again."
                ),
                warning=True,
            )
            return False
        except SAVE_ERRORS as exc:
            self._keep_draft()
            inform(self, self.tr("Not saved"), not_saved_message(exc), warning=True)
            return False
        if author != store.author():
            store.set_author(author)
        self._discard_draft()
        profile_store.discard_draft(NEW_DRAFT)
        self._stored = store.load_incident(meta.record_id)
        self.form.set_incident(self._stored.incident)
        self._baseline = self.form.snapshot()
        self._baseline_author = self.author.text()
        self._update_title()
        self._note("")
        self.status.setProperty("role", "hint")
        self.status.setText(self.tr("Saved: {when}.").format(when=format_local(meta.updated_at)))
        self._repolish(self.status)
        self.saved.emit(meta.record_id)
        return True

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- other actions -----------------------------------------------------------------------

    @Slot()
    def print_record(self) -> None:
        if self._stored is None:
            return
        if self.is_dirty():
            if not ask(
                self,
                self.tr("Save first?"),
                self.tr("The printout shows the saved record. Save your changes first?"),
                self.tr("Save and print"),
            ):
                return
            if not self.save():
                return
        self._print_record(self._stored, self)

    @Slot()
    def show_history(self) -> None:
        if self._stored is None:
            return
        entries = store.history(self._stored.meta.record_id)
        HistoryDialog(self._stored.meta.number, entries, self._countries, self).exec()

    def reject(self) -> None:
        """Closing (Close, Esc, the window's X) asks first when something is not saved."""
        if self.is_dirty():
            choice = ask_unsaved(self)
            if choice is Unsaved.CANCEL:
                return
            if choice is Unsaved.SAVE and not self.save():
                return
            if choice is Unsaved.DISCARD:
                self._discard_draft()
        self._timer.stop()
        super().reject()
