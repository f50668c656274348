"""Fitting the verdict (answer / pointer / abstain) for one knowledge base.

The signals that separate "answered" from "not in the documents" depend on the
corpus and on the embedding model (e5 cosines bunch around 0.9; other models
use other scales). Staff give real questions with their expected documents and
key phrases (the eval format: samples/questions.jsonl). ``ingest.py calibrate``
then stores, with the embedding model's id:

- always, a threshold on the best dense cosine: the highest whose false
  abstention stays within the budget (the fallback rule);
- when there are enough questions (``MIN_QUESTIONS``, with at least
  ``MIN_EACH`` right and wrong top passages), the several-signal logistic model
  of kb.abstention, its abstain threshold set for the same budget.

With fewer questions (the four sample documents come with 20) the threshold rule
is used and calibrate says so: a five-weight model fitted on a handful of
questions would fit noise.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from kb.abstention import AbstentionModel, choose_coverage_cut, fit_logistic
from kb.evaluation import Question, relevant

MIN_QUESTIONS = 30
MIN_EACH = 5


@dataclass
class Calibration:
    threshold: float
    false_abstention: float
    abstention_accuracy: float | None
    answerable: int
    unanswerable: int
    method: str = "threshold"          # "threshold" | "logistic"
    note: str = ""
    model: AbstentionModel | None = None


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


def fit_model(signals: list, answerable: list[bool], top_right: list[bool], budget: float,
              gates: dict) -> AbstentionModel:
    """The logistic model: P(top passage answers) from the signals; abstain below the budget's cut."""
    X = np.array([s.vector() for s in signals])
    y = np.array([1.0 if r else 0.0 for r in top_right])
    w, b, mean, std = fit_logistic(X, y, l2=1.0)
    model = AbstentionModel(weights=w.tolist(), intercept=b, mean=mean.tolist(), std=std.tolist(),
                            note=f"logistic over {len(y)} questions", **gates)
    conf = sorted(model.confidence(s) for s, a in zip(signals, answerable) if a)
    allowed = int(budget * len(conf))
    model.t_abstain = model.t_answer = float(conf[allowed]) - 1e-9 if conf else 0.5
    return model


def calibrate(kb, questions: list[Question], max_false_abstention: float | None = None,
              store: bool = True) -> Calibration:
    cfg = kb.config.retrieval.abstention
    budget = cfg.max_false_abstention if max_false_abstention is None else max_false_abstention
    gates = {"gate_answer_type": cfg.gate_answer_type, "min_coverage": cfg.min_coverage}
    results = [kb.search(q.question, ignore_threshold=True) for q in questions]
    pos = [r.best_dense for q, r in zip(questions, results) if q.answerable]
    neg = [r.best_dense for q, r in zip(questions, results) if not q.answerable]
    result = choose_threshold(pos, neg, budget)
    right = [bool(q.answerable and r.hits and relevant(q, r.hits[0].doc_key, r.hits[0].text))
             for q, r in zip(questions, results)]
    n_right, n_wrong = sum(right), len(right) - sum(right)
    if len(questions) >= MIN_QUESTIONS and n_right >= MIN_EACH and n_wrong >= MIN_EACH:
        model = fit_model([r.signals for r in results], [q.answerable for q in questions], right,
                          budget, gates)
        model.threshold = result.threshold
        result.method, result.model = "logistic", model
        result.note = (f"several-signal model fitted on {len(questions)} questions "
                       f"({n_right} with the right top passage, {n_wrong} without)")
    else:
        result.model = AbstentionModel.fallback(result.threshold, **gates)
        result.note = (f"{len(questions)} questions ({n_right} right top passages, {n_wrong} not) are too "
                       f"few for the several-signal model (needs {MIN_QUESTIONS}, with {MIN_EACH} of each); "
                       "using a threshold on the best dense cosine")
    # Then the coverage cut, within what is left of the budget.
    signals = [r.signals for q, r in zip(questions, results) if q.answerable]
    verdicts = [result.model.verdict(s)[0] for s in signals]
    allowed = max(0, int(budget * len(signals)) - sum(v == "abstain" for v in verdicts))
    result.model.abstain_coverage = choose_coverage_cut(
        [s.coverage for s, v in zip(signals, verdicts) if v != "abstain"], allowed)
    if result.model.abstain_coverage:
        result.note += f"; abstaining too when the passage holds under {result.model.abstain_coverage:.0%} of the question's content words"
    final = [result.model.verdict(r.signals)[0] for r in results]
    ans = [v for q, v in zip(questions, final) if q.answerable]
    una = [v for q, v in zip(questions, final) if not q.answerable]
    result.false_abstention = sum(v == "abstain" for v in ans) / len(ans)
    result.abstention_accuracy = sum(v == "abstain" for v in una) / len(una) if una else None
    if store:
        kb.set_abstain_threshold(result.threshold)
        kb.set_abstention_model(result.model)
    return result
