"""Proposals (我的提案): imported from the committee's system, shown to their authors, status changes notified."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def install(assistant: "Assistant") -> None:
    from bot.features.proposals import chat
    from bot.features.proposals.store import proposals_migrations

    proposals_migrations.apply(assistant.db)
    chat.register(assistant)
