"""When to send: at once when asked, soon after the network changes, and while anything waits
at the time its backoff says (at the latest every 15 minutes). Sending runs on a worker
thread; the window never waits for the network.

The operating system's network flag only wakes the sender: whether the office is reachable is
decided by the probe in ``exchange.sync``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.storage import db
from desktop.ui.tasks import run_in_background

# The outbox's storage is imported on first use: the sender starts after the window is up, and
# nothing of it should delay the first window.


def _next_attempt() -> datetime | None:
    from desktop.storage.outbox_store import next_attempt

    return next_attempt()


def _configured() -> bool:
    from desktop.storage.exchange_settings import load_endpoint

    return load_endpoint() is not None


log = logging.getLogger(__name__)

PERIOD_MS = 15 * 60 * 1000
AFTER_NETWORK_CHANGE_MS = 3000
SOONEST_MS = 1000
RETRY_CLOSED_MS = 60 * 1000


class SyncScheduler(QObject):
    started = Signal()
    finished = Signal(object)  # exchange.sync.SyncOutcome
    failed = Signal(object)  # an unexpected error

    def __init__(
        self,
        outbox: Path,
        *,
        send: Callable[..., Any] | None = None,
        watch_network: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._send = send
        self._busy = False
        self._again_manual: bool | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.run(manual=False))
        self.network: Any = None
        self._watch = watch_network

    def start(self) -> None:
        """Begin: watch the network (when asked) and plan the first try. Called shortly after
        the window shows, so that the network libraries do not slow the start."""
        if self._watch and self.network is None:
            self._watch_network()
        self.reschedule()

    @property
    def busy(self) -> bool:
        return self._busy

    def _watch_network(self) -> None:
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.loadDefaultBackend():
                self.network = QNetworkInformation.instance()
        except RuntimeError:
            self.network = None
        if self.network is not None:
            self.network.reachabilityChanged.connect(self.network_changed)

    def network_changed(self, *_: object) -> None:
        """A change only wakes the sender, and only when something waits."""
        if not db.is_open():
            return
        if _next_attempt() is not None and not self._busy:
            self.timer.start(AFTER_NETWORK_CHANGE_MS)

    def reschedule(self) -> None:
        if not db.is_open():  # the data is being restored: look again later
            self.timer.start(RETRY_CLOSED_MS)
            return
        due = _next_attempt()
        if due is None or not _configured():
            self.timer.stop()
            return
        wait = (due - datetime.now(UTC)).total_seconds() * 1000
        self.timer.start(int(min(PERIOD_MS, max(SOONEST_MS, wait))))

    def send_now(self) -> None:
        self.run(manual=True)

    def run(self, *, manual: bool) -> None:
        if not db.is_open():
            self.reschedule()
            return
        if self._busy:
            self._again_manual = bool(self._again_manual) or manual
            return
        self._busy = True
        self.timer.stop()
        self.started.emit()
        outbox, send = self._outbox, self._send

        def work() -> Any:
            sender = send
            if sender is None:
                from desktop.exchange.sync import send_outbox as sender
            with db.thread_connection():
                return sender(outbox, manual=manual)

        run_in_background(work, on_done=self._done, on_error=self._error)

    def _finish(self) -> None:
        again, self._again_manual = self._again_manual, None
        if again is not None:
            self.run(manual=again)
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
