"""Validation, the status workflow with roles, duplicates, and the JSON shape."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.duplicates import DuplicateCandidate, find_duplicates
from desktop.domain.errors import BadInput
from desktop.domain.invoice_json import invoice_from_json, invoice_to_json
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Party, Status
from desktop.domain.validation import validate_invoice, validate_party
from desktop.domain.workflow import (Role, allowed_targets, edit_refusal, transition_refusal)


def _inv(**kw):
    base = dict(kind=InvoiceKind.SALE, party_uuid="p1", issue_date=date(2026, 11, 28),
                lines=[InvoiceLine("Consulting", Decimal(2), Decimal("500"))])
    base.update(kw)
    return Invoice(**base)


def test_valid_invoice_has_no_problems():
    assert validate_invoice(_inv()) == []


def test_all_problems_at_once_with_fields():
    inv = _inv(party_uuid="", due_date=date(2026, 1, 1), lines=[
        InvoiceLine("", Decimal(0), Decimal("-1"), Decimal(14), Decimal(120))])
    fields = {p.field for p in validate_invoice(inv)}
    assert fields == {"party", "due_date", "lines[0].description", "lines[0].quantity",
                      "lines[0].unit_price", "lines[0].tax_rate", "lines[0].discount"}


def test_no_lines_and_unknown_currency():
    assert [p.field for p in validate_invoice(_inv(lines=[]))] == ["lines"]
    assert [p.field for p in validate_invoice(_inv(currency="ABC"))] == ["currency"]


def test_extra_rate_from_profile():
    inv = _inv(lines=[InvoiceLine("x", Decimal(1), Decimal(1), Decimal(19))])
    assert validate_invoice(inv)
    assert validate_invoice(inv, extra_rates=(Decimal(19),)) == []


def test_tax_ids():
    assert validate_party(Party("A", tax_id="91110108MA01ABCD2X", country="CN"))  # bad check
    assert validate_party(Party("A", tax_id="91350100M000100Y43", country="CN")) == []
    assert validate_party(Party("A", tax_id="DE136695976", country="DE")) == []
    assert validate_party(Party("A", tax_id="DE136695977", country="DE"))
    assert validate_party(Party("A", tax_id="anything goes", country="US")) == []
    assert [p.field for p in validate_party(Party(" "))] == ["name"]


def test_workflow_roles():
    assert transition_refusal(Role.CLERK, Status.DRAFT, Status.SUBMITTED) is None
    assert transition_refusal(Role.CLERK, Status.SUBMITTED, Status.APPROVED) is not None
    assert transition_refusal(Role.APPROVER, Status.SUBMITTED, Status.APPROVED) is None
    assert transition_refusal(Role.APPROVER, Status.APPROVED, Status.POSTED) is None
    assert transition_refusal(Role.ADMINISTRATOR, Status.DRAFT, Status.POSTED) is not None
    assert transition_refusal(Role.APPROVER, Status.POSTED, Status.CANCELLED) is not None
    assert transition_refusal(Role.ADMINISTRATOR, Status.POSTED, Status.CANCELLED) is None
    assert Status.APPROVED not in allowed_targets(Role.CLERK, Status.SUBMITTED)
    assert allowed_targets(Role.ADMINISTRATOR, Status.PAID) == []


def test_posted_is_immutable_but_notes():
    assert edit_refusal(Role.ADMINISTRATOR, Status.POSTED, {"notes"}) is None
    assert edit_refusal(Role.ADMINISTRATOR, Status.POSTED, {"lines"}) is not None
    assert edit_refusal(Role.CLERK, Status.SUBMITTED, {"lines"}) is not None
    assert edit_refusal(Role.APPROVER, Status.SUBMITTED, {"lines"}) is None
    assert edit_refusal(Role.CLERK, Status.CANCELLED, {"notes"}) is not None


def test_duplicates_warn_on_reference_number_and_amount():
    c = DuplicateCandidate("u2", "INV-9", "p1", "PO-1", date(2026, 11, 25), Decimal("1130.00"),
                           "sale")
    w = find_duplicates("u1", "sale", "p1", "", "po-1 ", date(2026, 6, 1), Decimal(1), [c])
    assert [x.other_uuid for x in w] == ["u2"] and "reference" in w[0].reason
    w = find_duplicates("u1", "sale", "p1", "INV-9", "", date(2026, 6, 1), Decimal(1), [c])
    assert "number" in w[0].reason
    w = find_duplicates("u1", "sale", "p1", "", "", date(2026, 11, 28), Decimal("1130.00"), [c])
    assert "amount" in w[0].reason
    assert find_duplicates("u1", "sale", "p1", "", "", date(2026, 12, 28), Decimal("1130.00"), [c]) == []
    assert find_duplicates("u1", "sale", "p2", "INV-9", "", date(2026, 11, 28), Decimal(1), [c]) == []
    assert find_duplicates("u2", "sale", "p1", "INV-9", "", date(2026, 11, 28), Decimal(1), [c]) == []


def test_json_round_trip_is_the_same_shape():
    inv = _inv(number="INV-1", notes="加急", due_date=date(2026, 12, 28), party_name="北京")
    out = invoice_to_json(inv)
    back, party = invoice_from_json(out)
    assert back == inv.__class__(**{**{f: getattr(inv, f) for f in inv.__dataclass_fields__},
                                   "party_uuid": "", "party_name": ""})
    assert party.uuid == "p1"
    assert out["totals"]["gross"] == "1130.00"


@pytest.mark.parametrize("payload,needle", [
    ({"kind": "sale", "party": "x", "issue_date": "2026-11-28", "colour": "red"}, "colour"),
    ({"kind": "rent", "party": "x", "issue_date": "2026-11-28"}, "kind"),
    ({"kind": "sale", "party": "x", "issue_date": "28/11/2026"}, "not a date"),
    ({"kind": "sale", "issue_date": "2026-11-28"}, "party"),
    ({"kind": "sale", "party": "x", "issue_date": "2026-11-28",
      "lines": [{"description": "a", "unit_price": 12.5}]}, "string"),
    ({"kind": "sale", "party": "x", "issue_date": "2026-11-28",
      "lines": [{"description": "a", "unit_price": "12.50x"}]}, "not a number"),
    ([1, 2], "object"),
])
def test_bad_json_is_refused_with_a_clear_sentence(payload, needle):
    with pytest.raises(BadInput) as exc:
        invoice_from_json(payload)
    assert needle in exc.value.text()


def test_edit_keeps_what_is_not_given():
    base = _inv(number="INV-1", notes="keep")
    inv, party = invoice_from_json({"notes": "changed"}, base=base)
    assert inv.number == "INV-1" and inv.notes == "changed" and inv.lines == base.lines
    assert party is None
    with pytest.raises(BadInput):
        invoice_from_json({"uuid": "other"}, base=base)
