"""Flood control at the door: one sender's flood costs nobody else anything.

An audit sent 45 messages a second from a stranger into a bot limited by
Telegram to about 30 sends a second. Every message got its own refusal, so
the bot's replies to the stranger alone exceeded the limit: members' answers
waited behind thousands of 429s, some never arrived, and every refusal wrote
an ``events`` and an ``audit`` row. This module makes a flood cheap:

* **Intake caps per role and minute** (:meth:`SenderGate.admit`): a sender who
  is not on the roster may send a few messages a minute (enough for /start,
  sharing a contact, an invite code), a member more, staff very many (staff
  testing the knowledge base are not a flood; the cap only guards against a
  runaway script). The terminal console is trusted like staff.
* **One reply per window** (:meth:`SenderGate.may_notify`): a refusal or a
  "too fast" note goes out once per sender per window; what follows in that
  window is dropped silently. Not sending is how members' answers get
  priority over replies to strangers: the send limit is spent on members.
* **Aggregate logging** (:meth:`SenderGate.suppress`): the first refusal of a
  window is logged as before (``refused`` / ``rate_limited``); the silent
  ones add to a single ``events`` row of kind ``suppressed`` per sender and
  window, whose ``detail`` holds the count by reason. The row is written on
  the first suppression and updated at most every ``flush_every`` seconds (and
  on :meth:`flush`), so a flood writes a handful of rows, not one per message.
"""
from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field

from bot.kernel import store
from bot.kernel.transports import known_networks

log = logging.getLogger("bot.flood")

STAFF_ROLES = ("staff", "admin")


def trusted(user_id: str, role: str | None) -> bool:
    """Staff, admins and a network used at the server itself (the console: whoever has it has the
    data anyway), as the networks declare it (``TransportInfo.operator``)."""
    return role in STAFF_ROLES or known_networks().is_operator(user_id)


@dataclass
class _Tally:
    """The silent refusals of one sender in one window, and their ``events`` row."""

    started: float
    chat_id: str | None
    counts: Counter = field(default_factory=Counter)
    row_id: int | None = None
    flushed_at: float = 0.0
    dirty: bool = False


class SenderGate:
    def __init__(self, db, *, stranger_per_minute: int = 5, member_per_minute: int = 30,
                 staff_per_minute: int = 600, window: float = 60.0, flush_every: float = 5.0,
                 clock=time.monotonic, wall=time.time):
        self.db = db
        self.caps = {"stranger": stranger_per_minute, "member": member_per_minute, "staff": staff_per_minute}
        self.window = window
        self.flush_every = flush_every
        self.clock = clock
        self.wall = wall
        self._hits: dict[str, deque] = defaultdict(deque)
        self._notified_until: dict[str, float] = {}
        self._tallies: dict[str, _Tally] = {}
        self._seen: Counter = Counter()

    # ----- intake -----

    def tier(self, user_id: str, role: str | None) -> str:
        if trusted(user_id, role):
            return "staff"
        return "stranger" if role is None else "member"

    def admit(self, user_id: str, role: str | None) -> bool:
        """Count one incoming message; False when the sender is over their cap for the minute."""
        self._seen[user_id] += 1
        cap = self.caps[self.tier(user_id, role)]
        if cap <= 0:
            return True
        now = self.clock()
        hits = self._hits[user_id]
        while hits and now - hits[0] >= self.window:
            hits.popleft()
        if len(hits) >= cap:
            return False
        hits.append(now)
        if len(self._hits) > 10_000:      # forget idle senders (bounded memory under a botnet)
            self._forget(now)
        return True

    def seen(self, user_id: str) -> int:
        """Messages from ``user_id`` that reached the gate since start (tests, operations)."""
        return self._seen[user_id]

    def wait(self, user_id: str) -> float:
        """Seconds until the sender's intake window has room again (for the notice)."""
        hits = self._hits.get(user_id)
        if not hits:
            return 0.0
        return max(0.0, self.window - (self.clock() - hits[0]))

    # ----- one reply per window -----

    def may_notify(self, user_id: str) -> bool:
        """True once per window per sender: the caller may send one refusal/notice now."""
        now = self.clock()
        if self._notified_until.get(user_id, 0.0) > now:
            return False
        self._notified_until[user_id] = now + self.window
        return True

    # ----- aggregate logging -----

    def suppress(self, user_id: str, chat_id: str | None, reason: str) -> None:
        """A message dropped without a reply: add it to the sender's window tally."""
        now = self.clock()
        tally = self._tallies.get(user_id)
        if tally is not None and now - tally.started >= self.window:
            self._write(user_id, tally)
            tally = None
        if tally is None:
            tally = self._tallies[user_id] = _Tally(started=now, chat_id=chat_id)
        tally.counts[reason] += 1
        tally.dirty = True
        if tally.row_id is None or now - tally.flushed_at >= self.flush_every:
            self._write(user_id, tally)

    def flush(self) -> None:
        """Write every pending tally (on close, and for tests)."""
        for user_id, tally in list(self._tallies.items()):
            if tally.dirty:
                self._write(user_id, tally)

    def _write(self, user_id: str, tally: _Tally) -> None:
        detail = {"count": sum(tally.counts.values()), "reasons": dict(tally.counts), "window_s": self.window}
        try:
            if tally.row_id is None:
                tally.row_id = store.log_event(self.db, "suppressed", user_id=user_id, chat_id=tally.chat_id,
                                               detail=detail, created_at=self.wall())
            else:
                store.update_event_detail(self.db, tally.row_id, detail)
        except Exception:          # logging a flood must never break the bot
            log.exception("could not log suppressed messages of %s", user_id)
            return
        tally.flushed_at = self.clock()
        tally.dirty = False

    def _forget(self, now: float) -> None:
        for key in [k for k, hits in self._hits.items() if not hits or now - hits[-1] >= self.window]:
            del self._hits[key]
        for key in [k for k, until in self._notified_until.items() if until <= now]:
            del self._notified_until[key]
        for key in [k for k, tally in self._tallies.items() if now - tally.started >= self.window]:
            tally = self._tallies.pop(key)
            if tally.dirty:
                self._write(key, tally)


__all__ = ["SenderGate", "trusted", "STAFF_ROLES"]
