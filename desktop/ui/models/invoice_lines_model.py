"""The lines of the invoice being edited, as a table model, and the delegate that edits them.

The model shows the editor's working copy (a list of domain InvoiceLine). It never changes
a line by itself: an edit is handed to ``edit_handler(row, key, value)`` (the editor turns it
into an undoable command), so undo/redo sees every change.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate

from ...domain.errors import BadInput
from ...domain.money import parse_decimal
from ...domain.records import InvoiceLine
from ...domain.tax import STANDARD_VAT_RATES, normalise_rate
from ...domain.totals import line_net
from ..labels import format_money, format_rate

LINE_COLUMNS = ("description", "quantity", "unit", "unit_price", "discount", "tax_rate", "net")
DECIMAL_KEYS = {"quantity", "unit_price", "discount", "tax_rate"}
EDITABLE = set(LINE_COLUMNS) - {"net"}
ProblemRole = Qt.ItemDataRole.UserRole + 10


def dec_text(value: Decimal) -> str:
    """A Decimal as a person would type it (no exponent, no needless zeros for counts)."""
    return f"{value:f}"


class InvoiceLinesModel(QAbstractTableModel):
    """GUI thread only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[InvoiceLine] = []
        self.currency = "CNY"
        self.read_only = False
        self.edit_handler: Callable[[int, str, object], None] | None = None
        self._problems: dict[tuple[int, str], str] = {}

    def set_lines(self, lines: list[InvoiceLine], currency: str) -> None:
        self.beginResetModel()
        self.lines = lines
        self.currency = currency
        self.endResetModel()

    def set_problems(self, problems: dict[tuple[int, str], str]) -> None:
        self._problems = dict(problems)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.lines) - 1, len(LINE_COLUMNS) - 1))

    def problem_at(self, row: int, key: str) -> str:
        return self._problems.get((row, key), "")

    # --- Qt API ---------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(LINE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return {
            "description": self.tr("Description"), "quantity": self.tr("Quantity"),
            "unit": self.tr("Unit"), "unit_price": self.tr("Unit price"),
            "discount": self.tr("Discount %"), "tax_rate": self.tr("Tax rate"),
            "net": self.tr("Net amount"),
        }[LINE_COLUMNS[section]]

    def flags(self, index: QModelIndex):
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and LINE_COLUMNS[index.column()] in EDITABLE and not self.read_only:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line = self.lines[index.row()]
        key = LINE_COLUMNS[index.column()]
        problem = self._problems.get((index.row(), key), "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "net":
                try:
                    return format_money(line_net(line, self.currency))
                except BadInput:
                    return ""
            value = getattr(line, key)
            if key == "tax_rate":
                return format_rate(value) if role == Qt.ItemDataRole.DisplayRole \
                    else dec_text(normalise_rate(value))
            if key == "unit_price" and role == Qt.ItemDataRole.DisplayRole:
                return format_money(value)
            if isinstance(value, Decimal):
                return dec_text(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in DECIMAL_KEYS | {"net"}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and problem:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return QColor(211, 47, 47, 60)
        if role == ProblemRole:
            return problem
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        key = LINE_COLUMNS[index.column()]
        if key not in EDITABLE:
            return False
        if key in DECIMAL_KEYS:
            try:
                parsed = parse_decimal(str(value).replace("%", ""), what=key)
            except BadInput:
                return False
            if parsed == getattr(self.lines[index.row()], key):
                return True
            value = parsed
        else:
            value = str(value)
            if value == getattr(self.lines[index.row()], key):
                return True
        if self.edit_handler is not None:
            self.edit_handler(index.row(), key, value)
        return True

    def refresh_row(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(LINE_COLUMNS) - 1))


class LinesDelegate(QStyledItemDelegate):
    """Editors for the lines table: text fields that commit as you type (totals follow),
    a combo for the tax rate. GUI thread only."""

    def __init__(self, parent=None, rates: tuple[Decimal, ...] = STANDARD_VAT_RATES,
                 editor_filter=None) -> None:
        super().__init__(parent)
        self.rates = tuple(rates)
        self.editor_filter = editor_filter

    def createEditor(self, parent, option, index):  # noqa: N802
        key = LINE_COLUMNS[index.column()]
        if key == "tax_rate":
            combo = QComboBox(parent)
            combo.setObjectName("taxRateEditor")
            for r in self.rates:
                combo.addItem(format_rate(r), dec_text(normalise_rate(r)))
            combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
            editor = combo
        else:
            edit = QLineEdit(parent)
            edit.setObjectName(f"lineEditor_{key}")
            edit.setFrame(False)
            if key in DECIMAL_KEYS:
                edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.textEdited.connect(lambda _t, e=edit: self.commitData.emit(e))
            editor = edit
        if self.editor_filter is not None:
            editor.installEventFilter(self.editor_filter)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            i = editor.findData(value)
            if i < 0:
                editor.addItem(format_rate(Decimal(value)), value)
                i = editor.count() - 1
            if i != editor.currentIndex():
                editor.blockSignals(True)
                editor.setCurrentIndex(i)
                editor.blockSignals(False)
            return
        current = editor.text()
        key = LINE_COLUMNS[index.column()]
        if key in DECIMAL_KEYS and current:
            try:
                if parse_decimal(current) == Decimal(value):
                    return  # typing "1." must not be rewritten to "1" under the cursor
            except (BadInput, ArithmeticError):
                pass
        if current != value:
            editor.setText(value)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            model.setData(index, editor.text())
