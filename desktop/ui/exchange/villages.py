"""Desa (office): the villages waiting for their key to be confirmed, and the villages known.

A village's first export, and an export signed by a key other than its registered one, wait
here (still encrypted) until an officer has compared the key's fingerprint with the village:
read over the telephone, or from the registration sheet the village printed. Several can be
ticked and confirmed (or refused) in one sitting; the exports held under each are imported
then. Below, every village known: its code (and the codes it had before), its last export and
whether its last export showed that it went back to a backup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.area import is_kelurahan
from desktop.domain.exchange import FileResult
from desktop.exchange.merge import AreaChain, accept_held
from desktop.exchange.protection import held_villages
from desktop.storage import exchange_keys, office_imports
from desktop.storage.db import thread_connection
from desktop.storage.exchange_keys import HeldVillage
from desktop.storage.office_imports import VillageEntry
from desktop.ui.exchange.wording import exchange_error, reject_text
from desktop.ui.formatting import format_local, format_local_day
from desktop.ui.messages import ask, inform
from desktop.ui.screen import VerticalScroll
from desktop.ui.table_columns import FittedColumns
from desktop.ui.tasks import run_in_background

HeldRole = Qt.ItemDataRole.UserRole.value + 1


class VillagesPage(QWidget):
    imported = Signal()  # held exports were imported: the register and the import log change

    def __init__(self, areas: AreaChain, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._areas = areas
        self._held: list[HeldVillage] = []
        self.setWindowTitle(self.tr("Villages"))
        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel(self.windowTitle())
        title.setProperty("role", "title")
        layout.addWidget(title)
        layout.addWidget(self._build_held())
        layout.addWidget(self._build_known())
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScroll(body))
        self.refresh()

    # --- waiting for confirmation ---------------------------------------------------------

    def _build_held(self) -> QGroupBox:
        box = QGroupBox(self.tr("Waiting for you to confirm their key"))
        layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "A village's first export, and an export signed with another key than the "
                "village's registered one, wait here unread. Telephone the village (or take "
                "its registration sheet) and compare the fingerprint digit by digit. Tick the "
                "villages whose fingerprint matches, then accept them together; refuse one "
                "that does not match."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.held_table = QTableWidget(0, 3)
        self.held_table.setHorizontalHeaderLabels(
            [self.tr("Village"), self.tr("Key fingerprint"), self.tr("Held")]
        )
        self.held_table.setAccessibleName(self.tr("Villages waiting for confirmation"))
        # The village and why it waits wrap; the fingerprint is never left out.
        _settle_table(self.held_table, {1: 30, 2: 18}, 0, [2])
        layout.addWidget(self.held_table)
        self.nothing_held = QLabel(self.tr("No village is waiting for confirmation."))
        self.nothing_held.setProperty("role", "hint")
        layout.addWidget(self.nothing_held)
        row = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept the ticked villages…"))
        self.accept_button.clicked.connect(self.accept_ticked)
        self.refuse_button = QPushButton(self.tr("&Refuse the ticked villages…"))
        self.refuse_button.clicked.connect(self.refuse_ticked)
        row.addWidget(self.accept_button)
        row.addWidget(self.refuse_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.held_status = QLabel()
        self.held_status.setWordWrap(True)
        layout.addWidget(self.held_status)
        return box

    def _village_words(self, code: str) -> str:
        chain = self._areas(code)
        if len(chain) != 4:
            return self.tr("{code} (not in the official list)").format(code=code)
        kind = self.tr("Kelurahan") if is_kelurahan(code) else self.tr("Desa")
        return self.tr("{kind} {name}, Kec. {district} ({code})").format(
            kind=kind, name=chain[3].name, district=chain[2].name, code=code
        )

    def _fill_held(self) -> None:
        self._held = held_villages()
        table = self.held_table
        table.setRowCount(len(self._held))
        for row, held in enumerate(self._held):
            why = (
                self.tr("First export: its key is not registered yet")
                if held.first_contact
                else self.tr("Signed with another key than the registered one")
            )
            count = self.tr("{count} exports since {when}").format(
                count=held.exports, when=format_local_day(held.first_received)
            )
            cells = [f"{self._village_words(held.village_code)}\n{why}", held.fingerprint, count]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == 0:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    item.setData(HeldRole, row)
                table.setItem(row, column, item)
        _fit_rows(table)
        has = bool(self._held)
        table.setVisible(has)
        self.nothing_held.setVisible(not has)
        self.accept_button.setEnabled(has)
        self.refuse_button.setEnabled(has)

    def ticked(self) -> list[HeldVillage]:
        return [
            self._held[row]
            for row in range(self.held_table.rowCount())
            if self.held_table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def tick(self, village_code: str) -> None:
        """Tick a village (as a user does)."""
        for row, held in enumerate(self._held):
            if held.village_code == village_code:
                self.held_table.item(row, 0).setCheckState(Qt.CheckState.Checked)

    def _listed(self, chosen: list[HeldVillage]) -> str:
        return "\n".join(
            f"• {self._village_words(h.village_code)}: {h.fingerprint}" for h in chosen
        )

    @Slot()
    def accept_ticked(self) -> None:
        chosen = self.ticked()
        if not chosen:
            self.held_status.setText(self.tr("Tick the villages to accept first."))
            return
        if not ask(
            self,
            self.tr("Accept these keys?"),
            self.tr(
                "Accept only the villages whose fingerprint you compared with the village, "
                "digit by digit, and found the same:\n{villages}\n\nFrom then on this office "
                "takes exports from each village only when they are signed with this key. "
                "The exports waiting are imported now."
            ).format(villages=self._listed(chosen)),
            self.tr("Accept and import"),
        ):
            return
        self._busy(True)
        self.held_status.setText(self.tr("Importing the exports held… you can keep working."))
        areas = self._areas

        def work() -> list[FileResult]:
            with thread_connection():
                results: list[FileResult] = []
                for held in chosen:
                    results += accept_held(held.village_code, held.public_key, areas=areas)
                return results

        run_in_background(
            work,
            on_done=lambda results: self._accepted(len(chosen), results),
            on_error=self._failed,
        )

    def _accepted(self, villages: int, results: list[FileResult]) -> None:
        done = sum(1 for r in results if r.ok)
        text = self.tr(
            "{villages} villages accepted; {done} of {count} exports held were imported."
        ).format(villages=villages, done=done, count=len(results))
        for result in results:
            if result.rejected is not None:
                text += "\n" + self.tr("{file}: refused. {reason}").format(
                    file=result.name, reason=reject_text(result.rejected)
                )
        self.held_status.setText(text)
        self._busy(False)
        self.refresh()
        self.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.refresh()
        self.held_status.setText("")
        inform(self, self.tr("Villages"), exchange_error(exc), warning=True)

    def _busy(self, busy: bool) -> None:
        self.accept_button.setEnabled(not busy)
        self.refuse_button.setEnabled(not busy)

    @Slot()
    def refuse_ticked(self) -> None:
        chosen = self.ticked()
        if not chosen:
            self.held_status.setText(self.tr("Tick the villages to refuse first."))
            return
        if not ask(
            self,
            self.tr("Refuse these keys?"),
            self.tr(
                "The exports waiting under these keys are removed without being read:\n"
                "{villages}\n\nRefuse a key when its fingerprint is not the one the village "
                "read to you. The village's registered key, if it has one, stays as it is."
            ).format(villages=self._listed(chosen)),
            self.tr("Refuse"),
        ):
            return
        removed = sum(exchange_keys.refuse_held(h.village_code, h.public_key) for h in chosen)
        self.held_status.setText(
            self.tr("{villages} villages refused; {count} exports removed unread.").format(
                villages=len(chosen), count=removed
            )
        )
        self.refresh()

    # --- villages known -------------------------------------------------------------------

    def _build_known(self) -> QGroupBox:
        box = QGroupBox(self.tr("Villages that have sent exports"))
        layout = QVBoxLayout(box)
        self.known_table = QTableWidget(0, 4)
        self.known_table.setHorizontalHeaderLabels(
            [self.tr("Village"), self.tr("Last export"), self.tr("Records"), self.tr("Notes")]
        )
        self.known_table.setAccessibleName(self.tr("Villages that have sent exports"))
        _settle_table(self.known_table, {0: 30, 1: 24, 2: 8}, 3, [2, 1])
        layout.addWidget(self.known_table)
        self.nothing_known = QLabel(self.tr("No village has sent an export yet."))
        self.nothing_known.setProperty("role", "hint")
        layout.addWidget(self.nothing_known)
        return box

    def _notes(self, village: VillageEntry) -> str:
        notes = []
        if village.past_codes:
            notes.append(
                self.tr("Area code before: {codes}.").format(codes=", ".join(village.past_codes))
            )
        if village.restored_at is not None:
            notes.append(
                self.tr(
                    "Went back to a backup (export imported {when}): {missing} changes the "
                    "office already had are missing from it, {branches} records start again "
                    "from an older version. The register shows the records as the village "
                    "holds them now; the changes it left behind are kept there as conflicts. "
                    "Telephone the village."
                ).format(
                    when=format_local(village.restored_at),
                    missing=village.restored_missing,
                    branches=village.restored_branches,
                )
            )
        if not village.fingerprint:
            notes.append(self.tr("No confirmed key yet."))
        return " ".join(notes)

    def _fill_known(self) -> None:
        villages = office_imports.villages()
        records = office_imports.records_per_village()
        table = self.known_table
        table.setRowCount(len(villages))
        for row, village in enumerate(villages):
            kind = self.tr("Kelurahan") if village.kelurahan else self.tr("Desa")
            last = (
                self.tr("No. {number}, made {when}").format(
                    number=village.last_sequence, when=format_local(village.last_export_at)
                )
                if village.last_export_at
                else ""
            )
            cells = [
                self.tr("{kind} {name}, Kec. {district} ({code})").format(
                    kind=kind, name=village.name, district=village.district_name, code=village.code
                ),
                last,
                str(records.get(village.code, 0)),
                self._notes(village),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        _fit_rows(table)
        table.setVisible(bool(villages))
        self.nothing_known.setVisible(not villages)

    @Slot()
    def refresh(self) -> None:
        self._fill_held()
        self._fill_known()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()


def _settle_table(
    table: QTableWidget, chars: dict[int, int], fill: int, left_out_first: list[int]
) -> None:
    """Columns fitted to the table's width (never sideways), rows as tall as their wrapped
    text whenever the columns change."""
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    FittedColumns(table, chars, fill, left_out_first)
    rows = QTimer(table)
    rows.setSingleShot(True)
    rows.setInterval(0)
    rows.timeout.connect(lambda: _fit_rows(table))
    table.horizontalHeader().sectionResized.connect(lambda *_: rows.start())


def _fit_rows(table: QTableWidget) -> None:
    """Rows as tall as their wrapped text, and the table as tall as its rows: the page
    scrolls as a whole, never a short table inside it."""
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    height = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2
    table.setFixedHeight(max(height, table.fontMetrics().height() * 4))
