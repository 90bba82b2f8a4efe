"""Three-way merge: fields, lines by identity, decisions."""

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine
from desktop.sync.merge import apply_snapshot, resolve, snapshot, three_way


def inv(**kw):
    base = dict(kind=InvoiceKind.SALE, party_uuid="p", issue_date=date(2026, 11, 1),
                lines=[InvoiceLine("a", Decimal(1), Decimal(10), uuid="L1"),
                       InvoiceLine("b", Decimal(2), Decimal(20), uuid="L2")], uuid="I")
    base.update(kw)
    return Invoice(**base)


def test_different_fields_merge_by_themselves():
    b = snapshot(inv())
    r = three_way(b, snapshot(inv(notes="mine")), snapshot(inv(payment_terms="theirs")))
    assert r.clean and r.merged["notes"] == "mine" and r.merged["payment_terms"] == "theirs"
    assert r.from_mine == ["notes"] and r.from_theirs == ["payment_terms"]


def test_same_field_different_values_conflicts_same_value_does_not():
    b = snapshot(inv())
    r = three_way(b, snapshot(inv(notes="x")), snapshot(inv(notes="y")))
    assert [c.field for c in r.conflicts] == ["notes"] and r.conflicts[0].base == ""
    assert three_way(b, snapshot(inv(notes="x")), snapshot(inv(notes="x"))).clean


def test_lines_added_on_both_sides_and_removed_on_one():
    b = snapshot(inv())
    mine = inv()
    mine.lines.append(InvoiceLine("mine", Decimal(1), Decimal(1), uuid="M"))
    theirs = inv()
    theirs.lines = [theirs.lines[0], InvoiceLine("theirs", Decimal(1), Decimal(1), uuid="T")]
    r = three_way(b, snapshot(mine), snapshot(theirs))  # theirs removed L2, added T
    assert r.clean
    assert list(r.merged["lines"]) == ["L1", "M", "T"]
    out = apply_snapshot(mine, r.merged)
    assert [ln.description for ln in out.lines] == ["a", "mine", "theirs"]


def test_one_line_changed_on_both_sides_in_different_fields_merges():
    b = snapshot(inv())
    mine, theirs = inv(), inv()
    mine.lines[0].quantity = Decimal(5)
    theirs.lines[0].description = "renamed"
    r = three_way(b, snapshot(mine), snapshot(theirs))
    assert r.clean and r.merged["lines"]["L1"]["quantity"] == "5"
    assert r.merged["lines"]["L1"]["description"] == "renamed"


def test_line_edited_here_removed_there_is_a_conflict_and_decisions_apply():
    b = snapshot(inv())
    mine, theirs = inv(), inv()
    mine.lines[1].unit_price = Decimal(99)
    theirs.lines = theirs.lines[:1]
    r = three_way(b, snapshot(mine), snapshot(theirs))
    [c] = r.conflicts
    assert c.field == "line:L2" and c.theirs is None and c.mine["unit_price"] == "99"
    assert "L2" not in resolve(r, {"line:L2": "theirs"})["lines"]
    assert resolve(r, {"line:L2": "mine"})["lines"]["L2"]["unit_price"] == "99"
    assert resolve(r, {}, {"line:L2": {**c.mine, "unit_price": "50"}})["lines"]["L2"][
        "unit_price"] == "50"


def test_no_base_means_every_difference_is_a_conflict():
    r = three_way(None, snapshot(inv(notes="x")), snapshot(inv(notes="y")))
    assert "notes" in [c.field for c in r.conflicts]


def test_decimal_spelling_is_not_a_change():
    a = inv()
    b = inv()
    b.lines[0].unit_price = Decimal("10.000")
    assert snapshot(a) == snapshot(b)


texts = st.text(max_size=5)


@given(texts, texts, texts)
def test_merge_laws(base, mine, theirs):
    """Unchanged on one side → the other side wins; same change → no conflict."""
    r = three_way(snapshot(inv(notes=base)), snapshot(inv(notes=mine)),
                  snapshot(inv(notes=theirs)))
    if mine == base:
        assert r.merged["notes"] == theirs and r.clean
    elif theirs == base or mine == theirs:
        assert r.merged["notes"] == mine and r.clean
    else:
        assert not r.clean and resolve(r, {"notes": "theirs"})["notes"] == theirs
