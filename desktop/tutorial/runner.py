"""Walking one clerk through one lesson: the current step, Back/Next/Skip, branches, variables,
matching what happened against what the step waits for, and saving progress (Qt-free).

The window's coach (``desktop/ui/tutorial/coach.py``) tells the run what the clerk did (a
signal from a widget, a store change) and shows what the run says; the run never looks at
widgets itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .lesson import REPEATABLE_ACTIONS, Lesson, Step, Trigger
from .progress import ProgressBook


class _Vars(dict):
    """format_map() leaves an unknown {name} as it is instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, vars_: dict) -> str:
    try:
        return text.format_map(_Vars(vars_))
    except (ValueError, IndexError, AttributeError):
        return text


def builtin_vars() -> dict:
    """Variables every lesson text may use."""
    return {"today": date.today().isoformat()}


def resolve(value: Any, vars_: dict) -> Any:
    """``value`` with every ``{name}`` in its strings filled from ``vars_`` (lists, dicts too)."""
    if isinstance(value, str):
        return fill(value, vars_) if "{" in value else value
    if isinstance(value, list):
        return [resolve(v, vars_) for v in value]
    if isinstance(value, dict):
        return {k: resolve(v, vars_) for k, v in value.items()}
    return value


def match_arg(matcher: Any, args: tuple) -> bool:
    """Does a signal's first argument satisfy a trigger's ``arg`` matcher?"""
    if matcher is None:
        return True
    first = args[0] if args else None
    if matcher == "not_empty":
        return first is not None and first != "" and first != [] and first is not False
    (kind, want), = matcher.items()
    if kind == "contains":
        return str(want).lower() in str(first if first is not None else "").lower()
    if kind == "equals":
        return str(first) == str(want)
    if kind == "fields":
        for key, value in want.items():
            got = first.get(key) if isinstance(first, dict) else getattr(first, key, None)
            if str(got) != str(value):
                return False
        return True
    return False


SKIPPED_VAR = "_skipped"      # the saved progress keeps the skipped steps under this name


def detours(lesson: Lesson) -> frozenset[int]:
    """Steps the lesson never walks into from the step before: that step always jumps
    elsewhere (every advance trigger has a ``goto``), so only a branch, a goto or Skip leads
    there (a "you chose differently" aside). They count only when the clerk sees them."""
    out = set()
    for i in range(1, len(lesson.steps)):
        before = lesson.steps[i - 1].advance
        if before and all(t.goto and t.goto != lesson.steps[i].id for t in before):
            out.add(i)
    return frozenset(out)


def resume_index(lesson: Lesson, progress) -> int:
    """The step a lesson left at ``progress`` resumes at: the saved one, or the step its
    ``resume`` names (a step inside a dialog resumes where that dialog is opened)."""
    i = lesson.index_of(progress.step) if progress.step else -1
    if i < 0:
        i = min(max(progress.index, 0), len(lesson.steps) - 1)
    back_to = lesson.steps[i].resume
    return lesson.index_of(back_to) if back_to else i


class LessonRun:
    """One lesson being played. ``book`` None: nothing is saved (tests of the engine)."""

    def __init__(self, lesson: Lesson, book: ProgressBook | None = None, *,
                 resume: bool = True) -> None:
        self.lesson = lesson
        self.book = book
        self.index = 0
        self.vars: dict = {}
        self.done_actions: list[str] = []
        self.history: list[int] = []
        self.finished = False
        self.resumed = False
        self.skipped: set[int] = set()   # steps passed over on this run: skip_if, a goto
        self._detours = detours(lesson)
        if resume and book is not None:
            p = book.get(lesson.id)
            if p.in_progress:
                i = resume_index(lesson, p)
                self.index = i
                self.vars = dict(p.vars)
                saved = self.vars.pop(SKIPPED_VAR, [])
                self.skipped = {int(k) for k in saved if isinstance(k, int) and 0 <= k < i} \
                    if isinstance(saved, list) else set()
                self.done_actions = list(p.done_actions)
                self.resumed = True

    # --- where we are ----------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.lesson.steps[self.index]

    @property
    def total(self) -> int:
        return len(self.lesson.steps)

    def _counts(self, i: int) -> bool:
        """Does step ``i`` count in "n of N"? Not when it was skipped on the way, nor a
        detour the clerk is not on."""
        if i in self.skipped:
            return False
        return i not in self._detours or i == self.index or i in self.history

    @property
    def shown_number(self) -> int:
        """The current step's number as the clerk sees it: steps skipped on the way (a
        ``skip_if`` that held, steps a goto jumped over) and detours not taken leave no gap."""
        return sum(1 for i in range(self.index) if self._counts(i)) + 1

    @property
    def shown_total(self) -> int:
        """How many steps the clerk sees in all, as far as it is known now: the steps of the
        file less those skipped so far and the detours not taken (a step skipped later
        makes it smaller, a detour taken larger)."""
        return sum(1 for i in range(self.total) if self._counts(i))

    @property
    def is_last(self) -> bool:
        return self.index >= self.total - 1

    def text(self, translate: Callable[[str], str] = lambda s: s, text: str | None = None
             ) -> str:
        """The step's text (or ``text``), translated, with its variables filled in."""
        return fill(translate(self.step.text if text is None else text),
                    {**builtin_vars(), **self.vars})

    # --- moving ----------------------------------------------------------------------
    def _go(self, index: int, remember: bool = True) -> Step | None:
        if index >= self.total:
            self.complete()
            return None
        if remember:
            self.history.append(self.index)
        else:
            self.skipped.add(self.index)
        self.skipped.update(range(self.index + 1, index))     # jumped over by a goto
        self.index = index
        self.skipped.discard(index)
        self.save()
        return self.step

    def next(self, goto: str = "", decide: Callable[[dict], bool] | None = None
             ) -> Step | None:
        """Leave the current step: to the first branch whose condition ``decide`` finds
        true, else to ``goto``, else to the next step. None when the lesson is complete."""
        target = -1
        if decide is not None:
            for b in self.step.branches:
                if decide(resolve(b.when, self.vars)):
                    target = self.lesson.index_of(b.goto)
                    break
        if target < 0 and goto:
            target = self.lesson.index_of(goto)
        return self._go(target if target >= 0 else self.index + 1)

    def skip(self) -> Step | None:
        """Leave the step without doing it: the next step in the file."""
        return self._go(self.index + 1)

    def skip_silently(self) -> Step | None:
        """The step's ``skip_if`` held on arrival: on, without Back ever coming here."""
        return self._go(self.index + 1, remember=False)

    def back(self) -> Step | None:
        if not self.history:
            return None
        self.index = self.history.pop()
        self.skipped.discard(self.index)
        self.save()
        return self.step

    def restart(self) -> Step:
        self.index, self.vars, self.done_actions, self.history = 0, {}, [], []
        self.skipped = set()
        self.finished = False
        if self.book is not None:
            self.book.restart(self.lesson.id)
        return self.step

    # --- saving ----------------------------------------------------------------------
    def save(self) -> None:
        if self.book is not None and not self.finished:
            vars_ = dict(self.vars)
            if self.skipped:
                vars_[SKIPPED_VAR] = sorted(self.skipped)
            self.book.save_step(self.lesson.id, self.index, self.step.id, vars_,
                                self.done_actions)

    def complete(self) -> None:
        self.finished = True
        if self.book is not None:
            self.book.complete(self.lesson.id)

    # --- preparations ----------------------------------------------------------------
    def pending_actions(self) -> list[dict]:
        """The step's actions to run now: data actions (pick an invoice, a colleague's edit,
        a rejection) only the first time the step shows, so Back or a resume never edits the
        ERP twice; window actions and ERP situations (network down, password changed) every
        time."""
        first = self.step.id not in self.done_actions
        return [a for a in self.step.prepare if first or a["do"] in REPEATABLE_ACTIONS]

    def mark_prepared(self) -> None:
        if self.step.id not in self.done_actions:
            self.done_actions.append(self.step.id)
            self.save()

    # --- what happened ---------------------------------------------------------------
    def _sender_matches(self, trigger: Trigger, sender: str) -> bool:
        return (trigger.on or self.step.target or "") == sender

    def signal_trigger(self, sender: str, signal: str, args: tuple = ()) -> Trigger | None:
        """The advance trigger that ``sender.signal(*args)`` fulfils, if any."""
        for t in self.step.advance:
            if t.kind == "signal" and t.signal == signal and self._sender_matches(t, sender) \
                    and match_arg(resolve(t.arg, self.vars), args):
                return t
        return None

    def wrong_trigger(self, sender: str, signal: str, args: tuple = ()) -> Trigger | None:
        for t in self.step.wrong:
            if t.kind == "signal" and t.signal == signal and self._sender_matches(t, sender) \
                    and match_arg(resolve(t.arg, self.vars), args):
                return t
        return None

    def signal_sources(self) -> list[tuple[str, str]]:
        """(sender, signal) pairs the current step listens to (advance and wrong)."""
        out = []
        for t in self.step.advance + self.step.wrong:
            if t.kind == "signal":
                pair = (t.on or self.step.target or "", t.signal)
                if pair not in out:
                    out.append(pair)
        return out

    def condition_triggers(self) -> list[Trigger]:
        return [t for t in self.step.advance if t.kind == "condition"]

    def wrong_conditions(self) -> list[Trigger]:
        return [t for t in self.step.wrong if t.kind == "condition"]

    def resolved(self, value: Any) -> Any:
        return resolve(value, {**builtin_vars(), **self.vars})
