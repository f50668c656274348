"""Record of the seeded draw behind bench/questions/own3.jsonl (third held-out set, helper "own3").

Run: python -m bench.questions.draw_own3 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1204).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done: the draw stops after 44 documents (22 laws x 2 articles + 22 news articles = 66);
c_61454, n02, n09, n16, c_61880, c_62238 and n25 come after the stop and got no question.
Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty).
The thinnest draws (c_154 第六条 on the economic system, n22 第十条 party organisations, n10
第六十一条 commencement date, n11 第三十二条 definitions) were still asked, as "what does it say /
must it / which units" questions. Each news question was written after reading the whole article;
its section is the paragraph that holds the answer (第N段, N counting non-empty lines after the
title line). Only 3 drawn articles state a time limit (n24 第十二条, n12 第二十二条, n10 第六十一条),
so 6 of the 14 unanswerable questions ask deadlines, to reach 9 deadline questions in all.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1204
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
