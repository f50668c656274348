"""Record of the seeded draw behind bench/tune3_questions.jsonl (the third tuning set, "tune3").

Run: python -m bench.tune3_draw [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1208).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 60 answerable questions are reached (laws give 2, news 1); the
   documents after that point in the order get no question.
   The 40 unanswerable questions are written from no document (see bench/TUNE3_QUESTIONS.md).

`--text` prints every drawn article, for writing the questions.

What was done: the draw stops after 41 documents (19 laws x 2 articles + 22 news articles = 60);
the charter c_154 is not among them. n17, n05, n15, c_61580, n22, n06, c_62238, n16, c_58542 and
c_154 come after the stop and got no question.
Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty).
The thinnest ones (n23 第三十条, who interprets the rules; n23 第二条, scope; n04 第三十一条,
report to the Party committee first; n03 第十七条, review of what may be published) were still
asked, as "who interprets / what does it cover / must it first" questions. n18 第十九条 is also the
article of tune2's U001 (one of the three format lines read); it is asked from another angle
(行政复议 rather than 诉讼/仲裁) but its answer span is the same clause.
Each news question was written after reading the whole article; its section is the paragraph
that holds the answer (第N段, N counting non-empty lines after the title).
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1208
ANSWERABLE = 60

# (document, drawn article) -> article used instead; empty: every drawn article was usable
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
