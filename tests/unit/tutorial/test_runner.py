"""Walking a lesson without a window: next, back, skip, branches, variables, resume."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.tutorial.lesson import parse_lesson
from desktop.tutorial.progress import ProgressBook
from desktop.tutorial.runner import LessonRun, fill, match_arg, resolve

LESSON = {
    "format": 1, "id": "demo", "title": "Demo", "steps": [
        {"id": "a", "text": "Hello {name}.", "prepare": [
            {"do": "set_var", "name": "Ann"}, {"do": "select_invoice", "invoice": "{x}"}]},
        {"id": "b", "text": "Click.", "target": "okButton",
         "advance": [{"signal": "clicked"}, {"signal": "triggered", "on": "okAction",
                                              "goto": "d"}],
         "wrong": [{"signal": "clicked", "on": "cancelButton", "hint": "Not {name}'s."}]},
        {"id": "c", "text": "Branch.", "resume": "b",
         "branches": [{"when": {"pending_max": 0}, "goto": "e"}]},
        {"id": "d", "text": "D."},
        {"id": "e", "text": "Today is {today}."},
    ]}


def lesson():
    return parse_lesson(LESSON)


def test_next_back_skip_and_goto():
    run = LessonRun(lesson())
    assert run.step.id == "a" and run.total == 5 and not run.history
    run.next()
    assert run.step.id == "b"
    run.next(goto="d")                              # the trigger's goto
    assert run.step.id == "d"
    assert run.back().id == "b" and run.back().id == "a" and run.back() is None
    run.skip()
    assert run.step.id == "b"


def test_branches_decide_before_the_goto():
    run = LessonRun(lesson())
    run.next()
    run.next()
    assert run.step.id == "c"
    run.next(decide=lambda cond: False)
    assert run.step.id == "d"
    run.back()
    run.next(goto="d", decide=lambda cond: cond == {"pending_max": 0})
    assert run.step.id == "e"
    assert run.text() == f"Today is {date.today().isoformat()}."
    assert run.next() is None and run.finished


def test_signals_match_the_step_and_wrong_actions_get_their_hint():
    run = LessonRun(lesson())
    run.vars["name"] = "Ann"
    run.next()
    assert run.signal_trigger("okButton", "clicked").goto == ""
    assert run.signal_trigger("okAction", "triggered").goto == "d"
    assert run.signal_trigger("cancelButton", "clicked") is None
    wrong = run.wrong_trigger("cancelButton", "clicked")
    assert run.text(text=wrong.hint) == "Not Ann's."
    assert ("okButton", "clicked") in run.signal_sources()


def test_store_actions_run_once_window_actions_every_time():
    run = LessonRun(lesson())
    assert [a["do"] for a in run.pending_actions()] == ["set_var", "select_invoice"]
    run.mark_prepared()
    assert [a["do"] for a in run.pending_actions()] == ["select_invoice"]
    run.vars["x"] = "uuid-1"
    assert run.resolved(run.pending_actions()[0]) == {"do": "select_invoice",
                                                       "invoice": "uuid-1"}


def test_progress_is_saved_and_resumed_at_the_resume_step(tmp_path):
    book = ProgressBook(tmp_path / "p.json")
    run = LessonRun(lesson(), book)
    run.vars["name"] = "Ann"
    run.mark_prepared()
    run.next()
    run.next()                                       # at "c", which resumes at "b"
    again = LessonRun(lesson(), ProgressBook(tmp_path / "p.json"))
    assert again.resumed and again.step.id == "b"
    assert again.vars == {"name": "Ann"} and "a" in again.done_actions
    fresh = LessonRun(lesson(), book, resume=False)
    assert fresh.step.id == "a"
    again.restart()
    assert LessonRun(lesson(), ProgressBook(tmp_path / "p.json")).step.id == "a"


def test_a_step_gone_from_an_edited_lesson_resumes_by_position(tmp_path):
    book = ProgressBook(tmp_path / "p.json")
    book.save_step("demo", 3, "renamed", {}, [])
    assert LessonRun(lesson(), book).step.id == "d"


@dataclass
class _Status:
    outcome: str


def test_argument_matchers_and_variables():
    assert match_arg(None, ())
    assert match_arg("not_empty", ("x",)) and not match_arg("not_empty", (None,))
    assert match_arg({"contains": "inv-7"}, ("Find INV-7 now",))
    assert match_arg({"equals": 3}, (3,)) and not match_arg({"equals": 3}, (4,))
    assert match_arg({"fields": {"outcome": "offline"}}, ({"outcome": "offline"},))
    assert match_arg({"fields": {"outcome": "offline"}}, (_Status("offline"),))
    assert not match_arg({"fields": {"outcome": "offline"}}, (_Status("ok"),))
    assert fill("{a} and {b}", {"a": 1}) == "1 and {b}"         # unknown names stay
    assert resolve({"x": ["{a}", 2]}, {"a": "A"}) == {"x": ["A", 2]}


COUNTED = {
    "format": 1, "id": "count", "title": "Count", "steps": [
        {"id": "a", "text": "A."},
        {"id": "b", "text": "B.", "skip_if": {"pending_max": 0}},
        {"id": "c", "text": "C.", "advance": {"next": True, "goto": "e"},
         "branches": [{"when": {"pending_max": 1}, "goto": "d"}]},
        {"id": "d", "text": "An aside only a branch leads to."},
        {"id": "e", "text": "E."},
        {"id": "f", "text": "F."},
    ]}


def _shown(run):
    return run.shown_number, run.shown_total


def test_the_step_counter_leaves_no_gap_for_skipped_steps_and_asides(tmp_path):
    book = ProgressBook(tmp_path / "p.json")
    run = LessonRun(parse_lesson(COUNTED), book)
    assert _shown(run) == (1, 5)                    # "d" is an aside: not counted ahead
    run.next()
    assert run.step.id == "b" and _shown(run) == (2, 5)
    run.skip_silently()                             # its skip_if held
    assert run.step.id == "c" and _shown(run) == (2, 4)
    run.next(goto="e", decide=lambda cond: False)   # the usual way: past the aside
    assert run.step.id == "e" and _shown(run) == (3, 4)
    again = LessonRun(parse_lesson(COUNTED), ProgressBook(tmp_path / "p.json"))
    assert again.step.id == "e" and _shown(again) == (3, 4) and again.vars == {}
    assert run.back().id == "c" and _shown(run) == (2, 4)
    run.next(goto="e", decide=lambda cond: True)    # the branch into the aside
    assert run.step.id == "d" and _shown(run) == (3, 5)
    run.next()
    assert run.step.id == "e" and _shown(run) == (4, 5)
    run.next()
    assert run.step.id == "f" and _shown(run) == (5, 5)
    run.restart()
    assert _shown(run) == (1, 5)
