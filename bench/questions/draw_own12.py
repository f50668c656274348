"""Record of the seeded draw behind bench/questions/own12.jsonl (twelfth held-out set, helper "own12").

Run: python -m bench.questions.draw_own12 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1226).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 16:40-16:45 UTC by the machine's `date`, helper "own12"): the draw
stops after 45 documents (21 laws x 2 articles, the CPPCC charter c_154 among them, + 23 news
articles + 1 article of n07, last in the order with one question left = 66). Not drawn: c_60860,
c_61598, n02, n04, n22, n23. Every drawn article was used as drawn; none was replaced by a
neighbour (SUBSTITUTED is empty), including thin ones (n11 第四条 统筹兼顾 the interests, n19
第五条 principles, n10 第九十二条 one sentence, c_154 第四十八条 副秘书长, c_154 第五十四条 one
sentence, n14 第二十条 督办). Each news question was written after reading the whole article; its
section is the paragraph that holds the answer (第N段, N counting non-empty lines after the title
line). Six drawn articles or pages state a time that was asked (n03 第二十六条 20个工作日内, n06
第十五条 十日前, n17 第十六条 五日内, n12 第十九条 三个月内, n16 第三十四条 十五日内, and c_62238's
当年12月 县政府 meeting): 6 answerable `deadline` questions; 4 of the 14 unanswerable questions
ask deadlines, 10 in all.
See the section "## own12.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1226
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
