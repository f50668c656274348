"""Contact questions are answered from the passage that names the office and holds the field
(kb.contact), even when the verdict alone would decline a short question."""
from __future__ import annotations

from kb.contact import asked_fields, entry_name, match

ENTRY = ("（八）信息中心\n主要职责：负责提案系统的运行维护；为委员办理系统账号开通、密码重置等事项。\n"
         "办公地点：市政协机关大楼210室\n联系电话：0000-5550108\n电子邮箱：xinxi@example.org\n"
         "办公时间：按统一办公时间执行。")
OFFICE = ("（一）政协临江市委员会办公室\n主要职责：负责机关日常运转的综合协调；承办全体会议、常务委员会会议、"
          "主席会议的会务工作；负责公文处理、机要保密和档案管理；负责机关值班；负责群众来信来访的登记和转送工作。\n"
          "办公地点：市政协机关大楼301室\n联系电话：0000-5550101")
ROUTES = "4．提案系统或者履职平台登录不了、忘记密码：找信息中心（210室，0000-5550108）。"


def test_what_a_question_asks_for():
    assert asked_fields("信息中心的电话是多少") == ["phone"]
    assert asked_fields("提案委员会在几楼") == ["room"]
    assert asked_fields("信息中心的邮箱") == ["email"]
    assert asked_fields("周末有人吗") == ["hours"]
    assert asked_fields("信息中心管什么") == []
    assert asked_fields("能加微信吗") == []


def test_entry_name_drops_the_enumerator():
    assert entry_name(["二、各处室职责与联系方式", "（八）信息中心"], ENTRY) == "信息中心"
    assert entry_name([], ENTRY) == "信息中心"


def test_the_office_entry_answers_its_phone_email_and_room():
    assert match("信息中心的电话是多少", ["信息中心", "电话"], ["（八）信息中心"], ENTRY).field == "phone"
    assert match("信息中心的邮箱", ["信息中心", "邮箱"], [], ENTRY).field == "email"
    assert match("信息中心在哪个房间", ["信息中心", "房间"], [], ENTRY).field == "room"


def test_a_name_right_before_the_field_answers():
    found = match("忘记密码找谁，电话多少", ["忘记", "密码", "电话"], ["三、常见事项办理去向"], ROUTES)
    assert found is not None and found.field == "phone"


def test_another_entry_or_a_missing_field_does_not_answer():
    # 主席会议 is mentioned in the office's duties, far above its number: not 主席's phone.
    assert match("政协主席的电话多少", ["政协", "主席", "电话"], [], OFFICE) is None
    # The office is not the one asked about.
    assert match("提案委员会电话多少", ["提案委员会", "电话"], [], ENTRY) is None
    # The field asked for is not in the passage.
    assert match("办公室的邮箱", ["办公室", "邮箱"], [], OFFICE) is None
    # Nothing but the cue: whose phone is not said.
    assert match("电话多少", ["电话"], [], ENTRY) is None


def test_a_strict_verdict_still_answers_the_directory(sample_kb):
    """With a verdict that declines everything, the office's entry still answers its phone and
    room; an unrelated or unanswerable question is still declined."""
    from kb.abstention import AbstentionModel

    sample_kb.set_abstention_model(AbstentionModel.fallback(0.999))
    answer = sample_kb.ask("信息中心的电话是多少")
    assert not answer.abstained and answer.verdict == "answer"
    assert "0000-5550108" in answer.quote + answer.direct, (answer.quote, answer.direct)
    result = sample_kb.search_question("提案委员会在几楼")
    assert result.verdict == "answer" and result.contact_field == "room" and "405室" in result.hits[0].text
    for question in ("政协主席的电话多少", "有停车位吗", "信息中心管什么"):
        assert sample_kb.ask(question).abstained, question


def _hit(n: int, text: str, heading_path: list[str]):
    from kb.retriever import Hit

    return Hit(chunk_id=f"c{n}", doc_id=n, doc_key=f"d{n}", title=f"t{n}", citation=f"《t{n}》",
               text=text, heading_path=heading_path, article=None)


def test_the_passage_holding_the_asked_field_goes_first(sample_kb):
    """"信息中心电话多少" once got an article on the 信息中心's duties, with no number in it,
    above the directory entry: the entry now goes first. A top passage that answers stays."""
    from kb.contact import confirm_contact
    from kb.retriever import SearchResult

    duties = _hit(1, "第五条 信息中心负责提案系统的运行维护和委员账号管理。", [])
    entry = _hit(2, ENTRY, ["（八）信息中心"])
    result = SearchResult("信息中心电话多少", "信息中心电话多少", [duties, entry], 0.9, False, verdict="answer")
    found = confirm_contact(result, "信息中心电话多少", sample_kb.tokenizer)
    assert found is not None and found.field == "phone"
    assert [h.chunk_id for h in result.hits] == ["c2", "c1"] and result.contact_field == "phone"
    # Already first and answered: nothing changes.
    result = SearchResult("信息中心电话多少", "信息中心电话多少", [entry, duties], 0.9, False, verdict="answer")
    assert confirm_contact(result, "信息中心电话多少", sample_kb.tokenizer) is None
    assert [h.chunk_id for h in result.hits] == ["c2", "c1"]
    # No passage holds it: nothing changes.
    result = SearchResult("信息中心电话多少", "信息中心电话多少", [duties], 0.9, False, verdict="abstain")
    assert confirm_contact(result, "信息中心电话多少", sample_kb.tokenizer) is None
    assert result.verdict == "abstain"
