"""Mapping between domain records and the REST wire format."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.errors import ErpBug
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, PartyRole, Status
from desktop.domain.workflow import Role
from desktop.erp.mapping import (ERP_TO_LOCAL, LOCAL_TO_ERP, invoice_from_wire, invoice_to_wire,
                                 party_from_wire, party_to_wire, role_from_rights)
from desktop.erp.rest import _decode_cursor, _encode_cursor


def wire_invoice(**kw):
    inv = Invoice(kind=InvoiceKind.PURCHASE, party_uuid="p", issue_date=date(2026, 1, 31),
                  due_date=date(2026, 3, 1), currency="EUR", notes="n", external_ref="PO-9",
                  lines=[InvoiceLine("Bolt", Decimal("3"), Decimal("0.333"), Decimal("9"),
                                     Decimal("5"), "pc")])
    d = invoice_to_wire(inv, "12")
    d.update({"id": "7", "key": inv.uuid, "version": 4, "state": "posted", "payments": [],
              "modified": "2026-02-01T10:00:00.000001+00:00"})
    d.update(kw)
    return inv, d


def test_invoice_round_trip_keeps_every_field_and_line_identity():
    inv, d = wire_invoice()
    assert d["lines"][0]["unit_price"] == "0.333" and isinstance(d["lines"][0]["quantity"], str)
    remote = invoice_from_wire(d, etag="4")
    got = remote.invoice
    assert (remote.erp_id, remote.version, remote.party_erp_id, remote.erp_state) == \
        ("7", "4", "12", "posted")
    assert got.status == Status.POSTED and got.uuid == inv.uuid and got.party_uuid == ""
    assert (got.kind, got.issue_date, got.due_date, got.currency, got.notes, got.external_ref) \
        == (inv.kind, inv.issue_date, inv.due_date, inv.currency, inv.notes, inv.external_ref)
    assert got.lines == inv.lines
    assert remote.modified.microsecond == 1


def test_every_local_state_has_an_erp_state_and_back():
    assert set(LOCAL_TO_ERP) == set(Status)
    assert ERP_TO_LOCAL["draft"] == Status.APPROVED          # first_push_status
    for erp_state, local in ERP_TO_LOCAL.items():
        if erp_state != "draft":
            assert LOCAL_TO_ERP[local] == erp_state


@pytest.mark.parametrize("change", [
    {"state": "archived"}, {"issue_date": "31/01/2026"}, {"lines": "none"},
    {"lines": [{"description": "x", "unit_price": 1.5}]}, {"id": None}, {"kind": "gift"},
    {"payments": [{"amount": "1"}]},
])
def test_malformed_invoice_is_a_bug_naming_the_problem(change):
    _, d = wire_invoice(**change)
    with pytest.raises(ErpBug) as e:
        invoice_from_wire(d)
    assert e.value.params["problem"]


def test_party_round_trip_and_erp_made_party_has_no_uuid():
    p = Party(name="Müller GmbH", role=PartyRole.SUPPLIER, tax_id="DE123456789", country="DE")
    d = {**party_to_wire(p), "id": "3", "key": p.uuid, "version": 2}
    back = party_from_wire(d)
    assert back.party == p and back.version == "2"
    assert party_from_wire({**d, "key": ""}).party.uuid == ""
    with pytest.raises(ErpBug):
        party_from_wire({"id": "3", "version": 1})


def test_role_from_rights():
    assert role_from_rights({"invoice.read"}) == Role.CLERK
    assert role_from_rights({"invoice.read", "invoice.post"}) == Role.APPROVER
    assert role_from_rights({"settings.write", "invoice.post"}) == Role.ADMINISTRATOR


def test_cursor_is_opaque_and_checked():
    c = _encode_cursor({"p": "1.2", "i": "3.4"})
    assert _decode_cursor(c) == {"p": "1.2", "i": "3.4"} and _decode_cursor(None) == {}
    for bad in ("!!!", "e30", _encode_cursor({"p": "1"})[:-3] + "xyz"):
        with pytest.raises(ErpBug):
            _decode_cursor(bad)
