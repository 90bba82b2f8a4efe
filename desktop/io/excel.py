"""Excel (.xlsx) import: safe opening, reading a sheet, and rows → domain invoices.

Export lives in ``excel_export.py`` and is re-exported here.
"""

from __future__ import annotations

import dataclasses
import unicodedata
import xml.etree.ElementTree as StdET
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml.common import DefusedXmlException
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from desktop.domain.errors import BadInput
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.records import InvoiceKind

from . import CHECK_EVERY, Cancelled, check_cancel, excel_rows
from .cells import TooLong, UnevaluatedFormula, is_blank
from .column_guess import FIELD_LABELS, FIELDS, guess_kind, guess_mapping, header_score, layout_key
from .excel_export import EXPORT_HEADERS, ExportLabels, ExportSummary, export_invoices
from .excel_rows import ImportDefaults, ImportedInvoice, ImportResult, RejectedRow, RowProblem, \
    write_rejects_report
from .safe_zip import check_xlsx_safe

__all__ = ["Cancelled", "EXPORTED_KIND_WORDS", "ExportLabels", "ExportSummary",
           "EXPORT_HEADERS", "FIELDS", "FIELD_LABELS", "ImportDefaults", "ImportResult",
           "ImportedInvoice", "RejectedRow", "RowProblem", "Table", "check_xlsx_safe",
           "export_invoices", "guess_kind", "guess_mapping", "layout_key", "parse_rows",
           "read_sheet_names", "read_table", "write_rejects_report"]

MAX_ROWS = 50_000           # data rows per import
MAX_CELL_LEN = 4_000        # characters in one text cell (the notes limit)
MAX_COLUMNS = 200
HEADER_SEARCH_ROWS = 10     # a title block above the header row is skipped

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class Table:
    """One sheet: its header row and the non-blank data rows below it.

    ``row_numbers[i]`` is the sheet row number (1-based, as Excel shows it) of ``rows[i]``.
    A cell may hold ``UnevaluatedFormula`` or ``TooLong`` instead of a value.
    """

    sheet: str
    headers: list[str]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    header_row: int = 1

    @property
    def layout_key(self) -> str:
        return layout_key(self.headers)


def _caused_by_defusedxml(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 10:     # openpyxl wraps parse errors in its own
        if isinstance(exc, DefusedXmlException):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _unreadable(path: Path, exc: BaseException) -> BadInput:
    if _caused_by_defusedxml(exc):
        return BadInput(QT_TRANSLATE_NOOP("Import", "{name} contains XML entity declarations, "
                                                    "which spreadsheets never need and attacks "
                                                    "use. It was not opened."), name=path.name)
    return BadInput(QT_TRANSLATE_NOOP("Import", "{name} cannot be read as an Excel workbook "
                                                "({reason}). Open it in Excel or WPS, save it "
                                                "as .xlsx and try again."),
                    name=path.name, reason=str(exc) or type(exc).__name__)


# What a damaged or hostile workbook makes openpyxl raise (anything else is a bug).
_READ_ERRORS = (DefusedXmlException, zipfile.BadZipFile, InvalidFileException, KeyError,
                StdET.ParseError, OSError, ValueError, TypeError, IndexError, AttributeError)


def _open(path: Path, data_only: bool = True):
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=data_only,
                                      keep_links=False)
    except _READ_ERRORS as exc:
        raise _unreadable(path, exc) from None


def read_sheet_names(path: str | Path) -> list[str]:
    """The workbook's sheet names (after the safety check)."""
    path = Path(path)
    check_xlsx_safe(path)
    wb = _open(path)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _sheet(wb, path: Path, sheet: str | None):
    if sheet is None:
        return wb.worksheets[0]
    if sheet not in wb.sheetnames:
        raise BadInput(QT_TRANSLATE_NOOP("Import", "{name} has no sheet called \"{sheet}\"."),
                       name=path.name, sheet=sheet)
    ws = wb[sheet]
    if not hasattr(ws, "iter_rows"):   # a chart sheet
        raise BadInput(QT_TRANSLATE_NOOP("Import", "Sheet \"{sheet}\" holds no table."),
                       sheet=sheet)
    return ws


def _formula_cells(path: Path, sheet: str | None) -> set[tuple[int, int]]:
    """(row, column) of every formula cell, 1-based, from a read that keeps formulas."""
    wb = _open(path, data_only=False)
    found: set[tuple[int, int]] = set()
    try:
        ws = _sheet(wb, path, sheet)
        ws.reset_dimensions()
        for row in ws.iter_rows():
            for cell in row[:MAX_COLUMNS]:
                if getattr(cell, "data_type", None) == "f":
                    found.add((cell.row, cell.column))
    except _READ_ERRORS as exc:
        raise _unreadable(path, exc) from None
    finally:
        wb.close()
    return found


def read_table(path: str | Path, sheet: str | None = None, *, max_rows: int = MAX_ROWS,
               max_cell_len: int = MAX_CELL_LEN, progress: Progress | None = None,
               cancel=None) -> Table:
    """Read one sheet (the first by default) in read-only mode, values as Excel saved them.

    The header row is the best-recognised of the first rows (a title above it is skipped).
    More than ``max_rows`` data rows → BadInput (nothing is silently cut off). Text longer
    than ``max_cell_len`` becomes ``TooLong``; a formula with no saved result becomes
    ``UnevaluatedFormula`` — parse_rows refuses rows that need them.
    """
    path = Path(path)
    info = check_xlsx_safe(path)
    formulas = _formula_cells(path, sheet) if info.has_formulas else set()
    wb = _open(path, data_only=True)
    try:
        ws = _sheet(wb, path, sheet)
        estimate = ws.max_row or 0   # from the file's dimension record; may be missing or wrong
        ws.reset_dimensions()        # never trust it for the reading itself
        return _read_rows(ws, path, max_rows, max_cell_len, formulas, progress, cancel, estimate)
    except (BadInput, Cancelled):
        raise
    except _READ_ERRORS as exc:
        raise _unreadable(path, exc) from None
    finally:
        wb.close()


def _clean_row(values: Sequence[Any], number: int, max_cell_len: int,
               formulas: set[tuple[int, int]]) -> tuple[Any, ...]:
    if len(values) > MAX_COLUMNS:
        if any(not is_blank(v) for v in values[MAX_COLUMNS:]):
            raise BadInput(QT_TRANSLATE_NOOP("Import", "Row {row} has data beyond column {col}; "
                                                       "an invoice list needs far fewer "
                                                       "columns."),
                           row=number, col=get_column_letter(MAX_COLUMNS))
        values = values[:MAX_COLUMNS]
    out = list(values)
    for i, v in enumerate(out):
        if isinstance(v, str) and len(v) > max_cell_len:
            out[i] = TooLong(len(v))
        elif v is None and formulas and (number, i + 1) in formulas:
            out[i] = UnevaluatedFormula(f"{get_column_letter(i + 1)}{number}")
    while out and out[-1] is None:
        out.pop()
    return tuple(out)


def _read_rows(ws, path: Path, max_rows: int, max_cell_len: int, formulas, progress, cancel,
               estimate: int) -> Table:
    table = Table(sheet=ws.title, headers=[])
    head: list[tuple[int, tuple]] = []
    rows, numbers = table.rows, table.row_numbers
    number = 0
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if number % CHECK_EVERY == 0:
            check_cancel(cancel)
            if progress:
                progress(number, max(estimate, number))
        if not values or all(v is None or v == "" for v in values):
            continue
        row = _clean_row(values, number, max_cell_len, formulas)
        if not table.headers and len(head) < HEADER_SEARCH_ROWS:
            head.append((number, row))
            if len(head) < HEADER_SEARCH_ROWS:
                continue
            _pick_header(table, head)
            continue
        rows.append(row)
        numbers.append(number)
        if len(rows) > max_rows:
            raise BadInput(QT_TRANSLATE_NOOP("Import", "Sheet \"{sheet}\" has more than {max} "
                                                       "rows. Split it into files of at most "
                                                       "{max} rows."),
                           sheet=ws.title, max=max_rows)
    if not table.headers and head:
        _pick_header(table, head)
        if len(table.rows) > max_rows:
            raise BadInput(QT_TRANSLATE_NOOP("Import", "Sheet \"{sheet}\" has more than {max} "
                                                       "rows. Split it into files of at most "
                                                       "{max} rows."),
                           sheet=ws.title, max=max_rows)
    if not table.headers:
        raise BadInput(QT_TRANSLATE_NOOP("Import", "Sheet \"{sheet}\" is empty."), sheet=ws.title)
    if progress:
        progress(number, number)
    return table


def _pick_header(table: Table, head: list[tuple[int, tuple]]) -> None:
    """The first row mapping the most fields is the header; rows above it are a title."""
    best = max(range(len(head)), key=lambda i: (header_score(_texts(head[i][1])), -i))
    if header_score(_texts(head[best][1])) == 0:
        best = 0
    table.header_row = head[best][0]
    table.headers = _texts(head[best][1])
    for number, row in head[best + 1:]:
        table.rows.append(row)
        table.row_numbers.append(number)


def _texts(row: Sequence[Any]) -> list[str]:
    return ["" if v is None or isinstance(v, (TooLong, UnevaluatedFormula)) else str(v).strip()
            for v in row]


# --- rows → invoices ------------------------------------------------------------------------

# The kind words our own export writes (excel_export.KIND_LABELS in every shipped language),
# read back as (kind, credit note). A test checks them against the compiled translations.
EXPORTED_KIND_WORDS: dict[str, tuple[InvoiceKind, bool]] = {
    "sales invoice": (InvoiceKind.SALE, False),
    "purchase invoice": (InvoiceKind.PURCHASE, False),
    "sales credit note": (InvoiceKind.SALE, True),
    "purchase credit note": (InvoiceKind.PURCHASE, True),
    "销售发票": (InvoiceKind.SALE, False),
    "采购发票": (InvoiceKind.PURCHASE, False),
    "销售红字发票": (InvoiceKind.SALE, True),
    "采购红字发票": (InvoiceKind.PURCHASE, True),
}


def _exported_kind(value: object) -> tuple[InvoiceKind, bool] | None:
    if not isinstance(value, str):
        return None
    return EXPORTED_KIND_WORDS.get(unicodedata.normalize("NFKC", value).strip().casefold())


def parse_rows(headers: Sequence[str], rows: Sequence[Sequence[Any]],
               mapping: Mapping[str, int], defaults=None, *,
               row_numbers: Sequence[int] | None = None, progress: Progress | None = None,
               cancel=None) -> ImportResult:
    """excel_rows.parse_rows, also reading the kind words of our own export.

    "Sales invoice", "采购红字发票"... become sale or purchase, and an invoice whose rows say
    "credit note" is imported as a credit note. An invoice whose rows say credit note on
    some rows and another kind on others is refused.
    """
    col = mapping.get("kind")
    numbers = list(row_numbers) if row_numbers is not None else list(range(2, len(rows) + 2))
    credit: set[int] = set()       # sheet rows saying "credit note"
    plain: set[int] = set()        # sheet rows naming a kind that is not a credit note
    if col is not None and col >= 0:
        read: list[Sequence[Any]] = []
        for values, number in zip(rows, numbers):
            cell = values[col] if col < len(values) else None
            found = _exported_kind(cell)
            if found is not None:
                values = (*values[:col], found[0].value, *values[col + 1:])
                (credit if found[1] else plain).add(number)
            elif not is_blank(cell):
                plain.add(number)
            read.append(values)
        rows = read
    result = excel_rows.parse_rows(headers, rows, mapping, defaults, row_numbers=numbers,
                                   progress=progress, cancel=cancel)
    if credit:
        _mark_credit_notes(result, credit, plain, mapping, headers)
    return result


def _mark_credit_notes(result: ImportResult, credit: set[int], plain: set[int],
                       mapping: Mapping[str, int], headers: Sequence[str]) -> None:
    keep: list[ImportedInvoice] = []
    for item in result.invoices:
        rows = set(item.rows)
        if not rows & credit:
            keep.append(item)
        elif not rows & plain:
            inv = dataclasses.replace(item.invoice, is_credit_note=True)
            keep.append(dataclasses.replace(item, invoice=inv))
        else:
            col = mapping["kind"]
            first = min(rows & credit)
            problems = tuple(RowProblem(
                row, get_column_letter(col + 1), headers[col] if col < len(headers) else "",
                "kind", QT_TRANSLATE_NOOP("Import", "This row has the same invoice number and "
                                                    "party as row {first} but a different "
                                                    "{field}."),
                (("first", str(first)),
                 ("field", headers[col] if col < len(headers) else FIELD_LABELS["kind"])))
                for row in sorted(rows & plain))
            result.rejected.append(RejectedRow(item.rows, problems))
    result.invoices[:] = keep
