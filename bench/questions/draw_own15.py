"""Record of the seeded draw behind bench/questions/own15.jsonl (fifteenth held-out set, helper "own15").

Run: python -m bench.questions.draw_own15 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1232).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 21:07-21:13 UTC by the machine's `date`, helper "own15"): the draw
stops after 43 documents (23 laws x 2 articles, the CPPCC charter c_154 among them, + 19 news
articles + 1 article of n07, last in the order with one question left = 66). Not drawn: c_2522,
c_60548, c_60567, c_61598, c_61880, c_62245, n11, n19. Two drawn articles hold a single fact that
bench/questions/README.md names as asked by an earlier set, so the nearest article was used
instead (SUBSTITUTED): n12 第五条 (建议 during or between sessions, asked by own7) -> 第四条 (the
领衔代表's duty to the co-signers); n16 第十二条 (信访信息共享机制, asked by own11) -> 第十一条 (who
funds 信访 work). Every other drawn article was used as drawn, including thin ones (n15 第二条 scope
clause, n06 第四十五条 and 第四十四条, n21 第六条, n04 第四十三条, n22 第四十二条, n01 第一百四十二条). Where
the README names a drawn article's fact as asked, another fact of the article was asked: n08 第十条
(own.jsonl asks who may call the 居民会议, own2 another fact of it; own15 asks its power to 撤换和补选,
which may be own2's), n15 第三条 (own2 used it for the 居委会's nature; own15 asks 协助政府), n09 第二十条
(own11 asks 十日内; own15 asks who presides and supervises), n13 第十条 (own11 asks 五日内; own15 asks
the 平台 and the body), n25 第二条 (own8/own9/own14 ask （二）/（三）; own15 asks （四）), n22 第十六条 (two
follow-up sets reach it; own15 asks the 资格). Each news
question was written after reading the whole article; its section is the paragraph that holds the
answer (第N段, N counting non-empty lines after the title line). Four drawn articles state a time
that was asked (n03 第三十四条 15个工作日内, n21 第二十条 三十个工作日内, n06 第四十五条 每年, n07 第十八条 任期
同本级人大): 4 answerable `deadline` questions; 4 of the 14 unanswerable questions ask deadlines, 8
in all.
See the section "## own15.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1232
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第五条"): "第四条",
    ("n16_上海市信访条例_2018.txt", "第十二条"): "第十一条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
