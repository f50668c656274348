"""Record of the seeded draw behind bench/questions/own63.jsonl (sixty-third held-out set, helper "own63").

Run: python -m bench.questions.draw_own63 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1367).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5-6 Dec 2026, from 23:53 UTC by the machine's `date`, helper "own63", branch own63,
worktree /work/wt-own63): the draw stops after 44 documents (22 laws with 2 articles each and 22 news
articles = 66). Not drawn: c_58542, c_60368, c_62147, n01, n03, n11, n19.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own63/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
As for own61 and own62, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own62 and
followups62 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Nineteen drawn articles hold only facts an earlier set
asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged by a script listing the article's clauses none of
whose 5-character pieces stands in any earlier answer phrase, then by reading; it can miss a fact asked
in other words. By reading, as in own62: the other half of a sentence whose first half was asked counts
as asked (n02 第三十五条's 并予以书面答复 beside followups32's 30日内提出复查意见; n18 第十三条's 互联共享 beside
own52's 集中录入网络信访系统; n10 第一百一十四条's 维护法制统一的原则 beside own9's 由接受备案的机关规定); a
list item, or one duty of a sentence listing several, counts as free when other items were asked (n05
第十一条, n24 第九条, n22 第四十条 item (三)); a fact asked only of another law or document in the same words
does not count (n08 for n23 and back, n09 for n24, n13 beside n20/n21, c_151 beside c_154, c_62179
beside c_61880). Two judgements of a fact asked in other words: n06 第十八条's items (七) 政府债务 and (八)
金融工作 count as asked through followups17/followups50 (第二十五条, debt reported yearly) and own22
(第二十六条, 金融工作情况报告制度), so n06 第二十条 went to 第二十四条 (distance 4); c_39907's 农委书记 is
presupposed by own10's C039. Seven drawn articles were used as drawn although every fact is asked,
because every article within distance 4 is asked, drawn or taken: n14 第九条 (QR002, own55's 云征集),
n17 第二条 (QR006, own35/own51/own62), n08 第二十一条 (QR073, own4), n22 第十二条 (QR028, own25), n25 第十条
(QR053, own and others) and 第八条 (QR019, own18/own54 and others; n25 exhausted, as own60 and own62 found),
n13 第三十二条 (QR061, own7/own9/own10/own11).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): definition 24, rights_duties 22, where_to_report 10, procedure 8,
deadline 8, numbers 8. See the section "## own63.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1367
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 原选区选民或者原选举单位 (own19): fully asked; 第九条 (distance 1, lower) drawn itself; 第十一条 (distance 1,
    # higher; 密切同代表的联系 own55, 加强代表工作能力建设 own34, 听取代表的意见和建议 own27) has 丰富代表联系人民群众的
    # 内容和形式, one of the duties its sentence lists, asked by no earlier set
    ("n05_人大代表法_2025.txt", "第十条"): "第十一条",
    # 便民利民的社区服务活动, 志愿服务活动 (own20, followups56): fully asked; 第十四条 (distance 1, lower; own2, own11,
    # own13, own21, own39, own49, own58, own61) asked; 第十六条 (distance 1, higher; 听证会 own28, 形成机制 own32) has
    # 组织、引导居民有序参与自治事务, asked by no earlier set
    ("n15_上海市居民委员会工作条例_2020.txt", "第十五条"): "第十六条",
    # 文史资料的征集、研究和出版 (own24): fully asked; 第十八条 (distance 1, lower; own23, own32, own54, own58) and
    # 第二十条 (distance 1, higher; own21, own62) asked; 第十七条 (distance 2, lower; 侨务政策 own10/own37) has
    # 为祖国的建设事业和统一祖国的大业作出贡献, asked by no earlier set
    ("c_154_中国人民政治协商会议章程.txt", "第十九条"): "第十七条",
    # 请求原办理机关 (followups18), 30日内 (own13's phrase stands here too), 复查意见 30日内 (followups32), 并予以书面
    # 答复 (the same sentence): fully asked; 第三十四条 (distance 1, lower; own55, own62, followups49) and 第三十六条
    # (distance 1, higher; followups, own13, own31) asked; 第三十三条 (distance 2, lower; 调解协议书 own47 and
    # followups) has 经争议双方当事人同意进行调解, asked by no earlier set
    ("n02_信访工作条例_2022.txt", "第三十五条"): "第三十三条",
    # 信访联合接待场所, 网络/电话信访平台, 集中录入网络信访系统 (own6, own8, own16, own52 and followups), 互联共享 (the
    # same sentence): fully asked; 第十二条 (distance 1, lower; own4, own10, own32, own39, own58) and 第十四条
    # (distance 1, higher; own17, own35, own43, followups60) asked; 第十一条 (distance 2, lower; items (一) own51,
    # (三) own55, (四) own47, (五) own30) has item (二), 携带危险物品、管制器具, asked by no earlier set
    ("n18_浙江省信访条例_2016.txt", "第十三条"): "第十一条",
    # 十五日内, 登记, 转送, 反馈办理结果 (own2, own8, own12, own17, own26, own41): fully asked; 第三十三条 (distance
    # 1, lower; items (一) own61, (二) own43, (三) own54, (五) own39, (六) own21) has item (四), 具有管理公共事务
    # 职能的组织, asked by no earlier set of n16 (own10 asked n03's same words)
    ("n16_上海市信访条例_2018.txt", "第三十四条"): "第三十三条",
    # 固定的村务公开栏, 五日, 重新公布, 自然村, 会议、广播 (own6, own20, own27, own30, own61, followups): fully asked;
    # 第十二条 and 第十四条 (distance 1), 第十一条 and 第十五条 (distance 2), 第十条 (distance 3, lower; own28, own61,
    # followups62) and 第十六条 (distance 3, higher) asked; 第九条 (distance 4, lower; 知情权、参与权和监督权 own4/own5/
    # own18) has 不断拓展和丰富村务公开的内容, asked by no earlier set
    ("n17_山东省村务公开条例_2018.txt", "第十三条"): "第九条",
    # 专项工作报告, 执法检查, 工作调研 (own, own7, own8, own58, followups32): fully asked; 第二十六条 (distance 1,
    # lower; own25, own62, followups21/38/52) and 第二十八条 (distance 1, higher; followups41) asked; 第二十五条
    # (distance 2, lower; 限期改正 own15/own46, 自查 own52, 代表参加 own55, 督办专题 own38, 代表工作机构 own62) has its
    # third paragraph, 各专门委员会应当对与本委员会有关的 (…办理工作…进行督促、检查), asked by no earlier set
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第二十七条"): "第二十五条",
    # 也可以自行招募志愿者, 与志愿服务组织合作, 参照…执行 (own27, own43, own44, own52): fully asked; 第四十条 (distance
    # 1, lower; items (一) own25, (二) own37, 责令改正 own23, 处分 own48) has item (三), 滥用职权、玩忽职守、徇私舞弊,
    # asked by no earlier set
    ("n22_志愿服务条例_2017.txt", "第四十一条"): "第四十条",
    # 六月至九月期间, 上一阶段国民经济和社会发展计划 (own25, followups60): fully asked; 第十九条 (distance 1, lower;
    # own9, own11, followups) and 第二十一条 (distance 1, higher; own26) asked; 第十八条 (distance 2, lower; items
    # (六) own42/own45, (九) own42/own61; (七) 政府债务 and (八) 金融工作 asked in other words by followups17/50 and
    # own22 of 第二十五条/第二十六条; (一)-(五) asked through 第十九条-第二十三条) and 第二十二条 (distance 2, higher;
    # own5, own32) asked; 第十七条 and 第二十三条 (distance 3) and 第十六条 (distance 4, lower; own43, own47, own50)
    # asked; 第二十四条 (distance 4, higher) has 应当每年…报告国有资产管理情况 (own42/own45 asked only that 第十八条's
    # supervision covers 国资), asked by no earlier set
    ("n06_监督法_2024.txt", "第二十条"): "第二十四条",
    # 不得提交决策机关讨论, 不得以征求意见等方式代替 (own, own4, own5, own17, own29, own48, own53, followups),
    # 明示法律风险 (own45, the same sentence as 探索性改革决策事项): fully asked; 第二十四条 (distance 1, lower;
    # 确保风险可控后 followups15) has 风险评估结果应当作为重大行政决策的重要依据, asked by no earlier set
    ("n04_重大行政决策程序暂行条例_2019.txt", "第二十五条"): "第二十四条",
    # 提供必要的条件 (own26, own58), 代表与选举任免工作委员会 (own30): fully asked; 第三条 (distance 1, lower; own16,
    # own19, own33, own35, own37, own45, own57) and 第五条 (distance 1, higher; own26, own54, own59) asked; 第二条
    # (distance 2, lower; own23, own29, own41, own46) asked; 第六条 (distance 2, higher; items (一) own8, (二)
    # own28, (三) own21, (四) own50, (六) own22) has item (五), 对尚未审理终结的具体司法案件提出具体意见, asked by no
    # earlier set
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第四条"): "第六条",
    # 代表与选举任免工作委员会负责 (own38), 省人民政府办公厅负责 (own), 列入目标考核内容 (own37, followups33): fully
    # asked; 第二十五条 (distance 1, lower; own36, own43, own50, own56, followups) and 第二十七条 (distance 1, higher;
    # own58, 督促…落实 the same sentence) asked; 第二十四条 (distance 2, lower; own14, own20, followups47) asked;
    # 第二十八条 (distance 2, higher; 民主评议、跟踪督办、第三方评估 own12/own39, 述职报告 own8/own28, 督办方案 own46,
    # 向主任会议报告 own60) has 代表建议、批评和意见联合督办制度, asked by no earlier set
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十六条"): "第二十八条",
    # 财产 managed by the 居委会, 不得侵犯 (own15, own41, own57, own59): fully asked; 第六条 (distance 1, lower; own14,
    # own31, own49, own54, own55, followups34) and 第八条 (distance 1, higher; own6, own29, own48) asked; 第五条
    # (distance 2, lower; items (一) 宣传 own60, 爱护公共财产 own36, 精神文明 own34, (二)-(六) own2, own27-own29,
    # own35) has item (一)'s 维护居民的合法权益, asked by no earlier set
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第七条"): "第五条",
    # 报街道办事处备案 (own11, own25, followups55), 组织、监督实施 (own26, own61), 执行居民会议的决定 (own32, 遵守
    # 居民公约 the same sentence), 不得相抵触 (own28): fully asked; 第十七条 (distance 1, lower; own3, own17-own19,
    # own35, own55, followups) and 第十九条 (distance 1, higher; own2, own19, own34, own43) asked; 第十六条 (distance
    # 2, lower; 召集和主持 followups4, 每年至少二次 own5, 提议 followups) has 居民委员会向居民会议负责并报告工作, asked by
    # no earlier set of n23 (own62 asked n08 第十条's same words)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十八条"): "第十六条",
    # 二十个工作日内 (own10), 填写具体意见, 召集…研究 (own38), 反馈人代工委 (own48), 回执 (own54): fully asked;
    # 第二十七条 (distance 1, lower; own, followups) asked, 第二十九条 drawn itself; 第二十六条 (distance 2, lower;
    # 领衔代表 own30/own38, 代表联系组组长 own31, 履职档案 own61) has 满意、基本满意、不满意等评价, asked by no
    # earlier set
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第二十八条"): "第二十六条",
    # 及时汇总 (own31), 不纳入…统计范围 (own, own12, own23, followups27/29/42): fully asked; 第二十八条 (distance 1,
    # lower) drawn itself; 第三十条 (distance 1, higher; 督促…研究办理 own56, 专门委员会 own55, 市政府办公厅 own41,
    # 两院 own45) has the second paragraph's 市人大常委会人代工委应当按照…安排…进行督促检查, asked by no earlier set
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第二十九条"): "第三十条",
    # 由接受备案的机关规定 (own9; 维护法制统一的原则 in the same sentence): fully asked; 第一百一十三条 (distance 1,
    # lower) has 将审查情况向提出审查建议的…反馈, asked by no earlier set
    ("n10_立法法_2023.txt", "第一百一十四条"): "第一百一十三条",
    # 应当向委员长会议报告 (own9): fully asked; 第三十七条 (distance 1, lower; 全体会议, 说明情况 own16) asked;
    # 第三十九条 (distance 1, higher; 听证会 own15, 座谈会、论证会、听证会 own54 of 第七十四条) has 需要进行可行性评价
    # 的，应当召开论证会, asked by no earlier set
    ("n10_立法法_2023.txt", "第三十八条"): "第三十九条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
