"""The outbox's tables, ``outbox`` and ``outbox_lease``, and every SQL statement on them.

A row is one message to one chat. It belongs to an *owner* (``broadcast``, ``notice`` ...)
and, for owners that send the same message to many chats, to one of the owner's
*batches* (a broadcast id) and a *part* of it. A row carries its text inline
(``html``, notices) or leaves the payload to its owner (broadcasts keep their parts and
files; the worker asks the owner through :class:`bot.features.outbox.clients.OutboxClient`).
The outbox knows nothing else about its owners' tables.

History: until the restructure these tables were created by the broadcast feature's
migration ``broadcast/m001_broadcast`` (with ``broadcast_id`` pointing at ``broadcasts``).
``outbox/m001_outbox`` adopts them in a database made then: the rows are copied into the
generic shape (``owner = 'broadcast'``, ``batch_id`` = the broadcast id), nothing is lost
and nothing is sent twice (states, claims and the journal's keys are kept).
"""
from __future__ import annotations

import time

from app.db import Migrations, transaction

outbox_migrations = Migrations("outbox")

ACTIVE = ("pending", "sending")

_COLUMNS = """
    id integer primary key,
    owner text not null default 'broadcast',   -- who wrote the row and hears what happened
    batch_id integer,          -- the owner's group of rows (a broadcast id); null for a single notice
    part integer not null default 0,
    chat_id text not null,
    recipient_kind text,       -- channel | group | member
    member_id integer,
    label text,
    html text,                 -- the message when the row carries it (notices); null: ask the owner
    state text,                -- pending | sending | sent | failed | unconfirmed | cancelled
    claims integer default 0,          -- times claimed for sending (the journal's key with id)
    failures integer default 0,        -- temporary failures (5xx, network) so far
    floods integer default 0,          -- 429 answers (and waits for an unconnected network) so far
    recovered integer default 0,       -- times found in flight after a crash
    duplicate_risk integer default 0,  -- 1: re-sent after a request that may have arrived
    next_at float, message_id text, reason text, error text,
    created_at float, claimed_at float, sent_at float, updated_at float
"""
_KEPT = ("id, part, chat_id, recipient_kind, member_id, label, state, claims, failures, floods, recovered,"
         " duplicate_risk, next_at, message_id, reason, error, created_at, claimed_at, sent_at, updated_at")


@outbox_migrations
def m001_outbox(db):
    """Create the outbox, or adopt the one the broadcast feature created before the restructure."""
    if db["outbox"].exists():
        # Rebuilt (SQLite cannot drop a foreign key in place): broadcast_id -> owner + batch_id.
        db.execute(f"create table outbox_new ({_COLUMNS})")
        db.execute(f"insert into outbox_new (owner, batch_id, {_KEPT}) select 'broadcast', broadcast_id, {_KEPT}"
                   " from outbox")
        db.execute("drop table outbox")
        db.execute("alter table outbox_new rename to outbox")
    else:
        db.execute(f"create table outbox ({_COLUMNS})")
    db.execute("create unique index if not exists outbox_batch_chat_part on outbox (owner, batch_id, chat_id, part)")
    db.execute("create index if not exists outbox_state_next on outbox (state, next_at)")
    db.execute("create index if not exists outbox_batch_state on outbox (owner, batch_id, state)")
    db.execute("create index if not exists outbox_chat_state on outbox (chat_id, state)")
    if not db["outbox_lease"].exists():
        db["outbox_lease"].create({"name": str, "owner": str, "host": str, "pid": int, "heartbeat_at": float},
                                  pk="name")


# ----------------------------------------------------------------------------- writing rows

def enqueue(db, rows: list[dict], *, now: float | None = None) -> None:
    """Insert rows (each: owner, chat_id; optional batch_id, part, recipient_kind, member_id,
    label, html) as pending. Joins the caller's transaction."""
    now = now if now is not None else time.time()
    with transaction(db):
        db["outbox"].insert_all([_row(r, now) for r in rows], batch_size=500)


def enqueue_one(db, row: dict, *, now: float | None = None) -> int:
    """One row; returns its id."""
    now = now if now is not None else time.time()
    with transaction(db):
        return db["outbox"].insert(_row(row, now)).last_pk


def _row(r: dict, now: float) -> dict:
    return {"owner": r["owner"], "batch_id": r.get("batch_id"), "part": r.get("part", 0), "chat_id": r["chat_id"],
            "recipient_kind": r.get("recipient_kind"), "member_id": r.get("member_id"), "label": r.get("label"),
            "html": r.get("html"), "state": "pending", "claims": 0, "failures": 0, "floods": 0, "recovered": 0,
            "duplicate_risk": 0, "next_at": now, "created_at": now, "updated_at": now}


def batch_rows(db, owner: str, batch_id: int) -> list[dict]:
    """Every row of one batch, in the order written."""
    return list(db.query("select * from outbox where owner = ? and batch_id = ? order by id", [owner, batch_id]))


def count(db, owner: str, batch_id: int, states: tuple[str, ...]) -> int:
    marks = ",".join("?" * len(states))
    return db.execute(f"select count(*) from outbox where owner = ? and batch_id = ? and state in ({marks})",
                      [owner, batch_id, *states]).fetchone()[0]


def cancel_pending(db, owner: str, batch_id: int, *, now: float) -> int:
    with transaction(db):
        return db.execute("update outbox set state = 'cancelled', reason = 'cancelled', updated_at = ?"
                          " where owner = ? and batch_id = ? and state = 'pending'", [now, owner, batch_id]).rowcount


def requeue_unconfirmed(db, owner: str, batch_id: int, *, now: float) -> int:
    with transaction(db):
        return db.execute("update outbox set state = 'pending', next_at = ?, duplicate_risk = 1, updated_at = ?"
                          " where owner = ? and batch_id = ? and state = 'unconfirmed'",
                          [now, now, owner, batch_id]).rowcount


# ----------------------------------------------------------------------------- the worker's statements

def due_rows(db, now: float, limit: int, owners: tuple[str, ...] = ()) -> list[tuple]:
    """(id, owner, batch_id, part, chat_id, claims, failures, floods, html) of rows due now that
    carry their text or belong to one of ``owners``; a later part waits for the earlier parts
    of the same batch to the same chat."""
    marks = ",".join("?" * len(owners)) or "null"
    return db.execute(
        "select o.id, o.owner, o.batch_id, o.part, o.chat_id, o.claims, o.failures, o.floods, o.html from outbox o"
        f" where o.state = 'pending' and o.next_at <= ? and (o.html is not null or o.owner in ({marks}))"
        " and not exists (select 1 from outbox p where p.owner = o.owner and p.batch_id = o.batch_id"
        "   and p.chat_id = o.chat_id and p.part < o.part and p.state in ('pending', 'sending'))"
        " order by o.next_at, o.batch_id, o.id limit ?", [now, *owners, limit]).fetchall()


def claim(db, row_id: int, now: float) -> bool:
    with transaction(db):
        cur = db.execute(
            "update outbox set state = 'sending', claims = claims + 1, claimed_at = ?, updated_at = ?"
            " where id = ? and state = 'pending' and next_at <= ?"
            " and not exists (select 1 from outbox p where p.owner = outbox.owner and p.batch_id = outbox.batch_id"
            "   and p.chat_id = outbox.chat_id and p.part < outbox.part and p.state in ('pending', 'sending'))",
            [now, now, row_id, now])
    return cur.rowcount == 1


def finish(db, row_id: int, state: str, *, now: float, message_id: str | None = None, reason: str | None = None,
           error: str | None = None) -> None:
    with transaction(db):
        db.execute("update outbox set state = ?, message_id = ?, reason = ?, error = ?, sent_at = ?, updated_at = ?"
                   " where id = ?", [state, message_id, reason, error, now if state == "sent" else None, now, row_id])


def retry(db, row_id: int, *, next_at: float, error: str, failures: int, floods: int, risk: bool, now: float) -> None:
    with transaction(db):
        db.execute("update outbox set state = 'pending', next_at = ?, failures = ?, floods = ?, error = ?,"
                   " duplicate_risk = max(duplicate_risk, ?), updated_at = ? where id = ?",
                   [next_at, failures, floods, error, 1 if risk else 0, now, row_id])


def fail_permanently(db, row: tuple, reason: str, error: str, *, now: float) -> None:
    """``row``: (id, owner, batch_id, chat_id, part). Later parts to that chat would fail the same way."""
    row_id, owner, batch_id, chat_id, part = row
    with transaction(db):
        db.execute("update outbox set state = 'failed', reason = ?, error = ?, updated_at = ? where id = ?",
                   [reason, error[:300], now, row_id])
        if batch_id is not None:
            db.execute("update outbox set state = 'failed', reason = ?, error = 'earlier part failed', updated_at = ?"
                       " where owner = ? and batch_id = ? and chat_id = ? and part > ? and state = 'pending'",
                       [reason, now, owner, batch_id, chat_id, part])


def move_chat(db, row_id: int, old_chat_id: str, new_chat_id: str, *, now: float) -> None:
    """A group became a supergroup: its pending rows (and this one, sent again) go to the new id."""
    with transaction(db):
        db.execute("update outbox set chat_id = ?, updated_at = ? where chat_id = ? and state = 'pending'",
                   [new_chat_id, now, old_chat_id])
        db.execute("update outbox set chat_id = ?, state = 'pending', next_at = ?, updated_at = ? where id = ?",
                   [new_chat_id, now, now, row_id])


def defer_chat(db, chat_id: str, until: float) -> None:
    with transaction(db):
        db.execute("update outbox set next_at = ? where chat_id = ? and state = 'pending' and next_at < ?",
                   [until, chat_id, until])


def next_due(db) -> float | None:
    return db.execute("select min(next_at) from outbox where state = 'pending'").fetchone()[0]


def in_flight(db) -> list[tuple]:
    """(id, claims, owner, batch_id) of rows left in 'sending'."""
    return db.execute("select id, claims, owner, batch_id from outbox where state = 'sending'").fetchall()


def settle_recovered(db, unconfirmed: list[int], resend: list[tuple[int, int]], *, now: float) -> None:
    """After a crash: rows whose request went out -> unconfirmed; the others (id, risk) -> pending again."""
    with transaction(db):
        for row_id in unconfirmed:
            db.execute("update outbox set state = 'unconfirmed', reason = 'crash', updated_at = ? where id = ?",
                       [now, row_id])
        for row_id, risk in resend:
            db.execute("update outbox set state = 'pending', next_at = ?, recovered = recovered + 1,"
                       " duplicate_risk = max(duplicate_risk, ?), updated_at = ? where id = ?",
                       [now, risk, now, row_id])


def sending_count(db) -> int:
    return db.execute("select count(*) from outbox where state = 'sending'").fetchone()[0]


def active_count(db, owner: str, batch_id: int) -> int:
    return count(db, owner, batch_id, ACTIVE)


def active_chat_samples(db, owner: str | None = None, batch_id: int | None = None,
                        owners: tuple[str, ...] = ()) -> list[str]:
    """One chat id per network prefix among the rows still to send that carry their text or
    belong to one of ``owners`` (to ask whether any is reachable)."""
    where, params = ("owner = ? and batch_id = ? and ", [owner, batch_id]) if batch_id is not None else ("", [])
    marks = ",".join("?" * len(owners)) or "null"
    return [r[0] for r in db.execute(
        f"select min(chat_id) from outbox where {where} state in ('pending', 'sending')"
        f" and (html is not null or owner in ({marks}))"
        " group by substr(chat_id, 1, instr(chat_id, ':'))", params + list(owners)).fetchall()]


# ----------------------------------------------------------------------------- the lease

def lease_holder(db, name: str) -> dict | None:
    row = db.execute("select owner, host, pid, heartbeat_at from outbox_lease where name = ?", [name]).fetchone()
    return dict(zip(("owner", "host", "pid", "heartbeat_at"), row)) if row else None


def lease_take(db, name: str, owner: str, host: str, pid: int, now: float) -> None:
    db.execute("insert into outbox_lease (name, owner, host, pid, heartbeat_at) values (?, ?, ?, ?, ?) "
               "on conflict(name) do update set owner = excluded.owner, host = excluded.host, "
               "pid = excluded.pid, heartbeat_at = excluded.heartbeat_at", [name, owner, host, pid, now])


def lease_beat(db, name: str, owner: str, now: float) -> bool:
    with transaction(db):
        cur = db.execute("update outbox_lease set heartbeat_at = ? where name = ? and owner = ?", [now, name, owner])
    return cur.rowcount == 1


def lease_release(db, name: str, owner: str) -> None:
    with transaction(db):
        db.execute("delete from outbox_lease where name = ? and owner = ?", [name, owner])


def has_tables(db) -> bool:
    return db["outbox_lease"].exists()
