"""Benchmarks of Excel import and export against raw openpyxl (prints ratios, no asserts on time).

Size: INVOICE_DESK_PERF_SIZE rows (default 10000). Run with ``pytest -m perf -s``.
"""

from __future__ import annotations

import time
from datetime import date, timedelta
from decimal import Decimal

import openpyxl
import pytest

from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine
from desktop.io.excel import export_invoices, guess_mapping, parse_rows, read_table

from tests.perf.conftest import perf_size  # noqa: E402

pytestmark = pytest.mark.perf
SIZE = perf_size(10_000, 200)
HEADERS = ["Invoice number", "Customer", "Tax ID", "Country", "Issue date", "Due date",
           "Currency", "Description", "Quantity", "Unit", "Unit price", "Tax rate %"]


def _best(fn, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _sheet(path, n):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(HEADERS)
    d0 = date(2026, 1, 1)
    for i in range(n):   # three lines per invoice
        ws.append([f"INV-{i // 3}", f"Customer {i % 97}", "", "CN", d0 + timedelta(days=i % 300),
                   None, "CNY", f"Item {i}", 1 + i % 7, "pcs", round(10 + (i % 1000) * 0.37, 2),
                   13])
    wb.save(path)


def test_import_vs_raw_read_only(tmp_path):
    path = tmp_path / "in.xlsx"
    _sheet(path, SIZE)

    def raw():
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for _row in wb.active.iter_rows(values_only=True):
            pass
        wb.close()

    result = {}

    def ours():
        t = read_table(path, max_rows=max(SIZE, 10))
        result["r"] = parse_rows(t.headers, t.rows, guess_mapping(t.headers),
                                 row_numbers=t.row_numbers)

    t_raw, t_ours = _best(raw), _best(ours)
    r = result["r"]
    assert r.rejected == [] and sum(len(i.invoice.lines) for i in r.invoices) == SIZE
    print(f"\nimport {SIZE} rows: raw read_only {t_raw:.3f}s, read+parse+validate {t_ours:.3f}s,"
          f" ratio {t_ours / t_raw:.2f}x (goal <= 2x)")


def test_export_vs_raw_write_only(tmp_path):
    d0 = date(2026, 1, 1)
    invoices = [Invoice(kind=InvoiceKind.SALE, party_uuid="p", party_name=f"Customer {i % 97}",
                        issue_date=d0 + timedelta(days=i % 300), number=f"INV-{i}",
                        lines=[InvoiceLine(f"Item {i}", Decimal(1 + i % 7),
                                           Decimal(10) + Decimal(i % 1000) / 100)])
                for i in range(SIZE)]
    rows = [[inv.number, inv.kind.value, inv.party_name, "", "", inv.issue_date, None,
             inv.currency, ln.description, ln.quantity, ln.unit, ln.unit_price, ln.discount,
             ln.tax_rate, ln.unit_price, ln.unit_price, "", "", ""]
            for inv in invoices for ln in inv.lines]

    def raw():
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet()
        for row in rows:
            ws.append(row)
        wb.save(tmp_path / "raw.xlsx")

    def ours():
        export_invoices(tmp_path / "ours.xlsx", invoices, with_lines=True)

    t_raw, t_ours = _best(raw), _best(ours)
    print(f"\nexport {SIZE} rows: raw write_only {t_raw:.3f}s, export_invoices {t_ours:.3f}s, "
          f"ratio {t_ours / t_raw:.2f}x (goal <= 2x)")
