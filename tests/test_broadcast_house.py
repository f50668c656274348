"""The broadcast and outbox packages in the house plan: drafts that survive a restart, the
outbox telling broadcast what happened (not writing its tables), notices through the outbox
API, the staff-forward hook, and the outbox CLI."""
from __future__ import annotations

import asyncio
import time

import bot.features.broadcast as bc
from bot.kernel.access import OpenAccess
from bot.kernel.delivery import ChatMoved
from bot.kernel.messages import Attachment, Chat, OutMessage
from tests.test_broadcast_core import (FAST, STAFF, FaultyTransport, add_members, buttons, done, incoming, press,
                                       wait_until)


def _assistant(kb):
    from bot.app import build_assistant

    return build_assistant(kb=kb, access=OpenAccess(staff={STAFF.id: "staff"}))


async def test_a_draft_with_its_document_survives_a_restart(make_config):
    from kb.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(make_config(bot=FAST))
    first = _assistant(kb)
    members = add_members(first.db, 3)
    tr = FaultyTransport()

    async def fetch():
        return b"%PDF-1.4 agenda"

    await first.handle(incoming(STAFF, "/broadcast"), tr)
    await first.handle(incoming(STAFF, "议程见附件", attachment=Attachment("议程.pdf", 15, "application/pdf", fetch)), tr)
    await first.handle(press(STAFF, "bc:all"), tr)
    drafts_dir = first.config.data_dir / "broadcast_drafts"
    assert len(list(drafts_dir.glob("*.bin"))) == 1
    first.close()

    second = _assistant(kb)                     # the bot restarted: a new Assistant, the same database
    await second.handle(press(STAFF, "bc:done"), tr)
    assert "接收方：3 个" in tr.texts(STAFF.id)[-1] and "📎 附件：议程.pdf" in tr.texts(STAFF.id)[-2]
    second.attach_transport(tr)
    await second.handle(press(STAFF, "bc:now"), tr)
    [b] = bc.list_broadcasts(second.db)
    await wait_until(lambda: done(second.db, b["id"]))
    assert sorted(c for c, *_ in tr.documents) == members
    assert all(data == b"%PDF-1.4 agenda" and caption == "议程见附件" for _c, _n, data, caption in tr.documents)
    assert list(drafts_dir.glob("*.bin")) == []             # the draft's file went with the draft
    await second.broadcast.stop()
    second.close()


async def test_cancel_drops_the_draft_and_its_file(make_config):
    from kb.knowledge_base import KnowledgeBase

    assistant = _assistant(KnowledgeBase(make_config(bot=FAST)))
    tr = FaultyTransport()

    async def fetch():
        return b"data"

    await assistant.handle(incoming(STAFF, "/broadcast"), tr)
    await assistant.handle(incoming(STAFF, "x", attachment=Attachment("a.txt", 4, "text/plain", fetch)), tr)
    await assistant.handle(incoming(STAFF, "/cancel"), tr)
    assert tr.texts(STAFF.id)[-1] == "已取消。"
    assert list((assistant.config.data_dir / "broadcast_drafts").glob("*.bin")) == []
    await assistant.handle(press(STAFF, "bc:all"), tr)
    assert tr.callbacks[-1][1] == "这个草稿已失效，请重新 /broadcast。"
    assistant.close()


async def test_a_moved_group_is_followed_by_broadcast_not_by_the_outbox(make_config):
    """The outbox re-addresses its rows; the broadcast target is updated by broadcast's own
    store, told through its outbox client."""
    from bot.features import open_bot_db
    from bot.features.outbox.service import OutboxWorker
    from bot.settings import load_bot_settings

    config = make_config(bot=FAST)
    db = open_bot_db(config.db_path)
    bc.register_target(db, "tg:-100", kind="group", title="老群")
    bid = bc.create_broadcast(db, html="搬家了", audience=["channels"], author=bc.Author("cli:a"))
    tr = FaultyTransport()
    tr.faults["tg:-100"] = [ChatMoved("tg:-1009")]
    worker = OutboxWorker(db, load_bot_settings(config).broadcast, lambda c: tr, journal_path=config.data_dir / "j")
    await worker.run(until_idle=True)
    assert [c for c, _ in tr.sent] == ["tg:-1009"]
    assert [x["chat_id"] for x in bc.targets(db)] == ["tg:-1009"]
    assert bc.get_broadcast(db, bid)["state"] == "done" and bc.summary(db, bid)["sent"] == 1


async def test_notify_queues_one_message_that_the_bot_delivers(make_config):
    from kb.knowledge_base import KnowledgeBase

    from bot.features.outbox import delivering_worker, notify

    assistant = _assistant(KnowledgeBase(make_config(bot=FAST)))
    assert delivering_worker(assistant.db) is None
    row = notify(assistant.db, "tg:77", OutMessage("您的提案已立案（示例）"), source="duty", label="张委员")
    tr = FaultyTransport()
    assistant.attach_transport(tr)                 # the bot's worker starts and holds the lease
    await wait_until(lambda: tr.texts("tg:77") == ["您的提案已立案（示例）"])
    assert delivering_worker(assistant.db) is not None
    got = assistant.db.execute("select owner, state, label from outbox where id = ?", [row]).fetchone()
    assert got == ("duty", "sent", "张委员")
    assert bc.list_broadcasts(assistant.db) == []      # a notice is not a broadcast
    await assistant.broadcast.stop()
    assistant.close()


async def test_staff_forward_offers_registration_with_open_access(make_config):
    """The offer reaches broadcast through the kernel's declared hook, whatever the access policy."""
    from kb.knowledge_base import KnowledgeBase

    assistant = _assistant(KnowledgeBase(make_config(bot=FAST)))
    assert assistant.broadcast.on_forwarded in assistant.hooks.on_staff_forward
    tr = FaultyTransport()
    channel = Chat("tg:-100999", "channel", "临江政协")
    await assistant.handle(incoming(STAFF, "转发", forwarded_from_chat=channel), tr)
    offer = next(m for c, m in tr.sent if c == STAFF.id and buttons(m))
    assert "临江政协" in offer.plain and buttons(offer) == ["bc:reg"]
    await assistant.handle(press(STAFF, "bc:reg"), tr)
    assert [x["chat_id"] for x in bc.targets(assistant.db)] == ["tg:-100999"]
    assistant.close()


def test_outbox_cli_says_who_delivers(tmp_path, shared_cache):
    from click.testing import CliRunner

    from bot.features.outbox.lease import Lease
    from bot.features.outbox.worker import open_outbox_db
    from cli.main import cli
    from kb.config import load_config
    from tests.conftest import write_config

    cfg = str(write_config(tmp_path, cache_dir=str(shared_cache), bot=FAST))
    run = CliRunner().invoke
    r = run(cli, ["--config", cfg, "outbox", "who"])
    assert r.exit_code == 0 and "Nobody delivers" in r.output and "outbox run" in r.output, r.output
    lease = Lease(open_outbox_db(load_config(cfg)))
    assert lease.try_acquire() is None
    r = run(cli, ["--config", cfg, "outbox", "who"])
    assert f"pid {lease.pid}" in r.output, r.output
    lease.release()
    r = run(cli, ["--config", cfg, "outbox", "run", "--help"])
    assert r.exit_code == 0 and "--until-idle" in r.output


def test_draft_files_are_swept_after_two_days(tmp_path):
    from bot.features.broadcast import drafts

    draft = drafts.new_draft()
    drafts.attach(draft, tmp_path, "a.pdf", None, b"x")
    assert drafts.document(draft, tmp_path).data == b"x"
    assert drafts.sweep(tmp_path, now=time.time() + 3600) == 0
    assert drafts.sweep(tmp_path, now=time.time() + 3 * 86400) == 1
    assert asyncio.iscoroutinefunction(bc.send_report)


async def test_a_worker_without_an_owner_leaves_its_rows_and_sends_the_rest(make_config):
    """Rows that need an owner not installed in this process wait for a worker that has it;
    they neither block notices nor keep an until-idle run going."""
    from bot.features import open_bot_db
    from bot.features.outbox import notify
    from bot.features.outbox.service import OutboxWorker
    from bot.settings import load_bot_settings

    config = make_config(bot=FAST)
    db = open_bot_db(config.db_path)
    add_members(db, 60)
    bid = bc.create_broadcast(db, html="需要广播功能", audience=["members"], author=bc.Author("cli:a"))
    notify(db, "tg:9", OutMessage("单独的通知"))
    tr = FaultyTransport()
    worker = OutboxWorker(db, load_bot_settings(config).broadcast, lambda c: tr, journal_path=config.data_dir / "j",
                          clients=[])
    await asyncio.wait_for(worker.run(until_idle=True), timeout=60)
    assert tr.texts() == ["单独的通知"]
    assert bc.summary(db, bid)["pending"] == 60
