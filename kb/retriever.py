"""Hybrid retrieval: dense (Chroma) and BM25 candidates, fused, re-ranked, judged.

1. **First stage.** Dense and BM25 candidates are fused by reciprocal rank
   fusion (``retrieval.fusion: rrf``, the shipped setting: each side's
   ``1 / (rrf_k + rank)``, weighted); ``fusion: weighted`` sums per-query
   z-scored scores instead. Regulations of other provinces rank lower unless
   named (the fused score scaled down by ``region_penalty``).
2. **Second stage** (kb.rerank). The top candidates are re-scored with their
   best sentence's cosine (kb.sentences), the coverage of the question's
   content words, the words rare among their own document's passages and the
   presence of the expected answer type (kb.features): this picks the
   article, not just the document.
3. **Verdict** (kb.abstention). Several signals of the top passage give a
   confidence and a verdict: answer, pointer ("这可能相关：") or abstain.

The arithmetic of each stage lives in module-level functions that
bench/cv_eval.py calls on precomputed candidates, so what is cross-validated
is exactly what runs.
"""
from __future__ import annotations

import json
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from kb.abstention import ABSTAIN, AbstentionModel, Signals
from kb.config import RetrievalConfig
from kb.features import (answer_type, asks_rule, character_coverage, content_words, counts_asked, coverage,
                         coverage_words, distinctive, figure_elsewhere, has_answer_type, has_count, idf, is_report,
                         key_coverage, number_missing, rarity, covered_text, sentence_character_coverage,
                         unscheduled)
from kb.latent import coverage as latent_coverage, scores as latent_scores
from kb.query import (body_asked, expand, instruments, normalise, off_region, other_body, other_instrument,
                      other_province, other_session, regions_named)
from kb.rerank import Candidates, rerank, weight_vector
from kb.values import value_missing, values_asked


@dataclass
class Hit:
    chunk_id: str
    doc_id: int
    doc_key: str
    title: str
    citation: str
    text: str
    heading_path: list[str]
    article: str | None
    score: float = 0.0        # fused (first stage)
    dense: float = 0.0        # cosine similarity to the question
    bm25: float = 0.0
    # The second stage's score (first-stage z-score plus weighted signals; kb.rerank), the
    # scale on which "two articles are about as good" is judged. 0.0 without a second stage.
    stage2: float = 0.0
    # The passage's sentences with their cosine to the question, best first (second stage;
    # empty for hits below the re-ranked depth).
    sentences: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class SearchResult:
    question: str
    expanded: str
    hits: list[Hit]
    best_dense: float
    abstain: bool
    timings: dict = field(default_factory=dict)
    # "answer" | "pointer" (relevant-looking, not safe to serve as fact) | "abstain";
    # abstain == (verdict == "abstain") always.
    verdict: str = ""
    confidence: float = 0.0   # estimated probability that the top hit answers
    signals: Signals | None = None
    candidates: Candidates | None = None     # the second stage's input (ranker training, debugging)
    # The contact field ("phone", "room" ...) when kb.contact served the top passage as the
    # answer to a contact question the verdict alone would have declined; "" otherwise.
    contact_field: str = ""

    def __post_init__(self):
        if not self.verdict:
            self.verdict = ABSTAIN if self.abstain else "answer"
        self.abstain = self.verdict == ABSTAIN


# How many of the top passages the count rule reads (the top one and its same-document runners-up).
COUNT_NEIGHBOURS = 3
# How many of the top passages the document share reads (Signals.document_share).
SHARE_OF = 10


class Retriever:
    def __init__(self, config: RetrievalConfig, *, embed_query, tokenizer, vector_store,
                 lexical_index: Callable, load_chunks: Callable, load_vectors: Callable,
                 home_region: list[str], cached_vectors: Callable | None = None,
                 latent_query: Callable | None = None, cached_latent: Callable | None = None,
                 document_texts: Callable | None = None):
        self.config = config
        self.document_texts = document_texts    # doc ids -> {doc id: its passages' texts}
        self.latent_query = latent_query        # text -> dense array of latent terms (kb.latent)
        self.cached_latent = cached_latent      # text hashes -> {hash: (indices, weights)}
        # The question's latent terms are a second pass of the model over the question, run on
        # this thread beside the first pass (the question's vector) and the first stage: both
        # passes are C calls that let go of the GIL, and one short question keeps neither of the
        # two cores busy. Over the 80 questions of own35, the two passes took p50 48 ms one after
        # the other and 36 ms side by side (p95 62 -> 50), with identical outputs
        # (docs/retrieval-log.md, "thirty-first round"). One worker: questions served at once
        # queue their passes rather than crowd the cores. Made here, not on first use, so that two
        # first questions at once share it (the executor starts its thread on the first pass).
        self._second_pass = ThreadPoolExecutor(max_workers=1, thread_name_prefix="latent-pass")
        self.embed_query = embed_query
        self.tokenizer = tokenizer
        self.vectors = vector_store
        self.lexical_index = lexical_index      # () -> LexicalIndex, fresh after changes
        self.load_chunks = load_chunks          # ids -> {id: row}
        self.load_vectors = load_vectors        # ids -> {id: vector}
        self.cached_vectors = cached_vectors    # text hashes -> {hash: vector} (sentence vectors)
        self.home_region = set(home_region)

    def search(self, question: str, *, k: int | None = None, mode: str = "hybrid",
               abstain_below: float | None = None, abstention: AbstentionModel | None = None,
               rerank_weights: np.ndarray | None = None) -> SearchResult:
        import time

        c = self.config
        k = k or c.top_k
        t0 = time.perf_counter()
        question = normalise(question)
        expanded = expand(question, c.synonyms)
        # expand_dense false keeps the appended formal words for BM25 alone (docs/retrieval.md).
        dense_text = expanded if c.expand_dense else question
        pending = self.start_latent(dense_text, mode)
        qvec = self.embed_query(dense_text)
        t1 = time.perf_counter()

        dense: dict[str, float] = {}
        if mode in ("hybrid", "dense"):
            dense = dict(self.vectors.query(qvec, c.candidates))
        t2 = time.perf_counter()
        lexical = self.lexical_index()
        bm25_all = lexical.scores(self.tokenizer.tokens(expanded)) if mode in ("hybrid", "bm25") else None
        bm25: dict[str, float] = {}
        if bm25_all is not None and len(bm25_all):
            top = np.argsort(-bm25_all)[: c.candidates]
            bm25 = {lexical.chunk_ids[i]: float(bm25_all[i]) for i in top if bm25_all[i] > 0}
        t3 = time.perf_counter()

        if abstention is None:
            abstention = AbstentionModel.fallback(
                c.abstain_below if abstain_below is None else abstain_below,
                gate_answer_type=c.abstention.gate_answer_type, min_coverage=c.abstention.min_coverage)
        ids = list(dict.fromkeys([*dense, *bm25]))
        if not ids:
            return SearchResult(question, expanded, [], 0.0, True, {"embed": t1 - t0}, verdict=ABSTAIN)
        rows = self.load_chunks(ids)
        ids = [i for i in ids if i in rows]
        # Exact scores for every candidate, so fusion never guesses a missing side.
        missing = [i for i in ids if i not in dense]
        # BM25-only still needs the dense cosine: it is the abstention signal.
        if missing and mode in ("hybrid", "bm25"):
            for cid, vec in self.load_vectors(missing).items():
                dense[cid] = float(np.dot(vec, qvec))
        if bm25_all is not None and len(bm25_all) and mode == "hybrid":
            for cid in ids:
                if cid not in bm25 and cid in lexical.position:
                    bm25[cid] = float(bm25_all[lexical.position[cid]])

        d = np.array([dense.get(i, 0.0) for i in ids], dtype=np.float64)
        b = np.array([bm25.get(i, 0.0) for i in ids], dtype=np.float64)
        named = regions_named(question)
        asked = instruments(question)
        foreign = np.array([ranked_down(rows[i], named, asked, self.home_region) for i in ids])
        fused = first_stage(d, b, foreign, c, mode)
        order = np.argsort(-fused, kind="stable")

        # Second stage over the top candidates (hybrid only: the single modes are baselines).
        # The kind of answer asked for, and the thing it counts ("几件"): a passage without them
        # ranks lower (the second stage's answer-type feature).
        kind, units = answer_type(question), counts_asked(question)
        tokens = self.tokenizer.words(question)
        words = content_words(tokens)
        # The coverage column counts the question's meaningful single characters too (证, 丢).
        covered = coverage_words(tokens, words)
        depth = min(len(order), max(k, c.rerank.depth))
        top = order[:depth]
        texts = [rows[ids[i]]["text"] for i in top]
        scored_sentences = [[] for _ in top]
        if self.cached_vectors is not None and mode == "hybrid" and c.rerank.enabled:
            from kb.sentences import sentence_scores

            scored_sentences = sentence_scores(self.cached_vectors, qvec, texts, [d[i] for i in top],
                                               c.rerank.sentence_min_chars)
        t_latent = time.perf_counter()
        latent_q, terms = self.latent_terms(pending, [rows[ids[i]]["text_hash"] for i in top])
        # What is left of the question's latent-terms pass once the rest is done: timed on its own.
        latent_s = time.perf_counter() - t_latent
        distinct = None
        if (self.document_texts is not None and mode == "hybrid" and c.rerank.enabled
                and (c.rerank.distinctive or c.rerank.distinctive_sum)):
            weights = {doc: rarity(words, passages, c.synonyms) for doc, passages in
                       self.document_texts(sorted({rows[ids[i]]["doc_id"] for i in top})).items()}
            distinct = np.array([distinctive(words, rows[ids[i]]["text"], weights.get(rows[ids[i]]["doc_id"], []),
                                             c.synonyms) for i in top], dtype=np.float64).reshape(-1, 2)
        cands = Candidates(
            distinctive=distinct,
            latent=None if latent_q is None else latent_scores(latent_q, terms),
            doc_ids=[rows[ids[i]]["doc_id"] for i in top],
            base=fused[top],
            sentence=np.array([s[0][1] if s else d[i] for s, i in zip(scored_sentences, top)]),
            coverage=np.array([coverage(covered, covered_text(rows[ids[i]]), c.synonyms) for i in top]),
            answer_type=np.array([1.0 if has_answer_type(t, kind, units) else 0.0 for t in texts]),
            chunk_ids=[ids[i] for i in top],
            characters=np.array([sentence_character_coverage(question, rows[ids[i]]["title"], t)
                                 for i, t in zip(top, texts)]),
            ranked_down=foreign[top].astype(np.float64),
        )
        new, score = second_stage(cands, c, rerank_weights)
        if mode != "hybrid":
            new = np.arange(len(top))
        # Hits carry the second-stage score only where it ordered them (replies compare it).
        stage2 = score if mode == "hybrid" and len(top) > 1 else np.zeros(len(top))
        t4 = time.perf_counter()

        hits = []
        for n in new[:k]:
            i = top[n]
            row = rows[ids[i]]
            hits.append(Hit(
                chunk_id=ids[i], doc_id=row["doc_id"], doc_key=row["doc_key"], title=row["title"],
                citation=row["citation"], text=row["text"],
                heading_path=json.loads(row["heading_path"] or "[]"), article=row["article"],
                score=float(fused[i]), dense=float(d[i]), bm25=float(b[i]),
                stage2=float(stage2[n]), sentences=scored_sentences[n],
            ))
        best_dense = float(d.max()) if len(d) else 0.0
        keys = key_coverage(words, texts[new[0]], c.synonyms, idf(lexical, c.synonyms)) if len(new) else 0.0
        first = rows[ids[top[new[0]]]] if len(new) else None
        # The gates judge the passage as the member reads it, its document's title included:
        # 《宪法》第十三条 holds the "宪法" of "宪法上说能征吗".
        read = first["title"] + "\n" + texts[new[0]] if first else ""
        cited = coverage(words, read, c.synonyms) if first else 0.0
        other = other_province(first["region"], named, self.home_region) if first else False
        body = other_body(first["title"], body_asked(question)) if first else False
        # What the reply quotes (kb.answer): the top passage and its close runners-up of the same
        # document, each read with the title. One of them may hold the count asked ("每次扣2分" below
        # "无故缺席的，按照下列规定处理") or the value (kb.values).
        quoted = [first["title"] + "\n" + texts[n] for n in quoted_neighbours(
            new, [rows[ids[top[n]]]["doc_id"] for n in new[:COUNT_NEIGHBOURS]])] if first else []
        uncounted = bool(first) and not any(has_count(text, units) for text in quoted)
        reported = (c.abstention.rules_not_from_reports and bool(first)
                    and is_report(first["article"], first["heading_path"]) and asks_rule(question))
        latent_cov = (latent_coverage(latent_q, terms[new[0]]) if latent_q is not None and len(new)
                      and terms[new[0]] is not None else float("nan"))
        session = other_session(question, read) if first else False
        signals = result_signals(cands, new, score, best_dense, keys, cited, other, body, uncounted, reported,
                                 latent_cov, session, standing(d, b, top[new[0]]) if len(new) else None,
                                 character_coverage(question, read) if first else float("nan"),
                                 bool(first) and figure_elsewhere(kind, covered, first["title"], texts[new[0]],
                                                                  c.synonyms),
                                 bool(first) and number_missing(question, kind, read),
                                 bool(first) and unscheduled(question, kind, first["article"], read),
                                 bool(first) and value_missing(values_asked(question, kind), quoted))
        verdict, confidence = abstention.verdict(signals)
        t5 = time.perf_counter()
        return SearchResult(question, expanded, hits, best_dense, verdict == ABSTAIN,
                            {"embed": t1 - t0, "dense": t2 - t1, "bm25": t3 - t2, "latent": latent_s,
                             "fuse": t4 - t3 - latent_s, "verdict": t5 - t4},
                            verdict=verdict, confidence=confidence, signals=signals, candidates=cands)

    def start_latent(self, text: str, mode: str) -> Future | None:
        """Start the question's latent-terms pass on the second-pass thread, or None when the
        second stage does not weigh latent terms or the embedder has none (kb.latent)."""
        c = self.config
        if (mode != "hybrid" or not c.rerank.enabled or not c.rerank.latent or self.latent_query is None
                or self.cached_latent is None):
            return None
        return self._second_pass.submit(self.latent_query, text)

    def latent_terms(self, pending: Future | None, hashes: list[str]):
        """(the question's latent terms, each candidate's or None) once ``start_latent``'s pass is
        done, or (None, []) when it started none."""
        if pending is None:
            return None, []
        question = pending.result()
        if not question.any():
            return None, []
        found = self.cached_latent(set(hashes))
        return question, [found.get(h) for h in hashes]


def quoted_neighbours(order, documents: list) -> list:
    """The top passage of ``order`` and those of its first ``COUNT_NEIGHBOURS`` that share its
    document (``documents``: the document of each of them, in order): the passages the reply
    quotes, where a count or a value asked may stand."""
    return [n for n, doc in zip(order[:COUNT_NEIGHBOURS], documents) if doc == documents[0]]


def ranked_down(row: dict, named: set[str], asked: set[str], home: set[str]) -> bool:
    """Whether the first stage ranks a passage down (``first_stage``'s ``foreign``): another
    province's regulation than the ones the question names (``named``), or a passage about another
    instrument than the ones it names (``asked``: kb.query.instruments), read with its title."""
    # covered_text is built only when the question names an instrument (most do not).
    return off_region(row["region"], named, home) or bool(asked) and other_instrument(asked, covered_text(row))


def first_stage(d: np.ndarray, b: np.ndarray, foreign: np.ndarray, c: RetrievalConfig, mode: str) -> np.ndarray:
    """Fused first-stage scores; ``foreign``: passages ranked down (``ranked_down``)."""
    if mode == "dense":
        return d
    if mode == "bm25":
        return b
    if c.fusion == "rrf":
        fused = 2 * (c.dense_weight * _rrf(d, c.rrf_k) + c.bm25_weight * _rrf(b, c.rrf_k))
        # RRF scores are positive and small: scale them; z-scores: subtract.
        return fused * (1 - c.region_penalty * foreign)
    return c.dense_weight * _z(d) + c.bm25_weight * _z(b) - c.region_penalty * foreign


def _weights(c: RetrievalConfig, learned: np.ndarray | None) -> np.ndarray:
    r = c.rerank
    if not r.enabled:
        return weight_vector(0, 0, 0)
    if learned is not None and r.learned:
        return np.asarray(learned, dtype=np.float64)
    return weight_vector(r.sentence, r.coverage, r.answer_type, r.latent, r.distinctive, r.distinctive_sum,
                         r.characters, -r.ranked_down)


def second_stage(cands: Candidates, c: RetrievalConfig,
                 learned: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(order, score): the re-ranked order of the candidates (indices into them) and the
    second-stage score it follows; ``learned``: kb.ranker's weights. With the second stage
    off the order is the first stage's, and the score its z-scored fused score."""
    order, score = rerank(cands, _weights(c, learned), c.rerank.within_document)
    return (order if c.rerank.enabled else np.arange(len(cands.base))), score


def result_signals(cands: Candidates, order: np.ndarray, score: np.ndarray, best_dense: float,
                   key_coverage: float = 0.0, cited_coverage: float | None = None,
                   other_province: bool = False, other_body: bool = False,
                   missing_count: bool = False, report_for_rule: bool = False,
                   latent_coverage: float = float("nan"), other_session: bool = False,
                   ranks: tuple[float, float] | None = None,
                   characters: float = float("nan"), figure_elsewhere: bool = False,
                   missing_number: bool = False, unscheduled: bool = False,
                   missing_value: bool = False) -> Signals:
    """The abstention signals of the top passage after re-ranking (``score``: the second
    stage's; ``key_coverage``: the top passage's kb.features.key_coverage, computed by the
    caller, which holds the index's frequencies; ``cited_coverage``: its coverage with its
    document's title, else the second stage's coverage column, kb.features.covered_text, which
    reads the title too and a section's headings; ``ranks``: the top passage's ``standing``;
    ``characters``: its kb.features.character_coverage, read with its title)."""
    if len(order) == 0:
        return Signals(best_dense, 0.0, 0.0, 0.0, 0.0)
    first = order[0]
    margin = float(score[first] - max((score[i] for i in order[1:]), default=score[first] - 1.0))
    return Signals(best_dense=best_dense, sentence=float(cands.sentence[first]), margin=margin,
                   coverage=float(cands.coverage[first] if cited_coverage is None else cited_coverage),
                   answer_type=float(cands.answer_type[first]), key_coverage=key_coverage,
                   other_province=other_province, other_body=other_body, missing_count=missing_count,
                   report_for_rule=report_for_rule, latent_coverage=latent_coverage,
                   other_session=other_session,
                   dense_rank=ranks[0] if ranks else float("nan"), lexical_rank=ranks[1] if ranks else float("nan"),
                   document_share=float(np.mean([cands.doc_ids[i] == cands.doc_ids[first]
                                                 for i in order[:SHARE_OF]])),
                   characters=characters, figure_elsewhere=figure_elsewhere, missing_number=missing_number,
                   unscheduled=unscheduled, missing_value=missing_value)


def standing(d: np.ndarray, b: np.ndarray, i: int) -> tuple[float, float]:
    """log(1 + rank) of candidate ``i`` among all candidates by dense cosine and by BM25 (0: it
    was first on that side): a passage only the second stage brought up is less often the answer."""
    return float(np.log1p((d > d[i]).sum())), float(np.log1p((b > b[i]).sum()))


def _z(x: np.ndarray) -> np.ndarray:
    std = x.std()
    return (x - x.mean()) / std if std > 1e-9 else np.zeros_like(x)


def _rrf(x: np.ndarray, k: int) -> np.ndarray:
    ranks = np.empty(len(x))
    ranks[np.argsort(-x)] = np.arange(1, len(x) + 1)
    return 1.0 / (k + ranks)
