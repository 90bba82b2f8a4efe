"""First run: the welcome page; the demo is filled in the background; the smoke test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.store.profiles import ProfileRegistry

ROOT = Path(__file__).resolve().parents[2]


def test_first_run_shows_welcome_and_work_offline_opens_an_empty_store(make_window, data_dir,
                                                                      qtbot):
    reg = ProfileRegistry(data_dir)
    w = make_window(reg)
    w.show()
    w.show_welcome()
    assert w.stack.currentWidget() is w.welcome
    with qtbot.waitSignal(w.ready):
        qtbot.mouseClick(w.welcome.offline_button, __import__("PySide6.QtCore", fromlist=["Qt"])
                         .Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.list_page
    assert w.model.rowCount() == 0
    assert reg.last_used().kind == "offline"
    assert w.new_action.isEnabled()   # the default offline profile's user is administrator


def test_open_the_demo_fills_the_practice_store_in_the_background(make_window, data_dir,
                                                                  qtbot):
    reg = ProfileRegistry(data_dir)
    w = make_window(reg)
    w.show()
    w.show_welcome()
    progress = []
    with qtbot.waitSignal(w.ready, timeout=30000):
        w.open_demo(120)
        assert w.demo_task is not None              # running in the background
        w.demo_task.progressed.connect(lambda d, t: progress.append((d, t)))
    assert w.model.rowCount() == 120
    assert progress and progress[-1] == (120, 120)
    assert w.ctx.profile.kind == "practice"
    assert reg.last_used().id == "practice"
    assert "Practice" in w.windowTitle()


def test_demo_can_be_cancelled(make_window, data_dir, qtbot):
    reg = ProfileRegistry(data_dir)
    w = make_window(reg)
    w.show()
    w.show_welcome()
    w.open_demo(20000)
    task = w.demo_task
    with qtbot.waitSignal(task.finished, timeout=30000):
        w.welcome.cancel_button.click()
    assert w.stack.currentWidget() is w.welcome
    assert w.welcome.demo_button.isEnabled()


def test_smoke_test_exits_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-m", "desktop.cli", "--smoke-test", "--data-dir",
                          str(tmp_path / "smoke")], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=90)
    assert out.returncode == 0, out.stderr
    assert ProfileRegistry(tmp_path / "smoke").last_used().id == "practice"
