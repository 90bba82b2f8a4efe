"""One sync cycle: push the outbox, pull changes since the cursor, find deletions.

Runs synchronously on whatever thread calls it (the sync worker's QThread in the app, the
test's thread in tests). It never holds a write transaction during a network call, writes
every page and every record in its own short transaction, and keeps the pull cursor in the
same transaction as the page it covers, so it is safe to kill at any point. Cancellation is
a threading.Event polled between records and pages.
"""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass, field
from datetime import timedelta

from ..domain.errors import (ErpAuthError, ErpConflict, ErpError, ErpNeedsConfirmation,
                             ErpOffline, ErpPermissionError, ErpRateLimited, ErpRejected,
                             KnownError)
from ..domain.records import Invoice, Party, Status, SyncState
from ..erp.base import Connector, RemoteInvoice
from ..store import invoice_repo, party_repo, sync_repo
from ..store.models import utcnow
from ..store.store import Store
from .merge import (FieldConflict, apply_snapshot, dumps, field_value, loads, snapshot,
                    three_way)
from .policy import RetryPolicy

log = logging.getLogger(__name__)

RANK = {Status.DRAFT: 0, Status.SUBMITTED: 1, Status.APPROVED: 2, Status.POSTED: 3,
        Status.PAID: 4, Status.CANCELLED: 5}
ERP_FINAL = (Status.POSTED, Status.PAID, Status.CANCELLED)
CURSOR = "invoices"
SNAPSHOT_FIELD = "__snapshot__"  # the conflict row that keeps the whole of theirs


BATCH = 100


class SyncCancelled(Exception):
    pass


@dataclass(slots=True)
class _Plan:
    """What pushing one invoice needs, read in one short transaction."""

    rec: object
    inv: Invoice
    party: Party
    party_erp_id: str
    erp_id: str
    version: str
    base: dict | None
    state: SyncState
    stamp: object


@dataclass(slots=True)
class SyncReport:
    run_id: int = 0
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    deleted: int = 0
    errors: list[dict] = field(default_factory=list)
    outcome: str = "ok"            # ok | offline | auth | cancelled | failed
    message: str = ""              # English; the window shows message_id translated
    message_id: str = ""           # the KnownError's source text (context "ERP")
    message_params: dict = field(default_factory=dict)
    retry_after: float = 0.0

    def fail(self, outcome: str, exc: KnownError) -> None:
        self.outcome, self.message = outcome, exc.text()
        self.message_id, self.message_params = message_of(exc)

    def as_dict(self) -> dict:
        return {"run_id": self.run_id, "pushed": self.pushed, "pulled": self.pulled,
                "merged": self.merged, "conflicts": self.conflicts, "deleted": self.deleted,
                "errors": self.errors, "outcome": self.outcome, "message": self.message,
                "message_id": self.message_id, "message_params": self.message_params,
                "retry_after": self.retry_after}


def message_of(exc: KnownError) -> tuple[str, dict]:
    """A KnownError's source text and its parameters as plain JSON values, for the window to
    translate (the sync thread never renders user-facing text itself)."""
    params = {k: v if isinstance(v, (str, int, float, bool)) or v is None else str(v)
              for k, v in exc.params.items()}
    return exc.message, params


class SyncEngine:
    """Runs on the calling thread; owns nothing Qt. One engine per connector (per thread)."""

    def __init__(self, store: Store, connector: Connector, *, actor: str = "sync",
                 cancel: threading.Event | None = None, policy: RetryPolicy | None = None,
                 page_size: int = 200, check_deletions: bool = True) -> None:
        self.store = store
        self.erp = connector
        self.actor = f"{actor}@{connector.name}"
        self.cancel = cancel or threading.Event()
        self.policy = policy or RetryPolicy()
        self.page_size = page_size
        self.check_deletions = check_deletions
        self.report = SyncReport()
        self._own_writes: dict[str, object] = {}  # uuid → updated_at after our merge wrote it
        self._page = None  # sync_repo.PageWrites while a pulled page is being written

    # --- the cycle --------------------------------------------------------------------
    def run_once(self) -> SyncReport:
        self.report = r = SyncReport()
        with self.store.db.write() as s:
            r.run_id = sync_repo.start_run(s)
        try:
            self._push()
            self._pull()
            if self.check_deletions:
                self._deletions()
        except SyncCancelled:
            r.outcome = "cancelled"
        except ErpAuthError as exc:
            r.fail("auth", exc)
        except (ErpOffline, ErpRateLimited) as exc:
            r.fail("offline", exc)
            r.retry_after = getattr(exc, "retry_after", 0.0) or 0.0
        except ErpError as exc:
            r.fail("failed", exc)
            log.warning("sync cycle failed: %s", exc.text())
        with self.store.db.write() as s:
            r.conflicts = sync_repo.open_conflict_count(s)
            sync_repo.finish_run(s, r.run_id, r.as_dict())
        return r

    def _check_cancel(self) -> None:
        if self.cancel.is_set():
            raise SyncCancelled()

    # --- push -------------------------------------------------------------------------
    def _push(self) -> None:
        with self.store.db.read() as s:
            pending = sync_repo.pending_records(s)
        self._party_ids: dict[str, str] = {}
        parties = [r for r in pending if r.entity == "party"]
        invoices = [r for r in pending if r.entity == "invoice"]
        others = [r for r in pending if r.entity not in ("party", "invoice")]
        for rec in parties:
            self._push_one(rec, self._push_party)
        creates = [r for r in invoices if r.ops and r.ops[0] == "create"]
        updates = [r for r in invoices if not (r.ops and r.ops[0] == "create")]
        if len(creates) > 1:
            updates = self._push_creates(creates) + updates
        else:
            updates = creates + updates
        for rec in updates:
            self._push_one(rec, self._push_invoice)
        for rec in others:
            self._push_one(rec, self._push_attachment)

    def _push_attachment(self, rec) -> None:
        """Attachments go to the ERP where the connector can carry them (Tryton); elsewhere
        they stay on this computer only (the editor says so)."""
        from ..store import attachments
        info = attachments.for_sync(self.store, rec.uuid) if rec.entity == "attachment" \
            else None
        can = getattr(self.erp.capabilities, "attachments", False) and \
            hasattr(self.erp, "add_attachment")
        if info is not None and can:
            att, _invoice_uuid, erp_id = info
            if not erp_id:
                return  # its invoice has not reached the ERP yet: stays queued
            self.erp.add_attachment(erp_id, att.filename, att.path.read_bytes())
        with self.store.db.write() as s:
            sync_repo.drop_entries(s, rec.outbox_ids)

    def _push_one(self, rec, action) -> None:
        self._check_cancel()
        try:
            action(rec)
        except (ErpOffline, ErpRateLimited, ErpAuthError):
            raise  # the whole link is down: everything stays queued as it is; the caller
            # retries the cycle with backoff (honouring Retry-After)
        except Exception as exc:  # noqa: BLE001 - typed per record below
            self._handle_record_error(rec, exc)

    def _handle_record_error(self, rec, exc: Exception) -> None:
        if isinstance(exc, (ErpOffline, ErpRateLimited, ErpAuthError)):
            raise exc
        if isinstance(exc, (ErpRejected, ErpPermissionError, ErpNeedsConfirmation)):
            self._rejected(rec, exc)
            return
        # a bug: logged with a report; the record is retried later, sync goes on
        log.error("sync bug on %s %s: %s\n%s", rec.entity, rec.uuid, exc,
                  "".join(traceback.format_exception(exc)))
        self.report.errors.append({"uuid": rec.uuid, "kind": "bug",
                                   "message": f"{type(exc).__name__}: {exc}"})
        self._defer(rec, exc, None)

    def _rejected(self, rec, exc: ErpError) -> None:
        message = getattr(exc, "erp_message", "") or exc.text()
        with self.store.db.write() as s:
            sync_repo.drop_entries(s, rec.outbox_ids)
            if rec.entity == "invoice":
                sync_repo.mark_state(s, rec.uuid, SyncState.REJECTED, message)
        self.report.errors.append({"uuid": rec.uuid, "kind": "rejected", "message": message})

    def _defer(self, rec, exc: Exception, retry_after: float | None) -> None:
        with self.store.db.write() as s:
            attempts = sync_repo.max_attempts(s, rec.outbox_ids)
            wait = self.policy.delay(attempts, retry_after)
            sync_repo.defer_entries(s, rec.outbox_ids, utcnow() + timedelta(seconds=wait),
                                    str(exc))

    def _push_party(self, rec) -> None:
        with self.store.db.read() as s:
            row = party_repo.by_uuid(s, rec.uuid)
            if row is None:
                party, erp_id = None, None
            else:
                party, erp_id = party_repo.to_domain(row), row.erp_id
        if party is None:
            with self.store.db.write() as s:
                sync_repo.drop_entries(s, rec.outbox_ids)
            return
        if not erp_id and not self._party_in_use(rec.uuid):
            # a party reaches the ERP with its first invoice, not before
            with self.store.db.write() as s:
                sync_repo.drop_entries(s, rec.outbox_ids)
            return
        remote = self._ensure_party(party, erp_id, force=True)
        with self.store.db.write() as s:
            sync_repo.link_party(s, rec.uuid, remote[0], remote[1])
            sync_repo.drop_entries(s, rec.outbox_ids)

    def _party_in_use(self, party_uuid: str) -> bool:
        with self.store.db.read() as s:
            return sync_repo.party_has_linked_invoice(s, party_uuid)

    def _ensure_party(self, party: Party, erp_id: str | None, force: bool = False
                      ) -> tuple[str, str]:
        """The party's ERP id, creating or matching it in the ERP (never a duplicate)."""
        if erp_id and not force:
            return erp_id, ""
        if not erp_id:
            found = self.erp.find_party(party)
            if found is not None and not force:
                return found.erp_id, found.version
            erp_id = found.erp_id if found is not None else None
        remote = self.erp.upsert_party(party, erp_id)
        return remote.erp_id, remote.version

    def _prepare(self, rec) -> _Plan | None:
        """Read what pushing ``rec`` needs; settle the records that need no network."""
        with self.store.db.read() as s:
            row = invoice_repo.by_uuid(s, rec.uuid)
            if row is not None:
                plan = _Plan(rec, invoice_repo.to_domain(row), party_repo.to_domain(row.party),
                             row.party.erp_id or "", row.erp_id or "", row.erp_version or "",
                             loads(row.base_snapshot), SyncState(row.sync_state), row.updated_at)
        if row is None:
            with self.store.db.write() as s:
                sync_repo.drop_entries(s, rec.outbox_ids)
            return None
        if plan.state == SyncState.CONFLICT:
            return None  # waits for the clerk's decision; the rest of sync goes on
        if plan.state == SyncState.DELETED_IN_ERP:
            with self.store.db.write() as s:  # the ERP record is gone: edits stay here
                sync_repo.drop_entries(s, rec.outbox_ids)
            return None
        inv = plan.inv
        if not plan.erp_id and (inv.status == Status.CANCELLED
                                or RANK[inv.status] < RANK[self.erp.first_push_status]):
            with self.store.db.write() as s:  # not for the ERP (yet): stays local
                sync_repo.drop_entries(s, rec.outbox_ids)
                sync_repo.mark_state(s, inv.uuid, SyncState.LOCAL_ONLY)
            return None
        if not plan.party_erp_id:
            plan.party_erp_id = self._party_ids.get(plan.party.uuid, "")
        if not plan.party_erp_id:
            plan.party_erp_id, pver = self._ensure_party(plan.party, None)
            self._party_ids[plan.party.uuid] = plan.party_erp_id
            with self.store.db.write() as s:
                sync_repo.link_party(s, plan.party.uuid, plan.party_erp_id, pver)
        return plan

    def _push_invoice(self, rec) -> None:
        plan = self._prepare(rec)
        if plan is None:
            return
        if not plan.erp_id:
            remote = self.erp.create_invoice(plan.inv, plan.party_erp_id)
        else:
            remote, plan.inv = self._update(plan.inv, plan.erp_id, plan.version, plan.base,
                                            plan.party_erp_id)
            if remote is None:
                return  # became a conflict
        self._finish(plan, remote)

    def _push_creates(self, recs: list) -> list:
        """Create many new invoices in batches where the connector can; returns the records
        left for the one-by-one path."""
        batch_create = getattr(self.erp, "create_invoices", None)
        if batch_create is None:
            return recs
        rest, plans = [], []
        for rec in recs:
            self._check_cancel()
            try:
                plan = self._prepare(rec)
            except (ErpOffline, ErpRateLimited, ErpAuthError):
                raise
            except ErpError:
                rest.append(rec)  # the one-by-one path reports it properly
                continue
            if plan is None:
                continue
            if plan.erp_id:
                rest.append(rec)
            else:
                plans.append(plan)
        for i in range(0, len(plans), BATCH):
            self._check_cancel()
            chunk = plans[i:i + BATCH]
            results = batch_create([(p.inv, p.party_erp_id) for p in chunk])
            done: list[tuple[_Plan, RemoteInvoice]] = []
            for plan, result in zip(chunk, results):
                if isinstance(result, Exception):
                    self._handle_record_error(plan.rec, result)
                    continue
                try:
                    result = self._push_status(plan.inv, result)
                    done.append((plan, self._push_payments(plan.inv, result)))
                except (ErpOffline, ErpRateLimited, ErpAuthError):
                    self._record_many(done)  # what the ERP already holds is written first
                    raise
                except Exception as exc:  # noqa: BLE001
                    self._handle_record_error(plan.rec, exc)
            self._record_many(done)
        return rest

    def _record_many(self, done: list) -> None:
        """Record a chunk of creates the ERP accepted, in one transaction."""
        if not done:
            return
        with self.store.db.write() as s:
            for plan, remote in done:
                self._record(s, plan, remote)

    def _finish(self, plan: _Plan, remote: RemoteInvoice) -> None:
        remote = self._push_status(plan.inv, remote)
        remote = self._push_payments(plan.inv, remote)
        with self.store.db.write() as s:
            self._record(s, plan, remote)

    def _record(self, s, plan: _Plan, remote: RemoteInvoice) -> None:
        """Write down that the ERP holds ``plan``'s invoice as ``remote``."""
        inv, rec = plan.inv, plan.rec
        row = invoice_repo.by_uuid(s, rec.uuid)
        if row is None:
            return
        if row.updated_at not in (plan.stamp, self._own_writes.get(rec.uuid)):
            # edited by the clerk while we pushed: push again next time
            sync_repo.drop_entries(s, rec.outbox_ids)
            sync_repo.requeue(s, rec.uuid)
            row.erp_id, row.erp_version = remote.erp_id, remote.version
            row.base_snapshot = dumps(snapshot(inv))
            row.sync_state = SyncState.PENDING.value
        else:
            sync_repo.mark_synced(s, row, remote.erp_id, remote.version, remote.erp_state,
                                  dumps(snapshot(inv)))
            sync_repo.drop_entries(s, rec.outbox_ids)
        self.report.pushed += 1

    def _update(self, inv: Invoice, erp_id: str, version: str, base: dict | None,
                party_erp_id: str) -> tuple[RemoteInvoice | None, Invoice]:
        """Send ``inv``; on a version conflict merge with the ERP's record and send that.
        Returns the ERP's answer (None: it became a conflict) and the invoice as sent."""
        if base is not None and snapshot(inv) == base:
            return self.erp.fetch_invoice(erp_id), inv  # only status or payments changed
        for _attempt in range(3):
            try:
                return self.erp.update_invoice(erp_id, inv, version, party_erp_id), inv
            except ErpConflict:
                theirs = self.erp.fetch_invoice(erp_id)
                merged = self._merge(inv, base, theirs)
                if merged is None:
                    return None, inv
                inv, version = merged, theirs.version
                base = snapshot(self._theirs_invoice(theirs, inv.party_uuid))
        raise ErpConflict("The ERP record kept changing while it was being updated.")

    def _push_status(self, inv: Invoice, remote: RemoteInvoice) -> RemoteInvoice:
        if inv.status in (Status.POSTED, Status.PAID) and remote.erp_state == "draft":
            remote = self.erp.post_invoice(remote.erp_id)
        elif inv.status == Status.CANCELLED and remote.erp_state != "cancelled":
            remote = self.erp.cancel_invoice(remote.erp_id)
        return remote

    def _push_payments(self, inv: Invoice, remote: RemoteInvoice) -> RemoteInvoice:
        if not self.erp.capabilities.push_payments:
            return remote
        known = {p.uuid for p in (remote.payments or remote.invoice.payments)}
        for p in inv.payments:
            if p.uuid not in known:
                remote = self.erp.record_payment(remote.erp_id, p)
        return remote

    # --- merge ------------------------------------------------------------------------
    def _theirs_invoice(self, remote: RemoteInvoice, party_uuid: str) -> Invoice:
        theirs = remote.invoice
        theirs.party_uuid = party_uuid
        return theirs

    def _merge(self, mine: Invoice, base: dict | None, remote: RemoteInvoice) -> Invoice | None:
        """Merge ``remote`` into ``mine``. Returns the merged invoice, or None after writing
        conflict rows (the record then waits for a decision)."""
        with self.store.db.write() as s:
            party_row = self._local_party(s, remote)
            theirs = self._theirs_invoice(remote, party_row.uuid)
            row = invoice_repo.by_uuid(s, mine.uuid)
            result = three_way(base, snapshot(mine), snapshot(theirs))
            locked = theirs.status in ERP_FINAL
            if locked and result.from_mine:
                # the ERP posted/paid/cancelled it: never overwritten from here
                result.conflicts.extend(
                    FieldConflict(f, field_value(base, f), field_value(result.merged, f),
                                  field_value(snapshot(theirs), f)) for f in result.from_mine)
            if not result.clean:
                conflicts = list(result.conflicts) + [FieldConflict(
                    SNAPSHOT_FIELD, base, snapshot(mine), snapshot(theirs))]
                if locked:
                    row.status = theirs.status.value
                row.erp_state = remote.erp_state
                sync_repo.save_conflicts(s, row, conflicts, remote.version)
                self.report.conflicts += 1
                return None
            merged = apply_snapshot(mine, result.merged)
            if locked:
                merged.status = theirs.status
            self._take_payments(merged, theirs)
            row = sync_repo.save_invoice(s, self.store.audit_log(), self.actor, row, merged,
                                         party_repo.get(s, merged.party_uuid), "merge")
            self._own_writes[mine.uuid] = row.updated_at
            self.report.merged += 1
            return merged

    def _take_payments(self, local: Invoice, theirs: Invoice) -> None:
        if self.erp.capabilities.push_payments:
            known = {p.uuid for p in local.payments}
            local.payments = local.payments + [p for p in theirs.payments if p.uuid not in known]
        else:
            local.payments = list(theirs.payments)

    def _local_party(self, s, remote: RemoteInvoice):
        page = self._page
        row = page.parties.get(remote.party_erp_id) if page is not None else None
        if row is None:
            row = sync_repo.party_by_erp_id(s, remote.party_erp_id)
        if row is None:
            party = Party(name=remote.invoice.party_name or remote.party_erp_id)
            row = sync_repo.upsert_remote_party(s, self._page or self.store.audit_log(),
                                                self.actor, party, remote.party_erp_id, "")
        if page is not None:
            page.parties[remote.party_erp_id] = row
        return row

    # --- pull -------------------------------------------------------------------------
    def _pull(self) -> None:
        with self.store.db.read() as s:
            cursor = sync_repo.get_cursor(s, CURSOR)
        while True:
            self._check_cancel()
            page = self.erp.pull_changes(cursor, self.page_size)
            with self.store.db.write() as s:
                audit = self.store.audit_log()
                for rp in page.parties:
                    sync_repo.upsert_remote_party(s, audit, self.actor, rp.party, rp.erp_id,
                                                  rp.version)
                self._page = sync_repo.PageWrites(s, audit)
                try:
                    self._page.preload([ri.erp_id for ri in page.invoices],
                                       [ri.invoice.uuid for ri in page.invoices],
                                       [ri.party_erp_id for ri in page.invoices])
                    with s.no_autoflush:
                        for ri in page.invoices:
                            self._apply_remote(s, ri)
                    self._page.finish()
                finally:
                    self._page = None
                sync_repo.set_cursor(s, CURSOR, page.cursor)
            cursor = page.cursor
            if not page.more:
                break

    def _apply_remote(self, s, ri: RemoteInvoice) -> None:
        page = self._page
        if page is not None:
            row = page.by_erp_id.get(ri.erp_id) or (page.by_uuid.get(ri.invoice.uuid)
                                                     if ri.invoice.uuid else None)
        else:
            row = sync_repo.invoice_by_erp_id(s, ri.erp_id)
            if row is None and ri.invoice.uuid:
                row = invoice_repo.by_uuid(s, ri.invoice.uuid)
        if row is not None and row.erp_version == ri.version:
            return  # the overlap of the cursor window, or our own push
        party_row = self._local_party(s, ri)
        theirs = self._theirs_invoice(ri, party_row.uuid)
        if ri.payments:
            theirs.payments = list(ri.payments)
        audit = self.store.audit_log()
        if row is None:
            if not theirs.uuid:
                from ..domain.records import new_uuid
                theirs.uuid = new_uuid()
            row = sync_repo.save_invoice(s, audit, self.actor, None, theirs, party_row, "pull",
                                         self._page)
            sync_repo.mark_synced(s, row, ri.erp_id, ri.version, ri.erp_state,
                                  dumps(snapshot(theirs)))
            if page is not None:
                page.by_erp_id[ri.erp_id] = row
            self.report.pulled += 1
            return
        mine = invoice_repo.to_domain(row)
        busy = sync_repo.has_pending(s, row.uuid) or row.sync_state in (
            SyncState.PENDING.value, SyncState.CONFLICT.value, SyncState.REJECTED.value)
        if not busy:
            if theirs.status not in ERP_FINAL and RANK[mine.status] <= RANK[Status.APPROVED]:
                theirs.status = mine.status  # ERP draft: the local approval steps stay ours
            sync_repo.save_invoice(s, audit, self.actor, row, theirs, party_row, "pull",
                                   self._page)
            sync_repo.mark_synced(s, row, ri.erp_id, ri.version, ri.erp_state,
                                  dumps(snapshot(theirs)))
            self.report.pulled += 1
            return
        base = loads(row.base_snapshot)
        result = three_way(base, snapshot(mine), snapshot(theirs))
        locked = theirs.status in ERP_FINAL
        conflicts = list(result.conflicts)
        if locked:
            conflicts += [FieldConflict(f, field_value(base, f), field_value(result.merged, f),
                                        field_value(snapshot(theirs), f))
                          for f in result.from_mine]
        if conflicts:
            conflicts.append(FieldConflict(SNAPSHOT_FIELD, base, snapshot(mine),
                                           snapshot(theirs)))
            if locked:
                row.status = theirs.status.value
            row.erp_state = ri.erp_state
            sync_repo.save_conflicts(s, row, conflicts, ri.version)
            self.report.conflicts += 1
            return
        merged = apply_snapshot(mine, result.merged)
        if locked:
            merged.status = theirs.status
        self._take_payments(merged, theirs)
        if row.sync_state == SyncState.CONFLICT.value:
            # the ERP came back to agree with us: the waiting decision is moot
            sync_repo.close_conflicts(s, row.id, {"*": "merged by itself"})
        sync_repo.save_invoice(s, audit, self.actor, row, merged, party_row, "merge",
                               self._page)
        # our side still has to reach the ERP: based on the version we just merged with
        row.erp_id, row.erp_version, row.erp_state = ri.erp_id, ri.version, ri.erp_state
        row.base_snapshot = dumps(snapshot(theirs))
        if row.sync_state == SyncState.REJECTED.value and not sync_repo.has_pending(s, row.uuid):
            pass
        else:
            row.sync_state = SyncState.PENDING.value
        self.report.merged += 1

    # --- deletions --------------------------------------------------------------------
    def _deletions(self) -> None:
        self._check_cancel()
        live = self.erp.list_live_ids()
        with self.store.db.read() as s:
            gone = {e: u for e, u in sync_repo.live_erp_ids(s).items() if e not in live}
        if not gone:
            return                          # the usual case: no write transaction at all
        with self.store.db.write() as s:
            linked = sync_repo.live_erp_ids(s)   # again, inside the write: an edit may race
            audit = self.store.audit_log()
            for erp_id, uuid in linked.items():
                if erp_id not in live:
                    sync_repo.mark_state(s, uuid, SyncState.DELETED_IN_ERP,
                                         "Deleted in the ERP; kept here for the record.")
                    audit.append(s, self.actor, "deleted_in_erp", "invoice", uuid,
                                 {"erp_id": erp_id}, None)
                    self.report.deleted += 1

