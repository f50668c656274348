"""Record of the seeded draw behind bench/questions/own62.jsonl (sixty-second held-out set, helper "own62").

Run: python -m bench.questions.draw_own62 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1363).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 22:45 UTC by the machine's `date`, helper "own62", branch own62,
worktree /work/wt-own62): the draw stops after 43 documents (23 laws with 2 articles each, n01 with 1,
and 19 news articles = 66). Not drawn: c_39907, c_60319, c_60811, c_60860, c_61580, c_62238, n06, n20.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own62/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
As for own61, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own61 included),
compared through those files' doc, section, answer_contains and question fields (a follow-up row
through its resolved question). Nineteen drawn articles hold only facts an earlier set asks, so the
nearest article with a fact no such set asks as an answer (the lower one when two are equally near and
both usable; never a first or last article; an article drawn itself, or taken by the other drawn
article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with its reason
in a comment). "Fully asked" was judged by a script listing the article's clauses none of whose
5-character pieces stands in any earlier answer phrase, then by reading; it can miss a fact asked in
other words. By reading, the second half of a sentence whose first half was asked (n08 第十一条's
民主的方法 beside own61's 不得强迫命令; n22 第十五条's 相适应 beside 不得要求…超出其能力) counts as asked; a fact
asked only of another law in the same words (n08 for n23, n09 for n24 and back) does not, as in own61.
Five drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken: n08 第十八条, n21 第三十九条, n25 第五条 and 第九条 (n25 exhausted),
n17 第二条; QQ045, QQ018, QQ063, QQ005 and QQ061 repeat earlier facts. n11 第十九条 was used as drawn
(加强同代表的联系 is asked by no set as an answer; own's O070 asked 与代表进行沟通).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): definition 27, rights_duties 19, procedure 9, where_to_report 9,
deadline 8, numbers 8. See the section "## own62.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1363
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 参照本规定执行 (followups41): fully asked; 第二十七条 (distance 1, lower; 执法检查 own/own7/own8, 工作调研
    # own58) asked, 第二十九条 the last; 第二十六条 (distance 2, lower; 每年年中 own25, 履职平台 followups21/38/52)
    # has 《上海市人民代表大会常务委员会公报》, asked by no earlier set as an answer
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第二十八条"): "第二十六条",
    # 每季度召开一次 (followups22), 召集 (own50), 三分之二 (own26): fully asked; 第二十五条 (distance 1, lower;
    # 任期 own14, 五户至十五户 own18, 村民小组推选 own49) has 妇女村民代表应当占…三分之一以上, asked by no earlier
    # set of n09 (followups28 asked n24's same rule)
    ("n09_村民委员会组织法_2018.txt", "第二十六条"): "第二十五条",
    # channels (own7, own10, own20, own25, own27, own30, own55 and followups): fully asked; 第八条 and 第十条
    # (distance 1) asked; 第七条 (distance 2, lower; 一网通办 own17, 大数据资源平台 own29, 信息化建设 own46) and
    # 第十一条 (distance 2, higher) asked; 第六条 (distance 3, lower; own14, own41, own53, own55, own57) asked,
    # 第十二条 drawn itself; 第五条 (distance 4, lower; 主体 own16, 经费 own45) has 人民城市人民建，人民城市为人民
    # 重要理念, asked by no earlier set (第十三条, as near, taken by 第十二条)
    ("n14_上海市人民建议征集若干规定_2021.txt", "第九条"): "第五条",
    # 书面、电话、短信、网络 (own12, own17, own18, own19, followups), 集中反馈 (own28): fully asked; 第十一条
    # (distance 1, lower) asked; 第十三条 (distance 1, higher; the items own3, own11, own31, own32, own36, own45,
    # own52, own56, own58) has 建立健全人民建议综合研判、转化机制, asked by no earlier set
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十二条"): "第十三条",
    # 办事公道, 热心为居民服务 (own24, own39, own45, own56): fully asked; 第十一条 (distance 1, lower; 少数服从多数
    # own4, 不得强迫命令 own61, 民主的方法 the same sentence) and 第十三条 (distance 1, higher) asked; 第十条
    # (distance 2, lower; 提议 own/own36, 撤换 own2/own15, 提请讨论 own27) has 居民委员会向居民会议负责并报告工作,
    # asked by no earlier set
    ("n08_城市居民委员会组织法_2018.txt", "第十二条"): "第十条",
    # 整体研究 (own52), 告知代表 (own35, own48), 不予交办 (own49, followups30): fully asked; 第十四条 (distance 1,
    # lower) and 第十六条 (distance 1, higher) asked; 第十三条 (distance 2, lower; 闭会期间 own43, 撤回 own6/own32)
    # has 会议期间…由大会秘书处负责 (受理、确认、登记), asked by no earlier set of n11
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十五条"): "第十三条",
    # 从其规定 (own14): fully asked; 第三十条 (distance 1, lower; own7, own18, own39, own54) and 第三十二条
    # (distance 1, higher; own3, own11, own17, own25) asked; 第二十九条 (distance 2, lower; own26, own30, own33,
    # own47) asked; 第三十三条 (distance 2, higher; items (一) own27, (三) own15) has item (二), 未按规定告知信访人
    # 信访事项的办理结果, asked by no earlier set
    ("n18_浙江省信访条例_2016.txt", "第三十一条"): "第三十三条",
    # 逐步增加 (own23, own53): fully asked; 第六条 (distance 1, lower; own18, own21, own25, own32) asked, 第八条
    # drawn itself; 第五条 (distance 2, lower; own8, own20, own48, own50) asked; 第九条 (distance 2, higher) has
    # 有权对行政机关的政府信息公开工作进行监督, asked by no earlier set
    ("n03_政府信息公开条例_2019.txt", "第七条"): "第九条",
    # 便民利民, 兴办服务事业, 由市人民政府制定 (own14, own31, own49, own54, own55, followups34): fully asked;
    # 第五条 and 第七条 (distance 1), 第四条 and 第八条 (distance 2), 第三条 (distance 3, lower) asked; 第九条
    # (distance 3, higher; 户数 own4/own27, 谁决定 own23/own51/own59) has 按照便于居民自治的原则, asked by no
    # earlier set of n23 (own33 asked n08 第六条's same rule)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第六条"): "第九条",
    # 依照法定程序 (own60), 诉讼仲裁复议 (own24): fully asked; 第十五条 (distance 1, lower; own27, own33, own51,
    # followups2) asked; 第十七条 (distance 1, higher; 书信 own23, 姓名住址 own42) has 应当提供明确的请求、事实、
    # 理由, asked by no earlier set
    ("n16_上海市信访条例_2018.txt", "第十六条"): "第十七条",
    # 如实汇报 (own20, own31, own42), 跟踪督办 (own5), 代表小组 (followups26), 分管负责人 (followups34): fully
    # asked; 第二十八条 (distance 1, lower; 会议期间代表质询 own12/own18/followups21) has its second paragraph,
    # 常务委员会组成人员有权…提出询问和质询, asked by no earlier set
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第二十九条"): "第二十八条",
    # the 重点督办 items and selection (own5, own13, own20, own46, own47, followups24): fully asked; 第十三条
    # (distance 1, lower; own26, followups30/34) and 第十五条 (distance 1, higher; own16) asked; 第十二条 (distance
    # 2, lower; 五日内 own2/own7, 省政府办公厅负责协调 own34, 不得擅自退回 own8/own57) has 其他由…人事代表工作机构
    # 负责协调, asked by no earlier set as an answer
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十四条"): "第十二条",
    # 按照省有关村级组织工作规则 (own7): fully asked; 第二十六条 (distance 1, lower; 参加人数 followups59) has
    # 所作决定应当经到会人员的过半数同意, asked by no earlier set of n24 (own13 asked n09 第二十八条's same rule)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第二十七条"): "第二十六条",
    # 授权事项、授权期限 (own23), 书面表决 (own35): fully asked; 第十五条 (distance 1, lower; 宅基地 own50, 征地
    # 补偿费 followups43) has item (三), 本村享受误工补贴的人员及补贴标准, asked by no earlier set
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第十六条"): "第十五条",
    # 告知信访人依照法定程序办理 (own25, own36): fully asked; 第二十二条 (distance 1, lower; 五日内移送 own17, 协商
    # 受理 own30, 指明受理机关 followups44) has item (一), 上一级国家机关也可以受理, asked by no earlier set
    ("n19_河南省信访条例_2012.txt", "第二十三条"): "第二十二条",
    # 开展相关培训, 取得相应的资格, 标准和规程 (own14, own15, own29, own42, followups): fully asked; 第十五条
    # (distance 1, lower; 不得要求…超出其能力 followups38/56, 相适应 the same sentence) and 第十七条 (distance 1,
    # higher; own20, followups) asked; 第十四条 and 第十八条 (distance 2) asked; 第十三条 (distance 3, lower;
    # 提出申请 own41, 核实答复 own57) has 说明在志愿服务过程中可能发生的风险 (the requester's duty; own25 asked
    # 第十二条's recruiter's duty), asked by no earlier set of 第十三条 (第十九条, distance 3, higher, as near; the
    # lower taken)
    ("n22_志愿服务条例_2017.txt", "第十六条"): "第十三条",
    # 志愿者 (own31) and 志愿服务组织 (own59) defined: fully asked; 第五条 (distance 1, lower; 民政部门 own34) has
    # 国家和地方精神文明建设指导机构建立志愿服务工作协调机制, asked by no earlier set
    ("n22_志愿服务条例_2017.txt", "第六条"): "第五条",
    # 主席会议审议同意, 常务委员会协商决定 (own9, own15, own49, followups22): fully asked; 第五十条 (distance 1,
    # lower; 凡有条件的地方均可设立 own8/own13) has 省、自治区、直辖市设中国人民政治协商会议的…委员会, asked by no
    # earlier set
    ("c_154_中国人民政治协商会议章程.txt", "第五十一条"): "第五十条",
    # 指导关系 (followups20): fully asked; 第二十条 (distance 1, lower; 指导工作, 交流经验 own21) has 研究地方委员会
    # 带共同性的问题, asked by no earlier set
    ("c_154_中国人民政治协商会议章程.txt", "第二十一条"): "第二十条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
