"""Record of the seeded draw behind bench/questions/own53.jsonl (fifty-third held-out set, helper "own53").

Run: python -m bench.questions.draw_own53 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1327).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 16:00 UTC by the machine's `date`, helper "own53", branch own53,
worktree /work/wt-own53): the draw stops after 44 documents (22 laws with 2 articles each + 22 news
articles = 66). Not drawn: c_60547, c_60915, c_62022, n08, n09, n13, n19. Eighteen drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a
control question, through a twin law, or as an earlier set's thin article used as drawn whose one
sentence is its fact), so the nearest article with a fact not named there (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself skipped; up to
distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n22 第三十六条 and 第十条,
n03 第四十五条, n17 第二十三条 and 第六条, n11 第二十一条 and 第二十八条, n12 第十二条, n14 第十三条 and n06
第五十条 (every article within distance 4 named), n23 第二十七条 and 第十一条 (n23 exhausted) and n25 第二条
and 第五条 (n25 exhausted) were used as drawn, as own40-own52 did, and most of their questions repeat
earlier facts (n22 第十条's asks a clause with no hit).
The questions are typed short, as members type on a phone: 66 of the 80 have at most 10 characters, the
median is 10.
Kinds (all 80): definition 29, rights_duties 15, where_to_report 12, procedure 8, deadline 8, numbers 8.
See the section "## own53.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1327
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 共同的上一级 and 继续行使 (own34, a follow-up message), own44 and own46 substituted it: fully named; 第二十条
    # (distance 1, lower; 网络信访平台 own44, 不再受理 own46, 五个工作日内 own42, 当场答复 own50) has item (四),
    # 向有权处理的下级国家机关转送、交办, with no hit
    ("n18_浙江省信访条例_2016.txt", "第二十一条"): "第二十条",
    # 表彰奖励, its one sentence (own44): fully named; 第六条 (distance 1, lower; its first paragraph own40, 专（兼）职
    # and 法院/检察院 own38) named; 第八条 (distance 1, higher; no fact named) has 不得非法限制信访人的人身自由 with no hit
    ("n18_浙江省信访条例_2016.txt", "第七条"): "第八条",
    # 七天内 (own14), who 受理s (own9), 不予受理/告知代表 (own20), HK034: fully named; 第九条 (distance 1, lower; own24's
    # and own31's substitute) and 第十一条 (distance 1, higher; own52 used it as drawn) named; 第八条 (distance 2, lower;
    # QB037 own48) and 第十二条 (distance 2, higher; own38's substitute) named; 第七条 (distance 3, lower; 专用纸 through
    # n21 第十条, GP034's first message) has 做到有情况、有分析、有具体意见 and 简明扼要，一事一件, with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十条"): "第七条",
    # PB036, 领办制度 (GP043), own34's first paragraph, 直接组织办理 (own40), own45's substitute: fully named; 第十五条
    # (distance 1, lower; 分级负责制 own42) and 第十七条 (distance 1, higher; 走访 own40, 邀请 own42, 保密 own32, 调查研究
    # own52) named; 第十四条 (distance 2, lower; 十日内 own32, 经交办机构同意后退回 own51) has 不得滞留、延误和自行转办
    # with no hit for n20 (the same duty, worded otherwise, was asked of n12 第十四条 by own27; another city, not a twin)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十六条"): "第十四条",
    # 予以澄清 (own25) and 及时、准确地公开 (own32), own48 substituted it: fully named; 第五条 (distance 1, lower; own48's
    # substitute, 公正、公平、合法、便民 QE071) named; 第七条 (distance 1, higher; no mention) has 逐步增加政府信息公开的内容
    # with no hit
    ("n03_政府信息公开条例_2019.txt", "第六条"): "第七条",
    # its first paragraph (own45) and the 网格化 paragraph (used before, own45): fully named; 第二十四条 (distance 1, lower;
    # own42, QA066) and 第二十六条 (distance 1, higher; 群防群治 own43, 安全宣传 own44) named; 第二十三条 (distance 2,
    # lower; 联席会议 own25, 采纳协商结果 own48) has 受政府或者有关部门委托的协商事项，协商结果应当及时向政府或者有关部门
    # 报告, with no hit
    ("n15_上海市居民委员会工作条例_2020.txt", "第二十五条"): "第二十三条",
    # 应当与代表联系沟通, 及时通报情况 (own37 used it as drawn): fully named; 第四十九条 (distance 1, lower; 代表证, own29
    # used it as drawn) named; 第五十一条 (distance 1, higher) drawn itself; 第四十八条 (distance 2, lower; no mention) has
    # 代表执行代表职务的集体服务机构 with no hit
    ("n05_人大代表法_2025.txt", "第五十条"): "第四十八条",
    # 直辖市的地方委员会设立办公厅 (GV028), own8 used it, own31 substituted it: fully named; 第五十九条 (distance 1, lower;
    # 一人至数人 own9, own13) and 第六十一条 (distance 1, higher; the 会徽 own26) named; 第五十八条 (distance 2, lower;
    # 重要日常工作 own31's substitute, 预备会议 own27/own44, 主持常务委员会的工作 own51 for 第四十七条) has 副主席、秘书长
    # 协助主席工作 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第六十条"): "第五十八条",
    # 法院、检察院设立或者确定负责信访工作的机构, its one sentence (own37's substitute): fully named; 第二十条 (distance 1,
    # lower; no mention) has item (五), 研究、分析信访情况，开展调查研究, with no hit
    ("n16_上海市信访条例_2018.txt", "第二十一条"): "第二十条",
    # 传染病 visitors (FZ050, a control; followups24): fully named; 第四十六条 (distance 1, lower; 监护人代为提出 followups11,
    # who takes the person back own22) and 第四十八条 (distance 1, higher; QC063, its second paragraph QE069) named;
    # 第四十五条 (distance 2, lower; 信访代理为名 own23's substitute, A076 "a fact in its middle") has item (四), 扬言放火、
    # 爆炸、投毒、凶杀, with no hit
    ("n16_上海市信访条例_2018.txt", "第四十七条"): "第四十五条",
    # 自查 (own17), where the report goes (own13), 年中和年末 (own29), QG077 (own52): fully named; 第二十三条 (distance 1,
    # lower; 认真接待代表，如实介绍情况 own38, GO044's first message) and 第二十五条 (distance 1, higher; PB046, 限期改正
    # own46, 督办专题 own38, 自查、评估考核 own52) named; 第二十二条 (distance 2, lower; 转下年度/客观情况变化 GU028, HM038's
    # second message) has 答复承诺…在解决问题后书面告知代表 with no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第二十四条"): "第二十二条",
    # 客观真实 (own43), the 要素 (own24, own36), 不宜作为人民建议提出 (GY048): fully named; 第九条, 第十一条, 第八条, 第十二条
    # and 第七条 (distances 1-3) named (own52's record); 第十三条 (distance 3, higher) drawn itself; 第六条 (distance 4,
    # lower; items (一) NA070 and (四) own41) has items (二) and (三), 征求、收集、接收、处理人民建议, with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十条"): "第六条",
    # 三至五人 (own36), 不得担任 (FX037), 推选产生 (own40), 财会、管理知识 (own32, through the twin n09 第三十二条): fully
    # named; 第二十九条 (distance 1, lower; (五) own22, 每季度/每月 own22/own23, 真实性/查询 through the twin n09 第三十条)
    # named; 第三十一条 (distance 1, higher; 任期相同 own18, GT031) has 任职的具体条件相同 and 新一届…及时推选产生, with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第三十条"): "第三十一条",
    # the 执法检查 forms, its one sentence (FW044's and GO039's first messages): fully named; 第三十四条 (distance 1, lower;
    # 协同开展执法检查 own52, GO039's second message, fact not named) has its first paragraph, 委托下一级…进行检查,
    # with no hit
    ("n06_监督法_2024.txt", "第三十五条"): "第三十四条",
    # 省级政府制定具体制度, a thin article own15 used as drawn: counted fully named; 第四十二条 (distance 1, lower; own42
    # used it as drawn) named; 第四十四条 is the last; 第四十一条 (distance 2, lower; 取消评估资格 own45's substitute,
    # GP030's control second question) has 予以通报批评、责令限期整改 with no hit
    ("n04_重大行政决策程序暂行条例_2019.txt", "第四十三条"): "第四十一条",
    # 以书面形式 (own48's substitute) and 即行终止 (FK030): fully named; 第十一条 (distance 1, lower; GQ041's first message,
    # own48 substituted it) and 第十三条 (distance 1, higher; own5, own23, HI028, own51's substitute) named; 第十条
    # (distance 2, lower; own46, 专用纸 through n20 第七条) named; 第十四条 (distance 2, higher; GQ041's second message,
    # fact not named) has item (二)'s 涉及特别重大事项的，由市人民政府办理 with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十二条"): "第十四条",
    # its one sentence (own47 used it as drawn; 依规依纪依法严肃处理 stands five times in n02): counted fully named;
    # 第四十二条 (distance 1, lower; QD068 own49, QG065 own52) and 第四十四条 (distance 1, higher; own32 used it as drawn)
    # named; 第四十一条 (distance 2, lower; 年度报告 HH043, HJ045's first message) has its second paragraph, 巡视巡察, with
    # no hit
    ("n02_信访工作条例_2022.txt", "第四十三条"): "第四十一条",
    # 30日内 (LA044), 不再受理, the 听证 time (a follow-up message), 可以依法向社会公示 (own31): fully named; 第三十五条
    # (distance 1, lower; FQ048's second message, GO028's control second question, its one sentence) named; 第三十七条
    # (distance 1, higher; 司法救助 own35, 调解 GN036, GW041's second message, fact not named) has 依法申请社会救助 with
    # no hit
    ("n02_信访工作条例_2022.txt", "第三十六条"): "第三十七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
