"""Questions in English: language detection and the bilingual glossary (kb.language)."""
from __future__ import annotations

import pytest

from kb.language import Glossary, detect_language, search_text


@pytest.mark.parametrize("text, lang", [
    ("提案怎么交", "zh"), ("APP登录不了怎么办", "zh"), ("How do I submit a proposal?", "en"),
    ("What is the deadline for proposals?", "en"), ("Как подать предложение?", "other"), ("", "zh"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_glossary_is_data_with_enough_committee_vocabulary():
    g = Glossary.load()
    assert 80 <= len(g.entries) <= 700
    for zh, en in [("提案", "proposal"), ("社情民意信息", "public opinion report"), ("委员", "member"),
                   ("全体会议", "plenary session"), ("常务委员会", "standing committee"), ("信访", "petition"),
                   ("界别", "sector"), ("履职", "duty performance")]:
        assert zh in g.to_chinese(f"a question about the {en}"), (zh, en)


def test_longest_phrase_wins_and_words_are_whole():
    g = Glossary.load()
    terms = g.to_chinese("When does the standing committee meet?")
    assert "常务委员会" in terms and "委员会" not in terms
    assert "委员" not in g.to_chinese("remembers")            # "member" inside a word is no match


def test_search_text_adds_chinese_terms_only_for_other_languages():
    g = Glossary.load()
    assert search_text("提案怎么交", "zh", g) == "提案怎么交"
    text = search_text("What is the deadline for proposals?", "en", g)
    assert text == "What is the deadline for proposals? 截止时间 提案"
    assert search_text("How long do they have to reply?", "en", g).endswith("期限 答复")


def test_a_broken_glossary_fails_with_its_name(tmp_path):
    from kb.errors import ConfigError

    bad = tmp_path / "g.yaml"
    bad.write_text("- {en: [proposal]}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="g.yaml"):
        Glossary.load(bad)


def test_english_threshold_is_its_own(sample_kb):
    kb = sample_kb
    zh = kb.abstain_threshold("zh")
    assert kb.abstain_threshold("en") != zh                  # calibrated on samples/questions_en.jsonl
    kb.set_abstain_threshold(None, language="en")
    assert kb.abstain_threshold("en") == kb.config.language.abstain_below["en"]
    kb.set_abstain_threshold(0.5, language="en")
    assert kb.abstain_threshold("en") == 0.5 and kb.abstain_threshold("zh") == zh
    answer = kb.ask("What is the deadline for proposals?")
    assert answer.language == "en" and not answer.abstained
    assert answer.doc_key in ("关于做好2026年度提案征集工作的通知.html", "委员履职手册.md")


def test_every_province_the_ranker_knows_has_an_english_name():
    """kb.query steers a question away from other provinces' regulations unless it names the
    province; an English question names it in English, so every province needs its glossary entry."""
    from kb.language import Glossary, search_text
    from kb.query import PROVINCES, regions_named

    glossary = Glossary.load()
    places = {z for e in glossary.entries if e.kind == "place" for z in e.zh}
    assert set(PROVINCES) <= places
    text = search_text("How long do Beijing agencies have to reply?", "en", glossary)
    assert regions_named(text) == {"北京"}
    assert regions_named(search_text("What about Inner Mongolia and Hong Kong?", "en", glossary)) == {"内蒙古", "香港"}


def test_glossary_has_no_duplicate_and_no_invented_chinese(tmp_path):
    """Each English phrase leads to one entry and each Chinese term belongs to one entry; every
    Chinese term is in the sample documents, in config's vocabulary, in the follow-up aspects or
    in jieba's dictionary (alone or as a compound of dictionary words): no term made up."""
    import logging
    from collections import Counter
    from pathlib import Path

    import jieba

    from bot.features.conversation.followup import ASPECTS
    from kb.config import load_config

    g = Glossary.load()
    phrases = Counter(p for e in g.entries for p in e.en)
    assert [p for p, n in phrases.items() if n > 1] == []
    terms = Counter(z for e in g.entries for z in e.zh)
    assert [z for z, n in terms.items() if n > 1] == []
    assert all(p == p.strip().lower() and p for p in phrases)

    root = Path(__file__).resolve().parent.parent
    samples = "".join("".join(p.read_text(encoding="utf-8", errors="ignore").split())
                      for p in (root / "samples" / "documents").iterdir())
    retrieval = load_config(root / "config.yaml").retrieval
    known = {*retrieval.vocabulary, *retrieval.synonyms, *ASPECTS,
             *(f for formal in retrieval.synonyms.values() for f in formal)}
    jieba.setLogLevel(logging.WARNING)
    words = jieba.Tokenizer()
    words.tmp_dir = str(tmp_path)
    words.initialize()

    def in_dictionary(term):
        parts = words.lcut(term, HMM=False)
        return all(len(p) >= 2 and words.FREQ.get(p) for p in parts)

    unknown = [z for z in terms if z not in samples and z not in known and not in_dictionary(z)]
    assert unknown == []


def test_glossary_loads_fast_and_general_words_stay_out_of_followup_topics():
    import time

    from kb.language import DEFAULT_GLOSSARY, WORD, _load

    t0 = time.perf_counter()
    g = _load.__wrapped__(str(DEFAULT_GLOSSARY))       # uncached
    assert time.perf_counter() - t0 < 2.0              # about 20 ms; generous for a loaded machine
    assert sum(e.kind == WORD for e in g.entries) >= 200
    # The general vocabulary reaches search ...
    assert search_text("Can a company get benefits from it?", "en", g) == "Can a company get benefits from it? 企业 获得 利益"
    # ... but is no topic of a follow-up ("工作" and "问题" are not what a question is about).
    assert g.topic_terms("提案工作的问题") == [("提案", "instrument")]


def test_overlapping_topic_terms_are_taken_the_same_way_in_every_process():
    """"人大常委会" and "常委会会议" are as long and overlap in "地方人大常委会会议": the one that starts
    first is taken, whatever order a process's string hashing gives a set (it changed with every
    restart, and with it how a follow-up was read)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = ("from kb.language import Glossary; g = Glossary.load(); "
            "print(g.topic_terms('地方人大常委会会议多久开一次', ['常委会会议', '人大常委会']))")
    seen = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           cwd=Path(__file__).resolve().parents[1]).stdout
            for seed in range(6)}
    assert len(seen) == 1
    taken = seen.pop()
    assert "人大常委会" in taken and "常委会会议" not in taken


def test_english_calibration_cross_validates_on_held_out_folds():
    from bench.english_calibration import cross_validate

    # Separable scores: every cut catches all unanswerable ones; a held-out answerable one is
    # lost only when it is below every answerable one the cut was fitted on (the lowest).
    rows = [(True, 0.9 + i / 1000) for i in range(40)] + [(False, 0.8 + i / 1000) for i in range(10)]
    cv = cross_validate(rows, 0.0)
    assert cv["abstention_accuracy"] == 1.0 and 1 / 40 <= cv["false_abstention"] <= 2 / 40
    # An answerable outlier below every unanswerable one: lost whenever it is held out, and
    # it drags the cut below the unanswerable ones whenever it is fitted on.
    rows.append((True, 0.5))
    cv = cross_validate(rows, 0.0)
    assert cv["false_abstention"] >= 1 / 41 and cv["abstention_accuracy"] < 0.5


def test_phrase_prefilter_finds_what_trying_every_phrase_finds():
    """Glossary.to_chinese tries only the phrases whose first word is in the text; trying all
    ~2,000 of them in the same order must give the same terms."""
    import json
    from pathlib import Path

    g = Glossary.load()

    def every_phrase(text):
        lower = " " + text.lower().replace("’", "'") + " "
        found = []
        for pattern, entry in g._patterns:
            match = pattern.search(lower)
            if match:
                found.append((match.start(), entry.zh[0]))
                lower = pattern.sub(lambda m: " " * len(m.group(0)), lower)
        return list(dict.fromkeys(t for _, t in sorted(found)))

    dev = Path(__file__).resolve().parent.parent / "bench" / "english_dev.jsonl"
    texts = [json.loads(line)["question"] for line in dev.read_text(encoding="utf-8").splitlines() if line]
    texts += ["Who handles e-mail re-elections?", "The secretary-general's CPPCC members’ office", ""]
    assert all(g.to_chinese(t) == every_phrase(t) for t in texts)
    assert g.to_chinese("Proposals handled") == ["提案", "办理"]
