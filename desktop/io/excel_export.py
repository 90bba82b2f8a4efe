"""Excel (.xlsx) export of invoices in write-only mode: real numbers and dates, no formulas."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.money import MINOR_UNITS
from desktop.domain.records import Invoice, Party
from desktop.domain.totals import compute_totals, line_net, line_tax

from . import CHECK_EVERY, check_cancel

Progress = Callable[[int, int], None]

# Text starting with one of these is a formula (or DDE) to a spreadsheet program.
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "yyyy-mm-dd"

# Column key → English header (translate with context "Export"; pass translations as
# ``headers``). The line-level export uses import-field keys, so it can be imported again.
EXPORT_HEADERS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("Export", "Invoice number"),
    "kind": QT_TRANSLATE_NOOP("Export", "Kind"),
    "party_name": QT_TRANSLATE_NOOP("Export", "Party"),
    "party_tax_id": QT_TRANSLATE_NOOP("Export", "Tax ID"),
    "party_country": QT_TRANSLATE_NOOP("Export", "Country"),
    "issue_date": QT_TRANSLATE_NOOP("Export", "Issue date"),
    "due_date": QT_TRANSLATE_NOOP("Export", "Due date"),
    "currency": QT_TRANSLATE_NOOP("Export", "Currency"),
    "description": QT_TRANSLATE_NOOP("Export", "Description"),
    "quantity": QT_TRANSLATE_NOOP("Export", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("Export", "Unit"),
    "unit_price": QT_TRANSLATE_NOOP("Export", "Unit price"),
    "discount": QT_TRANSLATE_NOOP("Export", "Discount %"),
    "tax_rate": QT_TRANSLATE_NOOP("Export", "Tax rate %"),
    "net": QT_TRANSLATE_NOOP("Export", "Net amount"),
    "tax": QT_TRANSLATE_NOOP("Export", "Tax amount"),
    "gross": QT_TRANSLATE_NOOP("Export", "Gross amount"),
    "paid": QT_TRANSLATE_NOOP("Export", "Paid"),
    "outstanding": QT_TRANSLATE_NOOP("Export", "Outstanding"),
    "status": QT_TRANSLATE_NOOP("Export", "Status"),
    "notes": QT_TRANSLATE_NOOP("Export", "Notes"),
    "external_ref": QT_TRANSLATE_NOOP("Export", "External reference"),
    "payment_terms": QT_TRANSLATE_NOOP("Export", "Payment terms"),
}
LINE_COLUMNS = ("number", "kind", "party_name", "party_tax_id", "party_country", "issue_date",
                "due_date", "currency", "description", "quantity", "unit", "unit_price",
                "discount", "tax_rate", "net", "tax", "notes", "external_ref", "payment_terms")
SUMMARY_COLUMNS = ("number", "kind", "party_name", "party_tax_id", "party_country",
                   "issue_date", "due_date", "currency", "net", "tax", "gross", "paid",
                   "outstanding", "status", "notes", "external_ref", "payment_terms")
_WIDTHS = {"number": 16, "kind": 10, "party_name": 32, "party_tax_id": 22, "party_country": 8,
           "issue_date": 12, "due_date": 12, "currency": 9, "description": 40, "quantity": 10,
           "unit": 8, "unit_price": 14, "discount": 10, "tax_rate": 10, "net": 15, "tax": 14,
           "gross": 15, "paid": 15, "outstanding": 15, "status": 12, "notes": 40,
           "external_ref": 18, "payment_terms": 18}
_MONEY_COLUMNS = frozenset({"net", "tax", "gross", "paid", "outstanding"})

# Kind and status as the window names them (the same context and words as ui/labels.py, so
# one translation serves both). The import reads the kind words back (excel.parse_rows).
KIND_LABELS: dict[tuple[str, bool], str] = {
    ("sale", False): QT_TRANSLATE_NOOP("Labels", "Sales invoice"),
    ("purchase", False): QT_TRANSLATE_NOOP("Labels", "Purchase invoice"),
    ("sale", True): QT_TRANSLATE_NOOP("Labels", "Sales credit note"),
    ("purchase", True): QT_TRANSLATE_NOOP("Labels", "Purchase credit note"),
}
STATUS_LABELS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "posted": QT_TRANSLATE_NOOP("Labels", "Posted"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}


@dataclass(frozen=True, slots=True)
class ExportLabels:
    """The words an export writes: column headers, kinds and statuses (English by default).

    Build the words of another language with ``ExportLabels.translated(translate)``, where
    ``translate(context, text)`` is Qt's translation (the caller's: io has no Qt).
    """

    headers: Mapping[str, str] = field(default_factory=lambda: dict(EXPORT_HEADERS))
    kinds: Mapping[tuple[str, bool], str] = field(default_factory=lambda: dict(KIND_LABELS))
    statuses: Mapping[str, str] = field(default_factory=lambda: dict(STATUS_LABELS))

    @classmethod
    def translated(cls, translate: Callable[[str, str], str]) -> ExportLabels:
        """Every word through ``translate``; an empty answer keeps the English word."""
        def t(context: str, text: str) -> str:
            return translate(context, text) or text
        return cls({k: t("Export", v) for k, v in EXPORT_HEADERS.items()},
                   {k: t("Labels", v) for k, v in KIND_LABELS.items()},
                   {k: t("Labels", v) for k, v in STATUS_LABELS.items()})

    def kind(self, kind: str, credit_note: bool = False) -> str:
        """The kind's word; an unknown code is written as it is."""
        return self.kinds.get((str(kind), bool(credit_note)), str(kind))

    def status(self, status: str) -> str:
        return self.statuses.get(str(status), str(status))


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """One invoice as a list shows it (what the store can give without loading lines)."""

    number: str
    kind: str                 # "sale" | "purchase": written as ExportLabels words
    party_name: str
    issue_date: date
    currency: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    paid: Decimal = Decimal(0)
    status: str = ""          # a Status value: written as ExportLabels words
    due_date: date | None = None
    party_tax_id: str = ""
    party_country: str = ""
    notes: str = ""
    external_ref: str = ""
    payment_terms: str = ""
    is_credit_note: bool = False


def safe_cell_value(ws, value):
    """``value`` as a cell that can never become a formula: text starting with = + - @ tab
    or CR is stored as an explicit string marked "quote prefix" (Excel shows it as typed)."""
    if value == "":
        return None
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    return value


def write_only_book(title: str, headers: Sequence[str], widths: Sequence[float]):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=title[:31])
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    ws.append([safe_cell_value(ws, h) for h in headers])
    return wb, ws


class _Styled:
    """Cells carrying a number format (dates, money in the currency's decimals)."""

    def __init__(self, ws) -> None:
        self.ws = ws

    def date(self, value: date | None):
        if value is None:
            return None
        cell = WriteOnlyCell(self.ws, value)
        cell.number_format = DATE_FORMAT
        return cell

    def money(self, value: Decimal, currency: str):
        places = MINOR_UNITS.get(currency, 2)
        cell = WriteOnlyCell(self.ws, value)
        cell.number_format = "#,##0" + ("." + "0" * places if places else "")
        return cell


def _num(value: Decimal):
    """Decimal → int when whole (Excel then shows 13, not 13.0); the file stores digits."""
    return int(value) if value == value.to_integral_value() and abs(value) < 10**15 else value


def export_invoices(path: str | Path,
                    items: Iterable[Invoice | tuple[Invoice, Party] | ExportSummary],
                    with_lines: bool = False, progress: Progress | None = None, cancel=None, *,
                    headers: Mapping[str, str] | None = None,
                    parties: Mapping[str, Party] | None = None, total: int | None = None,
                    labels: ExportLabels | None = None) -> int:
    """Write ``items`` to an .xlsx; returns the number of data rows written.

    ``with_lines``: one row per invoice line with the invoice's columns repeated (this file
    can be imported again); otherwise one row per invoice with its totals. ``labels`` gives
    the words (headers, kinds, statuses; English by default); ``headers`` replaces header
    labels by column key (see EXPORT_HEADERS) on top of them. An item is an ExportSummary,
    an (Invoice, Party) pair, or an Invoice whose party ``parties`` (uuid → Party) gives.
    Nothing is left at ``path`` when cancelled.
    """
    items = list(items) if total is None else items
    total = len(items) if total is None else total  # type: ignore[arg-type]
    columns = LINE_COLUMNS if with_lines else SUMMARY_COLUMNS
    words = labels or ExportLabels()
    shown = {**EXPORT_HEADERS, **words.headers, **(headers or {})}
    wb, ws = write_only_book(QT_TRANSLATE_NOOP("Export", "Invoices"),
                             [shown[c] for c in columns], [_WIDTHS[c] for c in columns])
    try:
        rows = _write_items(ws, items, with_lines, progress, cancel, parties or {}, total,
                            words)
    except BaseException:
        _discard(wb)
        raise
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(path)
    finally:
        if tmp.exists():
            tmp.unlink()
    if progress:
        progress(total, total)
    return rows


def _discard(wb) -> None:
    """Finish and delete a write-only workbook's temporary sheet files (after a cancel)."""
    for ws in wb.worksheets:
        try:
            ws.close()
            writer = getattr(ws, "_writer", None)
            if writer is not None:
                writer.cleanup()
        except Exception:  # noqa: BLE001 - best effort: the file is abandoned anyway
            pass


def _write_items(ws, items, with_lines, progress, cancel, parties, total,
                 words: ExportLabels) -> int:
    styled = _Styled(ws)
    safe = safe_cell_value
    rows = 0
    for n, item in enumerate(items):
        if n % CHECK_EVERY == 0:
            check_cancel(cancel)
            if progress and n:
                progress(n, total)
        if isinstance(item, tuple):
            item, party = item
        elif isinstance(item, Invoice):
            party = parties.get(item.party_uuid)
        if isinstance(item, Invoice):
            head = [safe(ws, item.number),
                    safe(ws, words.kind(item.kind.value, item.is_credit_note)),
                    safe(ws, item.party_name),
                    safe(ws, party.tax_id if party else ""),
                    safe(ws, party.country if party else ""),
                    styled.date(item.issue_date), styled.date(item.due_date), item.currency]
            tail = [safe(ws, item.notes), safe(ws, item.external_ref),
                    safe(ws, item.payment_terms)]
            cur = item.currency
            if with_lines:
                for line in item.lines:
                    ws.append(head + [safe(ws, line.description), _num(line.quantity),
                                      safe(ws, line.unit), _num(line.unit_price),
                                      _num(line.discount), _num(line.tax_rate),
                                      styled.money(line_net(line, cur), cur),
                                      styled.money(line_tax(line, cur), cur)] + tail)
                    rows += 1
                continue
            t = compute_totals(item)
            money = (t.net, t.tax, t.gross, t.paid, t.outstanding)
            status = words.status(item.status.value)
        else:
            if with_lines:
                raise TypeError("export_invoices(with_lines=True) needs Invoice records")
            cur = item.currency
            head = [safe(ws, item.number), safe(ws, words.kind(item.kind, item.is_credit_note)),
                    safe(ws, item.party_name), safe(ws, item.party_tax_id),
                    safe(ws, item.party_country), styled.date(item.issue_date),
                    styled.date(item.due_date), item.currency]
            tail = [safe(ws, item.notes), safe(ws, item.external_ref),
                    safe(ws, item.payment_terms)]
            money = (item.net, item.tax, item.gross, item.paid, item.gross - item.paid)
            status = words.status(item.status)
        ws.append(head + [styled.money(m, cur) for m in money] + [safe(ws, status)] + tail)
        rows += 1
    check_cancel(cancel)
    return rows
