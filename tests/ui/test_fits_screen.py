"""Every window fits a village PC's screen: 1366 × 768 less a taskbar, at every text size, in
Indonesian and in English.

The test session's screen is that free area (tests/screen-1366x728.json). Every window the app
can open (tests/ui/windows.py) is shown, state by state, and read with ``fit.problems``: no
text cut, no tab hidden behind arrows, no sideways scrolling, no control needed to finish out
of sight, no window larger than the screen or off it.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

import desktop.ui
from desktop.storage import profile_store, settings
from desktop.ui.i18n import Language, Translations
from desktop.ui.style import TextSize, apply_text_size
from tests.ui import fit, windows
from tests.ui.helpers import KUNGKAI


def test_the_test_screen_is_a_village_pc_screen(qapp):
    area = qapp.primaryScreen().availableGeometry()
    assert area.size() == fit.SCREEN, (
        "the tests run on Qt's offscreen platform with tests/screen-1366x728.json "
        "(tests/village_screen.py sets QT_QPA_PLATFORM); another platform was chosen"
    )


@pytest.fixture
def env(qapp, qtbot, make_shell, tmp_path, monkeypatch, installation, area_index):
    yield windows.Env(qapp, qtbot, make_shell, tmp_path, monkeypatch, area_index)
    windows.close_all(qapp)


@pytest.fixture
def display(qapp, installation):
    """Text size and language, for the windows built now and for those a Shell builds."""

    def choose(size: TextSize, language: Language) -> None:
        settings.TEXT_SIZE.set(size.value)
        settings.LANGUAGE.set(language.value)
        Translations(qapp).install(language)
        apply_text_size(qapp, size)

    return choose


@pytest.mark.parametrize("language", list(Language), ids=lambda x: x.value)
@pytest.mark.parametrize("size", list(TextSize), ids=lambda x: x.value)
@pytest.mark.parametrize("opener", list(windows.OPENERS))
def test_every_window_fits_the_screen_with_nothing_cut_or_hidden(
    env, display, opener, size, language
):
    display(size, language)
    found = []
    states = 0
    for state, window in windows.OPENERS[opener](env):
        states += 1
        found += [f"{opener} › {state}: {p}" for p in fit.problems(window)]
    assert states, f"{opener} showed nothing"
    assert not found, "\n".join(found)


def test_the_window_opens_inside_the_free_area_and_comes_back_inside_after_a_text_change(
    make_shell, qapp
):
    profile_store.save_profile(KUNGKAI)
    shell = make_shell()
    window = shell.window
    windows.settle(qapp)
    area = qapp.primaryScreen().availableGeometry()
    assert area.contains(window.frameGeometry())
    window.move(400, 300)  # dragged partly off the screen
    shell.set_text_size(TextSize.EXTRA_LARGE)
    windows.settle(qapp)
    assert area.contains(window.frameGeometry())
    assert not window.size().grownBy(fit.FRAME).width() > area.width()


def _window_classes() -> set[str]:
    """Every dialog, wizard and main window class in desktop.ui, and every widget shown as a
    window of its own (made with the Qt.Window flag)."""
    found = set()
    for module in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        loaded = importlib.import_module(module.name)
        for _, cls in inspect.getmembers(loaded, inspect.isclass):
            if cls.__module__ != loaded.__name__ or not issubclass(cls, QWidget):
                continue
            source = inspect.getsource(cls)
            if issubclass(cls, QDialog | QMainWindow) or "WindowType.Window" in source:
                found.add(f"{cls.__module__}.{cls.__qualname__}")
    return found


def test_every_window_class_is_measured_or_deliberately_left_out():
    unlisted = _window_classes() - set(windows.COVERED) - set(windows.LEFT_OUT)
    assert not unlisted, (
        "new windows: add an opener to tests/ui/windows.py and list them in COVERED, or say "
        f"in LEFT_OUT why they are not measured: {sorted(unlisted)}"
    )
    assert set(windows.COVERED.values()) <= set(windows.OPENERS)
