"""The banner over the practice profile's list: nothing here reaches the real ERP; start a
lesson; start the practice data over.

GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSizePolicy)


class PracticeBanner(QFrame):
    """Shown while the practice profile is open. Emits ``reset_requested`` after the clerk
    confirmed (``ask_reset`` may be replaced by tests) and ``lessons_requested``."""

    reset_requested = Signal()
    lessons_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet("QFrame#practiceBanner { background: rgba(25, 118, 210, 0.12); "
                           "border: 1px solid rgba(25, 118, 210, 0.55); border-radius: 4px; }")
        self.label = QLabel(self)
        self.label.setObjectName("practiceBannerLabel")
        self.label.setWordWrap(True)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("practiceProgressLabel")
        self.progress_label.setProperty("role", "secondary")
        self.progress_label.hide()
        self.lessons_button = QPushButton(self)
        self.lessons_button.setObjectName("practiceLessonsButton")
        self.lessons_button.clicked.connect(self.lessons_requested)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("resetPracticeButton")
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        for b in (self.lessons_button, self.reset_button):
            b.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.lessons_button)
        layout.addWidget(self.reset_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Practice mode: these invoices and the ERP they sync with "
                                   "are practice data on this computer. Nothing here reaches "
                                   "your real ERP."))
        self.lessons_button.setText(self.tr("&Tutorials…"))
        self.lessons_button.setToolTip(self.tr("Start or resume a lesson"))
        self.reset_button.setText(self.tr("&Reset practice data"))
        self.reset_button.setToolTip(self.tr("Start over with fresh sample invoices and an "
                                             "empty practice ERP"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_progress(self, done: int, total: int) -> None:
        self.reset_button.setEnabled(False)
        self.progress_label.setText(self.tr("Preparing practice data: {done} of {total}…")
                                    .format(done=done, total=total))
        self.progress_label.show()

    def clear_progress(self) -> None:
        self.reset_button.setEnabled(True)
        self.progress_label.hide()

    def ask_reset(self) -> bool:
        """Ask before starting over (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Reset practice data"),
            self.tr("Start over with fresh sample invoices? Everything you changed in the "
                    "practice data is replaced, and lessons in progress start from the "
                    "beginning. Your real data is not touched."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _on_reset_button_clicked(self) -> None:
        if self.ask_reset():
            self.reset_requested.emit()
