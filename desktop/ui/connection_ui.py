"""Profiles and connections in the window: File ▸ Profiles…, File ▸ Connection settings…, the
welcome page's "Connect to an ERP", and the non-modal sign-in prompt when the ERP refuses
the stored credentials. GUI thread only."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ..domain.errors import KnownError
from ..domain.workflow import Permission, has_permission

# The dialogs are imported when first opened (they bring the connectors' modules).

# Profiles with connection settings: the practice profile's hold only its password.
CONNECTED_KINDS = ("rest", "tryton", "practice")


class ConnectionUi(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.profiles_action = QAction(window)
        self.profiles_action.setObjectName("profilesAction")
        self.profiles_action.triggered.connect(self.show_profiles)
        self.connection_action = QAction(window)
        self.connection_action.setObjectName("connectionSettingsAction")
        self.connection_action.triggered.connect(self.edit_connection)
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.profiles_action)
        menu.insertAction(first, self.connection_action)
        menu.insertSeparator(first)
        window.welcome.connect_requested.connect(self.new_connection)
        window.sync_ui.credentials_needed.connect(self._on_sync_credentials_needed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.profiles_action.setText(self.tr("&Profiles…"))
        self.connection_action.setText(self.tr("Co&nnection settings…"))
        self.update_actions()

    def update_actions(self) -> None:
        ctx = self.window.ctx
        connected = ctx is not None and ctx.profile.kind in CONNECTED_KINDS
        self.connection_action.setEnabled(connected)
        self.connection_action.setToolTip(
            "" if connected else self.tr("Only a profile connected to an ERP has connection "
                                         "settings."))

    # --- dialogs ------------------------------------------------------------------------------
    def show_profiles(self):
        from .dialogs.profiles_dialog import ProfilesDialog
        w = self.window
        dlg = ProfilesDialog(w.registry, w.ctx.profile.id if w.ctx else None, w.runner, w)
        dlg.profile_chosen.connect(self._open_profile)
        dlg.profiles_changed.connect(self._reload_current)
        dlg.open()
        return dlg

    def new_connection(self):
        from .dialogs.connection_dialog import ConnectionDialog
        w = self.window
        dlg = ConnectionDialog(w.registry, None, w.runner, w)
        dlg.profile_saved.connect(self._open_profile)
        dlg.open()
        return dlg

    def edit_connection(self):
        from .dialogs.connection_dialog import ConnectionDialog
        w = self.window
        if w.ctx is None or w.ctx.profile.kind not in CONNECTED_KINDS:
            return None
        dlg = ConnectionDialog(w.registry, w.ctx.profile, w.runner, w)
        dlg.profile_saved.connect(self._on_dialog_profile_saved)
        dlg.open()
        return dlg

    # --- slots --------------------------------------------------------------------------------
    def _open_profile(self, profile_id: str) -> None:
        try:
            self.window.open_profile(self.window.registry.get(profile_id))
        except KnownError as exc:
            self.window.show_known_error(exc)

    def _reload_current(self) -> None:
        w = self.window
        if w.ctx is None:
            return
        try:
            w.ctx.profile = w.registry.get(w.ctx.profile.id)
        except KnownError:
            return
        w._update_profile_label()  # noqa: SLF001 - the window's own refresh of its labels
        w._update_actions()  # noqa: SLF001
        self.update_actions()

    def _on_dialog_profile_saved(self, _profile_id: str) -> None:
        self._reload_current()
        self.window.sync_ui.resume_after_sign_in()
        self.window.notify(self.tr("Connection settings saved."), "info")

    def _on_sync_credentials_needed(self, message: str) -> None:
        w = self.window
        text = self.tr("The ERP did not accept the stored sign-in, so sync is paused. "
                       "Open File ▸ Connection settings… to enter the password again.")
        w.notify(text + (" " + message if message else ""), "error")

    def can_change_connection(self) -> bool:
        ctx = self.window.ctx
        return ctx is not None and has_permission(ctx.role, Permission.CHANGE_CONNECTION)
