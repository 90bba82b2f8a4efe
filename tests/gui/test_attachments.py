"""Attachments in the editor: add, open, remove; saved at once, with the audit trail."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices


def test_attach_open_remove(window, qtbot, tmp_path, monkeypatch):
    window.select_row(0)
    dlg = window.open_selected()
    panel = dlg.attachments
    qtbot.waitUntil(lambda: panel.invoice_uuid != "")
    assert panel.add_button.isEnabled() and panel.list.count() == 0
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    assert panel.add(str(scan))
    assert panel.list.count() == 1 and "scan.pdf" in panel.list.item(0).text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    panel.open_button.click()
    assert opened and opened[0].toLocalFile().endswith(panel.list.item(0).data(0x0101)[-64:])
    panel.remove_button.click()
    assert panel.list.count() == 0
    assert window.ctx.store.verify_audit().ok
    assert "stay on this computer" in panel.hint.text()   # the practice ERP takes none


def test_new_invoice_must_be_saved_first(window, qtbot):
    dlg = window.new_invoice()
    qtbot.wait(10)
    assert not dlg.attachments.add_button.isEnabled()
    assert "Save the invoice first" in dlg.attachments.hint.text()


def test_missing_file_is_a_clear_message(window, qtbot, tmp_path):
    window.select_row(0)
    dlg = window.open_selected()
    qtbot.waitUntil(lambda: dlg.attachments.invoice_uuid != "")
    assert not dlg.attachments.add(str(tmp_path / "gone.pdf"))
    assert dlg.attachments.list.count() == 0


def test_editor_dropped_before_its_first_event_does_not_crash(window, qtbot):
    """The window's prewarm builds an editor and deletes it at once; the attachment list it
    would have read later must not run against the deleted widgets."""
    from desktop.store.invoice_service import load_invoice
    from desktop.ui.dialogs.invoice_editor_dialog import InvoiceEditorDialog
    from desktop.ui.models.invoice_table_model import UuidRole
    inv, facts = load_invoice(window.ctx.store, window.model.index(0, 0).data(UuidRole))
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    dlg = InvoiceEditorDialog(window.ctx, inv, facts, window)
    dlg.deleteLater()
    QApplication.sendPostedEvents(dlg, QEvent.Type.DeferredDelete)  # gone before its timer
    qtbot.wait(50)  # an exception in the event loop would fail the test through pytest-qt
