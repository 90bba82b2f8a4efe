"""Invoices: rows ↔ domain records, totals kept in minor units, and lookups."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.duplicates import DuplicateCandidate
from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.money import from_minor, to_minor
from ..domain.records import Invoice, InvoiceKind, InvoiceLine, Payment, Status
from ..domain.totals import compute_totals, line_net, line_tax
from .models import InvoiceLineRow, InvoiceRow, PartyRow, PaymentRow, utcnow


def to_domain(row: InvoiceRow) -> Invoice:
    cur = row.currency
    return Invoice(
        kind=InvoiceKind(row.kind), party_uuid=row.party.uuid, party_name=row.party.name,
        issue_date=row.issue_date, currency=cur, number=row.number, due_date=row.due_date,
        payment_terms=row.payment_terms, notes=row.notes, external_ref=row.external_ref,
        is_credit_note=row.is_credit_note, credit_note_of=row.credit_note_of,
        status=Status(row.status), uuid=row.uuid,
        lines=[InvoiceLine(description=ln.description, quantity=ln.quantity,
                           unit_price=ln.unit_price, tax_rate=ln.tax_rate, discount=ln.discount,
                           unit=ln.unit, uuid=ln.uuid) for ln in row.lines],
        payments=[Payment(amount=from_minor(p.amount_minor, cur), date=p.date, method=p.method,
                          reference=p.reference, uuid=p.uuid) for p in row.payments],
    )


def apply(row: InvoiceRow, inv: Invoice, party: PartyRow) -> None:
    """Write ``inv`` into ``row`` (lines and payments by identity) with fresh totals."""
    cur = inv.currency
    row.uuid = inv.uuid
    row.kind = inv.kind.value
    row.is_credit_note = inv.is_credit_note
    row.credit_note_of = inv.credit_note_of
    row.number = inv.number.strip()
    row.party = party
    row.issue_date = inv.issue_date
    row.due_date = inv.due_date
    row.currency = cur
    row.payment_terms = inv.payment_terms
    row.notes = inv.notes
    row.external_ref = inv.external_ref.strip()
    row.status = inv.status.value
    t = compute_totals(inv)
    row.net_minor = to_minor(t.net, cur)
    row.tax_minor = to_minor(t.tax, cur)
    row.gross_minor = to_minor(t.gross, cur)
    row.paid_minor = to_minor(t.paid, cur)
    row.outstanding_minor = to_minor(t.outstanding, cur)
    row.updated_at = utcnow()

    existing = {ln.uuid: ln for ln in row.lines}
    new_lines = []
    for pos, ln in enumerate(inv.lines):
        lr = existing.get(ln.uuid) or InvoiceLineRow(uuid=ln.uuid)
        lr.position = pos
        lr.description = ln.description
        lr.quantity = ln.quantity
        lr.unit = ln.unit
        lr.unit_price = ln.unit_price
        lr.discount = ln.discount
        lr.tax_rate = ln.tax_rate
        net = line_net(ln, cur)
        lr.net_minor = to_minor(net, cur)
        lr.tax_minor = to_minor(line_tax(ln, cur, net), cur)
        new_lines.append(lr)
    row.lines = new_lines

    existing_p = {p.uuid: p for p in row.payments}
    new_payments = []
    for p in inv.payments:
        pr = existing_p.get(p.uuid) or PaymentRow(uuid=p.uuid)
        pr.date = p.date
        pr.amount_minor = to_minor(p.amount, cur)
        pr.method = p.method
        pr.reference = p.reference
        new_payments.append(pr)
    row.payments = new_payments


def by_uuid(s: Session, uuid: str) -> InvoiceRow | None:
    return s.execute(select(InvoiceRow).where(InvoiceRow.uuid == uuid)).scalar_one_or_none()


def get(s: Session, key: str) -> InvoiceRow:
    """An invoice by uuid, or by number when exactly one invoice has it."""
    row = by_uuid(s, key)
    if row is None and key:
        rows = list(s.execute(select(InvoiceRow).where(InvoiceRow.number == key).limit(2))
                    .scalars())
        if len(rows) == 1:
            row = rows[0]
        elif len(rows) > 1:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Several invoices have the number {key}; "
                                                       "name it by its uuid."), key=key)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no invoice {key}."), key=key)
    return row


def duplicate_candidates(s: Session, party_id: int, inv: Invoice, window_days: int = 7
                         ) -> list[DuplicateCandidate]:
    """Invoices of the same party that could be the same document as ``inv``."""
    lo, hi = inv.issue_date - timedelta(days=window_days), inv.issue_date + timedelta(days=window_days)
    conds = (InvoiceRow.issue_date.between(lo, hi))
    if inv.number:
        conds = conds | (InvoiceRow.number == inv.number.strip())
    if inv.external_ref:
        conds = conds | (InvoiceRow.external_ref == inv.external_ref.strip())
    q = (select(InvoiceRow.uuid, InvoiceRow.number, InvoiceRow.external_ref, InvoiceRow.issue_date,
                InvoiceRow.gross_minor, InvoiceRow.currency, InvoiceRow.kind)
         .where(InvoiceRow.party_id == party_id, InvoiceRow.status != Status.CANCELLED.value, conds)
         .limit(200))
    return [DuplicateCandidate(uuid=r.uuid, number=r.number, party_uuid=inv.party_uuid,
                               external_ref=r.external_ref, issue_date=r.issue_date,
                               gross=from_minor(r.gross_minor, r.currency), kind=r.kind)
            for r in s.execute(q) if r.currency == inv.currency]
