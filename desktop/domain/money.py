"""Money: Decimal amounts, currency minor units, and the one rounding rule of the product.

The rule: every amount is rounded to the currency's minor unit ROUND_HALF_UP, per line
(line net, then line tax), and document totals are sums of rounded line figures. SQLite
keeps money as INTEGER minor units (cents, fen); Python always works in Decimal.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import BadInput
from .i18n import QT_TRANSLATE_NOOP

# ISO 4217 minor units of the currencies we expect; anything else is refused, not guessed.
MINOR_UNITS: dict[str, int] = {
    "CNY": 2, "USD": 2, "EUR": 2, "GBP": 2, "HKD": 2, "CHF": 2, "SGD": 2, "AUD": 2,
    "CAD": 2, "TWD": 2, "SEK": 2, "NOK": 2, "DKK": 2, "PLN": 2, "CZK": 2,
    "JPY": 0, "KRW": 0, "VND": 0,
    "KWD": 3, "BHD": 3,
}

MAX_ABS_AMOUNT = Decimal("999999999999.99")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")  # fits comfortably in SQLite INTEGER minor units


def minor_units(currency: str) -> int:
    """Decimal places of ``currency``; raises BadInput for an unknown code."""
    try:
        return MINOR_UNITS[currency]
    except KeyError:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "Unknown currency code: {code}."),
                       code=currency) from None


_QUANTA = {code: Decimal(1).scaleb(-places) for code, places in MINOR_UNITS.items()}


def quantum(currency: str) -> Decimal:
    try:
        return _QUANTA[currency]
    except KeyError:
        minor_units(currency)  # raises the clear BadInput
        raise


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round to the currency's minor unit, half-up (the one rule)."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


def to_minor(amount: Decimal, currency: str) -> int:
    """Decimal → integer minor units (rounds half-up first)."""
    return int(round_money(amount, currency).scaleb(minor_units(currency)))


def from_minor(value: int, currency: str) -> Decimal:
    """Integer minor units → Decimal with the currency's exponent."""
    return Decimal(int(value)).scaleb(-minor_units(currency)).quantize(quantum(currency))


def parse_decimal(text: object, what: str = "amount") -> Decimal:
    """Read a number typed or imported by a person.

    Accepts ints, Decimals, and strings with thousands separators (``1,130.00``), spaces,
    full-width digits (``１１３０``) and a leading currency sign. Floats are refused: they
    have already lost the cents.
    """
    if isinstance(text, bool):
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} must be a number, not true/false."),
                       what=what)
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    elif isinstance(text, float):
        value = Decimal(repr(text))
    elif isinstance(text, str):
        cleaned = unicodedata.normalize("NFKC", text).strip()
        for sign in ("¥", "￥", "$", "€", "£"):
            cleaned = cleaned.replace(sign, "")
        cleaned = cleaned.replace(" ", "").replace("\u00a0", "").replace("_", "")
        if "," in cleaned:
            if not _GROUPED.match(cleaned):
                raise BadInput(QT_TRANSLATE_NOOP(
                    "Errors", "The {what} \"{text}\" is ambiguous: write decimals with a dot "
                              "and group thousands with commas (1,130.50)."),
                    what=what, text=text)
            cleaned = cleaned.replace(",", "")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} \"{text}\" is not a number."),
                           what=what, text=text) from None
    else:
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} must be a number."), what=what)
    if not value.is_finite():
        raise BadInput(QT_TRANSLATE_NOOP("Errors", "The {what} \"{text}\" is not a number."),
                       what=what, text=text)
    return value


def format_money(amount: Decimal, currency: str) -> str:
    """Plain formatting for logs and the command line (the window uses QLocale)."""
    return f"{round_money(amount, currency):,} {currency}"
