"""Record of the seeded random draw behind bench/questions/own.jsonl.

Run: python bench/questions/draw.py [corpus_dir]

1. The 51 corpus file names, sorted, are shuffled with random.Random(2026); the first 40 are the
   documents the own set covers (documents a dev question already touches were not excluded).
2. With the same generator, continuing, for every covered document that is split into articles
   (第X条 at the start of a line), articles are drawn (3 per law, 4 for the CPPCC charter), never
   the first or last article (purpose and entry-into-force clauses). The questions were written
   about those articles; when a drawn article held nothing a member would ask about (a pure
   cross-reference, a definition of the law's scope), the nearest substantive article was used.
   News articles without numbered articles were read whole and 2 questions written on each.
3. The draw in step 2 gave few time-limit articles, so, with the same generator continuing, 14
   more articles were drawn among the covered documents' articles that state a time limit
   (TIME_LIMIT below) and not drawn already; deadline questions were written on those.
"""
import random
import re
import sys
from pathlib import Path

SEED = 2026
TAKE = 40
ARTICLE = re.compile(r"^(第[一二三四五六七八九十百零〇]+条)", re.M)
ARTICLE_TEXT = re.compile(r"^(第[一二三四五六七八九十百零〇]+条)(.*?)(?=^第[一二三四五六七八九十百零〇]+[条章]|\Z)", re.M | re.S)
TIME_LIMIT = re.compile(r"[日天]内|个月内|工作日|日起|届满|期限")
EXTRA_DEADLINE = 14


def draw(corpus: Path):
    names = sorted(p.name for p in corpus.glob("*.txt"))
    rng = random.Random(SEED)
    rng.shuffle(names)
    picks = {}
    for name in names[:TAKE]:
        arts = ARTICLE.findall((corpus / name).read_text(encoding="utf-8"))
        if len(arts) < 5:
            picks[name] = []
            continue
        k = 4 if name.startswith("c_154") else 3
        picks[name] = rng.sample(arts[1:-1], k)
    timed = []
    for name in names[:TAKE]:
        if not picks[name]:
            continue
        text = (corpus / name).read_text(encoding="utf-8")
        for art, body in ARTICLE_TEXT.findall(text):
            if art not in picks[name] and TIME_LIMIT.search(body):
                timed.append((name, art))
    extra = rng.sample(timed, EXTRA_DEADLINE)
    return names, picks, extra


if __name__ == "__main__":
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/corpus")
    order, picks, extra = draw(corpus)
    for i, name in enumerate(order, 1):
        mark = "*" if i <= TAKE else " "
        print(f"{i:2d} {mark} {name} {' '.join(picks.get(name, []))}")
    print("time-limit articles:")
    for name, art in extra:
        print(f"   {name} {art}")
