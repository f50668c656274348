"""What `ingest.py calibrate` tells staff: what was fitted, what it means, and which sample
questions the fitted verdict would wrongly decline.

Kept apart from kb.calibration (which fits the verdict): this module only reads. It asks
each answerable sample once more with the fitted verdict, to see which are declined, their
best cosine and whether the right passage ranked first; a question declined although its
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


def declined_answerable(kb, questions: list[Question]) -> list[Declined]:
    """Answerable samples the fitted verdict declines (it must be stored already)."""
    out = []
    for q in questions:
        if not q.answerable:
            continue
        result = kb.search(q.question)
        if not result.abstain:
            continue
        first = result.hits[0] if result.hits else None
        out.append(Declined(q, result.best_dense, bool(first and relevant(q, first.doc_key, first.text))))
    return out


def explain(result, declined: list[Declined], *, configured: float, max_false_abstention: float) -> list[str]:
    """Lines for staff (English, like the rest of the CLI)."""
    if result.method in ("logistic", "bundled"):
        how = "Fitted" if result.method == "logistic" else "Kept"
        fitted = (f"{how}: the bot now declines a question (\"no answer in the documents\") when a model over "
                  "several signals (the best passage's and best sentence's cosine, and how many of the question's "
                  "rarer words the passage holds) gives it a low chance of being answered; "
                  f"{result.note}.")
    else:
        fitted = (f"Fitted: the bot now declines a question (\"no answer in the documents\") when the best "
                  f"passage's cosine similarity to it is below {result.threshold:.4f}; {result.note}.")
    lines = [
        fitted + f" This is stored with the index and the embedding model and replaces retrieval.abstain_below "
                 f"({configured:g}) from config.yaml; `calibrate --reset` goes back to it.",
        f"How: the strictest setting that declines at most {max_false_abstention:.0%} of the "
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
        lines.append(f"Warning: the fitted verdict declines {len(wrong)} answerable question(s) whose right passage "
                     f"ranked first, i.e. the bot would have answered them correctly:")
        for d in sorted(wrong, key=lambda d: d.cosine):
            lines.append(f"  {d.question.id} {d.question.question} (cosine {d.cosine:.4f}, "
                         f"expected {d.question.doc})")
        lines.append("  Allow fewer false abstentions (a lower --max-false-abstention), or add more real "
                     "questions to the samples so that one phrasing weighs less.")
    return lines


__all__ = ["Declined", "declined_answerable", "explain"]
