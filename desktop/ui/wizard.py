"""First-run wizard: text size, the village, its head and office, and local contacts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.domain.errors import ValidationFailed
from desktop.domain.profile import VillageProfile
from desktop.storage import profile_store
from desktop.storage.area_index import AreaIndex
from desktop.storage.exchange_settings import save_office
from desktop.ui.errors import SAVE_ERRORS, not_saved_message
from desktop.ui.exchange.office import OfficeSetupPage, RoleChoice
from desktop.ui.messages import ask, inform
from desktop.ui.profile_form import AREA_FIELDS, ProfileForm
from desktop.ui.screen import VerticalScroll, fit_to_screen, meant_to_scroll
from desktop.ui.style import TextSize
from desktop.ui.text_size_choice import TextSizeChoice

DRAFT_KEY = "profile-wizard"


def _scrolling(widget: QWidget) -> QScrollArea:
    area = VerticalScroll(widget)
    meant_to_scroll(area)  # a form of optional fields; Next and Finish stay below it
    return area


class _Page(QWizardPage):
    """A title, an introduction and a body. ``scroll``: the body is a long form that may
    scroll; anything else (a choice, a check box needed to go on) is shown whole, and the
    wizard grows to hold it."""

    def __init__(
        self, title: str, intro: str, body: QWidget | None = None, *, scroll: bool = False
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        if body is not None:
            layout.addWidget(_scrolling(body) if scroll else body, 1)
        else:
            layout.addStretch(1)
        self.layout_ = layout


class WelcomePage(_Page):
    def __init__(self, current: TextSize, on_text_size: Callable[[TextSize], None]) -> None:
        choices = TextSizeChoice(current, on_text_size)
        self.buttons = choices.buttons
        super().__init__(
            self.tr("Welcome to Siaga TPPO"),
            self.tr(
                "This app helps the village head prevent trafficking in persons (TPPO) and people "
                "smuggling (TPPM). First, set up your village. It takes a few minutes and "
                "everything can be changed later.\n\n"
                "Choose the text size that is most comfortable to read:"
            ),
            choices,
        )


class AreaPage(_Page):
    def __init__(self, form: ProfileForm) -> None:
        super().__init__(
            self.tr("Your village"),
            self.tr("Choose the province, regency, district and village this office serves."),
            form.area,
            scroll=True,
        )
        self._form = form
        form.area.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self._form.area.village_code())


class HeadPage(_Page):
    def __init__(self, form: ProfileForm) -> None:
        super().__init__(
            self.tr("Village head and office"),
            self.tr("Only the name of the village head is required."),
            form.head,
            scroll=True,
        )
        self._form = form

    def validatePage(self) -> bool:
        return _validate(self._form, lambda f: f in self._form.head.rows)


class ContactsPage(_Page):
    def __init__(self, form: ProfileForm) -> None:
        super().__init__(self.tr("Local contacts"), "", form.contacts, scroll=True)
        self._form = form

    def validatePage(self) -> bool:
        return _validate(self._form, lambda f: f in self._form.contacts.rows)


def _validate(form: ProfileForm, belongs_here: Callable[[str], bool]) -> bool:
    """Block the page only for errors in its own fields; later pages show their own."""
    try:
        form.profile()
    except ValidationFailed as exc:
        mine = [e for e in exc.errors if belongs_here(e.field) or e.field in AREA_FIELDS]
        if mine:
            focus = form.show_errors(ValidationFailed(mine))
            if focus is not None:
                focus.setFocus()
            return False
        form.clear_errors()
    return True


class SummaryPage(_Page):
    def __init__(self, form: ProfileForm) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        super().__init__(
            self.tr("Ready"),
            self.tr("Check the details below, then press Finish to start using Siaga TPPO."),
            self.summary,
        )
        self._form = form

    def initializePage(self) -> None:
        try:
            profile = self._form.profile()
        except ValidationFailed:
            self.summary.setText("")
            return
        kind = self.tr("Kelurahan") if profile.is_kelurahan else self.tr("Desa")
        head = self.tr("Lurah") if profile.is_kelurahan else self.tr("Kepala desa")
        self.summary.setText(
            f"<p><b>{kind} {profile.village_name}</b><br>"
            + self.tr("District {district}, {regency}, {province}").format(
                district=profile.district_name,
                regency=profile.regency_name,
                province=profile.province_name,
            )
            + "<br>"
            + self.tr("Area code: {code}").format(code=profile.village_code)
            + f"</p><p>{head}: {profile.head_name}</p>"
        )


class FirstRunWizard(QWizard):
    """Emits ``finished_profile`` once the profile is saved."""

    profile_saved = Signal(object)
    office_saved = Signal(object)  # an OfficeProfile: this installation is an immigration office

    def __init__(
        self,
        index: AreaIndex,
        text_size: TextSize,
        on_text_size: Callable[[TextSize], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Siaga TPPO — set up your village"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.form = ProfileForm(index)
        self.welcome = WelcomePage(text_size, on_text_size)
        self.addPage(self.welcome)
        self.addPage(AreaPage(self.form))
        self.addPage(HeadPage(self.form))
        self.addPage(ContactsPage(self.form))
        self.summary_page = SummaryPage(self.form)
        self.addPage(self.summary_page)
        # Kirim & Ekspor: the first page also offers "Kantor Imigrasi", whose one page follows.
        self.role = RoleChoice()
        self.welcome.layout_.addWidget(self.role)
        self.office_page = OfficeSetupPage(index)
        self.office_page_id = self.addPage(self.office_page)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.save_draft)
        draft = profile_store.load_draft(DRAFT_KEY)
        if draft:
            self.form.restore(draft)
        self.form.changed.connect(self._draft_timer.start)
        self._saved = False
        fit_to_screen(self, 90, 34)

    @Slot()
    def save_draft(self) -> None:
        profile_store.save_draft(DRAFT_KEY, self.form.snapshot())

    def nextId(self) -> int:
        page = self.currentPage()
        if page is self.welcome and self.role.office_chosen():
            return self.office_page_id
        if page is self.office_page or page is self.summary_page:
            return -1
        return super().nextId()

    def accept(self) -> None:
        if self.role.office_chosen():
            try:
                office = self.office_page.form.office()
            except ValidationFailed:
                return
            self._draft_timer.stop()
            try:
                save_office(office)
            except SAVE_ERRORS as exc:
                inform(self, self.windowTitle(), not_saved_message(exc), warning=True)
                return
            self._saved = True
            super().accept()
            self.office_saved.emit(office)
            return
        try:
            profile: VillageProfile = self.form.profile()
        except ValidationFailed:
            return
        self._draft_timer.stop()
        try:
            profile_store.save_profile(profile)
        except SAVE_ERRORS as exc:
            inform(self, self.windowTitle(), not_saved_message(exc), warning=True)
            return
        profile_store.discard_draft(DRAFT_KEY)
        self._saved = True
        super().accept()
        self.profile_saved.emit(profile)

    def reject(self) -> None:
        if self._saved or ask(
            self,
            self.tr("Close set-up?"),
            self.tr(
                "What you have entered is kept and will be shown again the next time you open "
                "Siaga TPPO. Close set-up now?"
            ),
            self.tr("Close set-up"),
            self.tr("Continue set-up"),
        ):
            self._draft_timer.stop()
            self.save_draft()
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
