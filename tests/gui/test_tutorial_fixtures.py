"""Fixtures and clerk helpers shared by the tutorial tests (no tests in this module).

Practice data is prepared once per session the way the app does it (sample store, practice
ERP emptied, one sync), then copied per test with its keychain entries. A "clerk" acts only
through the hole the tutorial leaves open: every click lands on ``window.childAt()`` at the
hole, so a hole that did not let input through would fail the lesson.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

PRACTICE_COUNT = 40


@pytest.fixture(scope="session")
def practice_template(tmp_path_factory):
    """A data directory whose practice profile holds prepared practice data (store + ERP)."""
    from desktop.store.profiles import ProfileRegistry
    from desktop.sync.connect import stop_practice_servers
    from desktop.tutorial.practice import prepare_practice
    from tests.memory_keyring import MemoryKeyring
    d = tmp_path_factory.mktemp("tutorial-template") / "data"
    registry = ProfileRegistry(d)
    registry.ensure_practice()
    result = prepare_practice(registry, count=PRACTICE_COUNT)
    assert result.synced > 0
    stop_practice_servers()
    return d, dict(MemoryKeyring.store)


@pytest.fixture
def practice_dir(practice_template, tmp_path):
    from tests.memory_keyring import MemoryKeyring
    template, secrets = practice_template
    d = tmp_path / "data"
    shutil.copytree(template, d)
    MemoryKeyring.store.update(secrets)
    return d


@pytest.fixture
def no_auto_sync(monkeypatch):
    """Sync runs only when the clerk (or a lesson) asks: no timer racing the test."""
    try:
        from desktop.ui.sync_ui import SyncUi
    except ImportError:
        return
    monkeypatch.setattr(SyncUi, "auto", False)


@pytest.fixture
def tutorial_window(qtbot, languages, practice_dir, no_auto_sync):
    """The main window on prepared practice data, with tutorial mode installed."""
    from desktop.store.profiles import ProfileRegistry
    from desktop.sync.connect import stop_practice_servers
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tutorial import install_tutorial
    registry = ProfileRegistry(practice_dir)
    w = MainWindow(registry, languages)
    qtbot.addWidget(w)
    w.resize(1280, 780)
    w.show()
    w.open_profile(registry.get("practice"))
    qtbot.waitExposed(w)
    install_tutorial(w)
    yield w
    coordinator = w.tutorial
    if coordinator.coach is not None:
        coordinator.coach.leave()
    for top in QApplication.topLevelWidgets():
        stack = getattr(top, "undo_stack", None)
        if top.isVisible() and top is not w and stack is not None:
            stack.setClean()
    if w.current_editor is not None:
        w.current_editor.reject()
    assert w.runner.shutdown(10000), "a background task did not stop"
    w.shutdown()
    stop_practice_servers()


# --- the clerk ------------------------------------------------------------------------------

def start(qtbot, window, lesson: str, restart: bool = True):
    """Start ``lesson`` and return its coach once the first step shows."""
    c = window.tutorial
    with qtbot.waitSignal(c.lesson_started, timeout=20000):
        assert c.start_lesson(lesson, restart=restart)
    return c.coach


def wait_step(qtbot, coach, step_id: str, timeout: int = 15000) -> None:
    """Wait until ``step_id`` shows with its target found and laid out."""
    def shown():
        return (coach.active and not coach._pending and coach.run.step.id == step_id
                and coach.host is not None and coach.host.callout.isVisible()
                and (not coach.run.step.target or not coach.waiting))
    try:
        qtbot.waitUntil(shown, timeout=timeout)
    except Exception as exc:
        editor = QApplication.activeModalWidget()
        inv = editor.invoice() if hasattr(editor, "invoice") else None
        state = {"at": coach.run.step.id, "waiting": coach.waiting, "active": coach.active,
                 "note": coach.host.callout.note_text() if coach.host else "",
                 "focus": QApplication.focusWidget(),
                 "editor": inv and (inv.party_name, [(ln.description, str(ln.quantity),
                                                      str(ln.unit_price)) for ln in inv.lines])}
        raise AssertionError(f"step {step_id!r} did not show: {state}") from exc
    QApplication.processEvents()
    coach._layout()
    assert_target_shown(coach)      # every step shown in a test: target visible and reachable


def reached(coach, step_id: str) -> bool:
    """Is the lesson at ``step_id`` or past it (background sync may move a step on by
    itself: the worker retries after being offline, as the lesson says)?"""
    lesson = coach.run.lesson
    return coach.run.finished or coach.run.index >= lesson.index_of(step_id)


def click_if_at(qtbot, coach, step_id: str, timeout: int = 15000) -> None:
    """Click the hole of ``step_id`` unless the lesson already went past it by itself."""
    qtbot.waitUntil(lambda: not coach._pending and reached(coach, step_id), timeout=timeout)
    if coach.run.step.id == step_id:
        wait_step(qtbot, coach, step_id)
        click_hole(qtbot, coach)


def hole_point(coach) -> tuple[QWidget, QPoint]:
    """The widget under the centre of the hole (what a click there reaches) and the point in
    its coordinates. Asserts the hole lets input through to the step's target."""
    host = coach.host
    hole = host.overlay.hole
    assert not hole.isEmpty(), f"step {coach.run.step.id}: no hole"
    center = hole.center()
    hit = host.window.childAt(center)
    assert hit is not None and hit is not host.overlay, f"step {coach.run.step.id}: the overlay " \
                                                         f"covers its own hole"
    target = coach.target
    assert hit is target or target.isAncestorOf(hit), \
        f"step {coach.run.step.id}: {hit.objectName()!r} is under the hole, not the target"
    return hit, hit.mapFrom(host.window, center)


def assert_target_shown(coach) -> None:
    step = coach.run.step
    QApplication.processEvents()
    if not step.target:
        return
    t = coach.target
    assert t is not None and t.isVisible(), f"step {step.id}: target {step.target} not shown"
    assert coach.host.window is t.window()
    assert coach.host.overlay.isVisible() and coach.host.callout.isVisible()
    callout = coach.host.callout.geometry()
    assert not callout.intersects(coach.host.overlay.hole) or \
        coach.host.overlay.hole.contains(callout), f"step {step.id}: bubble over the target"
    hole_point(coach)


def click_hole(qtbot, coach, double: bool = False) -> None:
    assert_target_shown(coach)
    w, pos = hole_point(coach)
    if double:
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(w, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton, pos=pos)


def click_at(qtbot, coach, widget: QWidget, pos: QPoint, double: bool = False) -> None:
    """Click ``pos`` of ``widget``, which must lie in the hole and be reachable there."""
    host = coach.host
    p = widget.mapTo(host.window, pos)
    assert host.overlay.hole.contains(p), f"step {coach.run.step.id}: {p} is not in the hole"
    hit = host.window.childAt(p)
    assert hit is widget or widget.isAncestorOf(hit), f"{hit} is under {p}, not {widget}"
    click = qtbot.mouseDClick if double else qtbot.mouseClick
    click(widget, Qt.MouseButton.LeftButton, pos=pos)


def press_next(qtbot, coach) -> None:
    b = coach.host.callout.next_button
    assert b.isEnabled(), f"step {coach.run.step.id}: Next is disabled"
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)


def type_keys(qtbot, text: str) -> None:
    """Type into whatever has the keyboard focus, key by key."""
    from .conftest import type_text
    type_text(None, text)


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def wait_done(qtbot, window, lesson_id: str, timeout: int = 15000) -> None:
    c = window.tutorial
    qtbot.waitUntil(lambda: c.coach is None and c.book.get(lesson_id).completed,
                    timeout=timeout)
