"""One SQLite connection is shared by the bot's threads (answering pool, web desk, outbox).

sqlite_utils runs every ``Database.query`` inside a SAVEPOINT of one fixed name, so two threads
querying at once could release each other's savepoint: "no such savepoint: sqlite_utils_query"
(seen in the web desk's broadcast progress while the outbox worker read the same table).
"""
from __future__ import annotations

import threading

from app.db import open_db, transaction


def test_threads_sharing_one_connection_can_query_at_once(tmp_path):
    db = open_db(tmp_path / "t.db")
    db.execute("create table t (id integer primary key, v text)")
    db["t"].insert_all({"v": str(i)} for i in range(50))
    errors: list[BaseException] = []
    start = threading.Barrier(3)

    def reader():
        start.wait()
        try:
            for _ in range(1500):
                assert len(list(db.query("select * from t where id <= ?", [10]))) == 10
        except BaseException as e:       # noqa: BLE001 - reported below
            errors.append(e)

    def writer():
        start.wait()
        try:
            for i in range(300):
                with transaction(db):
                    db.execute("update t set v = ? where id = 1", [str(i)])
                    list(db.query("select v from t where id = 1"))
        except BaseException as e:       # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=reader), threading.Thread(target=reader), threading.Thread(target=writer)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[:3]


def test_the_first_upsert_while_a_read_is_open(tmp_path):
    """sqlite_utils learns whether upsert may use ON CONFLICT by creating and dropping a table on
    the first upsert; with another thread's read still open on the connection the DROP failed
    ("database table is locked", a staff member's upload in the Matrix test). open_db learns it
    before any thread runs."""
    db = open_db(tmp_path / "t.db")
    db["t"].insert_all([{"id": i} for i in range(20)], pk="id")
    reading = db.conn.execute("select id from t")
    reading.fetchone()                   # a read still open on the shared connection
    db["kb_meta"].upsert({"key": "embedder", "value": "m"}, pk="key")
    assert db["kb_meta"].get("embedder")["value"] == "m"
    assert reading.fetchone() is not None
