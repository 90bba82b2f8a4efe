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


# --- the sync log's columns ----------------------------------------------------------------
def _log_with_rejections(window, qtbot):
    """The ERP refuses two invoices: the log shows their numbers under "Result"."""
    ctx = window.ctx
    with ctx.store.db.read() as s:
        rows = search.list_invoices(s, search.InvoiceQuery(statuses=("draft",)), 0, 2)
    svc = ctx.service()
    for row in rows:
        svc.change_status(row.uuid, Status.SUBMITTED)
        svc.change_status(row.uuid, Status.APPROVED)
    window.refresh()
    practice_erp(ctx.registry, ctx.profile).reject_next("period closed for this month", count=2)
    report = _sync(window, qtbot)
    assert sum(e["kind"] == "rejected" for e in report["errors"]) == 2
    panel = window.sync_ui.log_panel
    panel.show()
    qtbot.waitExposed(panel.tree)
    return panel


def _rows(tree):
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        yield top
        if top.isExpanded():
            yield from (top.child(j) for j in range(top.childCount()))


def _is_elided(tree, item, column) -> bool:
    from PySide6.QtWidgets import QStyleOptionViewItem
    index = tree.indexFromItem(item, column)
    opt = QStyleOptionViewItem()
    tree.initViewItemOption(opt)
    opt.rect = tree.visualRect(index)
    return tree.itemDelegateForIndex(index).is_elided(opt, index)


def _tooltip_at(tree, item, column) -> str:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip
    QToolTip.hideText()
    pos = tree.visualRect(tree.indexFromItem(item, column)).center()
    QApplication.sendEvent(tree.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos,
                                                       tree.viewport().mapToGlobal(pos)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_sync_log_result_column_fits_whole_invoice_numbers(window, qtbot):
    panel = _log_with_rejections(window, qtbot)
    tree = panel.tree
    rejected = tree.topLevelItem(0)
    assert [rejected.child(j).text(1)[:4] for j in range(2)] == ["INV-", "INV-"]
    fm = tree.fontMetrics()
    for item in _rows(tree):
        for col in (0, 1):
            assert fm.horizontalAdvance(item.text(col)) < tree.columnWidth(col), item.text(col)
    for item in _rows(tree):
        for col in (0, 1):
            assert not _is_elided(tree, item, col), (col, item.text(col))
    # the errors of a run (collapsed at first) are fitted too when the run is opened
    run = tree.topLevelItem(1)
    run.setExpanded(True)
    for j in range(run.childCount()):
        assert not _is_elided(tree, run.child(j), 1)


def test_sync_log_elided_cell_shows_its_full_text_as_tooltip(window, qtbot):
    panel = _log_with_rejections(window, qtbot)
    tree = panel.tree
    now = tree.topLevelItem(0)
    assert not _is_elided(tree, now, 0)            # "Now" fits: no tooltip of its own text
    assert _tooltip_at(tree, now, 0) != now.text(0)
    child = now.child(0)
    tree.header().resizeSection(1, tree.header().minimumSectionSize())
    assert _is_elided(tree, child, 1)
    assert _tooltip_at(tree, child, 1) == child.text(1)
    panel.refresh()                                            # the clerk's width is kept
    assert tree.columnWidth(1) == tree.header().minimumSectionSize()


def test_sync_log_remembers_the_clerks_column_widths(window, qtbot):
    from desktop.ui import settings
    from desktop.ui.widgets.sync_log_panel import HEADER_KEY, SyncLogPanel
    panel = _log_with_rejections(window, qtbot)
    fitted_when = panel.tree.columnWidth(0)
    panel.tree.header().resizeSection(1, 333)
    qtbot.waitUntil(lambda: settings.get_bytes(HEADER_KEY) is not None)
    again = SyncLogPanel()
    qtbot.addWidget(again)
    again.set_store(window.ctx.store)
    assert again.tree.columnWidth(1) == 333            # the clerk's width
    assert again.tree.columnWidth(0) == fitted_when    # still fitted to the content
    assert again.tree.header().stretchLastSection()
    # double-clicking the divider fits the column to its content again, and keeps it fitted
    again.tree.header().sectionHandleDoubleClicked.emit(1)
    fitted_result = again.tree.columnWidth(1)
    assert fitted_result < 333
    again.save_columns()
    third = SyncLogPanel()
    qtbot.addWidget(third)
    third.set_store(window.ctx.store)
    assert third.tree.columnWidth(1) == fitted_result


def test_a_refused_sign_in_is_told_in_the_windows_language(window, qtbot, languages):
    """The sync thread sends the message's source text and parameters; the window translates
    it (before: the ERP's sentence stayed English inside a Chinese message)."""
    erp = practice_erp(window.ctx.registry, window.ctx.profile)
    erp.users["admin"] = ("changed-elsewhere", erp.users["admin"][1])
    erp.expire_credentials()
    languages.apply("zh_CN")
    asked = []
    window.sync_ui.credentials_needed.connect(asked.append)
    report = _sync(window, qtbot)
    assert report["outcome"] == "auth" and report["message_id"]
    assert len(asked) == 1
    assert "refused" not in asked[0] and "拒绝" in asked[0]
    assert "refused" not in window.sync_ui.status_widget.label.toolTip()
    top = window.sync_ui.log_panel.tree.topLevelItem(0)
    assert "拒绝" in top.text(2) and "refused" not in top.text(2)
