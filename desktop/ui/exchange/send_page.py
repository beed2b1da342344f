"""Kirim & Ekspor (village): where the log stands with the office (changes not acknowledged, the
last receipt, an export held back), saving the log to a flash drive for the immigration office
(the office's receipts left on it are read when it comes back), the outbox of exports that go
up by themselves once the office can be reached, and the content packs that come back from the
office (``ui/packs/village_box.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.exchange import Acknowledgment, OutboxStatus, SendProblem
from desktop.domain.incident import (
    DeparturePoint,
    LicenceStatus,
    ReferralTarget,
    ReportType,
    Status,
)
from desktop.domain.modus import Modus
from desktop.domain.profile import VillageProfile
from desktop.exchange.csv_export import COLUMNS, CsvWording
from desktop.exchange.export import ExportResult, export_to_folder
from desktop.exchange.receipts import TakenIn, read_folder
from desktop.exchange.sync import SyncOutcome
from desktop.storage import exchange_keys, exchange_settings, outbox_store
from desktop.storage.db import thread_connection
from desktop.storage.incidents import country_names
from desktop.storage.outbox_store import ExportEntry
from desktop.ui.exchange.drive_box import chosen_place, fill_drive_box, new_drive_box
from desktop.ui.exchange.drives import Drive, drive_of, list_drives
from desktop.ui.exchange.registration import RegistrationBox
from desktop.ui.exchange.scheduler import SyncScheduler
from desktop.ui.exchange.status_view import SendingStatusView, held_text
from desktop.ui.exchange.wording import counts_text, exchange_error, send_text, status_text
from desktop.ui.formatting import format_local
from desktop.ui.incidents.labels import field_label, label
from desktop.ui.messages import ask, inform
from desktop.ui.packs.village_box import OfficeContentBox
from desktop.ui.pause_timer import pause_timer
from desktop.ui.screen import VerticalScroll
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets.dialog_parts import error_line


def _local(moment) -> str:
    """For example '29 November 2026 14.05'."""
    return format_local(moment)


def _village_fingerprint() -> str:
    from desktop.exchange.keys import village_fingerprint  # libsodium: when the page shows

    return village_fingerprint()


def csv_wording() -> CsvWording:
    """Column headings and value words for the spreadsheet, made on the GUI thread."""
    headers = {name: field_label(name) for name in COLUMNS}
    headers |= {
        "number": QCoreApplication.translate("SendPage", "No."),
        "village_code": QCoreApplication.translate("SendPage", "Area code"),
        "village_name": QCoreApplication.translate("SendPage", "Village"),
        "people_count": QCoreApplication.translate("SendPage", "People involved"),
        "children": QCoreApplication.translate("SendPage", "Children"),
        "referrals": QCoreApplication.translate("SendPage", "Referred to"),
        "updated_at": QCoreApplication.translate("SendPage", "Last changed"),
        "names": QCoreApplication.translate("SendPage", "Names"),
        "niks": QCoreApplication.translate("SendPage", "NIK"),
        "phones": QCoreApplication.translate("SendPage", "Phone numbers"),
    }
    words: dict[tuple[str, str], str] = {}
    for column, kind in (
        ("report_type", ReportType),
        ("modus", Modus),
        ("departure_point", DeparturePoint),
        ("licence", LicenceStatus),
        ("status", Status),
        ("referral_target", ReferralTarget),
    ):
        for member in kind:
            words[(column, member.value)] = label(member)
    for code, name in country_names().items():
        words[("destination_country", code)] = name
    return CsvWording(headers, lambda column, raw: words.get((column, raw), raw))


class SendPage(QWidget):
    def __init__(
        self,
        outbox: Path,
        load_profile: Callable[[], VillageProfile | None],
        scheduler: SyncScheduler | None,
        *,
        drives: Callable[[], list[Drive]] = list_drives,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._load_profile = load_profile
        self._scheduler = scheduler
        self._drives = drives
        self._listed: list[Drive] = []
        self._other_folder: Path | None = None
        self.setWindowTitle(self.tr("Send and export"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll = VerticalScroll(body)
        outer.addWidget(scroll)
        self.scroll = scroll

        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "The immigration office keeps one register of all villages. Take your log to "
                "the office on a flash drive, or let it go up by itself over the internet. "
                "Every export holds the whole log: sending it twice does no harm."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        box = QGroupBox(self.tr("Sending to the office"))
        inner = QVBoxLayout(box)
        self.status_view = SendingStatusView()
        inner.addWidget(self.status_view)
        layout.addWidget(box)
        box.setVisible(scheduler is not None)  # in TRAINING MODE nothing is sent
        layout.addWidget(self._build_usb())
        self.packs = OfficeContentBox()
        layout.addWidget(self.packs)
        layout.addWidget(self._build_outbox())
        layout.addWidget(RegistrationBox(load_profile, _village_fingerprint))
        layout.addStretch(1)
        if scheduler is not None:
            scheduler.started.connect(self._sending_started)
            scheduler.finished.connect(self._sending_finished)
            scheduler.failed.connect(self._sending_failed)
            scheduler.log_changed.connect(self.status_view.refresh)
        self._reading_receipts = False
        self.refresh_drives()
        self.refresh_protection()
        self.refresh_outbox()
        self.drive_box.activated.connect(lambda _index: self.packs.look_in(self.target()))

    # -- flash drive --------------------------------------------------------------------------

    def _build_usb(self) -> QGroupBox:
        box = QGroupBox(self.tr("Save to a flash drive"))
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Save &to:"))
        self.drive_box = new_drive_box(self.tr("Choose where to save"))
        caption.setBuddy(self.drive_box)
        row.addWidget(caption)
        row.addWidget(self.drive_box, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("&Look for drives again"))
        self.refresh_button.clicked.connect(self.refresh_drives)
        self.folder_button = QPushButton(self.tr("Choose another &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.drive_hint = QLabel()
        self.drive_hint.setProperty("role", "hint")
        self.drive_hint.setWordWrap(True)
        layout.addWidget(self.drive_hint)

        self.identities = QCheckBox(
            self.tr("Include &identities (names, NIK and phone numbers of the people involved)")
        )
        layout.addWidget(self.identities)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why are identities needed? Who asked for them?"))
        self.reason.setAccessibleName(self.tr("Reason for including identities"))
        self.reason.setMaxLength(500)
        self.reason.setEnabled(False)
        layout.addWidget(self.reason)
        privacy = QLabel(
            self.tr(
                "Leave this off unless the immigration office or the police ask for them for a "
                "case. The reason is written in the export and kept here."
            )
        )
        privacy.setProperty("role", "hint")
        privacy.setWordWrap(True)
        layout.addWidget(privacy)
        self.identities.toggled.connect(self.reason.setEnabled)
        self.with_csv = QCheckBox(self.tr("Also save a &table for Excel (CSV)"))
        layout.addWidget(self.with_csv)
        # Protected exports (issue 7): the table is readable by anyone, so it comes only with
        # an export that is itself unencrypted (no office key installed, and chosen so).
        self.protection_hint = QLabel()
        self.protection_hint.setProperty("role", "hint")
        self.protection_hint.setWordWrap(True)
        layout.addWidget(self.protection_hint)
        self.error = error_line()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Save to the flash drive"))
        self.export_button.clicked.connect(self.export)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.export_status)
        return box

    @Slot()
    def refresh_drives(self) -> None:
        self._listed = self._drives()
        flash_drive = fill_drive_box(self.drive_box, self._listed, self._other_folder)
        has_removable = flash_drive is not None
        self.drive_hint.setText(
            ""
            if has_removable
            else self.tr(
                "No flash drive found. Plug one in and press Look for drives again, or choose "
                "another folder."
            )
        )
        self.drive_hint.setVisible(not has_removable)
        self.packs.look_in(self.target())
        self.read_receipts()

    @Slot()
    def read_receipts(self) -> None:
        """Take in the receipts the office left on the flash drives (and the folder chosen)
        when they come back, on a worker thread (a slow drive never holds the window)."""
        folders = [d.root for d in self._listed if d.removable]
        if self._other_folder is not None:
            folders.append(self._other_folder)
        if not folders or self._reading_receipts:
            return
        self._reading_receipts = True

        def work() -> TakenIn:
            with thread_connection():
                taken = TakenIn()
                for folder in folders:
                    taken += read_folder(folder)
                return taken

        run_in_background(work, on_done=self._receipts_read, on_error=self._receipts_failed)

    def _receipts_read(self, taken: TakenIn) -> None:
        self._reading_receipts = False
        if taken.applied:
            self.export_status.setText(
                self.tr("The office's receipts were read from the flash drive: {count}.").format(
                    count=taken.applied
                )
            )
            self.refresh_outbox()

    def _receipts_failed(self, exc: BaseException) -> None:
        self._reading_receipts = False
        self.export_status.setText(exchange_error(exc))

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the export"))
        if folder:
            self._other_folder = Path(folder)
            self.refresh_drives()
            self.drive_box.setCurrentIndex(self.drive_box.findData(folder))
            self.packs.look_in(self.target())

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def target(self) -> Path | None:
        return chosen_place(self.drive_box)

    @Slot()
    def export(self) -> None:
        folder = self.target()
        if folder is None:
            self._show_error(self.tr("Choose a flash drive or a folder first."))
            return
        reason = None
        if self.identities.isChecked():
            reason = " ".join(self.reason.text().split())
            if not reason:
                self._show_error(self.tr("Write why identities are included."))
                self.reason.setFocus()
                return
        self._show_error("")
        unencrypted = exchange_keys.office_key() is None
        if unencrypted and not self._confirm_unencrypted():
            return
        wording = csv_wording() if unencrypted and self.with_csv.isChecked() else None
        outbox = self._outbox if exchange_settings.load_endpoint() is not None else None
        self._busy(True, self.tr("Saving and checking the export…"))
        drive = drive_of(folder, self._listed)
        place = drive.label if drive is not None and drive.root == folder else str(folder)
        removable = drive is not None and drive.removable

        def work() -> ExportResult:
            with thread_connection():
                return export_to_folder(
                    folder,
                    identities_reason=reason,
                    csv_wording=wording,
                    outbox=outbox,
                    unencrypted=unencrypted,
                )

        run_in_background(
            work,
            on_done=lambda result: self._exported(result, place, removable),
            on_error=self._export_failed,
        )

    def _confirm_unencrypted(self) -> bool:
        return ask(
            self,
            self.tr("Save without encryption?"),
            self.tr(
                "The immigration office's key is not installed yet (Settings, Security), so "
                "this export cannot be locked for the office. Anyone who finds the flash "
                "drive can read it. Saving it without encryption is recorded in the audit "
                "trail. It is not sent over the internet."
            ),
            self.tr("Save without encryption"),
        )

    def refresh_protection(self) -> None:
        office = exchange_keys.office_key()
        self.with_csv.setEnabled(office is None)
        if office is None:
            self.protection_hint.setText(
                self.tr(
                    "The office key is not installed: an export here can only be saved "
                    "without encryption, after a warning."
                )
            )
        else:
            self.with_csv.setChecked(False)
            self.protection_hint.setText(
                self.tr(
                    "Exports are locked so that only {office} can read them. A table for "
                    "Excel is not saved: it could be read by anyone."
                ).format(office=office.office_name)
            )

    def _busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.export_button, self.refresh_button, self.folder_button):
            widget.setEnabled(not busy)
        self.export_status.setText(text)

    def _exported(self, result: ExportResult, place: str, removable: bool) -> None:
        entry = result.entry
        lines = [
            self.tr("Export number {number} was saved and checked.").format(number=entry.sequence),
            self.tr("File: {file}").format(file=result.path.name),
            self.tr("Saved on: {place}").format(place=place),
            self.tr("{records} records, {checks} job-offer checks.").format(
                records=entry.records, checks=entry.assessments
            ),
        ]
        office = exchange_keys.office_key()
        if office is not None:
            lines.append(
                self.tr("Locked: only {office} can read it.").format(office=office.office_name)
            )
        else:
            lines.append(self.tr("NOT encrypted: anyone who has the file can read it."))
        if result.csv_path is not None:
            lines.append(self.tr("Table for Excel: {file}").format(file=result.csv_path.name))
        if entry.body_path:
            lines.append(self.tr("A copy waits to be sent to the office over the internet."))
        if removable:
            lines.append(self.tr("It is safe to remove the flash drive now."))
        else:
            lines.append(
                self.tr(
                    "This is not a flash drive: to take the export to the office, copy the "
                    "file to a flash drive."
                )
            )
        self._busy(False, "\n".join(lines))
        self.identities.setChecked(False)
        self.reason.clear()
        self.refresh_drives()
        self.refresh_outbox()
        if self._scheduler is not None:
            self._scheduler.reschedule()
        inform(self, self.tr("Export saved"), "\n".join(lines))

    def _export_failed(self, exc: BaseException) -> None:
        self._busy(False, "")
        self._show_error(exchange_error(exc))
        self.refresh_drives()

    # -- outbox -------------------------------------------------------------------------------

    def _build_outbox(self) -> QGroupBox:
        box = QGroupBox(self.tr("Send over the internet"))
        layout = QVBoxLayout(box)
        self.target_label = QLabel()
        self.target_label.setWordWrap(True)
        layout.addWidget(self.target_label)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        layout.addWidget(self.last_label)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Export"), self.tr("Made"), self.tr("Status"), self.tr("Details")]
        )
        self.table.setAccessibleName(self.tr("Exports waiting and sent"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._fit_timer = pause_timer(self, 0, self._fit_table)
        header.sectionResized.connect(lambda *_: self._fit_timer.start())
        row = QHBoxLayout()
        self.send_button = QPushButton(self.tr("Send &now"))
        self.send_button.clicked.connect(self.send_now)
        row.addWidget(self.send_button)
        self.send_status = QLabel()
        self.send_status.setWordWrap(True)
        row.addWidget(self.send_status, 1)
        layout.addLayout(row)
        layout.addWidget(self.table)
        return box

    def _status(self, entry: ExportEntry) -> str:
        state = entry.acknowledgment
        if state is Acknowledgment.IMPORTED:
            return self.tr("Imported by the office")
        if state is Acknowledgment.HELD:
            return self.tr("Held by the office")
        if state is Acknowledgment.RECEIVED:
            return self.tr("Received by the receiver")
        if entry.outbox is None:
            return self.tr("Not for sending")
        return status_text(entry.outbox)

    def _details(self, entry: ExportEntry) -> str:
        state = entry.acknowledgment
        if state is Acknowledgment.IMPORTED:
            text = self.tr("Imported {when}.").format(when=_local(entry.office_at))
            receipt = entry.office_counts
            if receipt is not None:
                text += " " + counts_text(receipt)
            return text
        if state is Acknowledgment.HELD:
            return held_text(entry.held_reason)
        if state is Acknowledgment.RECEIVED:
            return self.tr(
                "Received by the office's receiver {when}; the office has not imported it yet."
            ).format(when=_local(entry.sent_at))
        if entry.outbox is OutboxStatus.SUPERSEDED:
            return self.tr("Export number {number} holds everything this one held").format(
                number=entry.superseded_by
            )
        if entry.problem is not None:
            text = send_text(entry.problem)
            if entry.outbox is OutboxStatus.WAITING and entry.next_attempt_at is not None:
                text += " " + self.tr("Next try: {when}.").format(
                    when=_local(entry.next_attempt_at)
                )
            return text
        if entry.outbox is OutboxStatus.WAITING:
            return self.tr("Will be sent when the office can be reached")
        return self.tr("Saved on a flash drive only")

    @Slot()
    def refresh_outbox(self) -> None:
        endpoint = exchange_settings.load_endpoint()
        if self._scheduler is None:
            self.target_label.setText(self.tr("In TRAINING MODE nothing is sent to the office."))
        elif endpoint is None:
            self.target_label.setText(
                self.tr(
                    "Sending is not set up yet. Enter the address and access token from the "
                    "immigration office in Settings, Sending tab."
                )
            )
        else:
            self.target_label.setText(self.tr("Sent to: {address}").format(address=endpoint.url))
        last = outbox_store.last_success()
        self.last_label.setText(
            self.tr("Last successful sending: {when}").format(when=_local(last))
            if last
            else self.tr("Nothing has been sent to the office yet.")
        )
        self.status_view.refresh()
        entries = outbox_store.list_exports(50)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [
                self.tr("No. {number}").format(number=entry.sequence)
                + (" " + self.tr("(with identities)") if entry.identities_reason else ""),
                _local(entry.created_at),
                self._status(entry),
                self._details(entry),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._fit_table()
        self.send_button.setEnabled(
            self._scheduler is not None and endpoint is not None and not self._sending()
        )

    def _sending(self) -> bool:
        return self._scheduler is not None and self._scheduler.busy

    @Slot()
    def send_now(self) -> None:
        if self._scheduler is not None:
            self._scheduler.send_now()

    def _sending_started(self) -> None:
        self.send_button.setEnabled(False)
        self.send_status.setText(self.tr("Sending… you can keep working."))

    def _sending_finished(self, outcome: SyncOutcome) -> None:
        if not outcome.configured:
            text = send_text(SendProblem.NOT_CONFIGURED)
        elif outcome.probe_problem is not None:
            text = send_text(outcome.probe_problem)
        elif outcome.attempts:
            text = self.tr("{sent} sent, {waiting} waiting, {failed} failed.").format(
                sent=outcome.sent, waiting=outcome.waiting, failed=outcome.failed
            )
        elif outcome.office_key_missing:
            text = self.tr("Nothing was sent: the office key is not installed.")
        else:
            text = self.tr("Nothing new to send.")
        self.send_status.setText(text)
        self.refresh_outbox()
        if outcome.content_pack:
            self.packs.look_in(self.target())

    def _sending_failed(self, exc: BaseException) -> None:
        self.send_status.setText(exchange_error(exc))
        self.refresh_outbox()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_protection()
        self.refresh_outbox()
        self.read_receipts()

    def _fit_table(self) -> None:
        """Rows as tall as their wrapped text; the table as tall as its rows (within reason),
        so the page scrolls as a whole instead of a small table inside it."""
        self.table.resizeRowsToContents()
        line = self.fontMetrics().height()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        wanted = self.table.horizontalHeader().height() + rows + 2 * self.table.frameWidth() + 4
        self.table.setMinimumHeight(max(6 * line, min(wanted, 30 * line)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_table()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_table()
