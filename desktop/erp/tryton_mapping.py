"""Pure helpers of the Tryton connector: JSON-RPC type encoding, line markers, versions,
the pull cursor, and Tryton records → domain records. No I/O here (unit-testable).

Decisions (see also the TrytonConnector docstring):

* Line identity: the local line uuid is kept in the Tryton line's ``note`` as one marker line
  ``invoice-desk:{"k": uuid, ...}``; the marker also remembers the local discount, list price
  and unit text so a round trip is lossless (Tryton has no discount field: the discount is
  folded into ``unit_price``). A line made in Tryton (no marker) gets a deterministic uuid
  (uuid5 of the server, database and line id), so it keeps its identity across pulls and an
  update can find it again.
* Version: ``<invoice _timestamp>|<line id>@<line _timestamp>,...`` (lines sorted by id). A
  line-only edit, a new or a deleted line all change it, although Tryton's invoice
  ``_timestamp`` does not move; the per-line timestamps are also handed to Tryton's own lock
  on update.
* States: draft/validated → APPROVED (an invoice reaches Tryton once approved locally),
  posted → POSTED, paid → PAID, cancelled → CANCELLED.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
import uuid as uuid_mod
import zlib
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.errors import ErpBug
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import Status

ERP_TO_LOCAL: dict[str, Status] = {
    "draft": Status.APPROVED,
    "validated": Status.APPROVED,
    "posted": Status.POSTED,
    "paid": Status.PAID,
    "cancelled": Status.CANCELLED,
}
EDITABLE_STATES = frozenset({"draft", "validated"})
NAMESPACE = uuid_mod.UUID("8f6b0c1e-4a57-4d0a-9d43-2f1b7a9c3e11")
MARKER_PREFIX = "invoice-desk:"
_MARKER_RE = re.compile(r"^invoice-desk:(\{.*\})\s*$", re.M)
UNIT_PRICE_DIGITS = Decimal("0.0001")      # Tryton's default price_decimal is 4


# --- JSON-RPC type encoding (mirrors trytond/protocols/jsonrpc.py) -------------------------

def encode(obj: Any) -> Any:
    """``obj`` with Decimal/date/datetime/bytes turned into Tryton's ``__class__`` objects."""
    if isinstance(obj, dict):
        return {k: encode(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [encode(v) for v in obj]
    if isinstance(obj, Decimal):
        return {"__class__": "Decimal", "decimal": str(obj)}
    if isinstance(obj, dt.datetime):
        if obj.tzinfo is not None:
            obj = obj.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return {"__class__": "datetime", "year": obj.year, "month": obj.month, "day": obj.day,
                "hour": obj.hour, "minute": obj.minute, "second": obj.second,
                "microsecond": obj.microsecond}
    if isinstance(obj, dt.date):
        return {"__class__": "date", "year": obj.year, "month": obj.month, "day": obj.day}
    if isinstance(obj, (bytes, bytearray)):
        return {"__class__": "bytes", "base64": base64.b64encode(bytes(obj)).decode("ascii")}
    return obj


def _decode_class(d: dict) -> Any:
    cls = d.get("__class__")
    if cls == "Decimal":
        return Decimal(d["decimal"])
    if cls == "date":
        return dt.date(d["year"], d["month"], d["day"])
    if cls == "datetime":
        return dt.datetime(d["year"], d["month"], d["day"], d.get("hour", 0), d.get("minute", 0),
                           d.get("second", 0), d.get("microsecond", 0))
    if cls == "time":
        return dt.time(d.get("hour", 0), d.get("minute", 0), d.get("second", 0),
                       d.get("microsecond", 0))
    if cls == "timedelta":
        return dt.timedelta(seconds=d["seconds"])
    if cls == "bytes":
        return base64.b64decode(d["base64"])
    return d


def decode(obj: Any) -> Any:
    """Tryton's ``__class__`` objects in a parsed JSON answer → Python values."""
    if isinstance(obj, list):
        return [decode(v) for v in obj]
    if isinstance(obj, dict):
        if "__class__" in obj:
            try:
                return _decode_class(obj)
            except (KeyError, TypeError, ValueError, InvalidOperation, binascii.Error):
                raise ErpBug(QT_TRANSLATE_NOOP("ERP", "Tryton sent a value the app cannot read "
                                                      "({kind})."),
                             kind=str(obj.get("__class__"))[:30]) from None
        return {k: decode(v) for k, v in obj.items()}
    return obj


# --- line markers ---------------------------------------------------------------------------

def make_marker(key: str, discount: Decimal, list_price: Decimal, unit: str) -> str:
    data: dict[str, str] = {"k": key}
    if discount:
        data["d"] = str(discount)
        data["p"] = str(list_price)
    if unit:
        data["u"] = unit
    return MARKER_PREFIX + json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def parse_marker(note: str | None) -> dict[str, str]:
    """The marker data in a line note ({} when there is none or it is unreadable)."""
    if not note or MARKER_PREFIX not in note:
        return {}
    m = _MARKER_RE.search(note)
    if not m:
        return {}
    try:
        data = json.loads(m.group(1))
    except ValueError:
        return {}
    if not isinstance(data, dict) or not isinstance(data.get("k"), str):
        return {}
    return {k: str(v) for k, v in data.items()}


def strip_marker(note: str | None) -> str:
    """The note without our marker (what a Tryton user wrote there)."""
    if not note:
        return ""
    return _MARKER_RE.sub("", note).strip("\n")


def with_marker(note: str | None, marker: str) -> str:
    other = strip_marker(note)
    return f"{other}\n{marker}" if other else marker


def derived_line_uuid(server_key: str, line_id: int) -> str:
    """The stable local uuid of a Tryton line that carries no marker."""
    return str(uuid_mod.uuid5(NAMESPACE, f"{server_key}/account.invoice.line/{line_id}"))


def derived_payment_uuid(server_key: str, move_line_id: int) -> str:
    return str(uuid_mod.uuid5(NAMESPACE, f"{server_key}/account.move.line/{move_line_id}"))


def discounted_price(unit_price: Decimal, discount: Decimal) -> Decimal:
    """The unit price Tryton gets: list price × (1 − discount %), to Tryton's 4 digits."""
    if not discount:
        return unit_price
    return (unit_price * (Decimal(100) - discount) / Decimal(100)).quantize(UNIT_PRICE_DIGITS)


def as_decimal(value: Any) -> Decimal:
    """A Tryton number (Decimal, or a float such as a line quantity) as an exact Decimal."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value)).normalize() if value == value else Decimal(0)
    if isinstance(value, int):
        return Decimal(value)
    if value is None:
        return Decimal(0)
    return Decimal(str(value))


def quantity_out(q: Decimal) -> float:
    return float(q)


# --- versions ---------------------------------------------------------------------------------

def make_version(invoice_ts: str, lines: list[tuple[int, str]]) -> str:
    """``<invoice _timestamp>|<id>@<_timestamp>,...`` (lines sorted by id)."""
    return f"{invoice_ts}|" + ",".join(f"{i}@{ts}" for i, ts in sorted(lines))


def parse_version(version: str) -> tuple[str, dict[int, str]]:
    head, sep, tail = (version or "").partition("|")
    lines: dict[int, str] = {}
    if tail:
        for part in tail.split(","):
            i, _, ts = part.partition("@")
            try:
                lines[int(i)] = ts
            except ValueError:
                raise _bad_version() from None
    if not head or not sep:
        raise _bad_version()
    return head, lines


def _bad_version() -> ErpBug:
    return ErpBug(QT_TRANSLATE_NOOP("ERP", "The saved version of this invoice was not made by the "
                                           "Tryton connector; fetch the invoice again."))


def version_hash(version: str) -> str:
    return hashlib.sha1(version.encode()).hexdigest()[:12]


# --- the pull cursor --------------------------------------------------------------------------

def empty_cursor() -> dict[str, Any]:
    # s: lower bound (epoch seconds) of the current pass (None: from the beginning)
    # hw: the newest modification seen so far; ki/kp: last invoice/party id of this pass
    # di/dp: the invoice/party lists of this pass are done
    # si/sp: {id: [version hash, modified epoch]} delivered within the overlap window
    return {"v": 1, "s": None, "hw": None, "ki": 0, "kp": 0, "di": False, "dp": False,
            "si": {}, "sp": {}}


def encode_cursor(cur: dict[str, Any]) -> str:
    raw = json.dumps(cur, separators=(",", ":")).encode()
    return "z" + base64.urlsafe_b64encode(zlib.compress(raw, 6)).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> dict[str, Any]:
    if not cursor:
        return empty_cursor()
    try:
        if not cursor.startswith("z"):
            raise ValueError
        body = cursor[1:]
        raw = zlib.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        cur = json.loads(raw)
        if not isinstance(cur, dict) or cur.get("v") != 1:
            raise ValueError
        base = empty_cursor()
        base.update(cur)
        return base
    except (ValueError, binascii.Error, zlib.error, UnicodeDecodeError):
        raise ErpBug(QT_TRANSLATE_NOOP("ERP", "The saved sync position is not one the Tryton "
                                              "connector made; reset the sync position.")) \
            from None


def epoch(value: dt.datetime | None) -> float | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.timezone.utc).timestamp()


def from_epoch(value: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(value, dt.timezone.utc).replace(tzinfo=None)


def modified_of(*records: dict) -> float:
    """The latest create/write time (epoch) of Tryton records (naive UTC datetimes)."""
    best = 0.0
    for r in records:
        for key in ("write_date", "create_date"):
            v = r.get(key)
            if isinstance(v, dt.datetime):
                e = epoch(v)
                if e is not None and e > best:
                    best = e
    return best


def is_uuid(text: str | None) -> bool:
    if not text or len(text) != 36:
        return False
    try:
        uuid_mod.UUID(text)
    except ValueError:
        return False
    return True


def compact_tax_id(text: str) -> str:
    return re.sub(r"[\s\-./]", "", text or "").upper()


def rel(record: dict, name: str) -> dict:
    """The dotted-field object Tryton returns for ``name.x`` reads (``{"name.": {...}}``)."""
    v = record.get(name + ".")
    return v if isinstance(v, dict) else {}
