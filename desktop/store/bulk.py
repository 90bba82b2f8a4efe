"""Bulk saves (import, demo data): many invoices in ONE transaction, at Core speed.

Every invoice still gets its audit event and outbox entry, in the same transaction; a
failure or a cancel leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from ..domain.errors import KnownError, ValidationFailed
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.money import to_minor
from ..domain.records import Invoice, Party
from ..domain.totals import compute_totals, line_net, line_tax
from ..domain.validation import validate_invoice, validate_party
from . import audit, balances, outbox, search
from .invoice_service import ENTITY_INVOICE, ENTITY_PARTY, _snapshot
from .models import (InvoiceLineRow, InvoiceRow, OutboxRow, PartyRow, PaymentRow, utcnow)
from .party_repo import snapshot as party_snapshot
from .store import Store


class Cancelled(KnownError):
    """The user cancelled a long job; nothing was written."""


@dataclass(frozen=True, slots=True)
class BulkResult:
    invoices: int
    parties_created: int


def import_invoices(store: Store, actor: str, items: Iterable[tuple[Invoice, Party]],
                    *, action: str = "import", total: int | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancel: threading.Event | None = None, batch: int = 2000,
                    validate: bool = True, extra_rates: tuple = ()) -> BulkResult:
    """Save every (invoice, party) pair; parties are matched by uuid, tax ID, then name.

    Statuses are kept as given (demo data, an ERP export). Raises ValidationFailed naming the
    first bad invoice, or Cancelled; in both cases nothing is written.
    """
    now = utcnow()
    created_parties = 0
    done = 0
    with store.db.write() as s:
        conn = s.connection()
        by_uuid: dict[str, int] = {}
        by_tax: dict[str, int] = {}
        by_name: dict[str, int] = {}
        names: dict[int, str] = {}
        uuids: dict[int, str] = {}
        for pid, puuid, tax, name in conn.execute(
                select(PartyRow.id, PartyRow.uuid, PartyRow.tax_id, PartyRow.name)):
            by_uuid[puuid] = pid
            if tax:
                by_tax[tax] = pid
            by_name.setdefault(name.lower(), pid)
            names[pid] = name
            uuids[pid] = puuid
        next_party = (conn.execute(select(func.max(PartyRow.id))).scalar() or 0) + 1
        first_invoice = next_invoice = (conn.execute(select(func.max(InvoiceRow.id))).scalar()
                                        or 0) + 1
        chain = audit.ChainWriter(s, store.chain_key())
        parties, invoices, lines, payments, entries = [], [], [], [], []
        touched: set[int] = set()

        def flush() -> None:
            for table, rows in ((PartyRow, parties), (InvoiceRow, invoices),
                                (InvoiceLineRow, lines), (PaymentRow, payments),
                                (OutboxRow, entries)):
                if rows:
                    conn.execute(table.__table__.insert(), rows)
                    rows.clear()
            chain.flush()

        for inv, party in items:
            if cancel is not None and cancel.is_set():
                raise Cancelled(QT_TRANSLATE_NOOP("Errors", "Cancelled; nothing was saved."))
            pid = by_uuid.get(party.uuid) or (by_tax.get(party.tax_id) if party.tax_id else None) \
                or by_name.get(party.name.strip().lower())
            if pid is None:
                if validate:
                    problems = validate_party(party)
                    if problems:
                        raise ValidationFailed(problems)
                pid = next_party
                next_party += 1
                created_parties += 1
                parties.append({"id": pid, "uuid": party.uuid, "name": party.name.strip(),
                                "role": party.role.value, "tax_id": party.tax_id.strip(),
                                "country": party.country.upper(), "address": party.address,
                                "contact": party.contact, "sync_state": "local_only",
                                "created_at": now, "updated_at": now})
                by_uuid[party.uuid] = pid
                if party.tax_id:
                    by_tax[party.tax_id] = pid
                by_name[party.name.strip().lower()] = pid
                names[pid] = party.name.strip()
                uuids[pid] = party.uuid
                chain.add(actor, action, ENTITY_PARTY, party.uuid, None, party_snapshot(party))
                entries.append({"entity": ENTITY_PARTY, "entity_uuid": party.uuid,
                                "op": outbox.OP_PARTY, "payload": "{}", "created_at": now,
                                "attempts": 0, "last_error": ""})
            inv.party_name, inv.party_uuid = names[pid], uuids[pid]
            if validate:
                problems = validate_invoice(inv, tuple(extra_rates))
                if problems:
                    raise ValidationFailed(problems)
            cur = inv.currency
            t = compute_totals(inv)
            iid = next_invoice
            next_invoice += 1
            touched.add(pid)
            invoices.append({
                "id": iid, "uuid": inv.uuid, "kind": inv.kind.value,
                "is_credit_note": inv.is_credit_note, "credit_note_of": inv.credit_note_of,
                "number": inv.number.strip(), "party_id": pid, "issue_date": inv.issue_date,
                "due_date": inv.due_date, "currency": cur, "payment_terms": inv.payment_terms,
                "notes": inv.notes, "external_ref": inv.external_ref.strip(),
                "status": inv.status.value, "net_minor": to_minor(t.net, cur),
                "tax_minor": to_minor(t.tax, cur), "gross_minor": to_minor(t.gross, cur),
                "paid_minor": to_minor(t.paid, cur),
                "outstanding_minor": to_minor(t.outstanding, cur), "sync_state": "local_only",
                "sync_message": "", "erp_state": "", "created_at": now, "updated_at": now})
            for pos, ln in enumerate(inv.lines):
                net = line_net(ln, cur)
                lines.append({"uuid": ln.uuid, "invoice_id": iid, "position": pos,
                              "description": ln.description, "quantity": str(ln.quantity),
                              "unit": ln.unit, "unit_price": str(ln.unit_price),
                              "discount": str(ln.discount), "tax_rate": str(ln.tax_rate),
                              "net_minor": to_minor(net, cur),
                              "tax_minor": to_minor(line_tax(ln, cur, net), cur)})
            for p in inv.payments:
                payments.append({"uuid": p.uuid, "invoice_id": iid, "date": p.date,
                                 "amount_minor": to_minor(p.amount, cur), "method": p.method,
                                 "reference": p.reference})
            chain.add(actor, action, ENTITY_INVOICE, inv.uuid, None, _snapshot(inv, totals=t))
            entries.append({"entity": ENTITY_INVOICE, "entity_uuid": inv.uuid,
                            "op": outbox.OP_CREATE, "payload": "{}", "created_at": now,
                            "attempts": 0, "last_error": ""})
            done += 1
            if done % batch == 0:
                flush()
                if progress:
                    progress(done, total or done)
        flush()
        search.index_from(s, first_invoice)
        if len(touched) > 1000:
            balances.recompute_all(s)
        else:
            balances.recompute(s, touched)
        if progress:
            progress(done, total or done)
    return BulkResult(done, created_parties)
