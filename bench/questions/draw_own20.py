"""Record of the seeded draw behind bench/questions/own20.jsonl (twentieth held-out set, helper "own20").

Run: python -m bench.questions.draw_own20 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1242).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (2 Dec, about 07:23-07:31 UTC by the machine's `date`, helper "own20"): the draw
stops after 44 documents (22 laws x 2 articles + the CPPCC charter c_154 with 1, its draw cut at
66, + 21 news articles = 66). Not drawn: c_60319, c_60547, c_62022, c_62238, n02, n09, n12.
Four drawn articles hold only facts that bench/questions/README.md names as asked by earlier sets,
so the nearest article (the lower one when two are equally near, as own19 did) was used instead
(SUBSTITUTED): n25 第七条 (档案, named in the own13 section; a followups10 message asks the
档案馆 clause) -> 第六条 (第八条's 权利人同意 is asked by a followups17 message); n08 第五条 (named
in the own11 section and by followups16) -> 第四条 (its 财产所有权; its 便民利民 clause is the
fact of n15 第十五条, also drawn); n22 第十八条 (志愿服务标志, named in the own7 section) -> 第十七条
(提供必要条件/维护合法权益; its 保险 is named by followups12, and 第十九条's 出具 by followups14);
n13 第十五条 (who handles, own16 QC049) -> 第十四条 (which 建议 go to 重点督办, item （二）/（三）).
Where the README names a fact of a drawn article as asked, another fact of it was asked: n20
第二十四条 (own14 NA049 一个月内; own20 asks who 督促s), n20 第十条 (own14 NA009 七天内, own9 who
受理s; own20 asks 不予受理), n17 第十三条 (五日, own6; own20 asks the 自然村 clause), n11
第二十八条 (own17 RE051 每年; own20 asks 印发下一次会议), n21 第三十六条 (followups16 FW030 the
site; own20 asks the 公报), n08 第十六条 (筹集, own/dev and followups17; own20 asks 收支帐目公布),
n06 第六十三条 (followups17 who passes the plan; own20 asks 年度/向社会公布), n19 第十四条 (own14
asks （三）; own20 asks （九）), n01 第四条 (own18 区域自治; own20 asks 风俗习惯), c_154 第四十三条
(own10 每年举行一次; own20 asks 临时召集), n25 第四条 (own8 asks something in its middle; own20 asks
item （三）), n05 第五十五条 (own14 NA064 asks something in its middle; own20 asks its last
paragraph, 打击报复), n22 第三十二条 (考录 named by followups12; own20 asks 表彰). Every other drawn
article was used as drawn. Kinds (all 80): definition 26, rights_duties 16, procedure 12,
where_to_report 9, deadline 9, numbers 8. Answerable `deadline`: n18 第二十五条, n06 第六十三条,
n15 第十八条, c_154 第四十三条 and c_61454's 2月26日上午; four unanswerable ones bring the kind to 9.
See the section "## own20.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1242
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第七条"): "第六条",
    ("n08_城市居民委员会组织法_2018.txt", "第五条"): "第四条",
    ("n22_志愿服务条例_2017.txt", "第十八条"): "第十七条",
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十五条"): "第十四条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
