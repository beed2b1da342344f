"""The incident form: grouped sections, field messages in the user's language, and conversion
to and from an ``Incident``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import FieldError
from desktop.domain.incident import (
    AgeBand,
    Answer,
    ApproxDate,
    ControlMeans,
    DatePrecision,
    DeparturePoint,
    Incident,
    InformationSource,
    LegalBasis,
    LicenceStatus,
    Person,
    PersonIdentity,
    PersonRole,
    Referral,
    ReferralTarget,
    ReportType,
    Sex,
    Status,
    from_payload,
    parse_amount,
    to_payload,
)
from desktop.domain.modus import Modus
from desktop.ui.incidents.labels import field_label, incident_field_message, label
from desktop.ui.lifetime import retire
from desktop.ui.widgets.field import FieldWithError

# Where people from Indonesian villages are most often sent: listed first in the country list.
COMMON_DESTINATIONS = ("MY", "SA", "KH", "TW", "HK", "SG", "AE", "KR", "JP", "MM", "BN", "QA")
# As every date is written on screen and paper (desktop.ui.formatting): "4 Desember 2026".
DAY_FORMAT = "d MMMM yyyy"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _caption(text: str, buddy: QWidget) -> QLabel:
    # Not word-wrapped: a wrapped label in a form row gets clipped. The form layout puts the
    # field under its label instead when the two do not fit side by side.
    caption = QLabel(text)
    caption.setBuddy(buddy)
    return caption


class ChoiceBox(QComboBox):
    """A drop-down of enum choices, optionally starting with an empty "— choose —" entry."""

    def __init__(
        self, choices: Iterable[Enum], *, empty: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        if empty is not None:
            self.addItem(empty, None)
        for choice in choices:
            self.addItem(label(choice), choice)

    def value(self) -> Enum | None:
        return self.currentData()

    def set_value(self, value: Enum | None) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def showPopup(self) -> None:
        # The list may be wider than the box: show every choice in full.
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 40)
        super().showPopup()


class CountryBox(QComboBox):
    """Countries by Indonesian name; the usual destinations first; type to search."""

    def __init__(self, countries: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._countries = countries
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.addItem("", "")
        for code in COMMON_DESTINATIONS:
            if code in countries:
                self.addItem(countries[code], code)
        self.insertSeparator(self.count())
        for code, name in countries.items():
            self.addItem(name, code)
        completer = QCompleter(list(countries.values()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type or choose a country"))

    def code(self) -> str:
        """The chosen country's code; '' for none; '?' plus the text when it is not a country."""
        text = self.currentText().strip()
        if not text:
            return ""
        for code, name in self._countries.items():
            if name.casefold() == text.casefold():
                return code
        return "?" + text

    def set_code(self, code: str) -> None:
        if code.startswith("?"):
            self.setEditText(code[1:])
            return
        self.setEditText(self._countries.get(code, code))


class DayEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DAY_FORMAT)
        self.setMinimumDate(QDate(1950, 1, 1))
        self.setDate(QDate.currentDate())


class OptionalDay(QWidget):
    """A date that may be left out: a tick box turns it on."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(text)
        self.day = DayEdit()
        self.day.setEnabled(False)
        self.known.toggled.connect(self.day.setEnabled)
        self.known.toggled.connect(self.changed)
        self.day.dateChanged.connect(self.changed)
        layout.addWidget(self.known)
        layout.addWidget(self.day)
        layout.addStretch(1)

    def value(self) -> date | None:
        return to_date(self.day.date()) if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.day.setDate(_qdate(value))

    def focus_widget(self) -> QWidget:
        return self.known


class ApproxDayEdit(QWidget):
    """A date known exactly, to the month, to the year, or not at all."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.precision = QComboBox()
        self.precision.addItem(self.tr("Not known"), None)
        self.precision.addItem(self.tr("Exact date"), DatePrecision.DAY)
        self.precision.addItem(self.tr("Month and year only"), DatePrecision.MONTH)
        self.precision.addItem(self.tr("Year only"), DatePrecision.YEAR)
        self.day = DayEdit()
        layout.addWidget(self.precision)
        layout.addWidget(self.day)
        layout.addStretch(1)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.day.dateChanged.connect(self.changed)
        self._precision_changed()

    def _precision_changed(self) -> None:
        precision = self.precision.currentData()
        self.day.setVisible(precision is not None)
        formats = {DatePrecision.DAY: DAY_FORMAT, DatePrecision.MONTH: "MMMM yyyy"}
        self.day.setDisplayFormat(formats.get(precision, "yyyy"))
        self.changed.emit()

    def value(self) -> ApproxDate | None:
        precision = self.precision.currentData()
        if precision is None:
            return None
        day = to_date(self.day.date())
        if precision is DatePrecision.DAY:
            return ApproxDate.of(day)
        if precision is DatePrecision.MONTH:
            return ApproxDate(day.year, day.month)
        return ApproxDate(day.year)

    def set_value(self, value: ApproxDate | None) -> None:
        if value is None:
            self.precision.setCurrentIndex(0)
            return
        self.precision.setCurrentIndex(self.precision.findData(value.precision))
        self.day.setDate(_qdate(value.earliest()))

    def focus_widget(self) -> QWidget:
        return self.precision


class _Fields:
    """Field boxes of one part of the form, by field name, with their captions."""

    def __init__(self, owner: QWidget, layout: QFormLayout, changed: Signal) -> None:
        self._owner = owner
        self._layout = layout
        self._changed = changed
        self.boxes: dict[str, FieldWithError] = {}

    def add(self, name: str, editor: QWidget, caption: str | None = None) -> QWidget:
        box = FieldWithError(editor, self._owner)
        self.boxes[name] = box
        text = caption if caption is not None else field_label(name)
        self._layout.addRow(_caption(text, editor), box)
        for signal in ("currentIndexChanged", "toggled", "changed", "textChanged", "dateChanged"):
            if hasattr(editor, signal):
                getattr(editor, signal).connect(self._changed)
        return editor


def _form_layout(widget: QWidget) -> QFormLayout:
    form = QFormLayout(widget)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _line(max_length: int = 120, placeholder: str = "") -> QLineEdit:
    editor = QLineEdit()
    editor.setMaxLength(max_length)
    editor.setPlaceholderText(placeholder)
    return editor


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setWordWrap(True)
    hint.setProperty("role", "hint")
    return hint


class _NumberedPart(QFrame):
    """A numbered part of the form (a person, a referral): its title, its own Remove button
    (``remove_requested(self)``) and its fields."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "subtitle")
        top.addWidget(self.title, 1)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        top.addWidget(self.remove_button)
        self.outer.addLayout(top)
        self.body = QWidget()
        self.fields = _Fields(self, _form_layout(self.body), self.changed)
        self.outer.addWidget(self.body)

    def box(self, name: str) -> FieldWithError | None:
        return self.fields.boxes.get(name)

    def clear_errors(self) -> None:
        for box in self.fields.boxes.values():
            box.show_error("")


class PersonEditor(_NumberedPart):
    """One person involved. Name, NIK and phone sit in their own "private" box."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id = person.person_id
        self.remove_button.setText(self.tr("Remove this person"))
        outer = self.outer
        add = self.fields.add
        self.role = add("person.role", ChoiceBox(PersonRole, empty=self.tr("— choose —")))
        self.sex = add("person.sex", ChoiceBox(Sex, empty=self.tr("— choose —")))
        self.age_band = add("person.age_band", ChoiceBox(AgeBand, empty=self.tr("Not known")))
        self.under_18 = add("person.under_18", QCheckBox(self.tr("Yes, under 18 years old")))
        self.disability = add("person.disability", ChoiceBox(Answer, empty=self.tr("— choose —")))
        private = QGroupBox(self.tr("Personal data (private; optional)"))
        private_layout = QVBoxLayout(private)
        private_layout.addWidget(
            _hint(
                self.tr(
                    "Fill these in only when needed. They are kept apart, left out of searches, "
                    "and printed only when you choose so."
                )
            )
        )
        private_body = QWidget()
        self.private_fields = _Fields(self, _form_layout(private_body), self.changed)
        self.name = self.private_fields.add("person.name", _line())
        self.nik = self.private_fields.add(
            "person.nik", _line(24, self.tr("16 digits, as on the KTP"))
        )
        self.phone = self.private_fields.add("person.phone", _line(30, "0812-3456-7890"))
        private_layout.addWidget(private_body)
        outer.addWidget(private)
        self.age_band.currentIndexChanged.connect(self._age_changed)
        self.set_person(person)

    def _age_changed(self) -> None:
        band = self.age_band.value()
        if band is not None and band.is_child:
            self.under_18.setChecked(True)

    def set_number(self, number: int) -> None:
        self.title.setText(self.tr("Person {number}").format(number=number))

    def set_person(self, person: Person) -> None:
        self.role.set_value(person.role)
        self.sex.set_value(person.sex)
        self.age_band.set_value(person.age_band)
        self.under_18.setChecked(person.under_18)
        self.disability.set_value(person.disability)
        self.name.setText(person.identity.name)
        self.nik.setText(person.identity.nik)
        self.phone.setText(person.identity.phone)

    def person(self) -> Person:
        return Person(
            person_id=self.person_id,
            role=self.role.value(),
            sex=self.sex.value(),
            age_band=self.age_band.value(),
            under_18=self.under_18.isChecked(),
            disability=self.disability.value(),
            identity=PersonIdentity(self.name.text(), self.nik.text(), self.phone.text()),
        )

    def box(self, name: str) -> FieldWithError | None:
        return self.fields.boxes.get(name) or self.private_fields.boxes.get(name)

    def clear_errors(self) -> None:
        super().clear_errors()
        for box in self.private_fields.boxes.values():
            box.show_error("")


class ReferralEditor(_NumberedPart):
    def __init__(self, referral: Referral, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.referral_id = referral.referral_id
        self.remove_button.setText(self.tr("Remove this referral"))
        add = self.fields.add
        self.target = add("referral.target", ChoiceBox(ReferralTarget, empty=self.tr("— choose —")))
        self.referred_on = add("referral.referred_on", OptionalDay(self.tr("Date known")))
        self.reference = add("referral.reference", _line())
        self.outcome = add("referral.outcome", QPlainTextEdit())
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(self.outcome.fontMetrics().lineSpacing() * 3 + 16)
        self.set_referral(referral)

    def set_number(self, number: int) -> None:
        self.title.setText(self.tr("Referral {number}").format(number=number))

    def set_referral(self, referral: Referral) -> None:
        self.target.set_value(referral.target)
        self.referred_on.set_value(referral.referred_on)
        self.reference.setText(referral.reference)
        self.outcome.setPlainText(referral.outcome)

    def referral(self) -> Referral:
        return Referral(
            referral_id=self.referral_id,
            target=self.target.value(),
            referred_on=self.referred_on.value(),
            reference=self.reference.text(),
            outcome=self.outcome.toPlainText(),
        )


def _section(title: str) -> tuple[QFrame, QVBoxLayout]:
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(box)
    heading = QLabel(title)
    heading.setProperty("role", "subtitle")
    heading.setWordWrap(True)
    layout.addWidget(heading)
    return box, layout


class IncidentForm(QWidget):
    """All sections of a record, one under the other (the dialog puts them in a scroll area)."""

    changed = Signal()

    def __init__(self, countries: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countries = countries
        self._record_id = ""
        layout = QVBoxLayout(self)
        choose = self.tr("— choose —")

        box, inner = _section(self.tr("1. The report"))
        inner.addWidget(
            _hint(self.tr("Only the fields marked * are required. Fill in the rest if known."))
        )
        body = QWidget()
        report = _Fields(self, _form_layout(body), self.changed)
        self.report_type = report.add(
            "report_type",
            ChoiceBox(ReportType, empty=choose),
            self.tr("Type of report *"),
        )
        self.reported_on = report.add("reported_on", DayEdit(), self.tr("Date reported *"))
        self.reported_on.setMaximumDate(QDate.currentDate())
        self.happened = report.add("happened", ApproxDayEdit())
        self.source = report.add("source", ChoiceBox(InformationSource, empty=self.tr("Not known")))
        self.modus = report.add("modus", ChoiceBox(Modus, empty=choose), self.tr("Modus *"))
        self.summary = report.add(
            "summary",
            _line(200, self.tr("e.g. Offer of plantation work in Malaysia via Facebook")),
        )
        inner.addWidget(body)
        inner.addWidget(_hint(self.tr("Do not write victims' names in the summary.")))
        layout.addWidget(box)
        self.sections = [box]

        box, inner = _section(self.tr("2. Destination and journey"))
        body = QWidget()
        journey = _Fields(self, _form_layout(body), self.changed)
        self.country = journey.add("destination_country", CountryBox(countries))
        self.country.editTextChanged.connect(self.changed)
        self.city = journey.add("destination_city", _line())
        self.departure = journey.add(
            "departure_point", ChoiceBox(DeparturePoint, empty=self.tr("Not known"))
        )
        self.departure_detail = journey.add(
            "departure_detail", _line(120, self.tr("e.g. the name of the airport or harbour"))
        )
        self.checkpoint = journey.add(
            "official_checkpoint", ChoiceBox(Answer, empty=self.tr("— choose —"))
        )
        inner.addWidget(body)
        layout.addWidget(box)
        self.sections.append(box)

        box, inner = _section(self.tr("3. The recruiter"))
        body = QWidget()
        recruiter = _Fields(self, _form_layout(body), self.changed)
        self.recruiter_name = recruiter.add("recruiter_name", _line())
        self.recruiter_phone = recruiter.add("recruiter_phone", _line(30))
        self.company = recruiter.add("company", _line())
        self.licence = recruiter.add(
            "licence", ChoiceBox(LicenceStatus, empty=self.tr("— choose —"))
        )
        amount_hint = self.tr("e.g. 15000000 or 15 juta")
        self.money_asked = recruiter.add("money_asked", _line(30, amount_hint))
        self.debt = recruiter.add("debt", _line(30, amount_hint))
        self.promised_wage = recruiter.add(
            "promised_wage", _line(120, self.tr("e.g. RM 1.500 per month"))
        )
        checks = QWidget()
        grid = QGridLayout(checks)
        grid.setContentsMargins(0, 0, 0, 0)
        self.control: dict[ControlMeans, QCheckBox] = {}
        for n, means in enumerate(ControlMeans):
            check = QCheckBox(label(means))
            check.toggled.connect(self.changed)
            self.control[means] = check
            grid.addWidget(check, n // 2, n % 2)
        self.control_box = FieldWithError(checks, self)
        recruiter.boxes["control"] = self.control_box
        inner.addWidget(body)
        caption = QLabel(field_label("control"))
        inner.addWidget(caption)
        inner.addWidget(self.control_box)
        layout.addWidget(box)
        self.sections.append(box)
        self._boxes = {**report.boxes, **journey.boxes, **recruiter.boxes}

        box, inner = _section(self.tr("4. People involved"))
        inner.addWidget(
            _hint(
                self.tr(
                    "Add the people this report is about: a (potential) victim, family, "
                    "witnesses. Names, NIK and phone numbers are optional."
                )
            )
        )
        self.people_layout = QVBoxLayout()
        inner.addLayout(self.people_layout)
        self.add_person_button = QPushButton(self.tr("Add a &person"))
        self.add_person_button.clicked.connect(lambda: self.add_person(Person(), focus=True))
        inner.addWidget(self.add_person_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        self.sections.append(box)
        self.people: list[PersonEditor] = []

        box, inner = _section(self.tr("5. Permission to record personal data"))
        inner.addWidget(
            _hint(
                self.tr(
                    "Personal data may only be recorded on a legal basis (UU 27/2022 on "
                    "Personal Data Protection, Pasal 20). A child's data needs the consent of a "
                    "parent or guardian (Pasal 25), or another legal basis."
                )
            )
        )
        body = QWidget()
        consent = _Fields(self, _form_layout(body), self.changed)
        self.legal_basis = consent.add(
            "legal_basis", ChoiceBox(LegalBasis, empty=self.tr("— choose —"))
        )
        self.consent_given = consent.add(
            "consent_given", QCheckBox(self.tr("The person concerned has agreed"))
        )
        self.guardian_consent = consent.add(
            "guardian_consent", QCheckBox(self.tr("The parent or guardian has agreed"))
        )
        self.consent_date = consent.add("consent_date", OptionalDay(self.tr("Date known")))
        inner.addWidget(body)
        layout.addWidget(box)
        self.sections.append(box)
        self._boxes.update(consent.boxes)

        box, inner = _section(self.tr("6. Referrals"))
        inner.addWidget(
            _hint(
                self.tr(
                    "Where the case was handed on: the police, the immigration office, BP3MI, "
                    "UPTD PPA and others, with their reference number if they gave one."
                )
            )
        )
        self.referrals_layout = QVBoxLayout()
        inner.addLayout(self.referrals_layout)
        self.add_referral_button = QPushButton(self.tr("Add a &referral"))
        self.add_referral_button.clicked.connect(self._add_referral_clicked)
        inner.addWidget(self.add_referral_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(box)
        self.sections.append(box)
        self.referrals: list[ReferralEditor] = []

        box, inner = _section(self.tr("7. Status and notes"))
        body = QWidget()
        closing = _Fields(self, _form_layout(body), self.changed)
        self.status = closing.add("status", ChoiceBox(Status, empty=None))
        self.notes = closing.add("notes", QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(self.notes.fontMetrics().lineSpacing() * 5 + 16)
        inner.addWidget(body)
        layout.addWidget(box)
        self.sections.append(box)
        self._boxes.update(closing.boxes)
        layout.addStretch(1)

    # -- people and referrals ---------------------------------------------------------------

    def add_person(self, person: Person, *, focus: bool = False) -> PersonEditor:
        editor = PersonEditor(person, self)
        editor.changed.connect(self.changed)
        editor.remove_requested.connect(self._remove_person)
        self.people.append(editor)
        self.people_layout.addWidget(editor)
        editor.set_number(len(self.people))
        if focus:
            editor.role.setFocus()
        self.changed.emit()
        return editor

    def _remove_person(self, editor: PersonEditor) -> None:
        # Asked for by the editor's own button: deleted once that signal is over (lifetime).
        self.people.remove(editor)
        self.people_layout.removeWidget(editor)
        retire(editor)
        for n, item in enumerate(self.people, start=1):
            item.set_number(n)
        self.changed.emit()

    def _add_referral_clicked(self) -> None:
        editor = self.add_referral(Referral())
        editor.target.setFocus()
        if self.status.value() is Status.NEW:
            self.status.set_value(Status.REFERRED)

    def add_referral(self, referral: Referral) -> ReferralEditor:
        editor = ReferralEditor(referral, self)
        editor.changed.connect(self.changed)
        editor.remove_requested.connect(self._remove_referral)
        self.referrals.append(editor)
        self.referrals_layout.addWidget(editor)
        editor.set_number(len(self.referrals))
        self.changed.emit()
        return editor

    def _remove_referral(self, editor: ReferralEditor) -> None:
        self.referrals.remove(editor)
        self.referrals_layout.removeWidget(editor)
        retire(editor)
        for n, item in enumerate(self.referrals, start=1):
            item.set_number(n)
        self.changed.emit()

    # -- to and from a record ---------------------------------------------------------------

    def set_incident(self, incident: Incident) -> None:
        blocker = QSignalBlocker(self)
        self._record_id = incident.record_id
        self.report_type.set_value(incident.report_type)
        self.reported_on.setDate(_qdate(incident.reported_on or date.today()))
        self.happened.set_value(incident.happened)
        self.source.set_value(incident.source)
        self.modus.set_value(incident.modus)
        self.summary.setText(incident.summary)
        self.country.set_code(incident.destination_country)
        self.city.setText(incident.destination_city)
        self.departure.set_value(incident.departure_point)
        self.departure_detail.setText(incident.departure_detail)
        self.checkpoint.set_value(incident.official_checkpoint)
        self.recruiter_name.setText(incident.recruiter_name)
        self.recruiter_phone.setText(incident.recruiter_phone)
        self.company.setText(incident.company)
        self.licence.set_value(incident.licence)
        self.money_asked.setText(_amount_text(incident.money_asked))
        self.debt.setText(_amount_text(incident.debt))
        self.promised_wage.setText(incident.promised_wage)
        for means, check in self.control.items():
            check.setChecked(means in incident.control)
        for editor in [*self.people, *self.referrals]:
            editor.setParent(None)
            editor.deleteLater()
        self.people, self.referrals = [], []
        for person in incident.people:
            self.add_person(person)
        for referral in incident.referrals:
            self.add_referral(referral)
        self.legal_basis.set_value(incident.legal_basis)
        self.consent_given.setChecked(incident.consent_given)
        self.guardian_consent.setChecked(incident.guardian_consent)
        self.consent_date.set_value(incident.consent_date)
        self.status.set_value(incident.status)
        self.notes.setPlainText(incident.notes)
        del blocker

    def incident(self) -> tuple[Incident, list[FieldError]]:
        """The record as filled in, and the problems found while reading it (amounts,
        country). The record's own rules are checked by ``check_incident``."""
        errors: list[FieldError] = []

        def amount(name: str, editor: QLineEdit) -> int | None:
            try:
                return parse_amount(name, editor.text())
            except FieldError as exc:
                errors.append(exc)
                return None

        country = self.country.code()
        if country.startswith("?"):
            errors.append(FieldError("destination_country", "country", country[1:]))
            country = ""
        incident = Incident(
            record_id=self._record_id or Incident().record_id,
            report_type=self.report_type.value(),
            reported_on=to_date(self.reported_on.date()),
            happened=self.happened.value(),
            source=self.source.value(),
            modus=self.modus.value(),
            summary=self.summary.text(),
            destination_country=country,
            destination_city=self.city.text(),
            departure_point=self.departure.value(),
            departure_detail=self.departure_detail.text(),
            official_checkpoint=self.checkpoint.value(),
            recruiter_name=self.recruiter_name.text(),
            recruiter_phone=self.recruiter_phone.text(),
            company=self.company.text(),
            licence=self.licence.value(),
            money_asked=amount("money_asked", self.money_asked),
            debt=amount("debt", self.debt),
            promised_wage=self.promised_wage.text(),
            control=frozenset(m for m, check in self.control.items() if check.isChecked()),
            people=tuple(editor.person() for editor in self.people),
            legal_basis=self.legal_basis.value(),
            consent_given=self.consent_given.isChecked(),
            guardian_consent=self.guardian_consent.isChecked(),
            consent_date=self.consent_date.value(),
            referrals=tuple(editor.referral() for editor in self.referrals),
            status=self.status.value() or Status.NEW,
            notes=self.notes.toPlainText(),
        )
        self._record_id = incident.record_id
        return incident, errors

    def snapshot(self) -> dict[str, Any]:
        """Everything typed, for the draft store (also what was typed but is not valid)."""
        incident, _ = self.incident()
        return {
            "incident": to_payload(incident),
            "texts": {
                "money_asked": self.money_asked.text(),
                "debt": self.debt.text(),
                "destination_country": self.country.currentText(),
            },
        }

    def restore(self, snapshot: dict[str, Any]) -> None:
        self.set_incident(from_payload(snapshot["incident"]))
        texts = snapshot.get("texts", {})
        blocker = QSignalBlocker(self)
        self.money_asked.setText(texts.get("money_asked", self.money_asked.text()))
        self.debt.setText(texts.get("debt", self.debt.text()))
        self.country.setEditText(texts.get("destination_country", self.country.currentText()))
        del blocker

    # -- errors -----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for box in self._boxes.values():
            box.show_error("")
        for editor in [*self.people, *self.referrals]:
            editor.clear_errors()

    def box_for(self, field: str) -> FieldWithError | None:
        match = re.fullmatch(r"(people|referrals)\.(\d+)\.(\w+)", field)
        if match:
            kind, number, name = match.groups()
            items = self.people if kind == "people" else self.referrals
            n = int(number)
            if n >= len(items):
                return None
            prefix = "person" if kind == "people" else "referral"
            return items[n].box(f"{prefix}.{name}")
        return self._boxes.get(field)

    def show_errors(self, errors: list[FieldError]) -> QWidget | None:
        """Show every message at its field; returns the widget to give focus to."""
        self.clear_errors()
        first: QWidget | None = None
        for error in errors:
            box = self.box_for(error.field)
            if box is None:
                continue
            box.show_error(incident_field_message(error))
            first = first or box.focus_target()
        return first


def _amount_text(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")
