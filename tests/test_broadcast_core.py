"""Broadcasts at the core level: dialog, permissions, targets, audience, outbox worker
(faults, limits, crash recovery), scheduling, mute. Transport: a recording double that
injects the delivery errors a real transport raises."""
from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from collections import Counter, defaultdict

import pytest

import bot.features.broadcast as bc
from bot.kernel.access import OpenAccess
from bot.kernel.delivery import PermanentFailure, RetryLater, TemporaryFailure
from bot.kernel.messages import Attachment, Callback, Chat, Incoming, SentRef, User
from bot.features.outbox.service import Journal, OutboxWorker, SendLimiter, is_group_chat
from tests.conftest import RecordingTransport

STAFF = User("tg:1", "王秘书", language="zh-hans")
MEMBER = User("tg:2", "张委员", language="zh-hans")
FAST = {"broadcast": {"per_second": 2000, "per_group_per_minute": 20, "max_attempts": 3, "concurrency": 8}}


class FaultyTransport(RecordingTransport):
    """Records sends; ``faults[chat_id]`` lists exceptions to raise on the next sends there.
    A TemporaryFailure with maybe_delivered=True is raised *after* recording the message
    (the answer was lost, the message arrived), like a read timeout on a real network."""

    name = "telegram"
    info = dataclasses.replace(RecordingTransport.info, sends_files=True)   # has send_document

    def __init__(self, delay: float = 0.0):
        super().__init__()
        self.faults = defaultdict(list)
        self.attempts = Counter()
        self.delay = delay
        self.documents = []

    async def send(self, chat_id, message):
        self.attempts[chat_id] += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.faults[chat_id]:
            exc = self.faults[chat_id].pop(0)
            if getattr(exc, "maybe_delivered", False):
                await super().send(chat_id, message)
            raise exc
        return await super().send(chat_id, message)

    async def send_document(self, chat_id, data, file_name, caption_html=""):
        self.attempts[chat_id] += 1
        self.documents.append((chat_id, file_name, data, caption_html))
        self._n += 1
        return SentRef(chat_id, str(self._n))

    def count(self, chat_id, needle):
        return sum(1 for c, m in self.sent if c == chat_id and needle in m.plain)


def add_members(db, n, *, sector=lambda i: "经济界" if i % 2 else "教育界", district=lambda i: f"{'东西'[i % 2]}湖街道",
                start=100, verified=True, **extra):
    now = time.time()
    rows = [{"name": f"委员{i}", "mobile": f"139{i:08d}", "sector": sector(i), "district": district(i),
             "role": "member", "telegram_user_id": f"tg:{start + i}", "verified_at": now if verified else None,
             "muted": 0, "created_at": now, "updated_at": now, **extra} for i in range(n)]
    db["members"].insert_all(rows)
    return [r["telegram_user_id"] for r in rows]


@pytest.fixture
def setup(make_config):
    from bot.app import build_assistant
    from kb.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(make_config(bot=FAST))
    assistant = build_assistant(kb=kb, access=OpenAccess(staff={STAFF.id: "staff"}))
    service = bc.install(assistant)
    transport = FaultyTransport()
    yield assistant, service, transport
    assistant.close()


async def attach(assistant, transport):
    assistant.attach_transport(transport)      # starts the worker on this loop
    assert assistant.broadcast._task is not None


async def stop(service):
    await service.stop()


def incoming(user, text="", *, chat=None, command=None, args="", **kw):
    chat = chat or Chat(user.id, "private")
    if text.startswith("/") and command is None:
        command, _, args = text[1:].partition(" ")
        text = text
    return Incoming("telegram", user, chat, text=text, command=command, args=args, message_id="1", **kw)


def press(user, data, *, chat=None):
    chat = chat or Chat(user.id, "private")
    return Incoming("telegram", user, chat, callback=Callback("cb", data, SentRef(chat.id, "1")))


async def wait_until(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


def buttons(message):
    return [b.data for row in message.buttons for b in row if b.data]


def done(db, bid):
    return bc.get_broadcast(db, bid)["state"] == "done" and bc.get_broadcast(db, bid)["reported_at"]


# ----------------------------------------------------------------------------- dialog


async def test_dialog_text_audience_preview_confirm(setup):
    assistant, service, tr = setup
    members = add_members(assistant.db, 6)
    bc.register_target(assistant.db, "tg:-1001", kind="channel", title="委员之家")
    await attach(assistant, tr)
    ui = tr   # the staff member's chat goes through the same transport

    await assistant.handle(incoming(STAFF, "/broadcast"), ui)
    assert "通知正文" in ui.texts(STAFF.id)[-1]
    await assistant.handle(incoming(STAFF, "<b>全体会议</b>通知：12月1日上午9点 & 地点另行通知"), ui)
    menu = ui.sent[-1][1]
    assert "选择发送对象" in menu.plain and "bc:all" in buttons(menu) and "bc:t:1" in buttons(menu)

    await assistant.handle(press(STAFF, "bc:all"), ui)
    await assistant.handle(press(STAFF, "bc:t:1"), ui)
    edited = ui.edits[-1][1]
    assert "预计接收：7 个" in edited.plain
    await assistant.handle(press(STAFF, "bc:done"), ui)
    texts = ui.texts(STAFF.id)
    assert "全体会议通知：12月1日上午9点 & 地点另行通知" in texts[-2]          # the preview, formatted
    assert ui.sent[-2][1].html.startswith("<b>全体会议</b>")
    assert "接收方：7 个（群/频道 1，委员 6）" in texts[-1]
    assert not any(tr.count(m, "全体会议") for m in members)                   # nothing sent before confirm

    await assistant.handle(press(STAFF, "bc:now"), ui)
    assert "开始发送，共 7 个接收方" in ui.texts(STAFF.id)[-1]
    [b] = bc.list_broadcasts(assistant.db)
    await wait_until(lambda: done(assistant.db, b["id"]))
    for chat in members + ["tg:-1001"]:
        assert tr.count(chat, "全体会议") == 1
    report = ui.texts(STAFF.id)[-1]
    assert f"通知 #{b['id']} 已发送完毕" in report and "送达 7" in report and "用时" in report
    # a second press on the old confirm button sends nothing
    await assistant.handle(press(STAFF, "bc:now"), ui)
    assert len(bc.list_broadcasts(assistant.db)) == 1
    # audited with its author
    events = [json.loads(r["detail"]) for r in assistant.db.query("select * from events where kind = 'broadcast'")]
    assert events and events[0]["author"] == "王秘书"
    audit = list(assistant.db.query("select * from audit where action = 'broadcast'"))
    assert audit and audit[0]["actor"] == STAFF.id
    await stop(service)


async def test_sector_and_district_audience_and_document(setup):
    assistant, service, tr = setup
    add_members(assistant.db, 6)
    await attach(assistant, tr)
    await assistant.handle(incoming(STAFF, "/broadcast"), tr)

    async def fetch():
        return b"%PDF-1.4 agenda"

    doc = Attachment("议程.pdf", 15, "application/pdf", fetch)
    await assistant.handle(incoming(STAFF, "会议议程见附件", attachment=doc), tr)
    await assistant.handle(press(STAFF, "bc:sec"), tr)
    labels = [b.label for row in tr.edits[-1][1].buttons for b in row]
    assert "经济界 (3)" in labels and "教育界 (3)" in labels
    await assistant.handle(press(STAFF, f"bc:s:{labels.index('经济界 (3)')}"), tr)
    await assistant.handle(press(STAFF, "bc:back"), tr)
    await assistant.handle(press(STAFF, "bc:dis"), tr)
    names = [b.label for row in tr.edits[-1][1].buttons for b in row]
    idx = next(i for i, n in enumerate(names) if n.startswith("东湖街道"))
    await assistant.handle(press(STAFF, f"bc:d:{idx}"), tr)
    await assistant.handle(press(STAFF, "bc:done"), tr)
    assert "📎 附件：议程.pdf" in tr.texts(STAFF.id)[-2]
    await assistant.handle(press(STAFF, "bc:now"), tr)
    [b] = bc.list_broadcasts(assistant.db)
    # 经济界 = odd members (1, 3, 5), 东湖街道 = even members (0, 2, 4): everyone, once each
    assert b["recipients"] == 6
    await wait_until(lambda: done(assistant.db, b["id"]))
    assert Counter(c for c, *_ in tr.documents) == {f"tg:{100 + i}": 1 for i in range(6)}
    assert all(caption == "会议议程见附件" and name == "议程.pdf" for _, name, _, caption in tr.documents)
    await stop(service)


async def test_a_damaged_attachment_is_refused_and_not_attached(setup):
    """An attachment that arrives but does not check out (Matrix: an encrypted file whose SHA-256 does not
    match) is refused with a message saying so; the draft keeps its text and no file."""
    from bot.kernel.messages import AttachmentDamaged

    assistant, service, tr = setup
    await attach(assistant, tr)
    await assistant.handle(incoming(STAFF, "/broadcast"), tr)

    async def damaged():
        raise AttachmentDamaged("the encrypted attachment does not match its SHA-256 checksum")

    await assistant.handle(incoming(STAFF, "", attachment=Attachment("议程.pdf", 15, "application/pdf", damaged)), tr)
    assert "“议程.pdf”在传输中损坏或无法解密" in tr.texts(STAFF.id)[-1]
    await assistant.handle(incoming(STAFF, "会议议程稍后另发"), tr)
    draft = assistant.dialogs.data(STAFF.id, STAFF.id)
    assert draft["html"] == "会议议程稍后另发" and not draft["doc"]
    await stop(service)


async def test_only_staff(setup):
    assistant, service, tr = setup
    add_members(assistant.db, 2)
    for command in ("/broadcast", "/broadcasts", "/scheduled", "/channels", "/register @x"):
        await assistant.handle(incoming(MEMBER, command), tr)
        assert tr.texts(MEMBER.id)[-1] == "抱歉，您没有使用这个功能的权限。", command
    group = Chat("tg:-100555", "group", "某群")
    await assistant.handle(incoming(MEMBER, "/register", chat=group), tr)
    assert bc.targets(assistant.db) == []
    # buttons are checked too, even with a staff member's draft in progress
    await assistant.handle(incoming(STAFF, "/broadcast"), tr)
    await assistant.handle(incoming(STAFF, "通知"), tr)
    await assistant.handle(press(MEMBER, "bc:now", chat=Chat(STAFF.id, "private")), tr)
    assert bc.list_broadcasts(assistant.db) == []
    assert tr.callbacks[-1][1] == "抱歉，您没有使用这个功能的权限。"
    refused = list(assistant.db.query("select * from events where kind = 'refused'"))
    assert len(refused) >= 6


async def test_register_list_unregister(setup):
    assistant, service, tr = setup
    group = Chat("tg:-100777", "group", "经济界委员群")
    await assistant.handle(incoming(STAFF, "/register", chat=group), tr)
    assert "已登记“经济界委员群”" in tr.texts(group.id)[-1]
    await assistant.handle(incoming(STAFF, "/register", chat=group), tr)
    assert "早已登记" in tr.texts(group.id)[-1]
    # a channel: /register in private, then forward one of its posts
    await assistant.handle(incoming(STAFF, "/register"), tr)
    assert "转发" in tr.texts(STAFF.id)[-1]
    channel = Chat("tg:-100888", "channel", "临江政协发布")
    await assistant.handle(incoming(STAFF, "某条频道消息", forwarded_from_chat=channel), tr)
    assert "已登记“临江政协发布”" in tr.texts(STAFF.id)[-1]
    # or by @name
    await assistant.handle(incoming(STAFF, "/register @linjiang_news"), tr)
    kinds = {x["chat_id"]: x["kind"] for x in bc.targets(assistant.db)}
    assert kinds == {"tg:-100777": "group", "tg:-100888": "channel", "tg:@linjiang_news": "channel"}

    await assistant.handle(incoming(STAFF, "/channels"), tr)
    listing = tr.sent[-1][1]
    assert "经济界委员群" in listing.plain and "临江政协发布" in listing.plain and len(listing.buttons) == 3
    await assistant.handle(press(STAFF, "bc:u:2"), tr)
    assert "已移除“临江政协发布”" in tr.texts(STAFF.id)[-1]
    await assistant.handle(incoming(STAFF, "/unregister", chat=group), tr)
    assert "已移除“经济界委员群”" in tr.texts(group.id)[-1]
    assert [x["chat_id"] for x in bc.targets(assistant.db)] == ["tg:@linjiang_news"]
    actions = [r["action"] for r in assistant.db.query("select action from audit order by id")]
    assert actions.count("broadcast_target_added") == 3 and actions.count("broadcast_target_removed") == 2


async def test_english_staff_get_english(setup):
    assistant, service, tr = setup
    staff = User("tg:1", "Ann", language="en")
    await assistant.handle(incoming(staff, "/broadcast"), tr)
    assert tr.texts()[-1].startswith("Send the text of the announcement")
    await assistant.handle(incoming(staff, "Hello"), tr)
    assert "Choose the audience" in tr.texts()[-1]


# ----------------------------------------------------------------------------- delivery


async def test_faults_retries_and_permanent_failures(setup):
    assistant, service, tr = setup
    members = add_members(assistant.db, 40)
    bc.register_target(assistant.db, "tg:-1001", kind="channel", title="频道A")
    tr.faults[members[0]] = [RetryLater(0.3), RetryLater(0.2)]
    tr.faults[members[1]] = [TemporaryFailure("502 Bad Gateway"), TemporaryFailure("httpx.ConnectError")]
    tr.faults[members[2]] = [PermanentFailure("blocked")]
    tr.faults[members[3]] = [PermanentFailure("chat_not_found")]
    tr.faults[members[4]] = [TemporaryFailure("ReadTimeout", maybe_delivered=True)]
    tr.faults[members[5]] = [TemporaryFailure("500")] * 5          # more than max_attempts (3)
    tr.faults["tg:-1001"] = [PermanentFailure("left_chat")]
    author = bc.Author(STAFF.id, "王秘书", STAFF.id, "zh")
    bid = bc.create_broadcast(assistant.db, html="提案截止日期为11月30日", audience=["members", "channels"], author=author)
    t0 = time.monotonic()
    await attach(assistant, tr)
    await wait_until(lambda: done(assistant.db, bid))
    assert time.monotonic() - t0 >= 0.5                                   # retry_after honoured
    counts = {m: tr.count(m, "提案截止") for m in members}
    assert counts[members[2]] == counts[members[3]] == counts[members[5]] == 0
    assert tr.attempts[members[2]] == tr.attempts[members[3]] == 1       # permanent: not retried
    assert tr.attempts[members[5]] == 3                                  # gave up after max_attempts
    assert tr.attempts[members[4]] == 1 and counts[members[4]] == 1      # lost answer: not resent
    assert all(n == 1 for m, n in counts.items() if m not in (members[2], members[3], members[5]))
    s = bc.summary(assistant.db, bid)
    assert s == {"total": 41, "sent": 36, "failed": 4, "unconfirmed": 1, "pending": 0, "cancelled": 0,
                 "reasons": {"blocked": 1, "chat_not_found": 1, "temporary": 1, "left": 1}, "duplicate_risk": 0}
    report = tr.texts(STAFF.id)[-1]
    assert "送达 36" in report and "未确认 1" in report and "失败 4" in report
    assert "已屏蔽机器人 1" in report and "找不到会话 1" in report and "已退出或被移出群 1" in report
    await assistant.handle(press(STAFF, f"bc:i:{bid}"), tr)
    details = tr.texts(STAFF.id)[-1]
    assert "委员2：已屏蔽机器人" in details and "频道A：已退出或被移出群" in details and "❔ 委员4" in details
    # staff may decide to resend the unconfirmed one
    await assistant.handle(press(STAFF, f"bc:r:{bid}"), tr)
    await wait_until(lambda: done(assistant.db, bid) and tr.count(members[4], "提案截止") == 2)
    await stop(service)


async def test_multi_part_order_and_permanent_failure_skips_rest(setup):
    assistant, service, tr = setup
    members = add_members(assistant.db, 3)
    long_text = "。".join(f"第{i}条 委员应当按时参加会议并认真履行职责" for i in range(400)) + "。"
    tr.faults[members[1]] = [RetryLater(0.2)]
    tr.faults[members[2]] = [PermanentFailure("blocked")]
    bid = bc.create_broadcast(assistant.db, html=bc.esc(long_text), audience=["members"],
                              author=bc.Author("cli:staff", "staff"))
    n_parts = assistant.db.execute("select count(*) from broadcast_parts where broadcast_id = ?", [bid]).fetchone()[0]
    assert n_parts >= 3
    await attach(assistant, tr)
    await wait_until(lambda: bc.get_broadcast(assistant.db, bid)["state"] == "done")
    for m in members[:2]:
        got = [msg.plain for c, msg in tr.sent if c == m]
        assert len(got) == n_parts and "".join(got).replace("\n", "").startswith("第0条")
        assert got[0].startswith("第0条") and got[-1].endswith("第399条 委员应当按时参加会议并认真履行职责。")
    assert tr.attempts[members[2]] == 1
    assert bc.summary(assistant.db, bid)["failed"] == 1
    await stop(service)


async def test_group_limit_and_rate(make_config):
    """Per-group minute window and the overall token bucket (fake clock, no waiting)."""
    now = [0.0]
    lim = SendLimiter(per_second=25, per_group_per_minute=20, clock=lambda: now[0])
    group = "tg:-100123"
    for _ in range(20):
        assert lim.chat_delay(group) == 0
        lim.take(group)
        now[0] += 0.04
    assert lim.chat_delay(group) == pytest.approx(60 - 0.8, abs=1e-6)
    assert lim.chat_delay("tg:42") == 0                 # private chats: no minute window
    now[0] = 60.0
    assert lim.chat_delay(group) == 0
    # the bucket: after a take, the next send waits 1/rate
    lim2 = SendLimiter(per_second=25, per_group_per_minute=20, burst=1.0, clock=lambda: now[0])
    lim2.take("tg:1")
    assert lim2.global_delay() == pytest.approx(0.04)
    lim2.pause_all(2.0)
    assert lim2.global_delay() == pytest.approx(2.0)
    assert is_group_chat("tg:-1001") and is_group_chat("tg:@chan") and not is_group_chat("tg:42")
    assert not is_group_chat("mx:@alice:example.org") and is_group_chat("mx:!room:example.org")


async def test_overall_rate_is_respected(make_config):
    """A real worker at per_second=50 sends 60 messages in about 1.2 s, never faster."""
    from bot.features import open_bot_db as open_db

    config = make_config(bot={"broadcast": {"per_second": 50, "concurrency": 8}})
    db = open_db(config.db_path)
    add_members(db, 60)
    tr = FaultyTransport()
    stamps = []
    orig = tr.send

    async def send(chat_id, message):
        stamps.append(time.monotonic())
        return await orig(chat_id, message)

    tr.send = send
    from bot.settings import load_bot_settings

    settings = load_bot_settings(config).broadcast
    bid = bc.create_broadcast(db, html="x", audience=["members"], author=bc.Author("cli:a"))
    worker = OutboxWorker(db, settings, lambda c: tr, journal_path=config.data_dir / "j")
    await worker.run(until_idle=True)
    assert bc.summary(db, bid)["sent"] == 60
    span = stamps[-1] - stamps[0]
    # Never faster than the rate (the property); the upper bound only catches a stuck limiter
    # (a loaded machine slows the sends, it must not fail the test).
    assert 59 / 50 * 0.9 <= span <= 30
    assert max(sum(1 for s in stamps if a <= s < a + 1.0) for a in stamps) <= 51


async def test_crash_recovery_from_journal(make_config):
    """Rows a dead worker left in 'sending': written ones -> unconfirmed, others -> sent again."""
    from bot.features import open_bot_db as open_db
    from bot.settings import load_bot_settings

    config = make_config(bot=FAST)
    db = open_db(config.db_path)
    members = add_members(db, 5)
    bid = bc.create_broadcast(db, html="恢复测试", audience=["members"], author=bc.Author("cli:a"))
    rows = [r[0] for r in db.execute("select id from outbox order by id").fetchall()]
    # A previous worker (pid 999999, dead) claimed rows 0-2; 0 was answered, 1 written, 2 not written.
    db.execute("update outbox set state = 'sent', claims = 1 where id = ?", [rows[0]])
    db.execute("update outbox set state = 'sending', claims = 1 where id in (?, ?)", [rows[1], rows[2]])
    db.execute("insert into outbox_lease values ('outbox', 'dead', ?, 999999, ?)",
               [__import__("socket").gethostname(), time.time()])
    journal = Journal(config.data_dir / "outbox.journal")
    journal.open()
    journal.record(rows[1], 1)
    journal.close()
    tr = FaultyTransport()
    worker = OutboxWorker(db, load_bot_settings(config).broadcast, lambda c: tr,
                          journal_path=config.data_dir / "outbox.journal")
    stats = await worker.run(until_idle=True, wait_for_lease=False)
    assert stats["recovered_unconfirmed"] == 1 and stats["recovered_resend"] == 1
    assert sorted(c for c, _ in tr.sent) == [members[2], members[3], members[4]]
    states = dict(db.execute("select id, state from outbox").fetchall())
    assert states[rows[1]] == "unconfirmed" and states[rows[2]] == "sent"
    assert bc.get_broadcast(db, bid)["state"] == "done"
    assert journal.entries() == set()


async def test_lease_excludes_a_second_worker(make_config):
    from bot.features import open_bot_db as open_db
    from bot.features.outbox.service import LeaseHeld
    from bot.settings import load_bot_settings

    config = make_config(bot=FAST)
    db = open_db(config.db_path)
    settings = load_bot_settings(config).broadcast
    tr = FaultyTransport()
    first = OutboxWorker(db, settings, lambda c: tr, journal_path=config.data_dir / "j")
    task = asyncio.create_task(first.run())
    await wait_until(lambda: first.running)
    second = OutboxWorker(db, settings, lambda c: tr, journal_path=config.data_dir / "j")
    with pytest.raises(LeaseHeld):
        await second.run(until_idle=True, wait_for_lease=False)
    first.stop()
    await task
    await second.run(until_idle=True, wait_for_lease=False)      # released: now it may


# ----------------------------------------------------------------------------- scheduling


async def test_schedule_fires_and_cancelled_does_not(setup):
    assistant, service, tr = setup
    members = add_members(assistant.db, 3)
    clock = [time.time()]
    service.clock = lambda: clock[0]
    await attach(assistant, tr)

    await assistant.handle(incoming(STAFF, "/broadcast"), tr)
    await assistant.handle(incoming(STAFF, "明天上午全体会议"), tr)
    await assistant.handle(press(STAFF, "bc:all"), tr)
    await assistant.handle(press(STAFF, "bc:done"), tr)
    await assistant.handle(press(STAFF, "bc:sched"), tr)
    assert "Asia/Shanghai" in tr.texts(STAFF.id)[-1]
    await assistant.handle(incoming(STAFF, "下周找个时间"), tr)       # not understood: asked again
    assert "看不懂" in tr.texts(STAFF.id)[-1]
    await assistant.handle(incoming(STAFF, "2020-01-01 09:00"), tr)
    assert "已经过去" in tr.texts(STAFF.id)[-1]
    when = bc.format_when(clock[0] + 3600, "Asia/Shanghai")
    await assistant.handle(incoming(STAFF, when), tr)
    assert when in tr.texts(STAFF.id)[-1]
    await assistant.handle(press(STAFF, "bc:ok"), tr)
    assert "将于" in tr.texts(STAFF.id)[-1]

    # a second one, to be cancelled
    author = bc.Author(STAFF.id, "王秘书", STAFF.id, "zh")
    other = bc.create_broadcast(assistant.db, html="取消的通知", audience=["members"], author=author,
                                scheduled_at=clock[0] + 1800)
    await assistant.handle(incoming(STAFF, "/scheduled"), tr)
    listing = tr.sent[-1][1]
    assert "定时待发" in listing.plain and f"bc:c:{other}" in buttons(listing)
    await assistant.handle(press(STAFF, f"bc:c:{other}"), tr)
    assert f"通知 #{other} 已取消" in tr.texts(STAFF.id)[-1]

    await asyncio.sleep(0.3)
    assert not any(tr.count(m, "全体会议") for m in members)     # not yet
    first = bc.list_broadcasts(assistant.db, states=("scheduled",))[0]["id"]
    clock[0] += 3601                                               # time passes
    service.wake()
    await wait_until(lambda: done(assistant.db, first))
    assert all(tr.count(m, "明天上午全体会议") == 1 for m in members)
    assert not any(tr.count(m, "取消的通知") for m in members)
    assert bc.get_broadcast(assistant.db, other)["state"] == "cancelled"
    cancelled = list(assistant.db.query("select * from audit where action = 'broadcast_cancelled'"))
    assert cancelled[0]["actor"] == STAFF.id
    await stop(service)


async def test_scheduled_in_real_time(setup):
    """Without a fake clock: a broadcast due 1 s ahead goes out on its own."""
    assistant, service, tr = setup
    members = add_members(assistant.db, 2)
    await attach(assistant, tr)
    stamps = []
    orig = tr.send

    async def send(chat_id, message):
        stamps.append(time.time())
        return await orig(chat_id, message)

    tr.send = send
    due = time.time() + 1.0
    bid = bc.create_broadcast(assistant.db, html="一秒后", audience=["members"], author=bc.Author("cli:a"),
                              scheduled_at=due)
    await wait_until(lambda: bc.get_broadcast(assistant.db, bid)["state"] == "done")
    assert [c for c, _ in tr.sent] == members
    assert min(stamps) >= due                      # not before its time (no sleep-and-look)
    await stop(service)


def test_parse_when():
    tz = "Asia/Shanghai"
    now = bc.parse_when("2026-11-25 10:00", tz)
    assert bc.format_when(now, tz) == "2026-11-25 10:00"
    assert bc.parse_when("2026/12/01 9:00", tz) == bc.parse_when("2026-12-01 09:00", tz)
    assert bc.parse_when("2026年12月1日 9:00", tz) == bc.parse_when("2026-12-01 09:00", tz)
    assert bc.parse_when("2026年12月1日9点", tz) == bc.parse_when("2026-12-01 09:00", tz)
    assert bc.format_when(bc.parse_when("明天 9:30", tz, now=now), tz) == "2026-11-26 09:30"
    assert bc.format_when(bc.parse_when("tomorrow 9:30", tz, now=now), tz) == "2026-11-26 09:30"
    assert bc.format_when(bc.parse_when("15:00", tz, now=now), tz) == "2026-11-25 15:00"
    assert bc.format_when(bc.parse_when("12-01 08:00", tz, now=now), tz) == "2026-12-01 08:00"
    # the committee's zone, not the server's: 09:00 in Shanghai is 01:00 UTC
    import datetime as dt

    assert dt.datetime.fromtimestamp(bc.parse_when("2026-12-01 09:00", tz), dt.timezone.utc).hour == 1
    for bad in ("soon", "2026-13-01 09:00", "25:00"):
        with pytest.raises(ValueError):
            bc.parse_when(bad, tz)


# ----------------------------------------------------------------------------- mute, content


async def test_mute_and_unmute(setup):
    assistant, service, tr = setup
    members = add_members(assistant.db, 3)
    bc.register_target(assistant.db, "tg:-1001", kind="channel", title="频道")
    muted_user = User(members[0], "委员0")
    await assistant.handle(incoming(muted_user, "/mute"), tr)
    assert "已关闭通知推送" in tr.texts(members[0])[-1]
    await assistant.handle(incoming(User("tg:999", "路人"), "/mute"), tr)
    assert "不在委员名册" in tr.texts("tg:999")[-1]
    audience = bc.resolve_audience(assistant.db, ["members", "channels"])
    assert [r.chat_id for r in audience.recipients] == ["tg:-1001"] + members[1:] and audience.muted == 1
    await assistant.handle(incoming(STAFF, "/broadcast"), tr)
    await assistant.handle(incoming(STAFF, "静音测试"), tr)
    await assistant.handle(press(STAFF, "bc:all"), tr)
    await assistant.handle(press(STAFF, "bc:done"), tr)
    assert "另有 1 位委员已关闭通知" in tr.texts(STAFF.id)[-1]
    await assistant.handle(incoming(muted_user, "/unmute"), tr)
    assert "已恢复" in tr.texts(members[0])[-1]
    assert len(bc.resolve_audience(assistant.db, ["members"]).recipients) == 3


def test_sanitize_and_parts():
    assert bc.sanitize_html("<b>会议</b> & <i>议程</i>") == "<b>会议</b> &amp; <i>议程</i>"
    assert bc.sanitize_html('<a href="https://x.cn/?a=1&b=2">链接</a>') == '<a href="https://x.cn/?a=1&amp;b=2">链接</a>'
    assert bc.sanitize_html("a<b and c>d") == "a&lt;b and c&gt;d"
    assert bc.sanitize_html("<b>未闭合") == "&lt;b&gt;未闭合"
    assert bc.sanitize_html("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    assert bc.prepare_parts("短", "a.pdf") == [("document", "短")]
    long_plain = bc.esc("很长的正文。" * 700)
    parts = bc.prepare_parts(long_plain, "a.pdf")
    assert [k for k, _ in parts][-1] == "document" and len(parts) >= 3
    with pytest.raises(bc.BroadcastError):
        bc.prepare_parts("<b>" + "长" * 4000 + "</b>", None)
    with pytest.raises(bc.BroadcastError):
        bc.prepare_parts("", None)


def test_audience_is_read_defensively_without_roster(tmp_path):
    """Before the roster exists, 'members' is simply empty."""
    import sqlite_utils

    db = sqlite_utils.Database(tmp_path / "x.db")
    bc.broadcast_migrations.apply(db)
    assert bc.resolve_audience(db, ["members", "sector:经济界"]).recipients == []
    assert bc.groups_of(db, "sector") == []
    with pytest.raises(bc.BroadcastError):
        bc.normalize_audience(["everyone"])
    assert bc.normalize_audience(["all", "channels,sector:经济界", "界别:教育界"]) == [
        "members", "channels", "sector:经济界", "sector:教育界"]


# ----------------------------------------------------------------------------- CLI


def test_cli_send_list_status_cancel(tmp_path, shared_cache):
    from click.testing import CliRunner

    from cli.broadcast import broadcast
    from cli.main import cli
    from kb.config import load_config
    from bot.features import open_bot_db as open_db
    from tests.conftest import write_config

    if "broadcast" not in cli.commands:
        cli.add_command(broadcast)
    cfg = str(write_config(tmp_path, cache_dir=str(shared_cache), bot=FAST))
    db = open_db(load_config(cfg).db_path)
    add_members(db, 6)
    run = CliRunner().invoke

    r = run(cli, ["--config", cfg, "broadcast", "register", "@linjiang_news", "--title", "临江政协发布"])
    assert r.exit_code == 0 and "Registered" in r.output
    r = run(cli, ["--config", cfg, "broadcast", "targets"])
    assert "tg:@linjiang_news" in r.output
    r = run(cli, ["--config", cfg, "broadcast", "send", "--to", "sector:经济界,channels", "--text", "界别活动通知", "--yes"])
    assert r.exit_code == 0, r.output
    assert "Recipients: 4 (1 channels/groups, 3 members)" in r.output and "Broadcast #1 written" in r.output
    assert db.execute("select count(*) from outbox where batch_id = 1").fetchone()[0] == 4
    r = run(cli, ["--config", cfg, "broadcast", "send", "--to", "sector:不存在", "--text", "x", "--yes"])
    assert r.exit_code != 0 and "Nothing matches: sector:不存在" in r.output
    r = run(cli, ["--config", cfg, "broadcast", "send", "--to", "all", "--text", "稍后", "--at", "2099-01-01 09:00"],
            input="y\n")
    assert r.exit_code == 0 and "scheduled for 2099-01-01 09:00" in r.output, r.output
    r = run(cli, ["--config", cfg, "broadcast", "list"])
    assert "#2" in r.output and "scheduled" in r.output and "0/4 delivered" in r.output
    r = run(cli, ["--config", cfg, "broadcast", "cancel", "2", "--by", "li"])
    assert "cancelled (was scheduled" in r.output
    r = run(cli, ["--config", cfg, "broadcast", "status", "1"])
    assert "Announcement #1 sending" in r.output and "pending 4" in r.output
    audit = list(db.query("select actor, action from audit where action like 'broadcast%' order by id"))
    assert ("cli:li", "broadcast_cancelled") in [(a["actor"], a["action"]) for a in audit]


async def test_forwarded_channel_post_offers_registration_with_roster_access(make_config):
    """With the roster's access policy, staff may just forward a channel post: the bot offers
    to register the channel; members forwarding posts get no offer (their post is a question)."""
    from bot.app import build_assistant
    from bot.features.roster import RosterAccess
    from kb.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(make_config(bot=FAST))
    assistant = build_assistant(kb=kb, access=RosterAccess("members"))
    bc.install(assistant)
    add_members(assistant.db, 1, start=2)                                        # tg:2, a member
    add_members(assistant.db, 1, start=1, role="staff", name="王秘书", mobile="13700000001")
    tr = FaultyTransport()
    channel = Chat("tg:-100999", "channel", "临江政协")
    await assistant.handle(incoming(MEMBER, "转发", forwarded_from_chat=channel), tr)
    assert not [x for x in tr.texts(MEMBER.id) if "登记" in x]      # members' posts are questions
    await assistant.handle(incoming(STAFF, "转发", forwarded_from_chat=channel), tr)
    offer = next(m for c, m in tr.sent if c == STAFF.id and buttons(m))
    assert "要把“临江政协”登记为通知对象吗" in offer.plain and buttons(offer) == ["bc:reg"]
    await assistant.handle(press(MEMBER, "bc:reg"), tr)                          # not staff
    assert bc.targets(assistant.db) == []
    await assistant.handle(press(STAFF, "bc:reg"), tr)
    assert [x["chat_id"] for x in bc.targets(assistant.db)] == ["tg:-100999"]
    assistant.close()


async def test_rows_for_an_unconnected_network_wait(make_config):
    """A member reachable only on Matrix while Matrix is not connected: the row waits
    (no failure counted) and a --deliver style run does not hang on it."""
    from bot.features import open_bot_db as open_db
    from bot.settings import load_bot_settings

    config = make_config(bot=FAST)
    db = open_db(config.db_path)
    add_members(db, 2)
    now = time.time()
    db["members"].insert({"name": "马委员", "mobile": "13600000000", "role": "member", "matrix_id": "@ma:example.org",
                          "verified_at": now, "muted": 0, "created_at": now, "updated_at": now})
    bid = bc.create_broadcast(db, html="两个网络", audience=["members"], author=bc.Author("cli:a"))
    tr = FaultyTransport()
    worker = OutboxWorker(db, load_bot_settings(config).broadcast, lambda c: tr if c.startswith("tg:") else None,
                          journal_path=config.data_dir / "j")
    await asyncio.wait_for(worker.run(until_idle=True), timeout=60)
    assert len(tr.sent) == 2
    row = db.execute("select state, failures, error, next_at from outbox where chat_id = 'mx:@ma:example.org'").fetchone()
    assert row[0] == "pending" and row[1] == 0 and row[2] == "no_transport" and row[3] > time.time() + 20
    assert bc.summary(db, bid)["pending"] == 1
