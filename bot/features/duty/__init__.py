"""Duty records (履职): the points ledger, the rules as config, /duty, the annual assessment.

``install(assistant)`` applies the ledger's migrations, reads the rules from
config.yaml ``duty:`` and registers the chat commands. Other features write to the
ledger only through :mod:`bot.features.duty.api`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def install(assistant: "Assistant") -> None:
    from bot.features.duty import api
    from bot.features.duty.rules import rules_of
    from bot.features.duty.store import duty_migrations

    duty_migrations.apply(assistant.db)
    api.configure(rules_of(assistant.config))
    from bot.features.duty import chat

    chat.register(assistant)
