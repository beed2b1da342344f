"""The one helper for background work: run a function on the thread pool, get the result or the
exception back on the GUI thread. Workers never touch widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class Task(QObject):
    """Lives on the GUI thread; its signals are delivered there (queued) from the worker.

    Its C++ side belongs to the application object and is deleted only by ``deleteLater`` on
    the GUI thread, once its result was delivered; its Python side is kept in ``_running`` until
    the event loop after that. Owned by Python instead, it was deleted wherever its last
    reference happened to go: inside its own queued slot, or on the worker thread when the
    pool dropped the finished runnable, and Qt then worked on freed memory (rare crashes, more
    often on a busy machine)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        try:
            self._on_done(result)
        finally:
            self._retire()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        try:
            self._on_error(error)
        finally:
            self._retire()

    def _retire(self) -> None:
        self.deleteLater()
        QTimer.singleShot(0, lambda: _running.discard(self))


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: Task) -> None:
        super().__init__()
        self._fn = fn
        self._task = task

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to on_error, never lost on the worker
            self._task.failed.emit(exc)
        else:
            self._task.finished.emit(result)


_running: set[Task] = set()


def background_work() -> bool:
    """True while a task started here has not delivered its result yet."""
    return bool(_running)


def run_in_background(
    fn: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``fn()`` off the GUI thread; ``on_done(result)`` or ``on_error(exc)`` run on it."""
    task = Task(on_done, on_error)
    _running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runner(fn, task))
    return task
