"""A party field with completion from the store (name or tax ID) and a "New party…" button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ...domain.records import Party
from ...store import party_repo
from ...store.store import Store

PartyRole_ = Qt.ItemDataRole.UserRole + 1


class PartyPicker(QWidget):
    """GUI thread only. Queries the store as the user types (a LIKE on the party table,
    well under a millisecond), never in ``__init__``."""

    party_changed = Signal(object)      # Party | None
    new_party_requested = Signal(str)   # the text typed so far

    def __init__(self, parent=None, *, with_new_button: bool = True,
                 object_name: str = "partyEdit") -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self._party: Party | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName(object_name)
        self.edit.setClearButtonEnabled(True)
        self.setFocusProxy(self.edit)
        self._model = QStandardItemModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.edit)
        self.completer.popup().setObjectName(object_name + "Popup")
        self.completer.activated[QModelIndex].connect(self._on_completer_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.editingFinished.connect(self._on_edit_editing_finished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.new_button: QToolButton | None = None
        if with_new_button:
            self.new_button = QToolButton(self)
            self.new_button.setObjectName("newPartyButton")
            self.new_button.clicked.connect(lambda: self.new_party_requested.emit(self.edit.text()))
            layout.addWidget(self.new_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type a name or tax ID…"))
        if self.new_button is not None:
            self.new_button.setText(self.tr("New party…"))
            self.new_button.setToolTip(self.tr("Add a customer or supplier that is not in the "
                                               "list yet"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- value ----------------------------------------------------------------------
    def party(self) -> Party | None:
        return self._party

    def set_party(self, party: Party | None, *, notify: bool = False) -> None:
        self._party = party
        self.edit.setText(party.name if party else "")
        if notify:
            self.party_changed.emit(party)

    def set_party_silently(self, uuid: str, name: str) -> None:
        """Show a party known only by uuid and name (an invoice being opened)."""
        self._party = Party(name=name, uuid=uuid) if uuid else None
        self.edit.setText(name)

    def set_read_only(self, ro: bool) -> None:
        self.edit.setReadOnly(ro)
        if self.new_button is not None:
            self.new_button.setEnabled(not ro)

    # --- completion -----------------------------------------------------------------
    def search_now(self) -> list[Party]:
        text = self.edit.text().strip()
        found: list[Party] = []
        if text and self.store is not None:
            with self.store.db.read() as s:
                found = party_repo.search(s, text, limit=20)
        self._model.clear()
        for p in found:
            label = f"{p.name}  ·  {p.tax_id}" if p.tax_id else p.name
            item = QStandardItem(label)
            item.setData(p, PartyRole_)
            item.setEditable(False)
            self._model.appendRow(item)
        return found

    def _on_edit_text_edited(self, _text: str) -> None:
        if self._party is not None:
            self._party = None
            self.party_changed.emit(None)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if not self.edit.hasFocus() and not self.edit.isVisible():
            return
        found = self.search_now()
        if found and self.edit.hasFocus():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        party = index.data(PartyRole_)
        if isinstance(party, Party):
            self._timer.stop()
            self.set_party(party, notify=True)

    def _on_edit_editing_finished(self) -> None:
        """Leaving the field with a name typed in full picks that party."""
        if self._party is not None or not self.edit.text().strip():
            return
        if self.completer.popup().isVisible():
            return
        self._timer.stop()
        found = self.search_now()
        text = self.edit.text().strip().lower()
        exact = [p for p in found if p.name.lower() == text or p.tax_id.lower() == text]
        if len(exact) == 1 or len(found) == 1:
            self.set_party((exact or found)[0], notify=True)
