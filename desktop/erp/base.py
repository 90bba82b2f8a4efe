"""The contract every ERP connector implements; connectors speak domain records only.

A connector instance belongs to ONE thread (it owns a requests.Session): the sync worker
makes its own. Every method raises only the typed errors of ``desktop.domain.errors``
(ErpOffline, ErpAuthError, ErpPermissionError, ErpRejected, ErpConflict, ErpRateLimited,
ErpNeedsConfirmation, ErpBug).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Protocol, runtime_checkable

from ..domain.records import Invoice, Party, Payment, Status
from ..domain.workflow import Role


@dataclass(frozen=True, slots=True)
class Capabilities:
    push_payments: bool = False      # Tryton: payments are only pulled
    attachments: bool = False
    push_parties: bool = True
    post: bool = True
    cancel: bool = True


@dataclass(frozen=True, slots=True)
class ConnectionInfo:
    """What "Test connection" shows: who we are on which server, and what we may do."""

    erp_name: str
    server_version: str
    user: str
    company: str
    role: Role
    rights: frozenset[str] = frozenset()   # e.g. {"invoice.read", "invoice.write", "invoice.post"}
    warnings: tuple[str, ...] = ()         # e.g. plain HTTP allowed by the profile


@dataclass(frozen=True, slots=True)
class TaxCode:
    erp_id: str
    name: str
    rate: Decimal                          # percent


@dataclass(slots=True)
class RemoteParty:
    erp_id: str
    version: str
    party: Party                           # party.uuid: the local uuid if the ERP knows it


@dataclass(slots=True)
class RemoteInvoice:
    """An invoice as the ERP holds it, mapped to the domain.

    ``invoice.uuid`` is the idempotency key found in the ERP (empty for a record made in the
    ERP itself); ``invoice.status`` is the local state the ERP state maps to; ``erp_state``
    keeps the ERP's own word. ``invoice.party_uuid`` is empty: use ``party_erp_id``.
    """

    erp_id: str
    version: str
    invoice: Invoice
    party_erp_id: str
    erp_state: str
    modified: datetime | None = None
    payments: list[Payment] = field(default_factory=list)


@dataclass(slots=True)
class ChangePage:
    invoices: list[RemoteInvoice]
    parties: list[RemoteParty]
    cursor: str                            # opaque; pass it to the next pull
    more: bool                             # another page is waiting


@runtime_checkable
class Connector(Protocol):
    name: str
    capabilities: Capabilities
    first_push_status: Status              # the local state that first sends an invoice

    def test_connection(self) -> ConnectionInfo: ...

    def pull_changes(self, cursor: str | None, limit: int = 500) -> ChangePage: ...

    def list_live_ids(self) -> set[str]: ...

    def fetch_invoice(self, erp_id: str) -> RemoteInvoice: ...

    def find_by_key(self, key: str) -> RemoteInvoice | None: ...

    def create_invoice(self, invoice: Invoice, party_erp_id: str) -> RemoteInvoice: ...

    def update_invoice(self, erp_id: str, invoice: Invoice, base_version: str,
                       party_erp_id: str) -> RemoteInvoice: ...

    def post_invoice(self, erp_id: str) -> RemoteInvoice: ...

    def cancel_invoice(self, erp_id: str) -> RemoteInvoice: ...

    def upsert_party(self, party: Party, erp_id: str | None = None) -> RemoteParty: ...

    def find_party(self, party: Party) -> RemoteParty | None: ...

    def record_payment(self, erp_id: str, payment: Payment) -> RemoteInvoice: ...

    def list_parties(self) -> list[RemoteParty]: ...

    def list_tax_codes(self) -> list[TaxCode]: ...

    def close(self) -> None: ...
