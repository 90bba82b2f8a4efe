"""The invoice list: paging, SQL sorting, filters, search, columns, status bar, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store import search
from desktop.ui.models.invoice_table_model import BLOCK, COLUMN_KEYS, SummaryRole

from .conftest import DEMO_COUNT, type_text


def _count_in_store(window, **query) -> int:
    with window.ctx.store.db.read() as s:
        return search.count(s, search.InvoiceQuery(**query))


def test_list_pages_instead_of_loading_everything(window):
    model = window.model
    assert model.rowCount() == DEMO_COUNT
    assert model.block_loads <= 2, "only the visible block should have been read"
    last = model.index(DEMO_COUNT - 1, 0)
    window.table.scrollTo(last)
    assert model.data(last, SummaryRole) is not None
    assert model.block_loads <= 4
    assert len(model._blocks) <= DEMO_COUNT // BLOCK + 1


def test_status_bar_shows_count_and_totals_per_currency(window):
    assert window.count_label.text() == f"{DEMO_COUNT} invoices"
    stats = window.model.stats()
    assert "CNY" in window.totals_label.text()     # the first currency is always shown
    for cur in stats.gross_by_currency:            # all of them when there is room, and always
        assert cur in window.totals_label.full_text()     # in the tooltip
        assert cur in window.totals_label.toolTip()
    assert window.outstanding_label.text().startswith("Outstanding:")


def test_sorting_by_a_column_happens_in_sql(window):
    col = COLUMN_KEYS.index("gross")
    window.table.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    first = window.model.summary(0)
    assert window.model.query().sort == "gross" and not window.model.query().descending
    with window.ctx.store.db.read() as s:
        expected = search.list_invoices(s, search.InvoiceQuery(sort="gross", descending=False),
                                        0, 1)[0]
    assert first.uuid == expected.uuid
    window.table.sortByColumn(COLUMN_KEYS.index("party"), Qt.SortOrder.DescendingOrder)
    names = [window.model.summary(r).party_name for r in range(20)]
    assert names == sorted(names, reverse=True)


def test_status_and_kind_filters(window, qtbot):
    bar = window.filter_bar
    with qtbot.waitSignal(window.model.stats_changed):
        bar.status_combo.setCurrentIndex(bar.status_combo.findText("Draft"))
    assert window.model.rowCount() == _count_in_store(window, statuses=("draft",))
    assert all(window.model.summary(r).status == "draft" for r in range(window.model.rowCount()))
    with qtbot.waitSignal(window.model.stats_changed):
        bar.kind_combo.setCurrentIndex(bar.kind_combo.findData("purchase"))
    assert window.model.rowCount() == _count_in_store(window, statuses=("draft",),
                                                      kind="purchase")
    assert window.count_label.text().startswith(str(window.model.rowCount()))


def _party_names(window) -> list[str]:
    return sorted({window.model.summary(r).party_name for r in range(window.model.rowCount())})


def _search(window, qtbot, text: str) -> int:
    edit = window.filter_bar.search_edit
    edit.clear()
    emitted = []
    window.model.stats_changed.connect(emitted.append)
    try:
        with qtbot.waitSignal(window.model.stats_changed, timeout=3000):
            type_text(edit, text)   # one keystroke after another
        qtbot.waitUntil(lambda: not window.filter_bar.search_timer.isActive())
    finally:
        window.model.stats_changed.disconnect(emitted.append)
    assert len(emitted) == 1, "the search box should query once per pause, not per keystroke"
    return window.model.rowCount()


def test_search_is_debounced_and_finds_chinese_and_latin(window, qtbot):
    names = _party_names(window)
    latin = next(n for n in names if n.isascii()).split()[0]
    chinese = next(n for n in names if not n.isascii())
    window.filter_bar.search_edit.setFocus()
    for text in (latin, chinese[2:5], chinese[:2]):   # FTS (3+ chars) and LIKE (2 chars)
        n = _search(window, qtbot, text)
        assert 0 < n <= DEMO_COUNT, text
        assert n == _count_in_store(window, text=text), text
        assert any(text in window.model.summary(r).party_name for r in range(n)), text
    window.filter_bar.search_edit.clear()
    window.filter_bar.flush_search()
    assert window.model.rowCount() == DEMO_COUNT


def test_party_and_date_filters(window, qtbot):
    from datetime import date, timedelta
    bar = window.filter_bar
    some = window.model.summary(0)
    bar.party_picker.edit.setText(some.party_name)
    found = bar.party_picker.search_now()
    party = next(p for p in found if p.name == some.party_name)
    with qtbot.waitSignal(window.model.stats_changed):
        bar.party_picker.set_party(party, notify=True)
    assert {window.model.summary(r).party_name for r in range(window.model.rowCount())} \
        == {some.party_name}
    with qtbot.waitSignal(window.model.stats_changed):
        bar.party_picker.set_party(None, notify=True)
    start = date.today() - timedelta(days=30)
    bar.from_edit.setDate(start)
    with qtbot.waitSignal(window.model.stats_changed):
        bar.from_check.setChecked(True)
    assert window.model.rowCount() == _count_in_store(window, date_from=start)
    assert all(window.model.summary(r).issue_date >= start
               for r in range(window.model.rowCount()))


def test_sync_state_filter(window, qtbot):
    bar = window.filter_bar
    with qtbot.waitSignal(window.model.stats_changed):
        bar.sync_combo.setCurrentIndex(bar.sync_combo.findData("synced"))
    assert window.model.rowCount() == 0   # demo data is local only
    with qtbot.waitSignal(window.model.stats_changed):
        bar.sync_combo.setCurrentIndex(bar.sync_combo.findData("local_only"))
    assert window.model.rowCount() == DEMO_COUNT


def test_columns_can_be_hidden_and_widths_are_remembered(window, make_window, registry):
    col = COLUMN_KEYS.index("due_date")
    window.set_column_visible(col, False)
    window.table.setColumnWidth(COLUMN_KEYS.index("party"), 333)
    window._save_state()
    again = make_window(registry)
    assert again.table.horizontalHeader().isSectionHidden(col)
    assert again.table.columnWidth(COLUMN_KEYS.index("party")) == 333


def test_header_menu_lists_every_column(window):
    from PySide6.QtWidgets import QMenu
    menu = QMenu()
    window._fill_columns_menu(menu)
    assert [a.objectName() for a in menu.actions()] == [f"column_{k}" for k in COLUMN_KEYS]
    menu.actions()[1].setChecked(False)   # toggling hides the column
    assert window.table.horizontalHeader().isSectionHidden(1)


def test_multi_select_and_enter_opens_the_editor(window, qtbot):
    window.table.setFocus()
    window.select_row(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_rows() == [0, 1, 2]
    qtbot.waitUntil(lambda: "3 invoices selected" in window.preview.toPlainText())
    window.select_row(1)
    with qtbot.waitSignal(window.editor_opened) as sig:
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
    dlg = sig.args[0]
    assert dlg.number_edit.text() == window.model.summary(1).number
    dlg.reject()


def test_preview_shows_the_selected_invoice(window, qtbot):
    window.select_row(3)
    s = window.model.summary(3)
    qtbot.waitUntil(lambda: s.number in window.preview.toPlainText())
    assert s.party_name in window.preview.toPlainText()
