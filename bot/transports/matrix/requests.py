"""Requests to the homeserver: one flood gate for all sends, retries, transaction ids.

``429 M_LIMIT_EXCEEDED`` is retried after the server's ``retry_after_ms`` (all sends
wait behind one gate, so concurrent answers do not hammer the server); with
``attempts=1`` (the outbox) it is raised as ``RetryLater``. 5xx, timeouts and
connection errors are retried with backoff. Sends use a transaction id: the outbox's
idempotency key when there is one, so a retried broadcast is never delivered twice.
"""
from __future__ import annotations

import asyncio
import logging
import random
import re
import uuid
from collections import OrderedDict

from aiohttp import ClientError
from mautrix.api import Method, Path
from mautrix.errors import MatrixConnectionError, MatrixRequestError

from bot.kernel import delivery
from bot.kernel.delivery import RetryLater, TemporaryFailure
from bot.transports.matrix.api import is_rate_limit, retry_after, translate_error

log = logging.getLogger("bot.matrix")

MAX_FLOOD_WAIT = 120.0       # seconds one send may spend waiting out 429s before RetryLater is raised
REQUEST_TIMEOUT = 60.0       # seconds for one non-sync request


class RequestsMixin:
    """Part of :class:`bot.transports.matrix.transport.MatrixTransport`: the request layer."""

    def _remember(self, cache: OrderedDict, key, value, limit: int = 5000) -> None:
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > limit:
            cache.popitem(last=False)

    def _txn_id(self) -> str:
        """The outbox's idempotency key (stable across retries and restarts), else a fresh id."""
        key = delivery.idempotency_key.get()
        if not key:
            return "cc" + uuid.uuid4().hex
        if self._txn_salt is None:
            salt = self.store.state("txn_salt")
            if salt is None:
                salt = uuid.uuid4().hex[:12]
                self.store.set_state("txn_salt", salt)
            self._txn_salt = salt
        return f"ob{self._txn_salt}_" + re.sub(r"[^A-Za-z0-9._~-]", "_", key)

    def _flood(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self._not_before = max(self._not_before, loop.time() + seconds)

    def _gate(self) -> float:
        return max(0.0, self._not_before - asyncio.get_running_loop().time())

    async def _call(self, factory, *, attempts: int | None = None, what: str = "request", gated: bool = True):
        """Run ``factory()`` (one homeserver request), retrying what is worth retrying.

        429: wait the server's ``retry_after_ms`` (every gated request waits behind the
        same gate), up to MAX_FLOOD_WAIT in all; with ``attempts=1`` raise RetryLater at
        once. 5xx, timeouts and connection errors: exponential backoff, ``attempts`` tries.
        Everything else: the delivery error at once."""
        attempts = max(1, attempts or self.attempts)
        failures = 0
        floods = 0
        waited = 0.0
        while True:
            if self.closed:
                raise TemporaryFailure("the Matrix transport is stopped")
            wait = self._gate() if gated else 0.0
            if wait > 0:
                if attempts == 1 or waited + wait > MAX_FLOOD_WAIT:
                    raise RetryLater(wait)
                await asyncio.sleep(wait)
                waited += wait
            try:
                return await asyncio.wait_for(factory(), REQUEST_TIMEOUT)
            except MatrixRequestError as exc:
                if is_rate_limit(exc):
                    floods += 1
                    self.stats["rate_limited"] += 1
                    seconds = retry_after(exc)
                    # The server's delay; without one, back off exponentially (never a tight loop).
                    seconds = max(0.2, seconds) if seconds is not None else min(30.0, 2.0 ** floods)
                    self._flood(seconds)
                    log.info("429 from the homeserver (%s): waiting %.1f s", what, seconds)
                    if attempts == 1 or waited + seconds > MAX_FLOOD_WAIT:
                        raise RetryLater(seconds) from exc
                    continue
                error = translate_error(exc)
                if isinstance(error, TemporaryFailure) and failures + 1 < attempts:
                    failures += 1
                    await asyncio.sleep(self._backoff(failures))
                    continue
                raise error from exc
            except (MatrixConnectionError, ClientError, asyncio.TimeoutError, OSError) as exc:
                failures += 1
                if failures >= attempts:
                    # With a transaction id a resend cannot make a second copy: never "maybe delivered".
                    raise TemporaryFailure(f"{type(exc).__name__}: {exc}") from exc
                await asyncio.sleep(self._backoff(failures))

    @staticmethod
    def _backoff(failures: int) -> float:
        return min(8.0, 0.5 * 2 ** (failures - 1)) * random.uniform(0.8, 1.2)

    async def _request(self, method: Method, path, content=None, *, query=None, attempts: int | None = None,
                       what: str = "request", gated: bool = True):
        return await self._call(lambda: self.api.request(method, path, content, query_params=query),
                                attempts=attempts, what=what, gated=gated)

    async def _send_event(self, room_id: str, event_type: str, content: dict, *,
                          attempts: int | None = None) -> str:
        txn = self._txn_id()
        if self.crypto is not None and await self.crypto.room_encrypted(room_id):      # [E2EE hook]
            content = await self.crypto.encrypt(room_id, event_type, content)
            event_type = "m.room.encrypted"
        resp = await self._request(Method.PUT, Path.v3.rooms[room_id].send[event_type][txn], content,
                                   attempts=attempts, what=f"send {event_type}")
        event_id = resp["event_id"]
        log.debug("sent %s %s in %s: %.40r", event_type, event_id, room_id, content.get("body", ""))
        self._remember(self._own, event_id, True)
        self.stats["sent"] += 1
        return event_id
