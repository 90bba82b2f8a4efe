"""Exports composed from the store: every column filled, words in the export's language, a
round trip into another store; UBL e-invoices that need our company's identity."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from desktop.domain.records import (Invoice, InvoiceKind, InvoiceLine, Party, PartyRole, Payment,
                                    Status)
from desktop.io.einvoice import CAC, CBC, import_ubl
from desktop.store.bulk import import_invoices
from desktop.store.profiles import Profile
from desktop.store.search import InvoiceQuery
from desktop.store.store import Store
from desktop.sync import exchange
from tests.unit.io.test_excel_export import zh_labels

USCC = "91350100M000100Y43"          # a valid unified social credit code
OUR_USCC = "91110000600037341L"


def _party(name, **kw):
    return Party(name=name, role=kw.pop("role", PartyRole.CUSTOMER), **kw)


@pytest.fixture
def filled(store):
    """Five invoices: every kind, credit notes, a paid one, notes/refs/terms everywhere."""
    acme = _party("Acme Trading", tax_id=USCC, country="CN", address="1 Road\nBeijing")
    bolt = _party("Bolt GmbH", role=PartyRole.SUPPLIER, tax_id="DE136695976", country="DE")

    def line(qty):      # amounts differ: the same amount within a week looks like a duplicate
        return [InvoiceLine("Consulting", Decimal(qty), Decimal("100.00"), Decimal(13),
                            unit="h")]

    def inv(kind, day, number, **kw):
        return Invoice(kind, "", date(2026, 11, day), due_date=date(2026, 12, day),
                       number=number, **kw)

    invs = [
        (inv(InvoiceKind.SALE, 1, "S-1", notes="first", external_ref="PO-1",
             payment_terms="30 days", status=Status.APPROVED, lines=line(1)), acme),
        (inv(InvoiceKind.SALE, 2, "S-2", notes="paid", external_ref="PO-2",
             payment_terms="cash", status=Status.PAID, lines=line(2),
             payments=[Payment(Decimal("226.00"), date(2026, 11, 3))]), acme),
        (inv(InvoiceKind.SALE, 4, "SC-1", notes="refund", external_ref="RMA-1",
             payment_terms="-", is_credit_note=True, lines=line(3)), acme),
        (inv(InvoiceKind.PURCHASE, 5, "P-1", notes="paper", external_ref="=HYPERLINK(\"x\")",
             payment_terms="14 days", status=Status.SUBMITTED,
             lines=[InvoiceLine("Paper", Decimal(3), Decimal(7), Decimal(13))]), bolt),
        (inv(InvoiceKind.PURCHASE, 6, "PC-1", notes="return", external_ref="R-2",
             payment_terms="now", is_credit_note=True, status=Status.POSTED,
             lines=[InvoiceLine("Paper", Decimal(1), Decimal(7), Decimal(13))]), bolt),
    ]
    import_invoices(store, "test", invs, total=len(invs))
    return {i.number: i for i, _ in invs}


def _rows(path):
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    return header, [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]


ORDER = InvoiceQuery(sort="issue_date", descending=False)


def test_list_export_fills_every_column_from_the_store(store, filled, tmp_path):
    out = tmp_path / "list.xlsx"
    assert exchange.export_excel(store, out, ORDER, False, page=2) == 5   # three pages
    header, rows = _rows(out)
    empty = [(r["Invoice number"], h) for r in rows for h, v in r.items() if v in (None, "")]
    assert empty == []
    got = {r["Invoice number"]: r for r in rows}
    assert [(n, got[n]["Kind"], got[n]["Status"]) for n in ("S-1", "S-2", "SC-1", "P-1",
                                                            "PC-1")] == [
        ("S-1", "Sales invoice", "Approved"), ("S-2", "Sales invoice", "Paid"),
        ("SC-1", "Sales credit note", "Draft"), ("P-1", "Purchase invoice", "Submitted"),
        ("PC-1", "Purchase credit note", "Posted")]
    assert (got["S-1"]["Tax ID"], got["S-1"]["Country"], got["S-1"]["Notes"],
            got["S-1"]["External reference"], got["S-1"]["Payment terms"]) == \
        (USCC, "CN", "first", "PO-1", "30 days")
    assert (got["P-1"]["Tax ID"], got["P-1"]["Country"], got["P-1"]["External reference"]) == \
        ("DE136695976", "DE", "=HYPERLINK(\"x\")")
    assert got["S-2"]["Outstanding"] == 0 and got["S-2"]["Paid"] == 226


def test_list_export_in_chinese(store, filled, tmp_path):
    out = tmp_path / "zh.xlsx"
    exchange.export_excel(store, out, ORDER, False, labels=zh_labels())
    header, rows = _rows(out)
    assert header[:5] == ["发票号码", "购销类型", "往来单位", "税号", "国家"]
    assert [(r["购销类型"], r["状态"]) for r in rows][:2] == [("销售发票", "已审批"),
                                                             ("销售发票", "已付款")]


def test_lines_export_fills_party_columns_and_follows_the_filter(store, filled, tmp_path):
    out = tmp_path / "lines.xlsx"
    n = exchange.export_excel(store, out, replace(ORDER, kind="purchase"), True, page=1)
    header, rows = _rows(out)
    assert n == 2 and [(r["Invoice number"], r["Kind"], r["Tax ID"], r["Country"], r["Unit"])
                       for r in rows] == [("P-1", "Purchase invoice", "DE136695976", "DE", None),
                                          ("PC-1", "Purchase credit note", "DE136695976", "DE",
                                           None)]


@pytest.mark.parametrize("labels", [None, "zh"], ids=["en", "zh_CN"])
def test_lines_export_round_trip_into_another_store(store, filled, tmp_path, labels):
    out = tmp_path / "rt.xlsx"
    exchange.export_excel(store, out, ORDER, True, labels=zh_labels() if labels else None)
    other = Store(tmp_path / "other.sqlite")
    try:
        outcome = exchange.import_excel(other, "bob", out)
        assert outcome.rejected == [] and outcome.duplicates == []
        assert outcome.imported == 5 and outcome.parties_created == 2
        back = tmp_path / "back.xlsx"          # the imported store exports the same rows
        exchange.export_excel(other, back, ORDER, True, labels=zh_labels() if labels else None)
        assert _rows(back) == _rows(out)
        again = exchange.import_excel(other, "bob", out)        # nothing twice
        assert again.imported == 0 and len(again.duplicates) == 5
    finally:
        other.close()


# --- UBL: our company -------------------------------------------------------------------------

def _profile(**kw) -> Profile:
    return Profile(id="p", name="Local (offline)", **kw)


FULL = dict(company="Invoice Desk Test Co", company_tax_id=OUR_USCC, company_country="CN",
            company_address="88 Jianguo Road\nChaoyang, Beijing")


def test_sale_without_company_tax_id_says_what_is_missing_and_where(store, filled, tmp_path):
    out = tmp_path / "s1.xml"
    own = _profile(company="Invoice Desk Test Co").company_party()
    with pytest.raises(exchange.CompanyDetailsMissing) as info:
        exchange.export_ubl(store, "S-1", out, own)
    assert info.value.missing == ("tax_id", "country")
    assert info.value.text() == (
        "The e-invoice names your company as the seller and needs its tax ID, country, which "
        "this profile does not have yet. Enter them in File ▸ Settings…, under “Your "
        "company”.")
    assert not out.exists()


def test_missing_company_message_is_translated_word_by_word():
    exc = exchange.CompanyDetailsMissing("seller", ("name", "tax_id"))
    zh = {"seller": "卖方", "name": "名称", "tax ID": "税号", ", ": "、",
          exchange.WHERE_TO_SET: "“文件 ▸ 设置…”的“本公司”中",
          exc.message: "电子发票将贵公司列为{role}，需要其{missing}，但此配置尚未设置。请在{where}填写。"}
    assert exc.translated(lambda ctx, text: zh.get(text, "") if ctx == "Export" else "") == \
        "电子发票将贵公司列为卖方，需要其名称、税号，但此配置尚未设置。请在“文件 ▸ 设置…”的“本公司”中填写。"
    assert exc.translated(lambda ctx, text: "") == exc.text()      # nothing translated


def test_purchase_needs_only_our_name(store, filled, tmp_path):
    with pytest.raises(exchange.CompanyDetailsMissing) as info:
        exchange.export_ubl(store, "P-1", tmp_path / "p0.xml", _profile().company_party())
    assert info.value.missing == ("name",) and "buyer" in info.value.text()
    out = tmp_path / "p1.xml"
    exchange.export_ubl(store, "P-1", out, _profile(company="Invoice Desk Test Co")
                        .company_party())
    doc = import_ubl(out, Party("Invoice Desk Test Co"))
    assert doc.invoice.kind is InvoiceKind.PURCHASE and doc.party.tax_id == "DE136695976"


@pytest.mark.parametrize("field,value,needle", [
    ("company_tax_id", "91350100M000100Y44", "tax ID “91350100M000100Y44” is not valid in CN"),
    ("company_country", "China", "country “CHINA” is not a two-letter code")])
def test_invalid_company_details_are_refused(store, filled, tmp_path, field, value, needle):
    out = tmp_path / "bad.xml"
    own = _profile(**{**FULL, field: value}).company_party()
    with pytest.raises(exchange.CompanyDetailsInvalid) as info:
        exchange.export_ubl(store, "S-1", out, own)
    assert needle in info.value.text() and "File ▸ Settings" in info.value.text()
    assert not out.exists()


def test_sale_names_our_company_as_seller_with_tax_id_address_and_country(store, filled,
                                                                          tmp_path):
    out = tmp_path / "s1.xml"
    prof = _profile(**FULL)
    exchange.export_ubl(store, "S-1", out, prof.company_party())
    root = ET.parse(out).getroot()
    seller = root.find(f"{{{CAC}}}AccountingSupplierParty/{{{CAC}}}Party")

    def text(path):
        return [e.text for e in seller.iterfind(path.replace("cac:", f"{{{CAC}}}")
                                                .replace("cbc:", f"{{{CBC}}}"))]
    assert text("cac:PartyName/cbc:Name") == ["Invoice Desk Test Co"]
    assert text("cac:PartyTaxScheme/cbc:CompanyID") == [OUR_USCC]
    assert text("cac:PostalAddress/cac:AddressLine/cbc:Line") == ["88 Jianguo Road",
                                                                   "Chaoyang, Beijing"]
    assert text("cac:PostalAddress/cac:Country/cbc:IdentificationCode") == ["CN"]
    # Reading it back, our company is found by its tax ID even under another name.
    renamed = replace(prof, company="IDT Co., Ltd.")
    doc = import_ubl(out, exchange.own_party(renamed))
    assert doc.invoice.kind is InvoiceKind.SALE and doc.party.tax_id == USCC
    assert doc.counterparty.address == "1 Road\nBeijing"


def test_credit_note_of_a_sale_also_needs_our_tax_id(store, filled, tmp_path):
    with pytest.raises(exchange.CompanyDetailsMissing):
        exchange.export_ubl(store, "SC-1", tmp_path / "c.xml",
                            _profile(company="X", company_country="CN").company_party())
    exchange.export_ubl(store, "SC-1", tmp_path / "c.xml", _profile(**FULL).company_party())
    assert import_ubl(tmp_path / "c.xml", _profile(**FULL).company_party()) \
        .invoice.is_credit_note


def test_own_party_for_reading_falls_back_to_the_profile_name():
    assert exchange.own_party(_profile()).name == "Local (offline)"
    own = exchange.own_party(_profile(**FULL))
    assert (own.name, own.tax_id, own.country) == ("Invoice Desk Test Co", OUR_USCC, "CN")
