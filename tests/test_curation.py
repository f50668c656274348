"""The staff loop (bot.features.curation) at core level, through RecordingTransport.

Abstention is forced per test (``abstain_below``) so that the scenarios do not
depend on where the project's abstention threshold is tuned.
"""
from __future__ import annotations

import csv
import itertools
import time

import pytest

from bot.kernel.messages import Callback, Chat, Incoming, SentRef, User
from tests.conftest import RecordingTransport

STAFF = 900
PARKING = "开会那几天政协大院能停车吗"
PARKING_OTHER_WORDS = "开会那几天，政协大院可以停车吗"
PARKING_ANSWER = "全体会议期间政协大院不对外停车，请乘坐大会统一安排的接驳车（示例答复）。"

ABSTAIN_ALWAYS = 0.99
ABSTAIN_NEVER = 0.0


class Env:
    def __init__(self, assistant, cur, transport):
        self.a, self.cur, self.rt = assistant, cur, transport
        self._ids = itertools.count(5000)

    def abstain(self, threshold: float) -> None:
        self.a.kb.set_abstain_threshold(threshold)

    def user(self, uid: int, lang: str = "zh") -> User:
        return User(f"tg:{uid}", display_name=f"用户{uid}", language=lang)

    async def say(self, uid: int, text: str, *, reply_to: str | None = None, lang: str = "zh") -> None:
        user = self.user(uid, lang)
        msg = Incoming("telegram", user, Chat(user.id, "private"), text=text, message_id=str(next(self._ids)),
                       reply_to_message_id=reply_to, reply_to_bot=reply_to is not None, received_at=time.time())
        if text.startswith("/"):
            head, _, args = text[1:].partition(" ")
            msg.command, msg.args = head, args
        await self.a.handle(msg, self.rt)

    async def press(self, uid: int, data: str, ref: SentRef | None = None, lang: str = "zh") -> None:
        user = self.user(uid, lang)
        cb = Callback(id=str(next(self._ids)), data=data, message=ref)
        await self.a.handle(Incoming("telegram", user, Chat(user.id, "private"), callback=cb), self.rt)

    def sent_to(self, uid: int) -> list[tuple[SentRef, object]]:
        """(ref, OutMessage) of every message sent to the user's private chat; RecordingTransport numbers from 1."""
        chat = f"tg:{uid}"
        return [(SentRef(c, str(n)), m) for n, (c, m) in enumerate(self.rt.sent, 1) if c == chat]

    def texts(self, uid: int) -> list[str]:
        return [m.plain for _, m in self.sent_to(uid)]

    def last(self, uid: int):
        return self.sent_to(uid)[-1]

    def button(self, uid: int, prefix: str) -> str:
        """The data of the last button sent to ``uid`` starting with ``prefix``."""
        for _, m in reversed(self.sent_to(uid)):
            for row in m.buttons:
                for b in row:
                    if b.data and b.data.startswith(prefix):
                        return b.data
        raise AssertionError(f"no {prefix} button sent to {uid}")

    def question(self, qid: int) -> dict:
        return next(self.a.db.query("select * from questions where id = ?", [qid]))

    def last_question(self, uid: int) -> dict:
        return next(self.a.db.query("select * from questions where user_id = ? order by id desc limit 1",
                                    [f"tg:{uid}"]))

    async def queue_item_ref(self, item_id: int) -> SentRef:
        """Run /queue as staff and return the message showing ``item_id``."""
        await self.say(STAFF, "/queue")
        for ref, m in reversed(self.sent_to(STAFF)):
            if m.plain.startswith(f"#{item_id} "):
                return ref
        raise AssertionError(f"item #{item_id} not shown: {self.texts(STAFF)[-3:]}")


@pytest.fixture
def env(sample_kb):
    from bot.app import build_assistant
    from bot.features import curation
    from bot.kernel.access import OpenAccess

    assistant = build_assistant(kb=sample_kb, access=OpenAccess(staff={f"tg:{STAFF}": "staff"}))
    cur = curation.install(assistant)
    transport = RecordingTransport()
    transport.name = "telegram"            # transport_for("tg:...") finds it for notifications
    assistant.attach_transport(transport)
    yield Env(assistant, cur, transport)
    assistant.close()


def open_items(env) -> list[dict]:
    return env.cur.open_items()


async def curate_parking(env) -> int:
    """Member 1 asks the parking question, staff answer it by replying to the queue item: the entry id."""
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, PARKING)
    item = open_items(env)[0]
    ref = await env.queue_item_ref(item["id"])
    await env.say(STAFF, PARKING_ANSWER, reply_to=ref.message_id)
    return env.cur.item(item["id"])["entry_id"]


# ----- the loop -----

async def test_unanswered_question_reaches_staff_and_answer_reaches_members(env):
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, PARKING)
    q1 = env.last_question(1)
    assert q1["status"] == "abstained"
    assert any("转给市政协工作人员" in x for x in env.texts(1)), env.texts(1)
    items = open_items(env)
    assert len(items) == 1 and items[0]["asks"] == 1 and items[0]["title"] == PARKING

    # Staff see it in /queue with the answer and dismiss buttons, and answer by replying.
    ref = await env.queue_item_ref(items[0]["id"])
    shown = dict(env.sent_to(STAFF))[ref]
    assert PARKING in shown.plain and "未找到答案" in shown.plain
    assert {b.data for row in shown.buttons for b in row} >= {f"cq:a:{items[0]['id']}", f"cq:d:{items[0]['id']}"}
    await env.say(STAFF, PARKING_ANSWER, reply_to=ref.message_id)

    item = env.cur.item(items[0]["id"])
    assert item["status"] == "answered" and item["entry_id"]
    entry = env.cur.entry(item["entry_id"])
    assert entry["answer"] == PARKING_ANSWER and entry["author_name"] == f"用户{STAFF}"
    assert env.cur.variants(entry["id"]) == [PARKING]
    assert any(f"常见问题 #{entry['id']}" in x and "已通知 1 位" in x for x in env.texts(STAFF)), env.texts(STAFF)

    # The asker gets the answer in their private chat, marked as from the secretariat.
    note = env.texts(1)[-1]
    assert "秘书处答复" in note and PARKING in note and PARKING_ANSWER in note
    assert env.a.db.execute("select notified_at from curation_asks").fetchone()[0]

    # Another member asks the same in other words: the curated answer, labelled and dated, no search.
    await env.say(2, PARKING_OTHER_WORDS)
    reply = env.texts(2)[-1]
    today = time.strftime("%Y-%m-%d", time.localtime())
    assert "秘书处答复" in reply and PARKING_ANSWER in reply and PARKING in reply
    assert today[:4] in reply
    q2 = env.last_question(2)
    assert q2["status"] == "curated" and q2["doc_key"] == f"curated:{entry['id']}"
    assert q2["reply_message_id"]
    assert env.cur.entry(entry["id"])["served"] == 1
    assert len(open_items(env)) == 0

    # An English-speaking member gets the English label.
    await env.say(3, PARKING_OTHER_WORDS, lang="en")
    assert "Answer from the secretariat" in env.texts(3)[-1]


async def test_answer_button_opens_a_dialog(env):
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, PARKING)
    item = open_items(env)[0]
    await env.queue_item_ref(item["id"])
    await env.press(STAFF, f"cq:a:{item['id']}")
    assert "请发送对" in env.texts(STAFF)[-1]
    assert env.a.dialogs.active(f"tg:{STAFF}", f"tg:{STAFF}").state == "answer"
    await env.say(STAFF, PARKING_ANSWER)
    assert env.cur.item(item["id"])["status"] == "answered"
    assert PARKING_ANSWER in env.texts(1)[-1]


async def test_members_cannot_use_staff_functions(env):
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, PARKING)
    item = open_items(env)[0]
    await env.say(2, "/queue")
    assert "没有使用这个功能的权限" in env.texts(2)[-1]
    await env.press(2, f"cq:a:{item['id']}")
    assert env.a.dialogs.active("tg:2", "tg:2") is None
    assert env.cur.item(item["id"])["status"] == "open"


async def test_long_staff_answer_by_reply(env):
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, PARKING)
    item = open_items(env)[0]
    ref = await env.queue_item_ref(item["id"])
    long_answer = PARKING_ANSWER * 20
    assert len(long_answer) > env.a.settings.max_question_chars
    await env.say(STAFF, long_answer, reply_to=ref.message_id)
    assert env.cur.entry(env.cur.item(item["id"])["entry_id"])["answer"] == long_answer


# ----- what enters the queue, and how it is grouped -----

async def test_thumbs_down_enters_the_queue(env):
    env.abstain(ABSTAIN_NEVER)
    await env.say(1, "提案最晚什么时候交")
    q = env.last_question(1)
    assert q["status"] == "answered"
    await env.press(1, f"fb:down:{q['id']}")
    await env.press(1, f"fb:down:{q['id']}")          # twice: still one ask
    items = open_items(env)
    assert len(items) == 1 and items[0]["asks"] == 1
    ask = env.cur.asks_of(items[0]["id"])[0]
    assert ask["source"] == "downvoted" and ask["question_id"] == q["id"] and ask["citation"] == q["citation"]
    await env.queue_item_ref(items[0]["id"])
    shown = env.texts(STAFF)[-1]
    assert "👎" in shown and q["citation"] in shown


async def test_near_duplicates_grouped_and_most_asked_first(env):
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, "提案系统登录密码忘了找谁重置")
    await env.say(2, "委员证丢了怎么补办")
    await env.say(3, "委员证丢了咋补办")
    await env.say(4, "委员证丢了，怎么补办？")
    items = open_items(env)
    assert [(i["title"], i["asks"]) for i in items] == [("委员证丢了怎么补办", 3), ("提案系统登录密码忘了找谁重置", 1)]
    await env.say(STAFF, "/queue")
    texts = env.texts(STAFF)
    assert "待答复问题 2 个" in texts[-3] and "共 4 人次" in texts[-3]
    assert texts[-2].startswith(f"#{items[0]['id']} ") and "3 人次" in texts[-2]
    assert texts[-1].startswith(f"#{items[1]['id']} ")

    # Answering the group notifies every asker once.
    ref = await env.queue_item_ref(items[0]["id"])
    await env.say(STAFF, "请到委员工作室（208室）填写补办申请（示例答复）。", reply_to=ref.message_id)
    for uid in (2, 3, 4):
        assert "208室" in env.texts(uid)[-1]
    assert "208室" not in env.texts(1)[-1]
    assert len(env.cur.variants(env.cur.item(items[0]["id"])["entry_id"])) == 3


async def test_different_questions_on_the_same_topic_stay_apart(env):
    from bot.features.curation.matching import compatible, focus

    assert focus("年度履职报告交给谁") == "place" and focus("年度履职报告什么时候交") == "when"
    assert not compatible(focus("年度履职报告交给谁"), focus("年度履职报告什么时候交"))
    assert focus(PARKING) == "yesno"          # "那几天" is not "how many days"
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, "年度履职报告交给谁")
    await env.say(2, "年度履职报告什么时候交")
    assert len(open_items(env)) == 2


# ----- dismissing -----

async def test_dismissed_item_points_askers_to_the_right_office(env):
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, "提案系统登录密码忘了找谁重置")
    item = open_items(env)[0]
    ref = await env.queue_item_ref(item["id"])
    await env.press(STAFF, f"cq:d:{item['id']}", ref)
    assert "理由" in env.texts(STAFF)[-1]
    assert env.button(STAFF, "cq:dn:") == f"cq:dn:{item['id']}"
    await env.say(STAFF, "密码重置由信息中心办理，不在知识库范围内")
    row = env.cur.item(item["id"])
    assert row["status"] == "dismissed" and row["reason"] == "密码重置由信息中心办理，不在知识库范围内"
    note = env.texts(1)[-1]
    assert "秘书处回复：密码重置由信息中心办理" in note
    assert "信息中心" in note and "0000-5550108" in note and "机关处室职责与联系方式" in note
    assert "已不予答复" in env.texts(STAFF)[-1] and "信息中心" in env.texts(STAFF)[-1]
    # Closed items are not answered twice.
    await env.say(STAFF, "再答一次", reply_to=ref.message_id)
    assert "已经处理过了" in env.texts(STAFF)[-1]


async def test_dismiss_with_preset_reason_and_fallback_contact(env):
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, "今年全会委员统一住哪个酒店")
    item = open_items(env)[0]
    await env.press(STAFF, f"cq:d:{item['id']}")
    await env.press(STAFF, f"cq:dn:{item['id']}")
    assert env.a.dialogs.active(f"tg:{STAFF}", f"tg:{STAFF}") is None
    assert env.cur.item(item["id"])["status"] == "dismissed"
    note = env.texts(1)[-1]
    assert "不属于政协工作范围" in note
    # The directory has no passage about hotels: the configured staff contact instead.
    assert env.a.config.committee.staff_contact in note


async def test_dismiss_command(env):
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, "我家小区噪音扰民怎么投诉")
    item = open_items(env)[0]
    await env.say(STAFF, f"/dismiss {item['id']} 此事不属于政协工作范围")
    assert env.cur.item(item["id"])["status"] == "dismissed"
    assert "不属于政协工作范围" in env.texts(1)[-1]


# ----- curated entries -----

async def test_retired_entry_is_never_served(env):
    entry_id = await curate_parking(env)
    await env.say(STAFF, "/faq")
    ref, shown = env.last(STAFF)
    assert PARKING_ANSWER in shown.plain and f"#{entry_id}" in shown.plain
    await env.press(STAFF, f"cq:r:{entry_id}", ref)
    assert env.cur.entry(entry_id)["status"] == "retired"
    assert env.rt.edits and "已停用" in env.rt.edits[-1][1].plain

    await env.say(2, PARKING_OTHER_WORDS)
    assert PARKING_ANSWER not in env.texts(2)[-1]
    assert env.last_question(2)["status"] == "abstained"
    await env.say(2, PARKING)                    # not even the very words it was written for
    assert all(PARKING_ANSWER not in x for x in env.texts(2))
    await env.say(STAFF, "/faq")
    assert "还没有常见问题" in env.texts(STAFF)[-1]


async def test_edit_entry_by_dialog_and_by_reply(env):
    entry_id = await curate_parking(env)
    await env.say(STAFF, "/faq")
    ref, _ = env.last(STAFF)
    await env.press(STAFF, f"cq:e:{entry_id}", ref)
    await env.say(STAFF, "会议期间请停在滨江停车场（示例答复，已更新）。")
    assert "已更新" in env.texts(STAFF)[-1]
    await env.say(2, PARKING_OTHER_WORDS)
    assert "滨江停车场" in env.texts(2)[-1]

    await env.say(STAFF, "/faq")
    ref, _ = env.last(STAFF)
    await env.say(STAFF, "会议期间请停在体育馆停车场（示例答复）。", reply_to=ref.message_id)
    assert "体育馆停车场" in env.cur.entry(entry_id)["answer"]


async def test_search_documents_button_bypasses_curated_answer(env):
    entry_id = await curate_parking(env)
    await env.say(2, PARKING_OTHER_WORDS)
    curated_q = env.last_question(2)
    assert curated_q["status"] == "curated"
    await env.press(2, env.button(2, "cq:kb:"))
    again = env.last_question(2)
    assert again["id"] != curated_q["id"] and again["status"] == "abstained"
    # It abstained, so it is back in the queue, where staff see it may be the same as the entry.
    items = open_items(env)
    assert len(items) == 1
    await env.queue_item_ref(items[0]["id"])
    assert f"可能与常见问题 #{entry_id} 相同" in env.texts(STAFF)[-1]
    await env.press(STAFF, f"cq:j:{items[0]['id']}:{entry_id}")
    assert env.cur.item(items[0]["id"])["status"] == "answered"
    assert PARKING_ANSWER in env.texts(2)[-1]


async def test_thumbs_up_on_curated_answer_adds_the_wording(env):
    entry_id = await curate_parking(env)
    await env.say(2, "全会期间政协大院能不能停车")
    q = env.last_question(2)
    assert q["status"] == "curated"
    await env.press(2, f"fb:up:{q['id']}")
    assert env.cur.variants(entry_id) == [PARKING, "全会期间政协大院能不能停车"]
    # A wording that adds nothing new (cosine >= 0.99 to a variant) is not stored.
    await env.say(4, "开会那几天政协大院能停车吗？")
    await env.press(4, f"fb:up:{env.last_question(4)['id']}")
    assert len(env.cur.variants(entry_id)) == 2
    # 👎 on a curated answer sends it back to staff, noting the entry.
    await env.say(3, PARKING_OTHER_WORDS)
    q3 = env.last_question(3)
    await env.press(3, f"fb:down:{q3['id']}")
    ask = env.a.db.execute("select source, entry_id from curation_asks where question_id = ?", [q3["id"]]).fetchone()
    assert tuple(ask) == ("downvoted", entry_id)


# ----- statistics and export -----

async def _seed_log(env):
    """2 answered (one 👍, one 👎), 1 abstained, 1 curated."""
    entry_id = await curate_parking(env)             # member 1: abstained
    env.abstain(ABSTAIN_NEVER)
    await env.say(5, "提案最晚什么时候交")
    await env.press(5, f"fb:up:{env.last_question(5)['id']}")
    await env.say(6, "社情民意一篇写多少字合适")
    await env.press(6, f"fb:down:{env.last_question(6)['id']}")
    await env.say(7, PARKING_OTHER_WORDS)            # curated
    assert env.last_question(7)["status"] == "curated"
    return entry_id


async def test_stats_command(env):
    await _seed_log(env)
    from bot.features.stats import compute_stats, parse_period

    since, until = parse_period("", env.a.config.committee.timezone)
    s = compute_stats(env.a.db, since, until, env.a.config.committee.timezone)
    assert (s.total, s.answered, s.abstained, s.curated, s.up, s.down) == (4, 2, 1, 1, 1, 1)
    assert s.answer_rate == 0.75 and s.open_items == 1 and s.open_asks == 1 and s.entries == 1
    assert sum(n for _, n in s.per_day) == 4 and len(s.per_day) == 30
    docs = dict(s.top_docs)
    assert sum(docs.values()) == 2
    assert any("提案征集" in k or "履职手册" in k for k in docs), docs

    await env.say(STAFF, "/stats")
    text = env.texts(STAFF)[-1]
    assert "提问 4 个" in text and "文件答复 2" in text and "秘书处答复 1" in text and "未找到答案 1" in text
    assert "答复率 75%" in text and "👍 1 / 👎 1" in text and "待答复问题 1 个" in text
    await env.say(STAFF, "/stats 7")
    assert "提问 4 个" in env.texts(STAFF)[-1]
    await env.say(STAFF, "/stats 2020-01-01 2020-01-31")
    assert "提问 0 个" in env.texts(STAFF)[-1]
    await env.say(1, "/stats")
    assert "没有使用这个功能的权限" in env.texts(1)[-1]


async def test_csv_export_has_no_phones_unless_asked(env, tmp_path):
    from click.testing import CliRunner

    from cli import main as ingest
    from cli.stats import stats

    await _seed_log(env)
    phone = "13812345678"
    env.a.kb.set_abstain_threshold(ABSTAIN_NEVER)
    await env.say(5, f"我的手机{phone}收不到提案系统的验证码")
    env.a.db["members"].insert({"name": "王委员", "mobile": "13900001111", "sector": "经济界", "district": "滨江区",
                                "role": "member", "telegram_user_id": "tg:5", "matrix_id": None}, alter=True)
    if "stats" not in ingest.cli.commands:
        ingest.cli.add_command(stats)
    config_file = str(env.a.config.source)
    runner = CliRunner()
    out = tmp_path / "log.csv"
    result = runner.invoke(ingest.cli, ["--config", config_file, "stats", "--csv", str(out)])
    assert result.exit_code == 0, result.output
    assert "Answer rate" in result.output and "no phone numbers" in result.output
    raw = out.read_text(encoding="utf-8-sig")
    assert phone not in raw and "13900001111" not in raw and "138****5678" in raw
    rows = list(csv.DictReader(raw.splitlines()))
    assert "mobile" not in rows[0]
    assert len(rows) == 5
    by_status = {r["status"] for r in rows}
    assert by_status == {"answered", "abstained", "curated"}
    mine = [r for r in rows if r["user_id"] == "tg:5"]
    assert mine[0]["member_name"] == "王委员" and mine[0]["sector"] == "经济界"
    assert [r["queue_status"] for r in rows if r["user_id"] == "tg:1"] == ["answered"]

    result = runner.invoke(ingest.cli, ["--config", config_file, "stats", "--csv", str(out), "--with-phones"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert {r["mobile"] for r in rows if r["user_id"] == "tg:5"} == {"13900001111"}
    assert any(phone in r["question"] for r in rows)

    # A period without questions.
    result = runner.invoke(ingest.cli, ["--config", config_file, "stats", "--csv", str(out),
                                        "--since", "2020-01-01", "--until", "2020-01-31"])
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))) == 0


def test_matching_rule():
    from bot.features.curation.matching import same_question

    assert same_question(0.97, 0.0)
    assert same_question(0.94, 0.6)
    assert not same_question(0.94, 0.3)
    assert not same_question(0.99, 1.0, focus_ok=False)


# ----- privacy: one member's words never reach another member -----

PRIVATE_QUESTION = "我是东街的张三，身份证号110101199001011234，手机13912345678，委员的停车证怎么办理"
PARKING_PERMIT = "委员的停车证怎么办理"
PERMIT_ANSWER = "委员停车证由机关事务处统一办理，请携带委员证到208室申领（示例答复）。"


def _assert_no_personal_data(text: str) -> None:
    for secret in ("张三", "110101", "9001011234", "13912345678", "1391234"):
        assert secret not in text, (secret, text)


async def test_curated_answer_never_shows_another_members_words(env):
    env.a.db["members"].insert({"name": "张三", "mobile": "13912345678", "role": "member",
                                "telegram_user_id": "tg:1", "muted": 0}, alter=True)
    env.abstain(ABSTAIN_NEVER)
    await env.say(1, PRIVATE_QUESTION)
    q = env.last_question(1)
    await env.press(1, f"fb:down:{q['id']}")
    item = open_items(env)[0]
    ref = await env.queue_item_ref(item["id"])
    # Staff see the member's own words (they are staff) ...
    assert "13912345678" in dict(env.sent_to(STAFF))[ref].plain
    await env.say(STAFF, PERMIT_ANSWER, reply_to=ref.message_id)
    entry_id = env.cur.item(item["id"])["entry_id"]
    # ... and are told which (masked) question other members will see, and how to change it.
    confirmation = env.texts(STAFF)[-1]
    assert "其他委员看到的问题" in confirmation and "东街的张*" in confirmation
    _assert_no_personal_data(confirmation)
    assert env.cur.entry(entry_id)["question"] == env.cur.display_question(entry_id)
    # The asker's notification quotes their own words (to them only).
    assert "13912345678" in env.texts(1)[-1]

    # Member C asks the same thing: the curated answer, headed by the masked question.
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(3, PRIVATE_QUESTION.replace("张三", "李四").replace("13912345678", "13800001111"))
    await env.say(2, PRIVATE_QUESTION)
    reply = env.texts(2)[-1]
    assert PERMIT_ANSWER in reply and "这条答复针对的问题" in reply, reply
    _assert_no_personal_data(reply)

    # Staff rewrite the displayed question from /faq; members then see the staff's words.
    await env.say(STAFF, "/faq")
    faq_ref, shown = env.last(STAFF)
    assert any(b.data == f"cq:q:{entry_id}" for row in shown.buttons for b in row)
    await env.press(STAFF, f"cq:q:{entry_id}", faq_ref)
    assert "东街的张*" in env.texts(STAFF)[-1]
    await env.say(STAFF, PARKING_PERMIT)
    assert "已更新" in env.texts(STAFF)[-1]
    assert env.cur.entry(entry_id)["question"] == PARKING_PERMIT
    await env.say(4, PRIVATE_QUESTION)
    reply = env.texts(4)[-1]
    assert f"「{PARKING_PERMIT}」" in reply and PERMIT_ANSWER in reply, reply


def test_masking_covers_every_format():
    from bot.kernel.privacy import mask_personal

    cases = ["+8613812345678", "008613812345678", "8613812345678", "138 1234 5678", "138-1234-5678",
             "１３８１２３４５６７８", "+86 138 1234 5678", "0571-88886666", "(0571)88886666", "010 12345678",
             "110101199001011234", "11010119900101123X", "11010119900101123x", "zhang.san@example.com"]
    for raw in cases:
        masked = mask_personal(f"我的号码{raw}请回电", names=[])
        digits = "".join(ch for ch in masked if ch.isdigit())
        assert "***" in masked, (raw, masked)
        assert len(digits) <= 8, (raw, masked)          # never enough left to call or identify
        assert "zhang.san" not in masked
    assert mask_personal("我是张三，东街李小明的问题", names=["张三", "李小明", "王"]) == "我是张*，东街李**的问题"
    # Ordinary numbers in a question stay readable.
    for text in ("2026年第3次全会几点开始", "提案第12号怎么办", "会议在208室"):
        assert mask_personal(text, names=[]) == text


# ----- staff views stay out of groups -----

@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_staff_views_in_a_group_ask_for_a_private_chat(env, lang):
    await curate_parking(env)
    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, "我的手机13912345678收不到提案系统的验证码")
    group = Chat("tg:-100777", "group", "委员群")
    user = env.user(STAFF, lang)
    for command in ("queue", "stats", "faq", "broadcasts", "docs", "channels", "scheduled"):
        await env.a.handle(Incoming("telegram", user, group, text=f"/{command}", message_id=str(next(env._ids)),
                                    command=command, received_at=time.time()), env.rt)
    replies = env.rt.texts(group.id)
    assert len(replies) == 7, replies
    expected = "请私聊我" if lang == "zh" else "message me privately"
    assert all(expected in r for r in replies), replies
    assert not any("13912345678" in r or PARKING in r or "统计" in r or "Statistics" in r for r in replies)
    # In the private chat the views still work.
    await env.say(STAFF, "/queue", lang=lang)
    assert any("13912345678" in x for x in env.texts(STAFF))
