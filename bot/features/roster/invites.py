"""One-time invite links: staff create them, a person opens one to verify.

A link is tied to a roster person (it verifies that person) or to a role (the
person who opens it joins the roster with that role). The code is random; only
its SHA-256 is stored (:func:`bot.features.roster.store.invite_key`), so a
readable database cannot hand out links. Links work once and expire.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from app.db import transaction

from bot.features.roster import store
from bot.features.roster.roles import target_of
from bot.features.roster.store import find_invite, invite_key

INVITE_PREFIX = "inv-"


@dataclass
class Invite:
    code: str
    expires_at: float
    member: dict | None
    role: str


def create_invite(db, *, created_by: str, ttl_hours: float, member: dict | None = None,
                  role: str = "member") -> Invite:
    code = INVITE_PREFIX + secrets.token_urlsafe(9)   # 16 characters, Telegram's start-parameter alphabet
    now = time.time()
    expires = now + ttl_hours * 3600
    key = invite_key(code)
    granted = member["role"] if member else role
    with transaction(db):
        store.insert_invite(db, {
            "code": key, "member_id": member["id"] if member else None,     # the link carries the code
            "role": granted, "created_by": created_by, "created_at": now, "expires_at": expires,
        })
        store.insert_audit(db, created_by, "invite", target_of(member) if member else role,
                           {"code_hash": key[:12], "expires_at": expires})
    return Invite(code, expires, member, granted)


__all__ = ["INVITE_PREFIX", "Invite", "create_invite", "invite_key", "find_invite"]
