"""Community venues (我的联系点): venues and their schedules, members' assignments, /venue."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant


def install(assistant: "Assistant") -> None:
    from bot.features.venues import chat
    from bot.features.venues.store import venues_migrations

    venues_migrations.apply(assistant.db)
    chat.register(assistant)
