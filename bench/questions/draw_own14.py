"""Record of the seeded draw behind bench/questions/own14.jsonl (fourteenth held-out set, helper "own14").

Run: python -m bench.questions.draw_own14 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1230).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 20:35-20:39 UTC by the machine's `date`, helper "own14"): the draw
stops after 45 documents (21 laws x 2 articles, the CPPCC charter c_154 among them, + 24 news
articles = 66; the last document taken, c_61580, is a news article, so no law gives a single
article). Not drawn: c_60547, n04, n10, n13, n17, n24. Every drawn article was used as drawn; none
was replaced by a neighbour (SUBSTITUTED is empty), including thin ones (n18 第三十一条 从其规定, n09 第十八条
one sentence, n03 第二十二条, n23 第六条 and 第二十条, c_154 第三十九条). Where bench/questions/README.md names a
drawn article's fact as asked by an earlier set, the other fact of the article was asked: n21 第三十四条
(own13 asks 每年十一月; own14 asks what the report must contain), n12 第十九条 (own12 asks 三个月内; own14 asks
the extension), n14 第四条 (own13 asks the office as a place; own14 asks its tasks). Each news
question was written after reading the whole article; its section is the paragraph that holds the
answer (第N段, N counting non-empty lines after the title line). Six drawn articles state a time that
was asked (n09 第二十五条 任期与村民委员会相同, n12 第二十一条 一个月内, n12 第十九条 延长不得超过三个月, n08 第八条 每届任期五年, n20 第十条 七天内,
n20 第二十四条 一个月内): 6 answerable `deadline` questions; 3 of the 14 unanswerable questions ask
deadlines, 9 in all.
See the section "## own14.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1230
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
