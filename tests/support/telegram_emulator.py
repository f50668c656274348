"""In-process emulator of the Telegram Bot API for offline tests.

The real ``python-telegram-bot`` (PTB) library talks HTTP to this emulator exactly as it
would talk to ``api.telegram.org``::

    async with TelegramEmulator() as emu:
        app = (ApplicationBuilder().token(emu.token)
               .base_url(emu.base_url).base_file_url(emu.base_file_url).build())
        ...
        user = User(id=1001, first_name="Ann", username="ann")
        incoming = emu.send_text(user, Chat.private(user), "/start")
        [reply] = await emu.wait_for_messages(user.id, 1, after=incoming["message_id"])

Wire format (what PTB 22 actually sends, see ``telegram/request/_httpxrequest.py``):

* Every bot method is ``POST {base_url}{token}/{method}``.
* Parameters are sent **form-encoded** (``application/x-www-form-urlencoded``), or as
  ``multipart/form-data`` when files are uploaded.  Every value is a string: plain strings
  are sent as-is, everything else (ints, bools, dicts, lists) is JSON-encoded
  (``RequestParameter.json_value``).  The emulator therefore coerces well-known fields
  (``chat_id``, ``reply_markup`` ...) back to their types.  JSON bodies and query-string
  parameters (used by other clients / curl) are accepted as well.
* Files are downloaded with ``GET {base_file_url}{token}/{file_path}``.

Everything lives in one asyncio loop; use :class:`EmulatorThread` to run the emulator
in a background thread (its helpers are then thread-safe and blocking, with ``*_async``
variants usable from any other event loop).

Run standalone: ``python tests/support/telegram_emulator.py --port 8081``.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import concurrent.futures
import copy
import dataclasses
import inspect
import itertools
import json
import math
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Callable, Iterable

from aiohttp import web

__all__ = [
    "DEFAULT_TOKEN",
    "Call",
    "Chat",
    "EmulatorThread",
    "EntityParseError",
    "SentMessage",
    "TelegramApiError",
    "TelegramEmulator",
    "UploadedFile",
    "User",
    "parse_html",
    "parse_markdown",
    "parse_markdown_v2",
    "utf16_len",
]

DEFAULT_TOKEN = "123456789:AAEmulatorTestTokenXXXXXXXXXXXXXXXX"
MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024

# Update types Telegram delivers when ``allowed_updates`` was never specified.
DEFAULT_ALLOWED_UPDATES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)
ALL_UPDATE_TYPES = DEFAULT_ALLOWED_UPDATES | {
    "chat_member",
    "message_reaction",
    "message_reaction_count",
}

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)

# Methods that the "blocked user" and flood-limit emulation treat as sending to a chat.
_SEND_PREFIXES = ("send", "forward", "copy")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (the unit of Telegram entity offsets)."""
    return len(text.encode("utf-16-le")) // 2


# ---------------------------------------------------------------------------------------
# Simulated users / chats
# ---------------------------------------------------------------------------------------


@dataclass
class User:
    """A simulated Telegram user (or another bot when ``is_bot``)."""

    id: int
    first_name: str = "Test"
    username: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False
    last_name: str | None = None
    is_premium: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        for key in ("last_name", "username", "language_code", "is_premium"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


@dataclass
class Chat:
    """A simulated chat. ``type`` is 'private', 'group', 'supergroup' or 'channel'."""

    id: int
    type: str = "private"
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    is_forum: bool | None = None

    @classmethod
    def private(cls, user: User) -> Chat:
        return cls(
            id=user.id,
            type="private",
            username=user.username,
            first_name=user.first_name,
            last_name=user.last_name,
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name", "is_forum"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data


# ---------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------


@dataclass
class UploadedFile:
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class Call:
    """One HTTP call the bot made to the emulated Bot API."""

    method: str
    params: dict[str, Any]
    timestamp: float
    files: dict[str, UploadedFile] = field(default_factory=dict)
    http_method: str = "POST"
    status: int | None = None  # HTTP status of the answer (None while in flight)
    response: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "params": self.params,
            "timestamp": self.timestamp,
            "files": {
                k: {"filename": f.filename, "content_type": f.content_type, "size": len(f.data)}
                for k, f in self.files.items()
            },
            "http_method": self.http_method,
            "status": self.status,
            "response": self.response,
        }


@dataclass
class SentMessage:
    """A message the bot sent, kept up to date with edits/deletion.

    ``message`` is the Bot API ``Message`` object (as returned to the bot, updated on
    edits); ``msg["message_id"]`` style access is delegated to it, so a ``SentMessage``
    can be passed wherever a message dict is accepted (``reply_to=``, ``press_button``).
    """

    chat_id: int
    message_id: int
    method: str
    text: str | None  # raw text / caption as the bot sent it (markup included)
    parse_mode: str | None
    plain_text: str | None  # visible text after entity parsing
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None  # any markup kind (inline, reply keyboard, remove...)
    reply_to_message_id: int | None
    disable_notification: bool
    link_preview_options: dict[str, Any] | None
    params: dict[str, Any]
    date: int
    message: dict[str, Any]
    original_text: str | None = None
    edits: list[dict[str, Any]] = field(default_factory=list)  # each edit's new state
    deleted: bool = False
    document: dict[str, Any] | None = None
    file_data: bytes | None = None

    # dict-like access to the Bot API message
    def __getitem__(self, key: str) -> Any:
        return self.message[key]

    def __contains__(self, key: object) -> bool:
        return key in self.message

    def get(self, key: str, default: Any = None) -> Any:
        return self.message.get(key, default)

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]]:
        markup = self.reply_markup or {}
        return markup.get("inline_keyboard") or []

    @property
    def button_data(self) -> list[str]:
        """All callback_data values of the current inline keyboard, row by row."""
        return [b["callback_data"] for row in self.inline_keyboard for b in row if "callback_data" in b]

    @property
    def button_texts(self) -> list[str]:
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return [b if isinstance(b, str) else b.get("text", "") for row in rows for b in row]

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data.pop("file_data")
        data["file_size"] = len(self.file_data) if self.file_data is not None else None
        return data


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None


@dataclass
class _Fault:
    method: str | None  # None = any method
    status: int
    description: str
    parameters: dict[str, Any] | None
    remaining: int
    chat_id: Any = None


@dataclass
class _Delay:
    method: str | None
    seconds: float
    remaining: int


class TelegramApiError(Exception):
    """An error answer of the emulated Bot API."""

    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad(description: str) -> TelegramApiError:
    return TelegramApiError(400, "Bad Request: " + description)


_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: chat not found",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


# ---------------------------------------------------------------------------------------
# Text formatting parsers (HTML / MarkdownV2 / Markdown), modelled on tdlib
# ---------------------------------------------------------------------------------------


class EntityParseError(ValueError):
    """Raised by the parsers; becomes 400 "Bad Request: can't parse entities: ..."."""


_HTML_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_NAMED_HTML_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "tg-emoji": "custom_emoji",
}
_HTML_WS = " \t\r\n"


def _decode_html_entity(match: re.Match[str]) -> str:
    named, dec, hexa = match.groups()
    if named:
        return _NAMED_HTML_ENTITIES[named]
    code = int(dec) if dec else int(hexa, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return chr(code)


def _decode_html_entities_lenient(text: str) -> str:
    return _HTML_ENTITY_RE.sub(_decode_html_entity, text)


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _is_tag_char(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-_")


def parse_html(text: str, *, strict: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-flavoured HTML into ``(plain_text, entities)``.

    Raises :class:`EntityParseError` with tdlib's wording for unsupported/unbalanced tags.
    With ``strict`` (the default) a bare ``&`` that does not start an entity and a bare
    ``>`` are errors as well: real Telegram renders those literally, but a bot emitting
    them almost always forgot to escape user-provided text (``html.escape``).
    """
    out: list[str] = []
    pos = 0  # UTF-16 offset of the output
    stack: list[dict[str, Any]] = []
    entities: list[dict[str, Any]] = []
    i, n = 0, len(text)

    def emit(s: str) -> None:
        nonlocal pos
        out.append(s)
        pos += utf16_len(s)

    while i < n:
        c = text[i]
        if c == "&":
            m = _HTML_ENTITY_RE.match(text, i)
            if m:
                emit(_decode_html_entity(m))
                i = m.end()
                continue
            if strict:
                raise EntityParseError(
                    f'Unescaped "&" at byte offset {_byte_offset(text, i)}; escape it as &amp; '
                    "(emulator strict_html check)"
                )
            emit(c)
            i += 1
            continue
        if c == ">":
            if strict:
                raise EntityParseError(
                    f'Unescaped ">" at byte offset {_byte_offset(text, i)}; escape it as &gt; '
                    "(emulator strict_html check)"
                )
            emit(c)
            i += 1
            continue
        if c != "<":
            emit(c)
            i += 1
            continue

        begin_byte = _byte_offset(text, i)
        if i + 1 < n and text[i + 1] == "/":  # end tag
            j = i + 2
            while j < n and _is_tag_char(text[j]):
                j += 1
            name = text[i + 2 : j].lower()
            while j < n and text[j] in _HTML_WS:
                j += 1
            if j >= n or text[j] != ">":
                raise EntityParseError(f"Unclosed end tag at byte offset {begin_byte}")
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {begin_byte}")
            top = stack[-1]
            if name != top["name"]:
                raise EntityParseError(
                    f'Unmatched end tag at byte offset {begin_byte}, expected "</{top["name"]}>", '
                    f'found "</{name}>"'
                )
            stack.pop()
            _close_html_entity(top, pos, stack, entities)
            i = j + 1
            continue

        # start tag
        j = i + 1
        while j < n and _is_tag_char(text[j]):
            j += 1
        name = text[i + 1 : j].lower()
        if name not in _HTML_TAGS:
            raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {begin_byte}')
        attrs: dict[str, str] = {}
        while True:
            while j < n and text[j] in _HTML_WS:
                j += 1
            if j >= n:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin_byte}")
            if text[j] == ">":
                j += 1
                break
            k = j
            while k < n and _is_tag_char(text[k]):
                k += 1
            attr_name = text[j:k].lower()
            if not attr_name:
                raise EntityParseError(
                    f'Empty attribute name in the tag "{name}" at byte offset {begin_byte}'
                )
            j = k
            while j < n and text[j] in _HTML_WS:
                j += 1
            value = ""
            if j < n and text[j] == "=":
                j += 1
                while j < n and text[j] in _HTML_WS:
                    j += 1
                if j >= n:
                    raise EntityParseError(f"Unclosed start tag at byte offset {begin_byte}")
                if text[j] in "\"'":
                    end = text.find(text[j], j + 1)
                    if end < 0:
                        raise EntityParseError(
                            f'Unclosed end of attribute value in the tag "{name}" at byte offset '
                            f"{begin_byte}"
                        )
                    value = text[j + 1 : end]
                    j = end + 1
                else:
                    k = j
                    while k < n and text[k] not in _HTML_WS + ">":
                        k += 1
                    value = text[j:k]
                    j = k
                value = _decode_html_entities_lenient(value)
            attrs[attr_name] = value
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {begin_byte}'
            )
        stack.append({"name": name, "start": pos, "attrs": attrs})
        i = j

    if stack:
        raise EntityParseError(
            f'Can\'t find end tag corresponding to start tag "{stack[-1]["name"]}"'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _close_html_entity(
    top: dict[str, Any], pos: int, stack: list[dict[str, Any]], entities: list[dict[str, Any]]
) -> None:
    name, start, attrs = top["name"], top["start"], top["attrs"]
    length = pos - start
    kind = _HTML_TAGS[name]
    if name == "code" and stack and stack[-1]["name"] == "pre":
        cls = attrs.get("class", "")
        if cls.startswith("language-"):
            stack[-1]["attrs"]["_language"] = cls[len("language-") :]
            return
    if length <= 0:
        return
    entity: dict[str, Any] = {"type": kind, "offset": start, "length": length}
    if name == "a":
        url = attrs.get("href", "")
        m = re.match(r"tg://user\?id=(\d+)$", url)
        if m:
            entity = {"type": "text_mention", "offset": start, "length": length, "user": {"id": int(m.group(1)), "is_bot": False, "first_name": ""}}
        elif url:
            entity["url"] = url
        else:
            return
    elif name == "pre" and attrs.get("_language"):
        entity["language"] = attrs["_language"]
    elif name == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    elif name == "tg-emoji":
        entity["custom_emoji_id"] = attrs.get("emoji-id", "")
    entities.append(entity)


_MDV2_RESERVED = "_*[]()~`>#+-=|{}.!"
_MDV2_TYPE_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


def parse_markdown_v2(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse MarkdownV2 into ``(plain_text, entities)`` following tdlib's rules.

    Every reserved character outside of entity syntax must be escaped with ``\\``.
    """
    out: list[str] = []
    pos = 0
    entities: list[dict[str, Any]] = []
    stack: list[dict[str, Any]] = []
    quote_start: int | None = None
    i, n = 0, len(text)

    def emit(s: str) -> None:
        nonlocal pos
        out.append(s)
        pos += utf16_len(s)

    def err_reserved(ch: str) -> EntityParseError:
        return EntityParseError(
            f"Character '{ch}' is reserved and must be escaped with the preceding '\\'"
        )

    while i < n:
        c = text[i]
        at_line_start = i == 0 or text[i - 1] == "\n"
        in_code = bool(stack) and stack[-1]["type"] in ("code", "pre")
        if c == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            emit(text[i + 1])
            i += 2
            continue
        if not in_code and c == ">" and at_line_start:
            if quote_start is None:
                quote_start = pos
            i += 1
            continue
        if c == "\n" and quote_start is not None and not in_code:
            if not (i + 1 < n and text[i + 1] == ">"):
                if pos > quote_start:
                    entities.append({"type": "blockquote", "offset": quote_start, "length": pos - quote_start})
                quote_start = None
            emit(c)
            i += 1
            continue
        reserved = "`" if in_code else _MDV2_RESERVED
        if c not in reserved:
            emit(c)
            i += 1
            continue

        top = stack[-1] if stack else None
        nxt = text[i + 1] if i + 1 < n else ""
        is_end = False
        if top is not None:
            t = top["type"]
            is_end = (
                (t == "bold" and c == "*")
                or (t == "italic" and c == "_" and nxt != "_")
                or (t == "code" and c == "`")
                or (t == "pre" and text.startswith("```", i))
                or (t in ("text_link", "custom_emoji") and c == "]")
                or (t == "underline" and c == "_" and nxt == "_")
                or (t == "strikethrough" and c == "~")
                or (t == "spoiler" and c == "|" and nxt == "|")
            )
        if not is_end:
            begin_byte = _byte_offset(text, i)
            extra: dict[str, Any] = {}
            if c == "_":
                if nxt == "_":
                    kind = "underline"
                    i += 1
                else:
                    kind = "italic"
            elif c == "*":
                kind = "bold"
            elif c == "~":
                kind = "strikethrough"
            elif c == "|":
                if nxt != "|":
                    raise err_reserved(c)
                kind = "spoiler"
                i += 1
            elif c == "[":
                kind = "text_link"
            elif c == "!":
                if nxt != "[":
                    raise err_reserved(c)
                kind = "custom_emoji"
                i += 1
            elif c == "`":
                if text.startswith("```", i):
                    kind = "pre"
                    i += 3
                    nl = text.find("\n", i)
                    if nl >= 0:
                        first = text[i:nl]
                        if first and not any(ch in first for ch in " \t`"):
                            extra["language"] = first
                            i = nl + 1
                        elif not first:
                            i = nl + 1
                    stack.append({"type": kind, "start": pos, "byte": begin_byte, **extra})
                    continue
                kind = "code"
            else:
                raise err_reserved(c)
            stack.append({"type": kind, "start": pos, "byte": begin_byte, **extra})
            i += 1
            continue

        # end of the entity on top of the stack
        assert top is not None
        stack.pop()
        t = top["type"]
        entity: dict[str, Any] = {"type": t, "offset": top["start"], "length": pos - top["start"]}
        if t in ("underline", "spoiler"):
            i += 2
        elif t == "pre":
            i += 3
            if top.get("language"):
                entity["language"] = top["language"]
        elif t in ("text_link", "custom_emoji"):
            i += 1
            url = ""
            if i < n and text[i] == "(":
                i += 1
                buf: list[str] = []
                while i < n and text[i] != ")":
                    if text[i] == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
                        buf.append(text[i + 1])
                        i += 2
                        continue
                    buf.append(text[i])
                    i += 1
                if i >= n:
                    raise EntityParseError(
                        f"Can't find end of a url at byte offset {top['byte']}"
                    )
                i += 1
                url = "".join(buf)
            if t == "custom_emoji":
                m = re.match(r"tg://emoji\?id=(\d+)$", url)
                if not m:
                    raise EntityParseError("Custom emoji entity must contain a tg://emoji URL")
                entity["custom_emoji_id"] = m.group(1)
            else:
                if not url:  # "[text]" without "(url)": plain text, no entity
                    continue
                entity["url"] = url
        else:
            i += 1
        if entity["length"] > 0:
            entities.append(entity)

    if stack:
        top = stack[-1]
        raise EntityParseError(
            f"Can't find end of {_MDV2_TYPE_NAMES[top['type']]} entity at byte offset {top['byte']}"
        )
    if quote_start is not None and pos > quote_start:
        entities.append({"type": "blockquote", "offset": quote_start, "length": pos - quote_start})
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def parse_markdown(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse legacy ``Markdown`` (``*bold* _italic_ `code` ```pre``` [text](url)``)."""
    out: list[str] = []
    pos = 0
    entities: list[dict[str, Any]] = []
    i, n = 0, len(text)

    def emit(s: str) -> None:
        nonlocal pos
        out.append(s)
        pos += utf16_len(s)

    def not_closed(idx: int) -> EntityParseError:
        return EntityParseError(
            f"Can't find end of the entity starting at byte offset {_byte_offset(text, idx)}"
        )

    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            emit(text[i + 1])
            i += 2
            continue
        if c not in "_*`[":
            emit(c)
            i += 1
            continue
        begin = i
        if c == "[":
            close = text.find("]", i + 1)
            if close < 0:
                raise not_closed(begin)
            label = text[i + 1 : close]
            url = ""
            i = close + 1
            if i < n and text[i] == "(":
                end = text.find(")", i + 1)
                if end < 0:
                    raise not_closed(begin)
                url = text[i + 1 : end]
                i = end + 1
            start = pos
            emit(label)
            if url and label:
                entities.append({"type": "text_link", "offset": start, "length": pos - start, "url": url})
            continue
        if text.startswith("```", i):
            end = text.find("```", i + 3)
            if end < 0:
                raise not_closed(begin)
            body = text[i + 3 : end]
            language = None
            nl = body.find("\n")
            if nl >= 0 and body[:nl] and " " not in body[:nl]:
                language, body = body[:nl], body[nl + 1 :]
            start = pos
            emit(body)
            if body:
                entity = {"type": "pre", "offset": start, "length": pos - start}
                if language:
                    entity["language"] = language
                entities.append(entity)
            i = end + 3
            continue
        end = text.find(c, i + 1)
        if end < 0:
            raise not_closed(begin)
        body = text[i + 1 : end]
        start = pos
        emit(body)
        if body:
            kind = {"*": "bold", "_": "italic", "`": "code"}[c]
            entities.append({"type": kind, "offset": start, "length": pos - start})
        i = end + 1
    return "".join(out), entities


def _strip_text(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip leading/trailing whitespace like Telegram does, fixing entity offsets."""
    stripped_left = text.lstrip()
    shift = utf16_len(text) - utf16_len(stripped_left)
    result = stripped_left.rstrip()
    total = utf16_len(result)
    fixed = []
    for ent in entities:
        start = max(0, ent["offset"] - shift)
        end = min(total, ent["offset"] + ent["length"] - shift)
        if end > start:
            fixed.append({**ent, "offset": start, "length": end - start})
    return result, fixed


# ---------------------------------------------------------------------------------------
# Parameter coercion (PTB sends every value as a string in form/multipart bodies)
# ---------------------------------------------------------------------------------------

_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "reply_parameters",
        "link_preview_options",
        "allowed_updates",
        "commands",
        "scope",
        "media",
        "results",
        "permissions",
        "options",
        "message_ids",
        "reaction",
        "explanation_entities",
    }
)
_INT_FIELDS = frozenset(
    {
        "message_id",
        "from_chat_id",
        "offset",
        "limit",
        "timeout",
        "user_id",
        "reply_to_message_id",
        "message_thread_id",
        "cache_time",
        "max_connections",
        "until_date",
        "duration",
        "width",
        "height",
    }
)
_BOOL_FIELDS = frozenset(
    {
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
        "disable_content_type_detection",
        "revoke_messages",
        "allow_paid_broadcast",
        "show_caption_above_media",
        "has_spoiler",
        "is_personal",
        "only_if_banned",
    }
)


def _coerce(name: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if name in _JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError:
            if name == "reply_markup":
                raise _bad("can't parse reply keyboard markup JSON object") from None
            raise _bad(f"can't parse {name} JSON object") from None
    if name == "chat_id":
        return int(value) if re.fullmatch(r"-?\d+", value.strip()) else value
    if name in _INT_FIELDS:
        try:
            return int(value)
        except ValueError:
            try:
                return int(float(value))
            except ValueError:
                raise _bad(f"invalid {name} specified") from None
    if name in _BOOL_FIELDS:
        return value.strip().lower() in ("true", "1", "yes")
    return value


# ---------------------------------------------------------------------------------------
# The emulator
# ---------------------------------------------------------------------------------------

def _user_dict(user: Any) -> dict[str, Any]:
    if isinstance(user, User):
        return user.to_dict()
    if isinstance(user, dict):
        return dict(user)
    raise TypeError(f"expected User or dict, got {type(user).__name__}")


def _chat_dict(chat: Any) -> dict[str, Any]:
    if isinstance(chat, Chat):
        return chat.to_dict()
    if isinstance(chat, dict):
        return dict(chat)
    raise TypeError(f"expected Chat or dict, got {type(chat).__name__}")


def _message_ref(message: Any) -> dict[str, Any]:
    if isinstance(message, SentMessage):
        return message.message
    if isinstance(message, dict):
        return message
    raise TypeError(f"expected a message dict or SentMessage, got {type(message).__name__}")


class TelegramEmulator:
    """Fake Telegram Bot API server (aiohttp) plus helpers to simulate users."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_id: int | None = None,
        bot_username: str = "emulated_test_bot",
        bot_first_name: str = "Emulated Bot",
        host: str = "127.0.0.1",
        port: int = 0,
        strict_html: bool = True,
        strict_chats: bool = False,
        privacy_mode: bool = False,
        max_message_length: int = MAX_MESSAGE_LENGTH,
    ) -> None:
        """
        ``strict_html``: also reject bare ``&``/``>`` in HTML (see :func:`parse_html`).
        ``strict_chats``: sending to a chat never seen before answers 400 "chat not found"
        (default: such chats are created on the fly).
        ``privacy_mode``: emulate group privacy mode (only commands and replies to the bot are
        delivered from groups); off by default (``can_read_all_group_messages``).
        """
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_id = bot_id if bot_id is not None else (int(prefix) if prefix.isdigit() else 123456789)
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.host = host
        self._requested_port = port
        self.port: int | None = None
        self.strict_html = strict_html
        self.strict_chats = strict_chats
        self.privacy_mode = privacy_mode
        self.max_message_length = max_message_length

        self._runner: web.AppRunner | None = None
        self._closing = False
        self._changed = asyncio.Event()
        self._methods = self._method_table()

        # state
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self.dropped_updates: list[dict[str, Any]] = []  # filtered out (allowed_updates / privacy)
        self._poll_generation = 0
        self._calls: list[Call] = []
        self._chats: dict[int, dict[str, Any]] = {}
        self._messages: dict[int, dict[int, dict[str, Any]]] = collections.defaultdict(dict)
        self._msg_ids: dict[int, itertools.count[int]] = {}
        self._sent: list[SentMessage] = []
        self._sent_index: dict[tuple[int, int], SentMessage] = {}
        self._deleted: set[tuple[int, int]] = set()
        self._files: dict[str, _StoredFile] = {}
        self._files_by_path: dict[str, _StoredFile] = {}
        self._file_counter = itertools.count(1)
        self._callback_queries: dict[str, dict[str, Any]] = {}
        self._callback_ids = itertools.count(int(time.time()) * 1000)
        self._webhook: dict[str, Any] = {"url": ""}
        self._webhook_lock = asyncio.Lock()
        self.webhook_target: str | None = None        # where webhook updates are POSTed (a TLS proxy's upstream)
        self.webhook_deliveries: list[tuple[int, int | None]] = []   # (update_id, HTTP status)
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._members: dict[tuple[int, int], dict[str, Any]] = {}
        self._faults: list[_Fault] = []
        self._delays: list[_Delay] = []
        self._blocked: set[int] = set()
        self._chat_not_found: set[Any] = set()
        self._left_chats: set[int] = set()
        self._flood: dict[str, float | None] = {}
        self._flood_global: collections.deque[float] = collections.deque()
        self._flood_chat_min: dict[Any, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._flood_chat_sec: dict[Any, collections.deque[float]] = collections.defaultdict(collections.deque)

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> TelegramEmulator:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_bot)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        self._add_control_routes(app)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self._requested_port)
        await site.start()
        server = site._server  # noqa: SLF001 - the only way to learn the bound port
        assert server is not None and server.sockets  # type: ignore[union-attr]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._closing = False
        return self

    async def stop(self) -> None:
        self._closing = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> TelegramEmulator:
        return await self.start()

    async def __aexit__(self, *exc: Any) -> None:
        await self.stop()

    @property
    def root_url(self) -> str:
        if self.port is None:
            raise RuntimeError("emulator not started")
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Pass to ``ApplicationBuilder().base_url()`` (PTB appends the token)."""
        return f"{self.root_url}/bot"

    @property
    def base_file_url(self) -> str:
        """Pass to ``ApplicationBuilder().base_file_url()`` (PTB appends the token)."""
        return f"{self.root_url}/file/bot"

    @property
    def api_url(self) -> str:
        """Full URL prefix for raw HTTP calls: ``{api_url}/getMe``."""
        return f"{self.base_url}{self.token}"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": self.bot_first_name, "username": self.bot_username}

    # ------------------------------------------------------------------ waiting
    def _notify(self) -> None:
        event = self._changed
        self._changed = asyncio.Event()
        event.set()

    async def _wait_change(self, timeout: float) -> None:
        event = self._changed
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except asyncio.TimeoutError:
            pass

    async def wait_for(self, predicate: Callable[[TelegramEmulator], Any], timeout: float = 10.0) -> Any:
        """Wait until ``predicate(emulator)`` is truthy and return its value.

        The predicate receives the emulator itself (so it also works through
        :class:`EmulatorThread`, where it runs inside the emulator's loop).
        Raises ``TimeoutError`` listing the recent bot calls on timeout.
        """
        deadline = time.monotonic() + timeout
        while True:
            result = predicate(self)
            if result:
                return result
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                recent = ", ".join(f"{c.method}->{c.status}" for c in self._calls[-15:])
                raise TimeoutError(f"condition not met within {timeout}s; recent calls: [{recent}]")
            await self._wait_change(min(remaining, 0.5))

    async def wait_for_messages(
        self, chat_id: int | None, count: int = 1, timeout: float = 10.0, *, after: int | None = None
    ) -> list[SentMessage]:
        """Wait until the bot has sent at least ``count`` messages to ``chat_id``.

        ``after``: only count messages whose ``message_id`` is greater (pass the id of the
        simulated user's message to wait for the replies to it). ``chat_id=None``: any chat.
        Returns the counted messages (possibly more than ``count``).
        """

        def check(emu: TelegramEmulator) -> list[SentMessage] | None:
            msgs = [m for m in emu.sent_messages(chat_id) if after is None or m.message_id > after]
            return msgs if len(msgs) >= count else None

        return await self.wait_for(check, timeout)

    async def wait_for_call(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """Wait until ``method`` was called (answered) at least ``count`` times in total."""

        def check(emu: TelegramEmulator) -> list[Call] | None:
            done = [c for c in emu.calls(method) if c.status is not None]
            return done if len(done) >= count else None

        return await self.wait_for(check, timeout)

    async def wait_until_consumed(self, timeout: float = 10.0) -> None:
        """Wait until all queued updates were confirmed by the bot (offset moved past them)."""
        await self.wait_for(lambda emu: not emu._updates, timeout)

    # ------------------------------------------------------------------ query helpers
    def calls(self, method: str | None = None) -> list[Call]:
        """Every call the bot made, in order (optionally only ``method``, case-insensitive)."""
        if method is None:
            return list(self._calls)
        low = method.lower()
        return [c for c in self._calls if c.method.lower() == low]

    def clear_calls(self) -> None:
        self._calls.clear()

    def sent_messages(self, chat_id: int | str | None = None) -> list[SentMessage]:
        """Messages the bot sent (all chats, or one chat), in sending order."""
        if chat_id is None:
            return list(self._sent)
        cid = self._chat_key(chat_id)
        return [m for m in self._sent if m.chat_id == cid]

    def last_message(self, chat_id: int | str | None = None) -> SentMessage | None:
        msgs = self.sent_messages(chat_id)
        return msgs[-1] if msgs else None

    def get_message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """Any stored message (user's or bot's) by id, current version."""
        return self._messages.get(self._chat_key(chat_id), {}).get(message_id)

    def sent_message(self, chat_id: int, message_id: int) -> SentMessage | None:
        return self._sent_index.get((self._chat_key(chat_id), message_id))

    def pending_updates(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by the bot."""
        return copy.deepcopy(self._updates)

    def callback_answers(self) -> list[dict[str, Any]]:
        return [q["answer"] for q in self._callback_queries.values() if q.get("answer") is not None]

    def commands(self, scope: dict[str, Any] | None = None, language_code: str = "") -> list[dict[str, Any]]:
        return copy.deepcopy(self._commands.get(self._commands_key(scope, language_code), []))

    def webhook_info(self) -> dict[str, Any]:
        return copy.deepcopy(self._webhook)

    def get_file_bytes(self, file_id: str) -> bytes | None:
        stored = self._files.get(file_id)
        return stored.data if stored else None

    def chats(self) -> dict[int, dict[str, Any]]:
        return copy.deepcopy(self._chats)

    # ------------------------------------------------------------------ fault injection
    def fail_next(
        self,
        method: str | None,
        *,
        status: int = 429,
        retry_after: int = 1,
        count: int = 1,
        description: str | None = None,
        chat_id: int | str | None = None,
    ) -> None:
        """Make the next ``count`` calls of ``method`` (``None``/``"*"``: any) fail.

        Only calls for ``chat_id`` are affected when given. 429 answers carry
        ``parameters.retry_after``. Failed calls have no side effects.
        """
        if description is None:
            if status == 429:
                description = f"Too Many Requests: retry after {retry_after}"
            else:
                description = _DEFAULT_DESCRIPTIONS.get(status) or self._phrase(status)
        params = {"retry_after": retry_after} if status == 429 else None
        self._faults.append(
            _Fault(
                method=None if method in (None, "*") else method.lower(),
                status=status,
                description=description,
                parameters=params,
                remaining=count,
                chat_id=None if chat_id is None else self._chat_key(chat_id),
            )
        )

    def delay_next(self, method: str | None, seconds: float, count: int = 1) -> None:
        """Sleep ``seconds`` before answering the next ``count`` calls of ``method``.

        The call is still processed after the delay even if the client gave up (as on
        the real API, a timed-out sendMessage may well have been delivered).
        """
        self._delays.append(_Delay(None if method in (None, "*") else method.lower(), seconds, count))

    def block_user(self, chat_id: int) -> None:
        """Every later send to this chat fails with 403 "Forbidden: bot was blocked by the user"."""
        self._blocked.add(self._chat_key(chat_id))

    def unblock_user(self, chat_id: int) -> None:
        self._blocked.discard(self._chat_key(chat_id))

    def fail_chat_not_found(self, chat_id: int | str) -> None:
        """Every later call for this chat fails with 400 "Bad Request: chat not found"."""
        self._chat_not_found.add(self._chat_key(chat_id))

    def flood_limit(
        self,
        per_second: float | None = None,
        per_chat_per_minute: float | None = None,
        per_chat_per_second: float | None = None,
    ) -> None:
        """Emulate flood control for sending methods (all ``None`` = off, the default).

        Telegram's documented soft limits are about 30/s overall, 1/s per chat and
        20/min per group. Exceeding answers 429 with ``retry_after``.
        """
        self._flood = {
            "per_second": per_second,
            "per_chat_per_minute": per_chat_per_minute,
            "per_chat_per_second": per_chat_per_second,
        }
        self._flood_global.clear()
        self._flood_chat_min.clear()
        self._flood_chat_sec.clear()

    def set_chat_member(self, chat_id: int, user: User | dict[str, Any] | int, status: str = "member", **fields: Any) -> None:
        """Set what getChatMember answers (status: creator, administrator, member,
        restricted, left, kicked). Extra fields override the defaults."""
        if isinstance(user, int):
            user_d = self.bot_user if user == self.bot_id else {"id": user, "is_bot": False, "first_name": f"User{user}"}
        else:
            user_d = _user_dict(user)
        self._members[(self._chat_key(chat_id), user_d["id"])] = self._member_dict(user_d, status, **fields)

    def register_chat(self, chat: Chat | dict[str, Any]) -> dict[str, Any]:
        return self._register_chat(_chat_dict(chat))

    def reset(self) -> None:
        """Forget calls, messages, updates and faults (keeps server running)."""
        port, runner, methods = self.port, self._runner, self._methods
        kwargs = dict(
            token=self.token,
            bot_id=self.bot_id,
            bot_username=self.bot_username,
            bot_first_name=self.bot_first_name,
            host=self.host,
            port=self._requested_port,
            strict_html=self.strict_html,
            strict_chats=self.strict_chats,
            privacy_mode=self.privacy_mode,
            max_message_length=self.max_message_length,
        )
        changed = self._changed
        self.__init__(**kwargs)  # type: ignore[misc]
        self.port, self._runner, self._methods, self._changed = port, runner, methods, changed
        self._notify()

    # ------------------------------------------------------------------ simulating users
    def send_text(
        self,
        user: User | dict[str, Any],
        chat: Chat | dict[str, Any] | None,
        text: str,
        *,
        reply_to: dict[str, Any] | SentMessage | None = None,
        entities: list[dict[str, Any]] | None = None,
        forward_from_chat: Chat | dict[str, Any] | None = None,
        forward_from: User | dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A user sends a text message. ``chat=None`` means the user's private chat.

        ``bot_command`` entities (``/cmd`` or ``/cmd@bot``, at start or after whitespace)
        and ``mention`` entities (``@username``) are added automatically unless explicit
        ``entities`` are given. Returns the message dict.
        """
        user_d = _user_dict(user)
        chat_d = self._register_chat(_chat_dict(chat) if chat is not None else self._private_chat(user_d))
        msg = self._new_user_message(user_d, chat_d)
        msg["text"] = text
        ents = self._detect_entities(text) if entities is None else list(entities)
        if ents:
            msg["entities"] = ents
        self._apply_reply_and_forward(msg, reply_to, forward_from_chat, forward_from)
        return self._deliver_message(msg)

    def send_contact(
        self,
        user: User | dict[str, Any],
        chat: Chat | dict[str, Any] | None,
        phone_number: str,
        contact_user_id: int | None = None,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        own: bool = True,
    ) -> dict[str, Any]:
        """A user shares a contact (e.g. via a ``request_contact`` button).

        ``contact_user_id`` defaults to the sender's id when ``own`` (sharing one's own
        contact); pass ``own=False`` and no id for a contact without ``user_id``.
        """
        user_d = _user_dict(user)
        chat_d = self._register_chat(_chat_dict(chat) if chat is not None else self._private_chat(user_d))
        msg = self._new_user_message(user_d, chat_d)
        contact: dict[str, Any] = {
            "phone_number": phone_number,
            "first_name": first_name or user_d.get("first_name", ""),
        }
        if last_name or (own and user_d.get("last_name")):
            contact["last_name"] = last_name or user_d.get("last_name")
        uid = contact_user_id if contact_user_id is not None else (user_d["id"] if own else None)
        if uid is not None:
            contact["user_id"] = uid
        msg["contact"] = contact
        return self._deliver_message(msg)

    def send_document(
        self,
        user: User | dict[str, Any],
        chat: Chat | dict[str, Any] | None,
        file_name: str,
        data: bytes,
        mime_type: str = "application/octet-stream",
        caption: str | None = None,
        *,
        reply_to: dict[str, Any] | SentMessage | None = None,
    ) -> dict[str, Any]:
        """A user sends a file; getFile + download of it work afterwards."""
        user_d = _user_dict(user)
        chat_d = self._register_chat(_chat_dict(chat) if chat is not None else self._private_chat(user_d))
        msg = self._new_user_message(user_d, chat_d)
        stored = self._store_file(bytes(data), "documents", file_name, mime_type)
        msg["document"] = self._document_dict(stored)
        if caption:
            msg["caption"] = caption
            ents = self._detect_entities(caption)
            if ents:
                msg["caption_entities"] = ents
        self._apply_reply_and_forward(msg, reply_to, None, None)
        return self._deliver_message(msg)

    def send_photo(
        self,
        user: User | dict[str, Any],
        chat: Chat | dict[str, Any] | None,
        sizes: list[tuple[int, int, bytes]],
        caption: str | None = None,
    ) -> dict[str, Any]:
        """A user sends a photo: Telegram delivers it as PhotoSize entries (width, height, JPEG
        bytes), smallest first, with no file name or MIME type; getFile works on each."""
        user_d = _user_dict(user)
        chat_d = self._register_chat(_chat_dict(chat) if chat is not None else self._private_chat(user_d))
        msg = self._new_user_message(user_d, chat_d)
        photo = []
        for width, height, data in sizes:
            stored = self._store_file(bytes(data), "photos", "photo.jpg", None)
            entry = self._document_dict(stored)
            entry.pop("file_name", None)
            photo.append({**entry, "width": width, "height": height})
        msg["photo"] = photo
        if caption:
            msg["caption"] = caption
        return self._deliver_message(msg)

    def edit_user_message(self, message: dict[str, Any], new_text: str) -> dict[str, Any]:
        """The author edits a text message they sent earlier (``edited_message`` update)."""
        chat_id = message["chat"]["id"]
        stored = self._messages[chat_id].get(message["message_id"])
        if stored is None:
            raise ValueError("unknown message")
        stored = copy.deepcopy(stored)
        stored["text"] = new_text
        stored.pop("entities", None)
        ents = self._detect_entities(new_text)
        if ents:
            stored["entities"] = ents
        stored["edit_date"] = int(time.time())
        self._messages[chat_id][stored["message_id"]] = stored
        kind = "edited_channel_post" if stored["chat"]["type"] == "channel" else "edited_message"
        self._enqueue(kind, copy.deepcopy(stored))
        return copy.deepcopy(stored)

    def press_button(
        self,
        user: User | dict[str, Any],
        message: dict[str, Any] | SentMessage,
        data: str,
        *,
        check: bool = True,
    ) -> dict[str, Any]:
        """A user presses an inline button of a bot message (``callback_query`` update).

        With ``check`` the current version of the message (after edits) must still have a
        button with this ``callback_data`` - as for a real user. Returns the callback query.
        """
        ref = _message_ref(message)
        chat_id = ref["chat"]["id"]
        key = (chat_id, ref["message_id"])
        if key in self._deleted:
            raise ValueError(f"message {key} was deleted; its buttons cannot be pressed")
        current = self._messages.get(chat_id, {}).get(ref["message_id"], ref)
        if check:
            buttons = [
                b.get("callback_data")
                for row in (current.get("reply_markup") or {}).get("inline_keyboard", [])
                for b in row
            ]
            if data not in buttons:
                raise ValueError(f"message {key} has no button with callback_data={data!r}; buttons: {buttons}")
        user_d = _user_dict(user)
        query = {
            "id": str(next(self._callback_ids)),
            "from": user_d,
            "message": copy.deepcopy(current),
            "chat_instance": str(abs(hash(("chat_instance", chat_id))) % 10**18),
            "data": data,
        }
        self._callback_queries[query["id"]] = {"query": query, "answer": None}
        self._enqueue("callback_query", query)
        return copy.deepcopy(query)

    def channel_post(self, chat: Chat | dict[str, Any], text: str, *, entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """A post in a channel the bot is a member of (``channel_post`` update)."""
        chat_d = self._register_chat(_chat_dict(chat))
        msg: dict[str, Any] = {
            "message_id": self._next_message_id(chat_d["id"]),
            "sender_chat": chat_d,
            "chat": chat_d,
            "date": int(time.time()),
            "text": text,
        }
        ents = self._detect_entities(text) if entities is None else list(entities)
        if ents:
            msg["entities"] = ents
        return self._deliver_message(msg)

    def my_chat_member(
        self,
        chat: Chat | dict[str, Any],
        from_user: User | dict[str, Any],
        new_status: str = "member",
        old_status: str = "left",
    ) -> dict[str, Any]:
        """The bot's own membership changed (e.g. added to a group by ``from_user``)."""
        chat_d = self._register_chat(_chat_dict(chat))
        bot = self.bot_user
        old = self._member_dict(bot, old_status)
        new = self._member_dict(bot, new_status)
        self._members[(chat_d["id"], self.bot_id)] = new
        if new_status in ("left", "kicked"):
            self._left_chats.add(chat_d["id"])
        else:
            self._left_chats.discard(chat_d["id"])
        payload = {
            "chat": chat_d,
            "from": _user_dict(from_user),
            "date": int(time.time()),
            "old_chat_member": old,
            "new_chat_member": new,
        }
        self._enqueue("my_chat_member", payload)
        return copy.deepcopy(payload)

    def add_update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Queue an arbitrary update ``{"update_id": ..., kind: payload}``."""
        return self._enqueue(kind, payload)

    # ------------------------------------------------------------------ internals: users
    def _private_chat(self, user_d: dict[str, Any]) -> dict[str, Any]:
        chat = {"id": user_d["id"], "type": "private", "first_name": user_d.get("first_name", "")}
        for key in ("last_name", "username"):
            if user_d.get(key):
                chat[key] = user_d[key]
        return chat

    def _register_chat(self, chat_d: dict[str, Any]) -> dict[str, Any]:
        existing = self._chats.get(chat_d["id"])
        if existing is None or existing != chat_d:
            merged = {**(existing or {}), **chat_d}
            self._chats[chat_d["id"]] = merged
        return copy.deepcopy(self._chats[chat_d["id"]])

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._msg_ids.get(chat_id)
        if counter is None:
            counter = self._msg_ids[chat_id] = itertools.count(1)
        return next(counter)

    def _new_user_message(self, user_d: dict[str, Any], chat_d: dict[str, Any]) -> dict[str, Any]:
        return {
            "message_id": self._next_message_id(chat_d["id"]),
            "from": user_d,
            "chat": chat_d,
            "date": int(time.time()),
        }

    def _detect_entities(self, text: str) -> list[dict[str, Any]]:
        ents: list[dict[str, Any]] = []
        for m in re.finditer(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@/])", text):
            ents.append({"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
        covered = [(m.start(), m.end()) for m in re.finditer(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?", text)]
        for m in re.finditer(r"(?<![A-Za-z0-9_/@])@([A-Za-z0-9_]{1,32})(?![A-Za-z0-9_])", text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            # real usernames have 5+ characters; always recognise our own bot's name
            if len(m.group(1)) < 5 and m.group(1).lower() != self.bot_username.lower():
                continue
            ents.append({"type": "mention", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
        ents.sort(key=lambda e: e["offset"])
        return ents

    def _apply_reply_and_forward(
        self, msg: dict[str, Any], reply_to: Any, forward_from_chat: Any, forward_from: Any
    ) -> None:
        if reply_to is not None:
            ref = _message_ref(reply_to)
            current = self._messages.get(ref["chat"]["id"], {}).get(ref["message_id"], ref)
            replied = copy.deepcopy(current)
            replied.pop("reply_to_message", None)
            msg["reply_to_message"] = replied
        if forward_from_chat is not None:
            fchat = _chat_dict(forward_from_chat)
            origin: dict[str, Any] = {"date": int(time.time()) - 60}
            if fchat.get("type") == "channel":
                origin.update(type="channel", chat=fchat, message_id=1)
            else:
                origin.update(type="chat", sender_chat=fchat)
            msg["forward_origin"] = origin
        elif forward_from is not None:
            msg["forward_origin"] = {"type": "user", "sender_user": _user_dict(forward_from), "date": int(time.time()) - 60}

    def _is_for_bot_in_privacy_mode(self, msg: dict[str, Any]) -> bool:
        text = msg.get("text") or msg.get("caption") or ""
        for ent in msg.get("entities") or msg.get("caption_entities") or []:
            if ent["type"] == "bot_command" and ent["offset"] == 0:
                cmd = text[: ent["length"]]
                if "@" not in cmd or cmd.split("@", 1)[1].lower() == self.bot_username.lower():
                    return True
        reply = msg.get("reply_to_message")
        return bool(reply and (reply.get("from") or {}).get("id") == self.bot_id)

    def _deliver_message(self, msg: dict[str, Any]) -> dict[str, Any]:
        chat_id = msg["chat"]["id"]
        self._messages[chat_id][msg["message_id"]] = msg
        chat_type = msg["chat"]["type"]
        kind = "channel_post" if chat_type == "channel" else "message"
        if self.privacy_mode and chat_type in ("group", "supergroup") and not self._is_for_bot_in_privacy_mode(msg):
            self.dropped_updates.append({kind: copy.deepcopy(msg), "reason": "privacy_mode"})
            self._notify()
        else:
            self._enqueue(kind, copy.deepcopy(msg))
        return copy.deepcopy(msg)

    def _enqueue(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": next(self._update_ids), kind: payload}
        if kind not in self._allowed_updates:
            self.dropped_updates.append({**update, "reason": "allowed_updates"})
        else:
            self._updates.append(update)
            if self._webhook.get("url"):
                asyncio.get_running_loop().create_task(self._push_webhook())
        self._notify()
        return copy.deepcopy(update)

    async def _push_webhook(self) -> None:
        """Webhook mode: POST pending updates, in order, to the bot.

        Real Telegram posts to the registered HTTPS URL; a deployment terminates TLS
        in a proxy in front of the bot. ``webhook_target`` plays that proxy: the
        local http URL the updates are forwarded to (default: the registered URL).
        An update is dropped once the bot answered 200, as Telegram does.
        """
        import aiohttp

        async with self._webhook_lock:
            target = self.webhook_target or self._webhook.get("url")
            headers = {}
            if self._webhook.get("secret_token"):
                headers["X-Telegram-Bot-Api-Secret-Token"] = str(self._webhook["secret_token"])
            async with aiohttp.ClientSession() as session:
                while self._updates and self._webhook.get("url"):
                    update = self._updates[0]
                    try:
                        async with session.post(target, json=update, headers=headers) as response:
                            self.webhook_deliveries.append((update["update_id"], response.status))
                            if response.status != 200:
                                await asyncio.sleep(0.2)
                                continue
                    except aiohttp.ClientError:
                        self.webhook_deliveries.append((update["update_id"], None))
                        await asyncio.sleep(0.2)
                        continue
                    self._updates.pop(0)
                    self._notify()

    # ------------------------------------------------------------------ internals: files
    def _store_file(self, data: bytes, folder: str, file_name: str | None, mime_type: str | None) -> _StoredFile:
        n = next(self._file_counter)
        ext = ""
        if file_name and "." in file_name:
            ext = "." + re.sub(r"[^A-Za-z0-9]", "", file_name.rsplit(".", 1)[1])[:10]
        stored = _StoredFile(
            file_id=f"BQACAgEmu{n:06d}{secrets.token_hex(10)}",
            file_unique_id=f"AgAD{n:06d}{secrets.token_hex(4)}",
            file_path=f"{folder}/file_{n}{ext}",
            data=data,
            file_name=file_name,
            mime_type=mime_type,
        )
        self._files[stored.file_id] = stored
        self._files_by_path[stored.file_path] = stored
        return stored

    @staticmethod
    def _document_dict(stored: _StoredFile) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
        }
        if stored.file_name:
            doc["file_name"] = stored.file_name
        if stored.mime_type:
            doc["mime_type"] = stored.mime_type
        return doc

    # ------------------------------------------------------------------ internals: misc
    @staticmethod
    def _phrase(status: int) -> str:
        try:
            return HTTPStatus(status).phrase
        except ValueError:
            return f"Error {status}"

    def _chat_key(self, chat_id: Any) -> Any:
        if isinstance(chat_id, str):
            s = chat_id.strip()
            if re.fullmatch(r"-?\d+", s):
                return int(s)
            if s.startswith("@"):
                for cid, chat in self._chats.items():
                    if (chat.get("username") or "").lower() == s[1:].lower():
                        return cid
            return s
        return chat_id

    def _member_dict(self, user_d: dict[str, Any], status: str, **fields: Any) -> dict[str, Any]:
        base: dict[str, Any] = {"status": status, "user": user_d}
        if status == "creator":
            base.update(is_anonymous=False)
        elif status == "administrator":
            base.update(
                can_be_edited=False,
                is_anonymous=False,
                can_manage_chat=True,
                can_delete_messages=True,
                can_manage_video_chats=True,
                can_restrict_members=True,
                can_promote_members=False,
                can_change_info=True,
                can_invite_users=True,
                can_post_stories=False,
                can_edit_stories=False,
                can_delete_stories=False,
                can_pin_messages=True,
            )
        elif status == "restricted":
            base.update(
                is_member=True,
                can_send_messages=False,
                can_send_audios=False,
                can_send_documents=False,
                can_send_photos=False,
                can_send_videos=False,
                can_send_video_notes=False,
                can_send_voice_notes=False,
                can_send_polls=False,
                can_send_other_messages=False,
                can_add_web_page_previews=False,
                can_change_info=False,
                can_invite_users=False,
                can_pin_messages=False,
                can_manage_topics=False,
                until_date=0,
            )
        elif status == "kicked":
            base.update(until_date=0)
        elif status not in ("member", "left"):
            raise ValueError(f"unknown chat member status {status!r}")
        base.update(fields)
        return base

    @staticmethod
    def _commands_key(scope: dict[str, Any] | None, language_code: str | None) -> tuple[str, str]:
        return json.dumps(scope or {"type": "default"}, sort_keys=True), language_code or ""

    # ------------------------------------------------------------------ HTTP layer
    async def _read_params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
        raw: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.method == "POST" and request.can_read_body:
            ctype = request.content_type
            if ctype == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    raise _bad("can't parse JSON object") from None
                if not isinstance(body, dict):
                    raise _bad("JSON object expected")
                raw.update(body)
            elif ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, web.FileField):
                        files[key] = UploadedFile(value.filename, value.content_type, value.file.read())
                    else:
                        raw[key] = value
        params = {k: _coerce(k, v) for k, v in raw.items()}
        return params, files

    def _canonical(self, method: str) -> str:
        entry = self._methods.get(method.lower())
        return entry[0] if entry else method

    async def _handle_bot(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method_in = request.match_info["method"]
        method = self._canonical(method_in)
        call = Call(method=method, params={}, timestamp=time.time(), http_method=request.method)
        self._calls.append(call)
        try:
            try:
                call.params, call.files = await self._read_params(request)
            finally:
                self._notify()
            if token != self.token:
                raise TelegramApiError(401, "Unauthorized")
            entry = self._methods.get(method_in.lower())
            if entry is None:
                raise TelegramApiError(404, "Not Found: method not found")
            await self._apply_delay(method)
            self._check_faults(method, call.params)
            self._check_chat(method, call.params)
            self._check_flood(method, call.params)
            result = entry[1](call.params, call.files)
            if inspect.isawaitable(result):
                result = await result
            body: dict[str, Any] = {"ok": True, "result": result}
            status = 200
        except TelegramApiError as exc:
            body, status = exc.to_json(), exc.status
        call.status, call.response = status, body
        self._notify()
        return web.json_response(body, status=status)

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        stored = self._files_by_path.get(request.match_info["path"])
        if stored is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        return web.Response(body=stored.data, content_type=stored.mime_type or "application/octet-stream")

    async def _apply_delay(self, method: str) -> None:
        low = method.lower()
        for delay in self._delays:
            if delay.remaining > 0 and delay.method in (None, low):
                delay.remaining -= 1
                self._delays = [d for d in self._delays if d.remaining > 0]
                deadline = time.monotonic() + delay.seconds
                while not self._closing and (left := deadline - time.monotonic()) > 0:
                    await self._wait_change(min(left, 0.25))
                return

    def _check_faults(self, method: str, params: dict[str, Any]) -> None:
        low = method.lower()
        chat = self._chat_key(params["chat_id"]) if "chat_id" in params else None
        for fault in self._faults:
            if fault.remaining <= 0 or fault.method not in (None, low):
                continue
            if fault.chat_id is not None and fault.chat_id != chat:
                continue
            fault.remaining -= 1
            self._faults = [f for f in self._faults if f.remaining > 0]
            raise TelegramApiError(fault.status, fault.description, copy.deepcopy(fault.parameters))

    def _check_chat(self, method: str, params: dict[str, Any]) -> None:
        if "chat_id" not in params:
            return
        chat = self._chat_key(params["chat_id"])
        if chat in self._chat_not_found:
            raise _bad("chat not found")
        low = method.lower()
        sending = low.startswith(_SEND_PREFIXES) or low.startswith("edit")
        if sending and chat in self._blocked:
            raise TelegramApiError(403, "Forbidden: bot was blocked by the user")
        if chat in self._left_chats and low not in ("getchat", "leavechat"):
            kind = (self._chats.get(chat) or {}).get("type", "group")
            kind = {"supergroup": "supergroup chat", "channel": "channel chat"}.get(kind, "group chat")
            raise TelegramApiError(403, f"Forbidden: bot is not a member of the {kind}")

    def _check_flood(self, method: str, params: dict[str, Any]) -> None:
        if not self._flood or not any(v for v in self._flood.values()):
            return
        if not method.lower().startswith(_SEND_PREFIXES) or method.lower() == "sendchataction":
            return
        now = time.monotonic()
        chat = self._chat_key(params.get("chat_id"))
        checks = [
            (self._flood.get("per_second"), self._flood_global, 1.0),
            (self._flood.get("per_chat_per_second"), self._flood_chat_sec[chat], 1.0),
            (self._flood.get("per_chat_per_minute"), self._flood_chat_min[chat], 60.0),
        ]
        retry = 0
        for limit, window, span in checks:
            if not limit:
                continue
            while window and window[0] <= now - span:
                window.popleft()
            if len(window) >= limit:
                retry = max(retry, math.ceil(window[0] + span - now))
        if retry:
            retry = max(1, retry)
            raise TelegramApiError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
        for limit, window, _ in checks:
            if limit:
                window.append(now)

    # ------------------------------------------------------------------ method table
    def _method_table(self) -> dict[str, tuple[str, Callable[..., Any]]]:
        handlers: dict[str, Callable[..., Any]] = {
            "getMe": self._m_get_me,
            "logOut": lambda p, f: True,
            "close": lambda p, f: True,
            "getUpdates": self._m_get_updates,
            "setWebhook": self._m_set_webhook,
            "deleteWebhook": self._m_delete_webhook,
            "getWebhookInfo": self._m_get_webhook_info,
            "setMyCommands": self._m_set_my_commands,
            "getMyCommands": self._m_get_my_commands,
            "deleteMyCommands": self._m_delete_my_commands,
            "sendMessage": self._m_send_message,
            "editMessageText": self._m_edit_message_text,
            "editMessageCaption": self._m_edit_message_caption,
            "editMessageReplyMarkup": self._m_edit_message_reply_markup,
            "deleteMessage": self._m_delete_message,
            "deleteMessages": self._m_delete_messages,
            "answerCallbackQuery": self._m_answer_callback_query,
            "sendChatAction": self._m_send_chat_action,
            "getFile": self._m_get_file,
            "sendDocument": lambda p, f: self._m_send_media("document", p, f),
            "sendPhoto": lambda p, f: self._m_send_media("photo", p, f),
            "sendAudio": lambda p, f: self._m_send_media("audio", p, f),
            "sendVoice": lambda p, f: self._m_send_media("voice", p, f),
            "sendVideo": lambda p, f: self._m_send_media("video", p, f),
            "getChat": self._m_get_chat,
            "getChatMember": self._m_get_chat_member,
            "getChatAdministrators": self._m_get_chat_administrators,
            "leaveChat": self._m_leave_chat,
        }
        return {name.lower(): (name, fn) for name, fn in handlers.items()}

    # ------------------------------------------------------------------ methods
    def _m_get_me(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _m_get_updates(self, params: dict[str, Any], files: Any) -> list[dict[str, Any]]:
        if self._webhook.get("url"):
            raise TelegramApiError(
                409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
            )
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        limit = min(max(limit, 1), 100)
        timeout = max(0.0, float(params.get("timeout") or 0))
        allowed = params.get("allowed_updates")
        if allowed is not None:
            self._allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
        # confirmation: everything below offset is gone for good
        if offset > 0:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        elif offset < 0:
            self._updates = self._updates[offset:]
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()  # wakes an older long poll, which then answers 409
        deadline = time.monotonic() + timeout
        while True:
            if self._updates:
                return copy.deepcopy(self._updates[:limit])
            if self._closing:
                return []
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return []
            await self._wait_change(remaining)
            if generation != self._poll_generation:
                raise TelegramApiError(409, _DEFAULT_DESCRIPTIONS[409])

    def _m_set_webhook(self, params: dict[str, Any], files: Any) -> bool:
        url = params.get("url") or ""
        if url and not url.startswith("https://"):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {k: v for k, v in params.items() if k != "certificate"}
        self._webhook["url"] = url
        if params.get("allowed_updates") is not None:
            self._allowed_updates = frozenset(params["allowed_updates"]) or DEFAULT_ALLOWED_UPDATES
        if url and self._updates:
            asyncio.get_running_loop().create_task(self._push_webhook())
        return True

    def _m_delete_webhook(self, params: dict[str, Any], files: Any) -> bool:
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {"url": ""}
        return True

    def _m_get_webhook_info(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        info: dict[str, Any] = {
            "url": self._webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if info["url"]:
            info["max_connections"] = self._webhook.get("max_connections", 40)
            if self._webhook.get("allowed_updates") is not None:
                info["allowed_updates"] = self._webhook["allowed_updates"]
        return info

    def _m_set_my_commands(self, params: dict[str, Any], files: Any) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("parameter \"commands\" is required")
        if len(commands) > 100:
            raise _bad("too many commands")
        for cmd in commands:
            name = (cmd or {}).get("command", "")
            if not re.fullmatch(r"[a-z0-9_]{1,32}", name):
                raise _bad("BOT_COMMAND_INVALID")
            desc = cmd.get("description", "")
            if not 1 <= len(desc) <= 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[self._commands_key(params.get("scope"), params.get("language_code"))] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    def _m_get_my_commands(self, params: dict[str, Any], files: Any) -> list[dict[str, Any]]:
        return copy.deepcopy(self._commands.get(self._commands_key(params.get("scope"), params.get("language_code")), []))

    def _m_delete_my_commands(self, params: dict[str, Any], files: Any) -> bool:
        self._commands.pop(self._commands_key(params.get("scope"), params.get("language_code")), None)
        return True

    # --- helpers for sending
    def _resolve_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        if "chat_id" not in params or params["chat_id"] in ("", None):
            raise _bad("chat_id is empty")
        key = self._chat_key(params["chat_id"])
        chat = self._chats.get(key) if isinstance(key, int) else None
        if chat is None:
            if self.strict_chats or not isinstance(key, int):
                raise _bad("chat not found")
            if key > 0:
                chat = {"id": key, "type": "private", "first_name": f"User{key}"}
            elif str(key).startswith("-100"):
                chat = {"id": key, "type": "supergroup", "title": f"Supergroup {key}"}
            else:
                chat = {"id": key, "type": "group", "title": f"Group {key}"}
            self._chats[key] = chat
        return copy.deepcopy(chat)

    def _parse_formatted(
        self, text: str, parse_mode: str | None, entities: list[dict[str, Any]] | None
    ) -> tuple[str, list[dict[str, Any]]]:
        if entities:
            return text, list(entities)
        mode = (parse_mode or "").strip().lower()
        try:
            if not mode:
                return text, []
            if mode == "html":
                return parse_html(text, strict=self.strict_html)
            if mode == "markdownv2":
                return parse_markdown_v2(text)
            if mode == "markdown":
                return parse_markdown(text)
        except EntityParseError as exc:
            raise _bad(f"can't parse entities: {exc}") from None
        raise _bad(f"unsupported parse_mode \"{parse_mode}\"")

    def _prepare_text(self, params: dict[str, Any], key: str = "text") -> tuple[str, list[dict[str, Any]]]:
        text = params.get(key)
        if text is None or text == "":
            raise _bad("message text is empty")
        plain, ents = self._parse_formatted(str(text), params.get("parse_mode"), params.get("entities"))
        plain, ents = _strip_text(plain, ents)
        if not plain:
            raise _bad("message text is empty")
        if utf16_len(plain) > self.max_message_length:
            raise _bad("message is too long")
        return plain, ents

    def _prepare_caption(self, params: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]]]:
        caption = params.get("caption")
        if not caption:
            return None, []
        plain, ents = self._parse_formatted(str(caption), params.get("parse_mode"), params.get("caption_entities"))
        plain, ents = _strip_text(plain, ents)
        if utf16_len(plain) > MAX_CAPTION_LENGTH:
            raise _bad("message caption is too long")
        return plain or None, ents

    def _validate_markup(self, markup: Any) -> dict[str, Any] | None:
        if markup is None or markup == "":
            return None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or any(not isinstance(r, list) for r in rows):
                raise _bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
            actions = (
                "callback_data", "url", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
                "switch_inline_query_chosen_chat", "callback_game", "pay", "web_app", "copy_text",
            )
            for row in rows:
                for button in row:
                    if not isinstance(button, dict):
                        raise _bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
                    if not button.get("text"):
                        raise _bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
                    present = [a for a in actions if a in button]
                    if not present:
                        raise _bad("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")
                    if "callback_data" in button:
                        data = button["callback_data"]
                        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                            raise _bad("BUTTON_DATA_INVALID")
                    if "url" in button:
                        if not re.match(r"(https?|tg)://\S+$", str(button["url"])):
                            raise _bad("BUTTON_URL_INVALID")
            return markup
        if "keyboard" in markup:
            rows = markup["keyboard"]
            if not isinstance(rows, list) or any(not isinstance(r, list) for r in rows):
                raise _bad("can't parse reply keyboard markup JSON object")
            for row in rows:
                for button in row:
                    text = button if isinstance(button, str) else (button or {}).get("text")
                    if not text:
                        raise _bad("can't parse keyboard button: Text must be non-empty")
            return markup
        if markup.get("remove_keyboard") or markup.get("force_reply"):
            return markup
        raise _bad("can't parse reply keyboard markup JSON object")

    def _resolve_reply(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any] | None:
        reply_params = params.get("reply_parameters")
        if isinstance(reply_params, dict):
            msg_id = reply_params.get("message_id")
            allow = bool(reply_params.get("allow_sending_without_reply"))
            target_chat = self._chat_key(reply_params.get("chat_id", chat_id))
        elif params.get("reply_to_message_id"):
            msg_id = params["reply_to_message_id"]
            allow = bool(params.get("allow_sending_without_reply"))
            target_chat = chat_id
        else:
            return None
        target = self._messages.get(target_chat, {}).get(msg_id)
        if target is None or (target_chat, msg_id) in self._deleted:
            if allow:
                return None
            raise _bad("message to be replied not found")
        replied = copy.deepcopy(target)
        replied.pop("reply_to_message", None)
        return replied

    def _new_bot_message(self, chat: dict[str, Any], params: dict[str, Any]) -> dict[str, Any]:
        msg: dict[str, Any] = {"message_id": self._next_message_id(chat["id"])}
        if chat["type"] == "channel":
            msg["sender_chat"] = chat
        else:
            msg["from"] = self.bot_user
        msg["chat"] = chat
        msg["date"] = int(time.time())
        if params.get("protect_content"):
            msg["has_protected_content"] = True
        if params.get("message_thread_id"):
            msg["message_thread_id"] = params["message_thread_id"]
        return msg

    def _record_sent(
        self,
        method: str,
        chat: dict[str, Any],
        params: dict[str, Any],
        msg: dict[str, Any],
        *,
        raw_text: str | None,
        plain: str | None,
        entities: list[dict[str, Any]],
        markup: dict[str, Any] | None,
        reply: dict[str, Any] | None,
        document: dict[str, Any] | None = None,
        file_data: bytes | None = None,
    ) -> dict[str, Any]:
        if markup and "inline_keyboard" in markup and markup["inline_keyboard"]:
            msg["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
        if reply is not None:
            msg["reply_to_message"] = reply
        self._messages[chat["id"]][msg["message_id"]] = msg
        sent = SentMessage(
            chat_id=chat["id"],
            message_id=msg["message_id"],
            method=method,
            text=raw_text,
            parse_mode=params.get("parse_mode") or None,
            plain_text=plain,
            entities=entities,
            reply_markup=markup,
            reply_to_message_id=reply["message_id"] if reply else None,
            disable_notification=bool(params.get("disable_notification")),
            link_preview_options=params.get("link_preview_options"),
            params=copy.deepcopy(params),
            date=msg["date"],
            message=msg,
            original_text=raw_text,
            document=document,
            file_data=file_data,
        )
        self._sent.append(sent)
        self._sent_index[(chat["id"], msg["message_id"])] = sent
        return copy.deepcopy(msg)

    def _m_send_message(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        chat = self._resolve_chat(params)
        plain, ents = self._prepare_text(params)
        markup = self._validate_markup(params.get("reply_markup"))
        reply = self._resolve_reply(chat["id"], params)
        msg = self._new_bot_message(chat, params)
        msg["text"] = plain
        if ents:
            msg["entities"] = ents
        if params.get("link_preview_options"):
            msg["link_preview_options"] = params["link_preview_options"]
        return self._record_sent(
            "sendMessage", chat, params, msg, raw_text=str(params["text"]), plain=plain,
            entities=ents, markup=markup, reply=reply,
        )

    def _m_send_media(self, kind: str, params: dict[str, Any], files: dict[str, UploadedFile]) -> dict[str, Any]:
        chat = self._resolve_chat(params)
        ref = params.get(kind)
        upload: UploadedFile | None = None
        if kind in files:
            upload = files[kind]
        elif isinstance(ref, str) and ref.startswith("attach://"):
            upload = files.get(ref[len("attach://") :])
            if upload is None:
                raise _bad(f"file for {kind} not found in the request")
        stored: _StoredFile | None = None
        if upload is not None:
            if not upload.data and kind != "document":
                raise _bad("file must be non-empty")
            stored = self._store_file(upload.data, kind + "s", upload.filename, upload.content_type)
        elif isinstance(ref, str) and ref in self._files:
            stored = self._files[ref]
        elif isinstance(ref, str) and re.match(r"https?://", ref):
            stored = self._store_file(b"", kind + "s", ref.rsplit("/", 1)[-1] or None, None)
        else:
            raise _bad(f"there is no {kind} in the request" if not ref else "wrong file identifier/HTTP URL specified")
        caption, cap_ents = self._prepare_caption(params)
        markup = self._validate_markup(params.get("reply_markup"))
        reply = self._resolve_reply(chat["id"], params)
        msg = self._new_bot_message(chat, params)
        media = self._document_dict(stored)
        if kind == "photo":
            media.pop("file_name", None)
            media.pop("mime_type", None)
            msg["photo"] = [{**media, "width": 800, "height": 600}]
        elif kind == "audio":
            msg["audio"] = {**media, "duration": int(params.get("duration") or 1)}
        elif kind == "voice":
            media.pop("file_name", None)
            msg["voice"] = {**media, "duration": int(params.get("duration") or 1)}
        elif kind == "video":
            msg["video"] = {**media, "width": 640, "height": 480, "duration": int(params.get("duration") or 1)}
        else:
            msg["document"] = media
        if caption:
            msg["caption"] = caption
            if cap_ents:
                msg["caption_entities"] = cap_ents
        method = "send" + kind.capitalize()
        return self._record_sent(
            method, chat, params, msg, raw_text=params.get("caption"), plain=caption, entities=cap_ents,
            markup=markup, reply=reply, document=media, file_data=stored.data,
        )

    def _find_editable(self, params: dict[str, Any]) -> SentMessage | None:
        if params.get("inline_message_id"):
            return None
        if "chat_id" not in params or "message_id" not in params:
            raise _bad("message identifier is not specified")
        chat_id = self._chat_key(params["chat_id"])
        key = (chat_id, params["message_id"])
        if key in self._deleted or key[1] not in self._messages.get(chat_id, {}):
            raise _bad("message to edit not found")
        sent = self._sent_index.get(key)
        if sent is None:
            raise _bad("message can't be edited")
        return sent

    def _apply_edit(self, sent: SentMessage, method: str, params: dict[str, Any], *, text: str | None = None,
                    raw: str | None = None, entities: list[dict[str, Any]] | None = None,
                    markup: dict[str, Any] | None = None, text_field: str = "text") -> dict[str, Any]:
        msg = copy.deepcopy(sent.message)
        if text is not None:
            msg[text_field] = text
            ent_field = "entities" if text_field == "text" else "caption_entities"
            msg.pop(ent_field, None)
            if entities:
                msg[ent_field] = entities
        msg.pop("reply_markup", None)
        if markup and markup.get("inline_keyboard"):
            msg["reply_markup"] = {"inline_keyboard": markup["inline_keyboard"]}
        old_cmp = {k: sent.message.get(k) for k in (text_field, "entities", "caption_entities", "reply_markup")}
        new_cmp = {k: msg.get(k) for k in (text_field, "entities", "caption_entities", "reply_markup")}
        if old_cmp == new_cmp:
            raise _bad(
                "message is not modified: specified new message content and reply markup are exactly the "
                "same as a current content and reply markup of the message"
            )
        msg["edit_date"] = int(time.time())
        if text is not None:
            sent.text, sent.plain_text, sent.entities = raw, text, entities or []
            sent.parse_mode = params.get("parse_mode") or None
        sent.reply_markup = markup
        sent.message = msg
        sent.edits.append(
            {
                "method": method,
                "text": sent.text,
                "plain_text": sent.plain_text,
                "parse_mode": sent.parse_mode,
                "reply_markup": copy.deepcopy(markup),
                "date": msg["edit_date"],
                "params": copy.deepcopy(params),
            }
        )
        self._messages[sent.chat_id][sent.message_id] = msg
        return copy.deepcopy(msg)

    def _m_edit_message_text(self, params: dict[str, Any], files: Any) -> Any:
        plain, ents = self._prepare_text(params)
        markup = self._validate_markup(params.get("reply_markup"))
        sent = self._find_editable(params)
        if sent is None:
            return True
        if sent.message.get("text") is None:
            raise _bad("there is no text in the message to edit")
        return self._apply_edit(sent, "editMessageText", params, text=plain, raw=str(params["text"]),
                                entities=ents, markup=markup)

    def _m_edit_message_caption(self, params: dict[str, Any], files: Any) -> Any:
        caption, ents = self._prepare_caption(params)
        markup = self._validate_markup(params.get("reply_markup"))
        sent = self._find_editable(params)
        if sent is None:
            return True
        if sent.message.get("text") is not None:
            raise _bad("there is no caption in the message to edit")
        return self._apply_edit(sent, "editMessageCaption", params, text=caption or "", raw=params.get("caption"),
                                entities=ents, markup=markup, text_field="caption")

    def _m_edit_message_reply_markup(self, params: dict[str, Any], files: Any) -> Any:
        markup = self._validate_markup(params.get("reply_markup"))
        if markup is not None and "inline_keyboard" not in markup:
            raise _bad("inline keyboard expected")
        sent = self._find_editable(params)
        if sent is None:
            return True
        return self._apply_edit(sent, "editMessageReplyMarkup", params, markup=markup)

    def _m_delete_message(self, params: dict[str, Any], files: Any) -> bool:
        chat_id = self._chat_key(params.get("chat_id"))
        msg_id = params.get("message_id")
        key = (chat_id, msg_id)
        if key in self._deleted or msg_id not in self._messages.get(chat_id, {}):
            raise _bad("message to delete not found")
        self._deleted.add(key)
        sent = self._sent_index.get(key)
        if sent is not None:
            sent.deleted = True
        return True

    def _m_delete_messages(self, params: dict[str, Any], files: Any) -> bool:
        chat_id = self._chat_key(params.get("chat_id"))
        for msg_id in params.get("message_ids") or []:
            key = (chat_id, msg_id)
            if msg_id in self._messages.get(chat_id, {}) and key not in self._deleted:
                self._deleted.add(key)
                if key in self._sent_index:
                    self._sent_index[key].deleted = True
        return True

    def _m_answer_callback_query(self, params: dict[str, Any], files: Any) -> bool:
        qid = str(params.get("callback_query_id", ""))
        entry = self._callback_queries.get(qid)
        if entry is None or entry["answer"] is not None:
            raise _bad("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        entry["answer"] = {
            "callback_query_id": qid,
            "text": text,
            "show_alert": bool(params.get("show_alert")),
            "url": params.get("url"),
            "cache_time": params.get("cache_time"),
        }
        return True

    def _m_send_chat_action(self, params: dict[str, Any], files: Any) -> bool:
        self._resolve_chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        return True

    def _m_get_file(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        stored = self._files.get(str(params.get("file_id", "")))
        if stored is None:
            raise _bad("invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD_SIZE:
            raise _bad("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    def _m_get_chat(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        chat = self._resolve_chat(params)
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    def _m_get_chat_member(self, params: dict[str, Any], files: Any) -> dict[str, Any]:
        chat = self._resolve_chat(params)
        user_id = params.get("user_id")
        if not isinstance(user_id, int):
            raise _bad("invalid user_id specified")
        member = self._members.get((chat["id"], user_id))
        if member is not None:
            return copy.deepcopy(member)
        if user_id == self.bot_id:
            user_d = self.bot_user
            status = "left" if chat["id"] in self._left_chats else "member"
        else:
            user_d = self._known_user(user_id)
            status = "member"
        return self._member_dict(user_d, status)

    def _m_get_chat_administrators(self, params: dict[str, Any], files: Any) -> list[dict[str, Any]]:
        chat = self._resolve_chat(params)
        if chat["type"] == "private":
            raise _bad("there are no administrators in the private chat")
        return [
            copy.deepcopy(m)
            for (cid, _), m in self._members.items()
            if cid == chat["id"] and m["status"] in ("creator", "administrator")
        ]

    def _m_leave_chat(self, params: dict[str, Any], files: Any) -> bool:
        chat = self._resolve_chat(params)
        if chat["type"] == "private":
            raise _bad("chat member status can't be changed in private chats")
        self._left_chats.add(chat["id"])
        self._members[(chat["id"], self.bot_id)] = self._member_dict(self.bot_user, "left")
        return True

    def _known_user(self, user_id: int) -> dict[str, Any]:
        for chat_msgs in self._messages.values():
            for msg in chat_msgs.values():
                sender = msg.get("from")
                if sender and sender.get("id") == user_id:
                    return copy.deepcopy(sender)
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}

    # ------------------------------------------------------------------ control API (standalone use)
    def _add_control_routes(self, app: web.Application) -> None:
        """Small JSON API under ``/_emulator/`` so a separate process can drive the emulator."""

        async def body(request: web.Request) -> dict[str, Any]:
            return await request.json() if request.can_read_body else {}

        def user_of(data: dict[str, Any]) -> dict[str, Any]:
            return data.get("user") or {"id": 1, "is_bot": False, "first_name": "Test"}

        async def send_text(request: web.Request) -> web.Response:
            d = await body(request)
            msg = self.send_text(user_of(d), d.get("chat"), d["text"])
            return web.json_response(msg)

        async def send_contact(request: web.Request) -> web.Response:
            d = await body(request)
            msg = self.send_contact(user_of(d), d.get("chat"), d["phone_number"], d.get("contact_user_id"))
            return web.json_response(msg)

        async def press_button(request: web.Request) -> web.Response:
            d = await body(request)
            msg = self.get_message(d["chat_id"], d["message_id"])
            if msg is None:
                return web.json_response({"error": "message not found"}, status=404)
            return web.json_response(self.press_button(user_of(d), msg, d["data"]))

        async def sent(request: web.Request) -> web.Response:
            chat_id = request.query.get("chat_id")
            msgs = self.sent_messages(int(chat_id) if chat_id else None)
            return web.json_response([m.to_dict() for m in msgs])

        async def calls(request: web.Request) -> web.Response:
            return web.json_response([c.to_dict() for c in self.calls(request.query.get("method"))])

        async def fail_next(request: web.Request) -> web.Response:
            d = await body(request)
            method = d.pop("method", None)
            self.fail_next(method, **d)
            return web.json_response({"ok": True})

        async def flood(request: web.Request) -> web.Response:
            self.flood_limit(**(await body(request)))
            return web.json_response({"ok": True})

        async def reset(request: web.Request) -> web.Response:
            self.reset()
            return web.json_response({"ok": True})

        app.router.add_post("/_emulator/send_text", send_text)
        app.router.add_post("/_emulator/send_contact", send_contact)
        app.router.add_post("/_emulator/press_button", press_button)
        app.router.add_get("/_emulator/sent_messages", sent)
        app.router.add_get("/_emulator/calls", calls)
        app.router.add_post("/_emulator/fail_next", fail_next)
        app.router.add_post("/_emulator/flood_limit", flood)
        app.router.add_post("/_emulator/reset", reset)


# ---------------------------------------------------------------------------------------
# Background-thread runner
# ---------------------------------------------------------------------------------------


class EmulatorThread:
    """Run a :class:`TelegramEmulator` in a daemon thread with its own event loop.

    Every public emulator method is available on this object and runs inside the
    emulator's loop; results are deep copies. Calls block the calling thread - from
    inside *another* event loop use the ``*_async`` variants (``wait_for_messages_async``,
    ``wait_for_async``, ``call_async``) so that loop keeps running while waiting.

        with EmulatorThread() as emu:
            subprocess.Popen([... , "--base-url", emu.base_url])
            emu.send_text(user, None, "/start")
            emu.wait_for_messages(user.id, 1)
    """

    def __init__(self, **kwargs: Any) -> None:
        self._kwargs = kwargs
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._emulator: TelegramEmulator | None = None
        self._stopped: asyncio.Event | None = None

    def start(self) -> EmulatorThread:
        ready: concurrent.futures.Future[None] = concurrent.futures.Future()

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop

            async def main() -> None:
                self._stopped = asyncio.Event()
                try:
                    self._emulator = TelegramEmulator(**self._kwargs)
                    await self._emulator.start()
                except BaseException as exc:  # pragma: no cover - surfaced to the caller
                    ready.set_exception(exc)
                    return
                ready.set_result(None)
                await self._stopped.wait()
                await self._emulator.stop()

            try:
                loop.run_until_complete(main())
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="telegram-emulator", daemon=True)
        self._thread.start()
        ready.result(timeout=15)
        return self

    def stop(self) -> None:
        if self._loop is not None and self._thread is not None and self._thread.is_alive():
            assert self._stopped is not None
            self._loop.call_soon_threadsafe(self._stopped.set)
            self._thread.join(timeout=15)
        self._thread = None

    def __enter__(self) -> EmulatorThread:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def emulator(self) -> TelegramEmulator:
        """The underlying emulator - only touch it from inside its loop!"""
        if self._emulator is None:
            raise RuntimeError("EmulatorThread not started")
        return self._emulator

    # plain attributes (immutable after start)
    @property
    def token(self) -> str:
        return self.emulator.token

    @property
    def base_url(self) -> str:
        return self.emulator.base_url

    @property
    def base_file_url(self) -> str:
        return self.emulator.base_file_url

    @property
    def api_url(self) -> str:
        return self.emulator.api_url

    @property
    def bot_username(self) -> str:
        return self.emulator.bot_username

    @property
    def bot_id(self) -> int:
        return self.emulator.bot_id

    def _submit(self, name: str, *args: Any, **kwargs: Any) -> concurrent.futures.Future[Any]:
        if self._loop is None or self._emulator is None:
            raise RuntimeError("EmulatorThread not started")
        if self._thread is not None and threading.get_ident() == self._thread.ident:
            raise RuntimeError("EmulatorThread helpers must not be called from the emulator's own thread")
        fn = getattr(self._emulator, name)

        async def runner() -> Any:
            result = fn(*args, **kwargs)
            if inspect.isawaitable(result):
                result = await result
            return copy.deepcopy(result)

        return asyncio.run_coroutine_threadsafe(runner(), self._loop)

    def call(self, name: str, *args: Any, timeout: float | None = 30.0, **kwargs: Any) -> Any:
        """Run ``emulator.<name>(*args, **kwargs)`` in the emulator loop and return the result."""
        return self._submit(name, *args, **kwargs).result(timeout)

    async def call_async(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Like :meth:`call`, awaitable from any other event loop without blocking it."""
        return await asyncio.wrap_future(self._submit(name, *args, **kwargs))

    def wait_for_messages(self, chat_id: int | None, count: int = 1, timeout: float = 10.0, *, after: int | None = None) -> list[SentMessage]:
        return self._submit("wait_for_messages", chat_id, count, timeout, after=after).result(timeout + 5)

    def wait_for(self, predicate: Callable[[TelegramEmulator], Any], timeout: float = 10.0) -> Any:
        return self._submit("wait_for", predicate, timeout).result(timeout + 5)

    async def wait_for_messages_async(self, chat_id: int | None, count: int = 1, timeout: float = 10.0, *, after: int | None = None) -> list[SentMessage]:
        return await asyncio.wrap_future(self._submit("wait_for_messages", chat_id, count, timeout, after=after))

    async def wait_for_async(self, predicate: Callable[[TelegramEmulator], Any], timeout: float = 10.0) -> Any:
        return await asyncio.wrap_future(self._submit("wait_for", predicate, timeout))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        attr = getattr(TelegramEmulator, name, None)
        if attr is None or not callable(attr):
            raise AttributeError(name)

        def proxy(*args: Any, **kwargs: Any) -> Any:
            return self._submit(name, *args, **kwargs).result(60)

        proxy.__name__ = name
        proxy.__doc__ = attr.__doc__
        return proxy


# ---------------------------------------------------------------------------------------
# Standalone
# ---------------------------------------------------------------------------------------


def main(argv: Iterable[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Standalone Telegram Bot API emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--bot-username", default="emulated_test_bot")
    parser.add_argument("--lenient-html", action="store_true", help="accept bare & and > in HTML like real Telegram")
    args = parser.parse_args(list(argv) if argv is not None else None)

    async def run() -> None:
        emu = TelegramEmulator(
            args.token, host=args.host, port=args.port, bot_username=args.bot_username,
            strict_html=not args.lenient_html,
        )
        await emu.start()
        print(f"Telegram Bot API emulator listening on {emu.root_url}", flush=True)
        print(f"base_url={emu.base_url}", flush=True)
        print(f"base_file_url={emu.base_file_url}", flush=True)
        print(f"token={emu.token}", flush=True)
        print(f"control API: {emu.root_url}/_emulator/(send_text|send_contact|press_button|sent_messages|calls|fail_next|flood_limit|reset)", flush=True)
        try:
            await asyncio.Event().wait()
        finally:
            await emu.stop()

    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
