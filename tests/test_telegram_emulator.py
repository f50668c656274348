"""The Telegram Bot API emulator, exercised with the real python-telegram-bot library."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import html
import json
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio
from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, EndPointNotFound, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.support.telegram_emulator import (
    Chat,
    EmulatorThread,
    TelegramEmulator,
    User,
    parse_html,
    parse_markdown_v2,
    utf16_len,
)

# NOTE: PTB turns "Bad Request: chat not found" into BadRequest("Chat not found") - the prefix
# is stripped and the rest is str.capitalize()d, i.e. lower-cased.  Match messages with (?i).

# RetryAfter.__init__ itself reads the deprecated int-valued retry_after (PTB >= 22.2)
IGNORE_RETRY_AFTER_DEPRECATION = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ANN = User(id=1001, first_name="Ann", username="ann_user")
BOB = User(id=1002, first_name="Bob", username="bob_user", language_code="de")
GROUP = Chat(id=-1001234567890, type="supergroup", title="Test group")


@pytest_asyncio.fixture
async def emu():
    async with TelegramEmulator() as emulator:
        yield emulator


def build_app(emulator, **builder_options):
    builder = (
        ApplicationBuilder()
        .token(emulator.token)
        .base_url(emulator.base_url)
        .base_file_url(emulator.base_file_url)
    )
    for name, value in builder_options.items():
        builder = getattr(builder, name)(value)
    return builder.build()


@contextlib.asynccontextmanager
async def running(app):
    """Run an Application with polling inside the current event loop, stop it cleanly."""
    errors: list[BaseException] = []

    async def on_error(update, context):
        errors.append(context.error)

    app.add_error_handler(on_error)
    async with app:
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield errors
        finally:
            await app.updater.stop()
            await app.stop()


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else value


# --------------------------------------------------------------------------- (1) getMe
@pytest.mark.asyncio
async def test_get_me_and_bot_identity(emu):
    app = build_app(emu)
    async with app:
        assert app.bot.username == emu.bot_username
        assert app.bot.id == emu.bot_id
        me = await app.bot.get_me()
        assert me.is_bot and me.first_name == emu.bot_first_name
    assert [c.method for c in emu.calls()][:1] == ["getMe"]
    # PTB sends parameters form-encoded; the emulator records them typed
    assert emu.calls("getMe")[0].status == 200


# --------------------------------------------------------------------------- (2) /start
@pytest.mark.asyncio
async def test_command_handler_start_replies(emu):
    app = build_app(emu)

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE):
        await update.message.reply_text(f"Hello, {update.effective_user.first_name}! args={context.args}")

    app.add_handler(CommandHandler("start", start))
    async with running(app) as errors:
        incoming = emu.send_text(ANN, None, "/start deep_link")
        assert incoming["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
        [reply] = await emu.wait_for_messages(ANN.id, 1, after=incoming["message_id"])
        assert reply.text == "Hello, Ann! args=['deep_link']"
        assert reply.chat_id == ANN.id
        assert reply["from"]["id"] == emu.bot_id

        # /start@botname in a group is a command for this bot
        incoming = emu.send_text(BOB, GROUP, f"/start@{emu.bot_username}")
        assert incoming["entities"][0]["length"] == len(f"/start@{emu.bot_username}")
        [reply] = await emu.wait_for_messages(GROUP.id, 1, after=incoming["message_id"])
        assert reply.text.startswith("Hello, Bob!")
        await emu.wait_until_consumed()
    assert errors == []


# --------------------------------------------------------------------------- (3) HTML
@pytest.mark.asyncio
async def test_echo_html_and_bad_html_rejected(emu):
    app = build_app(emu)

    async def echo(update: Update, context):
        await update.message.reply_text(
            f"<b>You said:</b> {html.escape(update.message.text)}", parse_mode=ParseMode.HTML
        )

    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    async with running(app) as errors:
        incoming = emu.send_text(ANN, None, "a < b & c > d 😀")
        [reply] = await emu.wait_for_messages(ANN.id, 1, after=incoming["message_id"])
        assert reply.parse_mode == "HTML"
        assert reply.plain_text == "You said: a < b & c > d 😀"
        assert reply.entities == [{"type": "bold", "offset": 0, "length": 9}]
        assert reply["text"] == reply.plain_text  # the bot gets back the visible text

        for bad, fragment in [
            ("<b>unclosed", 'Can\'t find end tag corresponding to start tag "b"'),
            ("<b>x</i>", "Unmatched end tag"),
            ("a < b", 'Unsupported start tag ""'),
            ("<div>x</div>", 'Unsupported start tag "div"'),
            ("Tom & Jerry", 'Unescaped "&"'),
            ("<span>x</span>", "tg-spoiler"),
        ]:
            with pytest.raises(BadRequest) as info:
                await app.bot.send_message(ANN.id, bad, parse_mode=ParseMode.HTML)
            assert "can't parse entities" in info.value.message.lower()
            # PTB strips "Bad Request: " and .capitalize()s the rest, lower-casing it
            assert fragment.lower() in info.value.message.lower()
        # what Telegram accepts
        ok = await app.bot.send_message(
            ANN.id,
            '<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s><strike>k</strike>'
            '<del>d</del><a href="https://example.com/?a=1&amp;b=2">link</a><code>c</code>'
            '<pre><code class="language-python">x = 1</code></pre><blockquote>q</blockquote>'
            '<tg-spoiler>t</tg-spoiler><span class="tg-spoiler">p</span> &lt;&gt;&amp;&quot;&#128512;',
            parse_mode=ParseMode.HTML,
        )
        assert ok.text.endswith(' <>&"😀')
        assert any(e.type == "text_link" and e.url == "https://example.com/?a=1&b=2" for e in ok.entities)
        assert any(e.type == "pre" and e.language == "python" for e in ok.entities)
        # MarkdownV2 is validated too
        with pytest.raises(BadRequest, match="(?i)reserved"):
            await app.bot.send_message(ANN.id, "Price: 1.50", parse_mode=ParseMode.MARKDOWN_V2)
        await app.bot.send_message(ANN.id, "Price: 1\\.50 *bold*", parse_mode=ParseMode.MARKDOWN_V2)
        assert emu.last_message(ANN.id).plain_text == "Price: 1.50 bold"
    assert errors == []


# --------------------------------------------------------------------------- (4) offsets
@pytest.mark.asyncio
async def test_confirmed_updates_are_not_redelivered_after_restart(emu):
    handled: list[tuple[str, str]] = []

    def make_app(name):
        app = build_app(emu)

        async def record(update: Update, context):
            handled.append((name, update.message.text))
            await update.message.reply_text(f"{name} got {update.message.text}")

        app.add_handler(MessageHandler(filters.TEXT, record))
        return app

    async with running(make_app("first")):
        first = emu.send_text(ANN, None, "one")
        await emu.wait_for_messages(ANN.id, 1, after=first["message_id"])
    # stopping the updater confirmed the update (final getUpdates with offset)
    assert emu.pending_updates() == []

    async with running(make_app("second")):
        second = emu.send_text(ANN, None, "two")
        await emu.wait_for_messages(ANN.id, 1, after=second["message_id"])
        await asyncio.sleep(0.2)  # give a wrongly redelivered "one" a chance to show up
    assert handled == [("first", "one"), ("second", "two")]


@pytest.mark.asyncio
async def test_get_updates_offset_limit_and_long_polling(emu):
    async with Bot(emu.token, base_url=emu.base_url, base_file_url=emu.base_file_url) as bot:
        ids = [emu.send_text(ANN, None, f"m{i}")["message_id"] for i in range(3)]
        assert len(ids) == 3
        updates = await bot.get_updates(offset=0, timeout=0)
        first_id = updates[0].update_id
        assert [u.message.text for u in updates] == ["m0", "m1", "m2"]
        assert [u.update_id for u in updates] == [first_id, first_id + 1, first_id + 2]
        # unconfirmed updates are delivered again; limit is honoured
        assert [u.message.text for u in await bot.get_updates(limit=2)] == ["m0", "m1"]
        # offset confirms everything below it ...
        assert [u.message.text for u in await bot.get_updates(offset=first_id + 2)] == ["m2"]
        # ... forever, even when asking with a lower offset again
        assert [u.message.text for u in await bot.get_updates(offset=0)] == ["m2"]
        # negative offset: only the last N updates
        emu.send_text(ANN, None, "m3")
        assert [u.message.text for u in await bot.get_updates(offset=-1)] == ["m3"]
        assert [u.message.text for u in await bot.get_updates()] == ["m3"]
        await bot.get_updates(offset=first_id + 4)

        # long polling returns as soon as an update arrives
        started = time.monotonic()
        poll = asyncio.create_task(bot.get_updates(offset=first_id + 4, timeout=5))
        await asyncio.sleep(0.3)
        emu.send_text(ANN, None, "late")
        updates = await poll
        assert [u.message.text for u in updates] == ["late"]
        assert time.monotonic() - started < 4.5        # well before the 5 s poll timeout (loaded machine)
        # and returns [] after the timeout when nothing arrives
        started = time.monotonic()
        assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=1) == ()
        assert 0.8 < time.monotonic() - started < 15

        call = emu.calls("getUpdates")[-1]
        assert call.params["timeout"] == 1 and isinstance(call.params["offset"], int)


@pytest.mark.asyncio
async def test_conflicting_get_updates_and_webhook(emu):
    async with Bot(emu.token, base_url=emu.base_url) as bot1, Bot(emu.token, base_url=emu.base_url) as bot2:
        first = asyncio.create_task(bot1.get_updates(timeout=5))
        await asyncio.sleep(0.2)
        await bot2.get_updates(timeout=0)
        with pytest.raises(Conflict, match="(?i)terminated by other getUpdates"):
            await first
        assert await bot1.set_webhook("https://example.com/hook")
        assert (await bot1.get_webhook_info()).url == "https://example.com/hook"
        with pytest.raises(Conflict, match="(?i)webhook is active"):
            await bot1.get_updates()
        await bot1.delete_webhook()
        assert await bot1.get_updates() == ()


# --------------------------------------------------------------------------- (5) buttons
@pytest.mark.asyncio
async def test_callback_query_answer_and_edit(emu):
    app = build_app(emu)

    async def menu(update: Update, context):
        await update.message.reply_text(
            "Pick one",
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("Yes", callback_data="pick:yes"), InlineKeyboardButton("No", callback_data="pick:no")],
                 [InlineKeyboardButton("Docs", url="https://example.com")]]
            ),
        )

    async def picked(update: Update, context):
        query = update.callback_query
        await query.answer(f"You chose {query.data}")
        await query.edit_message_text(f"Chosen: {query.data.split(':')[1]}")

    app.add_handler(CommandHandler("menu", menu))
    app.add_handler(CallbackQueryHandler(picked, pattern=r"^pick:"))
    async with running(app) as errors:
        incoming = emu.send_text(ANN, None, "/menu")
        [menu_msg] = await emu.wait_for_messages(ANN.id, 1, after=incoming["message_id"])
        assert menu_msg.button_data == ["pick:yes", "pick:no"]
        assert menu_msg["reply_markup"]["inline_keyboard"][1][0]["url"] == "https://example.com"

        query = emu.press_button(BOB, menu_msg, "pick:no")
        await emu.wait_for(lambda e: e.sent_message(ANN.id, menu_msg.message_id).edits)
        await emu.wait_for_call("answerCallbackQuery")
        answer = emu.calls("answerCallbackQuery")[0]
        assert answer.params == {"callback_query_id": query["id"], "text": "You chose pick:no"}
        assert emu.callback_answers()[0]["text"] == "You chose pick:no"

        edited = emu.sent_message(ANN.id, menu_msg.message_id)
        assert edited.plain_text == "Chosen: no" and edited.original_text == "Pick one"
        assert len(edited.edits) == 1 and edited.edits[0]["method"] == "editMessageText"
        # editMessageText without reply_markup removes the inline keyboard, like Telegram
        assert edited.reply_markup is None and "reply_markup" not in edited.message
        assert "edit_date" in edited.message
        with pytest.raises(ValueError, match="(?i)no button"):
            emu.press_button(ANN, menu_msg, "pick:yes")

        # not-modified and missing-message errors are real Telegram behaviours
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await app.bot.edit_message_text("Chosen: no", chat_id=ANN.id, message_id=menu_msg.message_id)
        with pytest.raises(BadRequest, match="(?i)message to edit not found"):
            await app.bot.edit_message_text("x", chat_id=ANN.id, message_id=9999)
        # edit the keyboard back, delete the message
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Again", callback_data="pick:again")]])
        await app.bot.edit_message_reply_markup(ANN.id, menu_msg.message_id, reply_markup=markup)
        assert emu.sent_message(ANN.id, menu_msg.message_id).button_data == ["pick:again"]
        assert await app.bot.delete_message(ANN.id, menu_msg.message_id)
        assert emu.sent_message(ANN.id, menu_msg.message_id).deleted
        with pytest.raises(BadRequest, match="(?i)message to delete not found"):
            await app.bot.delete_message(ANN.id, menu_msg.message_id)
        with pytest.raises(BadRequest, match="(?i)query is too old"):
            await app.bot.answer_callback_query(query["id"])  # already answered
    assert errors == []


@pytest.mark.asyncio
async def test_reply_keyboard_contact_and_replies(emu):
    app = build_app(emu)
    contacts = []

    async def ask(update: Update, context):
        await update.message.reply_text(
            "Share your phone",
            reply_markup=ReplyKeyboardMarkup([[KeyboardButton("Send phone", request_contact=True)]], one_time_keyboard=True),
        )

    async def got_contact(update: Update, context):
        contacts.append(update.message.contact)
        await context.bot.send_message(
            update.effective_chat.id, "Thanks", reply_to_message_id=update.message.message_id,
            disable_notification=True,
        )

    app.add_handler(CommandHandler("phone", ask))
    app.add_handler(MessageHandler(filters.CONTACT, got_contact))
    async with running(app):
        incoming = emu.send_text(ANN, None, "/phone")
        [ask_msg] = await emu.wait_for_messages(ANN.id, 1, after=incoming["message_id"])
        assert ask_msg.reply_markup["keyboard"][0][0] == {"text": "Send phone", "request_contact": True}
        assert ask_msg.reply_markup["one_time_keyboard"] is True
        assert "reply_markup" not in ask_msg.message  # Messages only carry inline keyboards

        shared = emu.send_contact(ANN, None, "+15550001")
        [thanks] = await emu.wait_for_messages(ANN.id, 1, after=shared["message_id"])
        assert contacts[0].phone_number == "+15550001" and contacts[0].user_id == ANN.id
        assert thanks.reply_to_message_id == shared["message_id"]
        assert thanks["reply_to_message"]["contact"]["phone_number"] == "+15550001"
        assert thanks.disable_notification is True

        # replying to a missing message fails like Telegram
        with pytest.raises(BadRequest, match="(?i)message to be replied not found"):
            await app.bot.send_message(ANN.id, "x", reply_to_message_id=12345)
        await app.bot.send_message(ANN.id, "x", reply_to_message_id=12345, allow_sending_without_reply=True)

        # a user reply to a bot message carries reply_to_message
        reply = emu.send_text(ANN, None, "answer", reply_to=thanks)
        assert reply["reply_to_message"]["text"] == "Thanks"


# --------------------------------------------------------------------------- (6) files
@pytest.mark.asyncio
async def test_document_upload_and_download_roundtrip(emu):
    app = build_app(emu)
    payload = bytes(range(256)) * 300 + "ünïcødé".encode()
    received = {}

    async def on_document(update: Update, context):
        doc = update.message.document
        tg_file = await context.bot.get_file(doc.file_id)
        data = await tg_file.download_as_bytearray()
        received.update(name=doc.file_name, mime=doc.mime_type, size=doc.file_size, data=bytes(data),
                        caption=update.message.caption)
        await update.message.reply_document(document=bytes(data[::-1]), filename="reversed.bin", caption="<i>back</i>",
                                            parse_mode=ParseMode.HTML)

    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    async with running(app) as errors:
        incoming = emu.send_document(ANN, None, "report.pdf", payload, "application/pdf", caption="please read")
        [reply] = await emu.wait_for_messages(ANN.id, 1, after=incoming["message_id"])
    assert errors == []
    assert received == {"name": "report.pdf", "mime": "application/pdf", "size": len(payload), "data": payload,
                        "caption": "please read"}
    assert reply.method == "sendDocument"
    assert reply.file_data == payload[::-1]
    assert reply.document["file_name"] == "reversed.bin"
    assert reply.plain_text == "back" and reply["caption_entities"][0]["type"] == "italic"
    upload = emu.calls("sendDocument")[0]
    assert upload.files["document"].filename == "reversed.bin"
    assert emu.get_file_bytes(reply.document["file_id"]) == payload[::-1]


# --------------------------------------------------------------------------- (7) faults
@pytest.mark.asyncio
@IGNORE_RETRY_AFTER_DEPRECATION
async def test_fault_injection_maps_to_ptb_errors(emu):
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        emu.fail_next("sendMessage", status=429, retry_after=7)
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(ANN.id, "hi")
        assert retry_after_seconds(info.value) == 7
        failed = emu.calls("sendMessage")[-1]
        assert failed.status == 429
        assert failed.response == {"ok": False, "error_code": 429,
                                   "description": "Too Many Requests: retry after 7",
                                   "parameters": {"retry_after": 7}}
        await bot.send_message(ANN.id, "hi")  # count=1: the next one works
        assert [m.text for m in emu.sent_messages(ANN.id)] == ["hi"]

        emu.fail_next("sendMessage", status=403)
        with pytest.raises(Forbidden, match="(?i)bot was blocked by the user"):
            await bot.send_message(ANN.id, "x")
        emu.fail_next("sendMessage", status=400)
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await bot.send_message(ANN.id, "x")
        emu.fail_next("sendMessage", status=502, count=2, chat_id=BOB.id)
        await bot.send_message(ANN.id, "other chats unaffected")
        for _ in range(2):
            with pytest.raises(NetworkError, match="(?i)Bad Gateway"):
                await bot.send_message(BOB.id, "x")
        await bot.send_message(BOB.id, "recovered")
        emu.fail_next(None, status=500)
        with pytest.raises(NetworkError, match="(?i)Internal Server Error"):
            await bot.get_me()

        # permanent conditions
        emu.block_user(BOB.id)
        for _ in range(2):
            with pytest.raises(Forbidden, match="(?i)blocked"):
                await bot.send_message(BOB.id, "x")
        with pytest.raises(Forbidden):
            await bot.send_chat_action(BOB.id, "typing")
        emu.unblock_user(BOB.id)
        await bot.send_message(BOB.id, "unblocked")
        emu.fail_chat_not_found(-100777)
        with pytest.raises(BadRequest, match="(?i)chat not found"):
            await bot.send_message(-100777, "x")

        # slow server -> PTB TimedOut; the message is still delivered afterwards
        emu.delay_next("sendMessage", 1.5)
        with pytest.raises(TimedOut):
            await bot.send_message(ANN.id, "slow", read_timeout=0.3)
        await emu.wait_for(lambda e: e.calls("sendMessage")[-1].status == 200, timeout=30)
        assert emu.last_message(ANN.id).text == "slow"

        # unknown methods are visible
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("sendUnicorn", api_kwargs={"chat_id": 1})
        assert emu.calls("sendUnicorn")[0].response["description"] == "Not Found: method not found"


@pytest.mark.asyncio
@IGNORE_RETRY_AFTER_DEPRECATION
async def test_flood_limit(emu):
    emu.flood_limit(per_chat_per_second=2)
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        await bot.send_message(ANN.id, "1")
        await bot.send_message(ANN.id, "2")
        await bot.send_message(BOB.id, "other chat is fine")
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(ANN.id, "3")
        assert retry_after_seconds(info.value) == 1
        emu.flood_limit()  # off
        await bot.send_message(ANN.id, "3")


# --------------------------------------------------------------------------- (8) length
@pytest.mark.asyncio
async def test_message_length_and_empty_text(emu):
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        await bot.send_message(ANN.id, "x" * 4096)
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(ANN.id, "x" * 4097)
        # the limit applies to the visible text, not the markup ...
        await bot.send_message(ANN.id, "<b>" + "x" * 4096 + "</b>", parse_mode=ParseMode.HTML)
        await bot.send_message(ANN.id, "&lt;" * 4096, parse_mode=ParseMode.HTML)
        # ... counted in UTF-16 code units: an emoji counts twice
        await bot.send_message(ANN.id, "😀" * 2048)
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(ANN.id, "😀" * 2048 + "x")
        with pytest.raises(BadRequest, match="(?i)message text is empty"):
            await bot.send_message(ANN.id, "")
        with pytest.raises(BadRequest, match="(?i)message text is empty"):
            await bot.send_message(ANN.id, "<b> </b>", parse_mode=ParseMode.HTML)
        with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
            await bot.send_message(ANN.id, "x", reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("b", callback_data="d" * 65)]]))
        await bot.send_message(ANN.id, "x", reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("b", callback_data="é" * 32)]]))  # 64 bytes: fine
        with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
            await bot.send_message(ANN.id, "x", reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("b", callback_data="é" * 33)]]))


# --------------------------------------------------------------------------- misc methods
@pytest.mark.asyncio
async def test_commands_chat_and_membership(emu):
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        assert await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
        assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
        assert await bot.get_my_commands(language_code="de") == ()
        with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
            await bot.set_my_commands([BotCommand("Bad-Name", "x")])
        assert await bot.delete_my_commands()
        assert await bot.get_my_commands() == ()

        emu.send_text(BOB, GROUP, "hello")
        chat = await bot.get_chat(GROUP.id)
        assert chat.title == "Test group" and chat.type == "supergroup"
        member = await bot.get_chat_member(GROUP.id, BOB.id)
        assert member.status == "member" and member.user.username == "bob_user"
        emu.set_chat_member(GROUP.id, BOB, "administrator")
        emu.set_chat_member(GROUP.id, ANN, "creator")
        assert (await bot.get_chat_member(GROUP.id, BOB.id)).status == "administrator"
        admins = await bot.get_chat_administrators(GROUP.id)
        assert {a.user.id for a in admins} == {ANN.id, BOB.id}

        await bot.get_updates(offset=-1)  # drop the pending "hello"
        await bot.get_updates(offset=emu.pending_updates()[-1]["update_id"] + 1)
        update = emu.my_chat_member(GROUP, ANN, new_status="administrator")
        assert update["new_chat_member"]["status"] == "administrator"
        [u] = await bot.get_updates()
        assert u.my_chat_member.new_chat_member.status == "administrator"

        assert await bot.leave_chat(GROUP.id)
        with pytest.raises(Forbidden, match="(?i)not a member of the supergroup chat"):
            await bot.send_message(GROUP.id, "still here?")
        assert await bot.send_chat_action(ANN.id, "typing")
        with pytest.raises(BadRequest, match="(?i)wrong parameter action"):
            await bot.send_chat_action(ANN.id, "dancing")


@pytest.mark.asyncio
async def test_entities_are_utf16_and_mentions(emu):
    incoming = emu.send_text(ANN, GROUP, f"😀 hi @{emu.bot_username}, ask /help@{emu.bot_username}")
    text = incoming["text"]
    mention, command = incoming["entities"]
    assert mention["type"] == "mention" and command["type"] == "bot_command"
    assert mention["offset"] == utf16_len("😀 hi ") == 6  # emoji = 2 UTF-16 units
    assert mention["length"] == len(emu.bot_username) + 1
    async with Bot(emu.token, base_url=emu.base_url) as bot:
        [update] = await bot.get_updates()
        parsed = update.message.parse_entities()
        assert sorted(parsed.values()) == sorted([f"@{emu.bot_username}", f"/help@{emu.bot_username}"])
        assert update.message.text == text
    forwarded = emu.send_text(ANN, None, "fwd", forward_from_chat=Chat(-100999, "channel", title="News"))
    assert forwarded["forward_origin"]["type"] == "channel"
    post = emu.channel_post(Chat(-100999, "channel", title="News"), "news!")
    assert post["sender_chat"]["id"] == -100999


@pytest.mark.asyncio
async def test_privacy_mode_option():
    async with TelegramEmulator(privacy_mode=True) as emulator:
        emulator.send_text(ANN, GROUP, "just chatting")
        emulator.send_text(ANN, GROUP, "/help")
        emulator.send_text(ANN, GROUP, "/help@other_bot")
        assert [u["message"]["text"] for u in emulator.pending_updates()] == ["/help"]
        assert len(emulator.dropped_updates) == 2


# --------------------------------------------------------------------------- threads / standalone
@pytest.mark.asyncio
async def test_emulator_thread_with_bot_in_this_loop():
    with EmulatorThread() as thread_emu:
        app = build_app(thread_emu)

        async def start(update: Update, context):
            await update.message.reply_text("pong")

        app.add_handler(CommandHandler("ping", start))
        async with running(app):
            incoming = thread_emu.send_text(ANN, None, "/ping")  # blocking call, returns quickly
            replies = await thread_emu.wait_for_messages_async(ANN.id, 1, after=incoming["message_id"])
            assert replies[0].text == "pong"
            assert await thread_emu.wait_for_async(lambda e: e.calls("sendMessage"))
        assert thread_emu.last_message(ANN.id).text == "pong"
        assert [c.method for c in thread_emu.calls("getMe")] == ["getMe"]


def test_emulator_thread_blocking_helpers_from_sync_code():
    with EmulatorThread(bot_username="sync_bot") as thread_emu:
        body = json.dumps({"chat_id": ANN.id, "text": "<b>raw</b>", "parse_mode": "HTML"}).encode()
        request = urllib.request.Request(f"{thread_emu.api_url}/sendMessage", data=body,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=5) as response:
            answer = json.load(response)
        assert answer["ok"] and answer["result"]["text"] == "raw"
        [msg] = thread_emu.wait_for_messages(ANN.id, 1, timeout=30)
        assert msg.entities[0]["type"] == "bold"
        with urllib.request.urlopen(f"{thread_emu.api_url}/getMe?unused=1", timeout=5) as response:
            assert json.load(response)["result"]["username"] == "sync_bot"
        with pytest.raises(TimeoutError):
            thread_emu.wait_for_messages(ANN.id, 5, timeout=0.2)


@pytest.mark.asyncio
async def test_standalone_main_and_control_api():
    script = Path(__file__).parent / "support" / "telegram_emulator.py"
    proc = subprocess.Popen([sys.executable, str(script), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        first_line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 15)
        root = first_line.strip().rsplit(" ", 1)[-1]
        assert root.startswith("http://127.0.0.1:")
        base_url = (await asyncio.to_thread(proc.stdout.readline)).strip().split("=", 1)[1]
        async with Bot(TelegramEmulator().token, base_url=base_url) as bot:
            async with aiohttp.ClientSession() as http:
                async with http.post(f"{root}/_emulator/send_text", json={"user": ANN.to_dict(), "text": "/start"}) as r:
                    assert (await r.json())["entities"][0]["type"] == "bot_command"
                [update] = await bot.get_updates()
                await bot.send_message(update.effective_chat.id, "hello from subprocess")
                async with http.get(f"{root}/_emulator/sent_messages", params={"chat_id": str(ANN.id)}) as r:
                    assert [m["text"] for m in await r.json()] == ["hello from subprocess"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


# --------------------------------------------------------------------------- parsers
def test_parsers_unit():
    assert parse_html("<b>a</b> &amp; <i>b</i>") == (
        "a & b", [{"type": "bold", "offset": 0, "length": 1}, {"type": "italic", "offset": 4, "length": 1}])
    assert parse_html("Tom & Jerry", strict=False)[0] == "Tom & Jerry"
    assert parse_html("😀<b>x</b>")[1] == [{"type": "bold", "offset": 2, "length": 1}]
    assert parse_markdown_v2("*a* \\- [l](https://x.y/\\))")[1][1]["url"] == "https://x.y/)"
