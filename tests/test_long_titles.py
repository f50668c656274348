"""A huge title or file name must not break answers, /docs or any message (issue 15).

The audit's files: a Markdown file whose ``#`` heading is 4,400 characters, and one
whose file name is 3,000 characters. Through the real python-telegram-bot against the
Bot API emulator, which refuses texts over 4,096 characters as Telegram does.
"""
from __future__ import annotations

import pytest

from bot.kernel.access import OpenAccess
from bot.kernel.messages import OutMessage
from bot.kernel.textsplit import fit_html, utf16_len
from tests.conftest import start_telegram_bot
from tests.support.telegram_emulator import Chat, User

STAFF = User(id=7201, first_name="李娜", language_code="zh-hans")
MEMBER = User(id=7101, first_name="张伟", language_code="zh-hans")

LONG_HEADING = "委员读书会安排" + "（补充说明）" * 733          # ~4,400 characters
READING_MD = f"""# {LONG_HEADING}

## 活动时间

委员读书会每月第二个星期四下午三点在委员之家举行，每次约两小时，欢迎委员自愿报名参加。
"""
LONG_NAME = "委员书画展" + "附件" * 1497 + ".md"                 # 3,000 characters
PAINTING_MD = """委员书画展的作品应当在展览开幕前十个工作日交到委员之家，每位委员最多提交三幅作品。

书画展作品由委员工作室统一装裱，展览结束后退还作者。
"""


@pytest.fixture
async def staff_bot(sample_kb):
    from bot.app import build_assistant

    assistant = build_assistant(kb=sample_kb, access=OpenAccess({f"tg:{STAFF.id}": "staff"}))
    harness = await start_telegram_bot(assistant)
    yield harness
    await harness.stop()
    await harness.emu.stop()
    assistant.close()


async def upload(harness, name: str, data: bytes):
    emu = harness.emu
    incoming = emu.send_document(STAFF, None, name, data, "text/markdown")
    [progress] = await emu.wait_for_messages(STAFF.id, 1, timeout=30, after=incoming["message_id"])

    def finished(e):
        sent = e.sent_message(STAFF.id, progress.message_id)
        return sent if sent and ("已加入知识库" in (sent.plain_text or "") or "未能" in (sent.plain_text or "")) else None

    return await emu.wait_for(finished, timeout=120)


def all_within_limit(emu) -> None:
    for m in emu.sent_messages():
        assert utf16_len(m.plain_text or "") <= 4096


async def test_long_heading_and_file_name_through_telegram(staff_bot):
    emu, kb = staff_bot.emu, staff_bot.assistant.kb
    done = await upload(staff_bot, "读书会.md", READING_MD.encode())
    assert "已加入知识库" in done.plain_text
    done = await upload(staff_bot, LONG_NAME, PAINTING_MD.encode())
    assert "已加入知识库" in done.plain_text
    titles = [d["title"] for d in kb.list_documents()]
    assert max(len(t) for t in titles) <= 80
    assert any(t.startswith("委员读书会安排（补充说明）") and t.endswith("…") for t in titles)
    assert max(len(d["doc_key"]) for d in kb.list_documents()) <= 120
    assert max(len(r[0]) for r in kb.db.execute("select citation from chunks")) <= 130

    for question, word in (("委员读书会每月什么时候举行？", "读书会"), ("委员书画展作品什么时候交？", "书画展")):
        reply = await staff_bot.ask(MEMBER, Chat.private(MEMBER), question, timeout=60)
        assert "出错" not in reply.plain_text and "《" in reply.plain_text and word in reply.plain_text
        assert len(reply.plain_text) < 1500

    reply = await staff_bot.ask(STAFF, Chat.private(STAFF), "/docs")
    assert "知识库文件" in reply.plain_text and "委员读书会安排" in reply.plain_text
    all_within_limit(emu)


async def test_a_message_over_the_limit_is_split_not_refused(staff_bot):
    """A document added before titles were capped: its citation is 4,400 characters."""
    emu, kb, assistant = staff_bot.emu, staff_bot.assistant.kb, staff_bot.assistant
    with kb.db.conn:                                  # as the old code stored it
        kb.db.execute("update chunks set citation = ? || coalesce(article, '')", [f"《{LONG_HEADING}》"])
    reply = await staff_bot.ask(MEMBER, Chat.private(MEMBER), "没法参加会议怎么请假", timeout=60)
    assert "出错" not in reply.plain_text

    def answered(e):
        later = [m for m in e.sent_messages(MEMBER.id) if m.message_id >= reply.message_id]
        return later if any(m.reply_markup for m in later) else None

    parts = await emu.wait_for(answered, timeout=30)
    assert len(parts) >= 2 and "请假" in "".join(m.plain_text for m in parts)
    assert parts[-1].reply_markup and not parts[0].reply_markup      # buttons on the last piece
    all_within_limit(emu)
    # Edits cannot be split: they are trimmed.
    transport = assistant.transports["telegram"]
    ref = await transport.send(f"tg:{STAFF.id}", OutMessage("短消息"))
    await transport.edit(ref, OutMessage("很长的编辑。" * 1000))
    edited = emu.sent_message(STAFF.id, int(ref.message_id))
    assert edited.plain_text.endswith("…") and utf16_len(edited.plain_text) <= 4096


def test_fit_html_keeps_formatting_where_it_can():
    html = "<b>标题</b>\n" + "\n".join(f"<blockquote>第{i}条 内容。</blockquote>" for i in range(500))
    pieces = fit_html(html, 4096)
    assert len(pieces) >= 2 and pieces[0].startswith("<b>标题</b>")
    assert all(p.count("<blockquote>") == p.count("</blockquote>") for p in pieces)
    assert fit_html("短", 4096) == ["短"]
    emoji = "😀" * 3000                                  # 6,000 UTF-16 units
    assert all(utf16_len(p) <= 4096 for p in fit_html(emoji, 4096))
