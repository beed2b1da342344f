"""The background-task helper: results come back on the GUI thread, and a task is deleted
there, after its result was delivered, never on the worker or inside its own slot."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.ui import tasks
from desktop.ui.tasks import run_in_background


def _settle(qtbot) -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(10)


def test_the_result_comes_back_on_the_gui_thread_and_the_task_goes_afterwards(qtbot):
    main = threading.current_thread()
    seen: list[tuple] = []
    deleted_on: list[threading.Thread] = []

    def done(result: int) -> None:
        seen.append((result, threading.current_thread() is main, shiboken6.isValid(task)))

    task = run_in_background(lambda: 6 * 7, on_done=done, on_error=seen.append)
    task.destroyed.connect(lambda: deleted_on.append(threading.current_thread()))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True, True)]
    qtbot.waitUntil(lambda: bool(deleted_on))
    assert deleted_on == [main]
    _settle(qtbot)
    assert task not in tasks._running


def test_an_error_comes_back_the_same_way(qtbot):
    errors: list[BaseException] = []

    def fail() -> None:
        raise OSError(28, "No space left on device")

    run_in_background(fail, on_done=errors.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], OSError)


def test_many_tasks_end_with_nothing_left_behind(qtbot):
    done: list[int] = []
    for n in range(200):
        run_in_background(lambda n=n: n, on_done=done.append, on_error=print)
    qtbot.waitUntil(lambda: len(done) == 200, timeout=10_000)
    _settle(qtbot)
    qtbot.waitUntil(lambda: not tasks._running)
    assert sorted(done) == list(range(200))
