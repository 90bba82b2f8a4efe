"""Step conditions checked against a real store (and an editor's working copy)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.invoice_json import PartyRef
from desktop.domain.records import Invoice, InvoiceKind, InvoiceLine, Status
from desktop.tutorial import actions, conditions
from desktop.tutorial.conditions import Env, evaluate


def _invoice(service, party="Acme Trading Ltd", lines=((2, 400), (1, 200)), rate=13,
             number="T-1"):
    inv = Invoice(kind=InvoiceKind.SALE, party_uuid="", number=number, issue_date=date.today(),
                  lines=[InvoiceLine(f"L{i}", Decimal(q), Decimal(p), Decimal(rate))
                         for i, (q, p) in enumerate(lines)])
    return service.create_invoice(inv, PartyRef(name=party)).uuid


def test_invoice_exists_with_party_lines_gross_rate_and_new(store, service):
    env = Env(store)
    env.vars["_max_id"] = conditions.max_invoice_id(store)
    cond = {"invoice_exists": {"party": "Acme Trading Ltd", "lines": 2, "gross": "1130.00",
                               "tax_rate": "13", "new": True}}
    assert not evaluate(cond, env)
    _invoice(service, rate=9)                                    # wrong rate
    _invoice(service, lines=((1, 1000),), number="T-2")          # one line
    assert not evaluate(cond, env)
    uuid = _invoice(service, number="T-3")
    assert evaluate(cond, env) and env.match == uuid
    env.vars["_max_id"] = conditions.max_invoice_id(store)       # made before: not new
    assert not evaluate(cond, env)


def test_invoice_by_uuid_states_and_texts(store, service):
    uuid = _invoice(service)
    env = Env(store)
    assert evaluate({"invoice": {"uuid": uuid, "status": "draft", "sync_state_not": "synced",
                                 "issue_date": "today", "party_contains": "acme"}}, env)
    service.change_status(uuid, Status.SUBMITTED)
    assert evaluate({"invoice": {"uuid": uuid, "status": "submitted"}}, env)
    assert not evaluate({"invoice": {"uuid": "no-such", "status": "draft"}}, env)
    assert evaluate({"not": {"invoice": {"uuid": uuid, "notes_contains": "x"}}}, env)
    assert evaluate({"all": [{"pending_max": 10}, {"conflicts_max": 0}]}, env)
    assert not evaluate({"any": [{"conflicts_min": 1}, {"last_sync": "ok"}]}, env)


def test_editor_and_visible_conditions_use_what_the_window_gives():
    inv = Invoice(kind=InvoiceKind.SALE, party_uuid="p", party_name="Acme",
                  issue_date=date(2026, 1, 10), due_date=date(2026, 1, 1),
                  lines=[InvoiceLine("", Decimal(2), Decimal(400))])
    env = Env(None, editor=inv, visible=lambda name: name == "invoiceEditor")
    assert evaluate({"editor": {"lines": 1, "gross": "904", "party": "Acme"}}, env)
    assert not evaluate({"editor": {"descriptions": True}}, env)
    assert not evaluate({"editor": {"due_not_before_issue": True}}, env)
    inv.due_date = None
    assert evaluate({"editor": {"due_not_before_issue": True}}, env)
    assert evaluate({"visible": "invoiceEditor"}, env)
    assert not evaluate({"editor": {"lines": 1}}, Env(None))    # no editor open


def test_pick_invoice_fills_variables_and_never_picks_twice(store, service):
    first = _invoice(service, number="P-1")
    second = _invoice(service, party="北京中关村科技有限公司", number="P-2")
    env = actions.ActionEnv(store)
    actions.run({"do": "pick_invoice", "where": {"kind": "sale"}, "save_as": "a"}, env)
    actions.run({"do": "pick_invoice", "where": {"kind": "sale"}, "save_as": "b"}, env)
    assert (env.vars["a"], env.vars["b"]) == (first, second)
    assert env.vars["a_number"] == "P-1" and env.vars["a_party_word"] == "Acme"
    assert env.vars["b_party_word"] == "北京中关" and env.vars["a_gross"] == "1,130.00"
    from desktop.domain.errors import BadInput
    with pytest.raises(BadInput):
        actions.run({"do": "pick_invoice", "where": {"kind": "sale"}, "save_as": "c"}, env)
    assert actions.run({"do": "select_invoice"}, env) is False    # the window's job


@pytest.mark.parametrize("bad", [{"invoice": {"colour": 1, "uuid": "x"}}, {"all": []},
                                 {"visible": ""}, {"last_sync": "sunny"}, {"a": 1, "b": 2}])
def test_malformed_conditions_are_refused(bad):
    with pytest.raises(ValueError):
        conditions.check(bad, "here")
