"""Asking: how far the person has gone (version 2 on), the offer details, then the questions
of that stage one group at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.assessment import TEXT_MAX, Offer, validate_details
from desktop.domain.checklist import Answer, Checklist, Indicator
from desktop.domain.errors import ValidationFailed
from desktop.ui.checklist.texts import answer_words, red_flag_words
from desktop.ui.errors import field_message
from desktop.ui.screen import VerticalScroll
from desktop.ui.widgets.field import FieldWithError

CHECK = "\u2713 "  # shown on the chosen answer, so the choice is not told by colour alone


def _scrolling(body: QWidget) -> QScrollArea:
    return VerticalScroll(body)


def _wrapping(text: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class StageView(QWidget):
    """The first question of a check: how far the person has gone. Only the questions due by
    that stage are asked, so a lawful applicant is not asked about papers not issued yet."""

    continued = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.addWidget(_wrapping(self.tr("How far along is the person?"), "title"))
        self._layout.addWidget(
            _wrapping(
                self.tr("Choose the stage that fits best. Only what is due by then is asked about.")
            )
        )
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(self._toggled)
        self.buttons: dict[str, QRadioButton] = {}
        self._entries: list[QWidget] = []
        self._layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(_scrolling(body), 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.next_button = QPushButton(self.tr("&Next: about the offer"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.continued)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer.addLayout(row)

    def set_stages(self, checklist: Checklist, language: str) -> None:
        """Offer the stages of ``checklist``, none chosen yet."""
        for entry in self._entries:
            self._layout.removeWidget(entry)
            entry.deleteLater()
        for button in self.group.buttons():
            self.group.removeButton(button)
        self._entries, self.buttons = [], {}
        for n, stage in enumerate(checklist.stages):
            entry = QWidget()
            column = QVBoxLayout(entry)
            column.setContentsMargins(0, 2, 0, 0)
            column.setSpacing(0)
            button = QRadioButton(stage.title.get(language))
            button.setProperty("role", "stage")
            button.setAccessibleDescription(stage.hint.get(language))
            hint = _wrapping(stage.hint.get(language), "hint")
            column.addWidget(button)
            column.addWidget(hint)
            self.group.addButton(button)
            self.buttons[stage.key] = button
            self._layout.insertWidget(2 + n, entry)
            self._entries.append(entry)
        self.next_button.setEnabled(False)

    def stage(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def set_stage(self, key: str | None) -> None:
        self.group.setExclusive(False)
        for stage, button in self.buttons.items():
            button.setChecked(stage == key)
        self.group.setExclusive(True)
        self.next_button.setEnabled(key in self.buttons)

    @Slot()
    def _toggled(self) -> None:
        self.next_button.setEnabled(self.stage() is not None)


class DetailsView(QWidget):
    """The offer in a few words. Everything is optional; initials only, never a full name."""

    continued = Signal()
    cancelled = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        layout = QVBoxLayout(body)
        title = _wrapping(self.tr("About this offer"), "title")
        layout.addWidget(title)
        layout.addWidget(
            _wrapping(
                self.tr(
                    "Write down what is known about the offer. Every field may be left empty. "
                    "For the person, write initials only (for example S.A.), never the full name."
                )
            )
        )
        self.fields: dict[str, QLineEdit] = {}
        self.boxes: dict[str, FieldWithError] = {}
        self._labels = {
            "initials": self.tr("&Initials of the person offered the job"),
            "company": self.tr("&Company or recruiter"),
            "destination": self.tr("&Destination country and city"),
            "job": self.tr("&Job offered"),
            "recruiter_contact": self.tr("Recruiter's &contact (phone, WhatsApp, account)"),
        }
        for name, text in self._labels.items():
            edit = QLineEdit()
            edit.setMaxLength(10 if name == "initials" else TEXT_MAX)
            edit.setAccessibleName(text.replace("&", ""))
            label = QLabel(text)
            label.setBuddy(edit)
            label.setWordWrap(True)
            box = FieldWithError(edit)
            layout.addSpacing(6)
            layout.addWidget(label)
            layout.addWidget(box)
            self.fields[name] = edit
            self.boxes[name] = box
        self.fields["initials"].setPlaceholderText(self.tr("for example S.A."))
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addWidget(_scrolling(body), 1)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next: the questions"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._continue)
        row.addWidget(self.cancel_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer.addLayout(row)

    def clear(self) -> None:
        for edit in self.fields.values():
            edit.clear()
        self._show_errors({})

    def details(self) -> tuple[str, Offer]:
        """The tidied details; raises ValidationFailed (and shows why) when one is wrong."""
        text = {name: edit.text() for name, edit in self.fields.items()}
        try:
            initials, offer = validate_details(
                text["initials"],
                Offer(text["company"], text["destination"], text["job"], text["recruiter_contact"]),
            )
        except ValidationFailed as failed:
            self._show_errors({e.field: e for e in failed.errors})
            raise
        self._show_errors({})
        return initials, offer

    def _show_errors(self, errors: dict) -> None:
        for name, box in self.boxes.items():
            error = errors.get(name)
            if error is None:
                box.show_error("")
            elif error.code == "not_initials":
                box.show_error(
                    self.tr("Write initials only, at most five letters, for example S.A.")
                )
            else:
                box.show_error(field_message(error, self._labels[name].replace("&", "")))
        if errors:
            self.fields[next(iter(errors))].setFocus()

    @Slot()
    def _continue(self) -> None:
        try:
            self.details()
        except ValidationFailed:
            return
        self.continued.emit()


class QuestionCard(QFrame):
    """One question: its text, why it matters, and three large answer buttons."""

    changed = Signal()

    def __init__(
        self, indicator: Indicator, number: int, language: str, *, show_law: bool, parent=None
    ) -> None:
        super().__init__(parent)
        self.indicator = indicator
        self.setObjectName("questionCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        if indicator.red_flag:
            flag = _wrapping(red_flag_words(), "redflag")
            flag.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Minimum)
            layout.addWidget(flag)
        self.question = _wrapping(f"{number}. {indicator.question.get(language)}", "question")
        layout.addWidget(self.question)
        why = self.tr("Why this matters: {text}").format(text=indicator.why.get(language))
        if show_law and indicator.legal_reference:
            law = self.tr("Law: {reference}").format(reference=indicator.legal_reference)
            why = f"{why}\n{law}"
        self.why = _wrapping(why, "hint")
        layout.addWidget(self.why)
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QPushButton] = {}
        for answer in Answer:
            button = QPushButton(answer_words(answer))
            button.setCheckable(True)
            button.setProperty("answer", answer.value)
            button.setAccessibleName(f"{answer_words(answer)}: {indicator.question.get(language)}")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self._toggled)
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        layout.addLayout(row)

    def answer(self) -> Answer | None:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return None

    def set_answer(self, answer: Answer | None) -> None:
        self.group.setExclusive(False)
        for choice, button in self.buttons.items():
            button.setChecked(choice is answer)
        self.group.setExclusive(True)

    @Slot(bool)
    def _toggled(self, _on: bool) -> None:
        for answer, button in self.buttons.items():
            words = answer_words(answer)
            button.setText(CHECK + words if button.isChecked() else words)
        self.changed.emit()


class QuestionsView(QWidget):
    """The questions of one checklist version at one stage, one group per screen, with progress.

    A group's cards are built the first time it is shown: a slow office PC then pays for a
    handful of questions at a time, not for all of them at once. The legal references are shown
    for the newest version only: an older version's may have been overtaken by a later law.
    """

    finished = Signal()  # the user asked for the result
    back_to_details = Signal()
    answers_changed = Signal()

    def __init__(
        self,
        checklist: Checklist,
        language: str,
        stage: str | None = None,
        *,
        show_law: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.checklist = checklist
        self.stage = stage
        self.groups = checklist.groups_at(stage)
        self.asked = checklist.asked(stage)
        self._language = language
        self._show_law = show_law
        self._answers: dict[str, Answer] = {}
        self._cards: dict[str, QuestionCard] = {}
        self._numbers = {i.key: n for n, i in enumerate(self.asked, start=1)}
        layout = QVBoxLayout(self)
        self.group_title = _wrapping(role="title")
        layout.addWidget(self.group_title)
        self.step_label = _wrapping()
        layout.addWidget(self.step_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.asked))
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)
        self.pages = QStackedWidget()
        self._bodies: list[QVBoxLayout] = []
        for _group in self.groups:
            body = QWidget()
            self._bodies.append(QVBoxLayout(body))
            self.pages.addWidget(_scrolling(body))
        layout.addWidget(self.pages, 1)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.show_group(0)

    @property
    def group_index(self) -> int:
        return self.pages.currentIndex()

    @property
    def cards(self) -> list[QuestionCard]:
        """The cards built so far, in the order of the questions."""
        return [self._cards[i.key] for i in self.asked if i.key in self._cards]

    def _build_group(self, index: int) -> None:
        body = self._bodies[index]
        if body.count():
            return
        for indicator in self.checklist.in_group(self.groups[index].key, self.stage):
            card = QuestionCard(
                indicator, self._numbers[indicator.key], self._language, show_law=self._show_law
            )
            card.set_answer(self._answers.get(indicator.key))
            card.changed.connect(lambda card=card: self._changed(card))
            body.addWidget(card)
            self._cards[indicator.key] = card
        body.addStretch(1)

    def show_group(self, index: int) -> None:
        group = self.groups[index]
        self._build_group(index)
        self.pages.setCurrentIndex(index)
        self.pages.currentWidget().verticalScrollBar().setValue(0)
        self.group_title.setText(group.title.get(self._language))
        last = index == len(self.groups) - 1
        self.next_button.setText(self.tr("See the &result") if last else self.tr("&Next"))
        self._update_progress()

    def _update_progress(self) -> None:
        done = len(self._answers)
        self.progress.setValue(done)
        self.step_label.setText(
            self.tr("Part {part} of {parts} · {done} of {total} questions answered").format(
                part=self.group_index + 1,
                parts=len(self.groups),
                done=done,
                total=len(self.asked),
            )
        )

    def _changed(self, card: QuestionCard) -> None:
        answer = card.answer()
        if answer is None:
            self._answers.pop(card.indicator.key, None)
        else:
            self._answers[card.indicator.key] = answer
        self._update_progress()
        self.answers_changed.emit()

    @Slot()
    def go_next(self) -> None:
        if self.group_index < len(self.groups) - 1:
            self.show_group(self.group_index + 1)
        else:
            self.finished.emit()

    @Slot()
    def go_back(self) -> None:
        if self.group_index > 0:
            self.show_group(self.group_index - 1)
        else:
            self.back_to_details.emit()

    def answers(self) -> dict[str, Answer]:
        """The questions answered so far (unanswered ones are left out)."""
        return dict(self._answers)

    def unanswered(self) -> int:
        return len(self.asked) - len(self._answers)

    def set_answers(self, answers: dict[str, Answer]) -> None:
        self._answers = {k: a for k, a in answers.items() if k in self._numbers}
        for key, card in self._cards.items():
            card.set_answer(self._answers.get(key))
        self._update_progress()

    def card(self, key: str) -> QuestionCard:
        """The card of one question, building its group if it was not shown yet."""
        if key not in self._cards:
            group = self.checklist.indicator(key).group
            self._build_group([g.key for g in self.groups].index(group))
        return self._cards[key]
