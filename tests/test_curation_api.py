"""Curation's public API as the command line and the web desk call it (bot.features.curation),
the dialogs as declared states (they survive a restart), office suggestions found through the
knowledge base's own directory search, and the figures of bot.features.stats."""
from __future__ import annotations

from bot.kernel.messages import User
from tests.conftest import RecordingTransport
from tests.test_curation import ABSTAIN_ALWAYS, PARKING, PARKING_ANSWER, STAFF, env  # noqa: F401

CLERK = User("web:clerk", display_name="王秘书")


async def test_merge_two_items_and_answer_once(env):
    env.abstain(ABSTAIN_ALWAYS)
    # The same question in words the matching rule keeps apart (cosine 0.948, bench/curation_eval.py).
    await env.say(1, "政协委员出国考察要报哪个部门审批")
    await env.say(2, "委员出国考察需要找哪个部门批")
    await env.say(3, "年度履职报告什么时候交")
    items = {i["title"]: i for i in env.cur.open_items()}
    assert len(items) == 3, items
    who, where, when = (items[q]["id"] for q in ("政协委员出国考察要报哪个部门审批", "委员出国考察需要找哪个部门批",
                                                 "年度履职报告什么时候交"))
    assert env.cur.merge_items(where, where, CLERK) == "same"
    assert env.cur.merge_items(where, who, CLERK) == 2
    assert env.cur.item(where)["status"] == "merged" and env.cur.item(where)["merged_into"] == who
    assert env.cur.merge_items(where, when, CLERK) == "merged"             # closed: not merged twice
    view = env.cur.item_view(env.cur.item(who))
    assert view["questions"] == ["政协委员出国考察要报哪个部门审批", "委员出国考察需要找哪个部门批"]
    assert view["askers"] == 2 and view["sources"] == ["abstained"]
    assert {i["id"] for i in env.cur.open_items()} == {who, when}
    assert env.cur.queue_totals()["merged"] == 1
    entry_id, sent, failed = await env.cur.answer_item(who, CLERK, "由市政协办公室报外办审批（示例答复）。")
    assert (sent, failed) == (2, 0)
    assert "外办" in env.texts(1)[-1] and "外办" in env.texts(2)[-1]
    assert "外办" not in env.texts(3)[-1]
    assert env.cur.entry(entry_id)["author_name"] == "王秘书"
    assert [e["id"] for e in env.cur.entries()] == [entry_id]
    assert await env.cur.answer_item(who, CLERK, "again") == "answered"
    assert await env.cur.dismiss_item(99999, CLERK, "x") == "missing"


async def test_faq_edit_and_retire_through_the_api(env):
    from tests.test_curation import curate_parking

    entry_id = await curate_parking(env)
    assert env.cur.entry_counts() == {"active": 1, "retired": 0}
    assert env.cur.edit_question(entry_id, "全会期间能否在政协大院停车", CLERK)
    assert env.cur.display_question(entry_id) == "全会期间能否在政协大院停车"
    assert env.cur.edit_entry(entry_id, "请停在滨江停车场（示例答复）。", CLERK)
    assert env.cur.entry(entry_id)["updated_by_name"] == "王秘书"
    assert env.cur.retire_entry(entry_id, CLERK)
    assert not env.cur.retire_entry(entry_id, CLERK) and not env.cur.edit_entry(entry_id, "x", CLERK)
    assert env.cur.entry_counts() == {"active": 0, "retired": 1}
    assert [e["id"] for e in env.cur.entries("retired")] == [entry_id]


async def test_an_open_answer_dialog_survives_a_restart(env):
    from bot.app import build_assistant
    from bot.kernel.access import OpenAccess

    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, PARKING)
    item = env.cur.open_items()[0]
    await env.press(STAFF, f"cq:a:{item['id']}")
    assert "请发送对" in env.texts(STAFF)[-1]
    env.a.close()
    # The bot restarts: a new assistant on the same database, the staff member's next message.
    again = build_assistant(kb=env.a.kb, access=OpenAccess(staff={f"tg:{STAFF}": "staff"}))
    transport = RecordingTransport()
    transport.name = "telegram"
    again.attach_transport(transport)
    env.a, env.cur, env.rt = again, again.curation, transport
    await env.say(STAFF, PARKING_ANSWER)
    assert env.cur.item(item["id"])["status"] == "answered"
    assert PARKING_ANSWER in env.texts(1)[-1]
    assert again.dialogs.active(f"tg:{STAFF}", f"tg:{STAFF}") is None


async def test_dialog_asks_again_for_text_and_cancels(env):
    from bot.kernel.messages import Attachment, Chat, Incoming

    env.abstain(ABSTAIN_ALWAYS)
    await env.say(1, PARKING)
    item = env.cur.open_items()[0]
    await env.press(STAFF, f"cq:d:{item['id']}")
    staff = env.user(STAFF)
    async def fetch() -> bytes:
        return b"\xff\xd8"

    photo = Incoming("telegram", staff, Chat(staff.id, "private"), text="", message_id="p1",
                     attachment=Attachment(file_name="a.jpg", size=2, mime_type="image/jpeg", fetch=fetch))
    await env.a.handle(photo, env.rt)
    assert "请用文字发送" in env.texts(STAFF)[-1]
    assert env.a.dialogs.active(staff.id, staff.id).state == "dismiss"
    await env.say(STAFF, "/cancel")
    assert env.a.dialogs.active(staff.id, staff.id) is None
    await env.say(STAFF, "不是政协的事")                      # now an ordinary question, not a reason
    assert env.cur.item(item["id"])["status"] == "open"


def test_the_directory_is_found_by_its_structure_not_its_file_name(sample_kb, tmp_path):
    """A committee names its directory as it likes: office suggestions still find it (kb.directory)."""
    from bot.app import build_assistant
    from bot.kernel.access import OpenAccess
    from tests.conftest import SAMPLES

    sample_kb.remove("机关处室职责与联系方式.txt")
    renamed = tmp_path / "市政协机关通讯录.txt"
    _, _, body = (SAMPLES / "机关处室职责与联系方式.txt").read_text(encoding="utf-8").partition("\n")
    renamed.write_text("市政协机关通讯录\n" + body, encoding="utf-8")      # neither its name nor its title
    sample_kb.add_file(renamed)
    assistant = build_assistant(kb=sample_kb, access=OpenAccess())
    try:
        office = assistant.curation.office_for("提案系统登录密码忘了找谁重置")
        assert office is not None and "信息中心" in office[0] and "通讯录" in office[0], office
        assert assistant.curation.office_for("委员的停车证怎么办理") is None
        sample_kb.remove(renamed.name)
        assert assistant.curation.office_for("提案系统登录密码忘了找谁重置") is None
    finally:
        assistant.close()


async def test_stats_per_day_by_outcome_and_top_unanswered(env):
    from bot.features.stats import compute_stats, daily, document_titles, parse_period
    from tests.test_curation import _seed_log

    await _seed_log(env)
    env.abstain(ABSTAIN_ALWAYS)
    for uid in (8, 9):
        await env.say(uid, "委员证丢了怎么补办")
    tz = env.a.config.committee.timezone
    since, until = parse_period("7", tz)
    days = daily(env.a.db, since, until, tz)
    assert len(days) == 7
    today = days[-1]
    assert (today.answered, today.curated, today.abstained, today.up, today.down) == (2, 1, 3, 1, 1)
    s = compute_stats(env.a.db, since, until, tz, titles=document_titles(env.a.kb))
    assert [(u["title"], u["asks"]) for u in s.unanswered][:1] == [("委员证丢了怎么补办", 2)]
    assert all(not k.endswith((".md", ".html", ".txt")) for k, _ in s.top_docs), s.top_docs   # titles, not files
    assert sum(n for _, n in s.top_docs) == 2
