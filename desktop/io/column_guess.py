"""Import fields, their labels, and guessing which sheet column holds which field."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.records import InvoiceKind

# Fields of an invoice as a sheet row may carry them. Header fields repeat on every line row.
HEADER_FIELDS = ("number", "kind", "party_name", "party_tax_id", "party_country", "issue_date",
                 "due_date", "currency", "notes", "external_ref", "payment_terms")
LINE_FIELDS = ("description", "quantity", "unit", "unit_price", "discount", "tax_rate")
FIELDS = HEADER_FIELDS + LINE_FIELDS

FIELD_LABELS: dict[str, str] = {
    "number": QT_TRANSLATE_NOOP("Import", "Invoice number"),
    "kind": QT_TRANSLATE_NOOP("Import", "Kind (sale/purchase)"),
    "party_name": QT_TRANSLATE_NOOP("Import", "Customer or supplier"),
    "party_tax_id": QT_TRANSLATE_NOOP("Import", "Tax ID"),
    "party_country": QT_TRANSLATE_NOOP("Import", "Country"),
    "issue_date": QT_TRANSLATE_NOOP("Import", "Issue date"),
    "due_date": QT_TRANSLATE_NOOP("Import", "Due date"),
    "currency": QT_TRANSLATE_NOOP("Import", "Currency"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "external_ref": QT_TRANSLATE_NOOP("Import", "External reference"),
    "payment_terms": QT_TRANSLATE_NOOP("Import", "Payment terms"),
    "description": QT_TRANSLATE_NOOP("Import", "Line description"),
    "quantity": QT_TRANSLATE_NOOP("Import", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("Import", "Unit"),
    "unit_price": QT_TRANSLATE_NOOP("Import", "Unit price"),
    "discount": QT_TRANSLATE_NOOP("Import", "Discount %"),
    "tax_rate": QT_TRANSLATE_NOOP("Import", "Tax rate %"),
}

# Header words per field (compared after _norm). Exact matches win; then, in the order of
# _CONTAINS_ORDER (specific before general: "customer tax id" is a tax ID, not a name), a
# header containing a word. Chinese: the words on VAT invoice lists and ERP exports.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": ("invoice number", "invoice no", "invoice", "inv no", "number", "no", "doc no",
               "document number", "发票号码", "发票号", "发票编号", "单据编号", "单据号", "号码"),
    "kind": ("kind", "sale purchase", "sales purchase", "direction", "ar ap", "购销类型",
             "收付类型", "销售 采购", "进销项", "方向"),
    "party_name": ("customer", "customer name", "client", "supplier", "supplier name", "vendor",
                   "party", "counterparty", "buyer", "seller", "company", "客户", "客户名称",
                   "供应商", "供应商名称", "购买方名称", "销售方名称", "购方名称", "销方名称",
                   "往来单位", "单位名称", "对方单位", "购买方", "销售方"),
    "party_tax_id": ("tax id", "tax number", "tax no", "vat id", "vat number", "vat no", "tin",
                     "taxpayer id", "税号", "纳税人识别号", "统一社会信用代码", "信用代码",
                     "识别号"),
    "party_country": ("country", "country code", "国家", "国家 地区", "国别"),
    "issue_date": ("issue date", "invoice date", "date", "billing date", "开票日期", "发票日期",
                   "日期"),
    "due_date": ("due date", "due", "payment due", "due on", "到期日", "到期日期", "付款到期日",
                 "截止日期"),
    "currency": ("currency", "curr", "ccy", "币种", "币别", "货币"),
    "notes": ("notes", "note", "remarks", "remark", "comment", "comments", "memo", "备注",
              "说明"),
    "external_ref": ("external ref", "external reference", "reference", "ref", "order number",
                     "order no", "po number", "po", "外部编号", "订单号", "参考号", "合同号"),
    "payment_terms": ("payment terms", "terms", "付款条件", "账期"),
    "description": ("line description", "description", "item", "product", "service",
                    "goods", "品名", "货物或应税劳务名称", "货物或应税劳务 服务名称",
                    "商品名称", "项目名称", "货物名称", "服务名称", "摘要"),
    "quantity": ("quantity", "qty", "数量"),
    "unit": ("unit", "uom", "unit of measure", "单位", "计量单位"),
    "unit_price": ("unit price", "price", "net price", "单价", "不含税单价"),
    "discount": ("discount", "折扣", "折扣率", "折让"),
    "tax_rate": ("tax rate", "vat rate", "tax %", "vat %", "rate", "税率", "征收率", "税率 征收率"),
}
_CONTAINS_ORDER = ("party_tax_id", "party_country", "due_date", "issue_date", "unit_price",
                   "tax_rate", "discount", "quantity", "currency", "payment_terms",
                   "external_ref", "number", "kind", "party_name", "description", "unit",
                   "notes")
# Headers that look like a field but are not it (tax-inclusive prices, amounts, tax amounts).
_NOT_FIELD = re.compile(r"含税单价|价税合计|税额|金额|\bamount\b|\btotal\b|\bgross\b|"
                        r"\bnet\b(?! price)|tax amount|\bincl")
_PUNCT = re.compile(r"[\s_\-.:：*()（）\[\]【】/／#№]+")


def _norm(text: object) -> str:
    s = unicodedata.normalize("NFKC", "" if text is None else str(text)).casefold()
    return _PUNCT.sub(" ", s.replace("%", " % ")).strip()


def _is_cjk(s: str) -> bool:
    return any(ord(ch) > 0x2E80 for ch in s)


def _contains(header: str, word: str) -> bool:
    if _is_cjk(word):
        return word in header
    return f" {word} " in f" {header} "


_NORM_SYNONYMS = {f: tuple(_norm(w) for w in words) for f, words in _SYNONYMS.items()}


def guess_mapping(headers: Sequence[object]) -> dict[str, int]:
    """Field → column index (0-based) for the columns whose header we recognise."""
    normed = [_norm(h) for h in headers]
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for fld in FIELDS:                      # pass 1: exact header words
        for i, h in enumerate(normed):
            if i not in taken and h and h in _NORM_SYNONYMS[fld]:
                mapping[fld] = i
                taken.add(i)
                break
    for fld in _CONTAINS_ORDER:             # pass 2: a header containing a word
        if fld in mapping:
            continue
        best: tuple[int, int] | None = None  # (length of the word matched, column)
        for i, h in enumerate(normed):
            if i in taken or not h or _NOT_FIELD.search(h):
                continue
            for word in _NORM_SYNONYMS[fld]:
                if len(word) >= 2 and _contains(h, word) and (best is None or len(word) > best[0]):
                    best = (len(word), i)
        if best is not None:
            mapping[fld] = best[1]
            taken.add(best[1])
    return mapping


_SUPPLIER_WORDS = ("supplier", "vendor", "seller", "供应商", "销售方", "销方")
_CUSTOMER_WORDS = ("customer", "client", "buyer", "客户", "购买方", "购方")


def guess_kind(headers: Sequence[object]) -> InvoiceKind | None:
    """Sale or purchase, when the party column's header says customer or supplier."""
    normed = [_norm(h) for h in headers]
    supplier = any(_contains(h, w) for h in normed for w in _SUPPLIER_WORDS)
    customer = any(_contains(h, w) for h in normed for w in _CUSTOMER_WORDS)
    if supplier != customer:
        return InvoiceKind.PURCHASE if supplier else InvoiceKind.SALE
    return None


def layout_key(headers: Sequence[object]) -> str:
    """A stable key for a sheet layout (same headers in the same order → same key)."""
    normed = [_norm(h) for h in headers]
    while normed and not normed[-1]:
        normed.pop()
    digest = hashlib.sha256("\x1f".join(normed).encode("utf-8")).hexdigest()
    return "xlsx1:" + digest[:32]


def header_score(headers: Sequence[object]) -> int:
    """How many fields a row of headers maps (to find the header row under a title)."""
    return len(guess_mapping(headers))
