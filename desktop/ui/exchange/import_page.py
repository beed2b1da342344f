"""Impor (office): choose export files or a whole folder from a flash drive; each file is
checked before anything is merged, and the report says per file what happened and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.exchange import FileResult, ImportReport, RejectReason
from desktop.exchange.fetch import FetchFailed, fetch_waiting, load_access
from desktop.exchange.merge import AreaChain
from desktop.exchange.receipts import import_and_acknowledge
from desktop.storage import office_imports
from desktop.storage.db import thread_connection
from desktop.ui.exchange.wording import counts_text, exchange_error, reject_text
from desktop.ui.formatting import format_local
from desktop.ui.tasks import run_in_background

# Not refused for good: kept, unread, until an officer confirms the village's key.
HELD = (RejectReason.FIRST_CONTACT, RejectReason.KEY_CHANGED)


def _local(moment) -> str:
    return format_local(moment)


def _wrapping_list(name: str) -> QListWidget:
    """A list whose long lines wrap at its width (again whenever that width changes)."""
    shown = QListWidget()
    shown.setAccessibleName(name)
    shown.setWordWrap(True)
    # A refusal can be taller than the list at the largest text: moving a whole file at a
    # time would skip its last lines.
    shown.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    shown.setSpacing(2)
    return shown


class ImportPage(QWidget):
    imported = Signal()

    def __init__(
        self,
        areas: AreaChain,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._areas = areas
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import"))
        layout = QVBoxLayout(self)
        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.intro = QLabel(
            self.tr(
                "Choose the export files a village brought, or the whole folder of a flash "
                "drive. Every file is checked first; a damaged file is refused as a whole and "
                "nothing of it is added. Importing the same file again changes nothing."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Choose &files…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        # Uploads wait at the receiver, still encrypted, until fetched here (issue 7). Shown
        # once the receiver is set up (Pengaturan › Penerima, or siaga-tppo fetch --endpoint).
        self.fetch_button = QPushButton(self.tr("Fetch &uploads from the receiver"))
        self.fetch_button.clicked.connect(self.fetch_uploads)
        self.fetch_button.setVisible(load_access() is not None)
        row.addWidget(self.fetch_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()  # until it has something to say: empty, it still took a line
        layout.addWidget(self.status)

        # The report and the log share the height in turns: stacked one over the other, at
        # the larger text sizes each list had room for about one file.
        self.tabs = QTabWidget()
        report = QWidget()
        inner = QVBoxLayout(report)
        inner.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(self.tr("Nothing imported yet in this session."))
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "subtitle")
        inner.addWidget(self.summary)
        self.files = _wrapping_list(self.tr("Result for each file"))
        inner.addWidget(self.files, 1)
        self.tabs.addTab(report, self.tr("Import report"))
        self.history = _wrapping_list(self.tr("Exports imported before"))
        self.tabs.addTab(self.history, self.tr("Imported before"))
        layout.addWidget(self.tabs, 1)
        self.refresh_history()

    def _tell(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose export files"),
            "",
            self.tr("Siaga TPPO exports (*.siaga *.json)"),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder with exports"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        self.files_button.setEnabled(False)
        self.folder_button.setEnabled(False)
        self._tell(self.tr("Checking and importing… you can keep working."))
        areas = self._areas

        def work() -> ImportReport:
            with thread_connection():
                return import_and_acknowledge(paths, areas=areas)

        run_in_background(work, on_done=self.show_report, on_error=self._failed)

    @Slot()
    def receiver_changed(self) -> None:
        self.fetch_button.setVisible(load_access() is not None)

    @Slot()
    def fetch_uploads(self) -> None:
        access = load_access()
        if access is None:
            return
        for button in (self.files_button, self.folder_button, self.fetch_button):
            button.setEnabled(False)
        self._tell(self.tr("Fetching the uploads… you can keep working."))

        areas = self._areas

        def work() -> ImportReport:
            with thread_connection():
                return fetch_waiting(access, areas=areas).report

        run_in_background(work, on_done=self.show_report, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.fetch_button.setEnabled(True)
        if isinstance(exc, FetchFailed):
            self._tell(
                self.tr(
                    "The uploads could not be fetched: the receiver did not answer, or refused "
                    "this office's token."
                )
            )
            return
        self._tell(exchange_error(exc))

    def _result_text(self, result: FileResult) -> str:
        if result.rejected is not None and result.rejected.reason in HELD:
            return reject_text(result.rejected)
        if result.rejected is not None:
            text = self.tr("Refused: {reason}").format(reason=reject_text(result.rejected))
            if result.rejected.detail:
                text += " " + self.tr("(where: {detail})").format(detail=result.rejected.detail)
            return text
        if result.already_imported_at is not None:
            return self.tr("Already imported on {when}; nothing changed.").format(
                when=_local(result.already_imported_at)
            )
        text = self.tr("Export number {number}: {counts}.").format(
            number=result.sequence, counts=counts_text(result.counts)
        )
        if result.assessments.new or result.assessments.conflicts:
            text += " " + self.tr("Job-offer checks: {counts}.").format(
                counts=counts_text(result.assessments)
            )
        if result.counts.conflicts:
            text += " " + self.tr("Records with a conflict are kept and marked in the register.")
        return text

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.files_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.fetch_button.setEnabled(True)
        totals = report.totals
        if not report.files:
            self._tell(self.tr("No export files (*.siaga) were found there."))
        elif report.receipts_not_written:
            self._tell(
                self.tr(
                    "The office's receipts could not be written beside {count} files (is the "
                    "flash drive locked?). The villages learn of the import with their next "
                    "sending, or from their next flash drive."
                ).format(count=report.receipts_not_written)
            )
        elif report.receipts_written:
            self._tell(
                self.tr(
                    "A receipt was written beside each file ({count}): give the flash drive "
                    "back to the village, and Send and export there shows that the office has "
                    "imported it."
                ).format(count=report.receipts_written)
            )
        else:
            self._tell("")
        self.summary.setText(
            self.tr(
                "{new} new, {updated} updated, {same} unchanged, {conflicts} conflicts, "
                "{refused} files refused"
            ).format(
                new=totals.new,
                updated=totals.updated,
                same=totals.unchanged,
                conflicts=totals.conflicts,
                refused=report.rejected,
            )
        )
        # The report takes the explanation's place: at the larger text sizes the list of files
        # had room for one file below it.
        self.intro.hide()
        self.files.clear()
        for result in report.files:
            village = ""
            if result.village is not None:
                kind = self.tr("Kelurahan") if result.village.kelurahan else self.tr("Desa")
                village = f" — {kind} {result.village.name}"
            item = QListWidgetItem(f"{result.name}{village}\n{self._result_text(result)}")
            if not result.ok:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.files.addItem(item)
        self.tabs.setCurrentIndex(0)
        self.refresh_history()
        self.imported.emit()

    def refresh_history(self) -> None:
        entries = office_imports.import_log(100)
        self.history.clear()
        for entry in entries:
            how = self.tr("flash drive") if entry.via == "berkas" else self.tr("internet")
            self.history.addItem(
                self.tr("{when} — {village} ({how}): export number {number}, {counts}").format(
                    when=_local(entry.imported_at),
                    village=entry.village_name or entry.village_code,
                    how=how,
                    number=entry.sequence,
                    counts=counts_text(entry.counts),
                )
            )
