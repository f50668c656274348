"""Choosing a reading of a follow-up by what the knowledge base is sure of.

Each candidate reading (bot.features.conversation.readings) is searched; the
search returns a calibrated ``confidence`` (kb.abstention: the estimated
probability that its top passage answers) and a verdict. The reading chosen is
the default one (the rule's standalone question, or the message as typed when
the rule sees no follow-up) unless another reading's result is better: with
``by="verdict"`` a better verdict first (the knowledge base answers rather than
points or abstains), then, like ``by="confidence"``, a confidence higher by more
than the margin. The margin depends on the default: ``typed_margin`` when it is the
message as typed (the rule read no follow-up into it, but the message may still be
one: "记错了找谁改" after "我的履职积分在哪查"), ``margin`` when it is the rule's
rewrite. The switch and the margins are chosen by leave-one-out cross-validation over
the tuning pairs (``python -m bench.followup_cv``), with the verdict calibrated as
``make run`` calibrates it: confidence alone, 0.15 for a typed default and 1.0 (never
on confidence alone) for a rewrite (``bot.conversation``; docs/conversation.md).

When no reading is answered, the readings may still agree: every one of them
puts the same passage first. Each reading alone is too short or too long for
the verdict to be sure, but several wordings finding one passage is evidence
the verdict does not see. Then the surest reading is served as the answer if
its confidence reaches ``agreement`` (``bot.conversation.agreement_confidence``,
chosen by leave-one-out over the dev pairs, unanswerable follow-ups among them;
the folds now choose "never", 1.01).

The reading chosen is sometimes the wrong one, and the member is the one who knows. So
``resolve`` also names an ``alternative``: the surest other reading the knowledge base
answers from another article. The reply offers it as a button (service.py): over the 2087
tuning pairs, of the 428 answerable follow-ups answered wrong, the alternative answers 123
(docs/conversation.md, "Another reading, one tap away").
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from bot.features.conversation.readings import Reading

# What a verdict is worth before confidence breaks ties: a reading the knowledge base
# answers beats one it only points at, which beats one it abstains on.
VERDICT_RANK = {"answer": 2, "pointer": 1, "abstain": 0}


@dataclass
class Scored:
    reading: Reading
    result: object            # kb.retriever.SearchResult
    answer: object            # kb.answer.Answer composed from it
    seconds: float = 0.0

    @property
    def confidence(self) -> float:
        return float(self.result.confidence)

    @property
    def verdict(self) -> str:
        return self.result.verdict


@dataclass
class Choice:
    chosen: Scored
    scored: list[Scored] = field(default_factory=list)
    alternative: Scored | None = None      # offered to the member beside the chosen (``alternative``)

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.scored)


def answer_reading(kb, reading: Reading) -> Scored:
    """Search one reading and compose its answer, as ``KnowledgeBase.ask`` does (the same two
    steps, so the chosen reading's search is not repeated: embedding a query is most of a
    search's time)."""
    t0 = time.perf_counter()
    result = kb.search_question(reading.text, language=reading.language)
    answer = kb.answer(result, reading.text, reading.language, focus=reading.focus)
    return Scored(reading, result, answer, time.perf_counter() - t0)


def score(s: Scored, by: str = "confidence") -> tuple:
    if by == "verdict":
        return (VERDICT_RANK.get(s.verdict, 0), s.confidence)
    return (s.confidence,)


def margin_for(default_kind: str, margin: float, typed_margin: float | None = None) -> float:
    """How much surer another reading must be than the default, a reading of ``default_kind``:
    ``typed_margin`` when it is the message as typed, else (or when it is None) ``margin``."""
    return typed_margin if typed_margin is not None and default_kind == "typed" else margin


def choose(scored: list[Scored], margin: float, by: str = "confidence", as_typed: float | None = None) -> Scored:
    """The default (first) reading unless another, with a verdict as good, is more sure by more
    than ``margin`` (the surest such one).

    ``as_typed``: the margin of the message as typed over the rule's reading it was merged into
    (``margin_of``); None: ``margin``.

    ``by="verdict"`` compares verdicts first (answer > pointer > abstain), then confidence
    with the margin; ``"confidence"`` compares the calibrated confidence alone.
    """
    default, others = scored[0], scored[1:]
    # A reading the knowledge base only points at (or abstains on) never replaces one it
    # answers, however sure: "全会去不了 请假找谁 要提前几天" after "社情民意一篇写多少字合适" was
    # answered as typed, and the previous question + the message, surer because of the
    # previous question's own words, was served as a pointer to the 社情民意 article.
    floor = VERDICT_RANK.get(default.verdict, 0)
    others = [s for s in others if VERDICT_RANK.get(s.verdict, 0) >= floor]
    better = [s for s in others if _better(s, default, by, margin_of(s.reading.kind, default.reading.kind,
                                                                    margin, as_typed))]
    return max(better, key=lambda s: score(s, by)) if better else default       # the first of equals


def margin_of(kind: str, default_kind: str, margin: float, as_typed: float | None) -> float:
    """How much surer a reading of ``kind`` must be than the default to replace it: ``as_typed``
    for the message as typed against the rule's reading (readings.readings offers it after a long
    message the rule merged), else ``margin``."""
    return as_typed if as_typed is not None and kind == "typed" and default_kind == "rule" else margin


def least_margin(kinds: list[str], margin: float, as_typed: float | None) -> float:
    """The smallest margin any of the readings of ``kinds`` (the default's first) must beat the
    default by: what ``settled`` weighs, since any of them might replace it."""
    return min(margin_of(kind, kinds[0], margin, as_typed) for kind in kinds)


def _better(a: Scored, b: Scored, by: str, margin: float) -> bool:
    if by == "verdict":
        ra, rb = VERDICT_RANK.get(a.verdict, 0), VERDICT_RANK.get(b.verdict, 0)
        if ra != rb:
            return ra > rb
    return a.confidence > b.confidence + margin


def settled(default: Scored, by: str, margin: float, agreement: float = 1.01) -> bool:
    """True when no other reading could be chosen over ``default``, so the others are not
    searched at all: with ``by="verdict"`` and ``margin >= 1`` when its search answers (only a
    better verdict could replace it; a confidence is at most 1); with ``by="confidence"`` when
    no confidence can exceed it by ``margin``. Agreeing readings (``agreed``) are served only
    when none is answered, so an answered default settles it either way."""
    if by == "verdict":
        return margin >= 1.0 and default.verdict == "answer"
    return default.confidence + margin >= 1.0 and (default.verdict == "answer" or agreement > 1.0)


def agreed(scored: list[Scored], agreement: float) -> Scored | None:
    """The surest reading when none is answered, at least two were searched, all put the same
    passage first, and the surest is at least ``agreement`` confident; else None."""
    if len(scored) < 2 or any(s.verdict == "answer" for s in scored):
        return None
    tops = {s.result.hits[0].chunk_id if s.result.hits else None for s in scored}
    if len(tops) != 1 or None in tops:
        return None
    best = max(scored, key=lambda s: s.confidence)
    return best if best.confidence >= agreement else None


def serve_agreed(kb, s: Scored) -> Scored:
    """``s`` answered: its search's verdict set to "answer" and the answer composed again."""
    s.result.verdict, s.result.abstain = "answer", False
    s.answer = kb.answer(s.result, s.reading.text, s.reading.language, focus=s.reading.focus)
    return s


def alternative(scored: list[Scored], chosen: Scored) -> Scored | None:
    """The surest reading other than ``chosen`` that the knowledge base answers from another
    article than the chosen one's, or None: what the member may have meant instead."""
    cited = chosen.answer.citation if chosen.verdict == "answer" else None
    others = [s for s in scored if s is not chosen and s.verdict == "answer" and s.answer.citation
              and s.answer.citation != cited]
    return max(others, key=lambda s: s.confidence) if others else None


def resolve(kb, readings: list[Reading], margin: float, by: str = "confidence",
            agreement: float = 1.01, typed_margin: float | None = None, offer: bool = False,
            as_typed: float | None = None) -> Choice:
    """Search the readings and choose one (an abstaining answer carries the staff contact, as
    ``KnowledgeBase.answer`` composes it).

    The default reading is searched first; the others only when they could be chosen, or
    with ``offer`` (to name an ``alternative``; it never changes the choice). When none is
    answered but all agree on the passage (``agreed``), the surest is served.
    ``typed_margin``: the margin when the default is the message as typed (``margin_for``);
    ``as_typed``: the message as typed against the rule's reading (``margin_of``).
    """
    margin = margin_for(readings[0].kind, margin, typed_margin)
    scored = [answer_reading(kb, readings[0])]
    if settled(scored[0], by, least_margin([r.kind for r in readings], margin, as_typed), agreement):
        if offer:
            scored += [answer_reading(kb, r) for r in readings[1:]]
        picked = scored[0]
    else:
        scored += [answer_reading(kb, r) for r in readings[1:]]
        together = agreed(scored, agreement)
        picked = serve_agreed(kb, together) if together is not None else choose(scored, margin, by, as_typed)
    return Choice(picked, scored, alternative(scored, picked) if offer else None)


__all__ = ["VERDICT_RANK", "Choice", "Scored", "agreed", "alternative", "answer_reading", "choose", "least_margin", "margin_for", "margin_of", "resolve", "score", "serve_agreed", "settled"]
