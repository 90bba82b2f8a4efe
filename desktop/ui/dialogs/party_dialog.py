"""A small dialog to add a customer or supplier (validated by the domain, saved by the service)."""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from ...domain.errors import KnownError, ValidationFailed
from ...domain.records import Party, PartyRole
from ..base_dialog import BaseDialog
from ..context import AppContext
from ..labels import error_text, problem_text
from ..widgets.marks import mark_invalid


class PartyDialog(BaseDialog):
    """GUI thread only. ``party`` holds the saved party after ``accept``."""

    settings_key = "party_dialog"
    help_topic = "parties"

    def __init__(self, ctx: AppContext, name: str = "", role: PartyRole = PartyRole.CUSTOMER,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("partyDialog")
        self.ctx = ctx
        self.party: Party | None = None
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setObjectName("partyNameEdit")
        self.tax_edit = QLineEdit(self)
        self.tax_edit.setObjectName("partyTaxIdEdit")
        self.country_edit = QLineEdit("CN", self)
        self.country_edit.setObjectName("partyCountryEdit")
        self.country_edit.setMaxLength(2)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("partyRoleCombo")
        for r in PartyRole:
            self.role_combo.addItem("", r.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("partyErrorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("role", "error")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("partyButtons")
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow("", self.name_edit)
        self.form.addRow("", self.tax_edit)
        self.form.addRow("", self.country_edit)
        self.form.addRow("", self.role_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New party"))
        for row, text in enumerate((self.tr("&Name:"), self.tr("&Tax ID:"),
                                    self.tr("&Country (2 letters):"), self.tr("&Role:"))):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            label.setText(text)
            label.setBuddy(self.form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())
        for i, text in enumerate((self.tr("Customer"), self.tr("Supplier"),
                                  self.tr("Customer and supplier"))):
            self.role_combo.setItemText(i, text)

    def _on_buttons_accepted(self) -> None:
        party = Party(name=self.name_edit.text().strip(),
                      role=PartyRole(self.role_combo.currentData()),
                      tax_id=self.tax_edit.text().strip(),
                      country=self.country_edit.text().strip().upper())
        fields = {"name": self.name_edit, "tax_id": self.tax_edit, "country": self.country_edit}
        for w in fields.values():
            mark_invalid(w, "")
        try:
            self.party = self.ctx.service().add_party(party)
        except ValidationFailed as exc:
            for p in exc.problems:
                if p.field in fields:
                    mark_invalid(fields[p.field], problem_text(p))
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        except KnownError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()
