"""Record of the seeded draw behind bench/questions/own11.jsonl (eleventh held-out set, helper "own11").

Run: python -m bench.questions.draw_own11 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1224).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 14:42-14:45 UTC by the machine's `date`, helper "own11"): the draw
stops after 44 documents (22 laws x 2 articles, the CPPCC charter c_154 among them, + 21 news
articles + 1 article of n19, last in the order with one question left = 66). Not drawn: c_2522,
c_60368, c_60548, c_62238, n02, n20, n21. Every drawn article was used as drawn; none was replaced
by a neighbour (SUBSTITUTED is empty), including thin ones (n13 第三十二条 参照执行, which own7,
own9 and own10 also drew; n24 第四十七条 who guarantees the 办法; n16 第十二条 信访信息共享机制; n08
第五条). Each news question was written after reading the whole article; its section is the
paragraph that holds the answer (第N段, N counting non-empty lines after the title line).
Only 2 drawn articles state a time (n09 第二十条 十日内, n10 第六十六条 一年内); n10 第二十六条 (the
report to the next session), n04 第三十条 (the 行政首长 speaks last) ask when, and one news
question asks a date (the 广东 农民代表大会's telegram, 1926年6月): 5 answerable `deadline`
questions; 4 of the 14 unanswerable questions ask deadlines, 9 in all.
See the section "## own11.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1224
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
