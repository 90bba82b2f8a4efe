"""The invoice editor: keyboard entry, lines and live totals, undo/redo, problems at their
fields, duplicate warnings, the unsaved-changes guard."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.store import search
from desktop.store.invoice_service import load_invoice
from desktop.ui.models.invoice_lines_model import LINE_COLUMNS, ProblemRole

from .conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def _activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _find(window, status: str):
    with window.ctx.store.db.read() as s:
        return search.list_invoices(s, search.InvoiceQuery(statuses=(status,)), 0, 1)[0]


def _shown(dlg, qtbot):
    """Wait until the dialog is the active window (keyboard shortcuts need that)."""
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    return dlg


def _open(window, qtbot, uuid):
    _activate(window, qtbot)
    return _shown(window.open_invoice(uuid), qtbot)


def _new(window, qtbot):
    _activate(window, qtbot)
    return _shown(window.new_invoice(), qtbot)


def test_create_an_invoice_by_keyboard_only(window, qtbot):
    _activate(window, qtbot)
    latin = next(window.model.summary(r).party_name for r in range(50)
                 if window.model.summary(r).party_name.isascii())
    with qtbot.waitSignal(window.editor_opened) as opened:
        press(qtbot, Qt.Key.Key_N, CTRL)                       # Ctrl+N: new invoice
    dlg = opened.args[0]
    qtbot.waitExposed(dlg)
    qtbot.waitUntil(lambda: focused() is dlg.party_picker.edit)   # starts at the party
    popup = dlg.party_picker.completer.popup()
    type_text(None, latin.split()[0])
    qtbot.waitUntil(popup.isVisible)                           # completion from the store
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.invoice().party_uuid != "")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dlg.party_picker.new_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dlg.number_edit
    type_text(None, "KB-0001")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dlg.external_ref_edit
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dlg.issue_date_edit
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)   # Alt+L: the lines
    assert focused() is dlg.lines_view
    assert dlg.lines_view.currentIndex().row() == 0
    type_text(None, "Consulting")                         # typing opens the cell editor
    press(qtbot, Qt.Key.Key_Tab)                               # → quantity
    type_text(None, "2")
    press(qtbot, Qt.Key.Key_Tab)                               # → unit
    type_text(None, "h")
    press(qtbot, Qt.Key.Key_Tab)                               # → unit price
    type_text(None, "500")
    assert dlg.gross_value.text() == "1,130.00 CNY"            # totals follow the typing
    with qtbot.waitSignal(dlg.invoice_saved) as saved:
        press(qtbot, Qt.Key.Key_S, CTRL)                       # Ctrl+S
    inv, _facts = load_invoice(window.ctx.store, saved.args[0])
    assert inv.number == "KB-0001"
    assert inv.party_name == latin
    assert [(ln.description, ln.quantity, ln.unit, ln.unit_price) for ln in inv.lines] == \
        [("Consulting", Decimal("2"), "h", Decimal("500"))]
    assert "Saved." in dlg.message_bar.text()
    press(qtbot, Qt.Key.Key_Escape)                            # leaves the cell
    press(qtbot, Qt.Key.Key_Escape)                            # nothing unsaved: closes
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert window.model.summary(window.selected_rows()[0]).number == "KB-0001"


def test_lines_edit_and_totals_follow(window, qtbot):
    draft = _find(window, "draft")
    dlg = _open(window, qtbot, draft.uuid)
    model = dlg.lines_model
    n = model.rowCount()
    model.setData(model.index(0, LINE_COLUMNS.index("quantity")), "3")
    model.setData(model.index(0, LINE_COLUMNS.index("unit_price")), "100")
    model.setData(model.index(0, LINE_COLUMNS.index("discount")), "10")
    model.setData(model.index(0, LINE_COLUMNS.index("tax_rate")), "9")
    line = dlg.invoice().lines[0]
    assert (line.quantity, line.unit_price, line.discount, line.tax_rate) == \
        (Decimal(3), Decimal(100), Decimal(10), Decimal(9))
    assert model.index(0, LINE_COLUMNS.index("net")).data() == "270.00"
    assert "9 %: 24.30" in dlg.tax_by_rate_label.text()
    from desktop.domain.totals import compute_totals
    t = compute_totals(dlg.invoice())
    assert dlg.gross_value.text() == f"{t.gross:,.2f} {dlg.invoice().currency}"
    dlg.lines_view.setFocus()
    dlg.lines_view.setCurrentIndex(model.index(0, 0))
    press(qtbot, Qt.Key.Key_D, CTRL)                                   # duplicate
    assert model.rowCount() == n + 1
    assert dlg.invoice().lines[1].unit_price == Decimal(100)
    assert dlg.lines_view.currentIndex().row() == 1
    press(qtbot, Qt.Key.Key_Up, CTRL | SHIFT)                          # move up
    assert dlg.lines_view.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Insert, CTRL)                              # add (opens editor)
    assert model.rowCount() == n + 2
    press(qtbot, Qt.Key.Key_Escape)                                    # leave the cell
    dlg.lines_view.setCurrentIndex(model.index(n + 1, 0))
    press(qtbot, Qt.Key.Key_Delete, CTRL)                              # remove it again
    assert model.rowCount() == n + 1
    assert t.gross != compute_totals(dlg.invoice()).gross               # the duplicate counts
    dlg.undo_stack.setClean()
    dlg.reject()


def test_invalid_number_text_is_refused_without_changing_the_line(window, qtbot):
    dlg = _open(window, qtbot, _find(window, "draft").uuid)
    before = dlg.invoice().lines[0].quantity
    assert not dlg.lines_model.setData(dlg.lines_model.index(0, 1), "abc")
    assert dlg.invoice().lines[0].quantity == before
    assert dlg.undo_stack.count() == 0
    dlg.reject()


def test_undo_and_redo_with_the_keyboard(window, qtbot):
    _activate(window, qtbot)
    dlg = _open(window, qtbot, _find(window, "draft").uuid)
    original = dlg.invoice()
    dlg.number_edit.setFocus()
    dlg.number_edit.selectAll()
    qtbot.keyClicks(dlg.number_edit, "NEW-9")
    assert dlg.invoice().number == "NEW-9"
    assert dlg.undo_stack.count() == 1                   # typing one field merges into one step
    assert dlg.isWindowModified()
    dlg.lines_model.setData(dlg.lines_model.index(0, 1), "7")
    assert dlg.invoice().lines[0].quantity == Decimal(7)
    qtbot.keyClick(dlg.number_edit, Qt.Key.Key_Z, CTRL)          # undo the quantity
    assert dlg.invoice().lines[0].quantity == original.lines[0].quantity
    assert dlg.invoice().number == "NEW-9"
    qtbot.keyClick(dlg.number_edit, Qt.Key.Key_Z, CTRL)          # undo the number
    assert dlg.number_edit.text() == original.number
    assert not dlg.isWindowModified()
    qtbot.keyClick(dlg.number_edit, Qt.Key.Key_Z, CTRL | SHIFT)  # redo
    assert dlg.number_edit.text() == "NEW-9"
    qtbot.keyClick(dlg.number_edit, Qt.Key.Key_Z, CTRL | SHIFT)
    assert dlg.invoice().lines[0].quantity == Decimal(7)
    assert dlg.gross_value.text() != ""
    dlg.undo_stack.setClean()
    dlg.reject()


def test_save_with_errors_shows_them_at_the_fields_and_in_the_panel(window, qtbot):
    dlg = _new(window, qtbot)
    dlg.lines_model.setData(dlg.lines_model.index(0, 1), "0")          # quantity 0
    dlg.due_check.setChecked(True)
    dlg.due_date_edit.setDate(dlg.issue_date_edit.date().addDays(-3))   # due before issue
    assert dlg.save() is False
    fields = {p.field for p in dlg.problems()}
    assert {"party", "due_date", "lines[0].description", "lines[0].quantity"} <= fields
    party = dlg.party_picker.edit
    assert party.property("invalid") is True
    assert party.toolTip() == "Choose a customer or supplier."
    assert dlg.due_date_edit.property("invalid") is True
    desc = dlg.lines_model.index(0, LINE_COLUMNS.index("description"))
    assert desc.data(ProblemRole) == "Describe what line 1 is for."
    assert desc.data(Qt.ItemDataRole.ToolTipRole) == "Describe what line 1 is for."
    assert dlg.problems_box.isVisibleTo(dlg)
    assert dlg.problems_list.count() == len(dlg.problems())
    assert dlg.message_bar.property("role") == "error"
    with window.ctx.store.db.read() as s:
        assert search.count(s, search.InvoiceQuery(text="Describe")) == 0
    # fixing a field clears its mark at once (live validation after a failed save)
    dlg.lines_model.setData(desc, "Freight")
    assert desc.data(ProblemRole) == ""
    assert "lines[0].description" not in {p.field for p in dlg.problems()}
    # a problem in the panel takes the keyboard to its field
    item = next(dlg.problems_list.item(i) for i in range(dlg.problems_list.count())
                if dlg.problems_list.item(i).data(Qt.ItemDataRole.UserRole) == "party")
    dlg.problems_list.itemActivated.emit(item)
    assert focused() is party
    dlg.undo_stack.setClean()
    dlg.reject()


def test_duplicate_warning_is_shown_but_does_not_block(window, qtbot):
    existing = _find(window, "draft")
    inv, _ = load_invoice(window.ctx.store, existing.uuid)
    dlg = _new(window, qtbot)
    from desktop.domain.records import Party
    dlg.party_picker.set_party(Party(name=inv.party_name, uuid=inv.party_uuid), notify=True)
    dlg.number_edit.setText(inv.number)
    dlg._set_field("number", inv.number)
    if inv.kind.value == "purchase":
        dlg.kind_combo.setCurrentIndex(1)
    dlg.lines_model.setData(dlg.lines_model.index(0, 0), "Something")
    dlg.lines_model.setData(dlg.lines_model.index(0, 3), "10")
    with qtbot.waitSignal(dlg.invoice_saved):
        assert dlg.save()
    assert dlg.last_warnings
    assert dlg.message_bar.property("role") == "warning"
    assert inv.number in dlg.message_bar.text()
    assert dlg.isVisible()
    dlg.reject()


@pytest.mark.parametrize("answer,closed", [(QMessageBox.StandardButton.Cancel, False),
                                           (QMessageBox.StandardButton.Discard, True)])
def test_unsaved_changes_guard(window, qtbot, monkeypatch, answer, closed):
    dlg = _open(window, qtbot, _find(window, "draft").uuid)
    asked = []
    monkeypatch.setattr(dlg, "ask_unsaved", lambda: asked.append(1) or answer)
    dlg.number_edit.setFocus()
    qtbot.keyClicks(dlg.number_edit, "X")
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == [1]
    assert dlg.isVisible() is not closed
    if not closed:
        dlg.undo_stack.setClean()
        dlg.reject()


def test_posted_invoice_opens_read_only_except_notes(window, qtbot):
    dlg = _open(window, qtbot, _find(window, "posted").uuid)
    assert dlg.number_edit.isReadOnly()
    assert not dlg.lines_model.flags(dlg.lines_model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not dlg.notes_edit.isReadOnly()
    assert "posted invoice cannot be changed" in dlg.message_bar.text()
    assert not dlg.add_line_action.isEnabled()
    dlg.reject()
