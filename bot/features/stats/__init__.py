"""Usage statistics: /stats in chat, `ingest.py stats` (cli/stats.py), the CSV export of the question log.

Owns no table: every figure is read through the kernel's question log
(bot.kernel.store) and curation's and the knowledge base's public functions.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.stats.service import (Day, PeriodError, Stats, compute_stats, daily, document_titles,
                                        format_stats_html, parse_period, top_documents)

if TYPE_CHECKING:
    from bot.kernel.assistant import Assistant
    from bot.kernel.messages import Incoming, Transport


def install(assistant: "Assistant") -> None:
    """Register /stats (staff, private chats only: it names documents and counts members' questions)."""
    from bot.kernel.messages import OutMessage
    from bot.kernel.texts import t

    async def cmd_stats(msg: "Incoming", transport: "Transport") -> None:
        lang = msg.user.language
        tz = assistant.config.committee.timezone
        try:
            since, until = parse_period(msg.args, tz)
        except PeriodError:
            await transport.send(msg.chat.id, OutMessage(t("stats_usage", lang)))
            return
        stats = compute_stats(assistant.db, since, until, tz, titles=document_titles(assistant.kb))
        await transport.send(msg.chat.id, OutMessage(format_stats_html(stats, lang)))

    assistant.command("stats", role="staff", private_only=True,
                      description={"zh": t("cmd_stats", "zh"), "en": t("cmd_stats", "en")})(cmd_stats)


__all__ = ["install", "Stats", "Day", "compute_stats", "daily", "top_documents", "document_titles",
           "format_stats_html", "parse_period", "PeriodError"]
