"""The invoice editor: header, party, lines, live totals, inline problems, undo/redo, save."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import QTimer, QDate, QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPlainTextEdit, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from ...domain.errors import KnownError, PermissionDenied, ValidationFailed
from ...domain.money import MINOR_UNITS
from ...domain.records import Invoice, InvoiceKind, InvoiceLine, Party, PartyRole, Status
from ...domain.totals import compute_totals
from ...domain.validation import Problem, validate_invoice
from ...domain.workflow import edit_refusal
from ...store.invoice_service import load_invoice
from ..base_dialog import BaseDialog
from ..context import AppContext
from ..labels import (error_text, fill, format_money, format_rate, problem_text, status_label,
                      sync_label)
from ..models.invoice_lines_model import LINE_COLUMNS, InvoiceLinesModel, LinesDelegate
from ..widgets.marks import mark_invalid
from ..widgets.attachments_panel import AttachmentsPanel
from ..widgets.party_picker import PartyPicker
from .editor_undo import SnapshotCommand
from .party_dialog import PartyDialog

CURRENCIES = ["CNY"] + sorted(c for c in MINOR_UNITS if c != "CNY")
HEADER_FIELDS = ("kind", "party", "number", "external_ref", "issue_date", "due_date",
                 "currency", "payment_terms", "notes", "is_credit_note")
UNDO_KEYS = (QKeySequence("Ctrl+Z"), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class _UndoKeyFilter(QObject):
    """Lets the editor's Ctrl+Z / Ctrl+Shift+Z reach the dialog's undo stack instead of the
    focused field's own little undo (which would bypass ours)."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            seq = QKeySequence(event.keyCombination())
            if any(seq.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in UNDO_KEYS):
                event.ignore()
                return True
        return False


class InvoiceEditorDialog(BaseDialog):
    """GUI thread only. Works on a copy of ``invoice``; saving goes through InvoiceService.

    Queries the store only on user actions (party completion, save), never in ``__init__``.
    """

    settings_key = "invoice_editor"
    help_topic = "invoice-editor"
    invoice_saved = Signal(str)   # uuid

    def __init__(self, ctx: AppContext, invoice: Invoice | None = None,
                 facts: dict | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceEditor")
        self.ctx = ctx
        self.facts = facts or {}
        self.is_new = invoice is None
        if invoice is None:
            invoice = Invoice(kind=InvoiceKind.SALE, party_uuid="", issue_date=date.today(),
                              lines=[InvoiceLine(description="")])
        self._invoice: Invoice = copy.deepcopy(invoice)
        self._live_validation = False
        self._loading = False
        self._problems: list[Problem] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self._key_filter = _UndoKeyFilter(self)
        self._build()
        self._load_widgets()
        self._apply_read_only()
        self._update_totals()
        self.retranslate_ui()
        for w in self.findChildren(QWidget):
            w.installEventFilter(self._key_filter)
        self.resize(1000, 700)
        # the attachment list is read once the dialog runs, not in __init__
        # (with the dialog as context: dropped if the dialog is gone first, e.g. the prewarm)
        QTimer.singleShot(0, self, lambda: self.attachments.set_invoice(
            self.ctx, "" if self.is_new else self._invoice.uuid,
            self._invoice.status.value not in ("cancelled",)))

    # ------------------------------------------------------------------ building ----
    def _build(self) -> None:
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.addItem("", InvoiceKind.SALE.value)
        self.kind_combo.addItem("", InvoiceKind.PURCHASE.value)
        self.party_picker = PartyPicker(self)
        self.party_picker.setObjectName("partyPicker")
        self.party_picker.store = self.ctx.store
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("numberEdit")
        self.external_ref_edit = QLineEdit(self)
        self.external_ref_edit.setObjectName("externalRefEdit")
        self.issue_date_edit = QDateEdit(self)
        self.issue_date_edit.setObjectName("issueDateEdit")
        self.due_check = QCheckBox(self)
        self.due_check.setObjectName("dueDateCheck")
        self.due_date_edit = QDateEdit(self)
        self.due_date_edit.setObjectName("dueDateEdit")
        for d in (self.issue_date_edit, self.due_date_edit):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.currency_combo = QComboBox(self)
        self.currency_combo.setObjectName("currencyCombo")
        self.currency_combo.addItems(CURRENCIES)
        self.payment_terms_edit = QLineEdit(self)
        self.payment_terms_edit.setObjectName("paymentTermsEdit")
        self.credit_note_check = QCheckBox(self)
        self.credit_note_check.setObjectName("creditNoteCheck")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)

        header = QGridLayout()
        self.header_labels: dict[str, QLabel] = {}

        def row(r: int, c: int, key: str, widget: QWidget) -> None:
            label = QLabel(self)
            label.setBuddy(widget.focusProxy() or widget)
            self.header_labels[key] = label
            header.addWidget(label, r, c)
            header.addWidget(widget, r, c + 1)

        row(0, 0, "kind", self.kind_combo)
        row(1, 0, "party", self.party_picker)
        row(2, 0, "number", self.number_edit)
        row(3, 0, "external_ref", self.external_ref_edit)
        row(0, 2, "issue_date", self.issue_date_edit)
        due_box = QWidget(self)
        due_layout = QHBoxLayout(due_box)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.due_check)
        due_layout.addWidget(self.due_date_edit, 1)
        row(1, 2, "due_date", due_box)
        self.header_labels["due_date"].setBuddy(self.due_check)
        row(2, 2, "currency", self.currency_combo)
        row(3, 2, "payment_terms", self.payment_terms_edit)
        header.addWidget(self.credit_note_check, 4, 3)
        header.setColumnStretch(1, 3)
        header.setColumnStretch(3, 2)

        # lines
        self.lines_model = InvoiceLinesModel(self)
        self.lines_model.edit_handler = self._on_line_edited
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("linesTable")
        self.lines_view.setModel(self.lines_model)
        self.lines_delegate = LinesDelegate(self.lines_view, self.ctx.tax_rates, self._key_filter)
        self.lines_view.setItemDelegate(self.lines_delegate)
        self.lines_view.setTabKeyNavigation(False)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed
                                        | QAbstractItemView.EditTrigger.AnyKeyPressed
                                        | QAbstractItemView.EditTrigger.SelectedClicked)
        hh = self.lines_view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 80), (2, 70), (3, 110), (4, 90), (5, 90), (6, 120)):
            self.lines_view.setColumnWidth(col, width)
        self.lines_view.verticalHeader().setDefaultSectionSize(28)

        self.add_line_action = self._action("addLineAction", "Ctrl+Ins", self.add_line)
        self.duplicate_line_action = self._action("duplicateLineAction", "Ctrl+D",
                                                  self.duplicate_line)
        self.remove_line_action = self._action("removeLineAction", "Ctrl+Del", self.remove_line)
        self.move_up_action = self._action("moveLineUpAction", "Ctrl+Shift+Up",
                                           lambda: self.move_line(-1))
        self.move_down_action = self._action("moveLineDownAction", "Ctrl+Shift+Down",
                                             lambda: self.move_line(1))
        self.line_buttons: dict[str, QPushButton] = {}
        line_bar = QHBoxLayout()
        for name, action in (("addLineButton", self.add_line_action),
                             ("duplicateLineButton", self.duplicate_line_action),
                             ("removeLineButton", self.remove_line_action),
                             ("moveLineUpButton", self.move_up_action),
                             ("moveLineDownButton", self.move_down_action)):
            b = QPushButton(self)
            b.setObjectName(name)
            b.clicked.connect(action.trigger)
            self.line_buttons[name] = b
            line_bar.addWidget(b)
        line_bar.addStretch(1)
        self.lines_title = QLabel(self)
        self.lines_title.setObjectName("linesTitle")
        self.lines_title.setBuddy(self.lines_view)

        # totals
        self.totals_box = QGroupBox(self)
        self.totals_box.setObjectName("totalsPanel")
        tl = QGridLayout(self.totals_box)
        self.net_caption, self.tax_caption, self.gross_caption = QLabel(), QLabel(), QLabel()
        self.net_value, self.tax_value, self.gross_value = QLabel(), QLabel(), QLabel()
        self.net_value.setObjectName("netValue")
        self.tax_value.setObjectName("taxValue")
        self.gross_value.setObjectName("grossValue")
        self.gross_value.setProperty("role", "total")
        self.tax_by_rate_label = QLabel()
        self.tax_by_rate_label.setObjectName("taxByRateLabel")
        self.tax_by_rate_label.setProperty("role", "secondary")
        for r, (cap, val) in enumerate(((self.net_caption, self.net_value),
                                        (self.tax_caption, self.tax_value))):
            tl.addWidget(cap, r, 0)
            tl.addWidget(val, r, 1, Qt.AlignmentFlag.AlignRight)
        tl.addWidget(self.tax_by_rate_label, 2, 0, 1, 2, Qt.AlignmentFlag.AlignRight)
        tl.addWidget(self.gross_caption, 3, 0)
        tl.addWidget(self.gross_value, 3, 1, Qt.AlignmentFlag.AlignRight)

        notes_box = QWidget(self)
        nl = QVBoxLayout(notes_box)
        nl.setContentsMargins(0, 0, 0, 0)
        self.notes_label = QLabel(self)
        self.notes_label.setBuddy(self.notes_edit)
        nl.addWidget(self.notes_label)
        nl.addWidget(self.notes_edit)
        self.attachments = AttachmentsPanel(self)
        self.attachments.message.connect(self.show_message)
        nl.addWidget(self.attachments)
        nl.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(notes_box, 3)
        bottom.addWidget(self.totals_box, 2)

        # problems and messages
        self.problems_box = QGroupBox(self)
        self.problems_box.setObjectName("problemsPanel")
        pl = QVBoxLayout(self.problems_box)
        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("problemsList")
        self.problems_list.setMaximumHeight(90)
        self.problems_box.setMaximumHeight(130)
        self.problems_list.itemActivated.connect(self._on_problems_list_item_activated)
        self.problems_list.itemClicked.connect(self._on_problems_list_item_activated)
        pl.addWidget(self.problems_list)
        self.problems_box.hide()
        self.message_bar = QLabel(self)
        self.message_bar.setObjectName("messageBar")
        self.message_bar.setWordWrap(True)
        self.message_bar.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_bar.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("editorStatusLabel")
        self.status_label.setProperty("role", "secondary")

        # buttons
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for a in (self.undo_action, self.redo_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(a)
        self.save_action = self._action("saveAction", "Ctrl+S", self.save)
        self.save_close_action = self._action("saveCloseAction", "Ctrl+Return",
                                              self.save_and_close)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_action.trigger)
        self.redo_button = QPushButton(self)
        self.redo_button.setObjectName("redoButton")
        self.redo_button.clicked.connect(self.redo_action.trigger)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        self.save_close_button = QPushButton(self)
        self.save_close_button.setObjectName("saveCloseButton")
        self.save_close_button.setDefault(False)
        self.save_close_button.setAutoDefault(False)
        self.save_close_button.clicked.connect(self.save_and_close)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        for b in (self.save_button, self.undo_button, self.redo_button):
            b.setAutoDefault(False)
        for b in self.line_buttons.values():
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_close_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(header)
        sep = QFrame(self)
        sep.setFrameShape(QFrame.Shape.HLine)
        sep.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(sep)
        lines_head = QHBoxLayout()
        lines_head.addWidget(self.lines_title)
        lines_head.addLayout(line_bar, 1)
        layout.addLayout(lines_head)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("editorSplitter")
        self.splitter.addWidget(self.lines_view)
        self.splitter.addWidget(self.problems_box)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        layout.addLayout(buttons)

        # tab order: header left column, right column, lines, notes, buttons
        order = [self.kind_combo, self.party_picker.edit]
        if self.party_picker.new_button is not None:
            order.append(self.party_picker.new_button)
        order += [self.number_edit, self.external_ref_edit, self.issue_date_edit, self.due_check,
                  self.due_date_edit, self.currency_combo, self.payment_terms_edit,
                  self.credit_note_check, self.lines_view,
                  *self.line_buttons.values(), self.problems_list, self.notes_edit,
                  self.undo_button, self.redo_button, self.save_button,
                  self.save_close_button, self.close_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

        # signals
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.party_picker.party_changed.connect(self._on_party_picker_party_changed)
        self.party_picker.new_party_requested.connect(self._on_party_picker_new_party_requested)
        self.number_edit.textEdited.connect(lambda t: self._set_field("number", t))
        self.external_ref_edit.textEdited.connect(lambda t: self._set_field("external_ref", t))
        self.payment_terms_edit.textEdited.connect(lambda t: self._set_field("payment_terms", t))
        self.notes_edit.textChanged.connect(self._on_notes_edit_text_changed)
        self.issue_date_edit.dateChanged.connect(self._on_issue_date_edit_changed)
        self.due_check.toggled.connect(self._on_due_changed)
        self.due_date_edit.dateChanged.connect(self._on_due_changed)
        self.currency_combo.currentIndexChanged.connect(self._on_currency_combo_changed)
        self.credit_note_check.toggled.connect(lambda v: self._set_field("is_credit_note", v))
        self.lines_view.selectionModel().currentChanged.connect(self._update_line_actions)

    def showEvent(self, event) -> None:  # noqa: N802
        first = not self._geometry_restored
        super().showEvent(event)
        if first:
            target = self.party_picker.edit if self.is_new else self.lines_view
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _action(self, name: str, shortcut: str, slot) -> QAction:
        a = QAction(self)
        a.setObjectName(name)
        a.setShortcut(QKeySequence(shortcut))
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        a.triggered.connect(slot)
        self.addAction(a)
        return a

    # ---------------------------------------------------------------- translation ----
    def retranslate_ui(self) -> None:
        self._update_title()
        self.kind_combo.setItemText(0, self.tr("Sales invoice"))
        self.kind_combo.setItemText(1, self.tr("Purchase invoice"))
        labels = {"kind": self.tr("&Type:"), "party": self.tr("&Party:"),
                  "number": self.tr("&Number:"), "external_ref": self.tr("&Reference:"),
                  "issue_date": self.tr("&Issue date:"), "due_date": self.tr("D&ue date:"),
                  "currency": self.tr("Cu&rrency:"), "payment_terms": self.tr("Payment &terms:")}
        for key, text in labels.items():
            self.header_labels[key].setText(text)
        self.external_ref_edit.setPlaceholderText(self.tr("Supplier's number, order number…"))
        self.number_edit.setPlaceholderText(self.tr("e.g. INV-2026-0001"))
        self.due_check.setToolTip(self.tr("The invoice has a due date"))
        self.credit_note_check.setText(self.tr("Credit &note"))
        self.notes_label.setText(self.tr("N&otes:"))
        self.lines_title.setText(self.tr("&Lines"))
        self.totals_box.setTitle(self.tr("Totals"))
        self.net_caption.setText(self.tr("Net amount:"))
        self.tax_caption.setText(self.tr("Tax:"))
        self.gross_caption.setText(self.tr("Total incl. tax:"))
        self.problems_box.setTitle(self.tr("Problems to fix before saving"))
        texts = {"addLineAction": (self.tr("&Add line"), self.add_line_action),
                 "duplicateLineAction": (self.tr("D&uplicate line"), self.duplicate_line_action),
                 "removeLineAction": (self.tr("Re&move line"), self.remove_line_action),
                 "moveLineUpAction": (self.tr("Move u&p"), self.move_up_action),
                 "moveLineDownAction": (self.tr("Move do&wn"), self.move_down_action)}
        for (name, button), (_key, (text, action)) in zip(self.line_buttons.items(),
                                                           texts.items()):
            action.setText(text)
            button.setText(text)
            button.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_close_button.setText(self.tr("Save and c&lose"))
        self.save_close_button.setToolTip(self.tr("Save and close (Ctrl+Enter)"))
        self.close_button.setText(self.tr("Close"))
        self.party_picker.retranslate_ui()
        self._update_status_label()
        self._update_totals()
        if self._problems:
            self._show_problems(self._problems)
        self.lines_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                len(LINE_COLUMNS) - 1)

    def help_text(self) -> str:
        return self.tr("Ctrl+S saves, Ctrl+Enter saves and closes, Esc closes.\n"
                       "Ctrl+Z undoes, Ctrl+Shift+Z redoes.\n"
                       "In the lines: type to edit a cell, Tab goes to the next cell; "
                       "Ctrl+Ins adds a line, Ctrl+D duplicates it, Ctrl+Del removes it, "
                       "Ctrl+Shift+Up/Down moves it.")

    def _update_title(self) -> None:
        if self.is_new:
            title = self.tr("New invoice")
        else:
            title = self.tr("Invoice {number}").format(
                number=self._invoice.number or self.tr("(no number)"))
        self.setWindowTitle(title + " [*]")

    def _update_status_label(self) -> None:
        text = self.tr("Status: {status}").format(status=status_label(self._invoice.status))
        if self.facts.get("sync_state"):
            text += "  ·  " + sync_label(self.facts["sync_state"])
        self.status_label.setText(text)

    # ------------------------------------------------------------ widgets <-> data ----
    def _load_widgets(self) -> None:
        inv = self._invoice
        self._loading = True
        try:
            widgets = (self.kind_combo, self.number_edit, self.external_ref_edit,
                       self.payment_terms_edit, self.notes_edit, self.issue_date_edit,
                       self.due_check, self.due_date_edit, self.currency_combo,
                       self.credit_note_check, self.party_picker)
            for w in widgets:
                w.blockSignals(True)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(inv.kind.value))
            self.party_picker.set_party_silently(inv.party_uuid, inv.party_name)
            if self.number_edit.text() != inv.number:
                self.number_edit.setText(inv.number)
            if self.external_ref_edit.text() != inv.external_ref:
                self.external_ref_edit.setText(inv.external_ref)
            if self.payment_terms_edit.text() != inv.payment_terms:
                self.payment_terms_edit.setText(inv.payment_terms)
            if self.notes_edit.toPlainText() != inv.notes:
                self.notes_edit.setPlainText(inv.notes)
            self.issue_date_edit.setDate(to_qdate(inv.issue_date or date.today()))
            self.due_check.setChecked(inv.due_date is not None)
            self.due_date_edit.setEnabled(inv.due_date is not None and not self._read_only_all())
            self.due_date_edit.setDate(to_qdate(inv.due_date or inv.issue_date or date.today()))
            i = self.currency_combo.findText(inv.currency)
            if i < 0:
                self.currency_combo.addItem(inv.currency)
                i = self.currency_combo.count() - 1
            self.currency_combo.setCurrentIndex(i)
            self.credit_note_check.setChecked(inv.is_credit_note)
        finally:
            for w in widgets:
                w.blockSignals(False)
            self._loading = False
        self.lines_model.set_lines(inv.lines, inv.currency)
        self._update_line_actions()

    def apply_snapshot(self, inv: Invoice) -> None:
        """Undo/redo: show ``inv`` (a copy is kept, the command's snapshot stays intact)."""
        row = self.lines_view.currentIndex()
        self._invoice = copy.deepcopy(inv)
        self._load_widgets()
        if row.isValid() and self.lines_model.rowCount():
            r = min(row.row(), self.lines_model.rowCount() - 1)
            self.lines_view.setCurrentIndex(self.lines_model.index(r, row.column()))
        self._after_change()

    def invoice(self) -> Invoice:
        """A copy of the working invoice (what Save would send)."""
        return copy.deepcopy(self._invoice)

    def _change(self, key: str | None, text: str, mutate) -> None:
        if self._loading:
            return
        before = copy.deepcopy(self._invoice)
        mutate(self._invoice)
        after = copy.deepcopy(self._invoice)
        self.undo_stack.push(SnapshotCommand(self, before, after, key, text))
        self._after_change()

    def _set_field(self, name: str, value) -> None:
        self._change(name, self.tr("Edit {field}").format(field=name),
                     lambda inv: setattr(inv, name, value))

    def _after_change(self) -> None:
        self._update_totals()
        if self._live_validation:
            self._show_problems(self._validate())
        self._update_line_actions()

    # --- slots of header widgets ------------------------------------------------------
    def _on_kind_combo_changed(self, _i: int) -> None:
        self._set_field("kind", InvoiceKind(self.kind_combo.currentData()))

    def _on_party_picker_party_changed(self, party: Party | None) -> None:
        def mutate(inv: Invoice) -> None:
            inv.party_uuid = party.uuid if party else ""
            inv.party_name = party.name if party else ""
        if party is None and not self._invoice.party_uuid:
            return
        self._change("party", self.tr("Choose party"), mutate)

    def _on_party_picker_new_party_requested(self, text: str) -> None:
        role = (PartyRole.CUSTOMER if self._invoice.kind == InvoiceKind.SALE
                else PartyRole.SUPPLIER)
        dlg = PartyDialog(self.ctx, text, role, self)
        if dlg.exec() and dlg.party is not None:
            self.party_picker.set_party(dlg.party, notify=True)
            self.number_edit.setFocus()

    def _on_notes_edit_text_changed(self) -> None:
        if not self._loading:
            self._set_field("notes", self.notes_edit.toPlainText())

    def _on_issue_date_edit_changed(self, q: QDate) -> None:
        self._set_field("issue_date", from_qdate(q))

    def _on_due_changed(self, *_args) -> None:
        if self._loading:
            return
        on = self.due_check.isChecked()
        self.due_date_edit.setEnabled(on and not self._read_only_all())
        self._set_field("due_date", from_qdate(self.due_date_edit.date()) if on else None)

    def _on_currency_combo_changed(self, _i: int) -> None:
        cur = self.currency_combo.currentText()
        self._set_field("currency", cur)
        self.lines_model.currency = cur
        self.lines_model.set_lines(self._invoice.lines, cur)

    # --- lines ------------------------------------------------------------------------
    def _on_line_edited(self, row: int, key: str, value) -> None:
        def mutate(inv: Invoice) -> None:
            setattr(inv.lines[row], key, value)
        self._change(f"lines[{row}].{key}", self.tr("Edit line {n}").format(n=row + 1), mutate)
        self.lines_model.refresh_row(row)

    def _current_line(self) -> int:
        idx = self.lines_view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def _structure_change(self, text: str, mutate, select_row: int, edit: bool = False) -> None:
        if self._read_only_all():
            return
        self._change(None, text, mutate)
        self.lines_model.set_lines(self._invoice.lines, self._invoice.currency)
        if 0 <= select_row < self.lines_model.rowCount():
            col = max(0, self.lines_view.currentIndex().column()) if not edit else 0
            idx = self.lines_model.index(select_row, col)
            self.lines_view.setFocus()
            self.lines_view.selectionModel().setCurrentIndex(
                idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if edit:
                self.lines_view.edit(idx)
        self._update_line_actions()

    def add_line(self) -> None:
        row = len(self._invoice.lines)
        rate = self._invoice.lines[-1].tax_rate if self._invoice.lines else None
        def mutate(inv: Invoice) -> None:
            line = InvoiceLine(description="")
            if rate is not None:
                line.tax_rate = rate
            inv.lines.append(line)
        self._structure_change(self.tr("Add line"), mutate, row, edit=True)

    def duplicate_line(self) -> None:
        r = self._current_line()
        if r < 0:
            return
        def mutate(inv: Invoice) -> None:
            src = inv.lines[r]
            inv.lines.insert(r + 1, InvoiceLine(description=src.description,
                                                quantity=src.quantity, unit_price=src.unit_price,
                                                tax_rate=src.tax_rate, discount=src.discount,
                                                unit=src.unit))
        self._structure_change(self.tr("Duplicate line"), mutate, r + 1)

    def remove_line(self) -> None:
        r = self._current_line()
        if r < 0:
            return
        self._structure_change(self.tr("Remove line"), lambda inv: inv.lines.pop(r),
                               min(r, len(self._invoice.lines) - 2))

    def move_line(self, delta: int) -> None:
        r = self._current_line()
        t = r + delta
        if r < 0 or not 0 <= t < len(self._invoice.lines):
            return
        def mutate(inv: Invoice) -> None:
            inv.lines[r], inv.lines[t] = inv.lines[t], inv.lines[r]
        self._structure_change(self.tr("Move line"), mutate, t)

    def _update_line_actions(self, *_args) -> None:
        r = self._current_line()
        n = len(self._invoice.lines)
        editable = not self._read_only_all()
        self.add_line_action.setEnabled(editable)
        self.duplicate_line_action.setEnabled(editable and r >= 0)
        self.remove_line_action.setEnabled(editable and r >= 0)
        self.move_up_action.setEnabled(editable and r > 0)
        self.move_down_action.setEnabled(editable and 0 <= r < n - 1)
        for action, button in zip((self.add_line_action, self.duplicate_line_action,
                                   self.remove_line_action, self.move_up_action,
                                   self.move_down_action), self.line_buttons.values()):
            button.setEnabled(action.isEnabled())

    # --- totals -----------------------------------------------------------------------
    def _update_totals(self) -> None:
        try:
            t = compute_totals(self._invoice)
        except KnownError:
            return
        cur = self._invoice.currency
        self.net_value.setText(f"{format_money(t.net)} {cur}")
        self.tax_value.setText(f"{format_money(t.tax)} {cur}")
        self.gross_value.setText(f"{format_money(t.gross)} {cur}")
        parts = [self.tr("{rate}: {amount}").format(rate=format_rate(r), amount=format_money(a))
                 for r, a in t.tax_by_rate]
        self.tax_by_rate_label.setText("\n".join(parts))
        self.totals = t

    # --- problems ---------------------------------------------------------------------
    def _validate(self) -> list[Problem]:
        return validate_invoice(self._invoice, self.ctx.extra_rates)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"kind": self.kind_combo, "party": self.party_picker.edit,
                "number": self.number_edit, "external_ref": self.external_ref_edit,
                "issue_date": self.issue_date_edit, "due_date": self.due_date_edit,
                "currency": self.currency_combo, "payment_terms": self.payment_terms_edit,
                "notes": self.notes_edit, "lines": self.lines_view}

    def field_widget(self, field: str) -> QWidget | None:
        return self._field_widgets().get(field)

    def _show_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        widgets = self._field_widgets()
        messages: dict[str, list[str]] = {}
        cells: dict[tuple[int, str], str] = {}
        self.problems_list.clear()
        for p in problems:
            text = problem_text(p)
            if p.field.startswith("lines[") and "]." in p.field:
                row = int(p.field[6:p.field.index("]")])
                key = p.field.split("].", 1)[1]
                cells[(row, key)] = text
            else:
                messages.setdefault(p.field, []).append(text)
            item = QListWidgetItem(text, self.problems_list)
            item.setData(Qt.ItemDataRole.UserRole, p.field)
        for name, w in widgets.items():
            mark_invalid(w, "\n".join(messages.get(name, [])))
        self.lines_model.set_problems(cells)
        self.problems_box.setVisible(bool(problems))

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def _on_problems_list_item_activated(self, item: QListWidgetItem) -> None:
        field = item.data(Qt.ItemDataRole.UserRole) or ""
        if field.startswith("lines[") and "]." in field:
            row = int(field[6:field.index("]")])
            key = field.split("].", 1)[1]
            if key in LINE_COLUMNS and row < self.lines_model.rowCount():
                self.lines_view.setFocus()
                self.lines_view.setCurrentIndex(
                    self.lines_model.index(row, LINE_COLUMNS.index(key)))
            return
        w = self._field_widgets().get(field)
        if w is not None:
            w.setFocus()

    # --- messages ---------------------------------------------------------------------
    def show_message(self, text: str, kind: str = "info") -> None:
        self.message_bar.setProperty("role", kind)
        self.message_bar.style().unpolish(self.message_bar)
        self.message_bar.style().polish(self.message_bar)
        self.message_bar.setText(text)
        self.message_bar.setVisible(bool(text))

    # --- read-only states -------------------------------------------------------------
    def _edit_refusal(self, fields: set[str]) -> str | None:
        if self.is_new:
            return edit_refusal(self.ctx.role, Status.DRAFT, fields)
        return edit_refusal(self.ctx.role, self._invoice.status, fields)

    def _read_only_all(self) -> bool:
        return self._edit_refusal({"lines"}) is not None

    def _apply_read_only(self) -> None:
        refusal = self._edit_refusal({"lines", "number"})
        ro = refusal is not None
        for w in (self.number_edit, self.external_ref_edit, self.payment_terms_edit):
            w.setReadOnly(ro)
        for w in (self.kind_combo, self.issue_date_edit, self.due_check, self.currency_combo,
                  self.credit_note_check):
            w.setEnabled(not ro)
        self.due_date_edit.setEnabled(not ro and self.due_check.isChecked())
        self.party_picker.set_read_only(ro)
        self.lines_model.read_only = ro
        self.notes_edit.setReadOnly(self._edit_refusal({"notes"}) is not None)
        if ro:
            self.show_message(fill("Workflow", refusal, {
                "role": self.ctx.role.value, "fields": self.tr("lines, number, dates, party")}),
                "warning")
        self._update_line_actions()

    # --------------------------------------------------------------------- saving ----
    def _commit_open_editor(self) -> None:
        w = self.focusWidget()
        if w is not None and self.lines_view.isAncestorOf(w) and w is not self.lines_view:
            self.lines_delegate.commitData.emit(w)

    def save(self) -> bool:
        """Save through the service; problems are shown at their fields. True when saved."""
        self._commit_open_editor()
        problems = self._validate()
        if problems:
            self._live_validation = True
            self._show_problems(problems)
            self.show_message(self.tr("Not saved: fix the problems listed below first."), "error")
            return False
        inv = copy.deepcopy(self._invoice)
        svc = self.ctx.service()
        try:
            result = svc.create_invoice(inv) if self.is_new else svc.update_invoice(
                inv, expected_stamp=self.facts.get("updated_at"))
        except ValidationFailed as exc:
            self._live_validation = True
            self._show_problems(exc.problems)
            self.show_message(self.tr("Not saved: fix the problems listed below first."), "error")
            return False
        except PermissionDenied as exc:
            self.show_message(self.tr("Not saved: {reason}").format(reason=error_text(exc)),
                              "error")
            return False
        except KnownError as exc:
            self.show_message(self.tr("Not saved: {reason}").format(reason=error_text(exc)),
                              "error")
            return False
        self.is_new = False
        self._invoice.uuid = result.uuid
        try:  # the stamp the next save is checked against
            self.facts = load_invoice(self.ctx.store, result.uuid)[1]
        except KnownError:
            pass
        self.attachments.set_invoice(self.ctx, result.uuid)
        self._invoice.status = inv.status
        self._invoice.party_name = inv.party_name
        self._show_problems([])
        self._live_validation = False
        self.undo_stack.setClean()
        if result.warnings:
            lines = [fill("Duplicates", w.reason, {"other": w.other_number or w.other_uuid})
                     for w in result.warnings]
            self.show_message(self.tr("Saved. Please check — this may be a duplicate:") + "\n"
                              + "\n".join(lines), "warning")
        else:
            self.show_message(self.tr("Saved."), "info")
        self._update_title()
        self._update_status_label()
        self.last_warnings = list(result.warnings)
        self.invoice_saved.emit(result.uuid)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask what to do with unsaved changes (tests replace this)."""
        return QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("This invoice has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def reject(self) -> None:
        if not self.undo_stack.isClean():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                return
        super().reject()
