"""Field mapping between domain records and the REST protocol's JSON (desktop/sandbox/PROTOCOL.md).

States: the ERP knows draft/posted/paid/cancelled. Invoices reach the ERP when they are
approved locally (``first_push_status``), so an ERP ``draft`` maps to local APPROVED
(local draft/submitted/approved all push as ERP draft); posted → POSTED, paid → PAID,
cancelled → CANCELLED. Money and rates travel as decimal strings, dates as ISO text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.errors import ErpBug
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import (Invoice, InvoiceKind, InvoiceLine, Party, PartyRole, Payment,
                              Status)
from ..domain.workflow import Role
from .base import RemoteInvoice, RemoteParty, TaxCode

ERP_TO_LOCAL: dict[str, Status] = {
    "draft": Status.APPROVED,
    "posted": Status.POSTED,
    "paid": Status.PAID,
    "cancelled": Status.CANCELLED,
}
LOCAL_TO_ERP: dict[Status, str] = {
    Status.DRAFT: "draft", Status.SUBMITTED: "draft", Status.APPROVED: "draft",
    Status.POSTED: "posted", Status.PAID: "paid", Status.CANCELLED: "cancelled",
}


class _Malformed(Exception):
    pass


def _bug(what: str, problem: str) -> ErpBug:
    return ErpBug(QT_TRANSLATE_NOOP("ERP", "The ERP sent {what} that the app cannot read "
                                           "({problem})."), what=what, problem=problem)


def role_from_rights(rights: Iterable[str]) -> Role:
    """The local role a set of ERP rights amounts to (for Test connection)."""
    r = set(rights)
    if "settings.write" in r:
        return Role.ADMINISTRATOR
    if "invoice.post" in r:
        return Role.APPROVER
    return Role.CLERK


# --- out -----------------------------------------------------------------------------------

def invoice_to_wire(inv: Invoice, party_erp_id: str) -> dict[str, Any]:
    """The editable fields of an invoice (payments and state travel separately)."""
    return {
        "kind": inv.kind.value,
        "number": inv.number,
        "party_id": party_erp_id,
        "issue_date": inv.issue_date.isoformat(),
        "due_date": inv.due_date.isoformat() if inv.due_date else None,
        "currency": inv.currency,
        "payment_terms": inv.payment_terms,
        "notes": inv.notes,
        "external_ref": inv.external_ref,
        "is_credit_note": inv.is_credit_note,
        "credit_note_of": inv.credit_note_of,
        "lines": [{"key": ln.uuid, "description": ln.description, "quantity": str(ln.quantity),
                   "unit": ln.unit, "unit_price": str(ln.unit_price),
                   "discount": str(ln.discount), "tax_rate": str(ln.tax_rate)}
                  for ln in inv.lines],
    }


def payment_to_wire(p: Payment) -> dict[str, Any]:
    return {"amount": str(p.amount), "date": p.date.isoformat(), "method": p.method,
            "reference": p.reference}


def party_to_wire(p: Party) -> dict[str, Any]:
    return {"name": p.name, "role": p.role.value, "tax_id": p.tax_id, "country": p.country,
            "address": p.address, "contact": p.contact}


# --- in ------------------------------------------------------------------------------------

def _s(d: dict, key: str, required: bool = False) -> str:
    v = d.get(key)
    if v is None:
        if required:
            raise _Malformed(f"{key} is missing")
        return ""
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise _Malformed(f"{key} is not text")
    return str(v)


def _dec(d: dict, key: str, default: str | None = None) -> Decimal:
    v = d.get(key, default)
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        raise _Malformed(f"{key} is not a decimal string")
    try:
        value = Decimal(str(v))
    except InvalidOperation:
        raise _Malformed(f"{key} is not a number") from None
    if not value.is_finite():
        raise _Malformed(f"{key} is not a number")
    return value


def _date(d: dict, key: str, required: bool) -> date | None:
    v = d.get(key)
    if v in (None, ""):
        if required:
            raise _Malformed(f"{key} is missing")
        return None
    try:
        return date.fromisoformat(v)
    except (TypeError, ValueError):
        raise _Malformed(f"{key} is not a date") from None


def _version(d: dict, etag: str) -> str:
    if etag:
        return etag
    return _s(d, "version", required=True)


def invoice_from_wire(d: Any, etag: str = "") -> RemoteInvoice:
    """Wire JSON → RemoteInvoice; raises ErpBug naming the problem when it is malformed."""
    try:
        if not isinstance(d, dict):
            raise _Malformed("not an object")
        state = _s(d, "state", required=True)
        if state not in ERP_TO_LOCAL:
            raise _Malformed(f"unknown state {state[:20]!r}")
        lines_in, pays_in = d.get("lines") or [], d.get("payments") or []
        if not isinstance(lines_in, list) or not isinstance(pays_in, list):
            raise _Malformed("lines/payments are not lists")
        payments = [_payment(p) for p in pays_in]
        kind = _s(d, "kind") or "sale"
        if kind not in ("sale", "purchase"):
            raise _Malformed(f"unknown kind {kind[:20]!r}")
        inv = Invoice(
            kind=InvoiceKind(kind), party_uuid="", party_name=_s(d, "party_name"),
            issue_date=_date(d, "issue_date", required=True), due_date=_date(d, "due_date", False),
            currency=_s(d, "currency") or "CNY", number=_s(d, "number"),
            payment_terms=_s(d, "payment_terms"), notes=_s(d, "notes"),
            external_ref=_s(d, "external_ref"), is_credit_note=bool(d.get("is_credit_note")),
            credit_note_of=_s(d, "credit_note_of"), status=ERP_TO_LOCAL[state],
            lines=[_line(ln) for ln in lines_in], payments=list(payments),
            uuid=_s(d, "key"))
        modified = d.get("modified")
        return RemoteInvoice(
            erp_id=_s(d, "id", required=True), version=_version(d, etag), invoice=inv,
            party_erp_id=_s(d, "party_id", required=True), erp_state=state,
            modified=datetime.fromisoformat(modified) if isinstance(modified, str) else None,
            payments=payments)
    except (_Malformed, ValueError, AttributeError) as e:
        raise _bug(QT_TRANSLATE_NOOP("ERP", "an invoice"), str(e)[:120]) from None


def _line(d: Any) -> InvoiceLine:
    if not isinstance(d, dict):
        raise _Malformed("a line is not an object")
    line = InvoiceLine(description=_s(d, "description"), quantity=_dec(d, "quantity", "1"),
                       unit_price=_dec(d, "unit_price"), tax_rate=_dec(d, "tax_rate", "0"),
                       discount=_dec(d, "discount", "0"), unit=_s(d, "unit"))
    if _s(d, "key"):
        line.uuid = _s(d, "key")
    return line


def _payment(d: Any) -> Payment:
    if not isinstance(d, dict):
        raise _Malformed("a payment is not an object")
    pay = Payment(amount=_dec(d, "amount"), date=_date(d, "date", required=True),
                  method=_s(d, "method"), reference=_s(d, "reference"))
    if _s(d, "key"):
        pay.uuid = _s(d, "key")
    return pay


def party_from_wire(d: Any, etag: str = "") -> RemoteParty:
    try:
        if not isinstance(d, dict):
            raise _Malformed("not an object")
        role = _s(d, "role") or "customer"
        party = Party(name=_s(d, "name", required=True),
                      role=PartyRole(role) if role in PartyRole._value2member_map_
                      else PartyRole.CUSTOMER,
                      tax_id=_s(d, "tax_id"), country=_s(d, "country"), address=_s(d, "address"),
                      contact=_s(d, "contact"), uuid=_s(d, "key"))
        return RemoteParty(erp_id=_s(d, "id", required=True), version=_version(d, etag),
                           party=party)
    except (_Malformed, ValueError) as e:
        raise _bug(QT_TRANSLATE_NOOP("ERP", "a party"), str(e)[:120]) from None


def tax_from_wire(d: Any) -> TaxCode:
    try:
        if not isinstance(d, dict):
            raise _Malformed("not an object")
        return TaxCode(erp_id=_s(d, "id", required=True), name=_s(d, "name"),
                       rate=_dec(d, "rate"))
    except _Malformed as e:
        raise _bug(QT_TRANSLATE_NOOP("ERP", "a tax code"), str(e)[:120]) from None
