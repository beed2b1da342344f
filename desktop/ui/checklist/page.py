"""Cek Tawaran Kerja: the page that walks from a new check to its result and keeps the saved ones.

Views, one at a time: the saved checks (start), the stage the person has reached (question list
version 2 on), the offer details, the questions of that stage, the result. A check in progress
is kept as a draft, so a power cut or a closed window loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.assessment import Assessment
from desktop.domain.checklist import (
    Answer,
    Checklist,
    ChecklistShelf,
    ChecklistVersionMissing,
    QuestionNotAsked,
    assess,
)
from desktop.domain.errors import SiagaError, ValidationFailed
from desktop.domain.hotlines import Hotlines
from desktop.domain.profile import VillageProfile
from desktop.printing.checklist_sheet import ResultSheet
from desktop.printing.paper import Paper
from desktop.storage import assessments, profile_store, settings
from desktop.ui.checklist.content import ResultWording
from desktop.ui.checklist.history import HistoryView
from desktop.ui.checklist.print_job import ResultSheetJob
from desktop.ui.checklist.questions import DetailsView, QuestionsView, StageView
from desktop.ui.checklist.result_view import ResultView
from desktop.ui.checklist.texts import LEVEL_COLOURS, RED_FLAG_COLOUR
from desktop.ui.errors import SAVE_ERRORS, error_message, not_saved_message
from desktop.ui.messages import ask, inform
from desktop.ui.pause_timer import pause_timer
from desktop.ui.print_dialog import print_document
from desktop.ui.style import ACCENT

DRAFT_KEY = "cek-tawaran-kerja"

RecordIncident = Callable[[Assessment, Checklist, QWidget], str | None]


def _page_style() -> str:
    levels = "\n".join(
        f'QLabel[role="level"][level="{level.value}"] {{ color: {fg}; background: {bg}; }}'
        for level, (fg, bg) in LEVEL_COLOURS.items()
    )
    return f"""
    QLabel[role="question"] {{ font-weight: bold; }}
    QRadioButton[role="stage"] {{ font-weight: bold; }}
    QLabel[role="redflag"] {{
        color: white; background: {RED_FLAG_COLOUR}; font-weight: bold; padding: 2px 8px;
    }}
    QLabel[role="level"] {{ font-weight: bold; padding: 0.6em; border-radius: 4px; }}
    {levels}
    QFrame#questionCard {{ border: 1px solid #b0b0b0; border-radius: 4px; background: #fafafa; }}
    QPushButton[answer] {{
        padding: 0.5em 1em; border: 2px solid #6b6b6b; border-radius: 4px; background: white;
        color: #1a1a1a;
    }}
    QPushButton[answer]:hover {{ border-color: {ACCENT}; }}
    QPushButton[answer]:focus {{ border: 3px solid {ACCENT}; }}
    QPushButton[answer]:checked {{
        background: {ACCENT}; color: white; font-weight: bold; border-color: {ACCENT};
    }}
    """


class ChecklistPage(QWidget):
    def __init__(
        self,
        checklists: ChecklistShelf,
        language: str,
        profile: Callable[[], VillageProfile],
        hotlines: Callable[[], Hotlines],
        *,
        record_incident: RecordIncident | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check a job offer"))
        self.setStyleSheet(_page_style())
        self._shelf = checklists
        self._language = language
        self._profile = profile
        self._hotlines = hotlines
        self._record_incident = record_incident
        self._today = today
        self._wording = ResultWording(self)
        self.assessment: Assessment | None = None
        self.checklist: Checklist | None = None  # the version of the check made or shown
        self.stage: str | None = None  # its stage (None in version 1)
        self.questions: QuestionsView | None = None
        self.views = QStackedWidget()
        self.history = HistoryView()
        self.stage_view = StageView()
        self.details = DetailsView()
        self.result = ResultView()
        for view in (self.history, self.stage_view, self.details, self.result):
            self.views.addWidget(view)
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setProperty("role", "hint")
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(self.views, 1)
        self.history.new_requested.connect(self.start_new)
        self.history.open_requested.connect(self.open_saved)
        self.stage_view.continued.connect(self._stage_chosen)
        self.stage_view.cancelled.connect(self.discard_check)
        self.details.continued.connect(self._show_questions)
        self.details.cancelled.connect(self.discard_check)
        self.details.back.connect(lambda: self.views.setCurrentWidget(self.stage_view))
        for edit in self.details.fields.values():
            edit.textEdited.connect(self._schedule_draft)
        self.result.save_requested.connect(self.save)
        self.result.print_requested.connect(self.print_sheet)
        self.result.incident_requested.connect(self.record_incident)
        self.result.edit_requested.connect(self._edit_answers)
        self.result.close_requested.connect(self.finish)
        self.result.delete_requested.connect(self.delete_saved)
        self.draft_timer = pause_timer(self, 400, self._keep_draft)
        self.show_history()
        self._resume_draft()

    # --- views ----------------------------------------------------------------------------

    def current_view(self) -> QWidget:
        return self.views.currentWidget()

    def show_history(self) -> None:
        self.notice.hide()
        self.history.set_rows(assessments.list_assessments())
        self.views.setCurrentWidget(self.history)

    def _questions_for(self, checklist: Checklist, stage: str | None) -> QuestionsView:
        """The questions of ``checklist`` at ``stage``; answers given at another stage are kept
        where the question is asked at this one too."""
        old = self.questions
        if old is None or old.checklist is not checklist or old.stage != stage:
            kept = old.answers() if old is not None and old.checklist is checklist else {}
            if old is not None:
                self.views.removeWidget(old)
                old.deleteLater()
            newest = checklist.version == self._shelf.current_version
            self.questions = QuestionsView(checklist, self._language, stage, show_law=newest)
            self.questions.finished.connect(self.show_result)
            self.questions.back_to_details.connect(
                lambda: self.views.setCurrentWidget(self.details)
            )
            self.questions.answers_changed.connect(self._schedule_draft)
            self.views.addWidget(self.questions)
            self.questions.set_answers(kept)
        self.checklist = checklist
        self.stage = stage
        return self.questions

    @Slot()
    def start_new(self) -> None:
        try:
            checklist = self._shelf.latest()
        except SiagaError as exc:
            inform(self, self.windowTitle(), error_message(exc), warning=True)
            return
        self.assessment = None
        self.details.clear()
        if self.questions is not None:
            self.questions.set_answers({})
            self.questions.show_group(0)
        self.checklist, self.stage = checklist, None
        self.details.back_button.setVisible(bool(checklist.stages))
        if checklist.stages:
            self.stage_view.set_stages(checklist, self._language)
            self.views.setCurrentWidget(self.stage_view)
            return
        self._questions_for(checklist, None).show_group(0)
        self.views.setCurrentWidget(self.details)
        self.details.fields["initials"].setFocus()

    @Slot()
    def _stage_chosen(self) -> None:
        self.stage = self.stage_view.stage()
        self.views.setCurrentWidget(self.details)
        self.details.fields["initials"].setFocus()
        self._keep_draft()

    @Slot()
    def _show_questions(self) -> None:
        questions = self._questions_for(self.checklist, self.stage)
        if questions is not self.views.currentWidget():
            questions.show_group(questions.group_index)
        self.views.setCurrentWidget(questions)
        self._keep_draft()

    @Slot()
    def _edit_answers(self) -> None:
        self.views.setCurrentWidget(self.questions)

    @Slot()
    def show_result(self) -> None:
        """Score the answers given (unanswered ones count as Don't know) and show the result."""
        questions = self.questions
        missing = questions.unanswered()
        if missing and not ask(
            self,
            self.tr("Some questions are not answered"),
            self.tr(
                "{count} question(s) have no answer. They will be counted as Don't know and "
                "listed as things to check."
            ).format(count=missing),
            self.tr("See the result"),
            self.tr("Keep answering"),
        ):
            return
        try:
            initials, offer = self.details.details()
        except ValidationFailed:
            self.views.setCurrentWidget(self.details)
            return
        answers = questions.answers()
        self.assessment = Assessment(
            assessed_on=self._today(),
            initials=initials,
            offer=offer,
            answers=answers,
            result=assess(self.checklist, answers, self.stage),
        )
        self._keep_draft()
        self._show_assessment()

    def _show_assessment(self) -> None:
        assessment = self.assessment
        content = self._wording.content(
            assessment, self.checklist, self._profile(), self._hotlines(), self._language
        )
        self.result.show_result(
            assessment, content, can_record_incident=self._record_incident is not None
        )
        self.notice.hide()
        self.views.setCurrentWidget(self.result)

    @Slot(int)
    def open_saved(self, assessment_id: int) -> None:
        """Show a saved check exactly as it was saved, with the question list it was made with."""
        try:
            assessment = assessments.load_assessment(assessment_id)
            checklist = self._shelf.load(assessment.checklist_version)
        except ChecklistVersionMissing as missing:
            inform(
                self,
                self.windowTitle(),
                self.tr(
                    "This check was made with question list version {version}, which this "
                    "copy of Siaga TPPO does not have. Please install the newest version."
                ).format(version=missing.version),
                warning=True,
            )
            return
        except SiagaError as exc:
            inform(self, self.windowTitle(), error_message(exc), warning=True)
            self.show_history()
            return
        self.assessment = assessment
        self.checklist = checklist
        self.stage = assessment.result.stage or None
        self._show_assessment()

    # --- actions on a result --------------------------------------------------------------

    @Slot()
    def save(self) -> bool:
        if self.assessment is None:
            return False
        if self.assessment.id is None:
            try:
                self.assessment = assessments.save_assessment(self.assessment)
            except SAVE_ERRORS as exc:
                inform(self, self.windowTitle(), not_saved_message(exc), warning=True)
                return False
            profile_store.discard_draft(DRAFT_KEY)
        self._show_assessment()
        return True

    @Slot()
    def finish(self) -> None:
        if (
            self.assessment is not None
            and self.assessment.id is None
            and not ask(
                self,
                self.tr("Close without saving?"),
                self.tr("This check has not been saved. Its answers will be lost."),
                self.tr("Close without saving"),
                self.tr("Go back"),
            )
        ):
            return
        self.discard_check(confirmed=True)

    @Slot()
    def discard_check(self, confirmed: bool = False) -> None:
        if (
            not confirmed
            and self.questions is not None
            and self.questions.answers()
            and not ask(
                self,
                self.tr("Stop this check?"),
                self.tr("The answers given so far will be lost."),
                self.tr("Stop the check"),
                self.tr("Go back"),
            )
        ):
            return
        self.draft_timer.stop()
        profile_store.discard_draft(DRAFT_KEY)
        self.assessment = None
        self.show_history()

    @Slot()
    def delete_saved(self) -> None:
        assessment = self.assessment
        if assessment is None or assessment.id is None:
            return
        if not ask(
            self,
            self.tr("Delete this check?"),
            self.tr(
                "The saved check will be removed from this computer, and from the immigration "
                "office's register once the next export reaches it. A printed sheet or a "
                "recorded incident is not affected."
            ),
            self.tr("Delete"),
        ):
            return
        assessments.delete_assessment(assessment.id)
        self.assessment = None
        self.show_history()

    @Slot()
    def record_incident(self) -> None:
        """Save the check if needed, open a prefilled incident and link it to the check."""
        if self._record_incident is None or self.assessment is None:
            return
        if self.assessment.id is None and not self.save():
            return
        record_id = self._record_incident(self.assessment, self.checklist, self)
        if record_id is None:
            return
        assessments.link_incident(self.assessment.id, record_id)
        self.assessment = replace(self.assessment, incident_record_id=record_id)
        self._show_assessment()

    # --- printing -------------------------------------------------------------------------

    @Slot()
    def print_sheet(self) -> None:
        """The print dialog for the result shown: paper, whether the initials and the offer
        go on paper, print or save."""
        assessment = self.assessment
        if assessment is None:
            return
        try:
            paper = Paper(settings.CHECKLIST_PAPER.get())
        except ValueError:
            paper = Paper.F4
        profile = self._profile()
        content = self._wording.content(
            assessment, self.checklist, profile, self._hotlines(), self._language
        )
        printed_on = self._today()

        def sheet(with_details: bool) -> ResultSheet:
            return self._wording.sheet(
                content, assessment, profile, printed_on=printed_on, with_details=with_details
            )

        def done(saved: Path | None, with_details: bool) -> None:
            if with_details:  # initials and the offer on paper: the audit trail says so
                from desktop.domain.security import AuditKind
                from desktop.storage import audit

                audit.record_event(
                    AuditKind.PRINTED_PERSONAL,
                    {
                        "what": "Lembar hasil Cek Tawaran Kerja",
                        "file": saved.name if saved is not None else "printer",
                    },
                )
            if saved is not None:
                self.result.set_status(self.tr("Result sheet saved: {path}").format(path=saved))

        job = ResultSheetJob(
            sheet,
            has_details=bool(assessment.initials) or not assessment.offer.is_empty,
            file_name=f"cek-tawaran-kerja-{assessment.assessed_on.isoformat()}.pdf",
            on_done=done,
        )
        print_document(
            job,
            paper,
            self,
            on_paper=lambda chosen: settings.CHECKLIST_PAPER.set(chosen.value),
        )

    # --- the check in progress, kept as a draft --------------------------------------------

    @Slot()
    def _schedule_draft(self) -> None:
        if self.assessment is None or self.assessment.id is None:
            self.draft_timer.start()

    @Slot()
    def _keep_draft(self) -> None:
        if self.checklist is None:
            return
        if self.assessment is not None and self.assessment.id is not None:
            return
        fields = {name: edit.text() for name, edit in self.details.fields.items()}
        questions = self.questions
        current = questions is not None and questions.checklist is self.checklist
        answers = questions.answers() if current and questions.stage == self.stage else {}
        profile_store.save_draft(
            DRAFT_KEY,
            {
                "version": self.checklist.version,
                "stage": self.stage,
                "details": fields,
                "answers": {k: a.value for k, a in answers.items()},
                "group": questions.group_index if current else 0,
            },
        )

    def _resume_draft(self) -> None:
        """Bring back a check that was not finished (the app was closed, or the power cut)."""
        draft = profile_store.load_draft(DRAFT_KEY)
        if not draft:
            return
        try:
            checklist = self._shelf.load(int(draft["version"]))
            stage = draft.get("stage") or None
            if stage is not None or not checklist.stages:
                checklist.check_stage(stage)
            answers = {k: Answer(v) for k, v in draft["answers"].items()}
            for key in answers:
                if not checklist.indicator(key).asked_at(stage):
                    raise QuestionNotAsked(key, stage or "")
            details = {k: str(v) for k, v in draft["details"].items()}
            group = int(draft.get("group", 0))
        except (SiagaError, KeyError, TypeError, ValueError, AttributeError):
            profile_store.discard_draft(DRAFT_KEY)
            return
        for name, edit in self.details.fields.items():
            edit.setText(details.get(name, ""))
        self.details.back_button.setVisible(bool(checklist.stages))
        self.checklist, self.stage = checklist, stage
        if checklist.stages:
            self.stage_view.set_stages(checklist, self._language)
            self.stage_view.set_stage(stage)
        if checklist.stages and stage is None:  # left on the first screen
            self.views.setCurrentWidget(self.stage_view)
        else:
            questions = self._questions_for(checklist, stage)
            questions.set_answers(answers)
            questions.show_group(min(max(group, 0), len(questions.groups) - 1))
            self.views.setCurrentWidget(questions if answers else self.details)
        self.notice.setText(
            self.tr(
                "A check that was not finished has been brought back. Carry on answering, or "
                "press Cancel on the first screen to stop it."
            )
        )
        self.notice.show()
