"""Hybrid retrieval: dense (Chroma) and BM25 candidates, fused.

Fusion is either reciprocal rank fusion or a weighted sum of per-query
z-scored scores (the default: it keeps how far ahead the best candidate is,
which RRF throws away). Abstention uses its own signal, the dense cosine of
the best candidate, because fused scores barely separate answerable from
unanswerable questions.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from kb.config import RetrievalConfig
from kb.query import expand, normalise, regions_named


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
    score: float = 0.0        # fused
    dense: float = 0.0        # cosine similarity to the question
    bm25: float = 0.0
    # Optional: the passage's sentences with their scores (best first), when retrieval has them.
    sentences: list[tuple[str, float]] = field(default_factory=list)


@dataclass
class SearchResult:
    question: str
    expanded: str
    hits: list[Hit]
    best_dense: float
    abstain: bool
    timings: dict = field(default_factory=dict)
    # "answer" | "pointer" (possibly relevant, not served as fact) | "abstain"; derived from
    # ``abstain`` when retrieval does not decide it.
    verdict: str = ""
    confidence: float = 0.0

    def __post_init__(self):
        if not self.verdict:
            self.verdict = "abstain" if self.abstain else "answer"


class Retriever:
    def __init__(self, config: RetrievalConfig, *, embed_query, tokenizer, vector_store,
                 lexical_index: Callable, load_chunks: Callable, load_vectors: Callable,
                 home_region: list[str]):
        self.config = config
        self.embed_query = embed_query
        self.tokenizer = tokenizer
        self.vectors = vector_store
        self.lexical_index = lexical_index      # () -> LexicalIndex, fresh after changes
        self.load_chunks = load_chunks          # ids -> {id: row}
        self.load_vectors = load_vectors        # ids -> {id: vector}
        self.home_region = set(home_region)

    def search(self, question: str, *, k: int | None = None, mode: str = "hybrid",
               abstain_below: float | None = None) -> SearchResult:
        import time

        c = self.config
        k = k or c.top_k
        t0 = time.perf_counter()
        question = normalise(question)
        expanded = expand(question, c.synonyms)
        qvec = self.embed_query(expanded)
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

        ids = list(dict.fromkeys([*dense, *bm25]))
        if not ids:
            return SearchResult(question, expanded, [], 0.0, True, {"embed": t1 - t0})
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
        if mode == "dense":
            fused = d
        elif mode == "bm25":
            fused = b
        elif c.fusion == "rrf":
            fused = 2 * (c.dense_weight * _rrf(d, c.rrf_k) + c.bm25_weight * _rrf(b, c.rrf_k))
        else:
            fused = c.dense_weight * _z(d) + c.bm25_weight * _z(b)

        named = regions_named(question)
        regions = {cid: rows[cid]["region"] for cid in ids}
        penalty = np.array(
            [c.region_penalty if regions[cid] and regions[cid] not in self.home_region
             and regions[cid] not in named else 0.0 for cid in ids]
        )
        if mode == "hybrid":
            # RRF scores are positive and small: scale them; z-scores: subtract.
            fused = fused * (1 - penalty) if c.fusion == "rrf" else fused - penalty

        order = np.argsort(-fused)[:k]
        hits = []
        for n in order:
            cid = ids[n]
            row = rows[cid]
            hits.append(Hit(
                chunk_id=cid, doc_id=row["doc_id"], doc_key=row["doc_key"], title=row["title"],
                citation=row["citation"], text=row["text"],
                heading_path=json.loads(row["heading_path"] or "[]"), article=row["article"],
                score=float(fused[n]), dense=float(d[n]), bm25=float(b[n]),
            ))
        best_dense = float(d.max()) if len(d) else 0.0
        abstain = best_dense < (c.abstain_below if abstain_below is None else abstain_below)
        t4 = time.perf_counter()
        return SearchResult(question, expanded, hits, best_dense, abstain,
                            {"embed": t1 - t0, "dense": t2 - t1, "bm25": t3 - t2, "fuse": t4 - t3})


def _z(x: np.ndarray) -> np.ndarray:
    std = x.std()
    return (x - x.mean()) / std if std > 1e-9 else np.zeros_like(x)


def _rrf(x: np.ndarray, k: int) -> np.ndarray:
    ranks = np.empty(len(x))
    ranks[np.argsort(-x)] = np.arange(1, len(x) + 1)
    return 1.0 / (k + ranks)
