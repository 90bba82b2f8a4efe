"""Tutorial mode in the window: the overlay and bubble, the coach that plays a lesson, the
practice banner, and the two calls the application makes.

``install_tutorial(window)`` once after the main window is built (adds Help ▸ Tutorials and
the practice banner), ``start_lesson(window, "basics")`` for the welcome page's "Start the
tutorial" and ``invoice-desk tutorial [LESSON]``.
"""

from __future__ import annotations

from pathlib import Path

from .coordinator import TutorialCoordinator


def install_tutorial(window, sync=None, sync_ui=None,
                     lessons_dir: Path | None = None) -> TutorialCoordinator:
    """Add tutorial mode to ``window`` (a MainWindow) and return its coordinator (also kept as
    ``window.tutorial``). ``sync``/``sync_ui``: the SyncController and the window's sync UI,
    or zero-argument callables giving the current ones; None: ``window.sync_ui`` and its
    ``controller``, looked up when a lesson needs them."""
    existing = getattr(window, "tutorial", None)
    if isinstance(existing, TutorialCoordinator):
        return existing
    coordinator = TutorialCoordinator(window, sync=sync, sync_ui=sync_ui,
                                      lessons_dir=lessons_dir)
    window.tutorial = coordinator
    return coordinator


def start_lesson(window, lesson: str | None = None, *, restart: bool = False) -> bool:
    """Start or resume ``lesson`` (id, order number, or None: the first not completed) on the
    practice profile; False if there is no such lesson."""
    return install_tutorial(window).start_lesson(lesson, restart=restart)


__all__ = ["TutorialCoordinator", "install_tutorial", "start_lesson"]
