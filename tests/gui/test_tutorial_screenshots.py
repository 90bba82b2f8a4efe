"""Pictures of a step of every lesson, in English and in Chinese, for a person to look at.

Runs only when INVOICE_DESK_SCREENSHOTS names a folder:

    INVOICE_DESK_SCREENSHOTS=/tmp/shots .venv/bin/pytest tests/gui/test_tutorial_screenshots.py

The Chinese pictures use the shipped .qm plus the tutorial's own translations compiled on the
fly from i18n/pending/tutorial.json (until they are merged into the .ts files).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QTranslator, Qt
from PySide6.QtWidgets import QApplication

from desktop.paths import resource_dir
from desktop.ui.models.conflict_fields_model import COL_MINE, COL_THEIRS

from .test_tutorial_fixtures import (click_at, click_hole, key, no_auto_sync,  # noqa: F401
                                     practice_dir, practice_template, press_next, start,
                                     tutorial_window, type_keys, wait_step)

SHOTS = os.environ.get("INVOICE_DESK_SCREENSHOTS", "")
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not SHOTS, reason="set INVOICE_DESK_SCREENSHOTS=folder")


def _pending_qm(tmp_path: Path) -> Path:
    """The tutorial's zh_CN translations as a .qm (built with pyside6-lrelease)."""
    from tests.tools.update_translations import tool
    data = json.loads((ROOT / "i18n" / "pending" / "tutorial.json").read_text("utf-8"))
    contexts: dict[str, list] = {}
    for e in data:
        contexts.setdefault(e["context"], []).append(e)
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
             '<TS version="2.1" language="zh_CN">\n']
    for name, entries in contexts.items():
        parts.append(f"<context><name>{escape(name)}</name>\n")
        for e in entries:
            parts.append(f"<message><source>{escape(e['source'])}</source>"
                         f"<translation>{escape(e['translation'])}</translation></message>\n")
        parts.append("</context>\n")
    parts.append("</TS>\n")
    ts = tmp_path / "tutorial_zh_CN.ts"
    ts.write_text("".join(parts), encoding="utf-8")
    qm = tmp_path / "tutorial_zh_CN.qm"
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp, languages, tmp_path):
    before = qapp.styleSheet()
    qapp.setStyleSheet((resource_dir() / "style.qss").read_text(encoding="utf-8"))
    extra = None
    if request.param != "en":
        languages.apply(request.param)
        extra = QTranslator(qapp)
        assert extra.load(str(_pending_qm(tmp_path)))
        qapp.installTranslator(extra)
    yield request.param
    if extra is not None:
        qapp.removeTranslator(extra)
    languages.apply("en")
    qapp.setStyleSheet(before)


def shot(coach, name: str, lang: str) -> Path:
    for _ in range(3):
        QApplication.processEvents()
    coach._layout()
    QApplication.processEvents()
    out = Path(SHOTS) / f"tutorial_{name}_{lang}.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    widget = coach.host.window
    assert widget.grab().save(str(out))
    return out


def test_screenshots_of_a_step_of_each_lesson(tutorial_window, qtbot, language):
    w = tutorial_window
    # 1 basics: the search step in the window, the problems step in the editor
    coach = start(qtbot, w, "basics")
    wait_step(qtbot, coach, "welcome")
    shot(coach, "basics_welcome", language)
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "search")
    shot(coach, "basics_search", language)
    lesson = w.tutorial.lesson("basics")
    coach.leave()
    w.tutorial.book.save_step("basics", lesson.index_of("new"), "new", {}, [])
    coach = start(qtbot, w, "basics", restart=False)
    wait_step(qtbot, coach, "new")
    with qtbot.waitSignal(w.editor_opened):
        click_hole(qtbot, coach)
    wait_step(qtbot, coach, "empty_save")
    click_hole(qtbot, coach)
    wait_step(qtbot, coach, "problems")
    shot(coach, "basics_problems", language)
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "party")
    shot(coach, "basics_party", language)
    coach.leave()
    w.current_editor.undo_stack.setClean()
    w.current_editor.reject()

    # 2 sync: Sync now after approving
    coach = start(qtbot, w, "sync")
    wait_step(qtbot, coach, "column")
    shot(coach, "sync_column", language)
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "approve")
    click_hole(qtbot, coach)
    wait_step(qtbot, coach, "sync_now")
    shot(coach, "sync_sync_now", language)
    click_hole(qtbot, coach)
    wait_step(qtbot, coach, "synced", timeout=30000)
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "status_bar")
    shot(coach, "sync_status_bar", language)
    coach.leave()

    # 3 conflicts: deciding field by field in the conflict dialog
    coach = start(qtbot, w, "conflicts")
    wait_step(qtbot, coach, "intro")
    shot(coach, "conflicts_intro", language)
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "open")
    with qtbot.waitSignal(w.editor_opened):
        click_hole(qtbot, coach, double=True)
    wait_step(qtbot, coach, "notes")
    click_hole(qtbot, coach)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "Call before delivery")
    wait_step(qtbot, coach, "terms")
    click_hole(qtbot, coach)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, "45 days")
    wait_step(qtbot, coach, "save")
    click_hole(qtbot, coach)
    wait_step(qtbot, coach, "banner", timeout=30000)
    shot(coach, "conflicts_banner", language)
    click_at(qtbot, coach, w.conflict_banner.open_button,
             w.conflict_banner.open_button.rect().center())
    wait_step(qtbot, coach, "fields")
    cd = coach.target.window()
    qtbot.waitUntil(lambda: cd.fields_model.rowCount() > 0)
    for name, col in (("notes", COL_MINE), ("payment_terms", COL_THEIRS)):
        row = next(i for i, r in enumerate(cd.fields_model.rows)
                   if r.field == name and r.kind == "conflict")
        idx = cd.fields_model.index(row, col)
        click_at(qtbot, coach, cd.table.viewport(), cd.table.visualRect(idx).center())
    shot(coach, "conflicts_fields", language)
    coach.leave()
    cd.reject()

    # 4 troubleshooting: offline
    coach = start(qtbot, w, "troubleshooting")
    wait_step(qtbot, coach, "intro")
    press_next(qtbot, coach)
    wait_step(qtbot, coach, "offline_approve")
    shot(coach, "troubleshooting_offline_approve", language)
    click_hole(qtbot, coach)
    wait_step(qtbot, coach, "offline_sync")
    click_hole(qtbot, coach)
    wait_step(qtbot, coach, "offline_status", timeout=30000)
    shot(coach, "troubleshooting_offline_status", language)
    coach.leave()
