"""Features: each a package that owns its tables (its store is the only code that touches them).

Each owner applies its own migrations explicitly: the Assistant applies the
kernel's, a feature's ``install(assistant)`` applies the feature's. Code that
opens the bot's database without an Assistant (the CLI, the outbox worker,
tests) calls :func:`migrate` or :func:`open_bot_db`, which applies them in
dependency order: nothing is registered by importing a module.
"""
from __future__ import annotations


def migrate(db):
    """Apply the kernel's and every built-in feature's pending migrations, in dependency order."""
    from bot.features.broadcast.store import broadcast_migrations
    from bot.features.conversation.store import conversation_migrations
    from bot.features.curation.store import curation_migrations
    from bot.features.duty.store import duty_migrations
    from bot.features.outbox.store import outbox_migrations
    from bot.features.proposals.store import proposals_migrations
    from bot.features.reports.store import reports_migrations
    from bot.features.roster.store import roster_migrations
    from bot.features.venues.store import venues_migrations
    from bot.kernel.schema import bot_migrations

    for owner in (bot_migrations, roster_migrations, curation_migrations, broadcast_migrations, outbox_migrations,
                  duty_migrations, proposals_migrations, venues_migrations, reports_migrations,
                  conversation_migrations):
        owner.apply(db)
    return db


def outbox_clients(db, transport_for, *, clock=None) -> list:
    """The owners of outbox rows among the built-in features, for a worker without an Assistant
    (``python -m bot.features.outbox.worker``, ``ingest.py outbox run``). In the bot, each
    feature adds its own from ``install`` (``bot.features.outbox.install(assistant).add_client``)."""
    from bot.features.broadcast import outbox_client

    return [outbox_client(db, transport_for, clock=clock)]


def open_bot_db(path):
    """The bot's database (knowledge base tables included) with every owner's migrations applied."""
    from app.db import open_db

    return migrate(open_db(path))
