"""Proves the real-trytond harness: login, rights, invoices, optimistic locking, HTTPS."""
from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
import requests

from tests.tryton_harness import (RawTryton, TrytonConcurrencyError, TrytonHTTPError,
                                  TrytonUserError, TrytonUserWarning)

pytestmark = pytest.mark.tryton

INVOICE_FIELDS = ["state", "number", "type", "party", "company", "currency", "journal",
                  "account", "reference", "invoice_date", "untaxed_amount", "tax_amount",
                  "total_amount", "lines", "_timestamp"]


def draft_invoice_values(facts: dict, *, unit_price="100.00", rate="13",
                         invoice_date: dt.date | None = None) -> dict:
    customer = facts["parties"]["customer"]
    return {
        "type": "out",
        "company": facts["company_id"],
        "currency": facts["currency_id"],
        "party": customer["id"],
        "invoice_address": customer["address_id"],
        "account": facts["accounts"]["receivable"],
        "journal": facts["journals"]["revenue"],
        "payment_term": facts["payment_term_id"],
        "invoice_date": invoice_date,
        "reference": f"harness-{uuid.uuid4()}",
        "description": "harness test",
        "lines": [["create", [{
            "type": "line",
            "account": facts["accounts"]["revenue"],
            "description": "Consulting",
            "quantity": 1.0,
            "unit_price": Decimal(unit_price),
            "taxes": [["add", [facts["taxes"][rate]]]],
        }]]],
    }


@pytest.fixture(scope="module")
def clerk(tryton_server):
    rt = tryton_server.raw("clerk")
    yield rt
    rt.close()


def test_facts_cover_what_tests_need(tryton_server):
    f = tryton_server.facts
    assert set(f["accounts"]) >= {"receivable", "payable", "revenue", "expense"}
    assert set(f["journals"]) >= {"revenue", "expense"}
    assert set(f["taxes"]) == {"13", "9", "6"}
    assert set(f["users"]) >= {"admin", "clerk"}
    year = dt.date.today().year
    assert set(f["fiscal_years"]) == {str(year), str(year + 1)}
    assert f["currency_code"] == "CNY"


def test_admin_login_and_preferences(tryton_server):
    with tryton_server.raw() as rt:
        uid = rt.login("admin", tryton_server.facts["users"]["admin"]["password"])
        assert uid == tryton_server.facts["users"]["admin"]["id"]
        prefs = rt.preferences()
        assert prefs["company"] == tryton_server.facts["company_id"]
        # the journal the invoices use exists by default and is a revenue journal
        (journal,) = rt.execute("account.journal", "read",
                                [tryton_server.facts["journals"]["revenue"]], ["type", "code"])
        assert journal["type"] == "revenue"


def test_wrong_password_is_401(tryton_server):
    # "viewer", not "admin": each failure adds a login attempt that slows that login down
    with tryton_server.raw() as rt:
        with pytest.raises(TrytonHTTPError) as exc:
            rt.login("viewer", "not-the-password")
        assert exc.value.status_code == 401


def test_viewer_has_no_invoice_rights(tryton_server):
    with tryton_server.raw("viewer") as rt:
        with pytest.raises(TrytonUserError):
            rt.execute("account.invoice", "search", [], 0, 1, None)


def test_create_read_post_customer_invoice(tryton_server, clerk):
    f = tryton_server.facts
    vals = draft_invoice_values(f, invoice_date=dt.date.today())
    (inv_id,) = clerk.execute("account.invoice", "create", [vals])
    (inv,) = clerk.execute("account.invoice", "read", [inv_id], INVOICE_FIELDS)
    assert inv["state"] == "draft"
    assert inv["number"] is None
    assert inv["reference"] == vals["reference"]
    assert inv["invoice_date"] == dt.date.today()
    assert isinstance(inv["untaxed_amount"], Decimal)
    assert (inv["untaxed_amount"], inv["tax_amount"], inv["total_amount"]) == (
        Decimal("100.00"), Decimal("13.00"), Decimal("113.00"))
    (line,) = clerk.execute("account.invoice.line", "read", inv["lines"],
                            ["amount", "taxes", "unit_price"])
    assert line["taxes"] == [f["taxes"]["13"]] and line["unit_price"] == Decimal("100")

    assert clerk.execute("account.invoice", "search",
                         [["reference", "=", vals["reference"]]], 0, None, None) == [inv_id]

    clerk.execute("account.invoice", "post", [inv_id])
    (inv,) = clerk.execute("account.invoice", "read", [inv_id], ["state", "number", "move"])
    assert inv["state"] == "posted"
    assert inv["number"] and inv["move"]

    # posted invoices refuse most edits
    with pytest.raises(TrytonUserError):
        clerk.execute("account.invoice", "write", [inv_id], {"payment_term": None})


def test_next_year_invoice_posts(tryton_server, clerk):
    """The template has next year's fiscal year, so it survives a year boundary."""
    next_year = dt.date(dt.date.today().year + 1, 1, 15)
    vals = draft_invoice_values(tryton_server.facts, rate="6", invoice_date=next_year)
    (inv_id,) = clerk.execute("account.invoice", "create", [vals])
    # posting with a future date raises a UserWarning: accept it and retry
    with pytest.raises(TrytonUserWarning) as warning:
        clerk.execute("account.invoice", "post", [inv_id])
    clerk.accept_warning(warning.value)
    clerk.execute("account.invoice", "post", [inv_id])
    (inv,) = clerk.execute("account.invoice", "read", [inv_id], ["state", "tax_amount"])
    assert inv == {"id": inv_id, "state": "posted", "tax_amount": Decimal("6.00")}


def test_stale_timestamp_write_is_concurrency_exception(tryton_server, clerk, tryton_raw):
    (inv_id,) = clerk.execute("account.invoice", "create",
                              [draft_invoice_values(tryton_server.facts, rate="9")])
    (inv,) = clerk.execute("account.invoice", "read", [inv_id], ["_timestamp"])
    stale = {"_timestamp": {f"account.invoice,{inv_id}": inv["_timestamp"]}}

    # someone else edits it on the ERP side
    tryton_raw.execute("account.invoice", "write", [inv_id], {"description": "edited in ERP"})

    with pytest.raises(TrytonConcurrencyError):
        clerk.execute("account.invoice", "write", [inv_id], {"description": "mine"},
                      context=stale)

    # with the fresh timestamp the same write goes through
    (inv,) = clerk.execute("account.invoice", "read", [inv_id], ["_timestamp"])
    fresh = {"_timestamp": {f"account.invoice,{inv_id}": inv["_timestamp"]}}
    clerk.execute("account.invoice", "write", [inv_id], {"description": "mine"}, context=fresh)
    (inv,) = clerk.execute("account.invoice", "read", [inv_id], ["description"])
    assert inv["description"] == "mine"


def test_https_server_needs_the_test_ca(tryton_server_https):
    srv = tryton_server_https
    assert srv.url.startswith("https://127.0.0.1:") and srv.ca_file.exists()
    body = {"id": 0, "method": "common.server.version", "params": []}
    with requests.Session() as s:
        s.trust_env = False
        r = s.post(f"{srv.url}/rpc/", json=body, timeout=(5, 30), verify=str(srv.ca_file))
        assert r.status_code == 200 and r.json()["result"].startswith("8.2")
        with pytest.raises(requests.exceptions.SSLError):
            s.post(f"{srv.url}/rpc/", json=body, timeout=(5, 30))
    rt = RawTryton(srv.url, srv.database, verify=str(srv.ca_file))
    assert rt.login("admin", srv.facts["users"]["admin"]["password"]) == 1
    rt.close()


def test_fresh_server_sees_no_invoices_from_other_tests(tryton_server_fresh):
    with tryton_server_fresh.raw("admin") as rt:
        assert rt.execute("account.invoice", "search", [], 0, None, None) == []
