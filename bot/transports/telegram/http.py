"""The Bot API's HTTP client, reporting the moment a request is written (the outbox's crash journal).

The HTTP client reports, through an httpx/httpcore ``trace`` hook, the moment a
request body has been written to the socket; that calls
:func:`bot.kernel.delivery.request_written`, which lets the outbox worker tell
after a crash which in-flight messages reached Telegram. Every Telegram
transport sends through :func:`tracing_request` (the running bot and the
send-only worker alike): it declares ``reports_writes``.
"""
from __future__ import annotations

import httpx
from telegram.request import HTTPXRequest

from bot.kernel import delivery

SMALL_BODY = 64 * 1024


async def _trace(event: str, info: dict) -> None:
    """httpcore trace hook: report the moment the request reaches the socket.

    A small body (every sendMessage) goes out in one ``transport.write`` that
    follows this "started" event without yielding to the event loop, so it is
    reported here, microseconds before the bytes reach the kernel. Reporting at
    "complete" instead would leave an event-loop turn in between (anyio yields
    after each write), during which a kill would leave a delivered message
    unreported. A large body (a document upload, many writes) is reported at
    "complete". The outbox records only the first report per send.
    """
    if event.endswith("send_request_body.started"):
        request = info.get("request")
        length = 0
        for name, value in getattr(request, "headers", None) or ():
            if name.lower() == b"content-length" and value.isdigit():
                length = int(value)
        if 0 < length <= SMALL_BODY:
            delivery.request_written()
    elif event.endswith("send_request_body.complete"):
        delivery.request_written()


class TracingTransport(httpx.AsyncHTTPTransport):
    """httpx transport that adds the write-tracking trace hook to every request."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions = {**request.extensions, "trace": _trace}
        return await super().handle_async_request(request)


def tracing_request(*, read_timeout: float = 10.0, connect_timeout: float = 5.0, write_timeout: float = 20.0,
                    pool_size: int = 64, **kwargs) -> HTTPXRequest:
    """A PTB ``HTTPXRequest`` whose sends report "request written" to the outbox.

    Use it as ``ApplicationBuilder().request(tracing_request(...))`` in the bot."""
    return HTTPXRequest(connection_pool_size=pool_size, read_timeout=read_timeout, connect_timeout=connect_timeout,
                        write_timeout=write_timeout, media_write_timeout=max(write_timeout, 60.0),
                        httpx_kwargs={"transport": TracingTransport(limits=httpx.Limits(max_connections=pool_size))},
                        **kwargs)
