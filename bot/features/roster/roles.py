"""Roles: member < staff < admin, their Chinese and English names, and how people are shown."""
from __future__ import annotations

import unicodedata

from bot.kernel.messages import User
from bot.kernel.texts import lang_of, t

from bot.features.roster import texts as _texts  # noqa: F401  (the catalogue this module reads)
from bot.features.roster.phones import mask_phone

ROLE_ORDER = {"member": 1, "staff": 2, "admin": 3}
ROLE_NAMES = {
    "member": "member", "委员": "member", "政协委员": "member", "成员": "member",
    "staff": "staff", "工作人员": "staff", "职员": "staff",
    "admin": "admin", "administrator": "admin", "管理员": "admin",
}
ROLE_LABELS = {"member": {"zh": "委员", "en": "member"},
               "staff": {"zh": "工作人员", "en": "staff"},
               "admin": {"zh": "管理员", "en": "admin"}}


def parse_role(raw) -> str | None:
    """'member' | 'staff' | 'admin' from Chinese or English (empty = member); None if unknown."""
    text = unicodedata.normalize("NFKC", str(raw or "")).strip().lower()
    if not text:
        return "member"
    return ROLE_NAMES.get(text)


def role_label(role: str | None, language: str | None) -> str:
    if role is None:
        return t("roster_role_none", language)
    return ROLE_LABELS.get(role, {}).get(lang_of(language), role)


def target_of(member: dict) -> str:
    """How the audit log names a person: name and masked mobile."""
    return f"{member['name']} ({mask_phone(member['mobile'])})" if member.get("mobile") else member["name"]


def actor_of(user: User) -> str:
    """How the audit log names a chat user: their id and @username."""
    return user.id + (f" (@{user.username})" if user.username else "")


__all__ = ["ROLE_ORDER", "ROLE_NAMES", "ROLE_LABELS", "parse_role", "role_label", "target_of", "actor_of"]
