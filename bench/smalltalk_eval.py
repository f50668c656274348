"""Small talk or a question? Scores bot.features.conversation.smalltalk on a labelled set.

    .venv/bin/python -m bench.smalltalk_eval [--set bench/questions/smalltalk.jsonl] [--verbose]

Each line: {"text": ..., "smalltalk": true|false, "lang": "zh"|"en"}. Small talk
gets the friendly reply and never reaches the staff queue; a real question
classified as small talk would go unanswered, so precision matters most.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=ROOT / "bench" / "questions" / "smalltalk.jsonl")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    from bot.features.conversation.smalltalk import classify

    rows = [json.loads(line) for line in args.set.read_text(encoding="utf-8").splitlines() if line.strip()]
    tp = fp = fn = tn = 0
    by_lang: dict[str, list[bool]] = {}
    for row in rows:
        got = classify(row["text"]) is not None
        want = bool(row["smalltalk"])
        tp += got and want
        fp += got and not want
        fn += want and not got
        tn += not got and not want
        by_lang.setdefault(row.get("lang", "zh"), []).append(got == want)
        if args.verbose and got != want:
            print(f"MISS {row['text']!r}: expected {'small talk' if want else 'question'}")
    n = len(rows)
    print(f"{args.set.name}: {n} lines ({tp + fn} small talk, {tn + fp} questions)")
    print(f"accuracy {(tp + tn) / n:.3f}; small talk recognised {tp}/{tp + fn}; "
          f"questions taken for small talk {fp}/{tn + fp}")
    for lang, ok in sorted(by_lang.items()):
        print(f"  {lang}: accuracy {sum(ok) / len(ok):.3f} on {len(ok)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
