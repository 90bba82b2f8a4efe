"""What the sync engine reads and writes in the store. Every function runs inside the
caller's session; the engine keeps each unit short (one record or one page)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..domain.records import Invoice, Party, SyncState
from . import balances, invoice_repo, party_repo, search
from .audit import AuditLog
from .models import (ConflictRow, InvoiceRow, OutboxRow, PartyRow, SyncCursorRow, SyncRunRow,
                     utcnow)


@dataclass(frozen=True, slots=True)
class PendingRecord:
    entity: str
    uuid: str
    outbox_ids: tuple[int, ...]
    ops: tuple[str, ...]


def pending_records(s: Session, now: datetime | None = None) -> list[PendingRecord]:
    """Outbox entries due now, grouped per record, in the order of each record's first entry."""
    now = now or utcnow()
    rows = s.execute(select(OutboxRow.id, OutboxRow.entity, OutboxRow.entity_uuid, OutboxRow.op)
                     .where((OutboxRow.next_attempt_at.is_(None))
                            | (OutboxRow.next_attempt_at <= now))
                     .order_by(OutboxRow.id)).all()
    grouped: dict[tuple[str, str], list] = {}
    for oid, entity, uuid, op in rows:
        grouped.setdefault((entity, uuid), []).append((oid, op))
    return [PendingRecord(e, u, tuple(i for i, _ in v), tuple(o for _, o in v))
            for (e, u), v in grouped.items()]


def outbox_count(s: Session) -> int:
    return s.execute(select(func.count(OutboxRow.id))).scalar_one()


def has_pending(s: Session, uuid: str) -> bool:
    return s.execute(select(func.count(OutboxRow.id)).where(OutboxRow.entity_uuid == uuid)
                     ).scalar_one() > 0


def drop_entries(s: Session, ids: tuple[int, ...] | list[int]) -> None:
    if ids:
        s.execute(delete(OutboxRow).where(OutboxRow.id.in_(list(ids))))


def defer_entries(s: Session, ids, until: datetime, error: str) -> None:
    if ids:
        s.execute(update(OutboxRow).where(OutboxRow.id.in_(list(ids)))
                  .values(attempts=OutboxRow.attempts + 1, next_attempt_at=until,
                          last_error=error[:2000]))


def max_attempts(s: Session, ids) -> int:
    return s.execute(select(func.coalesce(func.max(OutboxRow.attempts), 0))
                     .where(OutboxRow.id.in_(list(ids)))).scalar_one()


def requeue(s: Session, uuid: str) -> None:
    from . import outbox
    outbox.enqueue(s, "invoice", uuid, outbox.OP_UPDATE)


def party_has_linked_invoice(s: Session, party_uuid: str) -> bool:
    return s.execute(select(InvoiceRow.id).join(PartyRow, PartyRow.id == InvoiceRow.party_id)
                     .where(PartyRow.uuid == party_uuid, InvoiceRow.erp_id.is_not(None))
                     .limit(1)).first() is not None


def get_cursor(s: Session, name: str) -> str | None:
    row = s.get(SyncCursorRow, name)
    return row.value if row else None


def set_cursor(s: Session, name: str, value: str) -> None:
    row = s.get(SyncCursorRow, name)
    if row is None:
        s.add(SyncCursorRow(name=name, value=value, updated_at=utcnow()))
    else:
        row.value = value
        row.updated_at = utcnow()


# --- parties ------------------------------------------------------------------------------

def party_by_erp_id(s: Session, erp_id: str) -> PartyRow | None:
    return s.execute(select(PartyRow).where(PartyRow.erp_id == erp_id)).scalar_one_or_none()


def link_party(s: Session, uuid: str, erp_id: str, version: str) -> None:
    row = party_repo.get(s, uuid)
    row.erp_id, row.erp_version, row.sync_state = erp_id, version, SyncState.SYNCED.value


def upsert_remote_party(s: Session, log: AuditLog, actor: str, party: Party, erp_id: str,
                        version: str) -> PartyRow:
    """A party from the ERP: matched by ERP id, then tax ID, then name; never a duplicate."""
    row = party_by_erp_id(s, erp_id)
    if row is None:
        from ..domain.invoice_json import PartyRef
        try:
            row = party_repo.find(s, PartyRef(name=party.name, tax_id=party.tax_id))
        except Exception:  # noqa: BLE001 - a uuid-less ref never raises NotFound
            row = None
    if row is None:
        from ..domain.records import new_uuid
        row = PartyRow(uuid=party.uuid or new_uuid())
        party_repo.apply(row, party)
        row.erp_id, row.erp_version, row.sync_state = erp_id, version, SyncState.SYNCED.value
        s.add(row)
        s.flush()
        log.append(s, actor, "pull", "party", row.uuid, None, party_repo.snapshot(party))
        return row
    if party.role.value == "both" and row.role != "both":
        from ..domain.records import PartyRole  # an ERP without customer/supplier roles
        party.role = PartyRole(row.role)         # keeps ours
    before = party_repo.snapshot(party_repo.to_domain(row))
    after = party_repo.snapshot(party)
    row.erp_id, row.erp_version = erp_id, version
    if before != after and row.sync_state != SyncState.PENDING.value:
        renamed = row.name != party.name
        party_repo.apply(row, party)
        row.sync_state = SyncState.SYNCED.value
        s.flush()
        if renamed:
            search.reindex_party(s, row.id)
        log.append(s, actor, "pull", "party", row.uuid, before, after)
    return row


# --- invoices -----------------------------------------------------------------------------

def invoice_by_erp_id(s: Session, erp_id: str) -> InvoiceRow | None:
    return s.execute(select(InvoiceRow).where(InvoiceRow.erp_id == erp_id)).scalar_one_or_none()


def mark_synced(s: Session, row: InvoiceRow, erp_id: str, version: str, erp_state: str,
                base_snapshot: str) -> None:
    row.erp_id, row.erp_version, row.erp_state = erp_id, version, erp_state
    row.base_snapshot = base_snapshot
    if row.sync_state != SyncState.CONFLICT.value:
        row.sync_state = SyncState.SYNCED.value
        row.sync_message = ""


def mark_state(s: Session, uuid: str, state: SyncState, message: str = "") -> None:
    s.execute(update(InvoiceRow).where(InvoiceRow.uuid == uuid)
              .values(sync_state=state.value, sync_message=message[:2000]))


class PageWrites:
    """Work one pulled page defers to its end, in the same transaction: the search index and
    the party balances of every touched invoice, and the audit events (one chained insert)."""

    def __init__(self, s: Session, log: AuditLog) -> None:
        from .audit import ChainWriter
        self.s = s
        self.chain = ChainWriter(s, log.key)
        self.invoice_ids: set[int] = set()
        self.party_ids: set[int] = set()
        self.rows: list[InvoiceRow] = []     # written without a flush each: ids come at finish
        self.by_erp_id: dict[str, InvoiceRow] = {}
        self.by_uuid: dict[str, InvoiceRow] = {}
        self.parties: dict[str, PartyRow] = {}

    def preload(self, erp_ids: list[str], uuids: list[str], party_erp_ids: list[str]) -> None:
        """Load the page's existing invoices and parties in three queries."""
        for chunk in _chunks(erp_ids):
            for r in self.s.execute(select(InvoiceRow).where(InvoiceRow.erp_id.in_(chunk))
                                    ).scalars():
                self.by_erp_id[r.erp_id] = r
        for chunk in _chunks([u for u in uuids if u]):
            for r in self.s.execute(select(InvoiceRow).where(InvoiceRow.uuid.in_(chunk))
                                    ).scalars():
                self.by_uuid[r.uuid] = r
        for chunk in _chunks(party_erp_ids):
            for r in self.s.execute(select(PartyRow).where(PartyRow.erp_id.in_(chunk))
                                    ).scalars():
                self.parties[r.erp_id] = r

    def append(self, s: Session, actor: str, action: str, entity: str, uuid: str, before=None,
               after=None) -> None:
        """The AuditLog.append signature, chained in memory until ``finish``."""
        self.chain.add(actor, action, entity, uuid, before, after)

    def finish(self) -> None:
        self.s.flush()  # one flush for the page: SQLAlchemy batches the INSERTs
        for r in self.rows:
            self.invoice_ids.add(r.id)
            self.party_ids.add(r.party_id)
        if self.invoice_ids:
            search.reindex_many(self.s, sorted(self.invoice_ids))
        if self.party_ids:
            balances.recompute(self.s, self.party_ids)
        self.chain.flush()


def save_invoice(s: Session, log, actor: str, row: InvoiceRow | None, inv: Invoice,
                 party: PartyRow, action: str, page: PageWrites | None = None) -> InvoiceRow:
    """Write an invoice that came from the ERP (or a merge), with its audit event. With
    ``page``, the index, balances and audit event are written at the page's end."""
    from .invoice_service import _snapshot
    before = None
    old_party = None
    if row is None:
        row = InvoiceRow()
        s.add(row)
    else:
        before = _snapshot(invoice_repo.to_domain(row), row.party.tax_id)
        old_party = row.party_id
    invoice_repo.apply(row, inv, party)
    if page is None:
        s.flush()
        search.reindex(s, row.id)
        balances.recompute(s, {party.id} | ({old_party} if old_party else set()))
    else:
        page.rows.append(row)
        if old_party:
            page.party_ids.add(old_party)
        if row.erp_id:
            page.by_erp_id[row.erp_id] = row
        page.by_uuid[inv.uuid] = row
        log = page
    after = _snapshot(inv, party.tax_id)
    if before != after:
        log.append(s, actor, action, "invoice", inv.uuid, before, after)
    return row


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def save_conflicts(s: Session, row: InvoiceRow, conflicts, theirs_version: str) -> None:
    s.execute(delete(ConflictRow).where(ConflictRow.invoice_id == row.id,
                                        ConflictRow.resolved_at.is_(None)))
    for c in conflicts:
        s.add(ConflictRow(invoice_id=row.id, field=c.field,
                          base=json.dumps(c.base, ensure_ascii=False),
                          mine=json.dumps(c.mine, ensure_ascii=False),
                          theirs=json.dumps(c.theirs, ensure_ascii=False),
                          theirs_version=theirs_version))
    row.sync_state = SyncState.CONFLICT.value


def open_conflict_count(s: Session) -> int:
    return s.execute(select(func.count(func.distinct(ConflictRow.invoice_id)))
                     .where(ConflictRow.resolved_at.is_(None))).scalar_one()


def live_erp_ids(s: Session) -> dict[str, str]:
    """ERP id → local uuid of every linked invoice not yet known as deleted."""
    rows = s.execute(select(InvoiceRow.erp_id, InvoiceRow.uuid)
                     .where(InvoiceRow.erp_id.is_not(None),
                            InvoiceRow.sync_state != SyncState.DELETED_IN_ERP.value))
    return {e: u for e, u in rows}


# --- runs ---------------------------------------------------------------------------------

def start_run(s: Session) -> int:
    row = SyncRunRow(started_at=utcnow())
    s.add(row)
    s.flush()
    return row.id


def finish_run(s: Session, run_id: int, report: dict) -> None:
    row = s.get(SyncRunRow, run_id)
    row.finished_at = utcnow()
    for k in ("pushed", "pulled", "merged", "conflicts", "errors"):
        v = report.get(k, 0)
        setattr(row, k, len(v) if isinstance(v, list) else int(v))
    row.outcome = report.get("outcome", "ok")
    row.report = json.dumps(report, ensure_ascii=False, default=str)


def recent_runs(s: Session, limit: int = 50) -> list[dict]:
    rows = s.execute(select(SyncRunRow).order_by(SyncRunRow.id.desc()).limit(limit)).scalars()
    return [{"id": r.id, "started_at": r.started_at, "finished_at": r.finished_at,
             "pushed": r.pushed, "pulled": r.pulled, "merged": r.merged,
             "conflicts": r.conflicts, "errors": r.errors, "outcome": r.outcome,
             "report": json.loads(r.report or "{}")} for r in rows]


# --- conflicts ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ConflictField:
    field: str
    base: object
    mine: object
    theirs: object
    theirs_version: str
    created_at: datetime


def conflict_invoices(s: Session) -> list[tuple[str, str, str, int, datetime]]:
    """(uuid, number, party name, number of fields, since) of every invoice waiting."""
    q = (select(InvoiceRow.uuid, InvoiceRow.number, PartyRow.name,
                func.count(ConflictRow.id), func.min(ConflictRow.created_at))
         .join(ConflictRow, ConflictRow.invoice_id == InvoiceRow.id)
         .join(PartyRow, PartyRow.id == InvoiceRow.party_id)
         .where(ConflictRow.resolved_at.is_(None))
         .group_by(InvoiceRow.id).order_by(func.min(ConflictRow.created_at), InvoiceRow.id))
    return [(u, n, p, c, t) for u, n, p, c, t in s.execute(q)]


def conflict_fields(s: Session, invoice_id: int) -> list[ConflictField]:
    rows = s.execute(select(ConflictRow).where(ConflictRow.invoice_id == invoice_id,
                                               ConflictRow.resolved_at.is_(None))
                     .order_by(ConflictRow.id)).scalars()
    return [ConflictField(r.field, json.loads(r.base or "null"), json.loads(r.mine or "null"),
                          json.loads(r.theirs or "null"), r.theirs_version, r.created_at)
            for r in rows]


def close_conflicts(s: Session, invoice_id: int, decision: dict) -> None:
    now = utcnow()
    for r in s.execute(select(ConflictRow).where(ConflictRow.invoice_id == invoice_id,
                                                 ConflictRow.resolved_at.is_(None))).scalars():
        r.resolved_at = now
        r.resolution = json.dumps(decision.get(r.field), ensure_ascii=False, default=str)


def count_in_state(s: Session, state: str) -> int:
    return s.execute(select(func.count(InvoiceRow.id))
                     .where(InvoiceRow.sync_state == state)).scalar_one()


def rejected_messages(s: Session, limit: int = 50) -> list[tuple[str, str, str]]:
    """(uuid, number, the ERP's message) of rejected invoices, newest first."""
    return [(u, n, m) for u, n, m in s.execute(
        select(InvoiceRow.uuid, InvoiceRow.number, InvoiceRow.sync_message)
        .where(InvoiceRow.sync_state == SyncState.REJECTED.value)
        .order_by(InvoiceRow.updated_at.desc()).limit(limit))]


def retry_rejected(s: Session, log: AuditLog, actor: str, uuid: str) -> None:
    """Send a rejected invoice again as it is (after the cause was fixed in the ERP)."""
    from . import outbox
    row = invoice_repo.get(s, uuid)
    row.sync_state = SyncState.PENDING.value
    before = {"sync_message": row.sync_message}
    row.sync_message = ""
    outbox.enqueue(s, "invoice", uuid, outbox.OP_UPDATE, {"retry": True})
    log.append(s, actor, "retry", "invoice", uuid, before, {"sync_state": "pending"})
