"""The filter bar above the invoice list: search (debounced), type, status, sync, party, dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit,
                               QWidget)

from ...store.search import InvoiceQuery
from ..labels import status_label, sync_label
from .party_picker import PartyPicker

SEARCH_DEBOUNCE_MS = 250
STATUSES = ("draft", "submitted", "approved", "posted", "paid", "cancelled")
SYNC_STATES = ("local_only", "pending", "synced", "conflict", "rejected")
OPEN_STATUSES = ("draft", "submitted", "approved", "posted")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class FilterBar(QWidget):
    """GUI thread only. Emits ``filters_changed(InvoiceQuery)`` (sort left to the model)."""

    filters_changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(220)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindFilter")
        for v in ("", "sale", "purchase"):
            self.kind_combo.addItem("", v)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem("", "")
        self.status_combo.addItem("", "open")
        for s in STATUSES:
            self.status_combo.addItem("", s)
        self.sync_combo = QComboBox(self)
        self.sync_combo.setObjectName("syncFilter")
        self.sync_combo.addItem("", "")
        for s in SYNC_STATES:
            self.sync_combo.addItem("", s)
        self.party_picker = PartyPicker(self, with_new_button=False, object_name="partyFilter")
        self.party_picker.setMinimumWidth(160)
        self.from_check = QCheckBox(self)
        self.from_check.setObjectName("dateFromCheck")
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("dateFromEdit")
        self.to_check = QCheckBox(self)
        self.to_check.setObjectName("dateToCheck")
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("dateToEdit")
        today = date.today()
        self.from_edit.setDate(_qdate(date(today.year, 1, 1)))
        self.to_edit.setDate(_qdate(today))
        for d in (self.from_edit, self.to_edit):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit, 3)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.status_combo)
        layout.addWidget(self.sync_combo)
        layout.addWidget(self.party_picker, 2)
        layout.addWidget(self.from_check)
        layout.addWidget(self.from_edit)
        layout.addWidget(self.to_check)
        layout.addWidget(self.to_edit)

        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("searchTimer")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self._emit)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        for combo in (self.kind_combo, self.status_combo, self.sync_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.party_picker.party_changed.connect(self._emit)
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        for w in (self.from_check, self.to_check):
            w.toggled.connect(self._emit)
        for w in (self.from_edit, self.to_edit):
            w.dateChanged.connect(self._emit)
        self.retranslate_ui()

    def set_store(self, store) -> None:
        self.party_picker.store = store

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search number, party, notes, lines… "
                                                     "(Ctrl+F)"))
        self.search_edit.setToolTip(self.tr("Searches invoice numbers, party names, notes and "
                                            "line descriptions, in Chinese or English"))
        for i, text in enumerate((self.tr("All types"), self.tr("Sales"),
                                  self.tr("Purchases"))):
            self.kind_combo.setItemText(i, text)
        self.status_combo.setItemText(0, self.tr("All statuses"))
        self.status_combo.setItemText(1, self.tr("Open (not paid or cancelled)"))
        for i, s in enumerate(STATUSES, 2):
            self.status_combo.setItemText(i, status_label(s))
        self.sync_combo.setItemText(0, self.tr("Any sync state"))
        for i, s in enumerate(SYNC_STATES, 1):
            self.sync_combo.setItemText(i, sync_label(s))
        self.party_picker.edit.setPlaceholderText(self.tr("Any party"))
        self.from_check.setText(self.tr("From"))
        self.to_check.setText(self.tr("To"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def apply_to(self, base: InvoiceQuery) -> InvoiceQuery:
        """``base`` (its sort) with this bar's filters."""
        party = self.party_picker.party()
        return replace(
            base, text=self.search_edit.text().strip(),
            kind=self.kind_combo.currentData() or "",
            statuses=self._statuses(),
            sync_states=(self.sync_combo.currentData(),) if self.sync_combo.currentData() else (),
            party_uuid=party.uuid if party else "",
            date_from=self.from_edit.date().toPython() if self.from_check.isChecked() else None,
            date_to=self.to_edit.date().toPython() if self.to_check.isChecked() else None)

    def _statuses(self) -> tuple[str, ...]:
        value = self.status_combo.currentData() or ""
        if value == "open":
            return OPEN_STATUSES
        return (value,) if value else ()

    def flush_search(self) -> None:
        """Apply a pending search now (Enter in the search box, tests, benchmarks)."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self._emit()

    def _emit(self, *_args) -> None:
        self.filters_changed.emit(self)
