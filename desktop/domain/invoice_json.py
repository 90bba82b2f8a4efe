"""The JSON shape of an invoice: the same going out (``show --json``) and coming in
(``add``/``edit``). Money is a string ("1130.00"), dates are ISO ("2026-11-28").

Output-only keys (``totals``, ``sync_state``, ``payment_state``, ``status`` on add) are
accepted on input and ignored, so the output of ``show`` can be edited and fed back. Any
other unknown key is an error: a typo must not be silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from .errors import BadInput
from .i18n import QT_TRANSLATE_NOOP
from .money import parse_decimal, round_money
from .records import Invoice, InvoiceKind, InvoiceLine, Payment, Status, Totals
from .totals import compute_totals, payment_state

INVOICE_KEYS = {"uuid", "kind", "number", "party", "issue_date", "due_date", "currency",
                "payment_terms", "notes", "external_ref", "is_credit_note", "credit_note_of",
                "status", "lines", "payments"}
OUTPUT_ONLY_KEYS = {"totals", "sync_state", "payment_state", "sync_message", "erp_id"}
LINE_KEYS = {"uuid", "description", "quantity", "unit", "unit_price", "discount", "tax_rate",
             "net"}
PAYMENT_KEYS = {"uuid", "amount", "date", "method", "reference"}
PARTY_KEYS = {"uuid", "name", "tax_id", "country"}


@dataclass(frozen=True, slots=True)
class PartyRef:
    """How the JSON names a party; the store resolves it (uuid, then tax ID, then name)."""

    uuid: str = ""
    name: str = ""
    tax_id: str = ""
    country: str = ""


def _bad(message: str, **params: object) -> BadInput:
    return BadInput(message, **params)


def _check_keys(obj: Any, allowed: set[str], where: str) -> dict:
    if not isinstance(obj, dict):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "{where} must be a JSON object."), where=where)
    unknown = sorted(set(obj) - allowed)
    if unknown:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "Unknown field {fields} in {where}; the fields "
                                               "are: {allowed}."),
                   fields=", ".join(unknown), where=where, allowed=", ".join(sorted(allowed)))
    return obj


def _str(obj: dict, key: str, where: str, default: str = "") -> str:
    value = obj.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "{where}.{key} must be text."), where=where, key=key)
    return value


def _date(obj: dict, key: str, where: str, required: bool) -> date | None:
    value = obj.get(key)
    if value in (None, ""):
        if required:
            raise _bad(QT_TRANSLATE_NOOP("Errors", "{where}.{key} is missing (a date such as "
                                                   "2026-11-28)."), where=where, key=key)
        return None
    if not isinstance(value, str):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "{where}.{key} must be a date such as 2026-11-28."),
                   where=where, key=key)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "{where}.{key} \"{value}\" is not a date such as "
                                               "2026-11-28."),
                   where=where, key=key, value=value) from None


def _dec(obj: dict, key: str, where: str, default: str | None = None) -> Decimal:
    if key not in obj or obj[key] is None:
        if default is None:
            raise _bad(QT_TRANSLATE_NOOP("Errors", "{where}.{key} is missing."), where=where,
                       key=key)
        return Decimal(default)
    if isinstance(obj[key], float):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "{where}.{key} must be written as a string such "
                                               "as \"12.50\" (a JSON float loses cents)."),
                   where=where, key=key)
    return parse_decimal(obj[key], what=f"{where}.{key}")


def party_ref_from_json(value: Any) -> PartyRef:
    if isinstance(value, str):
        return PartyRef(name=value)
    obj = _check_keys(value, PARTY_KEYS, "party")
    ref = PartyRef(uuid=_str(obj, "uuid", "party"), name=_str(obj, "name", "party"),
                   tax_id=_str(obj, "tax_id", "party"), country=_str(obj, "country", "party"))
    if not (ref.uuid or ref.name or ref.tax_id):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "party needs a uuid, a name or a tax_id."))
    return ref


def invoice_from_json(obj: Any, base: Invoice | None = None) -> tuple[Invoice, PartyRef | None]:
    """Build an Invoice from JSON. With ``base`` (edit), keys not given keep base's values.

    Returns the invoice and the party reference to resolve (None: keep base's party).
    Raises BadInput naming the first structural problem; field rules are validation's job.
    """
    obj = _check_keys(obj, INVOICE_KEYS | OUTPUT_ONLY_KEYS, "invoice")
    w = "invoice"
    if base is None and "party" not in obj:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "invoice.party is missing."))
    kind_text = _str(obj, "kind", w, base.kind.value if base else "sale")
    try:
        kind = InvoiceKind(kind_text)
    except ValueError:
        raise _bad(QT_TRANSLATE_NOOP("Errors", "invoice.kind must be \"sale\" or \"purchase\"."))\
            from None
    inv = Invoice(
        kind=kind,
        party_uuid=base.party_uuid if base else "",
        party_name=base.party_name if base else "",
        issue_date=(_date(obj, "issue_date", w, required=base is None)
                    if base is None or "issue_date" in obj else base.issue_date),
        currency=_str(obj, "currency", w, base.currency if base else "CNY").upper(),
        number=_str(obj, "number", w, base.number if base else ""),
        due_date=(_date(obj, "due_date", w, required=False)
                  if "due_date" in obj else (base.due_date if base else None)),
        payment_terms=_str(obj, "payment_terms", w, base.payment_terms if base else ""),
        notes=_str(obj, "notes", w, base.notes if base else ""),
        external_ref=_str(obj, "external_ref", w, base.external_ref if base else ""),
        is_credit_note=bool(obj.get("is_credit_note", base.is_credit_note if base else False)),
        credit_note_of=_str(obj, "credit_note_of", w, base.credit_note_of if base else ""),
        status=base.status if base else Status.DRAFT,
        uuid=base.uuid if base else (_str(obj, "uuid", w) or Invoice.__dataclass_fields__[
            "uuid"].default_factory()),
    )
    if base is not None and obj.get("uuid") not in (None, "", base.uuid):
        raise _bad(QT_TRANSLATE_NOOP("Errors", "invoice.uuid does not match the invoice being "
                                               "edited."))
    if "lines" in obj:
        if not isinstance(obj["lines"], list):
            raise _bad(QT_TRANSLATE_NOOP("Errors", "invoice.lines must be a list."))
        inv.lines = [_line_from_json(x, i) for i, x in enumerate(obj["lines"])]
    elif base is not None:
        inv.lines = list(base.lines)
    if "payments" in obj:
        if not isinstance(obj["payments"], list):
            raise _bad(QT_TRANSLATE_NOOP("Errors", "invoice.payments must be a list."))
        inv.payments = [_payment_from_json(x, i) for i, x in enumerate(obj["payments"])]
    elif base is not None:
        inv.payments = list(base.payments)
    party = party_ref_from_json(obj["party"]) if "party" in obj else None
    return inv, party


def _line_from_json(obj: Any, i: int) -> InvoiceLine:
    w = f"lines[{i}]"
    obj = _check_keys(obj, LINE_KEYS, w)
    line = InvoiceLine(
        description=_str(obj, "description", w),
        quantity=_dec(obj, "quantity", w, "1"),
        unit_price=_dec(obj, "unit_price", w),
        tax_rate=_dec(obj, "tax_rate", w, "13"),
        discount=_dec(obj, "discount", w, "0"),
        unit=_str(obj, "unit", w),
    )
    if obj.get("uuid"):
        line.uuid = _str(obj, "uuid", w)
    return line


def _payment_from_json(obj: Any, i: int) -> Payment:
    w = f"payments[{i}]"
    obj = _check_keys(obj, PAYMENT_KEYS, w)
    pay = Payment(amount=_dec(obj, "amount", w), date=_date(obj, "date", w, required=True),
                  method=_str(obj, "method", w), reference=_str(obj, "reference", w))
    if obj.get("uuid"):
        pay.uuid = _str(obj, "uuid", w)
    return pay


def _money(value: Decimal, currency: str) -> str:
    return str(round_money(value, currency))


def invoice_to_json(inv: Invoice, party_tax_id: str = "", sync_state: str = "",
                    sync_message: str = "", totals: Totals | None = None) -> dict:
    from .totals import line_net
    t = totals or compute_totals(inv)
    cur = inv.currency
    out = {
        "uuid": inv.uuid,
        "kind": inv.kind.value,
        "number": inv.number,
        "party": {"uuid": inv.party_uuid, "name": inv.party_name, "tax_id": party_tax_id},
        "issue_date": inv.issue_date.isoformat(),
        "due_date": inv.due_date.isoformat() if inv.due_date else None,
        "currency": cur,
        "payment_terms": inv.payment_terms,
        "notes": inv.notes,
        "external_ref": inv.external_ref,
        "is_credit_note": inv.is_credit_note,
        "credit_note_of": inv.credit_note_of,
        "status": inv.status.value,
        "lines": [
            {"uuid": ln.uuid, "description": ln.description, "quantity": str(ln.quantity),
             "unit": ln.unit, "unit_price": str(ln.unit_price), "discount": str(ln.discount),
             "tax_rate": str(ln.tax_rate), "net": _money(line_net(ln, cur), cur)}
            for ln in inv.lines
        ],
        "payments": [
            {"uuid": p.uuid, "amount": _money(p.amount, cur), "date": p.date.isoformat(),
             "method": p.method, "reference": p.reference}
            for p in inv.payments
        ],
        "totals": {
            "net": _money(t.net, cur),
            "tax": _money(t.tax, cur),
            "tax_by_rate": {str(r): _money(a, cur) for r, a in t.tax_by_rate},
            "gross": _money(t.gross, cur),
            "paid": _money(t.paid, cur),
            "outstanding": _money(t.outstanding, cur),
        },
        "payment_state": payment_state(t).value,
    }
    if sync_state:
        out["sync_state"] = sync_state
        out["sync_message"] = sync_message
    return out
