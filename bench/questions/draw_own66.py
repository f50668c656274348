"""Record of the seeded draw behind bench/questions/own66.jsonl (sixty-sixth held-out set, helper "own66").

Run: python -m bench.questions.draw_own66 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1377).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 02:23 UTC by the machine's `date`, helper "own66", branch own66,
worktree /work/wt_own66): the draw stops after 44 documents (22 laws with 2 articles each and 22 news
articles = 66). Not drawn: c_151, c_60368, c_60567, n02, n05, n06, n20.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own66/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
As for own61-own65, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own65 and
followups64 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Twenty drawn articles hold only facts an earlier set
asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged by a script listing, per sentence and list item, the
earlier answer phrases of the same document standing in it, then by reading, under own65's rule:
clauses parted by 。 or ； are separate facts, clauses joined by a comma are one sentence whose other half
counts as asked when one half was (n08 第二条's first sentence, n15 第八条, n13 第十四条's 主任会议研究确定,
n21 第十九条, n03 第十八条, n07 第三十九条), while the items of a list, or of a list-like run of duties or
principles in one sentence, count one by one (c_154 第三十四条 and 第十六条, n04 第七条, n10 第八条, n12 第三条,
n15 第十条 and 第三十一条, n21 第十八条, n22 第二十五条); a catch-all item (其他…) is no fact. A fact asked only
of another law or document in the same words does not count (n09 第三十条 beside n17/n24, n08 第三条 and
n10 第八条 beside n15, n15 第十条 beside n08, n24 第三十七条 beside n09, n13 第八条 beside n11/n12, n11 第十二条
beside n13, n19 第二十五条 beside n02, n07 第三十六条 beside n06), nor do the same words asked of another
article of the same law about another body (n01 第一百三十三条's 产生它的国家权力机关, asked by own47 of the
监察委员会 in 第一百二十六条; n19 第二十一条 item (二), asked by own34 of the courts in 第二十条). Judged asked in
other words or as a premise: n07 第四十一条's 往返的旅费 (own36's question). Read as free under the item
reading of own64/own65: n13 第十五条's 省人民代表大会…有关机构 (own16's question asked the whole list, with two
other items as its phrases), n11 第二十八条's and n21 第三十四条's reporting bodies.
Eight drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken (the least-asked fact taken, where possible a phrase no set used):
n23 第五条 (item (五), own35) and 第十七条 (item (二), own18), n14 第十条 (客观真实, own43) and 第十五条 (its first
paragraph, own44; the phrase asked by no set), n17 第二十条 (own3/own10) and 第十二条 (一般事项, own46; n17
exhausted, as own65 found), n25 第四条 (its third paragraph, own28) and 第六条 (followups48 and others; n25
exhausted, as own60-own65 found).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 24, definition 21, where_to_report 10, procedure 9, deadline 8,
numbers 8. See the section "## own66.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1377
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 不得利用委员身份牟取个人、小团体和特定关系人的利益 (own28, followups61), 正确处理个人职业活动与履行职责的
    # 关系 (own60, the same sentence): fully asked; 第三十四条 (distance 1, lower) has 了解和反映他们的愿望和要求, one
    # duty of a list-like run whose others (密切联系群众, 参加本会组织的会议和活动) own2 asked
    ("c_154_中国人民政治协商会议章程.txt", "第三十五条"): "第三十四条",
    # 侨务政策 and 联系和团结 (own10, own37), 鼓励他们…作出贡献 (own63): every duty of the run asked; 第十六条
    # (distance 1, lower) has 支持政府依法管理宗教事务, one duty of the run whose others own38 (独立自主自办,
    # 宗教信仰自由政策) and own46 (中国化方向) asked
    ("c_154_中国人民政治协商会议章程.txt", "第十七条"): "第十六条",
    # 不受法律追究 (own3, the whole sentence): fully asked; 第三十八条 (distance 1, lower; own17), 第四十条 (distance
    # 1, higher; followups6/36, own22, own12, own6), 第三十七条 (distance 2, lower; own34) and 第四十一条 (distance
    # 2, higher; own36, 往返的旅费 its question's premise) asked; 第三十六条 (distance 3, lower) has its fourth
    # paragraph, 调查委员会应当向本级人民代表大会提出调查报告, asked by no earlier set of n07 (followups31 asked
    # n06's 提出调查报告); 第四十二条 (distance 3, higher) also has a free first paragraph, the lower one taken
    ("n07_地方组织法_2022.txt", "第三十九条"): "第三十六条",
    # 本级人民代表大会及其常务委员会的监督 and 审计机关 (own25; 出台前…报告 the same sentence), 加强对下级行政机关
    # (own33): fully asked; 第七条 (distance 1, lower) has 依法履行法定程序, one duty of the run whose others
    # (遵循依法决策原则, 严格遵守法定权限 own24; 保证决策内容符合法律 own61) were asked
    ("n04_重大行政决策程序暂行条例_2019.txt", "第八条"): "第七条",
    # 其办理工作即行终止 (followups3/6/20), 以书面形式提出 (own29): fully asked; 第八条 (distance 1, lower; 明确具体
    # own30, 亲笔签名 and 履职网络平台 followups22/own19/own22) has the step 使用统一印制的代表建议、批评和意见专用纸,
    # asked by no set (一事一议 asked only of n11 and n12, by own8/own11/own60)
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第九条"): "第八条",
    # 每年选择若干件…重点督办 (followups24), 综合分析 and 征求意见 (own47; 主任会议研究确定 the same sentence),
    # items (一) and (二) own13, (二) and (三) own20, (四) own46: fully asked; 第十三条 (distance 1, lower; own26,
    # followups30/34) asked; 第十五条 (distance 1, higher) has the item 省人民代表大会及其常务委员会有关机构, asked as an
    # answer by no set (own16 asked the list through its 省人民政府 and 法院、检察院 items)
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第十四条"): "第十五条",
    # 定期评估审查 and 动态调整机制 (own54), 因情势变化可以公开的政府信息应当公开 (own58): fully asked; 第十七条
    # (distance 1, lower) is asked by no earlier set: its third paragraph, 报有关主管部门或者保密行政管理部门确定,
    # taken (own64 asked n25's 保密行政管理部门确定的)
    ("n03_政府信息公开条例_2019.txt", "第十八条"): "第十七条",
    # 暂时调整或者暂时停止适用 (own29, own4; the whole sentence): fully asked; 第七十八条 (distance 1, lower; own36
    # asked its second paragraph, 标准文本) has its first paragraph, 在国务院公报和中国政府法制信息网…刊载, asked by
    # no set
    ("n10_立法法_2023.txt", "第七十九条"): "第七十八条",
    # item (一) (own8), item (二) (own12), item (三) a catch-all: fully asked; 第十七条 (distance 1, lower; items
    # (三) own27, (六) own63, (七) own55) has item (四), 对行政机关及其工作人员职务行为的建议、意见或者…投诉请求,
    # asked by no set; 第十九条 (distance 1, higher) is asked by no set as an answer (own57 asked its consequence
    # through 第二十条 item (一)); the lower one taken
    ("n18_浙江省信访条例_2016.txt", "第十八条"): "第十七条",
    # 相关国家机关协商受理 and 共同的上一级国家机关 (own23), 由继续行使其职权的国家机关受理 (followups12), 由批准撤销、
    # 合并或者分立的国家机关受理 (own34): fully asked; 第二十条 (distance 1, lower; every item and the time limits
    # asked: own57, own59, own54, own53, followups29/33/50, own46, own42, followups32, own50) asked; 第二十二条
    # (distance 1, higher; own2 and own31 asked its second paragraph) has its first paragraph, 国家机关应当根据法律、
    # 法规、规章和政策的规定及时办理信访事项, asked by no set
    ("n18_浙江省信访条例_2016.txt", "第二十一条"): "第二十二条",
    # 批评和建议的权利 (followups48), 申诉、控告或者检举 and 不得捏造 (own14), 必须查清事实 (followups57), 不得压制和
    # 打击报复 (followups26), 取得赔偿的权利 (followups19, own26): fully asked; 第四十条 (distance 1, lower; own17
    # and own51 asked the 检查 exception) has its first sentence, 通信自由和通信秘密受法律的保护, asked by no set
    ("n01_宪法.txt", "第四十一条"): "第四十条",
    # 由大会秘书处负责 (own62), 代表联络工作部门负责 (own43), 可以在交办前撤回 (followups50, own6), 可以建议代表撤回
    # (own32): fully asked; 第十二条 (distance 1, lower; 不得牟取个人利益 own44, items (三) followups11, (四) own39,
    # (五) followups63, (六) followups24, (七) own47) has item (二), 属于法律或者政策咨询、学术探讨、产品推介的, asked
    # by no earlier set of n11 (followups22 and own57 asked n13's 学术探讨、产品推介)
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十三条"): "第十二条",
    # 集中反映的问题确定议题 (own11, own20, own25; the whole sentence): fully asked; 第二十八条 (distance 1, lower;
    # 每年听取并审议 own17/own4, 印发下一次人民代表大会会议 own20/own53) has the bodies whose reports are heard,
    # 市人民政府、市高级人民法院、市人民检察院以及…代表联络工作部门, asked as an answer by no set
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第二十九条"): "第二十八条",
    # 推动农村社区建设 (own65), 联合实施 (own46), 不参加村民委员会组织 and 参与农村社区建设 (own, own12, own29):
    # fully asked; 第三十七条 (distance 1, lower; own12, own18, own39, own7 asked items of the archive list) has
    # its second paragraph, 村务档案应当真实、准确、完整、规范, asked by no earlier set of n24 (own58 asked n09's
    # same words)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第三十八条"): "第三十七条",
    # 创新服务形式 and 拓展自治内容 (own10; 不断提高居民自治能力和水平 the same sentence): fully asked; 第七条 (distance
    # 1, lower; own40, own6) and 第九条 (distance 1, higher; own55, own17, followups15/34/51) asked; 第六条 (distance
    # 2, lower; own40, own60, own10, own29, own33, own37) asked; 第十条 (distance 2, higher) has its second
    # paragraph's duties 热心为居民服务，接受居民监督, of the run whose 办事公道，廉洁奉公 own64 asked (own20/own32 asked
    # n08's 接受居民监督)
    ("n15_上海市居民委员会工作条例_2020.txt", "第八条"): "第十条",
    # 多种形式收集居民的意见和建议 (own22; 对居民反映的问题及时协调处理 the same sentence), 向街道办事处、乡镇人民政府
    # …报告 (followups19, own19, own59): fully asked; 第二十九条 (distance 1, lower; own28, own49, own51, own60,
    # followups12) asked; 第三十一条 (distance 1, higher; own16/own48/own7 asked its first paragraph, own46 and own14
    # the ways 加强分类指导 and 开展专业培训) has the third way, 总结推广经验, asked by no set
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十条"): "第三十一条",
    # 集体研究办理工作 and 提出解决方案和落实措施 (own21), 主要领导牵头办理 (own18): fully asked; 第十八条 (distance
    # 1, lower; 二十个工作日内与代表沟通 own4/own9) has the duty 为代表了解所提建议、批评和意见的办理情况提供便利,
    # asked by no set; 第二十条 (distance 1, higher) also has a free sentence (分别答复代表), the lower one taken
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十九条"): "第十八条",
    # 集中反映的问题确定议题 (own3; the whole sentence): fully asked; 第三十四条 (distance 1, lower; 每年十一月审议
    # own13, the report's contents own14, 每年听取 own28, 印发 own29) has the bodies whose reports are reviewed,
    # 市人民代表大会常务委员会主任会议、市人民政府、…, asked as an answer by no set (own45 asked 第三十条's 法院检察院)
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十五条"): "第三十四条",
    # 促进志愿服务事业发展的政策和措施 (own35), 为志愿服务提供指导和帮助 (own47): fully asked; 第二十六条 (distance
    # 1, lower; 可以向民政部门…投诉、举报 followups/followups16/own5/own45, 告知投诉人 own45) has the ；-clause
    # 接到投诉、举报，应当及时调查处理, asked by no set
    ("n22_志愿服务条例_2017.txt", "第二十七条"): "第二十六条",
    # 企业事业单位、基层群众性自治组织 (own11, the list and its 场所): fully asked; 第二十七条 (distance 1, lower)
    # drawn itself; 第二十九条 (distance 1, higher; own27, followups39/45/49/54/60) asked; 第二十六条 (distance 2,
    # lower) taken by 第二十七条's substitution; 第三十条 (distance 2, higher; own19, own29, own47, own49) asked;
    # 第二十五条 (distance 3, lower) has 不得以志愿服务名义进行营利性活动, the other prohibition of the run beside
    # followups20/own5's 不得强行指派志愿者, asked by no set
    ("n22_志愿服务条例_2017.txt", "第二十八条"): "第二十五条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
