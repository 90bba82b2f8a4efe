"""One-off background jobs whose callbacks always run on the GUI thread.

``TaskRunner.run(fn, on_done=..., on_error=..., on_progress=...)`` runs ``fn(ctx)`` on a
worker thread of the runner's own QThreadPool. ``ctx.progress(done, total)`` reports
progress, ``ctx.cancelled`` (a ``threading.Event``) asks the job to stop. Callbacks are
invoked through queued signals on a QObject living in the GUI thread, so they may touch
widgets; ``fn`` must never touch widgets, and must open its own store sessions.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class TaskContext:
    """Handed to the job on its worker thread: progress reports and the cancel flag."""

    def __init__(self, signals: _TaskSignals, cancelled: threading.Event) -> None:
        self._signals = signals
        self.cancelled = cancelled

    def progress(self, done: int, total: int) -> None:
        self._signals.progressed.emit(int(done), int(total))


class _TaskSignals(QObject):
    """Emitted from the worker thread; received by the Task on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object, object)  # object, not int: no 2^31 wrap


class _Runnable(QRunnable):
    """Runs on a pool thread; touches nothing but the job and its signals."""

    def __init__(self, fn: Callable[[TaskContext], Any], signals: _TaskSignals,
                 cancelled: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._signals, self._cancelled = fn, signals, cancelled

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(TaskContext(self._signals, self._cancelled))
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread as a value
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject):
    """A running job as seen from the GUI thread (lives there; its slots run there)."""

    finished = Signal()          # after on_done or on_error ran
    progressed = Signal(object, object)

    def __init__(self, runner: TaskRunner, on_done, on_error, on_progress) -> None:
        super().__init__(runner)
        self.cancel_event = threading.Event()
        self.signals = _TaskSignals()
        self.signals.succeeded.connect(self._on_signals_succeeded)
        self.signals.failed.connect(self._on_signals_failed)
        self.signals.progressed.connect(self._on_signals_progressed)
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self._runner = runner
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.cancel_event.set()

    @Slot(object)
    def _on_signals_succeeded(self, result: object) -> None:
        self.result = result
        try:
            if self._on_done is not None:
                self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _on_signals_failed(self, exc: object) -> None:
        self.error = exc  # type: ignore[assignment]
        try:
            if self._on_error is not None:
                self._on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)  # type: ignore[arg-type]
                raise exc  # type: ignore[misc]  # reaches sys.excepthook: the crash dialog
        finally:
            self._finish()

    @Slot(object, object)
    def _on_signals_progressed(self, done: object, total: object) -> None:
        self.progressed.emit(done, total)
        if self._on_progress is not None:
            self._on_progress(done, total)

    def _finish(self) -> None:
        self.done = True
        self._runner._forget(self)
        self.finished.emit()


class TaskRunner(QObject):
    """Owns a thread pool; create one per window (GUI thread). Call ``shutdown()`` before
    the window goes away (tests: in teardown) so no thread outlives it."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def run(self, fn: Callable[[TaskContext], Any], *, on_done=None, on_error=None,
            on_progress=None) -> Task:
        task = Task(self, on_done, on_error, on_progress)
        self._tasks.add(task)
        self.pool.start(_Runnable(fn, task.signals, task.cancel_event))
        return task

    def active(self) -> int:
        return len(self._tasks)

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)

    def cancel_all(self) -> None:
        for t in list(self._tasks):
            t.cancel()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel every job and wait for the pool threads; True if all stopped in time."""
        self.cancel_all()
        return self.pool.waitForDone(timeout_ms)
