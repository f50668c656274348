"""Reading a possible follow-up several ways and choosing by the knowledge base's verdict
(bot.features.conversation.readings, bot.features.conversation.choice)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.features.conversation.choice import Scored, alternative, choose, margin_for, margin_of, resolve, settled
from bot.features.conversation.followup import Resolver
from bot.features.conversation.readings import Reading, as_shown, is_fragment, readings
from kb.language import Glossary


@pytest.fixture(scope="module")
def resolver():
    glossary = Glossary.load()
    return Resolver(lambda text: glossary.topic_terms(text))


def kinds(rs):
    return [r.kind for r in rs]


def test_a_rule_followup_is_read_three_ways_the_rule_first(resolver):
    rs = readings(resolver, "面积有标准吗", "北京居委会的办公用房由谁解决")
    assert kinds(rs) == ["rule", "topic", "context"]
    assert rs[0].text == "北京居委会的办公用房面积有标准" and rs[0].rule_kind == "aspect"
    assert rs[1].text == "北京 居委会 面积有标准"
    assert rs[2].text == "北京居委会的办公用房由谁解决，面积有标准"


def test_a_reading_the_same_as_another_is_searched_once(resolver):
    # The previous topic's words + the message read as the rule's own reading ("社情民意截止时间"):
    # searched once, under the rule's name.
    rs = readings(resolver, "那截止时间呢", "社情民意怎么报")
    assert kinds(rs) == ["rule", "context"]
    assert [r.text for r in rs] == ["社情民意截止时间", "社情民意怎么报，截止时间"]


def test_the_fragment_alone_is_not_offered_when_the_rule_reads_a_followup(resolver):
    # Read alone, "电话多少" matches some office's phone confidently: the wrong one.
    assert "typed" not in kinds(readings(resolver, "电话多少", "提案委员会在哪个房间"))


def test_a_fragment_the_rule_reads_as_new_keeps_its_words_first(resolver):
    # "常委几个人" names a subject of its own: read as typed first, with the previous question as
    # fallbacks.
    rs = readings(resolver, "常委几个人", "全会请假找谁")
    assert kinds(rs) == ["typed", "topic", "context"]
    assert rs[0].text == "常委几个人"
    assert rs[2].text == "全会请假找谁，常委几个人"


def test_a_long_message_the_rule_merges_is_also_read_as_typed_last(resolver):
    # The glossary lacks 学习和文史委员会, so the rule reads no topic and merges a question of its
    # own into the previous one; the message as typed is read too, after the rule's readings.
    rs = readings(resolver, "学习和文史那个委员会电话多少", "提案正文最多写多少字")
    assert kinds(rs)[0] == "rule" and kinds(rs)[-1] == "typed"
    assert rs[-1].text == "学习和文史那个委员会电话多少"
    # A short fragment still is not: read alone, it matches some passage confidently.
    assert "typed" not in kinds(readings(resolver, "多少人到场才能开", "地方人代会一年至少开几次"))


@pytest.mark.parametrize("first, question", [
    ("联名提案最多几个人", "全体会议去不了要怎么请假找谁批准"),  # long: a question of its own
    ("社情民意怎么报", "政协委员可以自己主动退出政协组织吗"),
])
def test_questions_of_their_own_are_read_only_as_typed(resolver, first, question):
    assert readings(resolver, question, first) == [Reading("typed", question, "new")]


@pytest.mark.parametrize("first, question", [
    ("联名提案最多几个人", "社情民意一篇写多少字"),        # names its own subject
    ("河池民盟第三次代表大会在哪开的", "常委几个人"),       # names one, and is still elliptical
])
def test_a_fragment_naming_a_subject_is_read_as_typed_first_with_the_others_behind(resolver, first, question):
    rs = readings(resolver, question, first)
    assert rs[0] == Reading("typed", question, "new")
    assert rs[-1].kind == "context" and rs[-1].text == f"{first}，{question}"


@pytest.mark.parametrize("first, question", [
    ("上海市人大代表提的建议 承办单位几个月内要答复", "上面说的那个期限能延长吗 最多多久"),  # long
    ("市政协聘的特约信息员也能报社情民意吗", "他们的分算不算履职积分"),             # names 履职积分
    ("全体会议请假要提前几天", "这个请假单交给谁啊"),
    ("信访事项一般多少天办结", "要是对处理意见还是不服的话下一步该找谁"),          # 的话: if so, then…
    ("村委会一届干几年", "能连任不"),                                              # yes/no, casually
    ("提案委员会在哪个办公室", "周末有人没？"),
])
def test_a_message_that_points_back_is_read_with_the_previous_question_first(resolver, first, question):
    rs = readings(resolver, question, first)
    assert kinds(rs) == ["context", "typed"]
    assert rs[0].text.startswith(first.replace(" ", "")[:4]) and rs[1].text == question


def test_a_casual_yes_no_question_of_its_own_is_not_rewritten(resolver):
    # Only a fragment reads back: a long question ending on 不 stands alone.
    question = "我们单位的委员去年交的提案今年还能再拿出来接着提不"
    assert readings(resolver, question, "村委会一届干几年") == [Reading("typed", question, "new")]


def test_a_long_question_pointing_inside_itself_stands_alone(resolver):
    # "这个项目" refers to the project the question itself names.
    question = "委员自己所在的企业参与投标的项目，委员还能参加对这个项目的视察评议吗"
    assert readings(resolver, question, "社情民意信息被市里编发能计几分") == [Reading("typed", question, "new")]


def test_without_a_previous_question_there_is_one_reading(resolver):
    assert readings(resolver, "电话多少", None) == [Reading("typed", "电话多少", "new")]


def test_readings_are_distinct(resolver):
    rs = readings(resolver, "还有呢", "社情民意写作有什么要求")
    texts = [r.text.replace("，", "").replace(" ", "") for r in rs]
    assert len(texts) == len(set(texts))


def test_fragment_length():
    assert is_fragment("电话多少") and not is_fragment("") and not is_fragment("全会去不了请假找谁要提前几天呢")


def scored(kind, verdict, confidence):
    return Scored(Reading(kind, kind), SimpleNamespace(verdict=verdict, confidence=confidence), None)


def test_verdict_first_keeps_an_answered_default():
    default = scored("rule", "answer", 0.40)
    other = scored("context", "answer", 0.95)
    assert choose([default, other], 1.0, "verdict") is default
    assert settled(default, "verdict", 1.0)


def test_verdict_first_takes_an_answered_reading_over_an_abstained_default():
    default = scored("rule", "abstain", 0.30)
    pointer = scored("topic", "pointer", 0.90)
    answer = scored("context", "answer", 0.55)
    assert choose([default, pointer, answer], 1.0, "verdict") is answer
    assert choose([default, pointer], 1.0, "verdict") is pointer
    assert not settled(default, "verdict", 1.0)


def test_among_equal_verdicts_the_surest_wins():
    default = scored("typed", "abstain", 0.1)
    a, b = scored("topic", "answer", 0.6), scored("context", "answer", 0.7)
    assert choose([default, a, b], 1.0, "verdict") is b


def test_confidence_mode_needs_the_margin():
    default = scored("rule", "answer", 0.50)
    other = scored("context", "answer", 0.65)
    assert choose([default, other], 0.2, "confidence") is default
    assert choose([default, other], 0.1, "confidence") is other
    assert not settled(default, "confidence", 0.1)


def test_confidence_mode_never_trades_an_answer_for_a_pointer():
    """"全会去不了 请假找谁 要提前几天" after "社情民意一篇写多少字合适": answered as typed; the previous
    question + the message was surer (the previous question's words) but only a pointer."""
    typed = scored("typed", "answer", 0.20)
    context = scored("context", "pointer", 0.90)
    assert choose([typed, context], 0.5, "confidence") is typed
    # ... while an answered reading that is surer by the margin still wins, past the pointer
    topic = scored("topic", "answer", 0.80)
    assert choose([typed, context, topic], 0.5, "confidence") is topic
    # and a pointer may still replace a reading the knowledge base abstains on
    assert choose([scored("typed", "abstain", 0.1), context], 0.5, "confidence") is context


def test_a_typed_default_has_its_own_margin():
    # The rule read no follow-up into the message: the typed default is replaced more readily
    # than a rewrite (bot.conversation.reading_margin_typed).
    rs = [Reading("typed", "A"), Reading("context", "B")]
    fake = {"A": ("answer", 0.5), "B": ("answer", 0.7)}
    assert resolve(FakeKB(fake), rs, 1.0, "confidence", typed_margin=0.15).chosen.reading.text == "B"
    assert resolve(FakeKB(fake), rs, 1.0, "confidence").chosen.reading.text == "A"
    rewrite = [Reading("rule", "A"), Reading("context", "B")]
    kb = FakeKB(fake)
    assert resolve(kb, rewrite, 1.0, "confidence", typed_margin=0.15).chosen.reading.text == "A"
    assert kb.searched == ["A"]       # margin 1.0: the others could never win, so not searched
    assert margin_for("typed", 1.0, 0.15) == 0.15
    assert margin_for("rule", 1.0, 0.15) == 1.0
    assert margin_for("typed", 1.0, None) == 1.0


def test_the_message_as_typed_has_its_own_margin_over_the_rule():
    # bot.conversation.reading_margin_as_typed: the message as typed replaces the rule's reading
    # when surer by its own margin; the other readings keep theirs.
    rs = [Reading("rule", "A"), Reading("context", "B"), Reading("typed", "C")]
    fake = {"A": ("answer", 0.5), "B": ("answer", 0.9), "C": ("answer", 0.6)}
    assert resolve(FakeKB(fake), rs, 0.5, "confidence", as_typed=0.0).chosen.reading.text == "C"
    assert resolve(FakeKB(fake), rs, 0.5, "confidence").chosen.reading.text == "A"
    # Surer still, another reading wins by the usual margin.
    fake["A"], fake["B"] = ("answer", 0.4), ("answer", 0.95)
    assert resolve(FakeKB(fake), rs, 0.5, "confidence", as_typed=0.0).chosen.reading.text == "B"
    # A default only the typed reading could beat is not settled by the usual margin.
    kb = FakeKB({"A": ("answer", 0.7), "B": ("answer", 0.8), "C": ("answer", 0.75)})
    assert resolve(kb, rs, 0.5, "confidence", as_typed=0.0).chosen.reading.text == "C"
    assert kb.searched == ["A", "B", "C"]
    assert margin_of("typed", "rule", 0.5, 0.0) == 0.0
    assert margin_of("typed", "typed", 0.5, 0.0) == margin_of("context", "rule", 0.5, 0.0) == 0.5


def test_a_default_no_reading_can_beat_by_the_margin_settles_it():
    # A confidence is at most 1: 0.75 + 0.3 cannot be exceeded, 0.65 + 0.3 can.
    assert settled(scored("rule", "answer", 0.75), "confidence", 0.3)
    assert not settled(scored("rule", "answer", 0.65), "confidence", 0.3)
    # A sure pointer still lets agreeing readings (served only when none answers) be searched.
    assert settled(scored("rule", "pointer", 0.9), "confidence", 0.3)
    assert not settled(scored("rule", "pointer", 0.9), "confidence", 0.3, agreement=0.55)


class FakeKB:
    """Records what is searched; the verdicts are given per text."""

    def __init__(self, verdicts):
        self.verdicts = verdicts
        self.searched = []

    def search_question(self, text, language="zh"):
        self.searched.append(text)
        verdict, confidence, *top = self.verdicts[text]
        hits = [SimpleNamespace(chunk_id=top[0] if top else f"passage of {text}")]
        return SimpleNamespace(verdict=verdict, confidence=confidence, hits=hits, abstain=verdict == "abstain")

    def answer(self, result, question, language="zh", focus=""):
        abstained = result.verdict == "abstain"
        # The passage's id stands for the article it cites.
        return SimpleNamespace(abstained=abstained, verdict=result.verdict, contact="contact" if abstained else None,
                               citation="" if abstained else result.hits[0].chunk_id)


def test_resolve_searches_the_others_only_when_the_default_is_not_answered():
    rs = [Reading("rule", "A"), Reading("topic", "B"), Reading("context", "C")]
    fake = FakeKB({"A": ("answer", 0.4), "B": ("answer", 0.9), "C": ("abstain", 0.1)})
    picked = resolve(fake, rs, 1.0, "verdict")
    assert fake.searched == ["A"] and picked.chosen.reading.text == "A"

    fake = FakeKB({"A": ("abstain", 0.2), "B": ("answer", 0.6), "C": ("abstain", 0.1)})
    picked = resolve(fake, rs, 1.0, "verdict")
    assert fake.searched == ["A", "B", "C"] and picked.chosen.reading.text == "B"

    fake = FakeKB({"A": ("abstain", 0.2), "B": ("abstain", 0.3), "C": ("abstain", 0.1)})
    picked = resolve(fake, rs, 1.0, "verdict")
    assert picked.chosen.reading.text == "A" and picked.chosen.answer.contact == "contact"


def test_offering_another_reading_searches_them_all_and_never_changes_the_choice():
    """With ``offer`` the others are searched even when the default settles it; the reading
    offered is the surest other one answered from another article (choice.alternative)."""
    rs = [Reading("rule", "A"), Reading("topic", "B"), Reading("context", "C")]
    verdicts = {"A": ("answer", 0.9, "art 1"), "B": ("answer", 0.5, "art 2"), "C": ("answer", 0.7, "art 3")}
    kb = FakeKB(verdicts)
    picked = resolve(kb, rs, 0.5, "confidence", offer=True)
    assert kb.searched == ["A", "B", "C"]
    assert picked.chosen.reading.text == "A" and picked.alternative.reading.text == "C"
    assert resolve(FakeKB(verdicts), rs, 0.5, "confidence").alternative is None      # not asked to offer
    # Not the chosen article again, not a reading the knowledge base declines or only points at.
    same = dict(verdicts, C=("answer", 0.7, "art 1"))
    assert resolve(FakeKB(same), rs, 0.5, "confidence", offer=True).alternative.reading.text == "B"
    declined = dict(same, B=("pointer", 0.8, "art 2"))
    assert resolve(FakeKB(declined), rs, 0.5, "confidence", offer=True).alternative is None
    # The chosen reading declined: any reading answered is offered.
    none = {"A": ("abstain", 0.2, "art 1"), "B": ("answer", 0.6, "art 1"), "C": ("abstain", 0.1, "art 3")}
    picked = resolve(FakeKB(none), rs, 1.0, "confidence", offer=True)
    assert picked.chosen.reading.text == "A" and alternative(picked.scored, picked.chosen).reading.text == "B"


def test_readings_that_agree_on_a_passage_are_served_when_sure_enough():
    rs = [Reading("rule", "A"), Reading("topic", "B"), Reading("context", "C")]
    agreeing = {"A": ("abstain", 0.5, "p1"), "B": ("pointer", 0.6, "p1"), "C": ("abstain", 0.3, "p1")}
    picked = resolve(FakeKB(agreeing), rs, 1.0, "verdict", agreement=0.55)
    assert picked.chosen.reading.text == "B" and picked.chosen.verdict == "answer"
    assert not picked.chosen.answer.abstained
    # Not sure enough, or off (the default above 1): chosen as before, the pointer, not served.
    assert resolve(FakeKB(agreeing), rs, 1.0, "verdict", agreement=0.7).chosen.verdict == "pointer"
    assert resolve(FakeKB(agreeing), rs, 1.0, "verdict").chosen.verdict == "pointer"
    apart = dict(agreeing, C=("abstain", 0.3, "p2"))
    assert resolve(FakeKB(apart), rs, 1.0, "verdict", agreement=0.55).chosen.verdict == "pointer"
    # One reading alone never agrees with itself.
    alone = resolve(FakeKB({"A": ("abstain", 0.9, "p1")}), rs[:1], 1.0, "verdict", agreement=0.55)
    assert alone.chosen.answer.abstained


def test_an_english_fragment_is_searched_as_typed_first_then_through_its_chinese_terms(resolver):
    from bot.features.conversation.readings import foreign_readings

    glossary = Glossary.load()
    rs = foreign_readings(resolver, "and the phone number?", "社情民意信息工作室在哪", "en", glossary.to_chinese)
    assert rs[0] == Reading("typed", "and the phone number?", "new", "en")
    assert [r.language for r in rs[1:]] == ["zh"] * (len(rs) - 1)
    assert "社情民意信息工作室电话" in [r.text for r in rs[1:]]
    rs = foreign_readings(resolver, "and for the standing committee?", "全会请假要提前几天", "en", glossary.to_chinese)
    assert "常务委员会请假要提前几天" in [r.text for r in rs]
    # A question of its own (it names 提案) and a first question stay as typed.
    assert len(foreign_readings(resolver, "What is the deadline for proposals?", "信访局在哪", "en",
                                glossary.to_chinese)) == 1
    assert len(foreign_readings(resolver, "and the phone number?", None, "en", glossary.to_chinese)) == 1


def test_an_english_followup_to_an_english_question_is_read_with_it_in_english(resolver):
    from bot.features.conversation.readings import foreign_readings, points_back

    glossary = Glossary.load()
    first = "where is the public opinion office?"
    rs = foreign_readings(resolver, "and the phone number?", first, "en", glossary.to_chinese)
    # It points back ("and …"): read with the question before it first, in English.
    assert [(r.kind, r.text, r.language) for r in rs[:2]] == [
        ("context", f"{first} and the phone number?", "en"), ("typed", "and the phone number?", "en")]
    assert "电话" in rs[0].focus
    # Then the two in Chinese words, as a Chinese follow-up is read.
    assert rs[2:] and all(r.language == "zh" and "电话" in r.text for r in rs[2:])
    # A question of its own is read as typed first; the joined readings may still replace it.
    rs = foreign_readings(resolver, "Who approves a proposal?", first, "en", glossary.to_chinese)
    assert [r.kind for r in rs[:2]] == ["typed", "context"] and rs[1].language == "en"
    assert points_back("what about Zhejiang?") and points_back("how long does it take?")
    assert not points_back("Who approves a proposal?")
    # Long enough to stand alone, even with a pronoun in it.
    assert not points_back("for joint suggestions from Shandong deputies, how does the unit reply to each of them?")


def test_the_cross_validation_chooses_as_the_bot_does():
    """bench.followup_cv replays choice.choose over recorded readings: the two must agree."""
    import random

    from bench.followup_cv import chosen, loo

    rng = random.Random(7)
    verdicts = ["answer", "pointer", "abstain"]
    records = []
    for n in range(40):
        first = rng.choice(["rule", "typed"])
        rows = [{"kind": k, "verdict": rng.choice(verdicts), "confidence": round(rng.random(), 2),
                 "correct": rng.random() < 0.5, "correct_if_served": rng.random() < 0.5,
                 "top": rng.choice(["p1", "p1", "p2"])} for k in (first, "topic", "context")[: rng.randint(1, 3)]]
        if first == "rule" and rng.random() < 0.5:
            # The message as typed, read last after a long message the rule merged.
            rows.append({"kind": "typed", "verdict": rng.choice(verdicts), "confidence": round(rng.random(), 2),
                         "correct": rng.random() < 0.5, "correct_if_served": rng.random() < 0.5, "top": "p2"})
        records.append({"pair": {"is_followup": n % 5 != 0}, "readings": rows})
        texts = {r["kind"]: (r["verdict"], r["confidence"], r["top"]) for r in rows}
        for by in ("verdict", "confidence"):
            for margin in (0.0, 0.1, 1.0):
                fakes = [scored(r["kind"], r["verdict"], r["confidence"]) for r in rows]
                for as_typed in (None, 0.0):
                    assert (fakes.index(choose(fakes, margin, by, as_typed))
                            == rows.index(chosen(rows, margin, by, as_typed=as_typed)))
                for agreement, typed, as_typed in ((0.3, None, None), (0.6, 0.15, 0.0), (1.01, 0.5, 0.0),
                                                   (1.01, None, None)):
                    picked = resolve(FakeKB(texts), [Reading(r["kind"], r["kind"]) for r in rows], margin, by,
                                     agreement, typed_margin=typed, as_typed=as_typed)
                    replay = chosen(rows, margin, by, agreement=agreement, typed_margin=typed, as_typed=as_typed)
                    assert picked.chosen.reading.kind == replay["kind"]
    picked, settings = loo(records)
    assert len(picked) == len(settings) == 40


def test_reading_settings_are_checked(make_config):
    from app.errors import ConfigError
    from bot.settings import load_bot_settings

    settings = load_bot_settings(make_config(bot={"conversation": {"reading_margin": 0.2,
                                                                   "reading_by": "confidence"}}))
    assert (settings.conversation.reading_margin, settings.conversation.reading_by) == (0.2, "confidence")
    assert load_bot_settings(make_config()).conversation.reading_by == "confidence"
    assert load_bot_settings(make_config(bot={"conversation": {"reading_margin_typed": 0.3}})
                             ).conversation.reading_margin_typed == 0.3
    assert load_bot_settings(make_config(bot={"conversation": {"reading_margin_as_typed": 0.2}})
                             ).conversation.reading_margin_as_typed == 0.2
    with pytest.raises(ConfigError, match="reading_by"):
        load_bot_settings(make_config(bot={"conversation": {"reading_by": "vibes"}}))


@pytest.mark.parametrize("reading, message, expected", [
    (Reading("rule", "提案晚了还能交", focus="晚了还能交"), "晚了还能交吗？", "提案晚了还能交吗"),
    (Reading("context", "提案截止到什么时候，晚了还能交", focus="晚了还能交"), "晚了还能交吗", "提案截止到什么时候，晚了还能交吗"),
    # Not a yes/no question, or the message's words are not at the end: shown as searched.
    (Reading("rule", "提案委员会电话多少", focus="电话多少"), "电话多少", "提案委员会电话多少"),
    (Reading("rule", "情况复杂的信访事项多久要办结", focus="情况复杂的"), "情况复杂的吗", "情况复杂的信访事项多久要办结"),
    (Reading("rule", "提案能延长吗", focus="能延长"), "能延长吗", "提案能延长吗"),
])
def test_a_yes_no_reading_is_shown_with_its_question_word(reading, message, expected):
    assert as_shown(reading, message) == expected
