"""The transport-free vocabulary of the chat core.

A transport (Telegram, Matrix, console) translates what its network delivers
into an :class:`Incoming` and hands it to the core; the core answers through
the :class:`Transport` protocol with :class:`OutMessage` values. Nothing in
``bot.kernel`` imports a chat library: a test enforces it.

Identifiers are strings qualified by transport (``tg:123456``,
``mx:@alice:example.org``, ``console:local``) so that one SQLite database can
hold members, chats and outbox rows of every transport side by side.

Formatting: ``OutMessage.html`` uses a small HTML subset that Telegram and
Matrix both accept: <b>, <i>, <u>, <s>, <code>, <pre>, <a href>, <blockquote>.
Text from documents or members must be escaped with :func:`html.escape`
before it goes in; :func:`to_plain` gives the plain-text rendering.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Awaitable, Callable, ClassVar, Literal, Protocol

from app.errors import AppError

if TYPE_CHECKING:
    from bot.kernel.transports import TransportInfo

ChatKind = Literal["private", "group", "channel"]


@dataclass(frozen=True)
class User:
    id: str                      # transport-qualified, e.g. "tg:42"
    display_name: str = ""
    username: str | None = None  # Telegram @username or Matrix localpart, without "@"
    language: str | None = None  # IETF tag as the client reports it ("zh-hans", "en")


@dataclass(frozen=True)
class Chat:
    id: str                      # transport-qualified, e.g. "tg:-1001234"
    kind: ChatKind = "private"
    title: str = ""


@dataclass
class Attachment:
    """A file a user sent. ``fetch`` downloads it lazily (transport-specific); it raises
    :class:`AttachmentDamaged` when the file came but does not check out (nothing of it is returned)."""

    file_name: str
    size: int | None
    mime_type: str | None
    fetch: Callable[[], Awaitable[bytes]]
    # Sent as a picture (Telegram's photo, Matrix's m.image) rather than as a file: dialogs that take
    # files keep it; outside them it is not offered as a document upload (its caption, if any, is
    # the message's text, as before photos were attachments).
    photo: bool = False


class AttachmentDamaged(AppError):
    """``Attachment.fetch`` got the file but it does not check out (an end-to-end encrypted attachment
    whose SHA-256 or key does not match): nothing of it is kept; the sender should send it again.
    Other fetch failures (the network) stay the transport's own errors."""


@dataclass(frozen=True)
class Callback:
    """A button press on one of the bot's messages."""

    id: str                      # transport's id for acknowledging the press
    data: str                    # the Button.data that was pressed
    message: "SentRef | None" = None


@dataclass
class Incoming:
    transport: str               # "telegram" | "matrix" | "console"
    user: User
    chat: Chat
    text: str = ""
    html: str | None = None                  # the text with the sender's formatting, when the network has it
    message_id: str | None = None
    # Group addressing, decided by the transport which knows its own mention syntax.
    mentioned: bool = False
    reply_to_bot: bool = False
    reply_to_message_id: str | None = None   # id of the bot message replied to, if any
    # Set by the transport when the message is a command ("/ask x" or "!ask x").
    command: str | None = None   # lower-case, without "/" or "!" or "@botname"
    args: str = ""
    contact_phone: str | None = None         # a contact the user shared, only if it is their own
    attachment: Attachment | None = None
    callback: Callback | None = None
    forwarded_from_chat: Chat | None = None  # a channel post forwarded to the bot
    received_at: float | None = None         # unix time the transport got it

    @property
    def is_private(self) -> bool:
        return self.chat.kind == "private"


@dataclass(frozen=True)
class Button:
    label: str
    data: str | None = None      # callback data, at most 64 bytes (Telegram's limit)
    url: str | None = None
    request_contact: bool = False  # a reply-keyboard button that shares the user's phone


@dataclass
class OutMessage:
    html: str
    buttons: list[list[Button]] = field(default_factory=list)
    reply_to: str | None = None          # message id to reply to
    notice: bool = True                   # Matrix: m.notice rather than m.text
    remove_keyboard: bool = False         # drop a reply keyboard shown earlier

    @property
    def plain(self) -> str:
        return to_plain(self.html)


@dataclass(frozen=True)
class SentRef:
    """Where a sent message lives, so that it can be edited later."""

    chat_id: str
    message_id: str


class Transport(Protocol):
    """What the core needs from a chat network. Each transport implements it.

    ``info`` declares the network (id prefix, command prefix, groups, deep links) and the
    optional abilities: ``send_document`` when ``info.sends_files``, ``resolve_chat`` when
    ``info.resolves_names``, an ``attempts`` keyword on ``send`` when ``info.send_attempts``
    (see :class:`bot.kernel.transports.TransportInfo`). Callers read ``info``; they never
    probe for methods.
    """

    name: str
    info: ClassVar["TransportInfo"]
    # The bot's own name for deep links (Telegram's @username, known after getMe);
    # None when unknown or when the network has no deep links.
    bot_username: str | None

    async def send(self, chat_id: str, message: OutMessage) -> SentRef: ...

    async def edit(self, ref: SentRef, message: OutMessage) -> None: ...

    async def typing(self, chat_id: str) -> None: ...

    async def answer_callback(self, callback: Callback, text: str | None = None) -> None: ...


_TAG = re.compile(r"<[^>]+>")


def to_plain(markup: str) -> str:
    """Render the HTML subset as plain text (console, Matrix ``body``)."""
    text = re.sub(r"<br\s*/?>", "\n", markup)
    text = re.sub(r"</?blockquote>", "\n", text)
    text = _TAG.sub("", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return html.unescape(text).strip()


def esc(text: str) -> str:
    """Escape text for the HTML subset (quotes are fine inside text nodes)."""
    return html.escape(text, quote=False)
