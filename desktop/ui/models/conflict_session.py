"""The conflicts waiting in one store as the conflict dialog works on them: reading them, the
"changed again?" check, deciding one or many, and dismissing one whose invoice the ERP
deleted. Every call is one short store session."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.errors import KnownError, NotFound
from ...domain.records import Invoice
from ...store import party_repo
from ...store.invoice_service import load_invoice
from ...store.store import Store
from ...sync import conflicts
from ...sync.conflicts import ConflictDetail
from ...sync.merge import LINE_PREFIX
from .conflict_list_model import ConflictEntry

MINE = conflicts.MINE


@dataclass(frozen=True, slots=True)
class LeftWaiting:
    """A similar invoice the batch did not decide: ``error`` says why (None: its lines differ
    too and the choice here was not one side for everything)."""

    uuid: str
    number: str
    error: KnownError | None = None


class ConflictSession:
    """GUI thread only (it opens its own short sessions; no ORM object leaves a call)."""

    def __init__(self, store: Store, actor: str, extra_rates: tuple = ()) -> None:
        self.store = store
        self.actor = actor
        self.extra_rates = tuple(extra_rates)
        self.entries: dict[str, ConflictEntry] = {}
        self.details: dict[str, ConflictDetail] = {}
        self._similar: dict[str, list[str]] = {}

    # --- reading ----------------------------------------------------------------------
    def read(self) -> list[ConflictEntry]:
        """Every invoice waiting, oldest first, with what differs (raises KnownError)."""
        out, details = [], {}
        for c in conflicts.list_conflicts(self.store):
            try:
                d = conflicts.detail(self.store, c.uuid)
            except NotFound:
                continue
            details[c.uuid] = d
            out.append(ConflictEntry(c.uuid, c.number, c.party,
                                     tuple(x.field for x in d.merge.conflicts), c.since,
                                     d.erp_final, d.deleted_in_erp))
        self.entries = {e.uuid: e for e in out}
        self.details = details
        self._similar.clear()
        return out

    def invoice(self, uuid: str) -> tuple[Invoice, dict[str, str]]:
        """The local invoice now, and the names of the parties the three sides name."""
        d = self.details[uuid]
        inv, _facts = load_invoice(self.store, uuid)
        ids = {snap.get("party") for snap in (d.base, d.mine, d.theirs) if snap}
        names = {}
        with self.store.db.read() as s:
            for pid in ids:
                row = party_repo.by_uuid(s, pid) if pid else None
                if row is not None:
                    names[pid] = row.name
        return inv, names

    def similar(self, uuid: str) -> list[str]:
        """``conflicts.similar`` less the invoices deleted in the ERP; once per ``read``."""
        if uuid not in self._similar:
            try:
                found = conflicts.similar(self.store, self.details[uuid])
            except KnownError:
                found = []
            self._similar[uuid] = [u for u in found if u in self.entries
                                   and not self.entries[u].deleted]
        return self._similar[uuid]

    def still_as_shown(self, d: ConflictDetail) -> bool:
        """False when the invoice no longer waits or the ERP changed it since ``d``."""
        try:
            return conflicts.detail(self.store, d.uuid).theirs_version == d.theirs_version
        except NotFound:
            return False

    # --- deciding ---------------------------------------------------------------------
    def decide(self, uuid: str, fields: dict[str, str], custom: dict,
               expected_version: str | None = None) -> None:
        conflicts.decide(self.store, self.actor, uuid, take=MINE, fields=fields, custom=custom,
                         extra_rates=self.extra_rates, expected_version=expected_version)

    def decide_similar(self, uuid: str, fields: dict[str, str], side: str
                       ) -> tuple[list[str], list[LeftWaiting]]:
        """The same sides for the same fields on the invoices similar to ``uuid``; their own
        line differences take ``side`` ("" : such invoices are left waiting)."""
        names = {f: s for f, s in fields.items() if not f.startswith(LINE_PREFIX)}
        done, left = [], []
        for other in self.similar(uuid):
            entry = self.entries[other]
            if any(f.startswith(LINE_PREFIX) for f in entry.fields) and not side:
                left.append(LeftWaiting(other, entry.number))
                continue
            try:
                conflicts.decide(self.store, self.actor, other, take=side or MINE, fields=names,
                                 extra_rates=self.extra_rates)
            except KnownError as exc:
                left.append(LeftWaiting(other, entry.number, exc))
                continue
            done.append(other)
        return done, left

    def dismiss(self, uuid: str) -> None:
        """Close the conflict of an invoice the ERP deleted: the local copy is kept as it is,
        nothing more is sent for it (``conflicts.dismiss``; raises KnownError)."""
        conflicts.dismiss(self.store, self.actor, uuid)
