"""The audit chain: an edited row, a recomputed chain, a removed tail — each is caught."""

import hashlib
import sqlite3
from datetime import date
from decimal import Decimal

import keyring
import pytest

from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine
from desktop.store import audit
from desktop.store.store import Store


def _fill(service, n=3):
    for i in range(n):
        service.create_invoice(Invoice(kind=InvoiceKind.SALE, party_uuid="", number=f"N{i}",
                                       issue_date=date(2026, 11, 1),
                                       lines=[InvoiceLine("x", Decimal(1), Decimal(10))]),
                               PartyRef(name="A"))


def _sql(store, statement, *args):
    con = sqlite3.connect(store.path)
    con.execute(statement, args)
    con.commit()
    con.close()


def test_intact_chain_verifies_with_hmac(store, service):
    _fill(service)
    report = store.verify_audit()
    assert report.ok and report.mode == audit.MODE_HMAC and report.events == 4


def test_altered_row_is_reported_at_its_link(store, service):
    _fill(service)
    _sql(store, "UPDATE audit_event SET actor = 'mallory' WHERE id = 3")
    report = store.verify_audit()
    assert not report.ok and report.first_bad_id == 3 and "altered" in report.reason


def test_recomputed_chain_fails_without_the_key(store, service):
    """Someone edits an event and recomputes every link with plain SHA-256: still caught."""
    _fill(service)
    con = sqlite3.connect(store.path)
    rows = con.execute("SELECT id, ts, actor, action, entity, entity_uuid, before, after "
                       "FROM audit_event ORDER BY id").fetchall()
    prev = audit.GENESIS
    for (i, ts, actor, action, entity, euuid, before, after) in rows:
        if i == 2:
            actor = "mallory"
        mac = hashlib.sha256(prev.encode() + audit.canonical(ts, actor, action, entity, euuid,
                                                             before, after, i)).hexdigest()
        con.execute("UPDATE audit_event SET actor=?, prev_mac=?, mac=? WHERE id=?",
                    (actor, prev, mac, i))
        prev = mac
    con.execute("UPDATE meta SET value=? WHERE key='audit_head'", (prev,))
    con.commit()
    con.close()
    report = store.verify_audit()
    assert not report.ok and report.first_bad_id == 1


def test_removed_newest_events_are_detected(store, service):
    _fill(service)
    _sql(store, "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")
    report = store.verify_audit()
    assert not report.ok and "removed" in report.reason


def test_removed_middle_event_is_detected(store, service):
    _fill(service)
    _sql(store, "DELETE FROM audit_event WHERE id = 2")
    report = store.verify_audit()
    assert not report.ok and report.first_bad_id == 3


def test_no_keychain_falls_back_to_a_plain_chain_with_a_warning(tmp_path, monkeypatch):
    from keyring.backends import fail
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())
    st = Store(tmp_path / "s.sqlite")
    report = st.verify_audit()
    assert report.ok and report.mode == audit.MODE_PLAIN and report.warning
    st.close()


def test_missing_key_is_a_clear_error(store, service):
    _fill(service, 1)
    from tests.memory_keyring import MemoryKeyring
    MemoryKeyring.store.clear()
    fresh = Store(store.path)
    from desktop.domain.errors import KnownError
    with pytest.raises(KnownError) as exc:
        fresh.verify_audit()
    assert "keychain" in exc.value.text()
    fresh.close()


def test_two_writer_threads_keep_one_chain(store):
    """BEGIN IMMEDIATE serialises writers, so concurrent saves never fork the chain."""
    import threading

    from desktop.domain.workflow import Role
    from desktop.store.invoice_service import InvoiceService
    errors = []

    def work(name):
        svc = InvoiceService(store, name, Role.CLERK)
        try:
            _fill(svc, 15)
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)
    threads = [threading.Thread(target=work, args=(n,)) for n in ("t1", "t2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    report = store.verify_audit()
    assert report.ok and report.events == 31  # 30 invoices + the one shared party
