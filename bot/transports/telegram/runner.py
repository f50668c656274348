"""Running the Telegram bot: the python-telegram-bot Application, long polling or a webhook.

Updates go through :func:`bot.transports.telegram.updates.to_incoming` to the
assistant; replies go out through the one :class:`TelegramTransport`.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from urllib.parse import urlparse

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler, ContextTypes, MessageHandler, filters
from telegram.request import HTTPXRequest

from bot.transports.telegram.http import tracing_request
from bot.transports.telegram.transport import TelegramTransport
from bot.transports.telegram.updates import to_incoming

log = logging.getLogger("bot.telegram")


def webhook_secret(token: str, configured: str | None = None) -> str:
    """The configured secret (TELEGRAM_WEBHOOK_SECRET), or one derived from the bot token."""
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


__all__ = ["run_telegram", "build_application", "install_handlers", "register_menu", "webhook_secret"]
