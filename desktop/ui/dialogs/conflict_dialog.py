"""The conflict dialog: the invoices waiting for a decision, and field by field what to keep.

The dialog reads the store only on user actions and in ``reload()`` (never in ``__init__``;
the first ``show()`` loads). Decisions go through ``sync.conflicts.decide``; the dialog then
emits ``conflicts_resolved(uuids)`` so the window can ask sync to run. It never opens itself.

An invoice the ERP deleted after its conflict was found has no ERP side to choose from: the
dialog says so, shows only what the local copy keeps, and offers to keep that copy and stop
syncing it (``sync.conflicts.dismiss``, after a confirmation), which also emits
``conflicts_resolved``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFrame, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QListView, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QSizePolicy, QSplitter,
                               QTableView, QVBoxLayout, QWidget)

from ...domain.errors import KnownError, NotFound
from ...domain.records import Invoice, Status
from ...domain.totals import compute_totals
from ...domain.validation import validate_invoice
from ...domain.workflow import POSTED_WRITABLE_FIELDS, Permission, has_permission
from ...sync.conflicts import ConflictDetail
from ...sync.merge import MergeResult, apply_snapshot
from ..base_dialog import BaseDialog
from ..context import AppContext
from ..labels import error_text, fill, format_money, problem_text, status_label
from ..models.conflict_fields_model import (COL_MINE, COL_RESULT, COL_THEIRS, MINE, THEIRS,
                                            ConflictFieldsModel)
from ..models.conflict_list_model import ConflictListModel, UuidRole
from ..models.conflict_session import ConflictSession

TOTAL_ROWS = ("net", "tax", "gross")


class ConflictDialog(BaseDialog):
    """GUI thread only. ``ctx`` gives the store, the actor written into the audit trail and
    the role (Permission.RESOLVE_CONFLICTS gates every decision)."""

    settings_key = "conflict_dialog"
    help_topic = "conflicts"
    conflicts_resolved = Signal(object)   # list[str]: uuids decided (now waiting to sync)
    #                                       or dismissed (kept here, no longer synced)
    waiting_changed = Signal(int)         # how many invoices wait, after each reload

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.ctx = ctx
        self.can_resolve = has_permission(ctx.role, Permission.RESOLVE_CONFLICTS)
        self._loaded = False
        self.session = ConflictSession(ctx.store, ctx.actor, ctx.extra_rates)
        self._detail: ConflictDetail | None = None
        self._invoice: Invoice | None = None
        self._deleted = False
        self._notice: tuple[Callable[[], str], str] | None = None
        self._confirm: QMessageBox | None = None   # the dismiss confirmation while open
        self._build()
        self.retranslate_ui()
        self.resize(1180, 720)

    # ------------------------------------------------------------------ building ----
    def _build(self) -> None:
        self.message_bar = QLabel(self)
        self.message_bar.setObjectName("messageBar")
        self.message_bar.setWordWrap(True)
        self.message_bar.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_bar.hide()
        self.lock_notice = QLabel(self)
        self.lock_notice.setObjectName("conflictLockNotice")
        self.lock_notice.setWordWrap(True)
        self.lock_notice.setProperty("role", "warning")
        self.lock_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.lock_notice.setMargin(4)
        self.lock_notice.hide()

        # left: the waiting invoices
        self.list_label = QLabel(self)
        self.waiting_label = QLabel(self)
        self.waiting_label.setObjectName("conflictWaitingLabel")
        self.waiting_label.setProperty("role", "secondary")
        self.list_model = ConflictListModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("conflictList")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSpacing(2)
        self.list_view.setWordWrap(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.selectionModel().currentChanged.connect(
            self._on_list_view_current_changed)
        self.list_view.installEventFilter(self)
        self.list_label.setBuddy(self.list_view)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(_row(self.list_label, 1, self.waiting_label))
        ll.addWidget(self.list_view, 1)

        # right: the chosen invoice
        self.title_label = QLabel(self)
        self.title_label.setObjectName("conflictTitle")
        self.title_label.setWordWrap(True)
        self.table_label = QLabel(self)
        self.keys_hint = QLabel(self)
        self.keys_hint.setProperty("role", "secondary")
        self.fields_model = ConflictFieldsModel(self)
        self.fields_model.choices_changed.connect(self._on_fields_model_choices_changed)
        self.table = QTableView(self)
        self.table.setObjectName("conflictTable")
        self.table.setModel(self.fields_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for col, width in enumerate((200, 140, 185, 185)):
            self.table.setColumnWidth(col, width)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.table.installEventFilter(self)
        self.table_label.setBuddy(self.table)

        self.use_mine_button = self._button("conflictUseMineButton",
                                            lambda: self.choose_current(MINE))
        self.use_theirs_button = self._button("conflictUseTheirsButton",
                                              lambda: self.choose_current(THEIRS))
        self.type_button = self._button("conflictTypeValueButton", self.edit_current)
        row_buttons = _row(self.use_mine_button, self.use_theirs_button, self.type_button, 1)

        # totals of mine, theirs and the result
        self.totals_box = QGroupBox(self)
        self.totals_box.setObjectName("conflictTotals")
        tg = QGridLayout(self.totals_box)
        self.totals_heads = [QLabel(self.totals_box) for _ in range(3)]
        self.totals_names = [QLabel(self.totals_box) for _ in TOTAL_ROWS]
        self.totals_values: dict[tuple[str, str], QLabel] = {}
        for c, head in enumerate(self.totals_heads):
            head.setProperty("role", "secondary")
            tg.addWidget(head, 0, c + 1, Qt.AlignmentFlag.AlignRight)
        for r, (key, name) in enumerate(zip(TOTAL_ROWS, self.totals_names)):
            tg.addWidget(name, r + 1, 0)
            for c, side in enumerate(("mine", "theirs", "result")):
                lab = QLabel(self.totals_box)
                lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if side == "result":
                    lab.setObjectName(f"result{key.capitalize()}Value")
                    f = lab.font()
                    f.setBold(True)
                    lab.setFont(f)
                self.totals_values[(side, key)] = lab
                tg.addWidget(lab, r + 1, c + 1, Qt.AlignmentFlag.AlignRight)
        tg.setColumnStretch(0, 1)
        tg.setVerticalSpacing(2)
        tg.setContentsMargins(8, 4, 8, 4)
        self.totals_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.problems_box = QGroupBox(self)
        self.problems_box.setObjectName("conflictProblems")
        pl = QVBoxLayout(self.problems_box)
        pl.setContentsMargins(6, 4, 6, 6)
        self.problems_list = QListWidget(self.problems_box)
        self.problems_list.setObjectName("conflictProblemsList")
        self.problems_list.setWordWrap(True)
        self.problems_list.setFixedHeight(74)
        self.problems_box.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Maximum)
        self.problems_list.itemActivated.connect(self._on_problems_list_item_activated)
        pl.addWidget(self.problems_list)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals_box, 2, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.problems_box, 3, Qt.AlignmentFlag.AlignTop)
        bottom.addStretch(0)     # holds the problems' place while they are hidden
        self._bottom = bottom

        self.same_check = QCheckBox(self)
        self.same_check.setObjectName("conflictSameChoiceCheck")
        self.same_check.hide()

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title_label)
        rl.addLayout(_row(self.table_label, 1, self.keys_hint))
        rl.addWidget(self.table, 1)
        rl.addLayout(row_buttons)
        rl.addLayout(bottom)
        rl.addWidget(self.same_check)
        self.right_panel = right

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("conflictSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 910])
        self.splitter.setChildrenCollapsible(False)

        # the dialog's buttons
        self.keep_mine_button = self._button("conflictKeepAllMineButton",
                                             lambda: self.choose_all(MINE))
        self.take_theirs_button = self._button("conflictTakeAllTheirsButton",
                                               lambda: self.choose_all(THEIRS))
        self.later_button = self._button("conflictDecideLaterButton", self.reject)
        self.apply_button = self._button("conflictApplyButton", self.apply)
        self.apply_button.setDefault(True)   # Enter applies
        self.dismiss_button = self._button("conflictDismissButton", self.ask_dismiss)
        self.dismiss_button.hide()           # only for an invoice the ERP deleted
        buttons = _row(self.keep_mine_button, self.take_theirs_button, 1, self.later_button,
                       self.apply_button, self.dismiss_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.lock_notice)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        chain = (self.list_view, self.table, self.use_mine_button, self.use_theirs_button,
                 self.type_button, self.problems_list, self.same_check, self.keep_mine_button,
                 self.take_theirs_button, self.later_button, self.apply_button,
                 self.dismiss_button)
        for a, b in zip(chain, chain[1:]):
            self.setTabOrder(a, b)
        self._update_state()

    def _button(self, name: str, slot) -> QPushButton:
        b = QPushButton(self)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    # ---------------------------------------------------------------- translation ----
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts to decide"))
        self.list_label.setText(self.tr("&Waiting"))
        self.table_label.setText(self.tr("&Differences"))
        self.keys_hint.setText(self.tr("M: mine · T: theirs · F2: type a value"))
        self.use_mine_button.setText(self.tr("Use &mine (M)"))
        self.use_theirs_button.setText(self.tr("Use &theirs (T)"))
        self.type_button.setText(self.tr("T&ype a value… (F2)"))
        self.keep_mine_button.setText(self.tr("&Keep all mine"))
        self.keep_mine_button.setToolTip(self.tr("Choose this computer's version of every "
                                                 "difference (then Apply)"))
        self.take_theirs_button.setText(self.tr("Take &all theirs"))
        self.take_theirs_button.setToolTip(self.tr("Choose the ERP's version of every "
                                                   "difference (then Apply)"))
        self.later_button.setText(self.tr("Decide &later"))
        self.later_button.setToolTip(self.tr("Close without changing anything (Esc)"))
        self.apply_button.setText(self.tr("A&pply"))
        self.apply_button.setToolTip(self.tr("Save the decision; it reaches the ERP at the "
                                             "next sync (Enter)"))
        self.dismiss_button.setText(self.tr("Keep the local copy and &stop syncing it…"))
        self.dismiss_button.setToolTip(self.tr(
            "Close this conflict: the invoice stays on this computer as it is now, and nothing "
            "more is sent to the ERP for it (asks first)"))
        self.totals_box.setTitle(self.tr("Totals"))
        self.problems_box.setTitle(self.tr("Before applying"))
        for name, text in zip(self.totals_names, (self.tr("Net amount:"), self.tr("Tax:"),
                                                  self.tr("Total incl. tax:"))):
            name.setText(text)
        self.fields_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self.fields_model.layoutChanged.emit()
        self.list_model.layoutChanged.emit()
        if self._notice is not None:
            self.message_bar.setText(self._notice[0]())
        self._update_state()

    def help_text(self) -> str:
        return self.tr(
            "The same invoice was changed here and in the ERP. For each difference choose "
            "Mine (M) or Theirs (T), or type the right value (F2). Enter applies, Esc leaves "
            "the decision for later. Alt+W goes to the list, Alt+D to the differences.") + \
            "\n\n" + self.tr(
            "When the ERP has deleted the invoice there is nothing to choose: keep the local "
            "copy and stop syncing it (Alt+S) to close the conflict.")

    # ------------------------------------------------------------------- loading ----
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self, *_args) -> None:
        """Read the waiting conflicts again (connect sync's ``run_finished`` here). Choices
        made on the invoice shown are kept unless the ERP changed it again, which is said in
        the message bar."""
        self._reload()

    def _reload(self, prefer_row: int = -1) -> None:
        self._loaded = True
        shown = self._detail
        row = self.list_view.currentIndex().row() if prefer_row < 0 else prefer_row
        before = set(self.session.entries)
        try:
            entries = self.session.read()
        except KnownError as exc:
            self._show_notice(lambda e=exc: error_text(e), "error")
            return
        sm = self.list_view.selectionModel()
        sm.blockSignals(True)
        self.list_model.set_entries(entries)
        sm.blockSignals(False)
        self.waiting_changed.emit(len(entries))
        notice: tuple[Callable[[], str], str] | None = None
        if shown is not None and shown.uuid in self.session.entries:
            changed = self.session.details[shown.uuid].theirs_version != shown.theirs_version
            number = shown.number or self.tr("(no number)")
            self._select(shown.uuid, refresh=changed or
                         self.session.entries[shown.uuid].deleted != self._deleted)
            if changed:
                notice = (lambda: self.tr(
                    "{number} changed again in the ERP while you were deciding. The table now "
                    "shows the ERP's newest version; choices on fields that did not change "
                    "were kept. Check it, then apply.").format(number=number), "warning")
        else:
            self._select_row(max(0, min(row, len(entries) - 1)))
            if shown is not None:
                number = shown.number or self.tr("(no number)")
                notice = (lambda: self.tr("{number} no longer waits for a decision (it was "
                                          "decided elsewhere).").format(number=number), "info")
        new = len(set(self.session.entries) - before) if before else 0
        if new and notice is None:
            notice = (lambda: self.tr("%n more invoice(s) now wait for a decision.", "", new),
                      "info")
        if notice is not None:
            self._show_notice(*notice)
        self._update_state()

    def select(self, uuid: str) -> bool:
        """Show the conflict of invoice ``uuid`` (False when it does not wait)."""
        if not self._loaded:
            self.reload()
        row = self.list_model.row_of(uuid)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.list_model.rowCount():
            self._show_detail(None)
            return
        idx = self.list_model.index(row)
        if self.list_view.currentIndex() == idx and self._detail is not None and \
                self._detail.uuid == idx.data(UuidRole):
            return
        self.list_view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _select(self, uuid: str, refresh: bool) -> None:
        """Make ``uuid`` current in the list again after a reload; ``refresh`` shows its new
        detail (keeping the choices on fields whose values did not change)."""
        sm = self.list_view.selectionModel()
        sm.blockSignals(True)
        sm.setCurrentIndex(self.list_model.index(self.list_model.row_of(uuid)),
                           QItemSelectionModel.SelectionFlag.ClearAndSelect)
        sm.blockSignals(False)
        self.list_view.viewport().update()
        if refresh:
            self._show_detail(uuid, keep=self.fields_model.saved_state())
        else:
            self._detail = self.session.details[uuid]

    def _on_list_view_current_changed(self, current: QModelIndex, _previous) -> None:
        self._hide_notice()
        self._show_detail(current.data(UuidRole) if current.isValid() else None)

    def _show_detail(self, uuid: str | None, keep: dict | None = None) -> None:
        d = self.session.details.get(uuid) if uuid else None
        self._detail = d
        if d is None:
            self._invoice = None
            self._deleted = False
            self.fields_model.set_detail(MergeResult({}), None, {}, {}, {},
                                         read_only=True)
            for col in (COL_THEIRS, COL_RESULT):
                self.table.setColumnHidden(col, False)
            self._update_state()
            return
        try:
            self._invoice, names = self.session.invoice(d.uuid)
        except KnownError as exc:
            self._show_notice(lambda e=exc: error_text(e), "error")
            return
        self._deleted = self.session.entries[d.uuid].deleted
        self.fields_model.set_detail(
            d.merge, d.base, d.mine, d.theirs, names,
            mine_allowed=POSTED_WRITABLE_FIELDS if d.erp_final else None,
            read_only=not self.can_resolve or self._deleted, keep=keep, deleted=self._deleted)
        for col in (COL_THEIRS, COL_RESULT):   # deleted in the ERP: no side, no result
            self.table.setColumnHidden(col, self._deleted)
        self.table.clearSpans()
        for i, r in enumerate(self.fields_model.rows):
            if r.kind == "section":
                self.table.setSpan(i, 0, 1, 5)
        self._go_to_row(self._next_row(-1, undecided=True))
        self._update_state()

    def similar_uuids(self) -> list[str]:
        """Other waiting invoices with a conflict on the same fields (``conflicts.similar``),
        less those deleted in the ERP."""
        return self.session.similar(self._detail.uuid) if self._detail is not None else []

    # ------------------------------------------------------------------ deciding ----
    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def choose_current(self, side: str) -> bool:
        """Take ``side`` for the current row, then move to the next row to decide."""
        row = self.current_row()
        if row < 0:
            row = self._next_row(-1)
        if not self.fields_model.choose(row, side):
            self._explain_refusal(row, side)
            return False
        kind = self.fields_model.rows[row].kind
        nxt = self._next_row(row, conflicts_only=kind == "conflict")
        if nxt >= 0:
            self._go_to_row(nxt)
        self._update_row_buttons()
        return True

    def choose_all(self, side: str) -> None:
        self.fields_model.choose_all(side)
        self.table.viewport().update()

    def _explain_refusal(self, row: int, side: str) -> None:
        if side == MINE and 0 <= row < self.fields_model.rowCount() and \
                self.fields_model.choosable(row):
            self._show_notice(lambda: self.tr(
                "The ERP's version of this field is final; only theirs can be kept."), "warning")

    def _next_row(self, after: int, undecided: bool = False, conflicts_only: bool = False
                  ) -> int:
        m = self.fields_model
        for i in range(after + 1, m.rowCount()):
            kind = m.rows[i].kind
            if kind == "conflict" or (kind == "detail" and not conflicts_only):
                if not undecided or m.choice_of(i) == "":
                    return i
        if undecided:
            return self._next_row(after)
        return -1

    def _go_to_row(self, row: int) -> None:
        if row < 0:
            return
        self.table.selectionModel().setCurrentIndex(
            self.fields_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.fields_model.index(row, 0))

    def edit_current(self) -> bool:
        """Open the result cell of the current row for typing (False if it takes no text)."""
        row = self.current_row()
        if row < 0 or not self.fields_model.can_type(row):
            return False
        idx = self.fields_model.index(row, COL_RESULT)
        self.table.setCurrentIndex(idx)
        self.table.setFocus()
        self.table.edit(idx)
        return True

    def _on_table_clicked(self, index: QModelIndex) -> None:
        if index.column() == COL_MINE:
            if not self.fields_model.choose(index.row(), MINE):
                self._explain_refusal(index.row(), MINE)
        elif index.column() == COL_THEIRS:
            self.fields_model.choose(index.row(), THEIRS)
        self._update_row_buttons()

    def _on_table_current_changed(self, *_args) -> None:
        self._update_row_buttons()

    def _on_problems_list_item_activated(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(row, int) and row >= 0:
            self._go_to_row(row)
            self.table.setFocus()

    def _on_fields_model_choices_changed(self) -> None:
        self._update_state()

    def apply(self) -> bool:
        """Decide the invoice shown (and, if ticked, the similar ones). True if decided."""
        d = self._detail
        decision = self.fields_model.decision()
        if d is None or decision is None or not self.apply_button.isEnabled():
            return False
        if not self.session.still_as_shown(d):
            self.reload()   # says so in the message bar and keeps what it can
            return False
        fields, custom = decision
        try:
            self.session.decide(d.uuid, fields, custom, d.theirs_version)
        except KnownError as exc:
            self._show_notice(lambda e=exc: self.tr("Not applied: {reason}").format(
                reason=error_text(e)), "error")
            return False
        done, left = [d.uuid], []
        if not self.same_check.isHidden() and self.same_check.isEnabled() and \
                self.same_check.isChecked():
            more, left = self.session.decide_similar(d.uuid, fields,
                                                     self.fields_model.uniform_side())
            done += more
        row = self.list_view.currentIndex().row()
        self._detail = None  # decided: the reload moves on without a notice
        self.conflicts_resolved.emit(done)
        self._reload(prefer_row=row)
        if not self.session.entries:
            self.accept()
            return True
        n = len(done)

        def text() -> str:
            lines = [self.tr("%n invoice(s) decided; they go to the ERP at the next sync.",
                             "", n)]
            for w in left:
                number = w.number or self.tr("(no number)")
                lines.append(self.tr("{number} was left for you: its lines differ too.")
                             .format(number=number) if w.error is None
                             else f"{number}: {error_text(w.error)}")
            return "\n".join(lines)
        self._show_notice(text, "warning" if left else "info")
        return True

    # ---------------------------------------------------------------- dismissing ----
    def ask_dismiss(self) -> QMessageBox | None:
        """Ask before keeping the local copy of the invoice shown (deleted in the ERP) and
        closing its conflict; the answer arrives later (the box is window-modal, not a nested
        event loop). Returns the box, or None when there is nothing to dismiss."""
        d = self._detail
        if d is None or not self._deleted or not self.dismiss_button.isEnabled() or \
                self._confirm is not None:
            return None
        number = d.number or self.tr("(no number)")
        box = QMessageBox(self)
        box.setObjectName("conflictDismissConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep the local copy?"))
        box.setText(self.tr("Keep {number} on this computer and stop syncing it?")
                    .format(number=number))
        box.setInformativeText(self.tr(
            "The ERP no longer has this invoice. The copy here stays as it is now, with your "
            "changes, marked “Deleted in ERP”. The conflict is closed, the changes still "
            "waiting to be sent are dropped, and sync no longer sends this invoice. The "
            "decision is written to the audit trail.\n\nIf the ERP still needs this invoice, "
            "enter it again as a new one."))
        confirm = box.addButton(self.tr("&Keep the local copy"),
                                QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("conflictDismissConfirmButton")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("conflictDismissCancelButton")
        box.setDefaultButton(confirm)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        uuid = d.uuid
        box.finished.connect(lambda _r: self._on_confirm_finished(box, confirm, uuid))
        self._confirm = box
        box.open()
        return box

    def _on_confirm_finished(self, box: QMessageBox, confirm, uuid: str) -> None:
        self._confirm = None
        if box.clickedButton() is confirm:
            self.dismiss(uuid)

    def dismiss(self, uuid: str) -> bool:
        """Keep the local copy of ``uuid`` (deleted in the ERP) and close its conflict,
        without asking; then move on like after a decision. True if done."""
        entry = self.session.entries.get(uuid)
        if not self.can_resolve or entry is None or not entry.deleted:
            return False
        number = entry.number or self.tr("(no number)")
        try:
            self.session.dismiss(uuid)
        except NotFound:   # closed meanwhile (another window, the command line)
            self.reload()
            return False
        except KnownError as exc:
            self._show_notice(lambda e=exc: self.tr("Not done: {reason}").format(
                reason=error_text(e)), "error")
            return False
        row = self.list_view.currentIndex().row()
        self._detail = None  # done: the reload moves on without a notice
        self.conflicts_resolved.emit([uuid])
        self._reload(prefer_row=row)
        if not self.session.entries:
            self.accept()
            return True
        self._show_notice(lambda: self.tr(
            "{number} is kept on this computer and is no longer synced.").format(
            number=number), "info")
        return True

    # ------------------------------------------------------------------- showing ----
    def _show_notice(self, text: Callable[[], str], kind: str) -> None:
        self._notice = (text, kind)
        self.message_bar.setProperty("role", kind)
        self.message_bar.style().unpolish(self.message_bar)
        self.message_bar.style().polish(self.message_bar)
        self.message_bar.setText(text())
        self.message_bar.show()

    def _hide_notice(self) -> None:
        self._notice = None
        self.message_bar.hide()

    def notice_text(self) -> str:
        return self.message_bar.text() if self._notice is not None else ""

    def _update_state(self) -> None:
        n = self.list_model.rowCount()
        self.waiting_label.setText(self.tr("%n waiting", "", n))
        d = self._detail
        self.right_panel.setEnabled(d is not None)
        if d is None:
            self.title_label.setText(self.tr("Nothing waits for a decision.") if self._loaded
                                     and n == 0 else "")
        elif self._deleted:
            self.title_label.setText("<b>{}</b> · {} — {}".format(
                _html(d.number or self.tr("(no number)")), _html(d.party),
                _html(self.tr("deleted in the ERP; nothing to choose"))))
        else:
            count = len(d.merge.conflicts)
            self.title_label.setText("<b>{}</b> · {} — {}".format(
                _html(d.number or self.tr("(no number)")), _html(d.party),
                _html(self.tr("%n difference(s) to decide", "", count))))
        self._update_lock_notice()
        problems = self._update_totals_and_problems()
        m = self.fields_model
        editable = d is not None and self.can_resolve and not self._deleted
        self.keep_mine_button.setEnabled(editable and not d.erp_final)
        self.take_theirs_button.setEnabled(editable)
        self.apply_button.setEnabled(editable and m.decision() is not None and not problems)
        self._update_mode()
        self.dismiss_button.setEnabled(d is not None and self._deleted and self.can_resolve)
        similar = self.similar_uuids() if editable else []
        self.same_check.setVisible(bool(similar))
        if similar:
            self.same_check.setText(self.tr(
                "Apply the &same choice to the other %n conflict(s) like this one", "",
                len(similar)))
            typed = m.has_typed()
            self.same_check.setEnabled(not typed)
            self.same_check.setToolTip(self.tr("Typed values apply to this invoice only.")
                                       if typed else "")
        self._update_row_buttons()

    def _update_mode(self) -> None:
        """Deleted in the ERP: the choosing widgets give way to the one action left."""
        deleted = self._detail is not None and self._deleted
        for w in (self.keys_hint, self.use_mine_button, self.use_theirs_button,
                  self.type_button, self.keep_mine_button, self.take_theirs_button,
                  self.apply_button, self.problems_box):
            w.setVisible(not deleted)
        self.dismiss_button.setVisible(deleted)
        self._bottom.setStretch(2, 3 if deleted else 0)
        for key in TOTAL_ROWS:
            for side in ("theirs", "result"):
                self.totals_values[(side, key)].setVisible(not deleted)
        self.totals_heads[1].setVisible(not deleted)
        self.totals_heads[2].setVisible(not deleted)
        heads = ((self.tr("Kept here"),) if deleted else (self.tr("Mine"),)) + (
            self.tr("Theirs"), self.tr("Result"))
        for head, text in zip(self.totals_heads, heads):
            head.setText(text)

    def _update_lock_notice(self) -> None:
        d = self._detail
        text = ""
        refusal = fill("Workflow", "The {role} role may not do this ({permission}).",
                       {"role": self.ctx.role.value, "permission": "resolve_conflicts"})
        if d is not None and self._deleted:
            text = self.tr("The ERP no longer has this invoice: it was deleted there after this "
                           "conflict was found, so there is no ERP version to choose from. The "
                           "copy on this computer is kept as it is, with your changes (below).")
            text += "\n" + (refusal if not self.can_resolve else self.tr(
                "To close the conflict, keep the local copy and stop syncing it. If the ERP "
                "still needs this invoice, enter it again as a new one."))
        elif d is not None and not self.can_resolve:
            text = refusal
        elif d is not None and d.erp_final:
            text = self.tr("The ERP shows this invoice as {status}: only the ERP's version can "
                           "be kept (the notes excepted). To correct it, raise a credit "
                           "note.").format(status=status_label(d.theirs_status))
        self.lock_notice.setText(text)
        self.lock_notice.setVisible(bool(text))

    def _update_totals_and_problems(self) -> list[str]:
        """Recompute the result's totals and list what stops Apply; returns the problems."""
        m, d, inv = self.fields_model, self._detail, self._invoice
        problems: list[tuple[str, int]] = []
        result_inv = None
        if d is not None and (self._deleted or not self.can_resolve):
            problems.append((self.tr("Nothing can be applied here; the message above says "
                                     "why."), -1))
        elif d is not None and inv is not None:
            undecided = m.undecided()
            if undecided:
                problems.append((self.tr("Choose mine or theirs for %n difference(s).", "",
                                         len(undecided)), m.row_of(undecided[0])))
            for where, problem in m.typed_problems():
                problems.append((self.tr("{field}: {problem}").format(field=where,
                                                                      problem=problem), -1))
            result_inv = m.result_invoice(inv, Status(d.theirs_status) if d.erp_final else None)
            if result_inv is not None:
                for p in validate_invoice(result_inv, self.ctx.extra_rates):
                    problems.append((problem_text(p), -1))
        for side, snap_inv in (("mine", self._as_invoice(d.mine if d else None)),
                               ("theirs", self._as_invoice(d.theirs if d else None)),
                               ("result", result_inv)):
            self._show_totals(side, snap_inv)
        self.problems_list.clear()
        for text, row in problems:
            item = QListWidgetItem(text, self.problems_list)
            item.setData(Qt.ItemDataRole.UserRole, row)
        if d is not None and not problems:
            QListWidgetItem(self.tr("Everything is decided: press Apply (Enter)."),
                            self.problems_list)
        return [t for t, _ in problems]

    def _as_invoice(self, snap: dict | None) -> Invoice | None:
        if snap is None or self._invoice is None:
            return None
        try:
            return apply_snapshot(self._invoice, snap)
        except (KeyError, ValueError):
            return None

    def _show_totals(self, side: str, inv: Invoice | None) -> None:
        try:
            t = compute_totals(inv) if inv is not None else None
        except (KnownError, ArithmeticError):
            t = None
        for key in TOTAL_ROWS:
            lab = self.totals_values[(side, key)]
            lab.setText("—" if t is None else f"{format_money(getattr(t, key))} {inv.currency}")

    def _update_row_buttons(self) -> None:
        m, row = self.fields_model, self.current_row()
        ok = row >= 0 and m.choosable(row)
        self.use_mine_button.setEnabled(ok and m.mine_ok(m.rows[row].field))
        self.use_theirs_button.setEnabled(ok)
        self.type_button.setEnabled(ok and m.can_type(row))
        if ok and not m.mine_ok(m.rows[row].field):
            self.use_mine_button.setToolTip(self.tr("The ERP's version of this field is final."))
        else:
            self.use_mine_button.setToolTip(self.tr("Keep this computer's value (M)"))
        self.use_theirs_button.setToolTip(self.tr("Take the ERP's value (T)"))

    # ------------------------------------------------------------------ keyboard ----
    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            if obj is self.table and plain and self.table.state() != \
                    QAbstractItemView.State.EditingState:
                if key == Qt.Key.Key_M:
                    self.choose_current(MINE)
                    return True
                if key == Qt.Key.Key_T:
                    self.choose_current(THEIRS)
                    return True
            if obj is self.list_view and key == Qt.Key.Key_Right and plain:
                self.table.setFocus()
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Enter that confirms a typed value must not also press Apply.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.table.state() == QAbstractItemView.State.EditingState:
            event.accept()
            return
        super().keyPressEvent(event)


def _row(*items) -> QHBoxLayout:
    """A row of widgets; an int is a stretch."""
    row = QHBoxLayout()
    for it in items:
        row.addStretch(it) if isinstance(it, int) else row.addWidget(it)
    return row


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
