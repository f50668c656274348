"""How members address the bot on Matrix: mentions, ``!commands`` and numbered choices.

In a room bigger than two the bot answers only when addressed: a mention pill
(``m.mentions`` or a ``matrix.to`` link to the bot in ``formatted_body``), its display
name or localpart in the body, a reply to one of its messages, or a command. Commands
start with ``!`` (``MATRIX.command_prefix``); the core's texts say ``/help``, shown as
``!help`` (:class:`Bang`).
"""
from __future__ import annotations

import re
from urllib.parse import quote

from bot.transports.matrix.info import MATRIX

NUMBER = re.compile(r"\s*(\d{1,2})\s*[.。、)）]?\s*")                  # a bare "2" picks button 2
COMMAND = re.compile(re.escape(MATRIX.command_prefix) + r"([A-Za-z][A-Za-z0-9_]*)(?![A-Za-z0-9_])")
REPLY_FALLBACK = re.compile(r"<mx-reply>.*?</mx-reply>", re.S)


def localpart(user_id: str) -> str:
    """``@alice:example.org`` -> ``alice``."""
    return user_id[1:].split(":", 1)[0]


class Mentions:
    """Whether a message mentions the bot (``user_id``, its localpart or display name), and the text
    without the mention."""

    def __init__(self, user_id: str, display_name: str = ""):
        self.user_id = user_id
        self.display_name = display_name or ""
        self._build()

    def _build(self) -> None:
        uid = self.user_id
        ids = {re.escape(uid), re.escape(quote(uid, safe="")), re.escape(quote(uid, safe="@:"))}
        self._pill_re = re.compile(r"(?:https://matrix\.to/#/(?:" + "|".join(ids) + r")"
                                   r"|matrix:u/" + re.escape(uid[1:]) + r")(?![A-Za-z0-9._=-])", re.I)
        names = [re.escape(uid), re.escape(localpart(uid))]
        if self.display_name.strip():
            names.insert(1, re.escape(self.display_name.strip()))
        alt = "|".join(names)
        self._mention_re = re.compile(rf"(?<![A-Za-z0-9_])@?(?:{alt})(?![A-Za-z0-9_])", re.I)
        self._lead_re = re.compile(rf"^\s*@?(?:{alt})(?![A-Za-z0-9_])\s*[:：,，]?\s*", re.I)

    def set_display_name(self, name: str) -> None:
        self.display_name = name or ""
        self._build()

    def mentioned(self, content: dict, body: str, formatted: str) -> bool:
        mentions = content.get("m.mentions")
        if isinstance(mentions, dict) and self.user_id in (mentions.get("user_ids") or []):
            return True
        if formatted and self._pill_re.search(formatted):
            return True
        return bool(self._mention_re.search(body))

    def strip(self, body: str) -> str:
        text = self._lead_re.sub("", body, count=1)
        return self._mention_re.sub("", text).strip()


class Bang:
    """'/help' in the core's texts -> '!help' (Matrix commands), outside tags only."""

    def __init__(self, commands):
        self.commands = commands             # the assistant's command table (grows as features install)
        self._cached: tuple[tuple[str, ...], re.Pattern] | None = None

    def __call__(self, text: str) -> str:
        names = tuple(sorted(self.commands, key=len, reverse=True))
        if not names:
            return text
        if self._cached is None or self._cached[0] != names:
            self._cached = (names, re.compile(
                r"(?<![\w/:.])/(" + "|".join(map(re.escape, names)) + r")(?![A-Za-z0-9_])"))
        pattern = self._cached[1]
        prefix = MATRIX.command_prefix.replace("\\", "\\\\")
        return "".join(p if p.startswith("<") else pattern.sub(prefix + r"\1", p) for p in re.split(r"(<[^>]*>)", text))


__all__ = ["Mentions", "Bang", "COMMAND", "NUMBER", "REPLY_FALLBACK", "localpart"]
