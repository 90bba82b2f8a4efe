"""The sync log: each run, each error, with "Retry" and "Open invoice"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Qt, Signal
from PySide6.QtWidgets import (QApplication, QDockWidget, QHBoxLayout, QHeaderView, QPushButton,
                               QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...store import sync_repo
from ...store.store import Store
from .. import settings
from ..labels import report_message, sync_label

OUTCOME_CONTEXT = "SyncLogPanel"
WHEN, RESULT, DETAILS = range(3)
FITTED_COLUMNS = (WHEN, RESULT)      # sized to their content until the clerk resizes them
HEADER_KEY = "syncLog/header"
SIZED_KEY = "syncLog/sizedColumns"
SAVE_DELAY_MS = 300


class ElidedCellDelegate(QStyledItemDelegate):
    """GUI thread only. Elides the given columns in the middle (an invoice number keeps its
    distinguishing end) and shows a cell's full text as its tooltip when it is elided."""

    def __init__(self, parent=None, middle_columns: tuple[int, ...] = ()) -> None:
        super().__init__(parent)
        self.middle_columns = middle_columns

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() in self.middle_columns:
            option.textElideMode = Qt.TextElideMode.ElideMiddle

    def is_elided(self, option, index) -> bool:
        """Whether the cell's text is wider than the room ``option.rect`` leaves for it."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text:
            return False
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        return opt.fontMetrics.horizontalAdvance(opt.text) > rect.width() - 2 * margin

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and index.isValid() \
                and not index.data(Qt.ItemDataRole.ToolTipRole) and self.is_elided(option, index):
            QToolTip.showText(event.globalPos(), index.data(Qt.ItemDataRole.DisplayRole), view,
                              option.rect)
            return True
        return super().helpEvent(event, view, option, index)


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
        self.tree.setItemDelegate(ElidedCellDelegate(self.tree, middle_columns=(RESULT,)))
        self._fitting = False
        self._sized: set[int] = set()    # columns the clerk resized (kept, not fitted)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_columns)
        self._restore_columns()
        header = self.tree.header()
        header.sectionResized.connect(self._on_header_section_resized)
        header.sectionHandleDoubleClicked.connect(self._on_header_section_handle_double_clicked)
        self.tree.itemExpanded.connect(self._on_tree_item_expanded)
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
            if rep.get("message") or rep.get("message_id"):
                details += " — " + report_message(rep)
            item = QTreeWidgetItem([when, self.outcome_text(run["outcome"]), details])
            for err in rep.get("errors", []):
                child = QTreeWidgetItem(["", sync_label(err.get("kind", "")),
                                         err.get("message", "")])
                child.setData(0, Qt.ItemDataRole.UserRole, err.get("uuid", ""))
                child.setData(1, Qt.ItemDataRole.UserRole, err.get("kind", ""))
                child.setToolTip(2, err.get("message", ""))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        self._fit_columns()
        self._update_buttons()

    # ------------------------------------------------------------------- columns ----
    def _restore_columns(self) -> None:
        header = self.tree.header()
        state = settings.get_bytes(HEADER_KEY)
        if state is not None:
            self._fitting = True
            try:
                header.restoreState(state)
            finally:
                self._fitting = False
            self._sized = {int(c) for c in settings.get_str(SIZED_KEY).split(",")
                           if c.isdigit() and int(c) in FITTED_COLUMNS}
        # the policy is the code's, whatever an older saved state says
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)    # Details takes the rest, elided, with a tooltip
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0") * 6)

    def _fit_columns(self) -> None:
        """Size When and Result to their content (expanded rows and header included), except a
        column the clerk sized; double-clicking its header divider makes it fitted again."""
        self._fitting = True
        try:
            for col in FITTED_COLUMNS:
                if col not in self._sized:
                    self.tree.resizeColumnToContents(col)
        finally:
            self._fitting = False

    def save_columns(self) -> None:
        self._save_timer.stop()
        settings.set_bytes(HEADER_KEY, self.tree.header().saveState())
        settings.set_str(SIZED_KEY, ",".join(str(c) for c in sorted(self._sized)))

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if self._fitting or column not in FITTED_COLUMNS:
            return
        self._sized.add(column)
        self._save_timer.start()

    def _on_header_section_handle_double_clicked(self, column: int) -> None:
        # the view has just fitted the column (and _on_header_section_resized took that for
        # the clerk's width): from now on it follows its content again
        if column in self._sized:
            self._sized.discard(column)
            self._save_timer.start()

    def _on_tree_item_expanded(self, _item) -> None:
        self._fit_columns()

    def hideEvent(self, event) -> None:  # noqa: N802
        if self._save_timer.isActive():
            self.save_columns()
        super().hideEvent(event)

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
