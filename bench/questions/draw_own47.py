"""Record of the seeded draw behind bench/questions/own47.jsonl (forty-seventh held-out set, helper "own47").

Run: python -m bench.questions.draw_own47 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1304).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 08:20 UTC by the machine's `date`, helper "own47", branch own47,
worktree /work/wt-own47): the draw stops after 43 documents (23 laws with 2 articles each + 20 news
articles = 66). Not drawn: c_151, c_61578, c_61580, c_61598, c_62245, n04, n14, n20. Seventeen drawn
articles hold only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up
message or a control question, through a twin law, or as an earlier set's thin article used as
drawn), so the nearest article with a fact not named there (the lower one when two are equally near
and both usable; never a first or last article; an article already drawn skipped; up to distance 4)
was used instead (SUBSTITUTED, each with its reason in a comment). n23 第十一条 and 第二十条, n11
第二十四条, n17 第二十四条 and n12 第四条 (every article within distance 4 named) and n25 第七条 and
第十二条 and n08 第五条 and 第十五条 (n25 and n08 exhausted) were used as drawn, as own40-own46 did, and
their questions repeat or sit beside earlier facts.
Kinds (all 80): definition 30, rights_duties 14, procedure 12, where_to_report 8, numbers 8, deadline 8.
See the section "## own47.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1304
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 不受法律追究 (L046, the control FX040 and a final-check list): its one fact named; 第三十七条 (distance
    # 1, lower; 分工联系选民 own44's) has 根据统一安排，开展调研等活动 and 组成代表小组 with no hit
    ("n05_人大代表法_2025.txt", "第三十八条"): "第三十七条",
    # 派有关负责人员到会，听取意见，回答询问 (an earlier substitute's, 回答询问 a follow-up draft's): fully named;
    # 第四十五条 (distance 1, lower; its one fact 每年 PB003's) fully named; 第四十七条 (distance 1, higher;
    # 全体会议、联组会议或者分组会议 a substitute's, 负责人应当到会 own33's, two follow-up pairs open in it)
    # has the subjects of a 专题询问, 社会普遍关注的重大问题, with no hit
    ("n06_监督法_2024.txt", "第四十六条"): "第四十七条",
    # a thin article an earlier set used as drawn (村级重大事务 程序): counted named; 第二十六条 (distance 1,
    # lower; its quorum PU029's near neighbour, 过半数同意 in a final-check list) fully named; 第二十八条
    # (distance 1, higher; no mention, its twin n09 第二十九条 named only in a printed range) has
    # 少数服从多数的民主决策机制和公开透明的工作原则 with no hit for either law
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第二十七条"): "第二十八条",
    # who guarantees the 办法 (a thin article an earlier set used as drawn; own30 substituted it): counted
    # named; 第四十六条 (distance 1, lower; its two clauses an earlier set's and own30's) fully named;
    # 第四十八条 is the last; 第四十五条 (distance 2, lower; item (一) own30's, item (二) a substitute's,
    # 责令改正 named) has 并追究有关人员的责任 with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第四十七条"): "第四十五条",
    # 联动工作机制 (GN036), 说服教育、协商对话、心理疏导 (a substitute's) and its second paragraph (own33):
    # fully named; 第二十七条 (distance 1, lower; 由信访工作机构负责人决定 GR045's, 由所在国家机关负责人决定
    # FM039's, GO026's control) fully named; 第二十九条 (distance 1, higher; 及时督办/限期反馈 own30's,
    # 处理的建议 own33's) has 并提出改进建议 with no hit
    ("n18_浙江省信访条例_2016.txt", "第二十八条"): "第二十九条",
    # used as drawn by own45, whose final check found its two phrases here (提出处理建议, 给予行政处分), so
    # both paragraphs counted named; 第三十三条 (distance 1, lower; item (四) GQ031's, item (五) own35's,
    # used as drawn by an earlier set, GT027's follow-up answer) has item (一), 漏登漏报重要信访情况, with
    # no hit
    ("n19_河南省信访条例_2012.txt", "第三十四条"): "第三十三条",
    # 国家主席签署主席令 (own41, used as drawn; PU054's near neighbour), its one sentence: fully named;
    # 第四十六条 (distance 1, lower; no mention) has 合并表决/分别表决 with no hit
    ("n10_立法法_2023.txt", "第四十七条"): "第四十六条",
    # 以全体代表的过半数通过 (FV028's answer, GQ035's first answer; own36 substituted it), its one fact:
    # fully named; 第二十四条 (distance 1, lower; 质询对象 own36's, 十人 GQ049's, GV038's first message) has
    # the written answer's path, 由主席团印发会议或者印发提质询案的代表, with no hit
    ("n07_地方组织法_2022.txt", "第二十五条"): "第二十四条",
    # the 领衔代表's duty (FT047) and the 参加联名 clause (a follow-up message "参加联名的那些人呢", counted
    # as own31 counted it for n12 第四条): fully named; 第十条 (distance 1, lower; 同等效力 in two lists)
    # fully named; 第十二条 (distance 1, higher; its first paragraph a substitute's, items (二) (产品推介),
    # (三), (四) and (六) named, (一) and (五) through its near twins n12 第八条 (二)/(三)) has item (七),
    # 干涉正常经济活动和市场主体公平竞争, with no hit (only n11 has it)
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十一条"): "第十二条",
    # 三个月/至迟不超过六个月 (C019) and 会议期间 (an earlier set's; own45 substituted it): fully named;
    # 第十八条 (distance 1, lower; items (一)-(四), 再次答复, 原答复不能落实 and its opening asked) fully
    # named; 第二十条 (distance 1, higher; GK045's follow-up answer, GG030's and GX045's first messages,
    # GP048's control, GV036's 请领衔代表转复) has 内容相同的…可以并案办理 with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十九条"): "第二十条",
    # 五日内 (own11), the 平台 and body (own15), its second paragraph (own23): fully named; 第九条 and
    # 第十一条 (distance 1), 第八条 and 第十二条 (distance 2), 第七条 and 第十三条 (distance 3) are named
    # (own34/own35 count 第五条-第七条 and 第九条-第十三条 named); 第六条 (distance 4, lower) fully named;
    # 第十四条 (distance 4, higher; items (一)-(四) LA026's, own16's and own46's) has its first
    # paragraph's 综合分析/广泛征求有关方面意见 with no hit (主任会议研究确定 is own38's for n20)
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十条"): "第十四条",
    # 便民利民/志愿服务 (own20, and an earlier substitute's note), its one sentence: fully named; 第十四条
    # (distance 1, lower; 公序良俗/居民公约 own21's, 核心价值观 own39's, the rest through its twin n08
    # 第三条 (一)) and 第十六条 (distance 1, higher; 听证会、协调会、评议会 an earlier phrase, its second
    # paragraph own32's) fully named; 第十三条 (distance 2, lower; 备案 via twins, its second paragraph
    # own32's, 讨论通过 own35's) fully named; 第十七条 (distance 2, higher; 居务公开栏, 社区信息平台 and item
    # (四) named) has item (三), 社区协商成果的落实情况, with no hit
    ("n15_上海市居民委员会工作条例_2020.txt", "第十五条"): "第十七条",
    # its one sentence an earlier substitute's (志愿服务统计和发布制度): fully named; 第三十三条 (distance
    # 1, lower; its one sentence FM042's control answer) and 第三十五条 (distance 1, higher; media, a thin
    # article used as drawn) fully named; 第三十二条 (考录 followups12, 表彰 own20, 优先招用 own24) and
    # 第三十六条 (distance 2) fully named; 第三十一条 (FZ041, FR041, FT026) and 第三十七条 (GV042, O009,
    # own46) (distance 3) fully named; 第三十条 (distance 4, lower; used as drawn by an earlier set, fact
    # not named) has 向社会公开购买服务的项目目录、资金预算 with no hit
    ("n22_志愿服务条例_2017.txt", "第三十四条"): "第三十条",
    # 场所 (a thin article used as drawn, and substituted by an earlier set): fully named; 第二十七条
    # (distance 1, lower; its first sentence a substitute's) has its second sentence, …为志愿服务提供指导
    # 和帮助, with no hit
    ("n22_志愿服务条例_2017.txt", "第二十八条"): "第二十七条",
    # 至少每季度公布一次 (own46), 每月公布 (own19) and 随时公布 (named): fully named; 第十一条 (distance 1,
    # lower; item (二) a substitute's, item (三) own46's, GG038's control) has item (一), the 村民委员会
    # 依法提出…具体方案, with no hit (第十三条, as near and higher, is fully named)
    ("n17_山东省村务公开条例_2018.txt", "第十二条"): "第十一条",
    # 依法信访受法律保护/不得打击报复, its one sentence an earlier substitute's: fully named; 第十二条
    # (distance 1, lower; own11) fully named and 第十四条 (distance 1, higher) is drawn itself; 第十一条
    # (PB078) and 第十五条 (如实反映情况/信访秩序, 不得诬告 own33) (distance 2) fully named; 第十条 (distance
    # 3, lower; own46's and QC075's) fully named; 第十六条 (distance 3, higher; 诉讼、仲裁、行政复议 →
    # 依照法定程序) is named through its twin n19 第二十三条 (own25); 第九条 (distance 4, lower; FV030's
    # follow-up and GP038's control reach it, its first paragraph through its twin n18 第二十八条, own33)
    # has its second paragraph, 居民委员会、村民委员会应当协助国家机关做好相关信访工作, with no hit
    ("n16_上海市信访条例_2018.txt", "第十三条"): "第九条",
    # 经费 (a thin article used as drawn, and substituted twice): fully named; 第五条 (distance 1, lower;
    # both paragraphs substitutes') fully named; 第七条 (distance 1, higher; 会前做好准备 named) has
    # 在深入调查、认真研究相关问题的基础上提出建议 with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第六条"): "第七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
