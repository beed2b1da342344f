"""The village profile form, in three sections that the wizard shows as pages and Pengaturan
shows together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.domain.area import Area
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.profile import Contact, ContactRole, VillageProfile, validate_profile
from desktop.storage.area_index import AreaIndex
from desktop.ui.area_picker import AreaPicker
from desktop.ui.contact_titles import contact_title
from desktop.ui.errors import field_message
from desktop.ui.widgets.field import FieldWithError

AREA_FIELDS = {"village_code", "village_name", "district_name", "regency_name", "province_name"}


def _chain_of(profile: VillageProfile) -> list[Area]:
    """The four levels as the profile names them (for an area not in the official list)."""
    code = profile.village_code
    parts = code.split(".")
    codes = [".".join(parts[: i + 1]) for i in range(4)]
    names = [
        profile.province_name,
        profile.regency_name,
        profile.district_name,
        profile.village_name,
    ]
    parents = ["", *codes[:3]]
    return [Area(c, p, n) for c, p, n in zip(codes, parents, names, strict=True)]


class _Section(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows: dict[str, FieldWithError] = {}
        self.labels: dict[str, str] = {}

    def add_field(self, key: str, label: str, placeholder: str = "", max_length: int = 120) -> None:
        editor = QLineEdit(self)
        editor.setPlaceholderText(placeholder)
        editor.setMaxLength(max_length)
        editor.textEdited.connect(self.changed)
        row = FieldWithError(editor, self)
        caption = QLabel(label, self)
        # One line: a wrapped caption beside its field is given the field's height and cut.
        # A caption too long for the row puts its field underneath instead (WrapLongRows).
        caption.setBuddy(editor)
        self.form.addRow(caption, row)
        self.rows[key] = row
        self.labels[key] = label.replace("&", "")

    def text(self, key: str) -> str:
        return self.rows[key].editor.text()

    def set_text(self, key: str, value: str) -> None:
        self.rows[key].editor.setText(value)

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.show_error("")

    def show_field_error(self, error: FieldError) -> QWidget | None:
        row = self.rows.get(error.field)
        if row is None:
            return None
        row.show_error(field_message(error, self.labels[error.field]))
        return row.editor


class HeadSection(_Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_field("head_name", self.tr("&Name of the village head (kepala desa / lurah)"))
        self.add_field("office_phone", self.tr("Village office &phone"), "0746-21234")
        self.add_field("office_address", self.tr("Village office &address"), max_length=200)


class ContactsSection(_Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "These contacts are printed on leaflets and reports. Fill in what you know; "
                "you can complete them later in Settings."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.form.addRow(intro)
        for role in ContactRole:
            heading = QLabel(contact_title(role), self)
            heading.setProperty("role", "subtitle")
            heading.setWordWrap(True)
            self.form.addRow(heading)
            self.add_field(f"contact.{role.value}.name", self.tr("Name or office"))
            self.add_field(f"contact.{role.value}.phone", self.tr("Phone"), "0812-3456-7890")
        for role in ContactRole:
            for part in ("name", "phone"):
                self.labels[f"contact.{role.value}.{part}"] = (
                    f"{contact_title(role)}: {self.labels[f'contact.{role.value}.{part}']}"
                )

    def contacts(self) -> dict[ContactRole, Contact]:
        return {
            role: Contact(
                self.text(f"contact.{role.value}.name"), self.text(f"contact.{role.value}.phone")
            )
            for role in ContactRole
        }


class ProfileForm(QWidget):
    """The three sections together, with conversion to and from a VillageProfile and drafts."""

    changed = Signal()

    def __init__(
        self,
        index: AreaIndex,
        parent: QWidget | None = None,
        *,
        fixed_area: VillageProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.area = AreaPicker(index, self)
        self._fixed_area: VillageProfile | None = None
        if fixed_area is not None:
            self.fix_area(fixed_area)
        self.head = HeadSection(self)
        self.contacts = ContactsSection(self)
        self.area.changed.connect(self.changed)
        self.head.changed.connect(self.changed)
        self.contacts.changed.connect(self.changed)

    def fix_area(self, profile: VillageProfile) -> None:
        """Show ``profile``'s area read-only: after set-up a village's area is fixed (it is how
        the immigration office knows the village); the training village's is fictional."""
        self._fixed_area = profile
        if profile.training:
            hint = self.tr("The training village is fictional; its area cannot be changed.")
        else:
            hint = self.tr(
                "The area is fixed once the village is set up: the immigration office knows "
                "the village by its code. If the government changed the code, use the button "
                "below."
            )
        self.area.fix(_chain_of(profile), hint)

    def profile(self, *, training: bool = False) -> VillageProfile:
        """Return the validated profile, or raise ValidationFailed (and show the errors)."""
        chain = _chain_of(self._fixed_area) if self._fixed_area else self.area.chain()
        names = [a.name for a in chain] if len(chain) == 4 else ["", "", "", ""]
        candidate = VillageProfile(
            village_code=chain[-1].code if len(chain) == 4 else "",
            province_name=names[0],
            regency_name=names[1],
            district_name=names[2],
            village_name=names[3],
            head_name=self.head.text("head_name"),
            office_phone=self.head.text("office_phone"),
            office_address=self.head.text("office_address"),
            contacts=self.contacts.contacts(),
            training=training,
        )
        try:
            return validate_profile(candidate)
        except ValidationFailed as exc:
            self.show_errors(exc)
            raise

    def show_errors(self, failure: ValidationFailed) -> QWidget | None:
        """Show every error at its field; returns the first widget to give focus to."""
        self.clear_errors()
        first: QWidget | None = None
        for error in failure.errors:
            if error.field in AREA_FIELDS:
                self.area.show_error(field_message(FieldError("village_code", "not_village"), ""))
                first = first or self.area.first_empty_combo()
                continue
            shown = self.head.show_field_error(error) or self.contacts.show_field_error(error)
            first = first or shown
        return first

    def clear_errors(self) -> None:
        self.area.show_error("")
        self.head.clear_errors()
        self.contacts.clear_errors()

    def set_profile(self, profile: VillageProfile) -> None:
        self.area.set_code(profile.village_code)
        self.head.set_text("head_name", profile.head_name)
        self.head.set_text("office_phone", profile.office_phone)
        self.head.set_text("office_address", profile.office_address)
        for role in ContactRole:
            contact = profile.contact(role)
            self.contacts.set_text(f"contact.{role.value}.name", contact.name)
            self.contacts.set_text(f"contact.{role.value}.phone", contact.phone)

    def snapshot(self) -> dict[str, Any]:
        """Everything typed so far, for the draft store."""
        fields = {k: self.head.text(k) for k in self.head.rows}
        fields.update({k: self.contacts.text(k) for k in self.contacts.rows})
        return {"village_code": self.area.village_code(), "fields": fields}

    def restore(self, draft: dict[str, Any]) -> None:
        code = draft.get("village_code")
        if isinstance(code, str) and code and self._fixed_area is None:
            self.area.set_code(code)
        fields = draft.get("fields")
        if isinstance(fields, dict):
            for section in (self.head, self.contacts):
                for key in section.rows:
                    value = fields.get(key)
                    if isinstance(value, str):
                        section.set_text(key, value)
