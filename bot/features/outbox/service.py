"""The outbox worker: durable, rate-limited, crash-safe delivery.

Every message is written to SQLite as one ``outbox`` row per recipient (and part)
*before* anything is sent (broadcasts: :mod:`bot.features.broadcast.store`; notices:
:func:`bot.features.outbox.notify`). This worker sends the rows through ``transport_for(chat_id).send(...)`` and records each
outcome in its own committed transaction, so a restart resumes exactly where
the previous process stopped.

Row states::

    pending --claim--> sending --> sent | failed | unconfirmed
       ^                  |
       +-- 429 / 5xx -----+          (cancelled: by staff, from pending)

Crash safety (the exact guarantee is in ``docs/broadcasts.md``):

* A row is claimed (``sending``, ``claims + 1``) in a committed transaction
  before the network call, and marked ``sent`` with the returned message id
  in a committed transaction as soon as the call returns, one row at a time.
* The Bot API has no idempotency key, so a row that was in flight when the
  process died is ambiguous. To settle it without asking Telegram, the
  transport reports the moment the HTTP request goes to the socket
  (:func:`bot.kernel.delivery.request_written`: for a small body, just before
  the one non-yielding socket write; for an upload, after the last write);
  the worker then appends ``row:claim`` to an append-only journal file (one
  ``write(2)``, survives ``kill -9``). On restart, rows left in
  ``sending`` whose claim is in the journal were handed to Telegram and are
  recorded as ``unconfirmed`` (assumed delivered, reported to staff); rows
  not in the journal never left the process and are sent again.
* Only one worker delivers at a time (a lease row with a heartbeat), so the
  running bot and ``ingest.py outbox run`` never send the same row.

The worker reads and writes only the outbox's tables (:mod:`bot.features.outbox.store`);
what a row's owner must know (a broadcast finished, a chat moved) and what only the owner
has (a broadcast's parts and file, its schedule) go through the owner's declared
:class:`bot.features.outbox.clients.OutboxClient`.

Limits: a token bucket (``per_second``, burst 1.5: evenly spaced sends, the
timer's overshoot carried over) for all sends, a sliding
60-second window of ``per_group_per_minute`` per group or channel, and
``retry_after`` from 429 answers honoured (for one chat when it is a group,
for every send when it is a private chat, where the limit hit is the global
one). 5xx and network errors are retried with exponential backoff up to
``max_attempts``; permanent failures (blocked, chat not found, left) are
recorded and never retried.

The worker is an asyncio task on the bot's loop: it only awaits the network
and short SQLite statements, so members' questions are answered meanwhile.
"""
from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from bot.features.outbox import store
from bot.features.outbox.clients import OutboxClient, Payload
from bot.features.outbox.lease import Journal, Lease, LeaseHeld
from bot.features.outbox.limits import SendLimiter, is_group_chat
from bot.kernel import delivery
from bot.kernel.delivery import ChatMoved, PermanentFailure, RetryLater, TemporaryFailure
from bot.kernel.messages import OutMessage

log = logging.getLogger("bot.outbox")

ACTIVE = store.ACTIVE
TERMINAL = ("sent", "failed", "unconfirmed", "cancelled")
MAX_FLOOD_RETRIES = 20        # 429s for one row before it is given up as 'flood'
NO_TRANSPORT_WAIT = 30.0      # a row for a network that is not connected waits this long...
NO_TRANSPORT_TRIES = 120      # ...this many times (an hour) before it fails as 'no_transport'
BACKOFF_CAP = 60.0


@dataclass
class Row:
    id: int
    owner: str
    batch_id: int | None
    part: int
    chat_id: str
    claims: int
    failures: int
    floods: int
    html: str | None = None


TransportFor = Callable[[str], object]


class OutboxWorker:
    def __init__(self, db, settings, transport_for: TransportFor, *, journal_path: Path | str,
                 clients: Iterable[OutboxClient] | None = None,
                 clock: Callable[[], float] = time.time, poll_interval: float = 1.0,
                 lease_seconds: float = 30.0):
        """``settings``: :class:`bot.settings.BroadcastSettings`. ``clients``: the owners of rows
        (None: every built-in feature's, :func:`bot.features.outbox_clients`). ``clock``: wall
        time for persisted times (next attempt, schedules); tests may pass a controllable one."""
        self.db = db
        self.settings = settings
        self.transport_for = transport_for
        self.journal = Journal(journal_path)
        self.clock = clock
        if clients is None:
            from bot.features import outbox_clients

            clients = outbox_clients(db, transport_for, clock=lambda: self.clock())
        self.clients: dict[str, OutboxClient] = {c.owner: c for c in clients}
        self.poll_interval = poll_interval
        self.limiter = SendLimiter(settings.per_second, settings.per_group_per_minute)
        self.lease = Lease(db, seconds=lease_seconds)
        self.concurrency = max(1, int(settings.concurrency))
        self.resend_unconfirmed = settings.unconfirmed == "resend"
        self.max_attempts = max(1, int(settings.max_attempts))
        self._wake = asyncio.Event()
        self._stopping = False
        self._inflight: dict = {}
        self._busy: set[str] = set()
        self._payloads: dict[tuple[str, int, int], Payload] = {}
        self._sem: asyncio.Semaphore | None = None
        self.running = False
        self.stats = defaultdict(int)     # outcomes of this run, for the CLI and tests

    def add_client(self, client: OutboxClient) -> None:
        self.clients[client.owner] = client

    # ----- control -----

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Graceful: claim nothing new; rows in flight finish; run() returns."""
        self._stopping = True
        self._wake.set()

    @property
    def stopped(self) -> bool:
        return self._stopping

    async def run(self, *, until_idle: bool = False, wait_for_lease: bool = True,
                  batch: tuple[str, int] | None = None) -> dict:
        """Deliver until stopped (or, with ``until_idle``, until nothing is due or
        waiting for ``batch`` = (owner, batch id) / at all). Raises :class:`LeaseHeld` when
        another worker delivers and ``wait_for_lease`` is False. A worker stopped before it
        ran (``stop()`` then ``run()``) returns at once: make a new one to deliver again."""
        self._sem = asyncio.Semaphore(self.concurrency)
        while True:
            holder = self.lease.try_acquire()
            if holder is None:
                break
            if not wait_for_lease:
                raise LeaseHeld(holder)
            log.info("outbox lease held by %s; waiting", holder["owner"])
            await self._sleep(self.lease.seconds / 3)
            if self._stopping:
                return dict(self.stats)
        self.running = True
        self.journal.open()
        beat = asyncio.create_task(self._heartbeat(), name="outbox-heartbeat")
        try:
            self.recover()
            self._report_unreported()
            while not self._stopping:
                self._fire_due()
                dispatched = await self._dispatch_round()
                if dispatched:
                    continue
                if until_idle and not self._inflight and not self._has_work(batch):
                    break
                await self._idle()
        finally:
            if self._inflight:
                await asyncio.wait(list(self._inflight.values()), timeout=30)
            beat.cancel()
            self.running = False
            if not store.sending_count(self.db):
                self.journal.clear()
            self.journal.close()
            try:
                self.lease.release()
            except Exception:
                log.exception("could not release the outbox lease")
        return dict(self.stats)

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.lease.seconds / 3)
            try:
                if not self.lease.heartbeat():
                    log.error("outbox lease lost to another worker; stopping delivery")
                    self.stop()
                    return
            except Exception:
                log.exception("outbox heartbeat failed")

    async def _sleep(self, seconds: float) -> None:
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=max(0.0, seconds))
        except asyncio.TimeoutError:
            pass

    async def _idle(self) -> None:
        now = self.clock()
        wait = self.poll_interval
        for when in [store.next_due(self.db)] + [c.next_due() for c in self.clients.values()]:
            if when is not None:
                wait = min(wait, max(0.0, when - now))
        await self._sleep(max(0.01, wait))

    # ----- crash recovery -----

    def recover(self) -> dict:
        """Settle rows a dead worker left in 'sending' (we hold the lease, so none is ours)."""
        written = self.journal.entries()
        rows = store.in_flight(self.db)
        unconfirmed, resend = [], []
        for row_id, claims, _owner, _batch in rows:
            if (row_id, claims) in written and not self.resend_unconfirmed:
                unconfirmed.append(row_id)
            else:
                resend.append((row_id, 1 if (row_id, claims) in written else 0))
        store.settle_recovered(self.db, unconfirmed, resend, now=self.clock())
        self.journal.clear()
        if rows:
            log.warning("recovered %d rows left in flight: %d to send again, %d unconfirmed",
                        len(rows), len(resend), len(unconfirmed))
        self.stats["recovered_resend"] += len(resend)
        self.stats["recovered_unconfirmed"] += len(unconfirmed)
        for owner, batch_id in {(r[2], r[3]) for r in rows}:
            self._maybe_finish(owner, batch_id)
        return {"resend": len(resend), "unconfirmed": len(unconfirmed)}

    # ----- the owners' scheduled work -----

    def _fire_due(self) -> None:
        for client in self.clients.values():
            try:
                fired = client.fire_due(self.clock())
            except Exception:
                log.exception("%s: could not start what was due", client.owner)
                continue
            for batch_id in fired:
                self._maybe_finish(client.owner, batch_id)

    def _has_work(self, batch: tuple[str, int] | None) -> bool:
        """Anything this worker could still send (rows for networks it cannot reach don't count)."""
        owner, batch_id = batch if batch is not None else (None, None)
        waiting = store.active_chat_samples(self.db, owner, batch_id, tuple(self.clients))
        if any(self.transport_for(chat) is not None for chat in waiting):
            return True
        clients = [self.clients[owner]] if owner in self.clients else ([] if batch else self.clients.values())
        return any(c.waiting(batch_id) for c in clients)

    # ----- dispatch -----

    def _due_rows(self, limit: int = 50) -> list[Row]:
        # A row without its text needs its owner's client (an owner not installed here: it waits).
        return [Row(*r) for r in store.due_rows(self.db, self.clock(), limit, tuple(self.clients))]

    async def _dispatch_round(self) -> int:
        dispatched = 0
        for row in self._due_rows():
            if self._stopping:
                break
            if row.chat_id in self._busy:
                continue
            wait = self.limiter.chat_delay(row.chat_id)
            if wait > 0:
                store.defer_chat(self.db, row.chat_id, self.clock() + wait)
                continue
            while (wait := self.limiter.global_delay()) > 0 and not self._stopping:
                await self._sleep(wait)
            if self._stopping:
                break
            await self._sem.acquire()
            if row.chat_id in self._busy or not self._claim(row):
                self._sem.release()
                continue
            self.limiter.take(row.chat_id)
            self._busy.add(row.chat_id)
            row.claims += 1
            self._inflight[row.id] = asyncio.create_task(self._deliver(row), name=f"outbox-{row.id}")
            dispatched += 1
        return dispatched

    def _claim(self, row: Row) -> bool:
        now = self.clock()
        if not store.claim(self.db, row.id, now):
            return False
        client = self.clients.get(row.owner)
        if client is not None and row.batch_id is not None:
            client.on_claimed(row.batch_id, now)
        return True

    def _payload(self, row: Row) -> Payload:
        if row.html is not None:
            return Payload("text", row.html)
        key = (row.owner, row.batch_id, row.part)
        if key not in self._payloads:
            if len(self._payloads) > 16:
                self._payloads.clear()
            self._payloads[key] = self.clients[row.owner].payload(row.batch_id, row.part)
        return self._payloads[key]

    async def _send(self, transport, chat_id: str, payload: Payload):
        if payload.kind == "document":
            if not transport.info.sends_files:
                raise PermanentFailure("unsupported", "this network cannot send documents")
            return await transport.send_document(chat_id, payload.data, payload.file_name, payload.html)
        message = OutMessage(payload.html, notice=False)
        if transport.info.send_attempts:
            # The outbox retries by itself; a transport's own retries would resend
            # requests whose answer was lost (duplicates) and bypass the limiter.
            return await transport.send(chat_id, message, attempts=1)
        return await transport.send(chat_id, message)

    async def _deliver(self, row: Row) -> None:
        try:
            transport = self.transport_for(row.chat_id)
            if transport is None:
                # That network is not connected (yet): wait for it without counting failures,
                # for up to NO_TRANSPORT_TRIES * NO_TRANSPORT_WAIT seconds.
                if row.floods + 1 >= NO_TRANSPORT_TRIES:
                    self._finish_row(row, "failed", reason="no_transport", error="network not connected")
                else:
                    self._retry(row, NO_TRANSPORT_WAIT, error="no_transport", failures=row.failures,
                                floods=row.floods + 1)
            else:
                await self._attempt(row, transport)
        finally:
            self._busy.discard(row.chat_id)
            self._inflight.pop(row.id, None)
            self._sem.release()
            self._wake.set()
        self._maybe_finish(row.owner, row.batch_id)

    async def _attempt(self, row: Row, transport) -> None:
        """One send of one row, and its outcome committed."""
        written = False

        def on_written() -> None:
            nonlocal written
            if not written:
                written = True
                self.journal.record(row.id, row.claims)

        try:
            payload = self._payload(row)
            with delivery.tracking(on_written, f"outbox:{row.id}"):
                ref = await self._send(transport, row.chat_id, payload)
        except RetryLater as exc:
            self._on_retry_later(row, exc)
        except PermanentFailure as exc:
            self._on_permanent(row, _normal_reason(exc.reason), str(exc))
        except ChatMoved as exc:
            self._on_moved(row, exc.new_chat_id)
        except TemporaryFailure as exc:
            # A transport that reports writes tells us when the request never left.
            maybe = exc.maybe_delivered and (written or not transport.info.reports_writes)
            if maybe and not self.resend_unconfirmed:
                self._finish_row(row, "unconfirmed", reason="no_answer", error=str(exc))
            else:
                self._on_temporary(row, str(exc), risk=maybe)
        except asyncio.CancelledError:
            # Shutting down mid-call: leave 'sending'; recovery settles it from the journal.
            raise
        except Exception as exc:   # an unmapped library error: never guess "sent"
            log.warning("send to %s raised %r", row.chat_id, exc)
            if written and not self.resend_unconfirmed:
                self._finish_row(row, "unconfirmed", reason="no_answer", error=repr(exc)[:300])
            else:
                self._on_temporary(row, repr(exc)[:300], risk=written)
        else:
            message_id = getattr(ref, "message_id", None)
            self._finish_row(row, "sent", message_id=str(message_id) if message_id is not None else None)

    # ----- outcomes -----

    def _finish_row(self, row: Row, state: str, *, message_id: str | None = None, reason: str | None = None,
                    error: str | None = None) -> None:
        store.finish(self.db, row.id, state, now=self.clock(), message_id=message_id, reason=reason, error=error)
        self.stats[state] += 1

    def _retry(self, row: Row, delay: float, *, error: str, failures: int, floods: int, risk: bool = False) -> None:
        now = self.clock()
        store.retry(self.db, row.id, next_at=now + delay, error=error, failures=failures, floods=floods, risk=risk,
                    now=now)

    def _on_retry_later(self, row: Row, exc: RetryLater) -> None:
        seconds = max(0.0, exc.seconds)
        self.stats["retry_after"] += 1
        if row.floods + 1 >= MAX_FLOOD_RETRIES:
            self._finish_row(row, "failed", reason="flood", error=str(exc))
            return
        if is_group_chat(row.chat_id):
            self.limiter.pause_chat(row.chat_id, seconds)
        else:
            self.limiter.pause_all(seconds)
        log.info("429 for %s: waiting %.1f s", row.chat_id, seconds)
        self._retry(row, seconds, error=str(exc), failures=row.failures, floods=row.floods + 1)

    def _on_temporary(self, row: Row, error: str, *, risk: bool = False) -> None:
        failures = row.failures + 1
        self.stats["temporary"] += 1
        if failures >= self.max_attempts:
            self._finish_row(row, "failed", reason="temporary", error=error)
            return
        delay = min(BACKOFF_CAP, 0.5 * 2 ** (failures - 1)) * random.uniform(0.8, 1.2)
        self._retry(row, delay, error=error, failures=failures, floods=row.floods, risk=risk)

    def _on_permanent(self, row: Row, reason: str, error: str) -> None:
        store.fail_permanently(self.db, (row.id, row.owner, row.batch_id, row.chat_id, row.part), reason, error,
                               now=self.clock())
        self.stats["failed"] += 1

    def _on_moved(self, row: Row, new_chat_id: str) -> None:
        store.move_chat(self.db, row.id, row.chat_id, new_chat_id, now=self.clock())
        for client in self.clients.values():      # whoever names the chat (broadcast targets)
            try:
                client.on_chat_moved(row.chat_id, new_chat_id)
            except Exception:
                log.exception("%s: could not record that %s moved", client.owner, row.chat_id)
        log.info("chat %s moved to %s", row.chat_id, new_chat_id)

    def _maybe_finish(self, owner: str, batch_id: int | None) -> None:
        client = self.clients.get(owner)
        if client is None or batch_id is None or store.active_count(self.db, owner, batch_id):
            return
        if client.on_settled(batch_id, self.clock()):
            self.stats["batches_done"] += 1
            self._spawn_report(client, batch_id)

    def _spawn_report(self, client: OutboxClient, batch_id: int) -> None:
        async def report() -> None:
            try:
                await client.report(batch_id)
            except Exception:
                log.exception("%s: could not report #%d", client.owner, batch_id)

        key = ("report", client.owner, batch_id)
        task = asyncio.get_running_loop().create_task(report())
        self._inflight[key] = task
        task.add_done_callback(lambda _t: self._inflight.pop(key, None))

    def _report_unreported(self) -> None:
        for client in self.clients.values():
            for batch_id in client.unreported(self.clock()):
                self._spawn_report(client, batch_id)


def _normal_reason(reason: str) -> str:
    """Reasons as transports spell them -> the report's categories."""
    low = (reason or "").lower()
    for key, words in (("blocked", ("blocked",)), ("chat_not_found", ("chat_not_found", "chat not found")),
                       ("left", ("left", "kicked", "not a member", "not_in_room")), ("deactivated", ("deactivated",)),
                       ("bad_request", ("bad_request", "bad request")), ("unsupported", ("unsupported",)),
                       ("forbidden", ("forbidden",))):
        if any(w in low for w in words):
            return key
    return low.split(":", 1)[0][:40] or "failed"


__all__ = ["OutboxWorker", "Row", "Payload", "OutboxClient", "Journal", "Lease", "LeaseHeld", "SendLimiter",
           "is_group_chat", "ACTIVE", "TERMINAL"]
