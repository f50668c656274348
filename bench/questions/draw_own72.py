"""Record of the seeded draw behind bench/questions/own72.jsonl (seventy-second held-out set, helper "own72").

Run: python -m bench.questions.draw_own72 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1411).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 10:35 UTC by the machine's `date`, helper "own72", branch own72,
worktree /work/p51own72): the draw stops after 44 documents (22 laws with 2 articles each and 22 news
articles = 66). Not drawn: c_154, c_39907, c_60368, c_60737, n04, n15, n23. As the brief asked, this
module was run once for the draw (`python -m bench.questions.draw_own72 /work/shared/eval/corpus`, with
SUBSTITUTED still empty; it imports only bench.draws, which imports only the standard library), and the
writer's standard-library copy of bench/draws.articles_drawn in /tmp/own72/draw.py gave the same draw;
the test's check that `draw` gives the drawn documents and `used` the articles asked is its second run.
As for own61-own71, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own71 and
followups70 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question), judged through the rows whose section names the article
itself. Eighteen drawn articles hold only facts an earlier set asks, so the nearest article with a fact no
such set asks as an answer (the lower one when two are equally near and both usable; never a first or
last article; an article drawn itself, or taken by the other drawn article's substitution, skipped; up to
distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). "Fully asked" was judged
as by own68-own71: from a listing of every clause parted by 。 or ； with the earlier answer phrases
standing in it, then by reading under own68's rule: clauses parted by 。 or ； are separate facts; a
sentence of two halves joined by a comma is one fact whose other half counts as asked when one half was
(n11 第八条's 会议期间向大会提出, n13 第十九条's 经交办机关同意, n22 第三十八条's 由民政部门予以警告 beside
followups26's 通报); the items of a list (、, 和 or 以及), of a numbered list, or of a run of three or more
duties, powers or requirements count one by one, also when an earlier question asked the whole list
through other items (n18 第九条's item (二), n03 第三十六条's item (五), n19 第十二条's 占据办公场所, n13 第八条's
一事一议, n13 第十八条's 提高办理效率和水平, n21 第三十二条's 代表反映比较集中的建议, n21 第三十五条's 作出重大
事项决定, n24 第二条's 民主管理、民主监督 beside own15's 民主选举、民主决策, n07 第三条's 科学发展观 beside
own71's first three items, n02 第七条's 信访部门推动, n02 第四条's 服务党和国家工作大局, n08 第八条's 宗教信仰、
教育程度、财产状况 beside own63's 居住期限, n22 第三十五条's 弘扬志愿服务精神, n22 第二十九条's 中等职业学校,
n12 第二十六条's reporters beside own25's 政府, n12 第十六条's 办理工作制度, n16 第二十条's items (一)-(四));
a list a question asked as a whole, or whose items its words named, counts as asked whole (n18 第二条's
forms, own26 asking 都有哪些方式; n01 第一百零五条's 负责制, own22 naming 市长; n14 第八条's 专项征集 items,
named by followups19; n22 第二十八条's list, own11 asking 可以找哪些单位; n12 第十五条's organisers, own26);
a fact an earlier question takes as its premise counts as asked (n11 第十条's 一人提出/联名提出, followups54;
n09 第三十八条's 遵守村规民约 inside followups56's 应当怎么做; n14 第七条's 互联互通, own29; n12 第十五条's
部署, followups40); a catch-all item (其他…), a closing aim (n14 第七条's 规范、透明、高效, n14 第十四条's
回应社会关切), a 另有规定的，依照其规定 or a boilerplate 构成犯罪的，依法追究刑事责任 is no fact. A fact asked
only of another law, another article or another document in the same words does not count (n18 第二条's
scope beside own54's n16 第四条; n01 第一百零四条's 撤销…决定和命令 beside own11's and own16's n07; n09
第二十五条's 五分之四以上 beside own43's n24; n11 第二十七条's 督促…认真研究办理 beside own56's n21; n13 第八条's
一事一议 beside own11's and own8's n11 and own60's n12; n20 第十八条's 说明会办单位的办理意见 beside own30's
n12; n11 第十二条's 亲属个人问题 beside n13, n20 and n21; n24 第二条 beside own56's n09; n08 第八条 beside
followups67's n23).
Seven drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken (the least-asked fact taken, with a phrase no set used): n17 第十八条
(指导、规范…村务公开, own33 and five sets on its 目录), n17 第十三条 (the forms, own27 and own69), n14 第十八条
(the supervision, own15, own16, own26 and own42), n25 第二条 (item (四), followups42, own15 and own44), n25
第七条 (the 档案机构 clause, own47, own61 and own67), n07 第八十九条 (own50) and n08 第二十条 (业务指导, own26
and own69).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 24, definition 21, where_to_report 10, procedure 9,
deadline 8, numbers 8. See the section "## own72.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1411
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 属地管理、分级负责 (own23, own25), 谁主管、谁负责 (own32), 访诉分离、分类处理 (own23, own25), 依法、及时、
    # 就地解决问题 (own34), 源头预防、多元化解 (own32), 疏导教育相结合 (own36): the whole run asked, fully asked;
    # 第二条 (distance 1, lower) has 本条例适用于…国家机关的信访工作和信访人的信访活动, asked of this law by no
    # set (own54 asked n16 第四条's like words; the forms, own26, and 国家机关, own48, asked)
    ("n18_浙江省信访条例_2016.txt", "第三条"): "第二条",
    # 国家权力机关的执行机关 (own22; 国家行政机关 the other half), 镇长负责制 (own22, whose question named 市长,
    # the 负责制 asked whole): fully asked; 第一百零四条 (distance 1, lower) has 撤销本级人民政府的不适当的
    # 决定和命令, asked of this law by no set (own11 and own16 asked n07's like words)
    ("n01_宪法.txt", "第一百零五条"): "第一百零四条",
    # 保证本法的实施, 保障村民依法行使自治权利 (own9, the whole article): fully asked; 第三十八条 (distance 1,
    # lower; own19, followups38, followups56 asking 应当怎么做) and 第四十条 (distance 1, higher; own69) asked;
    # 第三十七条 (distance 2, lower; own12, own36, own45, own47, followups19, followups30) asked, 第四十一条 last;
    # 第三十六条 (distance 3, lower) has 不依照法律、法规的规定履行法定义务的，由乡…人民政府责令改正, asked by no
    # set (own25 and own70 asked 第三十一条's and 第二十七条's like words)
    ("n09_村民委员会组织法_2018.txt", "第三十九条"): "第三十六条",
    # 每年十一月审议 (own13), 主任会议、市人民政府… (own66, 谁来作, asked whole), 印发下一次…会议 (own29), the
    # report's contents (own14, both items), 每年听取…汇报 (own28): fully asked; 第三十三条 (distance 1, lower;
    # own50, own57, followups34, followups43) asked; 第三十五条 (distance 1, higher) has 作出重大事项决定, an
    # item of the run whose 执法检查 own3 asked
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十四条"): "第三十五条",
    # 一人提出和联名提出具有同等效力 (followups54, whose question takes 一人提出/联名提出 as its premise): fully
    # asked; 第九条 (distance 1, lower; own8, own11, own24, own30, own31, own69, followups40) and 第十一条
    # (distance 1, higher; own13, own14, followups23, followups30, followups58) asked; 第八条 (distance 2,
    # lower; own26, 会议期间向大会提出 the other half) asked; 第十二条 (distance 2, higher) has item (一)'s
    # 涉及解决代表本人或者亲属个人问题的, asked of this law by no set
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十条"): "第十二条",
    # 办理期限为三个月, 至迟不超过六个月 (own10, followups13; 经交办机关同意 the same sentence), 在会议期间研究办理
    # (followups18, followups50): fully asked; 第十八条 (distance 1, lower) has 提高办理效率和水平, an item of the
    # run whose 注重解决实际问题 own45 asked
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十九条"): "第十八条",
    # 告知信访人依照法定程序办理 (own25, own36; the whole article): fully asked; 第二十二条 (distance 1, lower) has
    # item (五)'s 由继续行使其职权的机关受理, asked of this article by no set (own5, own6 and own43 asked 第十条)
    ("n19_河南省信访条例_2012.txt", "第二十三条"): "第二十二条",
    # items (一)-(四) (own14, own41, own53, own55, own57, own71): fully asked; 第五条 (distance 1, lower; own16,
    # own40, own45, own46, own48, own62, own71) and 第七条 (distance 1, higher; own17, own22, own29, own40, own43,
    # own46, own64, own67, followups26/28/66) asked; 第四条 (distance 2; own14, own67, own69, followups,
    # followups2) and 第八条 (distance 2; own4, own26, own33, own34, own35, own64, own68, followups19, who named
    # the 专项征集 items) asked; 第三条 (distance 3; own2, own27, own38, own63) and 第九条 (distance 3; ten sets)
    # asked; 第二条 (distance 4, lower) has 本市人民建议的征求、收集、接收以及处理等活动适用本规定, asked by no set
    ("n14_上海市人民建议征集若干规定_2021.txt", "第六条"): "第二条",
    # 便于群众自治, 有利于经济发展和社会管理 (own52), 由乡、镇人民政府提出 (own36), 经村民会议讨论同意, 报县级
    # 人民政府批准 (own9, own26): fully asked; 第二条 (distance 1, lower) has 民主管理、民主监督, the items of the
    # list whose 民主选举、民主决策 own15 asked (own56 asked n09 第二条's whole list)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第三条"): "第二条",
    # 特定问题的调查委员会 (own7; the whole article): fully asked; 第二十一条 (distance 1, lower) has the
    # 罢免案 of 县级以上的地方各级人民代表大会代表 (本级…人民政府组成人员，监察委员会主任…), asked by no set
    ("n05_人大代表法_2025.txt", "第二十二条"): "第二十一条",
    # 参加关于特定问题的调查委员会 (own4, own52; the whole article): fully asked; 第三十四条 (distance 1, lower)
    # has 县…的人民代表大会代表可以列席原选区所在的乡、民族乡、镇的人民代表大会会议, asked by no set
    # (followups34 asked the other sentence's 列席原选举单位)
    ("n05_人大代表法_2025.txt", "第三十五条"): "第三十四条",
    # 不溯及既往, 特别规定除外 (own2, own19, own52, followups42, followups65; the whole article): fully asked;
    # 第一百零三条 (distance 1, lower; own24, both halves) asked; 第一百零五条 (distance 1, higher) has
    # 行政法规之间…不能确定如何适用时，由国务院裁决, asked by no set
    ("n10_立法法_2023.txt", "第一百零四条"): "第一百零五条",
    # 由民政部门予以警告 (own42's question taking it as its premise, followups26 asking the same failure's
    # 处理), 责令限期停止活动, 向社会和有关单位通报 (own42, followups26): fully asked; 第三十七条 (distance 1,
    # lower; own, own2, followups11/22/39/56/60) and 第三十九条 (distance 1, higher; own22, own38) asked;
    # 第三十六条 (distance 2; own2, own38, own45, own53, followups18) and 第四十条 (distance 2; own23, own25,
    # own37, own48, own63) asked; 第三十五条 (distance 3, lower) has 弘扬志愿服务精神, an item of the run whose
    # 开展志愿服务宣传活动 (own10) and 传播志愿服务文化 (own68) were asked
    ("n22_志愿服务条例_2017.txt", "第三十八条"): "第三十五条",
    # 促进志愿服务事业发展的政策和措施 (own35), 为志愿服务提供指导和帮助 (own47): fully asked; 第二十六条
    # (distance 1, lower; own, own5, own45, own66, followups16) and 第二十八条 (distance 1, higher; own11, whose
    # question asked the list whole) asked; 第二十五条 (distance 2, lower; own5, own66, own70, followups20)
    # asked; 第二十九条 (distance 2, higher) has 中等职业学校, the item of the list whose 高等学校 five follow-up
    # sets named (大学生, 高校)
    ("n22_志愿服务条例_2017.txt", "第二十七条"): "第二十九条",
    # 坚持实事求是 (own65, 讲啥原则, the principle asked whole), 对能够及时解决的 (own64), 列入工作计划 (own25),
    # 充分说明原因 (followups53, followups58): fully asked; 第十八条 (distance 1, lower) has 主办单位答复代表时，
    # 应当向代表说明会办单位的办理意见, asked of this law by no set (own30 asked n12's like words)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十九条"): "第十八条",
    # 专项工作报告 (own7, own8, followups32), 执法检查 (own, own7, own8), 组织开展工作调研 (own58): fully asked;
    # 第二十六条 (distance 1, lower) has the reporters 市高级人民法院、市人民检察院和…代表工作机构, items of the
    # list whose 政府 own25's question named
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第二十七条"): "第二十六条",
    # 闭会后一个月内 (own13, followups40), 办公厅 (own26, the organisers asked whole), 进行部署 (followups40's
    # premise): fully asked; 第十四条 (distance 1, lower; own, own27, own29, own32, own66, followups2/27/37/44/52)
    # asked; 第十六条 (distance 1, higher) has 建立和健全…办理工作制度, an item of the run whose 配备工作人员
    # (own50) and 分级负责制 (own40) were asked
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十五条"): "第十六条",
    # 根据需要设立或者确定, 配备相应的工作人员 (own37; the whole article): fully asked; 第二十条 (distance 1,
    # lower) has items (一)-(四) and (六) of the 信访工作机构's duties, asked by no set (own53 asked item (五))
    ("n16_上海市信访条例_2018.txt", "第二十一条"): "第二十条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
