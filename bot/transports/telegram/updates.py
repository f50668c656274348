"""Telegram updates -> core :class:`~bot.kernel.messages.Incoming` messages.

Commands are read from the ``bot_command`` entity at offset 0 (as Telegram
marks them), mentions from ``mention`` / ``text_mention`` entities.
"""
from __future__ import annotations

import re
import time

from telegram import Update
from telegram.constants import MessageEntityType

from bot.kernel.messages import Attachment, Callback, Incoming, SentRef
from bot.transports.telegram.info import TELEGRAM
from bot.transports.telegram.markup import to_chat, to_user


def to_incoming(update: Update, bot_id: int, bot_username: str, bot) -> Incoming | None:
    """Translate one update; None for updates the core does not care about."""
    now = time.time()
    if update.callback_query:
        q = update.callback_query
        if q.message is None:
            return None
        ref = SentRef(TELEGRAM.qualify(str(q.message.chat.id)), str(q.message.message_id))
        return Incoming(TELEGRAM.name, to_user(q.from_user), to_chat(q.message.chat),
                        callback=Callback(q.id, q.data or "", ref), received_at=now)
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return None
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities or ()
    msg = Incoming(TELEGRAM.name, to_user(message.from_user), to_chat(message.chat), text=text,
                   message_id=str(message.message_id), received_at=now)
    try:   # the member's own formatting (bold, links), as HTML, for broadcast texts
        msg.html = message.text_html if message.text else (message.caption_html if message.caption else None)
    except Exception:
        msg.html = None
    username = (bot_username or "").lower()

    for entity in entities:
        if entity.type == MessageEntityType.BOT_COMMAND and entity.offset == 0:
            token = text[1:entity.length] if text.startswith(TELEGRAM.command_prefix) else ""
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
        msg.text = strip_mention(text, username)

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
    elif message.photo:
        # Telegram sends a photo as several sizes without a name; the largest is the one taken.
        # Its announced size lets a dialog refuse it before downloading, as for documents.
        best = max(message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))

        async def fetch(file_id=best.file_id) -> bytes:
            file = await bot.get_file(file_id)
            return bytes(await file.download_as_bytearray())

        msg.attachment = Attachment(f"photo_{message.message_id}.jpg", best.file_size, "image/jpeg", fetch,
                                    photo=True)
    origin = message.forward_origin
    if origin is not None and getattr(origin, "chat", None) is not None and origin.chat.type == "channel":
        msg.forwarded_from_chat = to_chat(origin.chat)
    return msg


def strip_mention(text: str, username: str) -> str:
    return re.sub(rf"@{re.escape(username)}\b", "", text, flags=re.IGNORECASE).strip()
