"""Finding what a tutorial step points at: a widget or an action by objectName, in the main
window or in any dialog shown on top of it, and the rectangle to leave uncovered for it.

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDockWidget, QHeaderView,
                               QMenu, QTableView, QWidget)
from shiboken6 import Shiboken

PAD = 4   # the hole is this much larger than its target


def alive(obj: QObject | None) -> bool:
    return obj is not None and Shiboken.isValid(obj)


def top_levels(main: QWidget) -> list[QWidget]:
    """Visible windows to search, the frontmost first: the active modal dialog, the active
    window, other dialogs, then the main window."""
    out: list[QWidget] = []
    for w in (QApplication.activeModalWidget(), QApplication.activeWindow()):
        if w is not None and w not in out and not isinstance(w, QMenu) and w.isVisible():
            out.append(w)
    for w in QApplication.topLevelWidgets():
        if w not in out and w.isVisible() and w is not main and not isinstance(w, QMenu) \
                and w.isWindow() and (w.parentWidget() is not None or w.objectName()):
            out.append(w)
    if main not in out:
        out.append(main)
    return out


def find_object(name: str, main: QWidget, visible_only: bool = True) -> QObject | None:
    """The widget, window or action called ``name`` (the frontmost visible one)."""
    for top in top_levels(main):
        if top.objectName() == name:
            return top
        for w in top.findChildren(QWidget, name):
            if not visible_only or w.isVisible():
                return w
        action = top.findChild(QAction, name)
        if action is not None and (not visible_only or action_widget(action) is not None):
            return action
    if not visible_only:
        hidden = main.findChild(QWidget, name)
        if hidden is not None:
            return hidden
    return None


def action_widget(action: QAction) -> QWidget | None:
    """The visible button (a toolbar's, a dialog's) that triggers ``action``."""
    for obj in action.associatedObjects():
        if not isinstance(obj, QWidget) or not obj.isVisible():
            continue
        if hasattr(obj, "widgetForAction"):          # QToolBar
            w = obj.widgetForAction(action)
            if w is not None and w.isVisible():
                return w
        elif isinstance(obj, QAbstractButton) and not obj.isWindow():
            return obj
    return None


def find_widget(name: str, main: QWidget) -> QWidget | None:
    """What to highlight for ``name``: the widget, or the button of an action; None when it is
    not shown now."""
    obj = find_object(name, main)
    if isinstance(obj, QAction):
        return action_widget(obj)
    if isinstance(obj, QWidget) and obj.isVisible() and obj.width() > 0 and obj.height() > 0:
        return obj
    return None


def visible_rect(widget: QWidget) -> QRect:
    """``widget``'s rectangle in its window's coordinates, clipped by every ancestor (what
    a scroll area or a splitter really shows of it)."""
    top = widget.window()
    rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        rect = rect.intersected(QRect(parent.mapTo(top, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(top.rect())


def column_rect(view: QTableView, column: int) -> QRect:
    """The header section and the visible cells of ``column``, in the window's coordinates."""
    top = view.window()
    header: QHeaderView = view.horizontalHeader()
    x = header.sectionViewportPosition(column)
    w = header.sectionSize(column)
    head = QRect(header.mapTo(top, QPoint(x, 0)), header.size()).adjusted(0, 0, 0, 0)
    head.setWidth(w)
    vp = view.viewport()
    cells = QRect(vp.mapTo(top, QPoint(x, 0)), vp.size())
    cells.setWidth(w)
    return head.united(cells).intersected(visible_rect(vp).united(visible_rect(header)))


def row_rect(view: QAbstractItemView, row: int) -> QRect:
    top = view.window()
    model = view.model()
    if row < 0 or row >= model.rowCount():
        return QRect()
    first = view.visualRect(model.index(row, 0))
    last = view.visualRect(model.index(row, model.columnCount() - 1))
    r = first.united(last)
    vp = view.viewport()
    r = QRect(vp.mapTo(top, r.topLeft()), r.size())
    return r.intersected(visible_rect(vp))


def column_of(view: QTableView, key: str) -> int:
    """The column of a model key (``"sync_state"``) or a number."""
    if key.isdigit():
        return int(key)
    keys = getattr(view.model(), "column_keys", None)
    if keys is None:
        from ..models.invoice_table_model import COLUMN_KEYS, InvoiceTableModel
        keys = COLUMN_KEYS if isinstance(view.model(), InvoiceTableModel) else ()
    return list(keys).index(key) if key in keys else -1


def hole_rect(widget: QWidget, column: str = "", row_uuid: str = "") -> QRect:
    """The rectangle to leave uncovered for a step, in ``widget.window()``'s coordinates."""
    if widget.isWindow() or (isinstance(widget, QDockWidget) and widget.isFloating()):
        return QRect()
    rect = visible_rect(widget)
    if isinstance(widget, QTableView):
        col = column_of(widget, column) if column else -1
        if col >= 0 and widget.horizontalHeader().isSectionHidden(col):
            widget.horizontalHeader().setSectionHidden(col, False)
        row = -1
        if row_uuid and hasattr(widget.model(), "row_of_uuid"):
            row = widget.model().row_of_uuid(row_uuid)
        if row >= 0 and col >= 0:
            vp = widget.viewport()
            cell = widget.visualRect(widget.model().index(row, col))
            rect = QRect(vp.mapTo(widget.window(), cell.topLeft()), cell.size()).intersected(
                visible_rect(vp))
        elif row >= 0:
            rect = row_rect(widget, row)
        elif col >= 0:
            rect = column_rect(widget, col)
    if rect.isEmpty():
        return QRect()
    return rect.adjusted(-PAD, -PAD, PAD, PAD).intersected(widget.window().rect())


def reveal(widget: QWidget, column: str = "", row_uuid: str = "") -> None:
    """Scroll a table so the highlighted column or row is on screen."""
    if not isinstance(widget, QTableView):
        return
    model = widget.model()
    row = model.row_of_uuid(row_uuid) if row_uuid and hasattr(model, "row_of_uuid") else -1
    col = column_of(widget, column) if column else 0
    if model.rowCount() and (row >= 0 or col > 0):
        widget.scrollTo(model.index(max(row, 0), max(col, 0)),
                        QAbstractItemView.ScrollHint.EnsureVisible)
