"""The tutorial overlay and coach: the hole lets input through and nothing else does, the
bubble sits beside its target and follows resizes, scrolling and dialogs, targets not shown
yet are waited for, the keyboard works (Enter, Esc), wrong actions get a hint, and lessons
resume where they were left."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.tutorial.lesson import parse_lesson
from desktop.tutorial.runner import LessonRun
from desktop.ui.tutorial import targets
from desktop.ui.tutorial.coach import TutorialCoach
from desktop.ui.tutorial.overlay import TutorialOverlay

from .test_tutorial_fixtures import (assert_target_shown, click_hole, hole_point,  # noqa: F401
                                     no_auto_sync, practice_dir, practice_template, press_next,
                                     start, tutorial_window, type_keys, wait_step)


def play(window, steps: list[dict], qtbot) -> TutorialCoach:
    """Run a lesson made up on the spot (not saved anywhere)."""
    lesson = parse_lesson({"format": 1, "id": "scratch", "title": "Scratch", "steps": steps})
    coach = TutorialCoach(window, LessonRun(lesson, None), erp=window.tutorial._practice_erp,
                          sync=window.tutorial._sync, sync_ui=window.tutorial._sync_ui)
    coach.start()
    return coach


def test_the_hole_lets_input_through_and_the_dimmed_part_does_not(tutorial_window, qtbot):
    w = tutorial_window
    coach = start(qtbot, w, "basics")
    wait_step(qtbot, coach, "welcome")
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "search")
    host = coach.host
    hole = host.overlay.hole
    assert hole.contains(w.filter_bar.search_edit.mapTo(w, QPoint(5, 5)))
    hit, _pos = hole_point(coach)                  # window.childAt(centre) is the search box
    assert hit is w.filter_bar.search_edit or w.filter_bar.search_edit.isAncestorOf(hit)

    vp = w.table.viewport()
    outside = vp.mapTo(w, vp.rect().center())
    assert not hole.contains(outside)
    assert w.childAt(outside) is host.overlay      # the rest of the window is covered
    selected = w.selected_uuids()
    with qtbot.waitSignal(coach.hint_shown) as hint:
        qtbot.mouseClick(host.overlay, Qt.MouseButton.LeftButton,
                         pos=host.overlay.mapFrom(w, outside))
    assert w.selected_uuids() == selected          # the click did not reach the table
    assert "search box" in hint.args[0] and host.callout.note_text() == hint.args[0]

    click_hole(qtbot, coach)                       # clicks and typing pass through the hole
    type_keys(qtbot, "INV-")
    assert w.filter_bar.search_edit.text() == "INV-"
    assert coach.run.step.id == "search"


def test_bubble_beside_the_target_follows_resizes_and_dialogs(tutorial_window, qtbot):
    w = tutorial_window
    coach = start(qtbot, w, "basics")
    wait_step(qtbot, coach, "welcome")
    callout = coach.host.callout
    assert callout.title.text() == "Basics: find, enter and print an invoice"
    assert callout.counter.text() == "1 of 17"
    assert not callout.back_button.isEnabled() and callout.next_button.isEnabled()
    assert "step 1 of 17" in callout.accessibleName()
    assert callout.accessibleDescription() == callout.text.text()
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "search")
    assert callout.back_button.isEnabled() and not callout.next_button.isEnabled()
    hole = coach.host.overlay.hole
    assert callout.arrow_side == "top" and callout.geometry().top() > hole.bottom()
    tip = callout.mapTo(w, callout.arrow_tip())
    assert hole.left() <= tip.x() <= hole.right() and abs(tip.y() - hole.bottom()) <= 2

    w.resize(900, 640)                             # the window shrinks: the hole follows
    edit = w.filter_bar.search_edit
    qtbot.waitUntil(lambda: coach.host.overlay.hole == targets.hole_rect(edit)
                    and coach.host.overlay.geometry() == w.rect())
    assert_target_shown(coach)
    assert w.rect().contains(callout.geometry())

    click_hole(qtbot, coach)
    type_keys(qtbot, coach.run.vars["found_number"])
    wait_step(qtbot, coach, "open")
    qtbot.waitUntil(lambda: w.model.rowCount() == 1)
    with qtbot.waitSignal(w.editor_opened) as opened:
        click_hole(qtbot, coach, double=True)
    dlg = opened.args[0]
    wait_step(qtbot, coach, "editor")              # the target is in the dialog now
    assert coach.host.window is dlg and coach.host.overlay.parentWidget() is dlg
    assert_target_shown(coach)
    dlg.resize(dlg.width() - 120, dlg.height() - 80)
    qtbot.waitUntil(lambda: coach.host.overlay.hole == targets.hole_rect(dlg.lines_view)
                    and coach.host.overlay.geometry() == dlg.rect())
    assert not coach.host.callout.geometry().intersects(coach.host.overlay.hole)
    with qtbot.waitSignal(coach.step_shown):
        qtbot.mouseClick(coach.host.callout.back_button, Qt.MouseButton.LeftButton)
    assert coach.run.step.id == "open"


def test_the_hole_follows_scrolling(tutorial_window, qtbot):
    w = tutorial_window
    row = w.model.rowCount() - 1
    far = w.model.summary(row).uuid
    coach = play(w, [{"id": "row", "text": "That one.", "target": "invoiceTable", "row": far,
                      "prepare": [{"do": "select_invoice", "invoice": far}]}], qtbot)
    qtbot.waitUntil(lambda: coach.target is w.table)
    bar = w.table.verticalScrollBar()
    assert bar.maximum() > 0
    for value in (0, bar.maximum()):
        bar.setValue(value)
        expected = targets.hole_rect(w.table, "", far)
        qtbot.waitUntil(lambda: coach.host.overlay.hole == expected)
    assert not coach.host.overlay.hole.isEmpty()
    coach.leave()


def test_a_target_not_shown_yet_is_waited_for_with_a_fallback(tutorial_window, qtbot):
    w = tutorial_window
    coach = play(w, [{"id": "later", "text": "Click the new button.", "target": "laterButton",
                      "wait": {"timeout_ms": 300, "fallback": "It is not there yet."},
                      "advance": {"signal": "clicked"}},
                     {"id": "end", "text": "Done."}], qtbot)
    qtbot.waitUntil(lambda: coach.host is not None and coach.host.callout.isVisible())
    assert coach.waiting and not coach.host.overlay.isVisible()   # nothing blocked meanwhile
    assert coach.host.callout.text.text() == "Click the new button."
    qtbot.waitUntil(lambda: coach.host.callout.note_text() == "It is not there yet.")
    button = QPushButton("Later", w.list_page)
    button.setObjectName("laterButton")
    w.list_page.layout().addWidget(button)
    button.show()
    qtbot.waitUntil(lambda: coach.target is button and not coach.waiting)
    assert coach.host.overlay.isVisible()
    with qtbot.waitSignal(coach.step_shown):
        click_hole(qtbot, coach)                   # the signal named by the step advances it
    assert coach.run.step.id == "end"
    coach.leave()


def test_wrong_actions_get_a_hint(tutorial_window, qtbot):
    w = tutorial_window
    coach = play(w, [{"id": "s", "text": "Type zzz.", "target": "searchEdit",
                      "advance": {"signal": "textChanged", "arg": {"contains": "zzz"}},
                      "wrong": [{"signal": "textChanged", "arg": {"contains": "a"},
                                 "hint": "Not an a: zzz."}]},
                     {"id": "end", "text": "Done."}], qtbot)
    qtbot.waitUntil(lambda: coach.target is w.filter_bar.search_edit)
    click_hole(qtbot, coach)
    with qtbot.waitSignal(coach.hint_shown) as hint:
        type_keys(qtbot, "a")
    assert hint.args[0] == "Not an a: zzz." and coach.run.step.id == "s"
    with qtbot.waitSignal(coach.step_shown):
        type_keys(qtbot, "zzz")
    assert coach.run.step.id == "end"
    coach.leave()


def test_keyboard_enter_is_next_and_esc_leaves_then_the_lesson_resumes(tutorial_window, qtbot):
    w = tutorial_window
    c = w.tutorial
    coach = start(qtbot, w, "basics")
    wait_step(qtbot, coach, "welcome")
    with qtbot.waitSignal(coach.step_shown):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)    # Enter: Next
    wait_step(qtbot, coach, "search")
    number = coach.run.vars["found_number"]
    with qtbot.waitSignal(c.lesson_finished) as finished:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)    # Esc: leave
    assert finished.args == ["basics", False]
    assert c.coach is None and not coach.hosts
    qtbot.waitUntil(lambda: not w.findChildren(TutorialOverlay))   # nothing left behind
    saved = c.book.get("basics")
    assert saved.step == "search" and not saved.completed

    c.fill_menu()                                  # Help ▸ Tutorials says where it stopped
    action = c.menu.findChild(type(c.start_action), "tutorialLessonAction_basics")
    assert "resume at step 2 of 17" in action.text() and not action.isChecked()

    coach = start(qtbot, w, "basics", restart=False)
    wait_step(qtbot, coach, "search")              # resumed where it was left
    assert coach.run.vars["found_number"] == number and coach.run.resumed
    coach.leave()


def test_resuming_inside_a_dialog_starts_from_the_step_that_opens_it(tutorial_window, qtbot):
    w = tutorial_window
    c = w.tutorial
    lesson = c.lesson("basics")
    c.book.save_step("basics", lesson.index_of("party"), "party", {"_max_id": 1}, [])
    c.fill_menu()
    action = c.menu.findChild(type(c.start_action), "tutorialLessonAction_basics")
    coach = start(qtbot, w, "basics", restart=False)
    wait_step(qtbot, coach, "new")                 # "party" resumes at "new"
    assert_target_shown(coach)
    # the menu promised the step the clerk now sees, not the one inside the dialog
    assert f"resume at step {coach.run.shown_number} of {coach.run.shown_total}" \
        in action.text()
    coach.leave()
    coach = start(qtbot, w, "basics", restart=True)
    wait_step(qtbot, coach, "welcome")
    coach.leave()


def test_completion_is_marked_and_shown_in_the_menu(tutorial_window, qtbot):
    w = tutorial_window
    c = w.tutorial
    c.book.save_step("basics", len(c.lesson("basics").steps) - 1, "done", {}, [])
    coach = start(qtbot, w, "basics", restart=False)
    wait_step(qtbot, coach, "done")
    assert coach.host.callout.next_button.text() == "&Finish"
    with qtbot.waitSignal(c.lesson_finished) as finished:
        press_next(qtbot, coach)
    assert finished.args == ["basics", True]
    assert c.book.get("basics").completed and "Lesson completed" in w.message_bar.text()
    c.fill_menu()
    action = c.menu.findChild(type(c.start_action), "tutorialLessonAction_basics")
    assert action.isChecked()
    with qtbot.waitSignal(c.lesson_started):        # the menu starts the next lesson's steps
        c.menu.findChild(type(c.start_action), "tutorialLessonAction_sync").trigger()
    assert c.coach.run.lesson.id == "sync"
    c.coach.leave()


def test_practice_banner_and_reset_practice_data(tutorial_window, qtbot, monkeypatch):
    from desktop.tutorial.practice import practice_erp
    w = tutorial_window
    c = w.tutorial
    banner = w.findChild(QPushButton, "resetPracticeButton").parentWidget()
    assert banner.objectName() == "practiceBanner" and banner.isVisible()
    assert "Nothing here reaches your real ERP" in banner.label.text()
    old_store = w.ctx.store.store_id
    c.book.save_step("sync", 3, "sync_now", {"send": "x"}, [])
    c.practice_count = 12
    erp = practice_erp(w.registry)
    erp.drop_network()
    monkeypatch.setattr(banner, "ask_reset", lambda: True)
    with qtbot.waitSignal(c.practice_ready, timeout=60000):
        qtbot.mouseClick(banner.reset_button, Qt.MouseButton.LeftButton)
    assert w.ctx is not None and w.ctx.profile.kind == "practice"
    assert w.ctx.store.store_id != old_store
    assert c.book.practice_store_id() == w.ctx.store.store_id
    assert w.model.rowCount() == 12
    assert not c.book.get("sync").in_progress      # lessons start over on new data
    assert len(erp.books.live_invoice_ids()) > 0   # the ERP was emptied, refilled, reachable
    assert banner.isVisible()


def test_start_the_tutorial_from_the_welcome_page(qtbot, languages, data_dir, no_auto_sync):
    """No practice profile yet: the first lesson prepares practice data, then starts."""
    from desktop.store.profiles import ProfileRegistry
    from desktop.sync.connect import stop_practice_servers
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tutorial import install_tutorial, start_lesson
    w = MainWindow(ProfileRegistry(data_dir), languages)
    qtbot.addWidget(w)
    w.show()
    w.show_welcome()
    try:
        c = install_tutorial(w)
        assert install_tutorial(w) is c
        assert not c.banner.isVisible()
        c.practice_count = 12
        with qtbot.waitSignal(c.lesson_started, timeout=60000):
            assert start_lesson(w)
        assert w.ctx.profile.kind == "practice" and c.banner.isVisible()
        wait_step(qtbot, c.coach, "welcome")
        assert_target_shown(c.coach)
        c.coach.leave()
    finally:
        assert w.runner.shutdown(10000)
        w.shutdown()
        stop_practice_servers()


def test_leaving_a_lesson_undoes_what_it_did_to_sync_and_the_practice_erp(tutorial_window,
                                                                         qtbot):
    w = tutorial_window
    ctl = w.sync_ui.controller
    with qtbot.waitSignal(ctl.status_changed, timeout=10000,
                          check_params_cb=lambda st: st.paused):
        coach = play(w, [{"id": "down", "text": "The network is down.",
                          "prepare": [{"do": "drop_network"},
                                      {"do": "change_password", "password": "x"},
                                      {"do": "pause_sync"}]},
                         {"id": "end", "text": "End."}], qtbot)
    with qtbot.waitSignal(ctl.run_finished, timeout=20000,
                          check_params_cb=lambda r: r["outcome"] == "ok"):
        coach.leave()                   # sync resumes, and reaches the ERP with the password
    assert not w.sync_ui.status.paused
