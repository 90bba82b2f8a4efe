"""The service layer: record + outbox + audit in one transaction, roles, and atomicity."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from desktop.domain.errors import NotFound, PermissionDenied, ValidationFailed
from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, Payment, Status
from desktop.domain.workflow import Role
from desktop.store import outbox
from desktop.store.invoice_service import InvoiceService, load_invoice
from desktop.store.models import AuditEventRow, InvoiceRow, OutboxRow, PartyBalanceRow, PartyRow


def make_invoice(**kw):
    base = dict(kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 11, 2),
                number="INV-1", lines=[InvoiceLine("咨询服务", Decimal(2), Decimal("500"))])
    base.update(kw)
    return Invoice(**base)


def counts(store):
    with store.db.read() as s:
        return tuple(s.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (InvoiceRow, PartyRow, OutboxRow, AuditEventRow))


def test_create_writes_record_outbox_and_audit_together(store, service):
    r = service.create_invoice(make_invoice(), PartyRef(name="北京中关村科技有限公司"))
    inv, facts = load_invoice(store, r.uuid)
    assert inv.party_name == "北京中关村科技有限公司" and facts["sync_state"] == "local_only"
    assert counts(store) == (1, 1, 2, 2)  # party + invoice: one outbox entry and event each
    with store.db.read() as s:
        assert [e.op for e in outbox.for_entity(s, r.uuid)] == ["create"]
        row = s.execute(select(InvoiceRow)).scalar_one()
        assert (row.gross_minor, row.tax_minor) == (113000, 13000)


def test_invalid_invoice_leaves_no_trace_not_even_its_new_party(store, service):
    bad = make_invoice(lines=[InvoiceLine("", Decimal(0), Decimal(1))])
    with pytest.raises(ValidationFailed) as exc:
        service.create_invoice(bad, PartyRef(name="New Party Ltd"))
    assert {p.field for p in exc.value.problems} == {"lines[0].description", "lines[0].quantity"}
    assert counts(store) == (0, 0, 0, 0)


def test_failure_mid_save_rolls_everything_back(store, service, monkeypatch):
    """A crash after the row and the audit event were written, before the outbox: no trace."""
    service.create_invoice(make_invoice(), PartyRef(name="A"))
    before = counts(store)

    def boom(*a, **k):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(outbox, "enqueue", boom)
    with pytest.raises(RuntimeError):
        service.create_invoice(make_invoice(number="INV-2"), PartyRef(name="B"))
    assert counts(store) == before
    with store.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM invoice_fts")).scalar_one() == 1
    assert store.verify_audit().ok


def test_update_audits_only_changed_fields_and_requeues(store, service):
    r = service.create_invoice(make_invoice(), PartyRef(name="A"))
    inv, _ = load_invoice(store, r.uuid)
    inv.notes = "加急"
    inv.lines[0].quantity = Decimal(3)
    service.update_invoice(inv)
    with store.db.read() as s:
        ev = s.execute(select(AuditEventRow).order_by(AuditEventRow.id.desc())).scalars().first()
        assert ev.action == "update" and '"notes":"加急"' in ev.after and "lines" in ev.after
        assert "issue_date" not in ev.after
        assert [e.op for e in outbox.for_entity(s, r.uuid)] == ["create", "update"]
    assert load_invoice(store, r.uuid)[0].lines[0].quantity == Decimal(3)
    # saving the same thing again changes nothing and writes nothing
    n = counts(store)
    service.update_invoice(load_invoice(store, r.uuid)[0])
    assert counts(store) == n


def test_workflow_through_service_and_payments(store, service):
    r = service.create_invoice(make_invoice(), PartyRef(name="A"))
    for target in (Status.SUBMITTED, Status.APPROVED, Status.POSTED):
        service.change_status(r.uuid, target)
    inv, _ = load_invoice(store, r.uuid)
    inv.lines[0].unit_price = Decimal(1)
    with pytest.raises(PermissionDenied):
        service.update_invoice(inv)
    inv, _ = load_invoice(store, r.uuid)
    inv.notes = "paid by wire"
    service.update_invoice(inv)  # notes stay writable after posting
    service.record_payment(r.uuid, Payment(Decimal("130"), date(2026, 11, 20)))
    with store.db.read() as s:
        bal = s.execute(select(PartyBalanceRow)).scalar_one()
        assert (bal.receivable_minor, bal.currency) == (100000, "CNY")
    inv = service.record_payment(r.uuid, Payment(Decimal("1000"), date(2026, 11, 21)))
    assert inv.status == Status.PAID
    with store.db.read() as s:
        assert s.execute(select(PartyBalanceRow.receivable_minor)).scalar_one() == 0


def test_clerk_cannot_approve_and_gets_a_reason(store):
    clerk = InvoiceService(store, "bob", Role.CLERK)
    r = clerk.create_invoice(make_invoice(), PartyRef(name="A"))
    clerk.change_status(r.uuid, Status.SUBMITTED)
    with pytest.raises(PermissionDenied) as exc:
        clerk.change_status(r.uuid, Status.APPROVED)
    assert "clerk" in exc.value.text()
    with pytest.raises(PermissionDenied):
        clerk.change_status(r.uuid, Status.POSTED)
    assert load_invoice(store, r.uuid)[0].status == Status.SUBMITTED


def test_duplicate_warning_does_not_block(store, service):
    service.create_invoice(make_invoice(external_ref="PO-7"), PartyRef(name="A"))
    r = service.create_invoice(make_invoice(number="INV-2", external_ref="PO-7",
                                            issue_date=date(2026, 3, 1)), PartyRef(name="A"))
    assert len(r.warnings) == 1 and "reference" in r.warnings[0].reason
    assert counts(store)[0] == 2


def test_party_resolution_by_tax_id_then_name(store, service):
    p = service.add_party(Party("Acme GmbH", tax_id="DE136695976", country="DE"))
    r = service.create_invoice(make_invoice(), PartyRef(name="other name", tax_id="DE136695976"))
    assert load_invoice(store, r.uuid)[0].party_uuid == p.uuid
    r = service.create_invoice(make_invoice(number="X"), PartyRef(name="acme gmbh"))
    assert load_invoice(store, r.uuid)[0].party_uuid == p.uuid
    with pytest.raises(NotFound):
        service.create_invoice(make_invoice(number="Y"), PartyRef(uuid="no-such-party"))
    with pytest.raises(ValidationFailed):
        service.add_party(Party("Bad", tax_id="91110108MA01ABCD2X", country="CN"))


def test_renaming_a_party_reindexes_search(store, service):
    from desktop.store import search
    p = service.add_party(Party("Old Name Ltd"))
    service.create_invoice(make_invoice(party_uuid=p.uuid))
    p.name = "Brand New Co"
    service.update_party(p)
    with store.db.read() as s:
        assert len(search.list_invoices(s, search.InvoiceQuery(text="Brand New"))) == 1
        assert search.list_invoices(s, search.InvoiceQuery(text="Old Name")) == []
