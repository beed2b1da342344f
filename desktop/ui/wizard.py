"""The welcome wizard: one flow from a new installation to a protected village (or office).

Language and text size, then where this computer is used (a village or kelurahan office, or
the immigration office), then the village (area, head and office, local contacts) or the
office, then the passphrase (judged knowing the village's and its head's names) and the
recovery key, then a summary. Finish writes the key file; the composition root then opens the
new data and ``finish_set_up`` stores the village or office in it.

What is typed is kept as a draft at every change (before the data exists in a small file,
``storage.setup_draft``; once it exists in the database), so closing the wizard loses nothing.
Nothing else is written before Finish: a folder whose set-up was closed half-way is still a
new folder, and the next start opens the wizard again with the draft. When the data exists but
holds no village or office (protected by an earlier version, or its last step failed), the
same wizard runs without the passphrase pages and saves the village or office itself.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QWidget,
    QWizard,
)

from desktop import APP_NAME
from desktop.domain.errors import ValidationFailed
from desktop.domain.exchange import OfficeProfile
from desktop.domain.profile import VillageProfile
from desktop.paths import DataPaths
from desktop.storage import profile_store, setup_draft
from desktop.storage.area_index import AreaIndex
from desktop.storage.exchange_settings import save_office
from desktop.storage.keystore import NewProtection, make_recovery
from desktop.ui.errors import SAVE_ERRORS, not_saved_message
from desktop.ui.exchange.office import OfficeSetupPage, RoleChoice
from desktop.ui.i18n import Language
from desktop.ui.messages import ask, inform
from desktop.ui.pause_timer import pause_timer
from desktop.ui.profile_form import AREA_FIELDS, ProfileForm
from desktop.ui.screen import centre_on_screen, fit_to_screen
from desktop.ui.security.setup_wizard import (
    PassphrasePage,
    RecoveryPage,
    computer_name,
    write_protection,
)
from desktop.ui.style import TextSize
from desktop.ui.text_size_choice import TextSizeChoice, language_choice
from desktop.ui.wizard_page import TitledPage

DRAFT_KEY = "profile-wizard"  # the draft's key among the database's drafts

# Page ids, in the order a village goes through them.
WELCOME, ROLE, AREA, HEAD, CONTACTS, OFFICE, PASSPHRASE, RECOVERY, SUMMARY = range(9)

Place = VillageProfile | OfficeProfile


class Draft(Protocol):
    def load(self) -> dict[str, Any] | None: ...
    def save(self, payload: dict[str, Any]) -> None: ...
    def discard(self) -> None: ...


class FileDraft:
    """Before the data exists: the draft file in the data folder."""

    def __init__(self, paths: DataPaths) -> None:
        self._paths = paths

    def load(self) -> dict[str, Any] | None:
        return setup_draft.load(self._paths)

    def save(self, payload: dict[str, Any]) -> None:
        setup_draft.save(self._paths, payload)

    def discard(self) -> None:
        setup_draft.discard(self._paths)


class StoredDraft:
    """Once the data is open: among the database's drafts (encrypted with the data)."""

    def load(self) -> dict[str, Any] | None:
        return profile_store.load_draft(DRAFT_KEY)

    def save(self, payload: dict[str, Any]) -> None:
        profile_store.save_draft(DRAFT_KEY, payload)

    def discard(self) -> None:
        profile_store.discard_draft(DRAFT_KEY)


def draft_in_data(paths: DataPaths) -> StoredDraft:
    """The database's draft, taking over the draft file a set-up left when its last step (the
    village or office into the new data) failed."""
    stored = StoredDraft()
    left = setup_draft.load(paths)
    if left is not None and profile_store.save_draft(DRAFT_KEY, left):
        setup_draft.discard(paths)
    return stored


@dataclass(frozen=True)
class SetUp:
    """What a finished welcome wizard hands over before the data exists."""

    place: Place
    protection: NewProtection


def save_place(place: Place) -> None:
    """Store the village's profile or the office's; raises what SAVE_ERRORS names."""
    if isinstance(place, OfficeProfile):
        save_office(place)
    else:
        profile_store.save_profile(place)


def finish_set_up(set_up: SetUp, paths: DataPaths) -> None:
    """Store the village or office of a finished wizard in the data just opened; then the
    draft goes. When it cannot be stored the user is told, the draft stays, and the window
    that follows is the wizard again (without the passphrase pages), filled from the draft."""
    try:
        save_place(set_up.place)
    except SAVE_ERRORS as exc:
        inform(None, APP_NAME, not_saved_message(exc), warning=True)
        return
    setup_draft.discard(paths)


def holder_of(place: Place | None) -> str:
    """Whose recovery sheet it is, as printed on it (the sheet is in Indonesian)."""
    machine = f"komputer {computer_name()}"
    if isinstance(place, OfficeProfile):
        return f"{place.name} ({machine})"
    if isinstance(place, VillageProfile):
        kind = "Kelurahan" if place.is_kelurahan else "Desa"
        return (
            f"{kind} {place.village_name}, Kecamatan {place.district_name}, "
            f"{place.regency_name} ({machine})"
        )
    return f"Siaga TPPO di {machine}"


class WelcomePage(TitledPage):
    def __init__(
        self,
        language: Language,
        on_language: Callable[[Language], None],
        current: TextSize,
        on_text_size: Callable[[TextSize], None],
    ) -> None:
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setContentsMargins(0, 0, 0, 0)
        self.language = language_choice(language, on_language)
        caption = QLabel(self.tr("&Language"))
        caption.setBuddy(self.language)
        form.addRow(caption, self.language)
        sizes = TextSizeChoice(current, on_text_size)
        sizes.layout().setContentsMargins(0, 0, 0, 0)
        self.buttons = sizes.buttons
        form.addRow(QLabel(self.tr("Text size: choose the one most comfortable to read")), sizes)
        super().__init__(
            self.tr("Welcome to Siaga TPPO"),
            self.tr(
                "This app helps the village head prevent trafficking in persons (TPPO) and people "
                "smuggling (TPPM). Setting it up takes a few minutes; the village details can be "
                "changed later in Settings."
            ),
            body,
        )


class RolePage(TitledPage):
    def __init__(self) -> None:
        self.choice = RoleChoice()
        super().__init__(
            self.tr("This computer"),
            self.tr(
                "Siaga TPPO works differently at a village office and at the immigration "
                "office. This cannot be changed later."
            ),
            self.choice,
        )


class AreaPage(TitledPage):
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


class HeadPage(TitledPage):
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


class ContactsPage(TitledPage):
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


class SummaryPage(TitledPage):
    """``area_name(code)``: the official name of a regency an office covers."""

    def __init__(
        self,
        place: Callable[[], Place | None],
        area_name: Callable[[str], str],
        protected: bool,
    ) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        super().__init__(
            self.tr("Ready"),
            self.tr("Check the details below, then press Finish to start using Siaga TPPO."),
            self.summary,
        )
        self._place = place
        self._area_name = area_name
        self._protected = protected

    def initializePage(self) -> None:
        place = self._place()
        paragraphs: list[list[str]] = []
        if isinstance(place, OfficeProfile):
            names = ", ".join(self._area_name(code) for code in place.covers)
            paragraphs.append(
                [
                    f"<b>{html.escape(place.name)}</b>",
                    html.escape(
                        self.tr("Gathers the exports of the villages in: {regencies}.").format(
                            regencies=names
                        )
                    ),
                ]
            )
        elif isinstance(place, VillageProfile):
            kind = self.tr("Kelurahan") if place.is_kelurahan else self.tr("Desa")
            head = self.tr("Lurah") if place.is_kelurahan else self.tr("Kepala desa")
            lines = [
                f"{kind} {place.village_name}",
                self.tr("District {district}, {regency}, {province}").format(
                    district=place.district_name,
                    regency=place.regency_name,
                    province=place.province_name,
                ),
                self.tr("Area code: {code}").format(code=place.village_code),
            ]
            paragraphs.append([f"<b>{html.escape(lines[0])}</b>", *map(html.escape, lines[1:])])
            paragraphs.append([html.escape(f"{head}: {place.head_name}")])
        if self._protected:
            paragraphs.append(
                [
                    html.escape(
                        self.tr(
                            "The data on this computer will be locked with the passphrase you "
                            "chose. Keep the recovery sheet in the office safe."
                        )
                    )
                ]
            )
        self.summary.setText("".join(f"<p>{'<br>'.join(lines)}</p>" for lines in paragraphs))


class WelcomeWizard(QWizard):
    """``protect``: the data folder of a new installation, which gets the passphrase and
    recovery key pages; Finish writes its key file and leaves ``set_up`` for the composition
    root. Without it (the data is open) Finish saves the village or office itself and emits
    ``profile_saved`` or ``office_saved``.

    Choosing another language closes the wizard with ``LANGUAGE_CHANGED`` and
    ``chosen_language`` set, its draft kept: the owner installs the language and opens a new
    wizard, which reads the draft back."""

    profile_saved = Signal(object)
    office_saved = Signal(object)  # an OfficeProfile: this installation is an immigration office

    LANGUAGE_CHANGED = 2

    def __init__(
        self,
        index: AreaIndex,
        draft: Draft,
        *,
        language: Language,
        text_size: TextSize,
        on_text_size: Callable[[TextSize], None],
        protect: DataPaths | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self._draft = draft
        self._language = language
        self._on_text_size = on_text_size
        self._protect = protect
        self.chosen_language: Language | None = None
        self.set_up: SetUp | None = None
        self.form = ProfileForm(index)
        self.welcome = WelcomePage(language, self._choose_language, text_size, self._text_size)
        self.role_page = RolePage()
        self.role = self.role_page.choice
        self.office_page = OfficeSetupPage(index)
        self.summary_page = SummaryPage(
            self.place,
            lambda code: area.name if (area := index.get(code)) else code,
            protected=protect is not None,
        )
        pages = {
            WELCOME: self.welcome,
            ROLE: self.role_page,
            AREA: AreaPage(self.form),
            HEAD: HeadPage(self.form),
            CONTACTS: ContactsPage(self.form),
            OFFICE: self.office_page,
            SUMMARY: self.summary_page,
        }
        self.made: NewProtection | None = None
        if protect is not None:
            self.made = make_recovery()
            self.passphrase_page = PassphrasePage(self.personal_words)
            self.recovery_page = RecoveryPage(protect, self.made, lambda: holder_of(self.place()))
            pages[PASSPHRASE] = self.passphrase_page
            pages[RECOVERY] = self.recovery_page
        for page_id, page in pages.items():
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        self._draft_timer = pause_timer(self, 400, self.save_draft)
        self._restore(draft.load())
        self.form.changed.connect(self._draft_timer.start)
        self.office_page.form.changed.connect(self._draft_timer.start)
        self.role.office.toggled.connect(self._draft_timer.start)
        self.role.office.toggled.connect(self._show_title)
        self._show_title()
        self._saved = False
        fit_to_screen(self, 90, 34)

    # --- the flow ---------------------------------------------------------------------------

    def nextId(self) -> int:
        page = self.currentId()
        office = self.role.office_chosen()
        after_place = PASSPHRASE if self._protect is not None else SUMMARY
        following = {
            WELCOME: ROLE,
            ROLE: OFFICE if office else AREA,
            AREA: HEAD,
            HEAD: CONTACTS,
            CONTACTS: after_place,
            OFFICE: after_place,
            PASSPHRASE: RECOVERY,
            RECOVERY: SUMMARY,
        }
        return following.get(page, -1)

    def place(self) -> Place | None:
        """The village or office entered so far, when it is complete (the fields of the pages
        shown have been checked already; nothing is shown here)."""
        if self.role.office_chosen():
            form = self.office_page.form
            if not form.is_complete():
                return None
            try:
                return form.office()
            except ValidationFailed:
                return None
        if not self.form.area.village_code():
            return None
        try:
            profile = self.form.profile()
        except ValidationFailed:
            return None
        finally:
            self.form.clear_errors()
        return profile

    def personal_words(self) -> list[str]:
        """The names a guesser near the office would try: those typed so far."""
        if self.role.office_chosen():
            return [self.office_page.form.name.text()]
        words = [area.name for area in self.form.area.chain()[2:]]
        return [*words, self.form.head.text("head_name")]

    def _show_title(self) -> None:
        self.setWindowTitle(
            self.tr("Siaga TPPO — set up the office")
            if self.role.office_chosen()
            else self.tr("Siaga TPPO — set up your village")
        )

    # --- language and text size -------------------------------------------------------------

    def _choose_language(self, language: Language) -> None:
        if language is self._language:
            return
        self._draft_timer.stop()
        self.save_draft()
        self.chosen_language = language
        self.done(self.LANGUAGE_CHANGED)

    def _text_size(self, size: TextSize) -> None:
        self._on_text_size(size)
        # The new text takes room the old size did not need: measure again once it is applied.
        QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        fit_to_screen(self, 90, 34)
        centre_on_screen(self)

    # --- the draft --------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        office = self.office_page.form
        return {
            "role": "kantor" if self.role.office_chosen() else "desa",
            "village": self.form.snapshot(),
            "office": {"name": office.name.text(), "covers": office.covers.codes()},
        }

    def _restore(self, draft: dict[str, Any] | None) -> None:
        if not draft:
            return
        # A draft of the earlier village-only wizard is the village form's snapshot itself.
        village = draft.get("village", draft)
        if isinstance(village, dict):
            self.form.restore(village)
        office = draft.get("office")
        if isinstance(office, dict):
            name, covers = office.get("name"), office.get("covers")
            if isinstance(name, str):
                self.office_page.form.name.setText(name)
            if isinstance(covers, list) and all(isinstance(c, str) for c in covers):
                self.office_page.form.covers.set_codes(covers)
        if draft.get("role") == "kantor":
            self.role.office.setChecked(True)

    @Slot()
    def save_draft(self) -> None:
        self._draft.save(self.snapshot())

    # --- finishing or closing ---------------------------------------------------------------

    def accept(self) -> None:
        place = self.place()
        if place is None:
            return
        self._draft_timer.stop()
        if self._protect is not None:
            if self.made is None or not self.recovery_page.isComplete():
                return
            # The draft stays until the village or office is in the new data.
            self.save_draft()
            protection = write_protection(self, self._protect, self.made, self.passphrase_page)
            if protection is None:
                return
            self.set_up = SetUp(place, protection)
            self._saved = True
            super().accept()
            return
        try:
            save_place(place)
        except SAVE_ERRORS as exc:
            inform(self, self.windowTitle(), not_saved_message(exc), warning=True)
            return
        self._draft.discard()
        self._saved = True
        super().accept()
        if isinstance(place, OfficeProfile):
            self.office_saved.emit(place)
        else:
            self.profile_saved.emit(place)

    def reject(self) -> None:
        if self._saved or ask(
            self,
            self.tr("Close set-up?"),
            self._closing_text(),
            self.tr("Close set-up"),
            self.tr("Continue set-up"),
        ):
            self._draft_timer.stop()
            self.save_draft()
            super().reject()

    def _closing_text(self) -> str:
        if self._protect is None:
            return self.tr(
                "What you have entered is kept and will be shown again the next time you open "
                "Siaga TPPO. Close set-up now?"
            )
        return self.tr(
            "The village or office details you have entered are kept and will be shown again "
            "the next time you open Siaga TPPO. The passphrase is not kept, and set-up gives "
            "a new recovery key: a recovery sheet printed now will not be valid. Close set-up "
            "now?"
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()
