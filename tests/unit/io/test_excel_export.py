"""Export: real numbers and dates, frozen headers, no formula ever, every column filled, kind
and status as words (in the export's language); export → import round trip."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, Status
from desktop.io import Cancelled
from desktop.io.excel import (EXPORTED_KIND_WORDS, ExportLabels, ExportSummary,
                              export_invoices, guess_mapping, parse_rows, read_table)
from desktop.io.excel_export import KIND_LABELS, LINE_COLUMNS, STATUS_LABELS, SUMMARY_COLUMNS

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
    assert row["Status"].value == "Draft" and row["Kind"].value == "Sales invoice"
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
short_text = st.one_of(st.just(""), hostile_text.map(lambda t: t[:64].strip()))
invoices = st.builds(
    lambda n, party, kind, credit, d, lns, notes, cur, ref, terms: Invoice(
        kind=kind, party_uuid="p", party_name=party, issue_date=d, number=f"N{n}",
        notes=notes, lines=lns, currency=cur, is_credit_note=credit, external_ref=ref,
        payment_terms=terms),
    st.integers(0, 10**6), hostile_text, st.sampled_from(list(InvoiceKind)), st.booleans(),
    st.dates(date(2000, 1, 1), date(2099, 12, 31)), st.lists(lines, min_size=1, max_size=4),
    st.one_of(st.just(""), hostile_text), st.sampled_from(["CNY", "USD", "JPY"]),
    short_text, short_text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(inv=invoices, chinese=st.booleans())
def test_round_trip_export_import(tmp_path, inv, chinese):
    out = tmp_path / "rt.xlsx"
    export_invoices(out, [inv], with_lines=True, labels=zh_labels() if chinese else None,
                    parties={"p": Party(inv.party_name, tax_id="91350100M000100Y43",
                                        country="CN")})
    _no_formulas(out)
    result = _reimport(out)
    assert result.rejected == []
    (item,) = result.invoices
    got = item.invoice
    assert (got.number, got.kind, got.is_credit_note, got.party_name, got.issue_date,
            got.currency, got.notes, got.external_ref, got.payment_terms) == \
        (inv.number, inv.kind, inv.is_credit_note, inv.party_name, inv.issue_date,
         inv.currency, inv.notes, inv.external_ref, inv.payment_terms)
    assert (item.party.tax_id, item.party.country) == ("91350100M000100Y43", "CN")
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


# --- every column, in words ------------------------------------------------------------------

ZH = {  # the shipped zh_CN words (tests/gui/test_export_dialog.py checks them against the .qm)
    ("Labels", "Sales invoice"): "销售发票", ("Labels", "Purchase invoice"): "采购发票",
    ("Labels", "Sales credit note"): "销售红字发票",
    ("Labels", "Purchase credit note"): "采购红字发票",
    ("Labels", "Draft"): "草稿", ("Labels", "Approved"): "已审批", ("Labels", "Paid"): "已付款",
    ("Export", "Kind"): "购销类型", ("Export", "Status"): "状态",
    ("Export", "Invoice number"): "发票号码", ("Export", "Party"): "往来单位",
    ("Export", "Tax ID"): "税号", ("Export", "Country"): "国家",
    ("Export", "Issue date"): "开票日期", ("Export", "Due date"): "到期日",
    ("Export", "Currency"): "币种", ("Export", "Description"): "货物或应税劳务名称",
    ("Export", "Quantity"): "数量", ("Export", "Unit"): "单位", ("Export", "Unit price"): "单价",
    ("Export", "Discount %"): "折扣 %", ("Export", "Tax rate %"): "税率 %",
    ("Export", "Notes"): "备注", ("Export", "External reference"): "外部编号",
    ("Export", "Payment terms"): "付款条件",
}


def zh_labels() -> ExportLabels:
    return ExportLabels.translated(lambda ctx, text: ZH.get((ctx, text), ""))


def _rows(path):
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    return header, [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]


def test_summary_rows_fill_every_column_in_words(tmp_path):
    summary = ExportSummary(number="S1", kind="purchase", party_name="Paper Co",
                            issue_date=date(2026, 3, 1), currency="EUR", net=Decimal(100),
                            tax=Decimal(19), gross=Decimal(119), paid=Decimal(19),
                            status="approved", due_date=date(2026, 3, 31),
                            party_tax_id="DE136695976", party_country="DE",
                            notes="call first", external_ref="PO-7", payment_terms="30 days",
                            is_credit_note=True)
    paid = _invoice("INV-2", status=Status.PAID, is_credit_note=False, notes="n",
                    external_ref="R-1", payment_terms="net 10", due_date=date(2026, 12, 1))
    out = tmp_path / "all.xlsx"
    export_invoices(out, [summary, (paid, Party("Acme", tax_id="91350100M000100Y43",
                                                country="CN"))])
    header, (first, second) = _rows(out)
    assert header == [ExportLabels().headers[c] for c in SUMMARY_COLUMNS]
    assert all(v not in (None, "") for v in first.values()), first      # no empty column
    assert all(v not in (None, "") for v in second.values()), second
    assert (first["Kind"], first["Status"], first["Tax ID"], first["Country"], first["Notes"],
            first["External reference"], first["Payment terms"]) == \
        ("Purchase credit note", "Approved", "DE136695976", "DE", "call first", "PO-7",
         "30 days")
    assert (second["Kind"], second["Status"], second["Tax ID"], second["Country"]) == \
        ("Sales invoice", "Paid", "91350100M000100Y43", "CN")


def test_line_rows_fill_party_columns_from_pairs_and_parties(tmp_path):
    a = _invoice("A-1", party="Acme", notes="x", external_ref="R", payment_terms="T")
    b = _invoice("B-1", party="Bolt", kind=InvoiceKind.PURCHASE, is_credit_note=True)
    out = tmp_path / "lines.xlsx"
    export_invoices(out, [(a, Party("Acme", tax_id="TAX-A", country="CN")), b],
                    with_lines=True, parties={"p-Bolt": Party("Bolt", tax_id="TAX-B",
                                                              country="DE")})
    header, rows = _rows(out)
    assert header == [ExportLabels().headers[c] for c in LINE_COLUMNS]
    assert [(r["Kind"], r["Tax ID"], r["Country"]) for r in rows] == \
        [("Sales invoice", "TAX-A", "CN"), ("Purchase credit note", "TAX-B", "DE")]
    assert (rows[0]["Notes"], rows[0]["External reference"], rows[0]["Payment terms"]) == \
        ("x", "R", "T")


def test_words_follow_the_language_of_the_export(tmp_path):
    out = tmp_path / "zh.xlsx"
    inv = _invoice(status=Status.APPROVED)
    export_invoices(out, [inv], labels=zh_labels())
    header, (row,) = _rows(out)
    assert header[:2] == ["发票号码", "购销类型"] and "状态" in header
    assert (row["购销类型"], row["状态"]) == ("销售发票", "已审批")


def test_translated_labels_keep_english_where_a_translation_is_missing():
    words = ExportLabels.translated(lambda ctx, text: "")
    assert words.kinds == KIND_LABELS and words.statuses == STATUS_LABELS
    assert words.kind("sale", True) == "Sales credit note"
    assert words.kind("barter") == "barter" and words.status("frozen") == "frozen"


def test_hostile_translation_is_still_text(tmp_path):
    out = tmp_path / "t.xlsx"
    words = ExportLabels.translated(lambda ctx, text: "=cmd|'/C calc'!A0" if text == "Draft"
                                    else "")
    export_invoices(out, [_invoice()], labels=words)
    ws = _no_formulas(out).active
    assert ws.cell(row=2, column=SUMMARY_COLUMNS.index("status") + 1).value == \
        "=cmd|'/C calc'!A0"


@pytest.mark.parametrize("labels", [ExportLabels(), zh_labels()], ids=["en", "zh_CN"])
def test_reimport_reads_the_kind_words_back(tmp_path, labels):
    invs = [_invoice("S-1"), _invoice("P-1", party="Bolt", kind=InvoiceKind.PURCHASE),
            _invoice("SC-1", is_credit_note=True),
            _invoice("PC-1", party="Bolt", kind=InvoiceKind.PURCHASE, is_credit_note=True)]
    out = tmp_path / "rt.xlsx"
    export_invoices(out, invs, with_lines=True, labels=labels,
                    parties={"p-Acme": Party("Acme", country="CN"),
                             "p-Bolt": Party("Bolt", country="CN")})
    result = _reimport(out)
    assert result.rejected == []
    got = {i.invoice.number: (i.invoice.kind, i.invoice.is_credit_note) for i in result.invoices}
    assert got == {"S-1": (InvoiceKind.SALE, False), "P-1": (InvoiceKind.PURCHASE, False),
                   "SC-1": (InvoiceKind.SALE, True), "PC-1": (InvoiceKind.PURCHASE, True)}


def test_every_kind_word_written_is_read_back():
    for labels in (ExportLabels(), zh_labels()):
        for (kind, credit), word in labels.kinds.items():
            assert EXPORTED_KIND_WORDS[word.casefold()] == (InvoiceKind(kind), credit)


def test_an_invoice_both_credit_note_and_not_is_refused():
    headers = ["Invoice number", "Kind", "Party", "Issue date", "Description", "Unit price"]
    rows = [("X-1", "Sales credit note", "Acme", "2026-11-28", "a", 1),
            ("X-1", "sale", "Acme", "2026-11-28", "b", 1),
            ("X-2", "Sales credit note", "Acme", "2026-11-28", "c", 1),
            ("X-2", None, "Acme", "2026-11-28", "d", 1)]       # blank: same as above
    result = parse_rows(headers, rows, guess_mapping(headers))
    assert [(i.invoice.number, i.invoice.is_credit_note, len(i.invoice.lines))
            for i in result.invoices] == [("X-2", True, 2)]
    (rej,) = result.rejected
    assert rej.rows == (2, 3)
    assert [(p.row, p.column, p.field) for p in rej.problems] == [(3, "B", "kind")]
    assert "row 2" in rej.problems[0].text() and "Kind" in rej.problems[0].text()


def test_other_sheets_kind_words_still_work():
    headers = ["Invoice number", "Kind", "Party", "Issue date", "Description", "Unit price"]
    rows = [("A", "销售", "Acme", "2026-11-28", "a", 1), ("B", "AP", "Acme", "2026-11-28", "b", 1),
            ("C", "gift", "Acme", "2026-11-28", "c", 1)]
    result = parse_rows(headers, rows, guess_mapping(headers))
    assert [(i.invoice.number, i.invoice.kind, i.invoice.is_credit_note)
            for i in result.invoices] == [("A", InvoiceKind.SALE, False),
                                          ("B", InvoiceKind.PURCHASE, False)]
    assert [r.rows for r in result.rejected] == [(4,)]
