"""Three-way merge of an invoice, field by field, lines by identity.

A snapshot is a plain dict of the fields that sync compares (see ``snapshot``); totals are
never merged (they are recomputed from the merged lines).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.records import Invoice, InvoiceKind, InvoiceLine

SCALARS = ("kind", "number", "party", "issue_date", "due_date", "currency", "payment_terms",
           "notes", "external_ref", "is_credit_note", "credit_note_of")
LINE_FIELDS = ("description", "quantity", "unit", "unit_price", "discount", "tax_rate")
LINE_PREFIX = "line:"


def _dec(d: Decimal) -> str:
    n = d.normalize()
    return format(n, "f")


def snapshot(inv: Invoice) -> dict[str, Any]:
    """What sync compares: scalars as strings, lines keyed by their uuid (with order)."""
    return {
        "kind": inv.kind.value, "number": inv.number, "party": inv.party_uuid,
        "issue_date": inv.issue_date.isoformat(),
        "due_date": inv.due_date.isoformat() if inv.due_date else "",
        "currency": inv.currency, "payment_terms": inv.payment_terms, "notes": inv.notes,
        "external_ref": inv.external_ref, "is_credit_note": bool(inv.is_credit_note),
        "credit_note_of": inv.credit_note_of,
        "lines": {ln.uuid: {"description": ln.description, "quantity": _dec(ln.quantity),
                            "unit": ln.unit, "unit_price": _dec(ln.unit_price),
                            "discount": _dec(ln.discount), "tax_rate": _dec(ln.tax_rate),
                            "position": i}
                  for i, ln in enumerate(inv.lines)},
    }


def dumps(snap: dict | None) -> str | None:
    return None if snap is None else json.dumps(snap, ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> dict | None:
    return None if not text else json.loads(text)


def apply_snapshot(inv: Invoice, snap: dict[str, Any]) -> Invoice:
    """``inv`` with the fields of ``snap`` (status, payments and uuid kept)."""
    lines = sorted(snap["lines"].items(), key=lambda kv: kv[1].get("position", 0))
    return Invoice(
        kind=InvoiceKind(snap["kind"]), party_uuid=snap["party"], party_name="",
        issue_date=date.fromisoformat(snap["issue_date"]), currency=snap["currency"],
        number=snap["number"],
        due_date=date.fromisoformat(snap["due_date"]) if snap["due_date"] else None,
        payment_terms=snap["payment_terms"], notes=snap["notes"],
        external_ref=snap["external_ref"], is_credit_note=snap["is_credit_note"],
        credit_note_of=snap["credit_note_of"], status=inv.status,
        lines=[InvoiceLine(description=v["description"], quantity=Decimal(v["quantity"]),
                           unit=v["unit"], unit_price=Decimal(v["unit_price"]),
                           discount=Decimal(v["discount"]), tax_rate=Decimal(v["tax_rate"]),
                           uuid=k) for k, v in lines],
        payments=list(inv.payments), uuid=inv.uuid)


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """The same field changed differently on both sides. Line fields are ``line:<uuid>``;
    their values are the whole line dict, or None where that side removed the line."""

    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(slots=True)
class MergeResult:
    merged: dict[str, Any]
    conflicts: list[FieldConflict] = field(default_factory=list)
    from_mine: list[str] = field(default_factory=list)     # changed here only (merged)
    from_theirs: list[str] = field(default_factory=list)   # changed in the ERP only (merged)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def field_value(snap: dict | None, name: str) -> Any:
    """The value of ``name`` (a scalar, or ``line:<uuid>``) in a snapshot."""
    if snap is None:
        return None
    if name.startswith(LINE_PREFIX):
        return _strip_pos(snap.get("lines", {}).get(name[len(LINE_PREFIX):]))
    return snap.get(name)


def _strip_pos(line: dict | None) -> dict | None:
    if line is None:
        return None
    return {k: v for k, v in line.items() if k != "position"}


def three_way(base: dict | None, mine: dict, theirs: dict) -> MergeResult:
    """Merge ``mine`` and ``theirs`` against ``base`` (None: no common ancestor, so every
    difference is a conflict)."""
    base = base or {k: None for k in SCALARS} | {"lines": {}}
    merged: dict[str, Any] = {}
    result = MergeResult(merged)
    for f in SCALARS:
        b, m, t = base.get(f), mine.get(f), theirs.get(f)
        if m == t:
            merged[f] = m
        elif m == b:
            merged[f] = t
            result.from_theirs.append(f)
        elif t == b:
            merged[f] = m
            result.from_mine.append(f)
        else:
            merged[f] = m  # provisional: the decision replaces it
            result.conflicts.append(FieldConflict(f, b, m, t))
    bl, ml, tl = base.get("lines", {}), mine.get("lines", {}), theirs.get("lines", {})
    lines: dict[str, dict] = {}
    order: list[str] = list(ml) + [k for k in tl if k not in ml]
    for key in order + [k for k in bl if k not in ml and k not in tl]:
        if key in lines:
            continue
        b, m, t = _strip_pos(bl.get(key)), _strip_pos(ml.get(key)), _strip_pos(tl.get(key))
        name = LINE_PREFIX + key
        if m == t:
            chosen = m
        elif m == b:
            chosen = t
            result.from_theirs.append(name)
        elif t == b:
            chosen = m
            result.from_mine.append(name)
        else:
            # both changed the line: merge its fields when they touched different ones
            if b is not None and m is not None and t is not None:
                sub = {}
                clash = False
                for lf in LINE_FIELDS:
                    if m[lf] == t[lf] or t[lf] == b[lf]:
                        sub[lf] = m[lf]
                    elif m[lf] == b[lf]:
                        sub[lf] = t[lf]
                    else:
                        clash = True
                        break
                if not clash:
                    chosen = sub
                    result.from_mine.append(name)
                    result.from_theirs.append(name)
                else:
                    chosen = m
                    result.conflicts.append(FieldConflict(name, b, m, t))
            else:
                chosen = m if m is not None else t
                result.conflicts.append(FieldConflict(name, b, m, t))
        if chosen is not None:
            lines[key] = dict(chosen)
    for pos, key in enumerate(k for k in order if k in lines):
        lines[key]["position"] = pos
    merged["lines"] = lines
    return result


def resolve(merge: MergeResult, choices: dict[str, str], custom: dict[str, Any] | None = None
            ) -> dict[str, Any]:
    """Apply the clerk's decision: ``choices[field]`` is "mine" or "theirs"; ``custom``
    gives typed values. Returns the resulting snapshot."""
    custom = custom or {}
    out = json.loads(json.dumps(merge.merged))
    for c in merge.conflicts:
        if c.field in custom:
            value = custom[c.field]
        else:
            value = c.theirs if choices.get(c.field, "mine") == "theirs" else c.mine
        if c.field.startswith(LINE_PREFIX):
            key = c.field[len(LINE_PREFIX):]
            if value is None:
                out["lines"].pop(key, None)
            else:
                pos = out["lines"].get(key, {}).get("position", len(out["lines"]))
                out["lines"][key] = {**value, "position": pos}
        else:
            out[c.field] = value
    return out
