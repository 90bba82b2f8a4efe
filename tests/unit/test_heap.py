"""workers.heap.settle_heap: garbage is collected before the survivors are frozen, and a
second call releases what the first one froze (nothing is kept forever)."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop.workers.heap import settle_heap


class Node:
    def __init__(self) -> None:
        self.me = self            # a reference cycle: only the collector frees it


@pytest.fixture(autouse=True)
def _unfrozen():
    yield
    gc.unfreeze()


def test_cyclic_garbage_is_collected_not_frozen_and_survivors_are_frozen():
    garbage = Node()
    gone = weakref.ref(garbage)
    del garbage
    kept = Node()
    settle_heap()
    assert gone() is None                       # collected before the freeze
    assert gc.get_freeze_count() > 0
    assert not any(o is kept for o in gc.get_objects())   # frozen: out of the collector's sight


def test_a_later_settle_frees_what_an_earlier_one_froze():
    late = Node()
    gone = weakref.ref(late)
    settle_heap()                              # ``late`` is alive now: frozen
    del late
    gc.collect()
    assert gone() is not None                  # a frozen cycle survives a plain collection...
    settle_heap()
    assert gone() is None                      # ...but not the next settle
