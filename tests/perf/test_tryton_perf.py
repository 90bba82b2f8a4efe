"""Benchmarks of the Tryton connector against plain batched JSON-RPC on a real trytond.

Run by hand:  pytest -m perf tests/perf/test_tryton_perf.py -s
Size: INVOICE_DESK_PERF_SIZE (default 5000 invoices for the pull, 1000 for the creates; CI
uses a tiny size such as 20). No timing asserts: the figures are printed.
Goals: pull ≤ 1.2× raw; batch create ≤ 1.2× raw batched and ≥ 4× faster than one call per
invoice.
"""
from __future__ import annotations

import datetime as dt
import time
import uuid
from decimal import Decimal

import pytest

from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine
from desktop.erp.tryton import INVOICE_FIELDS, LINE_FIELDS, TrytonConnector

pytestmark = [pytest.mark.perf, pytest.mark.tryton]

PAGE = 500


from tests.perf.conftest import perf_size  # noqa: E402


def _size(default: int) -> int:
    return perf_size(default, 20)


def _raw_values(f: dict, n: int) -> list[dict]:
    cu = f["parties"]["customer"]
    out = []
    for i in range(n):
        out.append({
            "type": "out", "company": f["company_id"], "currency": f["currency_id"],
            "party": cu["id"], "invoice_address": cu["address_id"],
            "account": f["accounts"]["receivable"], "journal": f["journals"]["revenue"],
            "payment_term": f["payment_term_id"], "invoice_date": dt.date.today(),
            "reference": str(uuid.uuid4()), "description": f"seed {i}",
            "lines": [["create", [
                {"type": "line", "sequence": 1, "account": f["accounts"]["revenue"],
                 "description": "Consulting", "quantity": 2.0, "unit_price": Decimal("100.00"),
                 "taxes": [["add", [f["taxes"]["13"]]]]},
                {"type": "line", "sequence": 2, "account": f["accounts"]["revenue"],
                 "description": "Travel", "quantity": 1.0, "unit_price": Decimal("35.50"),
                 "taxes": [["add", [f["taxes"]["6"]]]]}]]]})
    return out


def _domain_invoices(n: int) -> list[Invoice]:
    return [Invoice(kind=InvoiceKind.SALE, party_uuid="p", issue_date=dt.date.today(),
                    external_ref=f"bench {i}",
                    lines=[InvoiceLine("Consulting", Decimal(2), Decimal("100.00"), Decimal(13)),
                           InvoiceLine("Travel", Decimal(1), Decimal("35.50"), Decimal(6))])
            for i in range(n)]


def _connector(srv) -> TrytonConnector:
    return TrytonConnector(srv.url, srv.database, "admin",
                           srv.facts["users"]["admin"]["password"])


def _raw_pull(raw) -> tuple[int, int]:
    """The fastest plain pull of the same information: keyset pages of search_read, then
    one read of the page's lines."""
    last, n_inv, n_lines = 0, 0, 0
    while True:
        invs = raw.execute("account.invoice", "search_read", [["id", ">", last]], 0, PAGE,
                           [["id", "ASC"]], INVOICE_FIELDS)
        line_ids = [i for r in invs for i in r["lines"]]
        lines = raw.execute("account.invoice.line", "read", line_ids, LINE_FIELDS)
        n_inv += len(invs)
        n_lines += len(lines)
        if len(invs) < PAGE:
            return n_inv, n_lines
        last = invs[-1]["id"]


def test_pull_vs_raw(tryton_server_fresh):
    srv = tryton_server_fresh
    n = _size(5000)
    raw = srv.raw("admin")
    vals = _raw_values(srv.facts, n)
    t0 = time.perf_counter()
    for i in range(0, n, 100):
        raw.execute("account.invoice", "create", vals[i:i + 100])
    seed = time.perf_counter() - t0
    conn = _connector(srv)
    conn.list_tax_codes()             # warm the connector's caches and its session
    _raw_pull(raw)                    # warm the server's caches

    def connector_pull() -> int:
        cursor, got = None, 0
        while True:
            page = conn.pull_changes(cursor, PAGE)
            got += len(page.invoices)
            cursor = page.cursor
            if not page.more:
                return got

    raw_times, conn_times = [], []
    for _ in range(2):
        t0 = time.perf_counter()
        n_inv, n_lines = _raw_pull(raw)
        raw_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        got = connector_pull()
        conn_times.append(time.perf_counter() - t0)
    assert n_inv == n and got == n and n_lines == 2 * n
    r, c = min(raw_times), min(conn_times)
    print(f"\n[tryton perf] seed {n} invoices (raw batches of 100): {seed:.2f} s")
    print(f"[tryton perf] pull {n} invoices / {n_lines} lines, pages of {PAGE}: "
          f"raw {r:.2f} s, connector {c:.2f} s, ratio {c / r:.2f}x (goal <= 1.2x)")
    conn.close()
    raw.close()


def test_create_vs_raw(tryton_server_fresh):
    srv = tryton_server_fresh
    n = _size(1000)
    party = str(srv.facts["parties"]["customer"]["id"])
    raw = srv.raw("admin")
    conn = _connector(srv)
    conn.list_tax_codes()
    raw.execute("account.invoice", "search", [], 0, 1, None)

    invoices = _domain_invoices(n)
    t0 = time.perf_counter()
    out = conn.create_invoices([(inv, party) for inv in invoices])
    t_conn = time.perf_counter() - t0
    assert all(not isinstance(x, Exception) for x in out) and len(out) == n

    vals = _raw_values(srv.facts, n)
    t0 = time.perf_counter()
    for i in range(0, n, 100):
        raw.execute("account.invoice", "create", vals[i:i + 100])
    t_batch = time.perf_counter() - t0

    vals = _raw_values(srv.facts, n)
    t0 = time.perf_counter()
    for v in vals:
        raw.execute("account.invoice", "create", [v])
    t_single = time.perf_counter() - t0

    print(f"\n[tryton perf] create {n} invoices (2 lines each): connector batch {t_conn:.2f} s "
          f"(incl. key look-up and read-back), raw batches of 100 {t_batch:.2f} s, raw one "
          f"call each {t_single:.2f} s")
    print(f"[tryton perf] connector / raw batched {t_conn / t_batch:.2f}x (goal <= 1.2x); "
          f"raw one-by-one / connector {t_single / t_conn:.2f}x (goal >= 4x)")
    conn.close()
    raw.close()
