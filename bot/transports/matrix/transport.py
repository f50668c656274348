"""Matrix transport: a homeserver's /sync in, core messages out, through mautrix's client API.

``python -m bot --transport matrix`` logs in as ``bot.matrix.user_id`` on
``bot.matrix.homeserver`` (``MATRIX_ACCESS_TOKEN``, or ``MATRIX_PASSWORD``
with a stable device id) and long-polls ``/sync`` itself (mautrix's
``ClientAPI`` for the requests, no syncer or state store).

The package, one concern a module: ``info`` (what the network declares), ``api``
(HTTP and errors), ``requests`` (flood gate, retries, transaction ids), ``store``
(its own tables), ``formatting`` (HTML, buttons as reactions and numbers),
``mentions`` (addressing, ``!commands``), ``rooms`` (direct chats, invites),
``events`` (events -> Incoming), ``sync`` (the /sync loop), ``crypto`` (E2EE),
``attachments`` (encrypted files),
``runner`` (login, run); this module is the Transport protocol itself.

The Matrix way of the Telegram features:

* **Rooms.** A room with at most two members (joined or invited: the bot and
  one person) is a private chat: every message is a question. In bigger rooms
  the bot answers only when addressed: a mention pill (``m.mentions`` or a
  ``matrix.to`` link to the bot in ``formatted_body``), its display name or
  localpart in the body, a reply (``m.in_reply_to``) to one of its messages,
  or ``!ask``. Commands start with ``!`` (``!help``, ``!docs``,
  ``!start CODE``); ``/help`` in the core's texts is shown as ``!help``.
* **Invites.** The bot joins when the inviter's homeserver is in
  ``bot.matrix.allowed_invite_domains`` or (``invite_from_roster``) the
  inviter is in the roster (``members.matrix_id``); other invites are
  rejected. After joining a direct chat it greets like ``/start``.
* **Replies** are ``m.notice`` events (``OutMessage.notice``) with an HTML
  ``formatted_body`` and a plain ``body``, sent as replies to the question.
* **Buttons** do not exist in Matrix. Each button with a callback becomes a
  reaction key (the emoji its label starts with: 👍 👎 📄 ✅ ❌ 🗑 ◀ ▶) and a
  number; the message ends with a line naming them (numbers are shown unless
  the choices are just 👍 👎 📄). Reacting with the emoji, or replying to the
  message with the number, presses the button: ``Incoming.callback`` with
  that button's data. In a private chat a bare number works too while that
  message is the bot's latest there (so a later "send the time" prompt gets
  the number as text). ``✖`` labels are shown and accepted as ``❌`` (the
  emoji in every picker); keycap digits (``1️⃣``) work as numbers. The
  document confirm flow thus reads "↳ 用表情回应或回复数字：1 ✅ 替换 · 2 ❌ 取消".
* **Edits** are ``m.replace`` events; reactions and numbers keep working on
  the original event (its buttons are updated by the edit).
* **Files** (``m.file``, ``m.image``) become ``Incoming.attachment``; ``fetch()``
  downloads the ``mxc://`` URL. Encrypted rooms need ``bot.matrix.encryption``
  (bot/transports/matrix/crypto.py); without it the bot says once per room
  that it cannot read them. With it, encrypted attachments (``file`` instead
  of ``url``) are downloaded and decrypted, and documents the bot sends there
  are encrypted before upload (bot/transports/matrix/attachments.py).
* **Delivery.** Sends use a transaction id (the outbox's idempotency key when
  there is one, so a retried broadcast is never delivered twice). ``429
  M_LIMIT_EXCEEDED`` is retried after the server's ``retry_after_ms`` (all
  sends wait behind one gate, so concurrent answers do not hammer the
  server); with ``attempts=1`` (the outbox) it is raised as ``RetryLater``.
  ``M_FORBIDDEN`` → ``PermanentFailure('forbidden' | 'not_in_room')``,
  unknown room/user → ``'chat_not_found'``, 5xx and timeouts →
  ``TemporaryFailure``. ``mx:@user:server`` targets (broadcasts to members)
  go to the direct room with that person, created when there is none.
* **Restarts** do not answer old messages: the ``next_batch`` token is kept
  in SQLite (``matrix_state``); on the very first start the timeline of the
  initial sync is skipped, and events older than the process start minus
  ``bot.matrix.catch_up_seconds`` are always ignored.
"""
from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import logging
import time
from collections import OrderedDict

from mautrix.api import HTTPAPI, Method, Path
from mautrix.client.api import ClientAPI

from bot.kernel import delivery
from bot.kernel.delivery import DeliveryError
from bot.kernel.messages import Callback, OutMessage, SentRef, to_plain
from bot.kernel.textsplit import fit_html, trim_html
from bot.transports.matrix.api import MatrixAPI, translate_error
from bot.transports.matrix.attachments import encrypt_file
from bot.transports.matrix.events import EventsMixin
from bot.transports.matrix.formatting import (HTML_FORMAT, ButtonMap, guess_mime, reaction_key, render_buttons,
                                              to_matrix_html)
from bot.transports.matrix.info import MATRIX
from bot.transports.matrix.mentions import Bang, Mentions, localpart
from bot.transports.matrix.requests import RequestsMixin
from bot.transports.matrix.rooms import RoomInfo, RoomsMixin
from bot.transports.matrix.store import MatrixStore
from bot.transports.matrix.sync import SyncMixin

log = logging.getLogger("bot.matrix")
# Visible characters per message: an event is at most 64 KB, and a Chinese character takes
# 3 bytes in both ``body`` and ``formatted_body``.
MESSAGE_LIMIT = 8000
BUTTONS_KEPT_DAYS = 30       # reactions to older messages are ignored


class MatrixTransport(RequestsMixin, RoomsMixin, EventsMixin, SyncMixin):
    """The Transport protocol over a Matrix account, plus the /sync loop that feeds the core."""

    name = MATRIX.name
    info = MATRIX               # reports no writes: sends are idempotent (txn ids) instead
    bot_username = None         # no deep links on Matrix

    def __init__(self, assistant, client: ClientAPI, *, user_id: str, attempts: int = 4,
                 sync_timeout: float = 30.0, catch_up_seconds: float = 60.0, display_name: str = ""):
        self.assistant = assistant
        self.client = client
        self.api: HTTPAPI = client.api
        self.db = assistant.db
        self.settings = assistant.settings.matrix
        self.user_id = user_id
        self.localpart = localpart(user_id)
        self.domain = user_id.split(":", 1)[1] if ":" in user_id else ""
        self.attempts = max(1, attempts)
        self.sync_timeout = sync_timeout
        self.started_at = time.time()
        self.cutoff = self.started_at - max(0.0, catch_up_seconds)
        self.stats: dict[str, int] = {"sent": 0, "rate_limited": 0, "typing": 0, "edits": 0, "ignored_old": 0,
                                      "invites_accepted": 0, "invites_rejected": 0}
        self.closed = False
        self.ready = asyncio.Event()            # set once the first /sync has been processed
        self._not_before = 0.0                  # loop time before which no rate-limited request is made
        self._rooms: dict[str, RoomInfo] = {}
        self._names: dict[tuple[str, str], str] = {}
        self._own: OrderedDict[str, bool] = OrderedDict()        # event id -> sent by the bot?
        self._senders: OrderedDict[str, str] = OrderedDict()     # incoming event id -> sender
        self._threads: OrderedDict[str, str] = OrderedDict()     # incoming event id -> thread root
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._buttons: OrderedDict[str, ButtonMap] = OrderedDict()
        self._typing: set[str] = set()
        self._last_sent: dict[str, str] = {}    # room id -> the bot's latest message there (bare numbers)
        self._locks: dict[tuple[str, str], asyncio.Lock] = {}
        self._dm_locks: dict[str, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task] = set()
        self._uploads: dict[str, str] = {}      # sha256 -> mxc (broadcast documents, uploaded once)
        self._encrypted_uploads: OrderedDict[tuple[str, str], dict] = OrderedDict()   # (sha256, room) -> file
        self._aliases: dict[str, str] = {}
        self._txn_salt: str | None = None
        self.crypto = None                      # [E2EE hook] MatrixCrypto when bot.matrix.encryption (connect())
        self.store = MatrixStore(self.db)       # its own tables (sync token, rooms, button maps)
        self.mentions = Mentions(user_id, display_name)
        self.bang = Bang(assistant.commands)

    @property
    def display_name(self) -> str:
        return self.mentions.display_name

    def set_display_name(self, name: str) -> None:
        self.mentions.set_display_name(name)

    def render(self, message: OutMessage) -> tuple[dict, ButtonMap | None]:
        """The content of an ``m.room.message`` for ``message`` and its button map."""
        formatted = to_matrix_html(self.bang(message.html))
        plain = self.bang(to_plain(message.html))
        bmap = None
        if message.buttons:
            hint_html, hint_plain, bmap = render_buttons(message.buttons)
            if hint_html:
                formatted += ("" if formatted.endswith("</blockquote>") else "<br><br>") + hint_html
                plain = plain + "\n\n" + hint_plain
        content = {"msgtype": "m.notice" if message.notice else "m.text", "body": plain,
                   "format": HTML_FORMAT, "formatted_body": formatted}
        return content, bmap

    def _store_buttons(self, event_id: str, room_id: str, bmap: ButtonMap | None) -> None:
        if bmap is None:
            if event_id in self._buttons:
                self._buttons.pop(event_id, None)
                self.store.delete_buttons(event_id)
            return
        self._remember(self._buttons, event_id, bmap, limit=2000)
        self.store.save_buttons(event_id, room_id, bmap.dump())

    def buttons_of(self, event_id: str) -> ButtonMap | None:
        if event_id in self._buttons:
            return self._buttons[event_id]
        raw = self.store.buttons(event_id, since=time.time() - BUTTONS_KEPT_DAYS * 86400)
        if raw is None:
            return None
        bmap = ButtonMap.load(raw)
        self._remember(self._buttons, event_id, bmap, limit=2000)
        return bmap

    async def send(self, chat_id: str, message: OutMessage, *, attempts: int | None = None) -> SentRef:
        pieces = fit_html(message.html, MESSAGE_LIMIT)
        if len(pieces) > 1:      # an event is at most 64 KB: send the text as several, buttons last
            key, ref = delivery.idempotency_key.get(), None
            for n, piece in enumerate(pieces):
                last = n == len(pieces) - 1
                part = dataclasses.replace(message, html=piece, buttons=message.buttons if last else [],
                                           reply_to=message.reply_to if n == 0 else None)
                token = delivery.idempotency_key.set(f"{key}:{n}" if key and n else key)
                try:
                    ref = await self.send(chat_id, part, attempts=attempts)
                finally:
                    delivery.idempotency_key.reset(token)
            return ref
        room_id = await self._room_for(chat_id, attempts=attempts)
        content, bmap = self.render(message)
        content["m.mentions"] = {}
        if message.reply_to:
            relates: dict = {"m.in_reply_to": {"event_id": message.reply_to}}
            root = self._threads.get(message.reply_to)
            if root:
                relates.update({"rel_type": "m.thread", "event_id": root, "is_falling_back": False})
            content["m.relates_to"] = relates
            asker = self._senders.get(message.reply_to)
            if asker and asker != self.user_id:
                content["m.mentions"] = {"user_ids": [asker]}
        event_id = await self._send_event(room_id, "m.room.message", content, attempts=attempts)
        if bmap is not None:
            self._store_buttons(event_id, room_id, bmap)
        self._last_sent[room_id] = event_id
        if room_id in self._typing:
            self._typing.discard(room_id)
            self._spawn_background(self._stop_typing(room_id))
        return SentRef(MATRIX.qualify(room_id), event_id)

    async def edit(self, ref: SentRef, message: OutMessage) -> None:
        room_id = await self._room_for(ref.chat_id)
        if len(fit_html(message.html, MESSAGE_LIMIT)) > 1:
            message = dataclasses.replace(message, html=trim_html(message.html, MESSAGE_LIMIT))
        content, bmap = self.render(message)
        new = dict(content)
        edit = {
            "msgtype": content["msgtype"], "body": "* " + content["body"], "format": HTML_FORMAT,
            "formatted_body": "* " + content["formatted_body"], "m.new_content": new, "m.mentions": {},
            "m.relates_to": {"rel_type": "m.replace", "event_id": ref.message_id},
        }
        await self._send_event(room_id, "m.room.message", edit)
        self.stats["edits"] += 1
        self._store_buttons(ref.message_id, room_id, bmap)

    async def typing(self, chat_id: str) -> None:
        if self._gate() > 0:
            return            # flood control: "typing…" is not worth a request now
        try:
            room_id = await self._room_for(chat_id, attempts=1)
            await asyncio.wait_for(self.api.request(
                Method.PUT, Path.v3.rooms[room_id].typing[self.user_id], {"typing": True, "timeout": 8000}), 10)
            self._typing.add(room_id)
            self.stats["typing"] += 1
        except Exception:
            log.debug("typing notification failed", exc_info=True)

    async def _stop_typing(self, room_id: str) -> None:
        try:
            await asyncio.wait_for(self.api.request(
                Method.PUT, Path.v3.rooms[room_id].typing[self.user_id], {"typing": False}), 10)
        except Exception:
            log.debug("could not clear typing", exc_info=True)

    async def answer_callback(self, callback: Callback, text: str | None = None) -> None:
        """Reactions have no toast: in a private chat the text becomes a short notice."""
        if not text or callback.message is None:
            return
        room_id = MATRIX.raw(callback.message.chat_id)
        if await self._room_kind(room_id) != "private":
            return
        try:
            await self.send(callback.message.chat_id, OutMessage(text))
        except DeliveryError:
            log.debug("could not acknowledge a reaction", exc_info=True)

    async def send_document(self, chat_id: str, data: bytes, file_name: str, caption_html: str = "", *,
                            attempts: int | None = None) -> SentRef:
        """An ``m.file`` (uploaded once per content); the caption as its body (Matrix v1.10 captions).
        In an encrypted room the file is encrypted first and sent as ``file`` instead of ``url``."""
        room_id = await self._room_for(chat_id, attempts=attempts)
        digest = hashlib.sha256(data).hexdigest()
        mime = guess_mime(file_name)
        content = {"msgtype": "m.file", "body": file_name, "filename": file_name,
                   "info": {"size": len(data), "mimetype": mime}, "m.mentions": {}}
        if self.crypto is not None and await self.crypto.room_encrypted(room_id):      # [E2EE hook]
            content["file"] = await self._encrypted_upload(data, digest, room_id, attempts=attempts)
        else:
            if digest not in self._uploads:
                self._uploads[digest] = await self._call(
                    lambda: self.client.upload_media(data, mime_type=mime, filename=file_name),
                    attempts=attempts, what="upload", gated=False)
            content["url"] = self._uploads[digest]
        if caption_html:
            content["body"] = self.bang(to_plain(caption_html))
            content["format"] = HTML_FORMAT
            content["formatted_body"] = to_matrix_html(self.bang(caption_html))
        event_id = await self._send_event(room_id, "m.room.message", content, attempts=attempts)
        self._last_sent[room_id] = event_id
        return SentRef(MATRIX.qualify(room_id), event_id)

    async def _encrypted_upload(self, data: bytes, digest: str, room_id: str, *, attempts: int | None) -> dict:
        """The ``file`` object (EncryptedFile) of ``data`` for one encrypted room: encrypted with a
        fresh key and uploaded as opaque ciphertext, without its name or type.

        Cached per (content, room), not per content as plain uploads are: a key reused across rooms
        would let the homeserver see, by the shared ``mxc://`` URL, which rooms got the same
        document, and would hand each room's members the key to another room's upload. Within one
        room the key is already known to its members, so a resent or retried document (an outbox
        retry after a timeout) reuses its upload. A broadcast to N encrypted direct chats therefore
        uploads N ciphertexts, as N Element users would."""
        key = (digest, room_id)
        if key not in self._encrypted_uploads:
            ciphertext, file = await asyncio.to_thread(encrypt_file, data)
            file["url"] = str(await self._call(
                lambda: self.client.upload_media(ciphertext, mime_type="application/octet-stream"),
                attempts=attempts, what="upload", gated=False))
            self._remember(self._encrypted_uploads, key, file, limit=1000)
        return dict(self._encrypted_uploads[key])

    async def close(self) -> None:
        self.closed = True
        if self.crypto is not None:                                                     # [E2EE hook]
            try:
                await self.crypto.close()
            except Exception:
                log.warning("could not close the crypto store", exc_info=True)
        try:
            await self.api.session.close()
        except Exception:
            pass


__all__ = ["MatrixTransport", "MatrixAPI", "ButtonMap", "RoomInfo", "render_buttons", "translate_error", "reaction_key",
           "to_matrix_html", "HTML_FORMAT", "MESSAGE_LIMIT", "BUTTONS_KEPT_DAYS"]
