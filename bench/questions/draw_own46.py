"""Record of the seeded draw behind bench/questions/own46.jsonl (forty-sixth held-out set, helper "own46").

Run: python -m bench.questions.draw_own46 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1302).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 07:59 UTC by the machine's `date`, helper "own46", branch own46,
worktree /work/wt-own46): the draw stops after 45 documents (21 laws with 2 articles each + 24 news
articles = 66). Not drawn: c_60547, n03, n04, n05, n07, n11. Fifteen drawn articles hold only facts
that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a control
question, or as an earlier set's thin article used as drawn), so the nearest article with a fact not
named there (the lower one when two are equally near and both usable; never a first or last article;
an article already drawn, or taken by an earlier substitution, skipped) was used instead
(SUBSTITUTED, each with its reason in a comment). n15 第三十一条 and n23 第三条 (every article within
distance 4 named), n25 第五条 and 第十二条 and n08 第八条 and 第二十条 (n08 and n25 exhausted) were used
as drawn, as own40-own45 did, and their questions repeat or sit beside earlier facts.
Kinds (all 80): definition 30, rights_duties 14, procedure 12, where_to_report 8, numbers 8, deadline 8.
See the section "## own46.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1302
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 一般事项 / 三人或者五人 (an earlier set's numbers), 近亲属 named, 推选产生 (own29) and two controls
    # (FT040, GH035): fully named; 第十三条 (distance 1, lower; 五日, 自然村, 会议、广播, 便于村民观看) and
    # 第十五条 (distance 1, higher; 接受乡镇人民政府指导 a substitute's, 列席 a message's) fully named;
    # 第十一条 is drawn itself; 第十二条 (distance 2, lower; 每月公布 and 随时公布 named) has 一般事项至少每季度
    # 公布一次 with no hit for this law (季度 named only for n09, n21 and n24)
    ("n17_山东省村务公开条例_2018.txt", "第十四条"): "第十二条",
    # 一年内 (I058) and 说明情况 (LA001): fully named; 第六十五条 (distance 1, lower; no mention) has
    # 阿拉伯数字, 款不编序号 and 立法技术规范 with no hit
    ("n10_立法法_2023.txt", "第六十六条"): "第六十五条",
    # 推诿→通报批评 (own34), 追究负责人 (own35), 优秀承办件/予以表扬 (unanswerables' neighbours) and 给予
    # 行政处分 (n16's): fully named; 第三十一条 is the last article; 第二十九条 (distance 1, lower; who
    # reports, 全部办结后, 印发下次会议 and 门户网站 named) fully named; 第二十八条 (distance 2, lower; its
    # first paragraph's 第三方评估 a substitute's, 述职报告 own28's, JA003 asks "something in its middle")
    # has its second paragraph, 专门委员会应当制定具体督办方案, with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第三十条"): "第二十八条",
    # 侨务政策 used by an earlier substitute, its one sentence: fully named; 第十六条 (distance 1, lower;
    # 宗教信仰自由政策 and 独立自主自办 a substitute's) has 坚持我国宗教的中国化方向 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第十七条"): "第十六条",
    # 志愿服务标志 (named in the own7 section; a thin article used as drawn): fully named; 第十七条
    # (distance 1, lower; 提供必要条件/维护合法权益 a substitute's, 保险 followups12's) fully named; 第十九条
    # (distance 1, higher; its first paragraph's list own44's, 无偿、如实出具 named) has its third paragraph,
    # 由国务院民政部门会同有关单位制定, with no hit
    ("n22_志愿服务条例_2017.txt", "第十八条"): "第十九条",
    # the vote (followups10), what a 撤职案 states (own17) and 申辩意见 (own27): fully named; 第六十三条
    # (distance 1, higher) fully named by own45; 第六十一条 (distance 1, lower; its first paragraph
    # own45's, 五分之一以上 asked) has its second paragraph, 主任会议 may propose a 撤职案, with no hit
    ("n06_监督法_2024.txt", "第六十二条"): "第六十一条",
    # 省级人大常委会 sets the procedure 参照立法法 (an earlier substitute's, its one fact): fully named;
    # 第三十九条 (distance 1, lower; no mention) has 超越法定权限 and 相抵触 as grounds, with no hit
    ("n06_监督法_2024.txt", "第四十条"): "第三十九条",
    # 社区议事协商组织 (GR048) and its second paragraph (a substitute's): fully named; 第四十条 (distance 1,
    # lower; 社区服务中心 used by an earlier set) has its second paragraph, 财政、集体经济、筹资筹劳 for the
    # 经费, with no hit for this law (筹资筹劳 named only for n17)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第四十一条"): "第四十条",
    # its one sentence used as drawn by an earlier set (no hit there, counted as named as own45 counted
    # thin articles); 第四十条 is taken by the substitution above; 第三十八条 (distance 1, lower; used as
    # drawn by an earlier set, fact not named) has 若干村民委员会可以联合实施农村社区建设 with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第三十九条"): "第三十八条",
    # 共同的上一级, 继续行使 named and the no-successor case (own34), beside a follow-up message: fully
    # named; 第二十条 (distance 1, lower; 网络信访平台 and 五个工作日内 substitutes') has item (五), 已经处理终结
    # → 书面告知不再受理, with no hit for this law; 第二十二条 (as near, higher) is the higher one
    ("n18_浙江省信访条例_2016.txt", "第二十一条"): "第二十条",
    # 主动征求、收集和日常接收 named, 目录管理 (own33), its third paragraph (own34) and its condition (a
    # substitute's): fully named; 第九条 (distance 1, higher; 书信/电话/热线/随申办/电子邮件 asked) fully
    # named; 第七条 (distance 1, lower; 信息查询、公众评价 a substitute's, 一网通办/大数据资源平台 named) has
    # its second paragraph, 加强人民建议征集工作信息化建设, with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第八条"): "第七条",
    # the office as the place to go (own13) and its tasks (own14): fully named; 第三条 (distance 1, lower;
    # items (一)-(四) all named, (二)/(三) a substitute's) counted fully named; 第五条 (distance 1, higher;
    # 经费 own44's) has 各级国家机关是…主体 with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第四条"): "第五条",
    # 书信、电话、走访 and 直接责任归属机关 named: fully named; 第一条 is the first article; 第三条 (distance 1,
    # higher; 不得压制和打击报复 own44's) has its second paragraph, 不得损害国家、集体的利益, with no hit
    ("n19_河南省信访条例_2012.txt", "第二条"): "第三条",
    # who funds 信访 work (PB078), its one sentence: fully named; 第十二条 (distance 1, higher) own11's;
    # 第十条 (distance 1, lower; its second paragraph, rewards, QC075's) has its first paragraph,
    # 培训、交流、激励机制, with no hit
    ("n16_上海市信访条例_2018.txt", "第十一条"): "第十条",
    # where to go named and 调查核实，责令依法公布 (a substitute's): fully named; 第三十条 (distance 1, lower;
    # items (二)-(四), 每季度/每月, 集体财务往来较多 and 接受村民的查询 named) has 保证所公布事项的真实性
    # with no hit; 第三十二条 (as near, higher; GW048's control answer) is the higher one
    ("n09_村民委员会组织法_2018.txt", "第三十一条"): "第三十条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
