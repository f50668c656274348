"""Record of the seeded draw behind bench/questions/own68.jsonl (sixty-eighth held-out set, helper "own68").

Run: python -m bench.questions.draw_own68 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1385).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 04:31 UTC by the machine's `date`, helper "own68", branch own68,
worktree /work/wt_own68): the draw stops after 44 documents (22 laws with 2 articles each, n06 with
1 article as the 66th question, and 21 news articles = 66). Not drawn: c_151, c_60567, c_60695,
c_60860, n11, n13, n17. The brief asked that this module be run for the draw, and it was
(`python -m bench.questions.draw_own68 /work/shared/eval/corpus`, with SUBSTITUTED still empty, reading
only the list of drawn documents and articles); the writer's standard-library copy of
bench/draws.articles_drawn in /tmp/own68/draw.py gave the same list.
As for own61-own67, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own67 and
followups66 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Twenty-four drawn articles hold only facts an earlier
set asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged by a script listing, per clause parted by 。 or ；,
the earlier answer phrases of the same document standing in it, then by reading, under the rule of
own65-own67: clauses parted by 。 or ； are separate facts; a sentence of two halves joined by a comma
is one fact whose other half counts as asked when one half was (n24 第二十八条, n08 第四条, n15
第二十七条, n20 第二十六条 and 第二十七条, n23 第二十四条, n05 第二十六条); the items of a list (、 or 和),
of a numbered list, or of a run of three or more duties, powers or requirements in one sentence count
one by one, also when an earlier question asked the whole list through other items (c_154 第二十二条,
n15 第二十九条 and 第二十五条, n22 第十九条 and 第三十五条, n20 第二十八条 and 第十五条, n04 第三十二条
and 第三条, n08 第三条 and 第十二条, n09 第二条 and 第十三条, n18 第三十条, n05 第十七条, n12 第六条,
n21 第十七条 and 第三十条, n14 第八条, n25 第四条 and 第十二条, n03 第五十三条, n16 第五条 and 第三十条,
n06 第四十六条); a fact an earlier question takes as its premise counts as asked (n01 第六十一条's
conditions, followups56; n12 第四条's 联名, asked as a premise by own47, followups14 and others; n05
第二十三条's 赞成、反对, own49; n25 第八条's 商业秘密, followups17; n04 第三十条's 如实记录,
followups38); a catch-all item (其他…), a closing aim or a boilerplate 构成犯罪的，依法追究刑事责任 is no
fact. A fact asked only of another law or document in the same words does not count (n02 第四十八条
beside n18; n01 第一百一十条 beside n07; n09 第二条 beside n08/n23; n14 第二条 beside n16/n19; n23
第二十五条 beside n08; n08 第十二条 beside n24; n16 第五条 beside n18), nor do
the same words asked of another article of the same law (c_154 第四十七条's 主席、副主席、秘书长组成主席会议,
asked of the local committees' 第五十八条 by own, own9 and own11; n10 第四十三条's 撤回, asked of
第二十五条 by own51 and own61; n06 第四十六条's 听取意见, asked of 第四十七条 by own2; n01 第六十条's
每届任期五年, asked of 第七十九条 by followups6).
One drawn article was used as drawn although every fact is asked, because every article within
distance 4 is asked or taken: n23 第二十九条 (own15/own50 and followups31/38; its 第二十五条 taken by
第二十四条's substitution, 第二十六条-第二十八条 and 第三十条 asked, 第三十一条 the last), the phrase
本市各级人民政府应当对积极开展工作 used by no set.
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 24, definition 21, where_to_report 10, procedure 9, deadline 8,
numbers 8. See the section "## own68.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1385
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 协助秘书长进行工作 (own12), 在秘书长领导下进行工作 (own22, followups60): fully asked; 第四十七条 (distance
    # 1, lower) has 主席、副主席、秘书长组成主席会议 of the national committee, asked by no set of 第四十七条 (own,
    # own9 and own11 asked the same words of the local committees' 第五十八条)
    ("c_154_中国人民政治协商会议章程.txt", "第四十八条"): "第四十七条",
    # 遵守和履行本章程的义务 (own7, own16): fully asked; 第二十三条 (distance 1, lower; followups43, own55, own61)
    # and 第二十五条 (distance 1, higher; own17, own41) asked; 第二十二条 (distance 2, lower) has the list item
    # 台湾同胞和归国侨胞的代表, asked by no set (own4, own57, own63 asked other items of the list)
    ("c_154_中国人民政治协商会议章程.txt", "第二十四条"): "第二十二条",
    # 按照省有关村级组织工作规则规定的程序 (own7, the whole article): fully asked; 第二十六条 (distance 1, lower;
    # followups59, own62) and 第二十八条 (distance 1, higher; own47, followups64; 建立健全各项工作制度 the other
    # half of the sentence) asked; 第二十五条 (distance 2, lower) has its third paragraph, 村民小组会议由本村民
    # 小组十八周岁以上的村民或者户的代表组成, asked by no set
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第二十七条"): "第二十五条",
    # 每年举行一次 (own33's question), 常务委员会召集 (followups48), 临时召集 and its conditions (followups56,
    # own33), 选举主席团主持会议 (own46): fully asked; 第六十条 (distance 1, lower) has its last sentence, 在非常情况
    # 结束后一年内，必须完成下届…代表的选举, asked by no set
    ("n01_宪法.txt", "第六十一条"): "第六十条",
    # 选举日的二十日前 (six sets), 五日内…申诉 and 三日内作出处理决定 (seven sets; 并公布处理结果 the other half
    # of the sentence): fully asked; 第十三条 (distance 1, lower) has item (二), 户籍在本村，不在本村居住，本人表示
    # 参加选举的村民, asked by no set (own37 asked item (三))
    ("n09_村民委员会组织法_2018.txt", "第十四条"): "第十三条",
    # 多种形式收集 (own22), 向街道办事处、乡镇人民政府或者相关政府职能部门报告 (followups19, own19, own59): fully
    # asked; 第二十九条 (distance 1, lower) has the list items 供气、环境卫生、园林绿化 of the services residents
    # may rate, asked by no set (followups12 and own51 asked 供水、供电)
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十条"): "第二十九条",
    # 及时移送有关机关处理 (own65; 建立健全备案审查衔接联动机制 the other half): fully asked; 第一百一十四条
    # (distance 1, lower; own9) asked; 第一百一十六条 (distance 1, higher), 制定机关根据维护法制统一的原则和改革
    # 发展的需要进行清理, asked by no set
    ("n10_立法法_2023.txt", "第一百一十五条"): "第一百一十六条",
    # 全体组成人员的过半数通过 (own18), 提出法律草案表决稿 (own60), 单独表决 (own52), 暂不付表决 (own53): fully
    # asked; 第四十三条 (distance 1, lower) has 经委员长会议同意 for the standing committee, asked by no set of
    # 第四十三条 (own51 and own61 asked the plenary's 第二十五条)
    ("n10_立法法_2023.txt", "第四十四条"): "第四十三条",
    # 果断处理，防止不良影响的发生、扩大 (own9, own16, own18, own39; the whole sentence): fully asked; 第十四条
    # (distance 1, lower) has item (四), 调查处理重大信访案件，调阅有关材料, asked by no set
    ("n19_河南省信访条例_2012.txt", "第十五条"): "第十四条",
    # 带回 (own61), 强行带离 (followups15/43, own45), 治安管理处罚 (own66), 收缴 (four sets), 被舍弃人员 (own46):
    # fully asked; 第二十四条 (distance 1, lower) has its second paragraph, …通知精神病人所在地区、单位或者监护人
    # 将其接回, asked by no set
    ("n19_河南省信访条例_2012.txt", "第二十五条"): "第二十四条",
    # 自愿原则向居民筹集 (followups17, own11), 受益单位筹集 (followups54), 收支帐目应当及时公布 (own65; each
    # other half of its sentence): fully asked; 第二十三条 (distance 1, lower; own17, own20) asked; 第二十五条
    # (distance 1, higher) has its last ；-clause, 经居民会议同意，也可以从居民委员会的经济收入中给予适当补助,
    # asked by no set of n23 (own31 asked n08's same words)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十四条"): "第二十五条",
    # 主任会议可以每年选取若干…决定进行重点督办 (own, own34, own59; one sentence): fully asked; 第三十一条
    # (distance 1, lower; own27) and 第三十三条 (distance 1, higher; followups34/43, own50, own57) asked; 第三十条
    # (distance 2, lower) has 做好答复和落实工作, the third part of a run whose 督促…认真研究办理 own56 asked
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十二条"): "第三十条",
    # the channels 书信、电话、电子邮件、互联网媒体, 12345, 随申办, 云征集 (fourteen sets): fully asked; 第八条
    # (distance 1, lower) has 就人民群众反映集中的问题, one of the cases for 专项征集 whose 涉及社会公共利益和重大
    # 民生问题 own35 asked
    ("n14_上海市人民建议征集若干规定_2021.txt", "第九条"): "第八条",
    # 经居民会议讨论决定, 自愿原则向居民筹集, 必须经受益单位同意, 收支帐目应当及时公布, 接受居民监督 (seven sets):
    # fully asked; 第十五条 and 第十七条 (distance 1), 第十四条 and 第十八条 (distance 2), 第十三条 and 第十九条
    # (distance 3) asked; 第十二条 (distance 4, lower) has 应当遵守宪法、法律、法规和国家的政策, one duty of the
    # run whose 办事公道, 热心为居民服务 four sets asked (own63 asked n24's same words)
    ("n08_城市居民委员会组织法_2018.txt", "第十六条"): "第十二条",
    # 教育居民互相帮助，互相尊重，加强民族团结 (own11, own47): fully asked; 第四条 (distance 1, lower; two
    # sentences of two halves, own9/own16/own20 and own34/own58) and 第六条 (distance 1, higher; eleven sets)
    # asked; 第三条 (distance 2, lower) has item (五)'s 青少年教育, one item of the list whose 公共卫生、计划生育、
    # 优抚救济 own21 asked
    ("n08_城市居民委员会组织法_2018.txt", "第五条"): "第三条",
    # 向同级党委请示报告 (four sets, the whole article): fully asked; 第三十条 (distance 1, lower; nine sets)
    # asked; 第三十二条 (distance 1, higher) has 在本行政区域内发行的报纸, one of the channels whose 本级人民政府
    # 公报和政府网站 followups32 and own7 asked
    ("n04_重大行政决策程序暂行条例_2019.txt", "第三十一条"): "第三十二条",
    # 被告的档案机构或者档案工作人员保管 (own61), 政府信息公开条例 (own47, own67), 档案管理的法律 (seven sets):
    # fully asked; 第六条 and 第八条 (distance 1), 第五条 and 第九条 (distance 2) asked; 第四条 (distance 3, lower)
    # has item (三), 行政机关在公开政府信息前与有关行政机关进行沟通、确认的, asked by no set
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第七条"): "第四条",
    # 集体研究办理措施，拟定办理工作方案 (own34, own45, followups64, whose questions ask the whole first step),
    # 负责人领办制度 (followups33/52, own9, own15), 直接负责办理 (own15), 办公厅…直接组织办理 (own40): fully
    # asked; 第十五条 (distance 1, lower) has 建立和健全办理代表建议、批评和意见制度, one of the run whose 分级负责制
    # four sets asked
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十六条"): "第十五条",
    # 加强与承办单位和相关代表的联系 (own58; 督促…落实 the other half of the sentence): fully asked; 第二十六条
    # (distance 1, lower; two sentences asked) asked; 第二十八条 (distance 1, higher) has 组织代表视察, one of the
    # forms whose 民主评议、跟踪督办、第三方评估 own12, own39 and followups61 asked
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十七条"): "第二十八条",
    # 跨部门指挥协调机制 (followups63, the whole article): fully asked; 第八十条 (distance 1, lower; own54,
    # own65) and 第八十二条 (distance 1, higher; followups39/64, own67) asked; 第七十九条 (distance 2, lower) has
    # its second paragraph, 县级以上的地方各级人民政府设立审计机关, asked by no set
    ("n07_地方组织法_2022.txt", "第八十一条"): "第七十九条",
    # 尊重志愿者的人格尊严 (own54), 未经志愿者本人同意，不得公开或者泄露其有关信息 (own6, own11, own49): fully
    # asked; 第十九条 (distance 1, lower) has 志愿服务情况, one item of the list of records whose 个人基本信息、
    # 培训情况、表彰奖励情况 own44 and 评价情况 own67 asked
    ("n22_志愿服务条例_2017.txt", "第二十条"): "第十九条",
    # 鼓励公共服务机构等对有良好志愿服务记录的志愿者给予优待 (own, own13, own54, followups21): fully asked;
    # 第三十二条 (distance 1, lower; own20, own24, own60, followups39) and 第三十四条 (distance 1, higher; own35)
    # asked; 第三十一条 (distance 2, lower; followups15/19/23) asked; 第三十五条 (distance 2, higher) has 传播
    # 志愿服务文化, one duty of the media's run whose 积极开展志愿服务宣传活动 own10 asked
    ("n22_志愿服务条例_2017.txt", "第三十三条"): "第三十五条",
    # 以集体活动为主 (followups63; 以代表小组活动为基本形式 the other half), 通过多种方式听取、反映 (own65): fully
    # asked; 第二十五条 and 第二十七条 (distance 1), 第二十四条 and 第二十八条 (distance 2) asked; 第二十三条
    # (distance 3, lower; own49, 赞成、反对 its premise) asked; 第二十九条 (distance 3, higher) has 被约见的有关国家
    # 机关负责人或者由他委托的负责人员应当听取代表的建议、批评和意见, asked by no set
    ("n05_人大代表法_2025.txt", "第二十六条"): "第二十九条",
    # 也可以在闭会期间提出 (own7; 可以在…会议期间提出 the other half): fully asked; 第四条 (distance 1, lower;
    # 一人 own56, 联名 the premise of own47, followups14 and others, 领衔 own11/own15, 确认 own6/own47) asked;
    # 第六条 (distance 1, higher) has 有具体意见和建议, one requirement of the run whose 一事一议 own60 asked
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第五条"): "第六条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
