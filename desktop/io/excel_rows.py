"""Sheet rows → invoices: cell conversion, grouping lines into invoices, validation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, PartyRole
from desktop.domain.validation import Problem, validate_invoice, validate_party

from . import CHECK_EVERY, check_cancel
from .cells import (CellError, TooLong, UnevaluatedFormula, is_blank, to_country, to_currency,
                    to_date, to_decimal, to_kind, to_percent, to_text)
from .column_guess import FIELD_LABELS, HEADER_FIELDS

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportDefaults:
    """Values for what the sheet does not say (the import dialog lets the clerk choose)."""

    kind: InvoiceKind = InvoiceKind.SALE
    currency: str = "CNY"
    tax_rate: Decimal = Decimal("13")
    country: str = ""
    extra_rates: tuple[Decimal, ...] = ()   # the profile's rates beyond the standard ones


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem of one sheet row; ``message`` is untranslated (context "Import" or
    "Validation") with ``{name}`` placeholders filled from ``params`` after translation."""

    row: int
    column: str        # "C", or "" when the problem is not about one cell
    header: str        # the sheet's header of that column
    field: str         # an import field name (see column_guess.FIELDS) or ""
    message: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self) -> str:
        try:
            return self.message.format(**dict(self.params))
        except (KeyError, IndexError):
            return self.message


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """Rows refused together (the lines of one invoice) and every reason."""

    rows: tuple[int, ...]
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True, slots=True)
class ImportedInvoice:
    """A valid invoice. Its ``party_uuid`` is empty: the caller resolves ``party`` (and may
    create ``new_party`` when nothing matches), then saves."""

    invoice: Invoice
    party: PartyRef
    new_party: Party
    rows: tuple[int, ...]


@dataclass(slots=True)
class ImportResult:
    invoices: list[ImportedInvoice] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    rows_read: int = 0

    @property
    def rejected_rows(self) -> int:
        return sum(len(r.rows) for r in self.rejected)


@dataclass(slots=True)
class _Group:
    first_row: int
    header: dict[str, Any]
    rows: list[int] = field(default_factory=list)
    lines: list[InvoiceLine] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


_PATH = re.compile(r"lines\[(\d+)\]\.(\w+)")
_VALIDATION_FIELD = {"number": "number", "issue_date": "issue_date", "due_date": "due_date",
                     "currency": "currency", "notes": "notes", "external_ref": "external_ref",
                     "payment_terms": "payment_terms", "name": "party_name",
                     "tax_id": "party_tax_id", "country": "party_country"}


class _Row:
    """Reads the mapped cells of one row, collecting problems instead of stopping."""

    __slots__ = ("values", "number", "mapping", "headers", "problems")

    def __init__(self, values, number, mapping, headers):
        self.values = values
        self.number = number
        self.mapping = mapping
        self.headers = headers
        self.problems: list[RowProblem] = []

    def raw(self, fld: str) -> Any:
        i = self.mapping.get(fld)
        if i is None or i >= len(self.values):
            return None
        return self.values[i]

    def problem(self, fld: str, message: str, **params: object) -> None:
        i = self.mapping.get(fld)
        column = get_column_letter(i + 1) if i is not None else ""
        header = self.headers[i] if i is not None and i < len(self.headers) else ""
        params.setdefault("field", header or FIELD_LABELS.get(fld, fld))
        self.problems.append(RowProblem(self.number, column, header, fld, message,
                                        tuple((k, str(v)) for k, v in params.items())))

    def get(self, fld: str, convert: Callable[[Any], Any]) -> Any:
        value = self.raw(fld)
        if value is None:
            return None
        if isinstance(value, UnevaluatedFormula):
            self.problem(fld, QT_TRANSLATE_NOOP(
                "Import", "Cell {cell} holds a formula with no saved result; formulas are not "
                          "evaluated. Open the file in Excel, save it, and import it again."),
                cell=value.coordinate)
            return None
        if isinstance(value, TooLong):
            self.problem(fld, QT_TRANSLATE_NOOP(
                "Import", "{field}: the text is {length} characters long, too long to import."),
                length=value.length)
            return None
        try:
            return convert(value)
        except CellError as exc:
            self.problem(fld, QT_TRANSLATE_NOOP("Import", "{field}: {detail}"),
                         detail=exc.message.format(**exc.params))
            return None


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "number": to_text, "kind": to_kind, "party_name": to_text, "party_tax_id": to_text,
    "party_country": to_country, "issue_date": to_date, "due_date": to_date,
    "currency": to_currency, "notes": to_text, "external_ref": to_text,
    "payment_terms": to_text,
}


def _as_defaults(defaults: ImportDefaults | Mapping[str, Any] | None) -> ImportDefaults:
    if defaults is None:
        return ImportDefaults()
    if isinstance(defaults, ImportDefaults):
        return defaults
    return ImportDefaults(**dict(defaults))


def parse_rows(headers: Sequence[str], rows: Sequence[Sequence[Any]],
               mapping: Mapping[str, int],
               defaults: ImportDefaults | Mapping[str, Any] | None = None, *,
               row_numbers: Sequence[int] | None = None, progress: Progress | None = None,
               cancel=None) -> ImportResult:
    """Turn rows into invoices. Rows with the same invoice number and party are the lines of
    one invoice; a blank invoice number means "same as the row above" (merged cells), and
    then every blank header cell (party, dates...) is taken from the row above as well.
    An invoice with any bad row is refused whole, with every reason per row.
    ``row_numbers`` are the sheet row numbers (default: header is row 1, data from row 2).
    """
    d = _as_defaults(defaults)
    mapping = {f: i for f, i in mapping.items() if i is not None and i >= 0}
    headers = list(headers)
    numbers = list(row_numbers) if row_numbers is not None else list(range(2, len(rows) + 2))
    groups: dict[tuple, _Group] = {}
    result = ImportResult()
    total = len(rows)
    prev: dict[str, Any] | None = None
    prev_key: tuple = ()
    has_number = "number" in mapping
    used = list(mapping.values())
    for n, (values, number) in enumerate(zip(rows, numbers)):
        if n % CHECK_EVERY == 0:
            check_cancel(cancel)
            if progress and n:
                progress(n, total)
        if all(is_blank(values[i]) for i in used if i < len(values)):
            continue
        result.rows_read += 1
        row = _Row(values, number, mapping, headers)
        header = {f: row.get(f, _CONVERT[f]) for f in HEADER_FIELDS}
        explicit = {f for f in HEADER_FIELDS if header[f] not in (None, "")}
        continued = has_number and prev is not None and "number" not in explicit
        if continued:
            for f in HEADER_FIELDS:
                if f not in explicit:
                    header[f] = prev[f]
        line = _line(row, d)
        if continued and not header["number"] and not ({"party_name", "party_tax_id"} & explicit):
            key = prev_key                       # a line of the unnumbered invoice above
        else:
            key = _group_key(header, number, has_number)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(number, header)
        else:
            _check_same(row, group, header, explicit)
        group.rows.append(number)
        group.problems.extend(row.problems)
        group.lines.append(line)
        prev, prev_key = header, key
    check_cancel(cancel)
    for group in groups.values():
        _finish(group, mapping, headers, d, result)
    if progress:
        progress(total, total)
    return result


def _group_key(header: dict[str, Any], number: int, has_number: bool) -> tuple:
    if not has_number or not header["number"]:
        return ("row", number)
    party = (header["party_tax_id"] or "").upper() or (header["party_name"] or "").casefold()
    return (header["number"].casefold(), party)


_KEY_FIELDS = frozenset({"number", "party_name", "party_tax_id"})


def _check_same(row: _Row, group: _Group, header: dict[str, Any], explicit: set[str]) -> None:
    """A later line of an invoice may repeat its header cells, but not contradict them."""
    for f in explicit - _KEY_FIELDS:
        theirs = group.header[f]
        if theirs in (None, ""):
            group.header[f] = header[f]
        elif header[f] != theirs:
            row.problem(f, QT_TRANSLATE_NOOP(
                "Import", "This row has the same invoice number and party as row {first} but a "
                          "different {field}."), first=group.first_row)


def _line(row: _Row, d: ImportDefaults) -> InvoiceLine:
    description = row.get("description", to_text) or ""
    quantity = row.get("quantity", to_decimal)
    price = row.get("unit_price", to_decimal)
    rate = row.get("tax_rate", to_percent)
    discount = row.get("discount", to_percent)
    unit = row.get("unit", to_text) or ""
    if price is None and not any(p.field == "unit_price" for p in row.problems):
        row.problem("unit_price", QT_TRANSLATE_NOOP("Import", "Enter the unit price."),
                    field=FIELD_LABELS["unit_price"])
    return InvoiceLine(description=description,
                       quantity=Decimal(1) if quantity is None else quantity,
                       unit_price=Decimal(0) if price is None else price,
                       tax_rate=d.tax_rate if rate is None else rate,
                       discount=Decimal(0) if discount is None else discount,
                       unit=unit)


def _finish(group: _Group, mapping, headers, d: ImportDefaults, result: ImportResult) -> None:
    h = group.header
    rows = tuple(group.rows)
    problems = list(group.problems)

    def add(fld: str, row: int, message: str, params=()) -> None:
        i = mapping.get(fld)
        col = get_column_letter(i + 1) if i is not None else ""
        hdr = headers[i] if i is not None and i < len(headers) else ""
        problems.append(RowProblem(row, col, hdr, fld, message, tuple(params)))

    name, tax_id = h["party_name"] or "", h["party_tax_id"] or ""
    country = h["party_country"] or d.country
    kind = h["kind"] or d.kind
    if not name and not tax_id:
        add("party_name", group.first_row, QT_TRANSLATE_NOOP(
            "Import", "Enter the customer or supplier (a name or a tax ID)."))
    issue = h["issue_date"]
    if issue is None and not any(p.field == "issue_date" for p in problems):
        add("issue_date", group.first_row, QT_TRANSLATE_NOOP("Import", "Enter the issue date."))
    party = Party(name=name or tax_id, tax_id=tax_id, country=country,
                  role=PartyRole.CUSTOMER if kind == InvoiceKind.SALE else PartyRole.SUPPLIER)
    inv = Invoice(kind=kind, party_uuid="", party_name=name, issue_date=issue or date.min,
                  currency=h["currency"] or d.currency, number=h["number"] or "",
                  due_date=h["due_date"], payment_terms=h["payment_terms"] or "",
                  notes=h["notes"] or "", external_ref=h["external_ref"] or "",
                  lines=group.lines)
    if not problems:
        found = [p for p in validate_invoice(inv, d.extra_rates) if p.field != "party"]
        found += [p for p in validate_party(party) if not (p.field == "name" and tax_id)]
        for p in found:
            fld, row = _locate(p, group)
            add(fld, row, p.message, p.params)
    if problems:
        result.rejected.append(RejectedRow(rows, tuple(problems)))
    else:
        ref = PartyRef(name=name, tax_id=tax_id, country=country)
        result.invoices.append(ImportedInvoice(inv, ref, party, rows))


def _locate(p: Problem, group: _Group) -> tuple[str, int]:
    m = _PATH.fullmatch(p.field)
    if m:
        i = int(m[1])
        return m[2], group.rows[i] if i < len(group.rows) else group.first_row
    return _VALIDATION_FIELD.get(p.field, p.field), group.first_row


def write_rejects_report(path: str | Path, rejected: Sequence[RejectedRow],
                         labels: Mapping[str, str] | None = None,
                         translate: Callable[[str], str] | None = None) -> None:
    """An .xlsx listing each refused row, the cell and why (one line per problem).

    ``labels`` translates the four column headers (keys row, column, field, problem);
    ``translate`` translates a problem's message before its parameters are filled in.
    """
    from .excel_export import safe_cell_value, write_only_book
    names = {"row": QT_TRANSLATE_NOOP("Import", "Row"),
             "column": QT_TRANSLATE_NOOP("Import", "Column"),
             "field": QT_TRANSLATE_NOOP("Import", "Field"),
             "problem": QT_TRANSLATE_NOOP("Import", "Problem")}
    names.update(labels or {})
    tr = translate or (lambda s: s)
    wb, ws = write_only_book(QT_TRANSLATE_NOOP("Import", "Refused rows"),
                             [names["row"], names["column"], names["field"], names["problem"]],
                             widths=[8, 8, 24, 80])
    for rej in rejected:
        for p in rej.problems:
            try:
                text = tr(p.message).format(**dict(p.params))
            except (KeyError, IndexError):
                text = p.text()
            ws.append([p.row, safe_cell_value(ws, p.column), safe_cell_value(ws, p.header),
                       safe_cell_value(ws, text)])
    wb.save(Path(path))
