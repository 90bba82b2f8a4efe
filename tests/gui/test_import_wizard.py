"""The import wizard driven like a clerk would, on real workbooks written to tmp_path."""

from __future__ import annotations

import json
import re
import threading
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel

from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party
from desktop.io.einvoice import write_ubl
from desktop.store import search
from desktop.store.profiles import ProfileRegistry
from desktop.sync import exchange
from desktop.ui import settings
from desktop.ui.context import AppContext
from desktop.ui.dialogs.import_wizard import CELL_TEMPLATES, ImportWizard
from desktop.workers.task import TaskRunner
from tests.unit.io.helpers import SHEET_NS, hand_built_xlsx, inline_row

ZH = ["发票号码", "客户", "税号", "国家", "开票日期", "到期日", "币种", "货物或应税劳务名称",
      "数量", "单位", "单价", "折扣", "税率", "备注"]
USCC = "91350100M000100Y43"
OWN = "Invoice Desk Test Co"


def zh_row(number, party="北京某某科技有限公司", issue=date(2026, 11, 28), price=100, qty=1,
           desc="服务", rate="13%"):
    return [number, party, "", "中国", issue, None, "人民币", desc, qty, "次", price, None, rate,
            None]


def write_xlsx(path, rows):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


@pytest.fixture
def ctx(data_dir, store):
    reg = ProfileRegistry(data_dir)
    prof = reg.ensure_offline_default()
    prof.company = OWN
    return AppContext(reg, prof, store)


@pytest.fixture
def make_wizard(qtbot, ctx):
    runner = TaskRunner()
    made = []

    def make():
        w = ImportWizard(ctx, runner)
        qtbot.addWidget(w)
        w.show()
        made.append(w)
        return w
    yield make
    assert runner.shutdown(10000), "a background task did not stop"


def idle(qtbot, w):
    qtbot.waitUntil(lambda: not w.busy(), timeout=15000)


def choose(qtbot, w, path):
    w.set_file(path)
    idle(qtbot, w)


def click_next(qtbot, w, expected_page):
    with qtbot.waitSignal(w.page_changed, timeout=15000) as blocker:
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [expected_page], w.message.text()


def to_preview(qtbot, w, path):
    choose(qtbot, w, path)
    click_next(qtbot, w, "importMappingPage")
    click_next(qtbot, w, "importPreviewPage")


def invoices(store):
    with store.db.read() as s:
        return search.list_invoices(s, search.InvoiceQuery(sort="number", descending=False))


def problem_rows(w):
    m = w.problems_model
    return [m.texts(i) for i in range(m.rowCount())]


def test_chinese_headers_under_a_title_are_guessed(qtbot, make_wizard, tmp_path):
    path = write_xlsx(tmp_path / "zh.xlsx", [["2026年11月销售发票清单"], ZH,
                                             zh_row("FP001", price="１２３４．５０")])
    w = make_wizard()
    choose(qtbot, w, path)
    assert w.sheet_combo.currentText() == "Sheet"
    click_next(qtbot, w, "importMappingPage")
    assert w.mapping() == {"number": 0, "party_name": 1, "party_tax_id": 2, "party_country": 3,
                           "issue_date": 4, "due_date": 5, "currency": 6, "description": 7,
                           "quantity": 8, "unit": 9, "unit_price": 10, "discount": 11,
                           "tax_rate": 12, "notes": 13}
    assert w.findChild(QComboBox, "mapCombo_unit_price").currentText() == "K: 单价"
    assert w.findChild(QLabel, "mapSample_unit_price").text() == "e.g. １２３４．５０"
    assert w.findChild(QComboBox, "mapCombo_kind").currentIndex() == 0   # not in the sheet
    assert w.kind_combo.currentData() == "sale"                          # 客户 → customers
    assert not w.missing_label.isVisible()


def test_preview_lists_each_bad_row_and_full_width_digits_pass(qtbot, make_wizard, tmp_path,
                                                               store):
    path = write_xlsx(tmp_path / "mixed.xlsx", [
        ZH,
        zh_row("FP001", qty="１２", price="１２３４．５０"),        # row 2: good (full width)
        zh_row("FP002", issue="2026-13-45"),                      # row 3: bad date
        zh_row("FP003", price=-5),                                # row 4: negative price
        zh_row("FP004", price="abc"),                             # row 5: not a number
    ])
    w = make_wizard()
    to_preview(qtbot, w, path)
    rows = problem_rows(w)
    assert [r[0] for r in rows] == ["3", "4", "5"]
    assert rows[0][1:3] == ("E (开票日期)", "Issue date")
    assert rows[0][3] == '开票日期: "2026-13-45" is not a date; write it as 2026-11-28.'
    assert rows[1][2] == "Unit price" and "cannot be negative" in rows[1][3]
    assert rows[2][3] == '单价: "abc" is not a number.'
    assert "Invoices ready to import: 1" in w.counts_label.text()
    assert "Invoices refused: 3." in w.counts_label.text()
    assert w.next_button.text() == "&Import" and w.next_button.isEnabled()
    assert invoices(store) == []           # nothing saved by the preview


def test_messages_are_translated_when_shown(qtbot, make_wizard, tmp_path):
    """io's untranslated messages (and the detail io filled in) go through the translator."""
    known = {("Import", "Issue date"), ("Import", "{field}: {detail}"),
             ("Import", '"{value}" is not a date; write it as 2026-11-28.'),
             ("Validation", "The unit price of line {n} cannot be negative (make a credit note "
                            "instead).")}

    class Marker(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"[{context}] {source}" if (context, source) in known else None

        def isEmpty(self):  # noqa: N802
            return False

    path = write_xlsx(tmp_path / "bad.xlsx", [ZH, zh_row("FP002", issue="2026-13-45"),
                                              zh_row("FP003", price=-5)])
    w = make_wizard()
    to_preview(qtbot, w, path)
    marker = Marker()
    QCoreApplication.instance().installTranslator(marker)
    try:
        rows = problem_rows(w)
        assert rows[0][2] == "[Import] Issue date"
        assert rows[0][3] == ('[Import] 开票日期: [Import] "2026-13-45" is not a date; write it '
                              'as 2026-11-28.')
        assert rows[1][3].startswith("[Validation] The unit price of line 1 cannot be negative")
    finally:
        QCoreApplication.instance().removeTranslator(marker)


def test_cell_templates_follow_io():
    """The wizard matches io's filled-in cell messages back to these templates."""
    source = (__import__("desktop.io.cells", fromlist=["x"]).__file__)
    text = re.sub(r'"\s*\n\s*"', "", open(source, encoding="utf-8").read())
    found = {m.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
             for m in re.findall(r'QT_TRANSLATE_NOOP\("Import",\s*"((?:[^"\\]|\\.)*)"', text)}
    assert found == set(CELL_TEMPLATES)


def test_changing_the_mapping_and_remembering_it_for_the_layout(qtbot, make_wizard, tmp_path,
                                                                store):
    headers = ["Invoice number", "Customer", "Issue date", "Preis", "Description"]
    first = write_xlsx(tmp_path / "first.xlsx", [headers, ["A-1", "Acme", date(2026, 11, 2), 50,
                                                           "Setup"]])
    w = make_wizard()
    choose(qtbot, w, first)
    click_next(qtbot, w, "importMappingPage")
    assert "unit_price" not in w.mapping()
    assert w.missing_label.isVisible() and "Unit price" in w.missing_label.text()
    price = w.findChild(QComboBox, "mapCombo_unit_price")
    price.setCurrentIndex(price.findData(3))
    assert not w.missing_label.isVisible()
    notes = w.findChild(QComboBox, "mapCombo_notes")     # one column feeds one field
    notes.setCurrentIndex(notes.findData(4))
    assert "description" not in w.mapping() and w.mapping()["notes"] == 4
    description = w.findChild(QComboBox, "mapCombo_description")
    description.setCurrentIndex(description.findData(4))
    assert "notes" not in w.mapping() and w.mapping()["description"] == 4
    w.currency_combo.setCurrentText("EUR")
    click_next(qtbot, w, "importPreviewPage")
    assert w.outcome.rejected == [] and len(w.outcome.good) == 1
    assert w.outcome.good[0].invoice.currency == "EUR"
    assert w.outcome.good[0].invoice.lines[0].unit_price == Decimal(50)
    w.reject()

    key = [k for k in settings.settings().allKeys() if k.startswith("import/layouts/")]
    assert len(key) == 1
    saved = json.loads(settings.get_str(key[0]))     # a JSON string, never a pickled object
    assert saved["mapping"]["unit_price"] == 3 and saved["currency"] == "EUR"

    second = write_xlsx(tmp_path / "second.xlsx", [headers, ["A-2", "Beta", date(2026, 11, 3), 7,
                                                             "Other"]])
    w2 = make_wizard()
    choose(qtbot, w2, second)
    click_next(qtbot, w2, "importMappingPage")
    assert w2.mapping_remembered and "last time" in w2.subtitle.text()
    assert w2.mapping() == w.mapping() and w2.currency_combo.currentText() == "EUR"


def test_import_saves_the_good_rows_and_flags_duplicates_next_time(qtbot, make_wizard, tmp_path,
                                                                   store):
    path = write_xlsx(tmp_path / "inv.xlsx", [
        ZH, zh_row("FP001", desc="A"), zh_row("FP001", desc="B", price=50),
        zh_row("FP002", party="上海公司"), zh_row("FP003", price=-1)])
    w = make_wizard()
    to_preview(qtbot, w, path)
    with qtbot.waitSignal(w.imported, timeout=15000) as blocker:
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    assert w.current_page() == "importDonePage"
    assert "Invoices imported as drafts: 2" in w.summary_label.text()
    assert "New customers or suppliers created: 2" in w.summary_label.text()
    assert "Invoices refused and not imported: 1" in w.summary_label.text()
    saved = invoices(store)
    assert [(s.number, s.party_name, s.status, s.gross) for s in saved] == [
        ("FP001", "北京某某科技有限公司", "draft", Decimal("169.50")),
        ("FP002", "上海公司", "draft", Decimal("113.00"))]
    qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)      # "Close"
    assert not w.isVisible()

    again = make_wizard()
    to_preview(qtbot, again, path)
    assert len(again.outcome.duplicates) == 2 and again.outcome.good == []
    assert "Duplicates of invoices already saved: 2." in again.counts_label.text()
    dup = [r for r in problem_rows(again) if r[2] == "Duplicate"]
    assert dup[0][0] == "2, 3" and "Same party and same number as FP001" in dup[0][3]
    assert not again.next_button.isEnabled()
    assert len(invoices(store)) == 2


def test_cancel_during_the_import_saves_nothing(qtbot, make_wizard, tmp_path, store,
                                                monkeypatch):
    rows = [ZH] + [zh_row(f"FP{i:04d}", party=f"客户{i % 50}", price=100 + i) for i in range(300)]
    path = write_xlsx(tmp_path / "many.xlsx", rows)
    started = threading.Event()
    real = exchange.save_imported

    def held_until_cancelled(store_, actor, outcome, progress=None, cancel=None,
                             extra_rates=()):
        started.set()
        cancel.wait(10)                 # the clerk clicks Cancel while the job runs
        return real(store_, actor, outcome, progress, cancel, extra_rates)
    monkeypatch.setattr(exchange, "save_imported", held_until_cancelled)
    w = make_wizard()
    to_preview(qtbot, w, path)
    assert len(w.outcome.good) == 300
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert w.progress.isVisible() and not w.next_button.isEnabled()
    with qtbot.assertNotEmitted(w.imported):
        qtbot.mouseClick(w.cancel_button, Qt.MouseButton.LeftButton)
        idle(qtbot, w)
    assert w.isVisible() and w.current_page() == "importPreviewPage"
    assert "nothing was saved" in w.message.text()
    assert invoices(store) == []
    with store.db.read() as s:
        assert search.count(s, search.InvoiceQuery()) == 0


def _bomb(path):
    padding = " " * (30 * 1024 * 1024)     # 30 MB of spaces compress to ~30 KB
    body = inline_row(1, ["a"]) + padding
    return hand_built_xlsx(path, f'<worksheet xmlns="{SHEET_NS}"><sheetData>{body}'
                                 f'</sheetData></worksheet>')


def _xxe(path):
    prolog = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return hand_built_xlsx(path, f'{prolog}<worksheet xmlns="{SHEET_NS}"><sheetData>'
                                 f'{inline_row(1, ["&xxe;"])}</sheetData></worksheet>')


@pytest.mark.parametrize("make_file, expected", [
    (_bomb, "like a zip bomb. It was not opened."),
    (_xxe, "contains XML entity declarations, which spreadsheets never need and attacks use."),
    (lambda p: (p.write_bytes(b"just some text, not a workbook"), p)[1],
     "is not an Excel .xlsx workbook (it is not a valid zip archive)."),
], ids=["zip-bomb", "xxe", "not-a-zip"])
def test_hostile_files_give_one_clear_message(qtbot, make_wizard, tmp_path, make_file, expected):
    path = make_file(tmp_path / "hostile.xlsx")
    w = make_wizard()
    choose(qtbot, w, path)
    assert expected in w.message.text() and w.message.property("role") == "error"
    assert w.message.text().count(".") <= 3 and "\n" not in w.message.text()
    assert w.sheet_combo.count() == 0
    with qtbot.waitSignal(w.message_shown, timeout=15000,
                          check_params_cb=lambda text: expected in text):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    idle(qtbot, w)
    assert w.current_page() == "importFilePage" and expected in w.message.text()


def test_refused_rows_report_has_translated_labels(qtbot, make_wizard, tmp_path):
    path = write_xlsx(tmp_path / "bad.xlsx", [ZH, zh_row("FP002", issue="2026-13-45"),
                                              zh_row("FP003", price=-5)])
    w = make_wizard()
    to_preview(qtbot, w, path)
    assert w.rejects_button.isEnabled()
    report = tmp_path / "refused"
    with qtbot.waitSignal(w.message_shown, timeout=15000,
                          check_params_cb=lambda t: t.startswith("Saved the refused rows")):
        w.export_rejects(report)
    wb = openpyxl.load_workbook(tmp_path / "refused.xlsx", read_only=True)
    rows = list(wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    assert rows[0] == ("Row", "Column", "Field", "Problem")
    assert rows[1][:3] == (2, "E", "开票日期")
    assert rows[1][3] == '开票日期: "2026-13-45" is not a date; write it as 2026-11-28.'
    assert rows[2][0] == 3 and "cannot be negative" in rows[2][3]


def test_ubl_e_invoice_skips_the_mapping_and_is_imported(qtbot, make_wizard, tmp_path, store):
    inv = Invoice(kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 11, 5),
                  number="UBL-7", currency="CNY",
                  lines=[InvoiceLine("Consulting", Decimal(2), Decimal("100.00"), Decimal(6))])
    path = tmp_path / "ubl-7.xml"
    write_ubl(path, inv, Party(name=OWN, country="CN"), Party(name="Client GmbH", country="DE"))
    w = make_wizard()
    choose(qtbot, w, path)
    assert not w.sheet_combo.isEnabled()
    click_next(qtbot, w, "importPreviewPage")
    assert "Invoices ready to import: 1" in w.counts_label.text()
    with qtbot.waitSignal(w.imported, timeout=15000):
        qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    assert [(s.number, s.party_name, s.gross) for s in invoices(store)] == [
        ("UBL-7", "Client GmbH", Decimal("212.00"))]


def test_ubl_of_someone_else_is_refused_with_the_reason(qtbot, make_wizard, tmp_path):
    inv = Invoice(kind=InvoiceKind.SALE, party_uuid="", issue_date=date(2026, 11, 5),
                  number="X-1", lines=[InvoiceLine("Thing", Decimal(1), Decimal(10))])
    path = tmp_path / "other.xml"
    write_ubl(path, inv, Party(name="Seller Ltd"), Party(name="Buyer Ltd"))
    w = make_wizard()
    choose(qtbot, w, path)
    qtbot.mouseClick(w.next_button, Qt.MouseButton.LeftButton)
    idle(qtbot, w)
    assert w.current_page() == "importFilePage"
    assert w.message.text() == ("This e-invoice is between Seller Ltd and Buyer Ltd; neither is "
                                f"your company ({OWN}).")


def _marked_strings(path, contexts_of_tr):
    """(context, source) of every QT_TRANSLATE_NOOP / QCoreApplication.translate / self.tr
    call with literal text in ``path`` (``contexts_of_tr``: class name → tr context)."""
    import ast
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)] + [tree]:
        ctx = contexts_of_tr.get(getattr(cls, "name", ""), "")
        for node in ast.walk(cls):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if name in ("QT_TRANSLATE_NOOP", "translate") and len(args) >= 2 \
                    and isinstance(args[0], str) and isinstance(args[1], str):
                found.add((args[0], args[1]))
            elif name == "tr" and ctx and isinstance(args[0], str):
                found.add((ctx, args[0]))
    return found


def test_pending_translations_cover_every_string():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    entries = [e for f in sorted((root / "i18n" / "pending").glob("*.json"))
               for e in json.loads(f.read_text(encoding="utf-8"))]
    have = {(e["context"], e["source"]): e["translation"] for e in entries}
    wanted = set()
    for p in sorted((root / "desktop" / "io").glob("*.py")) + [root / "desktop" / "sync"
                                                                / "exchange.py"]:
        wanted |= _marked_strings(p, {})
    classes = {"ImportWizard": "ImportWizard", "ImportProblemsModel": "ImportProblemsModel",
               "ExportDialog": "ExportDialog"}
    for name in ("import_wizard.py", "export_dialog.py"):
        wanted |= _marked_strings(root / "desktop" / "ui" / "dialogs" / name, classes)
    assert wanted - set(have) == set()
    for (ctx, src), zh in have.items():
        assert zh.strip() and set(re.findall(r"\{\w+\}", src)) == set(re.findall(r"\{\w+\}", zh))
