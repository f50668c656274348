"""The roster's public API: what other features, the CLI and the web desk call.

Nobody outside this package touches the ``members``, ``invites`` or ``audit``
tables; they call these functions. People are plain dicts (a ``members`` row:
``id, name, mobile, sector, district, role, telegram_user_id,
telegram_username, matrix_id, verified_at, verified_by, muted, created_at,
updated_at``). ``mobile`` is the full number: mask it (:func:`mask_phone`)
before showing it to anyone but staff who asked for it.

User ids are transport-qualified (``tg:42``, ``mx:@alice:example.org``).
Changes are audited with their ``actor`` (``cli:alice``, ``tg:42 (@li)``, ``web:…``).
"""
from __future__ import annotations

import time

from app.db import transaction
from bot.kernel.messages import User

from bot.features.roster import store
from bot.features.roster.errors import RosterError
from bot.features.roster.exports import EXPORT_HEADER, export_roster, export_rows
from bot.features.roster.imports import (ImportReport, RosterChanged, RowResult, import_roster, import_table,
                                         import_upload, plan_import)
from bot.features.roster.invites import INVITE_PREFIX, Invite, create_invite, find_invite, invite_key
from bot.features.roster.phones import mask_phone, normalize_phone
from bot.features.roster.roles import ROLE_LABELS, ROLE_ORDER, actor_of, parse_role, role_label, target_of
from bot.features.roster.store import id_column, roster_migrations
from bot.features.roster.tables import decode_text, read_table, read_table_bytes

# ---------------------------------------------------------------- finding people


def member(db, user_id: str) -> dict | None:
    """The roster person a chat account (``tg:42``, ``mx:@a:b``) belongs to, or None."""
    return store.member_by_user(db, user_id)


member_for_user = member     # the name the chat code has used since the roster began


def member_by_id(db, member_id: int) -> dict | None:
    return store.member_by_id(db, member_id) if store.installed(db) else None


def member_by_phone(db, phone) -> dict | None:
    """The person with this mobile, in any format a person types (``138-1234-5678``, ``+86…``)."""
    mobile = normalize_phone(phone) or normalize_phone(phone, international=True)
    return store.member_by_mobile(db, mobile) if mobile and store.installed(db) else None


def find_member(db, ref: str | int) -> dict | None:
    """A roster person by roster id (an int), mobile, @telegram_username, Matrix id, tg:/mx: id
    or exact (unique) name."""
    if isinstance(ref, int):
        return member_by_id(db, ref)
    ref = (ref or "").strip()
    if not ref or not store.installed(db):
        return None
    if store.account_of(ref) is not None:         # a transport-qualified id of a kept network
        return store.member_by_user(db, ref)
    if ref.startswith("@") and ":" in ref:
        return store.member_by_account(db, "matrix_id", ref)
    if ref.startswith("@"):
        return store.member_by_username(db, ref[1:])
    mobile = normalize_phone(ref)
    if mobile:
        return store.member_by_mobile(db, mobile)
    rows = store.members_named(db, ref)
    return rows[0] if len(rows) == 1 else None


def members(db, *, role: str | None = None, venue: str | None = None, sector: str | None = None,
            verified: bool | None = None) -> list[dict]:
    """Roster people by id. ``venue`` is the 街道社区 (street community) a member is assigned to,
    the roster's ``district`` column; ``verified`` True/False filters on verification."""
    return store.list_members(db, role=role, district=venue, sector=sector, verified=verified)


def list_members(db, role: str | None = None) -> list[dict]:
    return members(db, role=role)


def search(db, text: str, *, limit: int = 50) -> list[dict]:
    """People matching ``text``: part of a name, 界别, 街道社区, @username or Matrix id, a full
    mobile in any format, or its last four digits or more."""
    text = (text or "").strip()
    if not text or not store.installed(db):
        return []
    return store.search_members(db, text, mobile=normalize_phone(text), limit=limit)


def names(db) -> list[str]:
    """Every name on the roster (for masking names in members' words); empty without a roster."""
    return store.names(db)


member_names = names     # the name the curation branch gave it


def display_name(db, user_id: str) -> str | None:
    """The roster name of a chat account, or None when it is not on the roster."""
    found = member(db, user_id)
    return found["name"] if found else None


def accounts(db) -> dict[str, dict]:
    """user id -> {name, sector, district, mobile} for every chat account on the roster
    (joining a question log to the roster without one query per row)."""
    return {row["user_id"]: row for row in store.accounts(db)}


def is_verified(db, user_id: str) -> bool:
    """Whether this chat account belongs to a roster person who has verified (or was vouched for)."""
    found = member(db, user_id)
    return bool(found and found["verified_at"])


def role_of(db, user_id: str) -> str | None:
    """The roster role of a chat account ('member' | 'staff' | 'admin'), None when not on the roster.
    (The access policy decides about people not on it: see RosterAccess.role.)"""
    found = member(db, user_id)
    return found["role"] if found else None


def verified_members(db) -> list[dict]:
    """Verified people with their chat ids, 界别, 街道社区 and ``muted`` (broadcast audiences)."""
    return store.verified_members(db)


def group_counts(db, column: str) -> list[tuple[str, int]]:
    """(界别 or 街道社区, verified people) pairs, most first; ``column`` is "sector" or "district"."""
    return store.group_counts(db, column)


def venues(db) -> list[tuple[str, int]]:
    """(街道社区, verified members) pairs, most first."""
    return store.group_counts(db, "district")


def member_chat(found: dict) -> str | None:
    """The private chat that reaches a person: Telegram when verified there, else Matrix."""
    if found.get("telegram_user_id"):
        return found["telegram_user_id"]
    return store.account_user_id("matrix", found.get("matrix_id"))


# ---------------------------------------------------------------- changing people


def set_role(db, ref: str | int, role: str, *, actor: str = "cli") -> tuple[dict, str]:
    """Change a roster person's role (``ref``: roster id or anything :func:`find_member` takes);
    returns (member, previous role). Raises RosterError."""
    new = parse_role(role) if role else None
    if not new or not role.strip():
        raise RosterError(f"Unknown role {role!r}: use member, staff or admin (委员/工作人员/管理员).")
    found = find_member(db, ref)
    if found is None:
        raise RosterError(f"No roster person matches {ref!r} (give a mobile number, @username or Matrix id).")
    old = found["role"]
    with transaction(db):
        if old == "admin" and new != "admin" and store.count_role(db, "admin") <= 1:
            raise RosterError(f"{found['name']} is the only admin; make someone else admin first.")
        if old != new:
            store.update_member(db, found["id"], {"role": new, "updated_at": time.time()})
            audit(db, actor, "role", target_of(found), {"from": old, "to": new, "member_id": found["id"]})
    found["role"] = new
    return found, old


def set_muted(db, member_id: int, muted: bool, *, actor: str | None = None) -> None:
    """A member opts out of (or back into) broadcasts."""
    store.update_member(db, member_id, {"muted": 1 if muted else 0, "updated_at": time.time()})


def keeps_username(user_id: str) -> bool:
    """Whether the roster keeps the @username of accounts of this id's network (Telegram's)."""
    account = store.account_of(user_id)
    return account is not None and account.username_column is not None


def remember_username(db, member_id: int, username: str) -> None:
    """The Telegram @username a person was last seen with (for ``/role @name``)."""
    store.update_member(db, member_id, {"telegram_username": username})


def remove_member(db, ref: str | int, *, actor: str = "cli") -> dict:
    found = find_member(db, ref)
    if found is None:
        raise RosterError(f"No roster person matches {ref!r}.")
    with transaction(db):
        store.delete_member(db, found["id"])
        audit(db, actor, "member_removed", target_of(found), {"member_id": found["id"]})
    return found


def bind_user(db, member_id: int, user: User, how: str) -> None:
    """Tie a chat account to a roster person (verification); an account belongs to one person."""
    found = id_column(user.id)
    if found is None:
        raise RosterError(f"Cannot verify users of {user.id.split(':', 1)[0]}.")
    column, value = found
    now = time.time()
    fields = {"verified_at": now, "verified_by": how, "updated_at": now}
    username_column = store.account_of(user.id).username_column
    if user.username and username_column:
        fields[username_column] = user.username
    store.bind_account(db, member_id, column, value, fields)


def add_person(db, *, name: str, role: str) -> dict:
    """Someone who joined by a role invite link: on the roster without a mobile (staff add it later)."""
    now = time.time()
    member_id = store.insert_member(db, {"name": name, "role": role, "muted": 0, "created_at": now,
                                         "updated_at": now})
    return store.member_by_id(db, member_id)


def raise_role(db, member_id: int, role: str) -> None:
    """An invite link for a higher role lifts its person to it (audited with the verification)."""
    store.update_member(db, member_id, {"role": role, "updated_at": time.time()})


def claim_invite(db, code: str, user_id: str, now: float | None = None) -> bool:
    """Mark an invite used; False when someone else was first."""
    return store.claim_invite(db, code, user_id, time.time() if now is None else now)


# ---------------------------------------------------------------- audit


def audit(db, actor: str | None, action: str, target: str | None = None, detail: dict | None = None) -> None:
    """Record who did what to what. Actions: import, verify, role, invite, ingest,
    replace, remove, refused, member_removed (and whatever other features record)."""
    store.insert_audit(db, actor, action, target, detail)


def audit_rows(db, action: str | None = None, limit: int = 100, *, actor: str | None = None,
               since: float | None = None) -> list[dict]:
    """The latest audit entries, newest first (``detail`` is a JSON string)."""
    return store.audit_rows(db, action, limit, actor=actor, since=since)


__all__ = [
    # finding people
    "member", "member_for_user", "member_by_id", "member_by_phone", "find_member", "members", "list_members",
    "search", "names", "member_names", "display_name", "accounts", "is_verified", "role_of", "verified_members",
    "group_counts",
    "venues", "member_chat",
    # changing people
    "set_role", "set_muted", "keeps_username", "remember_username", "raise_role", "remove_member", "bind_user", "add_person", "claim_invite",
    # import and export
    "import_roster", "import_table", "import_upload", "plan_import", "ImportReport", "RowResult", "RosterChanged",
    "export_roster", "export_rows", "EXPORT_HEADER", "read_table", "read_table_bytes", "decode_text",
    # invites
    "Invite", "INVITE_PREFIX", "create_invite", "find_invite", "invite_key",
    # phones, roles, audit
    "normalize_phone", "mask_phone", "parse_role", "role_label", "ROLE_ORDER", "ROLE_LABELS", "actor_of",
    "target_of", "audit", "audit_rows", "RosterError", "roster_migrations", "id_column",
]
