"""Crash safety: a headless `invoice-desk sync --once` is killed with SIGKILL at random moments
while pushing hundreds of invoices. After a restart and a full sync the ERP holds exactly one
record per local invoice, and every local invoice is synced. Lost and duplicated records are
counted and must both be zero.

CI runs TRIALS_PRACTICE trials against the practice ERP and TRIALS_TRYTON against a real
Tryton; the soak (`pytest -m soak tests/integration/test_sync_crash.py -s`) runs 200+.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal

import pytest

from desktop.domain.records import Status
from desktop.erp.rest import RestConnector
from desktop.sandbox.demo_data import generate
from desktop.sandbox.practice_erp import PracticeErp
from desktop.store import sync_repo
from desktop.store.bulk import import_invoices
from desktop.store.profiles import Profile, ProfileRegistry
from desktop.store.store import Store
from desktop.sync.engine import SyncEngine
from desktop.sync.policy import RetryPolicy

TRIALS_PRACTICE = int(os.environ.get("INVOICE_DESK_CRASH_TRIALS", "20"))
TRIALS_TRYTON = 3
SOAK_TRIALS = int(os.environ.get("INVOICE_DESK_SOAK_TRIALS", "200"))


def _env(tmp_path):
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
            "INVOICE_DESK_TEST_KEYRING": str(tmp_path / "keyring.json"),
            "QT_QPA_PLATFORM": "offscreen"}


def _setup(tmp_path, kind, url, database, user, password, n, seed):
    data = tmp_path / "data"
    reg = ProfileRegistry(data)
    prof = reg.add(Profile(id="erp", name="ERP", kind=kind, url=url, database=database,
                           username=user, local_role="administrator"))
    env = _env(tmp_path)
    os.environ["INVOICE_DESK_TEST_KEYRING"] = env["INVOICE_DESK_TEST_KEYRING"]
    from tests.file_keyring import FileKeyring
    FileKeyring().set_password("invoice-desk", prof.secret_name(), password)
    store = Store(reg.store_path(prof.id))
    items = []
    for inv, party in generate(n, seed=seed):
        inv.status, inv.payments, inv.number = Status.APPROVED, [], ""
        if kind == "tryton":  # what the test Tryton has (the rest is rejected, by design)
            inv.currency, inv.payment_terms = "CNY", ""
            for ln in inv.lines:
                ln.unit = ""
                if str(ln.tax_rate) not in ("13", "9", "6"):
                    ln.tax_rate = Decimal(13)
        items.append((inv, party))
    import_invoices(store, "seed", items, action="import")
    return data, store, [inv.uuid for inv, _ in items], env


def _kill_during_sync(data, env, delay=0.0, until=None):
    """Start a headless sync; SIGKILL it after ``delay`` s, or as soon as ``until()`` holds
    (e.g. the ERP has received k creates) — so the kill really lands mid-push."""
    proc = subprocess.Popen([sys.executable, "-m", "desktop.cli", "--data-dir", str(data),
                             "--profile", "erp", "sync", "--once"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + (60 if until else delay)
    while time.monotonic() < deadline and proc.poll() is None:
        if until is not None and until():
            break
        time.sleep(0.002)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    return killed


def _finish_and_count(store, connector, uuids, erp_keys=None):
    for _ in range(20):
        r = SyncEngine(store, connector, actor="t", policy=RetryPolicy(0, 0)).run_once()
        with store.db.read() as s:
            if r.outcome == "ok" and sync_repo.outbox_count(s) == 0:
                break
    keys: dict[str, int] = {}
    if erp_keys is None:
        def erp_keys():
            return [connector.fetch_invoice(i).invoice.uuid for i in connector.list_live_ids()]
    for key in erp_keys():
        keys[key] = keys.get(key, 0) + 1
    lost = sum(1 for u in uuids if u not in keys)
    duplicated = sum(c - 1 for c in keys.values() if c > 1)
    with store.db.read() as s:
        unsynced = sum(sync_repo.count_in_state(s, st)
                       for st in ("pending", "local_only", "rejected", "conflict"))
        if unsynced:
            print("\nnot synced:", sync_repo.rejected_messages(s)[:3])
    return lost, duplicated, unsynced


def _practice_trial(tmp_path, rng, n=150):
    with PracticeErp(tmp_path / "erp.sqlite3") as erp:
        data, store, uuids, env = _setup(tmp_path, "rest", erp.base_url, "", "admin",
                                         "practice", n, rng.randrange(10**6))
        k = rng.randrange(1, n)
        killed = _kill_during_sync(
            data, env, until=lambda: erp.requests_seen["POST /api/v1/invoices"] >= k)
        conn = RestConnector(erp.base_url, "admin", "practice")
        try:
            result = _finish_and_count(
                store, conn, uuids,
                lambda: [i["key"] for i in erp.books.list_invoices(None, 100_000)[0]])
        finally:
            conn.close()
            store.close()
    return killed, result


def test_sigkill_during_push_practice(tmp_path_factory):
    rng = random.Random(2026)
    killed_runs = 0
    totals = [0, 0, 0]
    for i in range(TRIALS_PRACTICE):
        killed, (lost, dup, unsynced) = _practice_trial(tmp_path_factory.mktemp(f"t{i}"), rng)
        killed_runs += killed
        totals = [a + b for a, b in zip(totals, (lost, dup, unsynced))]
    print(f"\npractice: {TRIALS_PRACTICE} trials, {killed_runs} killed mid-sync: "
          f"lost {totals[0]}, duplicated {totals[1]}, unsynced {totals[2]}")
    assert killed_runs == TRIALS_PRACTICE
    assert totals == [0, 0, 0]


@pytest.mark.tryton
def test_sigkill_during_push_tryton(tmp_path_factory, tryton_server):
    from desktop.erp.tryton import TrytonConnector
    rng = random.Random(7)
    pw = tryton_server.facts["users"]["admin"]["password"]
    totals = [0, 0, 0]
    killed_runs = 0
    for i in range(TRIALS_TRYTON):
        tmp = tmp_path_factory.mktemp(f"tt{i}")
        data, store, uuids, env = _setup(tmp, "tryton", tryton_server.url,
                                         tryton_server.database, "admin", pw, 60,
                                         rng.randrange(10**6))
        killed_runs += _kill_during_sync(data, env, rng.uniform(1.5, 4.0))
        conn = TrytonConnector(tryton_server.url, tryton_server.database, "admin", pw)
        try:
            lost, dup, unsynced = _finish_and_count(store, conn, uuids)
        finally:
            conn.close()
            store.close()
        totals = [a + b for a, b in zip(totals, (lost, dup, unsynced))]
    print(f"\ntryton: {TRIALS_TRYTON} trials, {killed_runs} killed mid-sync: lost {totals[0]}, "
          f"duplicated {totals[1]}, unsynced {totals[2]}")
    assert totals == [0, 0, 0]


@pytest.mark.soak
def test_soak_sigkill_practice(tmp_path_factory):
    rng = random.Random(99)
    counts = {"killed": 0, "lost": 0, "duplicated": 0, "unsynced": 0}
    for i in range(SOAK_TRIALS):
        killed, (lost, dup, unsynced) = _practice_trial(tmp_path_factory.mktemp(f"s{i}"), rng,
                                                        n=rng.choice([100, 200, 300]))
        counts["killed"] += killed
        counts["lost"] += lost
        counts["duplicated"] += dup
        counts["unsynced"] += unsynced
    print(f"\nsoak: {SOAK_TRIALS} trials: {counts}")
    assert counts["lost"] == counts["duplicated"] == counts["unsynced"] == 0
