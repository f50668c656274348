"""Whether the one-line answer a clause would give is shown (the "📌" line of a reply).

kb.extract picks the clause of the top passage that best gives what the question asks; that
clause is often one that answers a neighbouring question of the same article ("由居民委员会监督执
行" for "居民公约要报哪里备案"). A wrong first line is worse than none: the member reads it as the
answer, while the quote below it is still there to read. So a small logistic model over what chose
the clause (the signals below) says how likely it is to hold the answer, and the line is shown only
above a threshold. Its columns are shares (of the question's words, its own words, its characters)
rather than counts, and the question's length is one of them: counted, a short question as members
type it ("密码忘了找谁") shared too few words with its right line to keep it.

Fitted on the tuning questions by ``python -m bench.line_gate --write`` (numpy only,
kb.abstention.fit_logistic) and shipped as ``line_gate.json``; the threshold is the one that drops
the most wrong lines net of right ones on those questions. docs/retrieval.md, "One-line answers",
has the figures.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kb.abstention import fit_logistic, sigmoid

KINDS = ("time", "phone", "place", "body", "number", "yesno")
# The kinds of answer the gate judges. A date, a span, a number or a phone number is specific by
# itself and its line misses less often (tuning: time 41 of 219 lines, number 39 of 210); when they
# were gated too, the samples' "提案最晚什么时候交" lost "2026年12月20日…". An office, a yes or no,
# a place miss most (body 101 of 324, yes/no 58 of 218, place 16 of 40). An English question gets
# no office, yes/no or place line (kb.extract asks for the member's own Chinese words there), so
# none of its lines is gated.
GATED = ("body", "yesno", "place")
# The columns of the model, in order (kb.extract.choose_clause fills them).
SIGNALS = ("own_words", "sentence_words", "type_rank", "unit_asked", "member_words", "sentence_member_words",
           "question_characters", "length", "gap_to_next", "candidates", "tier", "types_asked", "question_length",
           *(f"kind_{k}" for k in KINDS))
GATE_FILE = Path(__file__).with_name("line_gate.json")


@dataclass(frozen=True)
class LineGate:
    weights: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    std: tuple[float, ...]
    threshold: float

    def chance(self, signals) -> float:
        """The estimated chance that the clause holds the answer."""
        return sigmoid(self.intercept + sum(w * (x - m) / s
                                            for w, x, m, s in zip(self.weights, signals, self.mean, self.std)))

    def keeps(self, signals, kind: str) -> bool:
        return kind not in GATED or self.chance(signals) >= self.threshold

    def to_json(self) -> dict:
        return {"signals": list(SIGNALS), "weights": list(self.weights), "intercept": self.intercept,
                "mean": list(self.mean), "std": list(self.std), "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: dict) -> "LineGate":
        if data.get("signals") != list(SIGNALS):
            raise ValueError(f"{GATE_FILE.name} was fitted on other signals; refit it: "
                             "python -m bench.line_gate --write")
        return cls(tuple(data["weights"]), float(data["intercept"]), tuple(data["mean"]), tuple(data["std"]),
                   float(data["threshold"]))


@functools.cache
def bundled() -> LineGate:
    return LineGate.from_json(json.loads(GATE_FILE.read_text(encoding="utf-8")))


def fit(signals: list, holds: list[bool]) -> LineGate:
    """The model fitted on ``signals`` (rows of SIGNALS) labelled by whether the line held the answer,
    with the threshold that drops the most wrong lines net of right ones on the same rows."""
    X, y = np.asarray(signals, dtype=np.float64), np.asarray(holds, dtype=np.float64)
    weights, intercept, mean, std = fit_logistic(X, y, l2=1.0)
    gate = LineGate(tuple(map(float, weights)), intercept, tuple(map(float, mean)), tuple(map(float, std)), 0.0)
    chances = np.array([gate.chance(row) for row in X])
    best, threshold = 0, 0.0
    for t in np.linspace(0.05, 0.7, 27):
        dropped = chances < t
        net = int(((y == 0) & dropped).sum() - ((y == 1) & dropped).sum())
        if net > best:
            best, threshold = net, float(t)
    return LineGate(gate.weights, intercept, gate.mean, gate.std, round(threshold, 4))


__all__ = ["GATE_FILE", "GATED", "KINDS", "LineGate", "SIGNALS", "bundled", "fit"]
