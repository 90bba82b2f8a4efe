"""Print and PDF export: the PDF exists and holds the invoice (Chinese included)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.store.invoice_service import load_invoice
from desktop.ui.printing.invoice_document import export_pdf


def _pdf_text(path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True)
    return out.stdout.decode("utf-8")


def _chinese_row(window) -> int:
    return next(r for r in range(window.model.rowCount())
                if not window.model.summary(r).party_name.isascii())


def test_export_pdf_holds_the_invoice(window, tmp_path):
    row = _chinese_row(window)
    window.select_row(row)
    s = window.model.summary(row)
    path = window.export_pdf(tmp_path / "invoice.pdf")
    assert path is not None and path.exists()
    assert path.read_bytes().startswith(b"%PDF")
    text = _pdf_text(path)
    inv, facts = load_invoice(window.ctx.store, s.uuid)
    if text is None:   # no poppler: check the document that was printed
        text = export_pdf(inv, tmp_path / "again.pdf", facts["party_tax_id"]).toPlainText()
    assert s.number in text
    assert s.party_name in text.replace(" ", "")      # Chinese text really is in the PDF
    assert f"{s.gross:,.2f}" in text or f"{s.gross:,}" in text


def test_pdf_in_chinese(window, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    window.languages.apply("zh_CN")
    try:
        window.select_row(_chinese_row(window))
        text = _pdf_text(window.export_pdf(tmp_path / "zh.pdf"))
    finally:
        window.languages.apply("en")
    assert "含税合计" in text.replace(" ", "")
    assert "不含税金额" in text.replace(" ", "")


def test_print_uses_the_print_dialog(window, monkeypatch):
    window.select_row(0)
    seen = []
    monkeypatch.setattr(window, "exec_dialog", lambda dlg: seen.append(dlg) or 0)
    window.print_selected()
    assert seen and seen[0].__class__.__name__ == "QPrintDialog"
