"""社情民意 end to end on Telegram: python-telegram-bot against the Bot API emulator.

The issue's main scenario: a member files a report (with an attachment), staff return it
with a comment, the member resubmits it, staff issue it and mark it adopted by the
province; the member is notified through the outbox (the running bot's worker delivers
it) and sees +4 points in /duty. Also: an over-long title and a too-large file
over the real Bot API path, and a member refused every staff action.
"""
from __future__ import annotations

import csv

import pytest

from tests.conftest import start_telegram_bot
from tests.support.telegram_emulator import User

ROSTER = [
    ["姓名", "手机", "界别", "街道社区", "角色", "telegram"],
    ["张伟", "13812345678", "经济界", "东湖社区", "委员", "5101"],
    ["李娜", "13900001111", "教育界", "城南街道", "工作人员", "5201"],
]
MEMBER = User(id=5101, first_name="张伟", username="zhangwei", language_code="zh-hans")
STAFF = User(id=5201, first_name="李娜", username="lina", language_code="zh-hans")


@pytest.fixture
async def bot(sample_kb, tmp_path):
    from bot.app import build_assistant
    from bot.features import roster
    from bot.features.roster import RosterAccess

    path = tmp_path / "roster.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(ROSTER)
    sample_kb.config.bot["messages_per_minute"] = 1000      # many presses in a minute; the door is tested elsewhere
    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    roster.import_roster(assistant.db, path, actor="test")
    harness = await start_telegram_bot(assistant)
    yield harness
    await harness.stop()
    await harness.emu.stop()
    assistant.close()


def _last_id(emu, user) -> int:
    sent = emu.sent_messages(user.id)
    return sent[-1].message_id if sent else 0


async def says(emu, user, needle: str, after: int, timeout: float = 60.0):
    """The bot's first message to ``user`` after message ``after`` that contains ``needle``."""
    def found(e):
        return next((m for m in e.sent_messages(user.id)
                     if m.message_id > after and needle in (m.plain_text or "")), None)
    return await emu.wait_for(found, timeout=timeout)


async def send(emu, user, text: str, needle: str):
    incoming = emu.send_text(user, None, text)
    return await says(emu, user, needle, incoming["message_id"])


async def press(emu, user, message, data: str, needle: str):
    after = _last_id(emu, user)
    emu.press_button(user, message, data)
    return await says(emu, user, needle, after)


def button(message, prefix: str) -> str:
    datas = [b["callback_data"] for row in (message.reply_markup or {}).get("inline_keyboard", []) for b in row
             if "callback_data" in b]
    found = [d for d in datas if d.startswith(prefix)]
    assert found, f"no button {prefix!r} in {datas}"
    return found[0]


async def test_file_return_resubmit_adopt_notified_with_points(bot):
    from bot.features.duty import api as duty
    from bot.features.reports import get_report

    emu, db = bot.emu, bot.assistant.db
    await send(emu, MEMBER, "/report", "第 1 步")
    reply = await send(emu, MEMBER, "关于" + "老旧小区加装电梯" * 6, "超过了 40 字的上限")
    assert "第二十三条" in reply.plain_text
    reply = await send(emu, MEMBER, "老旧小区加装电梯后维保费用无人承担", "第 2 步")
    cats = await send(emu, MEMBER, "基本情况：……原因分析：……意见建议：……", "第 3 步")
    comm = await press(emu, MEMBER, cats, button(cats, "rp:cat:"), "第 4 步")
    files = await press(emu, MEMBER, comm, "rp:comm", "第 5 步")
    incoming = emu.send_document(MEMBER, None, "现场照片.jpg", b"x" * (11 * 1024 * 1024), "image/jpeg")
    await says(emu, MEMBER, "超过每个 10 MB 的上限", incoming["message_id"])
    assert not emu.calls("getFile")                        # refused before any download
    incoming = emu.send_document(MEMBER, None, "现场照片.jpg", b"\xff\xd8small photo", "image/jpeg")
    added = await says(emu, MEMBER, "已添加附件“现场照片.jpg”", incoming["message_id"])
    preview = await press(emu, MEMBER, added, "rp:next", "第 6 步")
    assert "现场照片.jpg" in preview.plain_text and "东湖社区" in preview.plain_text
    done = await press(emu, MEMBER, preview, "rp:submit", "回执编号")
    receipt = done.plain_text.split("回执编号 ")[1].split("。")[0]
    assert receipt.startswith("SQMY-") and receipt.endswith("-0001")
    rid = get_report(db, receipt)["id"]

    # Staff return it with a comment; the member is notified through the outbox.
    listing = await send(emu, STAFF, "/review", "待审阅 1 篇")
    shown = await press(emu, STAFF, listing, f"rv:open:{rid}", receipt)
    after = _last_id(emu, STAFF)
    emu.press_button(STAFF, shown, f"rv:files:{rid}")                  # the attachment, as a file
    doc = await emu.wait_for(lambda e: next((m for m in e.sent_messages(STAFF.id)
                                             if m.message_id > after and m.document), None), timeout=60)
    assert doc.file_data == b"\xff\xd8small photo" and doc.document["file_name"] == "现场照片.jpg"
    ask = await press(emu, STAFF, shown, f"rv:return:{rid}", "退回")
    assert "意见" in ask.plain_text
    await send(emu, STAFF, "请补充涉及的小区名称和户数。", "已记录")
    notice = await says(emu, MEMBER, "已退回修改", done.message_id)
    assert receipt in notice.plain_text and "请补充涉及的小区名称和户数" in notice.plain_text

    # The member edits and resubmits: same receipt.
    mine = await send(emu, MEMBER, "/reports", receipt)
    assert "退回意见：请补充" in mine.plain_text
    preview = await press(emu, MEMBER, mine, f"rp:resubmit:{rid}", "第 6 步")
    editing = await press(emu, MEMBER, preview, "rp:edit:content", "新的正文")
    preview = await send(emu, MEMBER, "基本情况：幸福里小区 12 栋 240 户加装电梯后……", "第 6 步")
    assert "240 户" in preview.plain_text and editing
    again = await press(emu, MEMBER, preview, "rp:submit", "已重新提交")
    assert receipt in again.plain_text

    # Staff issue it and mark it adopted by the province.
    listing = await send(emu, STAFF, "/review", "待审阅 1 篇")
    shown = await press(emu, STAFF, listing, f"rv:open:{rid}", receipt)
    issued = await press(emu, STAFF, shown, f"rv:issue:{rid}", f"{receipt} 已编发")
    view = await says(emu, STAFF, "经过", issued.message_id)          # the report again, with the next steps
    await press(emu, STAFF, view, f"rv:adopt:{rid}:province", "已被省级采用")
    notice = await says(emu, MEMBER, "已被省级采用", again.message_id)
    assert receipt in notice.plain_text and "本篇现计 4 分" in notice.plain_text
    report = get_report(db, receipt)
    assert report["status"] == "adopted" and report["level"] == "province" and report["resubmissions"] == 1
    summary = duty.summary(db, report["member_id"], report["year"])
    assert summary.total == 4
    [line] = [ln for ln in summary.lines if ln.rule.key == "sqmy_adopted"]
    assert line.points == 4 and line.entries[0].source_id == receipt
    duty_view = await send(emu, MEMBER, "/duty", "积分合计")
    assert "社情民意信息采用：1 次，4 分（《委员履职手册》第二十六条）" in duty_view.plain_text
    assert "积分合计：4 分" in duty_view.plain_text and "老旧小区加装电梯后维保费用无人承担" in duty_view.plain_text


async def test_a_member_is_refused_every_staff_action(bot):
    from bot.features.reports import get_report
    from bot.features.reports.links import audit_rows

    emu, db = bot.emu, bot.assistant.db
    await send(emu, MEMBER, "/report", "第 1 步")
    await send(emu, MEMBER, "背街小巷路灯不亮", "第 2 步")
    cats = await send(emu, MEMBER, "正文", "第 3 步")
    comm = await press(emu, MEMBER, cats, button(cats, "rp:cat:"), "第 4 步")
    files = await press(emu, MEMBER, comm, "rp:comm", "第 5 步")
    preview = await press(emu, MEMBER, files, "rp:next", "第 6 步")
    done = await press(emu, MEMBER, preview, "rp:submit", "回执编号")
    receipt = done.plain_text.split("回执编号 ")[1].split("。")[0]
    rid = get_report(db, receipt)["id"]
    await send(emu, MEMBER, "/review", "没有使用这个功能的权限")
    for data in (f"rv:open:{rid}", f"rv:issue:{rid}", f"rv:return:{rid}", f"rv:forward:{rid}",
                 f"rv:adopt:{rid}:province", f"rv:instruct:{rid}", f"rv:feedback:{rid}"):
        before = len(emu.callback_answers())
        emu.press_button(MEMBER, done, data, check=False)        # forged: the button was never shown
        answers = await emu.wait_for(lambda e: e.callback_answers()[before:] or None, timeout=60)
        assert "没有使用这个功能的权限" in (answers[0].get("text") or ""), data
    report = get_report(db, receipt)
    assert report["status"] == "received" and len(report["history"]) == 1
    refused = [r for r in audit_rows(db, "refused")]
    assert len(refused) >= 8


async def test_a_photo_is_kept_as_an_attachment(bot):
    """A photo (Telegram's PhotoSize list, no file name) sent at the attachments step is kept: the
    largest size, named photo_<message id>.jpg, image/jpeg; one announced as too large is refused
    before any download. Outside a dialog a photo is not a document upload: as before photos were
    attachments, a photo without a caption gets "send your question as text"."""
    from bot.features.reports import get_report
    from bot.features.reports.files import FileStore

    emu, db = bot.emu, bot.assistant.db
    incoming = emu.send_photo(MEMBER, None, [(90, 67, b"\xff\xd8thumb"), (800, 600, b"\xff\xd8mid")])
    await says(emu, MEMBER, "请用文字发送您的问题", incoming["message_id"])
    assert not emu.calls("getFile")

    await send(emu, MEMBER, "/report", "第 1 步")
    await send(emu, MEMBER, "老旧小区加装电梯后维保费用无人承担", "第 2 步")
    cats = await send(emu, MEMBER, "基本情况：……原因分析：……意见建议：……", "第 3 步")
    comm = await press(emu, MEMBER, cats, button(cats, "rp:cat:"), "第 4 步")
    await press(emu, MEMBER, comm, "rp:comm", "第 5 步")
    big = b"\xff\xd8" + b"x" * (11 * 1024 * 1024)
    incoming = emu.send_photo(MEMBER, None, [(90, 67, b"\xff\xd8thumb"), (4000, 3000, big)])
    await says(emu, MEMBER, "超过每个 10 MB 的上限", incoming["message_id"])
    assert not emu.calls("getFile")                        # refused before any download
    largest = b"\xff\xd8 the 1280x960 photo"
    incoming = emu.send_photo(MEMBER, None, [(90, 67, b"\xff\xd8thumb"), (320, 240, b"\xff\xd8small"),
                                             (1280, 960, largest)], caption="现场")
    name = f"photo_{incoming['message_id']}.jpg"
    added = await says(emu, MEMBER, f"已添加附件“{name}”", incoming["message_id"])
    [call] = emu.calls("getFile")
    assert call.params["file_id"] == incoming["photo"][-1]["file_id"]     # the largest size only
    preview = await press(emu, MEMBER, added, "rp:next", "第 6 步")
    assert name in preview.plain_text
    done = await press(emu, MEMBER, preview, "rp:submit", "回执编号")
    receipt = done.plain_text.split("回执编号 ")[1].split("。")[0]
    [kept] = get_report(db, receipt)["files"]
    assert (kept["name"], kept["mime"], kept["size"]) == (name, "image/jpeg", len(largest))
    files = FileStore(bot.assistant.config.data_dir / "reports")
    assert files.get(kept["sha256"]) == largest
