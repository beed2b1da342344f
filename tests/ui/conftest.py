"""Fixtures for the user-interface tests.

No test may leave a modal dialog open: every ``exec`` is patched to fail loudly unless the test
installs the ``message_boxes`` recorder, which answers message boxes like a user would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from desktop.app import Shell
from desktop.storage.area_index import AreaIndex
from desktop.storage.installation import Installation
from desktop.ui.i18n import Language, Translations
from desktop.ui.style import TextSize, apply_text_size
from tests.ui.helpers import KUNGKAI

__all__ = ["KUNGKAI"]  # also importable from here: some test modules import it from conftest


@pytest.fixture(scope="session", autouse=True)
def widget_application(qapp: QCoreApplication) -> None:
    """Stop the run plainly, instead of letting Qt abort it at the first widget."""
    if not isinstance(qapp, QApplication):
        pytest.exit(
            f"an earlier test created a {type(qapp).__name__}, so no widget can be made; "
            "tests should get the application from pytest-qt's qapp fixture",
            returncode=3,
        )


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test, instead of hanging it, when an unexpected modal dialog would open."""

    def refuse(*args: object) -> None:
        raise AssertionError(f"a modal dialog would have blocked the test: {args[:3]!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", refuse)


@pytest.fixture(autouse=True)
def indonesian_normal_size(qapp: QApplication) -> Iterator[None]:
    """Language and text size are application-wide; leave them as a fresh start has them."""
    yield
    Translations(qapp).install(Language.INDONESIAN)
    apply_text_size(qapp, TextSize.NORMAL)


@dataclass
class Shown:
    title: str
    text: str
    informative: str
    buttons: list[str]


@dataclass
class MessageBoxes:
    """Records every message box instead of showing it, and presses ``answer`` if it is there."""

    answer: str | None = None
    shown: list[Shown] = field(default_factory=list)

    def exec(self, box: QMessageBox) -> int:
        buttons = [b.text().replace("&", "") for b in box.buttons()]
        self.shown.append(Shown(box.windowTitle(), box.text(), box.informativeText(), buttons))
        for button in box.buttons():
            if button.text().replace("&", "") == self.answer:
                button.click()
                break
        return 0


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec(box))
    return boxes


@pytest.fixture
def make_shell(
    qapp: QApplication, installation: Installation, area_index: AreaIndex
) -> Iterator[Callable[..., Shell]]:
    """Build (and start) a Shell on this test's database; its windows are hidden afterwards.

    The windows are hidden and deleted rather than closed: closing the wizard asks a question,
    and the tests that care about that question drive it themselves.
    """
    shells: list[Shell] = []

    def make(*, training: bool = False) -> Shell:
        shell = Shell(qapp, installation, training=training, index_factory=lambda: area_index)
        shells.append(shell)
        shell.start()
        return shell

    yield make
    for shell in shells:
        for widget in (shell.wizard, shell.window):
            if widget is not None and shiboken6.isValid(widget):
                widget.hide()
                widget.deleteLater()
    # Delete now, with their draft timers, before the test's database is closed.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
