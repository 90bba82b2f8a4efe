"""Validation of invoices and parties: every problem at once, each with its field."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from stdnum import exceptions as stdnum_exceptions
from stdnum.cn import uscc
from stdnum.eu import vat as eu_vat

from .i18n import QT_TRANSLATE_NOOP
from .money import MAX_ABS_AMOUNT, MINOR_UNITS
from .records import Invoice, Party
from .tax import is_known_rate
from .totals import compute_totals

MAX_TEXT = 500
MAX_LINES = 500

EU_COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE EL ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK XI".split()
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: ``field`` is a path such as ``lines[2].quantity``; ``message`` is
    untranslated (QT_TRANSLATE_NOOP, context "Validation") with ``{name}`` placeholders."""

    field: str
    message: str
    params: tuple[tuple[str, str], ...] = field(default=())

    def text(self) -> str:
        return self.message.format(**dict(self.params))


def _p(fld: str, message: str, **params: object) -> Problem:
    return Problem(fld, message, tuple((k, str(v)) for k, v in params.items()))


def validate_tax_id(tax_id: str, country: str) -> Problem | None:
    """China: unified social credit code; EU: VAT number; elsewhere: any text."""
    tid = tax_id.strip()
    if not tid:
        return None
    c = country.upper()
    try:
        if c == "CN":
            uscc.validate(tid)
        elif c in EU_COUNTRIES:
            eu_vat.validate(tid if tid[:2].isalpha() else c + tid)
    except stdnum_exceptions.ValidationError:
        if c == "CN":
            return _p("tax_id", QT_TRANSLATE_NOOP(
                "Validation", "\"{tax_id}\" is not a valid unified social credit code "
                "(18 characters with a check digit)."), tax_id=tid)
        return _p("tax_id", QT_TRANSLATE_NOOP(
            "Validation", "\"{tax_id}\" is not a valid EU VAT number."), tax_id=tid)
    return None


def validate_party(party: Party) -> list[Problem]:
    problems: list[Problem] = []
    if not party.name.strip():
        problems.append(_p("name", QT_TRANSLATE_NOOP("Validation", "Enter the party's name.")))
    elif len(party.name) > MAX_TEXT:
        problems.append(_p("name", QT_TRANSLATE_NOOP("Validation", "The name is too long "
                                                     "(at most {n} characters)."), n=MAX_TEXT))
    if party.country and (len(party.country) != 2 or not party.country.isalpha()):
        problems.append(_p("country", QT_TRANSLATE_NOOP(
            "Validation", "The country must be a two-letter code such as CN or DE.")))
    else:
        p = validate_tax_id(party.tax_id, party.country)
        if p:
            problems.append(p)
    return problems


def validate_invoice(inv: Invoice, extra_rates: tuple[Decimal, ...] = ()) -> list[Problem]:
    """All problems of ``inv`` (empty list: valid)."""
    problems: list[Problem] = []
    add = problems.append
    if not inv.party_uuid:
        add(_p("party", QT_TRANSLATE_NOOP("Validation", "Choose a customer or supplier.")))
    if inv.currency not in MINOR_UNITS:
        add(_p("currency", QT_TRANSLATE_NOOP("Validation", "Unknown currency code \"{code}\"."),
               code=inv.currency))
        return problems  # amounts cannot be checked without a currency
    if inv.issue_date is None:
        add(_p("issue_date", QT_TRANSLATE_NOOP("Validation", "Enter the issue date.")))
    if inv.due_date is not None and inv.issue_date is not None and inv.due_date < inv.issue_date:
        add(_p("due_date", QT_TRANSLATE_NOOP("Validation",
                                             "The due date is before the issue date.")))
    for name in ("number", "external_ref", "payment_terms"):
        if len(getattr(inv, name)) > 64:
            add(_p(name, QT_TRANSLATE_NOOP("Validation", "Too long (at most {n} characters)."),
                   n=64))
    if len(inv.notes) > 4000:
        add(_p("notes", QT_TRANSLATE_NOOP("Validation", "Too long (at most {n} characters)."),
               n=4000))
    if not inv.lines:
        add(_p("lines", QT_TRANSLATE_NOOP("Validation", "Add at least one line.")))
    if len(inv.lines) > MAX_LINES:
        add(_p("lines", QT_TRANSLATE_NOOP("Validation", "Too many lines (at most {n})."),
               n=MAX_LINES))
    for i, line in enumerate(inv.lines):
        f = f"lines[{i}]"
        if not line.description.strip():
            add(_p(f + ".description", QT_TRANSLATE_NOOP("Validation",
                                                         "Describe what line {n} is for."), n=i + 1))
        elif len(line.description) > MAX_TEXT:
            add(_p(f + ".description", QT_TRANSLATE_NOOP(
                "Validation", "Too long (at most {n} characters)."), n=MAX_TEXT))
        if line.quantity <= 0:
            add(_p(f + ".quantity", QT_TRANSLATE_NOOP(
                "Validation", "The quantity of line {n} must be more than zero."), n=i + 1))
        if line.unit_price < 0:
            add(_p(f + ".unit_price", QT_TRANSLATE_NOOP(
                "Validation", "The unit price of line {n} cannot be negative "
                "(make a credit note instead)."), n=i + 1))
        if abs(line.quantity * line.unit_price) > MAX_ABS_AMOUNT or abs(line.quantity) > 10**9:
            add(_p(f + ".unit_price", QT_TRANSLATE_NOOP(
                "Validation", "The amount of line {n} is too large."), n=i + 1))
        if not (0 <= line.discount <= 100):
            add(_p(f + ".discount", QT_TRANSLATE_NOOP(
                "Validation", "The discount of line {n} must be between 0 and 100 %."), n=i + 1))
        if not is_known_rate(line.tax_rate, extra_rates):
            add(_p(f + ".tax_rate", QT_TRANSLATE_NOOP(
                "Validation", "{rate} % is not a tax rate of this profile."),
                rate=line.tax_rate.normalize()))
    if not any(p.field.startswith("lines[") for p in problems) and inv.lines:
        totals = compute_totals(inv)
        if abs(totals.gross) > MAX_ABS_AMOUNT:
            add(_p("lines", QT_TRANSLATE_NOOP("Validation", "The invoice total is too large.")))
    for i, pay in enumerate(inv.payments):
        if pay.amount == 0:
            add(_p(f"payments[{i}].amount", QT_TRANSLATE_NOOP(
                "Validation", "A payment cannot be zero.")))
    return problems
