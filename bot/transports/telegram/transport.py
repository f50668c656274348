"""The Telegram transport: core messages out through python-telegram-bot v22.

One class serves both uses:

* the running bot (:mod:`bot.transports.telegram.runner`) wraps the
  ``Application``'s bot, which polls or takes a webhook; updates come in
  through :mod:`bot.transports.telegram.updates`;
* the outbox worker outside the bot process (``python -m bot.features.outbox.worker``,
  ``ingest.py broadcast send --deliver``) uses :meth:`TelegramTransport.send_only`:
  a bare ``telegram.Bot``, no updates, opened with ``async with``.

The core's :class:`OutMessage` becomes ``sendMessage`` with ``parse_mode=HTML``.
Sends are retried on 429 (honouring ``retry_after``), 5xx and failures before
the request left; failures that remain are raised as the transport-neutral
errors of ``bot.kernel.delivery`` (:mod:`bot.transports.telegram.errors`). The
outbox passes ``attempts=1`` (it retries by itself, with its limiter), and the
send-only transport makes one attempt unless told otherwise. Every request goes
through the write-reporting HTTP client (:mod:`bot.transports.telegram.http`).
"""
from __future__ import annotations

import asyncio
import logging

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions, Message, ReplyParameters
from telegram.constants import ChatAction, ParseMode
from telegram.error import TelegramError

from bot.kernel.delivery import PermanentFailure, RetryLater, TemporaryFailure
from bot.kernel.messages import Callback, Chat, OutMessage, SentRef
from bot.kernel.textsplit import fit_html, trim_html
from bot.transports.telegram.errors import translate_error
from bot.transports.telegram.files import FileIdCache
from bot.transports.telegram.http import tracing_request
from bot.transports.telegram.info import TELEGRAM
from bot.transports.telegram.markup import reply_markup, tg_chat_id, to_chat

log = logging.getLogger("bot.telegram")

MAX_RETRY_AFTER = 60.0   # longer waits are not worth holding a member's reply for
MESSAGE_LIMIT = 4096     # Telegram's limit on a message's visible text (UTF-16 code units)


class TelegramTransport:
    name = TELEGRAM.name
    info = TELEGRAM

    def __init__(self, bot: Bot, *, attempts: int = 4):
        self.bot = bot
        self.attempts = attempts
        self.files = FileIdCache()

    @classmethod
    def send_only(cls, token: str, *, base_url: str | None = None, base_file_url: str | None = None,
                  read_timeout: float = 10.0, connect_timeout: float = 5.0, attempts: int = 1) -> "TelegramTransport":
        """Over a bare ``telegram.Bot`` (no updates): ``async with`` it, or start()/close()."""
        kwargs = {}
        if base_url:
            kwargs["base_url"] = base_url
        if base_file_url:
            kwargs["base_file_url"] = base_file_url
        bot = Bot(token, request=tracing_request(read_timeout=read_timeout, connect_timeout=connect_timeout), **kwargs)
        return cls(bot, attempts=attempts)

    async def start(self) -> None:
        await self.bot.initialize()

    async def close(self) -> None:
        await self.bot.shutdown()

    async def __aenter__(self) -> "TelegramTransport":
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()

    @property
    def bot_username(self) -> str | None:
        try:
            return self.bot.username
        except Exception:      # PTB raises until the bot is initialised (getMe)
            return None

    # ----- Transport protocol -----

    async def send(self, chat_id: str, message: OutMessage, *, attempts: int | None = None) -> SentRef:
        # A text over the limit goes as several messages (buttons on the last, which is
        # the one returned: later edits and button presses concern it).
        pieces = fit_html(message.html, MESSAGE_LIMIT)
        sent: Message | None = None
        for n, piece in enumerate(pieces):
            last = n == len(pieces) - 1
            kwargs = dict(
                chat_id=tg_chat_id(chat_id), text=piece, parse_mode=ParseMode.HTML,
                reply_markup=reply_markup(message) if last else None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
            if message.reply_to and n == 0:
                kwargs["reply_parameters"] = ReplyParameters(int(message.reply_to), allow_sending_without_reply=True)
            sent = await self._call(self.bot.send_message, attempts=attempts, **kwargs)
        return SentRef(chat_id, str(sent.message_id))

    async def edit(self, ref: SentRef, message: OutMessage) -> None:
        markup = reply_markup(message)
        try:
            await self._call(
                self.bot.edit_message_text, chat_id=tg_chat_id(ref.chat_id), message_id=int(ref.message_id),
                text=trim_html(message.html, MESSAGE_LIMIT), parse_mode=ParseMode.HTML,
                reply_markup=markup if isinstance(markup, InlineKeyboardMarkup) else None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except PermanentFailure as exc:
            if "not modified" not in str(exc).lower():   # editing to the same text is harmless
                raise

    async def typing(self, chat_id: str) -> None:
        try:
            await self.bot.send_chat_action(chat_id=tg_chat_id(chat_id), action=ChatAction.TYPING)
        except TelegramError:
            pass   # a missing "typing…" is not worth a retry

    async def answer_callback(self, callback: Callback, text: str | None = None) -> None:
        try:
            await self.bot.answer_callback_query(callback.id, text=text)
        except TelegramError:
            log.debug("answerCallbackQuery failed", exc_info=True)

    # ----- declared abilities (TELEGRAM.sends_files, resolves_names) -----

    async def send_document(self, chat_id: str, data: bytes, file_name: str, caption_html: str = "") -> SentRef:
        """Upload once; later recipients get the cached ``file_id`` (no re-upload)."""
        async def post(document):
            sent = await self._call(self.bot.send_document, chat_id=tg_chat_id(chat_id), document=document,
                                    filename=file_name, caption=caption_html or None, parse_mode=ParseMode.HTML)
            return sent, (sent.document.file_id if sent.document is not None else None)

        sent = await self.files.send(data, post)
        return SentRef(chat_id, str(sent.message_id))

    async def resolve_chat(self, ref: str) -> Chat | None:
        """``@channelname`` -> the chat with its numeric id (getChat)."""
        chat = await self._call(self.bot.get_chat, attempts=1, chat_id=ref)
        return to_chat(chat, title=ref)

    # ----- calls -----

    async def _call(self, method, *, attempts: int | None = None, **kwargs):
        """Call the Bot API, retrying what is safe to retry; map the rest to delivery errors.

        429 waits ``retry_after``; 5xx and failures before the request left are
        retried with backoff. A read timeout is not retried: Telegram may have
        delivered the message already, and a member should not get it twice.
        The outbox worker passes ``attempts=1`` and does its own retrying.
        """
        attempts = attempts or self.attempts
        for attempt in range(1, attempts + 1):
            try:
                return await method(**kwargs)
            except TelegramError as exc:
                error = translate_error(exc)
                last = attempt == attempts
                if isinstance(error, RetryLater) and not last and error.seconds <= MAX_RETRY_AFTER:
                    log.info("429 from Telegram: waiting %.1f s", error.seconds)
                    await asyncio.sleep(error.seconds)
                    continue
                if isinstance(error, TemporaryFailure) and not error.maybe_delivered and not last:
                    await asyncio.sleep(min(8.0, 0.5 * 2 ** (attempt - 1)))
                    continue
                raise error from exc
        raise TemporaryFailure("no attempts left")


__all__ = ["TelegramTransport", "MESSAGE_LIMIT"]
