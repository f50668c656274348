"""The SQLite database and its numbered migrations.

One file (``assistant.db`` in the data dir) holds the source of truth:
documents and chunks, and the bot's members, questions, outbox and queue.
Each owner declares its own ordered migrations (``Migrations("kb")`` in
kb/schema.py, ``Migrations("roster")`` ...) and applies them itself where it
opens the database (``kb.store.KBStore``, ``bot.features.migrate``): opening
the file applies nothing, and importing a module registers nothing. Applied
steps are recorded in ``_migrations`` so each runs exactly once, in order,
inside a transaction.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

import sqlite_utils

MigrationFn = Callable[[sqlite_utils.Database], None]


class Migrations:
    """One owner's named, ordered migrations; the owner calls :meth:`apply` on its database."""

    def __init__(self, component: str):
        self.component = component
        self.steps: list[tuple[str, MigrationFn]] = []

    def __call__(self, fn: MigrationFn) -> MigrationFn:
        """Decorator: register ``fn`` as the next migration (its name is its id)."""
        self.steps.append((fn.__name__, fn))
        return fn

    def apply(self, db: sqlite_utils.Database) -> list[str]:
        """Run this owner's pending steps, each in its own transaction; returns their names."""
        _ensure_table(db)
        done = {
            row["name"]
            for row in db.query("select name from _migrations where component = ?", [self.component])
        }
        applied = []
        for name, fn in self.steps:
            if name in done:
                continue
            with transaction(db):
                fn(db)
                db["_migrations"].insert(
                    {"component": self.component, "name": name, "applied_at": time.time()}
                )
            applied.append(name)
        return applied


_locks: dict[int, threading.RLock] = {}


def connection_lock(conn) -> threading.RLock:
    """The lock of one shared connection: transactions and queries take it."""
    return _locks.setdefault(id(conn), threading.RLock())


class SharedDatabase(sqlite_utils.Database):
    """A Database whose connection the bot's threads share (answering pool, web desk, outbox).

    sqlite_utils runs each ``query`` inside a SAVEPOINT of one fixed name; two threads querying
    at once released each other's savepoint ("no such savepoint: sqlite_utils_query"). The query
    is executed under the connection's lock (its rows are still read lazily, after the
    savepoint is released), and waits for another thread's open transaction to finish.
    """

    def query(self, sql, params=None):
        with connection_lock(self.conn):
            return super().query(sql, params)


@contextmanager
def transaction(db: sqlite_utils.Database):
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error; nested calls join the outer one.

    The connection runs in autocommit mode (isolation_level=None) so that
    transactions are explicit; a per-connection lock keeps two threads from
    interleaving statements inside one transaction.
    """
    with connection_lock(db.conn):
        if db.conn.in_transaction:
            yield db
            return
        db.conn.execute("begin immediate")
        try:
            yield db
        except BaseException:
            db.conn.execute("rollback")
            raise
        else:
            db.conn.execute("commit")


def _ensure_table(db: sqlite_utils.Database) -> None:
    db.execute(
        "create table if not exists _migrations ("
        " component text not null, name text not null, applied_at float,"
        " primary key (component, name))"
    )


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the database: WAL, foreign keys, a private file. No migrations:
    each owner applies its own (``kb.store.KBStore`` the knowledge base's)."""
    from app.private_files import private_db_file

    path = Path(path)
    private_db_file(path)     # 0600 in a 0700 folder: it holds members' phones and questions
    # check_same_thread=False: the bot runs blocking KB work in a thread pool; every
    # multi-statement write goes through `transaction()`, which serialises them.
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
    db = SharedDatabase(conn)
    db.execute("pragma journal_mode = wal")
    db.execute("pragma synchronous = normal")
    db.execute("pragma foreign_keys = on")
    db.execute("pragma busy_timeout = 30000")
    # sqlite_utils learns whether upsert may use ON CONFLICT by creating and dropping a table on
    # the first upsert. Run later, from a thread while another reads, the DROP failed ("database
    # table is locked") and a staff member's upload with it: learn it now, before any thread.
    db.supports_on_conflict
    return db

