"""Per-user sliding-window rate limit: one member's flood never slows the others."""
from __future__ import annotations

import time
from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, per_minute: int, window: float = 60.0, clock=time.monotonic):
        self.per_minute = per_minute
        self.window = window
        self.clock = clock
        self._hits: dict[str, deque] = defaultdict(deque)

    def check(self, key: str) -> float:
        """0 if ``key`` may go ahead now (and counts it), else the seconds to wait."""
        if self.per_minute <= 0:
            return 0.0
        now = self.clock()
        hits = self._hits[key]
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) >= self.per_minute:
            return max(0.1, self.window - (now - hits[0]))
        hits.append(now)
        return 0.0
