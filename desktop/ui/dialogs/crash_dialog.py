"""The crash dialog: a bug report the clerk can copy; known problems get a plain message."""

from __future__ import annotations

import platform
import sys
import traceback

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton,
                               QVBoxLayout)

from ... import __version__
from ..base_dialog import BaseDialog


def build_report(exc_type, exc, tb) -> str:
    lines = [f"Invoice Desk {__version__}", f"Python {sys.version.split()[0]}",
             f"Qt {qVersion()} / PySide6 {pyside_version}", f"{platform.platform()}", ""]
    lines += traceback.format_exception(exc_type, exc, tb)
    return "".join(x if x.endswith("\n") else x + "\n" for x in lines)


class CrashDialog(BaseDialog):
    """GUI thread only."""

    settings_key = "crash_dialog"
    help_topic = "crash"

    def __init__(self, report: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.report = report
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.details = QPlainTextEdit(report, self)
        self.details.setObjectName("crashReport")
        self.details.setReadOnly(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyReportButton")
        self.copy_button.clicked.connect(self.copy_report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Invoice Desk: unexpected error"))
        self.text.setText(self.tr("Something went wrong that should not have. Your saved work "
                                  "is safe. Please copy this report and send it to support; "
                                  "then carry on or restart Invoice Desk."))
        self.copy_button.setText(self.tr("&Copy report"))

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
