"""Search within given documents: every passage of those documents scored for one question.

The bot's curation asks "which office of the directory document is this question about?": a
hybrid score like the retriever's first stage (dense cosine and BM25), but over the few
passages of the named documents rather than the whole index, and with its caller's own
weights, because its thresholds are measured on this fused score (z-scores within the given
passages). No synonym expansion: "政协" -> "政治协商会议" would make every office that
"协商"s look relevant.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from kb.query import normalise


@dataclass
class ScoredPassage:
    chunk: dict         # the chunks row (id, doc_id, ordinal, text, citation, article ...)
    dense: float        # cosine of question and passage
    bm25: float         # BM25 score of the passage for the question's words
    fused: float        # dense_weight * z(dense) + bm25_weight * z(bm25), z within the passages


def search_within(kb, question: str, doc_ids: Iterable[int], *, dense_weight: float = 0.5,
                  bm25_weight: float = 0.5) -> list[ScoredPassage]:
    """Every passage of ``doc_ids`` (in document order, not ranked) with its scores.

    Callers pick ``max(passages, key=lambda p: p.fused)`` (the first of equals) and judge it
    with their own thresholds.
    """
    rows = [c for doc_id in doc_ids for c in kb.records.chunks_of(doc_id, reader=True)]
    if not rows:
        return []
    text = normalise(question)
    qvec = np.asarray(kb.embedder.embed_query(text), dtype=np.float32)
    ids = [r["id"] for r in rows]
    vectors = kb._load_vectors(ids)
    dense = np.array([float(np.dot(vectors[i], qvec)) if i in vectors else 0.0 for i in ids])
    lexical = kb.lexical_index()
    scores = lexical.scores(kb.tokenizer.tokens(text))
    position = lexical.position
    bm25 = np.array([float(scores[position[i]]) if i in position and len(scores) else 0.0 for i in ids])
    fused = dense_weight * _z(dense) + bm25_weight * _z(bm25)
    return [ScoredPassage(r, float(d), float(b), float(f)) for r, d, b, f in zip(rows, dense, bm25, fused)]


def _z(x: np.ndarray) -> np.ndarray:
    std = x.std()
    return (x - x.mean()) / std if std > 1e-9 else np.zeros_like(x)
