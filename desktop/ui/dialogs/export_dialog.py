"""Export: the invoice list (or every invoice with its lines) to .xlsx, or one invoice as a
UBL 2.1 e-invoice (.xml)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
                               QRadioButton, QVBoxLayout)

from ...domain.errors import KnownError
from ...io.excel_export import ExportLabels
from ...store.search import InvoiceQuery
from ...sync import exchange
from ...workers.task import Task, TaskRunner
from .. import settings
from ..base_dialog import BaseDialog, JobDialogMixin
from ..context import AppContext
from .import_wizard import known_error_text

MODE_EXCEL, MODE_UBL = "xlsx", "ubl"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def translated_labels() -> ExportLabels:
    """The words of an export (headers, kinds, statuses) in the window's language."""
    return ExportLabels.translated(QCoreApplication.translate)


def export_error_text(exc: KnownError) -> str:
    """One translated sentence for an export refusal."""
    if isinstance(exc, exchange.CompanyDetailsError):
        return exc.translated(QCoreApplication.translate)
    return known_error_text(exc)


class ExportDialog(JobDialogMixin, BaseDialog):
    """GUI thread only. The export runs as a TaskRunner job (it opens its own store sessions);
    while it runs, Cancel/Esc stops it and nothing is left at the chosen path."""

    settings_key = "export_dialog"
    help_topic = "export"
    exported = Signal(str, object)   # path, rows written (object: no 2^31 wrap)
    message_shown = Signal(str)

    def __init__(self, ctx: AppContext, runner: TaskRunner, query: InvoiceQuery | None = None,
                 *, count: int | None = None, invoice_uuid: str = "", invoice_number: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.ctx, self.runner = ctx, runner
        self.query = query or InvoiceQuery()
        self.count = count
        self.invoice_uuid, self.invoice_number = invoice_uuid, invoice_number
        self.mode = MODE_UBL if invoice_uuid else MODE_EXCEL
        if self.mode == MODE_UBL:
            self.settings_key = "export_einvoice_dialog"   # its own remembered geometry
        self.task: Task | None = None
        self._chosen_by_dialog = False
        alive = self._alive = [True]
        self.destroyed.connect(lambda *_: alive.__setitem__(0, False))
        self.intro = QLabel(self)
        self.intro.setObjectName("exportIntro")
        self.intro.setWordWrap(True)
        self.what_box = QGroupBox(self)
        self.list_radio = QRadioButton(self.what_box)
        self.list_radio.setObjectName("exportListRadio")
        self.lines_radio = QRadioButton(self.what_box)
        self.lines_radio.setObjectName("exportLinesRadio")
        self.list_radio.setChecked(True)
        self.what_group = QButtonGroup(self)
        for b in (self.list_radio, self.lines_radio):
            self.what_group.addButton(b)
        box = QVBoxLayout(self.what_box)
        box.addWidget(self.list_radio)
        box.addWidget(self.lines_radio)
        self.what_box.setVisible(self.mode == MODE_EXCEL)
        self.file_label = QLabel(self)
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("exportFileEdit")
        self.file_edit.setText(str(self._default_path()))
        self.file_edit.textEdited.connect(self._on_file_edit_text_edited)
        self.file_label.setBuddy(self.file_edit)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("exportBrowseButton")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        grid = QGridLayout()
        grid.addWidget(self.file_label, 0, 0)
        grid.addWidget(self.file_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.setColumnStretch(1, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgressBar")
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.start_export())
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("exportCancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.what_box)
        layout.addLayout(grid)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.resize(640, self.sizeHint().height() + 40)

    @classmethod
    def for_einvoice(cls, ctx: AppContext, runner: TaskRunner, invoice_uuid: str,
                     invoice_number: str = "", parent=None) -> ExportDialog:
        """The second entry point: one invoice as a UBL 2.1 e-invoice."""
        return cls(ctx, runner, invoice_uuid=invoice_uuid, invoice_number=invoice_number,
                   parent=parent)

    # --- translation ----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if self.mode == MODE_UBL:
            self.setWindowTitle(self.tr("Export e-invoice"))
            self.intro.setText(self.tr(
                "Save invoice {number} as a UBL 2.1 e-invoice (.xml) that the customer's or "
                "supplier's accounting system can read.").format(
                    number=self.invoice_number or self.invoice_uuid))
        else:
            self.setWindowTitle(self.tr("Export invoices"))
            intro = self.tr("Save the invoices of the list, as it is filtered now, to an Excel "
                            "workbook.")
            if self.count is not None:
                intro += "\n" + self.tr("Invoices in the list: {count}").format(count=self.count)
            self.intro.setText(intro)
        self.what_box.setTitle(self.tr("What to export"))
        self.list_radio.setText(self.tr("&One row per invoice, with its totals"))
        self.lines_radio.setText(self.tr("One row per invoice &line (this file can be imported "
                                         "again)"))
        self.file_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.busy()
        self.export_button.setEnabled(not busy)
        self.browse_button.setEnabled(not busy)
        self.file_edit.setEnabled(not busy)
        self.what_box.setEnabled(not busy)
        self.cancel_button.setText(self.tr("Cancel") if busy else self.tr("&Close"))

    # --- the file -------------------------------------------------------------------
    def _suffix(self) -> str:
        return ".xml" if self.mode == MODE_UBL else ".xlsx"

    def _default_path(self) -> Path:
        folder = Path(settings.get_str("export/last_dir", "") or Path.home())
        if self.mode == MODE_UBL:
            name = _UNSAFE_NAME.sub("_", self.invoice_number).strip(" ._") or "invoice"
            return folder / f"{name}.xml"
        return folder / f"invoices-{date.today().isoformat()}.xlsx"

    def _on_file_edit_text_edited(self, _text: str) -> None:
        self._chosen_by_dialog = False

    def browse(self) -> None:
        filters = (self.tr("UBL e-invoices (*.xml)") if self.mode == MODE_UBL
                   else self.tr("Excel workbooks (*.xlsx)"))
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(),
                                              self.file_edit.text().strip(), filters)
        if path:
            self.file_edit.setText(path)
            self._chosen_by_dialog = True   # the file dialog asked about overwriting

    def target_path(self) -> Path | None:
        text = self.file_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_name(path.name + self._suffix())
        return path

    def confirm_overwrite(self, path: Path) -> bool:
        """Asked for a typed path that exists (tests may replace it)."""
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("{file} already exists. Replace it?").format(file=str(path)))
        return answer == QMessageBox.StandardButton.Yes

    # --- running --------------------------------------------------------------------
    def with_lines(self) -> bool:
        return self.lines_radio.isChecked()

    def start_export(self) -> Task | None:
        """Export to the path in the file box (Browse first when it is empty)."""
        if self.busy():
            return None
        path = self.target_path()
        if path is None:
            self.browse()
            path = self.target_path()
            if path is None:
                return None
        if path.exists() and not self._chosen_by_dialog and not self.confirm_overwrite(path):
            return None
        store, alive = self.ctx.store, self._alive
        if self.mode == MODE_UBL:
            uuid, own = self.invoice_uuid, self.ctx.profile.company_party()

            def job(_tc):
                exchange.export_ubl(store, uuid, path, own)
                return 1
        else:
            query, lines, labels = self.query, self.with_lines(), translated_labels()

            def job(tc):
                return exchange.export_excel(store, path, query, lines, labels=labels,
                                             progress=tc.progress, cancel=tc.cancelled)

        def done(rows) -> None:
            if alive[0]:
                self._set_idle()
                self._on_exported(path, rows)

        def failed(exc) -> None:
            if not alive[0]:
                return
            self._set_idle()
            if not isinstance(exc, KnownError):
                raise exc   # a bug: the crash dialog reports it
            if task.cancel_event.is_set():
                self.show_message(self.tr("The export was cancelled; no file was written."),
                                  "warning")
            else:
                self.show_message(export_error_text(exc), "error")

        settings.set_str("export/last_dir", str(path.parent))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.show_message(self.tr("Exporting…"))
        task = self.task = self.runner.run(job, on_done=done, on_error=failed,
                                           on_progress=self._on_task_progress)
        self._update_buttons()
        return task

    def _set_idle(self) -> None:
        self.task = None
        self.progress.hide()
        self._update_buttons()

    def _on_task_progress(self, done: object, total: object) -> None:
        total = max(int(total), 1)
        self.progress.setRange(0, total)
        self.progress.setValue(min(int(done), total))

    def _on_exported(self, path: Path, rows: int) -> None:
        if self.mode == MODE_UBL:
            text = self.tr("Saved the e-invoice to {file}.").format(file=str(path))
        else:
            text = self.tr("Saved {file}. Rows written: {count}").format(file=str(path),
                                                                          count=rows)
        self.show_message(text, "")
        self._chosen_by_dialog = True     # exporting again to the same file needs no question
        self.exported.emit(str(path), rows)

