"""Record of the seeded draw behind bench/questions/own48.jsonl (forty-eighth held-out set, helper "own48").

Run: python -m bench.questions.draw_own48 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1306).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 09:10 UTC by the machine's `date`, helper "own48", branch own48,
worktree /work/wt-own48): the draw stops after 44 documents (22 laws with 2 articles each + 22 news
articles = 66). Not drawn: c_60368, c_60695, c_61880, n05, n10, n24, n25. Fourteen drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a
control question, through a twin law, or as an earlier set's thin article used as drawn), so the
nearest article with a fact not named there (the lower one when two are equally near and both usable;
never a first or last article; an article drawn itself or taken by an earlier substitution skipped; up
to distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n08 第二十条 and
第六条 and n23 第八条 and 第五条 (n08 and n23 exhausted), n15 第三十一条, n11 第二十三条 and n14
第十九条 (every article within distance 4 named) were used as drawn, as own40-own47 did, and their
questions repeat earlier facts; n17 第五条 was used as drawn for its last sentence (see the README).
Kinds (all 80): definition 26, rights_duties 17, procedure 13, where_to_report 8, numbers 8, deadline 8.
See the section "## own48.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1306
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 走访、调研、座谈 (own40), 邀请…代表参与研究 (own42) and 做好保密工作 (own32), each asked of its twin n20
    # 第十七条 (GP049's follow-up answer here, fact not named): fully named; 第十六条 (distance 1, lower; 领导分管
    # own46, 绩效考核 own36, 主要负责人亲自负责 GV048) and 第十八条 (distance 1, higher; its opening, items and
    # 再次答复 asked) fully named; 第十五条 (distance 2, lower; who handles, QC049) and 第十九条 (distance 2,
    # higher; C019, 会议期间) fully named; 第十四条 (distance 3, lower; own47's substitute, items asked) named
    # and 第二十条 is drawn itself; 第十三条 (distance 4, lower; 主席团 own26, 闭会期间 a follow-up message's)
    # fully named; 第二十一条 (distance 4, higher; GP050's and GZ043's first messages, P023's fact) has its
    # second paragraph, 需要两个以上单位分别办理的…分别答复代表, with no hit (协办单位 has none)
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十七条"): "第二十一条",
    # 每年至少举行一次 (HH049), 两次 for 乡镇 (a followups21 message), 提前或者推迟 (own42), 五分之一以上代表
    # 提议 (GR036) and 三分之二以上的代表出席 (own31): fully named; 第十三条 (distance 1, lower; no mention) has
    # 有权罢免本级人民政府的组成人员 with no hit
    ("n07_地方组织法_2022.txt", "第十四条"): "第十三条",
    # 每届任期五年, its one sentence, is HE023M2's switch (chains2, n07) and own18's for 第七十二条: fully named;
    # 第八条 (distance 1, lower; used as drawn by own30 and own42, 适当的代表名额 named; own36 asked n01
    # 第九十七条's 由下一级的人民代表大会选举) has 乡、民族乡、镇的人民代表大会代表由选民直接选举 with no hit
    ("n07_地方组织法_2022.txt", "第九条"): "第八条",
    # 退休人员的生活…保障 (own40, a thin article used as drawn; 退休制度 named by own5 as a near neighbour):
    # counted named; 第四十三条 (distance 1, lower; only a stray hit of another law's 第四十三条; 休假 named
    # only as an unanswerable's neighbour) has 劳动者有休息的权利 / 工作时间和休假制度 with no hit
    ("n01_宪法.txt", "第四十四条"): "第四十三条",
    # 接受乡镇人民政府指导 (own34's substitute), 向村民会议和村民代表会议负责 (own36) and 列席 (an earlier
    # message): fully named; 第十四条 (distance 1, lower; 三人或者五人 own38, 推选产生 own29, 近亲属 named) and
    # 第十六条 (distance 1, higher; 五日内, where to object, 及时纠正) fully named; 第十三条 (distance 2,
    # lower; 五日, 自然村, 会议、广播…, 场所, 重新公布 GV045) and 第十七条 (distance 2, higher; the second
    # message of three follow-up pairs) fully named; 第十二条 (distance 3, lower; 每季度, 每月, 随时) and
    # 第十八条 (distance 3, higher; 目录 own25, 指导、规范 own33) fully named; 第十一条 (distance 4, lower;
    # items (一) own47, (二) own44, (三) own46) has item (四), 按照规定的形式和时间予以公布, with no hit
    ("n17_山东省村务公开条例_2018.txt", "第十五条"): "第十一条",
    # items (一)-(七) named (own47, own39, own22, followups30, the near twin n12 第八条) and its first paragraph
    # (不得牟取个人利益, own44): fully named; 第十一条 (distance 1, lower; FT047, 参加联名 as own47 counted) and
    # 第十三条 (distance 1, higher; 交办前, 可以建议代表撤回, 闭会期间 own43) fully named; 第十条 (distance 2,
    # lower; 同等效力, GJ048-style lists) and 第十四条 (distance 2, higher; four follow-up answers) fully named;
    # 第九条 (distance 3, lower; own39's source, 一事一议, 代表证号码) fully named; 第十五条 (distance 3, higher;
    # used as drawn by own35, fact not named) has 应当将交办情况告知代表 with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十二条"): "第十五条",
    # 违法→警告/限期改正 (chains HC025M3), 停止活动并进行整改 (PY020), 吊销登记证书 (own38) and GH043's first
    # message: fully named; 第三十五条 (distance 1, lower; media, substituted by own35, own38 and own42) and
    # 第三十七条 (distance 1, higher; O009's fine, GV042's 警告、退还) fully named; 第三十四条 (distance 2;
    # own35's and own47's) and 第三十八条 (distance 2; own42's, PV007) fully named; 第三十三条 (distance 3,
    # FM042's control answer) and 第三十九条 (distance 3, own38's) fully named; 第三十二条 (distance 4, lower;
    # 考录 followups12, 表彰 own20, 优先招用 own24) fully named; 第四十条 (distance 4, higher; opening own23,
    # item (一) own25, item (二) own37) has 依法应当给予处分的，由任免机关或者监察机关…给予处分 with no hit
    ("n22_志愿服务条例_2017.txt", "第三十六条"): "第四十条",
    # 声明退出的自由, its one sentence: a control's second message (FR027), GH034's first message, own32's
    # substitution: fully named; 第二十七条 (distance 1, lower; O017 asks one fact of it, not named; 调查和检查
    # 活动 own32's substitute) has 对违纪违法行为检举揭发的权利 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第二十八条"): "第二十七条",
    # 遵守和履行的义务, its one sentence (own41, used as drawn): fully named; 第二十四条 (distance 1, lower;
    # a thin article own16 used as drawn) and 第二十六条 (distance 1, higher; 过半数 GV029, 常务委员会 own44,
    # 声明保留) fully named; 第二十三条 (distance 2, lower; GZ030's follow-up answer) fully named and
    # 第二十七条 (distance 2, higher) taken by the substitution above; 第二十二条 (distance 3, lower; the
    # national committee's make-up in a list of named articles, 特别邀请/界别 near neighbours) has its second
    # paragraph, 地方委员会的组成，根据当地情况，参照全国委员会的组成决定, with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第二十五条"): "第二十二条",
    # 属地管理/访诉分离 (own25), 源头预防、多元化解/谁主管、谁负责 (own32), 依法、及时、就地 (own34) and
    # 疏导教育 (own36): fully named; 第二条 (distance 1, lower; its 电子邮件、传真、电话 own26's) has its third
    # paragraph, what 国家机关 means (国家权力机关及其常设机关…审判机关和检察机关), with no hit
    ("n18_浙江省信访条例_2016.txt", "第三条"): "第二条",
    # 发布准确的政府信息予以澄清 (own25) and 及时、准确地公开 (own32): fully named; 第五条 (distance 1, lower;
    # no mention) has 以公开为常态、不公开为例外 with no hit
    ("n03_政府信息公开条例_2019.txt", "第六条"): "第五条",
    # 阅读困难/提供必要的帮助 (a follow-up set's; GX035's answer; own33 and own35 substituted it): fully
    # named; 第四十二条 (distance 1, lower; 不收取费用 own33, 信息处理费 counted named by own35) and 第四十四条
    # (distance 1, higher; 纳入主动公开 own24, its second paragraph own35's) fully named; 第四十一条 (distance
    # 2, lower; GU027's follow-up answer, and followups34 dropped it as named) and 第四十五条 (distance 2,
    # higher; own43's substitute, its one sentence) fully named; 第四十条 (distance 3, lower; 电子数据 own44,
    # 查阅、抄录 GX046) fully named; 第四十六条 (distance 3, higher; named only in a printed range) has
    # 考核制度、社会评议制度和责任追究制度 with no hit
    ("n03_政府信息公开条例_2019.txt", "第四十三条"): "第四十六条",
    # 向本级人民代表大会报告, its one sentence: GR029's follow-up answer (第十条→第九条): fully named;
    # 第八条 (distance 1, lower; no mention) has 按照民主集中制的原则，集体行使监督职权 with no hit for the
    # clause
    ("n06_监督法_2024.txt", "第九条"): "第八条",
    # 议案转为代表建议, its one sentence: GQ041's first message: fully named; 第十条 (distance 1, lower;
    # 纸质件及其电子件 own46, GJ048's control answer, GW045's first message, 专用纸 asked of the near twin n20
    # 第七条) counted fully named; 第十二条 (distance 1, higher; used as drawn by own29, 即行终止 FK030) has
    # 以书面形式向大会秘书处或者市人大常委会人代工委提出 with no hit for this law
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十一条"): "第十二条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
