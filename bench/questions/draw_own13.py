"""Record of the seeded draw behind bench/questions/own13.jsonl (thirteenth held-out set, helper "own13").

Run: python -m bench.questions.draw_own13 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1228).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 18:47-18:50 UTC by the machine's `date`, helper "own13"): the draw
stops after 43 documents (23 laws x 2 articles, the CPPCC charter c_154 among them, + 20 news
articles = 66; the last document taken, c_39907, is a news article, so no law gives a single
article). Not drawn: c_60547, c_60737, c_62022, c_62147, c_62179, n01, n03, n20. Every drawn
article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty), including thin
ones (n21 第三十九条 参照执行, n10 第二十八条 one sentence, n06 第三十条 联网监督, n25 第七条 档案,
c_154 第五十九条 副秘书长). Each news question was written after reading the whole article; its
section is the paragraph that holds the answer (第N段, N counting non-empty lines after the title
line). Six drawn articles state a time that was asked (n21 第三十四条 每年十一月, n12 第十五条
闭会后一个月内, n09 第三十条 每季度/每月, n02 第三十六条 30日内, n18 第二十三条 三十日内/六十日, n04
第二十六条 不少于7个工作日): 6 answerable `deadline` questions; 4 of the 14 unanswerable questions
ask deadlines, 10 in all.
See the section "## own13.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1228
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
