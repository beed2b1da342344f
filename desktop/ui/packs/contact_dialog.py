"""The office writes a local contact for its villages: for all of them, or for the villages of
one kabupaten or kecamatan it covers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.area import Area
from desktop.domain.content_pack import LocalContact, validate_local_contact
from desktop.domain.errors import ValidationFailed
from desktop.ui.screen import fit_to_screen, grow_to_content
from desktop.ui.widgets.dialog_parts import add_accept_cancel, error_line


class LocalContactDialog(QDialog):
    """``areas``: the kabupaten the office covers, each followed by its kecamatan."""

    def __init__(
        self,
        areas: list[Area],
        contact: LocalContact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._result: LocalContact | None = None
        self.setWindowTitle(self.tr("Local contact for the villages"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.area = QComboBox()
        self.area.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area.setMinimumContentsLength(24)
        self.area.addItem(self.tr("Every village of the office"), ("", ""))
        for area in areas:
            indent = "    " if area.code.count(".") == 2 else ""
            self.area.addItem(f"{indent}{area.name}", (area.code, area.name))
        self.role = QLineEdit()
        self.role.setMaxLength(200)
        self.role.setPlaceholderText(
            self.tr("for example Dinas tenaga kerja kabupaten, Polres, P4MI Jambi")
        )
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("for example the opening hours"))
        form.addRow(self.tr("&For:"), self.area)
        form.addRow(self.tr("&Office or role:"), self.role)
        form.addRow(self.tr("&Name (optional):"), self.name)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("N&ote (optional):"), self.note)
        layout.addLayout(form)
        self.error = error_line()
        layout.addWidget(self.error)
        layout.addStretch(1)
        add_accept_cancel(self, layout, self.tr("Save the contact"), self.tr("Cancel"))
        if contact is not None:
            index = self.area.findData((contact.area_code, contact.area_name))
            self.area.setCurrentIndex(max(0, index))
            self.role.setText(contact.role)
            self.name.setText(contact.name)
            self.phone.setText(contact.phone)
            self.note.setText(contact.note)
        fit_to_screen(self, 60, 12)

    def accept(self) -> None:
        code, name = self.area.currentData()
        try:
            self._result = validate_local_contact(
                role=self.role.text(),
                phone=self.phone.text(),
                name=self.name.text(),
                area_code=code,
                area_name=name,
                note=self.note.text(),
            )
        except ValidationFailed as exc:
            fields = {e.field for e in exc.errors}
            problems = []
            if "role" in fields:
                problems.append(self.tr("Write the office or role (at most 200 characters)."))
            if "phone" in fields:
                problems.append(
                    self.tr("Write a phone number, for example 0746-21234 or 0812-3456-7890.")
                )
            if fields - {"role", "phone"}:
                problems.append(self.tr("Shorten the name or the note."))
            self.error.setText(" ".join(problems))
            self.error.show()
            grow_to_content(self)
            return
        super().accept()

    def contact(self) -> LocalContact | None:
        return self._result
