"""Record of the seeded draw behind bench/questions/own49.jsonl (forty-ninth held-out set, helper "own49").

Run: python -m bench.questions.draw_own49 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1308).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 10:45 UTC by the machine's `date`, helper "own49", branch own49,
worktree /work/wt-own49): the draw stops after 45 documents (21 laws with 2 articles each + n18 with 1
+ 23 news articles = 66). Not drawn: c_60548, c_60737, n06, n12, n16, n20. Fifteen drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a
control question, through a twin law, or as an earlier set's thin article used as drawn whose one
sentence is its fact), so the nearest article with a fact not named there (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself or taken by an
earlier substitution skipped; up to distance 4) was used instead (SUBSTITUTED, each with its reason in
a comment). n08 第二十二条 and 第六条 (n08 exhausted), n23 第六条 (n23 exhausted), n25 第三条 and 第九条
(n25 exhausted), n13 第七条, n17 第十二条 and n15 第二十九条 (every article within distance 4 named) were
used as drawn, as own40-own48 did, and their questions repeat earlier facts.
Kinds (all 80): definition 26, rights_duties 15, procedure 13, where_to_report 9, deadline 9, numbers 8.
See the section "## own49.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1308
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 代理主任, its one fact: followups39's list and a follow-up second message (own32 substituted it, the
    # chains set used it): fully named; 第五十四条 (distance 1, lower; item (四) own32's substitute, the 县主任会议's
    # members own34) has item (一), 决定常务委员会每次会议的会期, with no hit
    ("n07_地方组织法_2022.txt", "第五十五条"): "第五十四条",
    # 办事公道/廉洁奉公/热心为…服务 and 接受村民监督: own39 counted it named through its twins' duty lists (n08 第十二条,
    # n24 第九条), own28 used it as drawn: fully named; 第九条 (distance 1, lower; no mention) has its third
    # paragraph, 多民族村民居住的村…增进团结、互相尊重、互相帮助, with no hit
    ("n09_村民委员会组织法_2018.txt", "第十条"): "第九条",
    # 重点督办→有关专门委员会跟踪督办 (own36), PB002's where_to_report question, 人事代表工作机构/办公厅 (own38 counted
    # it named; own43 and own38 substituted it): fully named; 第二十四条 (distance 1, lower; 一个月内再次答复
    # followups22, 重新研究办理/听取代表意见 own32; own39 substituted it) and 第二十六条 (distance 1, higher;
    # 督办工作情况 own43, 专题听取 own38, 提请会议审议 own42) fully named; 第二十三条 (distance 2, lower; 征询意见表
    # own24, 领衔代表 own39 and GX044) has its last sentence, 不满意的，应当填写具体意见, asked here only of n21
    # 第二十八条 (another province, not a twin)
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第二十五条"): "第二十三条",
    # 主导作用, its one sentence (own25, used as drawn): fully named; 第五十三条 (distance 1, lower; no mention)
    # has 法律解释同法律具有同等效力 with no hit for this law (同等效力 named only for n11 第十条)
    ("n10_立法法_2023.txt", "第五十四条"): "第五十三条",
    # 督办 (own12, a thin article used as drawn), its second paragraph (own33, GT039): fully named; 第十九条 (distance
    # 1, lower; 专题调研和视察 own25, 督促 own34, 汇集、反映 own42) and 第二十一条 (distance 1, higher; 参照本规定执行
    # own39, its one sentence) fully named; 第十八条 (distance 2, lower; 专项工作报告 own42, 执法检查/询问和质询 own26)
    # fully named and 第二十二条 is the last; 第十七条 (distance 3, lower; 开设专栏/知晓度 own37, GL036's and
    # GT040's follow-up answers, fact not named) has 坚持正确的舆论导向 with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第二十条"): "第十七条",
    # 第一责任人 (own27), 监督 clause (own30), 法定内容、程序、时间、形式 (own31), 领导核心作用 (own42): fully named;
    # 第三条 (distance 1, lower; own42's and own44's substitute) and 第五条 (distance 1, higher; 统一领导 own40,
    # 民政/农业 own26, its last sentence own48) fully named; 第二条 (distance 2, lower; the scope, a thin article own35
    # used as drawn) and 第六条 (distance 2, higher; items (一)-(四) own25, own19, own13) fully named; 第一条 is the
    # first; 第七条 (distance 3, higher; items (二)-(九) asked) has item (一), 村民自治章程、议事规则、村规民约, with no
    # hit for this law (村规民约 asked of n24 第九条, another province)
    ("n17_山东省村务公开条例_2018.txt", "第四条"): "第七条",
    # 每届任期五年, its one sentence: HD047's follow-up answer and FQ049's control: fully named; 第五十一条 (distance
    # 1, lower; its first paragraph named only as the near neighbour of unanswerables, own5-own7, own20, own21)
    # has its second paragraph, 任期内…增加或者变更…经本届地方委员会主席会议审议同意后, with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第五十二条"): "第五十一条",
    # 党的全面领导 (own40), an article an earlier set used as drawn whose one sentence is its fact: counted
    # named; 第三条 (distance 1, lower; item (四) own37, 不适用 own25, 经同级党委同意后向社会公布 own34) has item
    # (二), 制定经济和社会发展等方面的重要规划, with no hit (第五条, as near and higher, has 科学决策原则 own26's)
    ("n04_重大行政决策程序暂行条例_2019.txt", "第四条"): "第三条",
    # 有权提出建议、批评和意见 (own45, used as drawn, fact not named) and 明确具体，注重反映实际情况和问题 (own28's, asked
    # of 第三十六条, which repeats the sentence): fully named; 第二十三条 (distance 1, lower; named only as
    # the near neighbour of an unanswerable, FT050) has 也可以表示弃权 with no hit
    ("n05_人大代表法_2025.txt", "第二十四条"): "第二十三条",
    # 不受法律追究, its one sentence: followups45's list, chains HC, FX040's control (own47 substituted it): fully
    # named; 第三十七条 (distance 1, lower; 代表小组/调研 own47, 分工联系选民 own44) fully named; 第三十九条
    # (distance 1, higher; immunity a near neighbour, 其他限制人身自由的措施 own36) has its third paragraph, the
    # 主席团 checks for 打击报复, with no hit
    ("n05_人大代表法_2025.txt", "第三十八条"): "第三十九条",
    # 便民利民/志愿服务 (own20; own21, own39 and own47 substituted it): fully named; 第十四条 (distance 1, lower;
    # 公序良俗/居民公约 own21, 核心价值观 own39) has its opening, 宣传宪法、法律、法规和国家的政策, with no hit for
    # this law (第十六条, as near and higher, keeps an unasked clause too)
    ("n15_上海市居民委员会工作条例_2020.txt", "第十五条"): "第十四条",
    # 三分之二 quorum and 过半数同意, asked of its twin n09 第二十八条 (own13) and a span of followups43: fully
    # named; 第二十五条 (distance 1, lower; 组长 facts asked of the twin, 更换 own34/GT030, HG045's answer) has its
    # first paragraph, 分设若干村民小组, with no hit (the twin n09 第三条's same sentence has none either)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第二十六条"): "第二十五条",
    # 志愿服务标志, its one sentence (own7 used it as drawn; own20 and own46 substituted it): fully named;
    # 第十七条 (distance 1, lower; 必要条件/合法权益 own20, 保险 followups12) and 第十九条 (distance 1, higher; 无偿出具
    # followups14/21/24, its first paragraph's list own44, the 办法 own46) fully named; 第十六条 (distance 2, lower;
    # 资格 own15, 培训 own29, 标准和规程 own42) fully named; 第二十条 (distance 2, higher; FQ040's first message,
    # fact not named) has 未经志愿者本人同意，不得公开或者泄露其有关信息 with no hit
    ("n22_志愿服务条例_2017.txt", "第十八条"): "第二十条",
    # 确定办理的方式、途径和方法 (own26), an article an earlier set used as drawn whose one sentence is its fact:
    # counted named; 第十七条 (distance 1, lower; 牵头负责的单位和责任人 own37 and followups40, used as drawn by own28,
    # GW050's follow-up answer) has 可以责成下一级机关或者有关工作部门具体承办 with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十八条"): "第十七条",
    # 及时办理 / 解释和疏导工作: used as drawn by own31 (fact not named) and substituted by own42 as named:
    # counted named; 第二十一条 (distance 1, lower; 共同的上一级, 继续行使, the no-successor case own34; own44 and
    # own46 substituted it) fully named; 第二十三条 (distance 1, higher; 三十日内/六十日, 书面答复 own28, 立即办理 own29,
    # 负责人批准 own48) has its second paragraph, 疑难的信访事项…可以依法举行听证, with no hit (听证 named only as an
    # unanswerable's near neighbour)
    ("n18_浙江省信访条例_2016.txt", "第二十二条"): "第二十三条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
