"""Traditional characters typed, simplified searched (kb.script)."""
from __future__ import annotations

from kb.script import to_simplified, to_traditional, traditional_words


def test_a_question_in_traditional_characters_reads_as_simplified():
    assert to_simplified("委員可以自己退出政協嗎") == "委员可以自己退出政协吗"
    assert to_simplified("被政協給了警告處分，不服的話怎麼辦") == "被政协给了警告处分，不服的话怎么办"
    assert to_simplified("你能做什麼") == "你能做什么" == to_simplified("你能做甚麼")
    assert to_simplified("社情民意熱綫電話幾多") == "社情民意热线电话几多"      # Hong Kong variants too


def test_a_simplified_question_is_left_as_typed():
    for text in ["委员可以自己退出政协吗", "How do I submit a proposal?", "", "12345", "提案怎么交 APP登录不了"]:
        assert to_simplified(text) == text


def test_the_words_the_documents_write_in_traditional_characters_are_kept():
    keep = traditional_words(["葛春啟", "对", "於", "法律", "专委会"])
    assert keep == {"葛春啟"}                            # a single character is never kept
    assert to_simplified("葛春啟對法律專委會提了哪些要求", keep) == "葛春啟对法律专委会提了哪些要求"
    assert to_simplified("葛春啟對法律專委會提了哪些要求") == "葛春启对法律专委会提了哪些要求"
    assert to_simplified("關於提案的規定", keep) == "关于提案的规定"


def test_a_traditional_question_finds_what_its_simplified_form_finds(sample_kb):
    simplified = sample_kb.ask("社情民意信息多久报送")
    traditional = sample_kb.ask("社情民意信息多久報送？")
    assert not traditional.abstained and traditional.citation == simplified.citation
    assert traditional.quote == simplified.quote and traditional.direct == simplified.direct
    assert sample_kb.lexical_index().traditional_words() == frozenset()   # the samples write none


def test_the_bots_own_words_go_back_in_traditional_characters():
    assert to_traditional("根据{citation}：") == "根據{citation}："
    assert to_traditional("（按“提案委员会的电话多少”理解）") == "（按“提案委員會的電話多少”理解）"
    for text in ["", "According to {citation}:", "0000-5550102"]:
        assert to_traditional(text) == text


def test_a_client_that_asks_for_traditional_characters_gets_the_frame_in_them():
    from bot.kernel.texts import frame_language, t

    assert t("answer_intro", "zh-hant", citation="《委员履职手册》第三条") == "根據《委员履职手册》第三条："
    assert t("answer_intro", "zh-TW", citation="x") == "根據x：" == t("answer_intro", "zh_HK", citation="x")
    assert t("answer_intro", "zh-hans", citation="x") == "根据x：" == t("answer_intro", "zh", citation="x")
    assert t("answer_intro", "en", citation="x") == "According to x:"
    assert [frame_language(c) for c in ("zh-Hant-HK", "zh-hans", None, "en-GB")] == ["zh-hant", "zh", "zh", "en"]
