"""Messages to one person, handed to the running bot through the outbox.

The command line (``ingest.py queue answer``) has no chat connection of its own; the running
bot has. Curation notifies askers by calling ``transport.send`` on whatever the assistant's
``transport_for`` returns, so a process without a chat connection plugs in an
:class:`OutboxTransport`: each ``send`` writes a *notice* (a one-recipient row in the
broadcast outbox, ``broadcasts.source = 'notice'``) that the running bot's outbox worker
delivers with the same limits, retries and crash safety as a broadcast. The text is rendered
by the same code as in chat, so the asker gets exactly the same message.

:func:`delivering_worker` tells whether anything is delivering the outbox now: the running
bot (or ``ingest.py broadcast deliver``) holds the outbox lease and refreshes its heartbeat
every few seconds. A command that leaves work for the bot says at once when nobody will
deliver it.
"""
from __future__ import annotations

import json
import time

from app.db import transaction

from bot.kernel.messages import OutMessage, SentRef
from bot.kernel.transports import TransportInfo

NOTICE_SOURCE = "notice"
STALE_AFTER = 60.0   # seconds without a heartbeat after which a lease holder on another host is gone


def delivering_worker(db, *, now: float | None = None) -> dict | None:
    """The live holder of the outbox lease (owner, host, pid, heartbeat_at), or None."""
    from bot.features.outbox.service import Lease

    try:
        lease = Lease(db, seconds=STALE_AFTER, clock=(lambda: now) if now is not None else time.time)
        holder = lease.holder()
    except Exception:        # no outbox tables yet: nobody has ever delivered
        return None
    if holder is None or lease._dead(holder):
        return None
    age = lease.clock() - (holder["heartbeat_at"] or 0)
    return holder if age <= STALE_AFTER else None


def queue_notice(db, chat_id: str, html: str, *, label: str = "", member_id: int | None = None,
                 author: str = "cli") -> int:
    """Write one message for ``chat_id`` to the outbox; returns its outbox row id."""
    now = time.time()
    with transaction(db):
        bid = db["broadcasts"].insert({
            "author_id": author, "author_name": author, "author_chat_id": None, "author_lang": "zh",
            "source": NOTICE_SOURCE, "html": html, "doc_name": None,
            "audience": json.dumps([chat_id], ensure_ascii=False), "state": "sending",
            "created_at": now, "materialized_at": now, "recipients": 1, "muted_skipped": 0,
        }).last_pk
        db["broadcast_parts"].insert({"broadcast_id": bid, "part": 0, "kind": "text", "html": html})
        return db["outbox"].insert({
            "broadcast_id": bid, "part": 0, "chat_id": chat_id, "recipient_kind": "member",
            "member_id": member_id, "label": label or chat_id, "state": "pending", "claims": 0, "failures": 0,
            "floods": 0, "recovered": 0, "duplicate_risk": 0, "next_at": now, "created_at": now, "updated_at": now,
        }).last_pk


class OutboxTransport:
    """A Transport for processes without a chat connection: sends become outbox notices."""

    # Stands in for every network (route_through_outbox); text notices only.
    info = TransportInfo(name="outbox", id_prefix="outbox")
    bot_username = None

    def __init__(self, db, name: str, *, author: str = "cli"):
        self.db = db
        self.name = name
        self.author = author
        self.queued: list[int] = []

    async def send(self, chat_id: str, message: OutMessage) -> SentRef:
        row = queue_notice(self.db, chat_id, message.html, author=self.author)
        self.queued.append(row)
        return SentRef(chat_id, f"outbox:{row}")

    async def edit(self, ref: SentRef, message: OutMessage) -> None:
        return None

    async def typing(self, chat_id: str) -> None:
        return None

    async def answer_callback(self, callback, text: str | None = None) -> None:
        return None


def route_through_outbox(assistant, *, author: str = "cli") -> OutboxTransport:
    """Make every chat the assistant notifies reachable through the outbox (no live transport)."""
    transport = OutboxTransport(assistant.db, "outbox", author=author)
    for network in list(assistant.registry.networks.values()):
        assistant.transports[network.name] = transport
    return transport


__all__ = ["delivering_worker", "queue_notice", "OutboxTransport", "route_through_outbox", "NOTICE_SOURCE"]
