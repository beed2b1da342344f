"""Fitting the protection into the windows the composition root builds: the lock (Ctrl+L and
a button in the status bar) and Pengaturan's Keamanan and Jejak audit tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QTabWidget, QWidget

from desktop.domain.security import AuditKind
from desktop.storage import audit, profile_store
from desktop.storage.installation import Installation
from desktop.storage.keystore import DatabaseKey
from desktop.ui.security.lock import LockController, idle_minutes
from desktop.ui.security.unlock import Unlocked

LOCK_SHORTCUT = "Ctrl+L"


WATCH_AFTER_MS = 1000  # the idle watch starts once the window is up (it counts from now)


def make_lock(app: QApplication, installation: Installation, owner: QWidget) -> LockController:
    def locked(reason: str) -> None:
        audit.record_event(AuditKind.LOCKED, {"via": "otomatis" if reason == "idle" else "tombol"})

    def unlocked(result: Unlocked) -> None:
        installation.record_unlocked("layar terkunci")
        if result.recovered:
            audit.record_event(AuditKind.RECOVERY_USED, {"via": "layar terkunci"})
            audit.record_event(AuditKind.PASSPHRASE_CHANGED, {"via": "kunci pemulihan"})

    def same_key(key: DatabaseKey) -> bool:
        return key == installation.key

    def personal() -> tuple[str, ...]:
        from desktop.passphrase_strength import personal_words

        return personal_words(profile_store.load_profile())

    controller = LockController(
        app,
        installation.paths,
        idle_minutes=idle_minutes(),
        key_opens_data=same_key,
        personal_words=personal,
        on_locked=locked,
        on_unlocked=unlocked,
        watch_after_ms=WATCH_AFTER_MS,
        parent=owner,
    )
    return controller


def add_lock_button(window: QWidget, lock: LockController) -> None:
    QShortcut(QKeySequence(LOCK_SHORTCUT), window, activated=lambda: lock.lock("manual"))
    if isinstance(window, QMainWindow):
        button = QPushButton(QCoreApplication.translate("Security", "Lock (Ctrl+L)"))
        button.setObjectName("lockButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: lock.lock("manual"))
        window.statusBar().addPermanentWidget(button)


def add_settings_tabs(
    tabs: QTabWidget,
    installation: Installation,
    lock: LockController,
) -> QWidget:
    """Insert Keamanan and Jejak audit before the last tab (Tentang)."""
    # Imported here, with the settings page itself: not needed to start the app.
    from desktop.ui.security.audit_view import AuditTab
    from desktop.ui.security.settings_tab import SecurityTab

    security = SecurityTab(
        installation,
        lock_now=lambda: lock.lock("manual"),
        on_idle_minutes=lock.set_idle_minutes,
    )
    at = max(tabs.count() - 1, 0)
    tabs.insertTab(at, security, QCoreApplication.translate("Security", "Security"))
    tabs.insertTab(at + 1, AuditTab(), QCoreApplication.translate("Security", "Audit trail"))
    return security
