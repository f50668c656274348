"""Record of the seeded draw behind bench/questions/own31.jsonl (thirty-first held-out set, helper "own31").

Run: python -m bench.questions.draw_own31 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1264).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (3 Dec, from about 21:56 UTC by the machine's `date`, helper "own31", branch own31,
worktree /work/wt-own31): the draw stops after 44 documents (22 laws x 2 articles, the CPPCC
charter c_154 among them, + 22 news articles = 66). Not drawn: c_60547, c_61880, c_62245, n01,
n03, n05, n06. Eighteen drawn articles hold only facts that bench/questions/README.md names as
asked (by an earlier set, a follow-up message or a tuning question), so the nearest article with a
fact not named there (the lower one when two are equally near; drawn articles skipped) was used
instead (SUBSTITUTED, each with its reason in a comment): n09 第十八条 -> 第十七条, n23 第九条 ->
第十一条, n23 第七条 -> 第六条, n15 第三十一条 -> 第三十三条, n11 第六条 -> 第九条, n13 第三十二条
-> 第三十一条, n12 第五条 -> 第六条, n08 第十八条 -> 第十七条, n04 第三十一条 -> 第三十条, n07
第十五条 -> 第十四条, n24 第四十七条 -> 第四十五条, c_154 第五十条 -> 第四十九条, c_154 第六十条 ->
第五十八条, n20 第十条 -> 第九条, n20 第二十四条 -> 第二十三条, n25 第十条 -> 第十一条, n25 第七条 ->
第四条, n17 第十七条 -> 第十六条. n08 第二十条 was used as drawn although every other article of
n08 is named: its 统一安排 clause is only named as a clause a follow-up message may have reached.
Kinds (all 80): definition 27, rights_duties 17, procedure 11, where_to_report 9, numbers 8,
deadline 8. See the section "## own31.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1264
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # its one sentence (丧失行为能力/判处刑罚 -> 职务自行终止) used by own14 and named as a substitute's
    # source; 第十七条 (as near as 第十九条, lower) has its 当选无效 asked but not its second paragraph
    ("n09_村民委员会组织法_2018.txt", "第十八条"): "第十七条",
    # 一百户至七百户 via its twin n08 第六条, 不足一百户 an earlier substitute's, its second paragraph in a
    # list of answers; 第八条 (民族团结) a substitute's, 第十条 named, 第七条 drawn
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第九条"): "第十一条",
    # 财产所有权 asked of its twin n08 第四条 (an earlier substitute); 第六条 (as near as 第八条, lower;
    # 第八条 a substitute's) was used as drawn by an earlier set, its 由市人民政府制定 not named
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第七条"): "第六条",
    # who helps (own14) and what members learn (own16) both named; 第三十条's two facts named,
    # 第三十二条 drawn, 第二十九条 named; 第三十三条's second paragraph has no hit
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十一条"): "第三十三条",
    # its one sentence asked by own16 QC074 and replaced by own19; 第五条 and 第七条 named, 第四条 (a
    # thin article used as drawn) and 第八条 named, 第三条 drawn; 第九条's 内容明确具体 has no hit for n11
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第六条"): "第九条",
    # 参照执行 (one fact) used by own7, own9, own10; 第三十一条's second paragraph (市县常委会研究处理) has
    # no hit, its first is in a list of facts asked; 第三十三条 is the last article
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第三十二条"): "第三十一条",
    # 会议期间/闭会期间 (one fact) own7; 第四条 (as near, lower) has its 领衔代表 duty asked (own15) and its
    # 参加联名 clause is probably a follow-up message's ("参加联名的那些人呢"); 第六条 has no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第五条"): "第六条",
    # its one sentence used by own9 (kept as drawn by several sets), its twin n23 第二十三条 own17;
    # 第十七条's 适当补助 from 经济收入 has no hit (its 经费/办公用房 facts are named)
    ("n08_城市居民委员会组织法_2018.txt", "第十八条"): "第十七条",
    # 出台前 -> 同级党委 (its one fact) asked; 第三十条 (as near as 第三十二条, lower) has its 行政首长
    # speaks last asked (I029) but not 应当在会上说明理由
    ("n04_重大行政决策程序暂行条例_2019.txt", "第三十一条"): "第三十条",
    # its one sentence (常委会召集) used as drawn by an earlier set; 第十四条 (as near as 第十六条,
    # lower) has only the two 乡镇 sessions named
    ("n07_地方组织法_2022.txt", "第十五条"): "第十四条",
    # who guarantees the 办法, a thin article used as drawn before and replaced by own30; 第四十六条 used
    # as drawn by an earlier set and its 街道办事处 clause own30's, 第四十八条 the last; 第四十五条's
    # item (二) has no hit ((一) own30's, (三) probably a follow-up message's)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第四十七条"): "第四十五条",
    # a thin article (where local committees are set up) an earlier set used as drawn; 第四十九条 (as
    # near as 第五十一条, lower; 第五十一条 named many times) has 应发挥基础性作用 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第五十条"): "第四十九条",
    # a thin article (local offices) an earlier set used as drawn; 第五十九条 (副秘书长) and 第六十一条
    # (会徽) named; 第五十八条 (as near as 第六十二条, lower) has 重要日常工作 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第六十条"): "第五十八条",
    # 七天内 own14, who 受理s own9, 不予受理 own20; 第九条 (as near as 第十一条, lower) has its 领衔代表
    # clause asked as a substitute but not 可以由代表一人提出
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十条"): "第九条",
    # 一个月内 own14, who 督促s own20; 第二十三条 (as near as 第二十五条, lower) has no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十四条"): "第二十三条",
    # 在一定期限内答复 own19, its other sentence only refers to 第九条; 第九条 fully named; 第十一条 has
    # 补救措施/赔偿责任 and its second paragraph named, not 不得公开
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第十条"): "第十一条",
    # 档案 own13, 档案馆 a followups10 message; 第六条, 第八条, 第五条 and 第九条 fully named, 第十条
    # drawn; 第四条's item (二) (保密行政管理部门 -> 署名的机关) has no hit
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第七条"): "第四条",
    # its one fact (向乡镇或县人民政府反映) the second message of three follow-up pairs; 第十六条 (as near
    # as 第十八条, lower; 第十八条's one sentence a substitute's) has 应当及时纠正 with no hit
    ("n17_山东省村务公开条例_2018.txt", "第十七条"): "第十六条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
