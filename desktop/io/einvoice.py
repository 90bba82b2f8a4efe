"""UBL 2.1 e-invoices (EN 16931 core): Invoice / CreditNote out and in, as domain records."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import NamedTuple

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from desktop.domain.errors import BadInput, ValidationFailed
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.invoice_json import PartyRef
from desktop.domain.money import MINOR_UNITS, round_money
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, PartyRole
from desktop.domain.tax import normalise_rate
from desktop.domain.totals import compute_totals, line_net
from desktop.domain.validation import Problem, validate_invoice

NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CREDIT = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CUSTOMIZATION = "urn:cen.eu:en16931:2017"
MAX_BYTES = 20 * 1024 * 1024
HUNDRED = Decimal(100)

ET.register_namespace("cac", CAC)
ET.register_namespace("cbc", CBC)

# Free-text units ↔ UN/ECE Rec. 20 codes. The text itself travels as an item property, so
# a round trip gives back exactly what the clerk typed.
_UNIT_CODES = {"": "C62", "pcs": "H87", "pc": "H87", "piece": "H87", "个": "H87", "件": "H87",
               "只": "H87", "台": "H87", "kg": "KGM", "公斤": "KGM", "千克": "KGM", "g": "GRM",
               "t": "TNE", "吨": "TNE", "h": "HUR", "hour": "HUR", "小时": "HUR",
               "day": "DAY", "天": "DAY", "month": "MON", "月": "MON", "m": "MTR", "米": "MTR",
               "l": "LTR", "升": "LTR", "set": "SET", "套": "SET", "box": "BX", "箱": "BX"}
_CODE_UNITS = {"C62": "", "H87": "pcs", "KGM": "kg", "GRM": "g", "TNE": "t", "HUR": "h",
               "DAY": "day", "MON": "month", "MTR": "m", "LTR": "l", "SET": "set", "BX": "box"}
_UNIT_PROPERTY = "unit"


class UblImport(NamedTuple):
    """An imported e-invoice: the invoice (no party uuid yet), how to find the counterparty
    in the store, and the counterparty as the document describes it (to create it)."""

    invoice: Invoice
    party: PartyRef
    counterparty: Party


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _text(d: Decimal) -> str:
    return format(d, "f")


# --- export -----------------------------------------------------------------------------

class _Builder:
    def __init__(self, root: ET.Element, currency: str) -> None:
        self.root = root
        self.currency = currency

    def cbc(self, parent: ET.Element, tag: str, text: str | None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, _q(CBC, tag), attrs)
        el.text = text
        return el

    def cac(self, parent: ET.Element, tag: str) -> ET.Element:
        return ET.SubElement(parent, _q(CAC, tag))

    def amount(self, parent: ET.Element, tag: str, value: Decimal) -> ET.Element:
        return self.cbc(parent, tag, _text(round_money(value, self.currency)),
                        currencyID=self.currency)

    def party(self, parent: ET.Element, role_tag: str, party: Party) -> None:
        p = self.cac(self.cac(parent, role_tag), "Party")
        self.cbc(self.cac(p, "PartyName"), "Name", party.name)
        addr = self.cac(p, "PostalAddress")
        for line in party.address.splitlines():   # one AddressLine each: read back as typed
            if line.strip():
                self.cbc(self.cac(addr, "AddressLine"), "Line", line.strip())
        self.cbc(self.cac(addr, "Country"), "IdentificationCode", party.country or "CN")
        if party.tax_id:
            scheme = self.cac(p, "PartyTaxScheme")
            self.cbc(scheme, "CompanyID", party.tax_id)
            self.cbc(self.cac(scheme, "TaxScheme"), "ID", "VAT")
        self.cbc(self.cac(p, "PartyLegalEntity"), "RegistrationName", party.name)

    def tax_category(self, parent: ET.Element, tag: str, rate: Decimal) -> None:
        cat = self.cac(parent, tag)
        self.cbc(cat, "ID", "S" if rate > 0 else "Z")
        self.cbc(cat, "Percent", _text(normalise_rate(rate)))
        self.cbc(self.cac(cat, "TaxScheme"), "ID", "VAT")


def export_ubl(invoice: Invoice, seller: Party, buyer: Party, credited_number: str = "") -> bytes:
    """The invoice as UBL 2.1 XML (an Invoice, or a CreditNote when ``is_credit_note``).

    For a sale the seller is our company; for a purchase the buyer is. ``credited_number`` is
    the number of the invoice a credit note reverses (BillingReference).
    """
    if not invoice.number.strip():
        raise BadInput(QT_TRANSLATE_NOOP("EInvoice", "Give the invoice a number before "
                                                     "exporting it as an e-invoice."))
    if not invoice.lines:
        raise BadInput(QT_TRANSLATE_NOOP("EInvoice", "An e-invoice needs at least one line."))
    credit = invoice.is_credit_note
    cur = invoice.currency
    if cur not in MINOR_UNITS:
        raise BadInput(QT_TRANSLATE_NOOP("EInvoice", "Unknown currency code \"{code}\"."),
                       code=cur)
    root = ET.Element(_q(NS_CREDIT if credit else NS_INVOICE, "CreditNote" if credit else "Invoice"))
    b = _Builder(root, cur)
    b.cbc(root, "CustomizationID", CUSTOMIZATION)
    b.cbc(root, "ID", invoice.number)
    b.cbc(root, "IssueDate", invoice.issue_date.isoformat())
    if invoice.due_date and not credit:
        b.cbc(root, "DueDate", invoice.due_date.isoformat())
    b.cbc(root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode", "381" if credit else "380")
    if invoice.notes:
        b.cbc(root, "Note", invoice.notes)
    b.cbc(root, "DocumentCurrencyCode", cur)
    if invoice.external_ref:
        b.cbc(b.cac(root, "OrderReference"), "ID", invoice.external_ref)
    if credit and credited_number:
        ref = b.cac(b.cac(root, "BillingReference"), "InvoiceDocumentReference")
        b.cbc(ref, "ID", credited_number)
    b.party(root, "AccountingSupplierParty", seller)
    b.party(root, "AccountingCustomerParty", buyer)
    if credit and invoice.due_date:
        means = b.cac(root, "PaymentMeans")
        b.cbc(means, "PaymentMeansCode", "1")
        b.cbc(means, "PaymentDueDate", invoice.due_date.isoformat())
    if invoice.payment_terms:
        b.cbc(b.cac(root, "PaymentTerms"), "Note", invoice.payment_terms)
    totals = compute_totals(invoice)
    tax_total = b.cac(root, "TaxTotal")
    b.amount(tax_total, "TaxAmount", totals.tax)
    net_by_rate: dict[Decimal, Decimal] = {}
    for line in invoice.lines:
        r = normalise_rate(line.tax_rate)
        net_by_rate[r] = net_by_rate.get(r, Decimal(0)) + line_net(line, cur)
    for rate, tax in totals.tax_by_rate:
        sub = b.cac(tax_total, "TaxSubtotal")
        b.amount(sub, "TaxableAmount", net_by_rate[rate])
        b.amount(sub, "TaxAmount", tax)
        b.tax_category(sub, "TaxCategory", rate)
    lmt = b.cac(root, "LegalMonetaryTotal")
    b.amount(lmt, "LineExtensionAmount", totals.net)
    b.amount(lmt, "TaxExclusiveAmount", totals.net)
    b.amount(lmt, "TaxInclusiveAmount", totals.gross)
    b.amount(lmt, "PayableAmount", totals.gross)
    for i, line in enumerate(invoice.lines, start=1):
        _export_line(b, root, i, line, credit)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _export_line(b: _Builder, root: ET.Element, i: int, line: InvoiceLine, credit: bool) -> None:
    cur = b.currency
    el = b.cac(root, "CreditNoteLine" if credit else "InvoiceLine")
    b.cbc(el, "ID", str(i))
    unit_code = _UNIT_CODES.get(line.unit.strip().casefold(), "C62")
    b.cbc(el, "CreditedQuantity" if credit else "InvoicedQuantity", _text(line.quantity),
          unitCode=unit_code)
    net = line_net(line, cur)
    b.amount(el, "LineExtensionAmount", net)
    if line.discount:
        base = round_money(line.quantity * line.unit_price, cur)
        ac = b.cac(el, "AllowanceCharge")
        b.cbc(ac, "ChargeIndicator", "false")
        b.cbc(ac, "AllowanceChargeReasonCode", "95")
        b.cbc(ac, "MultiplierFactorNumeric", _text(line.discount))
        b.amount(ac, "Amount", base - net)
        b.amount(ac, "BaseAmount", base)
    item = b.cac(el, "Item")
    b.cbc(item, "Name", line.description)
    b.tax_category(item, "ClassifiedTaxCategory", line.tax_rate)
    if line.unit:
        prop = b.cac(item, "AdditionalItemProperty")
        b.cbc(prop, "Name", _UNIT_PROPERTY)
        b.cbc(prop, "Value", line.unit)
    b.cbc(b.cac(el, "Price"), "PriceAmount", _text(line.unit_price), currencyID=cur)


def write_ubl(path: str | Path, invoice: Invoice, seller: Party, buyer: Party,
              credited_number: str = "") -> None:
    Path(path).write_bytes(export_ubl(invoice, seller, buyer, credited_number))


# --- import -----------------------------------------------------------------------------

def _bad(message: str, **params: object) -> BadInput:
    return BadInput(message, **params)


class _Reader:
    def __init__(self, root: ET.Element) -> None:
        self.root = root

    @staticmethod
    def find(el: ET.Element | None, path: str) -> ET.Element | None:
        if el is None:
            return None
        return el.find(path.replace("cac:", f"{{{CAC}}}").replace("cbc:", f"{{{CBC}}}"))

    def findall(self, el: ET.Element, path: str) -> list[ET.Element]:
        return el.findall(path.replace("cac:", f"{{{CAC}}}").replace("cbc:", f"{{{CBC}}}"))

    def text(self, el: ET.Element | None, path: str, default: str = "") -> str:
        found = self.find(el, path)
        return (found.text or "").strip() if found is not None else default

    def decimal(self, el: ET.Element | None, path: str, required: bool = True) -> Decimal | None:
        raw = self.text(el, path)
        if not raw:
            if required:
                raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The e-invoice has no {element}."),
                           element=path.split(":")[-1])
            return None
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise _bad(QT_TRANSLATE_NOOP("EInvoice", "{element} \"{value}\" is not a number."),
                       element=path.split(":")[-1], value=raw) from None
        if not value.is_finite():
            raise _bad(QT_TRANSLATE_NOOP("EInvoice", "{element} \"{value}\" is not a number."),
                       element=path.split(":")[-1], value=raw)
        return value

    def date(self, el: ET.Element | None, path: str, required: bool) -> date | None:
        raw = self.text(el, path)
        if not raw:
            if required:
                raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The e-invoice has no {element}."),
                           element=path.split(":")[-1])
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise _bad(QT_TRANSLATE_NOOP("EInvoice", "{element} \"{value}\" is not a date."),
                       element=path.split(":")[-1], value=raw) from None

    def party(self, path: str, role: PartyRole) -> Party:
        p = self.find(self.root, path + "/cac:Party")
        if p is None:
            raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The e-invoice has no {element}."),
                       element=path.split(":")[-1])
        name = (self.text(p, "cac:PartyName/cbc:Name")
                or self.text(p, "cac:PartyLegalEntity/cbc:RegistrationName"))
        tax_id = (self.text(p, "cac:PartyTaxScheme/cbc:CompanyID")
                  or self.text(p, "cac:PartyLegalEntity/cbc:CompanyID"))
        lines = [x.text.strip() for x in self.findall(p, "cac:PostalAddress/cac:AddressLine/cbc:Line")
                 if x.text and x.text.strip()]
        street = self.text(p, "cac:PostalAddress/cbc:StreetName")
        city = self.text(p, "cac:PostalAddress/cbc:CityName")
        address = "\n".join(lines) or ", ".join(x for x in (street, city) if x)
        return Party(name=name, role=role, tax_id=tax_id, address=address,
                     country=self.text(p, "cac:PostalAddress/cac:Country/cbc:IdentificationCode"))


def _same_party(a: Party, own: Party) -> bool:
    def norm(s: str) -> str:
        return "".join(s.split()).upper()
    if a.tax_id and own.tax_id:
        ta, to = norm(a.tax_id), norm(own.tax_id)
        return ta == to or ta[2:] == to or ta == to[2:]   # with or without a country prefix
    return bool(a.name.strip()) and a.name.strip().casefold() == own.name.strip().casefold()


def parse_ubl(data: bytes, own: Party, extra_rates: tuple[Decimal, ...] = ()) -> UblImport:
    """Read a UBL 2.1 Invoice or CreditNote. ``own`` is our company: it decides whether the
    document is a sale (we are the seller) or a purchase (we are the buyer).

    The document's totals are checked against totals computed from its lines; any
    difference raises ValidationFailed listing each one. So do validation problems.
    """
    if len(data) > MAX_BYTES:
        raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The e-invoice is larger than {mb} MB; it was "
                                                 "not opened."), mb=MAX_BYTES // (1024 * 1024))
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The e-invoice contains XML declarations "
                                                 "(DTD or entities) that e-invoices never need; "
                                                 "it was not opened.")) from None
    except ET.ParseError as exc:
        raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The file is not well-formed XML ({reason})."),
                   reason=str(exc)) from None
    if root.tag == _q(NS_INVOICE, "Invoice"):
        credit, line_tag, qty_tag = False, "cac:InvoiceLine", "cbc:InvoicedQuantity"
    elif root.tag == _q(NS_CREDIT, "CreditNote"):
        credit, line_tag, qty_tag = True, "cac:CreditNoteLine", "cbc:CreditedQuantity"
    else:
        raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The file is not a UBL 2.1 invoice or credit "
                                                 "note."))
    r = _Reader(root)
    seller = r.party("cac:AccountingSupplierParty", PartyRole.SUPPLIER)
    buyer = r.party("cac:AccountingCustomerParty", PartyRole.CUSTOMER)
    if _same_party(seller, own):
        kind, other = InvoiceKind.SALE, buyer
    elif _same_party(buyer, own):
        kind, other = InvoiceKind.PURCHASE, seller
    else:
        raise _bad(QT_TRANSLATE_NOOP("EInvoice", "This e-invoice is between {seller} and "
                                                 "{buyer}; neither is your company ({own})."),
                   seller=seller.name, buyer=buyer.name, own=own.name)
    cur = r.text(root, "cbc:DocumentCurrencyCode").upper()
    due = r.date(root, "cbc:DueDate", False) or r.date(root, "cac:PaymentMeans/cbc:PaymentDueDate",
                                                       False)
    inv = Invoice(kind=kind, party_uuid="", party_name=other.name,
                  issue_date=r.date(root, "cbc:IssueDate", True), currency=cur,
                  number=r.text(root, "cbc:ID"), due_date=due,
                  notes="\n".join(x.text or "" for x in r.findall(root, "cbc:Note")),
                  external_ref=r.text(root, "cac:OrderReference/cbc:ID"),
                  payment_terms=r.text(root, "cac:PaymentTerms/cbc:Note"),
                  is_credit_note=credit)
    problems: list[Problem] = []
    if cur not in MINOR_UNITS:
        raise _bad(QT_TRANSLATE_NOOP("EInvoice", "Unknown currency code \"{code}\"."), code=cur)
    for i, el in enumerate(r.findall(root, line_tag)):
        line, stated_net = _import_line(r, el, qty_tag)
        inv.lines.append(line)
        if stated_net is not None and stated_net != line_net(line, cur):
            problems.append(_mismatch(f"lines[{i}].net", stated_net, line_net(line, cur)))
    problems += _check_totals(r, inv)
    if not problems:
        problems = [p for p in validate_invoice(inv, extra_rates) if p.field != "party"]
    if problems:
        raise ValidationFailed(problems)
    ref = PartyRef(name=other.name, tax_id=other.tax_id, country=other.country)
    return UblImport(inv, ref, other)


def import_ubl(path: str | Path, own: Party, extra_rates: tuple[Decimal, ...] = ()) -> UblImport:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The e-invoice is larger than {mb} MB; it "
                                                     "was not opened."),
                       mb=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise _bad(QT_TRANSLATE_NOOP("EInvoice", "The file {name} cannot be opened: {reason}"),
                   name=path.name, reason=exc.strerror or str(exc)) from None
    return parse_ubl(data, own, extra_rates)


def _import_line(r: _Reader, el: ET.Element, qty_tag: str) -> tuple[InvoiceLine, Decimal | None]:
    qty = r.decimal(el, qty_tag)
    qty_el = r.find(el, qty_tag)
    code = qty_el.get("unitCode", "") if qty_el is not None else ""
    unit = ""
    for prop in r.findall(el, "cac:Item/cac:AdditionalItemProperty"):
        if r.text(prop, "cbc:Name") == _UNIT_PROPERTY:
            unit = r.text(prop, "cbc:Value")
            break
    else:
        unit = _CODE_UNITS.get(code, code)
    price = r.decimal(el, "cac:Price/cbc:PriceAmount")
    base_qty = r.decimal(el, "cac:Price/cbc:BaseQuantity", required=False)
    if base_qty:
        price = price / base_qty
    rate = r.decimal(el, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", required=False)
    discount = Decimal(0)
    for ac in r.findall(el, "cac:AllowanceCharge"):
        if r.text(ac, "cbc:ChargeIndicator").lower() != "false":
            continue
        pct = r.decimal(ac, "cbc:MultiplierFactorNumeric", required=False)
        if pct is None:
            amount = r.decimal(ac, "cbc:Amount")
            base = r.decimal(ac, "cbc:BaseAmount", required=False) or (qty * price)
            pct = (amount / base * HUNDRED).quantize(Decimal("0.0001")) if base else Decimal(0)
        discount += pct
    line = InvoiceLine(description=r.text(el, "cac:Item/cbc:Name")
                       or r.text(el, "cac:Item/cbc:Description"),
                       quantity=qty, unit_price=price,
                       tax_rate=normalise_rate(rate) if rate is not None else Decimal(0),
                       discount=discount, unit=unit)
    return line, r.decimal(el, "cbc:LineExtensionAmount", required=False)


def _mismatch(where: str, stated: Decimal, computed: Decimal) -> Problem:
    return Problem(where, QT_TRANSLATE_NOOP("EInvoice", "The document states {stated} but its "
                                                        "lines add up to {computed}."),
                   (("stated", str(stated)), ("computed", str(computed))))


def _check_totals(r: _Reader, inv: Invoice) -> list[Problem]:
    t = compute_totals(inv)
    root = r.root
    found: list[Problem] = []
    checks = (("net", "cac:LegalMonetaryTotal/cbc:LineExtensionAmount", t.net),
              ("net", "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount", t.net),
              ("gross", "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount", t.gross),
              ("tax", "cac:TaxTotal/cbc:TaxAmount", t.tax))
    for name, path, computed in checks:
        stated = r.decimal(root, path, required=False)
        if stated is not None and stated != computed:
            found.append(_mismatch(f"totals.{name}", stated, computed))
    payable = r.decimal(root, "cac:LegalMonetaryTotal/cbc:PayableAmount", required=False)
    prepaid = r.decimal(root, "cac:LegalMonetaryTotal/cbc:PrepaidAmount", required=False) or 0
    rounding = r.decimal(root, "cac:LegalMonetaryTotal/cbc:PayableRoundingAmount",
                         required=False) or 0
    if payable is not None and payable != t.gross - prepaid + rounding:
        found.append(_mismatch("totals.payable", payable, t.gross - prepaid + rounding))
    by_rate = dict(t.tax_by_rate)
    for sub in r.findall(root, "cac:TaxTotal/cac:TaxSubtotal"):
        rate = normalise_rate(r.decimal(sub, "cac:TaxCategory/cbc:Percent", required=False)
                              or Decimal(0))
        stated = r.decimal(sub, "cbc:TaxAmount")
        computed = by_rate.get(rate, Decimal(0))
        if stated != computed:
            found.append(_mismatch(f"totals.tax_by_rate[{rate}]", stated, computed))
    return found
