"""The roster as duty records need it, through the roster feature's public API only
(``bot.features.roster``: who a chat user is, who a name or mobile in an import file is,
the private chat that reaches a member)."""
from __future__ import annotations

import unicodedata


def member_for_user(db, user_id: str) -> dict | None:
    from bot.features import roster

    return roster.member(db, user_id)


def find_member(db, ref: str) -> dict | None:
    from bot.features import roster

    return roster.find_member(db, ref)


def all_members(db) -> list[dict]:
    from bot.features import roster

    return roster.list_members(db)


def normalize_phone(raw) -> str | None:
    from bot.features import roster

    return roster.normalize_phone(raw)


def member_chat(member: dict) -> str | None:
    """The private chat that reaches a member: Telegram when verified there, else Matrix."""
    from bot.features import roster

    return roster.member_chat(member)


class RosterIndex:
    """Members by mobile and by name, loaded once for a whole import file (no query per row)."""

    def __init__(self, db):
        self.by_id: dict[int, dict] = {}
        self.by_mobile: dict[str, dict] = {}
        self.by_name: dict[str, list[dict]] = {}
        for m in all_members(db):
            self.by_id[m["id"]] = m
            if m.get("mobile"):
                self.by_mobile[m["mobile"]] = m
            self.by_name.setdefault(_name(m.get("name")), []).append(m)

    def resolve(self, name, mobile) -> tuple[dict | None, str | None]:
        """(member, None) or (None, reason): reason is "not_on_roster" | "ambiguous_name" | "bad_phone"."""
        raw_mobile = str(mobile or "").strip()
        if raw_mobile:
            phone = normalize_phone(raw_mobile)
            if phone is None:
                return None, "bad_phone"
            found = self.by_mobile.get(phone)
            return (found, None) if found else (None, "not_on_roster")
        matches = self.by_name.get(_name(name), [])
        if len(matches) == 1:
            return matches[0], None
        return None, "ambiguous_name" if matches else "not_on_roster"


def _name(value) -> str:
    return "".join(unicodedata.normalize("NFKC", str(value or "")).split())
