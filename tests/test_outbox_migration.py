"""A data dir made before the restructure opens, migrates without loss, and still delivers.

``tests/fixtures/bot_db_5a8534c.sql`` is a dump of a bot database made by the code at commit
5a8534c (``broadcast/m001_broadcast`` then created ``outbox`` and ``outbox_lease``, with
``broadcast_id`` pointing at ``broadcasts``): a delivered broadcast (#1, 4 rows sent), one
with a document still pending (#2), a scheduled one (#3) and a notice to an asker (#4, the
old way: a hidden broadcast with source 'notice'). The outbox feature's ``m001_outbox``
adopts the tables: every row is kept with its state and claims, nothing runs twice, the
pending rows (old broadcast and old notice alike) are delivered, and new notices carry
their own text.
"""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

import bot.features.broadcast as bc
from tests.test_broadcast_core import FAST, FaultyTransport, wait_until

DUMP = Path(__file__).parent / "fixtures" / "bot_db_5a8534c.sql"


@pytest.fixture
def old_data_dir(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    conn = sqlite3.connect(data / "assistant.db")
    conn.executescript(DUMP.read_text(encoding="utf-8"))
    conn.close()
    return data


def _rows(db):
    return db.execute("select id, chat_id, part, state, claims, message_id from outbox order by id").fetchall()


def test_old_database_migrates_without_loss(old_data_dir):
    from bot.features import open_bot_db

    before = sqlite3.connect(old_data_dir / "assistant.db")
    old_rows = before.execute("select id, chat_id, part, state, claims, message_id from outbox order by id").fetchall()
    old_owner = dict(before.execute("select id, broadcast_id from outbox").fetchall())
    old_migrations = set(before.execute("select component, name from _migrations").fetchall())
    before.close()
    assert ("broadcast", "m001_broadcast") in old_migrations and len(old_rows) == 6

    db = open_bot_db(old_data_dir / "assistant.db")
    assert _rows(db) == [tuple(r) for r in old_rows]                    # every row, state and claim kept
    assert dict(db.execute("select id, batch_id from outbox").fetchall()) == old_owner
    assert {r[0] for r in db.execute("select distinct owner from outbox")} == {"broadcast"}
    names = set(db.execute("select component, name from _migrations").fetchall())
    assert old_migrations <= names and ("outbox", "m001_outbox") in names
    # No foreign key to broadcasts any more: the outbox names only its own tables.
    assert db["outbox"].foreign_keys == []
    # The broadcast side is intact.
    assert [b["id"] for b in bc.list_broadcasts(db)] == [3, 2, 1]         # the old notice is not listed
    assert bc.summary(db, 1)["sent"] == 4 and bc.get_broadcast(db, 3)["state"] == "scheduled"
    assert [x["title"] for x in bc.targets(db)] == ["委员之家"]
    # Opening again runs nothing twice.
    from bot.features import migrate

    migrate(db)
    assert _rows(db) == [tuple(r) for r in old_rows]
    assert db.execute("select count(*) from _migrations where component = 'outbox'").fetchone()[0] == 1


async def test_old_pending_rows_are_delivered_and_new_notices_work(old_data_dir, make_config):
    from bot.features import open_bot_db
    from bot.features.outbox import notify
    from bot.features.outbox.service import OutboxWorker
    from bot.kernel.messages import OutMessage
    from bot.settings import load_bot_settings

    config = make_config(bot=FAST)
    db = open_bot_db(old_data_dir / "assistant.db")
    new_row = notify(db, "tg:102", OutMessage("新的通知（示例）"), source="queue")
    tr = FaultyTransport()
    worker = OutboxWorker(db, load_bot_settings(config).broadcast, lambda c: tr, journal_path=old_data_dir / "j")
    # Not until_idle: the scheduled broadcast (#3, a month ahead) keeps a worker waiting by design.
    task = asyncio.create_task(worker.run())
    await wait_until(lambda: len(tr.sent) == 2 and tr.documents and bc.get_broadcast(db, 4)["state"] == "done")
    worker.stop()
    await task
    # The old document broadcast (#2) to 委员1, the old notice (#4) and the new one; #1 not again.
    assert [(c, n) for c, n, _d, _cap in tr.documents] == [("tg:101", "议程.txt")]
    assert sorted((c, m.plain) for c, m in tr.sent) == [("tg:101", "您的问题已答复（示例）"),
                                                        ("tg:102", "新的通知（示例）")]
    assert bc.get_broadcast(db, 2)["state"] == "done" and bc.summary(db, 2)["sent"] == 1
    assert bc.get_broadcast(db, 4)["state"] == "done"
    assert db.execute("select owner, state from outbox where id = ?", [new_row]).fetchone() == ("queue", "sent")
    assert bc.get_broadcast(db, 3)["state"] == "scheduled"                # still waits for its day
