"""Record of the seeded random draw behind bench/questions/followups2.jsonl (shared-corpus pairs).

Run: python bench/questions/draw_followups2.py [corpus_dir]

The 51 corpus file names, sorted, are shuffled with random.Random(1130). Documents were taken in
that order, 1-2 pairs each, until the 20 shared-corpus pairs were written: the first 13 documents
(COUNTS below, by each pair's first message). A control pair's second question comes from the
next document in the draw (G034 -> n16, G044 -> n14, G049 -> n15).
"""
import random
import sys
from pathlib import Path

SEED = 1130
COUNTS = [2, 2, 2, 1, 2, 2, 1, 2, 2, 1, 1, 1, 1]  # pairs per drawn document, in draw order


def draw(corpus: Path) -> list[str]:
    names = sorted(p.name for p in corpus.glob("*.txt"))
    random.Random(SEED).shuffle(names)
    return names


if __name__ == "__main__":
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/corpus")
    names = draw(corpus)
    for n, name in enumerate(names, 1):
        used = COUNTS[n - 1] if n <= len(COUNTS) else 0
        print(f"{n:2d} {name}" + (f"  ({used} pair{'s' if used > 1 else ''})" if used else ""))
