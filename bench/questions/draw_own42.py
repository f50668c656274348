"""Record of the seeded draw behind bench/questions/own42.jsonl (forty-second held-out set, helper "own42").

Run: python -m bench.questions.draw_own42 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1290).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 04:30 UTC by the machine's `date`, helper "own42", branch own42,
worktree /work/wt-own42): the draw stops after 44 documents (23 laws, 22 with 2 articles and n03 with 1,
+ 21 news articles = 66). Not drawn: n02, n12, n24, c_61454, c_61580, c_61598, c_62147. Eighteen drawn
articles hold only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up
message or a control question, through a twin law, or as an earlier set's one-sentence article used as
drawn), so the nearest article with a fact not named there (the lower one when two are equally near and
both usable; never a first or last article; an article already drawn or taken by a nearer substitution
skipped) was used instead (SUBSTITUTED, each with its reason in a comment). n08 第十五条 and 第七条 (n08
exhausted), n23 第四条 and 第十五条, n25 第七条 and 第八条 and n11 第二十二条 (every article within
distance 4 named) were used as drawn, as own40 and own41 did, and their questions repeat earlier facts.
Kinds (all 80): definition 21, procedure 20, rights_duties 14, where_to_report 9, deadline 8, numbers 8.
See the section "## own42.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1290
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 七日前 (named in an earlier set's list of facts asked) and 邀请有关的全国人民代表大会代表列席 (own26):
    # fully named; 第三十条 (distance 1, lower; 十人以上联名 FW046's second message, 邀请提案人列席 own35's
    # wording of 第十八条) has 不列入…应当向常务委员会会议报告或者向提案人说明 with no hit
    ("n10_立法法_2023.txt", "第三十一条"): "第三十条",
    # used as drawn by own31 (fact not named), its one substantive sentence (解释和疏导) counted as that
    # set's fact; 第二十一条 (distance 1, lower; 共同的上一级, 继续行使, own34's case) and 第二十三条
    # (distance 1, higher; 三十日内/六十日, 书面答复, 立即办理) named; 第二十条 (distance 2, lower) has
    # 不能当场答复的，在五个工作日内 with no hit for a 信访 rule (录入 is asked of n02 第二十一条)
    ("n18_浙江省信访条例_2016.txt", "第二十二条"): "第二十条",
    # 主席会议处理常务委员会的重要日常工作 (an earlier substitute's), 主持预备会议 (named with 第四十七条)
    # and 谁主持常委会的工作 (a follow-up message): fully named; 第五十七条 (distance 1, lower; used as
    # drawn by an earlier set, fact not named, and FT044's second message) has item (六), 根据秘书长的
    # 提议，任免地方委员会的副秘书长, with no hit; 第五十九条 (distance 1, higher; 一人至数人) named
    ("c_154_中国人民政治协商会议章程.txt", "第五十八条"): "第五十七条",
    # its one sentence: GO029's second message reached it and 插手招投标呢 is a follow-up message;
    # 第五十八条 (distance 1, lower; JA073 asks "its middle", own21 its 公示 clause) has its opening,
    # 回答原选区选民或者原选举单位…的询问, with no hit; 第六十条 (distance 1, higher; 罢免, 申辩) named
    ("n05_人大代表法_2025.txt", "第五十九条"): "第五十八条",
    # 直接选举 (own31), 不得指定、委派或者撤换 (own30), 每届任期五年, 连选连任 (a follow-up set): fully
    # named; 第十条 (distance 1, lower) counted named through its twins' duty lists; 第十二条 (distance 1,
    # higher; used as drawn by an earlier set, fact not named; 应当退出 a substitute's) has 按照原推选结果
    # 依次递补 with no hit
    ("n09_村民委员会组织法_2018.txt", "第十一条"): "第十二条",
    # its first paragraph (own34), 领办制度 (PB036, GP043) and 直接组织办理: fully named; 第十五条 (distance 1,
    # lower) is drawn too; 第十七条 (distance 1, higher; 走访、调研、座谈 and 保密 named) has 对需重点办理的
    # …应当邀请…代表参与研究 with no hit for n20 (own30 asked it of n11 第十九条, another city)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十六条"): "第十七条",
    # its one sentence (果断处理) was used as drawn by an earlier set; 第十四条 (distance 1, lower; items (三)
    # and (九) named) has item (六), 提供有关咨询服务, with no hit
    ("n19_河南省信访条例_2012.txt", "第十五条"): "第十四条",
    # its one sentence: GU030's control second question; 第十四条 (distance 1, lower; GG034's control second
    # question, one sentence) named; 第十六条 (distance 1, higher; 资格 own15, 培训 own29) has 执行国家或者
    # 行业组织制定的标准和规程 with no hit
    ("n22_志愿服务条例_2017.txt", "第十五条"): "第十六条",
    # its one sentence (media) was used as drawn by an earlier set and replaced twice; 第三十四条 and 第三十六条
    # (distance 1) are earlier substitutes; 第三十三条 (distance 2, lower; FM042's control question, one
    # sentence) and 第三十七条 (distance 2, higher; 警告、退还, the fine) named; 第三十二条 (distance 3, lower;
    # 考录, 表彰, 企业优先招用) named; 第三十八条 (distance 3, higher; GH043's second message, probably its
    # 警告/限期改正) has 逾期不改正…责令限期停止活动…向社会和有关单位通报 with no hit
    ("n22_志愿服务条例_2017.txt", "第三十五条"): "第三十八条",
    # its one sentence (参照执行, own13 and another set); 第四十条 (distance 1, higher) is the last article;
    # 第三十八条 (distance 1, lower; 通报批评 own16, items (二)–(五) named) has item (一), 未按规定期限办理,
    # with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十九条"): "第三十八条",
    # its one sentence (经费) was used as drawn by an earlier set; 第五条 (distance 1, lower) has 代表联系组和
    # 专业组…提供服务保障 with no hit for n21 (代表联系组 is own35's answer of 第二十三条)
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第六条"): "第五条",
    # FS049's first message, counted named by an earlier set; 第二十三条 (distance 1, lower; used as drawn by an
    # earlier set, 在实施的中期阶段 asked) has 中期评估需要调整的…调整方案提请…审查和批准 with no hit;
    # 第二十五条 (distance 1, higher) is FS049's second message
    ("n06_监督法_2024.txt", "第二十四条"): "第二十三条",
    # its one sentence (重点审查内容) is an earlier substitute's; 第二十条 (distance 1, lower; 六月至九月
    # own25) and 第二十二条 (distance 1, higher; one sentence used as drawn) named; 第十九条 (distance 2,
    # lower; own9, own11) named and 第二十三条 (distance 2, higher) taken for 第二十四条; 第十八条 (distance 3,
    # lower; 第二十四条 at distance 3 is drawn) has its list of items with no hit
    ("n06_监督法_2024.txt", "第二十一条"): "第十八条",
    # its one list: FX050's second message and GN045's control second question; 第二十六条 (distance 1, lower;
    # 7个工作日, 退回/要求补充, two follow-up first messages) named; 第二十八条 (distance 1, higher; an earlier
    # procedure question, fact not named, and 必要的调整或者补充 own32) has 对合法性审查意见负责 with no hit
    ("n04_重大行政决策程序暂行条例_2019.txt", "第二十七条"): "第二十八条",
    # its scope sentence was used as drawn by an earlier set and replaced by another; 第一条 is the first
    # article; 第三条 (distance 1, higher; 全过程公开 probably fu28's follow-up) has 全面、真实、及时、规范的原则
    # with no hit
    ("n17_山东省村务公开条例_2018.txt", "第二条"): "第三条",
    # its one sentence was used as drawn by an earlier set and replaced by another (→ 第十四条's 三分之二);
    # 第十四条 (distance 1, lower; 三分之二, 五分之一 GR036, 乡镇的呢 named) has 提前或者推迟召开会议, named
    # only as an unanswerable's near neighbour; 第十六条 (distance 1, higher) is as near, lower one used
    ("n07_地方组织法_2022.txt", "第十五条"): "第十四条",
    # 督办 (used as drawn) and its second paragraph (own33): fully named; 第二十一条 (distance 1, higher) is
    # drawn too; 第十九条 (distance 1, lower; 专题调研和视察 own25, 督促 own34) has 汇集、反映人民群众的建议
    # with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第二十条"): "第十九条",
    # its one sentence (参照执行) is an earlier substitute's; 第二十条 (distance 1, lower) is drawn, 第二十二条
    # (distance 1, higher) the last article; 第十九条 (distance 2) taken for 第二十条; 第十八条 (distance 3,
    # lower; 执法检查, 询问和质询 own25's substitute) has 听取和审议专项工作报告 with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第二十一条"): "第十八条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
