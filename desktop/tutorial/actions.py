"""A step's scripted preparations that need no window (Qt-free): pick the invoice a lesson is
about, and drive the practice ERP through its control API (a colleague edits, the network
drops, the ERP refuses the next write, the session expires).

Actions the window must do (open a dialog, select a row...) are the coach's
(``desktop/ui/tutorial/coach.py``); ``run`` answers False for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.errors import BadInput, KnownError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..sandbox.practice_erp import PracticeErp
from ..store import search
from ..store.invoice_service import load_invoice
from ..store.profiles import PRACTICE_ID, Profile
from ..store.store import Store
from ..sync import connect
from ..sync.connect import PRACTICE_USER
from .conditions import Facts, matches, max_invoice_id
from .lesson import ENGINE_ACTIONS

log = logging.getLogger(__name__)


@dataclass
class ActionEnv:
    """What engine actions work on. ``erp`` gives the running practice ERP (started lazily)."""

    store: Store | None
    erp: Callable[[], PracticeErp] | None = None
    vars: dict = field(default_factory=dict)


def party_word(name: str) -> str:
    """What a clerk would type to find ``name``: its first word (4 characters of Chinese)."""
    name = name.strip()
    if name.isascii():
        return name.split()[0] if name.split() else name
    return name[:4]


def remember_invoice(vars_: dict, name: str, store: Store, uuid: str) -> None:
    """Set ``name`` = uuid and ``name_number``, ``name_party``, ``name_party_word``,
    ``name_gross``, ``name_currency`` from the invoice."""
    inv, _facts = load_invoice(store, uuid)
    from ..domain.totals import compute_totals
    gross = compute_totals(inv).gross
    vars_[name] = inv.uuid
    vars_[f"{name}_number"] = inv.number
    vars_[f"{name}_party"] = inv.party_name
    vars_[f"{name}_party_word"] = party_word(inv.party_name)
    vars_[f"{name}_gross"] = f"{gross:,.2f}"
    vars_[f"{name}_currency"] = inv.currency


def pick_invoice(store: Store, where: dict, exclude: set[str]) -> str:
    """The first invoice by number matching ``where`` and not in ``exclude`` (its uuid)."""
    q = search.InvoiceQuery(
        statuses=(str(where["status"]),) if "status" in where else (),
        kind=str(where.get("kind", "")),
        sync_states=(str(where["sync_state"]),) if "sync_state" in where else (),
        sort="number", descending=False)
    with store.db.read() as s:
        candidates = search.list_invoices(s, q, 0, 2000)
    for summary in candidates:
        if summary.uuid in exclude:
            continue
        if matches(where, Facts(store, summary)):
            return summary.uuid
    raise BadInput(QT_TRANSLATE_NOOP("Errors", "The practice data has no invoice this lesson "
                                               "can use; reset the practice data and start the "
                                               "lesson again."))


def _erp_ref(store: Store, ref: str) -> str:
    """The ERP id of the local invoice ``ref`` (its uuid is also its key in the ERP)."""
    try:
        _inv, facts = load_invoice(store, ref)
    except KnownError:
        return ref
    return str(facts.get("erp_id") or ref)


def run(action: dict, env: ActionEnv) -> bool:
    """Run an engine action (its ``{var}`` already filled); False if it is the window's."""
    name = action["do"]
    if name not in ENGINE_ACTIONS:
        return False
    if name == "pick_invoice":
        picked = list(env.vars.get("_picked", []))
        uuid = pick_invoice(env.store, dict(action.get("where", {})), set(picked))
        env.vars["_picked"] = picked + [uuid]
        remember_invoice(env.vars, action["save_as"], env.store, uuid)
        return True
    if name == "mark_new":
        env.vars["_max_id"] = max_invoice_id(env.store)
        return True
    if name == "set_var":
        env.vars.update({k: v for k, v in action.items() if k != "do"})
        return True
    erp = env.erp() if env.erp else None
    if erp is None:
        log.warning("tutorial action %s: no practice ERP", name)
        return True
    if name == "colleague_edit":
        erp.colleague_edit(_erp_ref(env.store, action["invoice"]), dict(action["changes"]))
    elif name == "post_invoice":
        erp.post_invoice(_erp_ref(env.store, action["invoice"]))
    elif name == "pay_invoice":
        erp.pay_invoice(_erp_ref(env.store, action["invoice"]), action["amount"])
    elif name == "drop_network":
        erp.drop_network(action.get("seconds"))
    elif name == "restore_network":
        erp.restore_network()
    elif name == "reject_next":
        erp.reject_next(action.get("message", "period closed"), int(action.get("count", 1)))
    elif name == "expire_credentials":
        erp.expire_credentials()
    elif name == "change_password":
        role = erp.users.get(PRACTICE_USER, ("", "admin"))[1]
        erp.users[PRACTICE_USER] = (str(action["password"]), role)
        erp.expire_credentials()
    elif name == "restore_password":
        restore_password(erp)
    elif name == "slow_down":
        erp.slow_down(float(action.get("seconds", 0)))
    return True


def restore_password(erp: PracticeErp) -> None:
    """The practice ERP's usual password, on both sides: the server's and the one typed into
    the practice profile's connection settings (forgotten)."""
    from ..sandbox.practice_http import DEFAULT_USERS
    erp.users[PRACTICE_USER] = DEFAULT_USERS[PRACTICE_USER]
    connect.set_practice_password(Profile(id=PRACTICE_ID, name="", kind="practice"), None)
