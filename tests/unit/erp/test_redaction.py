"""The logging redaction filter: no password, token, Authorization/Cookie or session id."""

from __future__ import annotations

import io
import logging

import pytest

from desktop.erp.http import RedactingFilter, install_redaction, redact, remember_secret


@pytest.fixture
def log_capture():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("test.redaction")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(handler)
    install_redaction(logger)
    yield logger, stream
    logger.removeHandler(handler)


@pytest.mark.parametrize("line, secret", [
    ("login {'user': 'clerk', 'password': 'hunter2'}", "hunter2"),
    ('body {"user": "clerk", "password": "hun\\"ter2"}', "ter2"),
    ("headers {'Authorization': 'Bearer eyJabc.def-ghi'}", "eyJabc"),
    ("Authorization: Basic dXNlcjpwdw==", "dXNlcjpw"),
    ("Cookie: session_id=abc123; theme=dark", "abc123"),
    ("GET /api?token=tok-555&limit=5", "tok-555"),
    ("sessionid=XYZ987 expired", "XYZ987"),
    ('{"access_token": "at-1", "refresh_token": "rt-2"}', "at-1"),
    ("proxy http://bob:pa55@proxy.corp:3128", "pa55"),
    ("X-Control-Token: ctl-secret", "ctl-secret"),
])
def test_secrets_are_masked(log_capture, line, secret):
    logger, stream = log_capture
    logger.info(line)
    out = stream.getvalue()
    assert secret not in out
    assert "***" in out


def test_args_and_exceptions_are_masked(log_capture):
    logger, stream = log_capture
    logger.warning("sent %s", {"password": "p4ssw0rd"})
    try:
        raise RuntimeError("failed with Authorization: Bearer tok-xyz")
    except RuntimeError:
        logger.exception("boom")
    out = stream.getvalue()
    assert "p4ssw0rd" not in out and "tok-xyz" not in out
    assert "RuntimeError" in out     # the traceback is still there


def test_remembered_secret_is_masked_anywhere(log_capture):
    logger, stream = log_capture
    remember_secret("Zq9-unusual-value")
    logger.info("odd place Zq9-unusual-value here")
    assert "Zq9-unusual-value" not in stream.getvalue()


def test_harmless_text_is_untouched():
    text = "GET /api/v1/invoices?since=17.3&limit=500 200 (expires_in 3600)"
    assert redact(text) == text


def test_filter_never_drops_records():
    rec = logging.LogRecord("x", logging.INFO, __file__, 1, "broken %d", ("a",), None)
    assert RedactingFilter().filter(rec) is True
