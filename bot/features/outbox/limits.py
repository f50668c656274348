"""Send limits of the outbox: a token bucket for all sends, a per-group window, 429 pauses."""
from __future__ import annotations

import time
from collections import defaultdict, deque
from typing import Callable

from bot.kernel.transports import known_networks


def is_group_chat(chat_id: str) -> bool:
    """Groups and channels, as the chat's network declares them (TransportInfo.group_ids)."""
    return known_networks().is_group(chat_id)


class SendLimiter:
    """Token bucket overall plus a per-group sliding window, plus 429 pauses."""

    def __init__(self, per_second: float, per_group_per_minute: int, *, burst: float = 1.5,
                 window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        self.rate = max(0.01, float(per_second))
        self.capacity = max(1.0, float(burst))
        self.per_group = int(per_group_per_minute)
        self.window = window
        self.clock = clock
        self.tokens = self.capacity
        self.updated = clock()
        self.paused_until = 0.0
        self.chat_paused: dict[str, float] = {}
        self.group_hits: dict[str, deque] = defaultdict(deque)

    def _refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def global_delay(self) -> float:
        now = self.clock()
        self._refill(now)
        wait = max(0.0, self.paused_until - now)
        if self.tokens < 1.0:
            wait = max(wait, (1.0 - self.tokens) / self.rate)
        return wait

    def chat_delay(self, chat_id: str) -> float:
        now = self.clock()
        wait = max(0.0, self.chat_paused.get(chat_id, 0.0) - now)
        if self.per_group > 0 and is_group_chat(chat_id):
            hits = self.group_hits[chat_id]
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            if len(hits) >= self.per_group:
                wait = max(wait, hits[0] + self.window - now)
        return wait

    def take(self, chat_id: str) -> None:
        now = self.clock()
        self._refill(now)
        self.tokens -= 1.0
        if self.per_group > 0 and is_group_chat(chat_id):
            self.group_hits[chat_id].append(now)

    def pause_chat(self, chat_id: str, seconds: float) -> None:
        self.chat_paused[chat_id] = max(self.chat_paused.get(chat_id, 0.0), self.clock() + seconds)

    def pause_all(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, self.clock() + seconds)


__all__ = ["SendLimiter", "is_group_chat"]
