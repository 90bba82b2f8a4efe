"""GUI benchmarks (marker ``perf``): start to first page, deep scroll, search, open an
invoice, peak memory. Size from INVOICE_DESK_PERF_SIZE (default 100,000; CI uses a tiny
size). Prints each figure with its goal; asserts only that things work, never timings.

    INVOICE_DESK_PERF_SIZE=100000 .venv/bin/pytest -m perf tests/perf/test_gui_perf.py -s
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.perf.conftest import perf_size  # noqa: E402

pytestmark = pytest.mark.perf

ROOT = Path(__file__).resolve().parents[2]
SIZE = perf_size(100_000, 300)
GOALS = {"start": 1.5, "interaction": 0.100, "rss_mb": 300}


def report(name: str, value: float, goal: float, unit: str = "ms") -> None:
    shown = value * 1000 if unit == "ms" else value
    goal_shown = goal * 1000 if unit == "ms" else goal
    verdict = "ok" if value <= goal else "OVER GOAL"
    print(f"\n[perf] {name}: {shown:,.1f} {unit} (goal < {goal_shown:,.0f} {unit}; "
          f"{SIZE:,} invoices) {verdict}")


@pytest.fixture(scope="module")
def perf_data(tmp_path_factory):
    """A data dir whose practice profile holds SIZE demo invoices (built once per run)."""
    from desktop.sandbox.demo_data import generate
    from desktop.store.bulk import import_invoices
    from desktop.store.profiles import ProfileRegistry
    from desktop.store.store import Store
    from tests.memory_keyring import MemoryKeyring
    d = tmp_path_factory.mktemp("perf") / "data"
    reg = ProfileRegistry(d)
    prof = reg.ensure_practice()
    t = time.perf_counter()
    with Store(reg.store_path(prof.id)) as st:
        import_invoices(st, "perf", generate(SIZE, seed=11), action="demo", total=SIZE,
                        validate=False)
    print(f"\n[perf] building {SIZE:,} invoices took {time.perf_counter() - t:.1f} s")
    return d, dict(MemoryKeyring.store)


@pytest.fixture
def perf_window(perf_data, qtbot, tmp_path):
    from desktop.store.profiles import ProfileRegistry
    from desktop.ui import settings
    from desktop.ui.language import LanguageManager
    from desktop.ui.main_window import MainWindow
    from tests.memory_keyring import MemoryKeyring
    d, secrets = perf_data
    MemoryKeyring.store.update(secrets)
    settings.configure(tmp_path)
    reg = ProfileRegistry(d)
    w = MainWindow(reg, LanguageManager(__import__("PySide6.QtWidgets", fromlist=["QApplication"])
                                        .QApplication.instance()))
    qtbot.addWidget(w)
    w.resize(1280, 780)
    w.show()
    qtbot.waitExposed(w)
    w.open_profile(reg.get("practice"))
    yield w
    if w.current_editor is not None:
        w.current_editor.undo_stack.setClean()
        w.current_editor.reject()
    w.shutdown()
    settings.configure(None)


def test_start_to_first_page(perf_data, tmp_path):
    d, _ = perf_data
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INVOICE_DESK_QUIT_WHEN_READY="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    t0 = time.time()
    out = subprocess.run([sys.executable, "-m", "desktop.cli", "--data-dir", str(d),
                          "--profile", "practice"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    ready = [line for line in out.stdout.splitlines() if line.startswith("READY ")]
    assert ready, out.stderr
    report("process start → window with first page", float(ready[0].split()[1]) - t0,
           GOALS["start"], "ms")
    child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    report("peak RSS of the started process", child_rss, GOALS["rss_mb"], "MB")


def test_scroll_to_the_last_row(perf_window, qtbot):
    from PySide6.QtWidgets import QApplication
    w = perf_window
    n = w.model.rowCount()
    assert n == SIZE
    t = time.perf_counter()
    w.table.scrollToBottom()
    last = w.model.index(n - 1, 0)
    text = w.model.data(last)
    QApplication.processEvents()
    report("scroll to the last row", time.perf_counter() - t, GOALS["interaction"])
    assert text
    t = time.perf_counter()
    w.table.scrollTo(w.model.index(n // 2, 0))
    QApplication.processEvents()
    report("jump to the middle row", time.perf_counter() - t, GOALS["interaction"])


def test_search_keystroke_to_results(perf_window, qtbot):
    from PySide6.QtWidgets import QApplication
    w = perf_window
    names = [w.model.summary(r).party_name for r in range(50)]
    chinese = next(n for n in names if not n.isascii())
    latin = next(n for n in names if n.isascii())
    for label, text in (("Latin 3+ chars (FTS)", latin.split()[0][:5]),
                        ("Chinese 3 chars (FTS)", chinese[2:5]),
                        ("Chinese 2 chars (LIKE)", chinese[:2])):
        w.filter_bar.search_edit.setText(text)
        t = time.perf_counter()
        w.filter_bar.flush_search()   # the debounce (250 ms) left aside
        QApplication.processEvents()
        report(f"search keystroke → results, {label} '{text}' "
               f"({w.model.rowCount():,} found)", time.perf_counter() - t,
               GOALS["interaction"])
        assert w.model.rowCount() > 0
    w.filter_bar.search_edit.setText("")
    w.filter_bar.flush_search()
    t = time.perf_counter()
    w.filter_bar.status_combo.setCurrentIndex(w.filter_bar.status_combo.findData("draft"))
    QApplication.processEvents()
    report("status filter → results", time.perf_counter() - t, GOALS["interaction"])


def test_open_an_invoice_in_the_editor(perf_window, qtbot):
    from PySide6.QtWidgets import QApplication
    w = perf_window
    qtbot.wait(700)  # the clerk looks at the list first; the window warms the editor up then
    w.select_row(5)
    t = time.perf_counter()
    dlg = w.open_selected()
    QApplication.processEvents()
    report("open an invoice in the editor", time.perf_counter() - t, GOALS["interaction"])
    assert dlg.isVisible()
    dlg.undo_stack.setClean()
    dlg.reject()
    QApplication.processEvents()
    w.select_row(6)
    t = time.perf_counter()
    dlg = w.open_selected()
    QApplication.processEvents()
    report("open another invoice in the editor", time.perf_counter() - t, GOALS["interaction"])
    assert dlg.isVisible()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report("peak RSS of the test process (builds the data too)", rss, GOALS["rss_mb"], "MB")
