"""Members and staff end to end: python-telegram-bot against the Bot API emulator.

The assistant uses the roster (members-only access) instead of the open access of
the ``telegram_bot`` fixture: verification with the request-contact button, an
invite deep link, a refused member, and a document upload downloaded via getFile.
"""
from __future__ import annotations

import csv
import re

import pytest

from bot.features import documents
from bot.features import roster
from bot.features.roster import RosterAccess
from tests.conftest import start_telegram_bot
from tests.support.telegram_emulator import Chat, User

ROSTER = [
    ["姓名", "手机", "界别", "街道社区", "角色"],
    ["张伟", "13812345678", "经济界", "东湖社区", "委员"],
    ["李娜", "13900001111", "教育界", "城南街道", "工作人员"],
]

MEMBER = User(id=5101, first_name="张伟", username="zhangwei", language_code="zh-hans")
STAFF = User(id=5201, first_name="李娜", username="lina", language_code="zh-hans")
STRANGER = User(id=5999, first_name="路人", language_code="zh-hans")

NOTICE_MD = """# 委员读书会安排

## 活动时间

委员读书会每月第二个星期四下午三点在委员之家举行，每次约两小时，欢迎委员自愿报名参加。

## 报名办法

委员可在活动前三天通过委员工作室电话报名，也可以在履职平台上填写报名表。
"""


@pytest.fixture
async def roster_bot(sample_kb, tmp_path):
    from bot.app import FEATURES, build_assistant

    path = tmp_path / "roster.csv"
    with open(path, "w", encoding="gbk", newline="") as fh:
        csv.writer(fh).writerows(ROSTER)
    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    if "bot.features.roster" not in FEATURES:
        roster.install(assistant)
    if "bot.features.documents" not in FEATURES:
        documents.install(assistant)
    roster.import_roster(assistant.db, path, actor="test")
    # A short long-poll: start_telegram_bot waits (30 s) for the first getUpdates to return.
    assistant.settings.telegram.poll_timeout = 1
    harness = await start_telegram_bot(assistant)
    yield harness
    await harness.stop()
    await harness.emu.stop()
    assistant.close()


async def replies(emu, user, incoming, count=1, timeout=60.0):
    return await emu.wait_for_messages(user.id, count, timeout=timeout, after=incoming["message_id"])


async def verify_by_contact(emu, user, phone):
    incoming = emu.send_contact(user, None, phone)
    [reply] = await replies(emu, user, incoming)
    return reply


async def test_contact_button_verifies_a_member(roster_bot):
    emu = roster_bot.emu
    incoming = emu.send_text(STRANGER, None, "/start")
    greeting, prompt = await replies(emu, STRANGER, incoming, 2)
    assert "您好" in greeting.plain_text
    keyboard = prompt.reply_markup["keyboard"]
    assert keyboard[0][0]["request_contact"] is True
    assert "分享手机号" in keyboard[0][0]["text"]

    # A stranger's number is not on the roster.
    reply = await verify_by_contact(emu, STRANGER, "8613000000000")
    assert "不在委员名单" in reply.plain_text
    # Someone else's contact (not the sender's own) proves nothing.
    incoming = emu.send_contact(MEMBER, None, "8613812345678", contact_user_id=STRANGER.id)
    [reply] = await replies(emu, MEMBER, incoming)
    assert "本人" in reply.plain_text
    # The member's own contact, as Telegram sends it (no "+", country code first).
    reply = await verify_by_contact(emu, MEMBER, "8613812345678")
    assert "验证成功" in reply.plain_text and "张伟" in reply.plain_text
    assert reply.reply_markup == {"remove_keyboard": True}
    member = roster.find_member(roster_bot.assistant.db, "13812345678")
    assert member["telegram_user_id"] == f"tg:{MEMBER.id}" and member["telegram_username"] == "zhangwei"
    # Now a question is answered.
    reply = await roster_bot.ask(MEMBER, Chat.private(MEMBER), "委员因故不能出席会议，应当怎么办？", timeout=60)
    assert "《" in reply.plain_text and "仅供" not in reply.plain_text


async def test_unverified_question_is_refused_and_member_is_refused_staff_commands(roster_bot):
    emu = roster_bot.emu
    reply = await roster_bot.ask(STRANGER, Chat.private(STRANGER), "提案怎么提交？")
    assert "仅供" in reply.plain_text and reply.reply_markup["keyboard"][0][0]["request_contact"]
    await verify_by_contact(emu, MEMBER, "+86 138 1234 5678")
    for command in ("/docs", "/remove", "/invite", "/role 13812345678 admin"):
        reply = await roster_bot.ask(MEMBER, Chat.private(MEMBER), command)
        assert "没有使用这个功能的权限" in reply.plain_text, command
    incoming = emu.send_document(MEMBER, None, "读书会.md", NOTICE_MD.encode(), "text/markdown")
    [reply] = await replies(emu, MEMBER, incoming)
    assert "没有使用这个功能的权限" in reply.plain_text
    assert not emu.calls("getFile")
    refused = roster.audit_rows(roster_bot.assistant.db, "refused")
    assert {"docs", "remove", "invite", "role", "attachment"} <= {r["target"] for r in refused}


async def test_invite_deep_link(roster_bot):
    emu = roster_bot.emu
    await verify_by_contact(emu, STAFF, "13900001111")
    reply = await roster_bot.ask(STAFF, Chat.private(STAFF), "/invite")
    match = re.search(rf"https://t\.me/{emu.bot_username}\?start=(inv-[\w-]+)", reply.plain_text)
    assert match, reply.plain_text
    newcomer = User(id=5301, first_name="新委员", language_code="zh-hans")
    reply = await roster_bot.ask(newcomer, Chat.private(newcomer), f"/start {match.group(1)}")
    assert "验证成功" in reply.plain_text
    other = User(id=5302, first_name="别人", language_code="zh-hans")
    reply = await roster_bot.ask(other, Chat.private(other), f"/start {match.group(1)}")
    assert "已经使用过" in reply.plain_text


async def test_staff_uploads_a_document(roster_bot):
    emu, kb = roster_bot.emu, roster_bot.assistant.kb
    await verify_by_contact(emu, STAFF, "13900001111")
    before = len(kb.list_documents())
    incoming = emu.send_document(STAFF, None, "读书会安排.md", NOTICE_MD.encode(), "text/markdown")
    [progress] = await replies(emu, STAFF, incoming)
    assert "已收到" in progress.plain_text

    def finished(e):
        sent = e.sent_message(STAFF.id, progress.message_id)
        return sent if sent and "已加入知识库" in (sent.plain_text or "") else None

    done = await emu.wait_for(finished, timeout=120)
    assert "《委员读书会安排》" in done.plain_text and "现在可以这样问我" in done.plain_text
    assert emu.calls("getFile")
    assert len(kb.list_documents()) == before + 1
    assert kb.find_document("读书会安排.md")["added_by"] == f"tg:{STAFF.id}"

    # /docs with its paging buttons, in the real client.
    reply = await roster_bot.ask(STAFF, Chat.private(STAFF), "/docs")
    assert "委员读书会安排" in reply.plain_text

    # The same file name again with new content: replaced only after the confirm button.
    incoming = emu.send_document(STAFF, None, "读书会安排.md",
                                 NOTICE_MD.replace("下午三点", "下午两点半").encode(), "text/markdown")
    [prompt] = await replies(emu, STAFF, incoming)

    def confirm_shown(e):
        sent = e.sent_message(STAFF.id, prompt.message_id)
        return sent if sent and any(d.startswith("dup:ok:") for d in sent.button_data) else None

    shown = await emu.wait_for(confirm_shown, timeout=60)
    [ok] = [d for d in shown.button_data if d.startswith("dup:ok:")]
    emu.press_button(STAFF, shown, ok)

    def replaced(e):
        sent = e.sent_message(STAFF.id, prompt.message_id)
        return sent if sent and "已替换为新版本" in (sent.plain_text or "") else None

    await emu.wait_for(replaced, timeout=120)
    assert len(kb.list_documents()) == before + 1
    doc = kb.find_document("读书会安排.md")
    assert "两点半" in " ".join(c["text"] for c in kb.chunks_of(doc["id"]))


async def test_corrupt_and_oversized_files_leave_the_knowledge_base_as_it_was(roster_bot):
    emu, kb = roster_bot.emu, roster_bot.assistant.kb

    def snapshot():
        return ([(d["doc_key"], d["version"]) for d in kb.list_documents()],
                {r[0] for r in kb.db.execute("select id from chunks")}, kb.store.ids())

    def final_text(e, message_id, word):
        sent = e.sent_message(STAFF.id, message_id)
        return sent if sent and word in (sent.plain_text or "") else None

    await verify_by_contact(emu, STAFF, "13900001111")
    before = snapshot()
    incoming = emu.send_document(STAFF, None, "损坏.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50, "application/pdf")
    [progress] = await replies(emu, STAFF, incoming)
    done = await emu.wait_for(lambda e: final_text(e, progress.message_id, "知识库未改动"), timeout=60)
    assert "损坏" in done.plain_text
    assert snapshot() == before

    kb.config.ingest.max_file_mb = 0.001                 # about 1 KB
    downloads = len(emu.calls("getFile"))
    incoming = emu.send_document(STAFF, None, "大文件.md", NOTICE_MD.encode() * 20, "text/markdown")
    [reply] = await replies(emu, STAFF, incoming)
    done = await emu.wait_for(lambda e: final_text(e, reply.message_id, "超过"), timeout=30)
    assert "0.001 MB" in done.plain_text
    assert len(emu.calls("getFile")) == downloads           # refused before downloading
    assert snapshot() == before


async def test_forged_buttons_are_refused(roster_bot):
    """Callback data is the client's to choose: a stranger and another member send forged presses."""
    emu = roster_bot.emu
    db = roster_bot.assistant.db
    roster_bot.assistant.kb.set_abstain_threshold(0.0)
    await verify_by_contact(emu, MEMBER, "13812345678")
    await verify_by_contact(emu, STAFF, "13900001111")
    answer = await roster_bot.ask(MEMBER, Chat.private(MEMBER), "提案最晚什么时候交", timeout=60)
    full = next(d for d in answer.button_data if d.startswith("full:"))
    qid = int(full.split(":")[1])

    incoming = emu.send_text(STRANGER, None, "/start")
    greeting, _ = await replies(emu, STRANGER, incoming, 2)
    staff_note = await roster_bot.ask(STAFF, Chat.private(STAFF), "/whoami")
    presses = [(STRANGER, greeting, full), (STRANGER, greeting, f"fb:down:{qid}"),
               (STAFF, staff_note, full), (STAFF, staff_note, f"fb:down:{qid}"), (STAFF, staff_note, f"cq:kb:{qid}")]
    for user, message, data in presses:
        emu.press_button(user, message, data, check=False)
    answers = await emu.wait_for(lambda e: len(e.callback_answers()) >= len(presses) and e.callback_answers(),
                                 timeout=30)
    assert all(a.get("text") for a in answers), answers         # each refusal says why
    await emu.wait_until_consumed(timeout=30)
    assert [m.message_id for m in emu.sent_messages(STRANGER.id)][-1] <= greeting.message_id + 1
    assert emu.sent_messages(STAFF.id)[-1].message_id == staff_note.message_id
    assert db.execute("select feedback from questions where id = ?", [qid]).fetchone()[0] is None
    assert db.execute("select count(*) from curation_asks").fetchone()[0] == 0
    assert db.execute("select count(*) from questions where user_id = ?", [f"tg:{STAFF.id}"]).fetchone()[0] == 0

    # The member's own press still shows the article.
    emu.press_button(MEMBER, answer, full)
    [article] = await replies(emu, MEMBER, answer, 1, timeout=30)
    assert article.plain_text.startswith("《")
