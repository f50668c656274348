"""What a broadcast is made of: its text in parts, its document, its author; and its errors."""
from __future__ import annotations

from dataclasses import dataclass

from app.errors import AppError

from bot.features.broadcast.sanitize import has_tags
from bot.kernel.messages import esc, to_plain
from bot.kernel.textsplit import split_text

MESSAGE_LIMIT = 3500        # visible characters per text message (as the core's answers)
CAPTION_LIMIT = 1000        # visible characters of a document caption (Telegram: 1024)


class BroadcastError(AppError):
    """A broadcast cannot be created as asked (message says why, in English; ``key`` for chat)."""

    def __init__(self, message: str, key: str = "bc_error", **values):
        super().__init__(message)
        self.key = key
        self.values = values


@dataclass
class Document:
    name: str
    data: bytes
    mime: str | None = None


@dataclass
class Author:
    id: str                  # "tg:42" or "cli:alice"
    name: str = ""
    chat_id: str | None = None   # where the report goes (None: CLI)
    language: str | None = None


def prepare_parts(html: str, document_name: str | None) -> list[tuple[str, str]]:
    """(kind, html) messages of a broadcast: text pieces, then the document (with the
    text as its caption when short enough)."""
    html = (html or "").strip()
    plain = to_plain(html) if html else ""
    if document_name is not None and len(plain) <= CAPTION_LIMIT:
        return [("document", html)]
    if not html:
        raise BroadcastError("The announcement is empty.", "bc_need_text")
    if len(plain) <= MESSAGE_LIMIT:
        pieces = [html]
    elif has_tags(html):
        raise BroadcastError(f"The text is too long ({len(plain)} characters; {MESSAGE_LIMIT} with formatting).",
                             "bc_too_long", length=len(plain), limit=MESSAGE_LIMIT)
    else:
        pieces = [esc(p) for p in split_text(plain, MESSAGE_LIMIT)]
    parts = [("text", p) for p in pieces]
    if document_name is not None:
        parts.append(("document", ""))
    return parts


__all__ = ["BroadcastError", "Document", "Author", "prepare_parts", "MESSAGE_LIMIT", "CAPTION_LIMIT"]
