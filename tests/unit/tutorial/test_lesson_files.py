"""The shipped lessons: they load, their references hold, and every visible string of them
goes through Qt Linguist (listed in lesson_strings.py) and has its Chinese translation."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from desktop.tutorial import catalog
from desktop.tutorial.lesson import (CONTEXT, ENGINE_ACTIONS, UI_ACTIONS, LessonError,
                                     load_lesson, load_lessons, parse_lesson)

ROOT = Path(__file__).resolve().parents[3]
PENDING = ROOT / "i18n" / "pending" / "tutorial.json"
UI_SOURCES = sorted((ROOT / "desktop" / "ui" / "tutorial").glob("*.py"))
QT_FREE_SOURCES = sorted((ROOT / "desktop" / "tutorial").glob("*.py"))


def _noop_strings(path: Path) -> list[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP call in ``path``."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            out.append((node.args[0].value, node.args[1].value))
    return out


def _tr_strings(path: Path) -> list[tuple[str, str]]:
    """(class name, text) of every self.tr("...") in ``path`` (lupdate's contexts)."""
    out = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
        for node in ast.walk(cls):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "tr" and node.args \
                    and isinstance(node.args[0], ast.Constant):
                out.append((cls.name, node.args[0].value))
    return out


def test_every_shipped_lesson_loads_in_order():
    lessons = load_lessons()
    assert [ls.id for ls in lessons] == ["basics", "sync", "conflicts", "troubleshooting"]
    for ls in lessons:
        assert ls.steps[-1].target is None, f"{ls.id} ends on a closing word"
        for step in ls.steps:
            for a in step.prepare:
                assert a["do"] in ENGINE_ACTIONS | UI_ACTIONS


def test_lesson_strings_py_is_generated_from_the_lessons():
    assert catalog.is_current(), "run: .venv/bin/python -m desktop.tutorial.catalog"


def test_every_lesson_string_is_marked_for_qt_linguist():
    listed = set(_noop_strings(ROOT / "desktop" / "tutorial" / "lesson_strings.py"))
    for ls in load_lessons():
        for text in ls.strings():
            assert (CONTEXT, text) in listed, (ls.id, text)


def _pending() -> dict[tuple[str, str], str]:
    data = json.loads(PENDING.read_text(encoding="utf-8"))
    assert all(set(e) == {"context", "source", "translation"} for e in data)
    return {(e["context"], e["source"]): e["translation"] for e in data}


def test_every_tutorial_string_has_its_chinese_translation():
    pending = _pending()
    wanted = set(_noop_strings(ROOT / "desktop" / "tutorial" / "lesson_strings.py"))
    for p in QT_FREE_SOURCES:
        if p.name != "lesson_strings.py":
            wanted |= set(_noop_strings(p))
    for p in UI_SOURCES:
        wanted |= set(_tr_strings(p))
    missing = sorted(wanted - set(pending))
    assert not missing, f"add to {PENDING.name}: {missing[:5]}"
    for key, zh in pending.items():
        words = re.sub(r"\{\w+\}", "", key[1])
        assert zh.strip() and (zh != key[1] or not re.search("[A-Za-z]{4}", words)), key
        assert set(re.findall(r"\{\w+\}", key[1])) == set(re.findall(r"\{\w+\}", zh)), key
        assert key[1].count("&") == zh.count("&"), key


def test_pending_translations_are_still_used():
    pending = _pending()
    used = set(_noop_strings(ROOT / "desktop" / "tutorial" / "lesson_strings.py"))
    for p in QT_FREE_SOURCES:
        used |= set(_noop_strings(p))
    for p in UI_SOURCES:
        used |= set(_tr_strings(p))
    assert not sorted(set(pending) - used)


@pytest.mark.parametrize("change,reason", [
    (lambda d: d.update(format=2), "\"format\" must be 1"),
    (lambda d: d.update(colour="red"), "unknown key(s) colour"),
    (lambda d: d["steps"].append(dict(d["steps"][0])), "step ids repeat: a"),
    (lambda d: d["steps"][0].update(placement="middle"), "\"placement\" is one of"),
    (lambda d: d["steps"][0].update(advance={"next": True, "goto": "nowhere"}),
     "names a step \"nowhere\" that does not exist"),
    (lambda d: d["steps"][0].update(advance={"condition": {"invoice": {"gross": "1"}}}),
     "\"invoice\" needs \"uuid\""),
    (lambda d: d["steps"][0].update(advance={"condition": {"raining": True}}),
     "unknown condition \"raining\""),
    (lambda d: d["steps"][0].update(prepare=[{"do": "format_disk"}]),
     "unknown action \"format_disk\""),
    (lambda d: d["steps"][0].update(wrong=[{"signal": "clicked"}]), "\"hint\" must be"),
    (lambda d: d["steps"][0].update(advance={"signal": "clicked", "arg": {"near": 1}}),
     "\"arg\" is \"not_empty\""),
])
def test_a_broken_lesson_file_is_refused_with_its_reason(tmp_path, change, reason):
    data = {"format": 1, "id": "x", "title": "X", "steps": [{"id": "a", "text": "A"}]}
    change(data)
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LessonError) as err:
        load_lesson(path)
    assert reason in err.value.text() and str(path) in err.value.text()


def test_a_file_that_is_not_json_names_the_line(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"format": 1,\n "id": }', encoding="utf-8")
    with pytest.raises(LessonError, match="line 2"):
        load_lesson(path)


def test_defaults_of_a_minimal_step():
    ls = parse_lesson({"format": 1, "id": "x", "title": "X", "steps": [{"id": "a", "text": "A"}]})
    step = ls.steps[0]
    assert step.target is None and step.needs_next and step.placement == "auto"
    assert ls.strings() == ["X", "A"]
