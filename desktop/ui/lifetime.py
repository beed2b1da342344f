"""Deleting a widget safely while one of its own signals may still be running.

A widget made in Python without a parent belongs to Python: when its last reference goes, its
C++ object is deleted at once. If that happens inside a signal sent by the widget or one of its
children (a Remove button that removes its own editor, the lock screen's panel saying it
unlocked, the settings page asking for a restart of its window), Qt goes on working on freed
memory when the signal returns, and the app may crash, now or much later. ``retire`` closes the
widget, asks Qt to delete it once control is back in the event loop, and keeps the Python side
alive until then.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

_retiring: list[QObject] = []


def retire(obj: QObject) -> None:
    """Close (a widget) and delete ``obj`` from the event loop, never from the current call."""
    if isinstance(obj, QWidget):
        obj.close()
    obj.deleteLater()
    _retiring.append(obj)
    QTimer.singleShot(0, _release)


def _release() -> None:
    # Called from the event loop: no signal of these objects is running any more, so letting
    # Python delete what Qt has not deleted yet is safe.
    _retiring.clear()
