"""Record of the seeded draw behind bench/questions/own70.jsonl (seventieth held-out set, helper "own70").

Run: python -m bench.questions.draw_own70 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1399).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 08:51 UTC by the machine's `date`, helper "own70", branch own70,
worktree /work/wt_own70): the draw stops after 44 documents (22 laws with 2 articles each and 22 news
articles = 66). Not drawn: c_2522, c_60737, c_61454, n04, n06, n08, n14. The draw was taken from the
writer's standard-library copy of bench/draws.articles_drawn in /tmp/own70/draw.py, not from this
module; the test's check that `draw` gives the drawn documents and `used` the articles asked is the
module's only run.
As for own61-own69, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own69 and
followups68 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Twenty drawn articles hold only facts an earlier set
asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged, as by own69, under own68's rule, from a listing of
every clause parted by 。 or ； with the earlier answer phrases standing in it, this time only those of
rows whose section names that article (own69's listing took every row of the document, so a phrase
asked of one article marked the same words in another: n24 第三十四条 and n09 第二十七条's third
sentence were found unasked that way), then by reading: clauses parted by 。 or ； are separate facts;
a sentence of two halves joined by a comma is one fact whose other half counts as asked when one half
was; the items of a list (、 or 和), of a numbered list, or of a run of three or more duties, powers or
requirements count one by one, also when an earlier question asked the whole list through other items
(its answer phrases or its words singling out some items: n07 第八十七条's 街道办 in own27's question,
n17 第十条's 保管期限 in own61's, n17 第四条's 村民委员会, n22 第二十五条's 志愿者, n15 第三十五条's 街道,
n18 第二十八条's 专业机构, n23 第二十五条's 生活补贴费, n09 第三十条 item (三)'s 资金, n20 第二十六条's
督促, n13 第十四条 item (三), n13 第三十条 item (一), n12 第十二条, n15 第三十六条, n03 第五十五条, n16 第四十条,
n11 第三条 and 第十九条, n20 第十六条, n23 第五条, c_154 第八条); a list a question asked as a whole whose
answer singled out no item counts as asked whole (n17 第十一条 (三)'s 村党组织和村民委员会, asked as 由谁
by followups25 and own46; n12 第九条's holders of the duty); two ways of doing one thing, or two
conditions, joined by 或者 are one fact; a fact an earlier question takes as its premise counts as asked
(n09 第三十条's 实行村务公开制度, own13's 村务公开; n19 第二十七条 item (三)'s 维持, followups20; n22
第二十八条's 场所, own11); a catch-all item (其他…), a closing aim, a 另有规定的，依照其规定 or a boilerplate
构成犯罪的，依法追究刑事责任 is no fact. A fact asked only of another law or document in the same words
does not count (n21 第八条 beside n11; n12 第六条 beside n05, n11 and n13; n09 第二十九条's neighbour
beside n24; n24 第三十四条 beside its own 第二十二条, asked of 村民代表; c_61580's opening date beside
c_61454).
Two drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken: n25 第六条 (视情采取适当的审理方式, asked by eleven sets) and n25
第十条 (参照第九条的规定处理, own61; n25 is exhausted).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 24, definition 21, where_to_report 10, procedure 9,
deadline 8, numbers 8. See the section "## own70.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1399
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 乡镇政府和街道办事处可以…建立居民列席有关会议的制度 (followups25/29/42/50, naming both): fully asked;
    # 第八十七条 (distance 1, lower) has the 乡镇 and 市辖区、不设区的市 governments' 给予指导, items of the
    # list whose 街道办 own27's question named
    ("n07_地方组织法_2022.txt", "第八十八条"): "第八十七条",
    # 合理安排会期和会议日程 (followups64; 提高议事质量和效率 the aim): fully asked; 第十五条 (distance 1,
    # lower; own28) asked; 第十七条 (distance 1, higher) has 预备会议由本级人民代表大会常务委员会主持, asked by
    # no set (followups34 and own59 asked the first session's 上届 committee)
    ("n07_地方组织法_2022.txt", "第十六条"): "第十七条",
    # 受原选区选民或者原选举单位的监督 (own19; the whole article): fully asked; 第九条 (distance 1, lower) has
    # 国家和社会为代表执行代表职务提供保障, asked by no set
    ("n05_人大代表法_2025.txt", "第十条"): "第九条",
    # 一般事项至少每季度 (own46, own66), 逐项逐笔每月 (followups, followups11/12, own19), 重大事项随时公布
    # (followups9, own49): fully asked; 第十一条 and 第十三条 (distance 1) asked; 第十条 (distance 2, lower) has
    # 查阅利用, the other item of the list whose 保管期限 own61 asked (第十四条, distance 2, higher, asked)
    ("n17_山东省村务公开条例_2018.txt", "第十二条"): "第十条",
    # 本省行政区域内农村村务公开工作 (own35, own51, own62, own63; the whole article): fully asked; 第一条 is the
    # first; 第三条 (distance 1, higher; own42, own44, own60, followups28) asked; 第四条 (distance 2, higher)
    # has 领导和支持…村务监督委员会, the other item of the list whose 村民委员会 own42 asked
    ("n17_山东省村务公开条例_2018.txt", "第二条"): "第四条",
    # 适用范围 (own65) and 志愿服务的定义 (own32, asked whole): fully asked; 第一条 is the first; 第三条
    # (distance 1, higher) has 损害社会公共利益和他人合法权益, items of the run whose 不得违背社会公德 own60 and
    # whose principles own3 asked
    ("n22_志愿服务条例_2017.txt", "第二条"): "第三条",
    # 制定促进志愿服务事业发展的政策和措施 (own35), 为志愿服务提供指导和帮助 (own47): fully asked; 第二十六条
    # (distance 1, lower; followups, followups16, own5, own45, own66) and 第二十八条 (distance 1, higher; own11,
    # whose question takes the 场所 as premise) asked; 第二十五条 (distance 2, lower) has 志愿服务组织, the other
    # item of the list whose 志愿者 followups20 and own5 asked
    ("n22_志愿服务条例_2017.txt", "第二十七条"): "第二十五条",
    # 设区的市、县（市、区）人大常委会和乡镇人大可以参照本条例执行 (own7, own9, own10, own11, own63, naming both):
    # fully asked; 第三十一条 (distance 1, lower; own27, own31) asked, 第三十三条 the last; 第三十条 (distance 2,
    # lower) has item (一)'s 办理不认真、敷衍塞责, items of the run whose 答复不落实又不说明原因 own44 asked
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第三十二条"): "第三十条",
    # 省人大及其常委会有关机构 (own66), 省人民政府及其所属部门, 省高级人民法院、省人民检察院 (own16): fully
    # asked; 第十四条 (distance 1, lower) has item (三)'s 综合性强、涉及面广, items of the list whose
    # 办理难度较大的问题 own20 asked (第十六条, distance 1, higher, has unasked run items too: the lower one taken)
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十五条"): "第十四条",
    # 十五日内…发布公告 (own, followups3/37, naming both members), 乡、镇人民政府有权发布公告 (followups10, own26):
    # fully asked; 第三十四条 (distance 1, lower) has 丧失行为能力或者被判处刑罚的，其职务自行终止, asked of this
    # article by no set (followups67 asked 第二十二条's same words of 村民代表)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第三十五条"): "第三十四条",
    # 限期反馈办理结果 (own30), 及时督办 (own26), 提出改进建议 (own47), 给予相关人员处理的建议 (own33): fully
    # asked; 第二十八条 (distance 1, lower) has 邀请有关人民团体, the other item of the list whose 专业机构和
    # 专业工作者 own33 asked
    ("n18_浙江省信访条例_2016.txt", "第二十九条"): "第二十八条",
    # 应当回避 (own14), 由信访工作机构负责人决定 (followups13/32/35, own14), 由所在国家机关负责人决定 (followups21):
    # fully asked; 第二十六条 (distance 1, lower) has item (五), 依法答复信访人对…办理结果的查询, asked by no set
    ("n18_浙江省信访条例_2016.txt", "第二十七条"): "第二十六条",
    # 可以申请复查 (premise of followups56), 持原处理意见书 (followups7, own27), 三十日内 (followups41/56, own2),
    # 直接复查或者指定复查 (followups51, own22), 维持 (premise of followups20), 不再处理 (followups20/39, own33):
    # fully asked; 第二十六条 (distance 1, lower) has 上级国家机关可以向下级国家机关交办、转办信访事项, asked by no
    # set as an answer
    ("n19_河南省信访条例_2012.txt", "第二十七条"): "第二十六条",
    # 通知…带回 (own61), 强行带离 (followups15/43, own45), 治安管理处罚 (own66), 收缴 (followups15, own13, own21,
    # own37), 被舍弃人员 (own46), 构成犯罪 boilerplate: fully asked; 第二十四条 (distance 1, lower; followups11/51,
    # own24, own68) asked, 第二十六条 (distance 1, higher) taken by 第二十七条; 第二十三条 (distance 2, lower;
    # own25, own36, naming the list) asked, 第二十七条 drawn; 第二十二条 (distance 3, lower) has item (二)'s
    # 上级国家机关也可以直接受理, asked by no set (own62 asked item (一)'s 上一级国家机关也可以受理)
    ("n19_河南省信访条例_2012.txt", "第二十五条"): "第二十二条",
    # 区县和乡镇人大代表建议参照本条例规定执行 (own13, own62, naming both): fully asked; 第三十八条 (distance 1,
    # lower) has item (四), 对提出建议、批评和意见的代表进行打击报复的, asked by no set; 第四十条 is the last
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十九条"): "第三十八条",
    # 由居民会议予以纠正 (own21, own26), 由街道办事处或者乡镇人民政府责令改正 (own21, own27): fully asked;
    # 第三十六条 (distance 1, lower) drawn itself, 第三十八条 (distance 1, higher; followups36/60, own5, own22,
    # own26) asked; 第三十五条 (distance 2, lower) has 乡镇人民政府, the other item of the list whose 街道
    # own55's question named; 第三十九条 is the last
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十七条"): "第三十五条",
    # items (一)-(六) (own39, own41, own43, own61, followups27/62), 退回代表或者作代表来信处理 (own41,
    # followups41): fully asked; 第七条 (distance 1, lower; followups17/56, own12, own28) and 第九条 (distance 1,
    # higher; followups29, own8, own21, own59, own65, none naming a holder of the duty) asked; 第六条 (distance 2,
    # lower) has 注重反映实际情况和问题, the middle requirement of a run whose 一事一议 (own60) and 有具体意见和建议
    # (own68) were asked (own7, own13, own28, own30, own31 asked the same words of n05, n11 and n13)
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第八条"): "第六条",
    # 七个工作日内…说明情况，经同意后退回 (followups2/27/37/44/52), 及时研究并交办 (own32), 向代表工作机构提出
    # (own29), 及时向代表反馈处理情况 (own66): fully asked; 第十三条 (distance 1, lower; own3, own26, own32) and
    # 第十五条 (distance 1, higher; followups40, own13, own26) asked; 第十二条 (distance 2, lower) has
    # 市人民代表大会专门委员会, an item of the list whose 区、县人民政府 (own67) and 市高级人民法院，市人民检察院
    # (own4, own31, own57) were asked
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十四条"): "第十二条",
    # 办公用房由当地人民政府统筹解决 (own4, own6, own7), 纳入城市建设规划 (own39), 按照…配套建设的有关规定建设
    # (own49), 房屋管理部门应当提供方便并予以照顾 (own30): fully asked; 第二十五条 (distance 1, lower) has 工作经费
    # 应当得到保证, the other item of the sentence whose 生活补贴费 own38 asked (第二十七条, distance 1, higher, has
    # unasked items too: the lower one taken)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十六条"): "第二十五条",
    # 主席主持常务委员会的工作 (own51), 副主席、秘书长协助主席工作 (own53, own67), 组成主席会议 (own, own9, own11,
    # own68), 处理…重要日常工作 (own31), 受委托主持…预备会议 (own19, own27): fully asked; 第四十六条 (distance 1,
    # lower) has item (一), 解释中国人民政治协商会议章程, asked by no set
    ("c_154_中国人民政治协商会议章程.txt", "第四十七条"): "第四十六条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
