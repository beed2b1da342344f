"""The result of a check: the level in words and colour, why, and what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.assessment import Assessment
from desktop.printing.checklist_sheet import Item
from desktop.ui.checklist.content import ResultContent
from desktop.ui.flow_layout import button_row
from desktop.ui.formatting import format_date
from desktop.ui.screen import VerticalScroll


def _label(text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class ResultView(QWidget):
    """Shows one result. The page decides what the buttons do."""

    save_requested = Signal()
    print_requested = Signal()
    incident_requested = Signal()
    edit_requested = Signal()
    close_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = VerticalScroll(self.body)
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        self.status = _label()
        self.status.hide()
        layout.addWidget(self.status)
        self.edit_button = QPushButton(self.tr("Change &answers"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save_requested)
        self.print_button = QPushButton(self.tr("&Print result sheet…"))
        self.print_button.clicked.connect(self.print_requested)
        self.incident_button = QPushButton(self.tr("Record as an &incident"))
        self.incident_button.clicked.connect(self.incident_requested)
        self.delete_button = QPushButton(self.tr("&Delete this check"))
        self.delete_button.clicked.connect(self.delete_requested)
        self.close_button = QPushButton(self.tr("&Finish"))
        self.close_button.clicked.connect(self.close_requested)
        # Rows that wrap, so that every button keeps its words at the largest text size.
        layout.addWidget(
            button_row(self.edit_button, self.save_button, self.print_button, self.close_button)
        )
        self.second_row = button_row(self.incident_button, self.delete_button)
        layout.addWidget(self.second_row)
        self.level_label: QLabel | None = None  # made by show_result
        self.sections: dict[str, QWidget] = {}

    def show_result(
        self,
        assessment: Assessment,
        content: ResultContent,
        *,
        can_record_incident: bool,
    ) -> None:
        """Show ``content``; the buttons follow whether ``assessment`` is saved yet."""
        self._clear()
        add = self.body_layout.addWidget
        title = _label(self.tr("Result of the check"), "title")
        add(title)
        self.level_label = _label(
            f"{content.level_words.upper()}\n{content.level_meaning}", "level"
        )
        self.level_label.setProperty("level", content.level.value)
        self.level_label.setAccessibleName(content.level_words)
        add(self.level_label)
        add(_label(content.made_with, "hint"))
        details = self._details(assessment)
        if details:
            add(_label(details))
        self._section(
            "reasons",
            self.tr("Found (answered Yes)"),
            content.reasons,
            empty=self.tr("No question was answered Yes."),
        )
        self._section("unknowns", self.tr("To check (answered Don't know)"), content.unknowns)
        self._section(
            "steps",
            self.tr("For you, the village head (not printed)"),
            tuple(Item(s) for s in content.village_steps),
            numbered=True,
        )
        self._section(
            "family",
            self.tr("For the family (also on the printed sheet)"),
            tuple(Item(s) for s in content.family_steps),
            numbered=True,
        )
        self._section(
            "hotlines", self.tr("Official hotlines"), tuple(Item(h) for h in content.hotlines)
        )
        self._section(
            "contacts", self.tr("Village contacts"), tuple(Item(c) for c in content.contacts)
        )
        self.body_layout.addStretch(1)
        saved = assessment.id is not None
        self.save_button.setVisible(not saved)
        self.edit_button.setVisible(not saved)
        self.delete_button.setVisible(saved)
        self.incident_button.setVisible(can_record_incident)
        self.second_row.setVisible(saved or can_record_incident)
        self.incident_button.setEnabled(assessment.incident_record_id is None)
        if saved and assessment.incident_record_id is not None:
            self.set_status(self.tr("This check has been recorded as an incident."))
        elif saved:
            self.set_status(
                self.tr("Saved on {date}. A saved result never changes.").format(
                    date=format_date(assessment.assessed_on)
                )
            )
        else:
            self.set_status(self.tr("Not saved yet."))
        self.scroll.verticalScrollBar().setValue(0)

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _details(self, assessment: Assessment) -> str:
        offer = assessment.offer
        parts = [
            (self.tr("Initials"), assessment.initials),
            (self.tr("Company or recruiter"), offer.company),
            (self.tr("Destination"), offer.destination),
            (self.tr("Job offered"), offer.job),
            (self.tr("Recruiter's contact"), offer.recruiter_contact),
        ]
        return "\n".join(f"{label}: {value}" for label, value in parts if value)

    def _section(
        self,
        key: str,
        title: str,
        items: tuple[Item, ...],
        *,
        numbered: bool = False,
        empty: str = "",
    ) -> None:
        if not items and not empty:
            return
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(_label(title, "subtitle"))
        for n, item in enumerate(items, start=1):
            row = QHBoxLayout()
            mark = _label(f"{n}." if numbered else "•")
            mark.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
            mark.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            column = QVBoxLayout()
            if item.marker:
                flag = _label(item.marker, "redflag")
                flag.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
                column.addWidget(flag)
            column.addWidget(_label(item.text))
            row.addLayout(column, 1)
            layout.addLayout(row)
        if not items:
            layout.addWidget(_label(empty, "hint"))
        self.body_layout.addWidget(box)
        self.sections[key] = box

    def section_texts(self, key: str) -> list[str]:
        """What a section says, for tests and for reading back."""
        box = self.sections.get(key)
        if box is None:
            return []
        return [label.text() for label in box.findChildren(QLabel)][1:]

    def _clear(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.sections = {}
