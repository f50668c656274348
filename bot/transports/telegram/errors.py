"""python-telegram-bot errors -> the transport-neutral outcomes of ``bot.kernel.delivery``."""
from __future__ import annotations

import httpx
from telegram.error import (BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter,
                            TelegramError, TimedOut)

from bot.kernel.delivery import ChatMoved, PermanentFailure, RetryLater, TemporaryFailure
from bot.transports.telegram.info import TELEGRAM

# httpx exceptions raised before the request could have reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol,
             httpx.ProxyError, httpx.WriteTimeout, httpx.WriteError)


def translate_error(exc: TelegramError) -> Exception:
    """The delivery exception for a python-telegram-bot error (see bot/kernel/delivery.py's table)."""
    text = str(exc).lower()
    if isinstance(exc, RetryAfter):
        value = exc.retry_after
        seconds = value.total_seconds() if hasattr(value, "total_seconds") else float(value)
        return RetryLater(seconds)
    if isinstance(exc, ChatMigrated):
        return ChatMoved(TELEGRAM.qualify(str(exc.new_chat_id)))
    if isinstance(exc, Forbidden):
        if "blocked" in text:
            return PermanentFailure("blocked", str(exc))
        if "deactivated" in text:
            return PermanentFailure("deactivated", str(exc))
        if "kicked" in text or "not a member" in text or "left" in text:
            return PermanentFailure("left", str(exc))
        return PermanentFailure("forbidden", str(exc))
    if isinstance(exc, BadRequest):
        if "chat not found" in text or "chat_id is empty" in text:
            return PermanentFailure("chat_not_found", str(exc))
        if "not enough rights" in text or "have no rights" in text:
            return PermanentFailure("forbidden", str(exc))
        return PermanentFailure("bad_request", str(exc))
    if isinstance(exc, InvalidToken):
        return TemporaryFailure(f"unauthorized: {exc}")        # a configuration error: retry, do not drop
    if isinstance(exc, (TimedOut, NetworkError)):
        cause = exc.__cause__
        if cause is None:
            # An HTTP answer (5xx) or PTB's own check: the server answered, nothing was sent.
            return TemporaryFailure(str(exc) or type(exc).__name__)
        return TemporaryFailure(f"{type(cause).__name__}: {cause}", maybe_delivered=not isinstance(cause, _NOT_SENT))
    return TemporaryFailure(f"{type(exc).__name__}: {exc}")
