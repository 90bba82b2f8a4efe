"""The base of every dialog: geometry remembered, F1 help, retranslation on language change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from . import settings

# The application may replace this (e.g. to open the manual at a topic).
help_hook: Callable[[QWidget, str], None] | None = None


class BaseDialog(QDialog):
    """GUI thread only. Subclasses set ``settings_key`` and ``help_topic``, build their widgets,
    call ``retranslate_ui()`` at the end of ``__init__`` and never query the store there."""

    settings_key = "dialog"
    help_topic = ""
    help_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self._help_shortcut.activated.connect(self.show_help)
        self._geometry_restored = False

    # --- geometry -------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._geometry_restored:
            self._geometry_restored = True
            geo = settings.get_bytes(f"dialogs/{self.settings_key}/geometry")
            if geo is not None:
                self.restoreGeometry(geo)
        super().showEvent(event)

    def save_geometry(self) -> None:
        settings.set_bytes(f"dialogs/{self.settings_key}/geometry", self.saveGeometry())

    def done(self, result: int) -> None:
        self.save_geometry()
        super().done(result)

    # --- help -----------------------------------------------------------------------
    def help_text(self) -> str:
        return QCoreApplication.translate(
            "BaseDialog", "Tab moves between fields, Esc closes, Ctrl+S saves where there is "
                          "something to save.")

    def show_help(self) -> None:
        self.help_requested.emit(self.help_topic)
        if help_hook is not None:
            help_hook(self, self.help_topic)
            return
        QMessageBox.information(self, QCoreApplication.translate("BaseDialog", "Help"),
                                self.help_text())

    # --- translation ----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        """Set every visible string again (called at start and on QEvent.LanguageChange)."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class JobDialogMixin:
    """For dialogs that run one cancellable background job (``self.task``, ``busy()``,
    ``_alive``: a one-item list the job's callbacks check, and a ``message`` label with a
    ``message_shown`` signal): Esc, Cancel and the close box stop a running job first and
    the dialog stays open."""

    def busy(self) -> bool:
        return self.task is not None

    def show_message(self, text: str, role: str = "") -> None:
        """One line in the dialog's message bar; ``role`` ("", info, warning, error) picks
        its colours from the style sheet."""
        self.message.setProperty("role", role)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            self.message_shown.emit(text)

    def reject(self) -> None:
        if self.busy():
            self.task.cancel()
            self.show_message(QCoreApplication.translate("JobDialog", "Stopping…"))
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.busy():
            self.task.cancel()
            return
        self._alive[0] = False
        super().done(result)
