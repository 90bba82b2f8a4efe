"""The sync log: each run, each error, with "Retry" and "Open invoice"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...store import sync_repo
from ...store.store import Store
from ..labels import sync_label

OUTCOME_CONTEXT = "SyncLogPanel"


class SyncLogPanel(QDockWidget):
    """GUI thread only; reads the store with one short session per refresh."""

    open_invoice_requested = Signal(str)
    retry_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLogPanel")
        self.store: Store | None = None
        body = QWidget(self)
        lay = QVBoxLayout(body)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("syncLogTree")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(body)
        self.retry_button.setObjectName("syncRetryButton")
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.open_button = QPushButton(body)
        self.open_button.setObjectName("syncOpenInvoiceButton")
        self.open_button.clicked.connect(self._on_open_clicked)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        lay.addWidget(self.tree)
        lay.addLayout(buttons)
        self.setWidget(body)
        self.retranslate_ui()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sync log"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Result"), self.tr("Details")])
        self.retry_button.setText(self.tr("&Retry"))
        self.retry_button.setToolTip(self.tr("Send the rejected invoice again"))
        self.open_button.setText(self.tr("&Open invoice"))
        self.refresh()

    def set_store(self, store: Store | None) -> None:
        self.store = store
        self.refresh()

    def outcome_text(self, outcome: str) -> str:
        return {"ok": self.tr("OK"), "offline": self.tr("Offline"),
                "auth": self.tr("Sign-in needed"), "cancelled": self.tr("Cancelled"),
                "failed": self.tr("Failed"), "running": self.tr("Running")}.get(outcome, outcome)

    def refresh(self) -> None:
        self.tree.clear()
        if self.store is None:
            return
        with self.store.db.read() as s:
            runs = sync_repo.recent_runs(s, 50)
            rejected = sync_repo.rejected_messages(s, 200)
        if rejected:
            top = QTreeWidgetItem([self.tr("Now"), sync_label("rejected"),
                                   self.tr("%n invoice(s) refused by the ERP", "",
                                           len(rejected))])
            for uuid, number, message in rejected:
                child = QTreeWidgetItem(["", number or uuid[:8], message])
                child.setData(0, Qt.ItemDataRole.UserRole, uuid)
                child.setData(1, Qt.ItemDataRole.UserRole, "rejected")
                child.setToolTip(2, message)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        for run in runs:
            rep = run["report"]
            when = run["started_at"].strftime("%Y-%m-%d %H:%M:%S") if run["started_at"] else ""
            details = self.tr("pushed %1, pulled %2, merged %3, conflicts %4").replace(
                "%1", str(run["pushed"])).replace("%2", str(run["pulled"])).replace(
                "%3", str(run["merged"])).replace("%4", str(run["conflicts"]))
            if rep.get("message"):
                details += " — " + rep["message"]
            item = QTreeWidgetItem([when, self.outcome_text(run["outcome"]), details])
            for err in rep.get("errors", []):
                child = QTreeWidgetItem(["", err.get("kind", ""), err.get("message", "")])
                child.setData(0, Qt.ItemDataRole.UserRole, err.get("uuid", ""))
                child.setData(1, Qt.ItemDataRole.UserRole, err.get("kind", ""))
                child.setToolTip(2, err.get("message", ""))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self._update_buttons()

    def _current_uuid(self) -> str:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) or "" if item else ""

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        uuid = self._current_uuid()
        self.open_button.setEnabled(bool(uuid))
        self.retry_button.setEnabled(bool(uuid) and item is not None
                                     and item.data(1, Qt.ItemDataRole.UserRole) == "rejected")

    def _on_tree_current_item_changed(self, *_args) -> None:
        self._update_buttons()

    def _on_tree_item_double_clicked(self, item, _column) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if uuid:
            self.open_invoice_requested.emit(uuid)

    def _on_open_clicked(self) -> None:
        if self._current_uuid():
            self.open_invoice_requested.emit(self._current_uuid())

    def _on_retry_clicked(self) -> None:
        if self._current_uuid():
            self.retry_requested.emit(self._current_uuid())
