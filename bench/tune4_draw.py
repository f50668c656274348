"""Record of the seeded draw behind bench/tune4_questions.jsonl (the fourth tuning set, "tune4":
short questions, as members type them on a phone).

Run: python -m bench.tune4_draw [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1312).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 120 answerable questions are reached (laws give 2, news 1).
   With 51 documents (26 laws x 2 + 25 news articles = 77) one pass cannot reach 120, so the
   pass is repeated over the same order with the same generator, continuing: each law gets 2
   more articles drawn among those not yet drawn (never the first or last), each news article
   one more question (its whole text again, a different fact), until 120.
   The 40 unanswerable questions are written from no document (see bench/TUNE4_QUESTIONS.md).

`--text` prints every drawn article, for writing the questions.

What was done: the first pass gives 77 questions (26 laws x 2 articles + 25 news articles); the
second pass, in the same order, gives 43 more and stops at n03 (1 more article, 第三十六条):
13 laws get 4 articles (n25 n20 n22 n19 n06 n18 n11 n02 n04 n17 n14 n12 n21), n03 gets 3, the
other 12 laws (c_154 included) 2; 16 news articles get 2 questions, the 9 after n03 in the order
(c_62022 c_60548 c_60319 c_58542 c_62030 c_151 c_60737 c_60915 c_61580) get 1. All 51 documents
are asked. Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED
is empty). The thinnest ones (n22 第三十四条 statistics, n17 第二条 and n23 第二条 scope, n14
第二十一条 and n13 第三十一条 "参照", n24 第四十七条 who ensures it is carried out, n08 第二十一条
scope) were still asked, as "who / what does it cover / how is it done" questions.
Each news question was written after reading the whole article; its section is the paragraph
that holds the answer (第N段, N counting non-empty lines after the title); a news article asked
twice is asked two different facts.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from bench.draws import ARTICLE_TEXT, is_law, print_articles, with_substitutions

SEED = 1312
ANSWERABLE = 120

# (document, drawn article) -> article used instead; empty: every drawn article was usable
SUBSTITUTED: dict[tuple[str, str], str] = {}


def draw(corpus: Path) -> list[tuple[str, list[str]]]:
    """[(document, [drawn articles] or ["whole text", ...])] in draw order, until ANSWERABLE
    questions: bench.draws.articles_drawn's procedure, its pass repeated (same order, same
    generator, continuing) while questions are still wanted. A document's picks from all passes
    are listed together, at its place in the order; a news article asked twice reads
    ["whole text", "whole text"]."""
    names = sorted(p.name for p in corpus.glob("*.txt"))
    rng = random.Random(SEED)
    rng.shuffle(names)
    picks: dict[str, list[str]] = {}
    count = 0
    while count < ANSWERABLE:
        before = count
        for name in names:
            if count >= ANSWERABLE:
                break
            if is_law(name):
                arts = [a for a, _ in ARTICLE_TEXT.findall((corpus / name).read_text(encoding="utf-8"))[1:-1]]
                left = [a for a in arts if a not in picks.get(name, [])]
                new = rng.sample(left, min(2, ANSWERABLE - count, len(left)))
            else:
                new = ["whole text"]
            picks.setdefault(name, []).extend(new)
            count += len(new)
        assert count > before, "the corpus cannot give that many questions"
    return [(name, picks[name]) for name in names if name in picks]


def used(corpus: Path) -> list[tuple[str, list[str]]]:
    """The draw with the writer's substitutions applied (none)."""
    return with_substitutions(draw(corpus), SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
