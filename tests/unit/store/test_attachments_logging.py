"""Attachments kept by content, and logs that never hold a secret."""

import logging
from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import BadInput, NotFound
from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine
from desktop.logsetup import RedactFilter, redact, setup_logging
from desktop.store import attachments


@pytest.fixture
def invoice_uuid(service):
    return service.create_invoice(Invoice(
        kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 11, 1),
        lines=[InvoiceLine("x", Decimal(1), Decimal(1))]), PartyRef(name="A")).uuid


def test_attach_dedupe_and_remove(store, invoice_uuid, tmp_path):
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake scan")
    copy = tmp_path / "again.pdf"
    copy.write_bytes(b"%PDF-1.4 fake scan")
    a = attachments.add(store, "alice", invoice_uuid, pdf)
    b = attachments.add(store, "alice", invoice_uuid, copy)
    assert a.sha256 == b.sha256 and a.path == b.path and a.path.read_bytes() == pdf.read_bytes()
    assert [x.filename for x in attachments.list_for(store, invoice_uuid)] == ["scan.pdf",
                                                                               "again.pdf"]
    assert a.mime == "application/pdf"
    attachments.remove(store, "alice", a.uuid)
    assert a.path.exists()  # still used by the second attachment
    attachments.remove(store, "alice", b.uuid)
    assert not a.path.exists()
    assert store.verify_audit().ok
    with pytest.raises(NotFound):
        attachments.remove(store, "alice", a.uuid)


def test_missing_file_and_unknown_invoice(store, invoice_uuid, tmp_path):
    with pytest.raises(BadInput):
        attachments.add(store, "alice", invoice_uuid, tmp_path / "nope.pdf")
    f = tmp_path / "x.png"
    f.write_bytes(b"png")
    with pytest.raises(NotFound):
        attachments.add(store, "alice", "no-such-invoice", f)
    assert attachments.list_for(store, invoice_uuid) == []


@pytest.mark.parametrize("line", [
    'login failed for {"login": "bob", "password": "hunter2secret"}',
    "headers={'Authorization': 'Session Ym9iOjE6c2VjcmV0dG9rZW4='}",
    "GET /api?token=abcdef123456&x=1",
    "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig",
    "cookie: session_id=9f8e7d6c5b4a",
])
def test_redaction(line):
    out = redact(line)
    for secret in ("hunter2secret", "Ym9iOjE6c2VjcmV0dG9rZW4", "abcdef123456", "eyJhbGci",
                   "9f8e7d6c5b4a"):
        assert secret not in out


def test_log_file_is_redacted(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("desktop.test").warning("retrying with password=%s", "s3cr3t-pass")
        for h in root.handlers:
            h.flush()
        text = path.read_text()
        assert "retrying with password=" in text and "s3cr3t-pass" not in text
        assert any(isinstance(f, RedactFilter) for h in root.handlers for f in h.filters)
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
