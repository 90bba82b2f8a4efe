"""Money and totals: the one rounding rule, minor units, and property tests."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import BadInput
from desktop.domain.money import from_minor, parse_decimal, round_money, to_minor
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Payment
from desktop.domain.totals import compute_totals, line_net, line_tax, payment_state


def _inv(lines, currency="CNY", payments=()):
    return Invoice(kind=InvoiceKind.SALE, party_uuid="p", issue_date=date(2026, 11, 28),
                   currency=currency, lines=list(lines), payments=list(payments))


def test_half_up_not_bankers():
    assert round_money(Decimal("0.125"), "CNY") == Decimal("0.13")
    assert round_money(Decimal("0.135"), "CNY") == Decimal("0.14")
    assert round_money(Decimal("2.5"), "JPY") == Decimal("3")
    assert round_money(Decimal("-0.125"), "USD") == Decimal("-0.13")


def test_minor_units_per_currency():
    assert to_minor(Decimal("1130.00"), "CNY") == 113000
    assert to_minor(Decimal("1130"), "JPY") == 1130
    assert to_minor(Decimal("1.2345"), "KWD") == 1235
    assert from_minor(113000, "CNY") == Decimal("1130.00")
    assert str(from_minor(5, "JPY")) == "5"
    with pytest.raises(BadInput):
        to_minor(Decimal(1), "XXX")


def test_large_amount_stays_exact():
    # PITFALLS: a float Numeric turned ...99 into ...98.
    amount = Decimal("99999999999.99")
    assert from_minor(to_minor(amount, "CNY"), "CNY") == amount


@pytest.mark.parametrize("text,expected", [
    ("1,130.00", Decimal("1130.00")), ("1,234,567", Decimal("1234567")), ("１１３０", Decimal("1130")), ("¥ 1 130.5", Decimal("1130.5")),
    (" 12 ", Decimal(12)), (7, Decimal(7)), (Decimal("3.10"), Decimal("3.10")),
])
def test_parse_decimal_accepts_what_people_type(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["abc", "", "1.2.3", "NaN", "Infinity", True, "12,5",
                                  "1.130,00", "1,13"])
def test_parse_decimal_refuses_nonsense(text):
    with pytest.raises(BadInput):
        parse_decimal(text)


def test_totals_of_the_tutorial_invoice():
    inv = _inv([InvoiceLine("Consulting", Decimal(2), Decimal("500"), Decimal(13))])
    t = compute_totals(inv)
    assert (t.net, t.tax, t.gross) == (Decimal("1000.00"), Decimal("130.00"), Decimal("1130.00"))
    assert t.tax_by_rate == ((Decimal(13), Decimal("130.00")),)


def test_tax_is_rounded_per_line():
    # Two lines of 0.05 net at 13 %: per line 0.0065 → 0.01 each = 0.02 (per-document: 0.01).
    line = InvoiceLine("x", Decimal(1), Decimal("0.05"), Decimal(13))
    t = compute_totals(_inv([line, InvoiceLine("y", Decimal(1), Decimal("0.05"), Decimal(13))]))
    assert t.tax == Decimal("0.02")


def test_discount_and_rates_grouped():
    inv = _inv([InvoiceLine("a", Decimal(3), Decimal("33.33"), Decimal(9), Decimal(10)),
                InvoiceLine("b", Decimal(1), Decimal("100"), Decimal(6)),
                InvoiceLine("c", Decimal(1), Decimal("50"), Decimal(9))])
    t = compute_totals(inv)
    assert line_net(inv.lines[0], "CNY") == Decimal("89.99")  # 99.99 × 0.9 = 89.991
    assert dict(t.tax_by_rate) == {Decimal(6): Decimal("6.00"),
                                   Decimal(9): Decimal("8.10") + Decimal("4.50")}
    assert t.gross == t.net + t.tax


def test_payment_state():
    inv = _inv([InvoiceLine("a", Decimal(1), Decimal("100"), Decimal(0))],
               payments=[Payment(Decimal("40"), date(2026, 11, 28))])
    t = compute_totals(inv)
    assert t.outstanding == Decimal("60.00")
    assert payment_state(t).value == "partly_paid"
    inv.payments.append(Payment(Decimal("60"), date(2026, 11, 29)))
    assert payment_state(compute_totals(inv)).value == "paid"


money = st.decimals(min_value=Decimal("0"), max_value=Decimal("100000"), places=2)
qty = st.decimals(min_value=Decimal("0.001"), max_value=Decimal("1000"), places=3)
rate = st.sampled_from([Decimal(13), Decimal(9), Decimal(6), Decimal(3), Decimal(0)])
disc = st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=1)
lines = st.lists(st.builds(InvoiceLine, st.just("x"), qty, money, rate, disc), min_size=1,
                 max_size=12)


@given(lines, st.sampled_from(["CNY", "JPY", "KWD"]))
def test_totals_are_sums_of_rounded_lines(ls, currency):
    t = compute_totals(_inv(ls, currency))
    assert t.net == sum(line_net(x, currency) for x in ls)
    assert t.tax == sum(line_tax(x, currency) for x in ls)
    assert t.tax == sum(a for _, a in t.tax_by_rate)
    assert t.gross == t.net + t.tax
    # every figure is in whole minor units and survives the trip through SQLite integers
    for v in (t.net, t.tax, t.gross):
        assert from_minor(to_minor(v, currency), currency) == v


@given(lines)
def test_totals_do_not_depend_on_line_order(ls):
    assert compute_totals(_inv(ls)) == compute_totals(_inv(list(reversed(ls))))


@given(st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=4))
def test_rounding_error_is_at_most_half_a_minor_unit(x):
    assert abs(round_money(x, "CNY") - x) <= Decimal("0.005")
