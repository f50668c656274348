"""Checks on the chat side's settings that the typed loader cannot make, run when the config is loaded.

:func:`bot.settings.load_bot_settings` builds the ``bot:`` section with the strict loader (an
unknown key or a wrong type fails with the key's name) and then calls :func:`check_bot_settings`:
values out of range, names that are not choices, and the sections that features type themselves
(``bot.reports``, ``duty``) fail here, before the knowledge base opens or any transport starts,
each with the key, what was expected and what was found. :func:`check_credentials` does the same
for the secrets the chosen transports need, before anything starts.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.errors import ConfigError

if TYPE_CHECKING:
    from bot.settings import BotSettings

_MATRIX_USER = re.compile(r"@[^:\s]+:\S+")


def _at_least(value, low, key: str, meaning: str = "") -> None:
    if value < low:
        raise ConfigError(f"{key} must be {low} or more{meaning}, got {value!r}.")


def check_bot_settings(settings: "BotSettings", config=None) -> None:
    """Raise :class:`~app.errors.ConfigError` for the first value the bot cannot run with."""
    from bot.kernel.transports import known_networks

    known = known_networks()
    for name in settings.transports:
        if known.network(name) is None:
            raise ConfigError(f"bot.transports lists {name!r}, which is not a transport; choose from "
                              f"{', '.join(info.name for info in known.networks.values())}.")
    if settings.access not in ("members", "open"):
        raise ConfigError(f"bot.access must be 'members' or 'open', got {settings.access!r}.")
    for key in ("questions_per_minute", "messages_per_minute", "stranger_messages_per_minute",
                "staff_messages_per_minute"):
        _at_least(getattr(settings, key), 0, f"bot.{key}", " (0 = no limit)")
    _at_least(settings.max_question_chars, 1, "bot.max_question_chars")
    _at_least(settings.worker_threads, 1, "bot.worker_threads")
    _at_least(settings.invite_ttl_hours, 1, "bot.invite_ttl_hours")

    tg = settings.telegram
    if tg.mode not in ("polling", "webhook"):
        raise ConfigError(f"bot.telegram.mode must be 'polling' or 'webhook', got {tg.mode!r}.")
    if tg.mode == "webhook" and not tg.webhook_url.startswith("https://"):
        raise ConfigError("bot.telegram.mode is webhook, so bot.telegram.webhook_url must be the public "
                          f"https:// URL Telegram posts to, got {tg.webhook_url!r}.")
    if not 0 < tg.webhook_port < 65536:
        raise ConfigError(f"bot.telegram.webhook_port must be 1-65535, got {tg.webhook_port}.")
    _at_least(tg.poll_timeout, 0, "bot.telegram.poll_timeout")
    _at_least(tg.connect_retries, 0, "bot.telegram.connect_retries")

    mx = settings.matrix
    if mx.homeserver and not mx.homeserver.strip().startswith(("http://", "https://")):
        raise ConfigError(f"bot.matrix.homeserver must be an http(s) URL (e.g. https://matrix.example.org), "
                          f"got {mx.homeserver!r}.")
    if mx.user_id and not _MATRIX_USER.fullmatch(mx.user_id):
        raise ConfigError(f"bot.matrix.user_id must be a full Matrix id like @assistant:example.org, "
                          f"got {mx.user_id!r}.")
    _at_least(mx.sync_timeout, 0, "bot.matrix.sync_timeout")
    _at_least(mx.catch_up_seconds, 0, "bot.matrix.catch_up_seconds")
    _at_least(mx.send_retries, 0, "bot.matrix.send_retries")

    bc = settings.broadcast
    if bc.per_second <= 0:
        raise ConfigError(f"bot.broadcast.per_second must be more than 0, got {bc.per_second!r}.")
    _at_least(bc.per_group_per_minute, 0, "bot.broadcast.per_group_per_minute", " (0 = no limit)")
    _at_least(bc.max_attempts, 1, "bot.broadcast.max_attempts")
    _at_least(bc.concurrency, 1, "bot.broadcast.concurrency")
    if bc.unconfirmed not in ("report", "resend"):
        raise ConfigError(f"bot.broadcast.unconfirmed must be 'report' or 'resend', got {bc.unconfirmed!r}.")

    if settings.conversation.ttl_seconds < 0:
        raise ConfigError("bot.conversation.ttl_seconds must be 0 or more (0 = no follow-ups).")
    _at_least(settings.conversation.agreement_confidence, 0.0, "bot.conversation.agreement_confidence",
              " (a confidence; above 1: never)")
    if settings.conversation.reading_by not in ("confidence", "verdict"):
        raise ConfigError("bot.conversation.reading_by must be 'confidence' or 'verdict', "
                          f"got {settings.conversation.reading_by!r}.")

    from bot.web.settings import check_web_settings
    from bot.features.reports.settings import reports_settings

    check_web_settings(settings.web)        # enabled without WEB_SECRET fails here
    reports_settings(settings.reports)      # typed by the reports feature, checked now rather than at install
    if config is not None:
        from bot.features.duty.rules import rules_of

        rules_of(config)                    # the duty: section (point rules, grades), parsed once and cached


def check_credentials(settings: "BotSettings", transports: list[str]) -> None:
    """The secrets (environment only) and settings each chosen transport needs, before any starts."""
    if "telegram" in transports and not settings.telegram_token:
        raise ConfigError("The Telegram transport needs the bot's token in the environment: set "
                          "TELEGRAM_BOT_TOKEN (from @BotFather), or start another transport.")
    if "matrix" in transports:
        if not settings.matrix.homeserver.strip():
            raise ConfigError("The Matrix transport needs bot.matrix.homeserver (e.g. https://matrix.example.org) "
                              "in config.yaml.")
        if not settings.matrix_access_token and not settings.matrix_password:
            raise ConfigError("The Matrix transport needs MATRIX_ACCESS_TOKEN (or MATRIX_PASSWORD with "
                              "bot.matrix.user_id) in the environment.")
        if not settings.matrix_access_token and not settings.matrix.user_id:
            raise ConfigError("Logging in with MATRIX_PASSWORD needs bot.matrix.user_id "
                              "(e.g. @assistant:example.org) in config.yaml.")


__all__ = ["check_bot_settings", "check_credentials"]
