"""The import wizard: an Excel sheet (or a UBL e-invoice) → columns matched → rows checked →
good invoices saved as drafts in one transaction."""

from __future__ import annotations

import json
import re
import string
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRegularExpression, \
    Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar,
                               QPushButton, QScrollArea, QSizePolicy, QStackedWidget, QTableView,
                               QVBoxLayout, QWidget)

from ...domain.errors import KnownError, ValidationFailed
from ...domain.records import InvoiceKind, Party
from ...io import einvoice, excel
from ...io.cells import TooLong, UnevaluatedFormula
from ...io.column_guess import FIELD_LABELS, FIELDS, HEADER_FIELDS, LINE_FIELDS, guess_kind
from ...io.excel_rows import ImportDefaults, ImportedInvoice, RejectedRow, RowProblem
from ...sync import exchange
from ...workers.task import Task, TaskRunner
from .. import settings
from ..base_dialog import BaseDialog, JobDialogMixin
from ..context import AppContext
from ..labels import error_text, fill, format_rate, kind_label


PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_DONE = range(4)
PAGE_NAMES = ("importFilePage", "importMappingPage", "importPreviewPage", "importDonePage")
CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")
SAMPLE_ROWS = 20
# cells.py's CellError templates: io hands them over already filled in as "{field}: {detail}",
# so the detail is matched back to its template to be shown in the user's language.
CELL_TEMPLATES = (
    "\"{value}\" is not a date; write it as 2026-11-28.",
    "The date {value} is out of range ({low}–{high}).",
    "\"{value}\" could be day/month or month/day; write it as 2026-11-28.",
    "\"{value}\" is not a number.",
    "A date ({value}) where a number was expected.",
    "\"{value}\" is ambiguous: is the comma a decimal point? Write it as 12.50.",
    "\"{value}\" is neither a sale nor a purchase.",
)
_ENGLISH_LABELS = frozenset(FIELD_LABELS.values())


# --- messages from io/domain, translated at display time ---------------------------------

def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def translate_message(message: str, params: dict, contexts: tuple[str, ...]) -> str:
    """``message`` translated in the first of ``contexts`` that knows it, then filled."""
    for ctx in contexts:
        if _t(ctx, message) != message:
            return fill(ctx, message, params)
    return fill(contexts[0], message, params)


@lru_cache(maxsize=64)
def _template_regex(template: str) -> re.Pattern:
    out, seen = [], set()
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(re.escape(literal))
        if name:
            out.append(f"(?P={name})" if name in seen else f"(?P<{name}>.*?)")
            seen.add(name)
    return re.compile("".join(out), re.S)


def _detail_text(detail: str) -> str:
    for template in CELL_TEMPLATES:
        m = _template_regex(template).fullmatch(detail)
        if m:
            return fill("Import", template, m.groupdict())
    return detail


def row_problem_text(p: RowProblem) -> str:
    """One problem of a sheet row in the user's language."""
    params = dict(p.params)
    if "detail" in params:
        params["detail"] = _detail_text(params["detail"])
    if params.get("field") in _ENGLISH_LABELS:
        params["field"] = _t("Import", params["field"])
    return translate_message(p.message, params, ("Import", "Validation"))


def known_error_text(exc: BaseException) -> str:
    """One translated sentence for an io/exchange error (contexts Import, Export, EInvoice)."""
    if isinstance(exc, ValidationFailed):
        return "\n".join(translate_message(p.message, dict(p.params), ("EInvoice", "Validation"))
                         for p in exc.problems)
    if isinstance(exc, KnownError):
        for ctx in ("Import", "Export", "EInvoice"):
            if _t(ctx, exc.message) != exc.message:
                return fill(ctx, exc.message, exc.params)
    return error_text(exc)


def own_party(ctx: AppContext) -> Party:
    """Our company as the e-invoice import/export sees it (as the command line does)."""
    return exchange.own_party(ctx.profile)    # known by our tax ID when one is set


def column_letter(index: int) -> str:
    """0 → "A", 26 → "AA"."""
    s, n = "", index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _cell_text(value: object) -> str:
    if value is None or isinstance(value, (TooLong, UnevaluatedFormula)):
        return ""
    if isinstance(value, date):
        return value.isoformat()[:10]
    return str(value).strip()


# --- the problems table ------------------------------------------------------------------

class ImportProblemsModel(QAbstractTableModel):
    """GUI thread only. Refused rows (one line per problem) and duplicates, by row number;
    texts are translated when shown."""

    COLUMNS = ("rows", "column", "field", "message")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[tuple[int, object, object]] = []  # (first row, problem, extra)

    def set_outcome(self, outcome: exchange.ImportOutcome | None) -> None:
        self.beginResetModel()
        items: list = []
        if outcome is not None:
            for rej in outcome.rejected:
                items += [(p.row, p, rej) for p in rej.problems]
            items += [(min(item.rows, default=0), item, warning)
                      for item, warning in outcome.duplicates]
        items.sort(key=lambda x: x[0])
        self._items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Column"), self.tr("Field"),
                    self.tr("Problem"))[section]
        return None

    def texts(self, row: int) -> tuple[str, str, str, str]:
        _first, what, extra = self._items[row]
        if isinstance(what, RowProblem):
            column = f"{what.column} ({what.header})" if what.column and what.header \
                else what.column
            label = FIELD_LABELS.get(what.field)
            return (str(what.row), column, _t("Import", label) if label else what.field,
                    row_problem_text(what))
        item: ImportedInvoice = what  # a duplicate
        rows = ", ".join(map(str, item.rows)) or "—"
        other = extra.other_number or extra.other_uuid
        message = fill("Duplicates", extra.reason, {"other": other}) + " " + \
            self.tr("It will not be imported again.")
        return rows, "", self.tr("Duplicate"), message

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._items) - 1, len(self.COLUMNS) - 1))


# --- the wizard --------------------------------------------------------------------------

class ImportWizard(JobDialogMixin, BaseDialog):
    """GUI thread only. Reading, checking and saving run one at a time as TaskRunner jobs that
    get plain values and the Store (never widgets or sessions); their callbacks come back here
    on the GUI thread. While a job runs, Cancel/Esc stops the job, not the dialog."""

    settings_key = "import_wizard"
    help_topic = "import"
    imported = Signal(int)        # invoices saved; the window refreshes its list
    page_changed = Signal(str)    # the new page's objectName (tests, tutorial)
    message_shown = Signal(str)   # the text just put in the message line

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx, self.runner = ctx, runner
        self.task: Task | None = None
        self.path: Path | None = None
        self.table: excel.Table | None = None
        self.outcome: exchange.ImportOutcome | None = None
        self.mapping_remembered = False
        self._sheets_of: Path | None = None
        self._samples: dict[int, str] = {}
        alive = self._alive = [True]      # False once closed or destroyed: late callbacks
        self.destroyed.connect(lambda *_: alive.__setitem__(0, False))  # touch nothing
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("importPages")
        self.title = QLabel(self)
        self.title.setObjectName("importStepTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.subtitle = self._label("importStepHint", "secondary")
        for build in (self._build_file_page, self._build_mapping_page, self._build_preview_page,
                      self._build_done_page):
            self.pages.addWidget(build())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgressBar")
        self.progress.hide()
        self.message = self._label("importMessage")
        self.message.hide()
        self.back_button = self._button("importBackButton", self.go_back)
        self.next_button = self._button("importNextButton", self.go_next)
        self.next_button.setDefault(True)
        self.cancel_button = self._button("importCancelButton", self._on_cancel_button_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(900, 620)
        self.retranslate_ui()
        self._update_buttons()

    # --- building -------------------------------------------------------------------
    def _label(self, name: str, role: str = "", parent=None) -> QLabel:
        label = QLabel(parent or self)
        label.setObjectName(name)
        label.setWordWrap(True)
        if role:
            label.setProperty("role", role)
        return label

    def _button(self, name: str, slot, parent=None) -> QPushButton:
        b = QPushButton(parent or self)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    def _build_file_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName(PAGE_NAMES[PAGE_FILE])
        self.file_label = QLabel(page)
        self.file_edit = QLineEdit(page)
        self.file_edit.setObjectName("importFileEdit")
        self.file_edit.setClearButtonEnabled(True)
        self.file_label.setBuddy(self.file_edit)
        self.file_edit.editingFinished.connect(self._on_file_edit_editing_finished)
        self.file_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.browse_button = self._button("importBrowseButton", self.browse, page)
        self.sheet_label = QLabel(page)
        self.sheet_combo = QComboBox(page)
        self.sheet_combo.setObjectName("importSheetCombo")
        self.sheet_combo.setMinimumWidth(240)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.file_note = self._label("importFileNote", "secondary", page)
        grid = QGridLayout(page)
        grid.addWidget(self.file_label, 0, 0)
        grid.addWidget(self.file_edit, 0, 1)
        grid.addWidget(self.browse_button, 0, 2)
        grid.addWidget(self.sheet_label, 1, 0)
        grid.addWidget(self.sheet_combo, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.file_note, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName(PAGE_NAMES[PAGE_MAPPING])
        self.map_combos: dict[str, QComboBox] = {}
        self.map_labels: dict[str, QLabel] = {}
        self.map_samples: dict[str, QLabel] = {}
        inner = QWidget(page)
        self.invoice_box, self.lines_box = QGroupBox(inner), QGroupBox(inner)
        for box, fields in ((self.invoice_box, HEADER_FIELDS), (self.lines_box, LINE_FIELDS)):
            grid = QGridLayout(box)
            for r, f in enumerate(fields):
                combo = QComboBox(box)
                combo.setObjectName(f"mapCombo_{f}")
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(14)
                combo.currentIndexChanged.connect(lambda _i, f=f: self._on_map_combo_changed(f))
                label, sample = QLabel(box), self._label(f"mapSample_{f}", "secondary", box)
                sample.setWordWrap(False)
                sample.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                label.setBuddy(combo)
                grid.addWidget(label, r, 0)
                grid.addWidget(combo, r, 1)
                grid.addWidget(sample, r, 2)
                grid.setColumnStretch(2, 1)
                self.map_combos[f], self.map_labels[f], self.map_samples[f] = combo, label, sample
        self.defaults_box = QGroupBox(inner)
        self.kind_combo = QComboBox(self.defaults_box)
        self.kind_combo.setObjectName("defaultKindCombo")
        for k in InvoiceKind:
            self.kind_combo.addItem("", k.value)
        self.currency_combo = QComboBox(self.defaults_box)
        self.currency_combo.setObjectName("defaultCurrencyCombo")
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.setValidator(QRegularExpressionValidator(
            QRegularExpression("[A-Za-z]{3}"), self.currency_combo))
        self.rate_combo = QComboBox(self.defaults_box)
        self.rate_combo.setObjectName("defaultTaxRateCombo")
        for rate in self.ctx.tax_rates:
            self.rate_combo.addItem(format_rate(rate), str(rate))
        self.rate_combo.setCurrentIndex(max(self.rate_combo.findData("13"), 0))
        self.default_labels = [QLabel(self.defaults_box) for _ in range(3)]
        self.defaults_hint = self._label("defaultsHint", "secondary", self.defaults_box)
        grid = QGridLayout(self.defaults_box)
        for r, (label, w) in enumerate(zip(self.default_labels, (
                self.kind_combo, self.currency_combo, self.rate_combo))):
            label.setBuddy(w)
            grid.addWidget(label, r, 0)
            grid.addWidget(w, r, 1)
        grid.addWidget(self.defaults_hint, 3, 0, 1, 2)
        self.missing_label = self._label("mappingMissing", "error", inner)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.invoice_box)
        left.addStretch(1)
        right.addWidget(self.lines_box)
        right.addWidget(self.defaults_box)
        right.addStretch(1)
        columns = QHBoxLayout(inner)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea(page)
        scroll.setObjectName("mappingScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing_label)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName(PAGE_NAMES[PAGE_PREVIEW])
        self.counts_label = self._label("importCountsLabel", "", page)
        self.problems_model = ImportProblemsModel(self)
        self.problems_view = QTableView(page)
        self.problems_view.setObjectName("importProblemsTable")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setWordWrap(False)
        self.problems_view.verticalHeader().hide()
        self.problems_view.verticalHeader().setDefaultSectionSize(
            self.problems_view.fontMetrics().height() + 10)
        hh = self.problems_view.horizontalHeader()
        hh.setStretchLastSection(True)
        for col, width in enumerate((60, 120, 150)):
            self.problems_view.setColumnWidth(col, width)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.problems_view.selectionModel().currentRowChanged.connect(
            self._on_problems_current_row_changed)
        self.problem_detail = self._label("importProblemDetail", "secondary", page)
        self.problem_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejects_button = self._button("exportRejectsButton", lambda: self.export_rejects(),
                                           page)
        row = QHBoxLayout()
        row.addWidget(self.problem_detail, 1)
        row.addWidget(self.rejects_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.problems_view, 1)
        layout.addLayout(row)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName(PAGE_NAMES[PAGE_DONE])
        self.summary_label = self._label("importSummaryLabel", "", page)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        return page

    # --- translation ----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import invoices"))
        self.file_label.setText(self.tr("&File:"))
        self.file_edit.setPlaceholderText(self.tr("An .xlsx workbook or a UBL .xml e-invoice"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.file_note.setText(self.tr(
            "The sheet needs one row per invoice line, with a header row naming its columns "
            "(English or Chinese). Rows with the same invoice number and party become one "
            "invoice. Nothing is saved before the last step."))
        self.invoice_box.setTitle(self.tr("Invoice"))
        self.lines_box.setTitle(self.tr("Lines"))
        self.defaults_box.setTitle(self.tr("Where the sheet says nothing"))
        for f, label in self.map_labels.items():
            text = _t("Import", FIELD_LABELS[f])
            label.setText(text + (" *" if f in ("party_name", "issue_date", "unit_price") else ""))
            combo = self.map_combos[f]
            if combo.count():
                combo.setItemText(0, self.tr("— not in the sheet —"))
        for label, text in zip(self.default_labels, (self.tr("&Kind:"), self.tr("C&urrency:"),
                                                     self.tr("&Tax rate:"))):
            label.setText(text)
        for i in range(self.kind_combo.count()):
            self.kind_combo.setItemText(i, kind_label(self.kind_combo.itemData(i)))
        self.defaults_hint.setText(self.tr("Used for empty cells and for columns the sheet "
                                           "does not have."))
        self.rejects_button.setText(self.tr("&Export refused rows…"))
        self.problems_model.retranslate()
        self._update_samples()
        self._update_missing()
        self._update_page_texts()
        self._update_counts()
        self._update_buttons()

    def _update_page_texts(self) -> None:
        page = self.pages.currentIndex()
        titles = (self.tr("Step 1 of 4 · Choose the file"),
                  self.tr("Step 2 of 4 · Match the columns"),
                  self.tr("Step 3 of 4 · Check the rows"),
                  self.tr("Step 4 of 4 · Done"))
        self.title.setText(titles[page])
        if page == PAGE_FILE:
            hint = self.tr("Excel workbooks (.xlsx) and UBL 2.1 e-invoices (.xml) can be "
                           "imported.")
        elif page == PAGE_MAPPING:
            hint = (self.tr("These are the choices you made last time for sheets laid out like "
                            "this one.") if self.mapping_remembered else
                    self.tr("The columns were matched by their headers. Check each field; "
                            "fields marked * are needed."))
        elif page == PAGE_PREVIEW:
            hint = self.tr("Nothing has been saved yet. Refused rows are listed below; fix them "
                           "in the file and import it again, or import the good invoices now.")
        else:
            hint = ""
        self.subtitle.setText(hint)
        self.subtitle.setVisible(bool(hint))

    # --- navigation -----------------------------------------------------------------
    def current_page(self) -> str:
        return PAGE_NAMES[self.pages.currentIndex()]

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.show_message("")
        self._update_page_texts()
        self._update_buttons()
        self.page_changed.emit(PAGE_NAMES[page])

    def _is_ubl(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == ".xml"

    def go_next(self) -> None:
        if self.busy():
            return
        page = self.pages.currentIndex()
        if page == PAGE_FILE:
            self._read_file()
        elif page == PAGE_MAPPING:
            self._check_rows()
        elif page == PAGE_PREVIEW:
            self.start_import()

    def go_back(self) -> None:
        if self.busy():
            return
        page = self.pages.currentIndex()
        if page == PAGE_PREVIEW and not self._is_ubl():
            self._go(PAGE_MAPPING)
        elif page in (PAGE_PREVIEW, PAGE_MAPPING):
            self._go(PAGE_FILE)

    def _update_buttons(self) -> None:
        page, busy = self.pages.currentIndex(), self.busy()
        self.back_button.setVisible(page in (PAGE_MAPPING, PAGE_PREVIEW))
        self.back_button.setEnabled(not busy)
        self.back_button.setText(self.tr("< &Back"))
        self.next_button.setVisible(page != PAGE_DONE)
        good = len(self.outcome.good) if self.outcome is not None else 0
        if page == PAGE_PREVIEW:
            self.next_button.setText(self.tr("&Import"))
            self.next_button.setEnabled(not busy and good > 0)
        else:
            self.next_button.setText(self.tr("&Next >"))
            self.next_button.setEnabled(not busy and bool(self.file_edit.text().strip()))
        self.cancel_button.setText(self.tr("&Close") if page == PAGE_DONE else self.tr("Cancel"))
        self.file_edit.setEnabled(not busy)
        self.browse_button.setEnabled(not busy)
        self.sheet_combo.setEnabled(not busy and self.sheet_combo.count() > 0)
        self.rejects_button.setEnabled(not busy and bool(self.outcome and self.outcome.rejected))

    # --- background jobs ------------------------------------------------------------
    def _run(self, job, on_done, phase: str, stopped: str = "") -> Task:
        """Run ``job(task_context)`` on the runner; ``on_done`` gets its result here.
        ``stopped`` is shown when the user cancels it."""
        alive = self._alive

        def done(result) -> None:
            if alive[0]:
                self._set_idle()
                on_done(result)

        def failed(exc) -> None:
            if alive[0]:
                self._set_idle()
                self._on_job_failed(exc, stopped if task.cancel_event.is_set() else "")

        self.show_message(phase)
        self.progress.setRange(0, 0)   # busy until the first report
        self.progress.show()
        task = self.task = self.runner.run(job, on_done=done, on_error=failed,
                                           on_progress=self._on_task_progress)
        self._update_buttons()
        return task

    def _set_idle(self) -> None:
        self.task = None
        self.progress.hide()
        self.show_message("")
        self._update_buttons()

    def _on_task_progress(self, done: object, total: object) -> None:
        total = max(int(total), 1)
        self.progress.setRange(0, total)
        self.progress.setValue(min(int(done), total))

    def _on_job_failed(self, exc: BaseException, stopped: str) -> None:
        if not isinstance(exc, KnownError):
            raise exc       # a bug: the crash dialog (sys.excepthook) reports it
        if stopped:
            self.show_message(stopped, "warning")
        else:
            self.show_message(known_error_text(exc), "error")

    def _on_cancel_button_clicked(self) -> None:
        if self.pages.currentIndex() == PAGE_DONE and not self.busy():
            self.accept()
        else:
            self.reject()


    # --- step 1: the file -----------------------------------------------------------
    def browse(self) -> None:
        start = self.file_edit.text().strip() or settings.get_str("import/last_dir", "")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import invoices"), start,
            self.tr("Workbooks and e-invoices (*.xlsx *.xlsm *.xml);;Excel workbooks (*.xlsx "
                    "*.xlsm);;UBL e-invoices (*.xml);;All files (*)"))
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        """Choose ``path`` (as Browse does) and list its sheets in the background."""
        self.file_edit.setText(str(path))
        self._on_file_edit_editing_finished()

    def _on_file_edit_editing_finished(self) -> None:
        text = self.file_edit.text().strip()
        path = Path(text) if text else None
        if path == self._sheets_of or self.busy():
            return
        self.path, self._sheets_of, self.table, self.outcome = path, path, None, None
        self.sheet_combo.clear()
        self.show_message("")
        self._update_buttons()
        if path is None or self._is_ubl():
            return
        settings.set_str("import/last_dir", str(path.parent))

        def job(_tc):
            return excel.read_sheet_names(path)

        def done(names: list[str]) -> None:
            self.sheet_combo.addItems(names)
            self._update_buttons()
        self._run(job, done, self.tr("Opening the workbook…"))

    def _read_file(self) -> None:
        self._on_file_edit_editing_finished()
        if self.busy() or self.path is None:
            return
        if self._is_ubl():
            self._read_ubl()
            return
        path, sheet = self.path, self.sheet_combo.currentText() or None

        def job(tc):
            return excel.read_table(path, sheet, progress=tc.progress, cancel=tc.cancelled)
        self._run(job, self._on_table_read, self.tr("Reading the sheet…"),
                  self.tr("Stopped; nothing was read."))

    def _on_table_read(self, table: excel.Table) -> None:
        self.table = table
        remembered = self._remembered(table)
        self.mapping_remembered = remembered is not None
        self._fill_map_combos(table)
        if remembered is not None:
            mapping, data = remembered
            self._set_default_choices(data.get("kind"), data.get("currency"),
                                      data.get("tax_rate"))
        else:
            mapping = excel.guess_mapping(table.headers)
            kind = guess_kind(table.headers)
            self._set_default_choices(kind.value if kind else None, None, None)
        self.set_mapping(mapping)
        self._go(PAGE_MAPPING)

    def _read_ubl(self) -> None:
        path, own, rates, store = self.path, own_party(self.ctx), self.ctx.extra_rates, \
            self.ctx.store

        def job(_tc):
            doc = einvoice.import_ubl(path, own, rates)
            item = ImportedInvoice(invoice=doc.invoice, party=doc.party,
                                   new_party=doc.counterparty, rows=())
            outcome = exchange.ImportOutcome(good=[item], rows_read=1)
            exchange.flag_duplicates(store, outcome)
            return outcome
        self._run(job, self._on_rows_checked, self.tr("Reading the e-invoice…"))

    # --- step 2: columns ------------------------------------------------------------
    def _fill_map_combos(self, table: excel.Table) -> None:
        self._samples = {}
        for values in table.rows[:SAMPLE_ROWS]:
            for i, v in enumerate(values):
                if i not in self._samples and _cell_text(v):
                    self._samples[i] = _cell_text(v)
        no_header = self.tr("(no header)")
        for combo in self.map_combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the sheet —"), -1)
            for i, header in enumerate(table.headers):
                combo.addItem(f"{column_letter(i)}: {header or no_header}", i)
            combo.blockSignals(False)

    def set_mapping(self, mapping: dict[str, int]) -> None:
        for f, combo in self.map_combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.get(f, -1)), 0))
            combo.blockSignals(False)
        self._update_samples()
        self._update_missing()

    def mapping(self) -> dict[str, int]:
        """Field → 0-based column, as the combo boxes say now."""
        return {f: c.currentData() for f, c in self.map_combos.items()
                if c.currentData() is not None and c.currentData() >= 0}

    def _on_map_combo_changed(self, fld: str) -> None:
        col = self.map_combos[fld].currentData()
        if col is not None and col >= 0:      # one column feeds one field
            for other, combo in self.map_combos.items():
                if other != fld and combo.currentData() == col:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._update_samples()
        self._update_missing()

    def _update_samples(self) -> None:
        for f, label in self.map_samples.items():
            col = self.map_combos[f].currentData()
            text = self._samples.get(col, "") if col is not None and col >= 0 else ""
            shown = text if len(text) <= 16 else text[:15] + "…"
            label.setText(self.tr("e.g. {value}").format(value=shown) if text else "")
            label.setToolTip(text)

    def _update_missing(self) -> None:
        m = self.mapping() if self.table is not None else {}
        missing = []
        if "party_name" not in m and "party_tax_id" not in m:
            missing.append(_t("Import", FIELD_LABELS["party_name"]))
        missing += [_t("Import", FIELD_LABELS[f]) for f in ("issue_date", "unit_price")
                    if f not in m]
        text = self.tr("Not matched yet: {fields}. Without them every row is refused.").format(
            fields=self.tr(", ").join(missing)) if missing and self.table is not None else ""
        self.missing_label.setText(text)
        self.missing_label.setVisible(bool(text))

    def _set_default_choices(self, kind, currency, rate) -> None:
        if kind in ("sale", "purchase"):
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        if isinstance(currency, str) and re.fullmatch(r"[A-Z]{3}", currency):
            self.currency_combo.setCurrentText(currency)
        if isinstance(rate, str) and self.rate_combo.findData(rate) >= 0:
            self.rate_combo.setCurrentIndex(self.rate_combo.findData(rate))

    def defaults(self) -> ImportDefaults:
        try:
            rate = Decimal(self.rate_combo.currentData() or "13")
        except InvalidOperation:
            rate = Decimal(13)
        return ImportDefaults(kind=InvoiceKind(self.kind_combo.currentData()),
                              currency=self.currency_combo.currentText().strip().upper(),
                              tax_rate=rate, extra_rates=self.ctx.extra_rates)

    @staticmethod
    def _layout_setting(table: excel.Table) -> str:
        return "import/layouts/" + table.layout_key.replace(":", "_")

    def _remembered(self, table: excel.Table) -> tuple[dict[str, int], dict] | None:
        """The mapping saved for this layout, if any (JSON from QSettings, checked)."""
        try:
            data = json.loads(settings.get_str(self._layout_setting(table), "") or "null")
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("mapping"), dict):
            return None
        n = len(table.headers)
        mapping = {f: c for f, c in data["mapping"].items() if f in FIELDS
                   and type(c) is int and 0 <= c < n}
        return mapping, data

    def _remember(self) -> None:
        d = self.defaults()
        settings.set_str(self._layout_setting(self.table), json.dumps(
            {"v": 1, "mapping": self.mapping(), "kind": d.kind.value, "currency": d.currency,
             "tax_rate": str(self.rate_combo.currentData())}, sort_keys=True))

    def _check_rows(self) -> None:
        if self.table is None:
            return
        if not re.fullmatch(r"[A-Z]{3}", self.currency_combo.currentText().strip().upper()):
            self.show_message(self.tr("Enter the default currency as a three-letter code such "
                                      "as CNY."), "error")
            return
        self._remember()
        table, mapping, defaults, store = self.table, self.mapping(), self.defaults(), \
            self.ctx.store

        def job(tc):
            result = excel.parse_rows(table.headers, table.rows, mapping, defaults,
                                      row_numbers=table.row_numbers, progress=tc.progress,
                                      cancel=tc.cancelled)
            outcome = exchange.ImportOutcome(rejected=list(result.rejected),
                                             good=list(result.invoices),
                                             rows_read=result.rows_read)
            exchange.flag_duplicates(store, outcome)
            return outcome
        self._run(job, self._on_rows_checked, self.tr("Checking the rows…"),
                  self.tr("Stopped; nothing was read."))

    # --- step 3: preview ------------------------------------------------------------
    def _on_rows_checked(self, outcome: exchange.ImportOutcome) -> None:
        self.outcome = outcome
        self.problems_model.set_outcome(outcome)
        self.problem_detail.setText("")
        self._update_counts()
        self._go(PAGE_PREVIEW)

    def _update_counts(self) -> None:
        o = self.outcome
        if o is None:
            self.counts_label.setText("")
            return
        parts = [self.tr("Invoices ready to import: {count}").format(count=len(o.good))]
        if o.rejected:
            parts.append(self.tr("Invoices refused: {count}. They will not be imported; the "
                                 "table below says why, row by row.").format(
                                     count=len(o.rejected)))
        if o.duplicates:
            parts.append(self.tr("Duplicates of invoices already saved: {count}. They will not "
                                 "be imported again.").format(count=len(o.duplicates)))
        if not o.rejected and not o.duplicates:
            parts.append(self.tr("No problems found."))
        self.counts_label.setText("\n".join(parts))
        self.problems_view.setVisible(bool(o.rejected or o.duplicates))

    def _on_problems_current_row_changed(self, current: QModelIndex, _prev) -> None:
        if current.isValid():
            rows, column, fld, message = self.problems_model.texts(current.row())
            self.problem_detail.setText(self.tr("Row {row}: {message}").format(
                row=rows, message=message))

    def rejected_for_report(self) -> list[RejectedRow]:
        """The refused rows with every message already in the user's language."""
        out = []
        for rej in self.outcome.rejected if self.outcome else ():
            problems = tuple(RowProblem(p.row, p.column, p.header, p.field,
                                        row_problem_text(p).replace("{", "{{").replace("}", "}}"))
                             for p in rej.problems)
            out.append(RejectedRow(rej.rows, problems))
        return out

    def export_rejects(self, path: str | Path | None = None) -> Task | None:
        """Write the refused rows to an .xlsx (asks where when ``path`` is None)."""
        if self.busy() or not self.outcome or not self.outcome.rejected:
            return None
        if path is None:
            start = str(Path(settings.get_str("import/last_dir", str(Path.home())))
                        / self.tr("refused-rows.xlsx"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export refused rows"), start,
                                                  self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return None
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        rejected = self.rejected_for_report()
        labels = {k: _t("Import", v) for k, v in (("row", "Row"), ("column", "Column"),
                                                   ("field", "Field"), ("problem", "Problem"))}

        def job(_tc):
            excel.write_rejects_report(path, rejected, labels=labels)
            return path
        return self._run(job, lambda p: self.show_message(
            self.tr("Saved the refused rows to {file}.").format(file=str(p))),
            self.tr("Saving the refused rows…"), self.tr("Stopped; no file was written."))

    # --- step 4: import -------------------------------------------------------------
    def start_import(self) -> Task | None:
        if self.busy() or not self.outcome or not self.outcome.good:
            return None
        store, actor, outcome = self.ctx.store, self.ctx.actor, self.outcome
        rates = self.ctx.extra_rates

        def job(tc):
            return exchange.save_imported(store, actor, outcome, tc.progress, tc.cancelled,
                                          rates)
        return self._run(job, self._on_saved,
                         self.tr("Importing the invoices…"),
                         self.tr("The import was cancelled; nothing was saved."))

    def _on_saved(self, outcome: exchange.ImportOutcome) -> None:
        o = outcome
        parts = [self.tr("Invoices imported as drafts: {count}").format(count=o.imported)]
        if o.parties_created:
            parts.append(self.tr("New customers or suppliers created: {count}").format(
                count=o.parties_created))
        if o.rejected:
            parts.append(self.tr("Invoices refused and not imported: {count}").format(
                count=len(o.rejected)))
        if o.duplicates:
            parts.append(self.tr("Duplicates skipped: {count}").format(count=len(o.duplicates)))
        self.summary_label.setText("\n".join(parts))
        self._go(PAGE_DONE)
        self.imported.emit(outcome.imported)
