"""Floods on Telegram: the real python-telegram-bot against the Bot API emulator with
Telegram's ~30 messages/s send limit in force.

A stranger (or a verified member) sending hundreds of messages must not cost a normal
member their answers: over-limit and unverified messages get one reply per window and
then silence, and refusals are logged in aggregate (bounded ``events``/``audit`` rows).
"""
from __future__ import annotations

import csv

import pytest

from bot.features import roster
from bot.features.roster import RosterAccess
from tests.conftest import start_telegram_bot
from tests.support.telegram_emulator import Chat, User

ROSTER = [
    ["姓名", "手机", "界别", "街道社区", "角色"],
    ["张伟", "13812345678", "经济界", "东湖社区", "委员"],
    ["王芳", "13812340000", "经济界", "东湖社区", "委员"],
    ["李娜", "13900001111", "教育界", "城南街道", "工作人员"],
]
MEMBER = User(id=6101, first_name="张伟", language_code="zh-hans")
FLOODER = User(id=6102, first_name="王芳", language_code="zh-hans")
STAFF = User(id=6201, first_name="李娜", language_code="zh-hans")
STRANGER = User(id=6999, first_name="路人", language_code="zh-hans")

QUESTIONS = ["没法参加会议怎么请假", "提案最晚什么时候交", "社情民意信息怎么写",
             "委员证丢了怎么补办", "委员可以自己退出政协吗", "年度履职报告什么时候交"]
FLOOD = 300
APOLOGY = "出错"


@pytest.fixture
async def limited_bot(sample_kb, tmp_path):
    """Members-only bot; the emulator answers 429 above 30 sends per second (as Telegram does)."""
    from bot.app import build_assistant

    path = tmp_path / "roster.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(ROSTER)
    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    roster.import_roster(assistant.db, path, actor="test")
    harness = await start_telegram_bot(assistant)
    emu = harness.emu
    for user, phone in ((MEMBER, "13812345678"), (FLOODER, "13812340000"), (STAFF, "13900001111")):
        incoming = emu.send_contact(user, None, phone)
        await emu.wait_for_messages(user.id, 1, timeout=60, after=incoming["message_id"])
    emu.flood_limit(per_second=30)
    yield harness
    await harness.stop()
    await emu.stop()
    assistant.close()


def _handled(assistant, user, emu) -> int:
    """How many of ``user``'s messages the bot has dealt with (answered or suppressed)."""
    gate = getattr(assistant, "gate", None)
    if gate is not None:
        return gate.seen(f"tg:{user.id}")
    return len(emu.sent_messages(user.id))       # before the gate existed: one reply each


def _count(assistant, sql, params=()):
    return assistant.db.execute(sql, list(params)).fetchone()[0]


async def _member_asks_during_flood(harness, flooder, flood_text):
    emu, assistant = harness.emu, harness.assistant
    events_before = _count(assistant, "select count(*) from events")
    audit_before = _count(assistant, "select count(*) from audit")
    first = None
    for n in range(FLOOD):
        sent = emu.send_text(flooder, None, flood_text(n))
        first = first or sent
    replies = []
    for question in QUESTIONS:
        # Generous limits: the machine may be loaded; the point is that every one is answered.
        replies.append(await harness.ask(MEMBER, Chat.private(MEMBER), question, timeout=90))
    await emu.wait_for(lambda e: _handled(assistant, flooder, e) >= FLOOD, timeout=180)
    if hasattr(assistant, "gate"):
        assistant.gate.flush()
    return replies, first, events_before, audit_before


async def test_stranger_flood_does_not_cost_members_their_answers(limited_bot):
    emu, assistant = limited_bot.emu, limited_bot.assistant
    replies, first, events_before, audit_before = await _member_asks_during_flood(
        limited_bot, STRANGER, lambda n: "你好")
    for question, reply in zip(QUESTIONS, replies):
        assert APOLOGY not in reply["text"], (question, reply["text"])
        assert "《" in reply["text"] or "没有找到" in reply["text"], (question, reply["text"])
    assert not [m for m in emu.sent_messages(MEMBER.id) if APOLOGY in m["text"]]
    to_stranger = [m for m in emu.sent_messages(STRANGER.id) if m.message_id > first["message_id"]]
    assert 1 <= len(to_stranger) <= 2, [m["text"] for m in to_stranger]
    # Refusals are logged in aggregate: a handful of rows, not one per message; the count is kept.
    events = _count(assistant, "select count(*) from events") - events_before
    audit = _count(assistant, "select count(*) from audit") - audit_before
    assert events <= 6 and audit <= 3, (events, audit)
    import json

    suppressed = [json.loads(r[0]) for r in assistant.db.execute(
        "select detail from events where kind = 'suppressed' and user_id = ?", [f"tg:{STRANGER.id}"])]
    assert sum(d["count"] for d in suppressed) >= FLOOD - 2
    assert not [c for c in emu.calls("sendMessage") if c.status == 429 and
                str(c.params.get("chat_id")) == str(MEMBER.id)]


async def test_member_flood_gets_one_notice_and_others_are_answered(limited_bot):
    emu, assistant = limited_bot.emu, limited_bot.assistant
    replies, first, events_before, _ = await _member_asks_during_flood(
        limited_bot, FLOODER, lambda n: f"提案怎么提交 {n}")
    for question, reply in zip(QUESTIONS, replies):
        assert APOLOGY not in reply["text"], (question, reply["text"])
    to_flooder = [m for m in emu.sent_messages(FLOODER.id) if m.message_id > first["message_id"]]
    assert not [m for m in to_flooder if APOLOGY in m["text"]]
    limit = assistant.settings.questions_per_minute
    answers = [m for m in to_flooder if "《" in m["text"] or "没有找到" in m["text"]]
    notices = [m for m in to_flooder if m not in answers]
    assert len(answers) <= limit + 1 and 1 <= len(notices) <= 2, [m["text"][:40] for m in to_flooder]
    assert _count(assistant, "select count(*) from events") - events_before <= 6



def test_sender_gate_one_notice_per_window_and_one_row_per_sender(tmp_path):
    """The gate alone, on a fake clock: caps by role, one notice per window, tallies in one row."""
    import json

    from app.db import open_db

    from bot.features import migrate
    from bot.kernel.flood import SenderGate

    db = open_db(tmp_path / "a.db")
    migrate(db)
    now = [1000.0]
    gate = SenderGate(db, stranger_per_minute=2, member_per_minute=3, staff_per_minute=100,
                      clock=lambda: now[0], flush_every=5.0)
    assert [gate.admit("tg:1", None) for _ in range(4)] == [True, True, False, False]
    assert [gate.admit("tg:2", "member") for _ in range(4)] == [True, True, True, False]
    assert all(gate.admit("tg:3", "staff") for _ in range(50))
    assert all(gate.admit("console:local", "member") for _ in range(50))    # the trusted console
    assert gate.may_notify("tg:1") and not gate.may_notify("tg:1")
    for _ in range(100):
        gate.suppress("tg:1", "tg:1", "unverified")
    now[0] += 61
    assert gate.may_notify("tg:1") and gate.admit("tg:1", None)
    gate.suppress("tg:1", "tg:1", "messages")
    gate.flush()
    rows = [json.loads(r[0]) for r in db.execute("select detail from events where kind = 'suppressed' order by id")]
    assert [r["count"] for r in rows] == [100, 1]
    assert rows[0]["reasons"] == {"unverified": 100}
    assert gate.seen("tg:1") == 5
