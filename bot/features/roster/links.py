"""How a chat network lets a person open a private chat with the bot and send ``/start <code>``.

The roster asks the network's declaration (``transport.info``, see
:mod:`bot.kernel.transports`): Telegram declares ``https://t.me/<bot>?start=<code>``
deep links; elsewhere (Matrix, the console) there are none and the person types
the command, with the network's declared command prefix. The roster never builds
a link or decides a prefix itself.
"""
from __future__ import annotations

from bot.kernel.messages import Transport


def start_link(transport: Transport, payload: str, bot_name: str | None = None) -> str | None:
    """A link that opens the bot with ``/start payload``; None where the network has none (or the
    bot's name is not known yet). ``bot_name`` overrides the transport's (RosterAccess(bot_username=...))."""
    return transport.info.start_link(bot_name or transport.bot_username, payload)


def command_prefix(transport: Transport) -> str:
    """What commands start with on this network ("/", or "!" where clients keep "/" for themselves)."""
    return transport.info.command_prefix


__all__ = ["start_link", "command_prefix"]
