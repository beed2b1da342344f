"""Isi untuk desa (office): compose the office's contacts and warnings, choose what else goes
into the content pack, make and sign it, and write it to flash drives (and the receiver)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.area import Area
from desktop.domain.content_pack import LocalContact, OfficeContact, RecruiterWarning
from desktop.domain.errors import SiagaError
from desktop.exchange import pack_build
from desktop.exchange.fetch import FetchFailed, load_access, put_content_pack
from desktop.exchange.pack_build import PartSource
from desktop.exchange.wire.content_pack import PackRejected
from desktop.storage import exchange_settings, office_packs
from desktop.storage.area_index import AreaIndex
from desktop.ui.exchange.drive_box import chosen_place, fill_drive_box, new_drive_box
from desktop.ui.exchange.drives import Drive, list_drives
from desktop.ui.exchange.wording import exchange_error
from desktop.ui.flow_layout import button_row
from desktop.ui.formatting import format_date
from desktop.ui.messages import ask, inform
from desktop.ui.packs.contact_dialog import LocalContactDialog
from desktop.ui.packs.warning_composer import compose_warning
from desktop.ui.packs.wording import making_text
from desktop.ui.screen import VerticalScroll
from desktop.ui.table_columns import FittedColumns
from desktop.ui.tasks import run_in_background

ROW = Qt.ItemDataRole.UserRole


class OfficePackPage(QWidget):
    def __init__(
        self,
        index_factory: Callable[[], AreaIndex],
        *,
        drives: Callable[[], list[Drive]] = list_drives,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._index_factory = index_factory
        self._drives = drives
        self._other_folder: Path | None = None
        self._content_folder: Path | None = None
        self.local: list[LocalContact] = []
        self.setWindowTitle(self.tr("Content for the villages"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        layout = QVBoxLayout(body)
        outer.addWidget(VerticalScroll(body))
        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "A content pack takes your office's contacts, local contacts and warnings about "
                "recruiters to the villages of your area, and, if you choose, newer hotlines, "
                "job-offer questions and material. It is signed with the office's key, which "
                "the villages already have. They install it from a flash drive, or receive it "
                "when they send over the internet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._build_office())
        layout.addWidget(self._build_contacts())
        layout.addWidget(self._build_warnings())
        layout.addWidget(self._build_parts())
        layout.addWidget(self._build_make())
        layout.addStretch(1)
        self.reload()

    # -- the office's own contact block -----------------------------------------------------

    def _build_office(self) -> QGroupBox:
        box = QGroupBox(self.tr("The office's contact details"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.office_fields: dict[str, QLineEdit] = {}
        for key, label, limit in (
            ("name", self.tr("Office &name:"), 200),
            ("address", self.tr("&Address:"), 500),
            ("phone", self.tr("&Phone:"), 40),
            ("whatsapp", self.tr("&WhatsApp:"), 40),
            ("email", self.tr("&E-mail:"), 200),
            ("hours", self.tr("Opening &hours:"), 200),
        ):
            edit = QLineEdit()
            edit.setMaxLength(limit)
            edit.editingFinished.connect(self.save_contacts)
            self.office_fields[key] = edit
            form.addRow(label, edit)
        return box

    def office_contact(self) -> OfficeContact | None:
        values = {k: " ".join(e.text().split()) for k, e in self.office_fields.items()}
        if not values["name"]:
            return None
        return OfficeContact(**values)

    @Slot()
    def save_contacts(self) -> None:
        office_packs.save_contacts(self.office_contact(), tuple(self.local))

    # -- local contacts ---------------------------------------------------------------------

    def _table(
        self, headers: list[str], name: str, chars: dict[int, int], fill: int
    ) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The widest column takes what is left; the others are left out last-first when the
        # page is narrow (the dialog behind each row shows everything).
        FittedColumns(table, chars, fill, [c for c in sorted(chars, reverse=True)])
        return table

    def _build_contacts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Local contacts for the villages"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "For example the manpower office of each kabupaten. A contact for one kabupaten "
                "or kecamatan reaches only its villages."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.contacts_table = self._table(
            [self.tr("For"), self.tr("Office or role"), self.tr("Name"), self.tr("Phone")],
            self.tr("Local contacts for the villages"),
            {0: 16, 2: 16, 3: 15},
            1,
        )
        self.contacts_table.itemDoubleClicked.connect(lambda _item: self.edit_contact())
        layout.addWidget(self.contacts_table)
        self.add_contact_button = self._button(self.tr("Add a contact…"), self.add_contact)
        self.edit_contact_button = self._button(self.tr("Change…"), self.edit_contact)
        self.remove_contact_button = self._button(self.tr("Remove"), self.remove_contact)
        layout.addWidget(
            button_row(
                self.add_contact_button, self.edit_contact_button, self.remove_contact_button
            )
        )
        return box

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def _areas(self) -> list[Area]:
        office = exchange_settings.load_office()
        index = self._index_factory()
        areas: list[Area] = []
        for code in office.covers if office is not None else ():
            regency = index.get(code)
            if regency is not None:
                areas.append(regency)
                areas += index.children(code)
        return areas

    def _show_contacts(self) -> None:
        everyone = self.tr("Every village")
        self.contacts_table.setRowCount(len(self.local))
        for row, contact in enumerate(self.local):
            for column, text in enumerate(
                (contact.area_name or everyone, contact.role, contact.name, contact.phone)
            ):
                item = QTableWidgetItem(text)
                item.setData(ROW, row)
                self.contacts_table.setItem(row, column, item)
        self.contacts_table.resizeRowsToContents()
        self._fit(self.contacts_table)

    def _selected(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @Slot()
    def add_contact(self) -> None:
        dialog = LocalContactDialog(self._areas(), None, self)
        if dialog.exec() == LocalContactDialog.DialogCode.Accepted and dialog.contact():
            self.local.append(dialog.contact())
            self.save_contacts()
            self._show_contacts()
        dialog.deleteLater()

    @Slot()
    def edit_contact(self) -> None:
        row = self._selected(self.contacts_table)
        if row is None:
            return
        dialog = LocalContactDialog(self._areas(), self.local[row], self)
        if dialog.exec() == LocalContactDialog.DialogCode.Accepted and dialog.contact():
            self.local[row] = dialog.contact()
            self.save_contacts()
            self._show_contacts()
        dialog.deleteLater()

    @Slot()
    def remove_contact(self) -> None:
        row = self._selected(self.contacts_table)
        if row is None:
            return
        del self.local[row]
        self.save_contacts()
        self._show_contacts()

    # -- warnings ---------------------------------------------------------------------------

    def _build_warnings(self) -> QGroupBox:
        box = QGroupBox(self.tr("Warnings about recruiters and companies"))
        layout = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Every village of the office gets every warning. A warning stays in each new "
                "pack until you remove it here."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.warnings_table = self._table(
            [self.tr("About"), self.tr("Seen since"), self.tr("Seen in"), self.tr("What is known")],
            self.tr("Warnings about recruiters and companies"),
            {0: 20, 1: 14, 2: 18},
            3,
        )
        self.warnings_table.itemDoubleClicked.connect(lambda _item: self.edit_warning())
        layout.addWidget(self.warnings_table)
        layout.addWidget(
            button_row(
                self._button(self.tr("Write a warning…"), self.add_warning),
                self._button(self.tr("Change…"), self.edit_warning),
                self._button(self.tr("Remove"), self.remove_warning),
            )
        )
        return box

    def _show_warnings(self) -> None:
        self.warnings = office_packs.warnings()
        self.warnings_table.setRowCount(len(self.warnings))
        for row, warning in enumerate(self.warnings):
            cells = (
                warning.title,
                format_date(warning.since) if warning.since else "",
                ", ".join(v.name for v in warning.villages),
                warning.known,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.warnings_table.setItem(row, column, item)
        self.warnings_table.resizeRowsToContents()
        self._fit(self.warnings_table)

    def _fit(self, table: QTableWidget) -> None:
        """As tall as its rows (within reason): the page scrolls, not a small table in it."""
        line = self.fontMetrics().height()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        wanted = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 4
        table.setMinimumHeight(max(4 * line, min(wanted, 16 * line)))

    @Slot()
    def add_warning(self) -> None:
        if compose_warning(self) is not None:
            self._show_warnings()

    @Slot()
    def edit_warning(self) -> None:
        row = self._selected(self.warnings_table)
        if row is not None and compose_warning(self, self.warnings[row]) is not None:
            self._show_warnings()

    @Slot()
    def remove_warning(self) -> None:
        row = self._selected(self.warnings_table)
        if row is None:
            return
        warning: RecruiterWarning = self.warnings[row]
        if ask(
            self,
            self.tr("Remove the warning?"),
            self.tr(
                "The warning about {subject} is left out of the next pack; the villages stop "
                "showing it once they install that pack."
            ).format(subject=warning.title),
            self.tr("Remove the warning"),
        ):
            office_packs.remove_warning(warning.id)
            self._show_warnings()

    # -- what else goes in ------------------------------------------------------------------

    def _build_parts(self) -> QGroupBox:
        box = QGroupBox(self.tr("What else goes in the pack"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.part_boxes: dict[str, QComboBox] = {}
        for part, label in (
            ("hotlines", self.tr("&Hotlines:")),
            ("checklist", self.tr("&Job-offer questions:")),
            ("material", self.tr("&Material and leaflets:")),
        ):
            choice = QComboBox()
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(24)
            choice.addItem(self.tr("Not in the pack"), "none")
            choice.addItem(self.tr("The ones this app has"), "shipped")
            choice.addItem(self.tr("Edited ones from the folder"), "folder")
            self.part_boxes[part] = choice
            form.addRow(label, choice)
        layout.addLayout(form)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        layout.addWidget(
            button_row(
                self._button(
                    self.tr("Choose the &folder of edited content…"), self.choose_content_folder
                )
            )
        )
        hint = QLabel(
            self.tr(
                "What is not in the pack stays as each village has it. The folder of edited "
                "content is a copy of the app's own resources folder with the files edited: "
                "contacts for the hotlines, checklists for the questions, content for the "
                "material."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        return box

    def _show_folder(self) -> None:
        self.folder_label.setText(
            self.tr("Folder of edited content: {folder}").format(folder=self._content_folder)
            if self._content_folder is not None
            else self.tr("No folder of edited content chosen.")
        )

    @Slot()
    def choose_content_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder of edited content")
        )
        if folder:
            self._content_folder = Path(folder)
            self._show_folder()

    def choices(self) -> dict[str, PartSource]:
        return {part: PartSource(box.currentData()) for part, box in self.part_boxes.items()}

    # -- making and writing -----------------------------------------------------------------

    def _build_make(self) -> QGroupBox:
        box = QGroupBox(self.tr("Make the pack and save it for the villages"))
        layout = QVBoxLayout(box)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        layout.addWidget(self.last_label)
        row = QFormLayout()
        self.drive_box = new_drive_box(self.tr("Choose where to save"))
        row.addRow(self.tr("Save &to:"), self.drive_box)
        layout.addLayout(row)
        layout.addWidget(
            button_row(
                self._button(self.tr("&Look for drives again"), self.refresh_drives),
                self._button(self.tr("Choose another folder…"), self.choose_folder),
            )
        )
        self.to_receiver = QCheckBox(
            self.tr("Also give it to the &receiver, for villages that send over the internet")
        )
        layout.addWidget(self.to_receiver)
        self.make_button = self._button("", self.make_and_save)
        self.again_button = self._button("", self.save_again)
        layout.addWidget(button_row(self.make_button, self.again_button))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        return box

    @Slot()
    def refresh_drives(self) -> None:
        fill_drive_box(self.drive_box, self._drives(), self._other_folder)

    @Slot()
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the pack"))
        if folder:
            self._other_folder = Path(folder)
            self.refresh_drives()
            self.drive_box.setCurrentIndex(self.drive_box.findData(folder))

    def target(self) -> Path | None:
        return chosen_place(self.drive_box)

    def _show_made(self) -> None:
        latest = office_packs.latest()
        number = office_packs.next_number()
        if latest is None:
            self.last_label.setText(self.tr("No pack has been made yet."))
        else:
            made, _ = latest
            self.last_label.setText(
                self.tr("Last pack: number {number}, made on {date}.").format(
                    number=made.number, date=format_date(made.created_at.astimezone().date())
                )
            )
        self.make_button.setText(
            self.tr("&Make pack number {number} and save it").format(number=number)
        )
        self.again_button.setText(
            self.tr("Save pack number {number} &again").format(number=latest[0].number)
            if latest is not None
            else self.tr("Save the last pack &again")
        )
        self.again_button.setEnabled(latest is not None)
        self.to_receiver.setEnabled(load_access() is not None)
        if load_access() is None:
            self.to_receiver.setChecked(False)

    def reload(self) -> None:
        office, local = office_packs.load_contacts()
        name = office.name if office is not None else ""
        if not name:
            profile = exchange_settings.load_office()
            name = profile.name if profile is not None else ""
        values = (office or OfficeContact(name)).as_json() | {"name": name}
        for key, edit in self.office_fields.items():
            edit.setText(values.get(key, ""))
        self.local = list(local)
        self._show_contacts()
        self._show_warnings()
        saved = office_packs.load_choices()
        for part, box in self.part_boxes.items():
            box.setCurrentIndex(max(0, box.findData(saved.get(part, "none"))))
        folder = saved.get("folder")
        self._content_folder = Path(folder) if folder else None
        self._show_folder()
        self.refresh_drives()
        self._show_made()

    @Slot()
    def make_and_save(self) -> None:
        folder = self.target()
        if folder is None:
            self.status.setText(self.tr("Choose a flash drive or a folder first."))
            return
        self.save_contacts()
        choices = self.choices()
        office_packs.save_choices(
            {part: source.value for part, source in choices.items()}
            | ({"folder": str(self._content_folder)} if self._content_folder else {})
        )
        try:
            parts = pack_build.choose_parts(choices, self._content_folder)
            made, data = pack_build.make_pack(
                office_contact=self.office_contact(),
                local_contacts=tuple(self.local),
                warnings=tuple(office_packs.warnings()),
                parts=parts,
            )
        except (PackRejected, SiagaError) as exc:
            self.status.setText(making_text(exc))
            return
        self._show_made()
        self._save(made.number, data, folder)

    @Slot()
    def save_again(self) -> None:
        latest = office_packs.latest()
        folder = self.target()
        if latest is None:
            return
        if folder is None:
            self.status.setText(self.tr("Choose a flash drive or a folder first."))
            return
        self._save(latest[0].number, latest[1], folder)

    def _save(self, number: int, data: bytes, folder: Path) -> None:
        """Write the pack (and give it to the receiver) on a worker thread: a slow stick or
        network never holds the window."""
        office = exchange_settings.load_office()
        name = pack_build.pack_file_name(office.name if office else "", number)
        access = load_access() if self.to_receiver.isChecked() else None
        self._busy(True)

        def work() -> dict[str, object]:
            result: dict[str, object] = {}
            try:
                result["path"] = pack_build.write_pack(folder, name, data)
            except SiagaError as exc:
                result["write_error"] = exc
            if access is not None:
                try:
                    result["kept"] = put_content_pack(access, data)
                except FetchFailed as exc:
                    result["receiver_error"] = exc
            return result

        run_in_background(
            work, on_done=lambda result: self._saved(number, result), on_error=self._failed
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.make_button, self.again_button):
            button.setEnabled(not busy)
        if busy:
            self.status.setText(self.tr("Saving and checking the pack…"))

    def _saved(self, number: int, result: dict[str, object]) -> None:
        lines = []
        if "write_error" in result:
            lines.append(exchange_error(result["write_error"]))  # type: ignore[arg-type]
        else:
            lines.append(
                self.tr("Pack number {number} was saved and checked: {file}").format(
                    number=number, file=result["path"]
                )
            )
        if "receiver_error" in result:
            lines.append(
                self.tr(
                    "The receiver could not be reached or refused the office token. Give it "
                    "the pack again later with “Save pack again”."
                )
            )
        elif "kept" in result:
            lines.append(
                self.tr("The receiver keeps pack number {number} for the villages.").format(
                    number=result["kept"]
                )
            )
        self._show_made()
        self.status.setText("\n".join(lines))
        inform(
            self,
            self.windowTitle(),
            "\n".join(lines),
            warning="write_error" in result or "receiver_error" in result,
        )

    def _failed(self, exc: BaseException) -> None:
        self._show_made()
        if not isinstance(exc, SiagaError):
            raise exc
        self.status.setText(exchange_error(exc))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._show_warnings()  # a warning may have been drafted from another page
        self._show_made()
