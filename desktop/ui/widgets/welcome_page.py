"""The first-run page: work offline, or open the demo (a practice profile with sample data)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
                               QWidget)

from ...paths import resource_dir


class WelcomePage(QWidget):
    """GUI thread only; shows the demo's progress while it is being filled."""

    work_offline_requested = Signal()
    demo_requested = Signal()
    connect_requested = Signal()
    tutorial_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.logo = QLabel(self)
        icon = QIcon(str(resource_dir() / "icons" / "invoice-desk.svg"))
        self.logo.setPixmap(icon.pixmap(72, 72))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("welcomeTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(self)
        self.text.setObjectName("welcomeText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(560)
        self.offline_button = QPushButton(self)
        self.offline_button.setObjectName("workOfflineButton")
        self.offline_button.clicked.connect(self.work_offline_requested)
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("openDemoButton")
        self.demo_button.clicked.connect(self.demo_requested)
        self.connect_button = QPushButton(self)
        self.connect_button.setObjectName("connectErpButton")
        self.connect_button.clicked.connect(self.connect_requested)
        for b in (self.offline_button, self.demo_button, self.connect_button):
            b.setMinimumHeight(56)
            b.setMinimumWidth(220)
        self.offline_hint = QLabel(self)
        self.demo_hint = QLabel(self)
        self.connect_hint = QLabel(self)
        for h in (self.offline_hint, self.demo_hint, self.connect_hint):
            h.setWordWrap(True)
            h.setMaximumWidth(220)
            h.setProperty("role", "secondary")
            h.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("demoProgress")
        self.progress.setMaximumWidth(460)
        self.progress.hide()
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("demoProgressLabel")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_label.hide()
        self.tutorial_button = QPushButton(self)
        self.tutorial_button.setObjectName("startTutorialButton")
        self.tutorial_button.setFlat(True)
        self.tutorial_button.clicked.connect(self.tutorial_requested)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelDemoButton")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()

        choices = QHBoxLayout()
        choices.addStretch(1)
        for button, hint in ((self.offline_button, self.offline_hint),
                             (self.demo_button, self.demo_hint),
                             (self.connect_button, self.connect_hint)):
            col = QVBoxLayout()
            col.addWidget(button)
            col.addWidget(hint)
            col.addStretch(1)
            choices.addLayout(col)
            choices.addSpacing(24)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.logo)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addLayout(choices)
        layout.addWidget(self.tutorial_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Welcome to Invoice Desk"))
        self.text.setText(self.tr("Enter, check and correct invoices on this computer; they are "
                                  "kept in step with your ERP once a connection is set up."))
        self.offline_button.setText(self.tr("&Work offline"))
        self.offline_hint.setText(self.tr("Start with an empty local store. You can connect an "
                                          "ERP later."))
        self.demo_button.setText(self.tr("Open the &demo"))
        self.demo_hint.setText(self.tr("Practise on sample invoices. Nothing reaches a real "
                                       "ERP."))
        self.connect_button.setText(self.tr("&Connect to an ERP"))
        self.connect_hint.setText(self.tr("Tryton or a REST ERP: invoices sync both ways in the "
                                          "background."))
        self.tutorial_button.setText(self.tr("New here? Start the &tutorial"))
        self.cancel_button.setText(self.tr("Cancel"))
        # a wrapped label inside an aligned layout item does not ask for its height itself
        self.text.setMinimumHeight(self.text.heightForWidth(560) + 6)
        for h in (self.offline_hint, self.demo_hint, self.connect_hint):
            h.setMinimumHeight(h.heightForWidth(h.maximumWidth()))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_progress(self, done: int, total: int) -> None:
        self.offline_button.setEnabled(False)
        self.connect_button.setEnabled(False)
        self.tutorial_button.setEnabled(False)
        self.demo_button.setEnabled(False)
        self.progress.show()
        self.progress_label.show()
        self.cancel_button.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Preparing the demo: {done} of {total} invoices…")
                                    .format(done=done, total=total))

    def reset(self) -> None:
        self.offline_button.setEnabled(True)
        self.connect_button.setEnabled(True)
        self.tutorial_button.setEnabled(True)
        self.demo_button.setEnabled(True)
        self.progress.hide()
        self.progress_label.hide()
        self.cancel_button.hide()
