"""Record of the seeded draw behind bench/questions/own7.jsonl (seventh held-out set, helper "own7").

Run: python -m bench.questions.draw_own7 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1216).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 05:43-05:50 UTC by the machine's `date`, helper "own7"): the draw
stops after 43 documents (23 laws x 2 articles, the CPPCC charter c_154 among them, + 20 news
articles = 66). Not drawn: c_39907, c_58542, c_60368, c_60547, c_60811, n02, n09, n10.
Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty).
Each news question was written after reading the whole article; its section is the paragraph
that holds the answer (第N段, N counting non-empty lines after the title line). Only 2 drawn
articles state a time limit (n11 第二十三条 十五个工作日内, n13 第十二条 五日内); n12 第五条 (建议 may
be made during or between sessions) asks when, and 2 news questions ask a date (the 五届60次
主席会议, the month 天峨's 县政协 formed its 调研组), 5 answerable `deadline` questions; 4 of the
14 unanswerable questions ask deadlines, 9 in all.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1216
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
