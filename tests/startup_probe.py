"""Hooks for measuring and inspecting a real start of the app in a child process, without
changing what it imports or in which order (tests/benchmarks/bench_startup.py and
tests/ui/test_startup_imports.py). Imports nothing heavy itself: importlib.abc alone would cost
the start 20 ms."""

from __future__ import annotations

import importlib.machinery
import os
import sys
from collections.abc import Callable
from types import ModuleType


class After:
    """A meta path finder that runs ``patch(module)`` right after the app imports ``name``."""

    def __init__(self, name: str, patch: Callable[[ModuleType], None]) -> None:
        self.name, self.patch = name, patch

    def find_spec(self, fullname: str, path, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            self.patch(module)

        spec.loader.exec_module = exec_module
        return spec


def when_imported(name: str, patch: Callable[[ModuleType], None]) -> None:
    sys.meta_path.insert(0, After(name, patch))


def on_main_window_shown(then: Callable[[], None]) -> None:
    """Once the main window's first show event is handled: ``then()``, and the process ends."""

    def patch(module: ModuleType) -> None:
        from PySide6.QtCore import QTimer

        original = module.MainWindow.showEvent

        def shown(self, event) -> None:
            original(self, event)

            def done() -> None:
                then()
                sys.stdout.flush()
                os._exit(0)

            QTimer.singleShot(0, done)

        module.MainWindow.showEvent = shown

    when_imported("desktop.ui.shell.window", patch)
