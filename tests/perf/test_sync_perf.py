"""Sync benchmarks against a real Tryton and the practice ERP (figures printed, no asserts on
time). By hand: ``INVOICE_DESK_PERF_SIZE=full pytest -m perf tests/perf/test_sync_perf.py -s``
(5,000 invoices to pull, 1,000 to push); CI runs it tiny.

- initial pull of N invoices through the engine vs the connector's own pull_changes loop
- a cycle with nothing to do: time and number of requests (goal < 200 ms, a handful)
- pushing N new invoices through the engine vs the connector's raw batch create
- the longest stall of the GUI event loop while the sync thread syncs N invoices (< 50 ms)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import subprocess
import sys
import time
from decimal import Decimal

import pytest

from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, Status
from desktop.erp.tryton import TrytonConnector
from desktop.store.bulk import import_invoices
from desktop.store.store import Store
from desktop.sync.engine import SyncEngine
from tests.perf.conftest import perf_size
from tests.perf.test_tryton_perf import _raw_values

pytestmark = pytest.mark.perf


class Counting:
    """Counts the HTTP requests a connector makes (wraps its HttpClient.request)."""

    def __init__(self, conn) -> None:
        self.n = 0
        real = conn._http.request

        def request(*a, **k):
            self.n += 1
            return real(*a, **k)
        conn._http.request = request


def _conn(srv) -> TrytonConnector:
    return TrytonConnector(srv.url, srv.database, "admin", srv.facts["users"]["admin"]["password"])


def _approved(n: int, party: Party) -> list[tuple[Invoice, Party]]:
    return [(Invoice(kind=InvoiceKind.SALE, party_uuid=party.uuid, issue_date=dt.date.today(),
                     status=Status.APPROVED, external_ref=f"push {i}",
                     lines=[InvoiceLine("Consulting", Decimal(2), Decimal("100.00"), Decimal(13)),
                            InvoiceLine("Travel", Decimal(1), Decimal("35.50"), Decimal(6))]),
             party) for i in range(n)]


def test_tryton_pull_idle_and_push(tryton_server_fresh, tmp_path):
    srv = tryton_server_fresh
    n_pull, n_push = perf_size(5000, 20), perf_size(1000, 10)
    raw = srv.raw("admin")
    vals = _raw_values(srv.facts, n_pull)
    for i in range(0, n_pull, 100):
        raw.execute("account.invoice", "create", vals[i:i + 100])

    # baseline: the connector's own paged pull, nothing stored
    base = _conn(srv)
    base.list_tax_codes()
    t0 = time.perf_counter()
    cursor, got = None, 0
    while True:
        page = base.pull_changes(cursor, 200)
        got += len(page.invoices)
        cursor = page.cursor
        if not page.more:
            break
    t_raw_pull = time.perf_counter() - t0
    assert got == n_pull

    store = Store(tmp_path / "store.sqlite")
    conn = _conn(srv)
    conn.list_tax_codes()
    t0 = time.perf_counter()
    report = SyncEngine(store, conn).run_once()
    t_pull = time.perf_counter() - t0
    assert report.outcome == "ok" and report.pulled == n_pull, report
    print(f"\n[sync perf] initial pull of {n_pull} invoices: engine {t_pull:.2f} s, connector "
          f"alone {t_raw_pull:.2f} s, ratio {t_pull / t_raw_pull:.2f}x")

    counter = Counting(conn)
    t0 = time.perf_counter()
    idle = SyncEngine(store, conn, check_deletions=False).run_once()   # the next timer cycle
    t_idle = time.perf_counter() - t0
    assert idle.outcome == "ok" and idle.pulled == 0 and idle.pushed == 0
    print(f"[sync perf] a cycle with nothing to do, right after the pull (all {n_pull} in the "
          f"overlap window): {t_idle * 1000:.0f} ms, {counter.n} requests "
          f"(goal < 200 ms, a handful)")

    # steady state: nothing changed within the connector's overlap window (shortened here
    # so the benchmark need not wait two minutes; the default window is 120 s)
    steady = TrytonConnector(srv.url, srv.database, "admin",
                             srv.facts["users"]["admin"]["password"], overlap=3.0)
    steady.list_tax_codes()
    SyncEngine(store, steady).run_once()
    time.sleep(3.5)
    SyncEngine(store, steady).run_once()
    counter2 = Counting(steady)
    t0 = time.perf_counter()
    idle2 = SyncEngine(store, steady, check_deletions=False).run_once()   # a timer cycle
    t_idle2 = time.perf_counter() - t0
    assert idle2.outcome == "ok" and idle2.pulled == 0
    n_timer = counter2.n
    t0 = time.perf_counter()
    idle3 = SyncEngine(store, steady).run_once()     # "Sync now": also lists live ids
    t_idle3 = time.perf_counter() - t0
    assert idle3.outcome == "ok" and idle3.pulled == 0 and idle3.deleted == 0
    print(f"[sync perf] a cycle with nothing to do, steady state (overlap window empty): "
          f"timer cycle {t_idle2 * 1000:.0f} ms, {n_timer} requests; \"Sync now\" with the "
          f"deletion check {t_idle3 * 1000:.0f} ms, {counter2.n - n_timer} requests")
    steady.close()

    customer = Party(name=srv.facts["parties"]["customer"]["name"])
    import_invoices(store, "bench", _approved(n_push, customer), action="import")
    t0 = time.perf_counter()
    pushed = SyncEngine(store, conn).run_once()
    t_push = time.perf_counter() - t0
    assert pushed.pushed == n_push, pushed
    items = [(inv, str(srv.facts["parties"]["customer"]["id"]))
             for inv, _ in _approved(n_push, customer)]
    t0 = time.perf_counter()
    base.create_invoices(items)
    t_raw_push = time.perf_counter() - t0
    print(f"[sync perf] push {n_push} new invoices: engine {t_push:.2f} s, connector batch "
          f"create {t_raw_push:.2f} s, ratio {t_push / t_raw_push:.2f}x")
    conn.close()
    base.close()
    store.close()


@contextlib.contextmanager
def _practice_server(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", "practice-erp", "serve",
                             "--port", "0", "--data", str(tmp_path / "erp.sqlite3")],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        yield line.split(" on ")[1].split(" ")[0]
    finally:
        proc.terminate()
        proc.wait(10)


def test_gui_event_loop_stall_during_sync(qtbot, tmp_path):
    """A 5 ms GUI timer runs while the sync thread pushes N invoices to the practice ERP; the
    longest gap between its ticks is the longest the window could have frozen."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from desktop.erp.rest import RestConnector
    from desktop.workers.heap import settle_heap
    from desktop.workers.sync_worker import SyncController, SyncWorker
    n = perf_size(5000, 50)
    store = Store(tmp_path / "s.sqlite")
    party = Party(name="Stall Test Ltd")
    import_invoices(store, "bench", _approved(n, party), action="import")
    with _practice_server(tmp_path) as url:  # its own process, as a real ERP would be
        worker = SyncWorker(store, lambda: RestConnector(url, "admin", "practice"),
                            "bench", interval_s=3600)
        ctl = SyncController(worker)
        ctl.start()
        settled_ms = settle_heap()   # as the window does once a profile's first page is up
        clock = QElapsedTimer()
        clock.start()
        gaps = []
        last = [clock.elapsed()]

        def tick():
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now
        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        t0 = time.perf_counter()
        with qtbot.waitSignal(ctl.run_finished, timeout=600_000) as blocker:
            ctl.sync_now()
        seconds = time.perf_counter() - t0
        timer.stop()
        assert ctl.shutdown()
    assert blocker.args[0]["pushed"] == n
    print(f"\n[sync perf] GUI thread during a {n}-invoice sync ({seconds:.1f} s): longest "
          f"event-loop stall {max(gaps)} ms over {len(gaps)} ticks (goal < 50 ms); "
          f"longest five: {sorted(gaps)[-5:]} (the longest at tick {gaps.index(max(gaps))}); "
          f"heap settled before in {settled_ms:.0f} ms")
    store.close()
