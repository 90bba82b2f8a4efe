"""Status actions are enabled by role; a refused action says why; payments on posted invoices."""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.records import Status
from desktop.store import search
from desktop.store.invoice_service import load_invoice

from .conftest import set_role


def _select_first(window, status: str) -> str:
    for r in range(window.model.rowCount()):
        s = window.model.summary(r)
        if s.status == status:
            window.select_row(r)
            return s.uuid
    raise AssertionError(f"no {status} invoice in the demo data")


def test_clerk_may_submit_but_not_approve_and_is_told_why(window):
    set_role(window, "clerk")
    assert window.ctx.profile.local_role == "clerk"
    assert window.registry.get("practice").local_role == "clerk"   # saved in the profile
    _select_first(window, "submitted")
    approve = window.status_actions[Status.APPROVED]
    assert not approve.isEnabled()
    assert window.action_refusal(approve) == \
        "The Clerk role may not move an invoice from Submitted to Approved."
    assert window.status_actions[Status.DRAFT].isEnabled()          # withdraw is allowed
    uuid = _select_first(window, "draft")
    submit = window.status_actions[Status.SUBMITTED]
    assert submit.isEnabled()
    submit.trigger()
    assert load_invoice(window.ctx.store, uuid)[0].status == Status.SUBMITTED
    assert "1 invoice changed." in window.message_bar.text()
    assert not window.payment_action.isEnabled()


def test_approver_approves_and_posts_several_at_once(window):
    set_role(window, "approver")
    with window.ctx.store.db.read() as s:
        submitted = search.count(s, search.InvoiceQuery(statuses=("submitted",)))
    window.filter_bar.status_combo.setCurrentIndex(window.filter_bar.status_combo
                                                   .findData("submitted"))
    assert window.model.rowCount() == submitted
    window.table.selectAll()
    assert len(window.selected_uuids()) == submitted
    window.status_actions[Status.APPROVED].trigger()
    with window.ctx.store.db.read() as s:
        assert search.count(s, search.InvoiceQuery(statuses=("submitted",))) == 0
    assert f"{submitted} invoices changed." in window.message_bar.text()


def test_impossible_transition_is_disabled_with_its_reason(window):
    _select_first(window, "draft")
    post = window.status_actions[Status.POSTED]
    assert not post.isEnabled()
    assert window.action_refusal(post) == "An invoice cannot go from Draft to Posted."


def test_record_payment_on_a_posted_invoice(window, monkeypatch):
    uuid = _select_first(window, "posted")
    assert window.payment_action.isEnabled()
    before = load_invoice(window.ctx.store, uuid)[0]

    def answer(dlg):
        dlg.amount_edit.setText("1.00")
        dlg._on_buttons_accepted()
        return dlg.result()
    monkeypatch.setattr(window, "exec_dialog", answer)
    window.payment_action.trigger()
    after = load_invoice(window.ctx.store, uuid)[0]
    assert sum(p.amount for p in after.payments) == sum(p.amount for p in before.payments) \
        + Decimal("1.00")
    assert window.message_bar.text() == "Payment recorded."


def test_clerk_cannot_edit_a_submitted_invoice(window, qtbot):
    set_role(window, "clerk")
    uuid = _select_first(window, "submitted")
    dlg = window.open_invoice(uuid)
    qtbot.waitExposed(dlg)
    assert dlg.number_edit.isReadOnly()
    assert "waiting for approval" in dlg.message_bar.text()
    dlg.reject()
