"""The background sync thread: a QObject living in its own QThread.

Thread rules: ``SyncWorker`` runs on its QThread only; it opens its own store sessions and owns
its own connector (made by the factory on that thread). It never touches widgets: results go
out as signals carrying plain values (dicts, dataclasses). The GUI thread talks to it only
through ``SyncController``, whose methods post queued signals, so the window never waits.

Triggers: a local change (debounced), a timer (the profile's interval), "Sync now", and a
retry with backoff after the ERP was unreachable (how the network "coming back" is noticed).
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from ..erp.base import Connector
from ..store import sync_repo
from ..store.store import Store
from ..sync.engine import SyncEngine, message_of
from ..sync.policy import RetryPolicy

DELETION_CHECK_S = 600.0   # timer cycles look for invoices deleted in the ERP this often

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar shows; crosses threads as a value."""

    last_run: datetime | None
    outcome: str            # "", ok, offline, auth, cancelled, failed, running
    pending: int
    conflicts: int
    rejected: int
    paused: bool
    message: str = ""
    next_retry_s: float = 0.0
    message_id: str = ""           # ``message``'s source text, for the window to translate
    message_params: dict = field(default_factory=dict)


class SyncWorker(QObject):
    """Lives on the sync QThread (see module docstring). Do not call its slots directly from
    another thread: use SyncController."""

    run_started = Signal()
    run_finished = Signal(object)      # SyncReport.as_dict()
    status_changed = Signal(object)    # SyncStatus
    auth_needed = Signal(str)

    def __init__(self, store: Store, connector_factory: Callable[[], Connector], actor: str,
                 interval_s: int = 60, debounce_ms: int = 2000,
                 policy: RetryPolicy | None = None) -> None:
        super().__init__()
        self._store = store
        self._factory = connector_factory
        self._actor = actor
        self._interval_ms = max(0, int(interval_s)) * 1000  # 0: no timer (by hand only)
        self._debounce_ms = debounce_ms
        self._policy = policy or RetryPolicy(base_s=5.0, cap_s=300.0)
        self.cancel = threading.Event()
        self._connector: Connector | None = None
        self._paused = False
        self._running = False
        self._again = False
        self._offline_attempts = 0
        self._last_run: datetime | None = None
        self._last_outcome = ""
        self._last_message = ""
        self._last_message_id: tuple[str, dict] = ("", {})
        self._timers_ready = False
        self._deletions_checked: float | None = None   # monotonic time of the last check

    # --- life cycle (slots run on the sync thread) -------------------------------------
    @Slot()
    def start(self) -> None:
        self._timer = QTimer(self)
        self._timer.setInterval(self._interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self._debounce_ms)
        self._debounce.timeout.connect(self._on_timer_timeout)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._on_timer_timeout)
        if self._interval_ms:
            self._timer.start()
        self._timers_ready = True
        self._emit_status()

    @Slot()
    def stop(self) -> None:
        self.cancel.set()
        if self._timers_ready:
            for t in (self._timer, self._debounce, self._retry):
                t.stop()
        if self._connector is not None:
            try:
                self._connector.close()
            except Exception:  # noqa: BLE001 - closing must not fail shutdown
                log.exception("closing the connector failed")
            self._connector = None
        self.thread().quit()  # the loop ends after this slot; timers were stopped here

    @Slot()
    def sync_now(self) -> None:
        self._run(full=True)

    @Slot()
    def local_change(self) -> None:
        if self._timers_ready:
            self._debounce.start()

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        if not paused and self._last_outcome == "auth":
            self._connector = None  # credentials changed: a fresh login
        self._emit_status()
        if not paused:
            self._run()

    @Slot()
    def refresh_status(self) -> None:
        self._emit_status()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._run()

    # --- the work ------------------------------------------------------------------------
    def _deletions_due(self, full: bool) -> bool:
        """Finding invoices deleted in the ERP lists every live id there: done on "Sync now",
        on the first cycle, and every DELETION_CHECK_S after, not on every timer cycle (the
        idle cycle stays a handful of small requests)."""
        return full or self._deletions_checked is None or \
            time.monotonic() - self._deletions_checked >= DELETION_CHECK_S

    def _run(self, full: bool = False) -> None:
        if self._paused or self.cancel.is_set():
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self.run_started.emit()
        try:
            if self._connector is None:
                self._connector = self._factory()
            deletions = self._deletions_due(full)
            report = SyncEngine(self._store, self._connector, actor=self._actor,
                                cancel=self.cancel,
                                check_deletions=deletions).run_once().as_dict()
            if deletions and report.get("outcome") == "ok":
                self._deletions_checked = time.monotonic()
        except Exception as exc:  # noqa: BLE001 - a KnownError (no password...) or a bug
            from ..domain.errors import ErpAuthError, KnownError
            if isinstance(exc, KnownError):
                mid, params = message_of(exc)
                report = {"outcome": "auth" if isinstance(exc, ErpAuthError) else "failed",
                          "message": exc.text(), "message_id": mid,
                          "message_params": params, "errors": []}
            else:
                log.error("sync worker bug:\n%s", traceback.format_exc())
                report = {"outcome": "failed", "message": f"{type(exc).__name__}: {exc}",
                          "errors": []}
        finally:
            self._running = False
        self._last_run = datetime.now(timezone.utc)
        self._last_outcome = report.get("outcome", "")
        self._last_message = report.get("message", "")
        self._last_message_id = (report.get("message_id", ""),
                                 dict(report.get("message_params") or {}))
        delay = 0.0
        if self._last_outcome == "offline":
            delay = self._policy.delay(self._offline_attempts, report.get("retry_after") or None)
            self._offline_attempts += 1
            if self._timers_ready and not self.cancel.is_set():
                self._retry.start(int(delay * 1000))
        else:
            self._offline_attempts = 0
        if self._last_outcome == "auth":
            self._paused = True  # asks once; resumes when credentials are given
            self.auth_needed.emit(self._last_message)
        self.run_finished.emit(report)
        self._emit_status(delay)
        if self._again and not self._paused:
            self._again = False
            if self._timers_ready:
                self._debounce.start()

    def _emit_status(self, next_retry_s: float = 0.0) -> None:
        try:
            with self._store.db.read() as s:
                pending = sync_repo.outbox_count(s)
                conflicts = sync_repo.open_conflict_count(s)
                rejected = sync_repo.count_in_state(s, "rejected")
        except Exception:  # noqa: BLE001 - a status is best effort
            log.exception("reading the sync status failed")
            pending = conflicts = rejected = 0
        self.status_changed.emit(SyncStatus(self._last_run, self._last_outcome, pending,
                                            conflicts, rejected, self._paused,
                                            self._last_message, next_retry_s,
                                            *self._last_message_id))


class SyncController(QObject):
    """The GUI thread's handle on the sync thread. Every method returns at once; its public
    signals re-emit the worker's on the GUI thread (connect widgets and tests to these)."""

    run_started = Signal()
    run_finished = Signal(object)
    status_changed = Signal(object)
    auth_needed = Signal(str)

    _start_requested = Signal()
    _stop_requested = Signal()
    _sync_requested = Signal()
    _change_noticed = Signal()
    _pause_requested = Signal(bool)
    _status_requested = Signal()

    def __init__(self, worker: SyncWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread(self)
        self.thread.setObjectName("sync")
        worker.moveToThread(self.thread)
        self._start_requested.connect(worker.start)
        self._stop_requested.connect(worker.stop)
        self._sync_requested.connect(worker.sync_now)
        self._change_noticed.connect(worker.local_change)
        self._pause_requested.connect(worker.set_paused)
        self._status_requested.connect(worker.refresh_status)
        self.thread.finished.connect(worker.deleteLater)
        # signal → signal across threads: queued, delivered on the thread this lives on
        worker.run_started.connect(self.run_started, Qt.ConnectionType.QueuedConnection)
        worker.run_finished.connect(self.run_finished, Qt.ConnectionType.QueuedConnection)
        worker.status_changed.connect(self.status_changed, Qt.ConnectionType.QueuedConnection)
        worker.auth_needed.connect(self.auth_needed, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.thread.start()
        self._start_requested.emit()

    def sync_now(self) -> None:
        self._sync_requested.emit()

    def notify_local_change(self) -> None:
        self._change_noticed.emit()

    def set_paused(self, paused: bool) -> None:
        self._pause_requested.emit(paused)

    def refresh_status(self) -> None:
        self._status_requested.emit()

    def shutdown(self, timeout_ms: int = 10000) -> bool:
        """Cancel a running cycle, stop the thread and wait for it (at most ``timeout_ms``)."""
        if not self.thread.isRunning():
            return True
        self.worker.cancel.set()  # thread-safe: the engine polls it between records
        self._stop_requested.emit()  # stop() runs on the sync thread, then quits its loop
        return self.thread.wait(timeout_ms)
