"""Parties: rows ↔ domain records, and resolving a party named in JSON or a file."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import NotFound
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.invoice_json import PartyRef
from ..domain.records import Party, PartyRole
from .models import PartyRow


def to_domain(row: PartyRow) -> Party:
    return Party(name=row.name, role=PartyRole(row.role), tax_id=row.tax_id, country=row.country,
                 address=row.address, contact=row.contact, uuid=row.uuid)


def apply(row: PartyRow, party: Party) -> None:
    row.name = party.name.strip()
    row.role = party.role.value
    row.tax_id = party.tax_id.strip()
    row.country = party.country.strip().upper()
    row.address = party.address
    row.contact = party.contact


def snapshot(party: Party) -> dict:
    return {"name": party.name, "role": party.role.value, "tax_id": party.tax_id,
            "country": party.country, "address": party.address, "contact": party.contact}


def by_uuid(s: Session, uuid: str) -> PartyRow | None:
    return s.execute(select(PartyRow).where(PartyRow.uuid == uuid)).scalar_one_or_none()


def get(s: Session, uuid: str) -> PartyRow:
    row = by_uuid(s, uuid)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no party {uuid}."), uuid=uuid)
    return row


def find(s: Session, ref: PartyRef) -> PartyRow | None:
    """Match by uuid, then tax ID, then exact name (case-insensitive)."""
    if ref.uuid:
        row = by_uuid(s, ref.uuid)
        if row is not None:
            return row
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no party {uuid}."), uuid=ref.uuid)
    if ref.tax_id:
        row = s.execute(select(PartyRow).where(PartyRow.tax_id == ref.tax_id.strip())
                        .limit(1)).scalar_one_or_none()
        if row is not None:
            return row
    if ref.name:
        return s.execute(select(PartyRow).where(func.lower(PartyRow.name)
                                                == ref.name.strip().lower())
                         .order_by(PartyRow.id).limit(1)).scalar_one_or_none()
    return None


def search(s: Session, text: str, limit: int = 20) -> list[Party]:
    """Parties whose name or tax ID contains ``text`` (for the party picker)."""
    pattern = f"%{escape_like(text)}%"
    q = (select(PartyRow).where(PartyRow.name.like(pattern, escape="\\")
                                | PartyRow.tax_id.like(pattern, escape="\\"))
         .order_by(PartyRow.name).limit(limit))
    return [to_domain(r) for r in s.execute(q).scalars()]


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
