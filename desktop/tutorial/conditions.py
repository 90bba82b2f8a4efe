"""What a tutorial step waits for, checked against the practice store (Qt-free).

A condition is a small JSON object:

- ``{"invoice_exists": FILTERS}``: some invoice matches (the newest changed ones are looked at);
- ``{"invoice": FILTERS}``: the invoice named by ``FILTERS["uuid"]`` matches;
- ``{"editor": FILTERS}``: the invoice open in the editor, as typed so far (the window gives it);
- ``{"visible": "objectName"}``: a widget is shown (the window answers);
- ``{"pending_max": n}``, ``{"conflicts_min": n}``, ``{"conflicts_max": n}``: sync counts;
- ``{"last_sync": "offline"}``: the outcome of the last sync run (ok, offline, auth, failed);
- ``{"all": [...]}``, ``{"any": [...]}``, ``{"not": condition}``.

FILTERS are the keys of ``FILTER_KEYS``; money and rates are compared as decimals
("1130.00" equals "1130"), texts are compared as typed (``*_contains``: case-insensitive).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.errors import KnownError
from ..domain.records import Invoice
from ..domain.totals import compute_totals
from ..store import search, sync_repo
from ..store.invoice_service import load_invoice
from ..store.store import Store

FILTER_KEYS = frozenset({
    "uuid", "number", "number_contains", "party", "party_contains", "ascii_party", "kind",
    "status", "status_not", "sync_state", "sync_state_not", "sync_message_contains", "lines",
    "gross", "tax_rate", "notes_contains", "payment_terms", "issue_date", "new",
    "descriptions", "due_not_before_issue"})
COUNT_KEYS = frozenset({"pending_max", "conflicts_min", "conflicts_max"})
UI_KINDS = frozenset({"editor", "visible"})
RECENT = 100          # invoice_exists looks at the invoices changed last


@dataclass
class Env:
    """What a condition is checked against. ``editor`` and ``visible`` come from the window."""

    store: Store | None
    vars: dict = field(default_factory=dict)
    editor: Invoice | None = None
    visible: Callable[[str], bool] | None = None
    match: str = ""                      # uuid of the invoice the last true condition found


# --- checking the shape (when a lesson is loaded) --------------------------------------------

def check_filters(filters: Any, where: str) -> None:
    if not isinstance(filters, dict):
        raise ValueError(f"{where}: invoice filters must be an object")
    unknown = sorted(set(filters) - FILTER_KEYS)
    if unknown:
        raise ValueError(f"{where}: unknown invoice filter(s) {', '.join(unknown)}")


def check(cond: Any, where: str) -> None:
    """ValueError naming the problem when ``cond`` is not a condition."""
    if not isinstance(cond, dict) or len(cond) != 1:
        raise ValueError(f"{where}: a condition is an object with exactly one key")
    (kind, arg), = cond.items()
    if kind in ("all", "any"):
        if not isinstance(arg, list) or not arg:
            raise ValueError(f"{where}: \"{kind}\" lists conditions")
        for i, c in enumerate(arg):
            check(c, f"{where}.{kind}[{i}]")
    elif kind == "not":
        check(arg, f"{where}.not")
    elif kind in ("invoice_exists", "invoice", "editor"):
        check_filters(arg, f"{where}.{kind}")
        if kind == "invoice" and "uuid" not in arg:
            raise ValueError(f"{where}: \"invoice\" needs \"uuid\"")
    elif kind == "visible":
        if not isinstance(arg, str) or not arg:
            raise ValueError(f"{where}: \"visible\" names an objectName")
    elif kind == "last_sync":
        if arg not in ("ok", "offline", "auth", "failed", "cancelled"):
            raise ValueError(f"{where}: \"last_sync\" is ok, offline, auth, failed or "
                             f"cancelled")
    elif kind in COUNT_KEYS:
        if not isinstance(arg, int):
            raise ValueError(f"{where}: \"{kind}\" is a number")
    else:
        raise ValueError(f"{where}: unknown condition \"{kind}\"")


def uses_store(cond: dict) -> bool:
    (kind, arg), = cond.items()
    if kind in ("all", "any"):
        return any(uses_store(c) for c in arg)
    if kind == "not":
        return uses_store(arg)
    return kind not in UI_KINDS


# --- matching ---------------------------------------------------------------------------------

def _dec(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value).replace(",", ""))
    except (InvalidOperation, ValueError):
        return None


def _day(value: Any) -> date | None:
    if value == "today":
        return date.today()
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


class Facts:
    """One invoice as the filters see it: a list summary, a full invoice, or both (the full
    invoice is read from the store only when a filter needs it)."""

    def __init__(self, store: Store | None, summary=None, invoice: Invoice | None = None,
                 facts: dict | None = None) -> None:
        self._store = store
        self.summary = summary
        self._invoice = invoice
        self._facts = facts

    @property
    def uuid(self) -> str:
        return self.summary.uuid if self.summary is not None else self._invoice.uuid

    def invoice(self) -> Invoice:
        if self._invoice is None:
            self._invoice, self._facts = load_invoice(self._store, self.summary.uuid)
        return self._invoice

    def fact(self, key: str) -> str:
        if self.summary is not None:
            return str(getattr(self.summary, key))
        if self._facts is None:
            return ""
        return str(self._facts.get(key) or "")

    def get(self, key: str) -> Any:
        s = self.summary
        if key in ("number", "kind", "status", "issue_date") and s is not None:
            value = getattr(s, key)
            return value.value if hasattr(value, "value") else value
        if key in ("number", "kind", "status", "issue_date"):
            value = getattr(s if s is not None else self.invoice(), key)
            return value.value if hasattr(value, "value") else value
        if key == "party":
            return s.party_name if s is not None else self.invoice().party_name
        if key == "gross":
            return s.gross if s is not None else compute_totals(self.invoice()).gross
        if key == "sync_state":
            return self.fact("sync_state")
        if key == "sync_message":
            return self.fact("sync_message")
        if key == "id":
            return s.id if s is not None else 0
        return getattr(self.invoice(), key)


def matches(filters: dict, f: Facts, vars_: dict | None = None) -> bool:
    """True when the invoice ``f`` passes every filter."""
    vars_ = vars_ or {}
    for key, want in filters.items():
        if key == "uuid":
            ok = f.uuid == want
        elif key in ("number", "kind", "status", "sync_state", "payment_terms"):
            ok = str(f.get(key)) == str(want)
        elif key in ("status_not", "sync_state_not"):
            ok = str(f.get(key[:-4])) != str(want)
        elif key == "party":
            ok = f.get("party") == want
        elif key in ("number_contains", "party_contains", "notes_contains",
                     "sync_message_contains"):
            field_ = {"number_contains": "number", "party_contains": "party",
                      "notes_contains": "notes", "sync_message_contains": "sync_message"}[key]
            ok = str(want).lower() in str(f.get(field_) or "").lower()
        elif key == "ascii_party":
            ok = str(f.get("party")).isascii() == bool(want)
        elif key == "lines":
            ok = len(f.get("lines")) == int(want)
        elif key == "gross":
            ok = _dec(f.get("gross")) == _dec(want)
        elif key == "tax_rate":
            lines = f.get("lines")
            ok = bool(lines) and all(_dec(ln.tax_rate) == _dec(want) for ln in lines)
        elif key == "descriptions":
            ok = all(bool(ln.description.strip()) for ln in f.get("lines")) == bool(want)
        elif key == "issue_date":
            ok = f.get("issue_date") == _day(want)
        elif key == "due_not_before_issue":
            due, issue = f.get("due_date"), f.get("issue_date")
            ok = (due is None or issue is None or due >= issue) == bool(want)
        elif key == "new":
            ok = (f.get("id") > int(vars_.get("_max_id", 0))) == bool(want)
        else:  # pragma: no cover - check_filters refuses unknown keys
            ok = False
        if not ok:
            return False
    return True


# --- evaluating -------------------------------------------------------------------------------

def _invoice_exists(filters: dict, env: Env) -> bool:
    if env.store is None:
        return False
    text = filters.get("number") or filters.get("number_contains") or ""
    q = search.InvoiceQuery(text=str(text), sort="updated_at", descending=True)
    if "status" in filters:
        q = search.InvoiceQuery(text=q.text, statuses=(str(filters["status"]),),
                                sort="updated_at", descending=True)
    with env.store.db.read() as s:
        summaries = search.list_invoices(s, q, 0, RECENT)
    for summary in summaries:
        f = Facts(env.store, summary)
        if matches(filters, f, env.vars):
            env.match = f.uuid
            return True
    return False


def _invoice(filters: dict, env: Env) -> bool:
    if env.store is None:
        return False
    try:
        inv, facts = load_invoice(env.store, str(filters["uuid"]))
    except KnownError:
        return False
    f = Facts(env.store, None, inv, facts)
    if matches(filters, f, env.vars):
        env.match = f.uuid
        return True
    return False


def _counts(kind: str, n: int, env: Env) -> bool:
    if env.store is None:
        return False
    with env.store.db.read() as s:
        if kind == "pending_max":
            return sync_repo.outbox_count(s) <= n
        conflicts = sync_repo.open_conflict_count(s)
    return conflicts >= n if kind == "conflicts_min" else conflicts <= n


def evaluate(cond: dict, env: Env) -> bool:
    """Is ``cond`` (its variables already filled in) true now?"""
    (kind, arg), = cond.items()
    if kind == "all":
        return all(evaluate(c, env) for c in arg)
    if kind == "any":
        return any(evaluate(c, env) for c in arg)
    if kind == "not":
        saved = env.match
        result = not evaluate(arg, env)
        env.match = saved
        return result
    if kind == "invoice_exists":
        return _invoice_exists(arg, env)
    if kind == "invoice":
        return _invoice(arg, env)
    if kind == "editor":
        return env.editor is not None and matches(arg, Facts(None, None, env.editor, {}),
                                                  env.vars)
    if kind == "visible":
        return bool(env.visible and env.visible(arg))
    if kind in COUNT_KEYS:
        return _counts(kind, int(arg), env)
    if kind == "last_sync":
        return _last_sync(env) == arg
    return False


def _last_sync(env: Env) -> str:
    if env.store is None:
        return ""
    with env.store.db.read() as s:
        runs = sync_repo.recent_runs(s, 1)
    return str(runs[0]["outcome"]) if runs else ""


def max_invoice_id(store: Store) -> int:
    """The highest invoice id now (``"new": true`` means made after this)."""
    with store.db.read() as s:
        rows = search.list_invoices(s, search.InvoiceQuery(sort="updated_at"), 0, 10 ** 7)
    return max((r.id for r in rows), default=0)
