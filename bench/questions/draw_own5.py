"""Record of the seeded draw behind bench/questions/own5.jsonl (fifth held-out set, helper "own5").

Run: python -m bench.questions.draw_own5 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1210).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 03:40-03:47 UTC by helper "own5"): the draw stops after 45
documents (21 laws x 2 articles + 23 news articles + 1 article of n02 信访工作条例, last in the
order, reached with one question left = 66). Not drawn: c_154, c_39907, c_58542, n05, n07, n12.
Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty).
Each news question was written after reading the whole article; its section is the paragraph
that holds the answer (第N段, N counting non-empty lines after the title line). Only 3 drawn
articles state a time (n21 第十三条, n23 第十六条, n01 第八十三条), so 6 news dates are
`deadline` questions and 3 of the 14 unanswerable questions ask deadlines, 12 deadline
questions in all.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1210
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
