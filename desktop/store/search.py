"""Finding invoices: filters, full-text search (Chinese too), sorting in SQL, paging.

Text of 3+ characters goes to the FTS5 trigram index. Trigram cannot match 1–2 characters
(and LIKE on the FTS table silently finds nothing for them on SQLite 3.40), so a short
Chinese query is a phrase query on a second index holding one CJK character per token;
short Latin queries fall back to LIKE on the base tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import Select, and_, exists, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from ..domain.money import from_minor
from .db import cjk_spaced, is_cjk
from .models import InvoiceLineRow, InvoiceRow, InvoiceTotalsRow, PartyRow
from .party_repo import escape_like

SORT_COLUMNS = {
    "number": InvoiceRow.number,
    "party": PartyRow.name,
    "issue_date": InvoiceRow.issue_date,
    "due_date": InvoiceRow.due_date,
    "gross": InvoiceRow.gross_minor,
    "outstanding": InvoiceRow.outstanding_minor,
    "status": InvoiceRow.status,
    "kind": InvoiceRow.kind,
    "currency": InvoiceRow.currency,
    "sync_state": InvoiceRow.sync_state,
    "updated_at": InvoiceRow.updated_at,
}


@dataclass(frozen=True, slots=True)
class InvoiceQuery:
    text: str = ""
    statuses: tuple[str, ...] = ()
    kind: str = ""
    party_uuid: str = ""
    date_from: date | None = None
    date_to: date | None = None
    sync_states: tuple[str, ...] = ()
    sort: str = "issue_date"
    descending: bool = True


@dataclass(frozen=True, slots=True)
class InvoiceSummary:
    """One row of the invoice list: plain values, safe to hand to any thread."""

    id: int
    uuid: str
    number: str
    kind: str
    is_credit_note: bool
    party_name: str
    issue_date: date
    due_date: date | None
    currency: str
    gross: Decimal
    outstanding: Decimal
    status: str
    sync_state: str
    sync_message: str
    net: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class ListStats:
    count: int
    gross_by_currency: dict[str, Decimal] = field(default_factory=dict)
    outstanding_by_currency: dict[str, Decimal] = field(default_factory=dict)


def fts_phrase(text_: str) -> str:
    """The text as one FTS5 phrase (quotes doubled), so no query syntax leaks through."""
    return '"' + text_.replace('"', '""') + '"'


def _where(q: InvoiceQuery) -> list:
    conds: list = []
    t = q.text.strip()
    if t:
        if len(t) >= 3:
            conds.append(InvoiceRow.id.in_(
                select(literal_column("rowid")).select_from(text("invoice_fts"))
                .where(text("invoice_fts MATCH :fts")).params(fts=fts_phrase(t))))
        elif all(is_cjk(ch) for ch in t):
            conds.append(InvoiceRow.id.in_(
                select(literal_column("rowid")).select_from(text("invoice_fts_cjk"))
                .where(text("invoice_fts_cjk MATCH :cjk"))
                .params(cjk=fts_phrase(cjk_spaced(t).strip()))))
        else:
            pattern = f"%{escape_like(t)}%"
            party_ids = select(PartyRow.id).where(PartyRow.name.like(pattern, escape="\\"))
            conds.append(or_(
                InvoiceRow.number.like(pattern, escape="\\"),
                InvoiceRow.party_id.in_(party_ids),
                InvoiceRow.notes.like(pattern, escape="\\"),
                exists().where(and_(InvoiceLineRow.invoice_id == InvoiceRow.id,
                                    InvoiceLineRow.description.like(pattern, escape="\\"))),
            ))
    if q.statuses:
        conds.append(InvoiceRow.status.in_(q.statuses))
    if q.kind:
        conds.append(InvoiceRow.kind == q.kind)
    if q.party_uuid:
        conds.append(InvoiceRow.party_id == select(PartyRow.id).where(
            PartyRow.uuid == q.party_uuid).scalar_subquery())
    if q.date_from:
        conds.append(InvoiceRow.issue_date >= q.date_from)
    if q.date_to:
        conds.append(InvoiceRow.issue_date <= q.date_to)
    if q.sync_states:
        conds.append(InvoiceRow.sync_state.in_(q.sync_states))
    return conds


def _order(stmt: Select, q: InvoiceQuery) -> Select:
    col = SORT_COLUMNS.get(q.sort, InvoiceRow.issue_date)
    if q.descending:
        return stmt.order_by(col.desc(), InvoiceRow.id.desc())
    return stmt.order_by(col.asc(), InvoiceRow.id.asc())


def _select_ids(q: InvoiceQuery) -> Select:
    """Only the ids, in list order: deep pages are found on the indexes alone, without
    building (or joining the party of) every row that OFFSET skips."""
    stmt = select(InvoiceRow.id)
    if q.sort == "party":
        stmt = stmt.join(PartyRow, PartyRow.id == InvoiceRow.party_id)
    conds = _where(q)
    if conds:
        stmt = stmt.where(*conds)
    return _order(stmt, q)


DEFERRED_JOIN_OFFSET = 1000


def _select(q: InvoiceQuery) -> Select:
    cols = (InvoiceRow.id, InvoiceRow.uuid, InvoiceRow.number, InvoiceRow.kind,
            InvoiceRow.is_credit_note, PartyRow.name, InvoiceRow.issue_date, InvoiceRow.due_date,
            InvoiceRow.currency, InvoiceRow.gross_minor, InvoiceRow.outstanding_minor,
            InvoiceRow.status, InvoiceRow.sync_state, InvoiceRow.sync_message,
            InvoiceRow.net_minor, InvoiceRow.tax_minor)
    stmt = select(*cols).join(PartyRow, PartyRow.id == InvoiceRow.party_id)
    conds = _where(q)
    if conds:
        stmt = stmt.where(*conds)
    return _order(stmt, q)


def list_invoices(s: Session, q: InvoiceQuery, offset: int = 0, limit: int = 200
                  ) -> list[InvoiceSummary]:
    if offset >= DEFERRED_JOIN_OFFSET:
        ids = s.execute(_select_ids(q).offset(offset).limit(limit)).scalars().all()
        if not ids:
            return []
        base = select(*_select(InvoiceQuery()).selected_columns).join(
            PartyRow, PartyRow.id == InvoiceRow.party_id).where(InvoiceRow.id.in_(ids))
        by_id = {r[0]: r for r in s.execute(base).all()}
        rows = [by_id[i] for i in ids if i in by_id]
    else:
        rows = s.execute(_select(q).offset(offset).limit(limit)).all()
    return [InvoiceSummary(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], r[8],
                           from_minor(r[9], r[8]), from_minor(r[10], r[8]), r[11], r[12], r[13],
                           from_minor(r[14], r[8]), from_minor(r[15], r[8]))
            for r in rows]


def _totals_only(q: InvoiceQuery) -> bool:
    """True when the filters are all columns of the maintained invoice_totals table."""
    return not (q.text.strip() or q.party_uuid or q.date_from or q.date_to)


def _totals_where(q: InvoiceQuery) -> list:
    conds = []
    if q.statuses:
        conds.append(InvoiceTotalsRow.status.in_(q.statuses))
    if q.kind:
        conds.append(InvoiceTotalsRow.kind == q.kind)
    if q.sync_states:
        conds.append(InvoiceTotalsRow.sync_state.in_(q.sync_states))
    return conds


def count(s: Session, q: InvoiceQuery) -> int:
    if _totals_only(q):
        return int(s.execute(select(func.coalesce(func.sum(InvoiceTotalsRow.n), 0))
                             .where(*_totals_where(q))).scalar_one())
    stmt = select(func.count(InvoiceRow.id))
    conds = _where(q)
    if conds:
        stmt = stmt.where(*conds)
    return s.execute(stmt).scalar_one()


def stats(s: Session, q: InvoiceQuery) -> ListStats:
    """Count and totals per currency of the filtered set (for the status bar)."""
    if _totals_only(q):
        t = InvoiceTotalsRow
        stmt = (select(t.currency, func.sum(t.n), func.sum(t.gross_minor),
                       func.sum(t.outstanding_minor)).where(*_totals_where(q))
                .group_by(t.currency).having(func.sum(t.n) > 0))
    else:
        stmt = select(InvoiceRow.currency, func.count(InvoiceRow.id),
                      func.sum(InvoiceRow.gross_minor),
                      func.sum(InvoiceRow.outstanding_minor)).group_by(InvoiceRow.currency)
        conds = _where(q)
        if conds:
            stmt = stmt.where(*conds)
    n = 0
    gross: dict[str, Decimal] = {}
    outstanding: dict[str, Decimal] = {}
    for cur, c, g, o in s.execute(stmt):
        n += c
        gross[cur] = from_minor(int(g or 0), cur)
        outstanding[cur] = from_minor(int(o or 0), cur)
    return ListStats(n, gross, outstanding)


_FTS_SELECT = (
    "SELECT i.id, i.number, p.name, i.notes, "
    "coalesce((SELECT group_concat(description, ' ') FROM invoice_line "
    "WHERE invoice_id = i.id), '') FROM invoice i JOIN party p ON p.id = i.party_id ")


def _index_where(s: Session, where: str, params: dict) -> None:
    s.execute(text("INSERT INTO invoice_fts(rowid, number, party, notes, lines) "
                   + _FTS_SELECT + where), params)
    s.execute(text("INSERT INTO invoice_fts_cjk(rowid, body) SELECT rowid, "
                   "cjk_spaced(number || ' ' || party || ' ' || notes || ' ' || lines) "
                   "FROM invoice_fts WHERE " + where.replace("WHERE", "").replace("i.id", "rowid")),
              params)


def reindex(s: Session, invoice_id: int) -> None:
    """Refresh the full-text rows of one invoice (in the same transaction as its save)."""
    s.execute(text("DELETE FROM invoice_fts WHERE rowid = :id"), {"id": invoice_id})
    s.execute(text("DELETE FROM invoice_fts_cjk WHERE rowid = :id"), {"id": invoice_id})
    _index_where(s, "WHERE i.id = :id", {"id": invoice_id})


def reindex_many(s: Session, invoice_ids: list[int]) -> None:
    """Refresh the full-text rows of many invoices with a handful of statements."""
    for i in range(0, len(invoice_ids), 500):
        chunk = ",".join(str(int(x)) for x in invoice_ids[i:i + 500])
        s.execute(text(f"DELETE FROM invoice_fts WHERE rowid IN ({chunk})"))
        s.execute(text(f"DELETE FROM invoice_fts_cjk WHERE rowid IN ({chunk})"))
        _index_where(s, f"WHERE i.id IN ({chunk})", {})


def index_from(s: Session, first_id: int) -> None:
    """Index every invoice with id >= first_id (after a bulk insert)."""
    _index_where(s, "WHERE i.id >= :first", {"first": first_id})


def reindex_party(s: Session, party_id: int) -> None:
    ids = s.execute(select(InvoiceRow.id).where(InvoiceRow.party_id == party_id)).scalars().all()
    for i in ids:
        reindex(s, i)


def rebuild_all(s: Session) -> None:
    s.execute(text("DELETE FROM invoice_fts"))
    s.execute(text("DELETE FROM invoice_fts_cjk"))
    _index_where(s, "WHERE 1", {})
