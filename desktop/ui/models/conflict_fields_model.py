"""The differing fields of one invoice in conflict, as a table the clerk decides row by row.

Rows, top to bottom: every field in conflict (a scalar, or a whole line ``line:<uuid>``
followed by one sub-row per line detail that differs between the two sides), then a section
of what merged by itself (greyed, for context). Columns: field, original (base), mine,
theirs, result. A scalar or a line detail is decided by a side ("mine"/"theirs") or by a
typed value; a line whose details were chosen from both sides, or typed, becomes a custom
line. ``decision()`` gives what ``sync.conflicts.decide`` takes.

When the ERP deleted the invoice (``deleted=True``) there is no ERP side left to choose:
the table only says what the local copy keeps — the fields in conflict and what else changed
here — read-only, with no choosing marks; the dialog hides the theirs and result columns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionButton

from ...domain.errors import BadInput
from ...domain.money import MINOR_UNITS, parse_decimal
from ...domain.records import Invoice, Status
from ...sync.merge import (LINE_FIELDS, LINE_PREFIX, MergeResult, apply_snapshot, field_value,
                           resolve)
from ..labels import fill, format_money, format_rate, kind_label

MINE, THEIRS, TYPED = "mine", "theirs", "typed"
COLUMNS = ("field", "base", "mine", "theirs", "result")
COL_FIELD, COL_BASE, COL_MINE, COL_THEIRS, COL_RESULT = range(5)
translate = QCoreApplication.translate   # lupdate reads translate("Context", "text") calls
FieldRole = Qt.ItemDataRole.UserRole + 1      # the field name ("notes", "line:<uuid>")
RowKindRole = Qt.ItemDataRole.UserRole + 2    # conflict | detail | section | merged
ChoiceRole = Qt.ItemDataRole.UserRole + 3     # mine | theirs | typed | "" (undecided)

TYPED_SCALARS = frozenset({"number", "issue_date", "due_date", "currency", "payment_terms",
                           "notes", "external_ref"})
DECIMAL_DETAILS = frozenset({"quantity", "unit_price", "discount", "tax_rate"})


def field_label(name: str, line_no: int = 0) -> str:
    """The translated name of a snapshot field (``line_no`` numbers a line from 1)."""
    if name.startswith(LINE_PREFIX):
        return translate("Conflicts", "Line {n}").format(n=line_no or "?")
    return {
        "kind": translate("Conflicts", "Type"),
        "number": translate("Conflicts", "Number"),
        "party": translate("Conflicts", "Party"),
        "issue_date": translate("Conflicts", "Issue date"),
        "due_date": translate("Conflicts", "Due date"),
        "currency": translate("Conflicts", "Currency"),
        "payment_terms": translate("Conflicts", "Payment terms"),
        "notes": translate("Conflicts", "Notes"),
        "external_ref": translate("Conflicts", "Reference"),
        "is_credit_note": translate("Conflicts", "Credit note"),
        "credit_note_of": translate("Conflicts", "Credit note of"),
    }.get(name, name)


def detail_label(sub: str) -> str:
    return {"description": translate("Conflicts", "Description"),
            "quantity": translate("Conflicts", "Quantity"),
            "unit": translate("Conflicts", "Unit"),
            "unit_price": translate("Conflicts", "Unit price"),
            "discount": translate("Conflicts", "Discount %"),
            "tax_rate": translate("Conflicts", "Tax rate")}.get(sub, sub)


def _price(text: str) -> str:
    d = Decimal(text)
    if d.as_tuple().exponent > -2:  # type: ignore[operator]
        d = d.quantize(Decimal("0.01"))
    return format_money(d)


def line_summary(line: dict) -> str:
    """One readable line: description, quantity × price, discount, tax rate."""
    qty = f"{Decimal(line['quantity']):f}" + (f" {line['unit']}" if line.get("unit") else "")
    params = {"description": line["description"] or "…", "quantity": qty,
              "price": _price(line["unit_price"]),
              "rate": format_rate(Decimal(line["tax_rate"])),
              "discount": f"{Decimal(line['discount']):f}"}
    if Decimal(line.get("discount") or 0):
        text = translate("Conflicts",
                         "{description}: {quantity} × {price} less {discount} %, {rate}")
    else:
        text = translate("Conflicts", "{description}: {quantity} × {price}, {rate}")
    return text.format(**params)


def parse_typed(name: str, sub: str, text: str) -> tuple[Any, str]:
    """A typed result → (value as the snapshot keeps it, "" ) or (None, translated problem)."""
    text = text.strip()
    if sub in DECIMAL_DETAILS:
        try:
            value = parse_decimal(text, what=sub)
        except BadInput:
            return None, translate("Conflicts",
                                   "Type a number such as 12.50 (a dot before the decimals).")
        return format(value.normalize(), "f"), ""
    if sub:
        if sub == "description" and not text:
            return None, translate("Conflicts", "A line needs a description.")
        return text, ""
    if name in ("issue_date", "due_date"):
        if not text and name == "due_date":
            return "", ""
        try:
            return date.fromisoformat(text.replace("/", "-").replace(".", "-")).isoformat(), ""
        except ValueError:
            return None, translate("Conflicts", "Type a date such as 2026-11-28.")
    if name == "currency":
        code = text.upper()
        if code not in MINOR_UNITS:
            return None, fill("Validation", "Unknown currency code \"{code}\".", {"code": text})
        return code, ""
    return text, ""


@dataclass(slots=True)
class _Row:
    kind: str                   # conflict | detail | section | merged
    field: str = ""             # snapshot field name
    sub: str = ""               # line detail of a "detail" row
    base: Any = None
    mine: Any = None
    theirs: Any = None
    result: Any = None          # merged rows: the merged value
    origin: str = ""            # merged rows: changed_mine, added_theirs... (origin_text)
    line_no: int = 0
    details: list[str] = dc_field(default_factory=list)   # conflict line rows: differing subs


def _radio_icon(checked: bool, enabled: bool) -> QIcon:
    """The style's own radio indicator as an icon (follows the palette, dark mode too)."""
    style = QApplication.style()
    w = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
    h = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)
    ratio = 2
    pm = QPixmap(w * ratio, h * ratio)
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.GlobalColor.transparent)
    opt = QStyleOptionButton()
    opt.rect = QRect(0, 0, w, h)
    opt.palette = QApplication.palette()
    opt.state = (QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off)
    if enabled:
        opt.state |= QStyle.StateFlag.State_Enabled
    p = QPainter(pm)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, opt, p)
    p.end()
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
        icon.addPixmap(pm, mode)  # no highlight tint on the selected row
    return icon


class ConflictFieldsModel(QAbstractTableModel):
    """GUI thread only. Holds the clerk's choices for one invoice; never touches the store."""

    choices_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.merge: MergeResult | None = None
        self.rows: list[_Row] = []
        self.party_names: dict[str, str] = {}
        self.mine_allowed: frozenset[str] | None = None   # None: every field
        self.read_only = False
        self.deleted = False                              # the ERP deleted it: nothing to pick
        self._choice: dict[tuple[str, str], str] = {}     # (field, sub) → mine/theirs/typed
        self._typed: dict[tuple[str, str], Any] = {}      # (field, sub) → parsed value
        self._invalid: dict[tuple[str, str], tuple[str, str]] = {}  # → (text, problem)
        self._icons: dict[tuple[bool, bool], QIcon] = {}

    # --- loading ----------------------------------------------------------------------
    def set_detail(self, merge: MergeResult, base: dict | None, mine: dict, theirs: dict,
                   party_names: dict[str, str], mine_allowed: frozenset[str] | None = None,
                   read_only: bool = False, keep: dict | None = None,
                   deleted: bool = False) -> None:
        """Show ``merge``. ``mine_allowed``: the only fields where "mine" may be chosen
        (None: all). ``keep``: a ``saved_state()`` whose choices survive where a field's
        three values are unchanged. ``deleted``: the ERP deleted the invoice; only what the
        local copy keeps is shown, read-only."""
        self.beginResetModel()
        self.merge = merge
        self.party_names = dict(party_names)
        self.mine_allowed = mine_allowed
        self.deleted = deleted
        self.read_only = read_only or deleted
        self._choice.clear()
        self._typed.clear()
        self._invalid.clear()
        self.rows = []
        order = self._line_numbers(merge, mine, theirs, base)
        for c in merge.conflicts:
            if c.field.startswith(LINE_PREFIX):
                subs = [f for f in LINE_FIELDS if c.mine is not None and c.theirs is not None
                        and c.mine[f] != c.theirs[f]] if not deleted else []
                self.rows.append(_Row("conflict", c.field, "", c.base, c.mine, c.theirs,
                                      line_no=order.get(c.field, 0), details=subs))
                for s in subs:
                    self.rows.append(_Row("detail", c.field, s,
                                          None if c.base is None else c.base.get(s),
                                          c.mine[s], c.theirs[s], line_no=order.get(c.field, 0)))
            else:
                self.rows.append(_Row("conflict", c.field, "", c.base, c.mine, c.theirs))
        merged = [(f, MINE) for f in merge.from_mine if f not in merge.from_theirs] + \
                 [(f, THEIRS) for f in merge.from_theirs if f not in merge.from_mine] + \
                 [(f, "both") for f in merge.from_mine if f in merge.from_theirs]
        if deleted:   # the ERP's own changes went with it: only what changed here is kept
            merged = [(f, MINE) for f, side in merged if side != THEIRS]
        if merged:
            self.rows.append(_Row("section"))
        for f, side in merged:
            b, m, t = field_value(base, f), field_value(mine, f), field_value(theirs, f)
            self.rows.append(_Row("merged", f, "", b, m, t, field_value(merge.merged, f),
                                  self._origin(f, side, b, m, t), order.get(f, 0)))
        for c in merge.conflicts:  # posted in the ERP: the only possible side is chosen
            if not self.mine_ok(c.field) and not deleted:
                for key in self._keys(c.field):
                    self._choice[key] = THEIRS
        if keep and not deleted:
            self._restore(keep)
        self.endResetModel()
        self.choices_changed.emit()

    @staticmethod
    def _line_numbers(merge: MergeResult, *snaps: dict | None) -> dict[str, int]:
        """line:<uuid> → its number (1-based) in the merged invoice, else in mine/theirs."""
        out: dict[str, int] = {}
        for snap in (merge.merged, *snaps):
            if not snap:
                continue
            for key, line in snap.get("lines", {}).items():
                out.setdefault(LINE_PREFIX + key, int(line.get("position", 0)) + 1)
        return out

    @staticmethod
    def _origin(name: str, side: str, b: Any, m: Any, t: Any) -> str:
        """Where a merged change came from, as a key of ``origin_text``."""
        if side == "both":
            return "both"
        if name.startswith(LINE_PREFIX):
            if b is None:
                return "added_" + side
            if (m if side == MINE else t) is None:
                return "removed_" + side
        return "changed_" + side

    @staticmethod
    def origin_text(origin: str) -> str:
        return {"both": translate("Conflicts", "changed on both sides, different details"),
                "added_mine": translate("Conflicts", "added here"),
                "added_theirs": translate("Conflicts", "added in the ERP"),
                "removed_mine": translate("Conflicts", "removed here"),
                "removed_theirs": translate("Conflicts", "removed in the ERP"),
                "changed_mine": translate("Conflicts", "changed here"),
                "changed_theirs": translate("Conflicts", "changed in the ERP")}.get(origin, origin)

    def _keys(self, name: str) -> list[tuple[str, str]]:
        """The decision keys of a conflict field: (field, "") or one per line detail."""
        row = self.rows[self.row_of(name)]
        return [(name, s) for s in row.details] if row.details else [(name, "")]

    # --- state kept across a reload ---------------------------------------------------
    def saved_state(self) -> dict:
        values = {r.field: json.dumps([r.base, r.mine, r.theirs], sort_keys=True, default=str)
                  for r in self.rows if r.kind == "conflict"}
        return {"values": values, "choice": dict(self._choice), "typed": dict(self._typed),
                "invalid": dict(self._invalid)}

    def _restore(self, state: dict) -> None:
        for r in self.rows:
            if r.kind != "conflict":
                continue
            now = json.dumps([r.base, r.mine, r.theirs], sort_keys=True, default=str)
            if state["values"].get(r.field) != now:
                continue
            for key in self._keys(r.field):
                for name in ("choice", "typed", "invalid"):
                    if key in state[name]:
                        getattr(self, "_" + name)[key] = state[name][key]

    # --- questions --------------------------------------------------------------------
    def row_of(self, name: str, sub: str = "") -> int:
        for i, r in enumerate(self.rows):
            if r.field == name and r.sub == sub and r.kind in ("conflict", "detail"):
                return i
        return -1

    def conflict_fields(self) -> list[str]:
        return [r.field for r in self.rows if r.kind == "conflict"]

    def mine_ok(self, name: str) -> bool:
        return self.mine_allowed is None or name in self.mine_allowed

    def can_type(self, row: int) -> bool:
        r = self.rows[row]
        if self.read_only or r.kind not in ("conflict", "detail"):
            return False
        if self.mine_allowed is not None and r.field not in self.mine_allowed:
            return False  # the ERP's version is final: nothing typed but allowed fields
        if r.kind == "detail":
            return True
        return r.field in TYPED_SCALARS

    def choosable(self, row: int) -> bool:
        return 0 <= row < len(self.rows) and not self.read_only and \
            self.rows[row].kind in ("conflict", "detail")

    def choice_of(self, row: int) -> str:
        """mine / theirs / typed / mixed / "" (undecided) for a conflict or detail row."""
        r = self.rows[row]
        if r.kind == "detail":
            return self._choice.get((r.field, r.sub), "")
        if r.kind != "conflict":
            return ""
        got = {self._choice.get(k, "") for k in self._keys(r.field)}
        if "" in got:
            return ""
        return got.pop() if len(got) == 1 else "mixed"

    def undecided(self) -> list[str]:
        return [r.field for i, r in enumerate(self.rows)
                if r.kind == "conflict" and self.choice_of(i) == ""]

    def typed_problems(self) -> list[tuple[str, str]]:
        """(where, problem) of every typed value that could not be read."""
        out = []
        for (name, sub), (_text, problem) in self._invalid.items():
            row = self.rows[self.row_of(name, sub)]
            where = field_label(name, row.line_no)
            if sub:
                where = f"{where} · {detail_label(sub)}"
            out.append((where, problem))
        return out

    def has_typed(self) -> bool:
        return bool(self._typed) or bool(self._invalid)

    # --- decisions --------------------------------------------------------------------
    def choose(self, row: int, side: str) -> bool:
        """Take ``side`` for the field (or line detail) of ``row``; False if not allowed."""
        if not self.choosable(row) or side not in (MINE, THEIRS):
            return False
        r = self.rows[row]
        if side == MINE and not self.mine_ok(r.field):
            return False
        keys = [(r.field, r.sub)] if r.kind == "detail" else self._keys(r.field)
        for key in keys:
            self._choice[key] = side
            self._typed.pop(key, None)
            self._invalid.pop(key, None)
        self._changed(r.field)
        return True

    def choose_all(self, side: str) -> int:
        n = 0
        for i, r in enumerate(self.rows):
            if r.kind == "conflict" and self.choose(i, side):
                n += 1
        return n

    def set_typed(self, row: int, text: str) -> str:
        """Use a typed value for ``row``; returns the problem ("" when it was read)."""
        if not self.can_type(row):
            return ""
        r = self.rows[row]
        key = (r.field, r.sub)
        value, problem = parse_typed(r.field, r.sub, text)
        if problem:
            self._invalid[key] = (text, problem)
            self._typed.pop(key, None)
        else:
            self._invalid.pop(key, None)
            self._typed[key] = value
        self._choice[key] = TYPED
        self._changed(r.field)
        return problem

    def _changed(self, name: str) -> None:
        rows = [i for i, r in enumerate(self.rows) if r.field == name and r.kind != "merged"]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0),
                                  self.index(max(rows), len(COLUMNS) - 1))
        self.choices_changed.emit()

    def _line_result(self, r: _Row) -> dict | None:
        """The resulting line of a conflict line row (None: removed), assuming it is decided."""
        if not r.details:
            return r.mine if self._choice.get((r.field, "")) == MINE else r.theirs
        line = dict(r.mine)
        for s in r.details:
            key = (r.field, s)
            ch = self._choice.get(key)
            side = r.mine if ch == MINE else r.theirs
            line[s] = self._typed[key] if ch == TYPED else side[s]
        return line

    def decision(self) -> tuple[dict[str, str], dict[str, Any]] | None:
        """(fields → side, custom values) for ``conflicts.decide``; None while undecided or
        a typed value is unreadable."""
        if self.undecided() or self._invalid:
            return None
        fields: dict[str, str] = {}
        custom: dict[str, Any] = {}
        for i, r in enumerate(self.rows):
            if r.kind != "conflict":
                continue
            ch = self.choice_of(i)
            if ch in (MINE, THEIRS):
                fields[r.field] = ch
            elif r.field.startswith(LINE_PREFIX):
                custom[r.field] = self._line_result(r)
                fields[r.field] = MINE
            else:
                custom[r.field] = self._typed[(r.field, "")]
                fields[r.field] = MINE
        return fields, custom

    def resolved(self) -> dict | None:
        """The resulting snapshot (None while something is undecided)."""
        d = self.decision()
        if d is None or self.merge is None:
            return None
        return resolve(self.merge, d[0], d[1])

    def result_invoice(self, current: Invoice, status: Status | None = None
                       ) -> Invoice | None:
        """``current`` with the decision applied (``status``: the ERP's, when final)."""
        snap = self.resolved()
        if snap is None:
            return None
        inv = apply_snapshot(current, snap)
        if status is not None:
            inv.status = status
        return inv

    def uniform_side(self) -> str:
        """mine/theirs when every decision is that side, else ""."""
        d = self.decision()
        if d is None or d[1]:
            return ""
        sides = set(d[0].values())
        return sides.pop() if len(sides) == 1 else ""

    # --- display ----------------------------------------------------------------------
    def _icon(self, checked: bool, enabled: bool) -> QIcon:
        key = (checked, enabled)
        if key not in self._icons:
            self._icons[key] = _radio_icon(checked, enabled)
        return self._icons[key]

    def display_value(self, r: _Row, value: Any, column: int) -> str:
        if r.sub:
            if value is None:
                return "—"
            if r.sub in DECIMAL_DETAILS:
                d = Decimal(value)
                return format_rate(d) if r.sub == "tax_rate" else (
                    _price(value) if r.sub == "unit_price" else f"{d:f}")
            return value if value != "" else translate("Conflicts", "(empty)")
        if r.field.startswith(LINE_PREFIX):
            if value is None:
                if column == COL_BASE or r.base is None:
                    return translate("Conflicts", "(not there)")
                return translate("Conflicts", "(removed)")
            return line_summary(value)
        if value is None:
            return "—"
        if r.field == "kind":
            return kind_label(str(value))
        if r.field == "is_credit_note":
            return translate("Conflicts", "Yes") if value else translate("Conflicts", "No")
        if r.field == "party":
            return self.party_names.get(value, value)
        if value == "":
            return translate("Conflicts", "(empty)")
        return str(value).replace("\n", " ⏎ ")

    def _result_text(self, row: int) -> tuple[str, bool]:
        """(text, is_typed) of the result cell."""
        r = self.rows[row]
        if r.kind == "merged":
            return self.display_value(r, r.result, COL_RESULT), False
        key = (r.field, r.sub)
        if r.kind == "detail":
            ch = self._choice.get(key, "")
        else:
            ch = self.choice_of(row)
        if key in self._invalid:
            return self._invalid[key][0], True
        if ch == "":
            return translate("Conflicts", "choose…"), False
        if r.kind == "detail":
            if ch == TYPED:
                return self.display_value(r, self._typed[key], COL_RESULT), True
            return self.display_value(r, r.mine if ch == MINE else r.theirs, COL_RESULT), False
        if r.field.startswith(LINE_PREFIX):
            if any((r.field, s) in self._invalid for s in r.details):
                return "—", True
            return self.display_value(r, self._line_result(r), COL_RESULT), ch != MINE and \
                ch != THEIRS
        if ch == TYPED:
            return self.display_value(r, self._typed[key], COL_RESULT), True
        return self.display_value(r, r.mine if ch == MINE else r.theirs, COL_RESULT), False

    def _field_text(self, r: _Row) -> str:
        if r.kind == "section":
            if self.deleted:
                return translate("Conflicts", "Also changed here (kept too)")
            return translate("Conflicts", "Merged by themselves (for context, nothing to decide)")
        if r.kind == "detail":
            return "    " + detail_label(r.sub)
        label = field_label(r.field, r.line_no)
        if r.kind == "merged":
            return translate("Conflicts", "{field} — {origin}").format(
                field=label, origin=self.origin_text(r.origin))
        return label

    # --- Qt API -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if self.deleted and section == COL_MINE:
            return self.tr("Kept here")
        return (self.tr("Field"), self.tr("Original"), self.tr("Mine (here)"),
                self.tr("Theirs (ERP)"), self.tr("Result"))[section]

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        r = self.rows[index.row()]
        if r.kind in ("section", "merged"):
            return Qt.ItemFlag.NoItemFlags  # greyed, skipped by the keyboard
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_RESULT and self.can_type(index.row()):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):  # noqa: C901
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self.rows[row]
        if role == FieldRole:
            return r.field
        if role == RowKindRole:
            return r.kind
        if role == ChoiceRole:
            return self.choice_of(row) if r.kind in ("conflict", "detail") else ""
        values = {COL_BASE: r.base, COL_MINE: r.mine, COL_THEIRS: r.theirs}
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if r.kind == "section":
                return self._field_text(r) if col == 0 else None
            if col == COL_FIELD:
                text = self._field_text(r)
                return text.strip() if role == Qt.ItemDataRole.ToolTipRole else text
            if col == COL_RESULT:
                text, _typed = self._result_text(row)
                key = (r.field, r.sub)
                if role == Qt.ItemDataRole.ToolTipRole:
                    if key in self._invalid:
                        return self._invalid[key][1]
                    if self.can_type(row):
                        return text + "\n" + self.tr("F2 or double-click to type a value")
                return text
            text = self.display_value(r, values[col], col)
            if role == Qt.ItemDataRole.ToolTipRole and col == COL_MINE and \
                    r.kind in ("conflict", "detail") and not self.mine_ok(r.field):
                return text + "\n" + self.tr("The ERP's version is final for this field.")
            return text
        if role == Qt.ItemDataRole.EditRole and col == COL_RESULT:
            key = (r.field, r.sub)
            if key in self._invalid:
                return self._invalid[key][0]
            if key in self._typed:
                return str(self._typed[key])
            ch = self._choice.get(key, "")
            src = r.mine if ch == MINE else r.theirs if ch == THEIRS else (
                r.mine if self.mine_ok(r.field) else r.theirs)
            return "" if src is None else str(src)
        if role == Qt.ItemDataRole.DecorationRole and self.deleted:
            return None   # no side to choose: no choosing marks
        if role == Qt.ItemDataRole.DecorationRole and col in (COL_MINE, COL_THEIRS) \
                and r.kind == "conflict":
            side = MINE if col == COL_MINE else THEIRS
            enabled = not self.read_only and (side == THEIRS or self.mine_ok(r.field))
            return self._icon(self.choice_of(row) == side, enabled)
        if role == Qt.ItemDataRole.DecorationRole and col in (COL_MINE, COL_THEIRS) \
                and r.kind == "detail":
            side = MINE if col == COL_MINE else THEIRS
            enabled = not self.read_only and (side == THEIRS or self.mine_ok(r.field))
            return self._icon(self._choice.get((r.field, r.sub)) == side, enabled)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if r.kind == "section":
                font.setBold(True)
            elif r.kind in ("conflict", "detail"):
                ch = self._choice.get((r.field, r.sub)) if r.kind == "detail" else \
                    self.choice_of(row)
                if (col == COL_MINE and ch == MINE) or (col == COL_THEIRS and ch == THEIRS) \
                        or (col == COL_FIELD and r.kind == "conflict"):
                    font.setBold(True)
                if col == COL_RESULT and (ch in ("", TYPED, "mixed")):
                    font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and r.kind in ("conflict", "detail"):
            key = (r.field, r.sub)
            if self.deleted:
                return None   # the kept values read as plain text
            if (col == COL_MINE and not self.mine_ok(r.field)) or \
                    (self.read_only and col in (COL_MINE, COL_THEIRS)):
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                    QPalette.ColorRole.Text)
            if col == COL_RESULT and key in self._invalid:
                return QBrush(QColor("#c62828"))
            if col == COL_RESULT and self.choice_of(row) == "":   # "choose…"
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def setData(self, index: QModelIndex, value,  # noqa: N802
                role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or \
                index.column() != COL_RESULT or not self.can_type(index.row()):
            return False
        self.set_typed(index.row(), str(value))
        return True
