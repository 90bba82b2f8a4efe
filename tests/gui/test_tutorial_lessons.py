"""Every lesson played to its end as a clerk would: clicks and typing only through the hole
the tutorial leaves open, checking at every step that its target is shown and reachable.
Staged events (a colleague's edit, the network dropping, the ERP refusing) come from the
lesson through the practice ERP's control API; nothing here sleeps."""

from __future__ import annotations

from decimal import Decimal

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from desktop.store.invoice_service import load_invoice

from .test_tutorial_fixtures import (assert_target_shown, click_at, click_hole, click_if_at,
                                     key, reached,  # noqa: F401
                                     no_auto_sync, practice_dir, practice_template, press_next,
                                     start, tutorial_window, type_keys, wait_done, wait_step)


def focused():
    return QApplication.focusWidget()


def _new_invoice_up_to_line1(qtbot, w, coach):
    """Lesson 1 from "new" to "line1" as a clerk plays it, ending with the keyboard in the
    first line's description cell; → the editor."""
    run = coach.run
    wait_step(qtbot, coach, "new")
    cust = run.vars["cust_party"]
    with qtbot.waitSignal(w.editor_opened) as opened:
        click_hole(qtbot, coach)
    dlg = opened.args[0]

    wait_step(qtbot, coach, "empty_save")
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "problems")
    assert dlg.problems_list.count() >= 2
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "party")
    click_hole(qtbot, coach)
    assert focused() is dlg.party_picker.edit
    type_keys(qtbot, run.vars["cust_party_word"])
    popup = dlg.party_picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)            # the list opens clear of the bubble
    popup_rect = popup.geometry().translated(-dlg.mapToGlobal(QPoint(0, 0)))
    assert not popup_rect.intersects(coach.host.callout.geometry())
    row = next(i for i in range(popup.model().rowCount())
               if popup.model().index(i, 0).data().startswith(cust))
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())

    wait_step(qtbot, coach, "line1")
    view = dlg.lines_view
    cell = view.visualRect(dlg.lines_model.index(0, 0)).center()
    for _ in range(3):      # offscreen may leave the hidden popup "active": a clerk's window
        if QApplication.activeWindow() is not dlg:     # manager would hand it back
            dlg.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
        click_at(qtbot, coach, view.viewport(), cell)
        if focused() is view:
            break
    assert focused() is view, f"the click on the first cell left the focus on {focused()}"
    return dlg


def test_lesson_basics_played_to_the_end(tutorial_window, qtbot, tmp_path, monkeypatch):
    w = tutorial_window
    coach = start(qtbot, w, "basics")
    run = coach.run

    wait_step(qtbot, coach, "welcome")
    assert_target_shown(coach)
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "search")
    number = run.vars["found_number"]
    click_hole(qtbot, coach)
    assert focused() is w.filter_bar.search_edit
    type_keys(qtbot, number)

    wait_step(qtbot, coach, "open")
    qtbot.waitUntil(lambda: w.model.rowCount() == 1)
    coach._layout()
    with qtbot.waitSignal(w.editor_opened):
        click_hole(qtbot, coach, double=True)

    wait_step(qtbot, coach, "editor")
    assert_target_shown(coach)
    assert w.current_editor.number_edit.text() == number
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "close_found")
    click_hole(qtbot, coach)

    dlg = _new_invoice_up_to_line1(qtbot, w, coach)
    cust = run.vars["cust_party"]
    hints = []
    coach.hint_shown.connect(hints.append)
    type_keys(qtbot, "Consulting")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "2")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "400")

    wait_step(qtbot, coach, "add_line")
    assert hints == []                       # typed right: no "wrong value" on the way
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "line2")
    type_keys(qtbot, "Travel")               # Add line opened the new description cell
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "1")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "200")

    wait_step(qtbot, coach, "totals")
    assert dlg.gross_value.text() == "1,130.00 CNY"
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "save")
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "close_new")
    mine = run.vars["mine"]
    assert coach.host.callout.counter.text() == "15 of 17"
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "pdf")
    assert coach.host.callout.counter.text() == "16 of 17"
    assert w.selected_uuids() == [mine]
    monkeypatch.setattr(QFileDialog, "getSaveFileName",     # the clerk cancels first
                        staticmethod(lambda *a, **k: ("", "")))
    with qtbot.waitSignal(coach.step_shown) as shown:
        click_hole(qtbot, coach)
    assert shown.args == ["pdf"]                   # nothing saved: the step asks again
    wait_step(qtbot, coach, "pdf")
    pdf = tmp_path / "mine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(pdf), "")))
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "done")
    press_next(qtbot, coach)
    wait_done(qtbot, w, "basics")

    assert pdf.read_bytes().startswith(b"%PDF")
    inv, _ = load_invoice(w.ctx.store, mine)
    assert inv.party_name == cust
    assert [(ln.description, ln.quantity, ln.unit_price, ln.tax_rate) for ln in inv.lines] == [
        ("Consulting", Decimal(2), Decimal(400), Decimal(13)),
        ("Travel", Decimal(1), Decimal(200), Decimal(13))]


def test_lesson_basics_a_wrong_price_in_line_1_gets_a_hint(tutorial_window, qtbot):
    from desktop.ui.models.invoice_lines_model import LINE_COLUMNS
    w = tutorial_window
    lesson = w.tutorial.lesson("basics")
    w.tutorial.book.save_step(lesson.id, lesson.index_of("new"), "new", {}, [])
    coach = start(qtbot, w, "basics", restart=False)      # resumes at "new"
    dlg = _new_invoice_up_to_line1(qtbot, w, coach)
    type_keys(qtbot, "Consulting")
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "2")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "40")                     # 40, not 400
    with qtbot.waitSignal(coach.hint_shown) as hint:
        key(qtbot, Qt.Key.Key_Tab)
    assert "904.00" in hint.args[0] and coach.host.callout.note_text() == hint.args[0]
    assert coach.run.step.id == "line1"

    view = dlg.lines_view                      # correct the price as a clerk would
    price = dlg.lines_model.index(0, LINE_COLUMNS.index("unit_price"))
    click_at(qtbot, coach, view.viewport(), view.visualRect(price).center(), double=True)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "400")
    key(qtbot, Qt.Key.Key_Return)
    wait_step(qtbot, coach, "add_line")
    assert dlg.invoice().lines[0].unit_price == Decimal(400)
    coach.leave()


def test_lesson_sync_played_to_the_end(tutorial_window, qtbot):
    w = tutorial_window
    coach = start(qtbot, w, "sync")
    run = coach.run

    wait_step(qtbot, coach, "column")
    assert_target_shown(coach)
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "approve")
    send = run.vars["send"]
    assert w.selected_uuids() == [send]
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "sync_now")
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "synced", timeout=30000)
    assert load_invoice(w.ctx.store, send)[1]["sync_state"] == "synced"
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "status_bar")
    assert_target_shown(coach)
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "colleague")          # the lesson had a colleague edit the ERP
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "arrived", timeout=30000)
    assert "PO 4711" in load_invoice(w.ctx.store, send)[0].notes
    qtbot.waitUntil(lambda: "PO 4711" in w.preview.toPlainText())
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "log")
    assert_target_shown(coach)
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "done")
    press_next(qtbot, coach)
    wait_done(qtbot, w, "sync")


def _conflict_row(dlg, name: str) -> int:
    return next(i for i, r in enumerate(dlg.fields_model.rows)
                if r.field == name and r.kind == "conflict")


def test_lesson_conflicts_played_to_the_end(tutorial_window, qtbot):
    from desktop.ui.models.conflict_fields_model import COL_MINE, COL_THEIRS
    w = tutorial_window
    coach = start(qtbot, w, "conflicts")
    run = coach.run

    wait_step(qtbot, coach, "intro")
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "open")
    c = run.vars["c"]
    with qtbot.waitSignal(w.editor_opened) as opened:
        click_hole(qtbot, coach, double=True)
    dlg = opened.args[0]
    assert dlg.invoice().uuid == c

    wait_step(qtbot, coach, "notes")
    click_hole(qtbot, coach)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "Call before delivery, PO 5120")

    wait_step(qtbot, coach, "terms")
    click_hole(qtbot, coach)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "45 days")

    wait_step(qtbot, coach, "save")               # the colleague has edited the ERP now
    click_hole(qtbot, coach)

    # the lesson resumes sync ("sync" step): the push finds the colleague's version
    wait_step(qtbot, coach, "banner", timeout=30000)
    assert load_invoice(w.ctx.store, c)[1]["sync_state"] == "conflict"
    callout = coach.host.callout
    assert "90 days" in callout.text.text()       # what the colleague did, readable here
    # "Save and close" skipped the "close" step and "other_choice" is an aside: no gaps
    assert callout.counter.text() == "7 of 11"
    banner = w.conflict_banner
    click_at(qtbot, coach, banner.open_button, banner.open_button.rect().center())

    wait_step(qtbot, coach, "fields")
    cd = coach.target.window()
    assert cd.objectName() == "conflictDialog"
    qtbot.waitUntil(lambda: cd.fields_model.rowCount() > 0)
    assert not coach.host.callout.geometry().intersects(      # "Before applying" stays
        cd.problems_box.geometry().translated(cd.problems_box.parentWidget().mapTo(
            cd, QPoint(0, 0))))
    table = cd.table
    for name, col in (("notes", COL_MINE), ("payment_terms", COL_THEIRS)):
        idx = cd.fields_model.index(_conflict_row(cd, name), col)
        click_at(qtbot, coach, table.viewport(), table.visualRect(idx).center())
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "apply")
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "send")               # not "other_choice": the suggested decision
    qtbot.waitUntil(lambda: load_invoice(w.ctx.store, c)[1]["sync_state"] == "synced",
                    timeout=30000)
    inv = load_invoice(w.ctx.store, c)[0]
    assert "Call before delivery" in inv.notes and inv.payment_terms == "90 days"
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "done")
    press_next(qtbot, coach)
    wait_done(qtbot, w, "conflicts")


def test_lesson_conflicts_next_before_choosing_says_to_go_back(tutorial_window, qtbot):
    from desktop.ui.models.conflict_fields_model import COL_MINE, COL_THEIRS
    w = tutorial_window
    coach = start(qtbot, w, "conflicts")
    run = coach.run
    wait_step(qtbot, coach, "intro")
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "open")
    with qtbot.waitSignal(w.editor_opened):
        click_hole(qtbot, coach, double=True)
    wait_step(qtbot, coach, "notes")
    click_hole(qtbot, coach)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "送货前请致电，订单 5120")       # a Chinese note passes too
    wait_step(qtbot, coach, "terms")
    click_hole(qtbot, coach)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "45 days")
    wait_step(qtbot, coach, "save")
    click_hole(qtbot, coach)
    wait_step(qtbot, coach, "banner", timeout=30000)
    banner = w.conflict_banner
    click_at(qtbot, coach, banner.open_button, banner.open_button.rect().center())
    wait_step(qtbot, coach, "fields")
    cd = coach.target.window()
    qtbot.waitUntil(lambda: cd.fields_model.rowCount() > 0)
    table = cd.table
    idx = cd.fields_model.index(_conflict_row(cd, "notes"), COL_MINE)
    click_at(qtbot, coach, table.viewport(), table.visualRect(idx).center())
    press_next(qtbot, coach)                       # one row still has no side

    wait_step(qtbot, coach, "apply")
    assert not cd.apply_button.isEnabled()
    callout = coach.host.callout
    assert "click Back" in callout.text.text()     # the text says the way out ...
    host = coach.host                              # ... and so does a click on the dimmed table
    p = table.viewport().mapTo(cd, table.visualRect(idx).center())
    assert not host.overlay.hole.contains(p) and cd.childAt(p) is host.overlay
    with qtbot.waitSignal(coach.hint_shown) as hint:
        qtbot.mouseClick(host.overlay, Qt.MouseButton.LeftButton, pos=p)
    assert "click Back" in hint.args[0]
    qtbot.mouseClick(callout.back_button, Qt.MouseButton.LeftButton)

    wait_step(qtbot, coach, "fields")
    idx = cd.fields_model.index(_conflict_row(cd, "payment_terms"), COL_THEIRS)
    click_at(qtbot, coach, table.viewport(), table.visualRect(idx).center())
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "apply")
    assert cd.apply_button.isEnabled()
    click_hole(qtbot, coach)
    wait_step(qtbot, coach, "send")                # a Chinese note is "your notes" as well
    inv = load_invoice(w.ctx.store, run.vars["c"])[0]
    assert "5120" in inv.notes and inv.payment_terms == "90 days"
    coach.leave()


def _play_network_and_refusal(w, qtbot, coach):
    run = coach.run
    wait_step(qtbot, coach, "intro")
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "offline_approve")    # the lesson dropped the network
    n1 = run.vars["n1"]
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "offline_sync")
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "offline_status", timeout=30000)
    qtbot.waitUntil(lambda: "Offline" in w.sync_ui.status_widget.label.text())
    assert "1 waiting" in w.sync_ui.status_widget.label.text()
    assert load_invoice(w.ctx.store, n1)[1]["sync_state"] != "synced"
    press_next(qtbot, coach)

    click_if_at(qtbot, coach, "online")           # ... and restored it

    wait_step(qtbot, coach, "reject_approve", timeout=30000)
    assert load_invoice(w.ctx.store, n1)[1]["sync_state"] == "synced"
    n2 = run.vars["n2"]
    click_hole(qtbot, coach)

    click_if_at(qtbot, coach, "reject_sync")      # the ERP refuses the next write

    wait_step(qtbot, coach, "reject_read", timeout=30000)
    inv, facts = load_invoice(w.ctx.store, n2)
    assert facts["sync_state"] == "rejected" and "period closed" in facts["sync_message"]
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "reject_log")
    assert "period closed" in "\n".join(
        w.sync_ui.log_panel.tree.topLevelItem(0).child(i).text(2)
        for i in range(w.sync_ui.log_panel.tree.topLevelItem(0).childCount()))
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "reject_open")
    with qtbot.waitSignal(w.editor_opened) as opened:
        click_hole(qtbot, coach, double=True)
    dlg = opened.args[0]

    wait_step(qtbot, coach, "reject_date")
    from datetime import date
    click_hole(qtbot, coach)
    assert focused() is dlg.issue_date_edit
    for _ in range(4):                            # Shift+Tab out of the date's sections,
        if focused() is not dlg.issue_date_edit:   # Tab back in: the year is selected
            break
        key(qtbot, Qt.Key.Key_Backtab)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), date.today().strftime("%Y%m%d"))
    assert dlg.invoice().issue_date == date.today()

    wait_step(qtbot, coach, "reject_due")
    click_hole(qtbot, coach)                      # untick "Due date"
    assert dlg.invoice().due_date is None

    wait_step(qtbot, coach, "reject_save")
    click_hole(qtbot, coach)

    click_if_at(qtbot, coach, "reject_resend")    # unless the offline retry sent it already
    qtbot.waitUntil(lambda: reached(coach, "signin_expire"), timeout=30000)
    inv, facts = load_invoice(w.ctx.store, n2)
    assert facts["sync_state"] == "synced" and inv.issue_date == date.today()


def test_lesson_troubleshooting_network_and_refusal(tutorial_window, qtbot):
    w = tutorial_window
    coach = start(qtbot, w, "troubleshooting")
    _play_network_and_refusal(w, qtbot, coach)
    click_if_at(qtbot, coach, "signin_expire")    # Sync now with the expired sign-in
    wait_step(qtbot, coach, "signin_message", timeout=30000)
    assert "sign-in" in w.message_bar.text()
    assert w.sync_ui.status.paused


def test_lesson_troubleshooting_sign_in_again(tutorial_window, qtbot):
    w = tutorial_window
    lesson = w.tutorial.lesson("troubleshooting")
    w.tutorial.book.save_step(lesson.id, lesson.index_of("signin_expire"), "signin_expire",
                              {}, [])
    coach = start(qtbot, w, "troubleshooting", restart=False)   # resumes at the sign-in part

    wait_step(qtbot, coach, "signin_expire")    # the lesson changed the ERP password
    click_hole(qtbot, coach)

    wait_step(qtbot, coach, "signin_message", timeout=30000)
    press_next(qtbot, coach)

    wait_step(qtbot, coach, "signin_enter", timeout=8000)
    click_hole(qtbot, coach)
    type_keys(qtbot, "practice-2026")
    wait_step(qtbot, coach, "signin_save")          # typed: the hole moves to Save
    assert coach.target.objectName() == "saveConnectionButton"
    click_hole(qtbot, coach)                         # a click where Save is drawn

    wait_step(qtbot, coach, "signin_done", timeout=30000)
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "done")
    press_next(qtbot, coach)
    wait_done(qtbot, w, "troubleshooting")
