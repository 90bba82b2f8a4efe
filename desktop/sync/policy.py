"""When to try again: exponential backoff with full jitter, honouring Retry-After."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    base_s: float = 5.0
    cap_s: float = 900.0

    def delay(self, attempt: int, retry_after: float | None = None,
              rng: random.Random | None = None) -> float:
        """Seconds to wait before attempt number ``attempt`` (0-based) of a failed record."""
        rng = rng or random
        ceiling = min(self.cap_s, self.base_s * (2 ** max(0, attempt)))
        wait = rng.uniform(ceiling / 2, ceiling)
        if retry_after:
            wait = max(wait, float(retry_after))
        return wait
