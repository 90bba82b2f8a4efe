"""Where each lesson stopped, which are done, and which practice data they run on (Qt-free).

One small JSON file in the practice profile's folder, written atomically. Nothing in it is
secret; losing it only means the lessons start from the beginning.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from ..store.profiles import PRACTICE_ID, ProfileRegistry

log = logging.getLogger(__name__)
FILE_NAME = "tutorial-progress.json"
FORMAT = 1


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class LessonProgress:
    step: str = ""              # id of the step to show next ("" = the first)
    index: int = 0              # its position, when the id is gone from an edited lesson
    vars: dict = field(default_factory=dict)
    done_actions: list = field(default_factory=list)   # step ids whose store/ERP prep ran
    completed: bool = False     # finished at least once (kept by a restart)
    completed_at: str = ""
    started_at: str = ""
    updated_at: str = ""

    @property
    def in_progress(self) -> bool:
        return bool(self.step) or self.index > 0


class ProgressBook:
    """The progress file. Used from the GUI thread only (no locking)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._data = self._read()

    @classmethod
    def for_registry(cls, registry: ProfileRegistry) -> ProgressBook:
        return cls(registry.profile_dir(PRACTICE_ID) / FILE_NAME)

    # --- file ------------------------------------------------------------------------
    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"format": FORMAT, "lessons": {}, "practice": {}}
        except (OSError, ValueError) as exc:
            log.warning("tutorial progress %s unreadable (%s): starting afresh", self.path, exc)
            return {"format": FORMAT, "lessons": {}, "practice": {}}
        if not isinstance(data, dict) or not isinstance(data.get("lessons"), dict):
            return {"format": FORMAT, "lessons": {}, "practice": {}}
        data.setdefault("practice", {})
        return data

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tutorial-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._data, fh, ensure_ascii=False, indent=1, sort_keys=True)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    # --- lessons ---------------------------------------------------------------------
    def get(self, lesson_id: str) -> LessonProgress:
        raw = self._data["lessons"].get(lesson_id)
        if not isinstance(raw, dict):
            return LessonProgress()
        known = LessonProgress.__dataclass_fields__
        try:
            return LessonProgress(**{k: v for k, v in raw.items() if k in known})
        except TypeError:
            return LessonProgress()

    def _put(self, lesson_id: str, p: LessonProgress) -> None:
        p.updated_at = _now()
        self._data["lessons"][lesson_id] = asdict(p)
        self._write()

    def save_step(self, lesson_id: str, index: int, step_id: str, vars_: dict,
                  done_actions: list[str]) -> None:
        p = self.get(lesson_id)
        if not p.started_at:
            p.started_at = _now()
        p.index, p.step, p.vars, p.done_actions = index, step_id, dict(vars_), list(done_actions)
        self._put(lesson_id, p)

    def complete(self, lesson_id: str) -> None:
        p = self.get(lesson_id)
        p.completed, p.completed_at = True, _now()
        p.step, p.index, p.vars, p.done_actions = "", 0, {}, []
        self._put(lesson_id, p)

    def restart(self, lesson_id: str) -> None:
        """Start the lesson over next time (a completion mark stays)."""
        p = self.get(lesson_id)
        p.step, p.index, p.vars, p.done_actions, p.started_at = "", 0, {}, [], ""
        self._put(lesson_id, p)

    def restart_all(self) -> None:
        for lesson_id in list(self._data["lessons"]):
            self.restart(lesson_id)

    def lesson_ids(self) -> list[str]:
        return list(self._data["lessons"])

    # --- the practice data the lessons run on ---------------------------------------
    def practice_store_id(self) -> str:
        return str(self._data["practice"].get("store_id", ""))

    def set_practice(self, store_id: str) -> None:
        self._data["practice"] = {"store_id": store_id, "prepared_at": _now()}
        self._write()
