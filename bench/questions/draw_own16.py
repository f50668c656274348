"""Record of the seeded draw behind bench/questions/own16.jsonl (sixteenth held-out set, helper "own16").

Run: python -m bench.questions.draw_own16 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1234).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 22:51-22:58 UTC by the machine's `date`, helper "own16"): the draw
stops after 44 documents (22 laws x 2 articles, the CPPCC charter c_154 among them, + 21 news
articles + 1 article of n17, last in the order with one question left = 66). Not drawn: c_151,
c_2522, c_60319, c_60547, n03, n12, n24. Three drawn articles hold a single fact that
bench/questions/README.md names as asked by an earlier set, so the nearest article was used
instead (SUBSTITUTED): n16 第十一条 (who funds 信访 work, asked by own15 PB078) -> 第十条 (training
and rewards for 信访 staff; 第十二条, as near, is own11's 信访信息共享机制); n16 第四十七条 (信访 bodies
call the 卫生 departments about 传染病 visitors, followups15's control FZ050) -> 第四十八条 (dangerous
objects and self-harm in the reception hall; 第四十六条, as near, may be followups11's 精神病人 second
message); n21 第三十九条 (参照执行, asked by own13) -> 第三十八条 (通报批评 of 承办单位; 第四十条 is the
last article). Every other drawn article was used as drawn, including thin ones (n07 第六十七条
one sentence, n11 第三十三条 and n23 第二条 scope clauses, n22 第十一条, c_154 第二十四条). Where the
README names a drawn article's fact as asked, another fact of it was asked: n06 第四十四条 (own15
PB025 asks where a request goes; own16 asks the mechanism), n08 第七条 (五至九人 reached by
follow-up sets; own16 asks 人数较少的民族), n15 第十一条 (own13 asks 每年至少召开一次; own16 asks who
attends), n15 第三十一条 (own14 NA036 asks who helps; own16 asks what members learn), n17 第十六条
(dev, own2 and own12 ask the 五日内 limits; own16 asks where villagers raise an objection), n19
第十一条 (a follow-up set may ask the 走访 head count; own16 asks the usual form), n23 第十三条 (a
follow-up set may ask how many more candidates than seats; own16 asks the nomination), n25 第九条
(own11 I079 asks a fact in its middle; own16 asks the 无权更正 case at its end), c_154 第三十三条
(own9 dropped a draft for its 表决权; own16 asks the right to criticise the 政协's work). Each news
question was written after reading the whole article; its section is the paragraph that holds the
answer (第N段, N counting non-empty lines after the title line). Two drawn articles state a time
that was asked (n13 第二十七条 在下一次省人民代表大会会议召开前, n01 第八十七条 任期同全国人大): 2 answerable
`deadline` questions; 6 of the 14 unanswerable questions ask deadlines, 8 in all.
See the section "## own16.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1234
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n16_上海市信访条例_2018.txt", "第十一条"): "第十条",
    ("n16_上海市信访条例_2018.txt", "第四十七条"): "第四十八条",
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十九条"): "第三十八条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
