"""The outbox: durable, rate-limited, crash-safe delivery of messages to chats.

Public API (other features use only these):

* :func:`notify` ``(db, chat_id, OutMessage, *, source=...)`` — one message to one chat;
* :func:`delivering_worker` ``(db)`` — who delivers now (None: nobody; say so to the user);
* :class:`OutboxTransport` / :func:`route_through_outbox` — a process without a chat
  connection (the CLI) sends through the outbox;
* :class:`OutboxClient`, :class:`Payload` — what an owner of many-recipient rows declares
  (broadcasts); :func:`install` ``(assistant)`` returns the bot's :class:`OutboxRunner`,
  whose ``add_client`` registers one;
* :func:`enqueue`, :func:`batch_rows`, :func:`count_rows`, :func:`cancel_pending`,
  :func:`requeue_unconfirmed` — rows of an owner's batch (a broadcast's recipients).

``python -m bot.features.outbox.worker`` and ``ingest.py outbox run`` deliver without the bot.
"""
from __future__ import annotations

from bot.features.outbox.clients import OutboxClient, Payload
from bot.features.outbox.notices import NOTICE_SOURCE, OutboxTransport, delivering_worker, notify, route_through_outbox
from bot.features.outbox.runner import OutboxRunner, install
from bot.features.outbox.store import batch_rows, cancel_pending, enqueue, outbox_migrations, requeue_unconfirmed
from bot.features.outbox.store import count as count_rows

__all__ = ["notify", "delivering_worker", "OutboxTransport", "route_through_outbox", "NOTICE_SOURCE",
           "OutboxClient", "Payload", "OutboxRunner", "install", "outbox_migrations", "enqueue", "batch_rows",
           "count_rows", "cancel_pending", "requeue_unconfirmed"]
