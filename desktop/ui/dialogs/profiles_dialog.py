"""The list of profiles: switch to one, add an ERP connection, edit a connection."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel,
                               QListView, QPushButton, QVBoxLayout, QWidget)

from ...domain.errors import KnownError
from ...store.profiles import Profile, ProfileRegistry
from ...workers.task import TaskRunner
from ..base_dialog import BaseDialog
from ..labels import error_text
from .connection_dialog import CONNECTED_KINDS, ConnectionDialog

IdRole = Qt.ItemDataRole.UserRole + 1


class ProfilesDialog(BaseDialog):
    """GUI thread only. Reads profiles.json (not the store) when shown and after each change.

    ``profile_chosen(id)`` asks the window to open that profile (the dialog then closes).
    Add/Edit open a ConnectionDialog (window-modal, never a blocking exec); it is kept in
    ``connection_dialog`` while open.
    """

    settings_key = "profiles_dialog"
    help_topic = "profiles"

    profile_chosen = Signal(str)
    profiles_changed = Signal()            # one was added or edited

    def __init__(self, registry: ProfileRegistry, current_id: str | None = None,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilesDialog")
        self.registry = registry
        self.current_id = current_id
        self.runner = runner
        self.connection_dialog: ConnectionDialog | None = None
        self._profiles: list[Profile] = []
        self.model = QStandardItemModel(self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("profileList")
        self.list_view.setModel(self.model)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSpacing(2)
        self.list_view.doubleClicked.connect(lambda _i: self.choose())
        self.list_view.selectionModel().currentChanged.connect(
            self._on_list_view_current_changed)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openProfileButton")
        self.open_button.clicked.connect(self.choose)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addConnectionButton")
        self.add_button.clicked.connect(self.add_connection)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editConnectionButton")
        self.edit_button.clicked.connect(self.edit_connection)
        self.message = QLabel(self)
        self.message.setObjectName("profilesMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("profilesButtons")
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        for b in (self.open_button, self.add_button, self.edit_button):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list_view, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 340)
        self.reload()
        self.retranslate_ui()

    # ---------------------------------------------------------------- translation ----
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Profiles"))
        self.open_button.setText(self.tr("&Open"))
        self.add_button.setText(self.tr("&Add ERP connection…"))
        self.edit_button.setText(self.tr("&Edit connection…"))
        self._fill()

    def kind_label(self, kind: str) -> str:
        return {"offline": self.tr("Offline, this computer only"),
                "practice": self.tr("Practice ERP (built in)"),
                "rest": self.tr("REST"), "tryton": self.tr("Tryton")}.get(kind, kind)

    def profile_name(self, p: Profile) -> str:
        """The built-in profiles' names in the window's language (as the main window)."""
        if p.kind == "practice":
            return self.tr("Practice")
        if p.id == "local" and p.name == "Local (offline)":
            return self.tr("Local (offline)")
        return p.name

    # ----------------------------------------------------------------------- list ----
    def reload(self, select_id: str | None = None) -> None:
        """Read profiles.json again (a damaged file is reported in the dialog)."""
        try:
            self._profiles = self.registry.list()
        except KnownError as exc:
            self._profiles = []
            self.message.setText(error_text(exc))
            self.message.show()
        else:
            self.message.hide()
        self._fill(select_id)

    def _fill(self, select_id: str | None = None) -> None:
        keep = select_id or self.selected_id() or self.current_id
        self.model.clear()
        for p in self._profiles:
            where = p.url if p.connected else ""
            text = self.profile_name(p) + "\n" + " · ".join(filter(None, [self.kind_label(p.kind), where]))
            if p.id == self.current_id:
                text += "  " + self.tr("(open now)")
            item = QStandardItem(text)
            item.setData(p.id, IdRole)
            item.setToolTip(p.url or p.name)
            if p.id == self.current_id:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.model.appendRow(item)
        row = next((i for i, p in enumerate(self._profiles) if p.id == keep), 0)
        if self._profiles:
            self.list_view.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def selected_id(self) -> str | None:
        idx = self.list_view.currentIndex()
        return idx.data(IdRole) if idx.isValid() else None

    def selected_profile(self) -> Profile | None:
        pid = self.selected_id()
        return next((p for p in self._profiles if p.id == pid), None)

    def select(self, profile_id: str) -> None:
        self._fill(profile_id)

    def _on_list_view_current_changed(self, *_args) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.selected_profile()
        self.open_button.setEnabled(p is not None)
        self.edit_button.setEnabled(p is not None and p.kind in CONNECTED_KINDS)

    # -------------------------------------------------------------------- actions ----
    def choose(self) -> None:
        pid = self.selected_id()
        if pid is None:
            return
        self.profile_chosen.emit(pid)
        self.accept()

    def add_connection(self) -> ConnectionDialog:
        return self._open_connection(None)

    def edit_connection(self) -> ConnectionDialog | None:
        p = self.selected_profile()
        if p is None or p.kind not in CONNECTED_KINDS:
            return None
        return self._open_connection(p)

    def _open_connection(self, profile: Profile | None) -> ConnectionDialog:
        dlg = ConnectionDialog(self.registry, profile, self.runner, self)
        dlg.profile_saved.connect(self._on_connection_dialog_profile_saved)
        dlg.finished.connect(lambda _r: setattr(self, "connection_dialog", None))
        self.connection_dialog = dlg
        dlg.open()
        return dlg

    def _on_connection_dialog_profile_saved(self, profile_id: str) -> None:
        self.reload(profile_id)
        self.profiles_changed.emit()
