"""Conflicts made for real against the practice ERP, decided, pushed: the ERP ends with
exactly the chosen values."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import BadInput, PermissionDenied
from desktop.domain.records import Status
from desktop.store.invoice_service import load_invoice
from desktop.sync import conflicts
from tests.integration.test_sync_practice import approved_invoice, engine, erp  # noqa: F401


@pytest.fixture
def in_conflict(store, service, engine, erp):  # noqa: F811
    """An invoice whose notes and payment terms changed differently on both sides, and whose
    due date changed only here (merges by itself)."""
    uuid = approved_invoice(service)
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    erp.colleague_edit(erp_id, {"notes": "theirs note", "payment_terms": "60 days"})
    inv, _ = load_invoice(store, uuid)
    inv.notes, inv.payment_terms, inv.due_date = "my note", "30 days", date(2026, 12, 20)
    service.update_invoice(inv)
    assert engine.run_once().conflicts == 1
    return uuid, erp_id


def test_listing_and_detail(store, in_conflict):
    uuid, _ = in_conflict
    [c] = conflicts.list_conflicts(store)
    assert c.uuid == uuid and c.fields == 2
    d = conflicts.detail(store, uuid)
    assert sorted(x.field for x in d.merge.conflicts) == ["notes", "payment_terms"]
    assert {x.field: (x.mine, x.theirs) for x in d.merge.conflicts}["notes"] == (
        "my note", "theirs note")
    assert "due_date" in d.merge.from_mine and not d.erp_final


def test_resolve_per_field_reaches_the_erp(store, engine, erp, in_conflict):  # noqa: F811
    uuid, erp_id = in_conflict
    conflicts.decide(store, "alice", uuid, take="mine", fields={"payment_terms": "theirs"})
    assert load_invoice(store, uuid)[1]["sync_state"] == "pending"
    report = engine.run_once()
    assert report.pushed == 1 and report.conflicts == 0, report
    remote = erp.get_invoice(erp_id)
    assert (remote["notes"], remote["payment_terms"], remote["due_date"]) == (
        "my note", "60 days", "2026-12-20")
    assert load_invoice(store, uuid)[1]["sync_state"] == "synced"
    assert conflicts.list_conflicts(store) == []
    assert store.verify_audit().ok


@pytest.mark.parametrize("take,notes,terms", [("mine", "my note", "30 days"),
                                              ("theirs", "theirs note", "60 days")])
def test_keep_all_mine_or_take_all_theirs(store, engine, erp, in_conflict, take, notes,  # noqa: F811
                                          terms):
    uuid, erp_id = in_conflict
    conflicts.decide(store, "alice", uuid, take=take)
    engine.run_once()
    remote = erp.get_invoice(erp_id)
    assert (remote["notes"], remote["payment_terms"]) == (notes, terms)


def test_custom_value(store, engine, erp, in_conflict):  # noqa: F811
    uuid, erp_id = in_conflict
    conflicts.decide(store, "alice", uuid, take="theirs", custom={"notes": "agreed by phone"})
    engine.run_once()
    assert erp.get_invoice(erp_id)["notes"] == "agreed by phone"


def test_bad_decisions_are_refused(store, in_conflict):
    uuid, _ = in_conflict
    with pytest.raises(BadInput):
        conflicts.decide(store, "alice", uuid, fields={"currency": "mine"})
    with pytest.raises(BadInput):
        conflicts.decide(store, "alice", uuid, take="both")
    assert conflicts.list_conflicts(store)  # still waiting


def test_changed_again_in_the_erp_makes_a_new_conflict(store, engine, erp, in_conflict):  # noqa: F811
    uuid, erp_id = in_conflict
    conflicts.decide(store, "alice", uuid, take="mine")
    erp.colleague_edit(erp_id, {"notes": "changed again"})
    report = engine.run_once()
    assert report.conflicts == 1
    assert erp.get_invoice(erp_id)["notes"] == "changed again"  # nothing overwritten
    d = conflicts.detail(store, uuid)
    assert {x.field: x.theirs for x in d.merge.conflicts}["notes"] == "changed again"


def test_posted_in_erp_allows_only_theirs(store, service, engine, erp):  # noqa: F811
    uuid = approved_invoice(service)
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    erp.post_invoice(erp_id)
    inv, _ = load_invoice(store, uuid)
    inv.lines[0].unit_price = Decimal(600)
    service.update_invoice(inv)
    engine.run_once()
    d = conflicts.detail(store, uuid)
    assert d.erp_final
    with pytest.raises(PermissionDenied):
        conflicts.decide(store, "alice", uuid, take="mine")
    inv = conflicts.decide(store, "alice", uuid, take="theirs")
    assert inv.status == Status.POSTED and inv.lines[0].unit_price == Decimal(500)
    engine.run_once()
    assert load_invoice(store, uuid)[1]["sync_state"] == "synced"
    assert erp.get_invoice(erp_id)["state"] == "posted"


def test_decision_against_an_old_version_writes_nothing(store, engine, erp, in_conflict):  # noqa: F811
    uuid, erp_id = in_conflict
    shown = conflicts.detail(store, uuid).theirs_version
    erp.colleague_edit(erp_id, {"notes": "moved again"})
    engine.run_once()  # sync finds the newer version while the clerk is deciding
    with pytest.raises(conflicts.ConflictMoved):
        conflicts.decide(store, "alice", uuid, take="mine", expected_version=shown)
    assert load_invoice(store, uuid)[1]["sync_state"] == "conflict"


def test_erp_coming_back_to_agree_closes_the_conflict(store, engine, erp, in_conflict):  # noqa: F811
    uuid, erp_id = in_conflict
    erp.colleague_edit(erp_id, {"notes": "my note", "payment_terms": "30 days"})
    engine.run_once()
    assert conflicts.list_conflicts(store) == []
    engine.run_once()
    assert load_invoice(store, uuid)[1]["sync_state"] == "synced"


def test_deleted_in_erp_conflict_can_be_kept_for_the_record(store, engine, erp, in_conflict):  # noqa: F811
    uuid, erp_id = in_conflict
    erp.delete_invoice(erp_id)
    engine.run_once()
    conflicts.dismiss(store, "alice", uuid)
    assert conflicts.list_conflicts(store) == []
    assert load_invoice(store, uuid)[1]["sync_state"] == "deleted_in_erp"
    assert engine.run_once().pushed == 0
