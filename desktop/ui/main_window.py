"""The main window: welcome page or the invoice list with filters, preview and status actions."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QLabel,
                               QMainWindow, QMenu, QMessageBox, QSplitter,
                               QStackedWidget,
                               QTableView, QTextBrowser, QToolBar, QVBoxLayout, QWidget)

from ..domain.errors import KnownError, NotFound, ValidationFailed
from ..domain.records import Status
from ..domain.workflow import Permission, allowed_targets, has_permission, transition_refusal
from ..paths import resource_dir
from ..sandbox.demo_data import generate
from ..store import search
from ..store.bulk import import_invoices
from ..store.invoice_service import load_invoice
from ..store.profiles import Profile, ProfileRegistry
from ..store.store import Store
from ..workers.heap import settle_heap
from ..workers.task import TaskRunner
from . import settings
from .context import AppContext
from .connection_ui import ConnectionUi
from .exchange_ui import ExchangeUi
from .sync_ui import SyncUi
from .dialogs.invoice_editor_dialog import InvoiceEditorDialog
from .dialogs.payment_dialog import PaymentDialog
from .dialogs.settings_dialog import SettingsDialog
from .labels import error_text, fill, format_money, role_label
from .language import LanguageManager
from .models.invoice_table_model import COLUMN_KEYS, InvoiceTableModel, SummaryRole, UuidRole
from .printing.invoice_document import configure_printer, export_pdf, invoice_document, \
    invoice_html
from .widgets.conflict_banner import ConflictBanner
from .widgets.filter_bar import FilterBar
from .widgets.totals_label import TotalsLabel
from .widgets.welcome_page import WelcomePage

log = logging.getLogger(__name__)

INFO_MESSAGE_MS = 8000   # how long an info message stays above the list
DEMO_COUNT = 300
PREVIEW_DELAY_MS = 80

# (action name, target status, icon)
STATUS_ACTIONS = (("submitAction", Status.SUBMITTED, "submit"),
                  ("approveAction", Status.APPROVED, "approve"),
                  ("postAction", Status.POSTED, "post"),
                  ("backToDraftAction", Status.DRAFT, "draft"),
                  ("cancelInvoiceAction", Status.CANCELLED, "cancel"))


def icon(name: str) -> QIcon:
    return QIcon(str(resource_dir() / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    """GUI thread only. Owns the AppContext (profile + store) and a TaskRunner for long jobs."""

    ready = Signal()                 # the list shows its first page
    editor_opened = Signal(object)   # InvoiceEditorDialog

    def __init__(self, registry: ProfileRegistry, languages: LanguageManager | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.registry = registry
        self.languages = languages
        self.ctx: AppContext | None = None
        self.runner = TaskRunner(self)
        self.demo_task = None
        self.current_editor: InvoiceEditorDialog | None = None
        self._build()
        self.sync_ui = SyncUi(self)
        self.sync_ui.conflicts_changed.connect(self.conflict_banner.set_count)
        self.connection_ui = ConnectionUi(self)
        self.exchange_ui = ExchangeUi(self)
        from .tutorial import install_tutorial
        install_tutorial(self)
        self.welcome.tutorial_requested.connect(self._on_welcome_tutorial_requested)
        self.retranslate_ui()
        self._restore_state()
        self._update_actions()

    # ------------------------------------------------------------------ building ----
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("mainStack")
        self.welcome = WelcomePage(self)
        self.welcome.work_offline_requested.connect(self.work_offline)
        self.welcome.demo_requested.connect(lambda: self.open_demo())
        self.welcome.cancel_requested.connect(self._on_welcome_cancel_requested)
        self.stack.addWidget(self.welcome)

        page = QWidget(self)
        page.setObjectName("listPage")
        self.filter_bar = FilterBar(page)
        self.filter_bar.filters_changed.connect(self._on_filter_bar_filters_changed)
        self.filter_bar.search_edit.returnPressed.connect(self.filter_bar.flush_search)
        self.message_bar = QLabel(page)
        self.message_bar.setObjectName("mainMessageBar")
        self.message_bar.setWordWrap(True)
        self.message_bar.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_bar.hide()
        self.model = InvoiceTableModel(parent=self)
        self.table = QTableView(page)
        self.table.setObjectName("invoiceTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        hh = self.table.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(False)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._on_header_context_menu_requested)
        for key, width in zip(COLUMN_KEYS, (135, 105, 220, 88, 88, 60, 115, 115, 80, 100)):
            self.table.setColumnWidth(COLUMN_KEYS.index(key), width)
        self.table.sortByColumn(COLUMN_KEYS.index("issue_date"), Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.installEventFilter(self)
        self.preview = QTextBrowser(page)
        self.preview.setObjectName("previewPane")
        self.preview.setOpenLinks(False)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self._update_preview_now)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([920, 340])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message_bar)
        self.conflict_banner = ConflictBanner(page)
        self.conflict_banner.open_requested.connect(self.open_conflicts)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.splitter, 1)
        self.list_page = page
        self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        # status bar
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.totals_label = TotalsLabel(self)
        self.totals_label.setObjectName("totalsLabel")
        self.outstanding_label = TotalsLabel(self)
        self.outstanding_label.setObjectName("outstandingLabel")
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("profileLabel")
        sb = self.statusBar()
        sb.setObjectName("statusBar")
        sb.addWidget(self.count_label)
        sb.addWidget(self.totals_label, 1)
        sb.addWidget(self.outstanding_label, 1)
        sb.addPermanentWidget(self.profile_label)
        self.model.stats_changed.connect(self._on_model_stats_changed)

        # actions
        def act(name: str, shortcut: str | QKeySequence | None, slot, icon_name: str = ""):
            a = QAction(self)
            a.setObjectName(name)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            if icon_name:
                a.setIcon(icon(icon_name))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.new_action = act("newInvoiceAction", QKeySequence.StandardKey.New,
                              self.new_invoice, "new")
        self.open_action = act("openInvoiceAction", None, self.open_selected, "open")
        self.print_action = act("printAction", QKeySequence.StandardKey.Print,
                                self.print_selected, "print")
        self.pdf_action = act("exportPdfAction", "Ctrl+Shift+E", lambda: self.export_pdf(),
                              "pdf")
        self.settings_action = act("settingsAction", "Ctrl+,", self.show_settings, "settings")
        self.quit_action = act("quitAction", QKeySequence.StandardKey.Quit, self.close)
        self.refresh_action = act("refreshAction", QKeySequence.StandardKey.Refresh,
                                  self.refresh, "refresh")
        self.find_action = act("findAction", QKeySequence.StandardKey.Find, self._focus_search)
        self.status_actions: dict[Status, QAction] = {}
        for name, target, icon_name in STATUS_ACTIONS:
            a = act(name, None, lambda _c=False, t=target: self.change_status(t), icon_name)
            self.status_actions[target] = a
        self.payment_action = act("recordPaymentAction", None, self.record_payment, "payment")

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setObjectName("fileMenu")
        for a in (self.new_action, self.open_action, None, self.print_action, self.pdf_action,
                  None, self.settings_action, None, self.quit_action):
            self.file_menu.addSeparator() if a is None else self.file_menu.addAction(a)
        self.invoice_menu = self.menuBar().addMenu("")
        self.invoice_menu.setObjectName("invoiceMenu")
        for a in self.status_actions.values():
            self.invoice_menu.addAction(a)
        self.invoice_menu.addSeparator()
        self.invoice_menu.addAction(self.payment_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addAction(self.find_action)
        self.columns_menu = self.view_menu.addMenu("")
        self.columns_menu.setObjectName("columnsMenu")
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        for a in (self.new_action, self.open_action, None, *self.status_actions.values(),
                  self.payment_action, None, self.print_action, self.pdf_action):
            self.toolbar.addSeparator() if a is None else self.toolbar.addAction(a)
        self.addToolBar(self.toolbar)
        for a in (self.open_action, None, *self.status_actions.values(), self.payment_action,
                  None, self.print_action, self.pdf_action):
            if a is None:
                sep = QAction(self.table)
                sep.setSeparator(True)
                self.table.addAction(sep)
            else:
                self.table.addAction(a)
        self.resize(1280, 780)

    # ---------------------------------------------------------------- translation ----
    def retranslate_ui(self) -> None:
        for part in ("sync_ui", "connection_ui", "exchange_ui"):
            if hasattr(self, part):
                getattr(self, part).retranslate_ui()
        self._update_title()
        self.file_menu.setTitle(self.tr("&File"))
        self.invoice_menu.setTitle(self.tr("&Invoice"))
        self.view_menu.setTitle(self.tr("&View"))
        self.columns_menu.setTitle(self.tr("&Columns"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        texts = {
            self.new_action: (self.tr("&New invoice"), self.tr("Enter a new invoice")),
            self.open_action: (self.tr("&Open"), self.tr("Open the selected invoice (Enter)")),
            self.print_action: (self.tr("&Print…"), self.tr("Print the selected invoice")),
            self.pdf_action: (self.tr("Export &PDF…"), self.tr("Save the selected invoice as a "
                                                               "PDF file")),
            self.settings_action: (self.tr("&Settings…"), self.tr("Language and role")),
            self.quit_action: (self.tr("&Quit"), self.tr("Close Invoice Desk")),
            self.refresh_action: (self.tr("&Refresh"), self.tr("Read the list again")),
            self.find_action: (self.tr("&Find"), self.tr("Go to the search box")),
            self.status_actions[Status.SUBMITTED]: (self.tr("Su&bmit"),
                                                    self.tr("Submit for approval")),
            self.status_actions[Status.APPROVED]: (self.tr("&Approve"),
                                                   self.tr("Approve the invoice")),
            self.status_actions[Status.POSTED]: (self.tr("P&ost"),
                                                 self.tr("Post the invoice to the books")),
            self.status_actions[Status.DRAFT]: (self.tr("Back to &draft"),
                                                self.tr("Withdraw or reopen as a draft")),
            self.status_actions[Status.CANCELLED]: (self.tr("&Cancel invoice"),
                                                    self.tr("Cancel the invoice")),
            self.payment_action: (self.tr("Record &payment…"),
                                  self.tr("Record a payment on a posted invoice")),
        }
        for a, (text, tip) in texts.items():
            a.setText(text)
            a.setData(tip)
        self.model.retranslate()
        self._on_model_stats_changed(self.model.stats())
        self._update_profile_label()
        self._update_actions()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle(self.tr("Invoice Desk"))
        else:
            self.setWindowTitle(self.tr("Invoice Desk — {profile}").format(
                profile=self._profile_name(self.ctx.profile)))

    def _profile_name(self, p: Profile) -> str:
        if p.kind == "practice":
            return self.tr("Practice")
        if p.id == "local" and p.name == "Local (offline)":
            return self.tr("Local (offline)")
        return p.name

    def _update_profile_label(self) -> None:
        if self.ctx is None:
            self.profile_label.setText("")
            return
        self.profile_label.setText(self.tr("{profile} · role: {role}").format(
            profile=self._profile_name(self.ctx.profile), role=role_label(self.ctx.role.value)))

    # ------------------------------------------------------------------- profiles ----
    def open_profile(self, profile: Profile) -> None:
        """Open ``profile``'s store and show its invoices (KnownError if it cannot open)."""
        store = Store(self.registry.store_path(profile.id))
        self._set_context(AppContext(self.registry, profile, store))
        self.registry.set_last_used(profile.id)
        self.show_list()

    def _set_context(self, ctx: AppContext | None) -> None:
        self.sync_ui.shutdown()  # the sync thread lets go of the old store first
        self.conflict_banner.set_count(0)
        if self.ctx is not None and (ctx is None or ctx.store is not self.ctx.store):
            self.ctx.close()
        self.ctx = ctx
        self.filter_bar.set_store(ctx.store if ctx else None)
        self.model.set_store(ctx.store if ctx else None)
        self._update_title()
        self._update_profile_label()
        self._update_actions()
        self.sync_ui.set_context(ctx)
        if ctx is not None:
            self.conflict_banner.set_count(self._waiting_conflicts())

    def _waiting_conflicts(self) -> int:
        from ..store import sync_repo
        with self.ctx.store.db.read() as s:
            return sync_repo.open_conflict_count(s)

    def open_conflicts(self, uuid: str = ""):
        """The conflict dialog, opened only when the clerk asks (banner, status bar)."""
        from .dialogs.conflict_dialog import ConflictDialog
        if self.ctx is None:
            return None
        dlg = ConflictDialog(self.ctx, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.sync_ui.synced.connect(dlg.reload)
        dlg.finished.connect(lambda _r: self._disconnect_quietly(self.sync_ui.synced, dlg.reload))
        dlg.conflicts_resolved.connect(self._on_conflicts_resolved)
        dlg.waiting_changed.connect(self.conflict_banner.set_count)
        dlg.open()
        if uuid:
            dlg.select(uuid)
        return dlg

    @staticmethod
    def _disconnect_quietly(signal, slot) -> None:
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):
            pass

    def _on_conflicts_resolved(self, _uuids) -> None:
        self.refresh()
        self.sync_ui.sync_now()

    def _set_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        on_list = page is self.list_page
        self.toolbar.setVisible(on_list)
        for w in (self.count_label, self.totals_label, self.outstanding_label):
            w.setVisible(on_list)

    def show_list(self) -> None:
        self._set_page(self.list_page)
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.table.setFocus()
        self.ready.emit()
        QTimer.singleShot(400, self._prewarm_editor)

    def _prewarm_editor(self) -> None:
        """Once the first page is up and the clerk is reading it: build (and drop) an editor
        on the first invoice, so the first real Enter opens as fast as the later ones
        (query compilation and Qt's first-time widget set-up happen here, not then)."""
        if self.ctx is None or self.current_editor is not None:
            return
        if not self.model.rowCount():
            settle_heap()
            return
        try:
            uuid = self.model.index(0, 0).data(UuidRole)
            inv, facts = load_invoice(self.ctx.store, uuid)
            dlg = InvoiceEditorDialog(self.ctx, inv, facts, self)
        except Exception:  # noqa: BLE001 - warming up is optional
            log.debug("editor prewarm skipped", exc_info=True)
            return
        dlg.ensurePolished()
        dlg.deleteLater()
        # After the editor's deletion: freeze what lives as long as the window, so the sync
        # thread's garbage collections stay short (see workers/heap.py).
        QTimer.singleShot(100, settle_heap)

    def show_welcome(self) -> None:
        self.welcome.reset()
        self._set_page(self.welcome)
        self.welcome.offline_button.setFocus()

    def work_offline(self) -> None:
        try:
            self.open_profile(self.registry.ensure_offline_default())
        except KnownError as exc:
            self.show_known_error(exc)

    def open_demo(self, count: int = DEMO_COUNT) -> None:
        """Open the practice profile; fill it with ``count`` sample invoices if it is empty
        (in the background, with progress on the welcome page)."""
        try:
            profile = self.registry.ensure_practice()
            store = Store(self.registry.store_path(profile.id))
            with store.db.read() as s:
                empty = search.count(s, search.InvoiceQuery()) == 0
        except KnownError as exc:
            self.show_known_error(exc)
            return
        if not empty:
            self._set_context(AppContext(self.registry, profile, store))
            self.registry.set_last_used(profile.id)
            self.show_list()
            return
        self._set_page(self.welcome)
        self.welcome.show_progress(0, count)
        actor = profile.actor or "trainee"

        def job(ctx):  # worker thread: store only, no widgets
            return import_invoices(store, actor, generate(count), action="demo", total=count,
                                   progress=ctx.progress, cancel=ctx.cancelled, batch=50)

        def done(_result) -> None:
            self.demo_task = None
            self._set_context(AppContext(self.registry, profile, store))
            self.registry.set_last_used(profile.id)
            self.show_list()

        def failed(exc) -> None:
            self.demo_task = None
            store.close()
            self.show_welcome()
            if isinstance(exc, KnownError):
                self.show_known_error(exc)
            else:
                raise exc

        self.demo_task = self.runner.run(job, on_done=done, on_error=failed,
                                         on_progress=self.welcome.show_progress)

    def close_profile(self) -> None:
        """Let go of the open profile (its sync thread and store); the welcome page shows."""
        self._set_context(None)
        self.show_welcome()

    def _on_welcome_tutorial_requested(self) -> None:
        from .tutorial import start_lesson
        start_lesson(self)

    def _on_welcome_cancel_requested(self) -> None:
        if self.demo_task is not None:
            self.demo_task.cancel()

    # -------------------------------------------------------------------- the list ----
    def refresh(self) -> None:
        keep = self.selected_uuids()
        self.model.refresh()
        self._reselect(keep)
        self._update_preview()

    def _reselect(self, uuids: list[str]) -> None:
        sm = self.table.selectionModel()
        first = True
        for u in uuids:
            row = self.model.row_of_uuid(u)
            if row < 0:
                continue
            flags = QItemSelectionModel.SelectionFlag.Rows | (
                QItemSelectionModel.SelectionFlag.ClearAndSelect if first
                else QItemSelectionModel.SelectionFlag.Select)
            sm.setCurrentIndex(self.model.index(row, 0), flags)
            first = False

    def _on_filter_bar_filters_changed(self, bar: FilterBar) -> None:
        self.model.set_query(bar.apply_to(self.model.query()))
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._update_preview()

    def _on_model_stats_changed(self, stats) -> None:
        self.count_label.setText(self.tr("%n invoice(s)", "", stats.count))
        if not stats.count:
            self.totals_label.clear_amounts()
            self.outstanding_label.clear_amounts()
            return
        self.totals_label.set_amounts(self.tr("Total incl. tax: {amounts}"), [
            (format_money(v), c) for c, v in sorted(stats.gross_by_currency.items())])
        self.outstanding_label.set_amounts(self.tr("Outstanding: {amounts}"), [
            (format_money(v), c) for c, v in sorted(stats.outstanding_by_currency.items()) if v])

    def _focus_search(self) -> None:
        if self.stack.currentWidget() is self.list_page:
            self.filter_bar.search_edit.setFocus()
            self.filter_bar.search_edit.selectAll()

    def selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def selected_summaries(self) -> list:
        return [s for s in (self.model.summary(r) for r in self.selected_rows()) if s]

    def selected_uuids(self) -> list[str]:
        return [s.uuid for s in self.selected_summaries()]

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_actions()
        self._update_preview()

    def _update_preview(self) -> None:
        """The preview follows the selection a moment later (arrow keys stay instant)."""
        self.preview_timer.start()

    def _update_preview_now(self) -> None:
        sums = self.selected_summaries()
        if len(sums) != 1 or self.ctx is None:
            self.preview.setHtml("" if not sums else "<p>" + self.tr(
                "%n invoice(s) selected", "", len(sums)) + "</p>")
            return
        try:
            inv, facts = load_invoice(self.ctx.store, sums[0].uuid)
        except KnownError:
            self.preview.clear()
            return
        self.preview.setHtml(invoice_html(inv, facts.get("party_tax_id", ""), compact=True))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.table and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_selected()
            return True
        return super().eventFilter(obj, event)

    # --- columns ----------------------------------------------------------------------
    def _on_header_context_menu_requested(self, pos) -> None:
        menu = QMenu(self)
        menu.setObjectName("columnsContextMenu")
        self._fill_columns_menu(menu)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        hh = self.table.horizontalHeader()
        visible = sum(not hh.isSectionHidden(i) for i in range(len(COLUMN_KEYS)))
        for i, key in enumerate(COLUMN_KEYS):
            a = menu.addAction(self.model.column_title(key))
            a.setObjectName(f"column_{key}")
            a.setCheckable(True)
            a.setChecked(not hh.isSectionHidden(i))
            a.setEnabled(hh.isSectionHidden(i) or visible > 1)
            a.toggled.connect(lambda on, col=i: self.set_column_visible(col, on))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_state()

    # ------------------------------------------------------------------- actions ----
    def _update_actions(self) -> None:
        sums = self.selected_summaries() if self.ctx else []
        has_ctx = self.ctx is not None
        role = self.ctx.role if self.ctx else None
        can_edit = has_ctx and has_permission(role, Permission.EDIT)
        self.new_action.setEnabled(can_edit)
        self._set_tip(self.new_action, None if can_edit or not has_ctx else fill(
            "Workflow", "The {role} role may not edit invoices.", {"role": role.value}))
        self.open_action.setEnabled(len(sums) == 1)
        self.print_action.setEnabled(len(sums) == 1)
        self.pdf_action.setEnabled(len(sums) == 1)
        for target, action in self.status_actions.items():
            reason = None
            if not sums:
                reason = ""
            else:
                for s in sums:
                    if target not in allowed_targets(role, Status(s.status)):
                        msg = transition_refusal(role, Status(s.status), target) or ""
                        reason = fill("Workflow", msg, {"role": role.value, "current": s.status,
                                                         "target": target.value})
                        break
            action.setEnabled(reason is None)
            self._set_tip(action, reason or None)
        pay_reason = None
        if len(sums) != 1:
            pay_reason = ""
        elif not has_permission(role, Permission.RECORD_PAYMENT):
            pay_reason = fill("Workflow", "The {role} role may not do this ({permission}).",
                              {"role": role.value, "permission": "record_payment"})
        elif sums[0].status != Status.POSTED.value:
            pay_reason = fill("Workflow", "Payments can be recorded on posted invoices only.", {})
        self.payment_action.setEnabled(pay_reason is None)
        self._set_tip(self.payment_action, pay_reason or None)
        for part in ("connection_ui", "exchange_ui"):
            if hasattr(self, part):
                getattr(self, part).update_actions()

    @staticmethod
    def _set_tip(action: QAction, reason: str | None) -> None:
        base = action.data() or action.text().replace("&", "")
        tip = f"{base}\n{reason}" if reason else base
        action.setToolTip(tip)
        action.setStatusTip(reason or base)

    def action_refusal(self, action: QAction) -> str:
        """Why ``action`` is disabled for the current selection ("" if it is not)."""
        tip = action.toolTip()
        return tip.split("\n", 1)[1] if "\n" in tip else ""

    # --- messages ---------------------------------------------------------------------
    def notify(self, text: str, kind: str = "info") -> None:
        """A non-blocking message above the list (errors stay until the next message)."""
        self.message_bar.setProperty("role", kind)
        self.message_bar.style().unpolish(self.message_bar)
        self.message_bar.style().polish(self.message_bar)
        self.message_bar.setText(text)
        self.message_bar.setVisible(bool(text))
        # an info fades after a while (never over the status bar's count and totals); errors
        # and warnings stay until the next message
        if kind == "info" and text:
            QTimer.singleShot(INFO_MESSAGE_MS, self, lambda t=text: self._expire_info(t))

    def _expire_info(self, text: str) -> None:
        if self.message_bar.text() == text and self.message_bar.property("role") == "info":
            self.message_bar.clear()
            self.message_bar.hide()

    def show_known_error(self, exc: KnownError) -> None:
        if self.stack.currentWidget() is self.list_page:
            self.notify(error_text(exc), "error")
        else:
            QMessageBox.warning(self, self.tr("Invoice Desk"), error_text(exc))

    # --- editor -----------------------------------------------------------------------
    def new_invoice(self) -> InvoiceEditorDialog | None:
        if self.ctx is None or not self.new_action.isEnabled():
            return None
        return self._show_editor(InvoiceEditorDialog(self.ctx, None, None, self))

    def open_selected(self) -> InvoiceEditorDialog | None:
        uuids = self.selected_uuids()
        if self.ctx is None or not uuids:
            return None
        return self.open_invoice(uuids[0])

    def open_invoice(self, uuid: str) -> InvoiceEditorDialog | None:
        try:
            inv, facts = load_invoice(self.ctx.store, uuid)
        except KnownError as exc:
            self.show_known_error(exc)
            return None
        return self._show_editor(InvoiceEditorDialog(self.ctx, inv, facts, self))

    def _show_editor(self, dlg: InvoiceEditorDialog) -> InvoiceEditorDialog:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.invoice_saved.connect(self._on_editor_invoice_saved)
        dlg.finished.connect(lambda _r: self._on_editor_finished(dlg))
        self.current_editor = dlg
        dlg.open()
        self.editor_opened.emit(dlg)
        return dlg

    def _on_editor_invoice_saved(self, uuid: str) -> None:
        self.sync_ui.notify_local_change()
        self.model.refresh()
        self._reselect([uuid])
        self._update_preview()

    def _on_editor_finished(self, dlg) -> None:
        if self.current_editor is dlg:
            self.current_editor = None
        self.table.setFocus()

    # --- workflow ---------------------------------------------------------------------
    def change_status(self, target: Status) -> None:
        if self.ctx is None:
            return
        action = self.status_actions[target]
        if not action.isEnabled():
            reason = self.action_refusal(action)
            if reason:
                self.notify(reason, "error")
            return
        svc = self.ctx.service()
        done, problems = 0, []
        for s in self.selected_summaries():
            try:
                svc.change_status(s.uuid, target)
                done += 1
            except ValidationFailed as exc:
                problems.append(f"{s.number}: {error_text(exc)}")
            except KnownError as exc:
                problems.append(f"{s.number}: {error_text(exc)}")
        keep = self.selected_uuids()
        self.sync_ui.notify_local_change()
        self.model.refresh()
        self._reselect(keep)
        self._update_preview()
        if problems:
            self.notify(self.tr("%n invoice(s) changed.", "", done) + "\n" + "\n".join(problems),
                        "error")
        else:
            self.notify(self.tr("%n invoice(s) changed.", "", done), "info")

    def record_payment(self) -> None:
        sums = self.selected_summaries()
        if self.ctx is None or len(sums) != 1 or not self.payment_action.isEnabled():
            return
        s = sums[0]
        dlg = PaymentDialog(s.number, s.outstanding, s.currency, self)
        if not self.exec_dialog(dlg) or dlg.payment is None:
            return
        try:
            self.ctx.service().record_payment(s.uuid, dlg.payment)
        except KnownError as exc:
            self.notify(error_text(exc), "error")
            return
        self.sync_ui.notify_local_change()
        self.refresh()
        self.notify(self.tr("Payment recorded."), "info")

    def exec_dialog(self, dlg) -> int:
        """Run a modal dialog (tests replace this to answer it)."""
        return dlg.exec()

    # --- printing ---------------------------------------------------------------------
    def _selected_invoice(self):
        uuids = self.selected_uuids()
        if self.ctx is None or len(uuids) != 1:
            return None, {}
        try:
            return load_invoice(self.ctx.store, uuids[0])
        except NotFound:
            return None, {}

    def print_selected(self) -> None:
        inv, facts = self._selected_invoice()
        if inv is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer)
        printer.setDocName(inv.number or inv.uuid)
        dlg = QPrintDialog(printer, self)
        if self.exec_dialog(dlg):
            invoice_document(inv, facts.get("party_tax_id", "")).print_(printer)

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        inv, facts = self._selected_invoice()
        if inv is None:
            return None
        if path is None:
            default = str(Path.home() / f"{inv.number or inv.uuid}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), default,
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        path = Path(path)
        export_pdf(inv, path, facts.get("party_tax_id", ""))
        self.notify(self.tr("Saved {file}.").format(file=str(path)), "info")
        return path

    # --- settings ---------------------------------------------------------------------
    def show_settings(self) -> None:
        lang = self.languages.language if self.languages else "en"
        dlg = SettingsDialog(lang, self.ctx.profile if self.ctx else None, self,
                             registry=self.registry)
        if not self.exec_dialog(dlg):
            return
        self.apply_settings(dlg.language(), dlg.role())

    def apply_settings(self, language: str, role: str | None) -> None:
        if self.languages is not None and language != self.languages.language:
            self.languages.apply(language)
            settings.set_str("ui/language", language)
        if role and self.ctx is not None and not self.ctx.profile.connected \
                and role != self.ctx.profile.local_role:
            self.ctx.profile.local_role = role
            self.registry.update(self.ctx.profile)
            self._update_profile_label()
            self._update_actions()

    # ---------------------------------------------------------------- persistence ----
    def _restore_state(self) -> None:
        geo = settings.get_bytes("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        state = settings.get_bytes("main/state")
        if state is not None:
            self.restoreState(state)
        header = settings.get_bytes("main/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        split = settings.get_bytes("main/splitter")
        if split is not None:
            self.splitter.restoreState(split)
        hh = self.table.horizontalHeader()
        col = hh.sortIndicatorSection()
        if 0 <= col < len(COLUMN_KEYS):
            self.model._query = replace(
                self.model.query(), sort=COLUMN_KEYS[col],
                descending=hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def _save_state(self) -> None:
        settings.set_bytes("main/geometry", self.saveGeometry())
        settings.set_bytes("main/state", self.saveState())
        settings.set_bytes("main/header", self.table.horizontalHeader().saveState())
        settings.set_bytes("main/splitter", self.splitter.saveState())

    def shutdown(self) -> None:
        """Stop background jobs and close the store (the window may be closed or not)."""
        self.sync_ui.shutdown()
        self.runner.shutdown()
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.current_editor is not None and not self.current_editor.close():
            event.ignore()
            return
        self._save_state()
        self.shutdown()
        super().closeEvent(event)

    # for tests and the tutorial
    def select_row(self, row: int) -> QModelIndex:
        idx = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return idx
