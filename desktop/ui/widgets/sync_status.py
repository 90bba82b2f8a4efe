"""The sync part of the status bar: last sync, waiting, conflicts, rejected, offline, paused."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ...workers.sync_worker import SyncStatus
from ..labels import report_message


def ago(when: datetime | None, now: datetime | None = None) -> str:
    from PySide6.QtCore import QCoreApplication
    if when is None:
        return QCoreApplication.translate("SyncStatusWidget", "never")
    now = now or datetime.now(timezone.utc)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("SyncStatusWidget", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("SyncStatusWidget", "%n min ago", "", seconds // 60)
    return QCoreApplication.translate("SyncStatusWidget", "%n h ago", "", seconds // 3600)


class SyncStatusWidget(QWidget):
    """GUI thread only. Shows a SyncStatus; the conflicts part is a button opening the dialog
    (never a popup of its own)."""

    conflicts_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("syncStatusLabel")
        self.conflicts_button = QToolButton(self)
        self.conflicts_button.setObjectName("syncConflictsButton")
        self.conflicts_button.setAutoRaise(True)
        self.conflicts_button.clicked.connect(self.conflicts_clicked)
        lay.addWidget(self.label)
        lay.addWidget(self.conflicts_button)
        self.status: SyncStatus | None = None
        self.running = False
        self.set_status(None)

    def set_running(self, running: bool) -> None:
        self.running = running
        self.set_status(self.status)

    def set_status(self, status: SyncStatus | None) -> None:
        self.status = status
        parts = []
        if status is None:
            parts.append(self.tr("Sync: not connected"))
        elif self.running:
            parts.append(self.tr("Syncing…"))
        elif status.paused:
            parts.append(self.tr("Sync paused"))
        elif status.outcome == "offline":
            parts.append(self.tr("Offline — will retry"))
        elif status.outcome == "auth":
            parts.append(self.tr("Sign-in needed"))
        elif status.outcome == "failed":
            parts.append(self.tr("Last sync failed"))
        elif status.last_run is None:
            parts.append(self.tr("Not synced yet"))
        else:
            parts.append(self.tr("Synced %1").replace("%1", ago(status.last_run)))
        if status is not None:
            if status.pending:
                parts.append(self.tr("%n waiting", "", status.pending))
            if status.rejected:
                parts.append(self.tr("%n rejected", "", status.rejected))
        self.label.setText(" · ".join(parts))
        tip = report_message({"message": status.message, "message_id": status.message_id,
                              "message_params": status.message_params}) if status else ""
        self.label.setToolTip(tip)
        n = status.conflicts if status else 0
        self.conflicts_button.setVisible(n > 0)
        self.conflicts_button.setText(self.tr("%n conflict(s)", "", n))
        self.conflicts_button.setToolTip(self.tr("Open the conflicts waiting for a decision"))

    def retranslate_ui(self) -> None:
        self.set_status(self.status)
