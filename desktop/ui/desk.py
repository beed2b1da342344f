"""The things Beranda says need doing, one item each: a sentence in plain words with a coloured
mark (the words carry the meaning; the colour only repeats it) and a button that goes there.

Each item is fed by one function (``load``) that reads the data; Beranda runs every item's
``load`` together on a worker thread and hands each result to its item's ``show_data`` on the
GUI thread. (The backup's item reads a folder listing when the backup is done.) An item with
nothing to do says so in words too ("no incident is open").
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from desktop.storage import assessments, incidents
from desktop.storage.assessments import CheckCount
from desktop.storage.incidents import IncidentRow, OpenIncidents
from desktop.storage.installation import Installation
from desktop.ui.formatting import format_date, format_datetime, format_month

NEWEST_SHOWN = 3  # open incidents listed by name on Beranda


class Mark(Enum):
    """What an item's colour repeats (its sentence says it in words)."""

    TO_DO = "todo"  # something waits for the village head
    DONE = "done"  # nothing waits
    NOTE = "note"  # worth knowing, nothing to do


def desk_style() -> str:
    """The coloured mark at each item's left edge and the four large buttons, in the text's
    own units so that they grow with the text size."""
    return """
    QFrame#deskMark { min-width: 0.35em; max-width: 0.35em; }
    QFrame#deskMark[mark="todo"] { background: #b45f06; }
    QFrame#deskMark[mark="done"] { background: #38761d; }
    QFrame#deskMark[mark="note"] { background: #0b5394; }
    QPushButton[role="deskAction"] { font-weight: bold; padding: 0.3em 0.4em; }
    QLabel[role="deskHeading"] { font-weight: bold; }
    """


class DeskItem(QFrame):
    """A mark, a sentence with its button beside it, and optional lines below both."""

    def __init__(self, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        self.mark = QFrame()
        self.mark.setObjectName("deskMark")
        grid.addWidget(self.mark, 0, 0, 2, 1)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(self.sentence, 0, 1)
        self.button = QPushButton(button_text)
        grid.addWidget(self.button, 0, 2, Qt.AlignmentFlag.AlignTop)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.details.hide()
        grid.addWidget(self.details, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.hide()  # until its data has been read

    def set_state(self, mark: Mark, sentence: str, details: str = "") -> None:
        """``sentence`` and ``details`` are rich text: escape what the user typed."""
        self.mark.setProperty("mark", mark.value)
        self.mark.style().unpolish(self.mark)
        self.mark.style().polish(self.mark)
        self.sentence.setText(sentence)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        self.show()


class Fed(Protocol):
    """What Beranda asks of each item: ``load()`` reads its data (on a worker thread: storage
    only, no widget), ``show_data(data)`` puts it on screen (on the GUI thread)."""

    def load(self) -> Any: ...

    def show_data(self, data: Any) -> None: ...


class OpenIncidentsItem(DeskItem):
    """Catatan Kejadian: the records still being handled, the newest of them by number, date
    and summary (each a link that opens it), a line each: a summary longer than the line ends
    in "…" (the record shows all of it)."""

    open_record = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open the incident &log"), parent)
        self.details.linkActivated.connect(self.open_record)
        self.details.installEventFilter(self)
        self._newest: list[IncidentRow] = []

    @staticmethod
    def load() -> OpenIncidents:
        return incidents.open_incidents(NEWEST_SHOWN)

    def show_data(self, data: OpenIncidents) -> None:
        self._newest = data.newest
        if not data.total:
            self.set_state(
                Mark.DONE, self.tr("No incident is open: every record is done or closed.")
            )
            return
        sentence = self.tr("<b>Incidents still open: {count}.</b> Newest:").format(count=data.total)
        self.set_state(Mark.TO_DO, sentence, self._lines())

    def _lines(self) -> str:
        metrics = QFontMetrics(self.details.font())
        width = self.details.width()  # before it is laid out: shortened again once it is
        lines = []
        for row in self._newest:
            link = self.tr("No. {number}").format(number=row.number)
            lead = f"{link}, {format_date(date.fromisoformat(row.reported_on))}: "
            room = max(width - metrics.horizontalAdvance(lead) - metrics.averageCharWidth(), 0)
            summary = metrics.elidedText(
                " ".join(row.summary.split()), Qt.TextElideMode.ElideRight, room
            )
            lines.append(
                f'<a href="{html.escape(row.record_id)}">{html.escape(link)}</a>'
                + html.escape(lead[len(link) :] + summary)
            )
        return "<br>".join(lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Shortened again for the width the lines have now (a text size or window change).
        if watched is self.details and event.type() == QEvent.Type.Resize and self._newest:
            lines = self._lines()
            if lines != self.details.text():
                self.details.setText(lines)
        return False


class ChecksItem(DeskItem):
    """Cek Tawaran Kerja: the checks made this month, and how many found a high risk."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&History of checks"), parent)
        self._today = today

    def load(self) -> CheckCount:
        today = self._today()
        return assessments.checks_made(today.replace(day=1), today)

    def show_data(self, data: CheckCount) -> None:
        today = self._today()
        month = format_month(today.year, today.month)
        if not data.made:
            self.set_state(
                Mark.NOTE,
                self.tr("No job offer has been checked yet in {month}.").format(month=month),
            )
            return
        if data.high_risk:
            sentence = self.tr(
                "<b>Job offers checked in {month}: {count}</b> ({high} at a high risk)."
            )
        else:
            sentence = self.tr(
                "<b>Job offers checked in {month}: {count}</b> (none at a high risk)."
            )
        sentence = sentence.format(month=month, count=data.made, high=data.high_risk)
        self.set_state(Mark.NOTE, sentence)


class BackupItem(DeskItem):
    """Whether today's automatic backup was made (read on the GUI thread: a folder listing)."""

    def __init__(self, installation: Installation, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Backups"), parent)
        self._installation = installation

    def refresh(self) -> None:
        backups = self._installation.backups()
        # Only a backup that failed needs the user: otherwise the sentence has the width.
        self.button.setVisible(self._installation.backup_error is not None)
        if self._installation.backup_error is not None:
            self.set_state(
                Mark.TO_DO,
                self.tr(
                    "<b>The automatic backup could not be made today.</b> Check that the disk "
                    "has free space, then make a backup in Settings."
                ),
            )
        elif backups:
            self.set_state(
                Mark.DONE,
                self.tr("Backed up automatically every day; last on {when}.").format(
                    when=format_datetime(backups[0].taken_at)
                ),
            )
        else:
            self.set_state(Mark.NOTE, self.tr("No backup has been made yet."))
