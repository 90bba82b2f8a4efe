"""Sync through a fault-injecting proxy: refused, reset after the ERP acted, slow, 500,
429 with Retry-After, truncated JSON. Sync converges: every local invoice reaches the ERP
exactly once, and nothing local is lost."""

from __future__ import annotations

import pytest

from desktop.domain.records import Status
from desktop.erp.http import HttpSettings
from desktop.erp.rest import RestConnector
from desktop.sandbox.demo_data import generate
from desktop.sandbox.practice_erp import PracticeErp
from desktop.store import sync_repo
from desktop.store.bulk import import_invoices
from desktop.store.invoice_service import load_invoice
from desktop.sync.engine import SyncEngine
from desktop.sync.policy import RetryPolicy
from tests.integration.fault_proxy import FAULTS, FaultProxy

FAST = HttpSettings(connect_timeout=1.0, read_timeout=0.25, retries=2, backoff=0.01,
                    backoff_cap=0.02, max_retry_after=1.0)


def seed_approved(store, n, seed=5):
    items = []
    for inv, party in generate(n, seed=seed):
        inv.status = Status.APPROVED
        inv.payments = []
        inv.number = ""
        items.append((inv, party))
    import_invoices(store, "seed", items, action="import")
    return [inv.uuid for inv, _ in items]


def converge(store, connector, max_cycles=60):
    reports = []
    for _ in range(max_cycles):
        r = SyncEngine(store, connector, actor="t", policy=RetryPolicy(0, 0)).run_once()
        reports.append(r)
        with store.db.read() as s:
            if r.outcome == "ok" and sync_repo.outbox_count(s) == 0:
                return reports
    raise AssertionError(f"sync did not converge: {[x.outcome for x in reports][-5:]}")


def assert_exactly_once(store, erp, uuids):
    remote: dict[str, list[str]] = {}
    with _conn(erp) as c:
        for erp_id in c.list_live_ids():
            ri = c.fetch_invoice(erp_id)
            remote.setdefault(ri.invoice.uuid, []).append(erp_id)
    duplicated = {k: v for k, v in remote.items() if len(v) > 1}
    lost = [u for u in uuids if u not in remote]
    assert not duplicated and not lost, (len(duplicated), len(lost))
    for u in uuids:
        assert load_invoice(store, u)[1]["sync_state"] == "synced"


class _conn:
    """A direct (no proxy) connector for checking what the ERP holds."""

    def __init__(self, erp):
        self.c = RestConnector(erp.base_url, "admin", "practice")

    def __enter__(self):
        return self.c

    def __exit__(self, *exc):
        self.c.close()


@pytest.mark.parametrize("fault", FAULTS)
def test_each_fault_alone_converges(store, tmp_path, fault):
    uuids = seed_approved(store, 6)
    with PracticeErp(tmp_path / "erp.sqlite3") as erp, FaultProxy(erp.base_url) as proxy:
        proxy.script = [fault, None, fault, None, fault, fault]
        conn = RestConnector(proxy.url, "admin", "practice", FAST)
        try:
            converge(store, conn)
        finally:
            conn.close()
        assert_exactly_once(store, erp, uuids)
        assert proxy.seen[fault] >= 1


def test_random_faults_converge(store, tmp_path):
    uuids = seed_approved(store, 40, seed=9)
    with PracticeErp(tmp_path / "erp.sqlite3") as erp, \
            FaultProxy(erp.base_url, rate=0.3, seed=11) as proxy:
        conn = RestConnector(proxy.url, "admin", "practice", FAST)
        try:
            reports = converge(store, conn, max_cycles=200)
        finally:
            conn.close()
        assert_exactly_once(store, erp, uuids)
        assert sum(proxy.seen[f] for f in FAULTS) > 5
        assert any(r.outcome == "offline" for r in reports)
