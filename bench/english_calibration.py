"""Cross-validated abstention threshold for questions in another language (English by default).

    BOT_DATA_DIR=/work/evalme_en .venv/bin/python -m bench.english_calibration \\
        [--questions bench/english_dev.jsonl] [--language en] [--budget 0.05 0.10]

Searches every question as the bot does (KnowledgeBase.searched_text, the language's own
threshold ignored), then for each false-abstention budget fits the threshold exactly as
``ingest.py calibrate --language en`` does (kb.calibration.choose_threshold) on four fifths
of the questions and scores it on the fifth: 5 folds, repeated with 20 seeded shuffles.
Prints the held-out false abstention and abstention accuracy, and the threshold fitted on
all questions (the value to put in config.yaml ``language.abstain_below``). Never run it on
a held-out question file: the threshold would be fitted on it.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cross_validate(rows: list[tuple[bool, float]], budget: float, folds: int = 5, repeats: int = 20) -> dict:
    """``rows``: (answerable, best cosine) per question; held-out shares over all folds and repeats."""
    from kb.calibration import choose_threshold

    lost = answerable = caught = unanswerable = 0
    for seed in range(repeats):
        order = list(range(len(rows)))
        random.Random(seed).shuffle(order)
        for k in range(folds):
            test = set(order[k::folds])
            train = [rows[i] for i in order if i not in test]
            cut = choose_threshold([s for a, s in train if a], [s for a, s in train if not a], budget).threshold
            for i in test:
                is_answerable, score = rows[i]
                if is_answerable:
                    answerable += 1
                    lost += score < cut
                else:
                    unanswerable += 1
                    caught += score < cut
    return {"false_abstention": lost / answerable if answerable else None,
            "abstention_accuracy": caught / unanswerable if unanswerable else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=ROOT / "bench" / "english_dev.jsonl")
    parser.add_argument("--language", default="en")
    parser.add_argument("--budget", type=float, nargs="+", default=[0.05, 0.10])
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kb.calibration import choose_threshold
    from kb.config import load_config
    from kb.evaluation import load_questions
    from kb.knowledge_base import KnowledgeBase

    kb = KnowledgeBase(load_config())
    rows = []
    for q in load_questions(args.questions):
        result = kb.search(kb.searched_text(q.question, args.language), ignore_threshold=True,
                           language=args.language)
        rows.append((q.answerable, result.best_dense))
    n_pos = sum(a for a, _ in rows)
    print(f"{args.questions.name}: {n_pos} answerable, {len(rows) - n_pos} unanswerable")
    for budget in args.budget:
        cv = cross_validate(rows, budget)
        full = choose_threshold([s for a, s in rows if a], [s for a, s in rows if not a], budget)
        aa = "-" if cv["abstention_accuracy"] is None else f"{cv['abstention_accuracy']:.3f}"
        print(f"budget {budget:.2f}: cross-validated false abstention {cv['false_abstention']:.3f}, "
              f"abstention accuracy {aa}; threshold on all questions {full.threshold:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
