"""The Tryton connector against a REAL trytond 8.2 (tests/tryton_harness)."""
from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal

import pytest

from desktop.domain.errors import (ErpAuthError, ErpConflict, ErpError, ErpNeedsConfirmation,
                                   ErpOffline, ErpPermissionError, ErpRejected)
from desktop.domain.records import (Invoice, InvoiceKind, InvoiceLine, Party, PartyRole,
                                    Status)
from desktop.domain.totals import compute_totals
from desktop.domain.workflow import Role
from desktop.erp.base import Connector
from desktop.erp.http import ErpCertificateError, ErpNotFound
from desktop.erp.tryton import TrytonConnector

pytestmark = pytest.mark.tryton


def connector(server, user="clerk", password=None, **kw) -> TrytonConnector:
    pw = password if password is not None else server.facts["users"][user]["password"]
    return TrytonConnector(server.url, server.database, user, pw,
                           ca_file=str(server.ca_file or ""), **kw)


def make_invoice(kind=InvoiceKind.SALE, *, rates=("13", "6"), issue=None, **kw) -> Invoice:
    lines = [InvoiceLine(f"Item {i}", Decimal("3") if i == 0 else Decimal(1),
                         Decimal("100.10") + i, Decimal(r), Decimal("10") if i == 0 else Decimal(0))
             for i, r in enumerate(rates)]
    return Invoice(kind=kind, party_uuid="local-party", issue_date=issue or dt.date.today(),
                   lines=lines, notes="made by a test", external_ref="PO-42", **kw)


@pytest.fixture(scope="module")
def clerk(tryton_server):
    c = connector(tryton_server)
    yield c
    c.close()


@pytest.fixture(scope="module")
def customer(tryton_server):
    return str(tryton_server.facts["parties"]["customer"]["id"])


@pytest.fixture(scope="module")
def supplier(tryton_server):
    return str(tryton_server.facts["parties"]["supplier"]["id"])


def tryton_amounts(raw, erp_id):
    (r,) = raw.execute("account.invoice", "read", [int(erp_id)],
                       ["untaxed_amount", "tax_amount", "total_amount"])
    return r["untaxed_amount"], r["tax_amount"], r["total_amount"]


# --- connection ------------------------------------------------------------------------------

def test_is_a_connector(clerk):
    assert isinstance(clerk, Connector)
    assert clerk.name == "tryton" and clerk.first_push_status == Status.APPROVED
    assert not clerk.capabilities.push_payments and clerk.capabilities.attachments


def test_connection_roles(tryton_server, clerk):
    info = clerk.test_connection()
    assert info.erp_name == "Tryton" and info.server_version.startswith("8.2")
    assert info.user == "clerk" and info.company == "Invoice Desk Test Co., Ltd."
    assert info.role == Role.APPROVER
    assert {"invoice.read", "invoice.write", "invoice.post"} <= info.rights
    # the template keeps Tryton's default "document" tax rounding: warned
    assert any("per line" in w for w in info.warnings)


def test_connection_admin_and_viewer(tryton_server):
    admin = connector(tryton_server, "admin")
    try:
        info = admin.test_connection()
        assert info.role == Role.ADMINISTRATOR and "settings.write" in info.rights
    finally:
        admin.close()
    viewer = connector(tryton_server, "viewer")
    try:
        with pytest.raises(ErpPermissionError) as exc:
            viewer.test_connection()
        assert "viewer" in exc.value.text()
        # and a direct attempt comes back as a permission error too
        with pytest.raises(ErpPermissionError):
            viewer.list_live_ids()
    finally:
        viewer.close()


def test_wrong_password_is_auth_error(tryton_server):
    c = connector(tryton_server, "viewer", password="not-the-password", retries=0)
    with pytest.raises(ErpAuthError):
        c.test_connection()
    c.close()


def test_plain_http_refused_for_remote_host():
    from desktop.domain.errors import BadInput
    with pytest.raises(BadInput):
        TrytonConnector("http://erp.example.com", "db", "u", "p")


def test_session_expiry_relogs_in_once(tryton_server, clerk):
    clerk.list_live_ids()
    auth = clerk._auth
    # log the connector's session out from outside (like a server-side expiry)
    with tryton_server.raw() as raw:
        raw.session.headers["Authorization"] = auth
        raw.call("common.db.logout")
    clerk.list_live_ids()                     # transparently logged in again
    assert clerk._auth and clerk._auth != auth


def test_https_with_ca_file_and_without(tryton_server_https):
    srv = tryton_server_https
    ok = TrytonConnector(srv.url, srv.database, "clerk", srv.facts["users"]["clerk"]["password"],
                         ca_file=str(srv.ca_file))
    try:
        assert ok.test_connection().role == Role.APPROVER
    finally:
        ok.close()
    bad = TrytonConnector(srv.url, srv.database, "clerk", srv.facts["users"]["clerk"]["password"])
    with pytest.raises(ErpCertificateError) as exc:
        bad.test_connection()
    assert "certificate" in exc.value.text()
    bad.close()


def test_server_down_is_offline(tryton_server):
    from tests.tryton_harness.server import free_port
    c = TrytonConnector(f"http://127.0.0.1:{free_port()}", "x", "u", "p", retries=0)
    with pytest.raises(ErpOffline):
        c.list_live_ids()


# --- invoices ----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [InvoiceKind.SALE, InvoiceKind.PURCHASE])
def test_create_and_read_back(clerk, tryton_raw, customer, supplier, kind):
    inv = make_invoice(kind, rates=("13", "9", "6"))
    inv.lines[1].unit = "h"
    party = customer if kind == InvoiceKind.SALE else supplier
    ri = clerk.create_invoice(inv, party)
    assert ri.erp_state == "draft" and ri.invoice.status == Status.APPROVED
    assert ri.invoice.uuid == inv.uuid and ri.party_erp_id == party
    got = clerk.fetch_invoice(ri.erp_id)
    assert got.version == ri.version
    assert got.invoice.kind == kind and got.invoice.notes == inv.notes
    assert got.invoice.external_ref == "PO-42" and got.invoice.issue_date == inv.issue_date
    assert [(ln.uuid, ln.description, ln.quantity, ln.unit_price, ln.tax_rate, ln.discount,
             ln.unit) for ln in got.invoice.lines] == [
        (ln.uuid, ln.description, ln.quantity, ln.unit_price, ln.tax_rate, ln.discount, ln.unit)
        for ln in inv.lines]
    totals = compute_totals(inv)
    assert compute_totals(got.invoice) == totals
    assert tryton_amounts(tryton_raw, ri.erp_id) == (totals.net, totals.tax, totals.gross)
    (raw,) = tryton_raw.execute("account.invoice", "read", [int(ri.erp_id)], ["type", "journal"])
    assert raw["type"] == ("out" if kind == InvoiceKind.SALE else "in")


def test_credit_note_round_trip(clerk, tryton_raw, customer):
    inv = make_invoice(is_credit_note=True, rates=("13",))
    ri = clerk.create_invoice(inv, customer)
    assert ri.invoice.is_credit_note and ri.invoice.lines[0].quantity == inv.lines[0].quantity
    assert tryton_amounts(tryton_raw, ri.erp_id)[2] == -compute_totals(inv).gross


def test_idempotent_create(clerk, tryton_raw, customer):
    inv = make_invoice()
    first = clerk.create_invoice(inv, customer)
    again = clerk.create_invoice(inv, customer)          # "outcome unknown": sent again
    assert again.erp_id == first.erp_id
    assert tryton_raw.execute("account.invoice", "search",
                              [["reference", "=", inv.uuid]], 0, None, None) == [int(first.erp_id)]
    assert clerk.find_by_key(inv.uuid).erp_id == first.erp_id
    assert clerk.find_by_key("no-such-key") is None


def test_offline_during_create_looks_up_before_retrying(clerk, tryton_raw, customer,
                                                          monkeypatch):
    """The create reached Tryton but the answer was lost: no duplicate."""
    inv = make_invoice()
    http = clerk._http
    real = http.request
    calls = []

    def flaky(method, path, **kw):
        body = kw.get("json_body") or {}
        reply = real(method, path, **kw)
        calls.append(body.get("method"))
        if body.get("method") == "model.account.invoice.create" and \
                calls.count("model.account.invoice.create") == 1:
            raise ErpOffline("lost answer")
        return reply

    monkeypatch.setattr(http, "request", flaky)
    ri = clerk.create_invoice(inv, customer)
    monkeypatch.undo()
    assert calls.count("model.account.invoice.create") == 1
    assert tryton_raw.execute("account.invoice", "search",
                              [["reference", "=", inv.uuid]], 0, None, None) == [int(ri.erp_id)]


def test_batch_create_isolates_a_bad_invoice(clerk, customer):
    good = [make_invoice(rates=("13",)) for _ in range(3)]
    bad = make_invoice(rates=("13",))
    bad.currency = "XXX"
    items = [(good[0], customer), (bad, customer), (good[1], customer), (good[2], customer)]
    out = clerk.create_invoices(items)
    assert [type(x).__name__ for x in out] == ["RemoteInvoice", "ErpRejected", "RemoteInvoice",
                                               "RemoteInvoice"]
    assert [x.invoice.uuid for x in out if not isinstance(x, ErpError)] == [g.uuid for g in good]
    assert "XXX" in out[1].text()


def test_unmapped_tax_rate_is_rejected_naming_it(clerk, customer):
    inv = make_invoice(rates=("13", "3"))
    with pytest.raises(ErpRejected) as exc:
        clerk.create_invoice(inv, customer)
    assert "3 %" in exc.value.text() and "taxes" in exc.value.text()
    assert clerk.find_by_key(inv.uuid) is None


def test_mapping_overrides_defaults(tryton_server, customer):
    f = tryton_server.facts
    c = connector(tryton_server, mapping={"taxes": {"3": f["taxes"]["6"]},
                                          "payment_terms": {"30 days": f["payment_terms"]["net30"]},
                                          "units": {"pcs": f["uom_unit_id"]}})
    try:
        inv = make_invoice(rates=("3",), payment_terms="30 days")
        inv.lines[0].unit = "pcs"
        ri = c.create_invoice(inv, customer)
        assert ri.invoice.payment_terms == "30 days" and ri.invoice.lines[0].unit == "pcs"
        # the line carries Tryton's 6 % tax, read back as 6 %
        assert ri.invoice.lines[0].tax_rate == 6
        with pytest.raises(ErpRejected) as exc:
            c.create_invoice(make_invoice(rates=("13",), payment_terms="Whenever"), customer)
        assert "Whenever" in exc.value.text() and "payment_terms" in exc.value.text()
    finally:
        c.close()


def test_update_and_stale_update(clerk, tryton_raw, customer):
    inv = make_invoice()
    ri = clerk.create_invoice(inv, customer)
    inv.notes = "second thoughts"
    inv.lines[0].quantity = Decimal(4)
    inv.lines.pop(1)
    inv.lines.append(InvoiceLine("New line", Decimal(1), Decimal("9.99"), Decimal("9")))
    r2 = clerk.update_invoice(ri.erp_id, inv, ri.version, customer)
    assert r2.version != ri.version and r2.invoice.notes == "second thoughts"
    assert [ln.uuid for ln in r2.invoice.lines] == [ln.uuid for ln in inv.lines]
    assert compute_totals(r2.invoice) == compute_totals(inv)
    assert tryton_amounts(tryton_raw, ri.erp_id)[2] == compute_totals(inv).gross
    # nothing changed: no write, same version
    assert clerk.update_invoice(ri.erp_id, inv, r2.version, customer).version == r2.version
    # the old version is stale now
    with pytest.raises(ErpConflict):
        clerk.update_invoice(ri.erp_id, inv, ri.version, customer)


def test_line_only_edit_in_tryton_is_a_conflict(clerk, tryton_raw, customer):
    inv = make_invoice()
    ri = clerk.create_invoice(inv, customer)
    (raw,) = tryton_raw.execute("account.invoice", "read", [int(ri.erp_id)], ["lines"])
    time.sleep(0.01)
    tryton_raw.execute("account.invoice.line", "write", [raw["lines"][0]],
                       {"description": "edited in Tryton"})
    fresh = clerk.fetch_invoice(ri.erp_id)
    assert fresh.version != ri.version
    assert fresh.invoice.lines[0].description == "edited in Tryton"
    inv.notes = "mine"
    with pytest.raises(ErpConflict):
        clerk.update_invoice(ri.erp_id, inv, ri.version, customer)


def test_post_then_edit_is_rejected_with_trytons_message(tryton_server, clerk, customer):
    inv = make_invoice()
    ri = clerk.create_invoice(inv, customer)
    posted = clerk.post_invoice(ri.erp_id)
    assert posted.erp_state == "posted" and posted.invoice.status == Status.POSTED
    assert posted.invoice.number
    inv.lines[0].unit_price = Decimal("1.00")
    with pytest.raises(ErpRejected) as exc:
        clerk.update_invoice(ri.erp_id, inv, posted.version, customer)
    assert "posted" in exc.value.erp_message or "not allowed" in exc.value.erp_message
    assert exc.value.erp_message in exc.value.text()
    # only the changed fields are sent: notes alone (Tryton's comment) after posting are
    # refused for an "Accounting" user but accepted for an accounting administrator
    inv.lines[0].unit_price = make_invoice().lines[0].unit_price
    inv.notes = "paid by transfer"
    with pytest.raises(ErpRejected) as exc:
        clerk.update_invoice(ri.erp_id, inv, posted.version, customer)
    assert "Comment" in exc.value.erp_message
    admin = connector(tryton_server, "admin")
    try:
        after = admin.update_invoice(ri.erp_id, inv, posted.version, customer)
    finally:
        admin.close()
    assert after.invoice.notes == "paid by transfer" and after.erp_state == "posted"


def test_rounding_differs_from_the_domain_on_ties(clerk, tryton_raw, customer):
    """Known difference (reported): Tryton rounds half-even, the domain rounds half-up."""
    inv = make_invoice(rates=("13",))
    inv.lines[0].quantity = Decimal("2.5")          # 2.5 × 90.09 = 225.225
    ri = clerk.create_invoice(inv, customer)
    assert compute_totals(inv).net == Decimal("225.23")
    assert tryton_amounts(tryton_raw, ri.erp_id)[0] == Decimal("225.22")


def test_future_date_post_needs_confirmation(clerk, customer):
    inv = make_invoice(issue=dt.date.today() + dt.timedelta(days=40))
    ri = clerk.create_invoice(inv, customer)
    with pytest.raises(ErpNeedsConfirmation) as exc:
        clerk.post_invoice(ri.erp_id)
    assert exc.value.key and "future" in exc.value.erp_message
    clerk.confirm(exc.value.key)
    assert clerk.post_invoice(ri.erp_id).erp_state == "posted"


def test_cancel_and_record_payment(clerk, customer):
    ri = clerk.create_invoice(make_invoice(), customer)
    assert clerk.cancel_invoice(ri.erp_id).invoice.status == Status.CANCELLED
    with pytest.raises(ErpRejected):
        clerk.record_payment(ri.erp_id, None)  # type: ignore[arg-type]


def test_list_live_ids_after_delete_in_tryton(clerk, tryton_raw, customer):
    a = clerk.create_invoice(make_invoice(), customer)
    b = clerk.create_invoice(make_invoice(), customer)
    assert {a.erp_id, b.erp_id} <= clerk.list_live_ids()
    tryton_raw.execute("account.invoice", "delete", [int(a.erp_id)])
    live = clerk.list_live_ids()
    assert a.erp_id not in live and b.erp_id in live
    with pytest.raises(ErpNotFound):
        clerk.fetch_invoice(a.erp_id)


def test_attachment(clerk, tryton_raw, customer):
    ri = clerk.create_invoice(make_invoice(), customer)
    att = clerk.add_attachment(ri.erp_id, "scan.pdf", b"%PDF-1.4 test")
    (row,) = tryton_raw.execute("ir.attachment", "read", [int(att)], ["name", "resource"])
    assert row["name"] == "scan.pdf" and row["resource"] == f"account.invoice,{ri.erp_id}"


# --- parties and taxes -------------------------------------------------------------------------

def test_parties_match_by_tax_id_then_name(clerk):
    p = Party(name="Shenzhen Widgets Ltd.", role=PartyRole.CUSTOMER,
              tax_id="91350100M000100Y43", country="CN", address="8 Harbour Road",
              contact="ap@widgets.example")
    assert clerk.find_party(p) is None
    made = clerk.upsert_party(p)
    assert made.party.tax_id == p.tax_id and made.party.name == p.name
    assert made.party.address == "8 Harbour Road"   # (the harness loads no countries)
    # the same tax ID under another name still finds it
    by_tax = clerk.find_party(Party(name="Widgets (renamed)", tax_id="91350100M000100Y43"))
    assert by_tax.erp_id == made.erp_id
    # no tax ID: by exact name
    assert clerk.find_party(Party(name="Shenzhen Widgets Ltd.")).erp_id == made.erp_id
    assert clerk.find_party(Party(name="Globex Supplies Ltd.")).party.name == \
        "Globex Supplies Ltd."
    p.name = "Shenzhen Widgets Co., Ltd."
    p.address = "9 Harbour Road"
    upd = clerk.upsert_party(p, made.erp_id)
    assert upd.erp_id == made.erp_id and upd.party.name == p.name
    assert upd.party.address == "9 Harbour Road" and upd.version != made.version
    assert made.erp_id in {rp.erp_id for rp in clerk.list_parties()}
    # an invoice for the new party works (its address was created with it)
    ri = clerk.create_invoice(make_invoice(), made.erp_id)
    assert ri.party_erp_id == made.erp_id and ri.invoice.party_name == p.name


def test_list_tax_codes(clerk):
    rates = {t.rate for t in clerk.list_tax_codes()}
    assert rates >= {Decimal("13"), Decimal("9"), Decimal("6")}


# --- pulling -----------------------------------------------------------------------------------

def test_pull_changes_pages_and_sees_line_only_edits(tryton_server_fresh):
    srv = tryton_server_fresh
    c = connector(srv, overlap=60)
    raw = srv.raw("admin")
    try:
        customer = str(srv.facts["parties"]["customer"]["id"])
        made = c.create_invoices([(make_invoice(), customer) for _ in range(7)])
        want = {ri.erp_id: ri.version for ri in made}

        def pull_all(cursor, limit):
            got, pages = [], 0
            while True:
                page = c.pull_changes(cursor, limit)
                pages += 1
                got += page.invoices
                cursor = page.cursor
                if not page.more:
                    return got, cursor, pages

        got, cursor, pages = pull_all(None, 3)
        assert pages >= 3
        ids = [ri.erp_id for ri in got]
        assert len(ids) == len(set(ids)) == 7                  # none lost, none repeated
        assert {ri.erp_id: ri.version for ri in got} == want
        assert {"Acme Trading Co.", "Globex Supplies Ltd."} <= {
            rp.party.name for rp in c.pull_changes(None, 50).parties}

        # nothing changed: the overlap re-reads but delivers nothing again
        again, cursor, _ = pull_all(cursor, 3)
        assert again == []

        # a line-only edit in Tryton (the invoice's own timestamp does not move)
        target = made[4]
        (inv,) = raw.execute("account.invoice", "read", [int(target.erp_id)], ["lines",
                                                                                "_timestamp"])
        raw.execute("account.invoice.line", "write", [inv["lines"][0]], {"quantity": 9.0})
        (inv2,) = raw.execute("account.invoice", "read", [int(target.erp_id)], ["_timestamp"])
        assert inv2["_timestamp"] == inv["_timestamp"]
        changed, cursor, _ = pull_all(cursor, 3)
        assert [ri.erp_id for ri in changed] == [target.erp_id]
        assert changed[0].invoice.lines[0].quantity == 9
        # an invoice made in Tryton itself: no key, derived line uuids that stay stable
        vals = raw.execute("account.invoice", "read", [int(made[0].erp_id)], ["party"])[0]
        (new_id,) = raw.execute("account.invoice", "create", [{
            "type": "out", "party": vals["party"], "company": srv.facts["company_id"],
            "currency": srv.facts["currency_id"],
            "invoice_address": srv.facts["parties"]["customer"]["address_id"],
            "account": srv.facts["accounts"]["receivable"],
            "journal": srv.facts["journals"]["revenue"],
            "lines": [["create", [{"type": "line", "account": srv.facts["accounts"]["revenue"],
                                   "description": "typed in Tryton", "quantity": 1.0,
                                   "unit_price": Decimal("5")}]]]}])
        changed, cursor, _ = pull_all(cursor, 3)
        assert [ri.erp_id for ri in changed] == [str(new_id)]
        ri = changed[0]
        assert ri.invoice.uuid == "" and ri.invoice.lines[0].tax_rate == 0
        assert c.fetch_invoice(str(new_id)).invoice.lines[0].uuid == ri.invoice.lines[0].uuid
        # the app edits that Tryton-made invoice: the line keeps its identity
        ri.invoice.lines[0].quantity = Decimal(2)
        upd = c.update_invoice(ri.erp_id, ri.invoice, ri.version, ri.party_erp_id)
        assert len(upd.invoice.lines) == 1 and upd.invoice.lines[0].quantity == 2
        assert upd.invoice.lines[0].uuid == ri.invoice.lines[0].uuid
    finally:
        raw.close()
        c.close()


def test_paid_in_tryton_flows_back_with_its_payment(tryton_server, clerk, tryton_raw, customer):
    f = tryton_server.facts
    ri = clerk.create_invoice(make_invoice(rates=("13",)), customer)
    clerk.post_invoice(ri.erp_id)
    gross = tryton_amounts(tryton_raw, ri.erp_id)[2]
    (method,) = tryton_raw.execute("account.invoice.payment.method", "create", [{
        "company": f["company_id"], "name": "Cash", "journal": f["journals"]["cash"],
        "credit_account": f["accounts"]["cash"], "debit_account": f["accounts"]["cash"]}])
    ctx = {**tryton_raw.context, "active_id": int(ri.erp_id), "active_ids": [int(ri.erp_id)],
           "active_model": "account.invoice"}
    session, start, _ = tryton_raw.call("wizard.account.invoice.pay.create", {})
    tryton_raw.call("wizard.account.invoice.pay.execute", session, {}, start, ctx)
    tryton_raw.call("wizard.account.invoice.pay.execute", session, {"start": {
        "amount": gross, "currency": f["currency_id"], "description": "bank transfer",
        "payment_method": method, "date": dt.date.today(), "company": f["company_id"]}},
        "choice", ctx)
    paid = clerk.fetch_invoice(ri.erp_id)
    assert paid.erp_state == "paid" and paid.invoice.status == Status.PAID
    assert [p.amount for p in paid.payments] == [gross]
    assert paid.payments[0].date == dt.date.today()
    assert paid.payments == paid.invoice.payments
    assert clerk.fetch_invoice(ri.erp_id).payments[0].uuid == paid.payments[0].uuid
