"""Reading real .xlsx files into invoices: conversions, grouping, merged cells, formulas."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from desktop.domain.records import InvoiceKind
from desktop.io import Cancelled
from desktop.io.excel import (ImportDefaults, guess_mapping, parse_rows, read_sheet_names,
                              read_table, write_rejects_report)

from .helpers import HEADERS_EN, HEADERS_ZH, write_xlsx

USCC = "91350100M000100Y43"   # a valid unified social credit code


def _import(path, defaults=None, **kw):
    t = read_table(path)
    return t, parse_rows(t.headers, t.rows, guess_mapping(t.headers), defaults,
                         row_numbers=t.row_numbers, **kw)


def _row(number="INV-1", party="Acme", tax_id="", country="CN", issue=date(2026, 11, 28),
         due=None, cur="CNY", desc="Widget", qty=1, unit="pcs", price=10, disc=None, rate=13,
         notes=None):
    return [number, party, tax_id, country, issue, due, cur, desc, qty, unit, price, disc, rate,
            notes]


def _problems(result):
    return [(p.row, p.field, p.text()) for rej in result.rejected for p in rej.problems]


def test_lines_with_same_number_and_party_form_one_invoice(tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [HEADERS_EN,
                      _row("INV-1", desc="A", qty=2, price=10),
                      _row("INV-2", party="Beta", desc="C", price=5),
                      _row("INV-1", desc="B", qty=1, price="1,000.50"),
                      _row("INV-1", party="Other", desc="D", price=3)])
    _, result = _import(path)
    assert result.rejected == []
    by = {(i.invoice.number, i.party.name): i for i in result.invoices}
    assert set(by) == {("INV-1", "Acme"), ("INV-2", "Beta"), ("INV-1", "Other")}
    acme = by[("INV-1", "Acme")]
    assert [ln.description for ln in acme.invoice.lines] == ["A", "B"]
    assert acme.invoice.lines[1].unit_price == Decimal("1000.50")
    assert acme.rows == (2, 4)
    assert acme.invoice.party_uuid == "" and acme.invoice.kind is InvoiceKind.SALE


def test_chinese_sheet_with_title_row_full_width_digits_and_percent(tmp_path):
    path = write_xlsx(tmp_path / "zh.xlsx", [
        ["2026年11月销售发票清单"], HEADERS_ZH,
        ["FP001", "上海某某有限公司", USCC, "中国", "2026年11月28日", "2026/12/28", "人民币",
         "咨询服务", "１２", "次", "￥１，２３４．５０", "10%", "6%", "第一张"]])
    t, result = _import(path)
    assert t.header_row == 2 and t.row_numbers == [3]
    assert result.rejected == []
    inv = result.invoices[0].invoice
    assert inv.issue_date == date(2026, 11, 28) and inv.due_date == date(2026, 12, 28)
    assert inv.currency == "CNY" and inv.notes == "第一张"
    ln = inv.lines[0]
    assert (ln.quantity, ln.unit_price, ln.discount, ln.tax_rate) == \
        (Decimal(12), Decimal("1234.50"), Decimal(10), Decimal(6))
    assert result.invoices[0].party.tax_id == USCC and result.invoices[0].party.country == "CN"


@pytest.mark.parametrize("cell, expected", [
    (datetime(2026, 11, 28, 9, 30), date(2026, 11, 28)),
    ("2026-11-28", date(2026, 11, 28)),
    ("2026/11/28", date(2026, 11, 28)),
    ("28.11.2026", date(2026, 11, 28)),
    ("28.11.26", date(2026, 11, 28)),          # two-digit year → 20YY
    ("28/11/26", date(2026, 11, 28)),
    ("11/28/2026", date(2026, 11, 28)),
    (46354, date(2026, 11, 28)),               # an Excel serial number without date format
    (20261128, date(2026, 11, 28)),
])
def test_date_cells(tmp_path, cell, expected):
    path = write_xlsx(tmp_path / "d.xlsx", [HEADERS_EN, _row(issue=cell)])
    _, result = _import(path)
    assert result.rejected == []
    assert result.invoices[0].invoice.issue_date == expected


@pytest.mark.parametrize("cell, expected", [
    (13, Decimal(13)), ("13%", Decimal(13)), (0.13, Decimal(13)), ("9 %", Decimal(9)),
    ("免税", Decimal(0)), (0.06, Decimal(6)),
])
def test_tax_rate_cells(tmp_path, cell, expected):
    path = write_xlsx(tmp_path / "r.xlsx", [HEADERS_EN, _row(rate=cell)])
    _, result = _import(path)
    assert result.invoices[0].invoice.lines[0].tax_rate == expected


@pytest.mark.parametrize("cell, expected", [
    ("1,234,567.891", Decimal("1234567.891")), ("$ 12.50", Decimal("12.50")),
    ("1.130,00", Decimal("1130.00")), (0.1 + 0.2, Decimal("0.3")), ("１２３", Decimal(123)),
    ("CNY 99", Decimal(99)), ("100元", Decimal(100)),
])
def test_amount_cells(tmp_path, cell, expected):
    path = write_xlsx(tmp_path / "m.xlsx", [HEADERS_EN, _row(price=cell)])
    _, result = _import(path)
    assert result.invoices[0].invoice.lines[0].unit_price == expected


def test_wrong_types_are_refused_with_row_and_column(tmp_path):
    path = write_xlsx(tmp_path / "w.xlsx", [HEADERS_EN,
                      _row("A1", price="twelve"),
                      _row("A2", issue="3/4/2026"),         # day/month ambiguous
                      _row("A3", qty="12,5"),                # decimal comma: ambiguous
                      _row("A4", price=date(2026, 1, 1)),
                      _row("A5", rate=19),                   # not a rate of this profile
                      _row("A6", party="", tax_id=""),
                      _row("A7", country="Narnia"),
                      _row("A8", tax_id="123"),              # bad unified social credit code
                      _row("A9", price=None),
                      _row("OK")])
    _, result = _import(path)
    assert [i.invoice.number for i in result.invoices] == ["OK"]
    probs = _problems(result)
    fields = {(row, fld) for row, fld, _ in probs}
    assert fields == {(2, "unit_price"), (3, "issue_date"), (4, "quantity"), (5, "unit_price"),
                      (6, "tax_rate"), (7, "party_name"), (8, "party_country"),
                      (9, "party_tax_id"), (10, "unit_price")}
    texts = dict(((r, f), t) for r, f, t in probs)
    assert "twelve" in texts[(2, "unit_price")] and "not a number" in texts[(2, "unit_price")]
    assert "day/month" in texts[(3, "issue_date")]
    assert "19 %" in texts[(6, "tax_rate")]
    one = [p for rej in result.rejected for p in rej.problems if p.row == 2][0]
    assert one.column == "K" and one.header == "Unit price"


def test_extra_rates_and_defaults(tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", [HEADERS_EN, _row(rate=19, cur=None)])
    _, result = _import(path, ImportDefaults(kind=InvoiceKind.PURCHASE, currency="EUR",
                                             extra_rates=(Decimal(19),)))
    inv = result.invoices[0].invoice
    assert inv.currency == "EUR" and inv.kind is InvoiceKind.PURCHASE
    assert result.invoices[0].new_party.role == "supplier"


def test_merged_header_cells_mean_same_as_above(tmp_path):
    rows = [HEADERS_EN, _row("INV-9", desc="first"),
            [None, None, None, None, None, None, None, "second", 2, "pcs", 5, None, 13, None],
            [None, None, None, None, None, None, None, "third", 1, "pcs", 7, None, 9, None],
            _row("INV-10", desc="other")]
    path = write_xlsx(tmp_path / "merged.xlsx", rows, merges=["A2:A4", "B2:B4", "E2:E4"])
    _, result = _import(path)
    assert result.rejected == []
    assert [(i.invoice.number, len(i.invoice.lines)) for i in result.invoices] == \
        [("INV-9", 3), ("INV-10", 1)]
    assert result.invoices[0].invoice.lines[2].tax_rate == 9


def test_contradicting_lines_of_one_invoice_refuse_it_whole(tmp_path):
    path = write_xlsx(tmp_path / "c.xlsx", [HEADERS_EN, _row("X", issue=date(2026, 1, 5)),
                                            _row("X", issue=date(2026, 1, 6))])
    _, result = _import(path)
    assert result.invoices == []
    assert result.rejected[0].rows == (2, 3)
    assert "same invoice number" in result.rejected[0].problems[0].text()


def test_formula_without_saved_result_is_refused(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADERS_EN)
    ws.append(_row("F1", price="=2*5"))
    ws.append(_row("F2", price=10))
    wb.save(tmp_path / "f.xlsx")
    _, result = _import(tmp_path / "f.xlsx")
    assert [i.invoice.number for i in result.invoices] == ["F2"]
    (p,) = result.rejected[0].problems
    assert p.row == 2 and p.field == "unit_price" and "formulas are not evaluated" in p.text()
    assert "K2" in p.text()


def test_formula_with_cached_value_uses_the_value(tmp_path):
    from .helpers import SHEET_NS, hand_built_xlsx, inline_row
    row2 = inline_row(2, ["F1", "Acme", "", "CN", "2026-11-28", "", "CNY", "W", "1", "pcs"])
    row2 = row2.replace("</row>", '<c r="K2"><f>2*5</f><v>10</v></c></row>')
    sheet = (f'<worksheet xmlns="{SHEET_NS}"><sheetData>{inline_row(1, HEADERS_EN)}{row2}'
             '</sheetData></worksheet>')
    _, result = _import(hand_built_xlsx(tmp_path / "cached.xlsx", sheet))
    assert result.rejected == []
    assert result.invoices[0].invoice.lines[0].unit_price == 10


def test_sheet_names_and_choosing_a_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Notes"
    wb.active.append(["nothing here"])
    ws = wb.create_sheet("发票")
    ws.append(HEADERS_EN)
    ws.append(_row())
    wb.save(tmp_path / "s.xlsx")
    assert read_sheet_names(tmp_path / "s.xlsx") == ["Notes", "发票"]
    t = read_table(tmp_path / "s.xlsx", "发票")
    assert t.sheet == "发票" and len(t.rows) == 1
    from desktop.domain.errors import BadInput
    with pytest.raises(BadInput, match="no sheet"):
        read_table(tmp_path / "s.xlsx", "Missing")


def test_progress_and_cancel(tmp_path):
    rows = [HEADERS_EN] + [_row(f"N{i}") for i in range(450)]
    t = read_table(write_xlsx(tmp_path / "p.xlsx", rows))
    seen = []
    result = parse_rows(t.headers, t.rows, guess_mapping(t.headers),
                        progress=lambda d, n: seen.append((d, n)))
    assert len(result.invoices) == 450
    assert seen[-1] == (450, 450) and (200, 450) in seen
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled) as exc:
        parse_rows(t.headers, t.rows, guess_mapping(t.headers), cancel=stop)
    assert "Cancelled" in exc.value.text()
    with pytest.raises(Cancelled):
        read_table(tmp_path / "p.xlsx", cancel=stop)


def test_rejects_report_lists_each_problem(tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [HEADERS_EN, _row(price="x"),
                                              _row("N2", issue="nope", notes=None)])
    _, result = _import(path)
    out = tmp_path / "rejects.xlsx"
    write_rejects_report(out, result.rejected)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.values)
    assert rows[0] == ("Row", "Column", "Field", "Problem")
    assert {(r[0], r[1]) for r in rows[1:]} == {(2, "K"), (3, "E")}
    assert any("not a number" in r[3] for r in rows[1:])
    assert ws.freeze_panes == "A2"
