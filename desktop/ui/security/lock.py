"""Locking the screen after idle time, or on demand (Ctrl+L).

The lock is a full-screen, application-modal window over everything the app shows; the
other windows are made fully transparent while it is up (never hidden or closed, so an open
form, even a modal one, keeps everything typed in it, and its own event loop goes on). The
database stays open: the passphrase only proves who unlocks.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from desktop.domain.security import DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES
from desktop.paths import DataPaths
from desktop.storage import settings
from desktop.storage.keystore import DatabaseKey
from desktop.ui.lifetime import retire
from desktop.ui.security.unlock import Unlocked, UnlockPanel


def idle_minutes() -> int:
    """The idle time before the app locks itself, as set in Pengaturan."""
    value = settings.IDLE_LOCK_MINUTES.get()
    return value if value in IDLE_LOCK_MINUTES else DEFAULT_IDLE_LOCK_MINUTES


ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QDialog):
    """Covers the screen; holds the unlock panel. Cannot be closed except by unlocking."""

    def __init__(
        self,
        paths: DataPaths,
        key_opens_data: Callable[[DatabaseKey], bool],
        personal_words: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("Siaga TPPO is locked"))
        self.setObjectName("lockScreen")
        self.setStyleSheet("QDialog#lockScreen { background: #e8eef5; }")
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QWidget()
        card.setObjectName("lockCard")
        card.setStyleSheet(
            "QWidget#lockCard { background: white; border: 1px solid #9aa8b8; border-radius: 6px; }"
        )
        card.setMaximumWidth(900)
        card.setMinimumWidth(480)
        box = QVBoxLayout(card)
        self.panel = UnlockPanel(
            paths, key_opens_data=key_opens_data, personal_words=personal_words
        )
        box.addWidget(self.panel)
        # Centred at the height its words need (with stretches around it, the card was given a
        # share of the screen and cut its wrapped text at the largest text size).
        row.addWidget(card, 3, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        outer.addLayout(row, 1)
        self.may_close = False

    def cover(self) -> None:
        """Show over the whole screen. Placed first: a dialog shown without a position is
        centred, and a platform may keep that offset when it goes full screen."""
        self.setGeometry(self.screen().geometry())
        self.showFullScreen()

    def reject(self) -> None:  # Escape must not unlock
        if self.may_close:
            super().reject()

    def closeEvent(self, event) -> None:
        if self.may_close:
            super().closeEvent(event)
        else:
            event.ignore()


class LockController(QObject):
    """Watches for activity; locks after ``idle_minutes`` without any, or on ``lock()``.

    ``on_locked(reason)`` and ``on_unlocked(Unlocked)`` let the composition root write the
    audit trail.
    """

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        app: QApplication,
        paths: DataPaths,
        *,
        idle_minutes: int,
        key_opens_data: Callable[[DatabaseKey], bool],
        personal_words: Callable[[], Sequence[str]] = tuple,
        on_locked: Callable[[str], None],
        on_unlocked: Callable[[Unlocked], None],
        clock: Callable[[], float] = time.monotonic,
        check_every_ms: int = 5000,
        watch_after_ms: int = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._paths = paths
        self.idle_minutes = idle_minutes
        self._key_opens_data = key_opens_data
        self._personal_words = personal_words
        self._on_locked = on_locked
        self._on_unlocked = on_unlocked
        self._clock = clock
        self._last_activity = clock()
        self.screen: LockScreen | None = None
        self._faded: list[tuple[QWidget, float]] = []
        # Watching activity means Qt hands every event of the application to this filter. The
        # first events bring every widget class of PySide6 into Python at once (about 25 ms),
        # so a window that is just opening can ask for the watch to start a moment later.
        self._watching = False
        self._stopped = False
        if watch_after_ms > 0:
            QTimer.singleShot(watch_after_ms, self, self._watch)
        else:
            self._watch()
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check_idle)
        self._timer.start()

    def _watch(self) -> None:
        if not (self._watching or self._stopped):
            self._watching = True
            self._app.installEventFilter(self)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_minutes = minutes

    @property
    def is_locked(self) -> bool:
        return self.screen is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.screen is None:
            self._last_activity = self._clock()
        return False

    def check_idle(self) -> None:
        if self.screen is not None:
            return
        if self._clock() - self._last_activity >= self.idle_minutes * 60:
            self.lock("idle")

    def lock(self, reason: str = "manual") -> None:
        if self.screen is not None:
            return
        self.screen = LockScreen(self._paths, self._key_opens_data, self._personal_words)
        self.screen.panel.unlocked.connect(self._unlock)
        for widget in self._app.topLevelWidgets():
            if widget is not self.screen and widget.isVisible():
                self._faded.append((widget, widget.windowOpacity()))
                widget.setWindowOpacity(0.0)
        self.screen.cover()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.panel.passphrase.setFocus()
        self._on_locked(reason)
        self.locked.emit()

    def _unlock(self, result: Unlocked) -> None:
        screen = self.screen
        if screen is None:
            return
        for widget, opacity in self._faded:
            try:
                widget.setWindowOpacity(opacity)
            except RuntimeError:  # closed while locked (e.g. by a finished background task)
                continue
        self._faded = []
        screen.may_close = True
        retire(screen)  # its panel is still sending the signal that brought us here
        self.screen = None
        self._last_activity = self._clock()
        self._on_unlocked(result)
        self.unlocked.emit()

    def stop(self) -> None:
        self._timer.stop()
        self._stopped = True  # a start of the watch still pending does nothing now
        self._watching = False
        self._app.removeEventFilter(self)
