"""What the outbox hears from and tells the broadcast feature: its declared outbox client.

The outbox sends rows; only this feature knows a broadcast's parts and file, its schedule,
its targets and its author. :class:`BroadcastDelivery` answers the outbox worker for rows
of owner ``broadcast`` (see :class:`bot.features.outbox.clients.OutboxClient`): it hands
over payloads, fires scheduled broadcasts, follows a group that moved, marks a broadcast
done and reports to its author. Only :mod:`bot.features.broadcast.store` writes the
broadcast tables.
"""
from __future__ import annotations

import logging
import time
from typing import Callable

from bot.features.broadcast import store
from bot.features.broadcast.reports import send_report
from bot.features.broadcast.service import OWNER, materialize
from bot.features.outbox import OutboxClient, Payload

log = logging.getLogger("bot.broadcast")

REPORT_WITHIN = 7 * 86400     # a finished broadcast's report still owed after a crash is sent up to a week later


class BroadcastDelivery(OutboxClient):
    owner = OWNER

    def __init__(self, db, transport_for: Callable[[str], object], *, clock: Callable[[], float] = time.time):
        self.db = db
        self.transport_for = transport_for
        self.clock = clock

    def payload(self, batch_id: int, part: int) -> Payload:
        kind, html = store.part(self.db, batch_id, part)
        payload = Payload(kind, html)
        if kind == "document":
            payload.file_name, payload.data = store.file(self.db, batch_id)
        return payload

    def on_claimed(self, batch_id: int, now: float) -> None:
        store.mark_started(self.db, batch_id, now)

    def on_chat_moved(self, old_chat_id: str, new_chat_id: str) -> None:
        store.move_target(self.db, old_chat_id, new_chat_id)

    def on_settled(self, batch_id: int, now: float) -> bool:
        return store.mark_done(self.db, batch_id, now)

    async def report(self, batch_id: int) -> None:
        await send_report(self.db, batch_id, self.transport_for)

    def unreported(self, now: float) -> list[int]:
        return store.unreported(self.db, now - REPORT_WITHIN)

    def fire_due(self, now: float) -> list[int]:
        fired = []
        for bid in store.due(self.db, now):
            try:
                n = materialize(self.db, bid, now=now)
            except Exception:
                log.exception("could not start scheduled broadcast #%d", bid)
                continue
            log.info("scheduled broadcast #%d fired: %d rows", bid, n)
            fired.append(bid)
        return fired

    def next_due(self) -> float | None:
        return store.next_scheduled(self.db)

    def waiting(self, batch_id: int | None) -> bool:
        return store.scheduled_count(self.db, batch_id) > 0


__all__ = ["BroadcastDelivery"]
