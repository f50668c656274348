"""Whether two members ask the same question: the rule that groups the queue and serves FAQ answers.

Two questions are taken to mean the same when their *question focus* is
compatible (see :func:`focus`) and either

* the cosine similarity of their query embeddings is at least ``COS_ALONE``
  (0.96), or
* the cosine is at least ``COS_WITH_TERMS`` (0.93) *and* the Jaccard overlap
  of their terms (``kb.tokenizer.tokens``: jieba words plus CJK bigrams) is at
  least ``TERMS_MIN`` (0.5).

Chosen by measurement (``bench/curation_eval.py`` prints the calibration
sweep): with the bundled multilingual-e5-small, cosine between *any* two
short Chinese questions about the committee sits between 0.85 and 1.0 —
over 3,100 pairs of different questions from the evaluation and sample sets
reach 0.955, while hand-written paraphrases start at 0.91. A cosine-only
threshold therefore has to be high (0.96: no false match among those pairs).
Re-asks that keep most of the wording ("委员证丢了怎么补办" / "委员证丢了咋补办")
are recovered by the second route: high term overlap together with a
moderately high cosine. The focus check handles what neither signal sees:
"年度履职报告交给谁" and "年度履职报告什么时候交" share every content word and
have cosine 0.97, but one asks *who*, the other *when*. The operating point
favours precision: a wrong curated answer misleads, a missed one only costs a
document search (and the queue shows staff the near-miss with a one-tap
"same as FAQ #n" button, which teaches the entry the new wording). Members
also see which question the curated answer was written for, and a button to
search the documents instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

# ----- thresholds (module docstring; bench/curation_eval.py measures them) -----

COS_ALONE = 0.96        # cosine alone is enough
COS_WITH_TERMS = 0.93   # cosine needed when the wording also overlaps ...
TERMS_MIN = 0.5         # ... by at least this Jaccard share of terms
COS_SUGGEST = 0.92      # below a match, but worth showing staff as "maybe the same as FAQ #n"
VARIANT_DUPLICATE = 0.99  # a confirmed question this close to a variant adds nothing

_FOCUS = [
    # Order matters: "哪天" is "when", not "where"; "几楼" is "where", not "how many".
    ("when", re.compile(r"什么时候|啥时候|何时|几点|哪天|哪一天|几号|什么时间|哪年|哪一年|几月")),
    ("place", re.compile(r"几楼|几层|哪一层")),
    ("amount", re.compile(r"多少|多长|多久|多大|多高|多远|多重|(?<![那这好十])几[个次人天年件分篇位岁遍名条项倍周月小]")),
    ("place", re.compile(r"谁|哪|什么地方|什么部门|什么单位|怎么|怎样|如何|咋|什么程序|什么手续|啥手续|啥程序|流程")),
    ("yesno", re.compile(r"吗|能不能|可不可以|是否|有没有|行不行|可以不|会不会|要不要|是不是|[？?]\s*$")),
    ("what", re.compile(r"什么|啥")),
]


def focus(text: str) -> str | None:
    """What a question asks for: when, amount, place (who/where/how to get it done), yesno, what.

    Who, where and how are one class because members use them for the same
    need ("交给谁" / "交到哪里" / "怎么交"); when and how-much are not.
    """
    for name, rx in _FOCUS:
        if rx.search(text):
            return name
    return None


def compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    pair = {a, b}
    if pair == {"yesno", "place"}:          # "能报销吗" ~ "怎么报销"
        return True
    if "what" in pair and not pair & {"when", "amount"}:
        return True
    return False


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def same_question(cos: float, overlap: float, focus_ok: bool = True) -> bool:
    return focus_ok and (cos >= COS_ALONE or (cos >= COS_WITH_TERMS and overlap >= TERMS_MIN))


@dataclass
class Probe:
    """A question ready to compare: its embedding, terms and focus."""

    text: str
    vector: np.ndarray
    tokens: set[str]
    focus: str | None

    def compare(self, vector: np.ndarray, tokens: set[str], text: str) -> tuple[float, float, bool]:
        return (float(np.dot(self.vector, vector)), jaccard(self.tokens, tokens),
                compatible(self.focus, focus(text)))


@dataclass
class Match:
    entry_id: int
    variant: str
    cos: float
    overlap: float
    same: bool


def blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def vec(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype=np.float32)


def probe_of(kb, text: str) -> Probe:
    """A question ready to compare (embeds it: run on the assistant's worker threads)."""
    from kb.query import normalise

    text = normalise(text)
    return Probe(text, np.asarray(kb.embedder.embed_query(text), dtype=np.float32),
                 set(kb.tokenizer.tokens(text)), focus(text))


def stored_probe(text: str, vector: bytes, tokens: str | None) -> Probe:
    """A question stored with its embedding and terms (a queue ask, a FAQ variant)."""
    return Probe(text, vec(vector), set((tokens or "").split()), focus(text))


__all__ = ["focus", "compatible", "jaccard", "same_question", "Probe", "Match", "probe_of", "stored_probe",
           "blob", "vec", "COS_ALONE", "COS_WITH_TERMS", "TERMS_MIN", "COS_SUGGEST", "VARIANT_DUPLICATE"]
