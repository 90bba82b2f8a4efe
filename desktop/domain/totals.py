"""Totals of an invoice: always computed from its lines, never typed."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .money import round_money
from .records import Invoice, InvoiceLine, PaymentState, Totals
from .tax import normalise_rate

HUNDRED = Decimal(100)


def line_net(line: InvoiceLine, currency: str) -> Decimal:
    """quantity × unit price × (1 − discount %), rounded half-up to the minor unit."""
    raw = line.quantity * line.unit_price * (HUNDRED - line.discount) / HUNDRED
    return round_money(raw, currency)


def line_tax(line: InvoiceLine, currency: str, net: Decimal | None = None) -> Decimal:
    """Tax of one line: its rounded net × rate, rounded half-up (per line, the one rule)."""
    if net is None:
        net = line_net(line, currency)
    return round_money(net * line.tax_rate / HUNDRED, currency)


def compute_totals(invoice: Invoice) -> Totals:
    cur = invoice.currency
    net = Decimal(0)
    by_rate: dict[Decimal, Decimal] = defaultdict(Decimal)
    for line in invoice.lines:
        n = line_net(line, cur)
        net += n
        by_rate[normalise_rate(line.tax_rate)] += line_tax(line, cur, n)
    tax = sum(by_rate.values(), Decimal(0))
    gross = round_money(net + tax, cur)
    paid = round_money(sum((p.amount for p in invoice.payments), Decimal(0)), cur)
    return Totals(
        net=round_money(net, cur),
        tax_by_rate=tuple(sorted((r, round_money(t, cur)) for r, t in by_rate.items())),
        tax=round_money(tax, cur),
        gross=gross,
        paid=paid,
        outstanding=round_money(gross - paid, cur),
    )


def payment_state(totals: Totals) -> PaymentState:
    if totals.paid <= 0:
        return PaymentState.UNPAID
    if totals.paid < totals.gross:
        return PaymentState.PARTLY_PAID
    if totals.paid == totals.gross:
        return PaymentState.PAID
    return PaymentState.OVERPAID
