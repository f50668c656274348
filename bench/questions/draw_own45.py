"""Record of the seeded draw behind bench/questions/own45.jsonl (forty-fifth held-out set, helper "own45").

Run: python -m bench.questions.draw_own45 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1298).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 06:40 UTC by the machine's `date`, helper "own45", branch own45,
worktree /work/wt-own45): the draw stops after 42 documents (24 laws with 2 articles each + 18 news
articles = 66). Not drawn: n11, n17, c_39907, c_60695, c_60811, c_60915, c_61580, c_62022, c_62238.
Nineteen drawn articles hold only facts that bench/questions/README.md names as asked (by an earlier
set, a follow-up message or a control question, or as an earlier set's one-sentence article used as
drawn), so the nearest article with a fact not named there (the lower one when two are equally near
and both usable; never a first or last article; an article already drawn skipped) was used instead
(SUBSTITUTED, each with its reason in a comment). n08 第九条 and 第十二条, n23 第十条 and 第十五条, n25
第五条 and 第七条 (n08, n23 and n25 exhausted) and n15 第二条 (every article within distance 4 named)
were used as drawn, as own40-own44 did, and their questions repeat earlier facts.
Kinds (all 80): definition 30, rights_duties 14, procedure 12, where_to_report 8, numbers 8, deadline 8.
See the section "## own45.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1298
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 三个月 and 至迟不超过六个月 (C019) and the 会议期间 clause (an earlier set) asked: fully named;
    # 第十八条 (distance 1, lower; items (一)-(四), 再次答复, 原答复不能落实 asked) has its opening,
    # 注重解决实际问题, with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十九条"): "第十八条",
    # 法律赋予代表的职权 (own26), 必要的条件和服务 (own27), 尊重代表的权利 and 自觉接受人民群众监督 (substitutes)
    # and 全心全意为人民服务的宗旨 (PU014): fully named; 第二条 (distance 1, lower; no hit) has the
    # 主席团决定作为建议 clause; 第四条 is missing from the text
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第三条"): "第二条",
    # 应当设立人民调解委员会 (a substitute's), 兼任 and the 法律顾问 paragraph named: fully named; 第六条
    # (distance 1, lower; 浙江省村民委员会选举办法) named; 第八条 (distance 1, higher; item (五) asked)
    # has item (六), 保护和改善生态环境, with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第七条"): "第八条",
    # 七个工作日 (O029), 不得滞留或者自行转办 (own27) and its second and third paragraphs (substitutes):
    # fully named; 第十三条 (主办单位和会办单位, 明确各单位办理的内容 own32) and 第十五条 (一个月内 own13,
    # who organises own26) fully named; 第十二条 (distance 2, lower; its list own31, its second paragraph
    # a substitute's) fully named; 第十六条 (distance 2, higher; 分级负责制 and 主要负责人 substitutes') has
    # its third paragraph, 加强联系沟通, with no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十四条"): "第十六条",
    # PV007 used it as drawn, GH043's second message, 逾期不改正→停止活动/通报 a substitute's, and HC028
    # shares its 警告/限期改正: fully named; 第三十七条 (distance 1, lower; the fine O009, GV042 and FN028)
    # and 第三十九条 (distance 1, higher; 民政、工商 named) named; 第三十六条 (distance 2, lower; 吊销登记
    # 证书 a substitute's, HC025 shares its 警告) has 停止活动并进行整改 after 泄露志愿者有关信息, its trigger
    # with no hit; 第四十条 (distance 2, higher) named
    ("n22_志愿服务条例_2017.txt", "第三十八条"): "第三十六条",
    # its one sentence (国家信访局负责解释) used as drawn by an earlier set; 第四十八条 (外国人, followups19)
    # and 第四十七条 (distance 2; drawn and replaced before, its three paragraphs named) named; 第五十条 is
    # the last article; 第四十六条 (distance 3, lower; items (二) and (四) substitutes') has item (一),
    # 态度恶劣、作风粗暴, with no hit
    ("n02_信访工作条例_2022.txt", "第四十九条"): "第四十六条",
    # 开展专项检查 named: fully named; 第三十二条 (distance 1, higher) was used as drawn by an earlier set
    # (重点督办); 第三十条 (distance 1, lower; the 市人民政府办公厅 督促检查 a substitute's) has its last
    # paragraph, 市高级人民法院、市人民检察院, with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十一条"): "第三十条",
    # 六月至九月 report (own25): fully named; 第十九条 (own9) and 第二十一条 (a substitute's) named;
    # 第十八条 (distance 2, lower; a substitute asked its list, the item not named) has item (六),
    # 国有资产管理情况, with no hit; 第二十二条 (distance 2, higher) was used as drawn by an earlier set
    ("n06_监督法_2024.txt", "第二十条"): "第十八条",
    # 执法检查、专题询问, 适当调整, 年度/向社会公布 and who passes the plan (followups17) named: fully
    # named; 第六十二条 (distance 1, lower; vote, contents, 申辩意见) fully named; 第六十四条 (distance 1,
    # higher; 省级实施办法) used as drawn by an earlier set; 第六十一条 (distance 2, lower; 五分之一以上
    # asked) has its first paragraph, who may propose (人民法院和人民检察院), with no hit
    ("n06_监督法_2024.txt", "第六十三条"): "第六十一条",
    # 村委会/企业 clause (own19) and 外国人 clause (a followups15 message): fully named; 第三十六条 is the
    # last article; 第三十四条 (distance 1, lower; its second paragraph a substitute's and GL034's) has its
    # first paragraph, 处理终结后继续上访→劝阻、批评或者教育, with no hit for this law
    ("n18_浙江省信访条例_2016.txt", "第三十五条"): "第三十四条",
    # item (一) a substitute's, item (二) named, 息访 (GX042): fully named; 第二十四条 (distance 1, lower;
    # its second paragraph used by an earlier set, GO028 moved a control away from it) has its first
    # paragraph, 申请复查/申请复核, with no hit for this law
    ("n18_浙江省信访条例_2016.txt", "第二十五条"): "第二十四条",
    # a thin article an earlier set used as drawn (where local committees are set up): fully named;
    # 第四十九条 (distance 1, lower; 基础性作用 a substitute's) has 由常务委员会决定 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第五十条"): "第四十九条",
    # 全国委员会设主席、副主席若干人和秘书长 asked: fully named; 第四十一条 (五年/得延长任期, GW034) and
    # 第四十三条 (每年举行一次, 临时召集) named; 第四十条 (distance 2, lower; named only as an unanswerable's
    # near neighbour and in a follow-up section's list of articles) has 主席会议审议同意 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第四十二条"): "第四十条",
    # 参照本条例规定执行 named: fully named; 第四十一条 (distance 1, lower; GP030's control second question,
    # fact not named) has 取消评估资格 with no hit
    ("n04_重大行政决策程序暂行条例_2019.txt", "第四十二条"): "第四十一条",
    # 国徽 used as drawn before, HA048's control second question: fully named; 第一百四十一条 (distance 1,
    # lower; 义勇军进行曲) named; 第一百四十三条 is the last article; 第一百四十条 (distance 2, lower) has
    # 分工负责 with no hit (互相配合，互相制约 is named for 第一百二十七条)
    ("n01_宪法.txt", "第一百四十二条"): "第一百四十条",
    # 五分之一以上 (own11) and 三分之二以上 (followups, GX039): fully named; 第六十三条 (distance 1, lower;
    # named only in a list of openings read) has 国家监察委员会主任 with no hit
    ("n01_宪法.txt", "第六十四条"): "第六十三条",
    # 妨碍信访秩序→公安机关带离 (own24) and 监护人 named: fully named; 第二十三条 (distance 1, lower;
    # 诉讼/复议/仲裁→依照法定程序办理) named; 第二十五条 (distance 1, higher; 收缴 a substitute's) has
    # 强行带离接待场所 with no hit
    ("n19_河南省信访条例_2012.txt", "第二十四条"): "第二十五条",
    # 分级负责制 (PV033): fully named; 第十四条 (distance 1, lower; 十日内) used as drawn by an earlier
    # set; 第十六条 (distance 1, higher; 领办制度 PB036, 直接组织办理 named) has its first paragraph,
    # 集体研究办理措施/拟定办理工作方案, with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十五条"): "第十六条",
    # 提供必要的条件 and the 代表与选举任免工作委员会 clause named: fully named; 第三条 (distance 1, lower;
    # its second paragraph a substitute's) has its first paragraph, 一项重要工作, with no hit; 第五条
    # (distance 1, higher) asked
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第四条"): "第三条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
