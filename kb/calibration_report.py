"""What `ingest.py calibrate` tells staff: what was fitted, what it means, and which sample
questions the fitted threshold would wrongly decline.

Kept apart from kb.calibration (which fits the threshold): this module only reads. It asks
each answerable sample once more with the threshold ignored, to see its best cosine and
whether the right passage ranked first; a question the threshold declines although its
right passage ranked first is one the bot would have answered correctly.
"""
from __future__ import annotations

from dataclasses import dataclass

from kb.evaluation import Question, relevant


@dataclass
class Declined:
    question: Question
    cosine: float
    right_first: bool      # the expected passage ranked first


def declined_answerable(kb, questions: list[Question], threshold: float) -> list[Declined]:
    """Answerable samples whose best cosine is below ``threshold`` (they would be declined)."""
    out = []
    for q in questions:
        if not q.answerable:
            continue
        result = kb.search(q.question, ignore_threshold=True)
        if result.best_dense >= threshold:
            continue
        first = result.hits[0] if result.hits else None
        out.append(Declined(q, result.best_dense, bool(first and relevant(q, first.doc_key, first.text))))
    return out


def explain(result, declined: list[Declined], *, configured: float, max_false_abstention: float) -> list[str]:
    """Lines for staff (English, like the rest of the CLI)."""
    lines = [
        f"Fitted: the bot now declines a question (\"no answer in the documents\") when the best passage's "
        f"cosine similarity to it is below {result.threshold:.4f}. This is stored with the index and the "
        f"embedding model and replaces retrieval.abstain_below ({configured:g}) from config.yaml; "
        f"`calibrate --reset` goes back to it.",
        f"How: the highest threshold that declines at most {max_false_abstention:.0%} of the "
        f"{result.answerable} answerable sample questions (--max-false-abstention).",
        f"- Answerable samples declined: {len(declined)} of {result.answerable} "
        f"(false abstention {result.false_abstention:.2f}).",
    ]
    if result.unanswerable:
        caught = round((result.abstention_accuracy or 0) * result.unanswerable)
        lines.append(
            f"- Unanswerable samples declined: {caught} of {result.unanswerable} (abstention accuracy "
            f"{result.abstention_accuracy:.2f}); the other {result.unanswerable - caught} would get a passage "
            f"that does not answer them.")
    else:
        lines.append("- No unanswerable samples: how well off-topic questions are declined was not measured; "
                     "add a few (\"answerable\": false).")
    if result.answerable < 20:
        lines.append(f"- Only {result.answerable} answerable samples: the threshold is a rough estimate; "
                     f"more real questions make it firmer.")
    wrong = [d for d in declined if d.right_first]
    if wrong:
        lines.append(f"Warning: the threshold declines {len(wrong)} answerable question(s) whose right passage "
                     f"ranked first, i.e. the bot would have answered them correctly:")
        for d in sorted(wrong, key=lambda d: d.cosine):
            lines.append(f"  {d.question.id} {d.question.question} (cosine {d.cosine:.4f}, "
                         f"expected {d.question.doc})")
        lines.append("  Allow fewer false abstentions (a lower --max-false-abstention), or add more real "
                     "questions to the samples so that one phrasing weighs less.")
    return lines


__all__ = ["Declined", "declined_answerable", "explain"]
