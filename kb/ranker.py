"""A small learned ranker for the second stage, trained on the corpus itself.

There is no downloadable re-ranking model here and no labelled questions to
spare, so the weights of kb.rerank's features are learned from
pseudo-questions written from the articles: take a sentence of an article, keep
a few of its content words, put back the casual words members type (the
synonym map read backwards: 信访 → 上访), and ask for the kind of answer the
sentence holds (a time → "多久", a number → "多少", a body → "找谁", a may/must
clause → "能不能…吗"). The article the sentence came from is the right answer,
the other candidates the retriever finds are not.

Training is a pairwise logistic regression (right candidate minus each wrong
one) over the second stage's features; the weights are scaled so the
first-stage score keeps weight 1, which is the form kb.rerank uses.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

import numpy as np

from kb.abstention import fit_logistic
from kb.features import BODY, NUMBER, PERMISSION, TIME, _HAS, content_words

_DIGITS = re.compile(r"[0-9０-９一二三四五六七八九十百千两]")
_TEMPLATES = {
    TIME: ["{w}要多久", "{w}期限是多久", "{w}多长时间", "{w}什么时候"],
    NUMBER: ["{w}多少", "{w}有几个", "{w}要多少人"],
    BODY: ["{w}找谁", "{w}归哪个部门管", "{w}向谁反映"],
    PERMISSION: ["{w}能不能", "可以{w}吗", "{w}行不行"],
    None: ["{w}怎么办", "{w}是什么", "{w}有什么规定", "{w}"],
}


@dataclass
class PseudoQuestion:
    question: str
    chunk_id: str
    sentence: str


def sentence_kind(sentence: str) -> str | None:
    for kind in (TIME, NUMBER, PERMISSION, BODY):
        if _HAS[kind].search(sentence):
            return kind
    return None


def pseudo_questions(chunks: list[dict], words_of, synonyms: dict[str, list[str]],
                     n: int = 400, seed: int = 0) -> list[PseudoQuestion]:
    """Up to ``n`` questions from chunks (dicts with ``id`` and ``text``); ``words_of`` is jieba."""
    from kb.sentences import split

    rng = random.Random(seed)
    casual: dict[str, list[str]] = {}
    for word, formal in synonyms.items():
        for f in formal:
            casual.setdefault(f, []).append(word)
    pool = [c for c in chunks if len(c["text"]) >= 30]
    rng.shuffle(pool)
    out: list[PseudoQuestion] = []
    for chunk in pool:
        if len(out) >= n:
            break
        sentences = [s for s in split(chunk["text"]) if 12 <= len(s) <= 120]
        if not sentences:
            continue
        sentence = rng.choice(sentences)
        words = [w for w in content_words(words_of(sentence)) if not _DIGITS.search(w)]
        if len(words) < 2:
            continue
        k = min(len(words), rng.choice([2, 3, 3, 4]))
        picked = sorted(rng.sample(range(len(words)), k))
        chosen = []
        for i in picked:
            w = words[i]
            if w in casual and rng.random() < 0.6:
                w = rng.choice(casual[w])
            chosen.append(w)
        template = rng.choice(_TEMPLATES[sentence_kind(sentence)])
        out.append(PseudoQuestion(template.format(w="".join(chosen)), chunk["id"], sentence))
    return out


def train(feature_sets: list[np.ndarray], positives: list[int], l2: float = 1.0) -> np.ndarray | None:
    """Weights over kb.rerank.Candidates.matrix() columns, first-stage weight scaled to 1.

    ``feature_sets[i]``: the candidates' feature matrix of pseudo-question i;
    ``positives[i]``: the row of its right candidate, or the rows of all right candidates
    (a labelled question may be answered by two articles). None when training fails
    (no usable pairs, or a non-positive first-stage weight).
    """
    diffs = []
    for X, p in zip(feature_sets, positives):
        right = [p] if isinstance(p, (int, np.integer)) else list(p or [])
        right = [r for r in right if r is not None and 0 <= r < len(X)]
        if not right or len(X) < 2:
            continue
        for r in right:
            for j in range(len(X)):
                if j not in right:
                    diffs.append(X[r] - X[j])
    if len(diffs) < 10:
        return None
    D = np.array(diffs)
    X = np.vstack([D, -D])
    y = np.r_[np.ones(len(D)), np.zeros(len(D))]
    # Pairwise: no standardisation shift, so fit on raw differences via the helper's scale only.
    w, _, mean, std = fit_logistic(X, y, l2=l2)
    weights = w / std                   # back to the features' own scale (mean of ±D is 0)
    if weights[0] <= 1e-6:
        return None
    return weights / weights[0]


def fit(kb, n: int = 300, seed: int = 0) -> tuple[np.ndarray | None, dict]:
    """Learn the second stage's weights for this knowledge base from its own articles."""
    from kb.abstention import AbstentionModel

    c = kb.config.retrieval
    chunks = kb.records.chunk_texts()
    questions = pseudo_questions(chunks, kb.tokenizer.words, c.synonyms, n=n, seed=seed)
    never = AbstentionModel.fallback(-1.0, gate_answer_type=False)
    features, positives = [], []
    found = 0
    for pq in questions:
        result = kb.retriever.search(pq.question, k=c.rerank.depth, abstention=never)
        cands = result.candidates
        if cands is None or pq.chunk_id not in cands.chunk_ids:
            continue
        found += 1
        features.append(cands.matrix())
        positives.append(cands.chunk_ids.index(pq.chunk_id))
    weights = train(features, positives)
    return weights, {"questions": len(questions), "in_candidates": found}


# Labelled questions below this many (with their right article among the candidates) are
# too few to learn four weights from: calibrate falls back to pseudo-questions.
MIN_LABELLED = 30
# Shrinkage of the pairwise model: labelled sets are small (tens of questions).
LABELLED_L2 = 10.0


def fit_labelled(kb, questions) -> tuple[np.ndarray | None, dict]:
    """Learn the second stage's weights from labelled questions (the eval / calibrate format):
    every relevant candidate in the top ``rerank.depth`` against every other candidate."""
    from kb.abstention import AbstentionModel
    from kb.evaluation import relevant

    c = kb.config.retrieval
    never = AbstentionModel.fallback(-1.0, gate_answer_type=False)
    features, positives = [], []
    answerable = [q for q in questions if q.answerable]
    for q in answerable:
        result = kb.retriever.search(q.question, k=c.rerank.depth, abstention=never)
        cands = result.candidates
        if cands is None:
            continue
        # k = depth: every candidate comes back as a hit, with its document and text.
        hits = {h.chunk_id: h for h in result.hits}
        right = [j for j, cid in enumerate(cands.chunk_ids)
                 if cid in hits and relevant(q, hits[cid].doc_key, hits[cid].text)]
        if right:
            features.append(cands.matrix())
            positives.append(right)
    stats = {"questions": len(answerable), "in_candidates": len(features)}
    if len(features) < MIN_LABELLED:
        return None, stats
    return train(features, positives, l2=LABELLED_L2), stats
