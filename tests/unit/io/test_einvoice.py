"""UBL 2.1 e-invoices: round trip, credit notes, tampered totals, hostile XML."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import BadInput, ValidationFailed
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party
from desktop.io.einvoice import export_ubl, import_ubl, parse_ubl, write_ubl

US = Party("Our Trading Co", tax_id="91350100M000100Y43", country="CN", address="1 Road\nXiamen")
THEM = Party("Acme GmbH", tax_id="DE136695976", country="DE", address="Hauptstr. 1")


def _inv(**kw) -> Invoice:
    base = dict(kind=InvoiceKind.SALE, party_uuid="p", party_name="Acme GmbH",
                issue_date=date(2026, 11, 28), number="INV-1", due_date=date(2026, 12, 28),
                notes="Thanks", payment_terms="30 days", external_ref="PO-9",
                lines=[InvoiceLine("Widget", Decimal(2), Decimal("12.50"), Decimal(13),
                                   Decimal(10), "个"),
                       InvoiceLine("Service", Decimal("1.5"), Decimal("0.1"), Decimal(6)),
                       InvoiceLine("Export goods", Decimal(3), Decimal("7.25"), Decimal(0),
                                   unit="kg")])
    base.update(kw)
    return Invoice(**base)


def _fields(inv: Invoice):
    return ((inv.number, inv.issue_date, inv.due_date, inv.currency, inv.notes,
             inv.payment_terms, inv.external_ref, inv.is_credit_note),
            [(ln.description, ln.quantity, ln.unit_price, ln.tax_rate, ln.discount, ln.unit)
             for ln in inv.lines])


def test_sale_round_trip(tmp_path):
    inv = _inv()
    path = tmp_path / "inv.xml"
    write_ubl(path, inv, seller=US, buyer=THEM)
    got = import_ubl(path, own=US)
    assert got.invoice.kind is InvoiceKind.SALE
    assert _fields(got.invoice) == _fields(inv)
    assert (got.party.name, got.party.tax_id, got.party.country) == \
        ("Acme GmbH", "DE136695976", "DE")
    assert (got.counterparty.address, got.counterparty.role) == ("Hauptstr. 1", "customer")


def test_the_same_document_is_a_purchase_for_the_buyer():
    data = export_ubl(_inv(), seller=THEM, buyer=US)
    got = parse_ubl(data, own=US)
    assert got.invoice.kind is InvoiceKind.PURCHASE
    assert got.party.tax_id == THEM.tax_id and got.counterparty.role == "supplier"


def test_document_structure_has_the_en16931_core():
    xml = export_ubl(_inv(), seller=US, buyer=THEM).decode()
    for needle in ("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
                   "<cbc:DocumentCurrencyCode>CNY</cbc:DocumentCurrencyCode>",
                   'unitCode="H87"', "<cbc:CompanyID>DE136695976</cbc:CompanyID>",
                   "<cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric>",
                   '<cbc:PayableAmount currencyID="CNY">47.34</cbc:PayableAmount>',
                   "<cbc:Percent>13</cbc:Percent>", "<cbc:ID>Z</cbc:ID>"):
        assert needle in xml
    assert xml.count("<cac:TaxSubtotal>") == 3


def test_credit_note_round_trip():
    inv = _inv(is_credit_note=True, number="CN-1")
    data = export_ubl(inv, seller=US, buyer=THEM, credited_number="INV-1")
    xml = data.decode()
    assert "<cbc:CreditNoteTypeCode>381" in xml and "<cac:CreditNoteLine>" in xml
    assert "<cbc:PaymentDueDate>2026-12-28" in xml and "<cbc:ID>INV-1</cbc:ID>" in xml
    assert _fields(parse_ubl(data, own=US).invoice) == _fields(inv)


@pytest.mark.parametrize("old, new", [
    ('<cbc:PayableAmount currencyID="CNY">47.34', '<cbc:PayableAmount currencyID="CNY">470.34'),
    ('<cbc:TaxAmount currencyID="CNY">2.94</cbc:TaxAmount>\n    <cac:TaxSubtotal>',
     '<cbc:TaxAmount currencyID="CNY">3.94</cbc:TaxAmount>\n    <cac:TaxSubtotal>'),
    ("<cbc:PriceAmount currencyID=\"CNY\">12.50", "<cbc:PriceAmount currencyID=\"CNY\">13.50"),
])
def test_tampered_totals_are_refused(old, new):
    xml = export_ubl(_inv(), seller=US, buyer=THEM).decode()
    assert old in xml
    with pytest.raises(ValidationFailed) as exc:
        parse_ubl(xml.replace(old, new, 1).encode(), own=US)
    assert exc.value.problems
    assert all("lines add up to" in p.text() for p in exc.value.problems)


def test_not_our_document_and_hostile_xml():
    other = Party("Someone else", tax_id="FR40303265045")
    with pytest.raises(BadInput, match="neither is your company"):
        parse_ubl(export_ubl(_inv(), seller=THEM, buyer=other), own=US)
    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b'<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&b;'
            b'</Invoice>')
    with pytest.raises(BadInput, match="DTD or entities"):
        parse_ubl(bomb, own=US)
    with pytest.raises(BadInput, match="not well-formed"):
        parse_ubl(b"<Invoice>", own=US)
    with pytest.raises(BadInput, match="not a UBL"):
        parse_ubl(b"<Order/>", own=US)


def test_export_needs_a_number():
    with pytest.raises(BadInput, match="number"):
        export_ubl(_inv(number=""), seller=US, buyer=THEM)


lines = st.builds(
    InvoiceLine, description=st.text(min_size=1, max_size=20).map(str.strip).filter(
        lambda s: s and all(ch.isprintable() for ch in s)),
    quantity=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(1000), places=2),
    unit_price=st.decimals(min_value=0, max_value=Decimal("99999.99"), places=2),
    tax_rate=st.sampled_from([Decimal(13), Decimal(9), Decimal(6), Decimal(3), Decimal(0)]),
    discount=st.sampled_from([Decimal(0), Decimal(10), Decimal("2.5")]),
    unit=st.sampled_from(["", "pcs", "个", "h", "box of 12"]))


@settings(max_examples=40, deadline=None)
@given(lns=st.lists(lines, min_size=1, max_size=5), credit=st.booleans(),
       cur=st.sampled_from(["CNY", "EUR", "JPY", "KWD"]))
def test_round_trip_property(lns, credit, cur):
    inv = _inv(lines=lns, is_credit_note=credit, currency=cur)
    got = parse_ubl(export_ubl(inv, seller=US, buyer=THEM), own=US)
    assert _fields(got.invoice) == _fields(inv)
