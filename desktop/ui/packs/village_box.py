"""Kirim & Ekspor's part for the office's content: which pack is installed, a newer one found
on the flash drive or received from the office, installing it after seeing what changes, and
bringing back the content before."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.errors import SiagaError
from desktop.exchange import pack_install
from desktop.exchange.pack_install import Candidate, PackRefused, Refusal, StickFinding
from desktop.exchange.wire.content_pack import PackRejected
from desktop.storage.db import thread_connection
from desktop.ui.errors import error_message
from desktop.ui.flow_layout import button_row
from desktop.ui.formatting import format_date
from desktop.ui.messages import ask, inform
from desktop.ui.packs.changes_dialog import ChangesDialog
from desktop.ui.packs.wording import refusal_text
from desktop.ui.tasks import run_in_background


def _day(moment: datetime | None) -> str:
    return format_date(moment.astimezone().date()) if moment else ""


@dataclass(frozen=True)
class _Looked:
    folder: Path | None
    stick: StickFinding
    received: Candidate | None


class OfficeContentBox(QGroupBox):
    """``content_changed`` is emitted after a pack was installed or undone: the window shows
    the new content from then on."""

    content_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Content from the immigration office"))
        self.candidate: Candidate | None = None
        self._folder: Path | None = None
        self._looking = 0
        layout = QVBoxLayout(self)
        self.installed_label = QLabel()
        self.installed_label.setWordWrap(True)
        layout.addWidget(self.installed_label)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        font = self.notice.font()
        font.setBold(True)
        self.notice.setFont(font)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.refused = QLabel()
        self.refused.setWordWrap(True)
        self.refused.setProperty("role", "error")
        self.refused.hide()
        layout.addWidget(self.refused)
        self.install_button = QPushButton(self.tr("See what changes and &install…"))
        self.install_button.clicked.connect(self.review_and_install)
        self.back_button = QPushButton(self.tr("&Bring back the earlier content"))
        self.back_button.clicked.connect(self.go_back)
        layout.addWidget(button_row(self.install_button, self.back_button))
        self.show_installed()
        self._show_found(None, StickFinding(), None)

    # -- what is installed ------------------------------------------------------------------

    def show_installed(self) -> None:
        state = pack_install.installed()
        current = state.current
        if current is None:
            text = self.tr(
                "This app shows its own content: no content pack from the office is installed."
            )
        else:
            text = self.tr(
                "Installed: content pack number {number} from {office}, made on {made}, "
                "installed on {installed}."
            ).format(
                number=current.number,
                office=current.office_name,
                made=_day(current.created_at),
                installed=_day(current.installed_at),
            )
        self.installed_label.setText(text)
        self.back_button.setEnabled(state.can_go_back)

    # -- looking for a pack -----------------------------------------------------------------

    def look_in(self, folder: Path | None) -> None:
        """Look for packs in ``folder`` (the flash drive or folder chosen) and for one received
        from the office, on a worker thread (a slow stick never holds the window)."""
        self._folder = folder
        self._looking += 1
        ticket = self._looking

        def work() -> _Looked:
            with thread_connection():
                stick = pack_install.read_stick(folder) if folder is not None else StickFinding()
                received = pack_install.received() if stick.candidate is None else None
                return _Looked(folder, stick, received)

        def done(looked: _Looked) -> None:
            if ticket == self._looking:  # only the newest look counts
                self._show_found(looked.folder, looked.stick, looked.received)

        run_in_background(work, on_done=done, on_error=self._look_failed)

    def _look_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, SiagaError):
            raise exc
        self._show_found(None, StickFinding(), None)
        self.refused.setText(error_message(exc))
        self.refused.show()

    def _show_found(
        self, folder: Path | None, stick: StickFinding, received: Candidate | None
    ) -> None:
        self.candidate = stick.candidate or received
        if self.candidate is not None:
            pack = self.candidate.pack
            where = (
                self.tr("is on the flash drive ({file})").format(file=self.candidate.source)
                if stick.candidate is not None
                else self.tr("was received from the office over the internet")
            )
            self.notice.setText(
                self.tr(
                    "A newer content pack, number {number} from {office}, made on {made}, "
                    "{where}. Look at what it changes before you install it."
                ).format(
                    number=pack.number,
                    office=pack.office_name,
                    made=format_date(pack.created_at.astimezone().date()),
                    where=where,
                )
            )
        self.notice.setVisible(self.candidate is not None)
        self.install_button.setEnabled(self.candidate is not None)
        installed = [
            path
            for path, exc in stick.refused
            if isinstance(exc, PackRefused) and exc.refusal is Refusal.ALREADY_INSTALLED
        ]
        if self.candidate is None and installed:
            self.notice.setText(
                self.tr(
                    "The content pack on the flash drive ({file}) is the one installed."
                ).format(file=installed[0].name)
            )
            self.notice.show()
        problems = [
            self.tr("{file}: {problem}").format(file=path.name, problem=refusal_text(exc))
            for path, exc in stick.refused
            if path not in installed
        ]
        self.refused.setText("\n".join(problems))
        self.refused.setVisible(bool(problems))

    # -- installing and going back ----------------------------------------------------------

    @Slot()
    def review_and_install(self) -> None:
        candidate = self.candidate
        if candidate is None:
            return
        try:
            changes = pack_install.changes(candidate)
        except (PackRefused, PackRejected) as exc:
            inform(self, self.title(), refusal_text(exc), warning=True)
            return
        dialog = ChangesDialog(candidate.pack, changes, self)
        accepted = dialog.exec() == ChangesDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        try:
            pack_install.install(candidate)
        except (PackRefused, PackRejected) as exc:
            inform(self, self.title(), refusal_text(exc), warning=True)
            self.look_in(self._folder)
            return
        except SiagaError as exc:
            inform(self, self.title(), error_message(exc), warning=True)
            return
        inform(
            self,
            self.tr("Content installed"),
            self.tr(
                "Content pack number {number} from {office} is installed. Material, Check a job "
                "offer and the leaflets show it now."
            ).format(number=candidate.pack.number, office=candidate.pack.office_name),
        )
        self.candidate = None
        self.show_installed()
        self._show_found(None, StickFinding(), None)
        self.content_changed.emit()

    @Slot()
    def go_back(self) -> None:
        state = pack_install.installed()
        if state.current is None:
            return
        if state.previous is not None:
            instead = self.tr("the content of pack number {number} is shown again").format(
                number=state.previous.number
            )
        else:
            instead = self.tr("the app's own content is shown again")
        if not ask(
            self,
            self.tr("Bring back the earlier content?"),
            self.tr(
                "Content pack number {number} is taken away and {instead}. Saved checks keep "
                "the questions they were made with. To have pack number {number} again, the "
                "office must make a newer pack."
            ).format(number=state.current.number, instead=instead),
            self.tr("Bring back the earlier content"),
        ):
            return
        try:
            pack_install.roll_back()
        except SiagaError as exc:
            inform(self, self.title(), error_message(exc), warning=True)
            return
        self.show_installed()
        self.content_changed.emit()
