"""Converting spreadsheet cells (as openpyxl returns them) into domain values."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.errors import BadInput
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import parse_decimal
from desktop.domain.records import InvoiceKind
from desktop.domain.tax import normalise_rate

# Floats from Excel (0.1 + 0.2 = 0.30000000000000004) are read through repr() and rounded to
# this many decimal places: more than any price or quantity needs, fewer than float noise.
FLOAT_PLACES = Decimal("0.000001")
HUNDRED = Decimal(100)
_EXCEL_EPOCH = date(1899, 12, 30)   # serial 61 = 1900-03-01 (Excel's fake 1900-02-29 is 60)
MIN_YEAR, MAX_YEAR = 1970, 2199


class CellError(Exception):
    """A cell that cannot be read as its field; message is untranslated (context "Import")."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(message)


class UnevaluatedFormula:
    """Stands in a row for a formula cell that has no calculated value saved in the file."""

    __slots__ = ("coordinate",)

    def __init__(self, coordinate: str) -> None:
        self.coordinate = coordinate

    def __repr__(self) -> str:
        return f"UnevaluatedFormula({self.coordinate})"


class TooLong:
    """Stands in a row for a text cell longer than the import allows."""

    __slots__ = ("length",)

    def __init__(self, length: int) -> None:
        self.length = length

    def __repr__(self) -> str:
        return f"TooLong({self.length})"


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def to_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() \
            else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# --- dates ------------------------------------------------------------------------------

_YMD = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_DMY_DOT = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")
_XY_SLASH = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME_TAIL = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")

_NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a date; write it as 2026-11-28.")


def _year(text: str) -> int:
    """Two-digit years are read as 2000–2099 (26 → 2026): invoices are from this century."""
    y = int(text)
    return 2000 + y if len(text) == 2 else y


def _make_date(y: int, m: int, d: int, shown: object) -> date:
    try:
        result = date(y, m, d)
    except ValueError:
        raise CellError(_NOT_A_DATE, value=shown) from None
    if not MIN_YEAR <= result.year <= MAX_YEAR:
        raise CellError(QT_TRANSLATE_NOOP("Import", "The date {value} is out of range "
                                                    "({low}–{high})."),
                        value=result.isoformat(), low=MIN_YEAR, high=MAX_YEAR)
    return result


def to_date(value: object) -> date | None:
    """A date from a real date cell, an Excel serial number, or text.

    Text: 2026-11-28, 2026/11/28, 2026年11月28日, 20261128, 28.11.2026 (dots: day first),
    28/11/2026 or 11/28/2026 only when the day is over 12 (otherwise ambiguous → refused).
    Two-digit years (28.11.26) mean 2000–2099.
    """
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return _make_date(value.year, value.month, value.day, value)
    if isinstance(value, date):
        return _make_date(value.year, value.month, value.day, value)
    if isinstance(value, bool):
        raise CellError(_NOT_A_DATE, value=value)
    if isinstance(value, (int, float, Decimal)):
        return _from_number(value)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = _TIME_TAIL.sub("", text, count=1).strip() if len(text) > 10 else text
    if m := _YMD.fullmatch(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), value)
    if m := _COMPACT.fullmatch(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]), value)
    if m := _DMY_DOT.fullmatch(text):
        return _make_date(_year(m[3]), int(m[2]), int(m[1]), value)
    if m := _XY_SLASH.fullmatch(text):
        a, b, y = int(m[1]), int(m[2]), _year(m[3])
        if a > 12 >= b:
            return _make_date(y, b, a, value)
        if b > 12 >= a:
            return _make_date(y, a, b, value)
        if a == b:
            return _make_date(y, a, b, value)
        raise CellError(QT_TRANSLATE_NOOP("Import", "\"{value}\" could be day/month or "
                                                    "month/day; write it as 2026-11-28."),
                        value=value)
    raise CellError(_NOT_A_DATE, value=value)


def _from_number(value: int | float | Decimal) -> date:
    if value != int(value) and not isinstance(value, float):
        raise CellError(_NOT_A_DATE, value=value)
    n = int(value)                          # a time of day in a float serial is dropped
    if 19000101 <= n <= 29991231 and float(value) == n:     # 20261128 typed as a number
        return _make_date(n // 10000, n // 100 % 100, n % 100, value)
    if 61 <= n <= 2958465:
        d = _EXCEL_EPOCH + timedelta(days=n)
        return _make_date(d.year, d.month, d.day, value)
    raise CellError(_NOT_A_DATE, value=value)


# --- numbers ----------------------------------------------------------------------------

_EUROPEAN = re.compile(r"[-+]?\d{1,3}(?:\.\d{3})+,\d+")     # 1.130,00
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d{1,2}|[-+]?\d+,\d{4,}")  # 12,5 — not a thousands group
_TRAILING_UNIT = re.compile(r"\s*(?:元|[A-Z]{3})$")
_LEADING_CODE = re.compile(r"^[A-Z]{3}\s*")


def to_decimal(value: object, what: str = "amount") -> Decimal | None:
    """A number from a numeric cell or text such as "¥1,130.00", "１１３０", "1.130,00"."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a number."), value=value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellError(QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a number."),
                            value=value)
        d = Decimal(repr(value))
        if d.as_tuple().exponent < -6:      # type: ignore[operator]
            d = d.quantize(FLOAT_PLACES, rounding=ROUND_HALF_UP)
        return d
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, (date, datetime)):
        raise CellError(QT_TRANSLATE_NOOP("Import", "A date ({value}) where a number was "
                                                    "expected."), value=to_text(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    text = _LEADING_CODE.sub("", _TRAILING_UNIT.sub("", text))
    if _EUROPEAN.fullmatch(text.replace(" ", "")):
        text = text.replace(" ", "").replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(text.replace(" ", "")):
        raise CellError(QT_TRANSLATE_NOOP("Import", "\"{value}\" is ambiguous: is the comma a "
                                                    "decimal point? Write it as 12.50."),
                        value=value)
    try:
        return parse_decimal(text, what=what)
    except BadInput:
        raise CellError(QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a number."),
                        value=value) from None


_ZERO_RATE_WORDS = {"免税", "不征税", "零税率", "exempt", "tax exempt", "zero rated"}


def to_percent(value: object) -> Decimal | None:
    """A percentage from 13, "13%", "13 %" or 0.13 (a number below 1 is a fraction)."""
    if is_blank(value):
        return None
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip()
        if text.casefold() in _ZERO_RATE_WORDS:
            return Decimal(0)
        if text.endswith("%"):
            d = to_decimal(text[:-1].strip())
            if d is None:
                raise CellError(QT_TRANSLATE_NOOP("Import", "\"{value}\" is not a number."),
                                value=value)
            return normalise_rate(d)
        d = to_decimal(text)
    else:
        d = to_decimal(value)
    assert d is not None
    if 0 < d < 1:
        d = d * HUNDRED
    return normalise_rate(d)


# --- words ------------------------------------------------------------------------------

_KINDS = {
    InvoiceKind.SALE: {"sale", "sales", "s", "ar", "sell", "receivable", "customer invoice",
                       "out", "销售", "销项", "销售发票", "销项发票", "应收", "收"},
    InvoiceKind.PURCHASE: {"purchase", "purchases", "p", "ap", "buy", "payable",
                           "supplier invoice", "in", "采购", "进项", "采购发票", "进项发票",
                           "应付", "付"},
}
_KIND_BY_WORD = {w: k for k, words in _KINDS.items() for w in words}


def to_kind(value: object) -> InvoiceKind | None:
    if is_blank(value):
        return None
    word = unicodedata.normalize("NFKC", to_text(value)).strip().casefold()
    try:
        return _KIND_BY_WORD[word]
    except KeyError:
        raise CellError(QT_TRANSLATE_NOOP("Import", "\"{value}\" is neither a sale nor a "
                                                    "purchase."), value=value) from None


_CURRENCIES = {"RMB": "CNY", "人民币": "CNY", "元": "CNY", "¥": "CNY", "CN¥": "CNY",
               "美元": "USD", "$": "USD", "US$": "USD", "欧元": "EUR", "€": "EUR",
               "港币": "HKD", "港元": "HKD", "HK$": "HKD", "日元": "JPY", "英镑": "GBP",
               "£": "GBP"}


def to_currency(value: object) -> str | None:
    if is_blank(value):
        return None
    code = unicodedata.normalize("NFKC", to_text(value)).strip().upper()
    return _CURRENCIES.get(code, code)


_COUNTRIES = {"中国": "CN", "CHINA": "CN", "PRC": "CN", "中国大陆": "CN", "德国": "DE",
              "GERMANY": "DE", "DEUTSCHLAND": "DE", "美国": "US", "USA": "US",
              "UNITED STATES": "US", "香港": "HK", "HONG KONG": "HK", "日本": "JP",
              "JAPAN": "JP", "法国": "FR", "FRANCE": "FR", "英国": "GB", "UK": "GB",
              "UNITED KINGDOM": "GB"}


def to_country(value: object) -> str:
    code = unicodedata.normalize("NFKC", to_text(value)).strip().upper()
    return _COUNTRIES.get(code, code)
