"""Search in both scripts, filters, sort in SQL, paging and the status-bar stats."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Status
from desktop.store import search
from desktop.store.search import InvoiceQuery


@pytest.fixture
def filled(store, service):
    data = [
        ("北京中关村科技有限公司", "INV-001", "咨询服务", "", date(2026, 1, 5), "100"),
        ("上海华东物流有限公司", "INV-002", "运输费", "加急", date(2026, 2, 5), "200"),
        ("Acme Trading Ltd", "INV-003", "Consulting", "urgent", date(2026, 3, 5), "300"),
        ("华南电子", "BILL-004", "显示器", "", date(2026, 4, 5), "400"),
        ("Northwind GmbH", "INV-005", "Freight 100% insured", "", date(2026, 5, 5), "50"),
    ]
    for party, number, desc, notes, d, price in data:
        service.create_invoice(
            Invoice(kind=InvoiceKind.PURCHASE if number.startswith("BILL") else InvoiceKind.SALE,
                    party_uuid="", number=number, issue_date=d, notes=notes, currency="CNY",
                    lines=[InvoiceLine(desc, Decimal(1), Decimal(price), Decimal(13))]),
            PartyRef(name=party))
    return store


def numbers(store, **kw):
    with store.db.read() as s:
        return [r.number for r in search.list_invoices(s, InvoiceQuery(**kw))]


@pytest.mark.parametrize("text,expected", [
    ("中关村", ["INV-001"]),            # 3 Chinese characters inside a name: trigram
    ("华东", ["INV-002"]),              # 2 characters: LIKE fallback
    ("华", ["BILL-004", "INV-002"]),    # 1 character
    ("acme", ["INV-003"]),              # Latin, case-insensitive
    ("运输费", ["INV-002"]),            # line description
    ("加急", ["INV-002"]),              # notes, 2 characters
    ("urgent", ["INV-003"]),            # notes
    ("INV-00", ["INV-005", "INV-003", "INV-002", "INV-001"]),  # number fragment
    ("100%", ["INV-005"]),              # LIKE wildcards are literal
    ('"', []),                          # FTS syntax cannot leak through
    ("no such thing", []),
])
def test_text_search(filled, text, expected):
    assert numbers(filled, text=text) == expected


def test_filters_combine(filled, service):
    inv = numbers(filled, kind="purchase")
    assert inv == ["BILL-004"]
    assert numbers(filled, date_from=date(2026, 2, 1), date_to=date(2026, 3, 31)) == [
        "INV-003", "INV-002"]
    with filled.db.read() as s:
        first = search.list_invoices(s, InvoiceQuery(text="INV-001"))[0]
    service.change_status(first.uuid, Status.SUBMITTED)
    assert numbers(filled, statuses=("submitted",)) == ["INV-001"]
    assert numbers(filled, statuses=("submitted",), text="华东") == []
    assert numbers(filled, sync_states=("local_only",), kind="sale", text="acme") == ["INV-003"]


def test_party_filter(filled):
    with filled.db.read() as s:
        row = search.list_invoices(s, InvoiceQuery(text="Acme"))[0]
    from desktop.store.invoice_service import load_invoice
    party_uuid = load_invoice(filled, row.uuid)[0].party_uuid
    assert numbers(filled, party_uuid=party_uuid) == ["INV-003"]


@pytest.mark.parametrize("sort,descending,expected_first", [
    ("gross", True, "BILL-004"), ("gross", False, "INV-005"), ("party", False, "INV-003"),
    ("number", False, "BILL-004"), ("issue_date", False, "INV-001"),
])
def test_sort_by_any_column(filled, sort, descending, expected_first):
    assert numbers(filled, sort=sort, descending=descending)[0] == expected_first


def test_paging_and_stats(filled):
    with filled.db.read() as s:
        q = InvoiceQuery(sort="issue_date", descending=False)
        pages = [r.number for off in (0, 2, 4) for r in search.list_invoices(s, q, off, 2)]
        assert pages == ["INV-001", "INV-002", "INV-003", "BILL-004", "INV-005"]
        st = search.stats(s, InvoiceQuery(kind="sale"))
        assert st.count == 4 and st.gross_by_currency == {"CNY": Decimal("734.50")}
        assert search.count(s, InvoiceQuery(text="华")) == 2


@pytest.mark.parametrize("sort,descending", [("issue_date", True), ("party", False),
                                             ("gross", True), ("number", False)])
def test_deep_pages_equal_the_plain_query(store, monkeypatch, sort, descending):
    """Deep pages take the ids from the indexes first; the rows must be the same as the
    straightforward query's."""
    from desktop.sandbox.demo_data import generate
    from desktop.store.bulk import import_invoices
    import_invoices(store, "t", generate(1300, seed=3), action="demo")
    q = InvoiceQuery(sort=sort, descending=descending)
    with store.db.read() as s:
        deep = search.list_invoices(s, q, 1100, 150)
        monkeypatch.setattr(search, "DEFERRED_JOIN_OFFSET", 10**9)
        plain = search.list_invoices(s, q, 1100, 150)
    assert len(deep) == 150 and deep == plain
