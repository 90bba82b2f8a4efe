"""Lessons as data: the lesson file format, its loader and its checks (Qt-free).

A lesson is one JSON file under ``resources/tutorials/`` (see ``resources/tutorials/README.md``
for the format). Its visible strings (title, summary, step texts, hints, fallbacks) are English
source texts of the Qt Linguist context ``"Tutorial"``: the window translates them at display
time, then fills their ``{name}`` placeholders from the lesson's variables. Every one of them
is also listed in ``lesson_strings.py`` so that lupdate finds it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.errors import KnownError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..paths import resource_dir
from . import conditions

FORMAT = 1
CONTEXT = "Tutorial"
PLACEMENTS = ("auto", "top", "bottom", "left", "right", "center")
NEEDS = ("practice", "sync")
ENGINE_ACTIONS = frozenset({"pick_invoice", "set_var", "mark_new", "colleague_edit",
                            "drop_network", "restore_network", "reject_next", "expire_credentials",
                            "change_password", "restore_password", "post_invoice",
                            "pay_invoice", "slow_down"})
UI_ACTIONS = frozenset({"show_list", "clear_search", "select_invoice", "open_invoice",
                        "new_invoice", "close_dialogs", "show_widget", "hide_widget", "refresh",
                        "pause_sync", "resume_sync", "sync_now", "open_connection_settings"})
# actions that set up a situation rather than change data: they run every time their step
# shows (Back, resume), and the coach undoes the ERP ones when the lesson ends or is left
REPEATABLE_ACTIONS = UI_ACTIONS | frozenset({"drop_network", "restore_network", "slow_down",
                                             "change_password", "restore_password",
                                             "expire_credentials"})
# senders a trigger may name besides an objectName
SPECIAL_SENDERS = frozenset({"window", "sync", "syncUi", "editor"})
ARG_MATCHERS = ("contains", "equals", "fields")
DEFAULT_WAIT_MS = 10000


class LessonError(KnownError):
    """A lesson file cannot be read or breaks the format (a bug of the lesson, shown plainly)."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """What moves a step on: a click on Next, a signal, or a condition becoming true."""

    kind: str                      # next | signal | condition
    signal: str = ""
    on: str = ""                   # objectName or a SPECIAL_SENDER; "" = the step's target
    arg: Any = None                # "not_empty" | {"contains"|"equals"|"fields": ...}
    condition: dict | None = None
    save_as: str = ""              # condition: remember the invoice found under this name
    goto: str = ""                 # a step id; "" = the next step (after the branches)
    hint: str = ""                 # wrong actions only: what to tell the clerk


@dataclass(frozen=True, slots=True)
class Branch:
    when: dict
    goto: str


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    text: str
    target: str | None = None      # objectName of a widget or an action (None: no hole)
    placement: str = "auto"
    column: str = ""               # target is a table: highlight this column (model key)
    row: str = ""                  # target is the invoice table: highlight this invoice's row
    advance: tuple[Trigger, ...] = (Trigger("next"),)
    prepare: tuple[dict, ...] = ()
    wrong: tuple[Trigger, ...] = ()
    hint: str = ""                 # shown when the clerk clicks on the dimmed part
    wait_ms: int = DEFAULT_WAIT_MS
    fallback: str = ""             # shown when the target did not appear in time
    branches: tuple[Branch, ...] = ()
    skip_if: dict | None = None
    resume: str = ""               # resuming at this step starts at that step instead

    @property
    def needs_next(self) -> bool:
        return any(t.kind == "next" for t in self.advance)

    def strings(self) -> list[str]:
        out = [self.text, self.hint, self.fallback] + [t.hint for t in self.wrong]
        return [s for s in out if s]


@dataclass(frozen=True, slots=True)
class Lesson:
    id: str
    order: int
    title: str
    summary: str
    steps: tuple[Step, ...]
    needs: frozenset[str] = frozenset({"practice"})
    path: Path | None = field(default=None, compare=False)

    def index_of(self, step_id: str) -> int:
        for i, s in enumerate(self.steps):
            if s.id == step_id:
                return i
        return -1

    def strings(self) -> list[str]:
        """Every visible source text of the lesson, in file order, without repeats."""
        seen: dict[str, None] = {}
        for s in [self.title, self.summary] + [t for st in self.steps for t in st.strings()]:
            if s:
                seen.setdefault(s, None)
        return list(seen)


def default_dir() -> Path:
    return resource_dir() / "tutorials"


# --- loading ------------------------------------------------------------------------------

def _fail(path: Path, reason: str) -> LessonError:
    return LessonError(QT_TRANSLATE_NOOP("Errors", "The lesson file {path} cannot be used: "
                                                   "{reason}"), path=str(path), reason=reason)


def _text(obj: dict, key: str, where: str, required: bool = False) -> str:
    value = obj.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValueError(f"{where}: \"{key}\" must be a{' non-empty' if required else ''} "
                         f"string")
    return value


def _check_arg(arg: Any, where: str) -> None:
    if arg is None or arg == "not_empty":
        return
    if not (isinstance(arg, dict) and len(arg) == 1 and next(iter(arg)) in ARG_MATCHERS):
        raise ValueError(f"{where}: \"arg\" is \"not_empty\" or one of "
                         f"{{{', '.join(ARG_MATCHERS)}: ...}}")
    if "fields" in arg and not isinstance(arg["fields"], dict):
        raise ValueError(f"{where}: \"arg\".\"fields\" must be an object")


def _trigger(obj: Any, where: str, wrong: bool = False) -> Trigger:
    if obj == "next" and not wrong:
        return Trigger("next")
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: a trigger is \"next\" or an object")
    known = {"next", "signal", "on", "arg", "condition", "save_as", "goto", "hint"}
    unknown = sorted(set(obj) - known)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")
    goto = _text(obj, "goto", where)
    hint = _text(obj, "hint", where, required=wrong)
    if obj.get("next") is True and not wrong:
        return Trigger("next", goto=goto)
    if "signal" in obj:
        _check_arg(obj.get("arg"), where)
        return Trigger("signal", signal=_text(obj, "signal", where, True),
                       on=_text(obj, "on", where), arg=obj.get("arg"), goto=goto, hint=hint)
    if "condition" in obj:
        conditions.check(obj["condition"], where)
        return Trigger("condition", condition=obj["condition"],
                       save_as=_text(obj, "save_as", where), goto=goto, hint=hint)
    raise ValueError(f"{where}: a trigger needs \"signal\" or \"condition\""
                     + ("" if wrong else " (or is \"next\")"))


def _triggers(value: Any, where: str, wrong: bool = False) -> tuple[Trigger, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(_trigger(v, f"{where}[{i}]", wrong) for i, v in enumerate(items))


def _action(obj: Any, where: str) -> dict:
    if not isinstance(obj, dict) or not isinstance(obj.get("do"), str):
        raise ValueError(f"{where}: an action is an object with \"do\"")
    if obj["do"] not in ENGINE_ACTIONS | UI_ACTIONS:
        raise ValueError(f"{where}: unknown action \"{obj['do']}\"")
    if obj["do"] == "pick_invoice":
        if not isinstance(obj.get("save_as"), str) or not obj["save_as"]:
            raise ValueError(f"{where}: pick_invoice needs \"save_as\"")
        conditions.check_filters(obj.get("where", {}), where)
    return dict(obj)


def _step(obj: Any, i: int) -> Step:
    where = f"steps[{i}]"
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: a step is an object")
    known = {"id", "text", "target", "placement", "column", "row", "advance", "prepare",
             "wrong", "hint", "wait", "branches", "skip_if", "resume", "comment"}
    unknown = sorted(set(obj) - known)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")
    sid = _text(obj, "id", where, True)
    where = f"step \"{sid}\""
    target = obj.get("target")
    if target is not None and (not isinstance(target, str) or not target):
        raise ValueError(f"{where}: \"target\" is an objectName or null")
    placement = obj.get("placement", "auto")
    if placement not in PLACEMENTS:
        raise ValueError(f"{where}: \"placement\" is one of {', '.join(PLACEMENTS)}")
    wait = obj.get("wait", {})
    if not isinstance(wait, dict) or not isinstance(wait.get("timeout_ms", 0), int):
        raise ValueError(f"{where}: \"wait\" is {{\"timeout_ms\": int, \"fallback\": text}}")
    branches = []
    for j, b in enumerate(obj.get("branches", [])):
        if not isinstance(b, dict) or set(b) != {"when", "goto"}:
            raise ValueError(f"{where}: branches[{j}] is {{\"when\": condition, \"goto\": id}}")
        conditions.check(b["when"], f"{where}: branches[{j}]")
        branches.append(Branch(b["when"], b["goto"]))
    skip_if = obj.get("skip_if")
    if skip_if is not None:
        conditions.check(skip_if, f"{where}: skip_if")
    return Step(
        id=sid, text=_text(obj, "text", where, True), target=target, placement=placement,
        column=_text(obj, "column", where), row=_text(obj, "row", where),
        advance=_triggers(obj.get("advance", "next"), f"{where}: advance"),
        prepare=tuple(_action(a, f"{where}: prepare[{j}]")
                      for j, a in enumerate(obj.get("prepare", []))),
        wrong=_triggers(obj["wrong"], f"{where}: wrong", wrong=True) if "wrong" in obj else (),
        hint=_text(obj, "hint", where), wait_ms=int(wait.get("timeout_ms", DEFAULT_WAIT_MS)),
        fallback=_text(wait, "fallback", where), branches=tuple(branches), skip_if=skip_if,
        resume=_text(obj, "resume", where))


def parse_lesson(data: Any, path: Path | None = None) -> Lesson:
    """A Lesson from decoded JSON; ValueError naming the first problem."""
    if not isinstance(data, dict):
        raise ValueError("the file must hold one JSON object")
    if data.get("format") != FORMAT:
        raise ValueError(f"\"format\" must be {FORMAT}")
    unknown = sorted(set(data) - {"format", "id", "order", "title", "summary", "needs",
                                  "steps", "comment"})
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(unknown)}")
    needs = data.get("needs", ["practice"])
    if not isinstance(needs, list) or any(n not in NEEDS for n in needs):
        raise ValueError(f"\"needs\" lists some of {', '.join(NEEDS)}")
    if not isinstance(data.get("order", 0), int):
        raise ValueError("\"order\" must be a number")
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        raise ValueError("\"steps\" must list at least one step")
    parsed = tuple(_step(s, i) for i, s in enumerate(steps))
    ids = [s.id for s in parsed]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"step ids repeat: {', '.join(dupes)}")
    for s in parsed:
        refs = [t.goto for t in s.advance + s.wrong] + [b.goto for b in s.branches] + [s.resume]
        for ref in refs:
            if ref and ref not in ids:
                raise ValueError(f"step \"{s.id}\" names a step \"{ref}\" that does not exist")
    return Lesson(id=_text(data, "id", "lesson", True), order=int(data.get("order", 0)),
                  title=_text(data, "title", "lesson", True),
                  summary=_text(data, "summary", "lesson"), steps=parsed,
                  needs=frozenset(needs), path=path)


def load_lesson(path: Path) -> Lesson:
    """Read one lesson file; LessonError saying what is wrong with it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(path, str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise _fail(path, f"line {exc.lineno}: {exc.msg}") from exc
    try:
        return parse_lesson(data, path)
    except ValueError as exc:
        raise _fail(path, str(exc)) from exc


def load_lessons(directory: Path | None = None) -> list[Lesson]:
    """Every lesson of ``directory`` (default: resources/tutorials), by their order."""
    directory = Path(directory) if directory else default_dir()
    lessons = [load_lesson(p) for p in sorted(directory.glob("*.json"))]
    ids = [ls.id for ls in lessons]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise _fail(directory, f"lesson ids repeat: {', '.join(dupes)}")
    return sorted(lessons, key=lambda ls: (ls.order, ls.id))


def find_lesson(lessons: list[Lesson], key: str) -> Lesson | None:
    """A lesson by id, by its order number ("2"), or by the start of its id."""
    key = key.strip().lower()
    for ls in lessons:
        if ls.id == key or str(ls.order) == key:
            return ls
    starts = [ls for ls in lessons if ls.id.startswith(key)]
    return starts[0] if len(starts) == 1 else None
