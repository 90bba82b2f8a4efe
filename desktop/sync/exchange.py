"""Import and export: io's formats meet the store here (io never touches the store).

Used by the command line and the import/export dialogs. An import is ONE transaction:
cancelled or failed, it leaves nothing behind. Duplicates (the domain rule) are flagged and
not imported twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from ..domain.duplicates import DuplicateWarning, find_duplicates
from ..domain.errors import BadInput
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import Invoice, InvoiceKind, Party
from ..domain.totals import compute_totals
from ..domain.validation import validate_party
from ..io import excel, excel_export
from ..io.excel_rows import ImportDefaults, ImportedInvoice, RejectedRow
from ..store import bulk, export_rows, invoice_repo, party_repo, search
from ..store.profiles import Profile
from ..store.store import Store

Progress = Callable[[int, int], None]


@dataclass(slots=True)
class ImportOutcome:
    imported: int = 0
    parties_created: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    duplicates: list[tuple[ImportedInvoice, DuplicateWarning]] = field(default_factory=list)
    good: list[ImportedInvoice] = field(default_factory=list)
    rows_read: int = 0


def read_excel(path: Path, sheet: str | None = None, mapping: dict[str, int] | None = None,
               defaults: ImportDefaults | None = None, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> tuple[excel.Table, ImportOutcome]:
    """Read and check a sheet (no store involved): the preview of the import wizard."""
    excel.check_xlsx_safe(path)
    table = excel.read_table(path, sheet, progress=progress, cancel=cancel)
    mapping = mapping if mapping is not None else excel.guess_mapping(table.headers)
    result = excel.parse_rows(table.headers, table.rows, mapping, defaults,
                              row_numbers=table.row_numbers, progress=progress, cancel=cancel)
    return table, ImportOutcome(rejected=list(result.rejected), good=list(result.invoices),
                                rows_read=result.rows_read)


def flag_duplicates(store: Store, outcome: ImportOutcome) -> None:
    """Move invoices that duplicate one in the store (or an earlier one of the same file)
    from ``good`` to ``duplicates``."""
    keep: list[ImportedInvoice] = []
    seen: list = []
    with store.db.read() as s:
        for item in outcome.good:
            inv = item.invoice
            gross = compute_totals(inv).gross
            row = party_repo.find(s, item.party) if (item.party.name or item.party.tax_id) \
                else None
            candidates = []
            if row is not None:
                inv.party_uuid = row.uuid
                candidates = invoice_repo.duplicate_candidates(s, row.id, inv)
            from ..domain.duplicates import DuplicateCandidate
            key = item.party.tax_id or item.party.name.strip().lower()
            candidates += [DuplicateCandidate(c.uuid, c.number, inv.party_uuid, c.external_ref,
                                              c.issue_date, compute_totals(c).gross,
                                              c.kind.value)
                           for k, c in seen if k == key]
            warnings = find_duplicates(inv.uuid, inv.kind.value, inv.party_uuid, inv.number,
                                       inv.external_ref, inv.issue_date, gross, candidates)
            if warnings:
                outcome.duplicates.append((item, warnings[0]))
            else:
                keep.append(item)
                seen.append((key, inv))
    outcome.good = keep


def save_imported(store: Store, actor: str, outcome: ImportOutcome,
                  progress: Progress | None = None,
                  cancel: threading.Event | None = None,
                  extra_rates: tuple = ()) -> ImportOutcome:
    """Save ``outcome.good`` as drafts in one transaction."""
    def pairs():
        for item in outcome.good:
            party = item.new_party or Party(name=item.party.name, tax_id=item.party.tax_id,
                                            country=item.party.country)
            if item.invoice.party_uuid:
                party.uuid = item.invoice.party_uuid
            yield item.invoice, party
    result = bulk.import_invoices(store, actor, pairs(), action="import",
                                  total=len(outcome.good), progress=progress, cancel=cancel,
                                  extra_rates=extra_rates)
    outcome.imported, outcome.parties_created = result.invoices, result.parties_created
    return outcome


def import_excel(store: Store, actor: str, path: Path, *, sheet: str | None = None,
                 mapping: dict[str, int] | None = None, defaults: ImportDefaults | None = None,
                 dry_run: bool = False, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> ImportOutcome:
    _table, outcome = read_excel(path, sheet, mapping, defaults, progress, cancel)
    flag_duplicates(store, outcome)
    if not dry_run and outcome.good:
        save_imported(store, actor, outcome, progress, cancel)
    return outcome


def import_ubl(store: Store, actor: str, path: Path, own: Party,
               extra_rates: tuple[Decimal, ...] = (), dry_run: bool = False) -> ImportOutcome:
    from ..io.einvoice import import_ubl as read_ubl
    doc = read_ubl(path, own, extra_rates)
    item = ImportedInvoice(invoice=doc.invoice, party=doc.party, new_party=doc.counterparty,
                           rows=())
    outcome = ImportOutcome(good=[item], rows_read=1)
    flag_duplicates(store, outcome)
    if not dry_run and outcome.good:
        save_imported(store, actor, outcome)
    return outcome


def export_excel(store: Store, path: Path, query: search.InvoiceQuery, with_lines: bool,
                 headers: dict[str, str] | None = None, progress: Progress | None = None,
                 cancel: threading.Event | None = None, page: int = 2000, *,
                 labels: excel_export.ExportLabels | None = None) -> int:
    """Export the filtered list (summaries), or every invoice with its lines.

    ``labels``: the words to write (headers, kinds, statuses) in the clerk's language;
    English when not given.
    """
    if path.suffix.lower() != ".xlsx":
        raise BadInput(QT_TRANSLATE_NOOP("Export", "Export to a file ending in .xlsx."))
    with store.db.read() as s:
        total = search.count(s, query)

    def items():
        offset = 0
        while True:
            with store.db.read() as s:
                rows = search.list_invoices(s, query, offset, page)
                ids = [r.id for r in rows]
                if with_lines:
                    full = export_rows.invoices(s, ids)
                else:
                    more = export_rows.details(s, ids)
            if not rows:
                return
            if with_lines:
                yield from full
            else:
                for r in rows:
                    d = more.get(r.id)
                    yield excel_export.ExportSummary(
                        number=r.number, kind=r.kind, party_name=r.party_name,
                        issue_date=r.issue_date, currency=r.currency, net=r.net,
                        tax=r.tax, gross=r.gross, paid=r.gross - r.outstanding,
                        status=r.status, due_date=r.due_date, is_credit_note=r.is_credit_note,
                        party_tax_id=d.party_tax_id if d else "",
                        party_country=d.party_country if d else "",
                        notes=d.notes if d else "", external_ref=d.external_ref if d else "",
                        payment_terms=d.payment_terms if d else "")
            offset += page
    return excel_export.export_invoices(path, items(), with_lines, progress, cancel,
                                        headers=headers, total=total, labels=labels)


# Our company's fields an e-invoice needs, as a message names them (context "Export").
COMPANY_FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Export", "name"),
    "tax_id": QT_TRANSLATE_NOOP("Export", "tax ID"),
    "country": QT_TRANSLATE_NOOP("Export", "country"),
}
WHERE_TO_SET = QT_TRANSLATE_NOOP("Export", "File ▸ Settings…, under “Your company”")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Export", ", ")


class CompanyDetailsError(BadInput):
    """Our company, as the profile describes it, cannot be named on an e-invoice.

    ``text()`` is English (the command line); ``translated(translate)`` is the sentence in
    the window's language, its word parameters (role, missing, where) translated too.
    """

    def translated(self, translate: Callable[[str, str], str]) -> str:
        def t(text: str) -> str:
            return translate("Export", text) or text
        params = dict(self.params)
        if "role" in params:
            params["role"] = t(str(params["role"]))
        if "where" in params:
            params["where"] = t(WHERE_TO_SET)
        if "missing" in params:
            params["missing"] = t(LIST_SEPARATOR).join(
                t(COMPANY_FIELD_NAMES[m]) for m in getattr(self, "missing", ()))
        try:
            return t(self.message).format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text()


class CompanyDetailsMissing(CompanyDetailsError):
    """The e-invoice must name our company with details the profile does not have;
    ``missing`` lists keys of COMPANY_FIELD_NAMES."""

    def __init__(self, role: str, missing: tuple[str, ...]) -> None:
        self.missing = missing
        super().__init__(QT_TRANSLATE_NOOP("Export", "The e-invoice names your company as the "
                                                     "{role} and needs its {missing}, which "
                                                     "this profile does not have yet. Enter "
                                                     "them in {where}."),
                         role=role, missing=LIST_SEPARATOR.join(COMPANY_FIELD_NAMES[m]
                                                                for m in missing),
                         where=WHERE_TO_SET)


class CompanyDetailsInvalid(CompanyDetailsError):
    """Our company's tax ID or country, as set in the profile, is not valid."""


def own_party(profile: Profile) -> Party:
    """Our company for reading e-invoices: found by its tax ID when one is set, else by name
    (the profile's name when no company name is set)."""
    own = profile.company_party()
    if not own.name:
        own.name = profile.name
    return own


def check_company(own: Party, inv: Invoice) -> None:
    """Raise unless ``own`` has what a UBL e-invoice of ``inv`` needs of our company: the
    seller of a sale needs its name, tax ID and country; the buyer of a purchase its name."""
    sale = inv.kind == InvoiceKind.SALE
    needed = ("name", "tax_id", "country") if sale else ("name",)
    missing = tuple(f for f in needed if not getattr(own, f).strip())
    if missing:
        role = (QT_TRANSLATE_NOOP("Export", "seller") if sale
                else QT_TRANSLATE_NOOP("Export", "buyer"))
        raise CompanyDetailsMissing(role, missing)
    for p in validate_party(own):
        if p.field == "country":
            raise CompanyDetailsInvalid(QT_TRANSLATE_NOOP(
                "Export", "Your company's country “{country}” is not a two-letter code such "
                          "as CN or DE. Correct it in {where}."),
                country=own.country, where=WHERE_TO_SET)
        if p.field == "tax_id":
            raise CompanyDetailsInvalid(QT_TRANSLATE_NOOP(
                "Export", "Your company's tax ID “{tax_id}” is not valid in {country}. "
                          "Correct it in {where}."),
                tax_id=own.tax_id, country=own.country, where=WHERE_TO_SET)


def export_ubl(store: Store, key: str, path: Path, own: Party) -> None:
    """Invoice ``key`` as a UBL e-invoice; ``own`` is our company (Profile.company_party()).

    Refuses (CompanyDetailsMissing / CompanyDetailsInvalid) when our company lacks what the
    document must say about it; nothing is written then.
    """
    from ..io.einvoice import write_ubl
    with store.db.read() as s:
        row = invoice_repo.get(s, key)
        inv = invoice_repo.to_domain(row)
        other = party_repo.to_domain(row.party)
        credited = ""
        if inv.credit_note_of:
            orig = invoice_repo.by_uuid(s, inv.credit_note_of)
            credited = orig.number if orig else ""
    check_company(own, inv)
    seller, buyer = (own, other) if inv.kind == InvoiceKind.SALE else (other, own)
    write_ubl(path, inv, seller, buyer, credited)


__all__ = ["CompanyDetailsError", "CompanyDetailsInvalid", "CompanyDetailsMissing", "ImportOutcome", "Invoice",
           "check_company", "export_excel", "export_ubl", "import_excel", "import_ubl",
           "own_party", "read_excel"]
