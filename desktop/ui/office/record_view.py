"""The office's view of one record, read-only: its sections as the village's form shows them,
every version with who changed what and which export brought it, the referrals, the job-offer
check it was made from, versions in conflict side by side with "Pakai versi ini" (audited and
reversible), and the office's review state with a note.

Names, NIK and phone numbers stay hidden until an officer asks for them with a reason, which
the audit trail keeps; closing the view hides them again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from html import escape
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.checklist import ChecklistShelf
from desktop.domain.errors import ValidationFailed
from desktop.domain.incident import (
    RecordMeta,
    RecordNotFound,
    RecordState,
    StaleRecord,
    StoredIncident,
    StoredVersion,
    branch_tips,
    build_history,
    from_payload,
    to_payload,
)
from desktop.domain.review import ReviewState
from desktop.printing.incident_pdf import Section
from desktop.storage import office_choices, office_review
from desktop.storage.office_record import OfficeRecord, load_office_record
from desktop.ui.formatting import format_datetime
from desktop.ui.incidents.history import history_html
from desktop.ui.incidents.printout import record_sections
from desktop.ui.incidents.values import describe_referral
from desktop.ui.office.check_words import check_html
from desktop.ui.office.review_words import REVIEW_COLOURS, review_short, review_words
from desktop.ui.screen import fit_to_screen, grow_to_content
from desktop.ui.widgets.dialog_parts import add_accept_cancel, error_line

DIFFERENT_BG = "#fff1c2"


def _local(moment: datetime) -> str:
    return format_datetime(moment.astimezone().replace(tzinfo=None))


def _browser() -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    return browser


def sections_html(sections: tuple[Section, ...]) -> str:
    """The record's sections as headed tables of label and value."""
    parts = []
    for section in sections:
        parts.append(f"<h3>{escape(section.title)}</h3>")
        if not section.rows:
            if section.note:
                parts.append(f"<p><i>{escape(section.note)}</i></p>")
            continue
        rows = "".join(
            f"<tr><td width='35%'><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
            for label, value in section.rows
        )
        parts.append(f"<table cellspacing='0' cellpadding='3' width='100%'>{rows}</table>")
    return "".join(parts)


@dataclass(frozen=True)
class Alternative:
    """A version to compare with the current one: a branch tip held (which can be chosen), or
    other content that arrived under a version id already held (which cannot)."""

    stored: StoredIncident | None  # None when the content cannot be read
    version: StoredVersion | None  # the held version, for a branch tip
    saved_at: datetime | None
    author: str
    export: str  # the export that brought it, in words ('' when not known)


def _stored(version: StoredVersion, first: StoredVersion, number: int) -> StoredIncident | None:
    meta = RecordMeta(
        record_id=version.record_id,
        version_id=version.version_id,
        prev_version_id=version.prev_version_id,
        number=number,
        created_at=first.saved_at,
        created_by=first.author,
        updated_at=version.saved_at,
        updated_by=version.author,
        deleted_at=version.saved_at if version.state is RecordState.DELETED else None,
    )
    try:
        return StoredIncident(from_payload(version.payload), meta)
    except ValueError:
        return None


class CompareRow(NamedTuple):
    label: str  # a field's label, or a section's title
    mine: str = ""  # the value in the version in use
    theirs: str = ""  # the value in the other version
    differs: bool = False
    title: bool = False


def compare_rows(
    current: tuple[Section, ...], other: tuple[Section, ...], *, only_differences: bool
) -> list[CompareRow]:
    """Every row of either version side by side, under its section's title; with
    ``only_differences`` only the rows that differ (and the titles of their sections)."""
    rows: list[CompareRow] = []
    for mine, theirs in zip(current, other, strict=True):
        left = dict(mine.rows)
        right = dict(theirs.rows)
        labels = list(left) + [label for label in right if label not in left]
        section = [CompareRow(label, left.get(label, ""), right.get(label, "")) for label in labels]
        section = [row._replace(differs=row.mine != row.theirs) for row in section]
        if only_differences:
            section = [row for row in section if row.differs]
        if section:
            rows += [CompareRow(mine.title, title=True), *section]
    return rows


class IdentityDialog(QDialog):
    """Asks why names, NIK and phone numbers are to be shown, and who asks."""

    def __init__(self, number: int, officer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Show names, NIK and phone numbers"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Record no. {number} holds personal data of the people involved. Write why you "
                "need to see it. Your name, the time and the reason are kept in the audit trail."
            ).format(number=number)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("e.g. the police asked for the victim's contact"))
        self.officer = QLineEdit(officer)
        self.officer.setMaxLength(80)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Officer's &name:"), self.officer)
        layout.addLayout(form)
        self.error = error_line()
        layout.addWidget(self.error)
        add_accept_cancel(self, layout, self.tr("Show them"), self.tr("Cancel"))
        fit_to_screen(self, 70, 10)

    def accept(self) -> None:
        if len(" ".join(self.reason.text().split())) < 5:
            self.error.setText(self.tr("Please write the reason in a few words."))
        elif not self.officer.text().strip():
            self.error.setText(self.tr("Please write your name."))
        else:
            super().accept()
            return
        self.error.show()
        grow_to_content(self)


class RecordView(QDialog):
    """One record at the office. ``changed`` tells the register to read again after a review
    or a choice of version."""

    changed = Signal()

    def __init__(
        self,
        record_id: str,
        *,
        countries: dict[str, str],
        checklists: ChecklistShelf,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record_id = record_id
        self._language = language
        self._countries = countries
        self._checklists = checklists
        self._identities = False
        self._alternatives: list[Alternative] = []
        self.record: OfficeRecord | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.where = QLabel()
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.review_badge = QLabel()
        self.review_badge.setWordWrap(True)
        layout.addWidget(self.review_badge)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        row = QHBoxLayout()
        self.identity_note = QLabel()
        self.identity_note.setWordWrap(True)
        row.addWidget(self.identity_note, 1)
        self.identity_button = QPushButton(self.tr("Show &names, NIK and phone…"))
        self.identity_button.clicked.connect(self._ask_identities)
        row.addWidget(self.identity_button, 0, Qt.AlignmentFlag.AlignTop)
        content_layout.addLayout(row)
        self.content = _browser()
        content_layout.addWidget(self.content, 1)
        self.tabs.addTab(content, self.tr("Record"))

        self.history = _browser()
        self.tabs.addTab(self.history, self.tr("History and arrival"))
        self.referrals = _browser()
        self.tabs.addTab(self.referrals, self.tr("Referrals"))
        self.checks = _browser()
        self.tabs.addTab(self.checks, self.tr("Job-offer check"))
        self.conflict_tab = self._build_conflict_tab()
        self.tabs.addTab(self.conflict_tab, self.tr("Conflict"))
        self.review_tab = self._build_review_tab()
        self.tabs.addTab(self.review_tab, self.tr("Review"))

        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()
        fit_to_screen(self, 110, 40)

    # -- building ------------------------------------------------------------------------------

    def _build_conflict_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.conflict_intro = QLabel()
        self.conflict_intro.setWordWrap(True)
        layout.addWidget(self.conflict_intro)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Compare &with:"))
        self.alternative_box = QComboBox()
        self.alternative_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.alternative_box.setMinimumContentsLength(20)
        caption.setBuddy(self.alternative_box)
        row.addWidget(caption)
        row.addWidget(self.alternative_box, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.alternative_note = QLabel()
        self.alternative_note.setWordWrap(True)
        row.addWidget(self.alternative_note, 1)
        self.only_differences = QCheckBox(self.tr("Only what &differs"))
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(self._show_alternative)
        row.addWidget(self.only_differences)
        layout.addLayout(row)
        self.compare = _browser()
        layout.addWidget(self.compare, 1)
        buttons = QHBoxLayout()
        self.use_button = QPushButton(self.tr("&Use this version"))
        self.use_button.clicked.connect(self._use_alternative)
        self.undo_button = QPushButton(self.tr("&Undo the choice"))
        self.undo_button.clicked.connect(self._undo)
        officer_caption = QLabel(self.tr("Officer's na&me:"))
        self.choice_officer = QLineEdit()
        self.choice_officer.setMaxLength(80)
        officer_caption.setBuddy(self.choice_officer)
        buttons.addWidget(officer_caption)
        buttons.addWidget(self.choice_officer, 1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.undo_button)
        layout.addLayout(buttons)
        self.choice_status = QLabel()
        self.choice_status.setWordWrap(True)
        self.choice_status.hide()
        layout.addWidget(self.choice_status)
        self.alternative_box.currentIndexChanged.connect(self._show_alternative)
        return tab

    def _build_review_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(
            self.tr(
                "The review is the office's own mark: it does not change the record and is not "
                "sent to the village."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.review_buttons: dict[ReviewState, QRadioButton] = {}
        group = QButtonGroup(tab)
        states = QHBoxLayout()
        for state in ReviewState:
            button = QRadioButton(review_short(state))
            group.addButton(button)
            states.addWidget(button)
            self.review_buttons[state] = button
        states.addStretch(1)
        layout.addLayout(states)
        form = QFormLayout()
        self.review_note = QPlainTextEdit()
        self.review_note.setTabChangesFocus(True)
        self.review_note.setPlaceholderText(self.tr("e.g. passed to the TPPO task force"))
        self.review_note.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.review_officer = QLineEdit()
        self.review_officer.setMaxLength(80)
        form.addRow(self.tr("Remar&k:"), self.review_note)
        form.addRow(self.tr("Officer's &name:"), self.review_officer)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.review_save = QPushButton(self.tr("&Save the review"))
        self.review_save.clicked.connect(self.save_review)
        row.addWidget(self.review_save)
        self.review_status = QLabel()
        self.review_status.setWordWrap(True)
        row.addWidget(self.review_status, 1)
        layout.addLayout(row)
        self.review_history = _browser()
        layout.addWidget(self.review_history, 1)
        return tab

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the record again and show it."""
        try:
            record = load_office_record(self._record_id)
        except RecordNotFound:
            self.record = None
            self.heading.setText(self.tr("This record is no longer held here."))
            self.tabs.setEnabled(False)
            return
        self.record = record
        number = record.stored.meta.number
        self.setWindowTitle(self.tr("Record no. {number}").format(number=number))
        source = record.source
        if source is None:
            village = self.tr("village not known")
            self.where.setText(village)
        else:
            kind = self.tr("Kelurahan") if source.kelurahan else self.tr("Desa")
            village = f"{kind} {source.village_name or source.village_code}"
            self.where.setText(
                self.tr("Kec. {district}, {regency} · area code {code}").format(
                    district=source.district_name,
                    regency=source.regency_name,
                    code=source.village_code,
                )
            )
        self.heading.setText(
            self.tr("Record no. {number} — {village}").format(number=number, village=village)
        )
        self._show_review_badge()
        self._show_content()
        self._show_history()
        self._show_referrals()
        self._show_checks()
        self._show_conflicts()
        self._show_review()

    def _show_review_badge(self) -> None:
        review = self.record.review
        fg, bg = REVIEW_COLOURS[review.state]
        text = self.tr("Office review: {state}").format(state=review_words(review.state))
        if review.note:
            text += " — " + review.note
        self.review_badge.setText(text)
        self.review_badge.setStyleSheet(
            f"QLabel {{ color: {fg}; background: {bg}; padding: 4px; font-weight: bold; }}"
        )

    def _sections(self, stored: StoredIncident) -> tuple[Section, ...]:
        return record_sections(stored, include_identity=self._identities, countries=self._countries)

    def _show_content(self) -> None:
        stored = self.record.stored
        has_identities = stored.incident.has_identifiers
        deleted = ""
        if stored.meta.deleted_at is not None:
            deleted = "<p><b>{}</b></p>".format(
                escape(
                    self.tr(
                        "The village moved this record to Deleted on {date}: it is not counted "
                        "in the register or the recap."
                    ).format(date=_local(stored.meta.deleted_at))
                )
            )
        self.content.setHtml(deleted + sections_html(self._sections(stored)))
        self.identity_button.setVisible(has_identities and not self._identities)
        if not has_identities:
            self.identity_note.setText(
                self.tr("No names, NIK or phone numbers of people are held for this record.")
            )
        elif self._identities:
            self.identity_note.setText(
                self.tr(
                    "Names, NIK and phone numbers are shown (kept in the audit trail). They are "
                    "hidden again when this view is closed."
                )
            )
        else:
            self.identity_note.setText(
                self.tr("Names, NIK and phone numbers are hidden. Show them only when needed.")
            )

    def _arrival(self, version: StoredVersion) -> str:
        export = self.record.arrivals.get(version.version_id)
        if export is None:
            return self.tr(
                "Arrived: not recorded (imported before the office noted the export of each "
                "version)."
            )
        if export.via == "internet":
            how = self.tr("over the internet")
        else:
            how = self.tr("from the file {name}").format(name=export.file_name or "—")
        return self.tr(
            "Arrived with export no. {sequence} (made {made}, imported {imported}, {how})."
        ).format(
            sequence=export.sequence,
            made=_local(export.created_at),
            imported=_local(export.imported_at),
            how=how,
        )

    def _show_history(self) -> None:
        record = self.record
        current = record.stored.meta.version_id
        tips = {v.version_id for v in branch_tips(record.versions)}
        notes = {}
        for version in record.versions:
            lines = [self._arrival(version)]
            if version.version_id == current:
                lines.append(self.tr("This is the version in use at the office."))
            elif version.version_id in tips:
                lines.append(
                    self.tr("Another version that does not follow the one in use (conflict).")
                )
            notes[version.version_id] = " ".join(lines)
        entries = build_history(record.versions)
        self.history.setHtml(history_html(entries, self._countries, notes))

    def _show_referrals(self) -> None:
        referrals = self.record.stored.incident.referrals
        self.tabs.setTabText(
            self.tabs.indexOf(self.referrals),
            self.tr("Referrals ({count})").format(count=len(referrals)),
        )
        if not referrals:
            text = self.tr("Not referred yet.")
            self.referrals.setHtml(f"<p>{escape(text)}</p>")
            return
        payload = to_payload(self.record.stored.incident)
        parts = []
        for n, referral in enumerate(payload.get("referrals", []), start=1):
            title = self.tr("Referral {number}").format(number=n)
            text = describe_referral(referral) or "—"
            parts.append(f"<h3>{escape(title)}</h3><p>{escape(text)}</p>")
            if referral.get("outcome"):
                outcome = self.tr("Result: {text}").format(text=referral["outcome"])
                parts.append(f"<p>{escape(outcome)}</p>")
        self.referrals.setHtml("".join(parts))

    def _show_checks(self) -> None:
        checks = self.record.checks
        if not checks:
            text = self.tr("This record was not made from a job-offer check.")
            self.checks.setHtml(f"<p>{escape(text)}</p>")
            return
        self.checks.setHtml(
            "<hr/>".join(check_html(c, self._checklists, self._language) for c in checks)
        )

    # -- conflicts -----------------------------------------------------------------------------

    def _alternatives_of(self, record: OfficeRecord) -> list[Alternative]:
        current = record.stored.meta.version_id
        first = record.versions[0] if record.versions else None
        number = record.stored.meta.number
        found = []
        for tip in branch_tips(record.versions):
            if tip.version_id == current or tip.state is RecordState.PURGED or first is None:
                continue
            export = record.arrivals.get(tip.version_id)
            found.append(
                Alternative(
                    _stored(tip, first, number),
                    tip,
                    tip.saved_at,
                    tip.author,
                    self.tr("export no. {n}").format(n=export.sequence) if export else "",
                )
            )
        for note in record.conflicts:
            if note.kind != "bentrok" or first is None:
                continue
            try:
                data = json.loads(note.version)
                version = StoredVersion(
                    record_id=record.stored.meta.record_id,
                    version_id=data["version_id"],
                    prev_version_id=data.get("prev_version_id"),
                    saved_at=datetime.fromisoformat(data["saved_at"]),
                    author=str(data.get("author", "")),
                    state=RecordState(data["state"]),
                    reason=str(data.get("reason", "")),
                    payload=data.get("payload") or {},
                )
            except (ValueError, KeyError, TypeError):
                found.append(Alternative(None, None, None, "", ""))
                continue
            found.append(
                Alternative(
                    _stored(version, first, number), None, version.saved_at, version.author, ""
                )
            )
        return found

    def _show_conflicts(self) -> None:
        record = self.record
        self._alternatives = self._alternatives_of(record)
        index = self.tabs.indexOf(self.conflict_tab)
        choice = record.choice_in_force
        has_any = bool(self._alternatives) or choice is not None
        self.tabs.setTabVisible(index, has_any)
        if not has_any:
            return
        self.tabs.setTabText(
            index, self.tr("Conflict ({count})").format(count=len(self._alternatives))
        )
        self.conflict_intro.setText(
            self.tr(
                "These versions do not follow each other. Choose the one the office uses: the "
                "choice is audited and can be undone, and the village's record stays as it is."
            )
        )
        self.alternative_box.blockSignals(True)
        self.alternative_box.clear()
        for n, alternative in enumerate(self._alternatives, start=1):
            if alternative.saved_at is None:
                text = self.tr("Other version {n} (cannot be read)").format(n=n)
            else:
                text = self.tr("Other version {n}: {when}, {author}").format(
                    n=n, when=_local(alternative.saved_at), author=alternative.author or "—"
                )
            self.alternative_box.addItem(text)
        self.alternative_box.blockSignals(False)
        if not self.choice_officer.text():
            self.choice_officer.setText(office_review.officer_name())
        if choice is not None:
            self._choice_status(
                self.tr("Chosen by {officer} on {when}. Undo to use the version before.").format(
                    officer=choice.chosen_by, when=_local(choice.chosen_at)
                )
            )
        self.undo_button.setVisible(choice is not None)
        self._show_alternative()

    def _show_alternative(self) -> None:
        position = self.alternative_box.currentIndex()
        if not 0 <= position < len(self._alternatives):
            self.compare.clear()
            self.alternative_note.clear()
            self.use_button.setVisible(False)
            return
        alternative = self._alternatives[position]
        if alternative.version is not None:
            note = ""
            if alternative.export:
                note = self.tr("It arrived with {export}.").format(export=alternative.export)
        else:
            note = self.tr(
                "This content arrived under the number of a version already held, with other "
                "content: a sign of a damaged or altered file. It cannot be used; the version "
                "held stays."
            )
        self.alternative_note.setText(note)
        self.use_button.setVisible(
            alternative.version is not None and alternative.stored is not None
        )
        if alternative.stored is None:
            self.compare.setHtml(
                "<p>{}</p>".format(escape(self.tr("The content of this version cannot be read.")))
            )
            return
        rows = compare_rows(
            self._sections(self.record.stored),
            self._sections(alternative.stored),
            only_differences=self.only_differences.isChecked(),
        )
        different = escape(self.tr("different"))
        head = "".join(
            f"<th align='left'>{escape(t)}</th>"
            for t in (self.tr("Field"), self.tr("Version in use"), self.tr("Other version"), "")
        )
        body = []
        for row in rows:
            if row.title:
                body.append(f"<tr><td colspan='4'><h3>{escape(row.label)}</h3></td></tr>")
                continue
            style = f" style='background-color:{DIFFERENT_BG}'" if row.differs else ""
            mark = f"<b>{different}</b>" if row.differs else ""
            body.append(
                f"<tr{style}><td><b>{escape(row.label)}</b></td><td>{escape(row.mine)}</td>"
                f"<td>{escape(row.theirs)}</td><td>{mark}</td></tr>"
            )
        self.compare.setHtml(
            f"<table cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>"
            f"{''.join(body)}</table>"
        )

    @Slot()
    def _use_alternative(self) -> None:
        position = self.alternative_box.currentIndex()
        if not 0 <= position < len(self._alternatives):
            return
        version = self._alternatives[position].version
        if version is not None:
            self.use_version(version.version_id, self.choice_officer.text())

    def use_version(self, version_id: str, officer: str) -> bool:
        """ "Pakai versi ini": make ``version_id`` the version the office uses."""
        meta = self.record.stored.meta
        try:
            office_choices.choose_version(
                meta.record_id,
                version_id,
                current=meta.version_id,
                officer=officer,
                number=meta.number,
            )
        except ValidationFailed:
            self._choice_status(self.tr("Please write your name before choosing."))
            return False
        except StaleRecord:
            self.reload()
            self._choice_status(
                self.tr("The record changed meanwhile (an import came in). Compare again.")
            )
            return False
        self.reload()
        self._choice_status(
            self.tr("The office now uses the version chosen. You can undo the choice.")
        )
        self.changed.emit()
        return True

    @Slot()
    def _undo(self) -> None:
        self.undo(self.choice_officer.text())

    def undo(self, officer: str) -> bool:
        """Undo the choice in force: the version it replaced is used again."""
        choice = self.record.choice_in_force if self.record else None
        if choice is None:
            return False
        try:
            office_choices.undo_choice(
                choice.id, officer=officer, number=self.record.stored.meta.number
            )
        except ValidationFailed:
            self._choice_status(self.tr("Please write your name before undoing."))
            return False
        except StaleRecord:
            self.reload()
            self._choice_status(
                self.tr("The record changed meanwhile (an import came in); nothing was undone.")
            )
            return False
        self.reload()
        self._choice_status(self.tr("Undone: the version used before is used again."))
        self.changed.emit()
        return True

    # -- review --------------------------------------------------------------------------------

    def _show_review(self) -> None:
        record = self.record
        self.review_buttons[record.review.state].setChecked(True)
        self.review_note.setPlainText(record.review.note)
        if not self.review_officer.text():
            self.review_officer.setText(office_review.officer_name())
        if not record.review_log:
            self.review_history.setHtml("<p>{}</p>".format(escape(self.tr("Not reviewed yet."))))
            return
        parts = []
        for entry in record.review_log:
            when = _local(entry.changed_at) if entry.changed_at else ""
            line = self.tr("{when} — {state}, by {officer}").format(
                when=when, state=review_short(entry.state), officer=entry.changed_by
            )
            parts.append(f"<p><b>{escape(line)}</b>")
            if entry.note:
                parts.append(f"<br/>{escape(entry.note)}")
            parts.append("</p>")
        self.review_history.setHtml("".join(parts))

    @Slot()
    def save_review(self) -> None:
        state = next(s for s, b in self.review_buttons.items() if b.isChecked())
        try:
            office_review.set_review(
                self._record_id,
                state,
                self.review_note.toPlainText(),
                officer=self.review_officer.text(),
            )
        except ValidationFailed as exc:
            fields = {e.field for e in exc.errors}
            if "officer" in fields:
                self.review_status.setText(self.tr("Please write your name."))
            else:
                self.review_status.setText(
                    self.tr("The note is too long: at most 1,000 characters.")
                )
            self.review_status.setProperty("role", "error")
            self._repolish(self.review_status)
            return
        self.reload()
        self.review_status.setText(self.tr("Review saved."))
        self.review_status.setProperty("role", "")
        self._repolish(self.review_status)
        self.changed.emit()

    def _choice_status(self, text: str) -> None:
        self.choice_status.setText(text)
        self.choice_status.setVisible(bool(text))

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- identities ----------------------------------------------------------------------------

    @Slot()
    def _ask_identities(self) -> None:
        dialog = IdentityDialog(self.record.stored.meta.number, office_review.officer_name(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_identities(dialog.reason.text(), dialog.officer.text())

    def show_identities(self, reason: str, officer: str) -> bool:
        """Show names, NIK and phone numbers, once the audit trail has kept why and who."""
        try:
            office_review.record_identities_shown(
                self.record.stored.meta.number, reason, officer=officer
            )
        except ValidationFailed:
            return False
        self._identities = True
        self._show_content()
        if self.tabs.isTabVisible(self.tabs.indexOf(self.conflict_tab)):
            self._show_alternative()
        return True
