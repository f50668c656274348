"""Record of the seeded draw behind bench/tune2_questions.jsonl (the second tuning set, "tune2").

Run: python -m bench.tune2_draw [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1203).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 70 answerable questions are reached (laws give 2, news 1); the
   documents after that point in the order get no question (STOP says how many were used).
   The 30 unanswerable questions are written from no document (see bench/TUNE2_QUESTIONS.md).

`--text` prints every drawn article, for writing the questions.

What was done: the draw stops after 45 documents (25 laws x 2 articles + 20 news articles = 70);
n19, c_60737, c_60860, c_61578, c_62147 and c_62179 come after the stop and got no question.
Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty).
The thinnest ones (n08 第二十一条 scope, n16 第五条 / n14 第三条 principles, n23 第八条,
n22 第三十五条) were still asked, as "does it apply / what principles / what duty" questions.
Each news question was written after reading the whole article; its section is the paragraph
that holds the answer (第N段, N counting non-empty lines after the title).
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1203
ANSWERABLE = 70

# (document, drawn article) -> article used instead; empty: every drawn article was usable
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
