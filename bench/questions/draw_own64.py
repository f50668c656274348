"""Record of the seeded draw behind bench/questions/own64.jsonl (sixty-fourth held-out set, helper "own64").

Run: python -m bench.questions.draw_own64 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1369).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 00:32 UTC by the machine's `date`, helper "own64", branch own64,
worktree /work/wt-own64): the draw stops after 43 documents (23 laws with 2 articles each and 20 news
articles = 66). Not drawn: c_151, c_60368, c_61580, c_61598, c_61880, n03, n12, n19.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own64/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
As for own61-own63, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own63 and
followups62 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Seventeen drawn articles hold only facts an earlier set
asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged by a script listing, per sentence and list item, the
earlier answer phrases of the same document standing in it, then by reading; it can miss a fact asked
in other words. By reading, as in own62/own63: the other half of a sentence whose first half was asked
counts as asked (n08 第十一条's 应当采取民主的方法 beside own61's 不得强迫命令; n06 第六十二条's 过半数通过
beside followups10's 无记名投票; n21 第二条's 向市人民代表大会及其常务委员会提出 beside own50's 会议期间和闭会
期间; n22 第十五条's 相适应 beside followups38/56's 不得要求…超出其能力; n15 第八条's 不断提高居民自治能力和
水平 beside own10); a list item counts as free when other items were asked (n13 第二十九条's 述职评议,
n25 第四条 item (二), n24 第四十四条 item (二), n18 第二十六条 item (一), n18 第三十三条 item (一)), but a
catch-all item (其他…) is no fact (n14 第六条 (五), n20 第六条 (七), n25 第十二条 (八), n24 第四十五条 (三));
a fact asked only of another law or document in the same words does not count (n08 beside n23, n24
beside n09, n21 beside n13, n18 beside n02, n15 beside n08/n09/n23/n24, n09 beside n24). Facts judged
asked in other words: n21 第四条's 大会秘书处…受理、交办 (own23 and own62 of 第十三条), n22 第十二条's 可以
招募志愿者 (own43's 由志愿服务组织招募志愿者), n18 第二十六条 item (五)'s 查询 (own19/followups40 of
第九条), n06 第十八条's items (as own63 judged). One judgement differs from own63: n06 第十七条's second
sentence (研究处理情况…征求意见后，向常务委员会提出书面报告) is read as a fact own8's 交由…研究处理 does not
ask, so n06 第十九条 went to 第十七条 (distance 2).
Eleven drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken: n15 第二条 (own4), n25 第十二条 (own29; n25 exhausted, as own60,
own62 and own63 found), n11 第三十三条 (own5/own16) and 第二十一条 (own's O071), n14 第七条 (own46) and
第八条 (own26), n20 第五条 (own54), n21 第二条 (own50), n22 第十五条 (by the other-half reading; the
phrase asked by no set), n17 第九条 (own63) and 第二十二条 (own32).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 21, definition 19, where_to_report 12, procedure 10,
deadline 9, numbers 9. See the section "## own64.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1369
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 询问和质询 by 代表 (followups21, own12, own18) and by 常委会组成人员 (own62): fully asked; 第二十七条
    # (distance 1, lower; own4, own16, own56, own43, followups39) asked; 第二十九条 (distance 1, higher; 跟踪督办、
    # 特定问题调查 own5, 人事代表工作机构负责 own15, 如实汇报 own20/own31/own42) has 述职评议, one item of the
    # list of 监督 forms, asked by no earlier set
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第二十八条"): "第二十九条",
    # 特定问题的调查委员会 (own7): fully asked; 第二十一条 (distance 1, lower; 全国 own18/own32, 乡镇 own16) has
    # 罢免案应当写明罢免的理由, asked by no earlier set (第二十三条, higher, has only the other half of own49's
    # 弃权 sentence)
    ("n05_人大代表法_2025.txt", "第二十二条"): "第二十一条",
    # 支持所在地的居民委员会 (own6, own40): fully asked; 第六条 (own10, own29, own33, own37, own40, own60) and
    # 第八条 (own10; 不断提高居民自治能力和水平 the same sentence) (distance 1), 第五条 (own23, own29, own42, own53)
    # and 第九条 (own55, own17 and followups; 便于居民自治和服务、管理的原则 the same sentence as own55's) (distance
    # 2), 第四条 (distance 3, lower; own19, 服务居民群众 the same sentence) asked; 第十条 (distance 3, higher;
    # 选举产生 own57, 设立若干委员会 own39/followups60, 楼组、弄堂 own38) has 办事公道，廉洁奉公, asked by no
    # earlier set of n15 (own12/own13/own28/own29 asked n09/n24's, own8/own14/own24 n08/n23's 办事公道)
    ("n15_上海市居民委员会工作条例_2020.txt", "第七条"): "第十条",
    # 少数服从多数 (own4), 不得强迫命令 (own61; 应当采取民主的方法 the same sentence): fully asked; 第十条 (distance
    # 1, lower) drawn itself; 第十二条 (distance 1, higher; own24, own39, own45, own56) asked; 第九条 and 第十三条
    # (distance 2) asked; 第八条 (distance 3, lower; 每户派代表 own26, 任期五年 own14, 居住期限 own63) has
    # 依照法律被剥夺政治权利的人除外, asked by no earlier set of n08 (own62 asked n23 第十二条's same words)
    ("n08_城市居民委员会组织法_2018.txt", "第十一条"): "第八条",
    # 最高审判机关 (own18, own46), 上级人民法院监督下级 (own7): fully asked; 第一百三十一条 (distance 1, lower;
    # own21, own23) asked; 第一百三十三条 (distance 1, higher; 地方各级人民法院 own47) has 最高人民法院对全国人民
    # 代表大会…负责, asked by no earlier set
    ("n01_宪法.txt", "第一百三十二条"): "第一百三十三条",
    # 保证本办法的实施 (own11; 保障村民依法行使自治权利 the same sentence): fully asked; 第四十六条 (distance 1,
    # lower; own8, own21, own30) asked; 第四十五条 (distance 2, lower; items (一) own30, (二) own31, (三) a
    # catch-all) asked; 第四十四条 (distance 3, lower; 责令改正 own9/own21/own49, item (一) asked through own9/
    # own21's 私分集体的钱) has item (二), 收受、索取财物, asked by no earlier set
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第四十七条"): "第四十四条",
    # 档案机构或者档案工作人员保管 (own47, own61), 档案管理的法律 (own13, own42, own45, own52, own55,
    # followups10/41): fully asked; 第六条 and 第八条 (distance 1), 第五条 and 第九条 (distance 2) asked; 第四条
    # (distance 3, lower; 作出答复的机关 followups37/44, 受理申请的机关 own2 and followups, item (一) own33, 署名的
    # 机关 own20/own31/own36) has item (二), 保密行政管理部门确定的, asked by no earlier set
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第七条"): "第四条",
    # 每年六月 (followups12/56), 六月至九月期间 (own9, followups60), 按预算数…分别列出 (own11; 并作出说明 the same
    # sentence): fully asked; 第十八条 (distance 1, lower; judged asked as own63 judged it) and 第二十条 (distance
    # 1, higher; own25, followups60) asked; 第十七条 (distance 2, lower; 交由…研究处理 own8, 决议 followups31, 执行
    # 决议 own, 跟踪监督 own34, 向社会公布 own55) has its second sentence, 由其办事机构送交…征求意见后，向常务
    # 委员会提出书面报告, asked by no earlier set
    ("n06_监督法_2024.txt", "第十九条"): "第十七条",
    # 撤职的对象和理由 (own17), 申辩意见 (own14, own27), 无记名投票 (followups10; 全体组成人员的过半数通过 the same
    # sentence): fully asked; 第六十一条 (distance 1, lower; own23, own45, own46) and 第六十三条 (distance 1,
    # higher; own13, own14, own20, own25, own30, own41, followups17) asked; 第六十条 (distance 2, lower) has
    # 可以决定撤销本级人民政府个别副省长…副县长…的职务, asked by no earlier set
    ("n06_监督法_2024.txt", "第六十二条"): "第六十条",
    # 每十五户至五十户 (followups4/49), 由本组居民推选 (own40, followups44/55): fully asked; 第二十一条 (distance 1,
    # lower; 兼任 own25/own44, 不足二百户 own8/own51 and followups) has 设人民调解、治安保卫、公共卫生、计划生育…等
    # 委员会, asked by no earlier set of n23 (own35 asked 第五条's list of tasks)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十二条"): "第二十一条",
    # 北京市民政局负责解释 (followups29/52): fully asked; 第二十九条 (distance 1, lower; own15, own50, followups31/38)
    # and 第二十八条 (distance 2, lower; own61, followups) asked (higher side: the last article and beyond);
    # 第二十七条 (distance 3, lower; 经费 own32, 待遇 own46/own53, 派代表参加 followups29, 支持 own57) has 家属
    # 聚居区应当单独成立家属委员会, asked by no earlier set of n23 (followups27 asked n08's same words)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第三十条"): "第二十七条",
    # 应当与其充分协商 (own58), 说明争议的主要问题 (own35, followups33; the other views the same sentence): fully
    # asked; 第十二条 (distance 1, lower; 两个以上方案 own59) has 人财物投入、资源消耗、环境影响等成本…分析预测,
    # asked by no earlier set
    ("n04_重大行政决策程序暂行条例_2019.txt", "第十三条"): "第十二条",
    # 跟踪办理制度, 妥善解决后再次答复 (own, own16, own33), 说明原因 (followups23): fully asked; 第十九条 (distance 1,
    # lower) has 对能够及时解决的，应当予以解决, asked by no earlier set of n20 (own45 asked n13's 注重解决实际问题)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十条"): "第十九条",
    # 对本级人民代表大会负责并报告工作 (own25), 设立常务委员会 (own30): fully asked; 第四十五条 (distance 1, lower)
    # asked; 第四十七条 (distance 1, higher) has 常务委员会的组成人员不得担任国家行政机关…的职务, asked by no
    # earlier set (followups11/22/55 and own28 asked 第十八条's rule for 乡镇人大主席、副主席)
    ("n07_地方组织法_2022.txt", "第四十六条"): "第四十七条",
    # 应当回避, 由信访工作机构负责人决定 (own14, followups13/21/32/35): fully asked; 第二十六条 (distance 1, lower;
    # item (五)'s 查询 asked in other words by own19/followups40 of 第九条, 不得丢失…销毁 own57) has item (一),
    # 文明接待，不得刁难、歧视信访人, asked by no earlier set
    ("n18_浙江省信访条例_2016.txt", "第二十七条"): "第二十六条",
    # 已有法律责任规定的，从其规定 (own14): fully asked; 第三十条 and 第三十二条 (distance 1) and 第二十九条
    # (distance 2, lower) asked; 第三十三条 (distance 2, higher; item (二) own62) has item (一), 推诿、敷衍、拖延,
    # asked by no earlier set of n18 (own10 asked n02's same words)
    ("n18_浙江省信访条例_2016.txt", "第三十一条"): "第三十三条",
    # 依法成立行业组织 (own, own26, followups26), 反映行业诉求 (own37): fully asked; 第八条 and 第十条 (distance
    # 1), 第七条 and 第十一条 (distance 2), 第六条 (distance 3, lower) asked; 第十二条 (distance 3, higher; 可以招募
    # 志愿者 asked in other words by own43) asked; 第五条 (distance 4, lower; 精神文明建设指导机构 own62) has
    # 工会、共产主义青年团、妇女联合会…做好相应的志愿服务工作, asked by no earlier set
    ("n22_志愿服务条例_2017.txt", "第九条"): "第五条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
