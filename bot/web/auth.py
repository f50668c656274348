"""Password-free sign-in: a one-time link sent by the bot, then a signed session cookie.

Both are signed with itsdangerous (HMAC over the WEB_SECRET); the link also
carries a random nonce that bot.web.store marks used, so a link opens one
session only. The session cookie holds the user id, a display name and the
session's CSRF token; the role is looked up in the roster on every request,
so a demoted clerk loses access at once.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Callable

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from kb.errors import KBError

COOKIE = "desk_session"


class LinkRefused(KBError):
    """A sign-in link that cannot be used; ``reason`` is expired | used | invalid | not_staff."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Session:
    user_id: str
    name: str
    csrf: str
    issued_at: float


def _signer_with(clock: Callable[[], float]):
    class ClockSigner(TimestampSigner):
        # itsdangerous reads the time here; tests move the clock instead of sleeping.
        def get_timestamp(self) -> int:
            return int(clock())

    return ClockSigner


class Tokens:
    def __init__(self, secret: str, *, link_minutes: float, session_minutes: float,
                 clock: Callable[[], float] = time.time):
        self.clock = clock
        signer = _signer_with(clock)
        self._links = URLSafeTimedSerializer(secret, salt="desk-link", signer=signer)
        self._sessions = URLSafeTimedSerializer(secret, salt="desk-session", signer=signer)
        self.link_seconds = link_minutes * 60
        self.session_seconds = session_minutes * 60

    def link_token(self, user_id: str, name: str) -> str:
        return self._links.dumps({"u": user_id, "n": name, "x": secrets.token_urlsafe(12)})

    def read_link(self, token: str) -> dict:
        """The link's payload; raises LinkRefused (expired or invalid). Use is checked by the caller."""
        try:
            data = self._links.loads(token, max_age=self.link_seconds)
        except SignatureExpired:
            raise LinkRefused("expired") from None
        except BadSignature:
            raise LinkRefused("invalid") from None
        if not isinstance(data, dict) or not {"u", "n", "x"} <= set(data):
            raise LinkRefused("invalid")
        return data

    def session_cookie(self, user_id: str, name: str) -> str:
        return self._sessions.dumps({"u": user_id, "n": name, "c": secrets.token_urlsafe(24), "t": self.clock()})

    def read_session(self, value: str | None) -> Session | None:
        if not value:
            return None
        try:
            data = self._sessions.loads(value, max_age=self.session_seconds)
        except BadSignature:      # SignatureExpired is a BadSignature too
            return None
        if not isinstance(data, dict) or not {"u", "n", "c", "t"} <= set(data):
            return None
        return Session(data["u"], data["n"], data["c"], data["t"])


__all__ = ["Tokens", "Session", "LinkRefused", "COOKIE"]
