"""One Telegram transport for the running bot and the send-only outbox worker.

The same class, against the Bot API emulator, in both uses: wrapping the polling
Application's bot (as bot.transports.telegram.runner does) and send-only
(TelegramTransport.send_only, as the outbox worker does). Each has what only one of
the two old transports had: the uploaded-file cache and @channel lookup (once only
send-only), long texts split at Telegram's limit and reply keyboards (once only the bot's).
"""
from __future__ import annotations

from contextlib import asynccontextmanager

import pytest

from bot.kernel.delivery import TemporaryFailure
from bot.kernel.messages import Button, Chat, OutMessage
from bot.transports.telegram.transport import TelegramTransport
from tests.support.telegram_emulator import Chat as TgChat
from tests.support.telegram_emulator import TelegramEmulator

CHANNEL = TgChat(-1001234, type="channel", title="委员之家", username="weiyuan_home")


@asynccontextmanager
async def transport_in(mode: str, emu):
    if mode == "send_only":
        async with TelegramTransport.send_only(emu.token, base_url=emu.base_url) as transport:
            yield transport
    else:
        from bot.transports.telegram.runner import build_application

        app = build_application(emu.token, base_url=emu.base_url)
        async with app:
            yield TelegramTransport(app.bot, attempts=3)


@pytest.mark.parametrize("mode", ["running", "send_only"])
async def test_one_transport_in_both_uses(mode):
    async with TelegramEmulator() as emu, transport_in(mode, emu) as transport:
        emu.register_chat(CHANNEL)
        assert transport.info.name == "telegram" and transport.bot_username == emu.bot_username

        # Documents: uploaded once, then sent by file_id.
        for chat in (101, 102, 103):
            await transport.send_document(f"tg:{chat}", b"%PDF-1.4 agenda" * 50, "议程.pdf", "<b>议程</b>")
        uploads = [c for c in emu.calls("sendDocument") if c.files]
        assert len(emu.calls("sendDocument")) == 3 and len(uploads) == 1

        # @channel names resolve to the numeric chat.
        assert await transport.resolve_chat("@weiyuan_home") == Chat("tg:-1001234", "channel", "委员之家")

        # A text over 4096 characters goes as two messages, the buttons on the last (the one returned).
        ref = await transport.send("tg:101", OutMessage("委员" * 2100, buttons=[[Button("好", data="ok")]]))
        parts = emu.sent_messages(101)[-2:]
        assert [bool(m.button_data) for m in parts] == [False, True] and ref.message_id == str(parts[-1].message_id)

        # A contact request is a reply keyboard.
        await transport.send("tg:104", OutMessage("请验证", buttons=[[Button("分享手机号", request_contact=True)]]))
        assert emu.last_message(104).reply_markup["keyboard"][0][0]["request_contact"] is True

        # A 502: the running bot retries by itself; send-only leaves retrying to the outbox.
        emu.fail_next("sendMessage", status=502, chat_id=105)
        if mode == "running":
            await transport.send("tg:105", OutMessage("通知"))
            assert emu.last_message(105).plain_text == "通知"
        else:
            with pytest.raises(TemporaryFailure):
                await transport.send("tg:105", OutMessage("通知"))
            assert emu.last_message(105) is None
