"""Record of the seeded random draw behind bench/questions/own2.jsonl.

Run: python bench/questions/draw_own2.py [corpus_dir]

1. The 51 corpus file names, sorted, are shuffled with random.Random(1130). Documents own.jsonl
   does not cover (the 11 that draw.py's seed-2026 order puts after its first 40) go first, in
   this shuffled order; the other 40 follow, in this shuffled order.
2. Walking that order with the same generator, continuing: a document split into articles (第X条
   at the start of a line) gets 2 articles drawn, never its first or last; a document without
   numbered articles (news, the member list, the CPPCC introduction) is read whole and counts
   as 1 question (a writer may take a second fact from it, see the README). The walk stops once
   the tally reaches 62 answerable questions.
3. Too few drawn articles state a time limit for 10 deadline questions (3 of 38), so, with the
   same generator continuing, the drawn articles that state no time limit are shuffled and,
   in that order, swapped for a random article of the same document that does (TIME_LIMIT),
   skipping documents that have none, until EXTRA_DEADLINE swaps are made.
"""
import random
import re
import sys
from pathlib import Path

SEED = 1130
TARGET = 62
ARTICLE = re.compile(r"^(第[一二三四五六七八九十百零〇]+条)", re.M)
ARTICLE_TEXT = re.compile(r"^(第[一二三四五六七八九十百零〇]+条)(.*?)(?=^第[一二三四五六七八九十百零〇]+[条章]|\Z)", re.M | re.S)
TIME_LIMIT = re.compile(r"[日天]内|个月内|工作日|日起")  # not 期限/届满: 居住期限, 规定期限 are no deadlines
# own.jsonl's documents: the first 40 of draw.py's seed-2026 shuffle
OWN_SEED, OWN_TAKE = 2026, 40
EXTRA_DEADLINE = 8


def own_covered(names: list[str]) -> set[str]:
    order = sorted(names)
    random.Random(OWN_SEED).shuffle(order)
    return set(order[:OWN_TAKE])


def draw(corpus: Path):
    names = sorted(p.name for p in corpus.glob("*.txt"))
    covered = own_covered(names)
    rng = random.Random(SEED)
    rng.shuffle(names)
    order = [n for n in names if n not in covered] + [n for n in names if n in covered]
    picks: dict[str, list[str]] = {}
    tally = 0
    for name in order:
        if tally >= TARGET:
            break
        arts = ARTICLE.findall((corpus / name).read_text(encoding="utf-8"))
        if len(arts) < 5:
            picks[name] = []
            tally += 1
            continue
        picks[name] = rng.sample(arts[1:-1], 2)
        tally += 2
    swaps = []
    if EXTRA_DEADLINE:
        plain = []
        for name, arts in picks.items():
            bodies = dict(ARTICLE_TEXT.findall((corpus / name).read_text(encoding="utf-8")))
            plain += [(name, a) for a in arts if not TIME_LIMIT.search(bodies.get(a, ""))]
        rng.shuffle(plain)
        for name, art in plain:
            if len(swaps) == EXTRA_DEADLINE:
                break
            bodies = dict(ARTICLE_TEXT.findall((corpus / name).read_text(encoding="utf-8")))
            timed = [a for a, b in list(bodies.items())[1:-1] if TIME_LIMIT.search(b) and a not in picks[name]]
            if timed:  # a document with no time-limit article keeps its drawn article
                new = rng.choice(timed)
                picks[name][picks[name].index(art)] = new
                swaps.append((name, art, new))
    return order, covered, picks, swaps


if __name__ == "__main__":
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/corpus")
    order, covered, picks, swaps = draw(corpus)
    for i, name in enumerate(order, 1):
        mark = "*" if name in picks else " "
        new = " " if name in covered else "new"
        print(f"{i:2d} {mark} {new:3s} {name} {' '.join(picks.get(name, []))}")
    for name, old, new in swaps:
        print(f"   deadline swap {name}: {old} -> {new}")
