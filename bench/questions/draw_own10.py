"""Record of the seeded draw behind bench/questions/own10.jsonl (tenth held-out set, helper "own10").

Run: python -m bench.questions.draw_own10 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1222).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 12:51-12:56 UTC by the machine's `date`, helper "own10"): the draw
stops after 46 documents (20 laws x 2 articles, the CPPCC charter c_154 among them, + 25 news
articles + 1 article of n20, last in the order with one question left = 66). Not drawn: n01, n06,
n11, n12, n16. Every drawn article was used as drawn; none was replaced by a neighbour
(SUBSTITUTED is empty), including thin ones (n13 第三十二条 参照执行 and n08 第十八条, which own9
also drew; n05 第六十四条 省级 实施办法, n03 第五十四条 scope, n17 第二十条 and 第二十四条, n22
第三十五条 media). Each news question was written after reading the whole article; its section is
the paragraph that holds the answer (第N段, N counting non-empty lines after the title line).
Only 2 drawn articles state a time (n13 第十九条 三个月/六个月, n21 第二十八条 二十个工作日内), so 4
news questions ask a date or a frequency (民盟 congress 2025年12月30日, 毛泽东 农委书记 1926年11月,
农工党 思政会议 2025年12月18日, the plenary 每年举行一次) and are `deadline`: 6 answerable
`deadline` questions; 4 of the 14 unanswerable questions ask deadlines, 10 in all.
See the section "## own10.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1222
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
