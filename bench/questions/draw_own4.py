"""Record of the seeded draw behind bench/questions/own4.jsonl (fourth held-out set, helper "own4").

Run: python -m bench.questions.draw_own4 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1206).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 01:40-01:50 UTC by helper "own4"): the draw stops after 44
documents (22 laws x 2 articles + 21 news articles + 1 article of the CPPCC charter c_154, last
in the order, reached with one question left = 66). Not drawn: c_39907, c_61598, c_61880,
c_62030, n06, n07, n24. Every drawn article was used as drawn; none was replaced by a
neighbour (SUBSTITUTED is empty). The thinnest draws (n08
第二十一条 scope, n15 第二条 scope, n22 第八条 organisation forms, n10 第六十七条 立法后评估) were
still asked, as "does it apply / which forms / who evaluates" questions. Each news question was
written after reading the whole article; its section is the paragraph that holds the answer
(第N段, N counting non-empty lines after the title line). Only 4 drawn articles state a time
(n21 第十八条, n13 第十条, n13 第二十七条, n11 第二十八条 "每年"), so news dates are `deadline`
questions (4) and 4 of the 14 unanswerable questions ask deadlines, 12 deadline questions in all.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1206
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
