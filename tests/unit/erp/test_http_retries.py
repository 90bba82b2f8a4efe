"""The HTTP policy's retries: backoff, Retry-After, and never repeating a non-idempotent call."""

from __future__ import annotations

import socket

import pytest

from desktop.domain.errors import ErpOffline, ErpRateLimited
from desktop.erp.http import HttpClient, HttpSettings, parse_retry_after

from .scripted_server import Answer


def test_get_is_retried_on_503_then_succeeds(server, client, sleeps):
    server.answer(Answer(503), Answer(503), Answer(200, {"ok": 1}))
    reply = client.request("GET", "/x")
    assert reply.data == {"ok": 1}
    assert len(server.seen) == 3
    assert sleeps == [0.5 * 0.1, 0.5 * 0.2]   # full jitter with rand()=0.5, doubling ceiling


def test_503_after_all_retries_is_offline(server, client, sleeps):
    server.answer(Answer(503))
    with pytest.raises(ErpOffline) as e:
        client.request("GET", "/x")
    assert "503" in str(e.value)
    assert len(server.seen) == 3   # 1 + retries


def test_retry_after_is_honoured_on_429(server, client, sleeps):
    server.answer(Answer(429, {"message": "slow"}, {"Retry-After": "2"}), Answer(200, {"ok": 1}))
    assert client.request("GET", "/x").data == {"ok": 1}
    assert sleeps == [2.0]


def test_429_is_retried_even_for_post_because_the_server_did_not_act(server, client, sleeps):
    server.answer(Answer(429, None, {"Retry-After": "1"}), Answer(201, {"id": "1"}))
    assert client.request("POST", "/x", json_body={}).status == 201
    assert len(server.seen) == 2 and sleeps == [1.0]


def test_long_retry_after_becomes_rate_limited_error(server, sleeps):
    c = HttpClient(server.url, HttpSettings(retries=3, max_retry_after=5), sleep=sleeps)
    server.answer(Answer(429, None, {"Retry-After": "120"}))
    with pytest.raises(ErpRateLimited) as e:
        c.request("GET", "/x")
    assert e.value.retry_after == 120.0
    assert sleeps == [] and len(server.seen) == 1


def test_post_without_key_is_not_repeated_on_503(server, client, sleeps):
    server.answer(Answer(503), Answer(201, {"id": "1"}))
    with pytest.raises(ErpOffline):
        client.request("POST", "/invoices", json_body={"a": 1})
    assert len(server.seen) == 1 and sleeps == []


def test_post_without_key_is_not_repeated_when_the_answer_is_lost(server, client, sleeps):
    server.answer(Answer(close=True), Answer(201, {"id": "1"}))
    with pytest.raises(ErpOffline):
        client.request("POST", "/invoices", json_body={"a": 1})
    assert len(server.seen) == 1


def test_post_with_idempotency_key_is_repeated_when_the_answer_is_lost(server, client):
    server.answer(Answer(close=True), Answer(200, {"id": "1"}))
    reply = client.request("POST", "/invoices", json_body={"a": 1},
                           headers={"Idempotency-Key": "k-1"})
    assert reply.data == {"id": "1"}
    assert [s.headers.get("Idempotency-Key") for s in server.seen] == ["k-1", "k-1"]


def test_refused_connection_is_retried_for_any_method_then_offline(sleeps):
    with socket.socket() as s:          # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    c = HttpClient(f"http://127.0.0.1:{port}", HttpSettings(retries=2, backoff=0.01),
                   sleep=sleeps)
    with pytest.raises(ErpOffline) as e:
        c.request("POST", "/invoices", json_body={})
    assert len(sleeps) == 2            # never sent, so even a plain POST may try again
    assert f"127.0.0.1:{port}" in str(e.value)


def test_read_timeout_is_offline_and_get_is_retried(server, sleeps):
    c = HttpClient(server.url, HttpSettings(read_timeout=0.1, retries=1, backoff=0.01),
                   sleep=sleeps)
    server.answer(Answer(200, {"late": True}, delay=0.4))
    with pytest.raises(ErpOffline) as e:
        c.request("GET", "/slow")
    assert "in time" in str(e.value)
    assert len(server.seen) == 2


def test_backoff_is_full_jitter_with_a_cap(server):
    c = HttpClient(server.url, HttpSettings(backoff=1.0, backoff_cap=5.0), rand=lambda: 1.0)
    assert [c.backoff_delay(n) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    c0 = HttpClient(server.url, HttpSettings(backoff=1.0), rand=lambda: 0.0)
    assert c0.backoff_delay(3) == 0.0


def test_parse_retry_after_reads_seconds_and_http_dates():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0   # in the past
