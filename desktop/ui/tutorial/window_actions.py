"""What a lesson step may ask of the window before it shows: the list, a selected invoice, an
open editor, a panel, sync paused or resumed. GUI thread only; the store and practice-ERP
actions are Qt-free (``desktop/tutorial/actions.py``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget

from . import targets


def run(action: dict, window, sync: Callable[[], object | None],
        sync_ui: Callable[[], object | None]) -> None:
    """Do one window action (its variables already filled in)."""
    name = action["do"]
    w = window
    if name == "show_list":
        if getattr(w, "ctx", None) is not None and w.stack.currentWidget() is not w.list_page:
            w.show_list()
    elif name == "clear_search":
        clear_filters(w, search_only=True)
    elif name == "select_invoice":
        select_invoice(w, str(action["invoice"]))
    elif name == "open_invoice":
        select_invoice(w, str(action["invoice"]))
        w.open_invoice(str(action["invoice"]))
    elif name == "new_invoice":
        w.new_invoice()
    elif name == "close_dialogs":
        close_dialogs()
    elif name in ("show_widget", "hide_widget"):
        obj = targets.find_object(str(action["target"]), w, visible_only=False)
        if isinstance(obj, QWidget):
            obj.setVisible(name == "show_widget")
            if name == "show_widget":
                obj.raise_()
    elif name == "refresh":
        w.refresh()
    elif name in ("pause_sync", "resume_sync"):
        ctl = sync()
        if ctl is not None:
            ctl.set_paused(name == "pause_sync")
    elif name == "open_connection_settings":
        ui = getattr(w, "connection_ui", None)
        if ui is not None and hasattr(ui, "edit_connection"):
            ui.edit_connection()
    elif name == "sync_now":
        ui = sync_ui()
        if ui is not None and hasattr(ui, "sync_now"):
            ui.sync_now()
        elif sync() is not None:
            sync().sync_now()


def clear_filters(window, search_only: bool) -> None:
    bar = window.filter_bar
    if bar.search_edit.text():
        bar.search_edit.clear()
        bar.flush_search()
    if search_only:
        return
    for combo in (bar.kind_combo, bar.status_combo, bar.sync_combo):
        combo.setCurrentIndex(0)
    if bar.party_picker.party() is not None:
        bar.party_picker.set_party(None, notify=True)
    for check in (bar.from_check, bar.to_check):
        check.setChecked(False)


def select_invoice(window, uuid: str) -> None:
    """Show the list with ``uuid`` selected and on screen (filters cleared if they hide it)."""
    w = window
    if getattr(w, "ctx", None) is None:
        return
    if w.stack.currentWidget() is not w.list_page:
        w.show_list()
    w.model.refresh()
    row = w.model.row_of_uuid(uuid)
    if row < 0:
        clear_filters(w, search_only=False)
        w.model.refresh()
        row = w.model.row_of_uuid(uuid)
    if row >= 0:
        idx = w.select_row(row)
        w.table.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)


def close_dialogs() -> None:
    """Close the window's dialogs without saving (a lesson that must start from the list)."""
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QDialog) and top.isVisible() and top.parentWidget() is not None:
            stack = getattr(top, "undo_stack", None)
            if stack is not None:
                stack.setClean()
            top.reject()
