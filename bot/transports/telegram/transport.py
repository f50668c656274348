"""Telegram transport: python-telegram-bot v22 in, core messages out.

Updates become :class:`bot.kernel.messages.Incoming`; the core's
:class:`OutMessage` becomes ``sendMessage`` with ``parse_mode=HTML``.
Commands are read from the ``bot_command`` entity at offset 0 (as Telegram
marks them), mentions from ``mention`` / ``text_mention`` entities. Sends are
retried on 429 (honouring ``retry_after``), 5xx and timeouts; failures that
remain are raised as the transport-neutral errors of ``bot.kernel.delivery``.
"""
from __future__ import annotations

import asyncio
import logging
import time
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    LinkPreviewOptions,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatAction, MessageEntityType, ParseMode
from telegram.error import TelegramError
from telegram.request import HTTPXRequest
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot.kernel.delivery import PermanentFailure, RetryLater, TemporaryFailure
from bot.kernel.messages import Attachment, Callback, Chat, Incoming, OutMessage, SentRef, User
from bot.kernel.textsplit import fit_html, trim_html
from bot.transports.telegram.info import TELEGRAM
from bot.transports.telegram.send import tg_chat_id, tracing_request, translate_error

log = logging.getLogger("bot.telegram")

MAX_RETRY_AFTER = 60.0   # longer waits are not worth holding a member's reply for
MESSAGE_LIMIT = 4096     # Telegram's limit on a message's visible text (UTF-16 code units)


class TelegramTransport:
    name = "telegram"
    info = TELEGRAM

    def __init__(self, bot, *, attempts: int = 4):
        self.bot = bot
        self.attempts = attempts

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
                reply_markup=_markup(message) if last else None,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
            if message.reply_to and n == 0:
                kwargs["reply_parameters"] = ReplyParameters(int(message.reply_to), allow_sending_without_reply=True)
            sent = await self._call(self.bot.send_message, attempts=attempts, **kwargs)
        return SentRef(chat_id, str(sent.message_id))

    async def edit(self, ref: SentRef, message: OutMessage) -> None:
        markup = _markup(message)
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

    async def send_document(self, chat_id: str, data: bytes, file_name: str, caption_html: str = "") -> SentRef:
        sent = await self._call(self.bot.send_document, chat_id=tg_chat_id(chat_id), document=data,
                                filename=file_name, caption=caption_html or None, parse_mode=ParseMode.HTML)
        return SentRef(chat_id, str(sent.message_id))

    async def resolve_chat(self, ref: str) -> Chat | None:
        """``@channelname`` -> the chat with its numeric id (getChat)."""
        chat = await self._call(self.bot.get_chat, attempts=1, chat_id=ref)
        return _chat(chat)

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


def _markup(message: OutMessage):
    if message.remove_keyboard:
        return ReplyKeyboardRemove()
    if not message.buttons:
        return None
    if any(b.request_contact for row in message.buttons for b in row):
        return ReplyKeyboardMarkup(
            [[KeyboardButton(b.label, request_contact=b.request_contact) for b in row] for row in message.buttons],
            resize_keyboard=True, one_time_keyboard=True,
        )
    return InlineKeyboardMarkup([
        [InlineKeyboardButton(b.label, url=b.url) if b.url else InlineKeyboardButton(b.label, callback_data=b.data)
         for b in row]
        for row in message.buttons
    ])


# ----- updates -> core messages -----

def _user(tg_user) -> User:
    return User(id=f"tg:{tg_user.id}", display_name=tg_user.full_name, username=tg_user.username,
                language=tg_user.language_code)


def _chat(tg_chat) -> Chat:
    kind = {"private": "private", "channel": "channel"}.get(tg_chat.type, "group")
    return Chat(id=f"tg:{tg_chat.id}", kind=kind, title=tg_chat.title or tg_chat.full_name or "")


def to_incoming(update: Update, bot_id: int, bot_username: str, bot) -> Incoming | None:
    """Translate one update; None for updates the core does not care about."""
    now = time.time()
    if update.callback_query:
        q = update.callback_query
        if q.message is None:
            return None
        ref = SentRef(f"tg:{q.message.chat.id}", str(q.message.message_id))
        return Incoming("telegram", _user(q.from_user), _chat(q.message.chat),
                        callback=Callback(q.id, q.data or "", ref), received_at=now)
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return None
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or ()
    msg = Incoming("telegram", _user(message.from_user), _chat(message.chat), text=text,
                   message_id=str(message.message_id), received_at=now)
    try:   # the member's own formatting (bold, links), as HTML, for broadcast texts
        msg.html = message.text_html if message.text else (message.caption_html if message.caption else None)
    except Exception:
        msg.html = None
    username = (bot_username or "").lower()

    for entity in entities:
        if entity.type == MessageEntityType.BOT_COMMAND and entity.offset == 0:
            token = text[1:entity.length] if text.startswith("/") else ""
            name, _, target = token.partition("@")
            if target and target.lower() != username:
                return None            # a command for another bot in the group
            msg.command = name.lower()
            msg.args = text[entity.length:].strip()
            msg.mentioned = bool(target)
        elif entity.type == MessageEntityType.MENTION:
            if message.parse_entity(entity).lstrip("@").lower() == username:
                msg.mentioned = True
        elif entity.type == MessageEntityType.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            msg.mentioned = True
    if msg.mentioned and not msg.command and username:
        msg.text = _strip_mention(text, username)

    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id:
        msg.reply_to_bot = True
        msg.reply_to_message_id = str(reply.message_id)

    if message.contact is not None:
        # Only a contact that is the sender's own verifies them.
        if message.contact.user_id == message.from_user.id:
            msg.contact_phone = message.contact.phone_number
        else:
            msg.contact_phone = ""
    if message.document is not None:
        doc = message.document

        async def fetch(file_id=doc.file_id) -> bytes:
            file = await bot.get_file(file_id)
            return bytes(await file.download_as_bytearray())

        msg.attachment = Attachment(doc.file_name or "document", doc.file_size, doc.mime_type, fetch)
    origin = getattr(message, "forward_origin", None)
    if origin is not None and getattr(origin, "chat", None) is not None and origin.chat.type == "channel":
        msg.forwarded_from_chat = _chat(origin.chat)
    return msg


def _strip_mention(text: str, username: str) -> str:
    import re

    return re.sub(rf"@{re.escape(username)}\b", "", text, flags=re.IGNORECASE).strip()


# ----- running -----

def webhook_secret(token: str, configured: str | None = None) -> str:
    """The configured secret (TELEGRAM_WEBHOOK_SECRET), or one derived from the bot token."""
    import hashlib

    return configured or hashlib.sha256(f"webhook:{token}".encode()).hexdigest()[:48]


def build_application(token: str, *, base_url: str | None = None, base_file_url: str | None = None,
                      read_timeout: float = 40.0) -> Application:
    # Sends go through a client that reports when a request was written (the outbox's
    # crash journal); long polling uses its own client with a longer read timeout.
    builder = ApplicationBuilder().token(token).concurrent_updates(64).request(tracing_request(read_timeout=20.0))
    if base_url:
        builder = builder.base_url(base_url)
    if base_file_url:
        builder = builder.base_file_url(base_file_url)
    builder = builder.get_updates_request(HTTPXRequest(connection_pool_size=2, read_timeout=read_timeout))
    return builder.build()


def install_handlers(app: Application, assistant) -> TelegramTransport:
    transport = TelegramTransport(app.bot, attempts=max(1, assistant.settings.telegram.connect_retries + 1))
    assistant.attach_transport(transport)

    async def on_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        bot = context.bot
        msg = to_incoming(update, bot.id, bot.username, bot)
        if msg is not None:
            await assistant.handle(msg, transport)

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("error while handling update %s", getattr(update, "update_id", update), exc_info=context.error)

    app.add_handler(CallbackQueryHandler(on_update))
    app.add_handler(MessageHandler(filters.ALL & ~filters.UpdateType.EDITED, on_update))
    app.add_error_handler(on_error)
    return transport


async def register_menu(app: Application, assistant) -> None:
    """The command menu, in Chinese by default and English for English clients."""
    try:
        await app.bot.set_my_commands([BotCommand(c, d) for c, d in assistant.menu("zh")])
        await app.bot.set_my_commands([BotCommand(c, d) for c, d in assistant.menu("en")], language_code="en")
    except TelegramError:
        log.warning("could not register the command menu", exc_info=True)


async def run_telegram(assistant, *, stop: asyncio.Event | None = None, token: str | None = None,
                       base_url: str | None = None, base_file_url: str | None = None) -> None:
    """Run until ``stop`` is set (or forever): long polling, or a webhook by config."""
    settings = assistant.settings
    token = token or settings.telegram_token
    if not token:
        from kb.errors import ConfigError

        raise ConfigError("Set TELEGRAM_BOT_TOKEN to run the Telegram transport.")
    base_url = base_url or settings.telegram_api_base_url
    base_file_url = base_file_url or settings.telegram_file_base_url
    if base_url and not base_file_url:
        # A self-hosted Bot API server serves files under /file/bot<token>/.
        base_file_url = base_url.rstrip("/").removesuffix("/bot") + "/file/bot"
    app = build_application(token, base_url=base_url, base_file_url=base_file_url,
                            read_timeout=settings.telegram.poll_timeout + 10)
    install_handlers(app, assistant)
    stop = stop or asyncio.Event()
    async with app:
        await register_menu(app, assistant)
        await app.start()
        tg = settings.telegram
        if tg.mode == "webhook":
            # Telegram posts to webhook_url (HTTPS, usually a proxy in front of this
            # process); we listen on the same path, and accept only requests carrying
            # the secret token given to Telegram with setWebhook.
            await app.updater.start_webhook(
                listen=tg.webhook_listen, port=tg.webhook_port,
                url_path=urlparse(tg.webhook_url).path.lstrip("/"), webhook_url=tg.webhook_url,
                secret_token=webhook_secret(token, settings.telegram_webhook_secret), allowed_updates=Update.ALL_TYPES)
        else:
            await app.updater.start_polling(poll_interval=0.0, timeout=tg.poll_timeout,
                                            allowed_updates=Update.ALL_TYPES)
        log.info("Telegram bot @%s running (%s)", app.bot.username, tg.mode)
        try:
            await stop.wait()
        finally:
            await app.updater.stop()
            await app.stop()
