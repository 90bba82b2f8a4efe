"""The invoice editor's attachments: add a PDF or image, open it, remove it.

Attachments are saved at once (their own audit event and outbox entry), not with the
invoice's Save; they need a saved invoice. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ...domain.errors import KnownError
from ...store import attachments
from ..labels import error_text

UUID_ROLE = 0x0100


class AttachmentsPanel(QWidget):
    changed = Signal()
    message = Signal(str, str)   # text, kind ("info" | "error")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.ctx = None
        self.invoice_uuid = ""
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentsList")
        self.list.setMaximumHeight(72)
        self.list.itemActivated.connect(lambda _i: self.open_current())
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.caption.setBuddy(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("attachAddButton")
        self.add_button.clicked.connect(lambda: self.add())
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("attachOpenButton")
        self.open_button.clicked.connect(self.open_current)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("attachRemoveButton")
        self.remove_button.clicked.connect(self.remove_current)
        for b in (self.add_button, self.open_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setObjectName("attachmentsHint")
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "secondary")
        lay.addWidget(self.caption)
        lay.addWidget(self.list)
        lay.addLayout(row)
        lay.addWidget(self.hint)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("Attac&hments"))
        self.add_button.setText(self.tr("Add…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self._update_hint()

    def set_invoice(self, ctx, invoice_uuid: str, editable: bool = True) -> None:
        self.ctx, self.invoice_uuid, self.editable = ctx, invoice_uuid, editable
        self.refresh()

    def _update_hint(self) -> None:
        if not self.invoice_uuid:
            self.hint.setText(self.tr("Save the invoice first to attach files."))
        elif self.ctx is not None and self.ctx.profile.kind == "tryton":
            self.hint.setText(self.tr("Attachments are sent to Tryton with the invoice."))
        else:
            self.hint.setText(self.tr("Attachments stay on this computer; this ERP does not "
                                      "receive them."))

    def refresh(self) -> None:
        self.list.clear()
        if self.ctx is not None and self.invoice_uuid:
            try:
                for att in attachments.list_for(self.ctx.store, self.invoice_uuid):
                    item = QListWidgetItem(f"{att.filename}  ({att.size:,} B)")
                    item.setData(UUID_ROLE, att.uuid)
                    item.setData(UUID_ROLE + 1, str(att.path))
                    item.setToolTip(att.mime)
                    self.list.addItem(item)
            except KnownError as exc:
                self.message.emit(error_text(exc), "error")
        self._update_hint()
        self._update_buttons()

    def _update_buttons(self) -> None:
        saved = bool(self.invoice_uuid) and self.ctx is not None
        has = self.list.currentItem() is not None
        self.add_button.setEnabled(saved and getattr(self, "editable", True))
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and getattr(self, "editable", True))

    def add(self, path: str | None = None) -> bool:
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Attach a file"), "",
                self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"))
        if not path:
            return False
        try:
            attachments.add(self.ctx.store, self.ctx.actor, self.invoice_uuid, Path(path))
        except KnownError as exc:
            self.message.emit(error_text(exc), "error")
            return False
        self.refresh()
        self.list.setCurrentRow(self.list.count() - 1)
        self.changed.emit()
        return True

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(UUID_ROLE + 1)))

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            attachments.remove(self.ctx.store, self.ctx.actor, item.data(UUID_ROLE))
        except KnownError as exc:
            self.message.emit(error_text(exc), "error")
            return
        self.refresh()
        self.changed.emit()
