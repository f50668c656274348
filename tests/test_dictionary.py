"""English words the glossary lacks, read through CC-CEDICT (kb.dictionary)."""
from __future__ import annotations

from kb.dictionary import Dictionary

# Passages holding each word, of 100: 必须 is in most of them.
FREQUENCY = {"选民": 2, "必须": 90, "协会": 3, "生效": 2, "口号": 1, "停车": 1, "创造": 2,
             "黄恩": 2, "天峨": 3, "许显辉": 1, "伤害": 2, "参加": 4}


def dictionary() -> Dictionary:
    return Dictionary.for_documents([*FREQUENCY, "无关词语"], lambda w: FREQUENCY.get(w, 0), 100)


def test_english_words_find_the_documents_chinese_words():
    d = dictionary()
    assert d.terms("Do deputies have to report to their voters?") == ["选民"]      # plural, first sense
    assert d.terms("when does it take effect") == ["生效"]                         # a phrase
    assert d.terms("can members join an association") == ["协会"]                  # "an association"
    assert d.terms("what is the city's slogan") == ["口号"]


def test_a_phrase_of_stop_words_adds_nothing():
    d = Dictionary({"have to": ("必须",), "voter": ("选民",)})
    assert d.terms("do they have to tell the voters") == ["选民"]


def test_names_typed_in_pinyin_find_the_documents_words():
    d = dictionary()
    assert d.names_in("Which offices did Huang En visit?") == ["黄恩"]
    assert d.names_in("What did Xu Xianhui's team study in Tian'e?") == ["许显辉", "天峨"]
    assert d.names_in("Can Jia come?") == []          # "Can" starts a question: no 参加
    assert d.names_in("huang en") == []               # names are capitalised


def test_a_name_the_glossary_reads_is_not_read_again():
    from kb.language import Glossary, search_text

    # "Shanghai" is 上海 in the glossary, never its homophone 伤害
    text = search_text("How do people in Shanghai submit suggestions?", "en", Glossary.load(), dictionary())
    assert "上海" in text and "伤害" not in text


def test_common_words_stop_words_and_later_senses_add_nothing():
    d = dictionary()
    assert d.terms("you must go") == []            # 必须: in 90 of 100 passages
    assert d.terms("who sets the list") == []      # "to set (a record)" is not 创造's first sense
    assert d.terms("what is it about") == []
    assert "无关词语" not in {w for ws in d.phrases.values() for w in ws}


def test_an_english_question_is_searched_with_the_dictionarys_words(sample_kb):
    # "convener" and "upload" are in no glossary phrase; the samples write 召集人 and 上传.
    glossary = sample_kb.glossary.to_chinese("Who is the convener? Can I upload it?")
    assert "召集人" not in glossary and "上传" not in glossary
    text = sample_kb.searched_text("Who is the convener? Can I upload it?", "en")
    assert text.endswith(" ".join(glossary) + " 召集人 上传")
    assert sample_kb.searched_text("提案怎么交", "zh") == "提案怎么交"
    sample_kb.config.language.general_dictionary = False
    assert sample_kb.dictionary() is None
    assert sample_kb.searched_text("Who is the convener? Can I upload it?", "en").endswith(" ".join(glossary))


def test_an_english_answer_must_hold_the_words_it_was_searched_with(sample_kb):
    question = "What is the deadline for proposals?"
    assert not sample_kb.ask(question).abstained
    sample_kb.config.language.abstain_coverage = 1.01     # no passage holds more than all of them
    declined = sample_kb.ask(question)
    assert declined.abstained and declined.verdict == "abstain"
    assert not sample_kb.ask("提案最晚什么时候交").abstained     # Chinese questions: the fitted verdict
