"""Choosing the abstention threshold for one knowledge base.

The dense cosine that separates "answered" from "not in the documents" depends
on the corpus and on the embedding model (e5 cosines bunch around 0.9; other
models use other scales). Staff give a few real questions with their expected
documents (the eval format: samples/questions.jsonl); the highest threshold
whose false abstention stays within the budget is stored with the index and
used instead of ``retrieval.abstain_below`` until the model changes.
"""
from __future__ import annotations

from dataclasses import dataclass

from kb.evaluation import Question


@dataclass
class Calibration:
    threshold: float
    false_abstention: float
    abstention_accuracy: float | None
    answerable: int
    unanswerable: int


def choose_threshold(answerable: list[float], unanswerable: list[float],
                     max_false_abstention: float = 0.05) -> Calibration:
    """The highest cut (just below some answerable score) within the false-abstention budget."""
    if not answerable:
        raise ValueError("Calibration needs at least one answerable question.")
    pos = sorted(answerable)
    allowed = int(max_false_abstention * len(pos))     # answerable questions we may lose
    threshold = pos[allowed] - 1e-4                    # keeps pos[allowed:] answered
    fa = sum(p < threshold for p in pos) / len(pos)
    aa = sum(n < threshold for n in unanswerable) / len(unanswerable) if unanswerable else None
    return Calibration(round(threshold, 4), fa, aa, len(pos), len(unanswerable))


def calibrate(kb, questions: list[Question], max_false_abstention: float = 0.05,
              store: bool = True) -> Calibration:
    pos, neg = [], []
    for q in questions:
        best = kb.search(q.question, ignore_threshold=True).best_dense
        (pos if q.answerable else neg).append(best)
    result = choose_threshold(pos, neg, max_false_abstention)
    if store:
        kb.set_abstain_threshold(result.threshold)
    return result
