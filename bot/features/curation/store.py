"""The staff queue's and the FAQ's tables, and every SQL statement on them.

* ``curation_items``: one queue item per topic (near-duplicate questions grouped), ``open``,
  ``answered`` (by a curated entry) or ``dismissed`` (with a reason).
* ``curation_asks``: each logged question (``questions.id``) that entered the queue, with its
  embedding and terms so later questions can be grouped with it, and when its asker was told.
* ``curated_entries``: the secretariat's answers (``active`` or ``retired``), with the question
  they show to other members.
* ``curated_variants``: the wordings an entry answers (matched against new questions).
* ``curation_messages``: which bot message shows which item or entry (staff reply to them).

Nothing else in the code base names these tables (tests/test_table_ownership.py); the rest of
the feature, statistics and the web desk go through the functions below or the feature's API.
"""
from __future__ import annotations

import sqlite3
import time

from app.db import Migrations, transaction

curation_migrations = Migrations("curation")


@curation_migrations
def m001_curation(db):
    db["curation_items"].create({
        "id": int,
        "status": str,            # open | answered | dismissed
        "title": str,             # the first question asked
        "asks": int,              # linked asks (kept for ordering the queue)
        "entry_id": int,          # the curated entry that answered it
        "reason": str,            # dismissal reason
        "resolved_by": str,       # staff user id
        "resolved_by_name": str,
        "resolved_at": float,
        "created_at": float,
        "updated_at": float,
    }, pk="id")
    db["curation_items"].create_index(["status", "asks"])
    db["curation_asks"].create({
        "id": int,
        "item_id": int,
        "question_id": int,       # questions.id
        "user_id": str,
        "chat_id": str,
        "chat_kind": str,
        "language": str,
        "text": str,
        "vector": bytes,          # float32 query embedding
        "tokens": str,            # space-joined kb.tokenizer.tokens
        "source": str,            # abstained | downvoted
        "citation": str,          # what the bot cited (downvoted answers)
        "entry_id": int,          # the curated entry a 👎 was about
        "created_at": float,
        "notified_at": float,
    }, pk="id", foreign_keys=[("item_id", "curation_items", "id")])
    db["curation_asks"].create_index(["item_id"])
    db["curation_asks"].create_index(["question_id"], unique=True)
    db["curated_entries"].create({
        "id": int,
        "status": str,            # active | retired
        "answer": str,            # plain text written by staff
        "author_id": str,
        "author_name": str,
        "item_id": int,
        "served": int,
        "created_at": float,
        "updated_at": float,
        "updated_by_name": str,
        "retired_at": float,
        "retired_by": str,
    }, pk="id")
    db["curated_entries"].create_index(["status"])
    db["curated_variants"].create({
        "id": int,
        "entry_id": int,
        "text": str,
        "vector": bytes,
        "tokens": str,
        "source": str,            # asked | confirmed (👍 on a curated answer) | attached
        "created_at": float,
    }, pk="id", foreign_keys=[("entry_id", "curated_entries", "id")])
    db["curated_variants"].create_index(["entry_id"])
    # Which bot message shows which item or entry: staff reply to them.
    db["curation_messages"].create({
        "chat_id": str, "message_id": str, "kind": str, "ref_id": int, "created_at": float,
    }, pk=("chat_id", "message_id"))


@curation_migrations
def m002_entry_question(db):
    """The question a curated entry shows to other members: staff-approved, never a member's raw words."""
    from bot.kernel.privacy import mask_personal

    db["curated_entries"].add_column("question", str)
    names = roster_names(db)
    for entry_id, item_id in db.execute("select id, item_id from curated_entries").fetchall():
        row = db.execute("select title from curation_items where id = ?", [item_id]).fetchone()
        if not row:
            row = db.execute("select text from curated_variants where entry_id = ? order by id limit 1",
                             [entry_id]).fetchone()
        db.execute("update curated_entries set question = ? where id = ?",
                   [mask_personal(row[0] if row else "", names), entry_id])


@curation_migrations
def m003_merged_into(db):
    """Staff may merge an open item into another (the same question, grouped apart): where it went."""
    db["curation_items"].add_column("merged_into", int)


def roster_names(db) -> list[str]:
    """The roster's names through its API (empty without a roster): what masking hides."""
    from bot.features.roster.api import names

    try:
        return names(db)
    except sqlite3.Error:       # masking must never stop an answer; without names it still masks numbers
        return []


def _one(db, sql: str, params: list) -> dict | None:
    rows = list(db.query(sql, params))
    return rows[0] if rows else None


# ----- queue items -----

def insert_item(db, title: str, now: float) -> int:
    return db["curation_items"].insert({
        "status": "open", "title": title, "asks": 0, "created_at": now, "updated_at": now,
    }).last_pk


def item(db, item_id: int) -> dict | None:
    return _one(db, "select * from curation_items where id = ?", [item_id])


def items(db, status: str = "open", limit: int | None = None, offset: int = 0) -> list[dict]:
    """Items of one status: open ones most-asked first, closed ones most recently closed first."""
    order = "asks desc, created_at asc, id asc" if status == "open" else "resolved_at desc, id desc"
    sql = f"select * from curation_items where status = ? order by {order}"
    params: list = [status]
    if limit is not None:
        sql += " limit ? offset ?"
        params += [int(limit), int(offset)]
    return list(db.query(sql, params))


def add_asks(db, item_id: int, n: int, now: float) -> None:
    db.execute("update curation_items set asks = asks + ?, updated_at = ? where id = ?", [n, now, item_id])


def resolve_item(db, item_id: int, *, status: str, by: str, by_name: str, now: float,
                 entry_id: int | None = None, reason: str | None = None, merged_into: int | None = None) -> None:
    """Close an item: ``answered`` by an entry, ``dismissed`` with a reason, or ``merged`` into another item."""
    db.execute(
        "update curation_items set status = ?, entry_id = ?, reason = ?, merged_into = ?, resolved_by = ?,"
        " resolved_by_name = ?, resolved_at = ?, updated_at = ? where id = ?",
        [status, entry_id, reason, merged_into, by, by_name, now, now, item_id])


def open_totals(db) -> tuple[int, int]:
    """(open items, their asks)."""
    n, asks = db.execute(
        "select count(*), coalesce(sum(asks), 0) from curation_items where status = 'open'").fetchone()
    return n, asks


def item_counts(db) -> dict[str, int]:
    """Items per status."""
    return dict(db.execute("select status, count(*) from curation_items group by status").fetchall())


# ----- asks -----

def item_of_question(db, question_id: int) -> int | None:
    row = db.execute("select item_id from curation_asks where question_id = ?", [question_id]).fetchone()
    return row[0] if row else None


def insert_ask(db, *, item_id: int, question_id: int, user_id: str, chat_id: str, chat_kind: str,
               language: str, text: str, vector: bytes, tokens: str, source: str, citation: str | None,
               entry_id: int | None, now: float) -> int:
    return db["curation_asks"].insert({
        "item_id": item_id, "question_id": question_id, "user_id": user_id, "chat_id": chat_id,
        "chat_kind": chat_kind, "language": language, "text": text, "vector": vector, "tokens": tokens,
        "source": source, "citation": citation, "entry_id": entry_id, "created_at": now,
    }).last_pk


def asks_of(db, item_id: int) -> list[dict]:
    return list(db.query("select * from curation_asks where item_id = ? order by created_at, id", [item_id]))


def open_asks(db) -> list[tuple[int, str, bytes, str]]:
    """(item id, text, vector, tokens) of every ask of an open item: what a new question is grouped with."""
    return [tuple(r) for r in db.execute(
        "select a.item_id, a.text, a.vector, a.tokens from curation_asks a"
        " join curation_items i on i.id = a.item_id where i.status = 'open'").fetchall()]


def mark_notified(db, item_id: int, user_id: str, now: float) -> None:
    with transaction(db):
        db.execute("update curation_asks set notified_at = ? where item_id = ? and user_id = ?",
                   [now, item_id, user_id])


def move_asks(db, from_item: int, to_item: int) -> int:
    """Move every ask of one item to another; returns how many moved."""
    cursor = db.execute("update curation_asks set item_id = ? where item_id = ?", [to_item, from_item])
    return cursor.rowcount


def queue_of_questions(db) -> dict[int, tuple[int, str]]:
    """question id -> (item id, item status) for every question that entered the queue."""
    return {qid: (item_id, status) for qid, item_id, status in db.execute(
        "select a.question_id, a.item_id, i.status from curation_asks a"
        " join curation_items i on i.id = a.item_id").fetchall()}


def notified_count(db) -> int:
    return db.execute("select count(*) from curation_asks where notified_at is not null").fetchone()[0]


# ----- curated entries -----

def insert_entry(db, *, answer: str, question: str, author_id: str, author_name: str, item_id: int | None,
                 now: float) -> int:
    return db["curated_entries"].insert({
        "status": "active", "answer": answer, "author_id": author_id, "author_name": author_name,
        "item_id": item_id, "served": 0, "created_at": now, "updated_at": now, "question": question,
    }).last_pk


def entry(db, entry_id: int) -> dict | None:
    return _one(db, "select * from curated_entries where id = ?", [entry_id])


def entries(db, status: str = "active") -> list[dict]:
    """Entries of one status, most served first."""
    return list(db.query("select * from curated_entries where status = ? order by served desc, id desc",
                         [status]))


def entry_counts(db) -> dict[str, int]:
    """Entries per status (``active``, ``retired``)."""
    return dict(db.execute("select status, count(*) from curated_entries group by status").fetchall())


def has_active_entries(db) -> bool:
    return db.execute("select 1 from curated_entries where status = 'active' limit 1").fetchone() is not None


def set_entry_answer(db, entry_id: int, answer: str, by_name: str, now: float) -> None:
    db.execute("update curated_entries set answer = ?, updated_at = ?, updated_by_name = ? where id = ?",
               [answer, now, by_name, entry_id])


def set_entry_question(db, entry_id: int, question: str, by_name: str) -> None:
    db.execute("update curated_entries set question = ?, updated_by_name = ? where id = ?",
               [question, by_name, entry_id])


def retire_entry(db, entry_id: int, by: str, now: float) -> None:
    db.execute("update curated_entries set status = 'retired', retired_at = ?, retired_by = ? where id = ?",
               [now, by, entry_id])


def count_served(db, entry_id: int) -> None:
    db.execute("update curated_entries set served = coalesce(served, 0) + 1 where id = ?", [entry_id])


# ----- variants -----

def variant_rows(db, *, active_only: bool = True) -> list[tuple[int, str, bytes, str]]:
    """(entry id, text, vector, tokens) of every variant (of active entries only, by default)."""
    return [tuple(r) for r in db.execute(
        "select v.entry_id, v.text, v.vector, v.tokens from curated_variants v"
        " join curated_entries e on e.id = v.entry_id"
        + (" where e.status = 'active'" if active_only else "")).fetchall()]


def variant_texts(db, entry_id: int) -> list[str]:
    return [r[0] for r in db.execute("select text from curated_variants where entry_id = ? order by id", [entry_id])]


def variant_vectors(db, entry_id: int) -> list[tuple[str, bytes]]:
    return [tuple(r) for r in db.execute("select text, vector from curated_variants where entry_id = ?",
                                         [entry_id]).fetchall()]


def insert_variant(db, entry_id: int, text: str, vector: bytes, tokens: str, source: str, now: float) -> None:
    db["curated_variants"].insert({
        "entry_id": entry_id, "text": text, "vector": vector, "tokens": tokens, "source": source,
        "created_at": now,
    })


# ----- which message shows what -----

def remember_message(db, chat_id: str, message_id: str, kind: str, ref_id: int) -> None:
    with transaction(db):
        db["curation_messages"].upsert({
            "chat_id": chat_id, "message_id": str(message_id), "kind": kind, "ref_id": ref_id,
            "created_at": time.time(),
        }, pk=("chat_id", "message_id"))


def message_target(db, chat_id: str, message_id: str) -> tuple[str, int] | None:
    """(``item`` | ``entry``, id) shown by that bot message, or None."""
    row = db.execute("select kind, ref_id from curation_messages where chat_id = ? and message_id = ?",
                     [chat_id, str(message_id)]).fetchone()
    return (row[0], row[1]) if row else None
