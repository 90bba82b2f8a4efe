"""Sync in the window: Sync now, the sync column, the status bar, the log, retry, offline."""

from __future__ import annotations

from desktop.domain.records import Status
from desktop.store import search
from desktop.sync.connect import practice_erp


def _approve_first_draft(window):
    ctx = window.ctx
    with ctx.store.db.read() as s:
        row = search.list_invoices(s, search.InvoiceQuery(statuses=("draft",)), 0, 1)[0]
    svc = ctx.service()
    svc.change_status(row.uuid, Status.SUBMITTED)
    svc.change_status(row.uuid, Status.APPROVED)
    window.refresh()
    return row.uuid


def _sync(window, qtbot):
    with qtbot.waitSignal(window.sync_ui.synced, timeout=60000) as blocker:
        window.sync_ui.sync_now_action.trigger()
    return blocker.args[0]


def test_sync_now_updates_column_status_bar_and_log(window, qtbot):
    uuid = _approve_first_draft(window)
    assert window.sync_ui.sync_now_action.isEnabled()
    report = _sync(window, qtbot)
    assert report["outcome"] == "ok" and report["pushed"] >= 1
    row = window.model.row_of_uuid(uuid)
    from desktop.ui.models.invoice_table_model import COLUMN_KEYS
    col = COLUMN_KEYS.index("sync_state")
    assert window.model.index(row, col).data() == "Synced"
    qtbot.waitUntil(lambda: "Synced" in window.sync_ui.status_widget.label.text())
    assert window.sync_ui.log_panel.tree.topLevelItemCount() >= 1


def test_rejected_shows_the_erps_message_and_retry_sends_again(window, qtbot):
    _approve_first_draft(window)
    erp = practice_erp(window.ctx.registry, window.ctx.profile)
    erp.reject_next("period closed")
    report = _sync(window, qtbot)
    [uuid] = [e["uuid"] for e in report["errors"] if e["kind"] == "rejected"]
    from desktop.ui.models.invoice_table_model import COLUMN_KEYS
    from PySide6.QtCore import Qt
    window.model.set_query(search.InvoiceQuery(sync_states=("rejected",)))
    row = window.model.row_of_uuid(uuid)
    idx = window.model.index(row, COLUMN_KEYS.index("sync_state"))
    assert "period closed" in (idx.data(Qt.ItemDataRole.ToolTipRole) or "")
    panel = window.sync_ui.log_panel
    top = panel.tree.topLevelItem(0)
    panel.tree.setCurrentItem(top.child(0))
    assert panel.retry_button.isEnabled()
    with qtbot.waitSignal(window.sync_ui.synced, timeout=60000) as blocker:
        panel.retry_button.click()
    assert blocker.args[0]["pushed"] == 1


def test_offline_is_shown_and_work_goes_on(window, qtbot):
    _approve_first_draft(window)
    erp = practice_erp(window.ctx.registry, window.ctx.profile)
    erp.drop_network()
    report = _sync(window, qtbot)
    assert report["outcome"] == "offline"
    qtbot.waitUntil(lambda: "Offline" in window.sync_ui.status_widget.label.text())
    window.sync_ui.pause_action.trigger()  # pause, so the retry timer does not race the test
    erp.restore_network()
    qtbot.waitUntil(lambda: "paused" in window.sync_ui.status_widget.label.text())


def test_offline_profile_has_no_sync(make_window, registry, qtbot):
    from desktop.store.profiles import Profile
    registry.add(Profile(id="books", name="Books", kind="offline"))
    w = make_window(registry)
    w.open_profile(registry.get("books"))
    assert not w.sync_ui.sync_now_action.isEnabled()
    assert w.sync_ui.controller is None



def test_approval_shows_waiting_to_sync_at_once(window):
    uuid = _approve_first_draft(window)
    from desktop.store.invoice_service import load_invoice
    assert load_invoice(window.ctx.store, uuid)[1]["sync_state"] == "pending"


def test_an_edit_never_overwrites_a_change_sync_brought_meanwhile(window, qtbot):
    from desktop.store import search
    with window.ctx.store.db.read() as s:
        row = search.list_invoices(s, search.InvoiceQuery(statuses=("draft",)), 0, 1)[0]
    dlg = window.open_invoice(row.uuid)
    # meanwhile a change lands in the store (as a pull would write it)
    from desktop.store.invoice_service import load_invoice
    inv, _ = load_invoice(window.ctx.store, row.uuid)
    inv.notes = "from the ERP"
    window.ctx.service().update_invoice(inv)
    dlg.notes_edit.setPlainText("typed in the editor")
    assert not dlg.save()
    assert load_invoice(window.ctx.store, row.uuid)[0].notes == "from the ERP"
    assert dlg.notes_edit.toPlainText() == "typed in the editor"  # nothing lost either
    dlg.undo_stack.setClean()
    dlg.reject()
