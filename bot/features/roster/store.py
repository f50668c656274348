"""The roster's tables (``members``, ``invites``, ``audit``): their migrations and every SQL statement on them.

Nothing else in the code base names these tables: other features call
:mod:`bot.features.roster.api`. Reads that other features make (names for
masking, verified members for broadcasts, ...) return nothing while the roster
is not installed in a database, as before the restructure; the roster's own
code always runs after its migrations.

User ids are transport-qualified (``tg:42``, ``mx:@alice:example.org``):
``members.telegram_user_id`` holds ``tg:42``; ``members.matrix_id`` holds
``@alice:example.org`` as the roster gives it (:func:`id_column` maps one to the other).
Which network an id belongs to, and its prefix, come from the networks' declarations
(:func:`bot.kernel.transports.known_networks`); this module never spells a prefix.
"""
from __future__ import annotations

import hashlib
import json
import re
import time
from typing import NamedTuple

from app.db import Migrations, transaction

from bot.kernel.transports import TransportInfo, known_networks

roster_migrations = Migrations("roster")

# The columns a caller may name (they are interpolated into SQL, so never from input).
ACCOUNT_COLUMNS = ("telegram_user_id", "matrix_id")
GROUP_COLUMNS = ("sector", "district")


class Account(NamedTuple):
    """How the roster keeps a network's accounts: the column, whether it holds the qualified id
    or the network's own, and the column of the person's @username (None: not kept)."""

    column: str
    qualified: bool
    username_column: str | None = None


# By network name (TransportInfo.name). The stored forms are those of every existing database
# and roster file: telegram_user_id "tg:42", matrix_id "@alice:example.org".
ACCOUNTS = {
    "telegram": Account("telegram_user_id", qualified=True, username_column="telegram_username"),
    "matrix": Account("matrix_id", qualified=False),
}


def network(name: str) -> TransportInfo:
    """The declaration of a network the roster keeps accounts of (``"telegram"``, ``"matrix"``)."""
    info = known_networks().network(name)
    if info is None:
        raise LookupError(f"no network named {name!r} is declared")
    return info


def account_of(user_id: str) -> Account | None:
    """How the roster keeps the accounts of ``user_id``'s network (None: it keeps none)."""
    info = known_networks().network_of(user_id or "")
    return ACCOUNTS.get(info.name) if info is not None else None


def account_user_id(network_name: str, stored: str | None) -> str | None:
    """The qualified user id of a value kept in the network's account column."""
    if not stored:
        return None
    return network(network_name).qualified(stored)


@roster_migrations
def m001_roster(db):
    db["members"].create(
        {
            "id": int,
            "name": str,
            "mobile": str,              # normalised: 11 digits for mainland mobiles, "+<digits>" otherwise
            "sector": str,              # 界别
            "district": str,            # 街道社区
            "role": str,                # "member" | "staff" | "admin"
            "telegram_user_id": str,    # "tg:42" once verified (or given by the roster)
            "telegram_username": str,   # last seen @username, without "@" (for /role @name)
            "matrix_id": str,           # "@alice:example.org"
            "verified_at": float,
            "verified_by": str,         # "contact" | "invite" | "roster"
            "muted": int,               # 1: the member opted out of broadcasts
            "created_at": float,
            "updated_at": float,
        },
        pk="id",
        not_null={"name", "role"},
        defaults={"muted": 0, "role": "member"},
    )
    db["members"].create_index(["mobile"], unique=True)
    db["members"].create_index(["telegram_user_id"], unique=True)
    db["members"].create_index(["matrix_id"], unique=True)
    db["members"].create_index(["telegram_username"])
    db["invites"].create(
        {
            "code": str,
            "member_id": int,           # the roster person the link verifies, or null
            "role": str,                # for links not tied to a person: the role granted
            "created_by": str,
            "created_at": float,
            "expires_at": float,
            "used_by": str,
            "used_at": float,
        },
        pk="code",
    )
    db["audit"].create(
        {"id": int, "actor": str, "action": str, "target": str, "detail": str, "created_at": float},
        pk="id",
    )
    db["audit"].create_index(["created_at"])
    db["audit"].create_index(["action", "created_at"])


_HASHED = re.compile(r"[0-9a-f]{64}")


def invite_key(code: str) -> str:
    """How an invite code is stored: its SHA-256 (hex). Codes are random, so no salt is needed."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


@roster_migrations
def m002_hash_invite_codes(db):
    """Invite codes are stored as their SHA-256 (a readable database must not hand out admin links)."""
    for (code,) in db.execute("select code from invites").fetchall():
        if not _HASHED.fullmatch(code or ""):
            db.execute("update invites set code = ? where code = ?", [invite_key(code), code])


def installed(db) -> bool:
    """Whether this database has the roster (a deployment may run without it)."""
    return db["members"].exists()


def id_column(user_id: str) -> tuple[str, str] | None:
    """(members column, value) that identifies a transport-qualified user id."""
    account = account_of(user_id)
    if account is None:
        return None
    return account.column, user_id if account.qualified else known_networks().bare(user_id)


def _one(db, sql: str, params: list) -> dict | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


# ---------------------------------------------------------------- members: reading

def member_by_id(db, member_id: int) -> dict | None:
    return _one(db, "select * from members where id = ?", [member_id])


def member_by_account(db, column: str, value: str) -> dict | None:
    """The person whose ``telegram_user_id`` or ``matrix_id`` is ``value``."""
    if column not in ACCOUNT_COLUMNS:
        raise ValueError(f"not an account column: {column!r}")
    return _one(db, f"select * from members where {column} = ?", [value])


def member_by_user(db, user_id: str) -> dict | None:
    """The person a transport-qualified user id (``tg:42``, ``mx:@a:b``) belongs to."""
    found = id_column(user_id or "")
    if found is None or not installed(db):
        return None
    return member_by_account(db, *found)


def member_by_mobile(db, mobile: str) -> dict | None:
    return _one(db, "select * from members where mobile = ?", [mobile])


def member_by_username(db, username: str) -> dict | None:
    return _one(db, "select * from members where lower(telegram_username) = ?", [username.lower()])


def members_named(db, name: str) -> list[dict]:
    return list(db.query("select * from members where name = ?", [name]))


def list_members(db, *, role: str | None = None, district: str | None = None, sector: str | None = None,
                 verified: bool | None = None) -> list[dict]:
    """Roster people by id, filtered by any of role, 街道社区, 界别 and verification."""
    if not installed(db):
        return []
    where, params = [], []
    for column, value in (("role", role), ("district", district), ("sector", sector)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if verified is not None:
        where.append("verified_at is not null" if verified else "verified_at is null")
    sql = "select * from members" + (" where " + " and ".join(where) if where else "") + " order by id"
    return list(db.query(sql, params))


def search_members(db, text: str, *, mobile: str | None = None, limit: int = 50) -> list[dict]:
    """People whose name, 界别, 街道社区, @username or Matrix id contains ``text``, or whose mobile
    is ``mobile`` (or ends in its digits: staff often remember the last four)."""
    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    digits = re.sub(r"\D", "", text)
    clauses = ["name like ? escape '\\'", "sector like ? escape '\\'", "district like ? escape '\\'",
               "telegram_username like ? escape '\\'", "matrix_id like ? escape '\\'"]
    params: list = [like] * len(clauses)
    if mobile:
        clauses.append("mobile = ?")
        params.append(mobile)
    if len(digits) >= 4:
        clauses.append("mobile like ?")
        params.append("%" + digits)
    sql = f"select * from members where {' or '.join(clauses)} order by name, id limit ?"
    return list(db.query(sql, params + [limit]))


def count_role(db, role: str) -> int:
    return db.execute("select count(*) from members where role = ?", [role]).fetchone()[0]


def names(db) -> list[str]:
    """Every distinct (non-empty) name on the roster, sorted."""
    if not installed(db):
        return []
    return [r[0] for r in db.execute("select distinct name from members where coalesce(name, '') != ''"
                                     " order by name")]


def verified_members(db) -> list[dict]:
    """Verified people with what a broadcast needs to reach them."""
    if not installed(db):
        return []
    return list(db.query("select id, name, sector, district, telegram_user_id, matrix_id, coalesce(muted, 0) as muted"
                         " from members where verified_at is not null order by id"))


def group_counts(db, column: str) -> list[tuple[str, int]]:
    """(界别 or 街道社区, verified people) pairs, most people first."""
    if column not in GROUP_COLUMNS:
        raise ValueError(f"not a group column: {column!r}")
    if not installed(db):
        return []
    rows = db.execute(f"select {column}, count(*) from members where verified_at is not null and"
                      f" coalesce({column}, '') != '' group by {column} order by count(*) desc, {column}").fetchall()
    return [(r[0], r[1]) for r in rows]


def accounts(db) -> list[dict]:
    """Every chat account on the roster: (user id, name, 界别, 街道社区, mobile), for joining logs."""
    if not installed(db):
        return []
    out = []
    for r in db.query("select name, sector, district, mobile, telegram_user_id, matrix_id from members"
                      " where telegram_user_id is not null or matrix_id is not null"):
        base = {"name": r["name"], "sector": r["sector"], "district": r["district"], "mobile": r["mobile"]}
        if r["telegram_user_id"]:
            out.append({"user_id": r["telegram_user_id"], **base})
        if r["matrix_id"]:
            out.append({"user_id": account_user_id("matrix", r["matrix_id"]), "matrix_id": r["matrix_id"], **base})
    return out


# ---------------------------------------------------------------- members: writing

def insert_member(db, record: dict) -> int:
    with transaction(db):
        return db["members"].insert(record).last_pk


def update_member(db, member_id: int, fields: dict) -> None:
    with transaction(db):
        db["members"].update(member_id, fields)


def delete_member(db, member_id: int) -> None:
    """Remove a person; their unused invite links stop working."""
    with transaction(db):
        db.execute("update invites set member_id = null, expires_at = 0 where member_id = ? and used_at is null",
                   [member_id])
        db["members"].delete(member_id)


def bind_account(db, member_id: int, column: str, value: str, fields: dict) -> None:
    """Give ``member_id`` the account ``column = value`` (taking it from anyone else who had it)."""
    if column not in ACCOUNT_COLUMNS:
        raise ValueError(f"not an account column: {column!r}")
    now = fields.get("updated_at", time.time())
    with transaction(db):
        db.execute(f"update members set {column} = null, updated_at = ? where {column} = ? and id != ?",
                   [now, value, member_id])
        db["members"].update(member_id, {column: value, **fields})


# ---------------------------------------------------------------- invites

def insert_invite(db, row: dict) -> None:
    with transaction(db):
        db["invites"].insert(row)


def find_invite(db, code: str) -> dict | None:
    return _one(db, "select * from invites where code = ?", [invite_key(code)])


def claim_invite(db, code: str, user_id: str, now: float) -> bool:
    """Mark an unused invite used by ``user_id``; False if it was used already (of two
    simultaneous redemptions only one wins)."""
    with transaction(db):
        return bool(db.execute("update invites set used_by = ?, used_at = ? where code = ? and used_at is null",
                               [user_id, now, invite_key(code)]).rowcount)


# ---------------------------------------------------------------- audit

def insert_audit(db, actor: str | None, action: str, target: str | None, detail: dict | None) -> None:
    with transaction(db):
        db["audit"].insert({
            "actor": actor or "", "action": action, "target": target or "",
            "detail": json.dumps(detail or {}, ensure_ascii=False), "created_at": time.time(),
        })


def audit_rows(db, action: str | None = None, limit: int = 100, *, actor: str | None = None,
               since: float | None = None) -> list[dict]:
    """The latest audit entries, newest first."""
    where, params = [], []
    if action:
        where.append("action = ?")
        params.append(action)
    if actor:
        where.append("actor = ?")
        params.append(actor)
    if since is not None:
        where.append("created_at >= ?")
        params.append(since)
    sql = "select * from audit" + (" where " + " and ".join(where) if where else "") + " order by id desc limit ?"
    return list(db.query(sql, params + [limit]))


__all__ = [
    "roster_migrations", "invite_key", "installed", "id_column", "member_by_id", "member_by_account",
    "member_by_user", "member_by_mobile", "member_by_username", "members_named", "list_members",
    "search_members", "count_role", "names", "verified_members", "group_counts", "accounts",
    "insert_member", "update_member", "delete_member", "bind_account", "insert_invite", "find_invite",
    "claim_invite", "insert_audit", "audit_rows",
]
