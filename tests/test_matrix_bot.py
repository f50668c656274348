"""Members and staff on Matrix: bot/transports/matrix/transport.py against a real Synapse.

Two throw-away homeservers (tests/support/synapse_harness.py) boot in threads while
the sample knowledge base is built: a normal one and a rate-limited one
(``rc_message`` 0.5/s, burst 2). Each test registers its own bot account and
people through the shared-secret admin API, puts them in the roster by Matrix
ID, runs ``run_matrix`` as a task with a stop event, and talks to the bot with
mautrix clients as a member would from Element.
"""
from __future__ import annotations

import asyncio
import csv
import itertools
import re
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from mautrix.api import HTTPAPI, Method, Path as MxPath
from mautrix.client.api import ClientAPI
from mautrix.errors import MLimitExceeded
from mautrix.types import RoomCreatePreset

from bot.kernel.delivery import PermanentFailure, RetryLater
from bot.kernel.messages import OutMessage
from tests.support.synapse_harness import running_synapse

BOT_NAME = "履职助手"
_n = itertools.count(1)

NOTICE_MD = """# 委员读书会安排

## 活动时间

委员读书会每月第二个星期四下午三点在委员之家举行，每次约两小时，欢迎委员自愿报名参加。

## 报名办法

委员可在活动前三天通过委员工作室电话报名，也可以在履职平台上填写报名表。
"""


# ---------------------------------------------------------------- homeservers

@pytest.fixture(scope="session")
def synapse_boot():
    """Both homeservers start now, in threads, and boot while the sample KB is built."""
    pool = ThreadPoolExecutor(2)
    gens = {"normal": running_synapse(), "limited": running_synapse(rate_limited=True)}
    futures = {name: pool.submit(next, gen) for name, gen in gens.items()}
    yield futures
    for name, gen in gens.items():
        try:
            futures[name].result()
        except BaseException:
            pass
        gen.close()          # runs running_synapse's finally: server.stop(), even after failures
    pool.shutdown()


def _server(boot, name):
    return boot[name].result(timeout=180)


# ---------------------------------------------------------------- a person with a Matrix client

class Person:
    """A member's client: sends like Element and keeps every timeline event it has synced."""

    def __init__(self, hs, user_id: str, token: str):
        self.hs = hs
        self.user_id = user_id
        self.client = ClientAPI(mxid=user_id, api=HTTPAPI(base_url=hs.base_url, token=token))
        self.since = None
        self.events: list[tuple[str, dict]] = []
        self.invites: list[str] = []

    async def close(self):
        await self.client.api.session.close()

    async def _retry(self, fn):
        for _ in range(30):
            try:
                return await fn()
            except MLimitExceeded:
                await asyncio.sleep(1.0)
        raise AssertionError("still rate limited")

    async def send(self, room: str, event_type: str, content: dict) -> str:
        txn = uuid.uuid4().hex
        resp = await self._retry(lambda: self.client.api.request(
            Method.PUT, MxPath.v3.rooms[room].send[event_type][txn], content))
        return resp["event_id"]

    async def say(self, room: str, body: str, **extra) -> str:
        return await self.send(room, "m.room.message", {"msgtype": "m.text", "body": body, **extra})

    async def react(self, room: str, event_id: str, key: str) -> str:
        return await self.send(room, "m.reaction", {
            "m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}})

    async def sync(self, timeout_ms: int = 1000) -> None:
        resp = await self.client.sync(since=self.since, timeout=timeout_ms)
        self.since = resp["next_batch"]
        rooms = resp.get("rooms", {})
        for room_id, info in rooms.get("join", {}).items():
            for ev in info.get("timeline", {}).get("events", []):
                self.events.append((room_id, ev))
        self.invites.extend(rooms.get("invite", {}))

    def mark(self) -> int:
        return len(self.events)

    async def wait_for(self, pred, *, after: int = 0, timeout: float = 30.0, what: str = "an event") -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for room_id, ev in self.events[after:]:
                if pred(room_id, ev):
                    return ev
            if time.monotonic() > deadline:
                seen = [(r[-8:], e.get("type"), (e.get("content") or {}).get("body", "")[:60])
                        for r, e in self.events[after:]][-15:]
                raise AssertionError(f"timed out waiting for {what}; last events: {seen}")
            await self.sync()

    async def wait_bot(self, room: str, bot: str, *, contains: str = "", after: int = 0, timeout: float = 30.0,
                       edits: bool = True) -> dict:
        """The bot's next message (or edit, as its new content) in ``room`` containing ``contains``."""
        def pred(room_id, ev):
            if room_id != room or ev.get("sender") != bot or ev.get("type") != "m.room.message":
                return False
            content = ev["content"]
            if "m.new_content" in content and not edits:
                return False
            body = (content.get("m.new_content") or content).get("body", "")
            return contains in body
        return await self.wait_for(pred, after=after, timeout=timeout, what=f"the bot saying {contains!r}")

    async def wait_reply(self, room: str, bot: str, question_id: str, timeout: float = 30.0) -> dict:
        def pred(room_id, ev):
            rel = (ev.get("content") or {}).get("m.relates_to") or {}
            return (room_id == room and ev.get("sender") == bot and ev.get("type") == "m.room.message"
                    and (rel.get("m.in_reply_to") or {}).get("event_id") == question_id)
        return await self.wait_for(pred, timeout=timeout, what=f"a reply to {question_id}")

    async def history(self, room: str) -> list[dict]:
        resp = await self.client.api.request(Method.GET, MxPath.v3.rooms[room].messages,
                                             query_params={"dir": "b", "limit": "200"})
        return resp["chunk"]


def replies_to(events: list[dict], bot: str, event_id: str) -> list[dict]:
    return [e for e in events if e.get("sender") == bot and e.get("type") == "m.room.message"
            and ((e["content"].get("m.relates_to") or {}).get("m.in_reply_to") or {}).get("event_id") == event_id]


# ---------------------------------------------------------------- the bot

class MatrixBot:
    def __init__(self, hs, assistant, user_id: str, token: str):
        self.hs, self.assistant, self.user_id, self.token = hs, assistant, user_id, token
        self.task = None
        self.stop_event = None

    @property
    def transport(self):
        return self.assistant.transports["matrix"]

    async def start(self) -> None:
        from bot.transports.matrix.runner import run_matrix

        old = self.assistant.transports.get("matrix")
        self.stop_event = asyncio.Event()
        self.task = asyncio.create_task(run_matrix(self.assistant, stop=self.stop_event, homeserver=self.hs.base_url,
                                                   user_id=self.user_id, access_token=self.token))
        deadline = time.monotonic() + 30
        while True:
            current = self.assistant.transports.get("matrix")
            if current is not None and current is not old and current.ready.is_set():
                return
            if self.task.done():
                self.task.result()
            assert time.monotonic() < deadline, "the Matrix bot did not start"
            await asyncio.sleep(0.05)

    async def stop(self) -> None:
        if self.task is not None and not self.task.done():
            self.stop_event.set()
            await asyncio.wait_for(self.task, 30)


class Env:
    def __init__(self, hs, assistant, bot: MatrixBot, people: dict[str, Person]):
        self.hs, self.assistant, self.bot, self.people = hs, assistant, bot, people

    async def person(self, localpart: str, *, admin: bool = False, displayname: str | None = None) -> Person:
        user_id, token = await asyncio.to_thread(self.hs.register_user, localpart, "pw", admin, displayname)
        self.people[localpart] = p = Person(self.hs, user_id, token)
        return p

    async def dm(self, person: Person, *, greeting: bool = True) -> str:
        """``person`` opens a direct chat with the bot (as Element does) and waits for the greeting."""
        room = await person.client.create_room(preset=RoomCreatePreset.TRUSTED_PRIVATE, is_direct=True,
                                               invitees=[self.bot.user_id])
        if greeting:
            await person.wait_bot(room, self.bot.user_id, contains="", timeout=30)
        return room

    def questions(self) -> list[dict]:
        return list(self.assistant.db.query("select * from questions order by id"))


def write_roster(path: Path, rows: list[tuple[str, str, str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["姓名", "手机", "角色", "matrix_id"])
        writer.writerows(rows)
    return path


async def make_env(hs, sample_kb, tmp_path, *, bot_admin: bool = False, member_admin: bool = False) -> Env:
    from bot.app import FEATURES, build_assistant
    from bot.features import documents
    from bot.features import roster
    from bot.features.roster import RosterAccess

    n = next(_n)
    bot_id, bot_token = await asyncio.to_thread(hs.register_user, f"assistant{n}", "pw", bot_admin, BOT_NAME)
    assistant = build_assistant(kb=sample_kb, access=RosterAccess("members"))
    if "bot.features.roster" not in FEATURES:
        roster.install(assistant)
    if "bot.features.documents" not in FEATURES:
        documents.install(assistant)
    env = Env(hs, assistant, MatrixBot(hs, assistant, bot_id, bot_token), {})
    member = await env.person(f"zhangwei{n}", admin=member_admin, displayname="张伟")
    staff = await env.person(f"lina{n}", displayname="李娜")
    roster.import_roster(assistant.db, write_roster(tmp_path / "roster.csv", [
        ("张伟", "13812345678", "委员", member.user_id),
        ("李娜", "13900001111", "工作人员", staff.user_id),
    ]), actor="test")
    env.member, env.staff = member, staff
    await env.bot.start()
    return env


async def close_env(env: Env) -> None:
    try:
        await env.bot.stop()
    finally:
        for person in env.people.values():
            await person.close()
        env.assistant.close()


@pytest.fixture
async def env(synapse_boot, sample_kb, tmp_path):
    e = await make_env(_server(synapse_boot, "normal"), sample_kb, tmp_path)
    yield e
    await close_env(e)


async def until(check, timeout: float = 60.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.1)


# ---------------------------------------------------------------- tests

async def test_direct_chat_question_feedback_and_full_text(env):
    member, bot = env.member, env.bot.user_id
    room = await env.dm(member)
    q = await member.say(room, "没法参加会议怎么请假")
    answer = await member.wait_reply(room, bot, q, timeout=60)
    content = answer["content"]
    assert content["msgtype"] == "m.notice" and content["format"] == "org.matrix.custom.html"
    assert "委员履职手册》第" in content["body"] and "请假" in content["body"]
    assert "<blockquote>" in content["formatted_body"] and "<b>" in content["formatted_body"]
    assert "<" not in content["body"]
    assert "用表情回应：👍 有用 · 👎 没用 · 📄 查看全文" in content["body"]
    # The bot records its reply's event id once the send returns; the member can see the reply
    # before that on a loaded machine.
    await until(lambda: env.questions()[0]["reply_message_id"] == answer["event_id"], what="reply id recorded")
    [row] = env.questions()
    assert row["transport"] == "matrix" and row["user_id"] == f"mx:{member.user_id}"
    assert row["chat_kind"] == "private"
    assert env.bot.transport.stats["typing"] >= 1

    mark = member.mark()
    await member.react(room, answer["event_id"], "👎")
    await until(lambda: env.questions()[0]["feedback"] == -1, what="feedback -1")
    await member.wait_bot(room, bot, contains="谢谢反馈", after=mark)
    await member.react(room, answer["event_id"], "👍\ufe0f")            # as Element sends it
    await until(lambda: env.questions()[0]["feedback"] == 1, what="feedback +1")

    mark = member.mark()
    await member.react(room, answer["event_id"], "📄")
    article = await member.wait_bot(room, bot, contains=row["citation"], after=mark)
    assert "m.relates_to" not in article["content"] and len(article["content"]["body"]) > len(row["citation"])


async def test_group_answers_only_when_addressed(env):
    member, staff, bot = env.member, env.staff, env.bot.user_id
    room = await member.client.create_room(preset=RoomCreatePreset.PRIVATE, name="经济界委员群",
                                           invitees=[bot, staff.user_id])
    await member.wait_for(lambda r, e: r == room and e.get("type") == "m.room.member"
                          and e.get("state_key") == bot and e["content"].get("membership") == "join",
                          what="the bot joining")
    chatter = await member.say(room, "没法参加会议怎么请假")                         # not addressed
    pill = await member.say(room, f"{BOT_NAME}: 提案最晚什么时候交", format="org.matrix.custom.html",
                            formatted_body=f'<a href="https://matrix.to/#/{bot}">{BOT_NAME}</a>: 提案最晚什么时候交',
                            **{"m.mentions": {"user_ids": [bot]}})
    a1 = await member.wait_reply(room, bot, pill, timeout=60)
    assert "《" in a1["content"]["body"]
    assert a1["content"]["m.mentions"] == {"user_ids": [member.user_id]}

    by_name = await member.say(room, f"{BOT_NAME}，社情民意一篇写多少字合适")     # display name in the body only
    assert "《" in (await member.wait_reply(room, bot, by_name))["content"]["body"]

    reply = await member.say(room, f"> <{bot}> 根据……\n\n联名提案最多能拉几个人一起", **{
        "m.relates_to": {"m.in_reply_to": {"event_id": a1["event_id"]}}})
    assert "《" in (await member.wait_reply(room, bot, reply))["content"]["body"]

    ask = await member.say(room, "!ask 提案最晚什么时候交")
    assert "《" in (await member.wait_reply(room, bot, ask))["content"]["body"]

    mark = member.mark()
    await member.say(room, "!help")
    help_ = await member.wait_bot(room, bot, contains="我能做什么", after=mark)
    assert "!ask" in help_["content"]["body"] and "/ask" not in help_["content"]["body"]

    rows = env.questions()
    assert [r["text"] for r in rows] == ["提案最晚什么时候交", "社情民意一篇写多少字合适",
                                         "联名提案最多能拉几个人一起", "提案最晚什么时候交"]
    assert {r["chat_kind"] for r in rows} == {"group"}
    assert replies_to(await member.history(room), bot, chatter) == []


async def test_followup_english_question_and_greeting(env):
    member, bot = env.member, env.bot.user_id
    room = await env.dm(member)
    q1 = await member.say(room, "提案委员会的办公地点在哪")
    await member.wait_reply(room, bot, q1, timeout=60)
    q2 = await member.say(room, "电话多少")
    body = (await member.wait_reply(room, bot, q2, timeout=60))["content"]["body"]
    assert "（按“提案委员会电话多少”理解）" in body and "0000-5550102" in body

    q3 = await member.say(room, "What is the deadline for proposals?")
    body = (await member.wait_reply(room, bot, q3, timeout=60))["content"]["body"]
    assert "According to" in body and "2026年12月20日" in body

    hello = await member.say(room, "你好")
    body = (await member.wait_reply(room, bot, hello, timeout=60))["content"]["body"]
    assert "您可以这样问" in body
    assert [r["text"] for r in env.questions()] == ["提案委员会的办公地点在哪", "提案委员会电话多少",
                                                    "What is the deadline for proposals?"]
    assert list(env.assistant.db.query("select * from curation_items")) == []


async def test_invites_only_from_roster_or_allowed_domains(env):
    bot = env.bot.user_id
    stranger = await env.person(f"stranger{next(_n)}", displayname="路人")
    room = await stranger.client.create_room(preset=RoomCreatePreset.TRUSTED_PRIVATE, is_direct=True,
                                             invitees=[bot])
    await stranger.wait_for(lambda r, e: r == room and e.get("state_key") == bot
                            and e["content"].get("membership") == "leave", what="the invite rejected")
    assert env.bot.transport.stats["invites_rejected"] == 1
    with pytest.raises(PermanentFailure) as failure:
        await env.bot.transport.send(f"mx:{room}", OutMessage("x"), attempts=1)
    assert failure.value.reason == "not_in_room"

    env.assistant.settings.matrix.allowed_invite_domains = [env.hs.server_name]
    room = await env.dm(stranger, greeting=False)                   # joined now
    await stranger.wait_bot(room, bot, contains="您好")             # the greeting,
    await stranger.wait_bot(room, bot, contains="!start 邀请码")    # then how to verify (members only)
    mark = stranger.mark()
    await stranger.say(room, "提案最晚什么时候交")
    refusal = await stranger.wait_bot(room, bot, contains="!start 邀请码", after=mark)
    assert "/start" not in refusal["content"]["body"] and env.questions() == []

    # Staff make an invite code over chat; "!start CODE" verifies the stranger.
    staff_room = await env.dm(env.staff)
    mark = env.staff.mark()
    await env.staff.say(staff_room, "!invite")
    made = await env.staff.wait_bot(staff_room, bot, contains="inv-", after=mark)
    code = re.search(r"inv-[A-Za-z0-9_-]+", made["content"]["body"]).group(0)
    assert "!start" in made["content"]["body"]
    mark = stranger.mark()
    await stranger.say(room, f"!start {code}")
    await stranger.wait_bot(room, bot, contains="验证成功", after=mark)
    q = await stranger.say(room, "没法参加会议怎么请假")
    assert "《" in (await stranger.wait_reply(room, bot, q))["content"]["body"]
    [row] = env.questions()
    assert row["user_id"] == f"mx:{stranger.user_id}"


async def test_staff_adds_and_replaces_a_document(env):
    staff, member, bot = env.staff, env.member, env.bot.user_id
    room = await env.dm(staff)

    async def send_file(person, room, text):
        data = text.encode("utf-8")
        mxc = await person.client.upload_media(data, mime_type="text/markdown", filename="读书会.md")
        return await person.send(room, "m.room.message", {
            "msgtype": "m.file", "body": "读书会.md", "filename": "读书会.md", "url": mxc,
            "info": {"size": len(data), "mimetype": "text/markdown"}})

    mark = staff.mark()
    await send_file(staff, room, NOTICE_MD)
    done = await staff.wait_bot(room, bot, contains="已加入知识库", after=mark, timeout=60)
    assert done["content"]["m.relates_to"]["rel_type"] == "m.replace"        # the "received" message, edited
    assert "委员读书会安排" in [d["title"] for d in env.assistant.kb.list_documents()]

    # A new version: the bot asks first; ✅ confirms.
    mark = staff.mark()
    await send_file(staff, room, NOTICE_MD.replace("第二个星期四", "第三个星期四"))
    ask = await staff.wait_bot(room, bot, contains="替换它吗", after=mark, timeout=60)
    body = ask["content"]["m.new_content"]["body"]
    assert "1 ✅ 替换 · 2 ❌ 取消" in body
    original = ask["content"]["m.relates_to"]["event_id"]
    mark = staff.mark()
    await staff.react(room, original, "✅")
    await staff.wait_bot(room, bot, contains="已替换为新版本", after=mark, timeout=60)
    texts = [r[0] for r in env.assistant.db.execute("select text from chunks").fetchall()]
    assert any("第三个星期四" in x for x in texts) and not any("第二个星期四" in x for x in texts)

    # Another version: replying "2" (the number of ❌) cancels.
    mark = staff.mark()
    await send_file(staff, room, NOTICE_MD.replace("第二个星期四", "第四个星期四"))
    await staff.wait_bot(room, bot, contains="替换它吗", after=mark, timeout=60)
    mark = staff.mark()
    await staff.say(room, "2")
    await staff.wait_bot(room, bot, contains="已取消", after=mark)
    texts = [r[0] for r in env.assistant.db.execute("select text from chunks").fetchall()]
    assert not any("第四个星期四" in x for x in texts)

    # A member's file is refused.
    member_room = await env.dm(member)
    mark = member.mark()
    await send_file(member, member_room, NOTICE_MD)
    await member.wait_bot(member_room, bot, contains="没有使用这个功能的权限", after=mark)


async def test_broadcast_reaches_a_matrix_room_and_members(env):
    from bot.app import FEATURES
    import bot.features.broadcast as broadcast
    from bot.features import roster

    if "bot.features.broadcast" not in FEATURES:
        broadcast.install(env.assistant)
    if not hasattr(env.assistant, "broadcast"):
        pytest.skip("bot.features.broadcast is not available")
    member, staff, bot = env.member, env.staff, env.bot.user_id
    carol = await env.person(f"carol{next(_n)}", displayname="王芳")        # in the roster, never wrote to the bot
    roster.import_roster(env.assistant.db, write_roster(Path(env.assistant.config.data_dir) / "more.csv", [
        ("王芳", "13700002222", "委员", carol.user_id)]), actor="test")
    dm = await env.dm(member)
    group = await member.client.create_room(preset=RoomCreatePreset.PRIVATE, name="通知群",
                                            invitees=[bot, staff.user_id])
    await staff.client.join_room(group)
    await member.wait_for(lambda r, e: r == group and e.get("state_key") == bot
                          and e["content"].get("membership") == "join", what="the bot joining")
    mark = staff.mark()
    await staff.say(group, "!register")
    await staff.wait_bot(group, bot, contains="已登记", after=mark)

    bid = broadcast.create_broadcast(env.assistant.db, html="<b>通知</b>：明天下午三点召开界别活动。",
                                     audience=["channels", "members"],
                                     author=broadcast.Author(id="cli:test", name="测试"))
    env.assistant.broadcast.wake()
    in_group = await member.wait_bot(group, bot, contains="明天下午三点召开界别活动", timeout=60)
    assert in_group["content"]["msgtype"] == "m.text" and "<b>通知</b>" in in_group["content"]["formatted_body"]
    await member.wait_bot(dm, bot, contains="明天下午三点召开界别活动", timeout=60)

    # Carol gets a new direct chat from the bot: she accepts the invite and reads it.
    deadline = time.monotonic() + 60
    while not carol.invites:
        assert time.monotonic() < deadline, "no invite for carol"
        await carol.sync()
    await carol.client.join_room(carol.invites[0])
    await carol.wait_bot(carol.invites[0], bot, contains="明天下午三点召开界别活动", timeout=30)

    await until(lambda: {r[0] for r in env.assistant.db.execute(
        "select state from outbox where batch_id = ?", [bid]).fetchall()} == {"sent"}, timeout=60,
        what="every outbox row sent")
    chats = {r[0] for r in env.assistant.db.execute("select chat_id from outbox where batch_id = ?", [bid])}
    assert chats == {f"mx:{group}", f"mx:{member.user_id}", f"mx:{staff.user_id}", f"mx:{carol.user_id}"}

    # Staff write one over chat: !broadcast, the text, numbers for the menu, ✅ to send.
    staff_dm = await env.dm(staff)
    mark = staff.mark()
    await staff.say(staff_dm, "!broadcast")
    await staff.wait_bot(staff_dm, bot, contains="!cancel", after=mark)
    mark = staff.mark()
    await staff.say(staff_dm, "周五上午九点召开常委会。")
    menu = await staff.wait_bot(staff_dm, bot, contains="回复数字选择", after=mark)

    def number_of(body, label):
        for line in body.splitlines():
            for cell in line.split(" · "):
                words = cell.split()
                if label in cell and words and words[0].isdigit():
                    return words[0]
        raise AssertionError(f"no numbered {label!r} in {body!r}")

    mark = staff.mark()
    await staff.say(staff_dm, number_of(menu["content"]["body"], "全体委员"))
    edited = await staff.wait_bot(staff_dm, bot, contains="✅ 全体委员", after=mark)
    assert edited["content"]["m.relates_to"]["event_id"] == menu["event_id"]
    mark = staff.mark()
    await staff.say(staff_dm, number_of(menu["content"]["body"], "下一步"))
    preview = await staff.wait_bot(staff_dm, bot, contains="确认发送", after=mark)
    assert "1 ✅ 立即发送" in preview["content"]["body"]
    mark, member_mark = staff.mark(), member.mark()
    await staff.react(staff_dm, preview["event_id"], "✅")
    await staff.wait_bot(staff_dm, bot, contains="开始发送", after=mark)
    await member.wait_bot(dm, bot, contains="周五上午九点召开常委会", after=member_mark, timeout=60)


async def test_restart_does_not_answer_old_messages_again(env):
    member, bot = env.member, env.bot.user_id
    room = await env.dm(member)
    q1 = await member.say(room, "提案最晚什么时候交")
    await member.wait_reply(room, bot, q1, timeout=60)

    await env.bot.stop()
    q2 = await member.say(room, "没法参加会议怎么请假")            # while the bot is down (recent: answered)
    await env.bot.start()
    await member.wait_reply(room, bot, q2, timeout=60)

    # A first start on a fresh database (no sync token): the existing timeline is not answered.
    await env.bot.stop()
    env.assistant.db.execute("delete from matrix_state where key like 'next_batch:%'")
    await env.bot.start()
    q3 = await member.say(room, "社情民意一篇写多少字合适")
    await member.wait_reply(room, bot, q3, timeout=60)
    history = await member.history(room)
    for q in (q1, q2, q3):
        assert len(replies_to(history, bot, q)) == 1, (q, [e["content"]["body"][:40] for e in replies_to(history, bot, q)])
    assert len(env.questions()) == 3


async def test_rate_limited_homeserver_still_delivers(synapse_boot, sample_kb, tmp_path):
    hs = _server(synapse_boot, "limited")
    env = await make_env(hs, sample_kb, tmp_path, member_admin=True)     # only the bot is rate limited
    try:
        member, bot = env.member, env.bot.user_id
        room = await env.dm(member)
        questions = ["提案最晚什么时候交", "没法参加会议怎么请假", "社情民意一篇写多少字合适",
                     "联名提案最多能拉几个人一起"]
        ids = [await member.say(room, q) for q in questions]
        for q in ids:
            answer = await member.wait_reply(room, bot, q, timeout=60)
            assert "《" in answer["content"]["body"]
        transport = env.bot.transport
        assert transport.stats["rate_limited"] >= 1
        # Waiting the server's delay, not hammering: a handful of 429s for these sends.
        assert transport.stats["rate_limited"] <= 3 * transport.stats["sent"]
        # The outbox's single try: a 429 (or the gate it leaves) is raised as RetryLater.
        with pytest.raises(RetryLater) as later:
            for _ in range(10):
                await transport.send(f"mx:{room}", OutMessage("通知"), attempts=1)
        assert later.value.seconds > 0
    finally:
        await close_env(env)


# ---------------------------------------------------------------- rendering (no homeserver)

def test_buttons_become_reactions_and_numbers():
    from bot.kernel.messages import Button
    from bot.transports.matrix.transport import render_buttons, reaction_key, to_matrix_html

    html, plain, bmap = render_buttons([[Button("👍 有用", "fb:up:12"), Button("👎 没用", "fb:down:12")],
                                        [Button("📄 查看全文", "full:12")]])
    assert plain == "↳ 用表情回应：👍 有用 · 👎 没用 · 📄 查看全文"
    assert bmap.data_for_key("👍\ufe0f") == "fb:up:12" and bmap.data_for_key("👍🏽") == "fb:up:12"
    assert bmap.data_for_key("📄") == "full:12" and bmap.data_for_key("3\ufe0f\u20e3") == "full:12"
    assert bmap.data_for_key("😄") is None and bmap.data_for_number(2) == "fb:down:12"

    html, plain, bmap = render_buttons([[Button("✅ Replace", "dup:ok:x"), Button("✖ Cancel", "dup:no:x")]])
    assert plain == "↳ React or reply with the number: 1 ✅ Replace · 2 ❌ Cancel"
    assert bmap.data_for_key("❌") == "dup:no:x" and bmap.data_for_key("✖️") == "dup:no:x"
    assert bmap.data_for_number(1) == "dup:ok:x" and reaction_key("✔️") == "✅"

    html, plain, bmap = render_buttons([[Button("《委员履职手册》", "drm:ask:1")], [Button("《提案通知》", "drm:ask:2")],
                                        [Button("下一页 ▶", "drm:page:1")], [Button("✖ 取消", "drm:no")],
                                        [Button("说明", url="https://example.org/a?b=1&c=2")]])
    assert plain.splitlines() == ["↳ 回复数字选择：", "1 《委员履职手册》", "2 《提案通知》", "3 下一页 ▶", "4 ❌ 取消",
                                  "说明: https://example.org/a?b=1&c=2"]
    assert bmap.data_for_number(4) == "drm:no" and bmap.data_for_key("❌") == "drm:no"
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html

    assert to_matrix_html("根据<b>《手册》</b>：\n<blockquote>第一条\n第二条</blockquote>\n另见") == \
        "根据<b>《手册》</b>：<blockquote>第一条<br>第二条</blockquote>另见"
    assert render_buttons([[Button("📱 分享手机号", request_contact=True)]]) == ("", "", None)


def test_homeserver_errors_become_delivery_outcomes():
    from mautrix.errors import make_request_error

    from bot.kernel.delivery import TemporaryFailure
    from bot.transports.matrix.transport import translate_error

    def err(status, code, message="", retry_ms=None):
        exc = make_request_error(status, "", code, message)
        exc.retry_after_ms = retry_ms
        return exc

    later = translate_error(err(429, "M_LIMIT_EXCEEDED", "Too Many Requests", 2500))
    assert isinstance(later, RetryLater) and later.seconds == 2.5
    assert translate_error(err(403, "M_FORBIDDEN", "User @a:b not in room !r:b")).reason == "not_in_room"
    assert translate_error(err(403, "M_FORBIDDEN", "You are not allowed to send")).reason == "forbidden"
    assert translate_error(err(404, "M_NOT_FOUND", "Unknown room")).reason == "chat_not_found"
    assert translate_error(err(400, "M_TOO_LARGE", "event too large")).reason == "bad_request"
    assert isinstance(translate_error(err(502, None, "Bad Gateway")), TemporaryFailure)
    assert isinstance(translate_error(err(401, "M_UNKNOWN_TOKEN", "Invalid token")), TemporaryFailure)


REPORT_FIELDS = ("小区路灯长期不亮", "基本情况：……原因分析：……意见建议：……", "城市管理", "东湖社区")


async def fill_report(step) -> None:
    """!report's first five steps (title, text, field, venue), ``step(text, expected)`` sending each."""
    await step("!report", "第 1 步")
    for n, text in enumerate(REPORT_FIELDS, 2):
        await step(text, f"第 {n} 步")


async def submit_report_file(env, step) -> tuple[dict, bytes]:
    """Finish and submit the report being filed; its one attachment row and the bytes kept for it."""
    from bot.features.reports import get_report
    from bot.features.reports.files import FileStore

    preview = await step("完成", "第 6 步")
    done = await step(_number_of(preview["content"]["body"], "提交"), "回执编号")
    receipt = done["content"]["body"].split("回执编号 ")[1].split("。")[0]
    [kept] = get_report(env.assistant.db, receipt)["files"]
    return kept, FileStore(env.assistant.config.data_dir / "reports").get(kept["sha256"])


def _number_of(body: str, label: str) -> str:
    """The number the bot put in front of ``label`` in its "reply with a number" list."""
    for line in body.splitlines():
        line = re.sub(r"^↳[^：]*：", "", line)      # "↳ 用表情回应或回复数字：1 ✅ 提交 · 2 ✏ 标题"
        for cell in line.split(" · "):
            words = cell.split()
            if label in cell and words and words[0].isdigit():
                return words[0]
    raise AssertionError(f"no numbered {label!r} in {body!r}")


async def test_report_filed_returned_resubmitted_adopted_with_points(env):
    """社情民意 on Matrix: the member files, staff return, the member resubmits, staff mark it
    adopted by the province; the member is told (through the outbox) and sees +4 in !duty."""
    from bot.features.duty import api as duty
    from bot.features.reports import get_report

    member, staff, bot = env.member, env.staff, env.bot.user_id
    env.assistant.gate.caps["member"] = 1000        # many steps within a minute (the door is tested elsewhere)
    room = await env.dm(member)

    async def step(person, where, text, expect):
        mark = person.mark()
        await person.say(where, text)
        return await person.wait_bot(where, bot, contains=expect, after=mark, timeout=60)

    await step(member, room, "!report", "第 1 步")
    await step(member, room, "关于" * 25, "超过了 40 字的上限")
    await step(member, room, "老旧小区加装电梯后维保费用无人承担", "第 2 步")
    await step(member, room, "基本情况：……原因分析：……意见建议：……", "第 3 步")
    await step(member, room, "民生保障", "第 4 步")
    await step(member, room, "东湖社区", "第 5 步")
    preview = await step(member, room, "完成", "第 6 步")
    body = preview["content"]["body"]
    done = await step(member, room, _number_of(body, "提交"), "回执编号")
    receipt = done["content"]["body"].split("回执编号 ")[1].split("。")[0]
    assert get_report(env.assistant.db, receipt)["author_chat_id"] == f"mx:{room}"

    staff_room = await env.dm(staff)
    listing = await step(staff, staff_room, "!review", "待审阅 1 篇")
    view = await step(staff, staff_room, _number_of(listing["content"]["body"], receipt), "经过")
    ask = await step(staff, staff_room, _number_of(view["content"]["body"], "退回"), "退回")
    assert receipt in ask["content"]["body"]
    mark = member.mark()
    await step(staff, staff_room, "请补充涉及的小区名称和户数。", "已记录")
    notice = await member.wait_bot(room, bot, contains="已退回修改", after=mark, timeout=60)
    assert "请补充涉及的小区名称和户数" in notice["content"]["body"]

    mine = await step(member, room, "!reports", receipt)
    preview = await step(member, room, _number_of(mine["content"]["body"], "修改"), "第 6 步")
    await step(member, room, _number_of(preview["content"]["body"], "提交"), "已重新提交")

    listing = await step(staff, staff_room, "!review", "待审阅 1 篇")
    view = await step(staff, staff_room, _number_of(listing["content"]["body"], receipt), "经过")
    mark = staff.mark()
    await staff.say(staff_room, _number_of(view["content"]["body"], "编发"))
    view = await staff.wait_bot(staff_room, bot, contains="省级", after=mark, timeout=60)
    mark = member.mark()
    await step(staff, staff_room, _number_of(view["content"]["body"], "省级"), "已被省级采用")
    notice = await member.wait_bot(room, bot, contains="已被省级采用", after=mark, timeout=60)
    assert receipt in notice["content"]["body"] and "本篇现计 4 分" in notice["content"]["body"]
    report = get_report(env.assistant.db, receipt)
    assert duty.summary(env.assistant.db, report["member_id"], report["year"]).total == 4
    shown = await step(member, room, "!duty", "积分合计")
    assert "社情民意信息采用：1 次，4 分" in shown["content"]["body"] and "积分合计：4 分" in shown["content"]["body"]


async def test_a_report_keeps_an_image_sent_as_m_image(env):
    """An m.image at the attachments step of /report is kept like a file (its name and MIME type
    from the event), downloaded from the homeserver."""
    member, bot = env.member, env.bot.user_id
    env.assistant.gate.caps["member"] = 1000
    room = await env.dm(member)

    async def step(text, expect):
        mark = member.mark()
        await member.say(room, text)
        return await member.wait_bot(room, bot, contains=expect, after=mark, timeout=60)

    await fill_report(step)
    data = b"\x89PNG\r\n\x1a\n a street lamp"
    mxc = await member.client.upload_media(data, mime_type="image/png", filename="路灯.png")
    mark = member.mark()
    await member.send(room, "m.room.message", {
        "msgtype": "m.image", "body": "路灯.png", "url": mxc,
        "info": {"size": len(data), "mimetype": "image/png", "w": 640, "h": 480}})
    await member.wait_bot(room, bot, contains="已添加附件“路灯.png”", after=mark, timeout=60)
    kept, stored = await submit_report_file(env, step)
    assert (kept["name"], kept["mime"], kept["size"]) == ("路灯.png", "image/png", len(data))
    assert stored == data
