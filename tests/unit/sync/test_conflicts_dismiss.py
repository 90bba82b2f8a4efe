"""``conflicts.dismiss``: only for an invoice the ERP deleted; the local copy kept as it is,
the conflict closed field by field, nothing left queued, one audit event saying so."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.domain.errors import NotFound
from desktop.store import outbox
from desktop.store.invoice_service import load_invoice
from desktop.store.models import AuditEventRow, ConflictRow, InvoiceRow
from desktop.sync import conflicts
from tests.integration.test_conflicts_practice import in_conflict  # noqa: F401
from tests.integration.test_sync_practice import engine, erp  # noqa: F401


def _state(store, uuid):
    with store.db.read() as s:
        row = s.execute(select(InvoiceRow).where(InvoiceRow.uuid == uuid)).scalar_one()
        rows = s.execute(select(ConflictRow).where(ConflictRow.invoice_id == row.id)
                         .order_by(ConflictRow.id)).scalars()
        fields = {r.field: (r.resolved_at is not None, json.loads(r.resolution or "null"))
                  for r in rows}
        queued = [e.op for e in outbox.for_entity(s, uuid)]
        events = [(e.action, json.loads(e.before or "null"), json.loads(e.after or "null"))
                  for e in s.execute(select(AuditEventRow)
                                     .where(AuditEventRow.entity_uuid == uuid)
                                     .order_by(AuditEventRow.id)).scalars()]
    return row.sync_state, fields, queued, events


def test_an_ordinary_conflict_is_refused_and_left_alone(store, in_conflict):  # noqa: F811
    uuid, _ = in_conflict
    before = _state(store, uuid)
    with pytest.raises(conflicts.NotDeletedInErp) as exc:
        conflicts.dismiss(store, "alice", uuid)
    assert exc.value.text() == ("INV-1 still exists in the ERP: its conflict is decided field "
                                "by field, not dismissed.")
    assert _state(store, uuid) == before
    [c] = conflicts.list_conflicts(store)
    assert c.uuid == uuid and not c.deleted_in_erp
    assert not conflicts.detail(store, uuid).deleted_in_erp


def test_deleted_in_the_erp_is_kept_here_and_no_longer_synced(  # noqa: F811 (fixtures)
        store, service, engine, erp, in_conflict):
    uuid, erp_id = in_conflict
    erp.delete_invoice(erp_id)
    assert engine.run_once().deleted == 1
    [c] = conflicts.list_conflicts(store)
    assert c.deleted_in_erp and conflicts.detail(store, uuid).deleted_in_erp
    inv, _ = load_invoice(store, uuid)
    inv.notes = "edited after the deletion"       # queued for the ERP, never to be sent
    service.update_invoice(inv)
    assert _state(store, uuid)[2]

    kept = conflicts.dismiss(store, "alice", "INV-1")     # by number, as a clerk types it
    assert kept.uuid == uuid and kept.notes == "edited after the deletion"
    state, fields, queued, events = _state(store, uuid)
    assert state == "deleted_in_erp" and queued == []
    assert fields and all(closed and why == "kept for the record"
                          for closed, why in fields.values())
    action, before, after = events[-1]
    assert action == "dismiss"
    assert before == {"sync_state": "deleted_in_erp", "conflict": ["notes", "payment_terms"]}
    assert after["sync_state"] == "deleted_in_erp"
    assert conflicts.list_conflicts(store) == []
    assert load_invoice(store, uuid)[0].notes == "edited after the deletion"
    assert store.verify_audit().ok
    report = engine.run_once()
    assert (report.pushed, report.errors) == (0, [])
    with pytest.raises(NotFound):           # nothing waits any more
        conflicts.dismiss(store, "alice", uuid)
    assert [e[0] for e in _state(store, uuid)[3]].count("dismiss") == 1


def test_unknown_invoice(store):
    with pytest.raises(NotFound) as exc:
        conflicts.dismiss(store, "alice", "NOPE")
    assert exc.value.text() == "There is no invoice NOPE."
