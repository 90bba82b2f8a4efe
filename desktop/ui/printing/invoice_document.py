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


def _t(text: str) -> str:
    return QCoreApplication.translate("InvoicePrint", text)


def _e(value: object) -> str:
    return html.escape(str(value))


def invoice_html(inv: Invoice, party_tax_id: str = "") -> str:
    t = compute_totals(inv)
    cur = inv.currency
    title = kind_label(inv.kind.value, inv.is_credit_note)
    rows = []
    for i, ln in enumerate(inv.lines, 1):
        rows.append(
            f"<tr><td>{i}</td><td>{_e(ln.description)}</td>"
            f"<td align='right'>{_e(f'{ln.quantity:f}')} {_e(ln.unit)}</td>"
            f"<td align='right'>{_e(format_money(ln.unit_price))}</td>"
            f"<td align='right'>{_e(f'{ln.discount.normalize():f}')}</td>"
            f"<td align='right'>{_e(format_rate(ln.tax_rate))}</td>"
            f"<td align='right'>{_e(format_money(line_net(ln, cur)))}</td></tr>")
    tax_rows = "".join(
        f"<tr><td>{_e(_t('Tax {rate}').format(rate=format_rate(r)))}</td>"
        f"<td align='right'>{_e(format_money(a))} {_e(cur)}</td></tr>" for r, a in t.tax_by_rate)
    facts = [
        (_t("Number"), inv.number or _t("(no number)")),
        (_t("Issue date"), inv.issue_date.isoformat() if inv.issue_date else ""),
        (_t("Due date"), inv.due_date.isoformat() if inv.due_date else "—"),
        (_t("Status"), status_label(inv.status.value)),
        (_t("Payment"), payment_state_label(payment_state(t).value)),
    ]
    if inv.external_ref:
        facts.append((_t("Reference"), inv.external_ref))
    if inv.payment_terms:
        facts.append((_t("Payment terms"), inv.payment_terms))
    fact_rows = "".join(f"<tr><td class='k'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in facts)
    party = _e(inv.party_name)
    if party_tax_id:
        party += f"<br/><span class='k'>{_e(_t('Tax ID'))}: {_e(party_tax_id)}</span>"
    notes = (f"<p><b>{_e(_t('Notes'))}</b><br/>{_e(inv.notes)}</p>" if inv.notes else "")
    party_caption = _t("Customer") if inv.kind.value == "sale" else _t("Supplier")
    return f"""<html><head><style>
body {{ font-size: 10pt; }}
h1 {{ font-size: 18pt; margin-bottom: 2px; }}
.k {{ color: #555555; }}
table.lines {{ border-collapse: collapse; }}
table.lines th {{ background: #eeeeee; border-bottom: 1px solid #888888; padding: 4px; }}
table.lines td {{ border-bottom: 1px solid #dddddd; padding: 4px; }}
.total td {{ font-weight: bold; border-top: 1px solid #444444; }}
</style></head><body>
<h1>{_e(title)} {_e(inv.number)}</h1>
<table width='100%'><tr><td width='55%' valign='top'>
<p><span class='k'>{_e(party_caption)}</span><br/><b>{party}</b></p></td>
<td valign='top'><table>{fact_rows}</table></td></tr></table>
<br/>
<table class='lines' width='100%' cellspacing='0'>
<tr><th>#</th><th align='left'>{_e(_t('Description'))}</th><th align='right'>{_e(_t('Quantity'))}</th>
<th align='right'>{_e(_t('Unit price'))}</th><th align='right'>{_e(_t('Discount %'))}</th>
<th align='right'>{_e(_t('Tax rate'))}</th><th align='right'>{_e(_t('Net amount'))}</th></tr>
{''.join(rows)}
</table>
<br/>
<table align='right' cellspacing='0' cellpadding='3'>
<tr><td>{_e(_t('Net amount'))}</td><td align='right'>{_e(format_money(t.net))} {_e(cur)}</td></tr>
{tax_rows}
<tr><td>{_e(_t('Tax'))}</td><td align='right'>{_e(format_money(t.tax))} {_e(cur)}</td></tr>
<tr class='total'><td>{_e(_t('Total incl. tax'))}</td><td align='right'>{_e(format_money(t.gross))} {_e(cur)}</td></tr>
<tr><td>{_e(_t('Paid'))}</td><td align='right'>{_e(format_money(t.paid))} {_e(cur)}</td></tr>
<tr><td>{_e(_t('Outstanding'))}</td><td align='right'>{_e(format_money(t.outstanding))} {_e(cur)}</td></tr>
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
