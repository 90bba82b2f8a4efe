"""An invoice as a printable document: HTML in a QTextDocument, printed or written to PDF."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from ...domain.records import Invoice
from ...domain.totals import compute_totals, line_net, payment_state
from ..labels import format_money, format_rate, kind_label, payment_state_label, status_label

CJK_FAMILIES = ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
                "Source Han Sans SC", "SimSun"]


def _e(value: object) -> str:
    return html.escape(str(value))


def invoice_html(inv: Invoice, party_tax_id: str = "", compact: bool = False) -> str:
    """The invoice as HTML; ``compact`` (the preview pane) leaves out price, discount, rate."""
    t = compute_totals(inv)
    cur = inv.currency
    L = {
        "(no number)": QCoreApplication.translate("InvoicePrint", "(no number)"),
        "Customer": QCoreApplication.translate("InvoicePrint", "Customer"),
        "Description": QCoreApplication.translate("InvoicePrint", "Description"),
        "Discount %": QCoreApplication.translate("InvoicePrint", "Discount %"),
        "Due date": QCoreApplication.translate("InvoicePrint", "Due date"),
        "Issue date": QCoreApplication.translate("InvoicePrint", "Issue date"),
        "Net amount": QCoreApplication.translate("InvoicePrint", "Net amount"),
        "Notes": QCoreApplication.translate("InvoicePrint", "Notes"),
        "Number": QCoreApplication.translate("InvoicePrint", "Number"),
        "Outstanding": QCoreApplication.translate("InvoicePrint", "Outstanding"),
        "Paid": QCoreApplication.translate("InvoicePrint", "Paid"),
        "Payment": QCoreApplication.translate("InvoicePrint", "Payment"),
        "Payment terms": QCoreApplication.translate("InvoicePrint", "Payment terms"),
        "Quantity": QCoreApplication.translate("InvoicePrint", "Quantity"),
        "Reference": QCoreApplication.translate("InvoicePrint", "Reference"),
        "Status": QCoreApplication.translate("InvoicePrint", "Status"),
        "Supplier": QCoreApplication.translate("InvoicePrint", "Supplier"),
        "Tax": QCoreApplication.translate("InvoicePrint", "Tax"),
        "Tax ID": QCoreApplication.translate("InvoicePrint", "Tax ID"),
        "Tax rate": QCoreApplication.translate("InvoicePrint", "Tax rate"),
        "Tax {rate}": QCoreApplication.translate("InvoicePrint", "Tax {rate}"),
        "Total incl. tax": QCoreApplication.translate("InvoicePrint", "Total incl. tax"),
        "Unit price": QCoreApplication.translate("InvoicePrint", "Unit price"),
    }
    title = kind_label(inv.kind.value, inv.is_credit_note)
    rows = []
    for i, ln in enumerate(inv.lines, 1):
        cells = [str(i), _e(ln.description),
                 f"{_e(f'{ln.quantity:f}')} {_e(ln.unit)}"]
        if not compact:
            cells += [_e(format_money(ln.unit_price)), _e(f"{ln.discount.normalize():f}"),
                      _e(format_rate(ln.tax_rate))]
        cells.append(_e(format_money(line_net(ln, cur))))
        rows.append("<tr>" + "".join(
            f"<td>{c}</td>" if k < 2 else f"<td align='right'>{c}</td>"
            for k, c in enumerate(cells)) + "</tr>")
    heads = ["#", L["Description"], L["Quantity"]]
    if not compact:
        heads += [L["Unit price"], L["Discount %"], L["Tax rate"]]
    heads.append(L["Net amount"])
    head_row = "<tr>" + "".join(
        f"<th align='left'>{_e(h)}</th>" if k < 2 else f"<th align='right'>{_e(h)}</th>"
        for k, h in enumerate(heads)) + "</tr>"
    tax_rows = "".join(
        f"<tr><td>{_e(L['Tax {rate}'].format(rate=format_rate(r)))}</td>"
        f"<td align='right'>{_e(format_money(a))} {_e(cur)}</td></tr>" for r, a in t.tax_by_rate)
    facts = [
        (L['Number'], inv.number or L['(no number)']),
        (L['Issue date'], inv.issue_date.isoformat() if inv.issue_date else ""),
        (L['Due date'], inv.due_date.isoformat() if inv.due_date else "—"),
        (L['Status'], status_label(inv.status.value)),
        (L['Payment'], payment_state_label(payment_state(t).value)),
    ]
    if inv.external_ref:
        facts.append((L['Reference'], inv.external_ref))
    if inv.payment_terms:
        facts.append((L['Payment terms'], inv.payment_terms))
    fact_rows = "".join(f"<tr><td class='k'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in facts)
    party = _e(inv.party_name)
    if party_tax_id:
        party += f"<br/><span class='k'>{_e(L['Tax ID'])}: {_e(party_tax_id)}</span>"
    notes = (f"<p><b>{_e(L['Notes'])}</b><br/>{_e(inv.notes)}</p>" if inv.notes else "")
    party_caption = L['Customer'] if inv.kind.value == "sale" else L['Supplier']
    party_html = f"<p><span class='k'>{_e(party_caption)}</span><br/><b>{party}</b></p>"
    if compact:
        header_block = f"{party_html}<table>{fact_rows}</table>"
    else:
        header_block = (f"<table width='100%'><tr><td width='55%' valign='top'>{party_html}</td>"
                        f"<td valign='top'><table>{fact_rows}</table></td></tr></table>")
    return f"""<html><head><style>
body {{ font-size: 10pt; }}
h1 {{ font-size: {'14pt' if compact else '18pt'}; margin-bottom: 2px; }}
.k {{ color: #555555; }}
table.lines {{ border-collapse: collapse; }}
table.lines th {{ background: #eeeeee; border-bottom: 1px solid #888888; padding: 4px; }}
table.lines td {{ border-bottom: 1px solid #dddddd; padding: 4px; }}
.total td {{ font-weight: bold; border-top: 1px solid #444444; }}
</style></head><body>
<h1>{_e(title)} {_e(inv.number)}</h1>
{header_block}
<br/>
<table class='lines' width='100%' cellspacing='0'>
{head_row}
{''.join(rows)}
</table>
<br/>
<table align='right' cellspacing='0' cellpadding='3'>
<tr><td>{_e(L['Net amount'])}</td><td align='right'>{_e(format_money(t.net))} {_e(cur)}</td></tr>
{tax_rows}
<tr><td>{_e(L['Tax'])}</td><td align='right'>{_e(format_money(t.tax))} {_e(cur)}</td></tr>
<tr class='total'><td>{_e(L['Total incl. tax'])}</td><td align='right'>{_e(format_money(t.gross))} {_e(cur)}</td></tr>
<tr><td>{_e(L['Paid'])}</td><td align='right'>{_e(format_money(t.paid))} {_e(cur)}</td></tr>
<tr><td>{_e(L['Outstanding'])}</td><td align='right'>{_e(format_money(t.outstanding))} {_e(cur)}</td></tr>
</table>
<br clear='all'/>
{notes}
</body></html>"""


def invoice_document(inv: Invoice, party_tax_id: str = "") -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setFamilies([font.family()] + CJK_FAMILIES)
    font.setPointSize(10)
    doc.setDefaultFont(font)
    doc.setHtml(invoice_html(inv, party_tax_id))
    return doc


def configure_printer(printer: QPrinter) -> None:
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))


def print_document(doc: QTextDocument, printer: QPrinter) -> None:
    doc.print_(printer)


def export_pdf(inv: Invoice, path: Path, party_tax_id: str = "") -> QTextDocument:
    """Write ``inv`` as a PDF at ``path``; returns the document (its text for checks)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCreator("Invoice Desk")
    printer.setDocName(inv.number or inv.uuid)
    configure_printer(printer)
    doc = invoice_document(inv, party_tax_id)
    doc.print_(printer)
    return doc
