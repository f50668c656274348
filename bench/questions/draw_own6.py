"""Record of the seeded draw behind bench/questions/own6.jsonl (sixth held-out set, helper "own6").

Run: python -m bench.questions.draw_own6 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1214).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 05:13-05:18 UTC by the machine's `date`, helper "own6"): the draw
stops after 43 documents (23 laws x 2 articles, the CPPCC charter c_154 among them, + 20 news
articles = 66). Not drawn: c_60319, c_60547, c_61580, c_62238, c_62245, n02, n16, n24.
Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty).
Each news question was written after reading the whole article; its section is the paragraph
that holds the answer (第N段, N counting non-empty lines after the title line). Six drawn
articles state a time (n09 第十四条, n11 第十三条 交办前, n13 第十条, n20 第十八条, n12 第十一条,
n17 第十三条) and 2 news questions ask a date or hour (许显辉's visit, the 五届六次 opening), 8
answerable `deadline` questions; 3 of the 14 unanswerable questions ask deadlines, 11 in all.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1214
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
