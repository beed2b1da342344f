"""When to export and send, so that every change reaches the office without anyone asking.

* A change: the log's change marks (``exchange/changes.py``: a few index look-ups) are looked at
  every few seconds; once the log has been quiet for a while after a change, and at start, a
  fresh export is made (without identities) when the log differs from the newest one queued.
* Sending: while an export waits, the office is probed at least every two minutes, a network
  change brings the probe forward to a few seconds, and an upload the office answered with an
  error waits for its own backoff (``domain.exchange.next_round_in``). While a sent export
  waits for the office's receipt, the receiver is asked now and then.

The operating system's network flag only wakes the sender: whether the office is reachable is
decided by the probe in ``exchange.sync``. Export and sending run on a worker thread; the
window never waits for them. Times come from ``SendTiming`` and ``now``, so tests can shorten
the waits and move the clock.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.exchange import ChangeMarks, SendTiming, next_round_in
from desktop.storage import db
from desktop.ui.tasks import run_in_background

# The exchange and the outbox's storage are imported on first use: the sender starts after the
# window is up, and nothing of it should delay the first window.


def _marks() -> ChangeMarks:
    from desktop.exchange.changes import current_marks

    return current_marks()


def _configured() -> bool:
    from desktop.storage.exchange_settings import load_endpoint

    return load_endpoint() is not None


def _plan(timing: SendTiming, now: datetime) -> float | None:
    from desktop.storage import outbox_store

    due = outbox_store.next_attempt()
    contact = outbox_store.last_contact()
    return next_round_in(
        timing,
        now,
        waiting=due is not None,
        due_at=due,
        reachable=None if contact is None else contact.reached,
        awaiting_receipt=outbox_store.awaiting_office(),
    )


log = logging.getLogger(__name__)

RETRY_CLOSED_MS = 60 * 1000  # the data is closed (a restore): look again after this


def _ms(seconds: float) -> int:
    return max(0, int(seconds * 1000))


class SyncScheduler(QObject):
    started = Signal()
    finished = Signal(object)  # exchange.sync.SyncOutcome
    failed = Signal(object)  # an unexpected error
    log_changed = Signal()  # the log changed: what waits to be sent is different now

    def __init__(
        self,
        outbox: Path,
        *,
        send: Callable[..., Any] | None = None,
        watch_network: bool = True,
        timing: SendTiming | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._send = send
        self.timing = timing or SendTiming()
        self._now = now
        self._busy = False
        self._again: tuple[bool, bool] | None = None  # (manual, export) asked while busy
        self._seen: ChangeMarks | None = None
        self._first_change = 0.0  # monotonic time of the first change not exported yet
        self.timer = QTimer(self)  # the next round of sending
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.run(manual=False))
        self.quiet = QTimer(self)  # from the last change to the automatic export
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(_ms(self.timing.quiet))
        self.quiet.timeout.connect(self.export_and_send)
        self.watch = QTimer(self)  # looks at the log's change marks
        self.watch.setInterval(_ms(self.timing.watch))
        self.watch.timeout.connect(self.look_for_changes)
        self.network: Any = None
        self._watch_network = watch_network

    def start(self) -> None:
        """Begin: watch the log and the network (when asked), and export and send what
        changed while the app was closed. Called shortly after the window shows, so that the
        network libraries do not slow the start."""
        if self._watch_network and self.network is None:
            self._connect_network()
        if db.is_open():
            self._seen = _marks()
        self.watch.start()
        if db.is_open() and _configured():
            self.export_and_send()
        else:
            self.reschedule()

    @property
    def busy(self) -> bool:
        return self._busy

    def _connect_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadDefaultBackend():
                self.network = QNetworkInformation.instance()
        except RuntimeError:
            self.network = None
        if self.network is not None:
            self.network.reachabilityChanged.connect(self.network_changed)

    def look_for_changes(self) -> None:
        """A change of the log restarts the quiet wait before the automatic export (not past
        ``longest_wait`` after the first change)."""
        if not db.is_open():
            return
        marks = _marks()
        if marks == self._seen:
            return
        self._seen = marks
        self.log_changed.emit()
        if not _configured():
            return
        now = time.monotonic()
        if not self.quiet.isActive():
            self._first_change = now
            self.quiet.start()
        elif now - self._first_change + self.timing.quiet <= self.timing.longest_wait:
            self.quiet.start()

    def network_changed(self, *_: object) -> None:
        """A change only wakes the sender, and only when something waits to go or to be
        answered."""
        if not db.is_open() or self._busy:
            return
        if _plan(self.timing, self._now()) is not None:
            self.timer.start(_ms(self.timing.after_network_change))

    def reschedule(self) -> None:
        if not db.is_open():  # the data is being restored: look again later
            self.timer.start(RETRY_CLOSED_MS)
            return
        wait = _plan(self.timing, self._now()) if _configured() else None
        if wait is None:
            self.timer.stop()
        else:
            self.timer.start(_ms(wait))

    def send_now(self) -> None:
        """The user's Send now: export what changed, and retry the exports that stopped."""
        self.run(manual=True)

    def export_and_send(self) -> None:
        """Export what changed and send what waits (at start, after the settings changed)."""
        self.run(manual=False, export=True)

    def run(self, *, manual: bool, export: bool = False) -> None:
        if not db.is_open():
            self.reschedule()
            return
        if self._busy:
            again = self._again or (False, False)
            self._again = (again[0] or manual, again[1] or export)
            return
        if export:
            self.quiet.stop()
        self._busy = True
        self.timer.stop()
        self.started.emit()
        outbox, send = self._outbox, self._send

        def work() -> Any:
            sender = send
            if sender is None:
                from desktop.exchange.sync import send_outbox as sender
            with db.thread_connection():
                return sender(outbox, manual=manual, export=export)

        run_in_background(work, on_done=self._done, on_error=self._error)

    def _finish(self) -> None:
        again, self._again = self._again, None
        if again is not None:
            self.run(manual=again[0], export=again[1])
        else:
            self.reschedule()

    def _done(self, outcome: Any) -> None:
        self._busy = False
        self.finished.emit(outcome)
        self._finish()

    def _error(self, exc: BaseException) -> None:
        self._busy = False
        log.warning("sending failed unexpectedly: %r", exc)
        self.failed.emit(exc)
        self._finish()
