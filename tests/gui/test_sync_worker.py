"""The sync thread: runs on its own QThread, answers through signals, never blocks the GUI."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QThread

from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Status
from desktop.erp.rest import RestConnector
from desktop.sandbox.practice_erp import PracticeErp
from desktop.store.invoice_service import load_invoice
from desktop.sync.policy import RetryPolicy
from desktop.workers.sync_worker import SyncController, SyncWorker


@pytest.fixture
def erp(tmp_path):
    with PracticeErp(tmp_path / "erp.sqlite3") as server:
        yield server


@pytest.fixture
def controller(store, erp, qtbot):
    worker = SyncWorker(store, lambda: RestConnector(erp.base_url, "admin", "practice"),
                        "alice", interval_s=3600, debounce_ms=50,
                        policy=RetryPolicy(base_s=0.05, cap_s=0.1))
    ctl = SyncController(worker)
    ctl.start()
    yield ctl
    assert ctl.shutdown()


def approved(service, number="INV-1"):
    r = service.create_invoice(Invoice(
        kind=InvoiceKind.SALE, party_uuid="", number=number, issue_date=date(2026, 11, 2),
        lines=[InvoiceLine("咨询服务", Decimal(2), Decimal(500))]), PartyRef(name="A"))
    service.change_status(r.uuid, Status.SUBMITTED)
    service.change_status(r.uuid, Status.APPROVED)
    return r.uuid


def test_sync_now_runs_on_the_worker_thread(controller, service, store, qtbot):
    uuid = approved(service)
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as blocker:
        controller.sync_now()
    assert blocker.args[0]["outcome"] == "ok" and blocker.args[0]["pushed"] == 1
    assert load_invoice(store, uuid)[1]["sync_state"] == "synced"
    assert controller.worker.thread() == controller.thread != QThread.currentThread()


def test_local_change_is_debounced_into_one_cycle(controller, service, qtbot):
    approved(service, "A")
    approved(service, "B")
    runs = []
    controller.run_finished.connect(runs.append)
    with qtbot.waitSignal(controller.run_finished, timeout=20000):
        for _ in range(5):
            controller.notify_local_change()
    qtbot.wait(200)
    assert len(runs) == 1 and runs[0]["pushed"] == 2


def test_offline_then_back_retries_by_itself(controller, service, erp, qtbot):
    approved(service)
    erp.drop_network()
    with qtbot.waitSignal(controller.status_changed, timeout=20000,
                          check_params_cb=lambda st: st.outcome == "offline") as blocker:
        controller.sync_now()
    status = blocker.args[0]
    assert status.pending > 0 and status.next_retry_s > 0
    erp.restore_network()
    with qtbot.waitSignal(controller.run_finished, timeout=20000,
                          check_params_cb=lambda r: r["outcome"] == "ok") as blocker:
        pass  # the retry timer fires without anyone asking
    assert blocker.args[0]["pushed"] == 1


def test_pause_stops_runs_and_resume_runs_again(controller, service, qtbot):
    approved(service)
    with qtbot.waitSignal(controller.status_changed, timeout=10000,
                          check_params_cb=lambda st: st.paused):
        controller.set_paused(True)
    runs = []
    controller.run_finished.connect(runs.append)
    controller.sync_now()
    qtbot.wait(300)
    assert runs == []
    with qtbot.waitSignal(controller.run_finished, timeout=20000):
        controller.set_paused(False)


def test_expired_credentials_ask_once(store, erp, service, qtbot):
    approved(service)
    worker = SyncWorker(store, lambda: RestConnector(erp.base_url, "admin", "wrong"), "alice",
                        interval_s=3600)
    ctl = SyncController(worker)
    ctl.start()
    try:
        with qtbot.waitSignal(ctl.auth_needed, timeout=20000):
            ctl.sync_now()
        with qtbot.waitSignal(ctl.status_changed, timeout=10000,
                              check_params_cb=lambda st: st.paused and st.outcome == "auth"):
            ctl.refresh_status()
    finally:
        assert ctl.shutdown()


def test_timer_cycles_look_for_erp_deletions_only_when_due_sync_now_always(
        controller, service, store, erp, qtbot, monkeypatch):
    """Listing every live id of the ERP is the one costly part of an idle cycle: a timer or
    debounced cycle does it on the first run and then every DELETION_CHECK_S; "Sync now"
    always does it."""
    import desktop.workers.sync_worker as sw
    uuid = approved(service)
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as first:
        controller.notify_local_change()          # first cycle: pushes and checks deletions
    assert first.args[0]["pushed"] == 1
    erp.delete_invoice(load_invoice(store, uuid)[1]["erp_id"])
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as timer_run:
        controller.notify_local_change()          # not due yet: the deletion is not seen
    assert timer_run.args[0]["deleted"] == 0
    assert load_invoice(store, uuid)[1]["sync_state"] == "synced"
    monkeypatch.setattr(sw, "DELETION_CHECK_S", 0.0)   # as if ten minutes had passed
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as due_run:
        controller.notify_local_change()
    assert due_run.args[0]["deleted"] == 1
    assert load_invoice(store, uuid)[1]["sync_state"] == "deleted_in_erp"


def test_sync_now_finds_an_erp_deletion_at_once(controller, service, store, erp, qtbot):
    uuid = approved(service)
    with qtbot.waitSignal(controller.run_finished, timeout=20000):
        controller.sync_now()
    erp.delete_invoice(load_invoice(store, uuid)[1]["erp_id"])
    with qtbot.waitSignal(controller.run_finished, timeout=20000) as blocker:
        controller.sync_now()
    assert blocker.args[0]["deleted"] == 1
    assert load_invoice(store, uuid)[1]["sync_state"] == "deleted_in_erp"
