"""Pengaturan of a village: its profile, then the sections every window has
(``ui/shell/settings.py``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.area import Area
from desktop.domain.errors import ValidationFailed
from desktop.domain.profile import VillageProfile
from desktop.storage import profile_store
from desktop.storage.area_index import AreaIndex
from desktop.ui.code_change import ChangeCode, CodeChangeBox
from desktop.ui.errors import SAVE_ERRORS, not_saved_message
from desktop.ui.pause_timer import pause_timer
from desktop.ui.profile_form import ProfileForm
from desktop.ui.screen import VerticalScroll
from desktop.ui.shell.settings import SettingsPageBase
from desktop.ui.shell.window import WindowContext

DRAFT_KEY = "profile-settings"


def _change_village_code(chain: list[Area], reason: str) -> VillageProfile:
    # Signing loads libsodium: imported when a code is changed, not with the settings page.
    from desktop.exchange.identity import change_village_code

    return change_village_code(chain, reason)


class ProfileTab(QWidget):
    saved = Signal(object)

    def __init__(
        self,
        index: AreaIndex,
        profile: VillageProfile,
        parent=None,
        *,
        change_code: ChangeCode = _change_village_code,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        # The area is fixed after set-up (issue 12): shown, not chosen again.
        self.form = ProfileForm(index, fixed_area=profile)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.form.area)
        self.code_change: CodeChangeBox | None = None
        if not profile.training:
            self.code_change = CodeChangeBox(index, profile, change_code)
            self.code_change.changed.connect(self._code_changed)
            inner.addWidget(self.code_change)
        for section in (self.form.head, self.form.contacts):
            inner.addWidget(section)
        inner.addStretch(1)
        scroll = VerticalScroll(body)
        layout = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save village details"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("&Undo changes"))
        self.discard_button.clicked.connect(self.discard)
        row.addWidget(self.save_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.form.set_profile(profile)
        draft = profile_store.load_draft(DRAFT_KEY)
        if draft:
            self.form.restore(draft)
            self._note(self.tr("Changes you had not saved yet were brought back. Save or undo."))
        self._timer = pause_timer(self, 400, self._keep_draft)
        self.form.changed.connect(self._timer.start)

    def _note(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    @Slot()
    def _keep_draft(self) -> None:
        profile_store.save_draft(DRAFT_KEY, self.form.snapshot())

    @Slot(object)
    def _code_changed(self, profile: VillageProfile) -> None:
        """The area code changed (signed and kept already): the fixed area shows the new one,
        and what is being typed in the rest of the form stays."""
        self._profile = replace(
            self._profile,
            village_code=profile.village_code,
            village_name=profile.village_name,
            district_name=profile.district_name,
            regency_name=profile.regency_name,
            province_name=profile.province_name,
        )
        self.form.fix_area(self._profile)
        self._note(
            self.tr("The area code is now {code}. The next export tells the office.").format(
                code=profile.village_code
            )
        )
        self.saved.emit(profile)

    @Slot()
    def save(self) -> None:
        try:
            profile = self.form.profile(training=self._profile.training)
        except ValidationFailed:
            self._note(self.tr("Some details need correcting; see the messages in red."))
            return
        self._timer.stop()
        try:
            profile_store.save_profile(profile)
        except SAVE_ERRORS as exc:
            self._note(not_saved_message(exc))
            return
        profile_store.discard_draft(DRAFT_KEY)
        self._profile = profile
        self.form.clear_errors()
        self._note(self.tr("Village details saved."))
        self.saved.emit(profile)

    @Slot()
    def discard(self) -> None:
        self._timer.stop()
        profile_store.discard_draft(DRAFT_KEY)
        self.form.clear_errors()
        self.form.set_profile(self._profile)
        self._note("")


class SettingsPage(SettingsPageBase):
    """Pengaturan of a village: its profile first (built when first shown: it needs the area
    index, which costs a little), then the shared sections."""

    profile_saved = Signal(object)

    def __init__(self, context: WindowContext, profile: VillageProfile, parent=None) -> None:
        super().__init__(context, parent)
        self._index_factory = context.area_index
        self._profile = profile
        self.profile_tab: ProfileTab | None = None
        self._profile_holder = QWidget()
        QVBoxLayout(self._profile_holder).setContentsMargins(0, 0, 0, 0)
        self.put_first(self._profile_holder, self.tr("Village profile"))
        self.tabs.currentChanged.connect(self._tab_shown)

    def ensure_profile_tab(self) -> ProfileTab:
        """Build the profile form on first use."""
        if self.profile_tab is None:
            self.profile_tab = ProfileTab(self._index_factory(), self._profile)
            self.profile_tab.saved.connect(self.profile_saved)
            self._profile_holder.layout().addWidget(self.profile_tab)
        return self.profile_tab

    def show_profile_tab(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.ensure_profile_tab()

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if index == 0:
            self.ensure_profile_tab()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.tabs.currentIndex() == 0:
            self.ensure_profile_tab()
