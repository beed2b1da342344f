"""MODE LATIHAN (training mode) marked everywhere, so that practice data is never taken for
real: the main window's banner, the title of every window and message, a banner at the top of
every dialog, and the words printed across every page of a document made in training mode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QWidget, QWizard

# The same words in both languages: the name the training is given in the villages.
TRAINING_MARK = "MODE LATIHAN"
BANNER_NAME = "trainingBanner"


def training_banner(parent: QWidget | None = None) -> QLabel:
    """The yellow band that says the data is practice data."""
    banner = QLabel(
        QCoreApplication.translate(
            "Training",
            "MODE LATIHAN (training mode) — fictional village and sample data. Nothing here "
            "is real or mixed with real data.",
        ),
        parent,
    )
    banner.setObjectName(BANNER_NAME)
    banner.setProperty("role", "training")
    banner.setWordWrap(True)
    return banner


def mark_window(window: QWidget) -> None:
    """Put MODE LATIHAN in the title of ``window`` and, in a dialog, a banner above its
    content (once)."""
    title = window.windowTitle()
    if title and TRAINING_MARK not in title:
        window.setWindowTitle(f"{TRAINING_MARK} — {title}")
    layout = window.layout()
    plain_dialog = isinstance(window, QDialog) and not isinstance(window, QWizard)
    if (
        plain_dialog
        and isinstance(layout, QBoxLayout)
        and window.findChild(QLabel, BANNER_NAME) is None
    ):
        banner = training_banner(window)
        layout.insertWidget(0, banner)
        banner.show()  # added while the dialog is being shown: it would stay hidden


class TrainingMarks(QObject):
    """Marks every window of a training run as it is shown: those opened from ``window`` (the
    training main window, which owns this marker) and those opened without a parent."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            and self._opened_here(watched)
        ):
            mark_window(watched)
        return False

    def _opened_here(self, widget: QWidget) -> bool:
        parent = widget.parentWidget()
        if parent is None:
            return True
        while parent is not None and parent is not self._window:
            parent = parent.parentWidget()
        return parent is self._window
