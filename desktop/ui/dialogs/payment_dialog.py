"""Record a payment on a posted invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from ...domain.errors import BadInput
from ...domain.money import parse_decimal
from ...domain.records import Payment
from ..base_dialog import BaseDialog
from ..labels import error_text, format_money
from ..widgets.marks import mark_invalid


class PaymentDialog(BaseDialog):
    """GUI thread only. ``payment`` is set after ``accept``."""

    settings_key = "payment_dialog"
    help_topic = "payments"

    def __init__(self, number: str, outstanding: Decimal, currency: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.number, self.outstanding, self.currency = number, outstanding, currency
        self.payment: Payment | None = None
        self.info = QLabel(self)
        self.amount_edit = QLineEdit(f"{outstanding:f}", self)
        self.amount_edit.setObjectName("paymentAmountEdit")
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("paymentDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        t = date.today()
        self.date_edit.setDate(QDate(t.year, t.month, t.day))
        self.method_edit = QLineEdit(self)
        self.method_edit.setObjectName("paymentMethodEdit")
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setObjectName("paymentReferenceEdit")
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.hide()
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for label, w in zip(self.labels, (self.amount_edit, self.date_edit, self.method_edit,
                                          self.reference_edit)):
            label.setBuddy(w)
            self.form.addRow(label, w)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Record payment"))
        self.info.setText(self.tr("Invoice {number}: {amount} {currency} outstanding").format(
            number=self.number, amount=format_money(self.outstanding), currency=self.currency))
        for label, text in zip(self.labels, (self.tr("&Amount:"), self.tr("&Date:"),
                                             self.tr("&Method:"), self.tr("&Reference:"))):
            label.setText(text)
        self.method_edit.setPlaceholderText(self.tr("bank transfer, cash…"))

    def _on_buttons_accepted(self) -> None:
        try:
            amount = parse_decimal(self.amount_edit.text(), what="amount")
        except BadInput as exc:
            mark_invalid(self.amount_edit, error_text(exc))
            self.error.setText(error_text(exc))
            self.error.show()
            return
        if amount <= 0:
            msg = self.tr("A payment must be more than zero.")
            mark_invalid(self.amount_edit, msg)
            self.error.setText(msg)
            self.error.show()
            return
        self.payment = Payment(amount=amount, date=self.date_edit.date().toPython(),
                               method=self.method_edit.text().strip(),
                               reference=self.reference_edit.text().strip())
        self.accept()
