"""Import and export in the window: File ▸ Import…, Export…, Export e-invoice…
GUI thread only; the work runs on the window's task runner."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..domain.workflow import Permission, has_permission

# The dialogs (and openpyxl behind them) are imported when first opened: ~0.2 s of start-up.


class ExchangeUi(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QAction(window)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.show_import)
        self.export_action = QAction(window)
        self.export_action.setObjectName("exportAction")
        self.export_action.triggered.connect(self.show_export)
        self.export_ubl_action = QAction(window)
        self.export_ubl_action.setObjectName("exportEInvoiceAction")
        self.export_ubl_action.triggered.connect(self.show_export_einvoice)
        for a in (self.import_action, self.export_action, self.export_ubl_action):
            window.addAction(a)
        menu = window.file_menu
        anchor = window.settings_action
        menu.insertAction(anchor, self.import_action)
        menu.insertAction(anchor, self.export_action)
        menu.insertAction(anchor, self.export_ubl_action)
        menu.insertSeparator(anchor)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.import_action.setText(self.tr("&Import…"))
        self.export_action.setText(self.tr("E&xport list…"))
        self.export_ubl_action.setText(self.tr("Export &e-invoice (UBL)…"))
        self.update_actions()

    def update_actions(self) -> None:
        ctx = self.window.ctx
        self.import_action.setEnabled(ctx is not None and has_permission(ctx.role,
                                                                         Permission.EDIT))
        self.export_action.setEnabled(ctx is not None)
        self.export_ubl_action.setEnabled(ctx is not None
                                          and len(self.window.selected_summaries()) == 1)

    def show_import(self):
        from .dialogs.import_wizard import ImportWizard
        w = self.window
        if w.ctx is None:
            return None
        dlg = ImportWizard(w.ctx, w.runner, w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.imported.connect(self._on_wizard_imported)
        dlg.open()
        return dlg

    def show_export(self):
        from .dialogs.export_dialog import ExportDialog
        w = self.window
        if w.ctx is None:
            return None
        dlg = ExportDialog(w.ctx, w.runner, w.model.query(), count=w.model.stats().count,
                           parent=w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def show_export_einvoice(self):
        from .dialogs.export_dialog import ExportDialog
        w = self.window
        sums = w.selected_summaries()
        if w.ctx is None or len(sums) != 1:
            return None
        dlg = ExportDialog.for_einvoice(w.ctx, w.runner, sums[0].uuid, sums[0].number, w)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def _on_wizard_imported(self, count: int) -> None:
        self.window.refresh()
        if count:
            self.window.sync_ui.notify_local_change()
