"""The invoice list as a table model paging over the store: only blocks on screen are loaded.

Rows come in blocks of ``BLOCK`` from ``search.list_invoices`` (plain InvoiceSummary values);
an LRU cache keeps the last few blocks. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ...store import search
from ...store.search import InvoiceQuery, InvoiceSummary, ListStats
from ...store.store import Store
from ..labels import format_money, kind_label, status_label, sync_label

BLOCK = 200
MAX_BLOCKS = 40

# (key, SQL sort key)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "number"), ("kind", "kind"), ("party", "party"), ("issue_date", "issue_date"),
    ("due_date", "due_date"), ("currency", "currency"), ("gross", "gross"),
    ("outstanding", "outstanding"), ("status", "status"), ("sync_state", "sync_state"),
)
COLUMN_KEYS = tuple(c[0] for c in COLUMNS)
MONEY_COLUMNS = {"gross", "outstanding"}

SummaryRole = Qt.ItemDataRole.UserRole + 1
UuidRole = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_MONEY_INDEXES = {i for i, k in enumerate(COLUMN_KEYS) if k in MONEY_COLUMNS}
_OTHER_ROLES = {Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, SummaryRole,
                UuidRole}


class InvoiceTableModel(QAbstractTableModel):
    """GUI thread only. Reads the store with one short session per block."""

    stats_changed = Signal(object)   # ListStats of the filtered set
    query_changed = Signal(object)   # InvoiceQuery

    def __init__(self, store: Store | None = None, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self._query = InvoiceQuery()
        self._count = 0
        self._stats = ListStats(0)
        self._blocks: OrderedDict[int, list[InvoiceSummary]] = OrderedDict()
        self._texts: dict[int, list[tuple[str, ...]]] = {}   # display strings per block
        self.block_loads = 0  # for tests and benchmarks

    # --- the query ------------------------------------------------------------------
    def set_store(self, store: Store | None) -> None:
        self._store = store
        self.refresh()

    def query(self) -> InvoiceQuery:
        return self._query

    def stats(self) -> ListStats:
        return self._stats

    def set_query(self, query: InvoiceQuery) -> None:
        self._query = query
        self.refresh()
        self.query_changed.emit(query)

    def refresh(self) -> None:
        """Count again and forget every cached block (after a save, a filter, a sort)."""
        self.beginResetModel()
        self._blocks.clear()
        self._texts.clear()
        if self._store is None:
            self._stats = ListStats(0)
        else:
            with self._store.db.read() as s:
                self._stats = search.stats(s, self._query)
        self._count = self._stats.count
        self.endResetModel()
        self.stats_changed.emit(self._stats)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.set_query(replace(self._query, sort=COLUMNS[column][1],
                               descending=order == Qt.SortOrder.DescendingOrder))

    # --- rows -----------------------------------------------------------------------
    def summary(self, row: int) -> InvoiceSummary | None:
        if not 0 <= row < self._count or self._store is None:
            return None
        start = row - row % BLOCK
        block = self._blocks.get(start)
        if block is None:
            with self._store.db.read() as s:
                block = search.list_invoices(s, self._query, offset=start, limit=BLOCK)
            self.block_loads += 1
            self._blocks[start] = block
            while len(self._blocks) > MAX_BLOCKS:
                old, _ = self._blocks.popitem(last=False)
                self._texts.pop(old, None)
        else:
            self._blocks.move_to_end(start)
        i = row - start
        return block[i] if i < len(block) else None

    def row_of_uuid(self, uuid: str) -> int:
        """The row of ``uuid`` among the loaded blocks (the first block at least), or -1."""
        if not self._blocks and self._count:
            self.summary(0)
        for start, block in self._blocks.items():
            for i, s in enumerate(block):
                if s.uuid == uuid:
                    return start + i
        return -1

    # --- Qt API ---------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(COLUMNS[section][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in MONEY_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column_title(self, key: str) -> str:
        return {
            "number": self.tr("Number"), "kind": self.tr("Type"), "party": self.tr("Party"),
            "issue_date": self.tr("Issue date"), "due_date": self.tr("Due date"),
            "currency": self.tr("Currency"), "gross": self.tr("Total incl. tax"),
            "outstanding": self.tr("Outstanding"), "status": self.tr("Status"),
            "sync_state": self.tr("Sync"),
        }[key]

    def retranslate(self) -> None:
        self._texts.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(COLUMNS) - 1))

    def _row_texts(self, row: int) -> tuple[str, ...] | None:
        s = self.summary(row)   # loads the block if needed
        if s is None:
            return None
        start = row - row % BLOCK
        texts = self._texts.get(start)
        if texts is None:
            texts = [tuple(self._display(x, k) for k in COLUMN_KEYS)
                     for x in self._blocks[start]]
            self._texts[start] = texts
        return texts[row - start]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:   # the hot path: pre-formatted per block
            texts = self._row_texts(index.row())
            return texts[index.column()] if texts else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in _MONEY_INDEXES else None
        if role not in _OTHER_ROLES:
            return None
        s = self.summary(index.row())
        if s is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.ToolTipRole and key == "sync_state" and s.sync_message:
            return s.sync_message
        if role == Qt.ItemDataRole.ForegroundRole:
            if s.status == "cancelled":
                return QApplication.palette().color(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text)
            if key == "sync_state" and s.sync_state in ("conflict", "rejected"):
                return QColor("#c62828")
        if role == UuidRole:
            return s.uuid
        if role == SummaryRole:
            return s
        return None

    def _display(self, s: InvoiceSummary, key: str) -> str:
        if key == "number":
            return s.number or self.tr("(no number)")
        if key == "kind":
            return kind_label(s.kind, s.is_credit_note)
        if key == "party":
            return s.party_name
        if key == "issue_date":
            return s.issue_date.isoformat()
        if key == "due_date":
            return s.due_date.isoformat() if s.due_date else ""
        if key == "currency":
            return s.currency
        if key == "gross":
            return format_money(s.gross)
        if key == "outstanding":
            return format_money(s.outstanding)
        if key == "status":
            return status_label(s.status)
        if key == "sync_state":
            return sync_label(s.sync_state)
        return ""
