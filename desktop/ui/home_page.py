"""Beranda, the village head's desk: the four daily actions as large buttons, what needs doing
(desktop/ui/desk.py: open incidents, this month's checks, the data's backup), and the village
with its contacts in a few lines.

The items' data is read on a worker thread each time the page is shown: the window never waits
for it, however many records the village has (tests/benchmarks/bench_desk.py). The page says
where the user wants to go through its signals; the composition root takes the window there
(desk_routes.py).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import SiagaError
from desktop.domain.profile import ContactRole, VillageProfile
from desktop.storage.db import thread_connection
from desktop.storage.installation import Installation
from desktop.ui.contact_titles import contact_title
from desktop.ui.desk import BackupItem, ChecksItem, Fed, OpenIncidentsItem, desk_style
from desktop.ui.screen import VerticalScroll
from desktop.ui.tasks import run_in_background

log = logging.getLogger(__name__)

ACTION_LINES = 2.2  # the height of the four large buttons, in lines of text


def _labelled(label: str, text: str) -> str:
    return f"<b>{html.escape(label)}</b> {html.escape(text)}"


class HomePage(QWidget):
    edit_profile = Signal()
    new_check = Signal()
    new_incident = Signal()
    print_leaflets = Signal()
    send_to_office = Signal()
    open_incidents = Signal()
    open_record = Signal(str)  # a record's id
    open_checks = Signal()
    open_backups = Signal()
    refreshed = Signal()  # the items show the data just read

    def __init__(
        self,
        installation: Installation,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Home"))
        self.setStyleSheet(desk_style())
        body = QWidget()
        layout = QVBoxLayout(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # At Normal everything fits. At Sangat besar a busy desk (the office's items too, or
        # many contacts with long names) can be taller than the window: what needs doing
        # comes first and stays in sight, the village's details at its foot may need scrolling.
        outer.addWidget(VerticalScroll(body))
        top = QHBoxLayout()
        names = QVBoxLayout()
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        names.addWidget(self.title)
        self.place = QLabel()
        self.place.setWordWrap(True)
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        names.addWidget(self.place)
        names.addStretch(1)
        top.addLayout(names, 3)
        # Two by two beside the village's name: in one row they would take a line of their
        # own, which Sangat besar cannot spare.
        actions = QGridLayout()
        self.actions: dict[str, QPushButton] = {}
        for n, (key, text, signal) in enumerate(
            (
                ("check", self.tr("New job-offer chec&k"), self.new_check),
                ("incident", self.tr("New &incident record"), self.new_incident),
                ("leaflet", self.tr("&Print leaflets"), self.print_leaflets),
                ("send", self.tr("&Send to the office"), self.send_to_office),
            )
        ):
            button = QPushButton(text)
            button.setProperty("role", "deskAction")
            button.clicked.connect(signal)
            actions.addWidget(button, n // 2, n % 2)
            self.actions[key] = button
        top.addLayout(actions, 2)
        layout.addLayout(top)
        self._size_actions()

        heading = QLabel(self.tr("What needs doing"))
        heading.setProperty("role", "deskHeading")
        layout.addWidget(heading)
        self.incidents = OpenIncidentsItem()
        self.incidents.button.clicked.connect(self.open_incidents)
        self.incidents.open_record.connect(self.open_record)
        self.checks = ChecksItem(today)
        self.checks.button.clicked.connect(self.open_checks)
        self.backup = BackupItem(installation)
        self.backup.button.clicked.connect(self.open_backups)
        self.items: list[Fed] = [self.incidents, self.checks]
        self._items_layout = QVBoxLayout()
        self._items_layout.setContentsMargins(0, 0, 0, 0)
        for item in (self.incidents, self.checks, self.backup):
            self._items_layout.addWidget(item)
        layout.addLayout(self._items_layout)

        village = QHBoxLayout()
        self.village = QLabel()
        self.village.setWordWrap(True)
        self.village.setTextFormat(Qt.TextFormat.RichText)
        self.village.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        village.addWidget(self.village, 1)
        edit = QPushButton(self.tr("&Change village details"))
        edit.clicked.connect(self.edit_profile)
        village.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(village)
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.contacts.setTextFormat(Qt.TextFormat.RichText)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.contacts)
        layout.addStretch(1)
        self.loading = False  # its items' data is being read
        self._again = False  # and something asked for it to be read again meanwhile

    def _size_actions(self) -> None:
        """The four actions two lines of text tall, whatever the text size."""
        height = round(QFontMetrics(self.font()).lineSpacing() * ACTION_LINES)
        for button in self.actions.values():
            button.setMinimumHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_actions()

    # --- the village ----------------------------------------------------------------------

    def show_profile(self, profile: VillageProfile) -> None:
        kind = self.tr("Kelurahan") if profile.is_kelurahan else self.tr("Desa")
        head = self.tr("Lurah") if profile.is_kelurahan else self.tr("Kepala desa")
        self.title.setText(f"{kind} {profile.village_name}")
        self.place.setText(
            self.tr("District {district}, {regency}, {province}").format(
                district=profile.district_name,
                regency=profile.regency_name,
                province=profile.province_name,
            )
            + f" · {head}: {profile.head_name}"
        )
        office = " · ".join(p for p in (profile.office_phone, profile.office_address) if p)
        self.village.setText(
            _labelled(self.tr("Village office:"), office or self.tr("no phone or address yet."))
        )
        known = [
            f"{contact_title(role)}: {c.name} {c.phone}".strip()
            for role in ContactRole
            if not (c := profile.contact(role)).is_empty
        ]
        self.contacts.setText(
            _labelled(
                self.tr("Local contacts:"),
                " · ".join(known) or self.tr("none yet. Add them with “Change village details”."),
            )
        )
        self.refresh_backup_status()

    def refresh_backup_status(self) -> None:
        self.backup.refresh()

    # --- what needs doing -----------------------------------------------------------------

    def add_item(self, item: Fed, *, after: QWidget | None = None) -> None:
        """An item that comes later (what reaches the office, read once the window is up: its
        modules are not needed for the first window), shown from the next refresh on."""
        index = self._items_layout.indexOf(after) + 1 if after is not None else 0
        self._items_layout.insertWidget(index, item)  # type: ignore[arg-type]
        self.items.append(item)
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Each time the page comes into view: what was done elsewhere shows here."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read every item's data on a worker thread, then show it (``refreshed``). Asked
        while a read is under way, it reads again once that one is shown."""
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._again = False
        items = list(self.items)
        loads = [item.load for item in items]

        def work() -> list[Any]:
            with thread_connection():
                return [load() for load in loads]

        run_in_background(
            work, on_done=lambda results: self._loaded(items, results), on_error=self._not_loaded
        )

    def _loaded(self, items: list[Fed], results: list[Any]) -> None:
        if not shiboken6.isValid(self):
            return  # the window went (a restart) while the data was read
        self.loading = False
        for item, data in zip(items, results, strict=True):
            item.show_data(data)
        self.refreshed.emit()
        if self._again and self.isVisible():
            self.refresh()

    def _not_loaded(self, exc: BaseException) -> None:
        """The data could not be read now: the items stay as they were. Damage or a failing
        disk is told by the window's start-up check, which reads the same data."""
        if not isinstance(exc, SiagaError):
            raise exc
        log.warning("Beranda not refreshed: %s", type(exc).__name__)
        if shiboken6.isValid(self):
            self.loading = False
