"""Scoring the knowledge base on a question file (the contract in shared/eval/README.md).

A retrieved passage is relevant when it comes from the question's ``doc``
and contains one of its ``answer_contains`` phrases (whitespace removed).
Answer accuracy is judged on the rendered reply, the text a member sees.

Verdicts (kb.retriever.SearchResult.verdict): a "pointer" reply ("这可能相关："
and the passage offered, not served as fact) counts as NOT a correct answer and
NOT an abstention; false abstention and abstention accuracy count only
verdict "abstain". The verdict is read from the answer object (``verdict``),
else derived from ``abstained``.
"""
from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub("", text or "")


@dataclass
class Question:
    id: str
    question: str
    doc: str | None
    answer_contains: list[str]
    answerable: bool
    kind: str
    section: str | None = None
    # Other documents that carry the same answer (the sample documents repeat phone numbers and
    # deadlines); a passage or reply from one of them counts as well.
    also_docs: tuple[str, ...] = ()

    @property
    def docs(self) -> set[str]:
        return ({self.doc} | set(self.also_docs)) if self.doc else set()


def load_questions(path: Path) -> list[Question]:
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        out.append(Question(
            id=raw.get("id", f"Q{n}"), question=raw["question"], doc=raw.get("doc"),
            answer_contains=raw.get("answer_contains") or [], answerable=bool(raw.get("answerable", True)),
            kind=raw.get("kind", "other"), section=raw.get("section"),
            also_docs=tuple(raw.get("also_docs") or ()),
        ))
    return out


@dataclass
class Outcome:
    question: Question
    rank: int | None            # 1-based rank of the first relevant passage in the top 10
    abstained: bool
    answer_correct: bool
    reply: str
    top: list[str]              # citations of the top passages
    latency: float
    verdict: str = ""           # "answer" | "pointer" | "abstain"
    # A decline's offered passage (kb.answer.nearest_passage): None when none was offered, else
    # whether it is relevant (from the question's documents and holding an answer phrase).
    nearest_right: bool | None = None


@dataclass
class Scores:
    outcomes: list[Outcome] = field(default_factory=list)

    def figures(self, outcomes: list[Outcome] | None = None) -> dict:
        outcomes = self.outcomes if outcomes is None else outcomes
        answerable = [o for o in outcomes if o.question.answerable]
        unanswerable = [o for o in outcomes if not o.question.answerable]

        def share(items, pred):
            return round(sum(1 for o in items if pred(o)) / len(items), 3) if items else None

        return {
            "questions": len(outcomes),
            "answerable": len(answerable),
            "hit@1": share(answerable, lambda o: o.rank == 1),
            "hit@5": share(answerable, lambda o: o.rank is not None and o.rank <= 5),
            "mrr@10": round(sum(1 / o.rank for o in answerable if o.rank) / len(answerable), 3) if answerable else None,
            "answer_accuracy": share(answerable, lambda o: o.answer_correct),
            "false_abstention": share(answerable, lambda o: o.abstained),
            "abstention_accuracy": share(unanswerable, lambda o: o.abstained),
            "pointer": share(outcomes, lambda o: o.verdict == "pointer"),
        }

    def by_kind(self) -> dict[str, dict]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for o in self.outcomes:
            groups[o.question.kind].append(o)
        return {kind: self.figures(items) for kind, items in sorted(groups.items())}

    def declines(self) -> dict:
        """Declined questions and the passage each was offered to read: answerable ones whose
        offered passage answers are one tap away from their answer."""
        declined = [o for o in self.outcomes if o.abstained]
        answerable = [o for o in declined if o.question.answerable]
        return {"answerable_declined": len(answerable),
                "answerable_offered_right": sum(1 for o in answerable if o.nearest_right),
                "unanswerable_declined": len(declined) - len(answerable),
                "unanswerable_offered": sum(1 for o in declined if not o.question.answerable
                                            and o.nearest_right is not None)}

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes
                if (o.question.answerable and (not o.answer_correct or o.rank != 1))
                or (not o.question.answerable and not o.abstained)]

    def to_json(self) -> dict:
        return {
            "overall": self.figures(),
            "by_kind": self.by_kind(),
            "latency_ms": latency_summary([o.latency for o in self.outcomes]),
            "declines": self.declines(),
            "misses": [
                {"id": o.question.id, "question": o.question.question, "expected_doc": o.question.doc,
                 "section": o.question.section, "rank": o.rank, "abstained": o.abstained,
                 "answer_correct": o.answer_correct, "top": o.top[:3]}
                for o in self.misses()
            ],
        }


def latency_summary(seconds: list[float]) -> dict:
    if not seconds:
        return {}
    ms = sorted(s * 1000 for s in seconds)

    def pct(p):
        return round(ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))], 1)

    return {"p50": pct(50), "p95": pct(95), "max": round(ms[-1], 1)}


def relevant(question: Question, doc_key: str, text: str) -> bool:
    if doc_key not in question.docs:
        return False
    body = squash(text)
    return any(squash(p) in body for p in question.answer_contains)


def score_question(question: Question, answer, reply_text: str, latency: float) -> Outcome:
    rank = None
    for n, hit in enumerate(answer.hits[:10], 1):
        if relevant(question, hit.doc_key, hit.text):
            rank = n
            break
    reply = squash(reply_text)
    verdict = getattr(answer, "verdict", None) or ("abstain" if answer.abstained else "answer")
    abstained = verdict == "abstain"
    correct = False
    if question.answerable and verdict == "answer" and question.doc:
        # The reply must show a key phrase and cite the right document as its main source.
        has_phrase = any(squash(p) in reply for p in question.answer_contains)
        correct = has_phrase and answer.doc_key in question.docs
    nearest = getattr(answer, "nearest", None) if abstained else None
    nearest_right = None if nearest is None else relevant(question, nearest.doc_key, nearest.text)
    return Outcome(question, rank, abstained, correct, reply_text,
                   [h.citation for h in answer.hits[:5]], latency, verdict, nearest_right)


def evaluate(ask: Callable[[str], tuple[object, str]], questions: list[Question],
             progress: Callable[[int], None] | None = None) -> Scores:
    """``ask(question) -> (kb.answer.Answer, reply text)``; every question is asked once."""
    scores = Scores()
    for q in questions:
        t0 = time.perf_counter()
        answer, reply = ask(q.question)
        scores.outcomes.append(score_question(q, answer, reply, time.perf_counter() - t0))
        if progress:
            progress(1)
    return scores


def format_table(title: str, rows: dict[str, dict], columns: list[str]) -> str:
    width = max([len(title)] + [len(k) for k in rows]) + 2
    lines = [title.ljust(width) + "".join(c.rjust(12) for c in columns)]
    for name, figs in rows.items():
        cells = []
        for c in columns:
            v = figs.get(c)
            cells.append(("-" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))).rjust(12))
        lines.append(name.ljust(width) + "".join(cells))
    return "\n".join(lines)


FIGURE_COLUMNS = ["questions", "hit@1", "hit@5", "mrr@10", "answer_accuracy", "false_abstention",
                  "abstention_accuracy", "pointer"]
