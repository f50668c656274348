"""Matrix transport: a homeserver's /sync in, core messages out, through mautrix's client API.

``python -m bot --transport matrix`` logs in as ``bot.matrix.user_id`` on
``bot.matrix.homeserver`` (``MATRIX_ACCESS_TOKEN``, or ``MATRIX_PASSWORD``
with a stable device id) and long-polls ``/sync`` itself (mautrix's
``ClientAPI`` for the requests, no syncer or state store).

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
* **Files** (``m.file``) become ``Incoming.attachment``; ``fetch()``
  downloads the ``mxc://`` URL. Encrypted rooms need ``bot.matrix.encryption``
  (bot/transports/matrix/crypto.py); without it the bot says once per room
  that it cannot read them.
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
import hashlib
import json
import logging
import random
import re
import time
import unicodedata
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from urllib.parse import quote

from aiohttp import ClientError
from mautrix.api import HTTPAPI, Method, Path
from mautrix.client.api import ClientAPI
from mautrix.errors import MatrixConnectionError, MatrixRequestError, make_request_error

from app.db import Migrations, transaction
from bot.transports.matrix.info import MATRIX
from kb.errors import ConfigError

from bot.kernel import delivery
from bot.kernel.delivery import DeliveryError, PermanentFailure, RetryLater, TemporaryFailure
from bot.kernel.messages import (Attachment, Button, Callback, Chat, Incoming, OutMessage, SentRef, User, esc,
                               to_plain)
from bot.kernel.texts import TEXTS, t
from bot.kernel.textsplit import fit_html, trim_html

log = logging.getLogger("bot.matrix")
# Visible characters per message: an event is at most 64 KB, and a Chinese character takes
# 3 bytes in both ``body`` and ``formatted_body``.
MESSAGE_LIMIT = 8000

DEFAULT_DEVICE_ID = "COMMITTEEASSISTANT"
MAX_FLOOD_WAIT = 120.0       # seconds one send may spend waiting out 429s before RetryLater is raised
REQUEST_TIMEOUT = 60.0       # seconds for one non-sync request
BUTTONS_KEPT_DAYS = 30       # reactions to older messages are ignored
HTML_FORMAT = "org.matrix.custom.html"
EASY_KEYS = {"👍", "👎", "📄"}   # in every quick-reaction bar: no numbers needed

TEXTS.update({
    "mx_react_hint": {"zh": "↳ 用表情回应：{items}", "en": "↳ React with: {items}"},
    "mx_choose_hint": {"zh": "↳ 用表情回应或回复数字：{items}", "en": "↳ React or reply with the number: {items}"},
    "mx_list_hint": {"zh": "↳ 回复数字选择：", "en": "↳ Reply with a number:"},
    "mx_encrypted": {
        "zh": "这个房间开启了端到端加密，我读不到其中的消息。请新建一个不加密的房间（创建时关闭“端到端加密”）并邀请我，"
              "或请管理员在服务器上关闭私聊的默认加密。",
        "en": "This room is end-to-end encrypted, so I cannot read its messages. Please create a room with "
              "encryption turned off and invite me, or ask the administrator to turn off default encryption "
              "for direct chats on the server.",
    },
})

# Aliases of reaction keys: what a label starts with -> what a member can find in a picker.
KEY_ALIASES = {"✖": "❌", "✗": "❌", "✕": "❌", "❎": "❌", "✔": "✅", "☑": "✅", "⬅": "◀", "➡": "▶"}
_KEY_JUNK = re.compile("[\ufe0e\ufe0f\U0001F3FB-\U0001F3FF]")
_KEYCAP = re.compile(r"([0-9])\u20e3")
_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.。、)）]?\s*")
_COMMAND = re.compile(r"!([A-Za-z][A-Za-z0-9_]*)(?![A-Za-z0-9_])")
_REPLY_FALLBACK = re.compile(r"<mx-reply>.*?</mx-reply>", re.S)


# ================================================================ storage

matrix_migrations = Migrations("matrix")


@matrix_migrations
def m001_matrix(db):
    db["matrix_state"].create({"key": str, "value": str, "updated_at": float}, pk="key")
    db["matrix_rooms"].create(
        {
            "room_id": str,
            "dm_user": str,             # the other person of a direct chat ("@alice:example.org")
            "inviter": str,
            "is_direct": int,           # the invite said is_direct, or the bot created it as a DM
            "joined_at": float,
            "left_at": float,
            "encrypted_warned": float,  # when the bot said it cannot read this encrypted room
        },
        pk="room_id",
    )
    db["matrix_rooms"].create_index(["dm_user"])
    db["matrix_buttons"].create(
        {"event_id": str, "room_id": str, "keys": str, "created_at": float},   # keys: json, see ButtonMap
        pk="event_id",
    )
    db["matrix_buttons"].create_index(["room_id", "created_at"])


# ================================================================ the HTTP layer

class MatrixAPI(HTTPAPI):
    """mautrix's HTTPAPI keeping what a 429 says: ``exc.retry_after_ms`` (body or Retry-After)."""

    async def _send(self, method, url, content, query_params, headers):
        request = self.session.request(str(method), url, data=content, params=query_params, headers=headers)
        async with request as response:
            if response.status < 200 or response.status >= 300:
                text = await response.text()
                try:
                    data = json.loads(text)
                except ValueError:
                    data = None
                if not isinstance(data, dict):
                    data = {}
                exc = make_request_error(
                    http_status=response.status, text=text, errcode=data.get("errcode"),
                    message=data.get("error"), unstable_errcode=data.get("org.matrix.msc3848.unstable.errcode"))
                retry = data.get("retry_after_ms")
                if retry is None and response.headers.get("Retry-After", "").strip().isdigit():
                    retry = int(response.headers["Retry-After"].strip()) * 1000
                exc.retry_after_ms = retry
                exc.errcode = getattr(exc, "errcode", None) or data.get("errcode")
                raise exc
            return await response.json(), response


def _is_rate_limit(exc: MatrixRequestError) -> bool:
    return getattr(exc, "http_status", 0) == 429 or getattr(exc, "errcode", None) == "M_LIMIT_EXCEEDED"


def retry_after(exc: MatrixRequestError) -> float | None:
    ms = getattr(exc, "retry_after_ms", None)
    try:
        return max(0.0, float(ms) / 1000.0) if ms is not None else None
    except (TypeError, ValueError):
        return None


def translate_error(exc: MatrixRequestError) -> DeliveryError:
    """The transport-neutral outcome of a homeserver error (see bot/kernel/delivery.py)."""
    status = getattr(exc, "http_status", 0) or 0
    code = getattr(exc, "errcode", None) or ""
    text = getattr(exc, "message", None) or str(exc)
    low = text.lower()
    if _is_rate_limit(exc):
        return RetryLater(retry_after(exc) or 1.0)
    if code == "M_FORBIDDEN" or status == 403:
        if "not in room" in low or "not in the room" in low or "not joined" in low or "not a member" in low:
            return PermanentFailure("not_in_room", text)
        return PermanentFailure("forbidden", text)
    if code in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN") or status == 401:
        return TemporaryFailure(f"unauthorized: {text}")      # a configuration error: retry, do not drop
    if code == "M_USER_DEACTIVATED":
        return PermanentFailure("deactivated", text)
    if code in ("M_NOT_FOUND", "M_INVALID_ROOM_STATE") or status == 404:
        return PermanentFailure("chat_not_found", text)
    if status >= 500:
        return TemporaryFailure(f"HTTP {status}: {text}")
    return PermanentFailure("bad_request", f"{code or status}: {text}")


# ================================================================ rendering

def reaction_key(text: str) -> str:
    """A reaction's key as compared with button labels: no variation selectors or skin tones."""
    key = _KEY_JUNK.sub("", (text or "").strip())
    return KEY_ALIASES.get(key, key)


def _leading_emoji(label: str) -> tuple[str | None, str]:
    """('👍', 'rest of label') when the label starts with a symbol, else (None, label)."""
    label = label.strip()
    if not label or unicodedata.category(label[0]) != "So":
        return None, label
    end = 1
    while end < len(label) and (unicodedata.category(label[end]) in ("So", "Sk", "Mn", "Cf")
                                or label[end] in "\u200d\ufe0f"):
        end += 1
    return reaction_key(label[:end]), label[end:].strip()


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@dataclass
class ButtonMap:
    """How a message's buttons are pressed on Matrix: reaction keys and numbers."""

    keys: dict[str, str] = field(default_factory=dict)     # reaction key -> callback data
    numbers: list[str] = field(default_factory=list)       # callback data of button n (1-based)
    numbered: bool = False                                 # the hint shows the numbers

    def data_for_key(self, key: str) -> str | None:
        key = reaction_key(key)
        if key in self.keys:
            return self.keys[key]
        m = _KEYCAP.fullmatch(key)
        if m:
            return self.data_for_number(int(m.group(1)))
        if key == "🔟":
            return self.data_for_number(10)
        return None

    def data_for_number(self, n: int) -> str | None:
        return self.numbers[n - 1] if 1 <= n <= len(self.numbers) else None

    def dump(self) -> str:
        return json.dumps({"keys": self.keys, "numbers": self.numbers, "numbered": self.numbered},
                          ensure_ascii=False)

    @classmethod
    def load(cls, raw: str) -> "ButtonMap":
        data = json.loads(raw)
        return cls(dict(data.get("keys") or {}), list(data.get("numbers") or []), bool(data.get("numbered")))


def render_buttons(buttons: list[list[Button]]) -> tuple[str, str, ButtonMap | None]:
    """(html, plain, map) of the line(s) that stand in for a message's buttons."""
    bmap = ButtonMap()
    rows: list[list[tuple[str, str, str | None]]] = []   # (html cell, plain cell, emoji key)
    labels = []
    for row in buttons:
        cells = []
        for b in row:
            labels.append(b.label)
            if b.url:
                cells.append((f'<a href="{esc(b.url)}">{esc(b.label)}</a>', f"{b.label}: {b.url}", None))
                continue
            if not b.data:
                continue          # request_contact: Telegram only
            bmap.numbers.append(b.data)
            key, rest = _leading_emoji(b.label)
            if key and key not in bmap.keys:
                bmap.keys[key] = b.data
                shown = f"{key} {rest}".strip()
            else:
                key, shown = None, b.label
            cells.append((esc(shown), shown, key or ""))
        if cells:
            rows.append(cells)
    if not rows:
        return "", "", None
    language = "zh" if _has_cjk(" ".join(labels)) else "en"
    data_cells = [c for row in rows for c in row if c[2] is not None]
    all_emoji = all(c[2] for c in data_cells)
    if all_emoji and set(bmap.keys) <= EASY_KEYS:
        items_html = " · ".join(c[0] for row in rows for c in row)
        items_plain = " · ".join(c[1] for row in rows for c in row)
        html = "<i>" + esc(t("mx_react_hint", language, items="\x00")).replace("\x00", items_html) + "</i>"
        return html, t("mx_react_hint", language, items=items_plain), (bmap if bmap.numbers else None)
    bmap.numbered = True
    numbered_rows: list[list[tuple[str, str]]] = []
    n = 0
    for row in rows:
        out = []
        for cell_html, cell_plain, key in row:
            if key is None:
                out.append((cell_html, cell_plain))
            else:
                n += 1
                out.append((f"<b>{n}</b> {cell_html}", f"{n} {cell_plain}"))
        numbered_rows.append(out)
    if all_emoji and len(rows) == 1:
        items_html = " · ".join(c[0] for c in numbered_rows[0])
        items_plain = " · ".join(c[1] for c in numbered_rows[0])
        html = "<i>" + esc(t("mx_choose_hint", language, items="\x00")).replace("\x00", items_html) + "</i>"
        return html, t("mx_choose_hint", language, items=items_plain), bmap
    lines_html = [" · ".join(c[0] for c in row) for row in numbered_rows]
    lines_plain = [" · ".join(c[1] for c in row) for row in numbered_rows]
    head = t("mx_list_hint", language)
    html = f"<i>{esc(head)}</i><br>" + "<br>".join(lines_html)
    return html, head + "\n" + "\n".join(lines_plain), bmap


def to_matrix_html(markup: str) -> str:
    """The core's HTML subset (newlines are line breaks) as Matrix ``formatted_body`` HTML."""
    out = []
    for piece in re.split(r"(<pre>.*?</pre>)", markup, flags=re.S):
        if piece.startswith("<pre>"):
            out.append(piece)
            continue
        piece = re.sub(r"\n*(</?blockquote>)\n*", r"\1", piece)
        out.append(piece.replace("\n", "<br>"))
    return "".join(out)


def strip_reply_fallback(body: str) -> str:
    """Drop the "> <@alice> quoted text" lines older clients put before a reply."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    i = 0
    while i < len(lines) and lines[i].startswith(">"):
        i += 1
    if i < len(lines) and lines[i] == "":
        i += 1
    return "\n".join(lines[i:])


# ================================================================ the transport

@dataclass
class RoomInfo:
    members: dict[str, str] | None = None      # user id -> membership (join/invite/...), None: unknown
    title: str = ""
    encrypted: bool = False


class _Stopped(Exception):
    pass


class MatrixTransport:
    """The Transport protocol over a Matrix account, plus the /sync loop that feeds the core."""

    name = "matrix"
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
        self.localpart = user_id[1:].split(":", 1)[0]
        self.domain = user_id.split(":", 1)[1] if ":" in user_id else ""
        self.display_name = display_name
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
        self._aliases: dict[str, str] = {}
        self._txn_salt: str | None = None
        self._mention_re: re.Pattern | None = None
        self._bang_re: tuple[tuple[str, ...], re.Pattern] | None = None
        self._pill_re: re.Pattern | None = None
        self.crypto = None                      # [E2EE hook] MatrixCrypto when bot.matrix.encryption (connect())
        matrix_migrations.apply(self.db)
        self._build_mention_patterns()

    # ------------------------------------------------------------ small stores

    def _remember(self, cache: OrderedDict, key, value, limit: int = 5000) -> None:
        cache[key] = value
        cache.move_to_end(key)
        while len(cache) > limit:
            cache.popitem(last=False)

    def _state(self, key: str) -> str | None:
        row = self.db.execute("select value from matrix_state where key = ?", [key]).fetchone()
        return row[0] if row else None

    def _set_state(self, key: str, value: str | None) -> None:
        with transaction(self.db):
            if value is None:
                self.db.execute("delete from matrix_state where key = ?", [key])
            else:
                self.db.execute("insert into matrix_state (key, value, updated_at) values (?, ?, ?)"
                                " on conflict(key) do update set value = excluded.value,"
                                " updated_at = excluded.updated_at", [key, value, time.time()])

    @property
    def _token_key(self) -> str:
        return f"next_batch:{self.user_id}"

    def _txn_id(self) -> str:
        """The outbox's idempotency key (stable across retries and restarts), else a fresh id."""
        key = delivery.idempotency_key.get()
        if not key:
            return "cc" + uuid.uuid4().hex
        if self._txn_salt is None:
            salt = self._state("txn_salt")
            if salt is None:
                salt = uuid.uuid4().hex[:12]
                self._set_state("txn_salt", salt)
            self._txn_salt = salt
        return f"ob{self._txn_salt}_" + re.sub(r"[^A-Za-z0-9._~-]", "_", key)

    def _room_row(self, room_id: str) -> dict | None:
        rows = list(self.db.query("select * from matrix_rooms where room_id = ?", [room_id]))
        return rows[0] if rows else None

    def _upsert_room(self, room_id: str, **values) -> None:
        with transaction(self.db):
            if self._room_row(room_id) is None:
                self.db["matrix_rooms"].insert({"room_id": room_id, "is_direct": 0, **values})
            elif values:
                self.db["matrix_rooms"].update(room_id, values)

    # ------------------------------------------------------------ requests

    def _flood(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self._not_before = max(self._not_before, loop.time() + seconds)

    def _gate(self) -> float:
        return max(0.0, self._not_before - asyncio.get_running_loop().time())

    async def _call(self, factory, *, attempts: int | None = None, what: str = "request", gated: bool = True):
        """Run ``factory()`` (one homeserver request), retrying what is worth retrying.

        429: wait the server's ``retry_after_ms`` (every gated request waits behind the
        same gate), up to MAX_FLOOD_WAIT in all; with ``attempts=1`` raise RetryLater at
        once. 5xx, timeouts and connection errors: exponential backoff, ``attempts`` tries.
        Everything else: the delivery error at once."""
        attempts = max(1, attempts or self.attempts)
        failures = 0
        floods = 0
        waited = 0.0
        while True:
            if self.closed:
                raise TemporaryFailure("the Matrix transport is stopped")
            wait = self._gate() if gated else 0.0
            if wait > 0:
                if attempts == 1 or waited + wait > MAX_FLOOD_WAIT:
                    raise RetryLater(wait)
                await asyncio.sleep(wait)
                waited += wait
            try:
                return await asyncio.wait_for(factory(), REQUEST_TIMEOUT)
            except MatrixRequestError as exc:
                if _is_rate_limit(exc):
                    floods += 1
                    self.stats["rate_limited"] += 1
                    seconds = retry_after(exc)
                    # The server's delay; without one, back off exponentially (never a tight loop).
                    seconds = max(0.2, seconds) if seconds is not None else min(30.0, 2.0 ** floods)
                    self._flood(seconds)
                    log.info("429 from the homeserver (%s): waiting %.1f s", what, seconds)
                    if attempts == 1 or waited + seconds > MAX_FLOOD_WAIT:
                        raise RetryLater(seconds) from exc
                    continue
                error = translate_error(exc)
                if isinstance(error, TemporaryFailure) and failures + 1 < attempts:
                    failures += 1
                    await asyncio.sleep(self._backoff(failures))
                    continue
                raise error from exc
            except (MatrixConnectionError, ClientError, asyncio.TimeoutError, OSError) as exc:
                failures += 1
                if failures >= attempts:
                    # With a transaction id a resend cannot make a second copy: never "maybe delivered".
                    raise TemporaryFailure(f"{type(exc).__name__}: {exc}") from exc
                await asyncio.sleep(self._backoff(failures))

    @staticmethod
    def _backoff(failures: int) -> float:
        return min(8.0, 0.5 * 2 ** (failures - 1)) * random.uniform(0.8, 1.2)

    async def _request(self, method: Method, path, content=None, *, query=None, attempts: int | None = None,
                       what: str = "request", gated: bool = True):
        return await self._call(lambda: self.api.request(method, path, content, query_params=query),
                                attempts=attempts, what=what, gated=gated)

    async def _send_event(self, room_id: str, event_type: str, content: dict, *,
                          attempts: int | None = None) -> str:
        txn = self._txn_id()
        if self.crypto is not None and await self.crypto.room_encrypted(room_id):      # [E2EE hook]
            content = await self.crypto.encrypt(room_id, event_type, content)
            event_type = "m.room.encrypted"
        resp = await self._request(Method.PUT, Path.v3.rooms[room_id].send[event_type][txn], content,
                                   attempts=attempts, what=f"send {event_type}")
        event_id = resp["event_id"]
        log.debug("sent %s %s in %s: %.40r", event_type, event_id, room_id, content.get("body", ""))
        self._remember(self._own, event_id, True)
        self.stats["sent"] += 1
        return event_id

    # ------------------------------------------------------------ chat ids

    async def _room_for(self, chat_id: str, *, attempts: int | None = None) -> str:
        prefix, _, raw = chat_id.partition(":")
        if prefix != "mx" or not raw:
            raise PermanentFailure("unsupported", f"{chat_id} is not a Matrix chat")
        if raw.startswith("!"):
            return raw
        if raw.startswith("#"):
            if raw not in self._aliases:
                resp = await self._request(Method.GET, Path.v3.directory.room[raw], attempts=attempts,
                                           what="resolve alias", gated=False)
                self._aliases[raw] = resp["room_id"]
            return self._aliases[raw]
        if raw.startswith("@"):
            return await self._dm_room(raw, attempts=attempts)
        raise PermanentFailure("chat_not_found", chat_id)

    def dm_room_of(self, user_id: str) -> str | None:
        row = self.db.execute("select room_id from matrix_rooms where dm_user = ? and left_at is null"
                              " order by joined_at desc limit 1", [user_id]).fetchone()
        return row[0] if row else None

    async def _dm_room(self, user_id: str, *, attempts: int | None = None) -> str:
        """The direct chat with ``user_id``; created (and the person invited) when there is none."""
        lock = self._dm_locks.setdefault(user_id, asyncio.Lock())
        async with lock:
            room = self.dm_room_of(user_id)
            if room:
                return room
            resp = await self._request(Method.POST, Path.v3.createRoom, {
                "preset": "trusted_private_chat", "is_direct": True, "invite": [user_id],
            }, attempts=attempts, what="create a direct chat")
            room = resp["room_id"]
            self._upsert_room(room, dm_user=user_id, inviter=self.user_id, is_direct=1, joined_at=time.time())
            self._rooms[room] = RoomInfo(members={self.user_id: "join", user_id: "invite"})
            log.info("created direct chat %s with %s", room, user_id)
            return room

    # ------------------------------------------------------------ Transport protocol

    def _bang(self, text: str) -> str:
        """'/help' in the core's texts -> '!help' (Matrix commands), outside tags only."""
        names = tuple(sorted(self.assistant.commands, key=len, reverse=True))
        if not names:
            return text
        if self._bang_re is None or self._bang_re[0] != names:
            self._bang_re = (names, re.compile(
                r"(?<![\w/:.])/(" + "|".join(map(re.escape, names)) + r")(?![A-Za-z0-9_])"))
        pattern = self._bang_re[1]
        return "".join(p if p.startswith("<") else pattern.sub(r"!\1", p) for p in re.split(r"(<[^>]*>)", text))

    def render(self, message: OutMessage) -> tuple[dict, ButtonMap | None]:
        """The content of an ``m.room.message`` for ``message`` and its button map."""
        formatted = to_matrix_html(self._bang(message.html))
        plain = self._bang(to_plain(message.html))
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
                with transaction(self.db):
                    self.db.execute("delete from matrix_buttons where event_id = ?", [event_id])
            return
        self._remember(self._buttons, event_id, bmap, limit=2000)
        with transaction(self.db):
            self.db.execute("insert into matrix_buttons (event_id, room_id, keys, created_at) values (?, ?, ?, ?)"
                            " on conflict(event_id) do update set keys = excluded.keys",
                            [event_id, room_id, bmap.dump(), time.time()])

    def buttons_of(self, event_id: str) -> ButtonMap | None:
        if event_id in self._buttons:
            return self._buttons[event_id]
        row = self.db.execute("select keys from matrix_buttons where event_id = ? and created_at > ?",
                              [event_id, time.time() - BUTTONS_KEPT_DAYS * 86400]).fetchone()
        if row is None:
            return None
        bmap = ButtonMap.load(row[0])
        self._remember(self._buttons, event_id, bmap, limit=2000)
        return bmap

    async def send(self, chat_id: str, message: OutMessage, *, attempts: int | None = None) -> SentRef:
        pieces = fit_html(message.html, MESSAGE_LIMIT)
        if len(pieces) > 1:      # an event is at most 64 KB: send the text as several, buttons last
            import dataclasses

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
        return SentRef(f"mx:{room_id}", event_id)

    async def edit(self, ref: SentRef, message: OutMessage) -> None:
        room_id = await self._room_for(ref.chat_id)
        if len(fit_html(message.html, MESSAGE_LIMIT)) > 1:
            import dataclasses

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
        room_id = callback.message.chat_id.partition(":")[2]
        if await self._room_kind(room_id) != "private":
            return
        try:
            await self.send(callback.message.chat_id, OutMessage(text))
        except DeliveryError:
            log.debug("could not acknowledge a reaction", exc_info=True)

    async def send_document(self, chat_id: str, data: bytes, file_name: str, caption_html: str = "", *,
                            attempts: int | None = None) -> SentRef:
        """An ``m.file`` (uploaded once per content); the caption as its body (Matrix v1.10 captions)."""
        room_id = await self._room_for(chat_id, attempts=attempts)
        digest = hashlib.sha256(data).hexdigest()
        mime = _guess_mime(file_name)
        if digest not in self._uploads:
            self._uploads[digest] = await self._call(
                lambda: self.client.upload_media(data, mime_type=mime, filename=file_name),
                attempts=attempts, what="upload", gated=False)
        content = {"msgtype": "m.file", "body": file_name, "filename": file_name, "url": self._uploads[digest],
                   "info": {"size": len(data), "mimetype": mime}, "m.mentions": {}}
        if caption_html:
            content["body"] = self._bang(to_plain(caption_html))
            content["format"] = HTML_FORMAT
            content["formatted_body"] = to_matrix_html(self._bang(caption_html))
        event_id = await self._send_event(room_id, "m.room.message", content, attempts=attempts)
        self._last_sent[room_id] = event_id
        return SentRef(f"mx:{room_id}", event_id)

    async def resolve_chat(self, ref: str) -> Chat | None:
        """``#alias:server`` or ``!room:server`` of a room the bot is in (broadcast /register)."""
        ref = ref.strip()
        if ref.startswith("@") and ref[1:2] in ("#", "!"):
            ref = ref[1:]
        if not ref.startswith(("#", "!")):
            return None
        room_id = await self._room_for(f"mx:{ref}", attempts=1)
        info = self._rooms.get(room_id) or RoomInfo()
        return Chat(f"mx:{room_id}", await self._room_kind(room_id), info.title or ref)

    # ------------------------------------------------------------ rooms

    async def _fetch_members(self, room_id: str) -> dict[str, str]:
        resp = await self._request(Method.GET, Path.v3.rooms[room_id].members, query={"not_membership": "leave"},
                                   attempts=2, what="members", gated=False)
        members = {}
        for ev in resp.get("chunk", []):
            user = ev.get("state_key")
            content = ev.get("content") or {}
            if user:
                members[user] = content.get("membership", "")
                if content.get("displayname"):
                    self._names[(room_id, user)] = content["displayname"]
        return members

    async def _room_kind(self, room_id: str) -> str:
        """'private' for a room of the bot and one person (joined or invited), else 'group'."""
        info = self._rooms.setdefault(room_id, RoomInfo())
        if info.members is None:
            try:
                info.members = await self._fetch_members(room_id)
            except DeliveryError:
                row = self._room_row(room_id)
                return "private" if row and row["is_direct"] else "group"
        count = sum(1 for m in info.members.values() if m in ("join", "invite"))
        return "private" if count <= 2 else "group"

    def _note_state_event(self, room_id: str, ev: dict) -> None:
        """Track names, members and encryption from state and timeline events."""
        etype = ev.get("type")
        content = ev.get("content") or {}
        info = self._rooms.setdefault(room_id, RoomInfo())
        if etype == "m.room.member" and ev.get("state_key"):
            user = ev["state_key"]
            if content.get("displayname"):
                self._names[(room_id, user)] = content["displayname"]
            if info.members is not None:
                info.members[user] = content.get("membership", "")
        elif etype == "m.room.name":
            info.title = content.get("name") or ""
        elif etype == "m.room.encryption":
            info.encrypted = True
            if self.crypto is not None:                                                # [E2EE hook]
                self.crypto.note_encryption(room_id, content)

    async def _after_membership(self, room_id: str, ev: dict) -> None:
        """A person left: a direct chat is no longer one; a room with only the bot is left."""
        content = ev.get("content") or {}
        user = ev.get("state_key")
        if content.get("membership") not in ("leave", "ban") or user == self.user_id:
            return
        with transaction(self.db):
            self.db.execute("update matrix_rooms set dm_user = null where room_id = ? and dm_user = ?",
                            [room_id, user])
        info = self._rooms.get(room_id)
        if info is None or info.members is None:
            return
        others = [u for u, m in info.members.items() if m in ("join", "invite") and u != self.user_id]
        if not others:
            log.info("leaving %s: nobody else is there", room_id)
            try:
                await self._request(Method.POST, Path.v3.rooms[room_id].leave, {}, what="leave")
            except DeliveryError:
                log.warning("could not leave %s", room_id, exc_info=True)

    def _invite_allowed(self, inviter: str) -> bool:
        domain = inviter.split(":", 1)[1].lower() if ":" in inviter else ""
        allowed = {d.strip().lower().lstrip("@:") for d in (self.settings.allowed_invite_domains or [])}
        if domain and domain in allowed:
            return True
        if self.settings.invite_from_roster and self.db["members"].exists():
            return self.db.execute("select 1 from members where matrix_id = ?", [inviter]).fetchone() is not None
        return False

    async def _on_invite(self, room_id: str, info: dict) -> None:
        events = (info.get("invite_state") or {}).get("events") or []
        invite = next((e for e in events if e.get("type") == "m.room.member"
                       and e.get("state_key") == self.user_id), None)
        inviter = invite.get("sender") if invite else None
        is_direct = bool(invite and (invite.get("content") or {}).get("is_direct"))
        encrypted = any(e.get("type") == "m.room.encryption" for e in events)
        if not inviter or not self._invite_allowed(inviter):
            self.stats["invites_rejected"] += 1
            log.info("rejecting the invite to %s from %s", room_id, inviter)
            self.assistant.log_event("matrix_invite_rejected", None, {"room_id": room_id, "inviter": inviter})
            try:
                await self._request(Method.POST, Path.v3.rooms[room_id].leave, {}, what="reject invite")
            except DeliveryError:
                log.warning("could not reject the invite to %s", room_id, exc_info=True)
            return
        try:
            await self._request(Method.POST, Path.v3.join[room_id], {}, attempts=6, what="join")
        except DeliveryError:
            log.warning("could not join %s (invited by %s)", room_id, inviter, exc_info=True)
            return
        before = self._room_row(room_id)
        rejoined = before is not None and before["joined_at"] and before["left_at"] is None
        self.stats["invites_accepted"] += 1
        log.info("joined %s (invited by %s%s)", room_id, inviter, ", direct" if is_direct else "")
        self.assistant.log_event("matrix_joined", None, {"room_id": room_id, "inviter": inviter,
                                                         "is_direct": is_direct})
        self._upsert_room(room_id, inviter=inviter, is_direct=1 if is_direct else 0, joined_at=time.time(),
                          left_at=None, **({"dm_user": inviter} if is_direct else {}))
        room = self._rooms.setdefault(room_id, RoomInfo())
        room.members = None
        room.encrypted = room.encrypted or encrypted
        if encrypted and self.crypto is not None:                                       # [E2EE hook]
            for e in events:
                if e.get("type") == "m.room.encryption":
                    self.crypto.note_encryption(room_id, e.get("content") or {})
        elif encrypted:
            await self._warn_encrypted(room_id)
            return
        if not rejoined and await self._room_kind(room_id) == "private":
            # Like Telegram's Start button: greet (and ask an unverified person to verify).
            user = self._user(room_id, inviter)
            msg = Incoming("matrix", user, Chat(f"mx:{room_id}", "private", room.title), command="start",
                           received_at=time.time())
            self._spawn((room_id, inviter), self.assistant.handle(msg, self))

    def _on_left(self, room_id: str) -> None:
        with transaction(self.db):
            self.db.execute("update matrix_rooms set left_at = ? where room_id = ? and left_at is null",
                            [time.time(), room_id])
        self._rooms.pop(room_id, None)

    async def _warn_encrypted(self, room_id: str) -> None:
        row = self._room_row(room_id)
        if row and row["encrypted_warned"]:
            return
        self._upsert_room(room_id, encrypted_warned=time.time())
        try:
            await self.send(f"mx:{room_id}", OutMessage(t("mx_encrypted")))
        except DeliveryError:
            log.warning("could not tell %s that it is encrypted", room_id, exc_info=True)

    # ------------------------------------------------------------ events -> Incoming

    def _build_mention_patterns(self) -> None:
        uid = self.user_id
        ids = {re.escape(uid), re.escape(quote(uid, safe="")), re.escape(quote(uid, safe="@:"))}
        self._pill_re = re.compile(r"(?:https://matrix\.to/#/(?:" + "|".join(ids) + r")"
                                   r"|matrix:u/" + re.escape(uid[1:]) + r")(?![A-Za-z0-9._=-])", re.I)
        names = [re.escape(uid), re.escape(self.localpart)]
        if self.display_name and self.display_name.strip():
            names.insert(1, re.escape(self.display_name.strip()))
        alt = "|".join(names)
        self._mention_re = re.compile(rf"(?<![A-Za-z0-9_])@?(?:{alt})(?![A-Za-z0-9_])", re.I)
        self._lead_re = re.compile(rf"^\s*@?(?:{alt})(?![A-Za-z0-9_])\s*[:：,，]?\s*", re.I)

    def set_display_name(self, name: str) -> None:
        self.display_name = name or ""
        self._build_mention_patterns()

    def _mentioned(self, content: dict, body: str, formatted: str) -> bool:
        mentions = content.get("m.mentions")
        if isinstance(mentions, dict) and self.user_id in (mentions.get("user_ids") or []):
            return True
        if formatted and self._pill_re.search(formatted):
            return True
        return bool(self._mention_re.search(body))

    def _strip_mention(self, body: str) -> str:
        text = self._lead_re.sub("", body, count=1)
        return self._mention_re.sub("", text).strip()

    def _user(self, room_id: str, user_id: str) -> User:
        localpart = user_id[1:].split(":", 1)[0]
        return User(id=f"mx:{user_id}", display_name=self._names.get((room_id, user_id)) or localpart,
                    username=localpart)

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
        chat = Chat(f"mx:{room_id}", kind, title)
        msg = Incoming("matrix", user, chat, message_id=event_id, received_at=time.time())

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
            msg.callback = Callback(event_id, data, SentRef(f"mx:{room_id}", target))
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
            row = self._room_row(room_id)
            if row is None or not row["dm_user"]:
                if self.dm_room_of(sender) is None:
                    self._upsert_room(room_id, dm_user=sender, joined_at=(row or {}).get("joined_at") or time.time())
        self._remember(self._senders, event_id, sender)
        reply_to = (rel.get("m.in_reply_to") or {}).get("event_id")
        if rel.get("rel_type") == "m.thread" and rel.get("event_id"):
            self._remember(self._threads, event_id, rel["event_id"])
            if rel.get("is_falling_back"):
                reply_to = None
        if reply_to and await self._is_own(room_id, reply_to):
            msg.reply_to_bot = True
            msg.reply_to_message_id = reply_to

        if msgtype == "m.file":
            url = content.get("url")
            file_info = content.get("info") or {}
            name = content.get("filename") or content.get("body") or "document"

            async def fetch(url=url) -> bytes:
                if not url:
                    raise ValueError("encrypted attachments are not supported")
                return await self._call(lambda: self.client.download_media(url), attempts=3,
                                        what="download", gated=False)

            size = file_info.get("size")
            msg.attachment = Attachment(name, size if isinstance(size, int) else None, file_info.get("mimetype"),
                                        fetch)
            return msg
        if msgtype not in ("m.text", "m.emote"):
            return None

        body = content.get("body") or ""
        if reply_to:
            body = strip_reply_fallback(body)
        formatted = content.get("formatted_body") or "" if content.get("format") == HTML_FORMAT else ""
        formatted = _REPLY_FALLBACK.sub("", formatted)
        msg.mentioned = self._mentioned(content, body, formatted)
        text = (self._strip_mention(body) if msg.mentioned else body).strip()
        command = _COMMAND.match(text)
        if command:
            msg.command = command.group(1).lower()
            msg.args = text[command.end():].strip()
        msg.text = text

        number = _NUMBER.fullmatch(unicodedata.normalize("NFKC", text)) if not command else None
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
                    msg.callback = Callback(event_id, data, SentRef(f"mx:{room_id}", target[0]))
                    msg.text = ""
        return msg

    # ------------------------------------------------------------ the sync loop

    def _spawn(self, key: tuple[str, str], coro) -> None:
        """Handle events of one person in one room in order; different people concurrently."""
        lock = self._locks.setdefault(key, asyncio.Lock())

        async def runner():
            async with lock:
                try:
                    await coro
                except Exception:
                    log.exception("failed to handle a Matrix event in %s", key[0])

        self._spawn_background(runner())

    def _spawn_background(self, coro) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle_event(self, room_id: str, ev: dict) -> None:
        msg = await self.to_incoming(room_id, ev)
        if msg is not None:
            await self.assistant.handle(msg, self)

    async def _handle_encrypted(self, room_id: str, ev: dict) -> None:
        """[E2EE hook] Decrypt, then handle the plaintext event like an unencrypted one."""
        try:
            plain = await self.crypto.decrypt(room_id, ev)
        except Exception as exc:
            log.warning("cannot decrypt %s from %s in %s: %s", ev.get("event_id"), ev.get("sender"), room_id, exc)
            return
        if plain and plain.get("type") in ("m.room.message", "m.reaction"):
            await self._handle_event(room_id, plain)

    def _dispatch(self, room_id: str, ev: dict) -> None:
        event_id = ev.get("event_id")
        sender = ev.get("sender", "")
        if not event_id or event_id in self._seen:
            return
        self._remember(self._seen, event_id, None)
        if sender == self.user_id:
            self._remember(self._own, event_id, True)
            return
        if ev.get("origin_server_ts", 0) / 1000.0 < self.cutoff:
            self.stats["ignored_old"] += 1
            log.debug("ignoring %s from before the start", event_id)
            return
        etype = ev.get("type")
        log.debug("event %s %s from %s in %s", event_id, etype, sender, room_id)
        if etype == "m.room.encrypted":
            if self.crypto is not None:                                                 # [E2EE hook]
                self._spawn((room_id, sender), self._handle_encrypted(room_id, ev))
                return
            self._spawn((room_id, ""), self._warn_encrypted(room_id))
            return
        if etype == "m.room.member":
            self._spawn((room_id, ""), self._after_membership(room_id, ev))
            return
        if etype in ("m.room.message", "m.reaction"):
            self._spawn((room_id, sender), self._handle_event(room_id, ev))

    async def process_sync(self, resp: dict, *, initial: bool) -> None:
        """Handle one /sync response. ``initial``: the first sync without a token (timeline skipped)."""
        if self.crypto is not None:                                                     # [E2EE hook]
            await self.crypto.process_sync(resp)        # room keys first: the timeline may need them
        rooms = resp.get("rooms") or {}
        for room_id, info in (rooms.get("invite") or {}).items():
            # A join may wait out a 429: not in the sync loop's way.
            self._spawn((room_id, ""), self._on_invite(room_id, info))
        for room_id in (rooms.get("leave") or {}):
            self._on_left(room_id)
        for room_id, info in (rooms.get("join") or {}).items():
            for ev in (info.get("state") or {}).get("events") or []:
                self._note_state_event(room_id, ev)
            timeline = info.get("timeline") or {}
            if timeline.get("limited") and room_id in self._rooms:
                self._rooms[room_id].members = None        # a gap: member changes may be missing
            for ev in timeline.get("events") or []:
                if "state_key" in ev:
                    self._note_state_event(room_id, ev)
                    if self.crypto is not None and ev.get("type") == "m.room.member":   # [E2EE hook]
                        await self.crypto.membership_changed(room_id)
                if initial:
                    if ev.get("event_id"):
                        self._remember(self._seen, ev["event_id"], None)
                    continue
                self._dispatch(room_id, ev)

    def _sync_filter(self, initial: bool) -> str:
        timeline_types = ["m.room.message", "m.reaction", "m.room.member", "m.room.encrypted", "m.room.name",
                          "m.room.encryption"]
        extra = {}
        if initial:
            # Synapse answers an identical /sync from its response cache for 2 minutes: a
            # stale initial sync would hand out an old token. A unique (ignored) field avoids it.
            extra["cn.committee_assistant.request"] = uuid.uuid4().hex
        return json.dumps({
            **extra,
            "presence": {"not_types": ["*"]},
            "account_data": {"not_types": ["*"]},
            "room": {
                "timeline": {"limit": 1 if initial else 50, "types": timeline_types},
                "state": {"lazy_load_members": True},
                "ephemeral": {"not_types": ["*"]},
                "account_data": {"not_types": ["*"]},
            },
        }, separators=(",", ":"))

    async def _until(self, coro, stop: asyncio.Event):
        task = asyncio.ensure_future(coro)
        waiter = asyncio.ensure_future(stop.wait())
        try:
            done, _ = await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()
        if task in done:
            return task.result()
        task.cancel()
        try:
            await task
        except BaseException:
            pass
        raise _Stopped()

    async def _sleep(self, seconds: float, stop: asyncio.Event) -> None:
        try:
            await asyncio.wait_for(stop.wait(), seconds)
        except asyncio.TimeoutError:
            pass

    async def run(self, stop: asyncio.Event) -> None:
        """Sync until ``stop`` is set."""
        token = self._state(self._token_key)
        initial = token is None
        if initial:
            # Nothing from before this very first start is answered (no catch-up margin).
            log.info("first start on this database: skipping the existing timeline")
            self.cutoff = max(self.cutoff, self.started_at)
        failures = 0
        while not stop.is_set():
            timeout = 0 if initial else int(self.sync_timeout * 1000)
            try:
                resp = await self._until(asyncio.wait_for(
                    self.client.sync(since=token, timeout=timeout, filter_id=self._sync_filter(initial)),
                    self.sync_timeout + 30), stop)
            except _Stopped:
                break
            except MatrixRequestError as exc:
                if _is_rate_limit(exc):
                    wait = retry_after(exc) or min(30.0, 2.0 ** failures)
                    log.info("429 on /sync: waiting %.1f s", wait)
                    self.stats["rate_limited"] += 1
                    await self._sleep(max(0.5, wait), stop)
                    continue
                if getattr(exc, "errcode", None) in ("M_UNKNOWN_TOKEN", "M_MISSING_TOKEN"):
                    raise ConfigError(f"The Matrix access token of {self.user_id} is not valid any more "
                                      f"({exc}); set MATRIX_ACCESS_TOKEN or MATRIX_PASSWORD again.") from exc
                failures += 1
                log.warning("/sync failed (%s); retrying", exc)
                await self._sleep(self._backoff(min(failures, 7)), stop)
                continue
            except (MatrixConnectionError, ClientError, asyncio.TimeoutError, OSError) as exc:
                failures += 1
                log.warning("/sync failed (%s: %s); retrying", type(exc).__name__, exc)
                await self._sleep(self._backoff(min(failures, 7)), stop)
                continue
            failures = 0
            try:
                await self.process_sync(resp, initial=initial)
            except Exception:
                log.exception("could not process a sync response")
            token = resp.get("next_batch") or token
            if token:
                self._set_state(self._token_key, token)
            initial = False
            self.ready.set()

    async def drain(self, timeout: float = 10.0) -> None:
        """Wait for handlers in flight (answers being sent), then cancel the rest."""
        tasks = [t_ for t_ in self._tasks if not t_.done()]
        if tasks:
            done, pending = await asyncio.wait(tasks, timeout=timeout)
            for task in pending:
                task.cancel()

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


def _guess_mime(file_name: str) -> str:
    import mimetypes

    return mimetypes.guess_type(file_name)[0] or "application/octet-stream"


# ================================================================ running

async def connect(assistant, *, homeserver: str, user_id: str | None, access_token: str | None,
                  password: str | None, stop: asyncio.Event | None = None) -> MatrixTransport:
    """Log in (or check the token), set the display name, and return a ready transport."""
    mx = assistant.settings.matrix
    api = MatrixAPI(base_url=homeserver, token=access_token, default_retry_count=0,
                    log=logging.getLogger("bot.matrix.http"))
    client = ClientAPI(mxid=user_id or "", api=api)
    failures = 0
    while True:
        try:
            if not access_token:
                await client.login(identifier=user_id, password=password, device_name=mx.device_name,
                                   device_id=mx.device_id or DEFAULT_DEVICE_ID)
            who = await client.whoami()
            break
        except MatrixRequestError as exc:
            if _is_rate_limit(exc):
                await asyncio.sleep(retry_after(exc) or 2.0)
                continue
            await api.session.close()
            if getattr(exc, "http_status", 0) in (401, 403):
                how = "MATRIX_ACCESS_TOKEN" if access_token else f"MATRIX_PASSWORD for {user_id}"
                raise ConfigError(f"The homeserver {homeserver} refused {how}: {exc}") from exc
            raise
        except (MatrixConnectionError, ClientError, asyncio.TimeoutError, OSError) as exc:
            failures += 1
            wait = min(60.0, 2.0 ** failures)
            log.warning("cannot reach %s (%s); retrying in %.0f s", homeserver, exc, wait)
            if stop is not None and stop.is_set():
                await api.session.close()
                raise
            await asyncio.sleep(wait)
    if user_id and who.user_id != user_id:
        log.warning("bot.matrix.user_id is %s but the access token belongs to %s; using the latter",
                    user_id, who.user_id)
    user_id = who.user_id
    client.mxid = user_id
    display_name = ""
    try:
        if mx.display_name:
            await client.set_displayname(mx.display_name)
        display_name = await client.get_displayname(user_id) or ""
    except Exception:
        log.debug("display name unavailable", exc_info=True)
    transport = MatrixTransport(
        assistant, client, user_id=user_id, attempts=max(1, mx.send_retries + 1),
        sync_timeout=mx.sync_timeout, catch_up_seconds=mx.catch_up_seconds, display_name=display_name)
    if mx.encryption:                                                                   # [E2EE hook]
        from bot.transports.matrix.crypto import start_crypto

        device_id = getattr(who, "device_id", None) or (None if access_token else mx.device_id or DEFAULT_DEVICE_ID)
        if not device_id:
            await api.session.close()
            raise ConfigError("bot.matrix.encryption needs the device of the access token; the homeserver "
                              "did not say it (whoami). Use MATRIX_PASSWORD with bot.matrix.device_id.")
        client.device_id = device_id
        try:
            transport.crypto = await start_crypto(transport, assistant.config.data_dir, device_id)
        except Exception:
            await api.session.close()
            raise
    with transaction(assistant.db):
        assistant.db.execute("delete from matrix_buttons where created_at < ?",
                             [time.time() - BUTTONS_KEPT_DAYS * 86400])
    return transport


async def run_matrix(assistant, *, stop: asyncio.Event | None = None, homeserver: str | None = None,
                     user_id: str | None = None, access_token: str | None = None,
                     password: str | None = None) -> None:
    """Run the Matrix bot until ``stop`` is set (or forever)."""
    settings = assistant.settings
    mx = settings.matrix
    homeserver = (homeserver or mx.homeserver or "").strip().rstrip("/")
    user_id = user_id or mx.user_id or None
    if not access_token and not password:
        access_token = settings.matrix_access_token
        password = None if access_token else settings.matrix_password
    if not homeserver:
        raise ConfigError("Set bot.matrix.homeserver (e.g. https://matrix.example.org) to run the Matrix transport.")
    if not homeserver.startswith(("http://", "https://")):
        raise ConfigError(f"bot.matrix.homeserver must be an http(s) URL, got {homeserver!r}.")
    if not access_token and not password:
        raise ConfigError("Set MATRIX_ACCESS_TOKEN (or MATRIX_PASSWORD with bot.matrix.user_id) "
                          "to run the Matrix transport.")
    if password and not access_token and not user_id:
        raise ConfigError("Logging in with MATRIX_PASSWORD needs bot.matrix.user_id (e.g. @assistant:example.org).")
    stop = stop or asyncio.Event()
    transport = await connect(assistant, homeserver=homeserver, user_id=user_id, access_token=access_token,
                              password=password, stop=stop)
    assistant.attach_transport(transport)
    log.info("Matrix bot %s running on %s", transport.user_id, homeserver)
    try:
        await transport.run(stop)
    finally:
        await transport.drain()
        await transport.close()


__all__ = ["MatrixTransport", "MatrixAPI", "ButtonMap", "render_buttons", "translate_error", "reaction_key",
           "to_matrix_html", "connect", "run_matrix"]
