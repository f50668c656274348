"""The staff loop end to end on Telegram: python-telegram-bot against the Bot API emulator.

A member's unanswerable question reaches the staff queue, a staff member answers
by replying to the queue item, the member is notified in their private chat,
and another member asking in other words gets the curated answer.
"""
from __future__ import annotations

import pytest

from tests.conftest import start_telegram_bot
from tests.support.telegram_emulator import Chat, User

MEMBER = User(id=6101, first_name="王委员", username="wang", language_code="zh-hans")
OTHER = User(id=6102, first_name="赵委员", username="zhao", language_code="zh-hans")
STAFF = User(id=6201, first_name="秘书处小李", username="xiaoli", language_code="zh-hans")

PARKING = "开会那几天政协大院能停车吗"
PARKING_OTHER_WORDS = "开会那几天，政协大院可以停车吗"
ANSWER = "全体会议期间政协大院不对外停车，请乘坐大会统一安排的接驳车（示例答复）。"


@pytest.fixture
async def curation_bot(sample_kb):
    from bot.app import FEATURES, build_assistant
    from bot.features import curation
    from bot.kernel.access import OpenAccess

    sample_kb.set_abstain_threshold(0.99)    # the knowledge base answers nothing: all is queued
    assistant = build_assistant(kb=sample_kb, access=OpenAccess(staff={f"tg:{STAFF.id}": "staff"}))
    if "bot.features.curation" not in FEATURES:
        curation.install(assistant)
    harness = await start_telegram_bot(assistant)
    yield harness
    await harness.stop()
    await harness.emu.stop()
    assistant.close()


async def test_question_queued_answered_by_reply_and_served_again(curation_bot):
    emu = curation_bot.emu
    member_chat, other_chat, staff_chat = Chat.private(MEMBER), Chat.private(OTHER), Chat.private(STAFF)

    asked = emu.send_text(MEMBER, member_chat, PARKING)
    replies = await emu.wait_for_messages(member_chat.id, 2, timeout=30, after=asked["message_id"])
    assert "没有找到" in replies[0].plain_text
    assert "转给市政协工作人员" in replies[1].plain_text

    # The staff member lists the queue: a header and one message per item, with buttons.
    listed = emu.send_text(STAFF, staff_chat, "/queue")
    header, item = await emu.wait_for_messages(staff_chat.id, 2, timeout=30, after=listed["message_id"])
    assert "待答复问题 1 个" in header.plain_text
    assert PARKING in item.plain_text
    assert any(d.startswith("cq:a:") for d in item.button_data)

    # ... and answers by replying to the item.
    answered = emu.send_text(STAFF, staff_chat, ANSWER, reply_to=item)
    [confirmation] = await emu.wait_for_messages(staff_chat.id, 1, timeout=30, after=answered["message_id"])
    assert "已保存为常见问题" in confirmation.plain_text and "已通知 1 位" in confirmation.plain_text

    # The member gets the answer in their private chat, marked as from the secretariat.
    [note] = await emu.wait_for_messages(member_chat.id, 1, timeout=30, after=replies[-1].message_id)
    assert "秘书处答复" in note.plain_text and ANSWER in note.plain_text and PARKING in note.plain_text

    # Another member asks in other words: the curated answer, labelled, with the question it was written for.
    reply = await curation_bot.ask(OTHER, other_chat, PARKING_OTHER_WORDS, timeout=30)
    assert reply.parse_mode == "HTML"
    assert "秘书处答复" in reply.plain_text and ANSWER in reply.plain_text and PARKING in reply.plain_text
    assert any(d.startswith("fb:up:") for d in reply.button_data)
    assert any(d.startswith("cq:kb:") for d in reply.button_data)
    row = next(curation_bot.assistant.db.query(
        "select status, doc_key from questions where user_id = ? order by id desc limit 1", [f"tg:{OTHER.id}"]))
    assert row["status"] == "curated" and row["doc_key"].startswith("curated:")


PRIVATE_QUESTION = "我是东街的张三，身份证号110101199001011234，手机139 1234 5678，委员的停车证怎么办理"
PERMIT_ANSWER = "委员停车证由机关事务处统一办理，请携带委员证到208室申领（示例答复）。"


async def test_curated_answer_shows_other_members_no_personal_data(curation_bot):
    emu = curation_bot.emu
    curation_bot.assistant.db["members"].insert({"name": "张三", "mobile": "13912345678", "role": "member",
                                                 "muted": 0}, alter=True)
    member_chat, other_chat, staff_chat = Chat.private(MEMBER), Chat.private(OTHER), Chat.private(STAFF)
    asked = emu.send_text(MEMBER, member_chat, PRIVATE_QUESTION)
    await emu.wait_for_messages(member_chat.id, 2, timeout=30, after=asked["message_id"])

    listed = emu.send_text(STAFF, staff_chat, "/queue")
    _, item = await emu.wait_for_messages(staff_chat.id, 2, timeout=30, after=listed["message_id"])
    answered = emu.send_text(STAFF, staff_chat, PERMIT_ANSWER, reply_to=item)
    [confirmation] = await emu.wait_for_messages(staff_chat.id, 1, timeout=30, after=answered["message_id"])
    assert "其他委员看到的问题" in confirmation.plain_text and "张*" in confirmation.plain_text

    reply = await curation_bot.ask(OTHER, other_chat, PRIVATE_QUESTION, timeout=30)
    assert PERMIT_ANSWER in reply.plain_text and "这条答复针对的问题" in reply.plain_text
    for secret in ("张三", "110101199001011234", "139 1234 5678", "13912345678"):
        assert secret not in reply.plain_text, (secret, reply.plain_text)
