"""Sync in the window: the Sync menu and toolbar buttons, the status-bar summary, the sync
log panel, the sync thread's life with the profile, and a non-modal sign-in prompt.

GUI thread only. The sync itself runs on its own QThread (workers/sync_worker.py); nothing
here waits for it. Conflicts show as a count that opens the dialog when the clerk asks —
never a modal popping up while the clerk types.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from ..domain.errors import KnownError
from ..store import sync_repo
from ..sync.connect import make_connector
from ..workers.sync_worker import SyncController, SyncStatus, SyncWorker
from .context import AppContext
from .labels import report_message
from .widgets.sync_log_panel import SyncLogPanel
from .widgets.sync_status import SyncStatusWidget

log = logging.getLogger(__name__)

SYNCED_KINDS = ("practice", "rest", "tryton")


class SyncUi(QObject):
    """Owns the sync thread of the open profile and its widgets in ``window``.

    ``auto`` (class-wide) turns the automatic triggers on: a first cycle shortly after a
    profile opens, the profile's timer, and local changes. Tests switch it off and sync by
    hand, so a background cycle never races a test.
    """

    auto = True
    FIRST_SYNC_MS = 1500

    conflicts_changed = Signal(int)
    credentials_needed = Signal(str)    # the window offers to enter them (non-modal)
    synced = Signal(object)             # a finished run's report (dict)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.ctx: AppContext | None = None
        self.controller: SyncController | None = None
        self.status: SyncStatus | None = None
        self.status_widget = SyncStatusWidget(window)
        window.statusBar().addPermanentWidget(self.status_widget)
        self.log_panel = SyncLogPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_panel)
        self.log_panel.hide()
        self.log_panel.retry_requested.connect(self._on_log_panel_retry_requested)
        self.log_panel.open_invoice_requested.connect(self._on_log_panel_open_invoice_requested)

        self.sync_now_action = QAction(window)
        self.sync_now_action.setObjectName("syncNowAction")
        self.sync_now_action.setShortcut(QKeySequence("F9"))
        self.sync_now_action.triggered.connect(self.sync_now)
        self.pause_action = QAction(window)
        self.pause_action.setObjectName("pauseSyncAction")
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self._on_pause_action_toggled)
        self.log_action = self.log_panel.toggleViewAction()
        self.log_action.setObjectName("showSyncLogAction")
        self.log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        for a in (self.sync_now_action, self.pause_action):
            window.addAction(a)
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("syncMenu")
        self.menu.addAction(self.sync_now_action)
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.menu.addAction(self.log_action)
        window.toolbar.addSeparator()
        window.toolbar.addAction(self.sync_now_action)
        self.status_widget.conflicts_clicked.connect(self._on_status_conflicts_clicked)
        self.retranslate_ui()
        self._update_actions()

    # --- profile life ----------------------------------------------------------------------
    def set_context(self, ctx: AppContext | None) -> None:
        """The window opened another profile (or closed it): restart the sync thread."""
        self.shutdown()
        self.ctx = ctx
        self.status = None
        self.log_panel.set_store(ctx.store if ctx else None)
        if ctx is not None and ctx.profile.kind in SYNCED_KINDS:
            registry, profile = ctx.registry, ctx.profile
            interval = (profile.sync_interval_s or 60) if self.auto else 0
            worker = SyncWorker(ctx.store, lambda: make_connector(registry, profile), ctx.actor,
                                interval_s=interval)
            self.controller = SyncController(worker, self)
            self.controller.run_started.connect(self._on_controller_run_started)
            self.controller.run_finished.connect(self._on_controller_run_finished)
            self.controller.status_changed.connect(self._on_controller_status_changed)
            self.controller.start()
            if self.auto:
                QTimer.singleShot(self.FIRST_SYNC_MS, self.sync_now)
        self.status_widget.set_status(None if self.controller is None else self.status)
        self._update_actions()

    def shutdown(self) -> None:
        if self.controller is not None:
            if not self.controller.shutdown():
                log.warning("the sync thread did not stop in time")
            self.controller.deleteLater()
            self.controller = None

    # --- what the window tells us ------------------------------------------------------------
    def notify_local_change(self) -> None:
        if self.controller is not None and self.auto:
            self.controller.notify_local_change()

    def sync_now(self) -> None:
        if self.controller is not None:
            self.controller.sync_now()

    def resume_after_sign_in(self) -> None:
        """Credentials were entered again: try at once."""
        if self.controller is not None:
            self.pause_action.setChecked(False)
            self.controller.set_paused(False)

    # --- slots ---------------------------------------------------------------------------------
    def _on_pause_action_toggled(self, paused: bool) -> None:
        if self.controller is not None:
            self.controller.set_paused(paused)

    def _on_controller_run_started(self) -> None:
        self.status_widget.set_running(True)

    def _on_controller_run_finished(self, report: dict) -> None:
        self.status_widget.set_running(False)
        if report.get("outcome") == "auth":   # the worker paused itself: ask once per refusal
            self.credentials_needed.emit(report_message(report))
        if report.get("pushed") or report.get("pulled") or report.get("merged") \
                or report.get("conflicts") or report.get("deleted") or report.get("errors"):
            self.window.refresh()
        self.log_panel.refresh()
        self.synced.emit(report)

    def _on_controller_status_changed(self, status: SyncStatus) -> None:
        before = self.status.conflicts if self.status else 0
        self.status = status
        self.status_widget.set_status(status)
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(status.paused)
        self.pause_action.blockSignals(False)
        if status.conflicts != before:
            self.conflicts_changed.emit(status.conflicts)

    def _on_status_conflicts_clicked(self) -> None:
        opener = getattr(self.window, "open_conflicts", None)
        if opener is not None:
            opener()

    def _on_log_panel_retry_requested(self, uuid: str) -> None:
        if self.ctx is None:
            return
        try:
            with self.ctx.store.db.write() as s:
                sync_repo.retry_rejected(s, self.ctx.store.audit_log(), self.ctx.actor, uuid)
        except KnownError as exc:
            self.window.show_known_error(exc)
            return
        self.log_panel.refresh()
        self.window.refresh()
        self.sync_now()

    def _on_log_panel_open_invoice_requested(self, uuid: str) -> None:
        self.window.open_invoice(uuid)

    # --- looks ---------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        on = self.controller is not None
        self.sync_now_action.setEnabled(on)
        self.pause_action.setEnabled(on)
        tip = "" if on else self.tr("This profile works offline; connect it to an ERP to sync.")
        for a in (self.sync_now_action, self.pause_action):
            a.setToolTip(tip or a.text().replace("&", ""))

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("&Sync"))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.pause_action.setText(self.tr("&Pause sync"))
        self.log_action.setText(self.tr("Sync &log"))
        self.log_panel.retranslate_ui()
        self.status_widget.retranslate_ui()
        self._update_actions()
