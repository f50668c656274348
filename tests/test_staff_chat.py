"""Members, roles and staff work over chat, at the core level (RecordingTransport).

Verification (shared contact, invite links), refusals (logged and audited),
documents sent to the bot (added, replaced after a confirm button, refused
when unreadable with the knowledge base unchanged), /docs paging, /remove.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import re
import time

import pytest

from bot.features import documents
from bot.features import roster
from bot.kernel.messages import Attachment, Callback, Chat, Incoming, SentRef, User
from bot.features.roster import RosterAccess

ROSTER = [
    ["姓名", "手机号", "界别", "街道社区", "角色"],
    ["张伟", "13812345678", "经济界", "东湖社区", "委员"],
    ["李娜", "13900001111", "教育界", "城南街道", "工作人员"],
    ["王芳", "13722223333", "医卫界", "城东街道", "管理员"],
    ["陈静", "13655556666", "妇联", "城西街道", "委员"],
]

MEMBER = User("tg:101", "张伟", username="zhangwei", language="zh-hans")
STAFF = User("tg:201", "李娜", username="lina")
ADMIN = User("tg:301", "王芳", username="wangfang")
STRANGER = User("tg:999", "路人", username="passerby")

GUIDE_MD = """# 委员活动室使用办法

## 开放时间

委员活动室每周一至周五上午九点至下午五点开放，节假日闭馆。委员凭委员证进入，可使用阅览区和会议区。

## 预约方式

委员使用会议区，应当提前两个工作日通过委员工作室预约，说明用途、人数和时间。预约成功后由工作人员安排房间。
"""

GUIDE_MD_V2 = GUIDE_MD.replace("上午九点至下午五点", "上午八点半至下午六点").replace("两个工作日", "三个工作日")


def installed(assistant) -> None:
    from bot.app import FEATURES

    if "bot.features.roster" not in FEATURES:
        roster.install(assistant)
    if "bot.features.documents" not in FEATURES:
        documents.install(assistant)


@pytest.fixture
def bot(sample_kb, recording_transport, tmp_path):
    from bot.app import build_assistant

    path = tmp_path / "roster.csv"
    with open(path, "w", encoding="gbk", newline="") as fh:
        csv.writer(fh).writerows(ROSTER)
    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    installed(assistant)
    roster.import_roster(assistant.db, path, actor="test")
    recording_transport.bot_username = "linjiang_test_bot"
    for user, mobile in ((MEMBER, "13812345678"), (STAFF, "13900001111"), (ADMIN, "13722223333")):
        roster.bind_user(assistant.db, roster.find_member(assistant.db, mobile)["id"], user, "contact")
    harness = Harness(assistant, recording_transport)
    yield harness
    assistant.close()


class Harness:
    def __init__(self, assistant, transport):
        self.assistant = assistant
        self.transport = transport
        self.ids = itertools.count(1000)

    @property
    def kb(self):
        return self.assistant.kb

    async def send(self, user, text="", *, chat=None, **fields):
        """Deliver one message; return the messages the bot sent in reply."""
        chat = chat or Chat(user.id, "private")
        if text.startswith("/") and "command" not in fields:
            head, _, args = text[1:].partition(" ")
            fields.update(command=head.lower(), args=args)
        before = len(self.transport.sent)
        msg = Incoming("console", user, chat, text=text, message_id=str(next(self.ids)),
                       received_at=time.time(), **fields)
        await self.assistant.handle(msg, self.transport)
        return [m for _, m in self.transport.sent[before:]]

    async def press(self, user, data, message: SentRef | None = None):
        """Press a button; return (answer_callback texts, sent messages, edits)."""
        before = (len(self.transport.callbacks), len(self.transport.sent), len(self.transport.edits))
        callback = Callback(id=str(next(self.ids)), data=data,
                            message=message or SentRef(user.id, "1"))
        msg = Incoming("console", user, Chat(user.id, "private"), callback=callback, received_at=time.time())
        await self.assistant.handle(msg, self.transport)
        return ([text for _, text in self.transport.callbacks[before[0]:]],
                [m for _, m in self.transport.sent[before[1]:]],
                [m for _, m in self.transport.edits[before[2]:]])

    async def upload(self, user, name, data: bytes, *, size="auto"):
        fetched = []

        async def fetch():
            fetched.append(name)
            return data

        attachment = Attachment(name, len(data) if size == "auto" else size, None, fetch)
        before_edits = len(self.transport.edits)
        sent = await self.send(user, attachment=attachment)
        return sent, [m for _, m in self.transport.edits[before_edits:]], fetched

    def final_text(self, sent, edits):
        """What the staff member finally sees: the last edit, else the last message."""
        return (edits[-1] if edits else sent[-1]).plain

    def snapshot(self):
        docs = [(d["id"], d["doc_key"], d["title"], d["chunk_count"], d["version"]) for d in self.kb.list_documents()]
        chunks = sorted(r[0] for r in self.kb.db.execute("select id from chunks"))
        return docs, chunks, sorted(self.kb.store.ids())

    def events(self, kind):
        return [json.loads(r["detail"]) for r in self.kb.db.query("select * from events where kind = ?", [kind])]

    def audit(self, action):
        return roster.audit_rows(self.assistant.db, action, 1000)


def buttons_of(message):
    return [b for row in message.buttons for b in row]


def button(message, prefix):
    [b] = [b for b in buttons_of(message) if b.data and b.data.startswith(prefix)]
    return b


# ------------------------------------------------------------------ members and verification

async def test_non_member_is_refused_with_an_explanation(bot):
    sent = await bot.send(STRANGER, "委员怎么请假？")
    [reply] = sent
    assert "仅供" in reply.plain and "分享手机号" in reply.plain
    [share] = buttons_of(reply)
    assert share.request_contact
    assert bot.kb.db.execute("select count(*) from questions").fetchone()[0] == 0
    assert bot.events("refused")[-1]["what"] == "question"
    assert bot.audit("refused")[0]["actor"].startswith("tg:999")

    # /start greets, then asks to verify; /help works; anything else is refused the same way.
    sent = await bot.send(STRANGER, "/start")
    assert len(sent) == 2 and "您好" in sent[0].plain and buttons_of(sent[1])[0].request_contact
    sent = await bot.send(STRANGER, "/ask 提案怎么提交")
    assert "分享手机号" in sent[0].plain
    # In a group, the explanation points to a private chat instead of a contact button.
    group = Chat("tg:-100", "group", "委员群")
    sent = await bot.send(STRANGER, "@bot 提案怎么提交", chat=group, mentioned=True)
    assert "私聊" in sent[0].plain and not buttons_of(sent[0])


async def test_english_user_gets_english_explanation(bot):
    sent = await bot.send(User("tg:998", "Ann", language="en-US"), "hello")
    assert "members of the Linjiang City CPPCC Committee only" in sent[0].plain


async def test_whoami_works_for_anyone(bot):
    [reply] = await bot.send(STRANGER, "/whoami")
    assert "未验证" in reply.plain
    [reply] = await bot.send(MEMBER, "/whoami")
    assert "委员" in reply.plain and "张伟" in reply.plain and "已验证" in reply.plain
    [reply] = await bot.send(STAFF, "/whoami")
    assert "工作人员" in reply.plain


async def test_verification_by_shared_contact(bot):
    user = User("tg:555", "陈静")
    assert bot.assistant.access.role(bot.assistant, user) is None
    [reply] = await bot.send(user, contact_phone="+86 136-5555-6666")
    assert "验证成功" in reply.plain and "陈静" in reply.plain and reply.remove_keyboard
    member = roster.find_member(bot.assistant.db, "13655556666")
    assert member["telegram_user_id"] == "tg:555" and member["verified_by"] == "contact"
    assert bot.assistant.access.role(bot.assistant, user) == "member"
    assert bot.audit("verify")[0]["target"].startswith("陈静")
    # Now questions are answered.
    [answer] = await bot.send(user, "委员因故不能出席会议，应当怎么办？")
    assert "《" in answer.plain and "仅供" not in answer.plain


async def test_unknown_phone_is_not_verified(bot):
    user = User("tg:556", "冒充者")
    [reply] = await bot.send(user, contact_phone="8613000000000")
    assert "不在委员名单" in reply.plain and "委员工作室" in reply.plain
    assert bot.assistant.access.role(bot.assistant, user) is None
    assert bot.audit("refused")[0]["target"] == "verify"


async def test_someone_elses_contact_does_not_verify(bot):
    user = User("tg:557", "转发者")
    [reply] = await bot.send(user, contact_phone="")      # the transport blanks a contact that is not one's own
    assert "本人" in reply.plain and buttons_of(reply)[0].request_contact
    assert bot.assistant.access.role(bot.assistant, user) is None


async def invite_code(bot, user, args=""):
    [reply] = await bot.send(user, f"/invite {args}".strip())
    match = re.search(r"https://t\.me/linjiang_test_bot\?start=(inv-[A-Za-z0-9_-]+)", reply.plain)
    assert match, reply.plain
    return match.group(1)


async def test_invite_link_for_a_role(bot):
    code = await invite_code(bot, STAFF)
    assert len(code) <= 64
    newcomer = User("tg:700", "新委员", username="newbie")
    [reply] = await bot.send(newcomer, f"/start {code}")
    assert "验证成功" in reply.plain and "委员" in reply.plain
    assert bot.assistant.access.role(bot.assistant, newcomer) == "member"
    assert roster.member_for_user(bot.assistant.db, "tg:700")["name"] == "新委员"
    # The same link again, by someone else: refused.
    other = User("tg:701", "别人")
    [reply] = await bot.send(other, f"/start {code}")
    assert "已经使用过" in reply.plain
    assert bot.assistant.access.role(bot.assistant, other) is None
    # By the same person: just a reminder that they are in.
    [reply] = await bot.send(newcomer, f"/start {code}")
    assert "已完成验证" in reply.plain
    assert [e["problem"] for e in bot.events("refused") if e.get("what") == "invite"] == ["used"]


async def test_invite_link_for_a_roster_person(bot):
    code = await invite_code(bot, STAFF, "136 5555 6666")
    user = User("tg:702", "Chen")
    [reply] = await bot.send(user, f"/start {code}")
    assert "陈静" in reply.plain
    assert roster.find_member(bot.assistant.db, "13655556666")["telegram_user_id"] == "tg:702"


async def test_expired_and_unknown_invites_are_refused(bot):
    code = await invite_code(bot, STAFF)
    with bot.assistant.db.conn:
        bot.assistant.db.execute("update invites set expires_at = ? where code = ?",
                                 [time.time() - 1, roster.invite_key(code)])
    user = User("tg:703", "迟到者")
    [reply] = await bot.send(user, f"/start {code}")
    assert "已过期" in reply.plain
    assert bot.assistant.access.role(bot.assistant, user) is None
    [reply] = await bot.send(user, "/start inv-doesnotexist")
    assert "无效" in reply.plain
    # A /start payload that is not an invite just greets (and asks to verify).
    sent = await bot.send(user, "/start hello")
    assert "您好" in sent[0].plain


async def test_invite_expiry_follows_settings(bot):
    bot.assistant.settings.invite_ttl_hours = 2
    code = await invite_code(bot, STAFF)
    row = roster.find_invite(bot.assistant.db, code)
    assert abs(row["expires_at"] - row["created_at"] - 2 * 3600) < 1


async def test_only_admins_invite_staff(bot):
    [reply] = await bot.send(STAFF, "/invite staff")
    assert "只有管理员" in reply.plain
    code = await invite_code(bot, ADMIN, "工作人员")
    user = User("tg:704", "新同事")
    await bot.send(user, f"/start {code}")
    assert bot.assistant.access.role(bot.assistant, user) == "staff"


async def test_invite_without_bot_username_gives_the_code(bot):
    del bot.transport.bot_username
    [reply] = await bot.send(STAFF, "/invite")
    assert "/start inv-" in reply.plain


# ------------------------------------------------------------------ roles

async def test_member_is_refused_every_staff_command_and_it_is_logged(bot):
    staff_commands = sorted(name for name, c in bot.assistant.commands.items() if c.role != "member")
    assert {"invite", "role", "docs", "remove"} <= set(staff_commands)
    before = bot.snapshot()
    for name in staff_commands:
        sent = await bot.send(MEMBER, f"/{name} 13812345678 admin")
        assert [m.plain for m in sent] == ["抱歉，您没有使用这个功能的权限。"], name
    refused = [e for e in bot.events("refused") if e.get("command")]
    assert sorted(e["command"] for e in refused) == staff_commands
    assert all(e["had"] == "member" for e in refused)
    assert sorted(r["target"] for r in bot.audit("refused")) == staff_commands
    # Buttons of staff messages and files are refused as well.
    for data in ("dls:1", "drm:yes:1", "drm:ask:1", "dup:ok:whatever"):
        answers, sent, edits = await bot.press(MEMBER, data)
        assert not sent and not edits, data
    sent, edits, fetched = await bot.upload(MEMBER, "x.md", GUIDE_MD.encode())
    assert "没有使用这个功能的权限" in sent[0].plain and not fetched
    assert roster.find_member(bot.assistant.db, "13812345678")["role"] == "member"
    assert bot.snapshot() == before


async def test_admin_changes_roles(bot):
    [reply] = await bot.send(ADMIN, "/role 13812345678 staff")
    assert "张伟" in reply.plain and "工作人员" in reply.plain
    assert bot.assistant.access.role(bot.assistant, MEMBER) == "staff"
    [reply] = await bot.send(ADMIN, "/role @zhangwei member")
    assert bot.assistant.access.role(bot.assistant, MEMBER) == "member"
    [reply] = await bot.send(ADMIN, "/role 13000000000 staff")
    assert "没有找到" in reply.plain
    [reply] = await bot.send(ADMIN, "/role 13722223333 member")
    assert "唯一的管理员" in reply.plain
    [reply] = await bot.send(ADMIN, "/role 13812345678")
    assert "用法" in reply.plain
    assert [json.loads(r["detail"])["to"] for r in bot.audit("role")] == ["member", "staff"]
    # Staff cannot change roles.
    [reply] = await bot.send(STAFF, "/role 13812345678 admin")
    assert "没有使用这个功能的权限" in reply.plain


async def test_open_mode_lets_everyone_ask_but_staff_still_come_from_the_roster(bot):
    bot.assistant.access.mode = "open"
    access = bot.assistant.access
    assert access.role(bot.assistant, STRANGER) == "member"
    assert access.role(bot.assistant, STAFF) == "staff"
    [reply] = await bot.send(STRANGER, "/docs")
    assert "没有使用这个功能的权限" in reply.plain
    [reply] = await bot.send(STAFF, "/docs")
    assert "知识库文件" in reply.plain


# ------------------------------------------------------------------ documents sent to the bot

async def test_staff_upload_adds_a_document(bot):
    before_docs = len(bot.kb.list_documents())
    sent, edits, fetched = await bot.upload(STAFF, "活动室使用办法.md", GUIDE_MD.encode())
    assert fetched == ["活动室使用办法.md"]
    assert "已收到" in sent[0].plain
    assert any("正在建立索引" in e.plain for e in edits)
    final = bot.final_text(sent, edits)
    assert "已加入知识库" in final and "《委员活动室使用办法》" in final
    docs = bot.kb.list_documents()
    assert len(docs) == before_docs + 1
    doc = bot.kb.find_document("活动室使用办法.md")
    assert f"共 {doc['chunk_count']} 段" in final
    assert doc["added_by"] == STAFF.id
    # A sample question taken from a heading, that the new document answers.
    assert re.search(r"关于「(开放时间|预约方式)」有哪些规定？", final), final
    [entry] = bot.audit("ingest")
    assert entry["actor"] == STAFF.id and json.loads(entry["detail"])["doc_id"] == doc["id"]
    hits = bot.kb.search("委员活动室什么时候开放").hits
    assert hits[0].doc_key == "活动室使用办法.md"
    # The same file again: nothing to do.
    sent, edits, _ = await bot.upload(STAFF, "活动室使用办法.md", GUIDE_MD.encode())
    assert "完全相同" in bot.final_text(sent, edits)


async def test_replacement_waits_for_the_confirm_button(bot):
    await bot.upload(STAFF, "活动室使用办法.md", GUIDE_MD.encode())
    old = bot.kb.find_document("活动室使用办法.md")
    old_chunks = {c["id"] for c in bot.kb.chunks_of(old["id"])}
    before = bot.snapshot()

    # Cancel first: nothing changes.
    sent, edits, _ = await bot.upload(STAFF, "活动室使用办法.md", GUIDE_MD_V2.encode())
    prompt = edits[-1]
    assert "已有《委员活动室使用办法》" in prompt.plain and "替换" in prompt.plain
    cancel = button(prompt, "dup:no:")
    assert len(cancel.data.encode()) <= 64
    answers, _, edits = await bot.press(STAFF, cancel.data)
    assert "已取消" in edits[-1].plain
    assert bot.snapshot() == before

    # Then confirm.
    sent, edits, _ = await bot.upload(STAFF, "活动室使用办法.md", GUIDE_MD_V2.encode())
    confirm = button(edits[-1], "dup:ok:")
    # Nobody else can press it: a member is refused, another staff member is not the uploader.
    answers, _, _ = await bot.press(MEMBER, confirm.data)
    assert answers == ["抱歉，您没有使用这个功能的权限。"]
    answers, _, edits = await bot.press(ADMIN, confirm.data)
    assert answers and "过期" in answers[0] and not edits
    assert bot.snapshot() == before
    answers, _, edits = await bot.press(STAFF, confirm.data)
    assert "已替换为新版本" in edits[-1].plain
    new = bot.kb.find_document("活动室使用办法.md")
    assert new["id"] == old["id"] and new["version"] == old["version"] + 1
    new_chunks = {c["id"] for c in bot.kb.chunks_of(new["id"])}
    assert new_chunks
    texts = " ".join(c["text"] for c in bot.kb.chunks_of(new["id"]))
    assert "八点半" in texts and "九点" not in texts
    docs, chunks, vectors = bot.snapshot()
    assert len(docs) == len(before[0])
    assert len(chunks) == len(set(chunks)) and set(chunks) == set(vectors)
    assert len(chunks) == len(before[1]) - len(old_chunks) + len(new_chunks)
    assert not (old_chunks - new_chunks) & set(chunks)
    assert bot.audit("replace")[0]["target"] == "委员活动室使用办法"
    # The old token is gone.
    answers, _, _ = await bot.press(STAFF, confirm.data)
    assert "过期" in answers[0]


async def test_same_title_under_a_new_file_name_replaces_the_old_document(bot):
    await bot.upload(STAFF, "活动室使用办法.md", GUIDE_MD.encode())
    old = bot.kb.find_document("活动室使用办法.md")
    count = len(bot.kb.list_documents())
    before = bot.snapshot()
    sent, edits, _ = await bot.upload(STAFF, "活动室使用办法（修订）.md", GUIDE_MD_V2.encode())
    confirm = button(edits[-1], "dup:ok:")
    answers, _, edits = await bot.press(STAFF, confirm.data)
    assert "已替换为新版本" in edits[-1].plain
    docs = bot.kb.list_documents()
    assert len(docs) == count
    assert [d["doc_key"] for d in docs if d["title"] == "委员活动室使用办法"] == ["活动室使用办法（修订）.md"]
    assert not list(bot.kb.db.query("select id from documents where doc_key = ?", [old["doc_key"]]))
    new = bot.kb.find_document("活动室使用办法（修订）.md")
    docs, chunks, vectors = bot.snapshot()
    assert set(chunks) == set(vectors)
    assert len(chunks) == len(before[1]) - old["chunk_count"] + new["chunk_count"]


def encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("name, data, expected", [
    ("损坏.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 50, "损坏"),
    ("加密.pdf", None, "密码"),
    ("表格.xlsx", b"PK\x03\x04 not really", "不支持这种文件类型"),
    ("程序.exe", b"MZ\x90\x00", "不支持这种文件类型"),
    ("空白.txt", "   \n\n  \n".encode(), "没有可识别的文字"),
    ("零字节.txt", b"", "没有可识别的文字"),
])
async def test_bad_files_get_a_specific_reply_and_change_nothing(bot, name, data, expected):
    data = encrypted_pdf() if data is None else data
    before = bot.snapshot()
    sent, edits, _ = await bot.upload(STAFF, name, data)
    final = bot.final_text(sent, edits)
    assert expected in final and "知识库未改动" in final, final
    assert bot.snapshot() == before
    assert bot.events("ingest_failed")
    assert not bot.audit("ingest")


async def test_oversized_files_are_refused_before_download(bot):
    bot.kb.config.ingest.max_file_mb = 0.001          # about 1 KB
    before = bot.snapshot()
    sent, edits, fetched = await bot.upload(STAFF, "大文件.md", GUIDE_MD.encode() * 10)
    assert not fetched
    assert "超过 0.001 MB" in bot.final_text(sent, edits)
    # Size unknown to the transport: checked after downloading.
    sent, edits, fetched = await bot.upload(STAFF, "大文件.md", GUIDE_MD.encode() * 10, size=None)
    assert fetched and "超过" in bot.final_text(sent, edits)
    assert bot.snapshot() == before


async def test_failed_download_is_reported(bot):
    async def fetch():
        raise ConnectionError("network down")

    before = bot.snapshot()
    sent = await bot.send(STAFF, attachment=Attachment("a.md", 100, None, fetch))
    final = (bot.transport.edits[-1][1] if bot.transport.edits else sent[-1]).plain
    assert "下载失败" in final
    assert bot.snapshot() == before


# ------------------------------------------------------------------ /docs and /remove

def add_fake_documents(kb, n):
    now = time.time()
    with kb.db.conn:
        for i in range(n):
            kb.db["documents"].insert({
                "doc_key": f"fake-{i:02d}.txt", "title": f"测试文件{i:02d}", "content_hash": f"h{i}",
                "status": "ready", "chunk_count": i, "version": 1, "added_at": now - 1000 + i,
                "updated_at": now - 1000 + i, "file_type": "txt"})


async def test_docs_lists_with_paging(bot):
    add_fake_documents(bot.kb, 12)
    total = len(bot.kb.list_documents())
    [page1] = await bot.send(STAFF, "/docs")
    assert f"共 {total} 个" in page1.plain and "第 1/2 页" in page1.plain
    assert page1.plain.count("段") == 10
    nxt = button(page1, "dls:")
    assert nxt.data == "dls:1" and "▶" in nxt.label
    answers, sent, edits = await bot.press(STAFF, nxt.data)
    assert not sent
    [page2] = edits
    assert "第 2/2 页" in page2.plain and page2.plain.count("段") == total - 10
    assert button(page2, "dls:").data == "dls:0" and "◀" in button(page2, "dls:").label
    first = bot.kb.list_documents()[0]
    assert f"1. 《{first['title']}》" in page1.plain


async def test_remove_with_buttons_and_confirmation(bot):
    docs = bot.kb.list_documents()
    target = next(d for d in docs if d["doc_key"] == "社情民意信息工作办法.txt")
    [menu] = await bot.send(STAFF, "/remove")
    choose = button(menu, f"drm:ask:{target['id']}")
    _, _, edits = await bot.press(STAFF, choose.data)
    confirm_msg = edits[-1]
    assert "确定从知识库删除" in confirm_msg.plain and target["title"] in confirm_msg.plain
    # Cancel leaves it.
    _, _, edits = await bot.press(STAFF, button(confirm_msg, "drm:no").data)
    assert "已取消" in edits[-1].plain
    assert bot.kb.find_document(target["id"])
    # Confirm removes it, its chunks and vectors.
    chunk_ids = {c["id"] for c in bot.kb.chunks_of(target["id"])}
    _, _, edits = await bot.press(STAFF, button(confirm_msg, "drm:yes:").data)
    assert "已删除" in edits[-1].plain
    assert target["id"] not in [d["id"] for d in bot.kb.list_documents()]
    _, chunks, vectors = bot.snapshot()
    assert not chunk_ids & set(chunks) and not chunk_ids & set(vectors)
    [entry] = bot.audit("remove")
    assert entry["actor"] == STAFF.id and json.loads(entry["detail"])["doc_id"] == target["id"]
    # Pressing confirm again: already gone.
    _, _, edits = await bot.press(STAFF, button(confirm_msg, "drm:yes:").data)
    assert "已不在知识库" in edits[-1].plain


async def test_remove_by_name(bot):
    [reply] = await bot.send(STAFF, "/remove 社情民意")
    assert "确定从知识库删除" in reply.plain
    [reply] = await bot.send(STAFF, "/remove 不存在的文件")
    assert "没有找到" in reply.plain
    add_fake_documents(bot.kb, 3)
    [reply] = await bot.send(STAFF, "/remove 测试文件")
    assert len([b for b in buttons_of(reply) if b.data.startswith("drm:ask:")]) == 3


async def test_staff_commands_are_private_only(bot):
    group = Chat("tg:-100", "group", "委员群")
    [reply] = await bot.send(STAFF, "/docs", chat=group)
    assert "请私聊我" in reply.plain and "《" not in reply.plain     # says where to go, lists nothing


async def test_help_shows_staff_section_to_staff_only(bot):
    [reply] = await bot.send(STAFF, "/help")
    assert "工作人员" in reply.plain
    [reply] = await bot.send(MEMBER, "/help")
    assert "/docs" not in reply.plain
