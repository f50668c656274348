"""Chat operations at core level (RecordingTransport): messages with no words, forwarded channel
posts, the staff queue by number (/answer N, /dismiss N) and what a dismissal tells the asker."""
from __future__ import annotations

import itertools
import time

import pytest

from bot.kernel.messages import Callback, Chat, Incoming, SentRef, User
from tests.conftest import RecordingTransport

STAFF = 900


class Env:
    def __init__(self, assistant, cur, transport):
        self.a, self.cur, self.rt = assistant, cur, transport
        self._ids = itertools.count(5000)

    def user(self, uid: int, lang: str = "zh") -> User:
        return User(f"tg:{uid}", display_name=f"用户{uid}", language=lang)

    async def say(self, uid: int, text: str, *, lang: str = "zh", **fields) -> None:
        user = self.user(uid, lang)
        msg = Incoming("telegram", user, Chat(user.id, "private"), text=text, message_id=str(next(self._ids)),
                       received_at=time.time(), **fields)
        if text.startswith("/"):
            head, _, args = text[1:].partition(" ")
            msg.command, msg.args = head, args
        await self.a.handle(msg, self.rt)

    async def press(self, uid: int, data: str, ref: SentRef | None = None) -> None:
        user = self.user(uid)
        cb = Callback(id=str(next(self._ids)), data=data, message=ref)
        await self.a.handle(Incoming("telegram", user, Chat(user.id, "private"), callback=cb), self.rt)

    def texts(self, uid: int) -> list[str]:
        return self.rt.texts(f"tg:{uid}")

    def questions(self) -> int:
        return self.a.db.execute("select count(*) from questions").fetchone()[0]


@pytest.fixture
def env(sample_kb):
    from bot.app import build_assistant
    from bot.features import curation
    from bot.kernel.access import OpenAccess

    assistant = build_assistant(kb=sample_kb, access=OpenAccess(staff={f"tg:{STAFF}": "staff"}))
    cur = curation.install(assistant)
    transport = RecordingTransport()
    transport.name = "telegram"
    assistant.attach_transport(transport)
    yield Env(assistant, cur, transport)
    assistant.close()


# ----- item: messages with no words -----

@pytest.mark.parametrize("text", ["\u200b\u200b\u200c", "👍👍🙂", "？？。。!!…", "\u200b🙏！", "🇨🇳", "～～～"])
async def test_messages_without_words_get_a_hint_and_are_not_queued(env, text):
    await env.say(1, text)
    [hint] = env.texts(1)
    assert "文字" in hint and "提案怎么提交" in hint
    assert env.questions() == 0 and env.cur.open_items() == []
    await env.say(2, text, lang="en")
    [hint_en] = env.texts(2)
    assert "in words" in hint_en
    assert env.questions() == 0 and env.cur.open_items() == []


async def test_a_question_with_emoji_is_still_a_question(env):
    await env.say(1, "🙂 提案怎么提交？🙏")
    assert env.questions() == 1


# ----- item: forwarded channel posts -----

CHANNEL = Chat("tg:-100777", "channel", "临江政协发布")


async def test_forwarded_channel_post_with_a_question_is_answered(env):
    await env.say(1, "请问提案最晚什么时候交？", forwarded_from_chat=CHANNEL)
    [reply] = env.texts(1)
    assert "《" in reply
    assert env.questions() == 1


async def test_forwarded_channel_post_without_text_says_why_not(env):
    await env.say(1, "", forwarded_from_chat=CHANNEL)
    [reply] = env.texts(1)
    assert "文字" in reply
    assert env.questions() == 0


async def test_forwarded_channel_post_from_staff_explains_it_is_not_a_question(env):
    await env.say(STAFF, "提案征集通知", forwarded_from_chat=CHANNEL)
    texts = env.texts(STAFF)
    assert texts and "不会当作提问" in texts[-1]
    assert env.questions() == 0


async def test_forwarded_post_in_a_group_is_ignored_unless_addressed(env):
    user = env.user(1)
    group = Chat("tg:-100200", "group", "委员群")
    await env.a.handle(Incoming("telegram", user, group, text="提案最晚什么时候交", message_id="1",
                                forwarded_from_chat=CHANNEL), env.rt)
    assert env.rt.texts("tg:-100200") == []


# ----- item: the queue by number (/answer N, /dismiss N, console buttons, CLI) -----

QUEUED = ["开会那几天政协大院能停车吗", "委员食堂周末开不开门", "政协大楼的无线网络密码是多少"]


async def queue_three(env) -> list[int]:
    """Three members ask three unanswerable questions; the open items' ids in asking order."""
    env.a.kb.set_abstain_threshold(0.99)
    for uid, text in enumerate(QUEUED, start=1):
        await env.say(uid, text)
    items = {i["title"]: i["id"] for i in env.cur.open_items()}
    return [items[q] for q in QUEUED]


async def test_answer_command_answers_the_numbered_item(env):
    ids = await queue_three(env)
    await env.say(STAFF, f"/answer {ids[1]} 食堂周末不开门（示例答复）。")
    assert env.cur.item(ids[1])["status"] == "answered"
    assert [env.cur.item(i)["status"] for i in (ids[0], ids[2])] == ["open", "open"]
    note = env.texts(2)[-1]
    assert "秘书处答复" in note and "食堂周末不开门" in note and QUEUED[1] in note
    assert not any("食堂" in x for x in env.texts(1) + env.texts(3))
    assert any(f"#{ids[1]}" not in x or "已通知 1 位" in x for x in env.texts(STAFF))
    await env.say(STAFF, "/answer")
    assert "/answer" in env.texts(STAFF)[-1]
    await env.say(STAFF, "/answer 99999 随便")
    assert "没有找到" in env.texts(STAFF)[-1]
    await env.say(STAFF, f"/dismiss {ids[0]} 停车信息以会议通知为准")
    assert env.cur.item(ids[0])["status"] == "dismissed" and env.cur.item(ids[2])["status"] == "open"
    await env.say(1, "/answer 1 x")                       # members may not
    assert "权限" in env.texts(1)[-1]


async def test_console_numbers_buttons_across_the_queue_listing(env):
    from io import StringIO

    from bot.transports.console import ConsoleTransport

    ids = await queue_three(env)
    out = StringIO()
    console = ConsoleTransport(out)
    env.a.access.staff[console.user.id] = "admin"        # as RosterAccess trusts the terminal
    env.a.attach_transport(console)
    await env.a.handle(console.incoming("/queue"), console)
    listing = out.getvalue()
    # Every listed item shows its own numbers: [:1] [:2] for the first, [:3] [:4] for the next ...
    assert "[:1]" in listing and "[:3]" in listing and "[:5]" in listing, listing
    shown = [int(m) for m in __import__("re").findall(r"#(\d+) ·", listing)]
    second = shown[1]
    press = console.incoming(":3")                       # the answer button of the second item
    assert press.callback.data == f"cq:a:{second}"
    await env.a.handle(press, console)
    await env.a.handle(console.incoming("这是第二条的答复（示例）。"), console)
    assert env.cur.item(second)["status"] == "answered"
    assert [env.cur.item(i)["status"] for i in shown if i != second] == ["open", "open"]


def test_cli_queue_list_answer_dismiss_through_the_outbox(sample_kb, tmp_path):
    """``ingest.py queue``: the same library code as chat; askers are notified through the
    outbox (the running bot delivers), and the CLI says at once when no bot is running."""
    import asyncio

    from click.testing import CliRunner

    from bot.app import build_assistant
    from bot.kernel.access import OpenAccess
    from bot.kernel.messages import esc
    from bot.kernel.texts import t
    from cli.main import cli

    assistant = build_assistant(kb=sample_kb, access=OpenAccess())
    transport = RecordingTransport()
    transport.name = "telegram"
    assistant.attach_transport(transport)
    env = Env(assistant, assistant.curation, transport)
    ids = asyncio.run(queue_three(env))
    assistant.close()
    cfg = str(tmp_path / "sample-kb" / "config.yaml")        # the sample_kb fixture's copy
    run = CliRunner().invoke

    r = run(cli, ["--config", cfg, "queue", "list"])
    assert r.exit_code == 0, r.output
    for item_id, question in zip(ids, QUEUED):
        assert f"#{item_id}" in r.output and question in r.output
    r = run(cli, ["--config", cfg, "queue", "answer", str(ids[2]), "无线网络密码在会议指南第3页（示例）。", "--by", "王秘书"])
    assert r.exit_code == 0, r.output
    assert "no bot is running" in r.output.lower() and "broadcast deliver" in r.output
    assert "Other members will see the question as" in r.output      # the masked display question
    db = sample_kb.db
    rows = list(db.query("select chat_id, html from outbox where state = 'pending'"))
    assert [r_["chat_id"] for r_ in rows] == ["tg:3"]
    entry = env.cur.entry(env.cur.item(ids[2])["entry_id"])
    expected = t("cur_notify", "zh", date=env.cur.date(entry["updated_at"]), question=esc(QUEUED[2]),
                 answer=esc("无线网络密码在会议指南第3页（示例）。"))
    assert rows[0]["html"] == expected                         # exactly what chat would send
    assert entry["author_name"] == "王秘书"
    r = run(cli, ["--config", cfg, "queue", "dismiss", str(ids[0]), "停车信息以会议通知为准"])
    assert r.exit_code == 0, r.output
    assert env.cur.item(ids[0])["status"] == "dismissed"
    r = run(cli, ["--config", cfg, "queue", "answer", str(ids[0]), "再答一次"])
    assert r.exit_code != 0 and "already" in r.output
    r = run(cli, ["--config", cfg, "queue", "answer", "99999", "x"])
    assert r.exit_code != 0 and "No queue item #99999" in r.output
    r = run(cli, ["--config", cfg, "queue", "list"])
    assert f"#{ids[1]}" in r.output and f"#{ids[0]}" not in r.output


# ----- item: a dismissal says the staff's reason, and an office only when it really matches -----

UNRELATED_TO_ANY_OFFICE = ["委员的停车证怎么办理", "开会那几天政协大院能停车吗", "今年全会委员统一住哪个酒店",
                           "委员食堂周末开不开门"]


def test_office_suggestion_needs_a_real_match(env):
    for question in UNRELATED_TO_ANY_OFFICE:
        assert env.cur.office_for(question) is None, question
    office = env.cur.office_for("提案系统登录密码忘了找谁重置")
    assert office is not None and "信息中心" in office[0]
    office = env.cur.office_for("社情民意信息被采用了怎么计分")
    assert office is not None and "社情民意信息工作室" in office[0]


async def test_dismissal_puts_the_staff_reason_first_without_an_unrelated_office(env):
    env.a.kb.set_abstain_threshold(0.99)
    await env.say(1, "我是东街的张三，委员的停车证怎么办理，这个问题比较长，请工作人员帮忙看看")
    await env.say(2, "停车证怎么办理")
    items = env.cur.open_items()
    for item in items:
        await env.say(STAFF, f"/dismiss {item['id']} 停车信息以会议通知为准")
    for uid in (1, 2):
        note = env.texts(uid)[-1]
        assert note.index("停车信息以会议通知为准") < 20, note        # the staff's reason leads
        assert "建议您联系" not in note and "信访" not in note and "社情民意" not in note, note
        assert env.a.config.committee.staff_contact in note           # the configured contact instead
    report = env.texts(STAFF)[-1]
    assert "信访" not in report and "社情民意" not in report


# ----- item: staff and the console are not throttled like a flood -----

async def test_staff_and_console_are_not_rate_limited(env):
    env.a.limiter.per_minute = 3
    for n in range(6):
        await env.say(STAFF, f"提案最晚什么时候交{'？' * n}")
    assert not [x for x in env.texts(STAFF) if "太快" in x]
    assert env.a.db.execute("select count(*) from questions where user_id = ?", [f"tg:{STAFF}"]).fetchone()[0] == 6
    console = User("console:local", "console")
    for n in range(6):
        await env.a.handle(Incoming("console", console, Chat("console:local", "private"),
                                    text=f"委员怎么请假{'？' * n}", received_at=time.time()), env.rt)
    assert not [x for x in env.rt.texts("console:local") if "太快" in x]
    for n in range(6):                                   # a member still is
        await env.say(1, f"提案最晚什么时候交{'？' * n}")
    assert len([x for x in env.texts(1) if "太快" in x]) == 1
