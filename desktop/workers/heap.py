"""Keep the garbage collector's full passes short, so the background threads never freeze the
window.

Python has one collector for the whole process, and a full (oldest-generation) pass holds the
GIL while it walks every tracked object. With the window, Qt's wrappers, SQLAlchemy's mappers
and the loaded modules that is ~100,000 objects, and a full pass triggered by the sync thread's
allocations stopped the GUI thread for 76–116 ms (measured: tests/perf/test_sync_perf.py).
Objects that live as long as the window are moved out of the collector's sight with
``gc.freeze()``, after a full pass so no garbage is frozen with them; later full passes walk
only what was made since (3–4 ms in the same benchmark).

``settle_heap()`` is called at quiet moments chosen by the window (the first page of a profile
is shown and the editor prewarmed). It first unfreezes what an earlier call froze, so objects
of a closed profile are collected rather than kept forever.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)


def settle_heap() -> float:
    """Collect everything, then freeze what survived. Returns the milliseconds it took."""
    start = time.perf_counter()
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    ms = (time.perf_counter() - start) * 1000
    log.debug("heap settled in %.1f ms: %d objects frozen", ms, gc.get_freeze_count())
    return ms


__all__ = ["settle_heap"]
