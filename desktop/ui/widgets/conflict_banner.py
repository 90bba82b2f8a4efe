"""A slim, non-modal banner: "N invoices need a decision" with a button that opens the dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy


class ConflictBanner(QFrame):
    """GUI thread only. Feed it the count of invoices in conflict (``SyncStatus.conflicts``)
    with ``set_count``; it hides itself at 0 and emits ``open_requested`` on "Open"."""

    open_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("role", "warning")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._count = 0
        self.label = QLabel(self)
        self.label.setObjectName("conflictBannerLabel")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("conflictBannerOpenButton")
        self.open_button.clicked.connect(self.open_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        self.retranslate_ui()
        self.hide()

    def count(self) -> int:
        return self._count

    def set_count(self, n: int) -> None:
        """Show ``n`` invoices waiting (hidden at 0)."""
        self._count = max(0, int(n))
        self._update_text()
        self.setVisible(self._count > 0)

    def _update_text(self) -> None:
        self.label.setText(self.tr("%n invoice(s) need a decision: they changed here and in "
                                   "the ERP.", "", self._count))

    def retranslate_ui(self) -> None:
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Decide which version to keep"))
        self._update_text()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
