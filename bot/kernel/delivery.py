"""Transport-neutral outcomes of sending one message, for the broadcast outbox.

A transport's ``send()`` either returns a :class:`~bot.kernel.messages.SentRef`
(delivered) or raises one of the exceptions below, translated from its chat
library's errors. The outbox worker (:mod:`bot.features.outbox.service`) decides from the
class alone whether to retry, wait, or give up; it never imports a chat library.

What a Telegram transport must map (python-telegram-bot names; see
``bot.transports.telegram.errors.translate_error`` which does exactly this):

==========================================  ===============================================
``telegram.error.RetryAfter``               ``RetryLater(retry_after)``
``telegram.error.ChatMigrated``             ``ChatMoved(new_chat_id)``
``Forbidden`` "bot was blocked by the user" ``PermanentFailure("blocked")``
``Forbidden`` "user is deactivated"         ``PermanentFailure("deactivated")``
``Forbidden`` kicked / not a member         ``PermanentFailure("left")``
``Forbidden`` anything else                 ``PermanentFailure("forbidden")``
``BadRequest`` "chat not found"             ``PermanentFailure("chat_not_found")``
``BadRequest`` anything else                ``PermanentFailure("bad_request")`` (our message is at fault)
``TimedOut`` caused by ConnectTimeout/Pool  ``TemporaryFailure(..., maybe_delivered=False)``
``TimedOut`` caused by ReadTimeout          ``TemporaryFailure(..., maybe_delivered=True)``
``NetworkError`` with an HTTP status (5xx)  ``TemporaryFailure(..., maybe_delivered=False)``
``NetworkError`` connect error              ``TemporaryFailure(..., maybe_delivered=False)``
``NetworkError`` connection lost mid-call   ``TemporaryFailure(..., maybe_delivered=True)``
==========================================  ===============================================

``maybe_delivered`` matters because the Bot API has no idempotency key: a
request that reached Telegram but whose answer was lost (read timeout,
connection reset) may well have been delivered, and sending it again would
give the member a second copy. The worker does not resend such a message
automatically; it records it as *unconfirmed* (see ``docs/broadcasts.md``).

Write tracking: a transport that can tell when a request goes to the socket
calls :func:`request_written` at that moment (the Telegram send transport does
it from an httpcore trace hook: for a small body just before the single socket
write, which follows without yielding to the event loop; for an upload after
the last write). The worker appends the
row to a journal then; after a crash, rows in flight that were never written
are sent again safely, and written ones are recorded as unconfirmed. A
transport that cannot tell simply never calls it (its in-flight rows are
sent again after a crash: at-least-once).

:data:`idempotency_key` holds a stable key for the message being sent
(``outbox:<row id>:<part>``); a network with idempotent sends (Matrix's
``txnId``) should use it, which makes delivery exactly-once there.
"""
from __future__ import annotations

import contextvars
from contextlib import contextmanager
from typing import Callable, Iterator


class DeliveryError(Exception):
    """Base class of the outcomes a transport raises from ``send()``."""


class RetryLater(DeliveryError):
    """Flood control: try again after ``seconds`` (Telegram 429 ``retry_after``)."""

    def __init__(self, seconds: float, reason: str = "flood"):
        super().__init__(f"retry after {seconds} s")
        self.seconds = float(seconds)
        self.reason = reason


class PermanentFailure(DeliveryError):
    """The recipient can never get this message: do not retry.

    ``reason`` is one of: blocked, deactivated, left, forbidden, chat_not_found,
    bad_request, unsupported (free text is allowed; reports show known reasons nicely).
    """

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class TemporaryFailure(DeliveryError):
    """A network error or server error (5xx): retry with backoff.

    ``maybe_delivered``: the request may have reached the server (the answer
    was lost); retrying could deliver a second copy.
    """

    def __init__(self, reason: str, *, maybe_delivered: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.maybe_delivered = maybe_delivered


class ChatMoved(DeliveryError):
    """The chat has a new id (a Telegram group upgraded to a supergroup)."""

    def __init__(self, new_chat_id: str):
        super().__init__(f"chat moved to {new_chat_id}")
        self.new_chat_id = new_chat_id


# ----- write tracking (crash recovery) -----

_on_written: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "delivery_on_written", default=None)
idempotency_key: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "delivery_idempotency_key", default=None)


def request_written() -> None:
    """Called by a transport when the request of the current send goes to the
    socket (see above). No-op outside an outbox delivery. Never raises."""
    hook = _on_written.get()
    if hook is not None:
        try:
            hook()
        except Exception:  # pragma: no cover - the journal must never break a send
            import logging

            logging.getLogger("bot.outbox").exception("write hook failed")


@contextmanager
def tracking(on_written: Callable[[], None] | None, key: str | None) -> Iterator[None]:
    """Within this block (one task), :func:`request_written` calls ``on_written``."""
    t1 = _on_written.set(on_written)
    t2 = idempotency_key.set(key)
    try:
        yield
    finally:
        _on_written.reset(t1)
        idempotency_key.reset(t2)


REASONS = ("blocked", "deactivated", "left", "forbidden", "chat_not_found", "bad_request",
           "unsupported", "no_transport", "temporary", "flood", "cancelled")
