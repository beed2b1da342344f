"""Pengaturan › Profil desa: the one way to change the village's area code after set-up.

Shown apart from the profile form (whose area is fixed), for when the government really changed
the code: pemekaran, or a new code from Kemendagri. The user picks the new area, writes why,
and confirms; the change is signed with the village's key, audited and sent to the office with
the next export (desktop/exchange/identity.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.area import Area
from desktop.domain.exchange import CODE_CHANGE_REASON_MAX
from desktop.domain.profile import CodeChangeProblem, CodeChangeRefused, VillageProfile
from desktop.storage.area_index import AreaIndex
from desktop.ui.area_picker import AreaPicker
from desktop.ui.errors import SAVE_ERRORS, not_saved_message
from desktop.ui.messages import ask
from desktop.ui.screen import fit_to_screen, grow_to_content
from desktop.ui.widgets.dialog_parts import add_accept_cancel, error_line

ChangeCode = Callable[[list[Area], str], VillageProfile]


class CodeChangeDialog(QDialog):
    """Choose the new area and write why; ``change`` is called once the user confirmed."""

    def __init__(
        self,
        index: AreaIndex,
        profile: VillageProfile,
        change: ChangeCode,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile
        self._change = change
        self.changed_to: VillageProfile | None = None
        self.setWindowTitle(self.tr("Change the area code"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Now: {village} ({code}). Choose the village as the new official list names "
                "it, and write why the code changed (for example the regulation on the "
                "pemekaran)."
            ).format(village=profile.village_name, code=profile.village_code)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.picker = AreaPicker(index, self)
        layout.addWidget(self.picker)
        caption = QLabel(self.tr("&Why did the code change?"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(CODE_CHANGE_REASON_MAX)
        self.reason.setPlaceholderText(self.tr("for example: Pemekaran, Perda Kabupaten 2026"))
        caption.setBuddy(self.reason)
        layout.addWidget(caption)
        layout.addWidget(self.reason)
        self.error = error_line()
        layout.addWidget(self.error)
        self.change_button = add_accept_cancel(
            self, layout, self.tr("Change the code"), self.tr("Cancel")
        )
        fit_to_screen(self, 70, 14)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        grow_to_content(self)

    def _problem_text(self, problem: CodeChangeProblem) -> str:
        if problem is CodeChangeProblem.SAME_CODE:
            return self.tr("That is already this village's code. Choose the new one.")
        if problem is CodeChangeProblem.UNKNOWN_CODE:
            return self.tr("Choose the village in all four lists, or type its new code.")
        if problem is CodeChangeProblem.REASON_REQUIRED:
            return self.tr("Write why the code changed.")
        if problem is CodeChangeProblem.REASON_TOO_LONG:
            return self.tr("The reason is too long.")
        return self.tr("The area code of this village cannot be changed.")

    def accept(self) -> None:
        chain = self.picker.chain()
        reason = " ".join(self.reason.text().split())
        new = chain[-1] if len(chain) == 4 else None
        problem = None
        if new is None:
            problem = CodeChangeProblem.UNKNOWN_CODE
        elif new.code == self._profile.village_code:
            problem = CodeChangeProblem.SAME_CODE
        elif not reason:
            problem = CodeChangeProblem.REASON_REQUIRED
        if problem is not None or new is None:
            self._show_error(self._problem_text(problem or CodeChangeProblem.UNKNOWN_CODE))
            return
        if not ask(
            self,
            self.tr("Change the area code?"),
            self.tr(
                "{old} ({old_code}) becomes {new} ({new_code}). Do this only when the "
                "government changed the code. The change is recorded, signed with this "
                "village's key and sent to the immigration office with the next export; it "
                "cannot be undone here."
            ).format(
                old=self._profile.village_name,
                old_code=self._profile.village_code,
                new=new.name,
                new_code=new.code,
            ),
            self.tr("Change the code"),
        ):
            return
        try:
            self.changed_to = self._change(chain, reason)
        except CodeChangeRefused as exc:
            self._show_error(self._problem_text(exc.problem))
            return
        except SAVE_ERRORS as exc:
            self._show_error(not_saved_message(exc))
            return
        super().accept()


class CodeChangeBox(QGroupBox):
    """The separate, clearly marked place for a real change of the area code."""

    changed = Signal(object)  # the new VillageProfile

    def __init__(
        self,
        index: AreaIndex,
        profile: VillageProfile,
        change: ChangeCode,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("The government changed the village's code?"), parent)
        self._index = index
        self._profile = profile
        self._change = change
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Only after a pemekaran or a new code from Kemendagri. The immigration office "
                "then keeps this village's records under the new code, and remembers the old."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("C&hange the area code…"))
        self.button.clicked.connect(self.open_dialog)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_profile(self, profile: VillageProfile) -> None:
        self._profile = profile

    def dialog(self) -> CodeChangeDialog:
        return CodeChangeDialog(self._index, self._profile, self._change, self)

    @Slot()
    def open_dialog(self) -> None:
        dialog = self.dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed_to is not None:
            self._profile = dialog.changed_to
            self.changed.emit(dialog.changed_to)
