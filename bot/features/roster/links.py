"""How a chat network lets a person open a private chat with the bot and send ``/start <code>``.

The one place the roster knows anything about a network: Telegram has
``https://t.me/<bot>?start=<code>`` deep links; elsewhere (Matrix, the console)
the person types the command, with that network's command prefix. When the
Transport protocol declares the deep-link format and the command prefix, these
two functions become one line each.
"""
from __future__ import annotations

from bot.kernel.messages import Transport


def start_link(transport: Transport, payload: str, bot_name: str | None = None) -> str | None:
    """A link that opens the bot with ``/start payload``; None where the network has none.
    ``bot_name`` overrides the name the transport knows (RosterAccess(bot_username=...))."""
    username = bot_name or _bot_username(transport)
    return f"https://t.me/{username}?start={payload}" if username else None


def command_prefix(transport: Transport) -> str:
    """What commands start with on this network (Matrix clients keep "/" for themselves)."""
    return "!" if transport.name == "matrix" else "/"


def _bot_username(transport: Transport) -> str | None:
    """The bot's Telegram @username as the transport knows it (``bot_username``, or the PTB
    ``bot.username`` after getMe)."""
    # Until the Transport protocol declares its deep-link format (transports helper, issue 11).
    name = getattr(transport, "bot_username", None)
    if name:
        return name
    if transport.name != "telegram":
        return None
    try:
        return getattr(transport, "username", None) or transport.bot.username
    except Exception:      # PTB raises until the bot is initialised
        return None


__all__ = ["start_link", "command_prefix"]
