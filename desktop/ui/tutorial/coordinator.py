"""Tutorial mode in the main window: the Help ▸ Tutorials menu, the practice banner, starting
and resuming lessons on prepared practice data, and "Reset practice data".

GUI thread only. Preparing practice data (a new store, the practice ERP emptied, a first
sync) runs on the window's TaskRunner; the window shows its progress on the welcome page.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ...domain.errors import KnownError
from ...tutorial import practice
from ...tutorial.lesson import Lesson, find_lesson, load_lessons
from ...tutorial.progress import ProgressBook
from ...tutorial.runner import LessonRun
from .coach import TutorialCoach, tr_lesson
from .practice_banner import PracticeBanner

log = logging.getLogger(__name__)


def _window_sync_ui(window) -> Callable[[], object | None]:
    return lambda: getattr(window, "sync_ui", None)


def _window_sync(window) -> Callable[[], object | None]:
    return lambda: getattr(getattr(window, "sync_ui", None), "controller", None)


class TutorialCoordinator(QObject):
    """One per main window (see ``install_tutorial``)."""

    lesson_started = Signal(str)            # lesson id
    lesson_finished = Signal(str, bool)     # lesson id, completed
    practice_ready = Signal()               # practice data prepared and opened

    def __init__(self, window, *, sync=None, sync_ui=None, lessons_dir: Path | None = None,
                 practice_count: int = practice.PRACTICE_COUNT) -> None:
        super().__init__(window)
        self.window = window
        self.registry = window.registry
        self.lessons: list[Lesson] = load_lessons(lessons_dir)
        self.book = ProgressBook.for_registry(self.registry)
        self.practice_count = practice_count
        self._sync = sync if callable(sync) else ((lambda: sync) if sync is not None
                                                  else _window_sync(window))
        self._sync_ui = sync_ui if callable(sync_ui) else (
            (lambda: sync_ui) if sync_ui is not None else _window_sync_ui(window))
        self.coach: TutorialCoach | None = None
        self.task = None
        self.banner = PracticeBanner(window)
        self.banner.reset_requested.connect(self.reset_practice)
        self.banner.lessons_requested.connect(self._on_banner_lessons_requested)
        layout = window.list_page.layout() if hasattr(window, "list_page") else None
        if layout is not None:
            layout.insertWidget(0, self.banner)
        self.banner.hide()
        self._build_menu()
        window.ready.connect(self.update_banner)
        window.installEventFilter(self)
        window.welcome.cancel_requested.connect(self._on_welcome_cancel_requested)
        self.retranslate_ui()
        self.update_banner()

    # ------------------------------------------------------------------- menu ----
    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        help_menu = None
        for a in bar.actions():
            m = a.menu()
            if isinstance(m, QMenu) and m.objectName() == "helpMenu":
                help_menu = m
        if help_menu is None:
            help_menu = bar.addMenu("")
            help_menu.setObjectName("helpMenu")
            self._own_help = True
        else:
            self._own_help = False
        self.help_menu = help_menu
        self.menu = help_menu.addMenu("")
        self.menu.setObjectName("tutorialsMenu")
        self.menu.aboutToShow.connect(self.fill_menu)
        self.start_action = QAction(self.window)
        self.start_action.setObjectName("startTutorialAction")
        self.start_action.triggered.connect(lambda: self.start_lesson())
        help_menu.insertAction(self.menu.menuAction(), self.start_action)

    def retranslate_ui(self) -> None:
        if self._own_help:
            self.help_menu.setTitle(self.tr("&Help"))
        self.menu.setTitle(self.tr("&Tutorials"))
        self.start_action.setText(self.tr("Start the &tutorial"))
        self.start_action.setToolTip(self.tr("Learn Invoice Desk step by step on practice "
                                             "data"))

    def fill_menu(self) -> None:
        """The lessons with their state, "start over", and "reset practice data"."""
        m = self.menu
        m.clear()
        for ls in self.lessons:
            p = self.book.get(ls.id)
            text = self.tr("{n}. {title}").format(n=ls.order, title=tr_lesson(ls.title))
            if p.in_progress:
                where = LessonRun(ls, self.book, resume=True)   # as the coach will number it
                text = self.tr("{lesson} — resume at step {n} of {total}").format(
                    lesson=text, n=where.shown_number, total=where.shown_total)
            a = m.addAction(text)
            a.setObjectName(f"tutorialLessonAction_{ls.id}")
            a.setCheckable(True)
            a.setChecked(p.completed)
            a.setToolTip(tr_lesson(ls.summary))
            a.setStatusTip(tr_lesson(ls.summary))
            a.triggered.connect(lambda _c=False, i=ls.id: self.start_lesson(i))
        m.addSeparator()
        over = m.addMenu(self.tr("Start a lesson &over"))
        over.setObjectName("tutorialRestartMenu")
        for ls in self.lessons:
            a = over.addAction(tr_lesson(ls.title))
            a.setObjectName(f"tutorialRestartAction_{ls.id}")
            a.triggered.connect(lambda _c=False, i=ls.id: self.start_lesson(i, restart=True))
        m.addSeparator()
        reset = m.addAction(self.tr("&Reset practice data…"))
        reset.setObjectName("resetPracticeAction")
        reset.triggered.connect(self._on_reset_action_triggered)

    def _on_reset_action_triggered(self) -> None:
        if self.banner.ask_reset():
            self.reset_practice()

    def _on_banner_lessons_requested(self) -> None:
        self.fill_menu()
        b = self.banner.lessons_button
        self.menu.popup(b.mapToGlobal(b.rect().bottomLeft()))

    # ----------------------------------------------------------------- banner ----
    def on_practice(self) -> bool:
        ctx = getattr(self.window, "ctx", None)
        return ctx is not None and ctx.profile.kind == "practice"

    def update_banner(self) -> None:
        self.banner.setVisible(self.on_practice())

    # ---------------------------------------------------------------- lessons ----
    def lesson(self, key: str | None = None) -> Lesson | None:
        if key:
            return find_lesson(self.lessons, key)
        for ls in self.lessons:          # the first one not finished yet
            if not self.book.get(ls.id).completed:
                return ls
        return self.lessons[0] if self.lessons else None

    def start_lesson(self, key: str | None = None, *, restart: bool = False) -> bool:
        """Start (or resume) a lesson on the practice profile, preparing practice data first
        when needed. False when there is no such lesson."""
        lesson = self.lesson(key)
        if lesson is None:
            return False
        if self.coach is not None:
            self.coach.leave()
        if restart:
            self.book.restart(lesson.id)
        self._with_practice(lambda: self._begin(lesson))
        return True

    def stop_lesson(self) -> None:
        if self.coach is not None:
            self.coach.leave()

    def _begin(self, lesson: Lesson) -> None:
        self.book = ProgressBook.for_registry(self.registry)
        run = LessonRun(lesson, self.book, resume=True)
        coach = TutorialCoach(self.window, run, erp=self._practice_erp, sync=self._sync,
                              sync_ui=self._sync_ui)
        coach.finished.connect(lambda done, i=lesson.id: self._on_coach_finished(i, done))
        self.coach = coach
        if "sync" in lesson.needs and self._sync() is None:
            log.warning("lesson %s needs sync, and the window has no sync controller",
                        lesson.id)
        coach.start()
        self.lesson_started.emit(lesson.id)

    def _on_coach_finished(self, lesson_id: str, completed: bool) -> None:
        coach, self.coach = self.coach, None
        if coach is not None:
            coach.deleteLater()
        if completed and hasattr(self.window, "notify"):
            lesson = find_lesson(self.lessons, lesson_id)
            title = tr_lesson(lesson.title) if lesson else lesson_id
            self.window.notify(self.tr("Lesson completed: {title}.").format(title=title), "info")
        self.lesson_finished.emit(lesson_id, completed)

    def _practice_erp(self):
        return practice.practice_erp(self.registry)

    # --------------------------------------------------------------- practice ----
    def _with_practice(self, then: Callable[[], None]) -> None:
        profile = practice.practice_profile(self.registry)
        ctx = getattr(self.window, "ctx", None)
        marker = self.book.practice_store_id()
        if ctx is not None and ctx.profile.id == profile.id:
            if marker and ctx.store.store_id == marker:
                self.window.show_list()
                then()
                return
        elif marker and practice.is_prepared(self.registry, self.book):
            try:
                self.window.open_profile(profile)
            except KnownError as exc:
                self.window.show_known_error(exc)
                return
            self.update_banner()
            then()
            return
        self._prepare(then)

    def reset_practice(self) -> None:
        """Start the practice data over (the banner asked first)."""
        if self.coach is not None:
            self.coach.leave()
        self._prepare(None)

    def _close_profile(self) -> None:
        w = self.window
        editor = getattr(w, "current_editor", None)
        if editor is not None:
            editor.undo_stack.setClean()
            editor.reject()
        closer = getattr(w, "close_profile", None)
        if closer is not None:
            closer()
        else:
            w._set_context(None)      # lets go of the store and stops its sync thread
        self.update_banner()

    def _prepare(self, then: Callable[[], None] | None) -> None:
        if self.task is not None:
            return
        w = self.window
        self._close_profile()
        w.stack.setCurrentWidget(w.welcome)
        w.welcome.show_progress(0, self.practice_count)
        registry, count = self.registry, self.practice_count

        def job(ctx):  # worker thread: files, store, practice ERP; no widgets
            return practice.prepare_practice(registry, count=count, progress=ctx.progress,
                                             cancel=ctx.cancelled)

        def done(_result) -> None:
            self.task = None
            self.book = ProgressBook.for_registry(registry)
            try:
                w.open_profile(practice.practice_profile(registry))
            except KnownError as exc:
                w.show_welcome()
                w.show_known_error(exc)
                return
            self.update_banner()
            self.practice_ready.emit()
            if then is not None:
                then()

        def failed(exc) -> None:
            self.task = None
            w.show_welcome()
            if isinstance(exc, KnownError):
                w.show_known_error(exc)
            else:
                raise exc

        self.task = w.runner.run(job, on_done=done, on_error=failed,
                                 on_progress=w.welcome.show_progress)

    def _on_welcome_cancel_requested(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # ------------------------------------------------------------------ events ----
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
