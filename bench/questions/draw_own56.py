"""Record of the seeded draw behind bench/questions/own56.jsonl (fifty-sixth held-out set, helper "own56").

Run: python -m bench.questions.draw_own56 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1339).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 17:41 UTC by the machine's `date`, helper "own56", branch own56,
worktree /work/wt-own56): the draw stops after 44 documents (22 laws with 2 articles each, n24 with 1 as the
66th question, and 21 news articles = 66). Not drawn: c_2522, c_60860, c_61580, c_62147, n15, n17, n22. Twelve
drawn articles hold only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up
message or a control question, through a twin law, or counted named by an earlier set's record), so the
nearest article with a fact not named there (the lower one when two are equally near and both usable; never a
first or last article; an article drawn itself, or taken by the other drawn article's substitution, skipped;
up to distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n08 第十二条 and 第七条 (n08
exhausted), n23 第三条 and 第十三条 (n23 exhausted), n25 第九条 and 第三条 (n25 exhausted), n14 第十九条 and
第十三条, n12 第四条, n11 第三十条 and n20 第八条 (every article within distance 4 named) were used as drawn, as
own40-own55 did, and their questions repeat earlier facts (n20 第八条's and n12 第四条's ask clauses with no hit
for their document).
The questions are typed short, as members type on a phone: 79 of the 80 have at most 10 characters, the
median is 9.
Kinds (all 80): definition 29, rights_duties 13, where_to_report 11, deadline 10, procedure 9, numbers 8.
See the section "## own56.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1339
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 一个月内重新书面答复 (own14), who 督促s (own20), own31 and own51 substituted it: fully named; 第二十三条 (distance 1,
    # lower; its first sentence, the 征询意见表 the 承办单位 encloses, a followups47 control, its second and third own31's
    # substitute) named; 第二十五条 (distance 1, higher; 抄送省人民政府办公厅 own43, 全部办结…书面报告 own50, GP034's
    # follow-up and an earlier set's use with their facts not named) has its first paragraph, 选举该代表的市人民代表大会
    # 常务委员会代表工作机构, with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十四条"): "第二十五条",
    # 监护人代为提出 (followups11), who takes the person back (own22), own55 substituted it: fully named; 第四十五条
    # (distance 1, lower; items (一) own55's substitute, (四) own53's, 信访代理为名 own23, A076's "middle") has item (二),
    # 煽动、串联、胁迫、诱使、操纵他人信访, with no hit; 第四十七条 (distance 1, higher; 传染病 FZ050, own53 substituted it)
    # named
    ("n16_上海市信访条例_2018.txt", "第四十六条"): "第四十五条",
    # 全国委员会设主席、副主席若干人和秘书长 (own25), own45 substituted it: fully named; 第四十一条 (distance 1, lower; 五年
    # and 得延长任期 GW034) and 第四十三条 (distance 1, higher; 每年举行一次 own10, 临时召集 own20) named; 第四十条 (distance
    # 2, lower; own45's and own52's substitute, own54 substituted it) named; 第四十四条 (distance 2, higher; item (一)
    # own36's substitute) has item (五), 讨论本会重大工作原则、任务并作出决议, with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第四十二条"): "第四十四条",
    # 提供必要条件 (own44's substitute), 代表联系组和专业组 (own42's substitute): fully named; 第四条 (distance 1, lower;
    # its 受理 facts are n21 第十三条's, own23's and HO035's) has its last paragraph, 加强对代表建议、批评和意见工作的领导,
    # with no hit; 第六条 (distance 1, higher; 经费, own15 used it as drawn, own42 and own44 substituted it) named
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第五条"): "第四条",
    # 不得干预依法属于村民自治范围内的事项 (own28) and 协助…开展工作 (own44), both asked of the twin n24 第五条: fully named;
    # 第四条 (distance 1, lower; 领导核心作用 own29, 支持和保障…直接行使民主权利 own32) and 第六条 (distance 1, higher;
    # 三至七人 own19, 妇女成员 own23, 适当补贴 own26, own51 substituted it) named; 第三条 (distance 2, lower; 便于群众自治
    # and 报县级人民政府批准 through the twin n24 第三条, 分设若干村民小组 own49's for the twin n24 第二十五条) and 第七条
    # (distance 2, higher; 治安保卫 and 兼任 through the twin n24 第七条, 可以不设 own51) named; 第二条 (distance 3, lower)
    # drawn itself; 第八条 (distance 3, higher; its twin n24 第八条's items (三), (五)-(七) asked) has its second
    # paragraph, 管理本村属于村农民集体所有的土地, with no hit
    ("n09_村民委员会组织法_2018.txt", "第五条"): "第八条",
    # its one sentence, 每年 (own15), own28 and own36 substituted it: fully named; 第四十四条 (distance 1, lower; PB025,
    # QC020) and 第四十六条 (distance 1, higher; own28's substitute, own39 and own47 substituted it) named; 第四十三条
    # (distance 2, lower; 提出撤销, 由委员长会议决定提请 own23) has 提出由全国人民代表大会常务委员会作出法律解释的议案,
    # with no hit; 第四十七条 (distance 2, higher; own36's and own47's substitute, own44 substituted it) named
    ("n06_监督法_2024.txt", "第四十五条"): "第四十三条",
    # 当场予以答复 (own26), 20个工作日 and the extension (O058, follow-up controls), 第三方 time (own28), own50 substituted
    # it: fully named; 第三十二条 (distance 1, lower; 书面征求第三方的意见 own36, 逾期未提出意见 own40, 不予公开 own50, the
    # 公共利益 exception asked of n25 第八条 by own27) has 第三方应当自收到征求意见书之日起15个工作日内提出意见 with no hit;
    # 第三十四条 (distance 1, higher; 15个工作日内 own15, 视为同意 followups20, 牵头制作 own22) named
    ("n03_政府信息公开条例_2019.txt", "第三十三条"): "第三十二条",
    # 督办工作情况…报告 (own43's substitute), 专题听取 (own38's substitute), 提请会议审议 (own42), 督促…规范办理 (own49's
    # record): fully named; 第二十五条 (distance 1, lower; PB002, own36, counted named by own38) named; 第二十七条
    # (distance 1, higher; 下一次会议召开前 QC009, the 向社会公开 sentence own43) has its second sentence, 印发下一次省人民
    # 代表大会会议全体代表, with no hit for n13
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第二十六条"): "第二十七条",
    # 参照本条例执行 (own7, own9, own10, own11), own31 and own37 substituted it: fully named; 第三十一条 (distance 1,
    # lower; 参照本条例办理 own27, its second paragraph own31's substitute) named; 第三十三条 the last article; 第三十条
    # (distance 2, lower; items (一) own44, (二) own39, (三) own24, (四) own38, 限期改正并报告处理结果 asked of n12) has
    # 情节严重的…追究…行政责任或者刑事责任 with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第三十二条"): "第三十条",
    # its one sentence (诉讼/复议/仲裁→告知依照法定程序办理, own25): fully named; 第二十二条 (distance 1, lower; items (二)
    # HA038, (三) RE067, (四) own30, (五) GM034's phrase also in n19, (一) as n19 第十条 (own52's) words it) and 第二十四条
    # (distance 1, higher; 监护人/带离 and 精神病人 follow-ups, own24, own37 and own45 substituted it) named; 第二十一条
    # (distance 2, lower; (四) own50's substitute, (五) own42, (六) FT036's second message) has items (一) and (三) with
    # no hit; 第二十五条 (distance 2, higher) may be as usable, so the lower one
    ("n19_河南省信访条例_2012.txt", "第二十三条"): "第二十一条",
    # its one sentence, 评估论证…集体讨论决定 (own44): fully named; 第七十四条 (distance 1, lower; named only in own44's
    # list of scanned articles) has 报国务院和本级人民代表大会常务委员会备案 with no hit; 第七十六条 (distance 1, higher;
    # item (四) no hit) is as near and usable too, so the lower one
    ("n07_地方组织法_2022.txt", "第七十五条"): "第七十四条",
    # the 村委会/企业 clause (own19), the 外国人 clause (followups15), own29 and own45 substituted it: fully named; 第三十四条
    # (distance 1, lower; its first paragraph own45's substitute, its second GL034's and own29's substitute) has its last
    # paragraph, 由公安机关采取必要的现场处置措施, with no hit for n18 (own22 asked it of the near twin n02 第四十七条);
    # 第三十六条 the last article
    ("n18_浙江省信访条例_2016.txt", "第三十五条"): "第三十四条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
