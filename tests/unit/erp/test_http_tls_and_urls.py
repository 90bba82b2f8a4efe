"""TLS trust (the profile's CA file wins over the environment) and the URL rules."""

from __future__ import annotations

import shutil
import ssl
import subprocess

import pytest

from desktop.domain.errors import BadInput
from desktop.erp.http import (PLAIN_HTTP_WARNING, ErpCertificateError, HttpClient, HttpSettings,
                              check_url, is_loopback)

from .scripted_server import Answer, ScriptedServer


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = tmp_path_factory.mktemp("tls")
    key, crt = d / "key.pem", d / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(crt)], check=True, capture_output=True)
    return key, crt


@pytest.fixture
def tls_server(cert):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert[1], cert[0])
    s = ScriptedServer(tls=ctx)
    s.answer(Answer(200, {"tls": True}))
    yield s
    s.stop()


def test_untrusted_certificate_is_refused_and_not_retried(tls_server):
    c = HttpClient(tls_server.url, HttpSettings(retries=3))
    with pytest.raises(ErpCertificateError) as e:
        c.request("GET", "/x")
    assert "CA file" in str(e.value)


def test_profile_ca_file_is_trusted_even_when_requests_ca_bundle_is_set(tls_server, cert,
                                                                       monkeypatch):
    import certifi
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", certifi.where())   # would not trust our CA
    c = HttpClient(tls_server.url, HttpSettings(ca_file=str(cert[1])))
    assert c.request("GET", "/x").data == {"tls": True}


@pytest.mark.parametrize("url", ["https://erp.example.com", "http://127.0.0.1:8069",
                                 "http://127.8.9.1", "http://localhost:8000/api",
                                 "http://[::1]:8000"])
def test_safe_urls_pass_without_warning(url):
    assert check_url(url) is None


def test_plain_http_to_a_remote_host_is_refused_unless_allowed():
    with pytest.raises(BadInput) as e:
        check_url("http://erp.example.com")
    assert "erp.example.com" in str(e.value)
    assert check_url("http://erp.example.com", allow_plain_http=True) == PLAIN_HTTP_WARNING
    with pytest.raises(BadInput):
        HttpClient("http://10.0.0.5:8000")


@pytest.mark.parametrize("url", ["ftp://erp.example.com", "erp.example.com", "https://",
                                 "https://user:pw@erp.example.com", "http://h:99999"])
def test_bad_urls_are_refused(url):
    with pytest.raises(BadInput) as e:
        check_url(url)
    assert "pw" not in str(e.value).replace("https", "")


def test_loopback_detection():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("LOCALHOST")
    assert not is_loopback("128.0.0.1") and not is_loopback("localhost.example.com")


def test_settings_come_from_a_mapping_or_a_profile_object():
    from types import SimpleNamespace
    assert HttpSettings.from_profile({"ca_file": "/x.pem", "colour": 1}).ca_file == "/x.pem"
    profile = SimpleNamespace(allow_plain_http=True, ca_file="", url="http://erp.lan")
    assert HttpSettings.from_profile(profile).allow_plain_http is True
    assert HttpClient("http://erp.lan", profile).warning == PLAIN_HTTP_WARNING
