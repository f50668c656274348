"""The /sync loop: long-polls the homeserver and hands events to the core in order.

Restarts do not answer old messages: the ``next_batch`` token is kept in the
transport's store; on the very first start the timeline of the initial sync is
skipped, and events older than the process start minus
``bot.matrix.catch_up_seconds`` are always ignored. Events of one person in one room
are handled in order, different people concurrently.
"""
from __future__ import annotations

import asyncio
import json
import logging
import uuid

from aiohttp import ClientError
from mautrix.errors import MatrixConnectionError, MatrixRequestError

from kb.errors import ConfigError

from bot.transports.matrix.api import is_rate_limit, retry_after

log = logging.getLogger("bot.matrix")


class _Stopped(Exception):
    pass


class SyncMixin:
    """Part of :class:`bot.transports.matrix.transport.MatrixTransport`: the sync loop."""

    @property
    def _token_key(self) -> str:
        return f"next_batch:{self.user_id}"

    def _spawn(self, key: tuple[str, str], coro) -> None:
        """Handle events of one person in one room in order; different people concurrently."""
        lock = self._locks.setdefault(key, asyncio.Lock())

        async def runner():
            async with lock:
                try:
                    await coro
                except Exception:
                    log.exception("failed to handle a Matrix event in %s", key[0])

        self._spawn_background(runner())

    def _spawn_background(self, coro) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle_event(self, room_id: str, ev: dict) -> None:
        msg = await self.to_incoming(room_id, ev)
        if msg is not None:
            await self.assistant.handle(msg, self)

    async def _handle_encrypted(self, room_id: str, ev: dict) -> None:
        """[E2EE hook] Decrypt, then handle the plaintext event like an unencrypted one."""
        try:
            plain = await self.crypto.decrypt(room_id, ev)
        except Exception as exc:
            log.warning("cannot decrypt %s from %s in %s: %s", ev.get("event_id"), ev.get("sender"), room_id, exc)
            return
        if plain and plain.get("type") in ("m.room.message", "m.reaction"):
            await self._handle_event(room_id, plain)

    def _dispatch(self, room_id: str, ev: dict) -> None:
        event_id = ev.get("event_id")
        sender = ev.get("sender", "")
        if not event_id or event_id in self._seen:
            return
        self._remember(self._seen, event_id, None)
        if sender == self.user_id:
            self._remember(self._own, event_id, True)
            return
        if ev.get("origin_server_ts", 0) / 1000.0 < self.cutoff:
            self.stats["ignored_old"] += 1
            log.debug("ignoring %s from before the start", event_id)
            return
        etype = ev.get("type")
        log.debug("event %s %s from %s in %s", event_id, etype, sender, room_id)
        if etype == "m.room.encrypted":
            if self.crypto is not None:                                                 # [E2EE hook]
                self._spawn((room_id, sender), self._handle_encrypted(room_id, ev))
                return
            self._spawn((room_id, ""), self._warn_encrypted(room_id))
            return
        if etype == "m.room.member":
            self._spawn((room_id, ""), self._after_membership(room_id, ev))
            return
        if etype in ("m.room.message", "m.reaction"):
            self._spawn((room_id, sender), self._handle_event(room_id, ev))

    async def process_sync(self, resp: dict, *, initial: bool) -> None:
        """Handle one /sync response. ``initial``: the first sync without a token (timeline skipped)."""
        if self.crypto is not None:                                                     # [E2EE hook]
            await self.crypto.process_sync(resp)        # room keys first: the timeline may need them
        rooms = resp.get("rooms") or {}
        for room_id, info in (rooms.get("invite") or {}).items():
            # A join may wait out a 429: not in the sync loop's way.
            self._spawn((room_id, ""), self._on_invite(room_id, info))
        for room_id in (rooms.get("leave") or {}):
            self._on_left(room_id)
        for room_id, info in (rooms.get("join") or {}).items():
            for ev in (info.get("state") or {}).get("events") or []:
                self._note_state_event(room_id, ev)
            timeline = info.get("timeline") or {}
            if timeline.get("limited") and room_id in self._rooms:
                self._rooms[room_id].members = None        # a gap: member changes may be missing
            for ev in timeline.get("events") or []:
                if "state_key" in ev:
                    self._note_state_event(room_id, ev)
                    if self.crypto is not None and ev.get("type") == "m.room.member":   # [E2EE hook]
                        await self.crypto.membership_changed(room_id)
                if initial:
                    if ev.get("event_id"):
                        self._remember(self._seen, ev["event_id"], None)
                    continue
                self._dispatch(room_id, ev)

    def _sync_filter(self, initial: bool) -> str:
        timeline_types = ["m.room.message", "m.reaction", "m.room.member", "m.room.encrypted", "m.room.name",
                          "m.room.encryption"]
        extra = {}
        if initial:
            # Synapse answers an identical /sync from its response cache for 2 minutes: a
            # stale initial sync would hand out an old token. A unique (ignored) field avoids it.
            extra["cn.committee_assistant.request"] = uuid.uuid4().hex
        return json.dumps({
            **extra,
            "presence": {"not_types": ["*"]},
            "account_data": {"not_types": ["*"]},
            "room": {
                "timeline": {"limit": 1 if initial else 50, "types": timeline_types},
                "state": {"lazy_load_members": True},
                "ephemeral": {"not_types": ["*"]},
                "account_data": {"not_types": ["*"]},
            },
        }, separators=(",", ":"))

    async def _until(self, coro, stop: asyncio.Event):
        task = asyncio.ensure_future(coro)
        waiter = asyncio.ensure_future(stop.wait())
        try:
            done, _ = await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()
        if task in done:
            return task.result()
        task.cancel()
        try:
            await task
        except BaseException:
            pass
        raise _Stopped()

    async def _sleep(self, seconds: float, stop: asyncio.Event) -> None:
        try:
            await asyncio.wait_for(stop.wait(), seconds)
        except asyncio.TimeoutError:
            pass

    async def run(self, stop: asyncio.Event) -> None:
        """Sync until ``stop`` is set."""
        token = self.store.state(self._token_key)
        initial = token is None
        if initial:
            # Nothing from before this very first start is answered (no catch-up margin).
            log.info("first start on this database: skipping the existing timeline")
            self.cutoff = max(self.cutoff, self.started_at)
        failures = 0
        while not stop.is_set():
            timeout = 0 if initial else int(self.sync_timeout * 1000)
            try:
                resp = await self._until(asyncio.wait_for(
                    self.client.sync(since=token, timeout=timeout, filter_id=self._sync_filter(initial)),
                    self.sync_timeout + 30), stop)
            except _Stopped:
                break
            except MatrixRequestError as exc:
                if is_rate_limit(exc):
                    wait = retry_after(exc) or min(30.0, 2.0 ** failures)
                    log.info("429 on /sync: waiting %.1f s", wait)
                    self.stats["rate_limited"] += 1
                    await self._sleep(max(0.5, wait), stop)
                    continue
                if getattr(exc, "errcode", None) in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"):
                    raise ConfigError(f"The Matrix access token of {self.user_id} is not valid any more "
                                      f"({exc}); set MATRIX_ACCESS_TOKEN or MATRIX_PASSWORD again.") from exc
                failures += 1
                log.warning("/sync failed (%s); retrying", exc)
                await self._sleep(self._backoff(min(failures, 7)), stop)
                continue
            except (MatrixConnectionError, ClientError, asyncio.TimeoutError, OSError) as exc:
                failures += 1
                log.warning("/sync failed (%s: %s); retrying", type(exc).__name__, exc)
                await self._sleep(self._backoff(min(failures, 7)), stop)
                continue
            failures = 0
            try:
                await self.process_sync(resp, initial=initial)
            except Exception:
                log.exception("could not process a sync response")
            token = resp.get("next_batch") or token
            if token:
                self.store.set_state(self._token_key, token)
            initial = False
            self.ready.set()

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for handlers in flight (answers being sent), then cancel the rest."""
        tasks = [t_ for t_ in self._tasks if not t_.done()]
        if tasks:
            done, pending = await asyncio.wait(tasks, timeout=timeout)
            for task in pending:
                task.cancel()
