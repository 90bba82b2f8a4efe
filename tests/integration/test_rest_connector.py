"""The REST connector against a real practice ERP on loopback (one fresh server per test)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import (ErpAuthError, ErpConflict, ErpOffline, ErpPermissionError,
                                   ErpRejected)
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, Payment, Status
from desktop.domain.workflow import Role
from desktop.erp.base import Connector
from desktop.erp.http import ErpNotFound, HttpClient, HttpSettings
from desktop.erp.rest import RestConnector
from desktop.sandbox.practice_erp import PracticeErp

FAST = HttpSettings(connect_timeout=1.0, read_timeout=2.0, retries=2, backoff=0.01)


@pytest.fixture
def erp(tmp_path):
    with PracticeErp(tmp_path / "erp.sqlite3") as server:
        yield server


def connect(erp, user="admin", password="practice", settings=FAST, sleep=None):
    http = HttpClient(erp.base_url, settings, **({"sleep": sleep} if sleep else {}))
    return RestConnector(erp.base_url, user, password, http=http)


@pytest.fixture
def conn(erp):
    c = connect(erp)
    yield c
    c.close()


@pytest.fixture
def party_id(conn):
    return conn.upsert_party(Party(name="Hangzhou Tea Co.", tax_id="91330100MA27XL0Q1K")).erp_id


def make_invoice(**kw) -> Invoice:
    kw.setdefault("lines", [InvoiceLine("Green tea, 1 kg", Decimal("2"), Decimal("500.00"))])
    return Invoice(kind=InvoiceKind.SALE, party_uuid="p", issue_date=date(2026, 3, 2), **kw)


def test_is_a_connector(conn):
    assert isinstance(conn, Connector)
    assert conn.name == "rest" and conn.first_push_status == Status.APPROVED


def test_repr_and_errors_never_show_the_password(erp):
    c = connect(erp, password="not-the-password")
    assert "not-the-password" not in repr(c)
    with pytest.raises(ErpAuthError) as e:
        c.test_connection()
    assert "not-the-password" not in str(e.value) + repr(e.value.params)


@pytest.mark.parametrize("user, role", [("clerk", Role.CLERK), ("approver", Role.APPROVER),
                                        ("admin", Role.ADMINISTRATOR)])
def test_test_connection_reports_user_company_and_role(erp, user, role):
    info = connect(erp, user=user).test_connection()
    assert (info.erp_name, info.user, info.company) == ("Practice ERP", user,
                                                        "Practice Trading Co.")
    assert info.role == role and "invoice.read" in info.rights
    assert info.warnings == ()


def test_create_twice_with_the_same_key_makes_one_record(conn, party_id, erp):
    inv = make_invoice()
    first = conn.create_invoice(inv, party_id)
    second = conn.create_invoice(inv, party_id)
    assert first.erp_id == second.erp_id
    assert conn.list_live_ids() == {first.erp_id}
    assert first.invoice.uuid == inv.uuid
    assert first.invoice.status == Status.APPROVED and first.erp_state == "draft"
    assert [ln.uuid for ln in first.invoice.lines] == [ln.uuid for ln in inv.lines]


def test_create_whose_answer_is_lost_is_found_by_key_not_duplicated(erp, party_id):
    c = connect(erp, settings=HttpSettings(retries=0))     # the connector must cope alone
    erp.lose_next_response()
    inv = make_invoice()
    made = c.create_invoice(inv, party_id)
    assert made.invoice.uuid == inv.uuid
    assert len(c.list_live_ids()) == 1


def test_lost_answer_is_retried_by_the_http_layer_with_the_same_key(conn, erp, party_id):
    erp.lose_next_response()
    conn.create_invoice(make_invoice(), party_id)
    assert erp.requests_seen["POST /api/v1/invoices"] == 2
    assert len(conn.list_live_ids()) == 1


def test_stale_version_is_a_conflict(conn, erp, party_id):
    made = conn.create_invoice(make_invoice(), party_id)
    erp.colleague_edit(made.erp_id, {"notes": "changed by a colleague"})
    mine = made.invoice
    mine.due_date = date(2026, 4, 1)
    with pytest.raises(ErpConflict):
        conn.update_invoice(made.erp_id, mine, made.version, party_id)
    fresh = conn.fetch_invoice(made.erp_id)
    updated = conn.update_invoice(made.erp_id, mine, fresh.version, party_id)
    assert updated.invoice.due_date == date(2026, 4, 1)
    assert int(updated.version) == int(fresh.version) + 1


def test_editing_a_posted_invoice_is_rejected_with_the_erps_words(conn, party_id):
    made = conn.create_invoice(make_invoice(), party_id)
    posted = conn.post_invoice(made.erp_id)
    assert posted.invoice.status == Status.POSTED and posted.invoice.number.startswith("INV-")
    changed = posted.invoice
    changed.lines[0].unit_price = Decimal("450.00")
    with pytest.raises(ErpRejected) as e:
        conn.update_invoice(made.erp_id, changed, posted.version, party_id)
    assert "posted invoice cannot be changed" in e.value.erp_message
    assert e.value.erp_message in str(e.value)


def test_notes_of_a_posted_invoice_may_change(conn, party_id):
    made = conn.create_invoice(make_invoice(), party_id)
    posted = conn.post_invoice(made.erp_id)
    posted.invoice.notes = "call before delivery"
    assert conn.update_invoice(made.erp_id, posted.invoice, posted.version,
                               party_id).invoice.notes == "call before delivery"


def test_reject_next_gives_period_closed(conn, erp, party_id):
    erp.reject_next("period closed")
    with pytest.raises(ErpRejected) as e:
        conn.create_invoice(make_invoice(), party_id)
    assert e.value.erp_message == "period closed"
    assert conn.create_invoice(make_invoice(), party_id).erp_id   # only the next one


def test_drop_network_is_offline_until_restored(conn, erp, party_id):
    erp.drop_network()
    with pytest.raises(ErpOffline):
        conn.list_live_ids()
    with pytest.raises(ErpOffline):
        conn.create_invoice(make_invoice(), party_id)
    erp.restore_network()
    assert conn.list_live_ids() == set()


def test_drop_network_for_a_while_ends_by_itself(erp):
    import time
    c = connect(erp, settings=HttpSettings(retries=0))
    erp.drop_network(0.3)
    with pytest.raises(ErpOffline):
        c.list_live_ids()
    time.sleep(0.35)
    assert c.list_live_ids() == set()


def test_slow_erp_with_short_read_timeout_is_offline(erp):
    c = connect(erp, settings=HttpSettings(read_timeout=0.1, retries=0))
    c.test_connection()
    erp.slow_down(0.5)
    with pytest.raises(ErpOffline):
        c.list_live_ids()
    erp.slow_down(0)
    assert c.list_live_ids() == set()


def test_rate_limit_retry_after_is_honoured(erp, party_id):
    sleeps: list[float] = []
    c = connect(erp, sleep=sleeps.append)
    c.test_connection()
    erp.fail_next(429, retry_after=1)
    made = c.create_invoice(make_invoice(), party_id)
    assert sleeps == [1.0] and made.erp_id


def test_unavailable_erp_is_retried_then_offline(erp):
    sleeps: list[float] = []
    c = connect(erp, sleep=sleeps.append)
    c.test_connection()
    erp.fail_next(503, count=10)
    with pytest.raises(ErpOffline):
        c.list_live_ids()
    assert len(sleeps) == FAST.retries


def test_expired_session_logs_in_again_transparently(conn, erp):
    conn.test_connection()
    erp.expire_credentials()
    assert conn.list_live_ids() == set()
    assert erp.requests_seen["POST /api/v1/session"] == 2


def test_wrong_password_is_an_auth_error(erp):
    with pytest.raises(ErpAuthError):
        connect(erp, password="wrong").list_live_ids()


def test_missing_right_is_a_permission_error(erp, party_id):
    clerk = connect(erp, user="clerk")
    made = clerk.create_invoice(make_invoice(), party_id)
    with pytest.raises(ErpPermissionError) as e:
        clerk.post_invoice(made.erp_id)
    assert "invoice.post" in e.value.erp_message


def test_list_live_ids_after_a_delete_in_the_erp(conn, erp, party_id):
    a = conn.create_invoice(make_invoice(), party_id)
    b = conn.create_invoice(make_invoice(), party_id)
    erp.delete_invoice(a.erp_id)
    assert conn.list_live_ids() == {b.erp_id}
    with pytest.raises(ErpNotFound):
        conn.fetch_invoice(a.erp_id)


def test_payments_are_idempotent_and_settle_the_invoice(conn, party_id):
    made = conn.create_invoice(make_invoice(), party_id)
    conn.post_invoice(made.erp_id)
    pay = Payment(Decimal("1130.00"), date(2026, 3, 20), reference="bank")
    once = conn.record_payment(made.erp_id, pay)
    twice = conn.record_payment(made.erp_id, pay)
    assert len(twice.payments) == 1 and twice.payments[0].uuid == pay.uuid
    assert once.erp_state == twice.erp_state == "paid"
    assert twice.invoice.status == Status.PAID
    with pytest.raises(ErpRejected):
        conn.cancel_invoice(made.erp_id)


def test_cancel_and_post_are_safe_to_repeat(conn, party_id):
    made = conn.create_invoice(make_invoice(), party_id)
    assert conn.cancel_invoice(made.erp_id).invoice.status == Status.CANCELLED
    assert conn.cancel_invoice(made.erp_id).erp_state == "cancelled"
    other = conn.create_invoice(make_invoice(), party_id)
    first = conn.post_invoice(other.erp_id)
    again = conn.post_invoice(other.erp_id)
    assert first.invoice.number == again.invoice.number and first.version == again.version


def test_parties_are_found_by_tax_id_then_name_and_updated_with_version(conn, erp):
    local = Party(name="Suzhou Silk Ltd", tax_id="91320500 MA1N")
    made = conn.upsert_party(local)
    assert conn.upsert_party(local).erp_id == made.erp_id            # idempotent create
    stranger = Party(name="other name", tax_id="91320500MA1N")        # key unknown to the ERP
    assert conn.find_party(stranger).erp_id == made.erp_id
    assert conn.find_party(Party(name="SUZHOU  silk ltd")).erp_id == made.erp_id
    assert conn.find_party(Party(name="Nobody")) is None
    local.address = "88 Renmin Rd"
    updated = conn.upsert_party(local, made.erp_id)
    assert updated.party.address == "88 Renmin Rd" and updated.version == "2"
    assert updated.party.uuid == local.uuid
    assert [p.erp_id for p in conn.list_parties()] == [made.erp_id]


def test_tax_codes(conn):
    rates = {t.rate for t in conn.list_tax_codes()}
    assert Decimal("13") in rates and Decimal("0") in rates


def test_unknown_tax_rate_is_rejected_by_the_erp(conn, party_id):
    inv = make_invoice(lines=[InvoiceLine("x", Decimal("1"), Decimal("10"), Decimal("7"))])
    with pytest.raises(ErpRejected) as e:
        conn.create_invoice(inv, party_id)
    assert "No tax code for 7%" in e.value.erp_message


def test_pull_changes_pages_lose_and_repeat_nothing(conn, erp, party_id):
    made = [conn.create_invoice(make_invoice(notes=f"n{i}"), party_id).erp_id
            for i in range(25)]
    seen: list[str] = []
    latest: dict[str, str] = {}
    cursor, pages = None, 0
    edited_early, edited_late = made[2], made[20]
    while True:
        page = conn.pull_changes(cursor, limit=10)
        pages += 1
        for r in page.invoices:
            seen.append(r.erp_id)
            latest[r.erp_id] = r.invoice.notes
        if pages == 1:   # a colleague edits one seen and one unseen record mid-way
            erp.colleague_edit(edited_early, {"notes": "edited early"})
            erp.colleague_edit(edited_late, {"notes": "edited late"})
        cursor = page.cursor
        if not page.more:
            break
    assert set(seen) == set(made)
    assert sorted(seen.count(i) for i in made if i != edited_early) == [1] * 24
    assert seen.count(edited_early) == 2                  # it changed after we saw it
    assert latest[edited_early] == "edited early" and latest[edited_late] == "edited late"
    after = conn.pull_changes(cursor)
    assert after.invoices == [] and after.parties == [] and not after.more
    erp.post_invoice(made[0])
    again = conn.pull_changes(cursor)
    assert [r.erp_id for r in again.invoices] == [made[0]]
    assert again.invoices[0].invoice.status == Status.POSTED


def test_pull_changes_brings_parties_and_erp_made_records(conn, erp):
    p = erp.add_party({"name": "Made in the ERP", "tax_id": "X1"})
    erp.add_invoice({"party_id": p["id"], "issue_date": "2026-05-01",
                     "lines": [{"description": "service", "unit_price": "100", "tax_rate": "6"}]},
                    state="posted")
    page = conn.pull_changes(None)
    assert [x.party.name for x in page.parties] == ["Made in the ERP"]
    assert page.parties[0].party.uuid == ""          # the ERP does not know a local uuid
    inv = page.invoices[0]
    assert inv.invoice.uuid == "" and inv.party_erp_id == p["id"]
    assert inv.invoice.status == Status.POSTED and inv.invoice.lines[0].uuid


def test_find_by_key(conn, party_id):
    inv = make_invoice()
    assert conn.find_by_key(inv.uuid) is None
    made = conn.create_invoice(inv, party_id)
    assert conn.find_by_key(inv.uuid).erp_id == made.erp_id
