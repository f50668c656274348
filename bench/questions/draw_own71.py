"""Record of the seeded draw behind bench/questions/own71.jsonl (seventy-first held-out set, helper "own71").

Run: python -m bench.questions.draw_own71 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1403).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 09:54 UTC by the machine's `date`, helper "own71", branch own71,
worktree /work/wt_own71): the draw stops after 42 documents (24 laws with 2 articles each and 18 news
articles = 66). Not drawn: c_60548, c_60695, c_61598, c_61880, c_62022, c_62238, c_62245, n03, n12.
The draw was taken from the writer's standard-library copy of bench/draws.articles_drawn in
/tmp/own71/draw.py, not from this module; the test's check that `draw` gives the drawn documents and
`used` the articles asked is the module's only run.
As for own61-own70, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own70 and
followups69 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Eighteen drawn articles hold only facts an earlier set
asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged as by own70: from a listing of every clause parted
by 。 or ； with the earlier answer phrases standing in it, only those of rows whose section names that
article, then by reading under own68's rule: clauses parted by 。 or ； are separate facts; a sentence
of two halves joined by a comma is one fact whose other half counts as asked when one half was (n18
第三十四条's 给予治安管理处罚, n10 第一百一十八条's 报…备案, c_61454 第3段's 应到委员293人); the items of a
list (、, 和 or 以及), of a numbered list, or of a run of three or more duties, powers or requirements
count one by one, also when an earlier question asked the whole list through other items (its answer
phrases or its words singling out some items: n13 第十六条's 严格程序 beside own46's 领导分管, n20
第二十二条's 经集体研究, n02 第十条's 及时妥善处理, n07 第三条's guiding thought beside own6's two, n11
第二十八条's 代表联络工作部门 and 第三十二条's 专门委员会, n21 第五条's 专门委员会, n06 第十六条's 监察委员会,
n25 第五条's 记录不准确的事实根据 beside own28's 更正申请, n18 第三十五条's 社会团体 beside own19's 村委会
and 企业, n14 第六条 item (四)'s 提出工作建议, n14 第十五条's 人民团体, n22 第七条's information items,
n22 第二十三条's 人民团体, n09 第十条's 执行…决定、决议, n08 第十条's 五分之一以上的户 beside own36's and
own69's, n17 第七条 item (七)'s 优抚对象, n19 第三条's 民主权利); a list a question asked as a whole, or
whose items its words named, counts as asked whole (n23 第十六条's proposers, named by followups43; n15
第十五条's 居民互助服务, inside followups56's phrase); a fact an earlier question takes as its premise
counts as asked (c_154 第二十条's 加强同地方委员会的联系, followups66; 第二十一条's 设全国委员会和地方委员会,
followups20; n08 第十九条's and n23 第二十七条's 家属委员会 taken as existing, so only their
承担居民委员会的工作 is unasked); a catch-all item (其他…), a closing aim, a 另有规定的，依照其规定 or a
boilerplate 构成犯罪的，依法追究刑事责任 is no fact. A fact asked only of another law, another article or
another document in the same words does not count (n24 第二十条's 任期 beside n09 第二十五条; n09 第二十五条's
向其推选户…负责 beside n24 第二十一条; n02 第十九条's 诬告 beside n16; n23 第十五条's 每户派代表参加 beside
n15 and n08; n25 第五条's 记录不准确 beside its 第一条; c_39907 第5段's 《中国农民时报》 beside its 第2段).
Two drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken: n25 第四条 (the 授权组织 clause, own28 and own66; 第五条 drawn itself)
and n17 第十二条 (重大事项应当随时公布, followups9 and own49).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 24, definition 21, where_to_report 10, procedure 9,
deadline 8, numbers 8. See the section "## own71.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1403
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 便民利民的社区服务活动 (own20), 推动居民互助服务和志愿服务活动 (followups56, the whole run in its phrase):
    # fully asked; 第十四条 (distance 1, lower; own2, own11, own13, own21, own49, own58, own61) asked; 第十六条
    # (distance 1, higher) has 群众活动团队, an item of the list (居民或者居民小组、群众活动团队) no set asked
    ("n15_上海市居民委员会工作条例_2020.txt", "第十五条"): "第十六条",
    # 走访、调研、座谈 (followups33; 充分听取意见或者邀请…参与研究 the other half, joined by 或者),
    # 做好保密工作 (followups57, own9): fully asked; 第十六条 (distance 1, lower) drawn itself; 第十八条
    # (distance 1, higher) has 因情况发生变化…应当及时向代表说明原因, asked by no set (own44 asked 第三十条's
    # 答复不落实又不说明原因, another article)
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十七条"): "第十八条",
    # 文史资料的征集、研究和出版 (own24, the whole list), 进行关于中国近代以来 (followups66): fully asked;
    # 第十八条 (distance 1, lower) drawn itself, 第二十条 (distance 1, higher; followups66 taking 加强联系 as
    # premise, own21, own62) asked; 第十七条 (distance 2, lower; own10, own37, own63) asked, 第二十一条
    # (distance 2, higher; followups20, taking the two kinds of committee as premise) asked; 第十六条
    # (distance 3, lower) taken by 第十八条; 第二十二条 (distance 3, higher) has 人民团体、各少数民族和各界的
    # 代表, items of the list whose others own4, own57, own63 and own68 asked
    ("c_154_中国人民政治协商会议章程.txt", "第十九条"): "第二十二条",
    # 外交政策 (own54), 人民外交活动 (own23, own32), 友好往来和合作 (own54), 人类命运共同体 (own23, own58): fully
    # asked; 第十七条 (distance 1, lower; own10, own37, own63) asked, 第十九条 (distance 1, higher) drawn;
    # 第十六条 (distance 2, lower) has 积极引导宗教与社会主义社会相适应, an item of the run whose 宗教信仰自由
    # 政策, 独立自主自办, 管理宗教事务 and 中国化方向 own38, own46 and own66 asked
    ("c_154_中国人民政治协商会议章程.txt", "第十八条"): "第十六条",
    # 可以依法成立行业组织 (own, own26, followups26), 反映行业诉求, 推动行业交流 (own37): fully asked; 第八条
    # (distance 1, lower; own4, own28, own31) and 第十条 (distance 1, higher; own3, own22, own40, own53) asked;
    # 第七条 (distance 2, lower) has 身份信息、服务技能、服务时间、联系方式, the items of the information asked
    # by no set (own40, own43 and followups45 asked where to register, own52 真实)
    ("n22_志愿服务条例_2017.txt", "第九条"): "第七条",
    # 人格尊严 (own51), 个人隐私 (own21, own41), 收取或者变相收取报酬 (followups6/18, own16, own21, own46): fully
    # asked; 第二十条 (distance 1, lower; own6, own11, own49, own54) and 第二十二条 (distance 1, higher; own10,
    # own13, own48, own57, followups20/22/39/54) asked; 第十九条 (distance 2, lower; own44, own46, own67, own68,
    # followups2/45/60) asked; 第二十三条 (distance 2, higher) has 人民团体、社会组织, items of the list whose
    # 事业单位 own9's question named
    ("n22_志愿服务条例_2017.txt", "第二十一条"): "第二十三条",
    # 由村民直接选举产生 (own31), 不得指定、委派或者撤换 (own, own30), 每届任期五年 (followups4/6/8/13/53, own21),
    # 连选连任 (followups18/22): fully asked; 第十条 (distance 1, lower) has 执行村民会议、村民代表会议的决定、
    # 决议, an item of the run whose 办事公道，廉洁奉公 and 接受村民监督 own12 and own28 asked
    ("n09_村民委员会组织法_2018.txt", "第十一条"): "第十条",
    # 确定主办单位和会办单位, 由主办单位会同会办单位研究办理 (own4; the whole article): fully asked; 第十二条
    # (distance 1, lower) has 专门委员会…进行综合分析, the first step of the run whose 主任会议研究确定 own22 and
    # own38 asked
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十三条"): "第十二条",
    # 劝阻、批评或者教育 (own5, own45), 警告、训诫或者制止 (followups29, own5, own29), 现场处置措施 (own56;
    # 给予治安管理处罚 the other half): fully asked; 第三十三条 (distance 1, lower) drawn itself; 第三十五条
    # (distance 1, higher) has 社会团体、民办非企业单位, items of the list whose 村委会 and 企业 own19's question
    # named
    ("n18_浙江省信访条例_2016.txt", "第三十四条"): "第三十五条",
    # 开展人民建议征集工作的主体 (own16, own40, own46), 重要理念 (own62), 工作机构 or 人员 (own48), 经费 (own45):
    # fully asked; 第四条 (distance 1, lower; own8, own13, own14, own67, own69, followups, followups2) asked;
    # 第六条 (distance 1, higher) has item (四)'s 提出工作建议, the middle duty of a run whose 分析研判 and
    # 促进落实转化 own14, own41 and own57 asked
    ("n14_上海市人民建议征集若干规定_2021.txt", "第五条"): "第六条",
    # 舆论导向 (own49), 新闻报道、开设专栏 (own6, own7, own37, own69, followups29), 宣传力度 (own22, followups37),
    # 知晓度和参与度 (own37), 主体意识和参与意识 (own50): fully asked; 第十六条 (distance 1, lower; own3, own35,
    # own39, followups20/51/63) and 第十八条 (distance 1, higher; own15, own16, own26, own42) asked; 第十五条
    # (distance 2, lower) has 人民团体, an item of the list whose 自治组织 (own59) and 行业协会 (own31) were asked
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十七条"): "第十五条",
    # 大会秘书处负责受理 (own23), 十个工作日内…交办 (followups14/40/54, own5; the 人代工委 the other half),
    # 复核 (own54), 合并处理 (followups48), 退回代表或者转…参考 (own51), 平台交办 (own62): fully asked; 第十二条
    # (distance 1, lower; own29, own48, own64) asked; 第十四条 (distance 1, higher) has item (二)'s 由市人民政府
    # 及其相关部门办理, asked by no set (own53 asked the 特别重大事项 clause after it)
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十三条"): "第十四条",
    # 可以分设若干居民小组 (own65), 小组长由居民小组推选 (followups14, own51): fully asked; 第十三条 and 第十五条
    # (distance 1), 第十二条 and 第十六条 (distance 2), 第十一条 and 第十七条 (distance 3) asked; 第十条
    # (distance 4, lower) has 五分之一以上的户, the item of the proposers whose 居民 (own, own36) and 居民小组
    # (own69) were asked
    ("n08_城市居民委员会组织法_2018.txt", "第十四条"): "第十条",
    # 派出机关同意并统一安排 (own10, own12, own15, own31, own37, own46, own48), 进行业务指导 (own26, own69): fully
    # asked; 第十九条 (distance 1, lower) has 承担居民委员会的工作, the task of the 家属委员会 whose founding,
    # guidance and funds were asked (followups27/44, own7, own13, own52)
    ("n08_城市居民委员会组织法_2018.txt", "第二十条"): "第十九条",
    # 国家监察委员会根据宪法和法律…制定监察法规 (own64; 报…备案 the other half): fully asked; 第一百一十七条
    # (distance 1, lower) has 中央军事委员会根据宪法和法律，制定军事法规, asked by no set (followups66 and own67
    # asked 在武装力量内部实施)
    ("n10_立法法_2023.txt", "第一百一十八条"): "第一百一十七条",
    # 成绩显著的居民委员会 (followups31, own15), 有突出贡献的单位和个人 (followups38, own50), 各级人民政府
    # (own68): fully asked; 第二十八条 (distance 1, lower; own61, followups10/17/29/43/53) and 第三十条
    # (distance 1, higher; followups29/52, own69) asked; 第二十七条 (distance 2, lower) has 承担居民委员会的工作,
    # the task of the 家属委员会 whose founding (own64), guidance (own69) and funds (own32) were asked
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十九条"): "第二十七条",
    # 负责并报告工作 (own63), 召集和主持 (followups4), 每年至少举行二次 (own5), the proposers (followups5/13/33/43,
    # followups43 naming 居民, 户 and 居民小组): fully asked; 第十五条 (distance 1, lower) has 可以由全体…居民或者
    # 每户派代表参加，也可以由每个居民小组选举代表二至三人参加, asked of this article by no set
    # (followups61 and own60 asked 第十一条's election of the committee in like words)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十六条"): "第十五条",
    # the four steps (own5, own44, own46, own47, own48, followups19/25/33): fully asked; 第十二条 (distance 1,
    # higher) drawn itself, 第十条 (distance 1, lower; own28, own61, own70, followups62) asked; 第九条 and
    # 第十三条 (distance 2), 第八条 and 第十四条 (distance 3) asked; 第七条 (distance 4, lower) has item (七)'s
    # 优抚对象优待抚恤, an item of the list whose 最低生活保障, 残疾人保障, 困境儿童保障 and 关爱服务 own57, own67,
    # own69 and followups64 asked
    ("n17_山东省村务公开条例_2018.txt", "第十一条"): "第七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
