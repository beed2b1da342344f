"""The form of one socialisation event: when and where, the villages reached, who came by role,
the material used, the officers and speakers, notes. Each field says under itself what is wrong
(``ui/widgets/field.py``); nothing is saved until all is right.

The same form at a village (its kecamatan and itself, shown, not chosen) and at the office (a
kecamatan of the regencies it covers, and the villages of it the event reached). A village's
event opened at the office is shown read-only: only the village changes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.socialisation import (
    COUNT_DIGITS,
    EARLIEST_DAY,
    OFFICERS_MAX,
    PLACE_MAX,
    AudienceRole,
    EventDraft,
    EventNotFound,
    Material,
    ReachedVillage,
    SocialisationEvent,
    audience_field,
    parse_count,
    validate_event,
)
from desktop.ui.errors import SAVE_ERRORS, not_saved_message
from desktop.ui.incidents.form import DayEdit, to_date
from desktop.ui.screen import fit_to_screen, grow_to_content
from desktop.ui.socialisation.reach import District, Reach
from desktop.ui.socialisation.words import error_words, role_words
from desktop.ui.widgets.dialog_parts import error_line
from desktop.ui.widgets.field import FieldWithError

CheckRole = Qt.ItemDataRole.UserRole + 1  # what a ticked item stands for


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _TickList(QListWidget):
    """Items to tick, each standing for a value."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)

    def set_choices(self, choices: list[tuple[str, object]], ticked: set[object]) -> None:
        self.clear()
        for text, value in choices:
            item = QListWidgetItem(text)
            item.setData(CheckRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = value in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)

    def ticked(self) -> list[object]:
        return [
            self.item(n).data(CheckRole)
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        ]

    def set_read_only(self) -> None:
        """Show only what is ticked, and let nothing be ticked or unticked."""
        for n in reversed(range(self.count())):
            item = self.item(n)
            if item.checkState() != Qt.CheckState.Checked:
                self.takeItem(n)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)


class EventDialog(QDialog):
    """A new event (``event`` None), one recorded here, or (``save`` None) one to read."""

    def __init__(
        self,
        reach: Reach,
        materials: list[Material],
        *,
        event: SocialisationEvent | None = None,
        save: Callable[[SocialisationEvent], SocialisationEvent] | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reach = reach
        self._event = event
        self._save = save
        self._today = today
        self.saved: SocialisationEvent | None = None
        self.setWindowTitle(
            self.tr("New socialisation event") if event is None else self.tr("Socialisation event")
        )
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        layout.addWidget(self.note)
        self.note.setVisible(save is None and event is not None)
        if event is not None and save is None:
            self.note.setText(
                self.tr(
                    "Recorded by {village} and sent with its export. Only the village can change "
                    "or delete it."
                ).format(village=event.owner_name or event.owner)
            )

        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        left = QFormLayout()
        left.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns.addLayout(left, 3)
        self.boxes: dict[str, FieldWithError] = {}

        def add(name: str, caption: str, editor: QWidget) -> None:
            box = FieldWithError(editor, self)
            self.boxes[name] = box
            label = QLabel(caption)
            label.setBuddy(editor)
            left.addRow(label, box)

        self.day = DayEdit()
        self.day.setDateRange(_qdate(EARLIEST_DAY), _qdate(today()))
        self.day.setDate(_qdate(today()))
        add("held_on", self.tr("&Date:"), self.day)
        self.place = QLineEdit()
        self.place.setMaxLength(PLACE_MAX)
        self.place.setPlaceholderText(self.tr("for example the village hall"))
        add("place", self.tr("&Place:"), self.place)
        self.district = QComboBox()
        # As wide as the longest kecamatan: a name is never cut.
        self.district.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.district_text = QLabel()
        self.district_text.setWordWrap(True)
        self.villages = _TickList(self.tr("Villages reached"))
        self.villages_text = QLabel()
        self.villages_text.setWordWrap(True)
        districts = reach.districts()
        if reach.own:  # a village: its kecamatan and itself
            self._own_district = districts[0] if districts else None
            self._own_villages = (
                reach.villages_of(self._own_district.code) if self._own_district else []
            )
            self.district_text.setText(self._own_district.label() if self._own_district else "")
            self.villages_text.setText(", ".join(v.name for v in self._own_villages))
            add("district", self.tr("Kecamatan:"), self.district_text)
            add("villages", self.tr("Village reached:"), self.villages_text)
        else:
            self.district.addItem(self.tr("— choose the kecamatan —"), None)
            for district in districts:
                self.district.addItem(district.label(), district)
            self.district.currentIndexChanged.connect(self._district_chosen)
            if save is None:  # a village's event, to read: its kecamatan said, not chosen
                add("district", self.tr("Kecamatan:"), self.district_text)
            else:
                add("district", self.tr("&Kecamatan:"), self.district)
            add("villages", self.tr("&Villages reached:"), self.villages)
        self.officers = QLineEdit()
        self.officers.setMaxLength(OFFICERS_MAX)
        self.officers.setPlaceholderText(self.tr("names, for example the village secretary"))
        add("officers", self.tr("&Officers and speakers:"), self.officers)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        add("notes", self.tr("N&otes:"), self.notes)

        right = QVBoxLayout()
        columns.addLayout(right, 2)
        group = QGroupBox(self.tr("Who came (number of people)"))
        people = QVBoxLayout(group)
        self.counts: dict[AudienceRole, QLineEdit] = {}
        for role in AudienceRole:
            edit = QLineEdit()
            edit.setMaxLength(COUNT_DIGITS + 1)  # with a thousands dot
            edit.setPlaceholderText("0")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setAccessibleName(role_words(role))
            edit.setFixedWidth(self.fontMetrics().averageCharWidth() * 9 + 16)
            edit.textChanged.connect(self._show_total)
            self.counts[role] = edit
            # The caption and the number on one line, what is wrong under both.
            line = QWidget()
            row = QHBoxLayout(line)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(role_words(role) + ":")
            label.setBuddy(edit)
            row.addWidget(label, 1)
            row.addWidget(edit)
            box = FieldWithError(line, group, marked=edit)
            self.boxes[audience_field(role)] = box
            people.addWidget(box)
        self.total = QLabel()
        people.addWidget(self.total)
        self.boxes["audience"] = FieldWithError(group, self)
        self.boxes["audience"].setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )
        right.addWidget(self.boxes["audience"])
        self.materials = _TickList(self.tr("Material used"))
        material_group = QGroupBox(self.tr("&Material used"))
        QVBoxLayout(material_group).addWidget(self.materials)
        self.boxes["materials"] = FieldWithError(material_group, self)
        right.addWidget(self.boxes["materials"], 1)

        self.error = error_line()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        if save is not None:
            buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._fill(materials, event)
        if save is None:
            self._read_only()
        self._show_total()
        fit_to_screen(self, 110, 30)

    # -- filling ---------------------------------------------------------------------------

    def _fill(self, materials: list[Material], event: SocialisationEvent | None) -> None:
        # A piece of material is known by its kind and id: its title may have changed since
        # (another content pack), and one no longer in force is still listed, ticked.
        used = {(m.kind, m.ref) for m in event.materials} if event is not None else set()
        listed = {(m.kind, m.ref) for m in materials}
        extra = [m for m in (event.materials if event else ()) if (m.kind, m.ref) not in listed]
        choices = [*materials, *extra]
        self.materials.set_choices(
            [(m.title, m) for m in choices], {m for m in choices if (m.kind, m.ref) in used}
        )
        if event is None:
            return
        self.day.setDate(_qdate(event.held_on))
        self.place.setText(event.place)
        self.officers.setText(event.officers)
        self.notes.setPlainText(event.notes)
        for role, edit in self.counts.items():
            count = event.audience.count(role)
            edit.setText(str(count) if count else "")
        if not self._reach.own:
            index = next(
                (
                    n
                    for n in range(1, self.district.count())
                    if self.district.itemData(n).code == event.district_code
                ),
                -1,
            )
            if index < 0:
                district = District(event.district_code, event.district_name, event.regency_name)
                self.district.addItem(district.label(), district)
                index = self.district.count() - 1
            self.district.setCurrentIndex(index)
            self._tick_villages(event.villages)

    @Slot()
    def _district_chosen(self) -> None:
        self._tick_villages(())

    def _tick_villages(self, ticked: tuple[ReachedVillage, ...]) -> None:
        """List the chosen kecamatan's villages, ``ticked`` ticked (kept when the official list
        no longer has them)."""
        district = self.district.currentData()
        listed = self._reach.villages_of(district.code) if district is not None else []
        codes = {v.code for v in listed}
        choices = [*listed, *(v for v in ticked if v.code not in codes)]
        chosen = {v.code for v in ticked}
        self.villages.set_choices(
            [(v.name, v) for v in choices], {v for v in choices if v.code in chosen}
        )

    def _read_only(self) -> None:
        self.day.setReadOnly(True)
        for edit in (self.place, self.officers, *self.counts.values()):
            edit.setReadOnly(True)
        self.notes.setReadOnly(True)
        self.district_text.setText(self.district.currentText())
        self.villages.set_read_only()
        self.materials.set_read_only()

    @Slot()
    def _show_total(self) -> None:
        total = 0
        for role, edit in self.counts.items():
            try:
                total += parse_count(edit.text(), audience_field(role))
            except FieldError:
                continue
        self.total.setText(self.tr("Together: {count} people").format(count=total))

    # -- saving ----------------------------------------------------------------------------

    def draft(self) -> EventDraft:
        """What the form holds now."""
        if self._reach.own:
            district = self._own_district
            villages = tuple(self._own_villages)
        else:
            district = self.district.currentData()
            villages = tuple(self.villages.ticked())
        return EventDraft(
            held_on=to_date(self.day.date()),
            place=self.place.text(),
            district_code=district.code if district else "",
            district_name=district.name if district else "",
            regency_name=district.regency_name if district else "",
            villages=villages,
            audience={role: edit.text() for role, edit in self.counts.items()},
            materials=tuple(self.materials.ticked()),
            officers=self.officers.text(),
            notes=self.notes.toPlainText(),
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        first = None
        for error in errors:
            box = self.boxes.get(error.field)
            if box is None:
                continue
            box.show_error(error_words(error))
            first = first or box
        if first is not None:
            first.focus_target().setFocus()
        grow_to_content(self)

    def accept(self) -> None:
        if self._save is None:
            super().reject()
            return
        for box in self.boxes.values():
            box.show_error("")
        self.error.hide()
        try:
            event = validate_event(self.draft(), self._today())
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return
        if self._event is not None:
            event = replace(event, record_id=self._event.record_id, revision=self._event.revision)
        try:
            self.saved = self._save(event)
        except SAVE_ERRORS as exc:
            self.error.setText(not_saved_message(exc))
            self.error.show()
            grow_to_content(self)
            return
        except EventNotFound:
            self.error.setText(
                self.tr("This event was deleted meanwhile. Close the form and record it again.")
            )
            self.error.show()
            grow_to_content(self)
            return
        super().accept()
