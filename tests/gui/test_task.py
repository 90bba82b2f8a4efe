"""The background task helper: callbacks on the GUI thread, progress, cancel, errors."""

from __future__ import annotations

import threading

import pytest

from desktop.workers.task import TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    assert r.shutdown(5000)


def test_result_and_progress_arrive_on_the_gui_thread(qtbot, runner):
    gui = threading.get_ident()
    seen = {}

    def job(ctx):
        seen["worker"] = threading.get_ident()
        for i in range(3):
            ctx.progress(i + 1, 3)
        return 42

    progress = []
    task = runner.run(job, on_done=lambda r: seen.update(result=r, done_thread=threading.get_ident()),
                      on_progress=lambda d, t: progress.append((d, t, threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["worker"] != gui
    assert seen["done_thread"] == gui
    assert [(d, t) for d, t, _ in progress] == [(1, 3), (2, 3), (3, 3)]
    assert all(th == gui for _, _, th in progress)


def test_errors_reach_on_error(qtbot, runner):
    errors = []

    def job(ctx):
        raise ValueError("boom")

    task = runner.run(job, on_error=errors.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ValueError)
    assert runner.active() == 0


def test_cancel_sets_the_event_the_job_polls(qtbot, runner):
    started = threading.Event()

    def job(ctx):
        started.set()
        while not ctx.cancelled.wait(0.01):
            pass
        return "stopped"

    task = runner.run(job)
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert task.result == "stopped"


def test_big_progress_numbers_do_not_wrap(qtbot, runner):
    got = []
    task = runner.run(lambda ctx: ctx.progress(3_000_000_000, 3_000_000_001),
                      on_progress=lambda d, t: got.append((d, t)))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert got == [(3_000_000_000, 3_000_000_001)]
