"""Reading follow-ups (bot.features.conversation.followup) and telling small talk from questions (bot.features.conversation.smalltalk)."""
from __future__ import annotations

import pytest

from bot.features.conversation.followup import Resolver, subject_of
from bot.features.conversation.smalltalk import classify, strip_greeting
from kb.language import Glossary


@pytest.fixture(scope="module")
def resolver():
    glossary = Glossary.load()
    return Resolver(lambda text: glossary.topic_terms(text))


@pytest.mark.parametrize("first, followup, kind, standalone", [
    ("社情民意怎么报", "那截止时间呢", "aspect", "社情民意截止时间"),
    ("提案委员会在哪个房间", "电话多少", "aspect", "提案委员会电话多少"),
    ("信息中心管什么", "电话是多少", "aspect", "信息中心电话是多少"),
    ("全会去不了怎么请假", "要提前几天", "aspect", "全会去不了请假要提前几天"),
    ("对信访处理意见不服可以申请复查吗", "那复核呢", "topic", "对信访处理意见不服可以申请复核"),
    ("全会请假找谁", "常委会呢", "topic", "常委会请假找谁"),
    ("提案最晚什么时候交", "社情民意呢", "topic", "社情民意最晚什么时候交"),
    ("考核合格要多少分", "那优秀呢", "topic", "考核优秀要多少分"),
    ("社情民意被省政协采用计几分", "全国政协呢", "topic", "社情民意被全国政协采用计几分"),
    ("提案交上去多久审查完", "那承办单位多久答复", "topic", "提案承办单位多久答复"),
    # Words that presuppose a subject, after a question that names no instrument or concept:
    # about what that question asked of (a new question before the forty-eighth round).
    ("全体会议请假要提前多久", "谁审批", "aspect", "全体会议请假谁审批"),
    # The old question's predicate is not kept when the fragment asks anew, nor a qualifier doubled.
    ("年度履职报告什么时候交", "在哪交", "aspect", "年度履职报告在哪交"),
    ("提案什么时候截止", "在哪交", "aspect", "提案在哪交"),
    ("全会请假找谁", "要提前几天", "aspect", "全会请假要提前几天"),
    # 提前 leads into the asking: the subject is 全会请假, not "全会请假要提前" ("全会请假要提前谁审批").
    ("全会请假要提前几天", "谁审批", "aspect", "全会请假谁审批"),
    ("优秀社情民意一年评几篇", "那优秀提案呢", "topic", "优秀提案一年评几篇"),
    # A question phrase goes whole, not its 几个 leaving a stray 人.
    ("联名提案最多几个人", "答复给谁", "aspect", "联名提案答复给谁"),
    # The subject is the words before the previous question asks, never a question with holes
    # punched in it ("北京居委会的办公用房由解决的面积有标准" before 1 Dec).
    ("北京居委会的办公用房由谁解决", "面积有标准吗", "aspect", "北京居委会的办公用房面积有标准"),
    ("提案委员会的办公地点在哪", "电话多少", "aspect", "提案委员会电话多少"),
    ("居委会一般多少户设一个", "几个人组成", "aspect", "居委会几个人组成"),
    # A qualifier that asks nothing of its own asks the previous question again, for it.
    ("信访事项多久要办结", "情况复杂的呢", "aspect", "情况复杂的信访事项多久要办结"),
    ("全国人大常委会委员几个人联名能提质询案", "县级呢", "aspect", "全国人大常委会委员几个人联名能提质询案，县级"),
    # A term of another family: asked of the previous subject, or after the whole previous
    # question when the fragment asks its own question.
    # Spliced into the previous question's words, this read "社情民意的标题一篇写多少字".
    ("社情民意一篇写多少字", "标题呢", "topic", "社情民意一篇写多少字，标题"),
    # A term that names what the previous question said in general words takes their place
    # ("请假的常委会会议没法参加会议怎么" before 2 Dec).
    ("没法参加会议怎么请假", "那常委会会议呢", "topic", "没法参加常委会会议怎么请假"),
    ("收到承办单位的提案答复后我需要做什么", "要是忘了评价会怎样", "topic",
     "收到承办单位的提案答复后我需要做什么，忘了评价会怎样"),
])
def test_elliptical_followups_are_resolved(resolver, first, followup, kind, standalone):
    r = resolver.resolve(followup, first)
    assert (r.kind, r.standalone) == (kind, standalone)
    assert r.shown == standalone


@pytest.mark.parametrize("first, question", [
    ("提案最晚什么时候交", "社情民意信息一篇写多少字"),
    ("提案怎么交", "请假找谁"),
    ("联名提案最多几个人", "全会去不了请假找谁要提前几天"),
    ("社情民意怎么报", "委员可以自己退出政协吗"),
])
def test_new_questions_are_not_merged(resolver, first, question):
    r = resolver.resolve(question, first)
    assert (r.kind, r.standalone, r.shown) == ("new", question, "")


@pytest.mark.parametrize("first, followup, standalone", [
    # The casual words give 谁批 (→ 审批) a procedure's kind and 找谁 a body's; before the
    # thirty-seventh round that made them subjects of their own, so "谁批" stood alone and was
    # answered from 《立法法》's 国务院审批.
    ("全会请假找谁", "谁批", "全会请假谁批"),
    ("紧急社情民意多久内要报", "找谁报", "紧急社情民意找谁报"),
    ("提案撰写辅导讲座什么时候办", "去不了咋办", "提案撰写辅导讲座去不了咋办"),
])
def test_an_aspect_word_is_never_a_subject(first, followup, standalone):
    from types import SimpleNamespace

    from bot.features.conversation.service import make_resolver
    from kb.config import load_config

    # As the bot reads: the glossary with config's vocabulary and the casual words' kinds.
    kb = SimpleNamespace(config=load_config(), glossary=Glossary.load())
    r = make_resolver(kb).resolve(followup, first)
    assert (r.kind, r.standalone) == ("aspect", standalone)


@pytest.mark.parametrize("question, subject, rest", [
    ("北京居委会的办公用房由谁解决", "北京居委会的办公用房", "解决"),
    ("上海人民建议可以通过哪些渠道提", "上海人民建议", "些渠道提"),
    ("在哪儿能看到自己的履职积分", "", "儿能看到自己的履职积分"),
    ("委员可以自己退出政协", "委员可以自己退出政协", ""),
])
def test_subject_of_a_question(question, subject, rest):
    assert subject_of(question) == (subject, rest)


def test_without_a_previous_question_nothing_is_merged(resolver):
    assert resolver.resolve("电话多少", None).kind == "new"


@pytest.mark.parametrize("text, kind", [
    ("你好", "greeting"), ("您好！", "greeting"), ("在吗", "greeting"), ("谢谢", "thanks"),
    ("好的，谢谢！", "thanks"), ("你是谁", "identity"), ("你能做什么？", "capability"), ("拜拜", "bye"),
    ("Hello!", "greeting"), ("thank you so much", "thanks"), ("Who are you?", "identity"),
    ("What can you do?", "capability"), ("bye", "bye"), ("你好，你能做什么", "capability"),
])
def test_small_talk(text, kind):
    assert classify(text) == kind


@pytest.mark.parametrize("text", ["你好，提案怎么交", "谢谢，那社情民意怎么报", "提案", "How do I submit a proposal?",
                                  "Hi, what is the deadline for proposals?", "👍", "？？", "好的提案怎么写"])
def test_questions_and_letterless_messages_are_not_small_talk(text):
    assert classify(text) is None


def test_greeting_is_dropped_before_searching():
    assert strip_greeting("你好，提案怎么交") == "提案怎么交"
    assert strip_greeting("Hi, what is the deadline?") == "what is the deadline?"
    assert strip_greeting("你好") == "你好"
