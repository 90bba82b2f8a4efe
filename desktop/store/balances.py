"""The maintained party balance aggregate (what each party owes or is owed, per currency)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

OPEN_STATES = ("posted", "paid")

_RECOMPUTE = """
INSERT INTO party_balance (party_id, currency, receivable_minor, payable_minor, open_count)
SELECT party_id, currency,
       SUM(CASE WHEN kind = 'sale' THEN (CASE WHEN is_credit_note THEN -outstanding_minor
                                          ELSE outstanding_minor END) ELSE 0 END),
       SUM(CASE WHEN kind = 'purchase' THEN (CASE WHEN is_credit_note THEN -outstanding_minor
                                              ELSE outstanding_minor END) ELSE 0 END),
       SUM(CASE WHEN outstanding_minor <> 0 THEN 1 ELSE 0 END)
FROM invoice
WHERE status IN ('posted', 'paid') {where}
GROUP BY party_id, currency
"""


def recompute(s: Session, party_ids: Iterable[int]) -> None:
    """Recompute the balances of ``party_ids`` (inside the caller's write transaction)."""
    ids = sorted(set(party_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join(str(int(x)) for x in chunk)
        s.execute(text(f"DELETE FROM party_balance WHERE party_id IN ({marks})"))
        s.execute(text(_RECOMPUTE.format(where=f"AND party_id IN ({marks})")))


def recompute_all(s: Session) -> None:
    s.execute(text("DELETE FROM party_balance"))
    s.execute(text(_RECOMPUTE.format(where="")))
