"""The broadcast feature's tables and every SQL statement on them.

``broadcast_targets`` (registered groups and channels), ``broadcasts`` (one announcement:
author, text, audience, state), ``broadcast_parts`` (its messages in order) and
``broadcast_files`` (its document). The per-recipient rows live in the outbox
(:mod:`bot.features.outbox.store`, owner ``broadcast``, ``batch_id`` = the broadcast id).

History: ``m001_broadcast`` also created ``outbox`` and ``outbox_lease`` until the
restructure; a database made then keeps that record, and ``outbox/m001_outbox`` adopts the
two tables. In a new database the outbox feature creates them.
"""
from __future__ import annotations

import json

from app.db import Migrations, transaction

from bot.kernel.transports import known_networks

broadcast_migrations = Migrations("broadcast")


@broadcast_migrations
def m001_broadcast(db):
    db["broadcast_targets"].create(
        {"id": int, "chat_id": str, "kind": str, "title": str, "username": str,
         "registered_by": str, "registered_at": float, "active": int},
        pk="id", not_null={"chat_id"}, defaults={"active": 1},
    )
    db["broadcast_targets"].create_index(["chat_id"], unique=True)
    db["broadcasts"].create(
        {"id": int, "author_id": str, "author_name": str, "author_chat_id": str, "author_lang": str,
         "source": str,             # "chat" | "cli" ("notice": one-person messages before the restructure)
         "html": str, "doc_name": str, "audience": str,   # JSON list of audience items
         "state": str,              # scheduled | sending | done | cancelled
         "scheduled_at": float, "created_at": float, "materialized_at": float, "started_at": float,
         "finished_at": float, "recipients": int, "muted_skipped": int,
         "reported_at": float, "cancelled_by": str},
        pk="id",
    )
    db["broadcasts"].create_index(["state", "scheduled_at"])
    db["broadcast_parts"].create(
        {"broadcast_id": int, "part": int, "kind": str, "html": str},
        pk=("broadcast_id", "part"), foreign_keys=[("broadcast_id", "broadcasts", "id")],
    )
    db["broadcast_files"].create(
        {"broadcast_id": int, "name": str, "mime": str, "data": bytes},
        pk="broadcast_id", foreign_keys=[("broadcast_id", "broadcasts", "id")],
    )


# ----------------------------------------------------------------------------- targets

def targets(db, *, active_only: bool = True) -> list[dict]:
    sql = "select * from broadcast_targets" + (" where active = 1" if active_only else "") + " order by id"
    return list(db.query(sql))


def target(db, target_id: int) -> dict:
    return next(iter(db.query("select * from broadcast_targets where id = ?", [target_id])))


def upsert_target(db, chat_id: str, *, kind: str, title: str, username: str | None, by: str,
                  now: float) -> tuple[int, bool]:
    """(target id, created): a new or re-activated target is created; an active one gets the new title."""
    with transaction(db):
        row = db.execute("select id, active from broadcast_targets where chat_id = ?", [chat_id]).fetchone()
        if row and row[1]:
            db.execute("update broadcast_targets set title = coalesce(nullif(?, ''), title) where id = ?", [title, row[0]])
            return row[0], False
        if row:
            db.execute("update broadcast_targets set active = 1, kind = ?, title = ?, username = ?,"
                       " registered_by = ?, registered_at = ? where id = ?",
                       [kind, title, username, by, now, row[0]])
            return row[0], True
        return db["broadcast_targets"].insert({
            "chat_id": chat_id, "kind": kind, "title": title, "username": username,
            "registered_by": by, "registered_at": now, "active": 1}).last_pk, True


def find_targets(db, ref: str) -> list[dict]:
    """Active targets matching a chat id, @name, title or #id."""
    ids = known_networks().candidates(ref)     # ref itself, or a network's own id without its prefix
    return list(db.query("select * from broadcast_targets where active = 1 and (chat_id in"
                         f" ({', '.join('?' * len(ids))})"
                         " or lower(username) = lower(?) or title = ? or cast(id as text) = ?)",
                         [*ids, ref.lstrip("@"), ref, ref.lstrip("#")]))


def deactivate_target(db, target_id: int) -> None:
    with transaction(db):
        db.execute("update broadcast_targets set active = 0 where id = ?", [target_id])


def move_target(db, old_chat_id: str, new_chat_id: str) -> None:
    """A group became a supergroup (new id): the target follows it."""
    with transaction(db):
        db.execute("update broadcast_targets set chat_id = ? where chat_id = ?", [new_chat_id, old_chat_id])


# ----------------------------------------------------------------------------- broadcasts

def insert_broadcast(db, row: dict, parts: list[tuple[str, str]], document=None) -> int:
    """The broadcast, its parts and its file (joins the caller's transaction)."""
    with transaction(db):
        bid = db["broadcasts"].insert({**row, "audience": json.dumps(row["audience"], ensure_ascii=False)}).last_pk
        db["broadcast_parts"].insert_all([{"broadcast_id": bid, "part": n, "kind": kind, "html": part_html}
                                          for n, (kind, part_html) in enumerate(parts)])
        if document is not None:
            db["broadcast_files"].insert({"broadcast_id": bid, "name": document.name, "mime": document.mime,
                                          "data": document.data})
    return bid


def _decoded(b: dict) -> dict:
    b["audience"] = json.loads(b["audience"] or "[]")
    return b


def get(db, bid: int) -> dict | None:
    rows = list(db.query("select * from broadcasts where id = ?", [bid]))
    return _decoded(rows[0]) if rows else None


def listing(db, *, states: tuple[str, ...] | None = None, limit: int = 10) -> list[dict]:
    # Notices made before the restructure (one message to one asker) are not broadcasts.
    sql = "select * from broadcasts where coalesce(source, '') != 'notice'"
    params: list = []
    if states:
        sql += " and state in (%s)" % ",".join("?" * len(states))
        params += list(states)
    sql += " order by id desc limit ?"
    return [_decoded(b) for b in db.query(sql, params + [limit])]


def part_count(db, bid: int) -> int:
    return db.execute("select count(*) from broadcast_parts where broadcast_id = ?", [bid]).fetchone()[0]


def part(db, bid: int, n: int) -> tuple[str, str]:
    """(kind, html) of part ``n``."""
    kind, html = db.execute("select kind, html from broadcast_parts where broadcast_id = ? and part = ?",
                            [bid, n]).fetchone()
    return kind, html or ""


def file(db, bid: int) -> tuple[str, bytes]:
    name, data = db.execute("select name, data from broadcast_files where broadcast_id = ?", [bid]).fetchone()
    return name, bytes(data)


def state(db, bid: int) -> tuple[str, list[str]] | None:
    """(state, audience) or None."""
    row = db.execute("select state, audience from broadcasts where id = ?", [bid]).fetchone()
    return (row[0], json.loads(row[1] or "[]")) if row else None


def mark_sending(db, bid: int, *, now: float, recipients: int, muted: int) -> None:
    db.execute("update broadcasts set state = 'sending', materialized_at = ?, recipients = ?, muted_skipped = ?"
               " where id = ?", [now, recipients, muted, bid])


def mark_started(db, bid: int, now: float) -> None:
    with transaction(db):
        db.execute("update broadcasts set started_at = coalesce(started_at, ?) where id = ? and started_at is null",
                   [now, bid])


def mark_done(db, bid: int, now: float) -> bool:
    """A broadcast being sent has no row left to send: done. True if this call finished it."""
    with transaction(db):
        cur = db.execute("update broadcasts set state = 'done', finished_at = ? where id = ? and state = 'sending'",
                         [now, bid])
    return cur.rowcount == 1


def mark_cancelled(db, bid: int, *, by: str, now: float) -> None:
    db.execute("update broadcasts set state = 'cancelled', cancelled_by = ?, finished_at = ?, reported_at = ?"
               " where id = ?", [by, now, now, bid])


def reopen(db, bid: int) -> None:
    """Rows of a finished broadcast were queued again: it is being sent (and reported) again."""
    db.execute("update broadcasts set state = 'sending', finished_at = null, reported_at = null"
               " where id = ? and state = 'done'", [bid])


def mark_reported(db, bid: int, now: float) -> None:
    with transaction(db):
        db.execute("update broadcasts set reported_at = ? where id = ?", [now, bid])


def due(db, now: float) -> list[int]:
    return [r[0] for r in db.execute("select id from broadcasts where state = 'scheduled' and scheduled_at <= ?",
                                     [now]).fetchall()]


def next_scheduled(db) -> float | None:
    return db.execute("select min(scheduled_at) from broadcasts where state = 'scheduled'").fetchone()[0]


def scheduled_count(db, bid: int | None = None) -> int:
    sql = "select count(*) from broadcasts where state = 'scheduled'" + (" and id = ?" if bid is not None else "")
    return db.execute(sql, [bid] if bid is not None else []).fetchone()[0]


def unreported(db, since: float) -> list[int]:
    return [r[0] for r in db.execute("select id from broadcasts where state in ('done', 'cancelled')"
                                     " and reported_at is null and finished_at > ?", [since]).fetchall()]

