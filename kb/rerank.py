"""The second stage: pick the article among the top candidates.

First-stage fusion (dense + BM25) finds the right document well but often
ranks a neighbouring article of it first. The second stage looks again at the
top ``depth`` candidates with signals the first stage lacks:

- ``sentence``: the cosine of the passage's best sentence to the question
  (kb.sentences), z-scored over the candidates;
- ``coverage``: the share of the question's content words the passage holds
  (kb.features);
- ``answer_type``: whether the passage holds the kind of answer asked for;
- ``latent``: the dot product of the question's and the passage's latent terms
  (kb.latent), z-scored over the candidates (0 where the embedder has none);
- ``distinctive`` and ``distinctive_sum``: the question's words the passage holds, each
  weighted by how rare it is among its own document's passages (kb.features.distinctive), as
  a share and as a sum (z-scored over the candidates);
- ``characters``: the share of the question's content characters the passage's best sentence,
  read with its document's title, holds (kb.features.sentence_character_coverage): the single
  characters jieba drops;
- ``ranked_down``: 1 for a candidate the first stage ranked down (another province's regulation,
  another instrument than the question names), with a negative weight: the first stage's penalty
  is diluted when its score is z-scored again over the candidates, and the columns above cannot
  tell a 信访 time limit from the 提案 one asked about;

and adds them, weighted, to the z-scored first-stage score. With
``within_document`` the new scores only reorder the articles of each document
among the places that document already held, so the second stage can fix the
article without overturning the choice of document.

The weights are tuned by cross-validation (bench/cv_eval.py), or learned from
pseudo-questions (kb.ranker) when ``retrieval.rerank.learned`` is on.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

FEATURES = ("base", "sentence", "coverage", "answer_type", "latent", "distinctive", "distinctive_sum",
            "characters", "ranked_down")


@dataclass
class Candidates:
    """Per-candidate signals, in first-stage order (best first)."""
    doc_ids: list
    base: np.ndarray          # first-stage fused score
    sentence: np.ndarray      # best sentence cosine
    coverage: np.ndarray      # share of content words present
    answer_type: np.ndarray   # 1.0 when the expected kind of answer is present (or none expected)
    chunk_ids: list = field(default_factory=list)
    latent: np.ndarray | None = None   # latent-term score (kb.latent); None: not computed
    # kb.features.distinctive of each candidate: (share, sum) columns; None: not computed
    distinctive: np.ndarray | None = None
    # kb.features.sentence_character_coverage of each candidate; None: not computed (weight 0)
    characters: np.ndarray | None = None
    # 1.0 where the first stage ranked the candidate down (kb.retriever.ranked_down: another
    # province's regulation, another instrument); None: none was
    ranked_down: np.ndarray | None = None

    def matrix(self) -> np.ndarray:
        """Features as the linear scorer sees them: z-scored where scales vary by question."""
        n = len(self.base)
        latent = np.zeros(n) if self.latent is None else z(self.latent)
        if self.distinctive is None:
            share = total = np.zeros(n)
        else:
            share, total = self.distinctive[:, 0], z(self.distinctive[:, 1])
        characters = np.zeros(n) if self.characters is None else self.characters
        down = np.zeros(n) if self.ranked_down is None else self.ranked_down
        return np.column_stack([z(self.base), z(self.sentence), self.coverage, self.answer_type, latent,
                                share, total, characters, down])


def z(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    if len(x) == 0:
        return x
    std = x.std()
    return (x - x.mean()) / std if std > 1e-9 else np.zeros_like(x)


def weight_vector(sentence: float, coverage: float, answer_type: float, latent: float = 0.0,
                  distinctive: float = 0.0, distinctive_sum: float = 0.0, characters: float = 0.0,
                  ranked_down: float = 0.0) -> np.ndarray:
    return np.array([1.0, sentence, coverage, answer_type, latent, distinctive, distinctive_sum, characters,
                     ranked_down])


def rerank(c: Candidates, weights: np.ndarray, within_document: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(order, score): a new order (indices into the candidates) and the score it follows."""
    weights = np.asarray(weights, dtype=np.float64)
    if len(weights) < len(FEATURES):       # weights learned before a feature existed: it gets 0
        weights = np.r_[weights, np.zeros(len(FEATURES) - len(weights))]
    score = c.matrix() @ weights if len(c.base) else np.zeros(0)
    if len(c.base) <= 1:
        return np.arange(len(c.base)), score
    return order_by(score, c.doc_ids, within_document), score


def order_by(score: np.ndarray, doc_ids: list, within_document: bool = False) -> np.ndarray:
    """The candidates ordered by ``score``; ``within_document``: each document keeps the places
    it had and only its articles are reordered among them."""
    n = len(score)
    if not within_document:
        return np.argsort(-score, kind="stable")
    order = np.arange(n)
    slots: dict = {}
    for i, d in enumerate(doc_ids):
        slots.setdefault(d, []).append(i)
    for idx in slots.values():
        if len(idx) > 1:
            ranked = sorted(idx, key=lambda i: -score[i])
            order[idx] = ranked
    return order
