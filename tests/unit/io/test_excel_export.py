"""Export: real numbers and dates, frozen headers, no formula ever; export → import round trip."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party
from desktop.io import Cancelled
from desktop.io.excel import (ExportSummary, export_invoices, guess_mapping, parse_rows,
                              read_table)

HOSTILE = ["=1+1", "=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1)", "-2+3", "@SUM(A1)",
           "\tcmd", "\r=1", "=cmd|' /C calc'!A0"]


def _invoice(number="INV-1", party="Acme", notes="", lines=None, **kw) -> Invoice:
    return Invoice(kind=kw.pop("kind", InvoiceKind.SALE), party_uuid="p-" + party,
                   party_name=party, issue_date=kw.pop("issue_date", date(2026, 11, 28)),
                   number=number, notes=notes,
                   lines=lines or [InvoiceLine("Widget", Decimal(2), Decimal("12.50"))], **kw)


def _no_formulas(path):
    wb = openpyxl.load_workbook(path)          # a normal (not data-only) load keeps formulas
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert cells
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    return wb


def test_hostile_text_is_written_as_text(tmp_path):
    invs = [_invoice(f"N{i}", party=h, notes=h, lines=[InvoiceLine(h, Decimal(1), Decimal(1))],
                     external_ref=h, payment_terms=h) for i, h in enumerate(HOSTILE)]
    out = tmp_path / "h.xlsx"
    export_invoices(out, invs, with_lines=True)
    wb = _no_formulas(out)
    ws = wb.active
    # XML turns a carriage return into a line feed; the text stays text.
    assert [ws.cell(row=i + 2, column=3).value for i in range(len(HOSTILE))] == \
        [h.replace("\r", "\n") for h in HOSTILE]
    assert ws.cell(row=2, column=3).quotePrefix is True
    export_invoices(out, invs, with_lines=False, headers={"number": "=bad header"})
    wb = _no_formulas(out)
    assert wb.active["A1"].value == "=bad header"


def test_numbers_dates_formats_and_frozen_header(tmp_path):
    inv = _invoice(due_date=date(2026, 12, 28), currency="JPY",
                   lines=[InvoiceLine("A", Decimal(3), Decimal("1000"), Decimal(13))])
    out = tmp_path / "n.xlsx"
    export_invoices(out, [inv], with_lines=False)
    ws = openpyxl.load_workbook(out).active
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2])}
    assert row["Issue date"].value == datetime(2026, 11, 28)
    assert row["Issue date"].number_format == "yyyy-mm-dd"
    assert row["Gross amount"].value == 3390 and row["Gross amount"].data_type == "n"
    assert row["Gross amount"].number_format == "#,##0"      # yen: no decimals
    assert row["Status"].value == "draft"
    assert ws.column_dimensions["C"].width == 32


def test_money_format_follows_currency_decimals(tmp_path):
    out = tmp_path / "s.xlsx"
    summary = ExportSummary(number="S1", kind="sale", party_name="Acme",
                            issue_date=date(2026, 1, 2), currency="KWD", net=Decimal("1.234"),
                            tax=Decimal("0.160"), gross=Decimal("1.394"), paid=Decimal("1"))
    export_invoices(out, [summary], headers={"gross": "价税合计"})
    ws = openpyxl.load_workbook(out).active
    row = {c.value: v for c, v in zip(ws[1], ws[2])}
    assert row["价税合计"].value == pytest.approx(1.394)
    assert row["价税合计"].number_format == "#,##0.000"
    assert row["Outstanding"].value == pytest.approx(0.394)


def test_cancel_leaves_no_file_and_progress_reaches_the_end(tmp_path):
    out = tmp_path / "c.xlsx"
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        export_invoices(out, [_invoice()] * 10, cancel=stop)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    seen = []
    export_invoices(out, [_invoice()] * 450, progress=lambda d, n: seen.append((d, n)))
    assert seen[-1] == (450, 450)


def _reimport(path):
    t = read_table(path)
    return parse_rows(t.headers, t.rows, guess_mapping(t.headers), row_numbers=t.row_numbers)


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
               max_size=30).map(str.strip).filter(bool)
hostile_text = st.one_of(text, st.sampled_from(HOSTILE).map(lambda h: h.strip()).filter(bool),
                         st.builds(lambda p, t: p + t, st.sampled_from("=+-@"), text))
prices = st.decimals(min_value=0, max_value=Decimal("99999.99"), places=2)
quantities = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10000), places=3)
lines = st.builds(InvoiceLine, description=hostile_text, quantity=quantities, unit_price=prices,
                  tax_rate=st.sampled_from([Decimal(13), Decimal(9), Decimal(6), Decimal(0)]),
                  discount=st.sampled_from([Decimal(0), Decimal(5), Decimal("12.5")]),
                  unit=st.sampled_from(["", "pcs", "个", "kg"]))
invoices = st.builds(
    lambda n, party, kind, d, lns, notes, cur: Invoice(
        kind=kind, party_uuid="p", party_name=party, issue_date=d, number=f"N{n}",
        notes=notes, lines=lns, currency=cur),
    st.integers(0, 10**6), hostile_text, st.sampled_from(list(InvoiceKind)),
    st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.lists(lines, min_size=1, max_size=4),
    st.one_of(st.just(""), hostile_text), st.sampled_from(["CNY", "USD", "JPY"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(inv=invoices)
def test_round_trip_export_import(tmp_path, inv):
    out = tmp_path / "rt.xlsx"
    export_invoices(out, [inv], with_lines=True,
                    parties={"p": Party(inv.party_name, tax_id="", country="CN")})
    _no_formulas(out)
    result = _reimport(out)
    assert result.rejected == []
    (got,) = [i.invoice for i in result.invoices]
    assert (got.number, got.kind, got.party_name, got.issue_date, got.currency, got.notes) == \
        (inv.number, inv.kind, inv.party_name, inv.issue_date, inv.currency, inv.notes)
    assert [(ln.description, ln.quantity, ln.unit_price, ln.tax_rate, ln.discount, ln.unit)
            for ln in got.lines] == \
        [(ln.description, ln.quantity, ln.unit_price, ln.tax_rate, ln.discount, ln.unit)
         for ln in inv.lines]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=hostile_text)
def test_hostile_text_cell_never_becomes_a_formula(tmp_path, value):
    out = tmp_path / "ht.xlsx"
    export_invoices(out, [_invoice(party=value, notes=value)], with_lines=False)
    ws = _no_formulas(out).active
    assert ws["C2"].value == value
