"""The broadcast outbox worker: durable, rate-limited, crash-safe delivery.

Every broadcast is written to SQLite as one ``outbox`` row per recipient and
part *before* anything is sent (:mod:`bot.features.broadcast.service`). This worker sends
the rows through ``transport_for(chat_id).send(...)`` and records each
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
  running bot and ``ingest.py broadcast --deliver`` never send the same row.

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
import functools
import logging
import os
import random
import socket
import time
import uuid
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path
from typing import Awaitable, Callable

from app.db import transaction

from bot.kernel import delivery
from bot.kernel.delivery import ChatMoved, PermanentFailure, RetryLater, TemporaryFailure
from bot.kernel.messages import OutMessage

log = logging.getLogger("bot.outbox")

ACTIVE = ("pending", "sending")
TERMINAL = ("sent", "failed", "unconfirmed", "cancelled")
MAX_FLOOD_RETRIES = 20        # 429s for one row before it is given up as 'flood'
NO_TRANSPORT_WAIT = 30.0      # a row for a network that is not connected waits this long...
NO_TRANSPORT_TRIES = 120      # ...this many times (an hour) before it fails as 'no_transport'
BACKOFF_CAP = 60.0


# ----------------------------------------------------------------------------- limits

@functools.lru_cache(maxsize=1)
def _networks():
    from bot.kernel.transports import TransportRegistry
    from bot.transports import NETWORKS   # the declarations only: no chat library

    return TransportRegistry(NETWORKS)


def is_group_chat(chat_id: str) -> bool:
    """Groups and channels, as the chat's network declares them (TransportInfo.group_ids)."""
    return _networks().is_group(chat_id)


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


# ----------------------------------------------------------------------------- journal and lease

class Journal:
    """Append-only ``row:claim`` lines: requests that went to the socket.

    One ``write(2)`` per line on an ``O_APPEND`` descriptor: the page cache keeps
    it across ``kill -9`` (not across a power cut; neither does SQLite with
    ``synchronous=normal``)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.fd: int | None = None

    def open(self) -> None:
        if self.fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def record(self, row_id: int, claim: int) -> None:
        if self.fd is not None:
            os.write(self.fd, b"%d:%d\n" % (row_id, claim))

    def entries(self) -> set[tuple[int, int]]:
        try:
            text = self.path.read_text(encoding="ascii", errors="ignore")
        except FileNotFoundError:
            return set()
        found = set()
        for line in text.splitlines():
            row, _, claim = line.partition(":")
            if row.isdigit() and claim.isdigit():
                found.add((int(row), int(claim)))
        return found

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def clear(self) -> None:
        if self.fd is not None:
            os.ftruncate(self.fd, 0)

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:   # a killed child its parent has not reaped yet is a zombie: dead for us
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().split(b") ", 1)[1][:1] != b"Z"
    except (OSError, IndexError):
        return True


class LeaseHeld(Exception):
    """Another live worker is delivering the outbox."""

    def __init__(self, holder: dict):
        super().__init__(f"the outbox is being delivered by {holder.get('owner')} "
                         f"(pid {holder.get('pid')} on {holder.get('host')})")
        self.holder = holder


class Lease:
    """One delivering worker per database: a row with owner and heartbeat.

    A holder on this host is dead when its pid is gone (at once after ``kill -9``);
    on another host (a shared disk), when its heartbeat is older than ``seconds``."""

    NAME = "outbox"

    def __init__(self, db, *, seconds: float = 30.0, clock: Callable[[], float] = time.time):
        self.db = db
        self.seconds = seconds
        self.clock = clock
        self.host = socket.gethostname()
        self.pid = os.getpid()
        self.owner = f"{self.host}:{self.pid}:{uuid.uuid4().hex[:8]}"

    def holder(self) -> dict | None:
        row = self.db.execute("select owner, host, pid, heartbeat_at from outbox_lease where name = ?",
                              [self.NAME]).fetchone()
        return dict(zip(("owner", "host", "pid", "heartbeat_at"), row)) if row else None

    def _dead(self, holder: dict) -> bool:
        if holder["host"] == self.host:     # same machine: the pid tells exactly
            return holder["pid"] != self.pid and not _pid_alive(holder["pid"])
        return self.clock() - (holder["heartbeat_at"] or 0) > self.seconds

    def try_acquire(self) -> dict | None:
        """None if acquired; else the live holder."""
        with transaction(self.db):
            holder = self.holder()
            if holder and holder["owner"] != self.owner and not self._dead(holder):
                return holder
            self.db.execute(
                "insert into outbox_lease (name, owner, host, pid, heartbeat_at) values (?, ?, ?, ?, ?) "
                "on conflict(name) do update set owner = excluded.owner, host = excluded.host, "
                "pid = excluded.pid, heartbeat_at = excluded.heartbeat_at",
                [self.NAME, self.owner, self.host, self.pid, self.clock()])
        return None

    def heartbeat(self) -> bool:
        with transaction(self.db):
            cur = self.db.execute("update outbox_lease set heartbeat_at = ? where name = ? and owner = ?",
                                  [self.clock(), self.NAME, self.owner])
        return cur.rowcount == 1

    def release(self) -> None:
        with transaction(self.db):
            self.db.execute("delete from outbox_lease where name = ? and owner = ?", [self.NAME, self.owner])


# ----------------------------------------------------------------------------- the worker

@dataclass
class Row:
    id: int
    broadcast_id: int
    part: int
    chat_id: str
    claims: int
    failures: int
    floods: int


@dataclass
class Payload:
    kind: str                 # "text" | "document"
    html: str
    file_name: str | None = None
    data: bytes | None = None


TransportFor = Callable[[str], object]


class OutboxWorker:
    def __init__(self, db, settings, transport_for: TransportFor, *, journal_path: Path | str,
                 on_finished: Callable[[int], Awaitable[None]] | None = None,
                 clock: Callable[[], float] = time.time, poll_interval: float = 1.0,
                 lease_seconds: float = 30.0):
        """``settings``: :class:`bot.settings.BroadcastSettings`. ``clock``: wall time for
        persisted times (next attempt, schedules); tests may pass a controllable one."""
        self.db = db
        self.settings = settings
        self.transport_for = transport_for
        self.journal = Journal(journal_path)
        self.on_finished = on_finished
        self.clock = clock
        self.poll_interval = poll_interval
        self.limiter = SendLimiter(settings.per_second, settings.per_group_per_minute)
        self.lease = Lease(db, seconds=lease_seconds)
        self.concurrency = max(1, int(getattr(settings, "concurrency", 4)))
        self.resend_unconfirmed = getattr(settings, "unconfirmed", "report") == "resend"
        self.max_attempts = max(1, int(settings.max_attempts))
        self._wake = asyncio.Event()
        self._stopping = False
        self._inflight: dict[int, asyncio.Task] = {}
        self._busy: set[str] = set()
        self._payloads: dict[tuple[int, int], Payload] = {}
        self._sem: asyncio.Semaphore | None = None
        self.running = False
        self.stats = defaultdict(int)     # outcomes of this run, for the CLI and tests

    # ----- control -----

    def wake(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        """Graceful: claim nothing new; rows in flight finish; run() returns."""
        self._stopping = True
        self._wake.set()

    async def run(self, *, until_idle: bool = False, wait_for_lease: bool = True,
                  broadcast_id: int | None = None) -> dict:
        """Deliver until stopped (or, with ``until_idle``, until nothing is due or
        scheduled for ``broadcast_id`` / at all). Raises :class:`LeaseHeld` when
        another worker delivers and ``wait_for_lease`` is False."""
        self._stopping = False
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
            await self._report_unreported()
            while not self._stopping:
                self._fire_scheduled()
                dispatched = await self._dispatch_round()
                if dispatched:
                    continue
                if until_idle and not self._inflight and not self._has_work(broadcast_id):
                    break
                await self._idle()
        finally:
            if self._inflight:
                await asyncio.wait(list(self._inflight.values()), timeout=30)
            beat.cancel()
            self.running = False
            if not self._sending_rows():
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
        row = self.db.execute("select min(next_at) from outbox where state = 'pending'").fetchone()
        sched = self.db.execute("select min(scheduled_at) from broadcasts where state = 'scheduled'").fetchone()
        wait = self.poll_interval
        for t in (row[0], sched[0]):
            if t is not None:
                wait = min(wait, max(0.0, t - now))
        await self._sleep(max(0.01, wait))

    # ----- crash recovery -----

    def recover(self) -> dict:
        """Settle rows a dead worker left in 'sending' (we hold the lease, so none is ours)."""
        written = self.journal.entries()
        rows = self.db.execute("select id, claims, broadcast_id from outbox where state = 'sending'").fetchall()
        resent = unconfirmed = 0
        now = self.clock()
        with transaction(self.db):
            for row_id, claims, _ in rows:
                if (row_id, claims) in written and not self.resend_unconfirmed:
                    self.db.execute(
                        "update outbox set state = 'unconfirmed', reason = 'crash', updated_at = ? where id = ?",
                        [now, row_id])
                    unconfirmed += 1
                else:
                    risk = 1 if (row_id, claims) in written else 0
                    self.db.execute(
                        "update outbox set state = 'pending', next_at = ?, recovered = recovered + 1, "
                        "duplicate_risk = max(duplicate_risk, ?), updated_at = ? where id = ?",
                        [now, risk, now, row_id])
                    resent += 1
        self.journal.clear()
        if rows:
            log.warning("recovered %d rows left in flight: %d to send again, %d unconfirmed",
                        len(rows), resent, unconfirmed)
        self.stats["recovered_resend"] += resent
        self.stats["recovered_unconfirmed"] += unconfirmed
        for bid in {r[2] for r in rows}:
            self._maybe_finish(bid)
        return {"resend": resent, "unconfirmed": unconfirmed}

    def _sending_rows(self) -> int:
        return self.db.execute("select count(*) from outbox where state = 'sending'").fetchone()[0]

    # ----- scheduling -----

    def _fire_scheduled(self) -> None:
        from bot.features.broadcast import service as bc

        due = self.db.execute("select id from broadcasts where state = 'scheduled' and scheduled_at <= ?",
                              [self.clock()]).fetchall()
        for (bid,) in due:
            try:
                n = bc.materialize(self.db, bid, now=self.clock())
                log.info("scheduled broadcast #%d fired: %d rows", bid, n)
            except Exception:
                log.exception("could not start scheduled broadcast #%d", bid)
                continue
            self._maybe_finish(bid)

    def _has_work(self, broadcast_id: int | None) -> bool:
        """Anything this worker could still send (rows for networks it cannot reach don't count)."""
        where, params = ("broadcast_id = ? and ", [broadcast_id]) if broadcast_id is not None else ("", [])
        # One waiting chat per network is enough to ask whether this worker reaches that network.
        chats = self.db.execute(
            f"select min(chat_id) from outbox where {where} state in ('pending', 'sending')"
            " group by substr(chat_id, 1, instr(chat_id, ':'))", params).fetchall()
        if any(self.transport_for(chat_id) is not None for (chat_id,) in chats):
            return True
        sql = "select count(*) from broadcasts where state = 'scheduled'" + (" and id = ?" if broadcast_id else "")
        return bool(self.db.execute(sql, [broadcast_id] if broadcast_id else []).fetchone()[0])

    # ----- dispatch -----

    def _due_rows(self, limit: int = 50) -> list[Row]:
        rows = self.db.execute(
            "select o.id, o.broadcast_id, o.part, o.chat_id, o.claims, o.failures, o.floods from outbox o"
            " where o.state = 'pending' and o.next_at <= ?"
            " and not exists (select 1 from outbox p where p.broadcast_id = o.broadcast_id"
            "   and p.chat_id = o.chat_id and p.part < o.part and p.state in ('pending', 'sending'))"
            " order by o.next_at, o.broadcast_id, o.id limit ?",
            [self.clock(), limit]).fetchall()
        return [Row(*r) for r in rows]

    def _defer_chat(self, chat_id: str, seconds: float) -> None:
        until = self.clock() + seconds
        with transaction(self.db):
            self.db.execute("update outbox set next_at = ? where chat_id = ? and state = 'pending' and next_at < ?",
                            [until, chat_id, until])

    async def _dispatch_round(self) -> int:
        dispatched = 0
        for row in self._due_rows():
            if self._stopping:
                break
            if row.chat_id in self._busy:
                continue
            wait = self.limiter.chat_delay(row.chat_id)
            if wait > 0:
                self._defer_chat(row.chat_id, wait)
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
        with transaction(self.db):
            cur = self.db.execute(
                "update outbox set state = 'sending', claims = claims + 1, claimed_at = ?, updated_at = ?"
                " where id = ? and state = 'pending' and next_at <= ?"
                " and not exists (select 1 from outbox p where p.broadcast_id = outbox.broadcast_id"
                "   and p.chat_id = outbox.chat_id and p.part < outbox.part and p.state in ('pending', 'sending'))",
                [now, now, row.id, now])
            if cur.rowcount == 1:
                self.db.execute("update broadcasts set started_at = coalesce(started_at, ?) where id = ?",
                                [now, row.broadcast_id])
        return cur.rowcount == 1

    def _payload(self, broadcast_id: int, part: int) -> Payload:
        key = (broadcast_id, part)
        if key not in self._payloads:
            kind, html = self.db.execute("select kind, html from broadcast_parts where broadcast_id = ? and part = ?",
                                         [broadcast_id, part]).fetchone()
            payload = Payload(kind, html or "")
            if kind == "document":
                name, data = self.db.execute("select name, data from broadcast_files where broadcast_id = ?",
                                             [broadcast_id]).fetchone()
                payload.file_name, payload.data = name, bytes(data)
            if len(self._payloads) > 16:
                self._payloads.clear()
            self._payloads[key] = payload
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
        self._maybe_finish(row.broadcast_id)

    async def _attempt(self, row: Row, transport) -> None:
        """One send of one row, and its outcome committed."""
        written = False

        def on_written() -> None:
            nonlocal written
            if not written:
                written = True
                self.journal.record(row.id, row.claims)

        try:
            payload = self._payload(row.broadcast_id, row.part)
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
        now = self.clock()
        with transaction(self.db):
            self.db.execute(
                "update outbox set state = ?, message_id = ?, reason = ?, error = ?, sent_at = ?, updated_at = ?"
                " where id = ?",
                [state, message_id, reason, error, now if state == "sent" else None, now, row.id])
        self.stats[state] += 1

    def _retry(self, row: Row, delay: float, *, error: str, failures: int, floods: int, risk: bool = False) -> None:
        now = self.clock()
        with transaction(self.db):
            self.db.execute(
                "update outbox set state = 'pending', next_at = ?, failures = ?, floods = ?, error = ?,"
                " duplicate_risk = max(duplicate_risk, ?), updated_at = ? where id = ?",
                [now + delay, failures, floods, error, 1 if risk else 0, now, row.id])

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
        now = self.clock()
        with transaction(self.db):
            self.db.execute("update outbox set state = 'failed', reason = ?, error = ?, updated_at = ? where id = ?",
                            [reason, error[:300], now, row.id])
            # Later parts for the same recipient would fail the same way.
            self.db.execute("update outbox set state = 'failed', reason = ?, error = 'earlier part failed',"
                            " updated_at = ? where broadcast_id = ? and chat_id = ? and part > ? and state = 'pending'",
                            [reason, now, row.broadcast_id, row.chat_id, row.part])
        self.stats["failed"] += 1

    def _on_moved(self, row: Row, new_chat_id: str) -> None:
        now = self.clock()
        with transaction(self.db):
            self.db.execute("update broadcast_targets set chat_id = ? where chat_id = ?", [new_chat_id, row.chat_id])
            self.db.execute("update outbox set chat_id = ?, updated_at = ? where chat_id = ? and state = 'pending'",
                            [new_chat_id, now, row.chat_id])
            self.db.execute("update outbox set chat_id = ?, state = 'pending', next_at = ?, updated_at = ?"
                            " where id = ?", [new_chat_id, now, now, row.id])
        log.info("chat %s moved to %s", row.chat_id, new_chat_id)

    def _maybe_finish(self, broadcast_id: int) -> None:
        active = self.db.execute("select count(*) from outbox where broadcast_id = ? and state in ('pending', 'sending')",
                                 [broadcast_id]).fetchone()[0]
        if active:
            return
        now = self.clock()
        with transaction(self.db):
            cur = self.db.execute("update broadcasts set state = 'done', finished_at = ? where id = ? and state = 'sending'",
                                  [now, broadcast_id])
        if cur.rowcount == 1:
            self.stats["broadcasts_done"] += 1
            self._spawn_report(broadcast_id)

    def _spawn_report(self, broadcast_id: int) -> None:
        if self.on_finished is None:
            return

        async def report() -> None:
            try:
                await self.on_finished(broadcast_id)
            except Exception:
                log.exception("could not report broadcast #%d", broadcast_id)

        task = asyncio.get_running_loop().create_task(report())
        self._inflight[-broadcast_id] = task
        task.add_done_callback(lambda _t: self._inflight.pop(-broadcast_id, None))

    async def _report_unreported(self) -> None:
        if self.on_finished is None:
            return
        rows = self.db.execute("select id from broadcasts where state in ('done', 'cancelled') and reported_at is null"
                               " and finished_at > ?", [self.clock() - 7 * 86400]).fetchall()
        for (bid,) in rows:
            self._spawn_report(bid)


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
