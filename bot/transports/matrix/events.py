"""Timeline events -> the core's :class:`~bot.kernel.messages.Incoming`.

Messages, files (``m.file``, and ``m.image`` as a photo: ``fetch()`` downloads the ``mxc://`` URL; in an
encrypted room it downloads ``file.url`` and decrypts it, :mod:`bot.transports.matrix.attachments`), reactions and
numbered replies (button presses: see :mod:`bot.transports.matrix.formatting`),
mentions and ``!commands`` (:mod:`bot.transports.matrix.mentions`). Edits and
``m.notice`` events (other bots) are ignored.
"""
from __future__ import annotations

import asyncio
import time
import unicodedata

from mautrix.api import Method, Path

from bot.kernel.delivery import DeliveryError
from bot.kernel.messages import Attachment, AttachmentDamaged, Callback, Chat, Incoming, SentRef, User
from bot.transports.matrix.attachments import decrypt_file, encrypted_url
from bot.transports.matrix.formatting import HTML_FORMAT, ButtonMap, strip_reply_fallback
from bot.transports.matrix.info import MATRIX
from bot.transports.matrix.mentions import COMMAND, NUMBER, REPLY_FALLBACK, localpart
from bot.transports.matrix.rooms import RoomInfo


class EventsMixin:
    """Part of :class:`bot.transports.matrix.transport.MatrixTransport`: events in."""

    def _user(self, room_id: str, user_id: str) -> User:
        name = localpart(user_id)
        return User(id=MATRIX.qualify(user_id), display_name=self._names.get((room_id, user_id)) or name,
                    username=name)

    async def _is_own(self, room_id: str, event_id: str) -> bool:
        if event_id in self._own:
            return self._own[event_id]
        if self.buttons_of(event_id) is not None:
            return True
        try:
            ev = await self._request(Method.GET, Path.v3.rooms[room_id].event[event_id], attempts=2,
                                     what="get event", gated=False)
            own = ev.get("sender") == self.user_id
        except DeliveryError:
            own = False
        self._remember(self._own, event_id, own)
        return own

    def _numbered_choice(self, room_id: str) -> tuple[str, ButtonMap] | None:
        """The bot's latest message in the room, when it offers numbered choices (a bare "2" picks one).
        A later message without them (e.g. "send the time") makes numbers plain text again."""
        event_id = self._last_sent.get(room_id)
        bmap = self.buttons_of(event_id) if event_id else None
        return (event_id, bmap) if bmap is not None and bmap.numbered else None

    async def to_incoming(self, room_id: str, ev: dict) -> Incoming | None:
        """One timeline event as the core's Incoming; None for what the core does not care about."""
        etype = ev.get("type")
        sender = ev.get("sender", "")
        content = ev.get("content") or {}
        event_id = ev.get("event_id")
        kind = await self._room_kind(room_id)
        info = self._rooms.setdefault(room_id, RoomInfo())
        user = self._user(room_id, sender)
        title = info.title or (user.display_name if kind == "private" else "")
        chat = Chat(MATRIX.qualify(room_id), kind, title)
        msg = Incoming(MATRIX.name, user, chat, message_id=event_id, received_at=time.time())

        if etype == "m.reaction":
            rel = content.get("m.relates_to") or {}
            target = rel.get("event_id")
            if rel.get("rel_type") != "m.annotation" or not target:
                return None
            bmap = self.buttons_of(target)
            data = bmap.data_for_key(rel.get("key", "")) if bmap else None
            if data is None:
                return None
            msg.message_id = None
            msg.callback = Callback(event_id, data, SentRef(MATRIX.qualify(room_id), target))
            return msg

        if etype != "m.room.message":
            return None
        msgtype = content.get("msgtype")
        rel = content.get("m.relates_to") or {}
        if rel.get("rel_type") == "m.replace" or "m.new_content" in content:
            return None                                   # an edit: the question was handled already
        if msgtype == "m.notice":
            return None                                   # other bots' output (the Matrix convention)
        if kind == "private":
            row = self.store.room(room_id)
            if row is None or not row["dm_user"]:
                if self.store.dm_room_of(sender) is None:
                    self.store.upsert_room(room_id, dm_user=sender, joined_at=(row or {}).get("joined_at") or time.time())
        self._remember(self._senders, event_id, sender)
        reply_to = (rel.get("m.in_reply_to") or {}).get("event_id")
        if rel.get("rel_type") == "m.thread" and rel.get("event_id"):
            self._remember(self._threads, event_id, rel["event_id"])
            if rel.get("is_falling_back"):
                reply_to = None
        if reply_to and await self._is_own(room_id, reply_to):
            msg.reply_to_bot = True
            msg.reply_to_message_id = reply_to

        if msgtype in ("m.file", "m.image"):
            url = content.get("url")
            file_info = content.get("info") or {}
            photo = msgtype == "m.image"
            name = content.get("filename") or content.get("body") or (
                f"photo_{event_id.lstrip('$')[:12]}.jpg" if photo else "document")
            if photo and content.get("filename") and content.get("body") not in (None, "", content["filename"]):
                msg.text = content["body"]       # a caption (Matrix v1.10: body differs from filename)

            encrypted = None if url else content.get("file")      # an EncryptedFile (encrypted rooms)

            async def fetch(url=url, encrypted=encrypted) -> bytes:
                if url:
                    return await self._call(lambda: self.client.download_media(url), attempts=3,
                                            what="download", gated=False)
                if not isinstance(encrypted, dict):
                    raise AttachmentDamaged("the file event has neither a url nor an encrypted file: the "
                                            "sender's client sent an incomplete event; send it again")
                source = encrypted_url(encrypted)
                ciphertext = await self._call(lambda: self.client.download_media(source), attempts=3,
                                              what="download", gated=False)
                # Checked whole, then decrypted (all of it or an error); off the loop, files run to megabytes.
                return await asyncio.to_thread(decrypt_file, ciphertext, encrypted)

            size = file_info.get("size")
            msg.attachment = Attachment(name, size if isinstance(size, int) else None,
                                        file_info.get("mimetype") or ("image/jpeg" if photo else None), fetch,
                                        photo=photo)
            return msg
        if msgtype not in ("m.text", "m.emote"):
            return None

        body = content.get("body") or ""
        if reply_to:
            body = strip_reply_fallback(body)
        formatted = content.get("formatted_body") or "" if content.get("format") == HTML_FORMAT else ""
        formatted = REPLY_FALLBACK.sub("", formatted)
        msg.mentioned = self.mentions.mentioned(content, body, formatted)
        text = (self.mentions.strip(body) if msg.mentioned else body).strip()
        command = COMMAND.match(text)
        if command:
            msg.command = command.group(1).lower()
            msg.args = text[command.end():].strip()
        msg.text = text

        number = NUMBER.fullmatch(unicodedata.normalize("NFKC", text)) if not command else None
        if number:
            target = None
            if reply_to:
                bmap = self.buttons_of(reply_to)
                target = (reply_to, bmap) if bmap else None
            elif kind == "private":
                target = self._numbered_choice(room_id)
            if target is not None:
                data = target[1].data_for_number(int(number.group(1)))
                if data is not None:
                    msg.callback = Callback(event_id, data, SentRef(MATRIX.qualify(room_id), target[0]))
                    msg.text = ""
        return msg
