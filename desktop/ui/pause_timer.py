"""The timer that waits for a pause: each ``start()`` begins the wait again, and ``slot`` runs
once when it runs out (a search as the user stops typing, a draft kept when they stop
writing, a layout fitted after a burst of changes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def pause_timer(parent: QObject, wait_ms: int, slot: Callable[[], object]) -> QTimer:
    """A single-shot timer owned by ``parent`` that calls ``slot`` ``wait_ms`` after its last
    start."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(wait_ms)
    timer.timeout.connect(slot)
    return timer
