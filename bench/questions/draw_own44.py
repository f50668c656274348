"""Record of the seeded draw behind bench/questions/own44.jsonl (forty-fourth held-out set, helper "own44").

Run: python -m bench.questions.draw_own44 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1294).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 06:28 UTC by the machine's `date`, helper "own44", branch own44,
worktree /work/wt-own44): the draw stops after 43 documents (23 laws with 2 articles each + 20 news
articles = 66). Not drawn: n10, n12, n20, c_2522, c_60860, c_60915, c_61880, c_62179. Eleven drawn
articles hold only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up
message or a control question, or as an earlier set's one-sentence article used as drawn), so the
nearest article with a fact not named there (the lower one when two are equally near and both usable;
never a first or last article; an article already drawn or taken by a nearer substitution skipped) was
used instead (SUBSTITUTED, each with its reason in a comment). n11 第二十四条 (every article within
distance 4 named), n25 第二条 and 第十二条, n08 第九条 and 第十三条, and n23 第十四条 and 第二十一条 (n25,
n08 and n23 exhausted) were used as drawn, as own40-own43 did, and their questions repeat earlier facts.
Kinds (all 80): definition 23, procedure 18, rights_duties 14, numbers 9, where_to_report 8, deadline 8.
See the section "## own44.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1294
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 有权拒绝/准入 paragraph counted named as own43 did (a follow-up pair opens in it, a style list quotes
    # 区里部门直接给居委会派活呢, own30 asks its last paragraph); 第二十六条 (distance 1, lower; own43's
    # 群防群治, 安全隐患 a substitute's) has 公共安全领域的安全宣传 with no hit
    ("n15_上海市居民委员会工作条例_2020.txt", "第二十七条"): "第二十六条",
    # 共同的上一级 and 继续行使 named, own34 asks the no-successor case: fully named; 第二十条 (distance 1,
    # lower; own42's 五个工作日内) has 登记、录入网络信访平台 with no hit; 第二十二条 (distance 1, higher)
    # was used as drawn by an earlier set and replaced by own42
    ("n18_浙江省信访条例_2016.txt", "第二十一条"): "第二十条",
    # 评选并予以表扬 and the 奖励 named, own35 asks where the money comes from: fully named; 第十五条
    # (distance 1, lower; 察民情 own31, 智库 own28, 境外人士 a substitute's) has its first paragraph,
    # 建言献策, with no hit; 第十七条 (distance 1, higher) is drawn too
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十六条"): "第十五条",
    # 开设专栏/社会知晓度和参与度 a substitute's, GL036's follow-up: fully named; 第十六条 drawn; 第十八条
    # (执法检查, 询问和质询, 听取和审议) named; 第十五条 taken by the nearer substitution above; 第十九条
    # named; 第十四条 (distance 3, lower; its second paragraph a substitute's, PU027 touched it) has its
    # first paragraph, 市人民建议征集办公室…突发事件应急处置期间, with no hit; 第二十条 (distance 3) named
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十七条"): "第十四条",
    # its one sentence (经费) used as drawn and replaced before; 第五条 (distance 1, lower; its second
    # paragraph, 代表联系组和专业组, a substitute's) has its first paragraph, 提供必要条件, with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第六条"): "第五条",
    # 闭会期间→代表联络工作部门 (own43 PW032), 交办前, 可以建议代表撤回: fully named; 第十二条 (distance 1,
    # lower; its items 代转/中标意见/产品推介 named, (四) a substitute's) has its first paragraph,
    # 不得牟取个人利益, with no hit; 第十四条 (distance 1, higher) is several follow-ups' second message
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十三条"): "第十二条",
    # items (一)-(三) asked (C047, LA067): fully named; 第十六条 (distance 1, lower; 7日前, 名单, 明确听证
    # 时间、地点 named) has its third paragraph, 保证相关各方都有代表参加听证会, with no hit (GW028's first
    # message touches 遴选, fact not named; see the README section)
    ("n04_重大行政决策程序暂行条例_2019.txt", "第十七条"): "第十六条",
    # 保管期限 (an unanswerable's neighbour) and 真实、完整 (own28): fully named; 第九条 (distance 1, lower;
    # own18's 知情权、参与权和监督权, one sentence) named; 第十一条 (distance 1, higher; GG038's control
    # second question, fact not named) has item (二), 村务监督委员会对具体方案进行审查, with no hit
    ("n17_山东省村务公开条例_2018.txt", "第十条"): "第十一条",
    # 统一领导, 民政部门 and 农业行政主管部门 asked: fully named; 第四条 (distance 1, lower; 第一责任人, 监督,
    # 依照法定内容, 领导核心作用 PV079) and 第六条 (distance 1, higher; items asked by own13, own19, own25)
    # named; 第三条 (distance 2, lower; 全面、真实、及时、规范 a substitute's) has 事前、事中、事后全过程公开
    # with no hit
    ("n17_山东省村务公开条例_2018.txt", "第五条"): "第三条",
    # 对本级人民代表大会负责 named, own30 asks which levels set up a 常委会: fully named; 第四十五条
    # (distance 1, lower; one sentence) has 由原选举单位或者由原选区选民补选 with no hit
    ("n07_地方组织法_2022.txt", "第四十六条"): "第四十五条",
    # 负责人应当到会 (own33) and 全体会议、联组会议或者分组会议 (a substitute's): fully named; 第四十六条
    # (distance 1, lower; 到会/回答询问 a substitute's) named; 第四十八条 (distance 1, higher; 坚持问题导向
    # a substitute's, GO038's second message) has its second paragraph, 可以结合审议专项工作报告、执法
    # 检查报告, with no hit
    ("n06_监督法_2024.txt", "第四十七条"): "第四十八条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
