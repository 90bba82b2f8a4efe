"""Deciding conflicts: what each side changed, and applying the clerk's choice (or, when the
ERP deleted the invoice meanwhile, dismissing the conflict and keeping the local copy).

The decision is written locally in one transaction (the invoice, the audit event naming every
field and side, the outbox entry), based on the ERP version the conflict was found against;
the next push sends it. If the ERP moved on again meanwhile, that push finds a new conflict
rather than overwriting anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.errors import BadInput, KnownError, NotFound, PermissionDenied, ValidationFailed
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import Invoice, Status, SyncState
from ..domain.validation import validate_invoice
from ..store import invoice_repo, outbox, party_repo, sync_repo
from ..store.store import Store
from .engine import ERP_FINAL, SNAPSHOT_FIELD
from .merge import (FieldConflict, MergeResult, apply_snapshot, dumps, field_value, resolve,
                    three_way)

MINE, THEIRS = "mine", "theirs"


class ConflictMoved(KnownError):
    """The ERP's version moved since the conflict was shown: decide again on fresh values."""


class NotDeletedInErp(BadInput):
    """``dismiss`` of an invoice the ERP still has: its conflict is decided, not dismissed."""


@dataclass(frozen=True, slots=True)
class ConflictSummary:
    uuid: str
    number: str
    party: str
    fields: int
    since: datetime
    deleted_in_erp: bool = False        # the ERP deleted it since: dismiss, not decide


@dataclass(slots=True)
class ConflictDetail:
    uuid: str
    number: str
    party: str
    merge: MergeResult                  # conflicts + what merged by itself
    base: dict | None
    mine: dict
    theirs: dict
    theirs_version: str
    erp_final: bool                     # the ERP posted/paid/cancelled it: only "theirs"
    theirs_status: str
    deleted_in_erp: bool = False        # the ERP deleted it since: nothing to take from it


def list_conflicts(store: Store) -> list[ConflictSummary]:
    with store.db.read() as s:
        return [ConflictSummary(u, n, p, c - 1, t, _deleted_in_erp(invoice_repo.by_uuid(s, u)))
                for u, n, p, c, t in sync_repo.conflict_invoices(s)]


def _deleted_in_erp(row) -> bool:
    return row is not None and (row.sync_state == SyncState.DELETED_IN_ERP.value
                                or row.erp_state == "deleted")


def detail(store: Store, key: str) -> ConflictDetail:
    with store.db.read() as s:
        row = invoice_repo.get(s, key)
        fields = sync_repo.conflict_fields(s, row.id)
        snap = next((f for f in fields if f.field == SNAPSHOT_FIELD), None)
        if snap is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Invoice {key} has no conflict waiting."),
                           key=key)
        mine = _current_snapshot(row)
        merge = three_way(snap.base, mine, snap.theirs)
        theirs_status = row.status
        erp_final = Status(row.status) in ERP_FINAL and bool(row.erp_state) and \
            row.erp_state in ("posted", "paid", "cancelled")
        if erp_final:  # the ERP's locked fields: every local change is a conflict too
            known = {c.field for c in merge.conflicts}
            merge.conflicts.extend(
                FieldConflict(f, field_value(snap.base, f), field_value(merge.merged, f),
                              field_value(snap.theirs, f)) for f in merge.from_mine
                if f not in known)
            merge.from_mine = []
        return ConflictDetail(row.uuid, row.number, row.party.name, merge, snap.base, mine,
                              snap.theirs, snap.theirs_version, erp_final, theirs_status,
                              _deleted_in_erp(row))


def _current_snapshot(row) -> dict:
    from .merge import snapshot
    return snapshot(invoice_repo.to_domain(row))


def decide(store: Store, actor: str, key: str, take: str = MINE,
           fields: dict[str, str] | None = None, custom: dict[str, Any] | None = None, *,
           extra_rates: tuple = (), expected_version: str | None = None) -> Invoice:
    """Apply a decision: ``take`` for every field not named in ``fields``; ``custom`` values
    typed by the clerk win over both. Returns the resulting invoice (now pending).

    ``expected_version``: the ERP version the clerk decided against (the dialog passes what
    it showed); if sync found a newer one meanwhile, nothing is written (ConflictMoved).
    """
    if take not in (MINE, THEIRS):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "Choose mine or theirs."))
    fields = dict(fields or {})
    custom = dict(custom or {})
    d = detail(store, key)
    if expected_version is not None and expected_version != d.theirs_version:
        raise ConflictMoved(QT_TRANSLATE_NOOP(
            "Errors", "The ERP changed this invoice again while you were deciding; look at "
                      "the new values and decide again."))
    names = {c.field for c in d.merge.conflicts}
    unknown = sorted((set(fields) | set(custom)) - names)
    if unknown:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "{fields} is not in conflict; the fields "
                                                   "in conflict are: {known}."),
                       fields=", ".join(unknown), known=", ".join(sorted(names)))
    for name, side in fields.items():
        if side not in (MINE, THEIRS):
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "Choose mine or theirs for {field}."),
                           field=name)
    choices = {c.field: fields.get(c.field, take) for c in d.merge.conflicts}
    if d.erp_final:
        locked = [f for f, side in choices.items() if side == MINE and f != "notes"]
        if locked or (set(custom) - {"notes"}):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Workflow", "The ERP has already posted this invoice; only its version can be "
                            "kept (raise a credit note to correct it)."))
    result = resolve(d.merge, choices, custom)
    with store.db.write() as s:
        row = invoice_repo.get(s, key)
        current = invoice_repo.to_domain(row)
        inv = apply_snapshot(current, result)
        if d.erp_final:
            inv.status = Status(d.theirs_status)
        party = party_repo.get(s, inv.party_uuid)
        inv.party_name = party.name
        problems = validate_invoice(inv, tuple(extra_rates))
        if problems:
            raise ValidationFailed(problems)
        fresh = sync_repo.conflict_fields(s, row.id)
        if not any(f.field == SNAPSHOT_FIELD and f.theirs_version == d.theirs_version
                   for f in fresh):
            raise ConflictMoved(QT_TRANSLATE_NOOP(
                "Errors", "The ERP changed this invoice again while you were deciding; look at "
                          "the new values and decide again."))
        before = _changes(d, {})
        invoice_repo.apply(row, inv, party)
        from ..store import search
        s.flush()
        search.reindex(s, row.id)
        decision = {c.field: ("custom" if c.field in custom else choices[c.field])
                    for c in d.merge.conflicts}
        decision[SNAPSHOT_FIELD] = "resolved"
        sync_repo.close_conflicts(s, row.id, decision)
        row.erp_version = d.theirs_version
        row.base_snapshot = dumps(d.theirs)
        row.sync_state = SyncState.PENDING.value
        row.sync_message = ""
        store.audit_log().append(s, actor, "resolve", "invoice", row.uuid, before,
                                 {"decision": decision,
                                  "values": {c.field: _value_of(result, c.field)
                                             for c in d.merge.conflicts}})
        outbox.enqueue(s, "invoice", row.uuid, outbox.OP_UPDATE, {"resolved": sorted(decision)})
        return inv


def _value_of(snap: dict, fld: str) -> Any:
    return field_value(snap, fld)


def _changes(d: ConflictDetail, _unused: dict) -> dict:
    return {c.field: {"base": c.base, "mine": c.mine, "theirs": c.theirs}
            for c in d.merge.conflicts}


def similar(store: Store, d: ConflictDetail) -> list[str]:
    """Other invoices waiting on a conflict of exactly the same fields (for "apply the same
    choice to the other N conflicts like this one")."""
    names = sorted(c.field for c in d.merge.conflicts if not c.field.startswith("line:"))
    out = []
    for c in list_conflicts(store):
        if c.uuid == d.uuid:
            continue
        try:
            other = detail(store, c.uuid)
        except NotFound:
            continue
        if sorted(x.field for x in other.merge.conflicts
                  if not x.field.startswith("line:")) == names and names:
            out.append(c.uuid)
    return out


def dismiss(store: Store, actor: str, key: str) -> Invoice:
    """Close the conflict of an invoice deleted in the ERP: the local copy stays here as it
    is (the clerk's changes included) for the record, marked deleted in the ERP; what was
    queued for the ERP is dropped, so sync leaves it alone; the decision is in the audit
    trail. Returns the invoice as kept.

    Refused (NotDeletedInErp) while the ERP still has the invoice: such a conflict is
    decided with ``decide``; NotFound when no conflict waits.
    """
    with store.db.write() as s:
        row = invoice_repo.get(s, key)
        fields = sync_repo.conflict_fields(s, row.id)
        if not fields:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "Invoice {key} has no conflict waiting."),
                           key=key)
        if not _deleted_in_erp(row):
            raise NotDeletedInErp(QT_TRANSLATE_NOOP(
                "Errors", "{number} still exists in the ERP: its conflict is decided field by "
                          "field, not dismissed."), number=row.number or row.uuid)
        before = {"sync_state": row.sync_state,
                  "conflict": sorted(f.field for f in fields if f.field != SNAPSHOT_FIELD)}
        sync_repo.close_conflicts(s, row.id, {f.field: "kept for the record" for f in fields})
        row.sync_state = SyncState.DELETED_IN_ERP.value
        sync_repo.drop_entries(s, [e.id for e in outbox.for_entity(s, row.uuid)])
        store.audit_log().append(s, actor, "dismiss", "invoice", row.uuid, before,
                                 {"sync_state": SyncState.DELETED_IN_ERP.value,
                                  "conflict": "dismissed: the local copy is kept, not synced"})
        return invoice_repo.to_domain(row)
