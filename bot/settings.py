"""Typed settings of the chat side: the ``bot:`` section of config.yaml plus secrets from env.

Loaded with the same strict loader as the knowledge-base config: an unknown
key or a wrong type fails when the config is loaded, with its name; values out of
range fail right after (bot/settings_check.py).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from app.config import build_section
from kb.config import Config

from bot.web.settings import WebSettings


@dataclass
class TelegramSettings:
    mode: str = "polling"            # "polling" | "webhook"
    webhook_url: str = ""            # public HTTPS URL Telegram posts to (webhook mode); its path is served
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    poll_timeout: int = 30           # long-polling timeout in seconds
    connect_retries: int = 3         # retries of a send after 5xx or a timeout


@dataclass
class MatrixSettings:
    homeserver: str = ""             # e.g. https://matrix.example.org
    user_id: str = ""                # e.g. @assistant:example.org
    device_name: str = "committee-assistant"
    allowed_invite_domains: list[str] = field(default_factory=list)  # homeserver domains allowed to invite the bot
    invite_from_roster: bool = True  # roster members may invite the bot too
    display_name: str = ""
    device_id: str = ""              # device of a MATRIX_PASSWORD login (stable: sends stay idempotent); "" = COMMITTEEASSISTANT
    sync_timeout: int = 30           # /sync long-polling timeout in seconds
    catch_up_seconds: int = 60       # at start, messages up to this much older than the start are still answered
    send_retries: int = 3            # retries of a send after 5xx or a timeout (429s wait the server's delay)
    encryption: bool = False         # end-to-end encrypted rooms (python-olm; keys in <data_dir>/matrix-crypto.db)


@dataclass
class BroadcastSettings:
    per_second: float = 25.0         # overall messages per second (Telegram allows about 30)
    per_group_per_minute: int = 20   # per group or channel
    max_attempts: int = 5            # retries of a 5xx / timeout before giving up on a recipient
    concurrency: int = 4             # sends in flight at once (needed to reach per_second over a slow link)
    unconfirmed: str = "report"      # a send whose answer was lost: "report" it (no 2nd copy) or "resend"


@dataclass
class ConversationSettings:
    ttl_seconds: int = 300           # a follow-up within this many seconds is read with the previous question
    # A short message after a question is read a few ways (bot.features.conversation.readings);
    # another reading replaces the rule's rewrite when its search is surer by more than this
    # margin (1.0: never on confidence alone; with "verdict": only when the default is not
    # answered and another reading is) ...
    reading_margin: float = 0.5
    # ... and replaces the message as typed (the rule read no follow-up into it) by more than this.
    reading_margin_typed: float = 0.5
    # ... and the message as typed, offered after a long message the rule merged, replaces the rule's
    # reading by more than this.
    reading_margin_as_typed: float = 0.0
    reading_by: str = "confidence"      # "verdict" (answer > pointer > abstain, then confidence) | "confidence"
    # No reading answered, but all put the same passage first: the surest is served when its
    # confidence reaches this (above 1: never).
    agreement_confidence: float = 1.01
    # Offer the surest other reading answered from another article as a button under the answer
    # ("🔄 换个理解"); every reading is then searched (choice.resolve's ``offer``).
    offer_other_reading: bool = True
    # Example questions offered after a greeting (Chinese; English for English speakers).
    examples: list[str] = field(default_factory=lambda: ["提案最晚什么时候交", "社情民意信息一篇写多少字",
                                                         "全会去不了怎么请假"])
    examples_en: list[str] = field(default_factory=lambda: ["How do I submit a proposal?",
                                                            "How long can a public opinion report be?",
                                                            "How do I ask for leave from the plenary session?"])


@dataclass
class BotSettings:
    transports: list[str] = field(default_factory=lambda: ["telegram"])  # started by `python -m bot` when a token is set
    access: str = "members"          # "members": only verified roster members may ask; "open": anyone
    questions_per_minute: int = 10   # per user; excess gets a polite note
    messages_per_minute: int = 30    # everything a member sends (questions, commands, buttons); then silence
    stranger_messages_per_minute: int = 5   # someone not on the roster; then silence
    staff_messages_per_minute: int = 600    # staff, admins, the console: a safety cap only
    max_question_chars: int = 500
    worker_threads: int = 2          # threads answering questions (embedding is CPU-bound)
    invite_ttl_hours: int = 72       # lifetime of /invite links
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    matrix: MatrixSettings = field(default_factory=MatrixSettings)
    broadcast: BroadcastSettings = field(default_factory=BroadcastSettings)
    conversation: ConversationSettings = field(default_factory=ConversationSettings)
    web: WebSettings = field(default_factory=WebSettings)
    reports: dict = field(default_factory=dict)   # 社情民意 filing, typed and checked by bot/features/reports/settings.py

    # Secrets: environment only.
    @property
    def telegram_token(self) -> str | None:
        return os.environ.get("TELEGRAM_BOT_TOKEN") or None

    @property
    def telegram_webhook_secret(self) -> str | None:
        return os.environ.get("TELEGRAM_WEBHOOK_SECRET") or None

    @property
    def telegram_api_base_url(self) -> str | None:
        return os.environ.get("TELEGRAM_API_BASE_URL") or None

    @property
    def telegram_file_base_url(self) -> str | None:
        return os.environ.get("TELEGRAM_FILE_BASE_URL") or None

    @property
    def matrix_access_token(self) -> str | None:
        return os.environ.get("MATRIX_ACCESS_TOKEN") or None

    @property
    def matrix_password(self) -> str | None:
        return os.environ.get("MATRIX_PASSWORD") or None


def load_bot_settings(config: Config) -> BotSettings:
    """The ``bot:`` section, typed and checked: an unknown key, a wrong type or a value the bot cannot
    run with raises :class:`~app.errors.ConfigError` naming the key (bot/settings_check.py), before
    the knowledge base opens or any transport starts."""
    from bot.settings_check import check_bot_settings

    settings = build_section(BotSettings, config.bot or {}, "bot")
    check_bot_settings(settings, config)
    return settings
