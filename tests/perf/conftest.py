"""Benchmark sizing: INVOICE_DESK_PERF_SIZE=tiny (CI), =full (by hand, the default), or N."""

import os

import pytest


def perf_size(full: int, tiny: int) -> int:
    """The size a benchmark runs at: ``full`` by hand, ``tiny`` in CI, or an explicit number."""
    value = os.environ.get("INVOICE_DESK_PERF_SIZE", "full").strip().lower()
    if value == "tiny":
        return tiny
    if value in ("", "full"):
        return full
    try:
        return max(1, int(value))
    except ValueError:
        raise pytest.UsageError(f"INVOICE_DESK_PERF_SIZE must be tiny, full or a number, "
                                f"not {value!r}") from None


@pytest.fixture
def sized():
    return perf_size
