"""Record of the seeded draw behind bench/questions/own8.jsonl (eighth held-out set, helper "own8").

Run: python -m bench.questions.draw_own8 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1218).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 09:16-09:25 UTC by the machine's `date`, helper "own8"): the draw
stops after 43 documents (23 laws x 2 articles, the CPPCC charter c_154 among them, + 20 news
articles = 66). Not drawn: c_151, c_58542, c_60547, c_60567, c_62179, n07, n09, n22.
Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty),
including thin ones (c_154 第五十条 and 第六十条 on where committees and their offices are set up,
n11 第五条 办理工作制度, n19 第五条 principles, n24 第四十六条 who implements the 办法).
Each news question was written after reading the whole article; its section is the paragraph
that holds the answer (第N段, N counting non-empty lines after the title line). Only 2 drawn
articles state a time limit (n24 第四十三条 二十日内, n13 第十二条 五日内; the latter was asked for its
不得擅自退回 instead, because own7 asks its five days); n01 第八十三条 (the 主席 serves until the
next one takes office), n13 第七条 (建议 during or between sessions) and n21 第八条 (a 代表团's
建议 only during the session) ask when, and 2 news questions ask a date (the 市政协 meeting on
the 全国两会, 3月24日; the 全国政协 新年茶话会, 2025年12月31日): 6 answerable `deadline`
questions; 3 of the 14 unanswerable questions ask deadlines, 9 in all.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1218
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
