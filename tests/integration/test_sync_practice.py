"""The sync engine against the practice ERP on loopback (a real HTTP server, its own SQLite):
push, pull, merge, conflicts, rejections, offline, deletions."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Status
from desktop.domain.workflow import Role
from desktop.erp.rest import RestConnector
from desktop.sandbox.practice_erp import PracticeErp
from desktop.store import search, sync_repo
from desktop.store.invoice_service import InvoiceService, load_invoice
from desktop.sync.engine import SyncEngine
from desktop.sync.policy import RetryPolicy

USER, PASSWORD = "clerk", "clerk"


@pytest.fixture
def erp(tmp_path):
    with PracticeErp(tmp_path / "erp.sqlite3") as server:
        yield server


@pytest.fixture
def engine(store, erp):
    from desktop.sandbox.practice_http import DEFAULT_USERS
    user = next(iter(DEFAULT_USERS))
    conn = RestConnector(erp.base_url, user, DEFAULT_USERS[user][0])
    eng = SyncEngine(store, conn, actor="alice", policy=RetryPolicy(base_s=0.0, cap_s=0.0))
    yield eng
    conn.close()


def approved_invoice(service, number="INV-1", party="北京中关村科技有限公司", price="500"):
    r = service.create_invoice(Invoice(
        kind=InvoiceKind.SALE, party_uuid="", number=number, issue_date=date(2026, 11, 2),
        lines=[InvoiceLine("咨询服务", Decimal(2), Decimal(price), Decimal(13))]),
        PartyRef(name=party))
    service.change_status(r.uuid, Status.SUBMITTED)
    service.change_status(r.uuid, Status.APPROVED)
    return r.uuid


def erp_invoices(erp):
    return erp.books.list_invoices() if hasattr(erp.books, "list_invoices") else None


def test_drafts_stay_local_approved_reach_the_erp_once(store, service, engine, erp):
    draft = service.create_invoice(Invoice(
        kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 11, 2),
        lines=[InvoiceLine("x", Decimal(1), Decimal(1))]), PartyRef(name="A")).uuid
    uuid = approved_invoice(service)
    report = engine.run_once()
    assert report.outcome == "ok" and report.pushed == 1, report
    assert load_invoice(store, draft)[1]["sync_state"] == "local_only"
    inv, facts = load_invoice(store, uuid)
    assert facts["sync_state"] == "synced" and facts["erp_id"]
    remote = erp.get_invoice(facts["erp_id"])
    assert remote["key"] == uuid and remote["totals"]["gross"] == "1130.00"
    # a second cycle has nothing to do and makes no duplicate
    report = engine.run_once()
    assert (report.pushed, report.pulled, report.outcome) == (0, 0, "ok")
    assert len(erp.books.invoice_ids()) == 1 if hasattr(erp.books, "invoice_ids") else True
    with store.db.read() as s:
        assert sync_repo.outbox_count(s) == 0


def test_erp_changes_come_back(store, service, engine, erp):
    uuid = approved_invoice(service)
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    erp.colleague_edit(erp_id, {"notes": "changed in the ERP"})
    erp.post_invoice(erp_id)
    erp.pay_invoice(erp_id, "1130.00")
    report = engine.run_once()
    assert report.outcome == "ok" and report.pulled >= 1
    inv, facts = load_invoice(store, uuid)
    assert inv.notes == "changed in the ERP" and inv.status == Status.PAID
    assert facts["sync_state"] == "synced" and sum(p.amount for p in inv.payments) == Decimal(
        "1130.00")
    assert store.verify_audit().ok


def test_invoice_made_in_the_erp_is_pulled_with_its_party(store, engine, erp):
    party = erp.add_party({"name": "上海华东物流有限公司", "tax_id": "", "country": "CN"})
    erp.add_invoice({"kind": "purchase", "party_id": party["id"], "issue_date": "2026-10-01",
                     "currency": "CNY", "lines": [{"description": "运输费", "quantity": "1",
                                                   "unit_price": "420", "tax_rate": "9"}]})
    report = engine.run_once()
    assert report.pulled == 1
    with store.db.read() as s:
        rows = search.list_invoices(s, search.InvoiceQuery(text="华东"))
    assert len(rows) == 1 and rows[0].gross == Decimal("457.80") and rows[0].kind == "purchase"


def test_different_fields_merge_same_field_conflicts(store, service, engine, erp):
    uuid = approved_invoice(service)
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    # different fields: ERP changes notes, we change the due date → merged, both kept
    erp.colleague_edit(erp_id, {"notes": "ERP note"})
    inv, _ = load_invoice(store, uuid)
    inv.due_date = date(2026, 12, 31)
    service.update_invoice(inv)
    report = engine.run_once()
    assert report.conflicts == 0 and report.merged == 1, report
    inv, facts = load_invoice(store, uuid)
    remote = erp.get_invoice(erp_id)
    assert inv.notes == "ERP note" and inv.due_date == date(2026, 12, 31)
    assert remote["notes"] == "ERP note" and remote["due_date"] == "2026-12-31"
    assert facts["sync_state"] == "synced"
    assert engine.run_once().merged == 0  # the base now is the merged record: nothing to do
    # the same field changed differently → a conflict row, the record waits
    erp.colleague_edit(erp_id, {"payment_terms": "60 days"})
    inv, _ = load_invoice(store, uuid)
    inv.payment_terms = "30 days"
    service.update_invoice(inv)
    report = engine.run_once()
    assert report.conflicts == 1
    assert load_invoice(store, uuid)[1]["sync_state"] == "conflict"
    assert erp.get_invoice(erp_id)["payment_terms"] == "60 days"  # nothing overwritten
    assert load_invoice(store, uuid)[0].payment_terms == "30 days"  # nothing lost


def test_lines_added_on_both_sides_keep_both(store, service, engine, erp):
    uuid = approved_invoice(service)
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    remote = erp.get_invoice(erp_id)
    erp.colleague_edit(erp_id, {"lines": remote["lines"] + [
        {"description": "ERP line", "quantity": "1", "unit_price": "10", "tax_rate": "13"}]})
    inv, _ = load_invoice(store, uuid)
    inv.lines.append(InvoiceLine("my line", Decimal(1), Decimal(20), Decimal(13)))
    service.update_invoice(inv)
    report = engine.run_once()
    assert report.conflicts == 0, report
    inv, _ = load_invoice(store, uuid)
    remote = erp.get_invoice(erp_id)
    assert sorted(ln.description for ln in inv.lines) == ["ERP line", "my line", "咨询服务"]
    assert sorted(ln["description"] for ln in remote["lines"]) == ["ERP line", "my line", "咨询服务"]


def test_posted_in_erp_while_edited_here_is_never_overwritten(store, service, engine, erp):
    uuid = approved_invoice(service)
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    erp.post_invoice(erp_id)
    inv, _ = load_invoice(store, uuid)
    inv.lines[0].unit_price = Decimal(600)
    service.update_invoice(inv)
    report = engine.run_once()
    remote = erp.get_invoice(erp_id)
    assert remote["state"] == "posted" and remote["lines"][0]["unit_price"] in ("500", "500.00")
    inv, facts = load_invoice(store, uuid)
    assert facts["sync_state"] == "conflict" and inv.status == Status.POSTED
    assert report.conflicts == 1


def test_rejected_record_waits_for_an_edit(store, service, engine, erp):
    uuid = approved_invoice(service)
    erp.reject_next("period closed")
    report = engine.run_once()
    inv, facts = load_invoice(store, uuid)
    assert facts["sync_state"] == "rejected" and "period closed" in facts["sync_message"]
    assert report.errors and report.errors[0]["kind"] == "rejected"
    assert engine.run_once().pushed == 0  # not retried until edited
    inv.issue_date = date(2026, 11, 3)
    service.update_invoice(inv)
    assert engine.run_once().pushed == 1
    assert load_invoice(store, uuid)[1]["sync_state"] == "synced"


def test_offline_keeps_everything_queued_then_flows(store, service, engine, erp):
    uuids = [approved_invoice(service, number=f"INV-{i}") for i in range(3)]
    erp.drop_network()
    report = engine.run_once()
    assert report.outcome == "offline" and report.pushed == 0
    with store.db.read() as s:
        assert sync_repo.outbox_count(s) > 0
    erp.restore_network()
    report = engine.run_once()
    assert report.outcome == "ok" and report.pushed == 3
    assert all(load_invoice(store, u)[1]["sync_state"] == "synced" for u in uuids)


def test_deleted_in_erp_becomes_a_local_state(store, service, engine, erp):
    uuid = approved_invoice(service)
    engine.run_once()
    erp.delete_invoice(load_invoice(store, uuid)[1]["erp_id"])
    report = engine.run_once()
    assert report.deleted == 1
    inv, facts = load_invoice(store, uuid)
    assert facts["sync_state"] == "deleted_in_erp" and inv.lines  # nothing lost locally


def test_an_edit_of_an_invoice_deleted_in_the_erp_stays_here(store, service, engine, erp):
    """Editing it afterwards is kept locally and never sent to a record that is gone (no
    error on every later sync)."""
    uuid = approved_invoice(service)
    engine.run_once()
    erp.delete_invoice(load_invoice(store, uuid)[1]["erp_id"])
    engine.run_once()
    inv, facts = load_invoice(store, uuid)
    inv.notes = "kept for the record"
    service.update_invoice(inv)
    for _ in range(2):
        report = engine.run_once()
        assert report.outcome == "ok" and report.errors == [] and report.pushed == 0
        assert report.deleted == 0                       # no second "deleted" audit entry
    inv, facts = load_invoice(store, uuid)
    assert facts["sync_state"] == "deleted_in_erp" and inv.notes == "kept for the record"
    with store.db.read() as s:
        from desktop.store import sync_repo
        assert sync_repo.outbox_count(s) == 0


def test_many_pages_pulled_keep_index_balances_and_audit_right(store, erp):
    """Pages are written with one flush, one index refresh and one chained audit insert each:
    every record, index row, balance and audit link must still be right."""
    party = erp.add_party({"name": "上海华东物流有限公司", "tax_id": "", "country": "CN"})
    for i in range(45):
        inv = erp.add_invoice({"kind": "sale", "party_id": party["id"], "issue_date": "2026-10-01",
                               "currency": "CNY", "notes": f"批次 {i}",
                               "lines": [{"description": "运输费", "quantity": "1",
                                          "unit_price": "100", "tax_rate": "9"}]})
        if i % 3 == 0:
            erp.post_invoice(inv["id"])
    conn = RestConnector(erp.base_url, "admin", "practice")
    try:
        report = SyncEngine(store, conn, page_size=10).run_once()
    finally:
        conn.close()
    assert report.pulled == 45 and report.outcome == "ok"
    with store.db.read() as s:
        assert search.count(s, search.InvoiceQuery(text="华东")) == 45
        assert search.count(s, search.InvoiceQuery(text="运输费")) == 45
        from desktop.store.models import PartyBalanceRow
        from sqlalchemy import select
        bal = s.execute(select(PartyBalanceRow.receivable_minor)).scalar_one()
    assert bal == 15 * 10900  # the 15 posted invoices are open
    report = store.verify_audit()
    assert report.ok and report.events >= 46


def test_attachments_stay_local_where_the_erp_cannot_take_them(store, service, engine, tmp_path):
    from desktop.store import attachments
    uuid = approved_invoice(service)
    f = tmp_path / "photo.png"
    f.write_bytes(b"\x89PNG fake")
    attachments.add(store, "alice", uuid, f)
    assert engine.run_once().outcome == "ok"
    assert [a.filename for a in attachments.list_for(store, uuid)] == ["photo.png"]
    with store.db.read() as s:
        assert sync_repo.outbox_count(s) == 0
