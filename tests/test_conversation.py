"""The conversation step on the chat core: follow-ups, small talk, English, per-person context."""
from __future__ import annotations

import itertools
import time

import pytest

from bot.kernel.messages import Callback, Chat, Incoming, SentRef, User

ANN = User("console:ann", "Ann", language="zh-hans")
BOB = User("console:bob", "Bob", language="zh-hans")
GROUP = Chat("console:group", "group", "委员群")
_ids = itertools.count(1)


async def say(assistant, transport, user, text, chat=None):
    chat = chat or Chat(user.id, "private")
    before = len(transport.sent)
    command, _, args = text[1:].partition(" ") if text.startswith("/") else (None, "", "")
    msg = Incoming("console", user, chat, text=text, message_id=str(next(_ids)), mentioned=True,
                   command=command, args=args)
    await assistant.handle(msg, transport)
    replies = [m.plain for c, m in transport.sent[before:] if c == chat.id]
    assert replies, f"no reply to {text!r}"
    return replies[0]


async def press(assistant, transport, user, data, chat=None):
    """``user`` presses the button ``data`` under the bot's last message; the replies' texts."""
    chat = chat or Chat(user.id, "private")
    before = len(transport.sent)
    msg = Incoming("console", user, chat, message_id=str(next(_ids)),
                   callback=Callback(str(next(_ids)), data, SentRef(chat.id, "1")))
    await assistant.handle(msg, transport)
    return [m.plain for c, m in transport.sent[before:] if c == chat.id]


def buttons(transport):
    """The (label, data) of the buttons under the bot's last message."""
    return [(b.label, b.data) for row in transport.sent[-1][1].buttons for b in row]


def questions(assistant):
    return list(assistant.db.query("select text, status from questions order by id"))


def queue(assistant):
    return list(assistant.db.query("select * from curation_items"))


async def test_followup_is_read_with_the_previous_question(assistant, recording_transport):
    first = await say(assistant, recording_transport, ANN, "社情民意怎么报")
    assert "社情民意" in first
    reply = await say(assistant, recording_transport, ANN, "那紧急信息要多久报")   # a question of its own
    assert "按“" not in reply
    reply = await say(assistant, recording_transport, ANN, "提案委员会的办公地点在哪")
    assert "405室" in reply
    reply = await say(assistant, recording_transport, ANN, "电话多少")
    assert "（按“提案委员会电话多少”理解）" in reply
    assert "0000-5550102" in reply
    # The log keeps the standalone question, which staff can read on its own.
    assert questions(assistant)[-1]["text"] == "提案委员会电话多少"


async def test_a_yes_no_followup_is_shown_as_a_question(assistant, recording_transport):
    await say(assistant, recording_transport, ANN, "提案什么时候截止")
    reply = await say(assistant, recording_transport, ANN, "晚了还能交吗")
    # Shown with its 吗, so the reading is not taken for a statement; searched and logged without.
    assert "（按“提案晚了还能交吗”理解）" in reply
    assert "平时提案" in reply
    assert questions(assistant)[-1]["text"] == "提案晚了还能交"


async def test_a_pressed_reading_of_a_yes_no_question_is_shown_as_one(assistant, recording_transport):
    """The reading a button offers is shown as the chosen one is: under "晚了还能交吗" with its 吗,
    though searched, logged and kept without it."""
    await say(assistant, recording_transport, ANN, "提案什么时候截止")
    await say(assistant, recording_transport, ANN, "晚了还能交吗")
    data = next(d for _, d in buttons(recording_transport) if d.startswith("alt:"))
    row = next(assistant.db.query("select * from offered_readings where question_id = ?",
                                  [int(data.removeprefix("alt:"))]))
    assert row["text"].endswith("晚了还能交") and row["shown"] == row["text"] + "吗"
    replies = await press(assistant, recording_transport, ANN, data)
    assert f"（按“{row['text']}吗”理解）" in replies[0]
    assert questions(assistant)[-1]["text"] == row["text"]


def test_readings_offered_before_the_shown_column_still_work(tmp_path):
    """m002 adds the shown reading to a table made by m001; a row offered before it is shown as
    searched."""
    import sqlite_utils

    from bot.features.conversation import store

    db = sqlite_utils.Database(tmp_path / "old.db")
    store.m001_offered_readings(db)
    db["offered_readings"].insert({"question_id": 7, "text": "提案怎么交，晚了还能交", "kind": "context",
                                   "language": "zh", "frame": "zh", "focus": "晚了还能交",
                                   "citation": "《手册》第十一条", "created_at": 1.0})
    store.m002_offered_reading_shown(db)
    assert store.offered(db, 7)["shown"] == ""
    store.offer(db, 8, text="提案晚了还能交", kind="rule", language="zh", frame="zh", focus="晚了还能交",
                citation="《手册》第十一条", shown="提案晚了还能交吗")
    assert store.offered(db, 8)["shown"] == "提案晚了还能交吗"


async def test_new_and_expiry_forget_the_context(assistant, recording_transport):
    await say(assistant, recording_transport, ANN, "提案委员会的办公地点在哪")
    assert "/new" in [name for name, _ in [(f"/{c}", d) for c, d in assistant.menu("zh")]]
    reply = await say(assistant, recording_transport, ANN, "/new")
    assert "换个话题" in reply
    reply = await say(assistant, recording_transport, ANN, "电话多少")
    assert "按“" not in reply

    await say(assistant, recording_transport, ANN, "提案委员会的办公地点在哪")
    conv = assistant.conversation
    key = ("console:ann", "console:ann")
    conv._turns[key].at -= conv.ttl + 1          # the member comes back after the pause
    reply = await say(assistant, recording_transport, ANN, "电话多少")
    assert "按“" not in reply


async def test_in_a_group_context_belongs_to_the_asker(assistant, recording_transport):
    await say(assistant, recording_transport, ANN, "提案委员会的办公地点在哪", chat=GROUP)
    other = await say(assistant, recording_transport, BOB, "电话多少", chat=GROUP)
    assert "按“" not in other                     # Bob never asked about 提案委员会
    mine = await say(assistant, recording_transport, ANN, "电话多少", chat=GROUP)
    assert "按“提案委员会电话多少”理解" in mine


@pytest.mark.parametrize("text", ["你好", "谢谢！", "你是谁", "你能做什么", "再见", "Hello", "thanks", "What can you do?",
                                  "謝謝！", "你能做什麼", "唔該晒！", "早晨", "你係邊個"])
async def test_small_talk_is_answered_and_never_queued(assistant, recording_transport, text):
    reply = await say(assistant, recording_transport, ANN, text)
    assert "抱歉" not in reply and "Sorry" not in reply
    if text not in ("再见",):
        assert reply.count("• ") == 3            # three example questions
    assert questions(assistant) == [] and queue(assistant) == []
    kinds = [r["kind"] for r in assistant.db.query("select kind from events")]
    assert "small_talk" in kinds


async def test_greeting_in_front_of_a_question_is_a_question(assistant, recording_transport):
    reply = await say(assistant, recording_transport, ANN, "你好，提案怎么交")
    assert "提案" in reply and "《" in reply
    assert questions(assistant)[0]["text"] == "提案怎么交"
    reply = await say(assistant, recording_transport, ANN, "唔該，提案最晚幾時交？")   # Cantonese "excuse me"
    assert "《" in reply and questions(assistant)[1]["text"] == "提案最晚几时交？"


async def test_english_question_gets_an_english_frame_and_a_chinese_quote(assistant, recording_transport):
    reply = await say(assistant, recording_transport, ANN, "What is the deadline for proposals?")
    assert "According to" in reply
    assert "2026年12月20日" in reply


async def test_unanswerable_reply_names_the_directory_contact(assistant, recording_transport):
    reply = await say(assistant, recording_transport, ANN, "今年全会委员统一住哪个酒店")
    assert "0000-5550104" in reply and "委员工作室" in reply


async def test_a_followup_is_answered_with_the_reading_shown_logged_and_kept(assistant, recording_transport):
    # "邮箱呢" is read as "信息中心的邮箱" (the rule) or "信息中心 邮箱" (the previous topic),
    # whichever the knowledge base answers (choice.py; kb.contact answers the office's entry).
    await say(assistant, recording_transport, ANN, "信息中心在哪个房间")
    reply = await say(assistant, recording_transport, ANN, "邮箱呢")
    assert "xinxi@example.org" in reply
    reading = "信息中心邮箱"
    assert f"（按“{reading}”理解）" in reply
    # The log and the context keep the reading that was answered.
    assert questions(assistant)[-1]["text"] == reading
    assert assistant.conversation.previous(("console:ann", "console:ann")).question == reading


async def test_an_english_followup_is_read_with_the_previous_question(assistant, recording_transport):
    await say(assistant, recording_transport, ANN, "社情民意信息工作室在哪")
    reply = await say(assistant, recording_transport, ANN, "and the phone number?")
    assert "0000-5550103" in reply
    assert "(Understood as “社情民意信息工作室" in reply       # the frame stays English


async def test_an_english_followup_to_an_english_question(assistant, recording_transport):
    await say(assistant, recording_transport, ANN, "Where is the proposal committee's office?")
    reply = await say(assistant, recording_transport, ANN, "and its phone number?")
    assert "0000-5550102" in reply and "(Understood as “Where is the proposal committee's office? and" in reply
    await say(assistant, recording_transport, ANN, "How do I submit a proposal?")
    reply = await say(assistant, recording_transport, ANN, "what's the deadline for it?")
    assert "2026年12月20日" in reply and "According to" in reply


async def test_a_question_in_traditional_characters_is_answered_as_in_simplified(assistant, recording_transport):
    # A member from Hong Kong types traditional characters; the documents are simplified.
    simplified = await say(assistant, recording_transport, ANN, "提案委员会的办公地点在哪")
    assistant.conversation.clear(("console:ann", "console:ann"))
    traditional = await say(assistant, recording_transport, ANN, "提案委員會的辦公地點在哪")
    assert "405室" in traditional
    # The same answer; the bot's own words in the member's script, the quote as the document has it.
    assert "根据" in simplified and "根據" in traditional and "根据" not in traditional
    quote = simplified.split("：\n", 1)[1].split("另见")[0]    # between 根据《…》： and 另见
    assert "405室" in quote and quote in traditional and "另見：" in traditional
    # The follow-up is read with it, and staff read the question in simplified characters.
    reply = await say(assistant, recording_transport, ANN, "電話多少")
    assert "（按“提案委員會電話多少”理解）" in reply and "0000-5550102" in reply
    assert [q["text"] for q in questions(assistant)][-2:] == ["提案委员会的办公地点在哪", "提案委员会电话多少"]
    # Small talk too; and a member who types simplified characters again gets them again.
    thanks = await say(assistant, recording_transport, ANN, "謝謝！")
    assert "您可以這樣問" in thanks and "您可以这样问" not in thanks
    assert "您可以这样问" in await say(assistant, recording_transport, ANN, "谢谢")
    assert "根据" in await say(assistant, recording_transport, ANN, "提案委员会的办公地点在哪")


async def test_another_reading_of_a_followup_is_one_tap_away(assistant, recording_transport):
    """A follow-up read several ways is answered with the reading the knowledge base is surest
    of; another reading answered from another article is offered as a button, pressed by the
    asker alone, answered as it was read, kept after a restart (its own table) and then the
    context of the next follow-up."""
    await say(assistant, recording_transport, ANN, "提案怎么交")
    reply = await say(assistant, recording_transport, ANN, "截止时间呢")
    assert "（按“提案截止时间”理解）" in reply and "2026年12月20日" in reply
    offered = [(label, data) for label, data in buttons(recording_transport) if data.startswith("alt:")]
    assert len(offered) == 1
    label, data = offered[0]
    assert label.startswith("🔄 换个理解：《") and "》第" in label
    citation = label.removeprefix("🔄 换个理解：")
    assert f"根据{citation}" not in reply                # another article than the one answered
    qid = int(data.removeprefix("alt:"))

    refused = await press(assistant, recording_transport, BOB, data)
    assert refused == [] and recording_transport.callbacks[-1][1] == "这个按钮属于别人的提问，无法操作。"

    conv = assistant.conversation
    row = next(assistant.db.query("select * from offered_readings where question_id = ?", [qid]))
    replies = await press(assistant, recording_transport, ANN, data)
    assert len(replies) == 1
    assert f"（按“{row['text']}”理解）" in replies[0] and f"根据{citation}" in replies[0]
    assert [e["detail"] for e in assistant.db.query("select detail from events where kind = 'other_reading'")] \
        == [f'{{"question_id": {qid}}}']
    # Logged as the member's next question, and the context of what they ask next.
    assert questions(assistant)[-1]["text"] == row["text"]
    assert conv.previous(("console:ann", "console:ann")).question == row["text"]
    # The button works from the table, not from memory: a restart forgets the context only.
    conv._turns.clear()
    again = await press(assistant, recording_transport, ANN, data)
    assert f"根据{citation}" in again[0]
    # Staff see how often a follow-up's reading was not the member's (/stats, the web desk).
    from bot.features.stats import compute_stats, format_stats_html

    figures = compute_stats(assistant.db, 0, time.time() + 1, assistant.config.committee.timezone)
    assert figures.other_readings == 2
    assert "追问点了“换个理解” 2 次" in format_stats_html(figures, "zh")


async def test_no_other_reading_is_offered_for_a_question_of_its_own(assistant, recording_transport):
    await say(assistant, recording_transport, ANN, "提案委员会的办公地点在哪")
    assert not [d for _, d in buttons(recording_transport) if d.startswith("alt:")]
    unknown = await press(assistant, recording_transport, ANN, "alt:999999")
    assert unknown == []                                # no such question: refused, nothing searched
    qid = next(assistant.db.query("select max(id) as id from questions"))["id"]
    gone = await press(assistant, recording_transport, ANN, f"alt:{qid}")   # a forged press
    assert gone == ["这个选项已失效，请直接再问一次。"]
