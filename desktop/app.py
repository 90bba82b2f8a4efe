"""The composition root: QApplication, translations, style, crash handling, the main window."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

log = logging.getLogger(__name__)

SMOKE_DEMO_COUNT = 60
SMOKE_TIMEOUT_MS = 60_000


def _load_style_sheet() -> str:
    from .paths import resource_dir
    path = resource_dir() / "style.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("style sheet %s not found", path)
        return ""


class CrashHandler:
    """sys.excepthook and Qt's message handler: KnownError → a plain translated message,
    anything else → the crash dialog with a copyable report. GUI thread only."""

    def __init__(self, app, window_getter) -> None:
        self.app = app
        self.window_getter = window_getter
        self._showing = False
        self.previous_hook = sys.excepthook

    def install(self) -> None:
        from PySide6.QtCore import qInstallMessageHandler
        sys.excepthook = self.excepthook
        qInstallMessageHandler(self.qt_message)

    def excepthook(self, exc_type, exc, tb) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .domain.errors import KnownError
        from .ui.dialogs.crash_dialog import CrashDialog, build_report
        from .ui.labels import error_text
        if issubclass(exc_type, KeyboardInterrupt):
            self.app.quit()
            return
        parent = self.window_getter()
        if isinstance(exc, KnownError):
            log.info("known error: %s", exc.text())
            QMessageBox.warning(parent, self.app.translate("App", "Invoice Desk"),
                                error_text(exc))
            return
        report = build_report(exc_type, exc, tb)
        log.error("unexpected error:\n%s", report)
        if self._showing or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            sys.stderr.write(report)
            return
        self._showing = True
        try:
            CrashDialog(report, parent).exec()
        finally:
            self._showing = False

    def qt_message(self, mode, context, message) -> None:
        from PySide6.QtCore import QtMsgType
        if "propagateSizeHints" in message:
            return
        level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
                 QtMsgType.QtWarningMsg: logging.WARNING,
                 QtMsgType.QtCriticalMsg: logging.ERROR,
                 QtMsgType.QtFatalMsg: logging.CRITICAL}.get(mode, logging.WARNING)
        log.log(level, "Qt: %s (%s:%s)", message, context.file, context.line)
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            sys.stderr.write(f"Qt: {message}\n")


def create_application(argv: list[str] | None = None):
    """The QApplication with our names and style (one per process)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .paths import resource_dir
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName("InvoiceDesk")
    app.setApplicationName("InvoiceDesk")
    app.setApplicationDisplayName("Invoice Desk")
    app.setWindowIcon(QIcon(str(resource_dir() / "icons" / "invoice-desk.svg")))
    app.setStyleSheet(_load_style_sheet())
    return app


def main(args) -> int:
    smoke = bool(getattr(args, "smoke_test", False))
    if smoke:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer

    from .domain.errors import KnownError
    from .store.profiles import ProfileRegistry
    from .ui import settings
    from .ui.labels import error_text
    from .ui.language import LanguageManager, system_language
    from .ui.main_window import MainWindow

    temp_dir: str | None = None
    data_dir = getattr(args, "data_dir", None)
    if smoke and data_dir is None:
        temp_dir = tempfile.mkdtemp(prefix="invoice-desk-smoke-")
        data_dir = Path(temp_dir)
    settings.configure(data_dir)
    app = create_application()
    languages = LanguageManager(app)
    languages.apply(settings.get_str("ui/language", system_language()))
    registry = ProfileRegistry(data_dir)
    window = MainWindow(registry, languages)
    crash = CrashHandler(app, lambda: window)
    crash.install()
    exit_code = {"code": 0}

    from .domain.errors import BadInput
    from .domain.i18n import QT_TRANSLATE_NOOP
    try:
        command = getattr(args, "command", None)
        profile_id = getattr(args, "profile", None)
        if os.environ.get("INVOICE_DESK_QUIT_WHEN_READY"):
            # benchmarks: report when the first page is painted, then quit
            def painted() -> None:
                app.processEvents()
                print(f"READY {time.time():.6f}", flush=True)
                app.quit()
            window.ready.connect(lambda: QTimer.singleShot(0, painted))
        if smoke:
            def finish() -> None:
                app.processEvents()
                app.quit()
            window.ready.connect(lambda: QTimer.singleShot(0, finish))

            def timeout() -> None:
                sys.stderr.write("smoke test: the window did not become ready in time\n")
                exit_code["code"] = 1
                app.quit()
            QTimer.singleShot(SMOKE_TIMEOUT_MS, timeout)
            window.show()
            window.open_demo(SMOKE_DEMO_COUNT)
        elif command == "demo":
            window.show()
            window.open_demo()
        elif command == "tutorial":
            from .ui.tutorial import start_lesson
            window.show()
            if not start_lesson(window, getattr(args, "lesson", None)):
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "There is no lesson \"{lesson}\"; "
                                                           "see Help ▸ Tutorials."),
                               lesson=getattr(args, "lesson", ""))
        elif profile_id:
            window.show()
            window.open_profile(registry.get(profile_id))
        else:
            window.show()
            last = registry.last_used() or next(iter(registry.list()), None)
            if last is None:
                window.show_welcome()
            else:
                window.open_profile(last)
    except KnownError as exc:
        from PySide6.QtWidgets import QMessageBox
        if smoke:
            sys.stderr.write(f"invoice-desk: {exc.text()}\n")
            window.shutdown()
            return 1
        QMessageBox.warning(window, app.translate("App", "Invoice Desk"), error_text(exc))
        window.show_welcome()

    try:
        rc = app.exec()
    finally:
        window.shutdown()
        sys.excepthook = crash.previous_hook
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)
    if smoke:
        return exit_code["code"]
    return rc


def export_labels(data_dir, language: str | None):
    """The words of an .xlsx export in ``language`` (None: the window's language from File ▸
    Settings, else the system's), for the command line. Returns (labels, found): found is
    False when that language's translation file is missing (the labels are English then)."""
    from PySide6.QtCore import QTranslator

    from .io.excel_export import ExportLabels
    from .paths import translations_dir
    from .ui import settings
    from .ui.language import SUPPORTED, system_language
    if not language:
        settings.configure(data_dir)
        language = settings.get_str("ui/language", system_language())
    if language not in SUPPORTED or language == "en":
        return ExportLabels(), True
    translator = QTranslator()
    if not translator.load(f"invoice_desk_{language}", str(translations_dir())):
        return ExportLabels(), False
    return ExportLabels.translated(lambda context, text: translator.translate(context, text)), \
        True


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
