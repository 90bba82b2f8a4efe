"""The export dialog: real .xlsx files (numbers, dates, no formulas, every column, words in the
window's language), cancel, UBL e-invoices naming our company."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, PartyRole, Status
from desktop.io.einvoice import import_ubl
from desktop.paths import translations_dir
from desktop.store.bulk import import_invoices
from desktop.store.profiles import ProfileRegistry
from desktop.store.search import InvoiceQuery, list_invoices
from desktop.store.store import Store
from desktop.sync import exchange
from desktop.ui.context import AppContext
from desktop.ui.dialogs.export_dialog import ExportDialog
from desktop.workers.task import TaskRunner

OWN = "Invoice Desk Test Co"
OWN_USCC = "91110000600037341L"


@pytest.fixture
def ctx(data_dir, store):
    reg = ProfileRegistry(data_dir)
    prof = reg.ensure_offline_default()
    prof.company, prof.company_tax_id, prof.company_country = OWN, OWN_USCC, "CN"
    sale = Invoice(kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 11, 28),
                   number="INV-1", due_date=date(2026, 12, 28), notes="@SUM(A1:A9)",
                   external_ref="PO-1", payment_terms="30 days", status=Status.APPROVED,
                   lines=[InvoiceLine("=HYPERLINK(\"http://x\")", Decimal("2"),
                                      Decimal("100.50"), Decimal(13)),
                          InvoiceLine("-5 discount", Decimal(1), Decimal(10), Decimal(13))])
    purchase = Invoice(kind=InvoiceKind.PURCHASE, party_uuid="", issue_date=date(2026, 11, 2),
                       number="P-9", lines=[InvoiceLine("Paper", Decimal(3), Decimal(7))])
    nameless = Invoice(kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 11, 3),
                       number="", lines=[InvoiceLine("Thing", Decimal(1), Decimal(1))])
    import_invoices(store, "test", [
        (sale, Party(name="=1+2 Trading", tax_id=USCC, country="CN")),
        (purchase, Party(name="Paper Supplies", role=PartyRole.SUPPLIER, country="CN")),
        (nameless, Party(name="Walk-in", country="CN"))], total=3)
    c = AppContext(reg, prof, store)
    c.uuids = {"sale": sale.uuid, "nameless": nameless.uuid}
    return c


USCC = "91350100M000100Y43"


@pytest.fixture
def make_dialog(qtbot, ctx):
    runner = TaskRunner()

    def make(*args, **kw):
        factory = kw.pop("factory", ExportDialog)
        d = factory(ctx, runner, *args, **kw)
        qtbot.addWidget(d)
        d.show()
        return d
    yield make
    assert runner.shutdown(10000), "a background task did not stop"


def export(qtbot, d, path):
    d.file_edit.setText(str(path))
    with qtbot.waitSignal(d.exported, timeout=15000) as blocker:
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    return blocker.args


def sheet(path):
    wb = openpyxl.load_workbook(path)          # not read-only: data types are visible
    return wb.worksheets[0]


def test_list_export_writes_numbers_dates_and_inert_text(qtbot, make_dialog, tmp_path):
    d = make_dialog(InvoiceQuery(sort="number", descending=False), count=3)
    assert "Invoices in the list: 3" in d.intro.text()
    path, rows = export(qtbot, d, tmp_path / "list")          # .xlsx is added
    assert path == str(tmp_path / "list.xlsx") and rows == 3
    assert "Rows written: 3" in d.message.text()
    ws = sheet(path)
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Invoice number", "Kind", "Party"]
    row = {h: c for h, c in zip(header, ws[3])}              # INV-1 (sorted by number)
    assert row["Invoice number"].value == "INV-1"
    assert row["Party"].value == "=1+2 Trading" and row["Party"].data_type == "s"
    assert isinstance(row["Issue date"].value, datetime) and row["Issue date"].is_date
    assert row["Issue date"].value.date() == date(2026, 11, 28)
    assert row["Gross amount"].data_type == "n"
    assert Decimal(str(row["Gross amount"].value)) == Decimal("238.43")
    assert (row["Kind"].value, row["Status"].value, row["Tax ID"].value, row["Country"].value,
            row["External reference"].value, row["Payment terms"].value) == \
        ("Sales invoice", "Approved", USCC, "CN", "PO-1", "30 days")
    assert not any(c.data_type == "f" for r in ws.iter_rows() for c in r)


def test_lines_export_and_the_list_filter(qtbot, make_dialog, tmp_path):
    d = make_dialog(InvoiceQuery(kind="sale", sort="number", descending=False))
    d.lines_radio.setChecked(True)
    path, rows = export(qtbot, d, tmp_path / "lines.xlsx")
    assert rows == 3                                           # 2 + 1 lines; no purchase
    ws = sheet(path)
    header = [c.value for c in ws[1]]
    data = [{h: c for h, c in zip(header, r)} for r in ws.iter_rows(min_row=2)]
    assert {r["Invoice number"].value for r in data} == {"INV-1", None}
    first = next(r for r in data if r["Unit price"].value == 100.5)
    assert first["Description"].value == '=HYPERLINK("http://x")'
    assert first["Description"].data_type == "s"
    assert first["Quantity"].value == 2 and first["Quantity"].data_type == "n"
    assert first["Tax rate %"].value == 13
    assert any(r["Description"].value == "-5 discount" and r["Description"].data_type == "s"
               for r in data)
    assert first["Notes"].value == "@SUM(A1:A9)" and first["Notes"].data_type == "s"
    assert not any(c.data_type == "f" for r in ws.iter_rows() for c in r)


def test_headers_are_translated(qtbot, make_dialog, tmp_path):
    class Marker(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"<{source}>" if context == "Export" else None

        def isEmpty(self):  # noqa: N802
            return False

    marker = Marker()
    QCoreApplication.instance().installTranslator(marker)
    try:
        path, _ = export(qtbot, make_dialog(), tmp_path / "t.xlsx")
    finally:
        QCoreApplication.instance().removeTranslator(marker)
    assert [c.value for c in sheet(path)[1]][:3] == ["<Invoice number>", "<Kind>", "<Party>"]


def test_cancel_leaves_no_file(qtbot, make_dialog, tmp_path, monkeypatch):
    started = threading.Event()
    real = exchange.export_excel

    def held(store, path, query, with_lines, headers=None, progress=None, cancel=None,
             labels=None):
        started.set()
        cancel.wait(10)
        return real(store, path, query, with_lines, headers, progress, cancel, labels=labels)
    monkeypatch.setattr(exchange, "export_excel", held)
    d = make_dialog()
    d.file_edit.setText(str(tmp_path / "never.xlsx"))
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert d.progress.isVisible() and not d.export_button.isEnabled()
    with qtbot.assertNotEmitted(d.exported):
        qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton)     # stops, stays open
        qtbot.waitUntil(lambda: not d.busy(), timeout=10000)
    assert d.isVisible() and "no file was written" in d.message.text()
    assert list(tmp_path.glob("never.xlsx*")) == []


def test_wrong_extension_gets_the_io_message(qtbot, make_dialog, tmp_path):
    d = make_dialog()
    d.file_edit.setText(str(tmp_path / "out.csv"))
    with qtbot.waitSignal(d.message_shown, timeout=10000,
                          check_params_cb=lambda t: "ending in .xlsx" in t):
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy(), timeout=10000)
    assert d.message.property("role") == "error" and not (tmp_path / "out.csv").exists()


def test_ubl_export_of_one_invoice(qtbot, make_dialog, ctx, tmp_path):
    d = make_dialog(ctx.uuids["sale"], "INV-1", factory=ExportDialog.for_einvoice)
    assert d.objectName() == "exportDialog" and not d.what_box.isVisible()
    assert d.file_edit.text().endswith("INV-1.xml") and "INV-1" in d.intro.text()
    path, _ = export(qtbot, d, tmp_path / "inv-1")
    assert path.endswith("inv-1.xml") and "Saved the e-invoice" in d.message.text()
    doc = import_ubl(path, Party(name="another name", tax_id=OWN_USCC))   # found by tax ID
    assert doc.invoice.number == "INV-1" and doc.invoice.kind is InvoiceKind.SALE
    assert doc.party.name == "=1+2 Trading" and len(doc.invoice.lines) == 2


def test_ubl_export_refusal_is_one_translated_sentence(qtbot, make_dialog, ctx, tmp_path):
    d = make_dialog(ctx.uuids["nameless"], "", factory=ExportDialog.for_einvoice)
    d.file_edit.setText(str(tmp_path / "x.xml"))
    with qtbot.waitSignal(d.message_shown, timeout=10000,
                          check_params_cb=lambda t: "number" in t):
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy(), timeout=10000)
    assert d.message.text() == ("Give the invoice a number before exporting it as an "
                                "e-invoice.")
    assert not (tmp_path / "x.xml").exists()


def test_chinese_line_export_headers_are_recognised_by_the_import():
    """A lines export in Chinese can be imported again without matching columns by hand."""
    import json
    from pathlib import Path

    from desktop.io.column_guess import FIELDS, guess_mapping
    from desktop.io.excel_export import EXPORT_HEADERS, LINE_COLUMNS
    pending = Path(__file__).resolve().parents[2] / "i18n" / "pending" / "import_export.json"
    zh = {e["source"]: e["translation"] for e in json.loads(pending.read_text(encoding="utf-8"))
          if e["context"] == "Export"}
    headers = [zh[EXPORT_HEADERS[c]] for c in LINE_COLUMNS]
    mapping = guess_mapping(headers)
    assert mapping == {c: i for i, c in enumerate(LINE_COLUMNS) if c in FIELDS}


# --- the window's language, every column, our company ----------------------------------------

@pytest.fixture
def chinese(qapp):
    """The window in Chinese (the shipped .qm), as LanguageManager installs it."""
    t = QTranslator()
    assert t.load("invoice_desk_zh_CN", str(translations_dir()))
    qapp.installTranslator(t)
    yield t
    qapp.removeTranslator(t)


def rows_of(path):
    ws = sheet(path)
    header = [c.value for c in ws[1]]
    return header, [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]


def test_chinese_lines_export_is_in_chinese_and_imports_again(qtbot, make_dialog, ctx, store,
                                                               chinese, tmp_path):
    credit = Invoice(kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 11, 20),
                     number="CN-1", is_credit_note=True,
                     lines=[InvoiceLine("退货", Decimal(1), Decimal(50))])
    import_invoices(store, "test", [(credit, Party(name="=1+2 Trading", tax_id=USCC,
                                                   country="CN"))], total=1)
    d = make_dialog(InvoiceQuery(sort="number", descending=False))
    d.lines_radio.setChecked(True)
    path, rows = export(qtbot, d, tmp_path / "zh.xlsx")
    header, data = rows_of(path)
    assert header[:5] == ["发票号码", "购销类型", "往来单位", "税号", "国家"]
    kinds = {r["发票号码"]: r["购销类型"] for r in data}
    assert kinds == {"CN-1": "销售红字发票", "INV-1": "销售发票", "P-9": "采购发票", None: "销售发票"}
    assert {r["税号"] for r in data if r["发票号码"] in ("INV-1", "CN-1")} == {USCC}
    other = Store(tmp_path / "other.sqlite")
    try:
        outcome = exchange.import_excel(other, "bob", Path(path))
        assert outcome.rejected == [] and outcome.imported == 4
        with other.db.read() as s:
            back = {r.number: (r.kind, r.is_credit_note) for r in list_invoices(s, InvoiceQuery())}
        assert back == {"CN-1": ("sale", True), "INV-1": ("sale", False),
                        "P-9": ("purchase", False), "": ("sale", False)}
    finally:
        other.close()


def test_chinese_list_export_writes_status_words(qtbot, make_dialog, chinese, tmp_path):
    path, _ = export(qtbot, make_dialog(InvoiceQuery(sort="number", descending=False)),
                     tmp_path / "list.xlsx")
    header, data = rows_of(path)
    assert [(r["发票号码"], r["购销类型"], r["状态"]) for r in data] == [
        (None, "销售发票", "草稿"), ("INV-1", "销售发票", "已审批"), ("P-9", "采购发票", "草稿")]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_shipped_kind_words_are_the_ones_the_import_reads(qapp, language):
    from desktop.io.excel import EXPORTED_KIND_WORDS
    from desktop.io.excel_export import ExportLabels
    from tests.unit.io.test_excel_export import ZH
    t = QTranslator()
    assert t.load(f"invoice_desk_{language}", str(translations_dir()))
    words = ExportLabels.translated(lambda ctx, text: t.translate(ctx, text))
    for (kind, credit), word in words.kinds.items():
        assert EXPORTED_KIND_WORDS[word.casefold()] == (InvoiceKind(kind), credit), word
    if language == "zh_CN":      # the unit tests' Chinese words are the shipped ones
        assert ZH == {k: t.translate(*k) for k in ZH}


def test_ubl_export_without_our_tax_id_says_what_and_where(qtbot, make_dialog, ctx,
                                                           tmp_path):
    ctx.profile.company_tax_id = ""
    d = make_dialog(ctx.uuids["sale"], "INV-1", factory=ExportDialog.for_einvoice)
    d.file_edit.setText(str(tmp_path / "x.xml"))
    with qtbot.waitSignal(d.message_shown, timeout=10000,
                          check_params_cb=lambda t: "tax ID" in t):
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy(), timeout=10000)
    assert d.message.text() == (
        "The e-invoice names your company as the seller and needs its tax ID, which this "
        "profile does not have yet. Enter them in File ▸ Settings…, under “Your company”.")
    assert d.message.property("role") == "error" and not (tmp_path / "x.xml").exists()


def test_ubl_export_refusal_in_chinese(qtbot, make_dialog, ctx, chinese, tmp_path):
    ctx.profile.company_tax_id = ctx.profile.company_country = ""
    d = make_dialog(ctx.uuids["sale"], "INV-1", factory=ExportDialog.for_einvoice)
    d.file_edit.setText(str(tmp_path / "x.xml"))
    with qtbot.waitSignal(d.message_shown, timeout=10000,
                          check_params_cb=lambda t: "税号" in t):
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy(), timeout=10000)
    assert d.message.text() == ("电子发票将贵公司列为卖方，需要贵公司的税号、国家/地区，但此配置文件"
                                "尚未填写。请在“文件 ▸ 设置…”的“本公司”中填写。")
    assert not (tmp_path / "x.xml").exists()


def test_ubl_export_with_an_invalid_tax_id_of_ours(qtbot, make_dialog, ctx, tmp_path):
    ctx.profile.company_tax_id = "91110000600037341X"
    d = make_dialog(ctx.uuids["sale"], "INV-1", factory=ExportDialog.for_einvoice)
    d.file_edit.setText(str(tmp_path / "x.xml"))
    with qtbot.waitSignal(d.message_shown, timeout=10000,
                          check_params_cb=lambda t: "not valid" in t):
        qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not d.busy(), timeout=10000)
    assert "91110000600037341X" in d.message.text() and "Settings" in d.message.text()
    assert not (tmp_path / "x.xml").exists()
