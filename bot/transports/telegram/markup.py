"""Core values <-> Telegram's: chat and user ids, chats, users, and buttons as reply markup."""
from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove

from bot.kernel.delivery import PermanentFailure
from bot.kernel.messages import Chat, OutMessage, User
from bot.transports.telegram.info import TELEGRAM


def tg_chat_id(chat_id: str) -> int | str:
    """The Bot API's chat id of a core chat id: a number, or ``@channelname``."""
    if not TELEGRAM.owns(chat_id):
        raise PermanentFailure("unsupported", f"{chat_id} is not a Telegram chat")
    raw = TELEGRAM.raw(chat_id)
    return raw if raw.startswith("@") else int(raw)


def to_user(tg_user) -> User:
    return User(id=TELEGRAM.qualify(str(tg_user.id)), display_name=tg_user.full_name, username=tg_user.username,
                language=tg_user.language_code)


def to_chat(tg_chat, title: str = "") -> Chat:
    kind = {"private": "private", "channel": "channel"}.get(tg_chat.type, "group")
    return Chat(id=TELEGRAM.qualify(str(tg_chat.id)), kind=kind, title=tg_chat.title or tg_chat.full_name or title)


def reply_markup(message: OutMessage):
    """Inline buttons (callback data or links); a reply keyboard when a button asks for the contact."""
    if message.remove_keyboard:
        return ReplyKeyboardRemove()
    if not message.buttons:
        return None
    if any(b.request_contact for row in message.buttons for b in row):
        return ReplyKeyboardMarkup(
            [[KeyboardButton(b.label, request_contact=b.request_contact) for b in row] for row in message.buttons],
            resize_keyboard=True, one_time_keyboard=True,
        )
    rows = [[InlineKeyboardButton(b.label, url=b.url) if b.url else InlineKeyboardButton(b.label, callback_data=b.data)
             for b in row if b.url or b.data] for row in message.buttons]
    rows = [r for r in rows if r]      # a button with neither data nor link cannot be inline
    return InlineKeyboardMarkup(rows) if rows else None
