"""Record of the seeded draw behind bench/questions/own17.jsonl (seventeenth held-out set, helper "own17").

Run: python -m bench.questions.draw_own17 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1236).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (1 Dec, about 23:43-23:48 UTC by the machine's `date`, helper "own17"): the draw
stops after 45 documents (21 laws x 2 articles, the CPPCC charter c_154 among them, + 24 news
articles = 66). Not drawn: c_61578, n05, n09, n17, n22, n24. Five drawn articles hold a single fact
that bench/questions/README.md names as asked or used by an earlier set, so the nearest article was
used instead (SUBSTITUTED): n16 第八条 (人大代表 take part in 信访 work; followups12 FV030's first message)
-> 第七条 (第九条, as near, is FV030's follow-up); n15 第八条 (鼓励创新, used as drawn by own10) -> 第九条; n03
第五十四条 (scope, used as drawn by own10) -> 第五十三条 (第五十五条, as near, may be a followups12 second
message, 供水供电); n11 第六条 (own16 QC074) -> 第七条; n23 第二十二条 (十五户至五十户 and the 组长, which followups4 and
followups14 may reach) -> 第二十三条. Where the README names a fact of a drawn article as asked, another
fact of it was asked: n16 第三十四条 (own12 asks 十五日内; own17 asks where the case goes), n13 第七条 (own8
asks during or between sessions; own17 asks the 联名 duty), n13 第六条 (own11 asks item （二）; own17 asks
（四）), n12 第二十四条 (own13 asks where the report goes; own17 asks who runs the 自查), n03 第四十七条 (own14
asks where to complain; own17 asks the outcome), n06 第六十二条 (followups10 asks the vote; own17 asks
what the 撤职案 must state), n25 第九条 (own11 and own16 ask its middle and end; own17 asks its first
paragraph), n08 第三条 (own8 asks item （三）; own17 asks （四）). Each news question was written after
reading the whole article; its section is the paragraph that holds the answer (第N段, N counting
non-empty lines after the title line). 5 answerable `deadline` questions (n19 第二十二条, n07 第三十八条, n11
第二十八条, two news dates) and 4 unanswerable ones, 9 in all.
See the section "## own17.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1236
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n16_上海市信访条例_2018.txt", "第八条"): "第七条",
    ("n15_上海市居民委员会工作条例_2020.txt", "第八条"): "第九条",
    ("n03_政府信息公开条例_2019.txt", "第五十四条"): "第五十三条",
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第六条"): "第七条",
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十二条"): "第二十三条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
