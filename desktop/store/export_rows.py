"""What an export needs beyond a list page, read for a whole page in a few queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.records import Invoice, Party
from . import invoice_repo, party_repo
from .models import InvoiceRow, PartyRow

CHUNK = 500   # ids per IN (...) list


@dataclass(frozen=True, slots=True)
class ExportDetails:
    """The columns of an exported list row that an InvoiceSummary does not carry."""

    party_tax_id: str
    party_country: str
    notes: str
    external_ref: str
    payment_terms: str


def details(s: Session, ids: Sequence[int]) -> dict[int, ExportDetails]:
    """Invoice id → its party's tax ID and country, its notes, reference and terms."""
    out: dict[int, ExportDetails] = {}
    for i in range(0, len(ids), CHUNK):
        stmt = (select(InvoiceRow.id, PartyRow.tax_id, PartyRow.country, InvoiceRow.notes,
                       InvoiceRow.external_ref, InvoiceRow.payment_terms)
                .join(PartyRow, PartyRow.id == InvoiceRow.party_id)
                .where(InvoiceRow.id.in_(ids[i:i + CHUNK])))
        for r in s.execute(stmt):
            out[r[0]] = ExportDetails(r[1] or "", r[2] or "", r[3] or "", r[4] or "", r[5] or "")
    return out


def invoices(s: Session, ids: Sequence[int]) -> list[tuple[Invoice, Party]]:
    """The invoices (with lines and payments) and their parties, in the order of ``ids``;
    three queries per CHUNK ids instead of three per invoice."""
    by_id: dict[int, tuple[Invoice, Party]] = {}
    for i in range(0, len(ids), CHUNK):
        rows = s.execute(select(InvoiceRow).where(InvoiceRow.id.in_(ids[i:i + CHUNK])))
        for row in rows.scalars():
            by_id[row.id] = (invoice_repo.to_domain(row), party_repo.to_domain(row.party))
    return [by_id[i] for i in ids if i in by_id]
