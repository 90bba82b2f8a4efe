"""The conflict dialog and banner, on conflicts made for real: the same invoice edited here and in
the practice ERP, synced; decided in the dialog by keys, clicks and typed values; synced again,
and the ERP holds exactly what was chosen."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QTranslator, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton

from desktop.domain.errors import PermissionDenied
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.erp.rest import RestConnector
from desktop.paths import resource_dir, translations_dir
from desktop.sandbox.practice_erp import PracticeErp
from desktop.store.invoice_service import load_invoice
from desktop.store.profiles import ProfileRegistry
from desktop.sync import conflicts
from desktop.sync.engine import SyncEngine
from desktop.sync.policy import RetryPolicy
from desktop.ui.context import AppContext
from desktop.ui.dialogs import conflict_dialog
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.models.conflict_fields_model import COL_MINE, COL_RESULT, COL_THEIRS
from desktop.ui.widgets.conflict_banner import ConflictBanner
from tests.integration.test_sync_practice import approved_invoice

ROOT = Path(__file__).resolve().parents[2]
PENDING = (ROOT / "i18n" / "pending" / "conflicts.json",
           ROOT / "i18n" / "pending" / "conflicts_dismiss.json")   # dismissing a deleted one
SHOTS = os.environ.get("INVOICE_DESK_SCREENSHOTS", "")   # a folder: keep the pictures there


# --------------------------------------------------------------------------- fixtures ---
@pytest.fixture
def erp(tmp_path):
    with PracticeErp(tmp_path / "erp.sqlite3") as server:
        yield server


@pytest.fixture
def engine(store, erp):
    conn = RestConnector(erp.base_url, "admin", "practice")
    yield SyncEngine(store, conn, actor="alice", policy=RetryPolicy(base_s=0.0, cap_s=0.0))
    conn.close()


@pytest.fixture
def ctx(store, data_dir):
    registry = ProfileRegistry(data_dir)
    profile = registry.ensure_offline_default()   # administrator
    profile.actor = "alice"
    return AppContext(registry, profile, store)   # the store fixture closes the store


@pytest.fixture
def styled(qapp):
    """The application's one style sheet, as app.py loads it (for pictures)."""
    before = qapp.styleSheet()
    qapp.setStyleSheet((resource_dir() / "style.qss").read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet(before)


def save_shot(widget, name: str) -> None:
    if SHOTS:
        for _ in range(3):   # let pending layout requests run before the picture
            QApplication.processEvents()
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def open_dialog(qtbot, ctx):
    def make() -> ConflictDialog:
        dlg = ConflictDialog(ctx)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        return dlg
    return make


def _mine_default(inv):
    inv.notes, inv.payment_terms, inv.due_date = "my note", "30 days", date(2026, 12, 20)


def make_conflicts(store, service, engine, erp, specs):
    """specs: (number, theirs changes, mine edit); returns [(uuid, erp id)] once each invoice
    waits in conflict after a real sync."""
    made = [(approved_invoice(service, number=number), theirs, mine)
            for number, theirs, mine in specs]
    assert engine.run_once().pushed == len(made)
    out = []
    for uuid, theirs, mine in made:
        erp_id = load_invoice(store, uuid)[1]["erp_id"]
        erp.colleague_edit(erp_id, theirs(erp.get_invoice(erp_id)) if callable(theirs)
                           else theirs)
        inv, _ = load_invoice(store, uuid)
        mine(inv)
        service.update_invoice(inv)
        out.append((uuid, erp_id))
    assert engine.run_once().conflicts == len(made)
    return out


DEFAULT = ("INV-1", {"notes": "theirs note", "payment_terms": "60 days"}, _mine_default)


def click(qtbot, view, index):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def type_result(qtbot, dlg, row, text):
    """F2 on the result cell of ``row``, type ``text``, Enter (which must not apply)."""
    dlg.table.setCurrentIndex(dlg.fields_model.index(row, COL_RESULT))
    qtbot.keyClick(dlg.table, Qt.Key.Key_F2)
    [editor] = _editors(dlg)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _editors(dlg))
    assert dlg.isVisible()


def _editors(dlg):
    return [e for e in dlg.table.viewport().findChildren(QLineEdit) if e.isVisible()]


def result_total(dlg, key="gross"):
    return dlg.totals_values[("result", key)].text()


# ------------------------------------------------------------------------------ tests ---
def test_decide_field_by_field_with_keys_and_clicks(qtbot, store, service, engine, erp,
                                                    open_dialog):
    [(uuid, erp_id)] = make_conflicts(store, service, engine, erp, [DEFAULT])
    dlg = open_dialog()
    m = dlg.fields_model
    assert dlg.waiting_label.text() == "1 waiting"
    assert "Payment terms, Notes" in dlg.list_model.index(0).data()
    assert m.conflict_fields() == ["payment_terms", "notes"]
    merged = [i for i, r in enumerate(m.rows) if r.kind == "merged"]
    assert [m.rows[i].field for i in merged] == ["due_date"]
    assert m.index(merged[0], 0).data() == "Due date — changed here"
    assert not m.flags(m.index(merged[0], COL_MINE)) & Qt.ItemFlag.ItemIsEnabled  # greyed
    assert not dlg.apply_button.isEnabled()
    # plural-agnostic: the English .qm (once installed) says "differences", the source "(s)"
    assert "Choose mine or theirs for 2 difference" in dlg.problems_list.item(0).text()
    assert dlg.current_row() == 0
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)               # payment terms: mine, then next row
    assert dlg.current_row() == 1 and m.index(0, COL_RESULT).data() == "30 days"
    assert not dlg.apply_button.isEnabled()
    click(qtbot, dlg.table, m.index(1, COL_THEIRS))        # notes: theirs, by the mouse
    assert m.index(1, COL_RESULT).data() == "theirs note"
    assert result_total(dlg) == "1,130.00 CNY"
    assert dlg.apply_button.isEnabled()
    with qtbot.waitSignal(dlg.conflicts_resolved) as resolved:
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)       # Enter applies
    assert resolved.args == [[uuid]]
    assert dlg.result() == QDialog.DialogCode.Accepted     # nothing else waits: closed
    assert load_invoice(store, uuid)[1]["sync_state"] == "pending"
    report = engine.run_once()
    assert report.pushed == 1 and report.conflicts == 0, report
    remote = erp.get_invoice(erp_id)
    assert (remote["notes"], remote["payment_terms"], remote["due_date"]) == (
        "theirs note", "30 days", "2026-12-20")
    assert load_invoice(store, uuid)[1]["sync_state"] == "synced"
    assert store.verify_audit().ok


@pytest.mark.parametrize("button,notes,terms", [("keep_mine_button", "my note", "30 days"),
                                                ("take_theirs_button", "theirs note",
                                                 "60 days")])
def test_keep_all_mine_or_take_all_theirs(qtbot, store, service, engine, erp, open_dialog,
                                          button, notes, terms):
    [(uuid, erp_id)] = make_conflicts(store, service, engine, erp, [DEFAULT])
    dlg = open_dialog()
    qtbot.mouseClick(getattr(dlg, button), Qt.MouseButton.LeftButton)
    assert [dlg.fields_model.index(r, COL_RESULT).data() for r in (0, 1)] == [terms, notes]
    with qtbot.waitSignal(dlg.conflicts_resolved):
        qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    engine.run_once()
    remote = erp.get_invoice(erp_id)
    assert (remote["notes"], remote["payment_terms"]) == (notes, terms)
    assert conflicts.list_conflicts(store) == []


def test_typed_values_are_checked_and_reach_the_erp(qtbot, store, service, engine, erp,
                                                    open_dialog):
    spec = ("INV-1", {"notes": "theirs note", "due_date": "2026-12-31"}, _mine_default)
    [(uuid, erp_id)] = make_conflicts(store, service, engine, erp, [spec])
    dlg = open_dialog()
    m = dlg.fields_model
    assert m.conflict_fields() == ["due_date", "notes"]
    with qtbot.assertNotEmitted(dlg.conflicts_resolved):
        type_result(qtbot, dlg, 0, "2026-13-01")           # no such date
        assert m.index(0, COL_RESULT).data() == "2026-13-01"
        assert "Type a date such as 2026-11-28." in m.index(0, COL_RESULT).data(
            Qt.ItemDataRole.ToolTipRole)
        assert any("Due date: Type a date" in dlg.problems_list.item(i).text()
                   for i in range(dlg.problems_list.count()))
        type_result(qtbot, dlg, 0, "2027-01-15")
        type_result(qtbot, dlg, 1, "agreed by phone")      # Enter confirms, does not apply
        assert not dlg.fields_model.typed_problems()
        assert dlg.apply_button.isEnabled()
    assert m.index(1, COL_RESULT).data() == "agreed by phone"
    with qtbot.waitSignal(dlg.conflicts_resolved):
        qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    engine.run_once()
    remote = erp.get_invoice(erp_id)
    assert (remote["due_date"], remote["notes"], remote["payment_terms"]) == (
        "2027-01-15", "agreed by phone", "30 days")   # terms changed only here: merged


def test_lines_chosen_per_detail_with_typed_price_and_live_totals(qtbot, store, service, engine,
                                                                  erp, open_dialog):
    def theirs(remote):
        line = dict(remote["lines"][0], unit_price="550")
        return {"lines": [line, {"description": "培训", "quantity": "1", "unit_price": "200",
                                 "tax_rate": "6"}]}

    def mine(inv):
        inv.lines[0].quantity, inv.lines[0].unit_price = Decimal(3), Decimal(600)

    [(uuid, erp_id)] = make_conflicts(store, service, engine, erp, [("INV-1", theirs, mine)])
    dlg = open_dialog()
    m = dlg.fields_model
    kinds = [(r.kind, r.sub) for r in m.rows]
    assert kinds == [("conflict", ""), ("detail", "quantity"), ("detail", "unit_price"),
                     ("section", ""), ("merged", "")]
    assert m.index(0, COL_MINE).data() == "咨询服务: 3 × 600.00, 13 %"
    assert m.index(0, COL_THEIRS).data() == "咨询服务: 2 × 550.00, 13 %"
    assert m.index(4, 0).data() == "Line 2 — added in the ERP"
    assert m.index(4, COL_MINE).data() == "(not there)"
    assert dlg.totals_values[("mine", "gross")].text() == "2,034.00 CNY"
    assert dlg.totals_values[("theirs", "gross")].text() == "1,455.00 CNY"
    assert result_total(dlg) == "—"                         # undecided: no result yet
    qtbot.keyClick(dlg.table, Qt.Key.Key_Down)              # → quantity
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)                 # quantity: mine (3)
    assert dlg.current_row() == 2
    type_result(qtbot, dlg, 2, "5,75")                      # ambiguous: refused
    assert m.typed_problems() and not dlg.apply_button.isEnabled()
    type_result(qtbot, dlg, 2, "575.50")
    assert m.index(0, COL_RESULT).data() == "咨询服务: 3 × 575.50, 13 %"
    # 3 × 575.50 + 200 = 1,926.50 net; 224.45 + 12.00 tax
    assert (result_total(dlg, "net"), result_total(dlg, "tax"), result_total(dlg)) == (
        "1,926.50 CNY", "236.45 CNY", "2,162.95 CNY")
    assert dlg.apply_button.isEnabled()
    with qtbot.waitSignal(dlg.conflicts_resolved):
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
    engine.run_once()
    remote = erp.get_invoice(erp_id)
    got = [(ln["description"], Decimal(ln["quantity"]), Decimal(ln["unit_price"]))
           for ln in remote["lines"]]
    assert got == [("咨询服务", 3, Decimal("575.5")), ("培训", 1, 200)]
    assert remote["totals"]["gross"] == "2162.95"


def test_decide_later_changes_nothing(qtbot, store, service, engine, erp, open_dialog):
    [(uuid, erp_id)] = make_conflicts(store, service, engine, erp, [DEFAULT])
    dlg = open_dialog()
    with qtbot.assertNotEmitted(dlg.conflicts_resolved):
        qtbot.keyClick(dlg.table, Qt.Key.Key_M)
        qtbot.keyClick(dlg.table, Qt.Key.Key_M)
        assert dlg.apply_button.isEnabled()
        qtbot.keyClick(dlg.table, Qt.Key.Key_Escape)        # Esc = decide later
    assert dlg.result() == QDialog.DialogCode.Rejected and not dlg.isVisible()
    inv, facts = load_invoice(store, uuid)
    assert (inv.notes, facts["sync_state"]) == ("my note", "conflict")
    assert [c.uuid for c in conflicts.list_conflicts(store)] == [uuid]
    engine.run_once()
    assert erp.get_invoice(erp_id)["notes"] == "theirs note"


def test_same_choice_for_similar_conflicts(qtbot, store, service, engine, erp, open_dialog):
    def notes_only(i):
        def mine(inv):
            inv.notes = f"my note {i}"
        return (f"INV-{i}", {"notes": f"theirs note {i}"}, mine)

    other = ("INV-9", {"payment_terms": "90 days"},
             lambda inv: setattr(inv, "payment_terms", "10 days"))
    made = make_conflicts(store, service, engine, erp,
                          [notes_only(1), notes_only(2), notes_only(3), other])
    dlg = open_dialog()
    waiting = []
    dlg.waiting_changed.connect(waiting.append)
    assert dlg.waiting_label.text() == "4 waiting"
    assert dlg.same_check.isVisible() and dlg.same_check.isEnabled()
    assert "&same choice to the other 2 conflict" in dlg.same_check.text()
    qtbot.mouseClick(dlg.take_theirs_button, Qt.MouseButton.LeftButton)
    dlg.same_check.setChecked(True)
    with qtbot.waitSignal(dlg.conflicts_resolved) as resolved:
        qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    assert sorted(resolved.args[0]) == sorted(u for u, _ in made[:3])
    assert dlg.isVisible() and dlg.waiting_label.text() == "1 waiting" and waiting == [1]
    assert dlg.notice_text().startswith("3 invoice") and "decided" in dlg.notice_text()
    assert dlg.fields_model.conflict_fields() == ["payment_terms"]   # INV-9 shown next
    assert not dlg.same_check.isVisible()
    engine.run_once()
    assert [erp.get_invoice(e)["notes"] for _, e in made[:3]] == [
        "theirs note 1", "theirs note 2", "theirs note 3"]
    assert [c.uuid for c in conflicts.list_conflicts(store)] == [made[3][0]]


def test_posted_in_the_erp_only_theirs(qtbot, store, service, engine, erp, open_dialog, styled):
    uuid = approved_invoice(service)
    engine.run_once()
    erp_id = load_invoice(store, uuid)[1]["erp_id"]
    erp.post_invoice(erp_id)
    inv, _ = load_invoice(store, uuid)
    inv.lines[0].unit_price = Decimal(600)
    service.update_invoice(inv)
    engine.run_once()
    dlg = open_dialog()
    m = dlg.fields_model
    assert dlg.lock_notice.isVisible() and "credit note" in dlg.lock_notice.text()
    assert "Posted" in dlg.lock_notice.text()
    assert not dlg.keep_mine_button.isEnabled() and dlg.take_theirs_button.isEnabled()
    assert not dlg.use_mine_button.isEnabled()
    line_row = m.row_of(m.conflict_fields()[0])
    assert m.choice_of(line_row) == "theirs"              # the only possible side
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)               # refused, and said why
    click(qtbot, dlg.table, m.index(line_row, COL_MINE))
    assert m.choice_of(line_row) == "theirs"
    assert "final" in dlg.notice_text()
    save_shot(dlg, "conflict_dialog_posted_in_erp")
    assert not m.flags(m.index(line_row + 1, COL_RESULT)) & Qt.ItemFlag.ItemIsEditable
    assert dlg.apply_button.isEnabled()
    with qtbot.waitSignal(dlg.conflicts_resolved):
        qtbot.mouseClick(dlg.apply_button, Qt.MouseButton.LeftButton)
    engine.run_once()
    inv, facts = load_invoice(store, uuid)
    assert (inv.status.value, inv.lines[0].unit_price, facts["sync_state"]) == (
        "posted", Decimal(500), "synced")
    remote = erp.get_invoice(erp_id)
    assert remote["state"] == "posted" and Decimal(remote["lines"][0]["unit_price"]) == 500


def test_changed_again_in_the_erp_while_open(qtbot, store, service, engine, erp, open_dialog,
                                             styled):
    [(uuid, erp_id)] = make_conflicts(store, service, engine, erp, [DEFAULT])
    dlg = open_dialog()
    m = dlg.fields_model
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)                # terms: mine
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)                # notes: mine
    # a colleague edits the notes again; sync finds it and the window calls reload()
    erp.colleague_edit(erp_id, {"notes": "changed again"})
    assert engine.run_once().conflicts == 1
    dlg.reload()
    assert "changed again in the ERP" in dlg.notice_text() and dlg.message_bar.isVisible()
    dlg.retranslate_ui()
    assert "changed again in the ERP" in dlg.notice_text()
    save_shot(dlg, "conflict_dialog_changed_again")
    notes = m.row_of("notes")
    assert m.index(notes, COL_THEIRS).data() == "changed again"
    assert m.choice_of(notes) == "" and m.choice_of(m.row_of("payment_terms")) == "mine"
    assert not dlg.apply_button.isEnabled()
    qtbot.keyClick(dlg.table, Qt.Key.Key_T)                # notes: theirs ("changed again")
    # and again, this time unnoticed until Apply: nothing is applied on the old version
    erp.colleague_edit(erp_id, {"notes": "third time"})
    engine.run_once()
    with qtbot.assertNotEmitted(dlg.conflicts_resolved):
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
    assert "changed again in the ERP" in dlg.notice_text()
    assert m.index(notes, COL_THEIRS).data() == "third time" and m.choice_of(notes) == ""
    click(qtbot, dlg.table, m.index(notes, COL_THEIRS))
    with qtbot.waitSignal(dlg.conflicts_resolved):
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
    engine.run_once()
    remote = erp.get_invoice(erp_id)
    assert (remote["notes"], remote["payment_terms"]) == ("third time", "30 days")


def deleted_in_erp(store, service, engine, erp, specs, edit_after=True):
    """``make_conflicts``, then the ERP deletes the first invoice and sync finds it; with
    ``edit_after`` the clerk changes it once more, so a change waits in the outbox too."""
    made = make_conflicts(store, service, engine, erp, specs)
    uuid, erp_id = made[0]
    erp.delete_invoice(erp_id)
    assert engine.run_once().deleted == 1
    if edit_after:
        inv, _ = load_invoice(store, uuid)
        inv.notes = "my note, edited again"
        service.update_invoice(inv)
        assert _outbox_ops(store, uuid)
    return made


def _outbox_ops(store, uuid):
    from desktop.store import outbox
    with store.db.read() as s:
        return [e.op for e in outbox.for_entity(s, uuid)]


def _audit_events(store, uuid):
    from sqlalchemy import select
    from desktop.store.models import AuditEventRow
    with store.db.read() as s:
        return [(e.action, e.actor, json.loads(e.before or "null"), json.loads(e.after or "null"))
                for e in s.execute(select(AuditEventRow).where(AuditEventRow.entity_uuid == uuid)
                                   .order_by(AuditEventRow.id)).scalars()]


def _conflict_rows(store, uuid):
    from sqlalchemy import select
    from desktop.store.models import ConflictRow, InvoiceRow
    with store.db.read() as s:
        return [(r.field, r.resolved_at is not None, json.loads(r.resolution or "null"))
                for r in s.execute(select(ConflictRow).join(InvoiceRow)
                                   .where(InvoiceRow.uuid == uuid)).scalars()]


def _confirmation(dlg):
    from PySide6.QtWidgets import QMessageBox
    boxes = [b for b in dlg.findChildren(QMessageBox, "conflictDismissConfirm") if b.isVisible()]
    return boxes[0] if len(boxes) == 1 else None


# the notes differ; the terms changed only in the ERP, the due date only here
DELETED_SPEC = ("INV-1", {"notes": "theirs note", "payment_terms": "60 days"},
                lambda inv: (setattr(inv, "notes", "my note"),
                             setattr(inv, "due_date", date(2026, 12, 20))))


def test_deleted_in_the_erp_shows_what_is_kept_and_no_side_to_pick(
        qtbot, store, service, engine, erp, open_dialog, styled):
    [(uuid, _)] = deleted_in_erp(store, service, engine, erp, [DELETED_SPEC])
    dlg = open_dialog()
    m = dlg.fields_model
    assert "deleted in the ERP" in dlg.list_model.index(0).data()
    notice = dlg.lock_notice.text()
    assert dlg.lock_notice.isVisible()
    assert "The ERP no longer has this invoice" in notice and "kept as it is" in notice
    assert "deleted in the ERP; nothing to choose" in dlg.title_label.text()
    # no ERP side, no result: only what the local copy keeps, without choosing marks
    assert dlg.table.isColumnHidden(COL_THEIRS) and dlg.table.isColumnHidden(COL_RESULT)
    assert not dlg.table.isColumnHidden(COL_MINE)
    assert m.headerData(COL_MINE, Qt.Orientation.Horizontal) == "Kept here"
    assert m.conflict_fields() == ["notes"]
    assert m.index(m.row_of("notes"), COL_MINE).data() == "my note, edited again"
    assert all(m.index(r, c).data(Qt.ItemDataRole.DecorationRole) is None
               for r in range(m.rowCount()) for c in (COL_MINE, COL_THEIRS))
    merged = [(m.rows[i].field, m.index(i, 0).data()) for i in range(m.rowCount())
              if m.rows[i].kind == "merged"]
    assert merged == [("due_date", "Due date — changed here")]   # the ERP's terms went with it
    qtbot.keyClick(dlg.table, Qt.Key.Key_T)
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)
    assert m.choice_of(m.row_of("notes")) == "" and not m.choosable(m.row_of("notes"))
    hidden = (dlg.use_mine_button, dlg.use_theirs_button, dlg.type_button, dlg.keys_hint,
              dlg.keep_mine_button, dlg.take_theirs_button, dlg.apply_button,
              dlg.problems_box, dlg.totals_values[("theirs", "gross")],
              dlg.totals_values[("result", "gross")], dlg.totals_heads[1])
    assert not any(w.isVisible() for w in hidden)
    assert dlg.totals_heads[0].text() == "Kept here"
    assert dlg.totals_values[("mine", "gross")].text() == "1,130.00 CNY"
    assert dlg.dismiss_button.isVisible() and dlg.dismiss_button.isEnabled()
    assert dlg.dismiss_button.text() == "Keep the local copy and &stop syncing it…"
    _assert_laid_out(qtbot, dlg)
    save_shot(dlg, "conflict_dialog_deleted_in_erp")
    assert [c.uuid for c in conflicts.list_conflicts(store)] == [uuid]   # only looking


def test_keep_the_local_copy_of_a_deleted_invoice_by_clicking(
        qtbot, store, service, engine, erp, open_dialog):
    other = ("INV-2", {"notes": "ERP says"}, lambda inv: setattr(inv, "notes", "we say"))
    (uuid, _), (other_uuid, _) = deleted_in_erp(store, service, engine, erp,
                                                [DEFAULT, other])
    dlg = open_dialog()
    banner = ConflictBanner()
    qtbot.addWidget(banner)
    banner.set_count(2)
    dlg.waiting_changed.connect(banner.set_count)      # as the window wires it
    assert "INV-1" in dlg.title_label.text() and dlg.dismiss_button.isVisible()
    # asked first: cancelling changes nothing
    qtbot.mouseClick(dlg.dismiss_button, Qt.MouseButton.LeftButton)
    box = _confirmation(dlg)
    assert box is not None and box.isModal()
    assert box.text() == "Keep INV-1 on this computer and stop syncing it?"
    assert "no longer sends this invoice" in box.informativeText()
    assert "audit trail" in box.informativeText()
    with qtbot.assertNotEmitted(dlg.conflicts_resolved):
        qtbot.mouseClick(box.findChild(QPushButton, "conflictDismissCancelButton"),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _confirmation(dlg) is None)
    assert len(conflicts.list_conflicts(store)) == 2 and _outbox_ops(store, uuid)
    # asked again, and this time kept
    qtbot.mouseClick(dlg.dismiss_button, Qt.MouseButton.LeftButton)
    box = _confirmation(dlg)
    with qtbot.waitSignal(dlg.conflicts_resolved) as done:
        qtbot.mouseClick(box.findChild(QPushButton, "conflictDismissConfirmButton"),
                         Qt.MouseButton.LeftButton)
    assert done.args == [[uuid]]
    # the list moves on to the next conflict, an ordinary one, and the banner counts one
    assert dlg.isVisible() and dlg.waiting_label.text() == "1 waiting"
    assert banner.count() == 1
    assert "INV-2" in dlg.title_label.text() and not dlg.dismiss_button.isVisible()
    assert dlg.apply_button.isVisible() and not dlg.table.isColumnHidden(COL_THEIRS)
    assert dlg.notice_text() == "INV-1 is kept on this computer and is no longer synced."
    # the store: conflict closed, state kept, nothing queued, the decision audited
    assert [c.uuid for c in conflicts.list_conflicts(store)] == [other_uuid]
    rows = _conflict_rows(store, uuid)
    assert rows and all(done and why == "kept for the record" for _f, done, why in rows)
    inv, facts = load_invoice(store, uuid)
    assert facts["sync_state"] == "deleted_in_erp" and inv.notes == "my note, edited again"
    assert _outbox_ops(store, uuid) == []
    action, actor, before, after = _audit_events(store, uuid)[-1]
    assert (action, actor) == ("dismiss", "alice")
    assert before["conflict"] == ["notes", "payment_terms"]
    assert after["sync_state"] == "deleted_in_erp"
    assert store.verify_audit().ok
    report = engine.run_once()
    assert (report.pushed, report.errors) == (0, [])   # sync leaves it alone


def test_keep_the_last_conflict_by_keyboard_closes_the_dialog(
        qtbot, store, service, engine, erp, open_dialog):
    [(uuid, _)] = deleted_in_erp(store, service, engine, erp, [DEFAULT], edit_after=False)
    dlg = open_dialog()
    banner = ConflictBanner()
    qtbot.addWidget(banner)
    banner.set_count(1)
    dlg.waiting_changed.connect(banner.set_count)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)   # Alt+S
    qtbot.waitUntil(lambda: _confirmation(dlg) is not None)   # a mnemonic clicks animated
    box = _confirmation(dlg)
    with qtbot.waitSignal(dlg.conflicts_resolved):
        qtbot.keyClick(box, Qt.Key.Key_Return)                           # Enter: keep it
    assert dlg.result() == QDialog.DialogCode.Accepted                    # nothing else waits
    assert banner.isHidden() and banner.count() == 0
    assert conflicts.list_conflicts(store) == []
    assert load_invoice(store, uuid)[1]["sync_state"] == "deleted_in_erp"


def test_role_without_the_permission_cannot_keep_a_deleted_invoice(
        qtbot, store, service, engine, erp, open_dialog, monkeypatch):
    [(uuid, _)] = deleted_in_erp(store, service, engine, erp, [DEFAULT])
    monkeypatch.setattr(conflict_dialog, "has_permission", lambda role, perm: False)
    dlg = open_dialog()
    notice = dlg.lock_notice.text()
    assert "The ERP no longer has this invoice" in notice
    assert "may not do this (resolve conflicts)" in notice
    assert dlg.dismiss_button.isVisible() and not dlg.dismiss_button.isEnabled()
    with qtbot.assertNotEmitted(dlg.conflicts_resolved):
        qtbot.mouseClick(dlg.dismiss_button, Qt.MouseButton.LeftButton)
        assert _confirmation(dlg) is None and dlg.ask_dismiss() is None
        assert dlg.dismiss(uuid) is False
    assert [c.uuid for c in conflicts.list_conflicts(store)] == [uuid]
    assert _outbox_ops(store, uuid) and _audit_events(store, uuid)[-1][0] != "dismiss"


def test_a_refused_decision_is_said_and_nothing_closes(qtbot, store, service, engine, erp,
                                                       open_dialog, monkeypatch, languages):
    [(uuid, _)] = make_conflicts(store, service, engine, erp, [DEFAULT])
    dlg = open_dialog()

    def refuse(*_a, **_k):
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Workflow", "The ERP has already posted this invoice; only its version can be "
                        "kept (raise a credit note to correct it)."))
    monkeypatch.setattr(dlg.session, "decide", refuse)
    qtbot.mouseClick(dlg.keep_mine_button, Qt.MouseButton.LeftButton)
    with qtbot.assertNotEmitted(dlg.conflicts_resolved):
        assert dlg.apply() is False
    assert dlg.isVisible() and dlg.notice_text().startswith("Not applied: The ERP has already")
    languages.apply("zh_CN")                      # the message is translated again, live
    languages.apply("en")
    qtbot.waitUntil(lambda: dlg.apply_button.text() == "A&pply")
    assert dlg.notice_text().startswith("Not applied: ")
    assert [c.uuid for c in conflicts.list_conflicts(store)] == [uuid]


def test_role_without_the_permission_sees_but_cannot_decide(qtbot, store, service, engine,
                                                            erp, open_dialog, monkeypatch):
    make_conflicts(store, service, engine, erp, [DEFAULT])
    monkeypatch.setattr(conflict_dialog, "has_permission", lambda role, perm: False)
    dlg = open_dialog()
    assert "may not do this (resolve conflicts)" in dlg.lock_notice.text()
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)
    assert dlg.fields_model.choice_of(0) == ""
    assert not any(b.isEnabled() for b in (dlg.apply_button, dlg.keep_mine_button,
                                           dlg.take_theirs_button))


def test_keyboard_between_list_and_table(qtbot, store, service, engine, erp, open_dialog):
    second = ("INV-2", {"notes": "ERP says"}, lambda inv: setattr(inv, "notes", "we say"))
    make_conflicts(store, service, engine, erp, [DEFAULT, second])
    dlg = open_dialog()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)     # Alt+W: the list
    assert QApplication.focusWidget() is dlg.list_view
    qtbot.keyClick(dlg.list_view, Qt.Key.Key_Down)
    assert "INV-2" in dlg.title_label.text()
    assert dlg.fields_model.conflict_fields() == ["notes"]
    qtbot.keyClick(dlg.list_view, Qt.Key.Key_Right)                         # → the table
    assert QApplication.focusWidget() is dlg.table
    qtbot.keyClick(dlg.table, Qt.Key.Key_T)
    assert dlg.apply_button.isEnabled()
    qtbot.keyClick(dlg, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)     # Alt+D: table
    assert QApplication.focusWidget() is dlg.table


def test_banner_counts_and_asks_to_open(qtbot):
    banner = ConflictBanner()
    qtbot.addWidget(banner)
    banner.show()
    assert banner.objectName() == "conflictBanner"
    banner.set_count(3)
    assert banner.isVisible() and banner.label.text().startswith("3 invoice")
    assert "need a decision" in banner.label.text()
    with qtbot.waitSignal(banner.open_requested):
        qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    banner.set_count(0)
    assert banner.isHidden() and banner.count() == 0


FEATURE_FILES = ("desktop/ui/dialogs/conflict_dialog.py",
                 "desktop/ui/models/conflict_fields_model.py",
                 "desktop/ui/models/conflict_list_model.py",
                 "desktop/ui/models/conflict_session.py",
                 "desktop/ui/widgets/conflict_banner.py")


def _strings_in_code() -> set[tuple[str, str]]:
    """(context, source) of every tr("…") (context: its class) and translate("Ctx", "…")."""
    found = set()
    for path in FEATURE_FILES:
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        owner = {id(n): cls.name for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                 for n in ast.walk(cls)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            f, args = node.func, node.args
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name == "tr" and args and isinstance(args[0], ast.Constant):
                found.add((owner.get(id(node)), args[0].value))
            elif name == "translate" and len(args) > 1 and all(
                    isinstance(a, ast.Constant) for a in args[:2]):
                found.add((args[0].value, args[1].value))
    return found


def _pending_rows() -> list[dict]:
    return [r for f in PENDING for r in json.loads(f.read_text(encoding="utf-8"))]


def test_pending_translations_are_complete_and_visible_to_lupdate(tmp_path):
    """Every string this feature shows is in i18n/pending/conflicts*.json with a Chinese
    translation, and pyside6-lupdate (the translation pipeline) finds every one of them."""
    rows = _pending_rows()
    assert all(set(r) == {"context", "source", "translation"} and r["translation"].strip()
               for r in rows)
    code = _strings_in_code()
    assert len(code) > 90
    assert code - {(r["context"], r["source"]) for r in rows} == set()
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "feature.ts"
    subprocess.run([str(lupdate), *(str(ROOT / f) for f in FEATURE_FILES), "-ts", str(ts)],
                   check=True, capture_output=True)
    seen = {(c.findtext("name"), m.findtext("source"))
            for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    assert code - seen == set()


# ----------------------------------------------------------------------- screenshots ---
def _pending_qm(tmp_path: Path) -> Path | None:
    """Our pending Chinese strings compiled to a .qm (to look at the layout in Chinese)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        return None
    by_ctx: dict[str, list[dict]] = {}
    for r in _pending_rows():
        by_ctx.setdefault(r["context"], []).append(r)
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
             '<TS version="2.1" language="zh_CN">']
    for ctx_name, rows in by_ctx.items():
        parts.append(f"<context><name>{escape(ctx_name)}</name>")
        for r in rows:
            if "%n" in r["source"]:
                parts.append(f'<message numerus="yes"><source>{escape(r["source"])}</source>'
                             f'<translation><numerusform>{escape(r["translation"])}'
                             f'</numerusform></translation></message>')
            else:
                parts.append(f'<message><source>{escape(r["source"])}</source>'
                             f'<translation>{escape(r["translation"])}</translation></message>')
        parts.append("</context>")
    parts.append("</TS>")
    ts, qm = tmp_path / "pending_zh_CN.ts", tmp_path / "pending_zh_CN.qm"
    ts.write_text("\n".join(parts), encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def _layout_problems(dlg) -> list[str]:
    """Buttons or totals showing less than their text needs; a table squeezed flat."""
    out = [w.objectName() or w.text() for w in (
        dlg.keep_mine_button, dlg.take_theirs_button, dlg.later_button, dlg.apply_button,
        dlg.use_mine_button, dlg.use_theirs_button, dlg.type_button, dlg.dismiss_button,
        dlg.lock_notice, *dlg.totals_values.values(), *dlg.totals_names, *dlg.totals_heads)
        if w.isVisible() and (w.width() < w.sizeHint().width()
                              or w.height() < w.heightForWidth(w.width()))]
    if dlg.table.height() < 200:
        out.append("table")
    return out


def _assert_laid_out(qtbot, dlg):
    try:
        qtbot.waitUntil(lambda: not _layout_problems(dlg), timeout=2000)
    except qtbot.TimeoutError:
        raise AssertionError(f"squeezed: {_layout_problems(dlg)}") from None


def test_screenshots_in_english_and_chinese(qtbot, qapp, store, service, engine, erp,
                                            open_dialog, languages, styled, tmp_path):
    out = Path(SHOTS or tmp_path)
    out.mkdir(parents=True, exist_ok=True)

    def theirs(remote):
        line = dict(remote["lines"][0], unit_price="550")
        return {"notes": "theirs note", "payment_terms": "60 days",
                "lines": [line, {"description": "培训", "quantity": "1", "unit_price": "200",
                                 "tax_rate": "6"}]}

    def mine(inv):
        _mine_default(inv)
        inv.lines[0].quantity, inv.lines[0].unit_price = Decimal(3), Decimal(600)

    second = ("INV-2", {"notes": "ERP says"}, lambda inv: setattr(inv, "notes", "we say"))
    make_conflicts(store, service, engine, erp, [("INV-1", theirs, mine), second])
    dlg = open_dialog()
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)                # terms: mine
    qtbot.keyClick(dlg.table, Qt.Key.Key_T)                # notes: theirs
    qtbot.keyClick(dlg.table, Qt.Key.Key_Down)             # line 1 → quantity
    qtbot.keyClick(dlg.table, Qt.Key.Key_M)
    type_result(qtbot, dlg, dlg.current_row(), "575.50")   # unit price typed
    assert dlg.apply_button.isEnabled() and dlg.same_check.isHidden()
    banner = ConflictBanner()
    qtbot.addWidget(banner)
    banner.resize(900, banner.sizeHint().height())
    banner.set_count(2)
    banner.show()
    shots = {}
    _assert_laid_out(qtbot, dlg)
    shots["en"] = (dlg.grab(), banner.grab())
    qm = translations_dir() / "invoice_desk_zh_CN.qm"
    extra = None
    if qm.exists():
        languages.apply("zh_CN")
        pending = _pending_qm(tmp_path)
        if pending is not None:
            extra = QTranslator(qapp)
            assert extra.load(str(pending))
            qapp.installTranslator(extra)
        try:
            qapp.processEvents()
            if extra is not None:
                assert dlg.apply_button.text() != "A&pply"
                assert "张发票" in banner.label.text()
            _assert_laid_out(qtbot, dlg)
            shots["zh_CN"] = (dlg.grab(), banner.grab())
        finally:
            if extra is not None:
                qapp.removeTranslator(extra)
            languages.apply("en")
    for lang, (d_img, b_img) in shots.items():
        assert d_img.save(str(out / f"conflict_dialog_{lang}.png"))
        assert b_img.save(str(out / f"conflict_banner_{lang}.png"))
    qtbot.waitUntil(lambda: dlg.apply_button.text() == "A&pply")   # back in English


def test_deleted_in_erp_screenshots_in_english_and_chinese(qtbot, qapp, store, service, engine,
                                                           erp, open_dialog, languages, styled,
                                                           tmp_path):
    """The deleted-in-ERP view and its confirmation, in both languages, with nothing cut."""
    out = Path(SHOTS or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    other = ("INV-2", {"notes": "ERP says"}, lambda inv: setattr(inv, "notes", "we say"))
    deleted_in_erp(store, service, engine, erp, [DELETED_SPEC, other])
    dlg = open_dialog()
    assert dlg.dismiss_button.isVisible()

    def grab(lang: str) -> None:
        _assert_laid_out(qtbot, dlg)
        assert dlg.grab().save(str(out / f"conflict_dialog_deleted_in_erp_{lang}.png"))
        box = dlg.ask_dismiss()
        qtbot.waitExposed(box)
        qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in box.buttons()))
        assert box.grab().save(str(out / f"conflict_dismiss_confirm_{lang}.png"))
        with qtbot.assertNotEmitted(dlg.conflicts_resolved):
            box.reject()
        qtbot.waitUntil(lambda: _confirmation(dlg) is None)

    grab("en")
    qm = translations_dir() / "invoice_desk_zh_CN.qm"
    if not qm.exists():
        pytest.skip("no compiled Chinese translation")
    languages.apply("zh_CN")
    pending = _pending_qm(tmp_path)
    extra = None
    if pending is not None:
        extra = QTranslator(qapp)
        assert extra.load(str(pending))
        qapp.installTranslator(extra)
    try:
        qapp.processEvents()
        assert "保留本地副本" in dlg.dismiss_button.text()
        assert "ERP 中已没有这张发票" in dlg.lock_notice.text()
        assert dlg.fields_model.headerData(COL_MINE, Qt.Orientation.Horizontal) == "本机保留"
        grab("zh_CN")
    finally:
        if extra is not None:
            qapp.removeTranslator(extra)
        languages.apply("en")
    assert len(conflicts.list_conflicts(store)) == 2
