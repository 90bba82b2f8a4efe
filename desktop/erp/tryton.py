"""The Tryton connector: JSON-RPC to a Tryton 8.x server (``POST {url}/{db}/rpc/``).

One instance per thread (it owns an ``HttpClient``). It logs in once (``common.db.login``)
and reuses the ``Session`` header; a session that expired (HTTP 401) is renewed once,
transparently, then ErpAuthError. Transport, TLS, timeouts, retries (only for reads and for
requests that never left), 401/403/429 and log redaction come from ``desktop.erp.http``.

Tryton's JSON-RPC errors map to the typed errors: ``UserError`` → ErpRejected carrying
Tryton's own message (an access error, recognised by its wording, → ErpPermissionError),
``UserWarning`` → ErpNeedsConfirmation(key) (``confirm(key)`` skips it once, then retry),
``ConcurrencyException`` → ErpConflict, any other server error → ErpBug.

Design decisions (details in ``tryton_mapping``):

* Idempotency: the local invoice uuid goes into ``reference``; a create first searches by
  reference (one search for a whole batch), and after an ErpOffline during a create it
  searches again before sending the create a second time. The reference stays writable after
  posting, so a Tryton user can break the link by editing it.
* ``external_ref`` ↔ ``description``, ``notes`` ↔ ``comment``, ``due_date`` ↔
  ``payment_term_date``, ``payment_terms`` ↔ ``payment_term`` (by name or profile mapping).
* Discounts: Tryton has no discount field by default, so the line's ``unit_price`` is the
  discounted price (4 decimals). The list price and the discount are kept in the line
  marker and restored on pull as long as the Tryton price still matches them.
* Credit notes are Tryton invoices with negative quantities (Tryton's own convention); a
  pulled invoice whose lines all have negative quantities is a credit note.
* Line identity: the line marker in the line ``note`` (see ``tryton_mapping``).
* Version: invoice ``_timestamp`` plus each line's id and ``_timestamp``.
* Pull: one pass scans invoices changed since the pass start (``create_date``/``write_date``
  of the invoice OR of one of its lines, so a line-only edit shows up) by id, in pages, then
  the next pass starts ``overlap`` seconds before the newest change seen (SQLite stamps a
  transaction's rows with its START time) and skips what it already delivered (id, version).
  Only what sync needs is read; Tryton's computed amounts are never read. A line deleted
  directly (not through the invoice) leaves no trace in Tryton: it shows up on the next
  ``fetch_invoice`` of that invoice (its version changes), not in a pull.
* Payments: pulled for posted/paid invoices from the move lines reconciled with (or paid
  against) the invoice's receivable/payable lines; push_payments is False (record payments
  in Tryton).
* Roles (test_connection): Tryton "administrator" users or members of the "Accounting
  Administration" group → ADMINISTRATOR; write+create on invoices (group "Accounting", which
  may also post in Tryton) → APPROVER; read only → CLERK (warned read-only); no read on
  invoices → ErpPermissionError.
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import logging
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from ..domain.errors import (ErpAuthError, ErpBug, ErpConflict, ErpError, ErpNeedsConfirmation,
                             ErpOffline, ErpPermissionError, ErpRateLimited, ErpRejected)
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import (Invoice, InvoiceKind, InvoiceLine, Party, PartyRole, Payment,
                              Status)
from ..domain.tax import normalise_rate
from ..domain.workflow import Role
from .base import Capabilities, ChangePage, ConnectionInfo, RemoteInvoice, RemoteParty, TaxCode
from .http import ErpNotFound, HttpClient, HttpSettings, redact, remember_secret
from .tryton_mapping import (EDITABLE_STATES, ERP_TO_LOCAL, as_decimal, compact_tax_id, decode,
                             decode_cursor, derived_line_uuid, derived_payment_uuid,
                             discounted_price, empty_cursor, encode, encode_cursor, from_epoch,
                             is_uuid, make_marker, make_version, modified_of, parse_marker,
                             parse_version, rel, strip_marker, version_hash, with_marker)

log = logging.getLogger(__name__)

INVOICE_FIELDS = ["type", "number", "reference", "description", "comment", "state",
                  "invoice_date", "payment_term_date", "party", "party.name", "currency",
                  "currency.code", "payment_term", "payment_term.name", "lines", "_timestamp",
                  "create_date", "write_date"]
PROBE_FACTOR = 5  # a probe page (ids and timestamps only) covers this many full pages
LINE_FIELDS = ["invoice", "type", "sequence", "description", "quantity", "unit_price", "unit",
               "taxes", "note", "_timestamp", "create_date", "write_date"]
PARTY_FIELDS = ["name", "_timestamp", "create_date", "write_date"]
CREATE_CHUNK = 100
PAGE_MAX = 1000
READ_CHUNK = 1000
MAX_ERP_MESSAGE = 500

# Access errors (ir.model.access, field access, buttons, wizards) say "access"/"execute"/
# "Calling button"; a state-readonly refusal ("not allowed to modify the field") is a rejection.
_ACCESS_RE = re.compile(r"not allowed to (?:access|execute|search)|Calling button .* is not "
                        r"allowed|没有.*的权限", re.I)


def _kind_out(kind: InvoiceKind) -> str:
    return "out" if kind == InvoiceKind.SALE else "in"


class TrytonConnector:
    """Connector for Tryton 8.x over JSON-RPC. Owned by ONE thread; ``close()`` when done.

    ``mapping`` (a plain dict from the profile) may name Tryton ids; anything missing is
    looked up in Tryton on first use:

    ``receivable_account`` / ``payable_account`` (default: the party's, then the accounting
    configuration's), ``revenue_account`` / ``expense_account`` for lines (default: the
    configuration's default category accounts, or the only revenue/expense account),
    ``revenue_journal`` / ``expense_journal`` (default: the first journal of that type),
    ``taxes`` ``{"13": id}`` and ``purchase_taxes`` (default: the one percentage tax with that
    rate, Tryton storing 13 % as 0.13; 0 % means no tax), ``payment_terms`` ``{"Net 30": id}``
    (default: by name), ``default_payment_term``, ``units`` ``{"pcs": id}`` (default: by unit
    name or symbol), ``identifier_type`` for new parties' tax ids (default: none).
    Anything that cannot be found raises ErpRejected naming what to map.
    """

    name = "tryton"
    capabilities = Capabilities(push_payments=False, attachments=True, push_parties=True,
                                post=True, cancel=True)
    first_push_status = Status.APPROVED

    def __init__(self, url: str, database: str, username: str, password: str, *,
                 company_id: int | None = None, mapping: Mapping[str, Any] | None = None,
                 verify: bool | str = True, ca_file: str = "", allow_plain_http: bool = False,
                 timeout: float | tuple[float, float] = (5.0, 60.0), retries: int = 3,
                 overlap: float = 120.0, http: HttpClient | None = None) -> None:
        if isinstance(timeout, (int, float)):
            timeout = (min(float(timeout), 10.0), float(timeout))
        if isinstance(verify, str) and verify:
            ca_file = ca_file or verify
        elif verify is False:
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "Turning off TLS certificate checks is not "
                                                  "supported; set the company's CA file "
                                                  "instead."))
        settings = HttpSettings(connect_timeout=timeout[0], read_timeout=timeout[1],
                                retries=retries, ca_file=str(ca_file or ""),
                                allow_plain_http=allow_plain_http)
        self._http = http or HttpClient(url, settings)
        self.database = database
        self._path = f"/{quote(database, safe='')}/rpc/"
        self._user = username
        self.__password = password
        remember_secret(password)
        self._auth: str | None = None
        self._user_id: int | None = None
        self._company_id = company_id
        self._mapping = dict(mapping or {})
        self._overlap = float(overlap)
        self._ids = itertools.count(1)
        self._server_key = f"{self._http.host}/{database}"
        # caches of things that rarely change (one connector lives for one sync run)
        self._tax_rate: dict[int, Decimal] = {}
        self._tax_by_rate: dict[tuple[str, Decimal], int] = {}
        self._uoms: list[dict] | None = None
        self._currency_ids: dict[str, int] = {}
        self._defaults: dict[str, Any] = {}
        self._party_info: dict[int, dict] = {}
        self._term_ids: dict[str, int] = {}
        self._base_ctx: dict[str, Any] | None = None

    def __repr__(self) -> str:  # never the password or the session
        return f"TrytonConnector({self._http.base_url!r}, db={self.database!r}, " \
               f"user={self._user!r})"

    def close(self) -> None:
        if self._auth is not None:
            try:
                self._post("common.db.logout", [], auth=self._auth)
            except ErpError:
                pass
        self._auth = None
        self._http.close()

    # ------------------------------------------------------------------ JSON-RPC core

    def _post(self, method: str, params: list, *, auth: str | None,
              read: bool = False) -> Any:
        body = {"id": next(self._ids), "method": method, "params": encode(params)}
        headers = {"Authorization": auth} if auth else None
        reply = self._http.request("POST", self._path, json_body=body, headers=headers,
                                   idempotent=read)
        data = reply.data
        if not isinstance(data, dict):
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "Tryton answered {method} with something "
                                                  "that is not a JSON-RPC reply."),
                         method=method)
        if data.get("error") is not None:
            raise _map_error(method, data["error"])
        return decode(data.get("result"))

    def _login(self) -> None:
        result = self._post("common.db.login", [self._user, {"password": self.__password}, "en"],
                            auth=None, read=False)
        if not isinstance(result, list) or len(result) < 2:
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "Tryton's login answer cannot be read."))
        user_id, token = result[0], str(result[1])
        remember_secret(token)
        raw = base64.b64encode(f"{self._user}:{user_id}:{token}".encode()).decode()
        remember_secret(raw)
        self._user_id = int(user_id)
        self._auth = f"Session {raw}"

    def _call(self, method: str, *params: Any, read: bool = False) -> Any:
        """An authenticated call; params as given (the context must be last)."""
        if self._auth is None:
            self._login()
        for attempt in (0, 1):
            try:
                return self._post(method, list(params), auth=self._auth, read=read)
            except ErpAuthError:
                self._auth = None
                if attempt:
                    raise
                log.info("Tryton session expired; logging in again")
                self._login()     # a wrong password raises ErpAuthError here
        raise AssertionError("unreachable")

    def _ctx(self, extra: Mapping[str, Any] | None = None) -> dict:
        """The user's context preferences (as Tryton's own client sends them: groups,
        administrator, employee... decide which fields are writable) plus the company."""
        if self._base_ctx is None:
            prefs = self._preferences()
            self._base_ctx = {k: v for k, v in prefs.items()
                              if k in ("groups", "administrator", "employee", "employees",
                                       "companies", "company_filter", "language")}
        ctx: dict[str, Any] = dict(self._base_ctx)
        ctx["company"] = self.company_id
        if extra:
            ctx.update(extra)
        return ctx

    def _exec(self, model: str, method: str, *args: Any, context: Mapping | None = None,
              read: bool = False) -> Any:
        return self._call(f"model.{model}.{method}", *args, self._ctx(context), read=read)

    def _search_read(self, model: str, domain: list, fields: list[str], *, offset: int = 0,
                     limit: int | None = None, order: list | None = None,
                     context: Mapping | None = None) -> list[dict]:
        return self._exec(model, "search_read", domain, offset, limit, order, fields,
                          context=context, read=True)

    def _read(self, model: str, ids: Iterable[int], fields: list[str]) -> list[dict]:
        ids = list(ids)
        out: list[dict] = []
        for i in range(0, len(ids), READ_CHUNK):
            out += self._exec(model, "read", ids[i:i + READ_CHUNK], fields, read=True)
        return out

    @property
    def company_id(self) -> int:
        if self._company_id is None:
            prefs = self._preferences()
            company = prefs.get("company")
            if not company:
                raise ErpRejected(QT_TRANSLATE_NOOP(
                    "ERP", "The Tryton user {user} has no current company; set one in Tryton "
                           "or in the connection settings."), user=self._user)
            self._company_id = int(company)
        return self._company_id

    def _preferences(self) -> dict:
        prefs = self._call("model.res.user.get_preferences", True, {}, read=True)
        if not isinstance(prefs, dict):
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "Tryton's user preferences cannot be read."))
        return prefs

    def confirm(self, key: str) -> None:
        """Accept the Tryton warning ``key`` once (from ErpNeedsConfirmation); then retry."""
        self._call("model.res.user.warning.skip", key, False, {})

    # ------------------------------------------------------------------ connection

    def test_connection(self) -> ConnectionInfo:
        version = self._http.request("POST", "/rpc/", json_body={
            "id": next(self._ids), "method": "common.server.version", "params": []},
            idempotent=True).data
        server_version = str(version.get("result", "")) if isinstance(version, dict) else ""
        prefs = self._preferences()
        if self._company_id is None and prefs.get("company"):
            self._company_id = int(prefs["company"])
        access = self._call("model.ir.model.access.get_access",
                            ["account.invoice", "account.invoice.line", "party.party",
                             "ir.attachment"], {}, read=True)
        inv = access.get("account.invoice", {}) if isinstance(access, dict) else {}
        if not inv.get("read"):
            raise ErpPermissionError(QT_TRANSLATE_NOOP(
                "ERP", "The Tryton user {user} may not read invoices. Ask the Tryton "
                       "administrator to add the user to the Accounting group."),
                user=self._user)
        rights = {"invoice.read"}
        if inv.get("write") and inv.get("create"):
            rights |= {"invoice.write", "invoice.create", "invoice.post", "invoice.cancel"}
        if access.get("party.party", {}).get("write"):
            rights.add("party.write")
        if access.get("ir.attachment", {}).get("create"):
            rights.add("attachment.create")
        group_names: set[str] = set()
        if prefs.get("groups"):
            groups = self._call("model.res.group.read", prefs["groups"], ["name"],
                                {"language": "en"}, read=True)
            group_names = {str(g.get("name", "")) for g in groups}
        is_admin = bool(prefs.get("administrator")) or "Accounting Administration" in group_names
        if is_admin and "invoice.write" in rights:
            rights.add("settings.write")
            role = Role.ADMINISTRATOR
        elif "invoice.write" in rights:
            role = Role.APPROVER
        else:
            role = Role.CLERK
        warnings: list[str] = []
        if self._http.warning:
            warnings.append(self._http.warning)
        if "invoice.write" not in rights:
            warnings.append(QT_TRANSLATE_NOOP("ERP", "This Tryton user may only read invoices: "
                                                     "nothing will be sent to Tryton."))
        try:
            (cfg,) = self._read("account.configuration", [1], ["tax_rounding"])
        except (ErpRejected, ErpPermissionError, ValueError):
            cfg = {}
        if cfg.get("tax_rounding") not in (None, "line"):
            warnings.append(QT_TRANSLATE_NOOP(
                "ERP", "Tryton rounds taxes per invoice, the app per line: totals may differ "
                       "by a cent. Set \"Tax Rounding\" to per line in Tryton's accounting "
                       "configuration."))
        company = str(prefs.get("company.rec_name") or "")
        if not company:
            (c,) = self._read("company.company", [self.company_id], ["rec_name"])
            company = str(c.get("rec_name", ""))
        return ConnectionInfo(erp_name="Tryton", server_version=server_version,
                              user=self._user, company=company, role=role,
                              rights=frozenset(rights), warnings=tuple(warnings))

    # ------------------------------------------------------------------ lookups (cached)

    def _unmapped(self, what: str, key: str, value: object) -> ErpRejected:
        return ErpRejected(QT_TRANSLATE_NOOP(
            "ERP", "Tryton has no {what} for {value}. Create it in Tryton or map it in the "
                   "connection profile (mapping key \"{key}\")."),
            erp_message="", what=what, key=key, value=value)

    def _config(self) -> dict:
        if "config" not in self._defaults:
            fields = ["default_account_receivable", "default_account_payable",
                      "default_category_account_revenue", "default_category_account_expense"]
            try:
                (cfg,) = self._read("account.configuration", [1], fields)
            except (ErpRejected, ValueError):
                cfg = {}
            self._defaults["config"] = cfg
        return self._defaults["config"]

    def _line_account(self, kind: InvoiceKind) -> int:
        key = "revenue_account" if kind == InvoiceKind.SALE else "expense_account"
        if self._mapping.get(key):
            return int(self._mapping[key])
        if key not in self._defaults:
            cfg_key = ("default_category_account_revenue" if kind == InvoiceKind.SALE
                       else "default_category_account_expense")
            acc = self._config().get(cfg_key)
            if not acc:
                flag = "type.revenue" if kind == InvoiceKind.SALE else "type.expense"
                found = self._search_read("account.account",
                                          [[flag, "=", True], ["closed", "!=", True]], ["id"],
                                          limit=2)
                acc = found[0]["id"] if len(found) == 1 else None
            if not acc:
                raise self._unmapped(QT_TRANSLATE_NOOP("ERP", "line account"), key,
                                     kind.value)
            self._defaults[key] = int(acc)
        return self._defaults[key]

    def _journal(self, kind: InvoiceKind) -> int:
        key = "revenue_journal" if kind == InvoiceKind.SALE else "expense_journal"
        if self._mapping.get(key):
            return int(self._mapping[key])
        if key not in self._defaults:
            jtype = "revenue" if kind == InvoiceKind.SALE else "expense"
            found = self._search_read("account.journal", [["type", "=", jtype]], ["id"],
                                      limit=1, order=[["id", "ASC"]])
            if not found:
                raise self._unmapped(QT_TRANSLATE_NOOP("ERP", "journal"), key, jtype)
            self._defaults[key] = int(found[0]["id"])
        return self._defaults[key]

    def _parties(self, party_ids: Iterable[int]) -> dict[int, dict]:
        """Receivable/payable accounts and the first address of parties (cached)."""
        missing = sorted({int(p) for p in party_ids} - set(self._party_info))
        if missing:
            rows = self._read("party.party", missing, ["account_receivable",
                                                        "account_payable", "addresses"])
            for r in rows:
                self._party_info[r["id"]] = r
            gone = set(missing) - {r["id"] for r in rows}
            if gone:
                raise ErpNotFound(QT_TRANSLATE_NOOP("ERP", "Tryton has no party with id "
                                                           "{party}."), party=min(gone))
        return {int(p): self._party_info[int(p)] for p in party_ids}

    def _party_account(self, info: dict, kind: InvoiceKind) -> int:
        key = "receivable_account" if kind == InvoiceKind.SALE else "payable_account"
        if self._mapping.get(key):
            return int(self._mapping[key])
        acc = info.get("account_receivable" if kind == InvoiceKind.SALE
                       else "account_payable")
        if not acc:
            acc = self._config().get("default_account_receivable" if kind == InvoiceKind.SALE
                                     else "default_account_payable")
        if not acc:
            raise self._unmapped(QT_TRANSLATE_NOOP("ERP", "receivable/payable account"), key,
                                 kind.value)
        return int(acc)

    def _load_taxes(self) -> None:
        rows = self._search_read("account.tax", [["parent", "=", None]],
                                 ["rate", "type", "group.kind", "name"],
                                 context={"active_test": True})
        self._tax_rows = rows
        for r in rows:
            if r.get("type") == "percentage" and r.get("rate") is not None:
                self._tax_rate[r["id"]] = normalise_rate(as_decimal(r["rate"]) * 100)

    def _tax_rate_of(self, tax_id: int) -> Decimal | None:
        if tax_id not in self._tax_rate:
            self._load_taxes()
        return self._tax_rate.get(tax_id)

    def _tax_for(self, rate: Decimal, kind: InvoiceKind) -> list[int]:
        rate = normalise_rate(rate)
        mkey = "taxes" if kind == InvoiceKind.SALE else "purchase_taxes"
        for key in (mkey, "taxes"):
            m = self._mapping.get(key) or {}
            for k, v in m.items():
                if normalise_rate(Decimal(str(k))) == rate:
                    return [int(v)] if v else []
        if rate == 0:
            return []
        ck = (kind.value, rate)
        if ck not in self._tax_by_rate:
            if not hasattr(self, "_tax_rows"):
                self._load_taxes()
            want = "sale" if kind == InvoiceKind.SALE else "purchase"
            found = [r["id"] for r in self._tax_rows
                     if r["id"] in self._tax_rate and self._tax_rate[r["id"]] == rate
                     and rel(r, "group").get("kind") in (None, want, "both")]
            if len(found) != 1:
                raise ErpRejected(QT_TRANSLATE_NOOP(
                    "ERP", "Tryton has {count} taxes with the rate {rate} %; map the {rate} % "
                           "rate to one Tryton tax in the connection profile (mapping key "
                           "\"{key}\")."),
                    count=len(found), rate=str(rate), key=mkey)
            self._tax_by_rate[ck] = found[0]
        return [self._tax_by_rate[ck]]

    def _load_uoms(self) -> list[dict]:
        if self._uoms is None:
            self._uoms = self._search_read("product.uom", [], ["name", "symbol"])
        return self._uoms

    def _unit_id(self, unit: str) -> int | None:
        unit = unit.strip()
        if not unit:
            return None
        m = self._mapping.get("units") or {}
        if unit in m:
            return int(m[unit]) if m[unit] else None
        low = unit.casefold()
        for u in self._load_uoms():
            if str(u.get("symbol") or "").casefold() == low:
                return u["id"]
        for u in self._load_uoms():
            if str(u.get("name") or "").casefold() == low:
                return u["id"]
        raise self._unmapped(QT_TRANSLATE_NOOP("ERP", "unit"), "units", unit)

    def _unit_text(self, uom_id: int | None, marker_unit: str | None) -> str:
        if not uom_id:
            return ""
        if marker_unit:
            try:
                if self._unit_id(marker_unit) == uom_id:
                    return marker_unit
            except ErpRejected:
                pass
        for k, v in (self._mapping.get("units") or {}).items():
            if v and int(v) == uom_id:
                return k
        for u in self._load_uoms():
            if u["id"] == uom_id:
                return str(u.get("symbol") or u.get("name") or "")
        return ""

    def _currency_id(self, code: str) -> int:
        if code not in self._currency_ids:
            found = self._search_read("currency.currency", [["code", "=", code]], ["id"],
                                      limit=1)
            if not found:
                raise self._unmapped(QT_TRANSLATE_NOOP("ERP", "currency"), "currency", code)
            self._currency_ids[code] = int(found[0]["id"])
        return self._currency_ids[code]

    def _payment_term_id(self, name: str) -> int | None:
        name = name.strip()
        if not name:
            d = self._mapping.get("default_payment_term")
            return int(d) if d else None
        m = self._mapping.get("payment_terms") or {}
        if name in m:
            return int(m[name]) if m[name] else None
        if name not in self._term_ids:
            found = self._search_read("account.invoice.payment_term", [["name", "=", name]],
                                      ["id"], limit=1)
            if not found:
                raise self._unmapped(QT_TRANSLATE_NOOP("ERP", "payment term"),
                                     "payment_terms", name)
            self._term_ids[name] = int(found[0]["id"])
        return self._term_ids[name]

    def _payment_term_text(self, term_id: int | None, name: str) -> str:
        if not term_id:
            return ""
        for k, v in (self._mapping.get("payment_terms") or {}).items():
            if v and int(v) == term_id:
                return k
        return name

    # ------------------------------------------------------------------ domain → Tryton

    def _line_values(self, line: InvoiceLine, kind: InvoiceKind, sign: int, seq: int,
                     note: str | None = None) -> dict:
        price = discounted_price(line.unit_price, line.discount)
        marker = make_marker(line.uuid, line.discount, line.unit_price, line.unit)
        return {"type": "line", "sequence": seq, "description": line.description,
                "quantity": float(line.quantity * sign), "unit_price": price,
                "unit": self._unit_id(line.unit), "note": with_marker(note, marker),
                "_taxes": self._tax_for(line.tax_rate, kind)}

    def _header_values(self, inv: Invoice, party_erp_id: str) -> dict:
        try:
            pid = int(party_erp_id)
        except (TypeError, ValueError):
            raise ErpNotFound(QT_TRANSLATE_NOOP("ERP", "Tryton has no party with id "
                                                       "{party}."), party=party_erp_id) from None
        info = self._parties([pid])[pid]
        if not info.get("addresses"):
            raise ErpRejected(QT_TRANSLATE_NOOP("ERP", "The party {party} has no address in "
                                                       "Tryton; add one there."), party=pid)
        return {"type": _kind_out(inv.kind), "company": self.company_id,
                "currency": self._currency_id(inv.currency), "party": pid,
                "invoice_address": info["addresses"][0],
                "account": self._party_account(info, inv.kind),
                "journal": self._journal(inv.kind),
                "payment_term": self._payment_term_id(inv.payment_terms),
                "invoice_date": inv.issue_date, "payment_term_date": inv.due_date,
                "description": inv.external_ref or None, "comment": inv.notes or None}

    def _create_values(self, inv: Invoice, party_erp_id: str) -> dict:
        vals = self._header_values(inv, party_erp_id)
        vals["reference"] = inv.uuid
        sign = -1 if inv.is_credit_note else 1
        account = self._line_account(inv.kind)
        lines = []
        for i, ln in enumerate(inv.lines):
            lv = self._line_values(ln, inv.kind, sign, i + 1)
            taxes = lv.pop("_taxes")
            lv["account"] = account
            if taxes:
                lv["taxes"] = [["add", taxes]]
            lines.append(lv)
        vals["lines"] = [["create", lines]] if lines else []
        return vals

    # ------------------------------------------------------------------ Tryton → domain

    def _fetch_raw(self, ids: list[int]) -> tuple[list[dict], dict[int, dict]]:
        if not ids:
            return [], {}
        invs = self._search_read("account.invoice", [["id", "in", ids]], INVOICE_FIELDS,
                                 order=[["id", "ASC"]])
        line_ids = [lid for r in invs for lid in (r.get("lines") or [])]
        lines = {ln["id"]: ln for ln in self._read("account.invoice.line", line_ids,
                                                    LINE_FIELDS)}
        return invs, lines

    def _to_remote(self, r: dict, lines_by_id: dict[int, dict],
                   payments: dict[int, list[Payment]] | None = None) -> RemoteInvoice:
        try:
            state = str(r.get("state") or "")
            if state not in ERP_TO_LOCAL:
                raise ValueError(f"unknown state {state[:20]!r}")
            raw_lines = [lines_by_id[i] for i in (r.get("lines") or []) if i in lines_by_id]
            raw_lines.sort(key=lambda x: (x.get("sequence") or 0, x["id"]))
            raw_lines = [x for x in raw_lines if (x.get("type") or "line") == "line"]
            qtys = [as_decimal(x.get("quantity")) for x in raw_lines]
            credit = bool(qtys) and all(q < 0 for q in qtys)
            sign = -1 if credit else 1
            lines = [self._line_from(x, q * sign) for x, q in zip(raw_lines, qtys)]
            ref = r.get("reference") or ""
            created = r.get("create_date")
            issue = r.get("invoice_date") or (created.date() if isinstance(created, dt.datetime)
                                              else dt.date.today())
            pays = list((payments or {}).get(r["id"], []))
            inv = Invoice(
                kind=InvoiceKind.SALE if r.get("type") == "out" else InvoiceKind.PURCHASE,
                party_uuid="", party_name=str(rel(r, "party").get("name") or ""),
                issue_date=issue, due_date=r.get("payment_term_date"),
                currency=str(rel(r, "currency").get("code") or "CNY"),
                number=str(r.get("number") or ""),
                payment_terms=self._payment_term_text(r.get("payment_term"),
                                                      str(rel(r, "payment_term").get("name")
                                                          or "")),
                notes=str(r.get("comment") or ""), external_ref=str(r.get("description") or ""),
                is_credit_note=credit, status=ERP_TO_LOCAL[state], lines=lines,
                payments=list(pays), uuid=ref if is_uuid(ref) else "")
            version = make_version(str(r["_timestamp"]),
                                   [(x["id"], str(x.get("_timestamp"))) for x in
                                    (lines_by_id[i] for i in (r.get("lines") or [])
                                     if i in lines_by_id)])
            modified = r.get("write_date") or created
            return RemoteInvoice(erp_id=str(r["id"]), version=version, invoice=inv,
                                 party_erp_id=str(r.get("party") or ""), erp_state=state,
                                 modified=modified.replace(tzinfo=dt.timezone.utc)
                                 if isinstance(modified, dt.datetime) else None,
                                 payments=pays)
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP sent {what} that the app cannot read "
                                                  "({problem})."),
                         what=QT_TRANSLATE_NOOP("ERP", "an invoice"), problem=str(e)[:120]) \
                from None

    def _line_from(self, x: dict, qty: Decimal) -> InvoiceLine:
        marker = parse_marker(x.get("note"))
        price = as_decimal(x.get("unit_price"))
        discount = Decimal(0)
        if "d" in marker and "p" in marker:
            d, p = Decimal(marker["d"]), Decimal(marker["p"])
            if discounted_price(p, d) == price:      # nobody changed the price in Tryton
                discount, price = d, p
        taxes = x.get("taxes") or []
        rate = Decimal(0)
        if taxes:
            r = self._tax_rate_of(taxes[0])
            rate = r if r is not None else Decimal(0)
            if len(taxes) > 1:
                rate = sum((self._tax_rate_of(t) or Decimal(0) for t in taxes), Decimal(0))
        return InvoiceLine(description=str(x.get("description") or ""), quantity=qty,
                           unit_price=price, tax_rate=normalise_rate(rate), discount=discount,
                           unit=self._unit_text(x.get("unit"), marker.get("u")),
                           uuid=marker.get("k") or derived_line_uuid(self._server_key, x["id"]))

    def _line_key(self, x: dict) -> str:
        return parse_marker(x.get("note")).get("k") or derived_line_uuid(self._server_key,
                                                                         x["id"])

    def _remotes(self, invs: list[dict], lines: dict[int, dict],
                 with_payments: bool = True) -> list[RemoteInvoice]:
        payments = self._payments([r["id"] for r in invs if r.get("state") in
                                   ("posted", "paid")]) if with_payments else {}
        return [self._to_remote(r, lines, payments) for r in invs]

    def _payments(self, ids: list[int]) -> dict[int, list[Payment]]:
        """Payments of posted/paid invoices: the move lines reconciled with or paid against
        their receivable/payable lines (two batched reads, only for such invoices)."""
        if not ids:
            return {}
        rows = self._read("account.invoice", ids,
                          ["type", "reconciliation_lines", "payment_lines", "move"])
        want: dict[int, list[int]] = {}
        for r in rows:
            mls = list(dict.fromkeys((r.get("reconciliation_lines") or [])
                                     + (r.get("payment_lines") or [])))
            if mls:
                want[r["id"]] = mls
        if not want:
            return {}
        all_ml = sorted({m for v in want.values() for m in v})
        mls = {m["id"]: m for m in self._read(
            "account.move.line", all_ml,
            ["debit", "credit", "date", "description", "move", "move.number",
             "move.description"])}
        types = {r["id"]: r.get("type") for r in rows}
        out: dict[int, list[Payment]] = {}
        for inv_id, ml_ids in want.items():
            for mid in ml_ids:
                m = mls.get(mid)
                if not m:
                    continue
                amount = as_decimal(m.get("credit")) - as_decimal(m.get("debit"))
                if types.get(inv_id) == "in":
                    amount = -amount
                mv = rel(m, "move")
                out.setdefault(inv_id, []).append(Payment(
                    amount=amount, date=m.get("date") or dt.date.today(),
                    method="tryton", reference=str(mv.get("number") or m.get("description")
                                                   or mv.get("description") or ""),
                    uuid=derived_payment_uuid(self._server_key, mid)))
        return out

    # ------------------------------------------------------------------ pulling

    def pull_changes(self, cursor: str | None, limit: int = 500) -> ChangePage:
        """One page of invoices (and parties) changed since ``cursor`` (None: everything).

        The cursor is opaque (compressed JSON; its size grows with the number of records
        changed within ``overlap`` seconds of the newest change).
        """
        limit = max(1, min(int(limit), PAGE_MAX))
        cur = decode_cursor(cursor)
        since = from_epoch(cur["s"]) if cur["s"] is not None else None
        invoices: list[RemoteInvoice] = []
        parties: list[RemoteParty] = []
        hw = cur["hw"]
        if not cur["di"]:
            domain: list = [["id", ">", cur["ki"]]]
            if since is not None:
                domain.append(["OR", ["write_date", ">=", since], ["create_date", ">=", since],
                               ["lines.write_date", ">=", since],
                               ["lines.create_date", ">=", since]])
            if since is not None and cur["si"]:
                # a later pass re-sees the overlap window: probe versions cheaply, fetch in
                # full only what changed since it was delivered
                invs, probed, hw = self._probe_changed(domain, limit, cur, hw)
            else:
                invs = self._search_read("account.invoice", domain, INVOICE_FIELDS,
                                         limit=limit, order=[["id", "ASC"]])
                probed = invs
            line_ids = [lid for r in invs for lid in (r.get("lines") or [])]
            lines = {ln["id"]: ln for ln in self._read("account.invoice.line", line_ids,
                                                        LINE_FIELDS)}
            fresh = []
            for r in invs:
                mod = modified_of(r, *(lines[i] for i in (r.get("lines") or []) if i in lines))
                hw = mod if hw is None or mod > hw else hw
                fresh.append((r, mod))
            remotes = self._remotes([r for r, _ in fresh], lines)
            for (r, mod), ri in zip(fresh, remotes):
                h = version_hash(ri.version)
                seen = cur["si"].get(str(r["id"]))
                if seen and seen[0] == h:
                    continue
                cur["si"][str(r["id"])] = [h, mod]
                invoices.append(ri)
            if probed:
                cur["ki"] = probed[-1]["id"]
            cur["di"] = len(probed) < (PROBE_FACTOR * limit if probed is not invs else limit)
        if not cur["dp"]:
            domain = [["id", ">", cur["kp"]]]
            if since is not None:
                domain.append(["OR", ["write_date", ">=", since], ["create_date", ">=", since],
                               ["identifiers.write_date", ">=", since],
                               ["identifiers.create_date", ">=", since],
                               ["addresses.write_date", ">=", since]])
            rows = self._search_read("party.party", domain, PARTY_FIELDS, limit=limit,
                                     order=[["id", "ASC"]])
            row_by_id = {str(x["id"]): x for x in rows}
            for rp in self._remote_parties(rows):
                mod = modified_of(row_by_id[rp.erp_id])
                hw = mod if hw is None or mod > hw else hw
                h = version_hash(rp.version)
                seen = cur["sp"].get(rp.erp_id)
                if seen and seen[0] == h:
                    continue
                cur["sp"][rp.erp_id] = [h, mod]
                parties.append(rp)
            if rows:
                cur["kp"] = rows[-1]["id"]
            cur["dp"] = len(rows) < limit
        cur["hw"] = hw
        if hw is not None:   # forget what the next pass cannot see again
            floor = hw - self._overlap
            for key in ("si", "sp"):
                cur[key] = {k: v for k, v in cur[key].items() if v[1] >= floor}
        more = not (cur["di"] and cur["dp"])
        if not more:         # this pass is complete: the next starts `overlap` s before hw
            cur.update(s=(hw - self._overlap) if hw is not None else cur["s"], ki=0, kp=0,
                       di=False, dp=False)
        return ChangePage(invoices=invoices, parties=parties, cursor=encode_cursor(cur),
                          more=more)

    def _probe_changed(self, domain: list, limit: int, cur: dict, hw):
        """Ids, timestamps and line timestamps of up to PROBE_FACTOR × ``limit`` invoices;
        returns (the changed ones read in full, every probed row, the high-water mark)."""
        probed = self._search_read("account.invoice", domain,
                                   ["_timestamp", "lines", "write_date", "create_date"],
                                   limit=PROBE_FACTOR * limit, order=[["id", "ASC"]])
        line_ids = [lid for r in probed for lid in (r.get("lines") or [])]
        plines = {ln["id"]: ln for ln in self._read(
            "account.invoice.line", line_ids, ["_timestamp", "write_date", "create_date"])}
        changed = []
        for r in probed:
            mine = [plines[i] for i in (r.get("lines") or []) if i in plines]
            version = make_version(str(r["_timestamp"]),
                                   [(x["id"], str(x.get("_timestamp"))) for x in mine])
            seen = cur["si"].get(str(r["id"]))
            if seen and seen[0] == version_hash(version):
                mod = modified_of(r, *mine)
                hw = mod if hw is None or mod > hw else hw
                continue
            changed.append(r["id"])
        full = sorted(self._read("account.invoice", changed, INVOICE_FIELDS),
                      key=lambda x: x["id"]) if changed else []
        return full, probed, hw

    def list_live_ids(self) -> set[str]:
        ids = self._exec("account.invoice", "search", [], 0, None, None, read=True)
        return {str(i) for i in ids}

    def fetch_invoice(self, erp_id: str) -> RemoteInvoice:
        invs, lines = self._fetch_raw([self._int_id(erp_id)])
        if not invs:
            raise ErpNotFound(QT_TRANSLATE_NOOP("ERP", "Tryton has no invoice with id {id}."),
                              id=erp_id)
        return self._remotes(invs, lines)[0]

    def fetch_invoices(self, erp_ids: Iterable[str]) -> list[RemoteInvoice]:
        """Several invoices in two requests (plus payments); missing ones are left out."""
        invs, lines = self._fetch_raw([self._int_id(i) for i in erp_ids])
        return self._remotes(invs, lines)

    def find_by_key(self, key: str) -> RemoteInvoice | None:
        found = self._find_by_keys([key])
        return found.get(key)

    def _find_by_keys(self, keys: list[str]) -> dict[str, RemoteInvoice]:
        if not keys:
            return {}
        invs = self._search_read("account.invoice", [["reference", "in", list(keys)]],
                                 INVOICE_FIELDS, order=[["id", "ASC"]])
        if not invs:
            return {}
        line_ids = [lid for r in invs for lid in (r.get("lines") or [])]
        lines = {ln["id"]: ln for ln in self._read("account.invoice.line", line_ids,
                                                    LINE_FIELDS)}
        out: dict[str, RemoteInvoice] = {}
        for ri in self._remotes(invs, lines):
            out.setdefault(ri.invoice.uuid, ri)      # the oldest wins if a human copied one
        return out

    @staticmethod
    def _int_id(erp_id: str) -> int:
        try:
            return int(erp_id)
        except (TypeError, ValueError):
            raise ErpNotFound(QT_TRANSLATE_NOOP("ERP", "Tryton has no invoice with id {id}."),
                              id=erp_id) from None

    # ------------------------------------------------------------------ pushing

    def create_invoice(self, invoice: Invoice, party_erp_id: str) -> RemoteInvoice:
        """Create (or find the earlier attempt's record by ``reference`` = invoice.uuid)."""
        (result,) = self.create_invoices([(invoice, party_erp_id)])
        if isinstance(result, ErpError):
            raise result
        return result

    def create_invoices(self, items: list[tuple[Invoice, str]]
                        ) -> list[RemoteInvoice | ErpError]:
        """Batch create, in the order given: a RemoteInvoice, or the ErpError of that invoice.

        Already-created invoices (same uuid in ``reference``) are returned, not duplicated.
        Creates go in chunks of 100 per call; a chunk Tryton refuses is retried one invoice
        at a time so only the faulty invoice fails. Offline/auth/rate errors are raised.
        """
        results: list[RemoteInvoice | ErpError | None] = [None] * len(items)
        existing = self._find_by_keys([inv.uuid for inv, _ in items])
        todo: list[tuple[int, dict]] = []
        for i, (inv, pid) in enumerate(items):
            if inv.uuid in existing:
                results[i] = existing[inv.uuid]
                continue
            try:
                todo.append((i, self._create_values(inv, pid)))
            except (ErpRejected, ErpPermissionError, ErpBug) as e:
                results[i] = e
        for c in range(0, len(todo), CREATE_CHUNK):
            chunk = todo[c:c + CREATE_CHUNK]
            try:
                ids = self._create_chunk([v for _, v in chunk])
                created = dict(zip((i for i, _ in chunk), ids))
            except (ErpRejected, ErpConflict, ErpNeedsConfirmation, ErpBug,
                    ErpPermissionError) as e:
                if len(chunk) == 1:
                    results[chunk[0][0]] = e
                    continue
                created = {}
                for i, vals in chunk:
                    try:
                        created[i] = self._create_chunk([vals])[0]
                    except (ErpRejected, ErpConflict, ErpNeedsConfirmation, ErpBug,
                            ErpPermissionError) as e1:
                        results[i] = e1
            if created:
                invs, lines = self._fetch_raw(list(created.values()))
                by_id = {int(ri.erp_id): ri for ri in self._remotes(invs, lines, False)}
                for i, inv_id in created.items():
                    results[i] = by_id.get(inv_id) or ErpBug(QT_TRANSLATE_NOOP(
                        "ERP", "Tryton created invoice {id} but does not return it."),
                        id=inv_id)
        return [r for r in results]  # type: ignore[misc]

    def _create_chunk(self, values: list[dict]) -> list[int]:
        """Create; after an ErpOffline (did it land?) look the references up before a retry."""
        try:
            return self._exec("account.invoice", "create", values)
        except ErpOffline:
            refs = [v["reference"] for v in values]
            found = self._search_read("account.invoice", [["reference", "in", refs]],
                                      ["reference"], order=[["id", "ASC"]])
            by_ref: dict[str, int] = {}
            for f in found:
                by_ref.setdefault(f["reference"], f["id"])
            if all(r in by_ref for r in refs):
                return [by_ref[r] for r in refs]
            if by_ref:       # part of it landed?! (one transaction: should not happen)
                raise ErpBug(QT_TRANSLATE_NOOP("ERP", "Only part of a batch of invoices "
                                                      "reached Tryton.")) from None
            return self._exec("account.invoice", "create", values)

    def update_invoice(self, erp_id: str, invoice: Invoice, base_version: str,
                       party_erp_id: str) -> RemoteInvoice:
        """Write the invoice if Tryton still holds ``base_version`` (else ErpConflict).

        Only what differs is written; lines are matched by identity (marker or derived uuid):
        changed ones are written, new ones created, missing ones deleted. The invoice and
        line ``_timestamp``s of ``base_version`` go into Tryton's own lock as well.
        """
        inv_id = self._int_id(erp_id)
        base_ts, base_lines = parse_version(base_version)
        invs, lines = self._fetch_raw([inv_id])
        if not invs:
            raise ErpNotFound(QT_TRANSLATE_NOOP("ERP", "Tryton has no invoice with id {id}."),
                              id=erp_id)
        (cur,) = invs
        current = self._to_remote(cur, lines)
        if current.version != base_version:
            raise ErpConflict(QT_TRANSLATE_NOOP("ERP", "The invoice {number} was changed in "
                                                       "Tryton since it was last synced; sync "
                                                       "will fetch it and merge."),
                              number=current.invoice.number or erp_id)
        want = self._header_values(invoice, party_erp_id)
        vals: dict[str, Any] = {}
        for k in ("party", "invoice_date", "payment_term_date", "description", "comment",
                  "payment_term", "currency"):
            if want[k] != (cur.get(k) or None):
                vals[k] = want[k]
        if "party" in vals:
            vals["invoice_address"] = want["invoice_address"]
            if cur.get("state") in EDITABLE_STATES:
                vals["account"] = want["account"]
        if current.invoice.kind != invoice.kind:
            vals["type"] = want["type"]
            vals["journal"] = want["journal"]
        sign = -1 if invoice.is_credit_note else 1
        by_key = {self._line_key(lines[i]): lines[i] for i in (cur.get("lines") or [])
                  if i in lines}
        ops: list = []
        creates: list[dict] = []
        kept: set[int] = set()
        for seq, ln in enumerate(invoice.lines, start=1):
            old = by_key.get(ln.uuid)
            lv = self._line_values(ln, invoice.kind, sign, seq, old.get("note") if old else None)
            taxes = lv.pop("_taxes")
            if old is None:
                lv["account"] = self._line_account(invoice.kind)
                if taxes:
                    lv["taxes"] = [["add", taxes]]
                creates.append(lv)
                continue
            kept.add(old["id"])
            diff = {k: v for k, v in lv.items() if k != "note" and not _same(v, old.get(k))}
            if diff or parse_marker(lv["note"]) != parse_marker(old.get("note")):
                diff["note"] = lv["note"]
            old_taxes = list(old.get("taxes") or [])
            if sorted(old_taxes) != sorted(taxes):
                diff["taxes"] = ([["remove", old_taxes]] if old_taxes else []) + (
                    [["add", taxes]] if taxes else [])
            if diff:
                ops.append(["write", [old["id"]], diff])
        gone = [i for i in (cur.get("lines") or []) if i in lines and i not in kept]
        if gone:
            ops.append(["delete", gone])
        if creates:
            ops.append(["create", creates])
        if ops:
            vals["lines"] = ops
        if not vals:
            return current
        stamps = {f"account.invoice,{inv_id}": base_ts}
        stamps.update({f"account.invoice.line,{i}": ts for i, ts in base_lines.items()})
        self._exec("account.invoice", "write", [inv_id], vals, context={"_timestamp": stamps})
        return self.fetch_invoice(erp_id)

    def post_invoice(self, erp_id: str) -> RemoteInvoice:
        """Post (Tryton's 'post' button; a warning such as a future date raises
        ErpNeedsConfirmation: ``confirm(key)`` then call again)."""
        self._exec("account.invoice", "post", [self._int_id(erp_id)])
        return self.fetch_invoice(erp_id)

    def cancel_invoice(self, erp_id: str) -> RemoteInvoice:
        self._exec("account.invoice", "cancel", [self._int_id(erp_id)])
        return self.fetch_invoice(erp_id)

    def record_payment(self, erp_id: str, payment: Payment) -> RemoteInvoice:
        raise ErpRejected(QT_TRANSLATE_NOOP("ERP", "Payments cannot be sent to Tryton; record "
                                                   "them in Tryton, they come back with the "
                                                   "next sync."))

    def add_attachment(self, erp_id: str, filename: str, data: bytes) -> str:
        """Attach a file to the invoice (ir.attachment); → the attachment's id."""
        inv_id = self._int_id(erp_id)
        (att,) = self._exec("ir.attachment", "create", [{
            "name": filename, "resource": f"account.invoice,{inv_id}", "type": "data",
            "data": bytes(data)}])
        return str(att)

    # ------------------------------------------------------------------ parties, taxes

    def _remote_parties(self, rows: list[dict]) -> list[RemoteParty]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        idents = self._search_read("party.identifier", [["party", "in", ids]],
                                   ["party", "code", "type", "_timestamp"],
                                   order=[["sequence", "ASC"], ["id", "ASC"]])
        addrs = self._search_read("party.address", [["party", "in", ids]],
                                  ["party", "street", "postal_code", "city", "country.code",
                                   "_timestamp"], order=[["sequence", "ASC"], ["id", "ASC"]])
        contacts = self._search_read("party.contact_mechanism", [["party", "in", ids]],
                                     ["party", "value"],
                                     order=[["sequence", "ASC"], ["id", "ASC"]])
        first: dict[str, dict[int, dict]] = {"i": {}, "a": {}, "c": {}}
        for key, rs in (("i", idents), ("a", addrs), ("c", contacts)):
            for x in rs:
                first[key].setdefault(x["party"], x)
        out = []
        for r in rows:
            ident = first["i"].get(r["id"], {})
            addr = first["a"].get(r["id"], {})
            contact = first["c"].get(r["id"], {})
            address = ", ".join(str(addr[k]) for k in ("street", "postal_code", "city")
                                if addr.get(k))
            version = "|".join([str(r.get("_timestamp")), str(ident.get("_timestamp", "")),
                                str(addr.get("_timestamp", ""))])
            out.append(RemoteParty(erp_id=str(r["id"]), version=version, party=Party(
                name=str(r.get("name") or ""), role=PartyRole.BOTH,
                tax_id=str(ident.get("code") or ""),
                country=str(rel(addr, "country").get("code") or ""), address=address,
                contact=str(contact.get("value") or ""), uuid="")))
        return out

    def find_party(self, party: Party) -> RemoteParty | None:
        """Tryton's party for ``party``: by tax ID (party identifier), then by exact name."""
        if party.tax_id.strip():
            code = party.tax_id.strip()
            found = self._search_read("party.identifier",
                                      ["OR", ["code", "=", code],
                                       ["code_compact", "=", compact_tax_id(code)]],
                                      ["party"], limit=1, order=[["id", "ASC"]])
            if found:
                rows = self._search_read("party.party", [["id", "=", found[0]["party"]]],
                                         PARTY_FIELDS)
                if rows:
                    return self._remote_parties(rows)[0]
        if party.name.strip():
            rows = self._search_read("party.party", [["name", "=", party.name.strip()]],
                                     PARTY_FIELDS, limit=1, order=[["id", "ASC"]])
            if rows:
                return self._remote_parties(rows)[0]
        return None

    def upsert_party(self, party: Party, erp_id: str | None = None) -> RemoteParty:
        """Create the party (with its address, tax ID and contact) or update ``erp_id``."""
        country = self._country_id(party.country)
        addr = {"street": party.address or None, "country": country}
        if not erp_id:
            vals: dict[str, Any] = {"name": party.name,
                                    "addresses": [["create", [addr]]]}
            if party.tax_id.strip():
                vals["identifiers"] = [["create", [{
                    "type": self._mapping.get("identifier_type") or None,
                    "code": party.tax_id.strip()}]]]
            if party.contact.strip():
                vals["contact_mechanisms"] = [["create", [{
                    "type": "email" if "@" in party.contact else "other",
                    "value": party.contact.strip()}]]]
            (pid,) = self._exec("party.party", "create", [vals])
        else:
            pid = int(erp_id)
            rows = self._read("party.party", [pid], ["identifiers", "addresses",
                                                     "contact_mechanisms"])
            if not rows:
                raise ErpNotFound(QT_TRANSLATE_NOOP("ERP", "Tryton has no party with id "
                                                           "{party}."), party=erp_id)
            (cur,) = rows
            vals = {"name": party.name}
            if cur.get("addresses"):
                vals["addresses"] = [["write", [cur["addresses"][0]], addr]]
            else:
                vals["addresses"] = [["create", [addr]]]
            code = party.tax_id.strip()
            if cur.get("identifiers"):
                vals["identifiers"] = ([["write", [cur["identifiers"][0]], {"code": code}]]
                                       if code else [["delete", [cur["identifiers"][0]]]])
            elif code:
                vals["identifiers"] = [["create", [{
                    "type": self._mapping.get("identifier_type") or None, "code": code}]]]
            if party.contact.strip():
                if cur.get("contact_mechanisms"):
                    vals["contact_mechanisms"] = [["write", [cur["contact_mechanisms"][0]],
                                                   {"value": party.contact.strip()}]]
                else:
                    vals["contact_mechanisms"] = [["create", [{
                        "type": "email" if "@" in party.contact else "other",
                        "value": party.contact.strip()}]]]
            self._exec("party.party", "write", [pid], vals)
            self._party_info.pop(pid, None)
        rows = self._search_read("party.party", [["id", "=", pid]], PARTY_FIELDS)
        return self._remote_parties(rows)[0]

    def _country_id(self, code: str) -> int | None:
        code = (code or "").strip().upper()
        if not code:
            return None
        key = f"country:{code}"
        if key not in self._defaults:
            found = self._search_read("country.country", [["code", "=", code]], ["id"],
                                      limit=1)
            self._defaults[key] = found[0]["id"] if found else None
        return self._defaults[key]

    def list_parties(self) -> list[RemoteParty]:
        out: list[RemoteParty] = []
        last = 0
        while True:
            rows = self._search_read("party.party", [["id", ">", last]], PARTY_FIELDS,
                                     limit=PAGE_MAX, order=[["id", "ASC"]])
            out += self._remote_parties(rows)
            if len(rows) < PAGE_MAX:
                return out
            last = rows[-1]["id"]

    def list_tax_codes(self) -> list[TaxCode]:
        self._load_taxes()
        return [TaxCode(erp_id=str(r["id"]), name=str(r.get("name") or ""),
                        rate=self._tax_rate[r["id"]])
                for r in self._tax_rows if r["id"] in self._tax_rate]


def _same(new: Any, old: Any) -> bool:
    if isinstance(new, float) or isinstance(old, float):
        try:
            return float(new) == float(old)
        except (TypeError, ValueError):
            return False
    if isinstance(new, Decimal) and isinstance(old, Decimal):
        return new == old
    return (new or None) == (old or None)


def _map_error(method: str, error: Any) -> ErpError:
    """A Tryton JSON-RPC ``error`` → the typed error."""
    kind = error[0] if isinstance(error, (list, tuple)) and len(error) == 2 else None
    detail = error[1] if kind else None
    if kind == "UserError":
        parts = list(detail) if isinstance(detail, (list, tuple)) else [str(detail)]
        message = str(parts[0]) if parts else ""
        description = str(parts[1]) if len(parts) > 1 and parts[1] else ""
        text = redact(" ".join(f"{message} {description}".split()))[:MAX_ERP_MESSAGE]
        if _ACCESS_RE.search(message) or description.startswith("Within groups"):
            return ErpPermissionError(QT_TRANSLATE_NOOP("ERP", "The Tryton user may not do "
                                                               "this: {erp_message}"),
                                      erp_message=text, method=method)
        return ErpRejected(QT_TRANSLATE_NOOP("ERP", "Tryton refused it: {erp_message}"),
                           erp_message=text, method=method)
    if kind == "UserWarning":
        parts = list(detail) if isinstance(detail, (list, tuple)) else [str(detail)]
        key = str(parts[0]) if parts else ""
        message = str(parts[1]) if len(parts) > 1 else ""
        text = redact(" ".join(message.split()))[:MAX_ERP_MESSAGE]
        return ErpNeedsConfirmation(QT_TRANSLATE_NOOP("ERP", "Tryton asks for a confirmation: "
                                                             "{erp_message}"),
                                    key=key, erp_message=text)
    if kind == "ConcurrencyException":
        return ErpConflict(QT_TRANSLATE_NOOP("ERP", "The record was changed in Tryton by "
                                                    "someone else; sync will fetch it and "
                                                    "merge."))
    if kind == "LoginException":
        return ErpAuthError(QT_TRANSLATE_NOOP("ERP", "Tryton asks for more than a password "
                                                     "to log in ({what}); this is not "
                                                     "supported."),
                            what=str(detail[0] if isinstance(detail, (list, tuple)) and detail
                                     else "")[:40])
    if kind == "RateLimitException":
        return ErpRateLimited(QT_TRANSLATE_NOOP("ERP", "The ERP asks to slow down; sync will "
                                                       "try again in {retry_after:.0f} "
                                                       "seconds."), retry_after=30.0)
    first = error[0] if isinstance(error, (list, tuple)) and error else error
    text = redact(" ".join(str(first).split()))[:MAX_ERP_MESSAGE]
    return ErpBug(QT_TRANSLATE_NOOP("ERP", "Tryton failed with an internal error while running "
                                           "{method}: {erp_message}"),
                  method=method, erp_message=text or "-")


__all__ = ["TrytonConnector"]
