"""The practice ERP's own books: parties, invoices, payments in its own SQLite file.

Stdlib ``sqlite3`` only (the sandbox never touches the app's store). Every write happens
under one lock and stamps the record with a strictly increasing ``modified`` clock, so the
``(modified, id)`` order of records is also their commit order and a paging client never
misses a record (see PROTOCOL.md). Thread-safe: the HTTP handler threads and the control
API all call in here; nothing here blocks for long.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.money import MINOR_UNITS, round_money
from ..domain.records import Invoice, InvoiceKind, InvoiceLine, Payment
from ..domain.tax import STANDARD_VAT_RATES, normalise_rate
from ..domain.totals import compute_totals

STATES = ("draft", "posted", "paid", "cancelled")
INVOICE_FIELDS = ("kind", "number", "party_id", "issue_date", "due_date", "currency",
                  "payment_terms", "notes", "external_ref", "is_credit_note", "credit_note_of",
                  "lines")
LINE_FIELDS = ("key", "description", "quantity", "unit", "unit_price", "discount", "tax_rate")
PARTY_FIELDS = ("name", "role", "tax_id", "country", "address", "contact")
PAYMENT_FIELDS = ("amount", "date", "method", "reference")
POSTED_WRITABLE = frozenset({"notes"})
MAX_TEXT = 2000
MAX_LINES = 500

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS party (
    id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE, version INTEGER NOT NULL,
    modified_us INTEGER NOT NULL, tax_id_norm TEXT NOT NULL, name_norm TEXT NOT NULL,
    data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS party_modified ON party (modified_us, id);
CREATE TABLE IF NOT EXISTS invoice (
    id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE, version INTEGER NOT NULL,
    state TEXT NOT NULL, modified_us INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS invoice_modified ON invoice (modified_us, id);
CREATE TABLE IF NOT EXISTS payment_key (key TEXT PRIMARY KEY, invoice_id INTEGER NOT NULL);
"""


class PracticeError(Exception):
    """A refusal the HTTP layer turns into an error reply ``{"error": code, "message": ...}``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _rejected(message: str) -> PracticeError:
    return PracticeError(422, "rejected", message)


def _not_found(what: str, ident: object) -> PracticeError:
    return PracticeError(404, "not_found", f"{what} {ident} does not exist.")


def iso_of(us: int) -> str:
    return datetime.fromtimestamp(us / 1_000_000, timezone.utc).isoformat(timespec="microseconds")


def norm_tax_id(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def norm_name(text: str) -> str:
    return " ".join(text.casefold().split())


# --- field checks: every message names the field, as a clerk would read it --------------

def _text(obj: dict, key: str, where: str, required: bool = False) -> str:
    value = obj.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise _rejected(f"{where}{key} must be text.")
    if required and not value.strip():
        raise _rejected(f"{where}{key} is required.")
    if len(value) > MAX_TEXT:
        raise _rejected(f"{where}{key} is longer than {MAX_TEXT} characters.")
    return value


def _decimal(obj: dict, key: str, where: str, default: str | None = None) -> str:
    value = obj.get(key, default)
    if value is None:
        raise _rejected(f"{where}{key} is required.")
    if isinstance(value, (bool, float)) or not isinstance(value, (str, int)):
        raise _rejected(f"{where}{key} must be a decimal number written as a string, "
                        f"such as \"12.50\".")
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise _rejected(f"{where}{key} \"{value}\" is not a number.") from None
    if not d.is_finite() or abs(d) > Decimal("999999999999"):
        raise _rejected(f"{where}{key} \"{value}\" is out of range.")
    return str(d)


def _date(obj: dict, key: str, where: str, required: bool) -> str | None:
    value = obj.get(key)
    if value in (None, ""):
        if required:
            raise _rejected(f"{where}{key} is required (a date such as 2026-11-28).")
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise _rejected(f"{where}{key} must be a date such as 2026-11-28.") from None


class PracticeBooks:
    """The practice company's data; one instance per server. Thread-safe."""

    def __init__(self, db_path: str, tax_rates: tuple[Decimal, ...] = STANDARD_VAT_RATES) -> None:
        self.lock = threading.RLock()
        self.tax_rates = tuple(normalise_rate(r) for r in tax_rates)
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        self._last_us = int(self._meta("last_modified_us", "0"))

    def close(self) -> None:
        with self.lock:
            self._db.close()

    # --- plumbing --------------------------------------------------------------------

    def _meta(self, k: str, default: str) -> str:
        row = self._db.execute("SELECT v FROM meta WHERE k = ?", (k,)).fetchone()
        return row["v"] if row else default

    def _tick(self) -> int:
        """The next ``modified`` stamp: wall-clock µs, strictly increasing (under the lock)."""
        now = time.time_ns() // 1000
        self._last_us = max(now, self._last_us + 1)
        self._db.execute("INSERT OR REPLACE INTO meta (k, v) VALUES ('last_modified_us', ?)",
                         (str(self._last_us),))
        return self._last_us

    def _next_number(self, kind: str, year: int) -> str:
        name = f"seq_{kind}_{year}"
        seq = int(self._meta(name, "0")) + 1
        self._db.execute("INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)", (name, str(seq)))
        prefix = "INV" if kind == "sale" else "BILL"
        return f"{prefix}-{year}-{seq:04d}"

    def reset(self) -> None:
        with self.lock:
            self._db.executescript("DELETE FROM invoice; DELETE FROM party; "
                                   "DELETE FROM payment_key; DELETE FROM meta "
                                   "WHERE k LIKE 'seq_%'; "
                                   "DELETE FROM sqlite_sequence;")

    # --- parties ---------------------------------------------------------------------

    def _party_out(self, row: sqlite3.Row) -> dict:
        data = json.loads(row["data"])
        return {"id": str(row["id"]), "key": row["key"] or "", "version": row["version"],
                "modified": iso_of(row["modified_us"]), **data}

    def _clean_party(self, obj: dict, base: dict | None) -> dict:
        if not isinstance(obj, dict):
            raise PracticeError(400, "bad_request", "The body must be a JSON object.")
        unknown = sorted(set(obj) - set(PARTY_FIELDS) - {"id", "key", "version", "modified"})
        if unknown:
            raise _rejected(f"Unknown party field(s): {', '.join(unknown)}.")
        merged = dict(base or {})
        merged.update({k: obj[k] for k in PARTY_FIELDS if k in obj})
        out = {k: _text(merged, k, "party.") for k in PARTY_FIELDS}
        if not out["name"].strip():
            raise _rejected("party.name is required.")
        out["role"] = out["role"] or "customer"
        if out["role"] not in ("customer", "supplier", "both"):
            raise _rejected("party.role must be customer, supplier or both.")
        return out

    def party_row(self, party_id: str) -> sqlite3.Row:
        row = None
        if str(party_id).isdigit():
            row = self._db.execute("SELECT * FROM party WHERE id = ?", (int(party_id),)).fetchone()
        if row is None:
            raise _not_found("Party", party_id)
        return row

    def get_party(self, party_id: str) -> dict:
        with self.lock:
            return self._party_out(self.party_row(party_id))

    def create_party(self, obj: dict, key: str | None) -> tuple[dict, bool]:
        """Create a party; a repeated ``key`` returns the existing one. → (party, created)."""
        with self.lock:
            if key:
                row = self._db.execute("SELECT * FROM party WHERE key = ?", (key,)).fetchone()
                if row is not None:
                    return self._party_out(row), False
            data = self._clean_party(obj, None)
            cur = self._db.execute(
                "INSERT INTO party (key, version, modified_us, tax_id_norm, name_norm, data) "
                "VALUES (?, 1, ?, ?, ?, ?)",
                (key or None, self._tick(), norm_tax_id(data["tax_id"]), norm_name(data["name"]),
                 json.dumps(data)))
            return self.get_party(str(cur.lastrowid)), True

    def update_party(self, party_id: str, obj: dict, if_match: int | None, partial: bool) -> dict:
        with self.lock:
            row = self.party_row(party_id)
            self._check_version(row, if_match)
            base = json.loads(row["data"]) if partial else None
            data = self._clean_party(obj, base)
            if data != json.loads(row["data"]):
                self._db.execute(
                    "UPDATE party SET version = version + 1, modified_us = ?, tax_id_norm = ?, "
                    "name_norm = ?, data = ? WHERE id = ?",
                    (self._tick(), norm_tax_id(data["tax_id"]), norm_name(data["name"]),
                     json.dumps(data), row["id"]))
            return self.get_party(party_id)

    def list_parties(self, since: tuple[int, int] | None, limit: int, *, key: str = "",
                     tax_id: str = "", name: str = "") -> tuple[list[dict], bool, str]:
        where, args = [], []
        if since is not None:
            where.append("(modified_us > ? OR (modified_us = ? AND id > ?))")
            args += [since[0], since[0], since[1]]
        if key:
            where.append("key = ?")
            args.append(key)
        if tax_id:
            where.append("tax_id_norm = ?")
            args.append(norm_tax_id(tax_id))
        if name:
            where.append("name_norm = ?")
            args.append(norm_name(name))
        sql = "SELECT * FROM party" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY modified_us, id LIMIT ?"
        with self.lock:
            rows = self._db.execute(sql, (*args, limit + 1)).fetchall()
            return [self._party_out(r) for r in rows[:limit]], len(rows) > limit, \
                _next_cursor(rows[:limit], since)

    # --- invoices --------------------------------------------------------------------

    def invoice_row(self, ident: str) -> sqlite3.Row:
        """By ERP id, or by key (the client's uuid) for the control API."""
        row = None
        if str(ident).isdigit():
            row = self._db.execute("SELECT * FROM invoice WHERE id = ?", (int(ident),)).fetchone()
        if row is None:
            row = self._db.execute("SELECT * FROM invoice WHERE key = ?", (str(ident),)).fetchone()
        if row is None:
            raise _not_found("Invoice", ident)
        return row

    @staticmethod
    def _domain_invoice(data: dict) -> Invoice:
        return Invoice(
            kind=InvoiceKind(data["kind"]), party_uuid="", currency=data["currency"],
            issue_date=date.fromisoformat(data["issue_date"]),
            lines=[InvoiceLine(description=ln["description"], quantity=Decimal(ln["quantity"]),
                               unit_price=Decimal(ln["unit_price"]),
                               tax_rate=Decimal(ln["tax_rate"]),
                               discount=Decimal(ln["discount"])) for ln in data["lines"]],
            payments=[Payment(amount=Decimal(p["amount"]), date=date.fromisoformat(p["date"]))
                      for p in data.get("payments", [])])

    def _invoice_out(self, row: sqlite3.Row) -> dict:
        data = json.loads(row["data"])
        t = compute_totals(self._domain_invoice(data))
        party = self._db.execute("SELECT data FROM party WHERE id = ?",
                                 (int(data["party_id"]),)).fetchone()
        out = {"id": str(row["id"]), "key": row["key"] or "", "version": row["version"],
               "state": row["state"], "modified": iso_of(row["modified_us"]), **data,
               "party_name": json.loads(party["data"])["name"] if party else "",
               "totals": {"net": str(t.net), "tax": str(t.tax), "gross": str(t.gross),
                          "paid": str(t.paid), "outstanding": str(t.outstanding)}}
        return out

    def _clean_invoice(self, obj: Any, base: dict | None) -> dict:
        if not isinstance(obj, dict):
            raise PracticeError(400, "bad_request", "The body must be a JSON object.")
        read_only = {"id", "key", "version", "state", "modified", "payments", "totals",
                     "party_name"}
        unknown = sorted(set(obj) - set(INVOICE_FIELDS) - read_only)
        if unknown:
            raise _rejected(f"Unknown invoice field(s): {', '.join(unknown)}.")
        merged = dict(base or {})
        merged.update({k: obj[k] for k in INVOICE_FIELDS if k in obj})
        w = "invoice."
        out: dict[str, Any] = {}
        out["kind"] = _text(merged, "kind", w) or "sale"
        if out["kind"] not in ("sale", "purchase"):
            raise _rejected("invoice.kind must be sale or purchase.")
        for key in ("number", "payment_terms", "notes", "external_ref", "credit_note_of"):
            out[key] = _text(merged, key, w)
        party_id = merged.get("party_id")
        if party_id in (None, ""):
            raise _rejected("invoice.party_id is required.")
        try:
            self.party_row(str(party_id))
        except PracticeError:
            raise _rejected(f"Party {party_id} does not exist in this company.") from None
        out["party_id"] = str(party_id)
        out["issue_date"] = _date(merged, "issue_date", w, required=True)
        out["due_date"] = _date(merged, "due_date", w, required=False)
        out["currency"] = (_text(merged, "currency", w) or "CNY").upper()
        if out["currency"] not in MINOR_UNITS:
            raise _rejected(f"Currency {out['currency']} is not set up in this company.")
        out["is_credit_note"] = bool(merged.get("is_credit_note", False))
        lines = merged.get("lines", [])
        if not isinstance(lines, list) or len(lines) > MAX_LINES:
            raise _rejected(f"invoice.lines must be a list of at most {MAX_LINES} lines.")
        out["lines"] = [self._clean_line(ln, i) for i, ln in enumerate(lines)]
        return out

    def _clean_line(self, ln: Any, i: int) -> dict:
        w = f"lines[{i}]."
        if not isinstance(ln, dict):
            raise _rejected(f"lines[{i}] must be an object.")
        unknown = sorted(set(ln) - set(LINE_FIELDS) - {"net"})
        if unknown:
            raise _rejected(f"Unknown field(s) in lines[{i}]: {', '.join(unknown)}.")
        out = {"key": _text(ln, "key", w) or str(uuid.uuid4()),
               "description": _text(ln, "description", w, required=True),
               "quantity": _decimal(ln, "quantity", w, "1"),
               "unit": _text(ln, "unit", w),
               "unit_price": _decimal(ln, "unit_price", w),
               "discount": _decimal(ln, "discount", w, "0"),
               "tax_rate": _decimal(ln, "tax_rate", w, "13")}
        if normalise_rate(Decimal(out["tax_rate"])) not in self.tax_rates:
            raise _rejected(f"No tax code for {out['tax_rate']}% in this company "
                            f"(lines[{i}].tax_rate).")
        if not Decimal(0) <= Decimal(out["discount"]) <= Decimal(100):
            raise _rejected(f"lines[{i}].discount must be between 0 and 100.")
        return out

    @staticmethod
    def _check_version(row: sqlite3.Row, if_match: int | None) -> None:
        if if_match is not None and if_match != row["version"]:
            raise PracticeError(412, "stale", f"The record was changed by someone else "
                                              f"(version {row['version']}, you sent {if_match}).")

    def get_invoice(self, ident: str) -> dict:
        with self.lock:
            return self._invoice_out(self.invoice_row(ident))

    def create_invoice(self, obj: dict, key: str | None, state: str = "draft") -> tuple[dict, bool]:
        with self.lock:
            if key:
                row = self._db.execute("SELECT * FROM invoice WHERE key = ?", (key,)).fetchone()
                if row is not None:
                    return self._invoice_out(row), False
            data = self._clean_invoice(obj, None)
            data["payments"] = []
            cur = self._db.execute(
                "INSERT INTO invoice (key, version, state, modified_us, data) "
                "VALUES (?, 1, 'draft', ?, ?)", (key or None, self._tick(), json.dumps(data)))
            ident = str(cur.lastrowid)
            if state == "posted":
                self.post_invoice(ident)
            return self.get_invoice(ident), True

    def _write(self, row: sqlite3.Row, data: dict, state: str | None = None) -> None:
        self._db.execute("UPDATE invoice SET version = version + 1, modified_us = ?, data = ?, "
                         "state = ? WHERE id = ?",
                         (self._tick(), json.dumps(data), state or row["state"], row["id"]))

    def update_invoice(self, ident: str, obj: dict, if_match: int | None, partial: bool,
                       enforce_state: bool = True) -> dict:
        with self.lock:
            row = self.invoice_row(ident)
            self._check_version(row, if_match)
            old = json.loads(row["data"])
            base = {k: v for k, v in old.items() if k != "payments"}
            if not partial and "lines" not in obj:
                obj = {**obj, "lines": []}
            data = self._clean_invoice(obj, base if partial else None)
            changed = {k for k in INVOICE_FIELDS if data.get(k) != base.get(k)}
            if enforce_state and row["state"] != "draft" and changed:
                locked = sorted(changed - POSTED_WRITABLE) if row["state"] != "cancelled" \
                    else sorted(changed)
                if locked:
                    raise _rejected(self._label(row, old) + f" is {row['state']}; "
                                    f"a {row['state']} invoice cannot be changed "
                                    f"({', '.join(locked)}).")
            if changed:
                data["payments"] = old.get("payments", [])
                self._write(row, data)
            return self.get_invoice(ident)

    @staticmethod
    def _label(row: sqlite3.Row, data: dict) -> str:
        return f"Invoice {data.get('number') or row['id']}"

    def post_invoice(self, ident: str) -> dict:
        """Post a draft (assigns a number when it has none). Posting a posted one is a no-op."""
        with self.lock:
            row = self.invoice_row(ident)
            data = json.loads(row["data"])
            if row["state"] in ("posted", "paid"):
                return self._invoice_out(row)
            if row["state"] != "draft":
                raise _rejected(self._label(row, data) + " is cancelled and cannot be posted.")
            if not data["lines"]:
                raise _rejected(self._label(row, data) + " has no lines and cannot be posted.")
            if not data["number"]:
                data["number"] = self._next_number(data["kind"],
                                                   date.fromisoformat(data["issue_date"]).year)
            self._write(row, data, "posted")
            return self.get_invoice(ident)

    def cancel_invoice(self, ident: str) -> dict:
        with self.lock:
            row = self.invoice_row(ident)
            data = json.loads(row["data"])
            if row["state"] == "cancelled":
                return self._invoice_out(row)
            if data.get("payments"):
                raise _rejected(self._label(row, data) + " has payments and cannot be cancelled.")
            self._write(row, data, "cancelled")
            return self.get_invoice(ident)

    def add_payment(self, ident: str, obj: Any, key: str | None) -> tuple[dict, bool]:
        with self.lock:
            row = self.invoice_row(ident)
            if key:
                hit = self._db.execute("SELECT invoice_id FROM payment_key WHERE key = ?",
                                       (key,)).fetchone()
                if hit is not None:
                    return self.get_invoice(str(hit["invoice_id"])), False
            data = json.loads(row["data"])
            if not isinstance(obj, dict):
                raise PracticeError(400, "bad_request", "The body must be a JSON object.")
            if row["state"] not in ("posted", "paid"):
                raise _rejected(self._label(row, data) + f" is {row['state']}; only a posted "
                                                         "invoice can be paid.")
            pay = {"key": key or str(uuid.uuid4()),
                   "amount": _decimal(obj, "amount", "payment."),
                   "date": _date(obj, "date", "payment.", required=True),
                   "method": _text(obj, "method", "payment."),
                   "reference": _text(obj, "reference", "payment.")}
            if Decimal(pay["amount"]) <= 0:
                raise _rejected("payment.amount must be more than zero.")
            pay["amount"] = str(round_money(Decimal(pay["amount"]), data["currency"]))
            data.setdefault("payments", []).append(pay)
            t = compute_totals(self._domain_invoice(data))
            state = "paid" if t.paid >= t.gross else "posted"
            self._write(row, data, state)
            self._db.execute("INSERT INTO payment_key (key, invoice_id) VALUES (?, ?)",
                             (pay["key"], row["id"]))
            return self.get_invoice(ident), True

    def delete_invoice(self, ident: str) -> None:
        with self.lock:
            row = self.invoice_row(ident)
            self._db.execute("DELETE FROM invoice WHERE id = ?", (row["id"],))
            self._db.execute("DELETE FROM payment_key WHERE invoice_id = ?", (row["id"],))

    def colleague_edit(self, ident: str, changes: dict) -> dict:
        """Someone in the ERP changes the invoice (any state, no version check)."""
        with self.lock:
            return self.update_invoice(ident, changes, None, partial=True, enforce_state=False)

    def list_invoices(self, since: tuple[int, int] | None, limit: int,
                      key: str = "") -> tuple[list[dict], bool, str]:
        where, args = [], []
        if since is not None:
            where.append("(modified_us > ? OR (modified_us = ? AND id > ?))")
            args += [since[0], since[0], since[1]]
        if key:
            where.append("key = ?")
            args.append(key)
        sql = "SELECT * FROM invoice" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY modified_us, id LIMIT ?"
        with self.lock:
            rows = self._db.execute(sql, (*args, limit + 1)).fetchall()
            return [self._invoice_out(r) for r in rows[:limit]], len(rows) > limit, \
                _next_cursor(rows[:limit], since)

    def live_invoice_ids(self) -> list[str]:
        with self.lock:
            return [str(r["id"]) for r in self._db.execute("SELECT id FROM invoice ORDER BY id")]

    def taxes(self) -> list[dict]:
        return [{"id": f"VAT{r}", "name": f"VAT {r}%", "rate": str(r)} for r in self.tax_rates]


def _next_cursor(rows: list[sqlite3.Row], since: tuple[int, int] | None) -> str:
    if rows:
        return f"{rows[-1]['modified_us']}.{rows[-1]['id']}"
    return f"{since[0]}.{since[1]}" if since else ""


def parse_cursor(text: str | None) -> tuple[int, int] | None:
    """``"<modified µs>.<id>"`` → tuple; raises PracticeError(400) when malformed."""
    if not text:
        return None
    us, _, ident = text.partition(".")
    if not (us.isdigit() and ident.isdigit()):
        raise PracticeError(400, "bad_request", f"The since cursor \"{text[:40]}\" is not valid; "
                                                "pass back the \"next\" value of a previous page.")
    return int(us), int(ident)
