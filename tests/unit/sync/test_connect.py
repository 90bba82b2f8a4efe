"""The connection helpers the window uses (sync/connect.py): address and CA-file checks, the
quick "Test connection" against a real practice ERP on loopback (plain and behind TLS), the
HTTP overrides of make_connector, and how failures are sorted for the message to show."""

from __future__ import annotations

import contextlib
import ssl
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.domain.errors import (BadInput, ErpAuthError, ErpBug, ErpOffline,
                                   ErpPermissionError, ErpRateLimited, KnownError)
from desktop.domain.workflow import Role
from desktop.erp.http import PLAIN_HTTP_WARNING, ErpCertificateError
from desktop.sandbox.practice_erp import PracticeErp
from desktop.sandbox.practice_http import DEFAULT_USERS, PracticeHandler
from desktop.store import secrets
from desktop.store.profiles import Profile, ProfileRegistry
from desktop.sync import connect

USERS = {**DEFAULT_USERS, "kim": ("Kim-7fq!secret", "approver")}


@pytest.fixture
def erp(tmp_path):
    with PracticeErp(tmp_path / "erp.sqlite3", users=USERS) as server:
        yield server


@pytest.fixture
def registry(data_dir):
    return ProfileRegistry(data_dir)


def rest_profile(url: str, user: str = "approver", **kw) -> Profile:
    return Profile(id="head-office", name="Head office", kind="rest", url=url, username=user,
                   **kw)


@contextlib.contextmanager
def practice_over_tls(erp: PracticeErp, cert: Path, key: Path):
    """The practice ERP's own request handler served over TLS, as a company ERP whose
    certificate comes from the company's CA. Yields the https:// address."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    handler = type("Handler", (PracticeHandler,), {"erp": erp})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture(scope="module")
def company_ca(tmp_path_factory):
    """(ca.pem, server.pem, server.key) of a small test CA."""
    from tests.tryton_harness.certs import make_server_cert
    return make_server_cert(tmp_path_factory.mktemp("company-ca"))


# --- checks ---------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["", "   "])
def test_an_empty_address_asks_for_one(url):
    with pytest.raises(BadInput) as e:
        connect.check_profile_url(url)
    assert "Enter the ERP address" in e.value.text()


@pytest.mark.parametrize("url", ["erp.example.com", "ftp://erp.example.com", "https://",
                                 "https://kim:pw@erp.example.com", "http://h:99999"])
def test_malformed_addresses_are_refused(url):
    with pytest.raises(BadInput):
        connect.check_profile_url(url)


def test_plain_http_to_a_lan_host_needs_the_profile_to_allow_it():
    with pytest.raises(BadInput) as e:
        connect.check_profile_url("http://10.20.0.7:8000")
    assert "10.20.0.7" in e.value.text() and "plain HTTP" in e.value.text()
    assert connect.check_profile_url("http://10.20.0.7:8000", True) == PLAIN_HTTP_WARNING
    assert connect.check_profile_url("https://erp.example.com") is None
    assert connect.check_profile_url("http://127.0.0.1:8000", False) is None


def test_ca_file_must_be_an_existing_pem_file(tmp_path, company_ca):
    connect.check_ca_file("")
    connect.check_ca_file(str(company_ca[0]))
    for bad, words in ((tmp_path / "missing.pem", "does not exist"),
                       (tmp_path, "does not exist"),
                       (tmp_path / "der.cer", "not a PEM certificate")):
        if bad.name == "der.cer":
            bad.write_bytes(b"\x30\x82\x01\x0a binary DER")
        with pytest.raises(BadInput) as e:
            connect.check_ca_file(str(bad))
        assert words in e.value.text()


def test_check_profile_names_the_missing_piece(tmp_path):
    with pytest.raises(BadInput) as e:
        connect.check_profile(Profile(id="t", name="T", kind="tryton",
                                      url="https://erp.example.com", username="kim"))
    assert "database" in e.value.text()
    with pytest.raises(BadInput) as e:
        connect.check_profile(rest_profile("https://erp.example.com", user=" "))
    assert "user name" in e.value.text()
    with pytest.raises(BadInput):
        connect.check_profile(rest_profile("https://erp.example.com",
                                           ca_file=str(tmp_path / "nope.pem")))
    assert connect.check_profile(rest_profile("http://10.0.0.5", allow_plain_http=True)) \
        == PLAIN_HTTP_WARNING


# --- test_profile against the practice ERP ---------------------------------------------------

def test_the_erp_says_who_we_are_and_the_role_its_rights_give(registry, erp):
    info = connect.test_profile(registry, rest_profile(erp.base_url), "practice")
    assert (info.user, info.company, info.erp_name) == ("approver", "Practice Trading Co.",
                                                        "Practice ERP")
    assert info.server_version
    assert info.role == Role.APPROVER and "invoice.post" in info.rights
    assert "settings.write" not in info.rights and info.warnings == ()


def test_without_a_typed_password_the_keychain_is_asked(registry, erp):
    prof = rest_profile(erp.base_url, user="kim")
    with pytest.raises(ErpAuthError) as e:
        connect.test_profile(registry, prof)
    assert "No password is stored" in e.value.text()
    secrets.set_secret(prof.secret_name(), USERS["kim"][0])
    assert connect.test_profile(registry, prof).user == "kim"


def test_a_wrong_password_is_an_auth_error_that_never_holds_the_password(registry, erp):
    with pytest.raises(ErpAuthError) as e:
        connect.test_profile(registry, rest_profile(erp.base_url), "Wrong-Pass-123")
    assert connect.error_kind(e.value) == "auth"
    assert "Wrong-Pass-123" not in e.value.text() + repr(e.value.params)


def test_a_stopped_server_is_offline_and_reported_quickly(registry, tmp_path):
    erp = PracticeErp(tmp_path / "gone.sqlite3")
    url = erp.start()
    erp.stop()
    t0 = time.monotonic()
    with pytest.raises(ErpOffline) as e:
        connect.test_profile(registry, rest_profile(url), "practice")
    assert connect.error_kind(e.value) == "offline"
    assert time.monotonic() - t0 < 3.0      # one retry, not the sync worker's patience


def test_a_bad_profile_is_refused_before_any_connection(registry, erp):
    with pytest.raises(BadInput):
        connect.test_profile(registry, rest_profile(erp.base_url.replace("127.0.0.1",
                                                                         "10.9.9.9")), "x")
    assert erp.requests_seen == {}


def test_an_untrusted_certificate_is_its_own_kind_and_the_ca_file_fixes_it(
        registry, tmp_path, company_ca):
    ca, cert, key = company_ca
    erp = PracticeErp(tmp_path / "tls.sqlite3")
    try:
        with practice_over_tls(erp, cert, key) as url:
            with pytest.raises(ErpCertificateError) as e:
                connect.test_profile(registry, rest_profile(url), "practice")
            assert connect.error_kind(e.value) == "certificate"
            info = connect.test_profile(registry, rest_profile(url, ca_file=str(ca)),
                                        "practice")
            assert info.role == Role.APPROVER
    finally:
        erp.stop()


# --- make_connector's HTTP overrides --------------------------------------------------------

def test_make_connector_keeps_its_defaults_and_takes_overrides(registry):
    prof = rest_profile("https://erp.example.com")
    plain = connect.make_connector(registry, prof, "pw")
    quick = connect.make_connector(registry, prof, "pw", http=connect.TEST_HTTP)
    try:
        assert plain._http.settings.retries == 3
        assert quick._http.settings.retries == connect.TEST_HTTP["retries"]
        assert quick._http.settings.read_timeout == connect.TEST_HTTP["read_timeout"]
    finally:
        plain.close()
        quick.close()
    tryton = Profile(id="t", name="T", kind="tryton", url="https://erp.example.com",
                     database="books", username="kim")
    conn = connect.make_connector(registry, tryton, "pw", http={"retries": 0,
                                                              "read_timeout": 7.0})
    try:
        s = conn._http.settings
        assert (s.retries, s.connect_timeout, s.read_timeout) == (0, 5.0, 7.0)
    finally:
        conn._http.close()


@pytest.mark.parametrize("exc, kind", [
    (secrets.KeychainUnavailable("x"), "keychain"),
    (ErpCertificateError("x"), "certificate"),
    (ErpOffline("x"), "offline"),
    (ErpAuthError("x"), "auth"),
    (ErpPermissionError("x"), "permission"),
    (ErpRateLimited("x", retry_after=5), "busy"),
    (BadInput("x"), "input"),
    (ErpBug("x"), "erp"),
    (KnownError("x"), "other"),
    (ValueError("x"), "bug"),
])
def test_error_kinds(exc, kind):
    assert connect.error_kind(exc) == kind
