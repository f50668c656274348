"""Answer, point, or say "no answer": a verdict from several signals.

The dense cosine of the best passage alone separates answerable from
unanswerable questions only in a narrow band. The verdict combines:

- ``best_dense``: the best candidate's dense cosine;
- ``sentence``: the top passage's best sentence cosine;
- ``margin``: how far the top passage is ahead of the runner-up (second-stage score);
- ``coverage``: the share of the question's content words the top passage holds;
- ``answer_type``: whether the top passage holds the kind of answer asked for;
- ``key_coverage``: coverage with each word weighted by its rarity in the
  knowledge base (kb.features.key_coverage);
- ``latent_coverage``: the share of the question's latent-term weight the top
  passage holds (kb.latent);
- ``dense_rank``, ``lexical_rank``: log(1 + the top passage's rank) among all
  candidates by dense cosine and by BM25, before the second stage re-ranked
  them (kb.retriever.standing);
- ``document_share``: the share of the top ten passages from the top passage's
  document;
- ``characters``: the share of the question's content characters the top passage,
  read with its title, holds (kb.features.character_coverage): jieba drops the single
  characters a question may turn on (证 and 丢 of "委员证丢了怎么办");

in a small logistic model whose output, ``confidence``, estimates the
probability that the documents answer the question. The model uses
``VERDICT_SIGNALS``, those that held up under cross-validation (the margin,
coverage and the answer type added nothing held-out folds could see), and learns from
questions whose top passage answers against questions no document answers
(kb.calibration). It is fitted per
knowledge base by ``ingest.py calibrate`` (kb.calibration) and stored with the
embedding model id, like the old threshold. Then:

- ``abstain`` when confidence < ``t_abstain``, or when the top passage holds
  (almost) none of the question's content words (``abstain_coverage``);
- ``pointer`` ("这可能相关：", the passage offered, not served as fact) when
  confidence < ``t_answer``, or when the top passage lacks the expected answer
  type (a number asked and none of its kind held abstains: ``missing_number``)
  or most of the question's content words;
- ``answer`` otherwise.

Without a fitted model (a new knowledge base, or too few calibration
questions) the confidence is a fixed logistic curve over ``best_dense``
centred on the threshold (``retrieval.abstain_below`` or the calibrated one),
so the verdict is today's threshold rule plus the pointer gates.
"""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field

import numpy as np

SIGNALS = ("best_dense", "sentence", "margin", "coverage", "answer_type", "key_coverage", "latent_coverage",
           "dense_rank", "lexical_rank", "document_share", "characters")
# The signals the fitted verdict uses (bench/cv_eval.py, 5-fold CV on dev + tuning questions).
VERDICT_SIGNALS = ("best_dense", "sentence", "key_coverage", "latent_coverage", "dense_rank", "lexical_rank",
                   "document_share", "characters")
ANSWER, POINTER, ABSTAIN = "answer", "pointer", "abstain"


@dataclass
class Signals:
    best_dense: float
    sentence: float
    margin: float
    coverage: float
    answer_type: float       # 1.0 present or not asked, 0.0 asked for and missing
    key_coverage: float = 0.0
    # How much of the question's latent-term weight the passage holds (kb.latent.coverage). NaN
    # when unknown (an embedder without latent terms, the second stage not weighing them, or the
    # passage's terms missing from a cleared cache): the verdict then reads it as average.
    latent_coverage: float = float("nan")
    # The passage is another province's regulation than the one the question names
    # (kb.query.other_province): never served as the answer, whatever the other signals say.
    other_province: bool = False
    # The passage is the other body's rule (an 人大 law for a question on 政协; kb.query.other_body):
    # never served as the answer either.
    other_body: bool = False
    # The question asks how many of a thing ("几件", "多少天") and the passage counts none
    # (kb.features.has_count): it cannot say how many, so it is not served either.
    missing_count: bool = False
    # The question asks what a rule says ("咋申请", kb.features.asks_rule) and the passage is a
    # report (kb.features.is_report): it tells what happened, not what is required.
    report_for_rule: bool = False
    # The question asks a time or a number and the passage's figures all sit in sentences that
    # share none of its words (kb.features.figure_elsewhere): they are about something else.
    figure_elsewhere: bool = False
    # The question asks a number (how many, at least, at most, how far ahead) and the passage holds
    # none of that kind (kb.features.number_missing): it cannot state it, so it is not served.
    missing_number: bool = False
    # The question asks when something coming will happen and the passage, no article of a rule,
    # schedules nothing (kb.features.unscheduled): a report of the last meeting for "下一回定在啥时候".
    unscheduled: bool = False
    # The passage is about another numbered session than the one asked (kb.query.other_session:
    # the 五届六次会议's report for "五届七次会议定在啥时候开"): not served either.
    other_session: bool = False
    # The question asks for a phone number, an e-mail, a web address or a day and the passages the
    # reply quotes hold none (kb.values): "履职平台网址是多少" and the article naming the platform only.
    missing_value: bool = False
    # Where the top passage stood before the second stage: log(1 + its rank) among all candidates
    # by dense cosine and by BM25 (0: first on that side); and the share of the top ten passages
    # that come from its document. NaN when unknown (read as average, like latent coverage).
    dense_rank: float = float("nan")
    lexical_rank: float = float("nan")
    document_share: float = float("nan")
    # kb.features.character_coverage: the share of the question's content characters the top
    # passage, read with its title, holds. NaN when unknown (read as average).
    characters: float = float("nan")

    def vector(self) -> np.ndarray:
        return np.array([getattr(self, s) for s in SIGNALS], dtype=np.float64)

    def ruled_out(self) -> bool:
        """Whether a rule says the passage cannot answer, whatever the confidence: the wrong
        kind of passage (another province's or body's rule, another session, a report asked
        for a rule) or one lacking what is asked (a count, a number, a figure on the question's
        subject, a schedule, a phone number, address or day)."""
        return (self.other_province or self.other_body or self.missing_count or self.report_for_rule
                or self.other_session or self.figure_elsewhere or self.missing_number or self.unscheduled
                or self.missing_value)


@dataclass
class AbstentionModel:
    weights: list[float] = field(default_factory=list)     # over standardised SIGNALS; empty: fallback
    intercept: float = 0.0
    mean: list[float] = field(default_factory=list)
    std: list[float] = field(default_factory=list)
    t_abstain: float = 0.5
    t_answer: float = 0.5
    # The gates: a passage without the expected answer type, or with less than this share
    # of the question's content words, is offered as a pointer, never as the answer.
    gate_answer_type: bool = True
    min_coverage: float = 0.0
    # Abstain outright when the top passage holds less than this share of the question's
    # content words (none of "出国 考察 审批" in it: it is not about the question).
    abstain_coverage: float = 0.0
    # Fallback curve (no weights): confidence = sigmoid(slope * (best_dense - threshold)).
    threshold: float = 0.0
    slope: float = 150.0
    note: str = ""

    def __post_init__(self):
        # A model stored before a signal was added gives that signal no weight.
        missing = len(SIGNALS) - len(self.weights)
        if self.weights and missing > 0:
            self.weights = [*self.weights, *[0.0] * missing]
            self.mean = [*self.mean, *[0.0] * missing]
            self.std = [*self.std, *[1.0] * missing]

    def confidence(self, s: Signals) -> float:
        if not self.weights:
            return sigmoid(self.slope * (s.best_dense - self.threshold))
        # An unknown signal (NaN) counts as the average of the questions the model was fitted on.
        x = np.nan_to_num((s.vector() - np.array(self.mean)) / np.array(self.std), nan=0.0)
        return sigmoid(float(x @ np.array(self.weights)) + self.intercept)

    def verdict(self, s: Signals, confidence: float | None = None) -> tuple[str, float]:
        p = self.confidence(s) if confidence is None else confidence
        if p < self.t_abstain or s.coverage < self.abstain_coverage or s.ruled_out():
            return ABSTAIN, p
        if p < self.t_answer:
            return POINTER, p
        if (self.gate_answer_type and s.answer_type < 0.5) or s.coverage < self.min_coverage:
            return POINTER, p
        return ANSWER, p

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "AbstentionModel":
        raw = json.loads(text)
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    @classmethod
    def fallback(cls, threshold: float, **gates) -> "AbstentionModel":
        # Centred on the threshold: confidence 0.5 exactly where today's rule abstains.
        return cls(threshold=threshold, t_abstain=0.5, t_answer=0.5,
                   note="fallback: best dense cosine against one threshold", **gates)


COVERAGE_CUTS = (0.0, 0.1, 0.15, 0.2, 0.25)


def choose_coverage_cut(coverages_answered: list[float], allowed: int) -> float:
    """The highest cut in COVERAGE_CUTS that declines at most ``allowed`` more answerable questions."""
    best = 0.0
    for cut in COVERAGE_CUTS:
        if sum(c < cut for c in coverages_answered) <= allowed:
            best = cut
    return best


def sigmoid(x: float) -> float:
    if x < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1.0, iterations: int = 50):
    """L2-regularised logistic regression by Newton steps (numpy only).

    Returns (weights, intercept, mean, std) over standardised columns.
    """
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    mean = X.mean(axis=0)
    std = X.std(axis=0)
    std[std < 1e-9] = 1.0
    Z = np.column_stack([(X - mean) / std, np.ones(len(X))])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[-1] = 1e-6                      # the intercept is not shrunk
    for _ in range(iterations):
        p = 1 / (1 + np.exp(-np.clip(Z @ w, -40, 40)))
        grad = Z.T @ (p - y) + reg * w
        hess = (Z.T * (p * (1 - p))) @ Z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1]), mean, std
