"""Record of the seeded draw behind bench/questions/own50.jsonl (fiftieth held-out set, helper "own50").

Run: python -m bench.questions.draw_own50 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1310).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 11:42 UTC by the machine's `date`, helper "own50", branch own50,
worktree /work/wt-own50): the draw stops after 45 documents (21 laws with 2 articles each + n09 with 1
+ 23 news articles = 66). Not drawn: c_154, c_61454, c_61580, n10, n11, n17. Seventeen drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a
control question, through a twin law, or as an earlier set's thin article used as drawn whose one
sentence is its fact), so the nearest article with a fact not named there (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself skipped; up to
distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n08 第十九条 and 第十三条
(n08 exhausted), n23 第十条 and 第二十九条 (n23 exhausted), n25 第四条 and 第二条 (n25 exhausted) and n15
第二十七条 (every article within distance 4 named) were used as drawn, as own40-own49 did, and their
questions repeat earlier facts.
The questions are typed short, as members type on a phone: 53 of the 80 have at most 10 characters, the
median is 10.
Kinds (all 80): definition 26, rights_duties 15, procedure 13, where_to_report 9, deadline 9, numbers 8.
See the section "## own50.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1310
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 七个工作日 (O029), 不得滞留或者自行转办 (own27), 及时研究并交办 (own32) and 代表对交办有意见→代表工作机构 (own29):
    # fully named; 第十三条 (distance 1, lower; 主办单位和会办单位 own26, 明确各单位办理的内容 own32) and 第十五条
    # (distance 1, higher; 一个月内 own13, who organises own26) fully named; 第十二条 (distance 2, lower; 对承办单位的确定
    # 提出建议, 法院/检察院 own31, its second sentence own34) fully named; 第十六条 (distance 2, higher; 分级负责制,
    # 主要负责人 own33, 牵头研究 own46, its third paragraph own45) has 配备工作人员 with no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十四条"): "第十六条",
    # 科学决策原则, its one sentence's fact (own26, used as drawn): counted named; 第四条 (distance 1, lower; 党的全面
    # 领导, counted named by own49) named; 第六条 (distance 1, higher; no mention) has 民主决策原则 and 多种途径和形式参与决策
    ("n04_重大行政决策程序暂行条例_2019.txt", "第五条"): "第六条",
    # 由民政、工商等部门依法查处, its one sentence (own38): fully named; 第三十八条 (警告/限期改正 the chains set,
    # 停止活动/通报 own42) and 第四十条 (opening own23, (一) own25, (二) own37, 给予处分 own48; (三) a catch-all) at
    # distance 1, 第三十七条 (罚款 O009, 警告、退还 GV042) and 第四十一条 (自行招募, 与志愿服务组织合作 own43, 参照 own44)
    # at distance 2, 第三十六条 (own45, own38) and 第四十二条 (本单位内部, 力所能及 own32) at distance 3 and 第三十五条
    # (media, own10/own35/own42) at distance 4 named; 第四十三条 (distance 4, higher; 境外志愿者 follow Chinese law,
    # own28's as drawn) has its second sentence, 在境外开展志愿服务→遵守所在国家或者地区的法律, with no hit
    ("n22_志愿服务条例_2017.txt", "第三十九条"): "第四十三条",
    # 再作答复, its one sentence (own33's substitute, FT027's follow-up answer): fully named; 第五十二条 (distance 1,
    # lower; 有权列席会议 own19, who decides which body answers own30) has its last sentence, 答复质询案的情况报告印发
    # 常务委员会会议, with no hit (第五十四条, as near and higher, has 到会答复 and 签署, both named)
    ("n06_监督法_2024.txt", "第五十三条"): "第五十二条",
    # 代表与选举任免工作委员会 (own38, its first paragraph) and 列入目标考核内容 (own37): fully named; 第二十五条
    # (distance 1, lower; 抄送省人民政府办公厅 own43, FT034's follow-up answer) has its last sentence, 全部办结…后…
    # 书面报告, with no hit for this article (全部办结后 asked of 第二十九条)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十六条"): "第二十五条",
    # 代表个人或者联名书面 (own46) and 不符合议案基本要求→作为建议 (own41): fully named; 第一条 is the first; 第三条
    # (参加管理国家事务 own33, 法定职责 own37, its first paragraph own45), 第四条 (both clauses own33/own30) and 第五条
    # (人民群众普遍关心的问题, own26) fully named; 第六条 (distance 4; items (一) own8, (二) own28, (三) own21, (五) a
    # followups16 message, (六) own22) has item (四), 没有具体内容的, with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二条"): "第六条",
    # 询问 and 派负责人回答: a follow-up message's (GL027, in followups31's list): fully named; 第十八条 (distance 1,
    # lower; used as drawn by own32 and own36, its one sentence its fact) counted named; 第二十条 (distance 1, higher;
    # 三十名以上 own37, 再作答复 asked of n06) has 质询案按照主席团的决定由受质询机关答复 with no hit
    ("n05_人大代表法_2025.txt", "第十九条"): "第二十条",
    # counted named through its twin n20 第十七条 (own48, which substituted it); 第十六条 (领导分管、专人负责 own46,
    # 绩效考核 own36, 亲自负责 GV048) and 第十八条 (its items and opening, own29/own32/own35/own45) at distance 1,
    # 第十五条 (own16, own36) and 第十九条 (期限 own10, 会议期间 followups18) at distance 2, 第十四条 (own20/own46/own47)
    # at distance 3 and 第十三条 (own34, followups30) at distance 4 named, 第二十条 drawn itself; 第二十一条 (distance
    # 4, higher; its second paragraph own48's, its first GZ043's first message) has its third paragraph, 省人民政府
    # 办公厅应当进行协调, with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十七条"): "第二十一条",
    # 依法应当通过诉讼、仲裁…途径解决→按照法定程序提出: asked of its twins n19 第二十三条 (own25) and n16 第四十三条
    # (own27): counted named; 第十八条 (distance 1, lower; items (一) own8, (二) own12) named; 第二十条 (distance 1,
    # higher; 五个工作日内 own42, 不再受理 own46, 网络信访平台 own44) has 能够当场答复的，应当当场答复 with no hit
    ("n18_浙江省信访条例_2016.txt", "第十九条"): "第二十条",
    # 参照本规定执行, its one sentence (own39's substitute, GX033's span): fully named; 第二十二条 is the last;
    # 第二十条 (督办 own12/own33, 联合督办 GT039), 第十九条 (own25/own34/own42) and 第十八条 (own42/own26) fully named;
    # 第十七条 (distance 4; 开设专栏/知晓度 own37, 舆论导向 own49) has 提升人民群众的主体意识和参与意识 with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第二十一条"): "第十七条",
    # items (一) own28 and (二) own19 (own36 substituted it): fully named; 第十一条 (distance 1, lower; 充分吸纳 own24,
    # 共同参加 own32, its middle C064) has its last sentence, 调研论证形成的意见作为办理人民建议的参考依据, with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十二条"): "第十一条",
    # 人大代表 in 信访 work: followups12 FV030's first message (own17 substituted it): fully named; 第七条 (distance 1,
    # lower; 经常听取 own34, 及时研究处理 own26, 检查、指导 own48) fully named; 第九条 (distance 1, higher; its second
    # paragraph own47, FV030's follow-up and GP038's control, fact not named) has 代信访人提出信访事项 with no hit
    ("n16_上海市信访条例_2018.txt", "第八条"): "第九条",
    # 每年十一月 (own13), the report's contents (own14), 主任会议每年听取 (own28), 印发下一次会议 (own29): fully named;
    # 第三十三条 (distance 1, lower; 跨年度跟踪督办 GZ048's follow-up, GQ030's control, fact not named) has 专题询问
    # 或者专项工作评议 with no hit as a fact
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十四条"): "第三十三条",
    # 强行带离 and 收缴 (own45's and own37's substitutes; own46 counted the first two paragraphs named), 被舍弃人员
    # (own46): fully named; 第二十四条 (own24, followups39) and 第二十六条 ((一) T013, (二)/(三) GT026, (四) own48,
    # (五) own38) at distance 1, 第二十三条 (own25) and 第二十七条 (own22/own27/own33, GX028, GV039) at distance 2,
    # 第二十二条 ((三) own17, (四) own30, HA038) and 第二十八条 (透露, followups37) at distance 3 named; 第二十一条
    # (distance 4, lower; (五) own42, (六) own25/FT036) has item (四), 人民检察院侦查的刑事案件的控告、检举, with no hit
    ("n19_河南省信访条例_2012.txt", "第二十五条"): "第二十一条",
    # 当场予以答复 (O058), 20个工作日 and the extension, 第三方 time (own28): fully named; 第三十二条 (distance 1, lower;
    # used as drawn by own40, 书面征求 own36) has 第三方不同意公开且有合理理由的，行政机关不予公开 with no hit
    ("n03_政府信息公开条例_2019.txt", "第三十三条"): "第三十二条",
    # 选出新的常务委员会为止, its one sentence (own45): fully named; 第四十七条 (distance 1, lower; no mention) has
    # 直辖市四十五人至七十五人 with no hit
    ("n07_地方组织法_2022.txt", "第四十八条"): "第四十七条",
    # 居民列席有关会议的制度, its one sentence: GG050's follow-up answer and the controls GL030 and GY041: fully named;
    # 第八十七条 (distance 1, lower; 给予指导 own27, 协助 own41) named; 第八十九条 (distance 1, higher; no mention, not
    # the last) has 依照宪法、民族区域自治法…行使自治权 with no hit
    ("n07_地方组织法_2022.txt", "第八十八条"): "第八十九条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
