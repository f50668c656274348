"""Record of the seeded draw behind bench/questions/own61.jsonl (sixty-first held-out set, helper "own61").

Run: python -m bench.questions.draw_own61 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1359).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 22:00 UTC by the machine's `date`, helper "own61", branch own61,
worktree /work/wt-own61): the draw stops after 44 documents (22 laws with 2 articles each and 22 news
articles = 66). Not drawn: c_60368, c_60547, c_61454, n01, n05, n20, n22.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own61/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
As the brief for this set asked, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set
(compared through those files' doc, section, answer_contains and question fields). Twenty-four drawn
articles hold only facts an earlier set asks, so the nearest article with a fact no such set asks as an
answer (the lower one when two are equally near and both usable; never a first or last article; an
article drawn itself, or taken by the other drawn article's substitution, skipped; up to distance 4)
was used instead (SUBSTITUTED, each with its reason in a comment). "Fully asked" was judged by a script
listing the article's clauses none of whose 5-character pieces stands in any earlier answer phrase,
then by reading; it can miss a fact asked in other words.
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): definition 26, rights_duties 22, procedure 8, deadline 8,
where_to_report 8, numbers 8. See the section "## own61.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1359
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # no clause free of earlier answers; 第八条 (distance 1, lower; own20, own45, own54, own55, own58, own59)
    # has item (三)'s 承担本村生产的服务和协调工作, asked by no earlier set
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第九条"): "第八条",
    # 下次会议报告 (own11), 主席团提出/大会全体会议决定 (own30), 提出修改方案 (own34): fully asked; 第二十五条
    # (distance 1, lower) has 对该法律案的审议即行终止, asked by no earlier set
    ("n10_立法法_2023.txt", "第二十六条"): "第二十五条",
    # no clause free of earlier answers; 第五条 (distance 1, lower; 联席会议制度 own51, 网格化管理 own24) has
    # 定期召开信访专题会议, asked by no earlier set
    ("n18_浙江省信访条例_2016.txt", "第六条"): "第五条",
    # 说服教育、协商对话、心理疏导 (own13, own37), 联动工作机制 (own21), 专业机构 (own33), 咨询服务 (followups38):
    # fully asked; 第二十七条 (distance 1, lower) nothing free; 第二十九条 (distance 1, higher; 限期反馈 own30,
    # 处理建议 own33) asked; 第二十六条 (distance 2, lower) has 不得扣压信访材料, asked by no earlier set
    ("n18_浙江省信访条例_2016.txt", "第二十八条"): "第二十六条",
    # 奖励经费纳入相关工作经费 (own3, own35, followups20), 评选并予以表扬 (own39): fully asked; 第十五条 (distance 1,
    # lower; 境外人士 own2/own5/own38, 专业性和精准度 own28) has 高等学校、研究机构、各类智库, asked by no earlier set
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十六条"): "第十五条",
    # no clause free of earlier answers; 第三十三条 (distance 1, lower) has item (一), 经济、文化和社会事务的建议,
    # asked by no earlier set
    ("n16_上海市信访条例_2018.txt", "第三十四条"): "第三十三条",
    # 应当予以登记 (own8, own51): fully asked; 第四十三条 (distance 1, lower; 诉讼等法定途径 own27) asked;
    # 第四十五条 (distance 1, higher; 弃置 own9, own55) has 拦截公务用车, asked by no earlier set
    ("n16_上海市信访条例_2018.txt", "第四十四条"): "第四十五条",
    # 上一阶段…计划 and 六月至九月期间 (own25): fully asked; 第十九条 (distance 1, lower; own9, own11) asked;
    # 第二十一条 (distance 1, higher) nothing free; 第十八条 (distance 2, lower) has item (九), 预算执行和其他
    # 财政收支的审计工作情况, asked by no earlier set
    ("n06_监督法_2024.txt", "第二十条"): "第十八条",
    # 十五个工作日内 (own7, own48), 委托他人说明情况 (own40, followups50): fully asked; 第二十二条 (distance 1, lower;
    # 公文形式, 态度诚恳 own12/own19/own38) asked; 第二十四条 nothing free; 第二十一条 (distance 2, lower; 三个月,
    # 六个月) asked; 第二十五条 and 第二十条 nothing free; 第二十六条 (distance 3, higher; own60 asked its 工作方案)
    # has 因情况变化导致不能落实的→应当以书面形式向代表说明原因, asked by no earlier set
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第二十三条"): "第二十六条",
    # 承诺事项台账 (own60), 第四季度 (own39), 履职服务平台 (own40): fully asked; 第二十三条 (distance 1, lower;
    # 签发 own47, 联系组 own16/own35, 同时答复 own52) has 应当附上…答复函回执, asked by no earlier set
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第二十四条"): "第二十三条",
    # no clause free of earlier answers; 第二十七条 (distance 1, lower; 二十个工作日 followups48, 两个月内
    # followups29/37, 召集研究 own38, 具体意见 own38, 重新办理 followups4's S049) and 第二十九条 (distance 1,
    # higher; 统计范围 own12/own23, 经催促 followups29) asked; 第二十六条 (distance 2, lower; 领衔代表反馈
    # own30/own38, 联系组组长 own31) has 记入代表履职档案, asked by no earlier set
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第二十八条"): "第二十六条",
    # no clause free of earlier answers; 第十八条 (distance 1, lower) has 由居民委员会组织、监督实施, asked by
    # no earlier set
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十九条"): "第十八条",
    # 北京市民政局负责解释 (followups29, followups52): asked; 第二十九条 (distance 1, lower; 表彰 own15, own50)
    # asked, 第三十一条 the last; 第二十八条 (distance 2, lower; 可以拒绝 followups10/17/29/43) has 同意并统一安排,
    # asked by no earlier set
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第三十条"): "第二十八条",
    # 对外以自己名义履行行政管理职能 (own37): asked; 第二十六条 (distance 1, lower) nothing free; 第二十八条
    # (distance 1, higher) has 建立完善政府信息公开申请渠道, asked by no earlier set
    ("n03_政府信息公开条例_2019.txt", "第二十七条"): "第二十八条",
    # 必须提请居民会议讨论决定 (own27), 撤换和补选 (own2, own15), the 提议 thresholds (own, own36): fully asked;
    # 第九条 (distance 1, lower) nothing free; 第十一条 (distance 1, higher; 少数服从多数 own4) has 不得强迫命令,
    # asked by no earlier set
    ("n08_城市居民委员会组织法_2018.txt", "第十条"): "第十一条",
    # 编入居民小组 (own, own9, own10, own43): fully asked; 第十七条 (distance 1, lower; 统筹解决 own59, 适当补助
    # own31, 拨付 followups27) has 生活补贴费的范围、标准和来源, asked by no earlier set as an answer
    ("n08_城市居民委员会组织法_2018.txt", "第十八条"): "第十七条",
    # 真实表达自己的意愿 (own6, own47), 领衔代表应当使…了解 (own11, own15): fully asked; 第三条 (distance 1, lower;
    # 积极回应 own57) has 尊重人民主体地位, asked by no earlier set
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第四条"): "第三条",
    # no clause free of earlier answers; 第五条 (distance 1, lower) nothing free; 第七条 (distance 1, higher;
    # 闭会期间 own13, 一人提出 own13/own21, 适当方式 own17) has 会议期间向大会提出, asked by no earlier set
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第六条"): "第七条",
    # no clause free of earlier answers; 第十一条 (distance 1, lower; items own5, own44, own46, own47) asked;
    # 第十三条 drawn itself; 第十四条 nothing free; 第十条 (distance 2, lower; 建立村务公开档案 own28) has
    # 按照村级档案管理有关规定执行 (the 保管期限), asked by no earlier set
    ("n17_山东省村务公开条例_2018.txt", "第十二条"): "第十条",
    # 遵守和履行的义务 (own17, own41): fully asked; 第二十四条 drawn itself; 第二十六条 (distance 1, higher;
    # 声明保留 own60) asked; 第二十三条 (distance 2, lower; 协商同意 followups43) has 凡赞成本章程的党派和团体,
    # asked by no earlier set (第二十七条, distance 2, higher, as near; the lower taken)
    ("c_154_中国人民政治协商会议章程.txt", "第二十五条"): "第二十三条",
    # own7, own16: fully asked; 第二十三条 taken, 第二十五条 drawn; 第二十二条 and 第二十六条 (distance 2) asked;
    # 第二十一条 (distance 3, lower) nothing free; 第二十七条 (distance 3, higher; 检举揭发 own48, 大政方针 own51,
    # 调查和检查 own/own32) has 对国家机关和国家工作人员的工作提出建议和批评的权利, asked by no earlier set
    ("c_154_中国人民政治协商会议章程.txt", "第二十四条"): "第二十七条",
    # no clause free of earlier answers; 第二十条 (distance 1, lower; 代行 own6, 担任业委会成员 followups16/52)
    # has 有权督促业主委员会依法召开业主大会, asked by no earlier set
    ("n15_上海市居民委员会工作条例_2020.txt", "第二十一条"): "第二十条",
    # no clause free of earlier answers; 第五条 (distance 1, lower; own5, own21, own24, own29, own51, own53, own59)
    # asked; 第七条 (distance 1, higher; 依照有关档案管理的法律 own13/own52) has 由被告的档案机构或者档案工作人员
    # 保管, asked by no earlier set
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第六条"): "第七条",
    # 权利人同意公开 (own, own10, own16, own18), 不予公开范围 (own54): fully asked; 第七条 taken; 第九条 (distance 1,
    # higher; own6, own11, own16, own17, own24, own60) asked; 第六条 drawn itself; 第十条 (distance 2, higher;
    # 一定期限内答复 own, own13, own19) has 参照第九条的规定处理, asked by no earlier set
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第八条"): "第十条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
