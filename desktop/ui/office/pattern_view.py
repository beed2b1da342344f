"""One pattern across villages: where it was seen (each village with its records and checks,
first and last seen) and the records and checks behind it, newest first, each opened in its
own view. From here the office drafts a warning to its villages (the next content pack)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.content_pack import PatternSeen, PlaceSeen, RecruiterWarning, SubjectKind
from desktop.domain.patterns import Pattern, PatternKind, PatternSource
from desktop.storage import patterns as pattern_store
from desktop.ui.formatting import format_date
from desktop.ui.incidents.values import format_day
from desktop.ui.office.patterns_page import kind_words
from desktop.ui.screen import fit_to_screen
from desktop.ui.table_columns import FittedColumns

SHOWN_SIGHTINGS = 200
_ID = Qt.ItemDataRole.UserRole + 1
_SUBJECTS = {
    PatternKind.PHONE: SubjectKind.PHONE,
    PatternKind.COMPANY: SubjectKind.COMPANY,
    PatternKind.RECRUITER: SubjectKind.NAME,
}


def _table(headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)


class PatternView(QDialog):
    record_requested = Signal(str)  # a record id
    check_requested = Signal(str)  # a check's record id

    def __init__(self, pattern: Pattern, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = pattern
        self.setWindowTitle(self.tr("Seen in {count} villages").format(count=pattern.villages))
        layout = QVBoxLayout(self)
        heading = QLabel(f"{kind_words(pattern.kind)}: {pattern.shown}")
        heading.setProperty("role", "subtitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        summary = QLabel(
            self.tr(
                "Seen in {villages} villages and kelurahan: {records} records and {checks} "
                "checks, from {first} to {last}."
            ).format(
                villages=pattern.villages,
                records=pattern.records,
                checks=pattern.checks,
                first=format_date(pattern.first_seen),
                last=format_date(pattern.last_seen),
            )
        )
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        self.villages = _table(
            [
                self.tr("Village"),
                self.tr("Kecamatan"),
                self.tr("Records"),
                self.tr("Checks"),
                self.tr("First seen"),
                self.tr("Last seen"),
            ]
        )
        villages = pattern_store.villages_of(pattern)
        _fill(
            self.villages,
            [
                [
                    v.name or v.code,
                    v.district_name,
                    str(v.records),
                    str(v.checks),
                    format_date(v.first_seen),
                    format_date(v.last_seen),
                ]
                for v in villages
            ],
        )
        self.village_columns = FittedColumns(
            self.villages, {1: 16, 2: 8, 3: 6, 4: 21, 5: 21}, 0, (4, 1)
        )
        self.tabs.addTab(self.villages, self.tr("Villages"))

        behind = QWidget()
        behind_layout = QVBoxLayout(behind)
        total, seen = pattern_store.sightings(pattern.kind, pattern.key, limit=SHOWN_SIGHTINGS)
        note = (
            self.tr("All {count}, newest first. Double-click one to open it.").format(count=total)
            if total <= SHOWN_SIGHTINGS
            else self.tr(
                "The newest {shown} of {count}. Double-click one to open it; the register's search "
                "finds the others among the records."
            ).format(shown=len(seen), count=total)
        )
        note_label = QLabel(note)
        note_label.setWordWrap(True)
        behind_layout.addWidget(note_label)
        self.sightings = _table(
            [self.tr("What"), self.tr("Date"), self.tr("Village"), self.tr("No."), self.tr("About")]
        )
        places = {v.code: v.name for v in villages}
        _fill(
            self.sightings,
            [
                [
                    self.tr("Record") if s.source is PatternSource.RECORD else self.tr("Check"),
                    format_day(s.seen_on),
                    places.get(s.village_code, s.village_code),
                    str(s.number) if s.number else "",
                    s.text,
                ]
                for s in seen
            ],
        )
        for row, s in enumerate(seen):
            self.sightings.item(row, 0).setData(_ID, (s.source, s.record_id))
        self.sighting_columns = FittedColumns(self.sightings, {0: 9, 1: 21, 2: 16, 3: 6}, 4, (3, 2))
        self.sightings.activated.connect(lambda index: self.open_row(index.row()))
        behind_layout.addWidget(self.sightings, 1)
        self.tabs.addTab(behind, self.tr("Records and checks ({count})").format(count=total))

        self._places = tuple(PlaceSeen(v.code, v.name or v.code) for v in villages)
        buttons = QDialogButtonBox()
        self.warn_button = buttons.addButton(
            self.tr("&Warn the villages…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.warn_button.setToolTip(
            self.tr(
                "Write a warning about this for the villages; it goes with the next content "
                "pack (For the villages)."
            )
        )
        self.warn_button.clicked.connect(self.draft_warning)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 110, 30)

    def seen(self) -> PatternSeen:
        """This pattern as a warning is drafted from it."""
        return PatternSeen(
            _SUBJECTS[self.pattern.kind],
            self.pattern.shown,
            self._places,
            self.pattern.first_seen,
            self.pattern.last_seen,
        )

    def draft_warning(self) -> RecruiterWarning | None:
        """The warning composer, filled in from this pattern; kept for the next pack when
        saved."""
        from desktop.ui.packs.warning_composer import draft_warning

        return draft_warning(self, self.seen())

    def open_row(self, row: int) -> None:
        item = self.sightings.item(row, 0)
        if item is None:
            return
        source, record_id = item.data(_ID)
        if source is PatternSource.RECORD:
            self.record_requested.emit(record_id)
        else:
            self.check_requested.emit(record_id)
