"""The transactional outbox: local changes waiting for the sync engine, in order."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from .models import OutboxRow, utcnow

# Operations, in the order sync pushes them for one record.
OP_CREATE = "create"
OP_UPDATE = "update"
OP_STATUS = "status"
OP_PAYMENT = "payment"
OP_PARTY = "party"


def enqueue(s: Session, entity: str, entity_uuid: str, op: str,
            payload: dict[str, Any] | None = None) -> OutboxRow:
    row = OutboxRow(entity=entity, entity_uuid=entity_uuid, op=op,
                    payload=json.dumps(payload or {}, ensure_ascii=False, default=str))
    s.add(row)
    return row


def pending(s: Session, now: datetime | None = None, limit: int = 500) -> list[OutboxRow]:
    """Entries due now, oldest first."""
    now = now or utcnow()
    q = (select(OutboxRow)
         .where((OutboxRow.next_attempt_at.is_(None)) | (OutboxRow.next_attempt_at <= now))
         .order_by(OutboxRow.id).limit(limit))
    return list(s.execute(q).scalars())


def count(s: Session) -> int:
    return s.execute(select(func.count(OutboxRow.id))).scalar_one()


def done(s: Session, ids: list[int]) -> None:
    if ids:
        s.execute(delete(OutboxRow).where(OutboxRow.id.in_(ids)))


def for_entity(s: Session, entity_uuid: str) -> list[OutboxRow]:
    return list(s.execute(select(OutboxRow).where(OutboxRow.entity_uuid == entity_uuid)
                          .order_by(OutboxRow.id)).scalars())
