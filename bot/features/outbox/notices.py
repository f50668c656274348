"""Messages to one person through the outbox: :func:`notify`, for any feature and any process.

A feature that must tell one member something (the staff queue answering an asker, a
status change of a duty record or a report) calls ``notify(db, chat_id, OutMessage(...),
source="queue")``: the message is written as one outbox row carrying its own text, and the
delivering worker (the running bot, or ``ingest.py outbox run``) sends it with the same
limits, retries and crash safety as a broadcast. It works the same from the bot and from
the command line, which has no chat connection of its own.

Curation notifies askers by calling ``transport.send`` on whatever the assistant's
``transport_for`` returns, so a process without a chat connection plugs in an
:class:`OutboxTransport` (:func:`route_through_outbox`): each ``send`` becomes a notice. The
text is rendered by the same code as in chat, so the asker gets exactly the same message.

:func:`delivering_worker` tells whether anything is delivering the outbox now: the running
bot (or ``ingest.py outbox run``) holds the outbox lease and refreshes its heartbeat every
few seconds. A command that leaves work for the bot says at once when nobody will deliver it.
"""
from __future__ import annotations

import time

from bot.features.outbox import store
from bot.kernel.messages import OutMessage, SentRef
from bot.kernel.transports import TransportInfo

NOTICE_SOURCE = "notice"
STALE_AFTER = 60.0   # seconds without a heartbeat after which a lease holder on another host is gone


def notify(db, chat_id: str, message: OutMessage, *, source: str = NOTICE_SOURCE, label: str = "",
           member_id: int | None = None) -> int:
    """Queue ``message`` (its HTML; buttons are not kept) for ``chat_id``; returns the outbox row id.

    ``source`` names the feature (``queue``, ``duty`` ...): it is the row's owner, for
    operators reading the outbox. Joins the caller's transaction, so a status change and
    the notice about it are committed together."""
    return store.enqueue_one(db, {"owner": source, "chat_id": chat_id, "recipient_kind": "member",
                                  "member_id": member_id, "label": label or chat_id, "html": message.html})


def delivering_worker(db, *, now: float | None = None) -> dict | None:
    """The live holder of the outbox lease (owner, host, pid, heartbeat_at), or None."""
    from bot.features.outbox.lease import Lease

    if not store.has_tables(db):        # no outbox yet: nobody has ever delivered
        return None
    lease = Lease(db, seconds=STALE_AFTER, clock=(lambda: now) if now is not None else time.time)
    return lease.alive_holder(STALE_AFTER)


class OutboxTransport:
    """A Transport for processes without a chat connection: sends become outbox notices."""

    # Stands in for every network (route_through_outbox); text notices only.
    info = TransportInfo(name="outbox", id_prefix="outbox")
    bot_username = None

    def __init__(self, db, name: str, *, author: str = "cli", source: str = NOTICE_SOURCE):
        self.db = db
        self.name = name
        self.author = author
        self.source = source
        self.queued: list[int] = []

    async def send(self, chat_id: str, message: OutMessage) -> SentRef:
        row = notify(self.db, chat_id, message, source=self.source)
        self.queued.append(row)
        return SentRef(chat_id, f"outbox:{row}")

    async def edit(self, ref: SentRef, message: OutMessage) -> None:
        return None

    async def typing(self, chat_id: str) -> None:
        return None

    async def answer_callback(self, callback, text: str | None = None) -> None:
        return None


def route_through_outbox(assistant, *, author: str = "cli", source: str = NOTICE_SOURCE) -> OutboxTransport:
    """Make every chat the assistant notifies reachable through the outbox (no live transport)."""
    transport = OutboxTransport(assistant.db, "outbox", author=author, source=source)
    for network in list(assistant.registry.networks.values()):
        assistant.transports[network.name] = transport
    return transport


__all__ = ["notify", "delivering_worker", "OutboxTransport", "route_through_outbox", "NOTICE_SOURCE"]
