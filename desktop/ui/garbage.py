"""Python's cyclic garbage collection, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is
crossed, including a background task writing a PDF; if the garbage then holds Qt objects, they
are destroyed from that thread and the app can crash. Automatic collection is therefore turned
off and a timer on the GUI thread collects instead (the approach of Anki and other PyQt apps).

While background work runs (``ui/tasks.py``) collections wait, up to ``HOLD_SECONDS``: a
collection walks every object made since the one before, and an export of 100,000 records makes
hundreds of thousands; one collection of them froze the window for about 90 ms. What such work
makes is freed by reference counting; the little cyclic garbage can wait until it ends.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer, Slot

from desktop.ui.tasks import background_work

INTERVAL_MS = 2000
HOLD_SECONDS = 120.0


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._held_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    @Slot()
    def collect_if_due(self) -> None:
        if background_work():
            now = time.monotonic()
            if self._held_since is None:
                self._held_since = now
            if now - self._held_since < HOLD_SECONDS:
                return
        self._held_since = None
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return
