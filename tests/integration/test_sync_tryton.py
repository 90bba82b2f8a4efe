"""The sync engine against a REAL trytond 8.2: push, pull, merge, conflicts, posted in the
ERP, made in the ERP, batch creates without duplicates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Status
from desktop.domain.workflow import Role
from desktop.erp.tryton import TrytonConnector
from desktop.store import search
from desktop.store.invoice_service import InvoiceService, load_invoice
from desktop.sync import conflicts
from desktop.sync.engine import SyncEngine
from desktop.sync.policy import RetryPolicy

pytestmark = pytest.mark.tryton


@pytest.fixture
def engine(store, tryton_server):
    conn = TrytonConnector(tryton_server.url, tryton_server.database, "admin",
                           tryton_server.facts["users"]["admin"]["password"])
    yield SyncEngine(store, conn, actor="alice", policy=RetryPolicy(0, 0))
    conn.close()


def approved(service, number, party="Sync Test Customer", price="100", uniq=""):
    r = service.create_invoice(Invoice(
        kind=InvoiceKind.SALE, party_uuid="", number=number, issue_date=dt.date.today(),
        lines=[InvoiceLine("Consulting " + uniq, Decimal(2), Decimal(price), Decimal(13))]),
        PartyRef(name=party))
    service.change_status(r.uuid, Status.SUBMITTED)
    service.change_status(r.uuid, Status.APPROVED)
    return r.uuid


def tryton_invoice(raw, erp_id, fields=("comment", "state", "reference", "description",
                                        "untaxed_amount", "total_amount")):
    (r,) = raw.execute("account.invoice", "read", [int(erp_id)], list(fields))
    return r


def test_push_once_then_nothing_to_do(store, service, engine, tryton_server):
    uuids = [approved(service, f"T-{i}", uniq=str(i)) for i in range(3)]
    report = engine.run_once()
    assert report.outcome == "ok" and report.pushed == 3, report
    raw = tryton_server.raw("admin")
    for u in uuids:
        inv, facts = load_invoice(store, u)
        t = tryton_invoice(raw, facts["erp_id"])
        assert t["reference"] == u and t["total_amount"] == Decimal("226.00")
        assert facts["sync_state"] == "synced"
    again = engine.run_once()
    assert (again.pushed, again.merged, again.conflicts) == (0, 0, 0), again
    ids = raw.execute("account.invoice", "search", [["reference", "in", uuids]])
    assert len(ids) == 3  # exactly one record per local invoice


def test_edits_on_both_sides_merge_or_conflict(store, service, engine, tryton_server):
    uuid = approved(service, "T-merge")
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    raw = tryton_server.raw("admin")
    raw.execute("account.invoice", "write", [int(erp_id)], {"comment": "from Tryton"})
    inv, _ = load_invoice(store, uuid)
    inv.external_ref = "PO-LOCAL"
    service.update_invoice(inv)
    report = engine.run_once()
    assert report.conflicts == 0, report
    t = tryton_invoice(raw, erp_id)
    inv, facts = load_invoice(store, uuid)
    assert t["comment"] == "from Tryton" and t["description"] == "PO-LOCAL"
    assert inv.notes == "from Tryton" and facts["sync_state"] == "synced"
    # the same field on both sides: a conflict, decided field by field
    raw.execute("account.invoice", "write", [int(erp_id)], {"comment": "Tryton again"})
    inv.notes = "mine"
    service.update_invoice(inv)
    assert engine.run_once().conflicts == 1
    assert tryton_invoice(raw, erp_id)["comment"] == "Tryton again"
    conflicts.decide(store, "alice", uuid, take="mine")
    report = engine.run_once()
    assert report.conflicts == 0 and tryton_invoice(raw, erp_id)["comment"] == "mine"


def test_posted_in_tryton_is_never_overwritten(store, service, engine, tryton_server):
    uuid = approved(service, "T-post")
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    raw = tryton_server.raw("admin")
    raw.execute("account.invoice", "post", [int(erp_id)])
    inv, _ = load_invoice(store, uuid)
    inv.lines[0].unit_price = Decimal(150)
    service.update_invoice(inv)
    engine.run_once()
    t = tryton_invoice(raw, erp_id)
    assert t["state"] == "posted" and t["untaxed_amount"] == Decimal("200.00")
    d = conflicts.detail(store, uuid)
    assert d.erp_final
    inv = conflicts.decide(store, "alice", uuid, take="theirs")
    assert inv.status == Status.POSTED and inv.lines[0].unit_price == Decimal(100)
    engine.run_once()
    assert load_invoice(store, uuid)[1]["sync_state"] == "synced"


def test_invoice_made_in_tryton_comes_back(store, engine, tryton_server):
    raw = tryton_server.raw("admin")
    f = tryton_server.facts
    cust = f["parties"]["customer"]
    engine.run_once()  # catch up with what the module's other tests made
    (iid,) = raw.execute("account.invoice", "create", [{
        "type": "out", "party": cust["id"], "invoice_address": cust["address_id"],
        "company": f["company_id"], "currency": f["currency_id"],
        "account": f["accounts"]["receivable"], "journal": f["journals"]["revenue"],
        "payment_term": f["payment_term_id"], "invoice_date": dt.date.today(),
        "comment": "typed in Tryton",
        "lines": [["create", [{"description": "Made in Tryton", "quantity": 1,
                               "unit_price": Decimal("80"), "account": f["accounts"]["revenue"],
                               "taxes": [["add", [f["taxes"]["9"]]]]}]]]}])
    report = engine.run_once()
    assert report.pulled >= 1
    with store.db.read() as s:
        rows = search.list_invoices(s, search.InvoiceQuery(text="typed in Tryton"))
    assert len(rows) == 1 and rows[0].gross == Decimal("87.20") and rows[0].party_name == cust[
        "name"]
    assert iid


def test_many_new_invoices_go_in_batches_without_duplicates(store, tryton_server):
    svc = InvoiceService(store, "alice", Role.ADMINISTRATOR)
    uuids = [approved(svc, f"B-{i}", party=f"Batch Party {i % 3}", uniq=str(i))
             for i in range(25)]
    conn = TrytonConnector(tryton_server.url, tryton_server.database, "admin",
                           tryton_server.facts["users"]["admin"]["password"])
    try:
        report = SyncEngine(store, conn, actor="alice").run_once()
    finally:
        conn.close()
    assert report.pushed == 25 and report.outcome == "ok", report
    raw = tryton_server.raw("admin")
    assert len(raw.execute("account.invoice", "search", [["reference", "in", uuids]])) == 25
    names = [f"Batch Party {i}" for i in range(3)]
    assert len(raw.execute("party.party", "search", [["name", "in", names]])) == 3


def test_attachments_reach_tryton(store, service, engine, tryton_server, tmp_path):
    from desktop.store import attachments
    uuid = approved(service, "T-att")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 a supplier's scan")
    attachments.add(store, "alice", uuid, scan)
    report = engine.run_once()
    assert report.outcome == "ok"
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    raw = tryton_server.raw("admin")
    found = raw.execute("ir.attachment", "search_read",
                        [["resource", "=", f"account.invoice,{erp_id}"]], 0, None, None,
                        ["name"])
    assert [a["name"] for a in found] == ["scan.pdf"]
    with store.db.read() as s:
        from desktop.store import sync_repo
        assert sync_repo.outbox_count(s) == 0
