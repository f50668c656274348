"""Members on Telegram: the real python-telegram-bot against the Bot API emulator."""
from __future__ import annotations

import asyncio
import json

import pytest

from tests.support.telegram_emulator import Chat, User

ANN = User(id=1001, first_name="Ann", username="ann", language_code="zh-hans")
BOB = User(id=1002, first_name="Bob", username="bob", language_code="en")
GROUP = Chat(id=-100500, type="supergroup", title="委员群")

QUESTION = "没法参加会议怎么请假"


def question_rows(assistant):
    return list(assistant.db.query("select * from questions order by id"))


async def test_start_help_and_menu(telegram_bot):
    emu = telegram_bot.emu
    reply = await telegram_bot.ask(ANN, Chat.private(ANN), "/start")
    assert "履职助手" in reply["text"]
    reply = await telegram_bot.ask(BOB, Chat.private(BOB), "/help")
    assert "What I can do" in reply["text"]
    zh = {c["command"] for c in emu.commands()}
    en = {c["command"] for c in emu.commands(language_code="en")}
    assert {"start", "help", "ask"} <= zh and {"start", "help", "ask"} <= en


async def test_private_question_answered_with_citation(telegram_bot):
    emu = telegram_bot.emu
    reply = await telegram_bot.ask(ANN, Chat.private(ANN), QUESTION)
    assert reply.parse_mode == "HTML"
    assert "委员履职手册》第" in reply["text"]
    assert "请假" in reply["text"]
    assert len(reply["text"]) <= 700
    data = reply.button_data
    assert any(d.startswith("fb:up:") for d in data) and any(d.startswith("full:") for d in data)
    assert any(c.params.get("action") == "typing" for c in emu.calls("sendChatAction"))
    # Latency is recorded once sendMessage has returned.
    await emu.wait_for(lambda e: question_rows(telegram_bot.assistant)[0]["latency_ms"], timeout=60)
    [row] = question_rows(telegram_bot.assistant)
    assert row["user_id"] == "tg:1001" and row["status"] == "answered"
    assert row["citation"].startswith("《政协临江市委员会委员履职手册》") and row["latency_ms"] > 0
    assert json.loads(row["sources"])[0] == row["citation"]


async def test_english_user_gets_english_frame(telegram_bot):
    reply = await telegram_bot.ask(BOB, Chat.private(BOB), QUESTION)
    assert reply["text"].startswith("According to")


async def test_group_only_when_addressed(telegram_bot):
    emu = telegram_bot.emu
    username = emu.bot_username
    emu.send_text(ANN, GROUP, QUESTION)                       # chatter: ignored
    emu.send_text(ANN, GROUP, "/ask@other_bot " + QUESTION)   # another bot's command: ignored
    # No fixed sleep: the addressed question below is handled after the two before it were
    # (updates are fetched in order), so its reply being the only message proves they were ignored.
    reply = await telegram_bot.ask(ANN, GROUP, f"@{username} {QUESTION}")
    assert "委员履职手册》" in reply["text"]
    assert [m.message_id for m in emu.sent_messages(GROUP.id)] == [reply.message_id]
    reply2 = await telegram_bot.ask(ANN, GROUP, "/ask 提案最晚什么时候交")
    assert "《" in reply2["text"]
    reply3 = await telegram_bot.ask(ANN, GROUP, "社情民意信息怎么写", reply_to=reply2)
    assert "《" in reply3["text"]
    empty = await telegram_bot.ask(ANN, GROUP, "/ask")
    assert "/ask" in empty["text"]
    assert len(question_rows(telegram_bot.assistant)) == 3


async def test_feedback_and_full_article(telegram_bot):
    emu = telegram_bot.emu
    reply = await telegram_bot.ask(ANN, Chat.private(ANN), QUESTION)
    up = next(d for d in reply.button_data if d.startswith("fb:down:"))
    emu.press_button(ANN, reply, up)
    await emu.wait_for(lambda e: e.callback_answers(), timeout=60)
    await emu.wait_for(lambda e: question_rows(telegram_bot.assistant)[0]["feedback"] == -1, timeout=60)

    full = next(d for d in reply.button_data if d.startswith("full:"))
    before = len(emu.sent_messages(ANN.id))
    emu.press_button(ANN, reply, full)
    [article] = (await emu.wait_for_messages(ANN.id, before + 1, timeout=60))[before:]
    row = question_rows(telegram_bot.assistant)[0]
    assert row["citation"] in article["text"]


async def test_another_reading_of_a_followup_pressed_on_telegram(telegram_bot):
    """The button under a follow-up's answer that asks its other reading (conversation.choice),
    pressed through the real python-telegram-bot: the answer comes as a reply of its own."""
    emu, chat = telegram_bot.emu, Chat.private(ANN)
    await telegram_bot.ask(ANN, chat, "提案怎么交")
    reply = await telegram_bot.ask(ANN, chat, "截止时间呢")
    assert "（按“提案截止时间”理解）" in reply["text"]
    other = next(d for d in reply.button_data if d.startswith("alt:"))
    before = len(emu.sent_messages(ANN.id))
    emu.press_button(ANN, reply, other)
    [answer] = (await emu.wait_for_messages(ANN.id, before + 1, timeout=60))[before:]
    offered = next(telegram_bot.assistant.db.query("select * from offered_readings"))
    assert f"（按“{offered['text']}”理解）" in answer["text"] and f"根据{offered['citation']}" in answer["text"]
    assert question_rows(telegram_bot.assistant)[-1]["text"] == offered["text"]


async def test_long_article_split_at_sentence_ends(assistant, tmp_path):
    from tests.conftest import start_telegram_bot

    sentence = "委员应当认真履行职责，积极参加各项活动，按时提交履职报告。"
    text = "长条文测试\n\n第一条 " + sentence * 160 + "\n"
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    assistant.kb.add_paths([tmp_path / "long.txt"])
    harness = await start_telegram_bot(assistant)
    try:
        emu = harness.emu
        reply = await harness.ask(ANN, Chat.private(ANN), "委员按时提交履职报告的条文全文")
        assert "长条文测试" in reply["text"]
        emu.press_button(ANN, reply, next(d for d in reply.button_data if d.startswith("full:")))
        msgs = await emu.wait_for_messages(ANN.id, 3, timeout=15)
        pieces = msgs[1:]
        assert len(pieces) >= 2
        for piece in pieces:
            assert len(piece["text"]) <= 4096
            assert piece["text"].rstrip().endswith("。")
    finally:
        await harness.stop()
        await harness.emu.stop()


async def test_hostile_input(telegram_bot):
    chat = Chat.private(ANN)
    reply = await telegram_bot.ask(ANN, chat, "<b>提案</b> & <script>alert(1)</script> 怎么交？")
    assert reply.parse_mode == "HTML"          # the emulator rejects broken HTML with 400
    reply = await telegram_bot.ask(ANN, chat, "请" * 10_000)
    assert "太长" in reply["text"]
    reply = await telegram_bot.ask(ANN, chat, "🙂🙂🙂 提案 🙏")
    assert reply["text"]
    reply = await telegram_bot.ask(ANN, chat, "&lt;&amp;&#0; \u202e\u0000 ")
    assert reply["text"]


async def test_429_and_5xx_are_retried(telegram_bot):
    emu = telegram_bot.emu
    emu.fail_next("sendMessage", status=429, retry_after=1)
    reply = await telegram_bot.ask(ANN, Chat.private(ANN), QUESTION)
    assert "委员履职手册》" in reply["text"]
    emu.fail_next("sendMessage", status=502)
    reply = await telegram_bot.ask(BOB, Chat.private(BOB), QUESTION)
    assert "According to" in reply["text"]
    failed = [c for c in emu.calls("sendMessage") if not c.ok]
    assert len(failed) == 2


async def test_flood_is_rate_limited_without_slowing_others(telegram_bot):
    emu = telegram_bot.emu
    assistant = telegram_bot.assistant
    limit = assistant.settings.questions_per_minute
    flood_chat = Chat.private(ANN)
    for n in range(limit + 5):
        emu.send_text(ANN, flood_chat, f"提案怎么提交 {n}")
    reply = await telegram_bot.ask(BOB, Chat.private(BOB), QUESTION, timeout=30)
    assert "According to" in reply["text"]
    await emu.wait_for(lambda e: assistant.gate.seen(f"tg:{ANN.id}") >= limit + 5, timeout=60)
    msgs = await emu.wait_for_messages(ANN.id, limit + 1, timeout=60)
    # One "too fast" note for the window, then silence (not one note per message).
    limited = [m for m in msgs if "太快" in m["text"]]
    assert len(limited) == 1 and len(msgs) == limit + 1


async def test_webhook_mode(assistant):
    """Webhook mode: the emulator POSTs updates to the bot's webhook server (tornado)."""
    import socket

    import aiohttp

    from bot.transports.telegram.runner import run_telegram, webhook_secret
    from tests.support.telegram_emulator import TelegramEmulator

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    tg = assistant.settings.telegram
    tg.mode, tg.webhook_url, tg.webhook_port = "webhook", "https://bot.example.org/tg-hook", port
    async with TelegramEmulator() as emu:
        emu.webhook_target = f"http://127.0.0.1:{port}/tg-hook"      # the TLS proxy's upstream
        stop = asyncio.Event()
        task = asyncio.create_task(run_telegram(assistant, stop=stop, token=emu.token, base_url=emu.base_url,
                                                base_file_url=emu.base_file_url))
        try:
            await emu.wait_for_call("setWebhook", 1, timeout=30)
            assert emu.webhook_info()["url"] == "https://bot.example.org/tg-hook"
            assert emu.calls("setWebhook")[0].params["secret_token"] == webhook_secret(emu.token)
            incoming = emu.send_text(ANN, Chat.private(ANN), QUESTION)
            [reply] = await emu.wait_for_messages(ANN.id, 1, timeout=30, after=incoming["message_id"])
            assert "委员履职手册》第" in reply["text"]
            assert not emu.calls("getUpdates")
            assert [status for _, status in emu.webhook_deliveries] == [200]
            # A request without Telegram's secret is refused.
            async with aiohttp.ClientSession() as session:
                async with session.post(emu.webhook_target, json={"update_id": 999}) as response:
                    assert response.status == 403
        finally:
            stop.set()
            await asyncio.wait_for(task, 60)


async def test_forwarded_channel_post_is_answered(telegram_bot):
    """A member forwards a channel post that asks something: the transport marks it forwarded,
    and the core answers it like a question (it used to be dropped silently)."""
    channel = Chat(id=-1001234, type="channel", title="临江政协发布")
    reply = await telegram_bot.ask(ANN, Chat.private(ANN), "提案最晚什么时候交？", forward_from_chat=channel)
    assert "《" in reply["text"]


async def test_followup_english_question_and_greeting(telegram_bot):
    chat = Chat.private(ANN)
    await telegram_bot.ask(ANN, chat, "提案委员会的办公地点在哪")
    reply = await telegram_bot.ask(ANN, chat, "电话多少")
    assert "（按“提案委员会电话多少”理解）" in reply["text"]
    assert "0000-5550102" in reply["text"]

    english = await telegram_bot.ask(ANN, chat, "What is the deadline for proposals?")
    assert "According to" in english["text"] and "2026年12月20日" in english["text"]

    hello = await telegram_bot.ask(ANN, chat, "你好")
    assert "您可以这样问" in hello["text"] and hello["text"].count("• ") == 3
    # Typed in traditional characters: answered as in simplified, and logged so for staff.
    traditional = await telegram_bot.ask(ANN, chat, "提案最晚甚麼時候交？")
    assert "2026年12月20日" in traditional["text"] and "《" in traditional["text"]
    assert "根據" in traditional["text"] and "根据" not in traditional["text"]   # the frame as typed
    rows = question_rows(telegram_bot.assistant)
    assert [r["text"] for r in rows] == ["提案委员会的办公地点在哪", "提案委员会电话多少",
                                         "What is the deadline for proposals?", "提案最晚什么时候交？"]
    assert list(telegram_bot.assistant.db.query("select * from curation_items")) == []
