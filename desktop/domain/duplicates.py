"""Duplicate detection: a warning for the clerk, never a block."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .i18n import QT_TRANSLATE_NOOP

# Same party and same amount within this many days of each other looks like a double entry.
# (Tryton's own check uses ±60 days on the supplier reference; amounts collide far more often.)
AMOUNT_WINDOW_DAYS = 7


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """What the store knows of an existing invoice, enough to compare."""

    uuid: str
    number: str
    party_uuid: str
    external_ref: str
    issue_date: date
    gross: Decimal
    kind: str


@dataclass(frozen=True, slots=True)
class DuplicateWarning:
    other_uuid: str
    other_number: str
    reason: str  # QT_TRANSLATE_NOOP, context "Duplicates"


def find_duplicates(uuid: str, kind: str, party_uuid: str, number: str, external_ref: str,
                    issue_date: date, gross: Decimal,
                    candidates: list[DuplicateCandidate]) -> list[DuplicateWarning]:
    warnings = []
    for c in candidates:
        if c.uuid == uuid or c.party_uuid != party_uuid or c.kind != kind:
            continue
        if external_ref and c.external_ref.strip().lower() == external_ref.strip().lower():
            reason = QT_TRANSLATE_NOOP("Duplicates", "Same party and same reference as {other}.")
        elif number and c.number.strip().lower() == number.strip().lower():
            reason = QT_TRANSLATE_NOOP("Duplicates", "Same party and same number as {other}.")
        elif c.gross == gross and abs((c.issue_date - issue_date).days) <= AMOUNT_WINDOW_DAYS:
            reason = QT_TRANSLATE_NOOP("Duplicates",
                                       "Same party and amount within a week of {other}.")
        else:
            continue
        warnings.append(DuplicateWarning(c.uuid, c.number, reason))
    return warnings
