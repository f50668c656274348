"""Record of the seeded draw behind bench/questions/own9.jsonl (ninth held-out set, helper "own9").

Run: python -m bench.questions.draw_own9 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1220).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 11:09-11:15 UTC by the machine's `date`, helper "own9"): the draw
stops after 43 documents (23 laws x 2 articles, the CPPCC charter c_154 among them, + 20 news
articles = 66). Not drawn: c_60368, c_60915, c_61578, c_61580, c_61880, n15, n17, n23.
Every drawn article was used as drawn; none was replaced by a neighbour (SUBSTITUTED is empty),
including thin ones (n09 第三十九条 who guarantees the law, n10 第一百一十四条 who sets other filing
bodies' review procedure, n13 第三十二条 参照执行, n04 第二条 scope, n08 第十八条 people deprived of
political rights). Each news question was written after reading the whole article; its section is
the paragraph that holds the answer (第N段, N counting non-empty lines after the title line).
Ten drawn articles state a time (n09 第十四条, n21 第十八条 and 第二十一条, n18 第二十三条, n07
第二十条 and 第二十七条, n02 第二十三条, n12 第十九条, n06 第十九条; n20 第十条's seven days is asked
with its where_to_report question), and 1 news question asks a date (魁星楼 begun 1905年3月): 10
answerable `deadline` questions; 3 of the 14 unanswerable questions ask deadlines, 13 in all.
See the section "## own9.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1220
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
