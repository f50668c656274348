"""Duty records end to end: python-telegram-bot against the Bot API emulator, members-only roster.

/duty, /proposals and /venue for a member, "我还差几分到优秀" routed to /duty while a question
about the rules still gets the handbook, a proposal status change imported by staff reaching the
member through the outbox, and a member refused every staff action.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from bot.features.duty import api
from bot.features.duty.imports import import_activities, import_attendance
from bot.features.proposals.service import import_proposals
from bot.features import roster
from bot.features.roster import RosterAccess
from bot.features.venues.service import import_assignments, import_venues
from bot.kernel.messages import User as CoreUser
from tests.conftest import start_telegram_bot
from tests.support.telegram_emulator import Chat, User

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "duty"
WANG = User(id=6101, first_name="王明", language_code="zh-hans")
LI = User(id=6102, first_name="李华", language_code="zh-hans")
STAFF = User(id=6201, first_name="孙芳", language_code="zh-hans")
REFUSED = "没有使用这个功能的权限"


def write_csv(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def venues_file(tmp_path: Path) -> Path:
    """The sample venues with consultations dated from today, so /venue shows them whenever the test runs."""
    soon = dt.date.today() + dt.timedelta(days=10)
    later = dt.date.today() + dt.timedelta(days=40)
    head = ["联系点编号", "联系点名称", "街道", "地址", "联系人", "联系电话", "活动编号", "协商日期", "时间", "议题"]
    v1 = ["V01", "东湖街道委员社区联系点", "东湖街道", "临江市东湖路18号", "吴敏", "0571-88001234"]
    v2 = ["V02", "城南街道委员社区联系点", "城南街道", "临江市城南大道66号", "郑军", "0571-88005678"]
    return write_csv(tmp_path / "venues.csv", [
        head, v1 + ["T1", soon.isoformat(), "14:30", "加装电梯后的日常管理"],
        v1 + ["T2", later.isoformat(), "09:30", "社区居家养老服务站运营"],
        v1 + ["T0", "2020-01-01", "09:30", "早已开过的会"],
        v2 + ["T3", soon.isoformat(), "15:00", "校园周边交通安全"]])


@pytest.fixture
async def duty_bot(sample_kb, tmp_path):
    from bot.app import build_assistant

    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    db = assistant.db
    roster.import_roster(db, SAMPLES / "roster.csv", actor="test")
    roster.import_roster(db, write_csv(tmp_path / "staff.csv", [["姓名", "手机", "角色"], ["孙芳", "13900000007", "工作人员"]]),
                         actor="test")
    for name, user in (("王明", WANG), ("李华", LI), ("孙芳", STAFF)):
        roster.bind_user(db, roster.find_member(db, name)["id"], CoreUser(f"tg:{user.id}", name), "contact")
    rules = api.active_rules()
    import_venues(db, venues_file(tmp_path), rules=rules)
    for fn, name in [(import_assignments, "assignments.csv"), (import_attendance, "attendance.csv"),
                     (import_activities, "activities.csv"), (import_proposals, "proposals.csv")]:
        assert fn(db, SAMPLES / name, rules=rules).count("rejected") == 0
    harness = await start_telegram_bot(assistant)
    yield harness
    await harness.stop()
    await harness.emu.stop()
    assistant.close()


async def test_duty_and_natural_questions(duty_bot):
    reply = await duty_bot.ask(WANG, Chat.private(WANG), "/duty")
    text = reply.plain_text
    # The samples are dated 2026; in a later year with no records yet /duty shows 2026's.
    assert "2026年" in text
    assert "积分合计：24 分" in text and "当前等次：基本合格" in text
    assert "距优秀还差 6 分，且需按时提交年度履职报告" in text
    assert "出席常务委员会会议：3 次，6 分（《委员履职手册》第三十三条）" in text
    assert "2026-03-20" in text and "关于加快老旧小区加装电梯的建议" in text
    assert "第三十五条" in text and "核实申请" in text
    assert "1390000" not in text                 # no phone numbers in a member's view
    # The record answers the member's message as an answer does: quoting it (Matrix: in reply to it).
    again = await duty_bot.ask(WANG, Chat.private(WANG), "我还差几分到优秀", quoting=True)
    assert again.plain_text == text
    # A question about the rules is not "my points": the handbook answers it.
    rules = await duty_bot.ask(WANG, Chat.private(WANG), "出席全体会议计几分")
    assert "积分合计" not in rules.plain_text and "第三十三条" in rules.plain_text


async def test_venue_and_proposals_with_a_status_change_notified(duty_bot, tmp_path):
    emu, db = duty_bot.emu, duty_bot.assistant.db
    venue = (await duty_bot.ask(WANG, Chat.private(WANG), "/venue")).plain_text
    assert "东湖街道委员社区联系点" in venue and "临江市东湖路18号" in venue and "吴敏" in venue
    assert "加装电梯后的日常管理" in venue and "社区居家养老服务站运营" in venue and "早已开过的会" not in venue
    assert "校园周边交通安全" not in venue           # another venue's schedule
    asked = await duty_bot.ask(LI, Chat.private(LI), "我在哪个社区联系点？", quoting=True)
    assert "城南街道委员社区联系点" in asked.plain_text

    mine = (await duty_bot.ask(LI, Chat.private(LI), "/proposals", quoting=True)).plain_text
    assert "2026-003" in mine and "关于提升中小学课后服务质量的建议" in mine and "第一提案人" in mine
    assert "市教育局" in mine and "2026-05-28" in mine and "满意" in mine
    assert "2026-001" not in mine                    # 王明's and 张丽's, not 李华's
    # Staff import a new export of the proposal system: 2026-003 was not registered after all.
    rows = list(csv.reader(open(SAMPLES / "proposals.csv", encoding="utf-8")))
    for row in rows:
        if row[0] == "2026-003":
            row[4] = "不予立案"
    before = len(emu.sent_messages(LI.id))
    report = import_proposals(db, write_csv(tmp_path / "p.csv", rows), rules=api.active_rules())
    assert report.notified == 2                      # 李华 (first) and 王明 (co-proposer)
    await emu.wait_for_messages(LI.id, before + 1, timeout=60)
    notice = emu.sent_messages(LI.id)[before]
    assert "状态有更新" in notice.plain_text and "立案 → 不予立案" in notice.plain_text
    await emu.wait_for(lambda e: any("状态有更新" in m.plain_text for m in e.sent_messages(WANG.id)), timeout=60)
    mine = (await duty_bot.ask(LI, Chat.private(LI), "/proposals")).plain_text
    assert "不予立案" in mine


async def test_member_is_refused_every_staff_action(duty_bot):
    for command in ("/duty 李华", "/proposals 李华", "/venue 李华", "/assessment", "/duty 13900000002"):
        reply = await duty_bot.ask(WANG, Chat.private(WANG), command)
        assert REFUSED in reply.plain_text, command
        assert "李华" not in reply.plain_text
    refused = {r["target"] for r in roster.audit_rows(duty_bot.assistant.db, "refused")}
    assert {"duty", "proposals", "venue", "assessment"} <= refused
    # Staff see any member's record, and the year's summary.
    reply = await duty_bot.ask(STAFF, Chat.private(STAFF), "/duty 李华")
    assert "李华的履职" in reply.plain_text
    reply = await duty_bot.ask(STAFF, Chat.private(STAFF), "/assessment")
    assert "履职考核" in reply.plain_text and "ingest.py duty export" in reply.plain_text
