"""Domain records: invoices, lines, parties, payments, as plain dataclasses.

These are what crosses layers and threads (never ORM rows). Money is Decimal, rates are
percentages, dates are ``datetime.date``.
"""

from __future__ import annotations

import uuid as uuid_mod
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum


def new_uuid() -> str:
    """The identity of a new record (also its idempotency key towards the ERP)."""
    return str(uuid_mod.uuid4())


class InvoiceKind(StrEnum):
    SALE = "sale"          # accounts receivable: we bill a customer
    PURCHASE = "purchase"  # accounts payable: a supplier bills us


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    POSTED = "posted"
    PAID = "paid"
    CANCELLED = "cancelled"


class SyncState(StrEnum):
    LOCAL_ONLY = "local_only"
    PENDING = "pending"
    SYNCED = "synced"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    DELETED_IN_ERP = "deleted_in_erp"


class PartyRole(StrEnum):
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    BOTH = "both"


@dataclass(slots=True)
class Party:
    name: str
    role: PartyRole = PartyRole.CUSTOMER
    tax_id: str = ""
    country: str = ""          # ISO 3166 alpha-2, e.g. "CN", "DE"
    address: str = ""
    contact: str = ""          # person, e-mail or phone as typed
    uuid: str = field(default_factory=new_uuid)


@dataclass(slots=True)
class InvoiceLine:
    description: str
    quantity: Decimal = Decimal("1")
    unit_price: Decimal = Decimal("0")
    tax_rate: Decimal = Decimal("13")      # percent
    discount: Decimal = Decimal("0")       # percent, 0..100
    unit: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(slots=True)
class Payment:
    amount: Decimal
    date: date
    method: str = ""
    reference: str = ""
    uuid: str = field(default_factory=new_uuid)


@dataclass(slots=True)
class Invoice:
    kind: InvoiceKind
    party_uuid: str
    issue_date: date
    currency: str = "CNY"
    number: str = ""
    party_name: str = ""      # denormalised for display; the store fills it
    due_date: date | None = None
    payment_terms: str = ""
    notes: str = ""
    external_ref: str = ""    # the supplier's number, an order number...
    is_credit_note: bool = False
    credit_note_of: str = ""  # uuid of the invoice this credit note reverses
    status: Status = Status.DRAFT
    lines: list[InvoiceLine] = field(default_factory=list)
    payments: list[Payment] = field(default_factory=list)
    uuid: str = field(default_factory=new_uuid)


@dataclass(frozen=True, slots=True)
class Totals:
    net: Decimal
    tax_by_rate: tuple[tuple[Decimal, Decimal], ...]  # (rate %, tax amount), sorted by rate
    tax: Decimal
    gross: Decimal
    paid: Decimal
    outstanding: Decimal


class PaymentState(StrEnum):
    UNPAID = "unpaid"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERPAID = "overpaid"
