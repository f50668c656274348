"""A send-only Telegram transport for the outbox worker outside the bot process.

``python -m bot.features.outbox.worker`` and ``ingest.py broadcast send --deliver``
deliver broadcasts without polling for updates: this wraps a
python-telegram-bot ``telegram.Bot`` (the real library, talking to
``api.telegram.org`` or ``TELEGRAM_API_BASE_URL``) and implements the core's
Transport protocol plus ``send_document``.

Two things make it safe for the outbox, and the bot's own
``TelegramTransport`` should do the same (see :func:`tracing_request` and
:func:`translate_error`):

* No retries inside ``send()``: every error is raised as the transport-neutral
  exceptions of :mod:`bot.kernel.delivery`; the outbox worker retries.
* The HTTP client reports, through an httpx/httpcore ``trace`` hook, the moment
  a request body has been written to the socket; that calls
  :func:`bot.kernel.delivery.request_written`, which lets the worker tell after
  a crash which in-flight messages reached Telegram.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging

import httpx
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import (BadRequest, ChatMigrated, Forbidden, InvalidToken, NetworkError, RetryAfter,
                            TelegramError, TimedOut)
from telegram.request import HTTPXRequest

from bot.kernel import delivery
from bot.kernel.delivery import ChatMoved, PermanentFailure, RetryLater, TemporaryFailure
from bot.kernel.messages import Callback, Chat, OutMessage, SentRef
from bot.transports.telegram.info import TELEGRAM

log = logging.getLogger("bot.telegram_send")

# httpx exceptions raised before the request could have reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol,
             httpx.ProxyError, httpx.WriteTimeout, httpx.WriteError)


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


def translate_error(exc: TelegramError) -> Exception:
    """The delivery exception for a python-telegram-bot error (see bot/kernel/delivery.py's table)."""
    text = str(exc).lower()
    if isinstance(exc, RetryAfter):
        value = exc.retry_after
        seconds = value.total_seconds() if hasattr(value, "total_seconds") else float(value)
        return RetryLater(seconds)
    if isinstance(exc, ChatMigrated):
        return ChatMoved(f"tg:{exc.new_chat_id}")
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


def tg_chat_id(chat_id: str) -> int | str:
    prefix, _, raw = chat_id.partition(":")
    if prefix != "tg":
        raise PermanentFailure("unsupported", f"{chat_id} is not a Telegram chat")
    return raw if raw.startswith("@") else int(raw)


def _markup(message: OutMessage):
    rows = [[InlineKeyboardButton(b.label, url=b.url) if b.url else InlineKeyboardButton(b.label, callback_data=b.data)
             for b in row if b.url or b.data] for row in message.buttons]
    rows = [r for r in rows if r]
    return InlineKeyboardMarkup(rows) if rows else None


class TelegramSendTransport:
    """Transport protocol over a bare ``telegram.Bot``: sends, edits, documents; no updates."""

    name = "telegram"
    info = TELEGRAM

    @property
    def bot_username(self) -> str | None:
        try:
            return self.bot.username
        except Exception:      # PTB raises until the bot is initialised (getMe)
            return None

    def __init__(self, token: str, *, base_url: str | None = None, base_file_url: str | None = None,
                 read_timeout: float = 10.0, connect_timeout: float = 5.0):
        kwargs = {}
        if base_url:
            kwargs["base_url"] = base_url
        if base_file_url:
            kwargs["base_file_url"] = base_file_url
        self.bot = Bot(token, request=tracing_request(read_timeout=read_timeout, connect_timeout=connect_timeout),
                       **kwargs)
        self._file_ids: dict[str, str] = {}     # sha256 of an uploaded document -> Telegram file_id
        self._upload_locks: dict[str, asyncio.Lock] = {}

    async def start(self) -> None:
        await self.bot.initialize()

    async def close(self) -> None:
        await self.bot.shutdown()

    async def __aenter__(self) -> "TelegramSendTransport":
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    async def _call(self, method, **kwargs):
        try:
            return await method(**kwargs)
        except TelegramError as exc:
            raise translate_error(exc) from exc

    async def send(self, chat_id: str, message: OutMessage) -> SentRef:
        sent = await self._call(self.bot.send_message, chat_id=tg_chat_id(chat_id), text=message.html,
                                parse_mode=ParseMode.HTML, reply_markup=_markup(message),
                                link_preview_options=LinkPreviewOptions(is_disabled=True))
        return SentRef(chat_id, str(sent.message_id))

    async def send_document(self, chat_id: str, data: bytes, file_name: str, caption_html: str = "") -> SentRef:
        """Upload once; later recipients get the cached ``file_id`` (no re-upload)."""
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self._file_ids:
            # Concurrent first sends wait for one upload instead of uploading the file each.
            async with self._upload_locks.setdefault(digest, asyncio.Lock()):
                if digest not in self._file_ids:
                    return await self._send_document(chat_id, data, file_name, caption_html, digest)
        return await self._send_document(chat_id, self._file_ids[digest], file_name, caption_html, digest)

    async def _send_document(self, chat_id, document, file_name, caption_html, digest) -> SentRef:
        sent = await self._call(self.bot.send_document, chat_id=tg_chat_id(chat_id), document=document,
                                filename=file_name, caption=caption_html or None, parse_mode=ParseMode.HTML)
        if sent.document is not None:
            self._file_ids[digest] = sent.document.file_id
        return SentRef(chat_id, str(sent.message_id))

    async def edit(self, ref: SentRef, message: OutMessage) -> None:
        try:
            await self._call(self.bot.edit_message_text, chat_id=tg_chat_id(ref.chat_id),
                             message_id=int(ref.message_id), text=message.html, parse_mode=ParseMode.HTML,
                             reply_markup=_markup(message))
        except PermanentFailure as exc:
            if "not modified" not in str(exc):
                raise

    async def typing(self, chat_id: str) -> None:
        return None

    async def answer_callback(self, callback: Callback, text: str | None = None) -> None:
        try:
            await self.bot.answer_callback_query(callback.id, text=text)
        except TelegramError:
            log.debug("answerCallbackQuery failed", exc_info=True)

    async def resolve_chat(self, ref: str) -> Chat | None:
        """``@channelname`` -> the chat with its numeric id (getChat)."""
        chat = await self._call(self.bot.get_chat, chat_id=ref)
        kind = {"private": "private", "channel": "channel"}.get(chat.type, "group")
        return Chat(id=f"tg:{chat.id}", kind=kind, title=chat.title or chat.full_name or ref)
