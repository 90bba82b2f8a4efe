"""HTTP statuses and transport failures become the typed ERP errors, without secrets."""

from __future__ import annotations

import pytest

from desktop.domain.errors import (ErpAuthError, ErpBug, ErpConflict, ErpOffline,
                                   ErpPermissionError, ErpRejected)
from desktop.erp.http import ErpNotFound, HttpClient, HttpSettings

from .scripted_server import Answer


@pytest.mark.parametrize("status, error", [
    (400, ErpRejected), (422, ErpRejected), (401, ErpAuthError), (403, ErpPermissionError),
    (404, ErpNotFound), (409, ErpConflict), (412, ErpConflict), (500, ErpBug), (428, ErpBug),
    (302, ErpBug),
])
def test_status_maps_to_typed_error(server, client, status, error):
    server.answer(Answer(status, {"error": "x", "message": "period closed"},
                         {"Location": "http://elsewhere/"} if status == 302 else {}))
    with pytest.raises(error):
        client.request("PUT", "/invoices/1", json_body={})
    assert len(server.seen) == 1       # none of these is worth repeating


def test_rejection_carries_the_erps_own_words(server, client):
    server.answer(Answer(422, {"error": "rejected", "message": "Period 2026-01 is closed."}))
    with pytest.raises(ErpRejected) as e:
        client.request("POST", "/invoices", json_body={})
    assert e.value.erp_message == "Period 2026-01 is closed."
    assert "Period 2026-01 is closed." in str(e.value)


def test_nested_and_plain_text_error_messages_are_read(server, client):
    server.answer(Answer(400, {"error": {"message": "bad date"}}),
                  Answer(400, b"Bad  tax\ncode"))
    with pytest.raises(ErpRejected) as e1:
        client.request("GET", "/a")
    with pytest.raises(ErpRejected) as e2:
        client.request("GET", "/b")
    assert e1.value.erp_message == "bad date"
    assert e2.value.erp_message == "Bad tax code"


def test_malformed_json_is_a_bug(server, client):
    server.answer(Answer(200, b"<html>login page</html>", {"Content-Type": "text/html"}))
    with pytest.raises(ErpBug) as e:
        client.request("GET", "/invoices")
    assert "text/html" in str(e.value)


def test_empty_reply_is_none(server, client):
    server.answer(Answer(204))
    assert client.request("DELETE", "/x").data is None


def test_error_messages_hold_no_secrets(server, client):
    server.answer(Answer(400, {"message": "bad login password=hunter2 token: abc123"}))
    with pytest.raises(ErpRejected) as e:
        client.request("GET", "/session?token=s3cr3t-token")
    text = str(e.value) + repr(e.value.params)
    assert "hunter2" not in text and "abc123" not in text and "s3cr3t" not in text


def test_offline_message_has_no_query_string():
    c = HttpClient("http://127.0.0.1:9", HttpSettings(retries=0, connect_timeout=0.5))
    with pytest.raises(ErpOffline) as e:
        c.request("GET", "/x?api_key=topsecret")
    assert "topsecret" not in str(e.value) + repr(e.value.params)


def test_every_call_carries_a_timeout_and_json_accept(server, client):
    server.answer(Answer(200, {}))
    client.request("GET", "/x")
    assert server.seen[0].headers["Accept"] == "application/json"
    assert server.seen[0].headers["User-Agent"].startswith("InvoiceDesk/")


def test_env_proxy_is_not_used_for_loopback(server, client, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")      # a dead proxy
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    server.answer(Answer(200, {"direct": True}))
    assert client.request("GET", "/x").data == {"direct": True}
