"""Fitting the verdict (answer / pointer / abstain) for one knowledge base.

The signals that separate "answered" from "not in the documents" depend on the
corpus and on the embedding model (e5 cosines bunch around 0.9; other models
use other scales). Staff give real questions with their expected documents and
key phrases (the eval format: samples/questions.jsonl). ``ingest.py calibrate``
then stores, with the embedding model's id:

- always, a threshold on the best dense cosine: the highest whose false
  abstention stays within the budget (the fallback rule);
- when there are enough questions (``MIN_QUESTIONS``, with at least
  ``MIN_EACH`` right top passages and ``MIN_EACH`` questions no document
  answers), the several-signal logistic model of kb.abstention, its abstain
  threshold set for the same budget.

With fewer questions (the four sample documents come with 20) no model is
fitted (a several-weight model fitted on a handful of questions would fit
noise): the bundled verdict (kb/verdict_default.json, fitted on the tuning questions
for the same embedding model) is kept when there is one and
``retrieval.abstention.default_model`` is on, else the threshold rule is used;
calibrate says which. The bundled verdict's abstain cut is the one number
adapted, and only downwards. Replacing the bundled verdict with a threshold
fitted on 20 questions answered fewer follow-ups right (bench/followup_eval.py
on the dev pairs, leave-one-out: 0.739 against 0.807).
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from kb.abstention import SIGNALS, VERDICT_SIGNALS, AbstentionModel, choose_coverage_cut, fit_logistic
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
    method: str = "threshold"          # "threshold" | "logistic" | "bundled" (too few questions)
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
              gates: dict, use: tuple = VERDICT_SIGNALS, wrong_top: bool = False) -> AbstentionModel:
    """The logistic model over the signals in ``use`` (the others get weight 0); abstain below
    the cut that keeps the false abstention within ``budget``.

    It learns from questions whose top passage answers (1) against questions no document
    answers (0). Answerable questions whose top passage is wrong are left out unless
    ``wrong_top``: their signals look like an answered question's (the right document, often
    the next article), so as negatives they taught the model to doubt answerable questions
    rather than to spot unanswerable ones (5-fold CV on dev + tuning questions: abstention
    accuracy 0.40 → 0.63 at the same false abstention, bench/cv_eval.py).
    """
    keep = [i for i, (a, r) in enumerate(zip(answerable, top_right)) if wrong_top or r or not a]
    cols = [SIGNALS.index(u) for u in use]
    X = np.array([signals[i].vector()[cols] for i in keep])
    if len(X) and np.isnan(X).any():   # an unknown signal (NaN, kb.abstention.Signals): its column's mean
        with warnings.catch_warnings():      # a column of NaN only: "mean of empty slice", then 0
            warnings.simplefilter("ignore", RuntimeWarning)
            X = np.where(np.isnan(X), np.nan_to_num(np.nanmean(X, axis=0)), X)
    y = np.array([1.0 if top_right[i] else 0.0 for i in keep])
    w, b, mean, std = fit_logistic(X, y, l2=1.0)
    weights, means, stds = [0.0] * len(SIGNALS), [0.0] * len(SIGNALS), [1.0] * len(SIGNALS)
    for j, c in enumerate(cols):
        weights[c], means[c], stds[c] = float(w[j]), float(mean[j]), float(std[j])
    model = AbstentionModel(weights=weights, intercept=b, mean=means, std=stds,
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
    n_right, n_none = sum(right), sum(not q.answerable for q in questions)
    if len(questions) >= MIN_QUESTIONS and n_right >= MIN_EACH and n_none >= MIN_EACH:
        model = fit_model([r.signals for r in results], [q.answerable for q in questions], right,
                          budget, gates)
        model.threshold = result.threshold
        result.method, result.model = "logistic", model
        result.note = (f"several-signal model fitted on {len(questions)} questions "
                       f"({n_right} with the right top passage, {n_none} that no document answers)")
    else:
        too_few = (f"{len(questions)} questions ({n_right} right top passages, {n_none} that no document "
                   f"answers) are too few for the several-signal model (needs {MIN_QUESTIONS}, with "
                   f"{MIN_EACH} of each)")
        from kb.tuning import bundled_verdict

        bundled = bundled_verdict(kb.config)
        if bundled is not None:
            # One number is safe to fit on a handful of questions: where the bundled model's
            # confidence cuts, set for the budget on these questions (never stricter than bundled).
            conf = sorted(bundled.confidence(r.signals) for q, r in zip(questions, results) if q.answerable)
            allowed = int(budget * len(conf))
            if conf and conf[allowed] - 1e-9 < bundled.t_abstain:
                bundled.t_abstain = bundled.t_answer = float(conf[allowed]) - 1e-9
            result.method, result.model = "bundled", bundled
            result.note = (f"{too_few}; keeping the bundled verdict, abstaining below confidence "
                           f"{bundled.t_abstain:.3f}")
        else:
            result.model = AbstentionModel.fallback(result.threshold, **gates)
            result.note = f"{too_few}; using a threshold on the best dense cosine"
    if result.method != "bundled":
        # Then the coverage cut, within what is left of the budget: a passage holding (almost)
        # none of the question's words is not served as fact, however close its vectors. (The
        # bundled verdict keeps the cut it was fitted with.)
        signals = [r.signals for q, r in zip(questions, results) if q.answerable]
        verdicts = [result.model.verdict(s)[0] for s in signals]
        allowed = max(0, int(budget * len(signals)) - sum(v == "abstain" for v in verdicts))
        result.model.abstain_coverage = choose_coverage_cut(
            [s.coverage for s, v in zip(signals, verdicts) if v != "abstain"], allowed)
    if result.model.abstain_coverage:
        result.note += (f"; abstaining too when the passage holds under "
                        f"{result.model.abstain_coverage:.0%} of the question's content words")
    final = [result.model.verdict(r.signals)[0] for r in results]
    ans = [v for q, v in zip(questions, final) if q.answerable]
    una = [v for q, v in zip(questions, final) if not q.answerable]
    result.false_abstention = sum(v == "abstain" for v in ans) / len(ans)
    result.abstention_accuracy = sum(v == "abstain" for v in una) / len(una) if una else None
    if store:
        kb.set_abstain_threshold(result.threshold)
        kb.set_abstention_model(result.model)
    return result
