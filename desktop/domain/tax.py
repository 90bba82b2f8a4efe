"""Tax rates: the standard Chinese VAT rates and those a profile adds."""

from __future__ import annotations

from decimal import Decimal

# Percentages. A profile may add more rates (e.g. EU 19 %, 20 %); 0 % is always valid.
STANDARD_VAT_RATES: tuple[Decimal, ...] = (
    Decimal("13"), Decimal("9"), Decimal("6"), Decimal("3"), Decimal("0"),
)


def normalise_rate(rate: Decimal) -> Decimal:
    """A rate as a percentage with no trailing zeros (``13.00`` → ``13``)."""
    n = rate.normalize()
    return n.quantize(Decimal(1)) if n == n.to_integral() else n


def is_known_rate(rate: Decimal, extra_rates: tuple[Decimal, ...] = ()) -> bool:
    r = normalise_rate(rate)
    return any(r == normalise_rate(k) for k in STANDARD_VAT_RATES + tuple(extra_rates))
