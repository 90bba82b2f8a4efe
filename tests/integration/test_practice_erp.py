"""The practice ERP at the protocol level: real HTTP on loopback, raw requests."""

from __future__ import annotations

import threading

import pytest
import requests

from desktop.sandbox.practice_erp import PracticeErp
from desktop.sandbox.practice_http import MAX_BODY

T = 3.0   # timeout of every raw request here


@pytest.fixture
def erp(tmp_path):
    with PracticeErp(tmp_path / "erp.sqlite3") as server:
        yield server


class Api:
    """A raw, logged-in client of one practice ERP."""

    def __init__(self, erp: PracticeErp, user: str = "admin") -> None:
        self.url = erp.base_url + "/api/v1"
        r = requests.post(self.url + "/session", json={"user": user, "password": "practice"},
                          timeout=T)
        assert r.status_code == 200
        self.s = requests.Session()
        self.s.headers["Authorization"] = "Bearer " + r.json()["token"]

    def __getattr__(self, method):
        def call(path, **kw):
            return self.s.request(method.upper(), self.url + path, timeout=T, **kw)
        return call


@pytest.fixture
def api(erp):
    return Api(erp)


@pytest.fixture
def party(api):
    return api.post("/parties", json={"name": "Ningbo Ports", "tax_id": "NB-1"},
                    headers={"Idempotency-Key": "party-1"}).json()


def invoice_body(party, **kw):
    body = {"kind": "sale", "party_id": party["id"], "issue_date": "2026-02-01",
            "lines": [{"description": "berth", "quantity": "1", "unit_price": "100.00",
                       "tax_rate": "9"}]}
    body.update(kw)
    return body


def control(erp, action, **args):
    return requests.post(f"{erp.base_url}/control/{action}", json=args, timeout=T,
                         headers={"X-Control-Token": erp.control_token})


def test_binds_to_loopback_only(erp):
    assert erp.base_url.startswith("http://127.0.0.1:")
    assert erp._httpd.server_address[0] == "127.0.0.1"


def test_login_refusals(erp):
    r = requests.post(erp.base_url + "/api/v1/session", json={"user": "admin", "password": "x"},
                      timeout=T)
    assert r.status_code == 401 and r.json()["message"] == "Wrong user name or password."
    r = requests.get(erp.base_url + "/api/v1/whoami", timeout=T)
    assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("Bearer")


def test_expired_token_is_refused(erp, api):
    assert api.get("/whoami").status_code == 200
    erp.expire_credentials()
    r = api.get("/whoami")
    assert r.status_code == 401 and "log in again" in r.json()["message"]


def test_token_lifetime(tmp_path):
    import time
    with PracticeErp(tmp_path / "e.sqlite3", token_ttl=0.05) as erp:
        api = Api(erp)
        time.sleep(0.1)
        assert api.get("/whoami").status_code == 401


def test_create_is_idempotent_and_versions_are_etags(api, party):
    r1 = api.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": "k"})
    r2 = api.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": "k"})
    assert (r1.status_code, r2.status_code) == (201, 200)
    assert r2.headers["Idempotent-Replayed"] == "true"
    assert r1.json()["id"] == r2.json()["id"] and r1.headers["ETag"] == '"1"'
    assert api.get("/invoices/ids").json() == {"ids": [r1.json()["id"]]}
    assert r1.json()["totals"] == {"net": "100.00", "tax": "9.00", "gross": "109.00",
                                   "paid": "0.00", "outstanding": "109.00"}


def test_concurrent_creates_with_one_key_make_one_record(api, party):
    results = []

    def go():
        results.append(api.post("/invoices", json=invoice_body(party),
                                headers={"Idempotency-Key": "same"}).json()["id"])
    threads = [threading.Thread(target=go) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 1 and len(api.get("/invoices/ids").json()["ids"]) == 1


def test_update_needs_if_match_and_refuses_a_stale_one(api, party):
    inv = api.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": "k"}).json()
    path = f"/invoices/{inv['id']}"
    assert api.patch(path, json={"notes": "x"}).status_code == 428
    ok = api.patch(path, json={"notes": "x"}, headers={"If-Match": '"1"'})
    assert ok.status_code == 200 and ok.headers["ETag"] == '"2"'
    stale = api.put(path, json=invoice_body(party), headers={"If-Match": '"1"'})
    assert stale.status_code == 412 and stale.json()["error"] == "stale"
    same = api.patch(path, json={"notes": "x"}, headers={"If-Match": '"2"'})
    assert same.headers["ETag"] == '"2"'      # no change, no new version


def test_posting_numbers_the_invoice_and_locks_it(api, party):
    inv = api.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": "k"}).json()
    posted = api.post(f"/invoices/{inv['id']}/post").json()
    assert posted["state"] == "posted" and posted["number"] == "INV-2026-0001"
    r = api.patch(f"/invoices/{inv['id']}", json={"issue_date": "2026-02-02"},
                  headers={"If-Match": f'"{posted["version"]}"'})
    assert r.status_code == 422
    assert r.json()["message"] == ("Invoice INV-2026-0001 is posted; a posted invoice cannot be "
                                   "changed (issue_date).")


def test_payments_settle_and_unpaid_drafts_cannot_be_paid(api, party):
    inv = api.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": "k"}).json()
    pay = {"amount": "109.00", "date": "2026-02-10"}
    r = api.post(f"/invoices/{inv['id']}/payments", json=pay, headers={"Idempotency-Key": "p"})
    assert r.status_code == 422 and "only a posted invoice can be paid" in r.json()["message"]
    api.post(f"/invoices/{inv['id']}/post")
    r = api.post(f"/invoices/{inv['id']}/payments", json=pay, headers={"Idempotency-Key": "p"})
    assert r.status_code == 201 and r.json()["state"] == "paid"
    assert r.json()["totals"]["outstanding"] == "0.00"


@pytest.mark.parametrize("kwargs, status, words", [
    ({"data": b"{not json", "headers": {"Content-Type": "application/json"}}, 400,
     "not valid JSON"),
    ({"data": b"a=b", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 415,
     "JSON"),
])
def test_bad_bodies_get_clear_messages(api, kwargs, status, words):
    kwargs["headers"]["Idempotency-Key"] = "k"
    r = api.post("/invoices", **kwargs)
    assert r.status_code == status and words in r.json()["message"]


def test_too_large_body_is_refused_before_it_is_read(erp, api):
    import http.client
    conn = http.client.HTTPConnection("127.0.0.1", int(erp.base_url.rsplit(":", 1)[1]), timeout=T)
    conn.putrequest("POST", "/api/v1/invoices")
    conn.putheader("Authorization", api.s.headers["Authorization"])
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(MAX_BODY + 1))
    conn.endheaders()                      # the body is never sent: the server must not wait
    r = conn.getresponse()
    assert r.status == 413 and b"larger" in r.read()
    conn.close()


@pytest.mark.parametrize("change, words", [
    ({"lines": [{"description": "x", "unit_price": 1.5}]}, "written as a string"),
    ({"lines": [{"description": "x", "unit_price": "1", "tax_rate": "7"}]}, "No tax code for 7%"),
    ({"issue_date": "yesterday"}, "invoice.issue_date must be a date"),
    ({"party_id": "999"}, "Party 999 does not exist"),
    ({"currency": "XYZ"}, "Currency XYZ"),
    ({"colour": "red"}, "Unknown invoice field(s): colour"),
])
def test_invalid_invoices_are_rejected_with_the_field_named(api, party, change, words):
    r = api.post("/invoices", json=invoice_body(party, **change), headers={"Idempotency-Key": "k"})
    assert r.status_code == 422 and words in r.json()["message"]


def test_missing_idempotency_key_and_bad_queries(api, party):
    assert api.post("/invoices", json=invoice_body(party)).status_code == 400
    assert api.get("/invoices", params={"limit": "0"}).status_code == 400
    assert api.get("/invoices", params={"since": "garbage"}).status_code == 400
    assert api.get("/nowhere").status_code == 404
    assert api.delete("/whoami").status_code == 405


def test_rights_are_enforced(erp, party):
    clerk = Api(erp, "clerk")
    inv = clerk.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": "k"})
    assert inv.status_code == 201
    r = clerk.delete(f"/invoices/{inv.json()['id']}")
    assert r.status_code == 403 and "invoice.delete" in r.json()["message"]
    assert clerk.get("/whoami").json()["role"] == "clerk"


def test_parties_search_by_tax_id_and_name(api, party):
    assert api.get("/parties", params={"tax_id": "nb 1"}).json()["items"][0]["id"] == party["id"]
    assert api.get("/parties", params={"name": "NINGBO  ports"}).json()["items"][0]["name"] \
        == "Ningbo Ports"
    assert api.get("/parties", params={"name": "Ningbo"}).json()["items"] == []


def test_control_needs_the_token_and_names_its_actions(erp):
    r = requests.post(erp.base_url + "/control/reset", json={}, timeout=T)
    assert r.status_code == 403
    r = control(erp, "explode")
    assert r.status_code == 404 and "drop_network" in r.json()["message"]


def test_control_over_http_works_while_the_network_is_down(erp, api, party):
    inv = api.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": "k"}).json()
    assert control(erp, "drop_network").status_code == 200
    with pytest.raises(requests.ConnectionError):
        api.get("/whoami")
    r = control(erp, "colleague_edit", invoice="k", changes={"notes": "by phone"})
    assert r.json()["result"]["notes"] == "by phone"
    assert control(erp, "restore_network").status_code == 200
    assert api.get(f"/invoices/{inv['id']}").json()["version"] == 2
    control(erp, "reject_next", message="period closed")
    r = api.post(f"/invoices/{inv['id']}/post")
    assert r.status_code == 422 and r.json()["message"] == "period closed"
    assert control(erp, "fail_next", status=429, retry_after=3).status_code == 200
    r = api.get("/whoami")
    assert r.status_code == 429 and r.headers["Retry-After"] == "3"
    assert control(erp, "delete_invoice", invoice=inv["id"]).status_code == 200
    assert api.get("/invoices/ids").json()["ids"] == []


def test_reset_empties_the_books(erp, api, party):
    api.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": "k"})
    erp.reject_next()
    erp.reset()
    assert api.get("/invoices/ids").json()["ids"] == []
    assert api.get("/parties").json()["items"] == []
    assert api.post("/parties", json={"name": "A"}, headers={"Idempotency-Key": "a"}).json()[
        "id"] == "1"


def test_data_survives_a_restart(tmp_path):
    path = tmp_path / "books.sqlite3"
    with PracticeErp(path) as erp:
        Api(erp).post("/parties", json={"name": "Kept"}, headers={"Idempotency-Key": "a"})
    with PracticeErp(path) as erp:
        assert [p["name"] for p in Api(erp).get("/parties").json()["items"]] == ["Kept"]


def test_concurrent_writes_page_completely(api, party):
    def writer(n):
        for i in range(10):
            api.post("/invoices", json=invoice_body(party),
                     headers={"Idempotency-Key": f"w{n}-{i}"})
    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    seen, since = [], ""
    while True:   # page while the writers write
        params = {"limit": 3, **({"since": since} if since else {})}
        page = api.get("/invoices", params=params).json()
        seen += [x["id"] for x in page["items"]]
        since = page["next"]
        if not page["more"] and not any(t.is_alive() for t in threads):
            break
    for t in threads:
        t.join()
    page = api.get("/invoices", params={"since": since, "limit": 100}).json()
    seen += [x["id"] for x in page["items"]]
    assert sorted(seen, key=int) == api.get("/invoices/ids").json()["ids"]


def test_modified_is_strictly_increasing(api, party):
    for i in range(5):
        api.post("/invoices", json=invoice_body(party), headers={"Idempotency-Key": str(i)})
    items = api.get("/invoices").json()["items"]
    stamps = [x["modified"] for x in items]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
