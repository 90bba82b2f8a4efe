"""Guessing the column mapping from English and Chinese headers."""

from desktop.io.column_guess import FIELDS, guess_kind, guess_mapping, layout_key
from desktop.domain.records import InvoiceKind

from .helpers import HEADERS_EN, HEADERS_ZH

EXPECTED = {"number": 0, "party_name": 1, "party_tax_id": 2, "party_country": 3,
            "issue_date": 4, "due_date": 5, "currency": 6, "description": 7, "quantity": 8,
            "unit": 9, "unit_price": 10, "discount": 11, "tax_rate": 12, "notes": 13}


def test_english_headers_map_every_column():
    assert guess_mapping(HEADERS_EN) == EXPECTED


def test_chinese_headers_map_every_column():
    assert guess_mapping(HEADERS_ZH) == EXPECTED


def test_vat_invoice_list_columns_are_not_mistaken():
    headers = ["发票号码", "购买方名称", "购买方纳税人识别号", "开票日期", "货物或应税劳务、服务名称",
               "规格型号", "单位", "数量", "含税单价", "单价", "金额", "税率", "税额", "价税合计"]
    m = guess_mapping(headers)
    assert m["party_name"] == 1 and m["party_tax_id"] == 2
    assert m["unit_price"] == 9            # not the tax-inclusive price, not the amount
    assert m["tax_rate"] == 11             # not the tax amount
    assert m["description"] == 4 and m["unit"] == 6 and m["quantity"] == 7
    assert set(m.values()).isdisjoint({5, 8, 10, 12, 13})


def test_specific_headers_win_over_general_words():
    m = guess_mapping(["Customer tax ID", "Customer name", "Unit price", "Unit", "Tax", "VAT %"])
    assert m == {"party_tax_id": 0, "party_name": 1, "unit_price": 2, "unit": 3, "tax_rate": 5}


def test_headers_with_punctuation_and_full_width():
    m = guess_mapping(["Invoice No.", "ＱＴＹ", "Tax rate (%)", "*单价*"])
    assert m == {"number": 0, "quantity": 1, "tax_rate": 2, "unit_price": 3}


def test_every_field_has_synonyms_that_map_to_itself():
    from desktop.io.column_guess import _SYNONYMS
    for fld in FIELDS:
        assert guess_mapping([_SYNONYMS[fld][0]]) == {fld: 0}


def test_guess_kind_from_party_header():
    assert guess_kind(["发票号码", "供应商名称"]) is InvoiceKind.PURCHASE
    assert guess_kind(["Invoice", "Customer"]) is InvoiceKind.SALE
    assert guess_kind(["Invoice", "Party"]) is None


def test_layout_key_is_stable_and_distinguishes_layouts():
    assert layout_key(HEADERS_EN) == layout_key([h.upper() + " " for h in HEADERS_EN] + ["", None])
    assert layout_key(HEADERS_EN) != layout_key(HEADERS_ZH)
    assert layout_key(HEADERS_EN) != layout_key(list(reversed(HEADERS_EN)))
    assert layout_key(HEADERS_EN).startswith("xlsx1:")
