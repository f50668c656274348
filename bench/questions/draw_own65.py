"""Record of the seeded draw behind bench/questions/own65.jsonl (sixty-fifth held-out set, helper "own65").

Run: python -m bench.questions.draw_own65 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1373).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 01:13 UTC by the machine's `date`, helper "own65", branch own65,
worktree /work/wt-own65): the draw stops after 43 documents (23 laws with 2 articles each and 20 news
articles = 66). Not drawn: c_2522, c_60737, c_60860, c_60915, c_62179, n09, n13, n14.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own65/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
As for own61-own64, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own64 and
followups63 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Sixteen drawn articles hold only facts an earlier set
asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged by a script listing, per sentence and list item, the
earlier answer phrases of the same document standing in it, then by reading; it can miss a fact asked
in other words. By reading, one rule was held throughout: clauses parted by 。 or ； are separate facts,
clauses joined by a comma are one sentence, whose other half counts as asked when one half was (n10
第一百一十四条's 维护法制统一的原则 beside own9's 由接受备案的机关规定; n21 第十条's 专用纸 beside
followups27/own46's 纸质件及其电子件; n03 第二十三条's 建立健全政府信息发布机制 beside own20's channels;
n15 第十九条 beside own12's 说服、疏导; n18 第二十五条 and 第三十条; n20 第二十二条, 第二十六条,
第二十七条 and 第二十八条; n11 第六条, 第七条 and 第八条; n08 第十四条 and 第十七条; n23 第十八条 and
第二十五条), while the items of a list, or of a list-like run of principles, duties or steps in one
sentence, count one by one, as own63/own64 took n02 第十条 (so n02 第四条's 坚守人民情怀 beside own16/own39/
own60's principles is free); a catch-all item (其他…) is no fact. A fact asked only of another law or
document in the same words does not count (n24 beside n09, n23 beside n08, n21 beside n20/n12, n19 beside
n16, n18 beside n16). Facts judged asked in other words or as a premise: c_154 第四十三条's 全体会议每年
举行一次 (followups3/36, own5/own10 of c_151 第9段; own20's question), c_154 第四十四条 item (二) (followups59
of 第四十五条), n11 第十条's 可以一人提出 (followups54's question), n12 第十一条's third paragraph (own4/own31/
own57 of 第十二条), n18 第二十六条 item (五) (as own64 judged), c_62022 第4段's 把握精神实质 (own58's 准确把握
精神要义), c_62238's 龙慧芬 (named in own43/own47/own55/own60/own61's questions).
Eleven drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken (the least-asked fact taken, where possible a phrase no set used):
c_154 第四十条 (own52; 第四十四条, the only free neighbour, went to 第四十一条, nearer), n25 第十一条 (own21)
and 第三条 (followups16/52; n25 exhausted, as own60-own64 found), n11 第七条 (own9/own17/own57; the phrase
asked by no set) and 第三十三条 (own5/own16/own64), n08 第十四条 (followups14/own51) and 第十七条 (followups27/
own61), n20 第二十四条 (own20), n17 第八条 (eight sets), n12 第九条 (four sets), n22 第十二条 (own43 in other
words; the phrase asked by no set).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 24, definition 22, where_to_report 9, procedure 9, deadline 8,
numbers 8. See the section "## own65.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1373
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 任期五年 (followups45 of 第五十二条, the words of this article), 延长任期 (followups, followups6/40): fully
    # asked; 第四十条 (distance 1, lower) drawn itself; 第四十二条 (distance 1, higher; own25), 第三十九条 (distance 2,
    # lower; own11, own14), 第四十三条 (distance 2, higher; 临时召集 own20, 每年举行一次 followups3/36 and own5/own10
    # of c_151), 第三十八条 (distance 3, lower; own22, own24, own43, followups61) asked; 第四十四条 (distance 3,
    # higher; items (一) own2/own36, (三) own57, (五) own56, (二) followups59 of 第四十五条) has item (四)'s
    # 提案工作情况报告, asked by no earlier set (own58 asked 第五十五条's 常务委员会的工作报告 of the local committees);
    # 第四十条, drawn beside it and as fully asked, would reach 第四十四条 only at distance 4, so it is used as drawn
    ("c_154_中国人民政治协商会议章程.txt", "第四十一条"): "第四十四条",
    # 向同级党委请示报告 (own, own6, own21, followups44): fully asked; 第三十条 (distance 1, lower) drawn itself;
    # 第三十二条 (distance 1, higher; 公报和政府网站 own7/followups32, 新闻发布会 own43, 专家论证意见的采纳情况 own60)
    # has its last sentence, 依法不予公开的除外, asked by no earlier set
    ("n04_重大行政决策程序暂行条例_2019.txt", "第三十一条"): "第三十二条",
    # 由接受备案的机关规定 (own9; 按照维护法制统一的原则 the same sentence): fully asked (own63 judged the same);
    # 第一百一十三条 (distance 1, lower; own63's 反馈, 并可以向社会公开 the same sentence) asked; 第一百一十五条
    # (distance 1, higher) has 备案审查衔接联动机制 and 及时移送有关机关处理, asked by no earlier set of n10 (own15
    # asked n06's same words)
    ("n10_立法法_2023.txt", "第一百一十四条"): "第一百一十五条",
    # 可以转为代表建议、批评和意见 (own12): fully asked; 第十条 (distance 1, lower; 纸质件及其电子件 followups27/own46,
    # 专用纸 the same sentence) and 第十二条 (distance 1, higher; own29, own48, own64) asked; 第九条 (distance 2,
    # lower; item (一) own18, 分成若干 own45) has item (四), 属于检举、申诉、控告的, asked by no earlier set
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十一条"): "第九条",
    # 采用书信、电话等形式 (own16, followups44/51), 代表人数不得超过五人 (own7, followups6): fully asked; 第十条
    # (distance 1, lower; own2, own5, own6, own43, own52 and followups) and 第十二条 (distance 1, higher; every
    # item has a piece asked: own40, own31, own56, own23) asked; 第九条 (distance 2, lower; item (三) own35, (四)
    # own's O046 and own38; (一) 遵守法律、法规、规章, the general duty) has item (二), 如实反映情况，不得
    # 捏造、歪曲事实，诬告、陷害他人, asked by no earlier set of n19 (own33 asked n16's 不得诬告、陷害他人)
    ("n19_河南省信访条例_2012.txt", "第十一条"): "第九条",
    # 协助…不属于自己管理的国家机关…进行工作 and 监督它们遵守和执行法律和政策 (own49, both halves): fully asked;
    # 第八十三条 (distance 1, lower) has 受人民政府统一领导 and 受…主管部门的业务指导或者领导, asked by no earlier set
    ("n07_地方组织法_2022.txt", "第八十四条"): "第八十三条",
    # 跨部门指挥协调机制 (followups63): fully asked; 第八十条 (distance 1, lower; own54 asked its first paragraph)
    # has its second paragraph, 上级人民政府应当对下级人民政府的区域合作工作进行指导、协调和监督, asked by no set
    ("n07_地方组织法_2022.txt", "第八十一条"): "第八十条",
    # 提高居民评价的权重 (own25, own34, followups56), 知晓度、参与度、满意度 (own25), 民主评议 (own58), 每年不得少于
    # 一次 (own20, followups9; 听取居民意见 the same sentence): fully asked; 第十七条 (distance 1, lower) drawn itself;
    # 第十九条 (distance 1, higher; 说服、疏导 own12, the same sentence as the rest; 自愿、平等 followups32/34) and
    # 第十六条 (distance 2, lower; own28, own32, own63) asked; 第二十条 (distance 2, higher; 代行 own6/own8/
    # followups56, 告知 own35, 督促 own61, 担任 followups16/52) has its first paragraph, 协助…做好业主委员会组建和
    # 换届选举的组织工作, asked by no earlier set
    ("n15_上海市居民委员会工作条例_2020.txt", "第十八条"): "第二十条",
    # 一般应当采用书信…形式 and 接待时间内 (own23; 到指定的接待场所提出 the same sentence), 真实姓名…联系方式 (own42),
    # 明确的请求、事实、理由 (own62): fully asked; 第十六条 (distance 1, lower; own60, the whole sentence) and
    # 第十八条 (distance 1, higher; own28, own46, followups24/26/47/50) asked; 第十五条 (distance 2, lower; items
    # (一) own51, (二) own33/followups2, (三) own27) asked; 第十九条 (distance 2, higher) has item (三), 督查、协调
    # 信访事项的办理和通报信访事项的办理情况, asked by no earlier set (own37 asked 第二十一条's courts, own53
    # 第二十条's government office)
    ("n16_上海市信访条例_2018.txt", "第十七条"): "第十九条",
    # 具有管理公共事务职能的组织 (own10), 适用本条例 (own5): fully asked; 第五十三条 (distance 1, lower; item (二)
    # own11, 由上一级行政机关责令改正 own17/own36) has item (一), 不依法履行政府信息公开职能, asked by no earlier set
    # (第五十五条, distance 1 higher, also has a free first paragraph; the lower one taken)
    ("n03_政府信息公开条例_2019.txt", "第五十四条"): "第五十三条",
    # 政府公报、政府网站…新闻发布会 (own20; 建立健全政府信息发布机制 the same sentence): fully asked; 第二十二条
    # (distance 1, lower; own14, the whole sentence) and 第二十四条 (distance 1, higher; own19, own55, own60,
    # followups34) asked; 第二十一条 (distance 2, lower; own's O054 asked the list for 乡(镇)) has the list for
    # 设区的市级、县级人民政府, 市政建设、公共服务、公益事业…, asked by no earlier set
    ("n03_政府信息公开条例_2019.txt", "第二十三条"): "第二十一条",
    # 每季度 (own46), 逐项逐笔每月公布一次 (own19 and followups), 随时公布 (own49, followups9): fully asked;
    # 第十一条 and 第十三条 (distance 1), 第十条 and 第十四条 (distance 2), 第九条 and 第十五条 (distance 3)
    # asked, 第八条 (distance 4, lower) drawn itself; 第十六条 (distance 4, higher; the 提出 time limits own2/own12,
    # followups18/47/55, 纠正 own31, 找谁提 own16) has 村民委员会应当自收到异议之日起五日内给予答复, asked by no set
    ("n17_山东省村务公开条例_2018.txt", "第十二条"): "第十六条",
    # 持本人有效身份证件, 指定的接待场所, 推选的代表, 三人/五人 (own18, own21, own62 and followups): fully asked;
    # 第十四条 (distance 1, lower; own17, own35, own43, followups60) asked; 第十六条 (distance 1, higher; items (一)
    # own56, (四) own35, (五) own11/own50) has item (三), 对本级人民代表大会…人民法院、人民检察院工作的建议、意见,
    # asked by no earlier set of n18 (own11 asked n16's same words)
    ("n18_浙江省信访条例_2016.txt", "第十五条"): "第十六条",
    # 人民调解、行政调解、司法调解联动 (own13, own21, followups31), 说服教育…心理疏导 (own37), 咨询服务 (followups38),
    # 专业机构和专业工作者 (own33): fully asked; 第二十七条 and 第二十九条 (distance 1), 第二十六条 (distance 2,
    # lower; every item asked, (五) as own64 judged) and 第三十条 (distance 2, higher; 询问有关人员 the same sentence
    # as own54's), 第二十五条 and 第三十一条 (distance 3) asked; 第二十四条 (distance 4, lower; 复查 and 复核 own4,
    # own7, own12, own45 and followups, 重新处理 own40) has 复查、复核，按照国家、省的相关规定执行, asked by no set
    ("n18_浙江省信访条例_2016.txt", "第二十八条"): "第二十四条",
    # 人民调解…委员会 (own64), 兼任 (own25, own44), 不足二百户 (own8, own51 and followups): fully asked; 第二十条
    # and 第二十二条 (distance 1), 第十九条 and 第二十三条 (distance 2), 第十八条 (distance 3, lower; 遵守居民公约 the
    # same sentence as own32's) asked; 第二十四条 (distance 3, higher; 向居民筹集 own11/followups17, 受益单位
    # followups54) has the ；-clause 收支帐目应当及时公布，接受居民监督, asked by no earlier set of n23 (followups48
    # and own20 asked n08's same words)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十一条"): "第二十四条",
    # 居民委员会可以拒绝 (followups10/17/29/43/53), 同意并统一安排 (own61): fully asked; 第二十七条 (distance 1,
    # lower; 不参加 own57, 派代表参加 followups29, 家属委员会 own64, 经费 own32, 待遇 own46/own53) has its second
    # paragraph's ；-clause, 前款所列单位的职工及家属、军人及随军家属，参加居住地区的居民委员会, asked by no earlier
    # set of n23 (followups16/32 and own50 asked n08's same words)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十八条"): "第二十七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
