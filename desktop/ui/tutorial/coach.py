"""The coach: plays one lesson over the real window — dims it, opens a hole over the step's
target, shows the bubble, runs the step's preparations, and moves on when the clerk really
did the thing (a signal, a condition on the store or on the editor), or clicked Next.

GUI thread only. It never blocks: targets not shown yet are waited for with a timer, store
conditions are read in short sessions (a few milliseconds) on changes and every few ticks.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication,
                               QDockWidget, QWidget)

from ...domain.errors import KnownError
from ...tutorial import actions, conditions
from ...tutorial.lesson import CONTEXT, ENGINE_ACTIONS
from ...tutorial.runner import LessonRun
from ..labels import error_text
from . import targets, window_actions
from .callout import TutorialCallout
from .overlay import TutorialOverlay

log = logging.getLogger(__name__)

POLL_MS = 200
STORE_EVERY = 3          # store conditions every 3rd tick (~0.6 s) unless something changed
SITUATIONS = frozenset({"drop_network", "slow_down", "change_password", "expire_credentials"})
MOVE_EVENTS = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
               QEvent.Type.LayoutRequest}


def tr_lesson(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


class _Host:
    """The overlay and the bubble living in one window (the main window or a dialog)."""

    def __init__(self, window: QWidget, coach: TutorialCoach) -> None:
        self.window = window
        self.overlay = TutorialOverlay(window)
        self.callout = TutorialCallout(window)
        self.overlay.dim_clicked.connect(coach._on_overlay_dim_clicked)
        self.callout.next_requested.connect(coach.next)
        self.callout.back_requested.connect(coach.back)
        self.callout.skip_requested.connect(coach.skip)
        self.callout.leave_requested.connect(coach.leave)
        self.key: tuple = ()

    def alive(self) -> bool:
        return targets.alive(self.window) and targets.alive(self.overlay) \
            and targets.alive(self.callout)

    def hide(self) -> None:
        if self.alive():
            self.overlay.hide()
            self.callout.hide()
            self.key = ()

    def dispose(self) -> None:
        if self.alive():
            self.overlay.hide()
            self.callout.hide()
            self.overlay.deleteLater()
            self.callout.deleteLater()


class TutorialCoach(QObject):
    """Plays ``run`` over ``window``. ``erp``, ``sync`` and ``sync_ui`` are zero-argument
    callables giving the practice ERP, the SyncController and the window's sync UI (or None)."""

    step_shown = Signal(str)      # step id
    hint_shown = Signal(str)
    finished = Signal(bool)       # True: the lesson was completed; False: left (resumable)

    def __init__(self, window, run: LessonRun, *, erp=None, sync=None, sync_ui=None) -> None:
        super().__init__(window)
        self.window = window
        self.run = run
        self._erp = erp or (lambda: None)
        self._sync = sync or (lambda: None)
        self._sync_ui = sync_ui or (lambda: None)
        self.hosts: dict[int, _Host] = {}
        self.host: _Host | None = None
        self.target: QWidget | None = None
        self.waiting = False
        self.active = False
        self._conns: dict[tuple[str, str], tuple[QObject, object, object]] = {}
        self._watched: list[QWidget] = []
        self._scrollbars: list = []
        self._resets: list = []          # modelReset signals of the watched views
        self._model_reset = False
        self._pending = False
        self._dirty = True
        self._ticks = 0
        self._since = 0.0
        self._hints_given: set[str] = set()
        self._note = ("", "")
        self._paused_sync = False      # what the lesson did to undo when it ends
        self._erp_situation = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._layout)

    # ------------------------------------------------------------------ life ----
    def start(self) -> None:
        self.active = True
        QApplication.instance().installEventFilter(self)
        self._timer.start()
        self.show_step()

    def _finish(self, completed: bool) -> None:
        if not self.active:
            return
        self.active = False
        self._timer.stop()
        self._relayout.stop()
        QApplication.instance().removeEventFilter(self)
        self._disconnect_all()
        self._unwatch()
        for h in self.hosts.values():
            h.dispose()
        self.hosts.clear()
        self.host = None
        if completed and not self.run.finished:
            self.run.complete()
        self._undo_situations()
        self.finished.emit(completed)

    def _undo_situations(self) -> None:
        """The practice ERP and sync as they were before the lesson: network up, the usual
        password, sync running (a resumed lesson sets its situation up again)."""
        if self._erp_situation:
            erp = self._erp()
            if erp is not None:
                erp.restore_network()
                erp.slow_down(0)
                actions.restore_password(erp)
            self._erp_situation = False
            self._paused_sync = True       # sync paused itself after a refused sign-in
        ctl = self._sync()
        if self._paused_sync and ctl is not None:
            ctl.set_paused(False)
        self._paused_sync = False

    # ------------------------------------------------------------ navigation ----
    def next(self) -> None:
        if not self.active or self._pending:
            return
        step = self.run.step
        trigger = next((t for t in step.advance if t.kind == "next"), None)
        if trigger is None and not (self.waiting and self._timed_out()):
            return
        self._advance(trigger.goto if trigger else "")

    def back(self) -> None:
        if self.active and not self._pending and self.run.back() is not None:
            self.show_step()

    def skip(self) -> None:
        if not self.active or self._pending:
            return
        if self.run.skip() is None:
            self._finish(True)
        else:
            self.show_step()

    def leave(self) -> None:
        """Stop here; the lesson resumes at this step next time."""
        if self.active:
            self.run.save()
            self._finish(False)

    def _advance(self, goto: str = "") -> None:
        self._pending = True
        QTimer.singleShot(0, lambda: self._do_advance(goto))

    def _do_advance(self, goto: str) -> None:
        self._pending = False
        if not self.active:
            return
        if self.run.next(goto, decide=self._evaluate) is None:
            self._finish(True)
        else:
            self.show_step()

    # ------------------------------------------------------------------ steps ----
    def show_step(self) -> None:
        self._disconnect_all()
        self._unwatch()
        self._hints_given.clear()
        self._note = ("", "")
        for _ in range(self.run.total):
            step = self.run.step
            if step.skip_if is None or not self._evaluate(self.run.resolved(step.skip_if)):
                break
            if self.run.skip_silently() is None:
                self._finish(True)
                return
        self._prepare()
        self._since = time.monotonic()
        self.target = None
        if self.host is not None:
            self.host.key = ()
        self._layout()
        self._connect_signals()
        self._dirty = True
        self.step_shown.emit(self.run.step.id)
        QTimer.singleShot(0, self._check_now)

    def _check_now(self) -> None:
        if self.active and not self._pending:
            self._check_conditions()

    def _prepare(self) -> None:
        env = actions.ActionEnv(self._store(), self._erp, self.run.vars)
        for action in self.run.pending_actions():
            resolved = self.run.resolved(action)
            try:
                if resolved["do"] in ENGINE_ACTIONS:
                    if resolved["do"] in SITUATIONS:
                        self._erp_situation = True
                    actions.run(resolved, env)
                else:
                    self._ui_action(resolved)
            except KnownError as exc:
                self._set_note(error_text(exc), "error")
        self.run.mark_prepared()

    def _store(self):
        ctx = getattr(self.window, "ctx", None)
        return ctx.store if ctx is not None else None

    # ------------------------------------------------------------- the window ----
    def _default_host(self) -> QWidget:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and not isinstance(modal, QDockWidget):
            return modal
        return self.window

    def _host_for(self, window: QWidget) -> _Host:
        for key, h in list(self.hosts.items()):
            if not h.alive():
                del self.hosts[key]
        h = self.hosts.get(id(window))
        if h is None or h.window is not window:
            h = _Host(window, self)
            self.hosts[id(window)] = h
        return h

    def _find_target(self) -> QWidget | None:
        name = self.run.step.target
        return targets.find_widget(name, self.window) if name else None

    def _layout(self) -> None:
        """Put the overlay and bubble where the step's target is now (cheap when nothing
        moved)."""
        if not self.active:
            return
        step = self.run.step
        widget = self._find_target()
        if widget is not self.target:
            self._unwatch()
            self.target = widget
            if widget is not None:
                self._watch(widget)
                targets.reveal(widget, step.column, self.run.resolved(step.row))
        self.waiting = bool(step.target) and widget is None
        window = widget.window() if widget is not None else self._default_host()
        host = self._host_for(window)
        if host is not self.host:
            if self.host is not None:
                self.host.hide()
            self.host = host
        hole = QRect()
        if widget is not None:
            row = self.run.resolved(step.row)
            hole = targets.hole_rect(widget, step.column, row)
            if hole.isEmpty() and row and self._model_reset:
                # the rows were rebuilt under the step (a refresh after a sync): bring the
                # row into view again, as when the step began (not after the clerk scrolled)
                targets.reveal(widget, step.column, row)
                hole = targets.hole_rect(widget, step.column, row)
            self._model_reset = False
        key = (self.run.index, id(widget), hole, window.size(), self.waiting, self._note,
               self._timed_out() if self.waiting else False)
        if host.key == key:
            host.overlay.raise_()
            host.callout.raise_()
            return
        host.key = key
        # "n of N" counts the steps the clerk sees: none skipped on the way leaves a gap
        host.callout.set_step(tr_lesson(self.run.lesson.title), self.run.shown_number,
                              self.run.shown_total,
                              self.run.text(tr_lesson),
                              can_back=bool(self.run.history),
                              can_next=step.needs_next or (self.waiting and self._timed_out()),
                              last=self.run.is_last)
        note, kind = self._note
        if self.waiting and self._timed_out() and not note:
            note = self.run.text(tr_lesson, step.fallback) if step.fallback else self.tr(
                "The part of the window this step is about is not shown. Do what the text "
                "says, or use Skip to go on without it.")
            kind = "warning"
        if note:
            host.callout.set_note(note, kind)
        if self.waiting:
            host.overlay.hide()      # let the clerk reach whatever brings the target back
            host.callout.place_bottom()
        else:
            host.overlay.set_hole(hole)
            host.overlay.show()
            host.overlay.raise_()
            host.callout.place(hole, "center" if widget is None else step.placement)
        host.callout.show()
        host.callout.raise_()
        if step.needs_next and not self.waiting:
            focus = QApplication.focusWidget()
            if focus is None or focus.window() is not window or widget is None:
                host.callout.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _timed_out(self) -> bool:
        return (time.monotonic() - self._since) * 1000 >= self.run.step.wait_ms

    def _watch(self, widget: QWidget) -> None:
        w = widget
        while w is not None:
            w.installEventFilter(self)
            self._watched.append(w)
            if isinstance(w, QAbstractScrollArea):
                for bar in (w.horizontalScrollBar(), w.verticalScrollBar()):
                    bar.valueChanged.connect(self._relayout.start)
                    self._scrollbars.append(bar.valueChanged)
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                model = w.model()      # rows come and go under a highlighted row or column
                for sig in (model.modelReset, model.layoutChanged, model.rowsInserted,
                            model.rowsRemoved):
                    sig.connect(self._relayout.start)
                    self._scrollbars.append(sig)
                model.modelReset.connect(self._on_model_reset)
                self._resets.append(model.modelReset)
            if w.isWindow():
                break
            w = w.parentWidget()

    def _on_model_reset(self) -> None:
        self._model_reset = True

    def _unwatch(self) -> None:
        for w in self._watched:
            if targets.alive(w):
                w.removeEventFilter(self)
        for sig in self._scrollbars:       # signals that move the target
            try:
                sig.disconnect(self._relayout.start)
            except (RuntimeError, TypeError):
                pass
        for sig in self._resets:
            try:
                sig.disconnect(self._on_model_reset)
            except (RuntimeError, TypeError):
                pass
        self._watched, self._scrollbars, self._resets = [], [], []

    # -------------------------------------------------------------- listening ----
    def _resolve_sender(self, name: str) -> QObject | None:
        if name == "window":
            return self.window
        if name == "sync":
            return self._sync()
        if name == "syncUi":
            return self._sync_ui()
        if name == "editor":
            return getattr(self.window, "current_editor", None)
        return targets.find_object(name, self.window)

    def _connect_signals(self) -> None:
        for sender, signal in self.run.signal_sources():
            obj = self._resolve_sender(sender)
            key = (sender, signal)
            old = self._conns.get(key)
            if old is not None and old[0] is obj and targets.alive(obj):
                continue
            if old is not None:
                self._disconnect(key)
            if obj is None or not targets.alive(obj):
                continue
            sig = getattr(obj, signal, None)
            if sig is None or not hasattr(sig, "connect"):
                log.warning("tutorial: %s has no signal %s", sender, signal)
                continue

            def slot(*args, _s=sender, _n=signal):
                self._on_signal(_s, _n, args)
            sig.connect(slot)
            self._conns[key] = (obj, sig, slot)

    def _disconnect(self, key) -> None:
        obj, sig, slot = self._conns.pop(key)
        if targets.alive(obj):
            try:
                sig.disconnect(slot)
            except (RuntimeError, TypeError):
                pass

    def _disconnect_all(self) -> None:
        for key in list(self._conns):
            self._disconnect(key)

    def _on_signal(self, sender: str, signal: str, args: tuple) -> None:
        if not self.active or self._pending:
            return
        self._dirty = True
        if self._check_conditions():
            return
        trigger = self.run.signal_trigger(sender, signal, args)
        if trigger is not None:
            self._advance(trigger.goto)
            return
        wrong = self.run.wrong_trigger(sender, signal, args)
        if wrong is not None:
            self._show_hint(self.run.text(tr_lesson, wrong.hint))

    # ------------------------------------------------------------- conditions ----
    def _env(self) -> conditions.Env:
        editor = getattr(self.window, "current_editor", None)
        inv = None
        if editor is not None and targets.alive(editor) and editor.isVisible() \
                and hasattr(editor, "invoice"):
            inv = editor.invoice()
        return conditions.Env(self._store(), self.run.vars, editor=inv,
                              visible=lambda name: targets.find_widget(name, self.window)
                              is not None)

    def _evaluate(self, cond: dict, env: conditions.Env | None = None) -> bool:
        try:
            return conditions.evaluate(cond, env or self._env())
        except KnownError as exc:
            log.info("tutorial condition not checked: %s", exc.text())
            return False

    def _check_conditions(self) -> bool:
        """Advance if a condition of the step holds now; show a wrong-action hint if one of
        those holds. True when the step is done."""
        env = self._env()
        for t in self.run.condition_triggers():
            if self._evaluate(self.run.resolved(t.condition), env):
                if t.save_as and env.match and env.store is not None:
                    actions.remember_invoice(self.run.vars, t.save_as, env.store, env.match)
                self._advance(t.goto)
                return True
        for t in self.run.wrong_conditions():
            if t.hint not in self._hints_given and \
                    self._evaluate(self.run.resolved(t.condition), env):
                self._hints_given.add(t.hint)
                self._show_hint(self.run.text(tr_lesson, t.hint))
        return False

    def _on_timer_timeout(self) -> None:
        if not self.active or self._pending:
            return
        if not targets.alive(self.window) or not self.window.isVisible():
            self.leave()
            return
        self._ticks += 1
        self._layout()
        self._connect_signals()
        step = self.run.step
        conds = self.run.condition_triggers() + self.run.wrong_conditions()
        if not conds:
            return
        ui_only = not any(conditions.uses_store(t.condition) for t in conds)
        if self._dirty or ui_only or self._ticks % STORE_EVERY == 0:
            self._dirty = False
            if self.run.step is step:
                self._check_conditions()

    # ------------------------------------------------------------------ hints ----
    def _set_note(self, text: str, kind: str = "warning") -> None:
        self._note = (text, kind)
        if self.host is not None and self.host.alive():
            self.host.callout.set_note(text, kind)

    def _show_hint(self, text: str) -> None:
        self._set_note(text, "warning")
        self.hint_shown.emit(text)

    def _on_overlay_dim_clicked(self, _pos) -> None:
        step = self.run.step
        text = self.run.text(tr_lesson, step.hint) if step.hint else self.tr(
            "Use the highlighted part of the window, or Skip to go on without it.")
        self._show_hint(text)

    # --------------------------------------------------------------- actions ----
    def _ui_action(self, action: dict) -> None:
        if action["do"] == "pause_sync":
            self._paused_sync = self._sync() is not None
        elif action["do"] == "resume_sync":
            self._paused_sync = False
        window_actions.run(action, self.window, self._sync, self._sync_ui)

    # ----------------------------------------------------------------- events ----
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        t = event.type()
        if t in MOVE_EVENTS and obj in self._watched:
            self._relayout.start()
            return False
        if t == QEvent.Type.KeyPress and self.active:
            return self._on_key(event)
        if t == QEvent.Type.LanguageChange and obj is self.window and self.host is not None:
            self.host.key = ()
            self._relayout.start()
        return False

    def _on_key(self, event) -> bool:
        key = event.key()
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier
                                 | Qt.KeyboardModifier.ShiftModifier):
            return False
        if key == Qt.Key.Key_Escape:
            if QApplication.activePopupWidget() is not None or self._editing_a_cell():
                return False
            self.leave()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._pending:
            focus = QApplication.focusWidget()
            in_callout = focus is not None and self.host is not None and \
                self.host.alive() and self.host.callout.isAncestorOf(focus)
            if in_callout and focus in (self.host.callout.back_button,
                                        self.host.callout.skip_button,
                                        self.host.callout.leave_button):
                return False     # Enter presses the focused button itself
            if self.run.step.needs_next and not self.waiting:
                self.next()
                return True
        return False

    @staticmethod
    def _editing_a_cell() -> bool:
        focus = QApplication.focusWidget()
        w = focus.parentWidget() if focus is not None else None
        while w is not None:
            if isinstance(w, QAbstractItemView):
                return focus is not w
            w = w.parentWidget()
        return False
