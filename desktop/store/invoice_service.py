"""Every local change goes through here: the record, an outbox entry and an audit event are
written in ONE transaction (BEGIN IMMEDIATE), so nothing is saved and then forgotten by sync,
and nothing is changed without a trace.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from ..domain.duplicates import DuplicateWarning, find_duplicates
from ..domain.errors import BadInput, KnownError, PermissionDenied, ValidationFailed
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.invoice_json import PartyRef, invoice_to_json
from ..domain.records import Invoice, Party, PartyRole, Payment, Status, SyncState
from ..domain.totals import compute_totals
from ..domain.validation import validate_invoice, validate_party
from ..domain.workflow import (IMMUTABLE_STATES, Permission, Role, edit_refusal, has_permission,
                               transition_refusal)
from . import balances, invoice_repo, outbox, party_repo, search
from .models import InvoiceRow, PartyRow
from .store import Store

_RANK = {Status.DRAFT: 0, Status.SUBMITTED: 1, Status.APPROVED: 2, Status.POSTED: 3,
         Status.PAID: 4, Status.CANCELLED: 5}

ENTITY_INVOICE = "invoice"
ENTITY_PARTY = "party"

# Fields compared to find what an edit changed (for the workflow rule and the audit event).
COMPARED = ("kind", "number", "party", "issue_date", "due_date", "currency", "payment_terms",
            "notes", "external_ref", "is_credit_note", "credit_note_of", "lines")


class ChangedMeanwhile(KnownError):
    """The record changed under an open editor."""


@dataclass(frozen=True, slots=True)
class SaveResult:
    uuid: str
    warnings: list[DuplicateWarning] = field(default_factory=list)


def _snapshot(inv: Invoice, tax_id: str = "", totals=None) -> dict:
    d = invoice_to_json(inv, party_tax_id=tax_id, totals=totals)
    d.pop("totals", None)
    d.pop("payment_state", None)
    return d


def _changed(before: dict, after: dict) -> dict[str, tuple]:
    out = {}
    for k in COMPARED:
        b, a = before.get(k), after.get(k)
        if k == "party":
            b, a = (b or {}).get("uuid"), (a or {}).get("uuid")
        if b != a:
            out[k] = (before.get(k), after.get(k))
    return out


class InvoiceService:
    """The write side of the store for one user (``actor``) acting in ``role``.

    Runs on whichever thread calls it; each method is one short write transaction.
    """

    def __init__(self, store: Store, actor: str, role: Role,
                 extra_rates: tuple = (), first_push: Status | None = None) -> None:
        self.store = store
        self.actor = actor
        self.role = role
        self.extra_rates = tuple(extra_rates)
        # on a profile that syncs: the status that first sends an invoice to the ERP, so the
        # list shows "waiting to sync" from then on (None: offline, never)
        self.first_push = first_push

    # --- parties ----------------------------------------------------------------------
    def add_party(self, party: Party) -> Party:
        self._require(Permission.EDIT)
        problems = validate_party(party)
        if problems:
            raise ValidationFailed(problems)
        with self.store.db.write() as s:
            row = self._insert_party(s, party)
            return party_repo.to_domain(row)

    def update_party(self, party: Party) -> Party:
        self._require(Permission.EDIT)
        problems = validate_party(party)
        if problems:
            raise ValidationFailed(problems)
        with self.store.db.write() as s:
            row = party_repo.get(s, party.uuid)
            before = party_repo.snapshot(party_repo.to_domain(row))
            renamed = row.name != party.name.strip()
            party_repo.apply(row, party)
            row.updated_at = row.updated_at.__class__.now()
            if row.sync_state == SyncState.SYNCED.value:
                row.sync_state = SyncState.PENDING.value
            s.flush()
            if renamed:
                search.reindex_party(s, row.id)
            after = party_repo.snapshot(party)
            self.store.audit_log().append(s, self.actor, "update", ENTITY_PARTY, row.uuid,
                                          before, after)
            outbox.enqueue(s, ENTITY_PARTY, row.uuid, outbox.OP_PARTY)
            return party_repo.to_domain(row)

    def _insert_party(self, s: Session, party: Party) -> PartyRow:
        row = PartyRow(uuid=party.uuid)
        party_repo.apply(row, party)
        s.add(row)
        s.flush()
        self.store.audit_log().append(s, self.actor, "create", ENTITY_PARTY, row.uuid, None,
                                      party_repo.snapshot(party))
        outbox.enqueue(s, ENTITY_PARTY, row.uuid, outbox.OP_PARTY)
        return row

    def _resolve_party(self, s: Session, ref: PartyRef | None, party_uuid: str,
                       role: PartyRole) -> PartyRow:
        if ref is None:
            if not party_uuid:
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "Choose a customer or supplier."))
            return party_repo.get(s, party_uuid)
        row = party_repo.find(s, ref)
        if row is not None:
            return row
        if not ref.name.strip():
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "No party has the tax ID {tax_id}; give "
                                                       "its name to create it."), tax_id=ref.tax_id)
        party = Party(name=ref.name.strip(), role=role, tax_id=ref.tax_id, country=ref.country)
        problems = validate_party(party)
        if problems:
            raise ValidationFailed(problems)
        return self._insert_party(s, party)

    # --- invoices ---------------------------------------------------------------------
    def create_invoice(self, inv: Invoice, party_ref: PartyRef | None = None) -> SaveResult:
        """Save a new draft. Raises ValidationFailed with every problem, writes nothing then."""
        self._require(Permission.EDIT)
        inv.status = Status.DRAFT
        with self.store.db.write() as s:
            role = PartyRole.CUSTOMER if inv.kind.value == "sale" else PartyRole.SUPPLIER
            party = self._resolve_party(s, party_ref, inv.party_uuid, role)
            inv.party_uuid, inv.party_name = party.uuid, party.name
            self._validate(inv)
            if invoice_repo.by_uuid(s, inv.uuid) is not None:
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "An invoice {uuid} exists already."),
                               uuid=inv.uuid)
            warnings = self._duplicates(s, party.id, inv)
            row = InvoiceRow()
            invoice_repo.apply(row, inv, party)
            s.add(row)
            s.flush()
            search.reindex(s, row.id)
            self.store.audit_log().append(s, self.actor, "create", ENTITY_INVOICE, inv.uuid, None,
                                          _snapshot(inv, party.tax_id))
            outbox.enqueue(s, ENTITY_INVOICE, inv.uuid, outbox.OP_CREATE)
            return SaveResult(inv.uuid, warnings)

    def update_invoice(self, inv: Invoice, party_ref: PartyRef | None = None,
                       expected_stamp=None) -> SaveResult:
        """Save an edit. ``expected_stamp``: the ``updated_at`` the editor loaded; if the
        record changed since (sync brought an ERP change), nothing is written — the clerk's
        edit is never saved over a change they have not seen."""
        with self.store.db.write() as s:
            row = invoice_repo.get(s, inv.uuid)
            if expected_stamp is not None and row.updated_at != expected_stamp:
                raise ChangedMeanwhile(QT_TRANSLATE_NOOP(
                    "Errors", "This invoice was changed while you edited it (sync brought a "
                              "change from the ERP). Your edit is still in the editor: close "
                              "it, open the invoice again and redo the edit."))
            current = invoice_repo.to_domain(row)
            role = PartyRole.CUSTOMER if inv.kind.value == "sale" else PartyRole.SUPPLIER
            party = self._resolve_party(s, party_ref, inv.party_uuid, role)
            inv.party_uuid, inv.party_name = party.uuid, party.name
            inv.status = current.status
            inv.payments = current.payments   # payments change through record_payment only
            before, after = _snapshot(current, row.party.tax_id), _snapshot(inv, party.tax_id)
            changed = _changed(before, after)
            if not changed:
                return SaveResult(inv.uuid)
            refusal = edit_refusal(self.role, current.status, set(changed))
            if refusal:
                raise PermissionDenied(refusal, role=self.role.value,
                                       fields=", ".join(sorted(changed)))
            self._validate(inv)
            warnings = self._duplicates(s, party.id, inv)
            old_party_id = row.party_id
            invoice_repo.apply(row, inv, party)
            if row.sync_state in (SyncState.SYNCED.value, SyncState.REJECTED.value):
                row.sync_state = SyncState.PENDING.value
                row.sync_message = ""
            s.flush()
            search.reindex(s, row.id)
            balances.recompute(s, {old_party_id, party.id})
            self.store.audit_log().append(
                s, self.actor, "update", ENTITY_INVOICE, inv.uuid,
                {k: v[0] for k, v in changed.items()}, {k: v[1] for k, v in changed.items()})
            outbox.enqueue(s, ENTITY_INVOICE, inv.uuid, outbox.OP_UPDATE,
                           {"fields": sorted(changed)})
            return SaveResult(inv.uuid, warnings)

    def change_status(self, uuid: str, target: Status) -> Invoice:
        with self.store.db.write() as s:
            row = invoice_repo.get(s, uuid)
            current = Status(row.status)
            refusal = transition_refusal(self.role, current, target)
            if refusal:
                raise PermissionDenied(refusal, role=self.role.value, current=current.value,
                                       target=target.value)
            inv = invoice_repo.to_domain(row)
            if target in (Status.SUBMITTED, Status.APPROVED, Status.POSTED):
                self._validate(inv)
            row.status = target.value
            inv.status = target
            if row.sync_state == SyncState.SYNCED.value:
                row.sync_state = SyncState.PENDING.value
            elif (row.sync_state == SyncState.LOCAL_ONLY.value and self.first_push is not None
                  and target != Status.CANCELLED and _RANK[target] >= _RANK[self.first_push]):
                row.sync_state = SyncState.PENDING.value
            s.flush()
            balances.recompute(s, {row.party_id})
            self.store.audit_log().append(s, self.actor, "status", ENTITY_INVOICE, uuid,
                                          {"status": current.value}, {"status": target.value})
            outbox.enqueue(s, ENTITY_INVOICE, uuid, outbox.OP_STATUS,
                           {"from": current.value, "to": target.value})
            return inv

    def record_payment(self, uuid: str, payment: Payment) -> Invoice:
        self._require(Permission.RECORD_PAYMENT)
        with self.store.db.write() as s:
            row = invoice_repo.get(s, uuid)
            inv = invoice_repo.to_domain(row)
            if inv.status not in (Status.POSTED, Status.PAID):
                raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "Workflow", "Payments can be recorded on posted invoices only."))
            if payment.amount <= 0:
                raise BadInput(QT_TRANSLATE_NOOP("Errors", "A payment must be more than zero."))
            inv.payments.append(payment)
            totals = compute_totals(inv)
            before_status = inv.status
            inv.status = Status.PAID if totals.outstanding <= 0 else Status.POSTED
            party = row.party
            invoice_repo.apply(row, inv, party)
            s.flush()
            balances.recompute(s, {row.party_id})
            self.store.audit_log().append(
                s, self.actor, "payment", ENTITY_INVOICE, uuid, {"status": before_status.value},
                {"status": inv.status.value, "payment": {"uuid": payment.uuid,
                                                         "amount": str(payment.amount),
                                                         "date": payment.date.isoformat()}})
            outbox.enqueue(s, ENTITY_INVOICE, uuid, outbox.OP_PAYMENT, {"payment": payment.uuid})
            return inv

    # --- helpers ----------------------------------------------------------------------
    def _require(self, perm: Permission) -> None:
        if not has_permission(self.role, perm):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Workflow", "The {role} role may not do "
                                                                 "this ({permission})."),
                                   role=self.role.value, permission=perm.value)

    def _validate(self, inv: Invoice) -> None:
        problems = validate_invoice(inv, self.extra_rates)
        if problems:
            raise ValidationFailed(problems)

    def _duplicates(self, s: Session, party_id: int, inv: Invoice) -> list[DuplicateWarning]:
        gross = compute_totals(inv).gross
        return find_duplicates(inv.uuid, inv.kind.value, inv.party_uuid, inv.number,
                               inv.external_ref, inv.issue_date, gross,
                               invoice_repo.duplicate_candidates(s, party_id, inv))


def load_invoice(store: Store, key: str) -> tuple[Invoice, dict]:
    """An invoice and its store-side facts (sync state, message, party tax ID)."""
    with store.db.read() as s:
        row = invoice_repo.get(s, key)
        return invoice_repo.to_domain(row), {
            "sync_state": row.sync_state, "sync_message": row.sync_message,
            "party_tax_id": row.party.tax_id, "erp_id": row.erp_id,
            "updated_at": row.updated_at}


__all__ = ["InvoiceService", "SaveResult", "load_invoice", "IMMUTABLE_STATES"]
