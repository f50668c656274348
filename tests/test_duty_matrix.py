"""Duty records on Matrix (a real Synapse, tests/support/synapse_harness.py): the same core as Telegram.

A member in a direct chat asks /duty, /venue and /proposals (Matrix's "!" prefix), a proposal
status change imported by staff reaches them through the outbox, and staff actions are refused.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.features.duty import api
from bot.features.duty.imports import import_activities, import_attendance
from bot.features.proposals.service import import_proposals
from bot.features.venues.service import import_assignments, import_venues
from tests.support.synapse_harness import running_synapse
from tests.test_duty_telegram import venues_file, write_csv
from tests.test_matrix_bot import close_env, make_env

pytestmark = pytest.mark.slow
SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "duty"


@pytest.fixture(scope="module")
def synapse():
    yield from running_synapse()


@pytest.fixture
async def env(synapse, sample_kb, tmp_path):
    from bot.features import roster

    e = await make_env(synapse, sample_kb, tmp_path)
    db = e.assistant.db
    # The Matrix env's member 张伟 and staff 李娜, plus the sample committee; 张伟 co-signs 2026-003.
    roster.import_roster(db, SAMPLES / "roster.csv", actor="test")
    rules = api.active_rules()
    import_venues(db, venues_file(tmp_path), rules=rules)
    for fn, name in [(import_assignments, "assignments.csv"), (import_attendance, "attendance.csv"),
                     (import_activities, "activities.csv")]:
        fn(db, SAMPLES / name, rules=rules)
    write_csv(tmp_path / "assign.csv", [["姓名", "联系点编号"], ["张伟", "V02"]])
    import_assignments(db, tmp_path / "assign.csv", rules=rules)
    e.proposals = list(csv.reader(open(SAMPLES / "proposals.csv", encoding="utf-8")))
    for row in e.proposals:
        if row[0] == "2026-003":
            row[3] = "王明、张伟"
    assert import_proposals(db, write_csv(tmp_path / "p1.csv", e.proposals), rules=rules).count("rejected") == 0
    api.record(db, member_id=roster.find_member(db, "张伟")["id"], category="sqmy_adopted", source="sqmy",
               source_id="SQMY-2026-0042", occurred_on="2026-05-01", title="关于校车安全的建议", level="province",
               year=2026, rules=rules)
    yield e
    await close_env(e)


async def test_duty_venue_proposals_and_refusals_on_matrix(env, tmp_path):
    member, bot = env.member, env.bot.user_id
    room = await env.dm(member)
    mark = member.mark()
    await member.say(room, "!duty")
    duty = (await member.wait_bot(room, bot, contains="履职", after=mark, timeout=60))["content"]["body"]
    assert "第三十五条" in duty and "2026年" in duty
    assert "社情民意信息采用：1 次，4 分（《委员履职手册》第二十六条）" in duty

    mark = member.mark()
    await member.say(room, "!venue")
    venue = (await member.wait_bot(room, bot, contains="联系点", after=mark))["content"]["body"]
    assert "城南街道委员社区联系点" in venue and "校园周边交通安全" in venue

    mark = member.mark()
    await member.say(room, "!proposals")
    mine = (await member.wait_bot(room, bot, contains="提案", after=mark))["content"]["body"]
    assert "2026-003" in mine and "联名提案人" in mine

    for row in env.proposals:
        if row[0] == "2026-003":
            row[4] = "不予立案"
    mark = member.mark()
    report = import_proposals(env.assistant.db, write_csv(tmp_path / "p2.csv", env.proposals),
                              rules=api.active_rules())
    assert report.notified == 1                      # 张伟 is the only author with a chat here
    notice = await member.wait_for(
        lambda r, e: e.get("sender") == bot and "状态有更新" in (e.get("content") or {}).get("body", ""),
        after=mark, timeout=90, what="the status notice")
    assert "立案 → 不予立案" in notice["content"]["body"]

    for command in ("!duty 王明", "!proposals 王明", "!venue 王明", "!assessment"):
        mark = member.mark()
        await member.say(room, command)
        refusal = await member.wait_bot(room, bot, contains="权限", after=mark)
        assert "王明" not in refusal["content"]["body"], command
