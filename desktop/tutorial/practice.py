"""The practice profile the lessons run on: its own store filled with sample invoices, and the
built-in practice ERP on loopback holding the same invoices (Qt-free).

``prepare_practice`` starts over: a new store file with sample data, the practice ERP emptied
and its faults cleared, then one sync cycle so both sides agree before the first lesson (a
lesson's own "Sync now" then sends only what the clerk did). It blocks for a few seconds: the
window runs it as a background task, after letting go of the old store.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import KnownError
from ..domain.i18n import QT_TRANSLATE_NOOP
from ..domain.records import Invoice, InvoiceKind, Party, Status
from ..sandbox.demo_data import generate
from ..sandbox.practice_erp import PracticeErp
from ..store.audit import forget_key
from ..store.bulk import import_invoices
from ..store.profiles import Profile, ProfileRegistry
from ..store.store import Store
from ..sync import connect
from ..sync.engine import SyncEngine
from .actions import restore_password
from .progress import ProgressBook

log = logging.getLogger(__name__)

PRACTICE_COUNT = 60     # enough to search and sort; the first sync takes a few seconds
PRACTICE_SEED = 2026
ACTOR = "trainee"


@dataclass(frozen=True, slots=True)
class PracticeResult:
    store_id: str
    invoices: int
    synced: int


# the lessons need some sales invoices in these states; demo data is mostly posted and paid
LESSON_STATES = ((Status.SUBMITTED, 6), (Status.APPROVED, 4))


def practice_items(count: int = PRACTICE_COUNT, seed: int = PRACTICE_SEED
                   ) -> list[tuple[Invoice, Party]]:
    """The sample invoices of the practice data: demo data with a few more sales invoices
    waiting for approval or approved (the first posted/paid ones are moved back)."""
    items = list(generate(count, seed, party_count=max(8, count // 4)))
    have = Counter(inv.status for inv, _ in items if inv.kind == InvoiceKind.SALE)
    for inv, _party in items:
        if inv.kind != InvoiceKind.SALE or inv.status not in (Status.POSTED, Status.PAID):
            continue
        for status, wanted in LESSON_STATES:
            if have[status] < wanted:
                have[inv.status] -= 1
                inv.status = status
                inv.payments.clear()
                have[status] += 1
                break
    return items


def practice_profile(registry: ProfileRegistry) -> Profile:
    return registry.ensure_practice()


def practice_erp(registry: ProfileRegistry) -> PracticeErp:
    """The practice ERP of the practice profile, started on loopback if it is not running."""
    return connect.practice_erp(registry, practice_profile(registry))


def store_id_of(path: Path) -> str:
    if not path.exists():
        return ""
    try:
        with Store(path) as st:
            return st.store_id
    except KnownError:
        return ""


def is_prepared(registry: ProfileRegistry, book: ProgressBook) -> bool:
    """Does the practice store hold the data the tutorial prepared (not the plain demo)?"""
    marker = book.practice_store_id()
    path = registry.store_path(practice_profile(registry).id)
    return bool(marker) and store_id_of(path) == marker


def _remove_store_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise KnownError(QT_TRANSLATE_NOOP(
                "Errors", "The practice data {path} cannot be replaced ({reason}); close other "
                          "windows of Invoice Desk and try again."),
                path=str(p), reason=exc.strerror or str(exc)) from exc


def prepare_practice(registry: ProfileRegistry, *, count: int = PRACTICE_COUNT,
                     seed: int = PRACTICE_SEED,
                     progress: Callable[[int, int], None] | None = None,
                     cancel: threading.Event | None = None) -> PracticeResult:
    """Start the practice data over (see the module docstring). The caller must have closed
    every Store on the practice file and stopped the sync thread using it."""
    profile = practice_profile(registry)
    book = ProgressBook.for_registry(registry)
    path = registry.store_path(profile.id)
    old_id = store_id_of(path)
    _remove_store_files(path)
    try:
        forget_key(old_id)       # the old practice store's audit key: nothing left to check
    except KnownError:
        log.warning("practice data: the old audit key could not be removed from the keychain")
    erp = connect.practice_erp(registry, profile)
    erp.reset()
    restore_password(erp)
    with Store(path) as store:
        result = import_invoices(store, profile.actor or ACTOR, practice_items(count, seed),
                                 action="demo", total=count, progress=progress, cancel=cancel)
        with connect.connected(registry, profile) as conn:
            report = SyncEngine(store, conn, actor=profile.actor or ACTOR,
                                cancel=cancel).run_once()
        if report.outcome != "ok":
            log.warning("practice data: the first sync ended %s: %s", report.outcome,
                        report.message)
        book.set_practice(store.store_id)
        book.restart_all()
        return PracticeResult(store.store_id, result.invoices, report.pushed)
