"""Record of the seeded draw behind bench/questions/own67.jsonl (sixty-seventh held-out set, helper "own67").

Run: python -m bench.questions.draw_own67 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1381).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (6 Dec 2026, from 03:17 UTC by the machine's `date`, helper "own67", branch own67,
worktree /work/wt_own67): the draw stops after 44 documents (22 laws with 2 articles each and 22 news
articles = 66). Not drawn: c_60319, c_60915, c_62179, n02, n11, n13, n20.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own67/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
As for own61-own66, "asked" means asked by an earlier own*.jsonl or followups*.jsonl set (own66 and
followups65 included), compared through those files' doc, section, answer_contains and question fields
(a follow-up row through its resolved question). Eighteen drawn articles hold only facts an earlier set
asks, so the nearest article with a fact no such set asks as an answer (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself, or taken by the
other drawn article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with
its reason in a comment). "Fully asked" was judged by a script listing, per sentence and per clause parted
by 。 or ；, the earlier answer phrases of the same document standing in it, then by reading, under the rule
of own65/own66: clauses parted by 。 or ； are separate facts, clauses joined by a comma are one sentence
whose other half counts as asked when one half was (n10 第一百一十八条, n21 第二十一条, n05 第四十四条
and 第四十三条, n17 第九条, n22 第二十三条), while the items of a list, or of a list-like run of duties,
principles or requirements in one sentence, count one by one, also when an earlier question asked the
whole list through other items (n14 第四条 and 第七条, n12 第十二条, n17 第七条 item (七), n24 第八条, n23
第二十一条, n22 第十九条, n09 第六条, n08 第三条); a catch-all item
(其他…) or a closing aim (n22 第九条's 促进志愿服务事业发展, the aim of the run 反映…推动…) or a
boilerplate 构成犯罪的，依法追究刑事责任 (n17 第二十三条) is no fact. A fact asked only of another law or
document in the same words does not count (n09 第二十一条 and 第六条 beside n24/n08, n23 第十五条 beside
n08, n08 第三条 beside n23, n24 第四十二条 beside n08), nor do the same words asked of another article of
the same law (c_154 第四十七条's 副主席、秘书长协助主席工作, asked by own53 of the local committees'
第五十八条; n05 第四十六条's 听取代表的意见和建议, asked by own27 of 第十一条; n16 第三十五条's 十五日内,
asked by own12 of 第三十四条; n03 第三十八条's 制作或者获取的, asked by own49 of 第二条). Judged asked in
other words or as a premise: c_154 第四十三条's 每年举行一次 (own20's question, as own65 judged).
Two readings differ from earlier helpers': n18 第二十条 item (三) has a ；-clause (但是…县级以上人民政府信访
工作机构应当向有权处理的行政机关转送、交办) that no set asked, though own66 read 第二十条 as every item asked;
n17 第七条 item (七) is read item by item (followups64 asked 留守儿童…关爱服务 after own65 read the article
as every item asked).
Five drawn articles were used as drawn although every fact is asked, because every article within
distance 4 is asked, drawn or taken (the least-asked fact taken, where possible a phrase no set used):
n25 第七条 (its first paragraph, own47/own61) and 第十一条 (the 赔偿 ；-clause, followups53/own21; n25
exhausted, as own60-own66 found), c_154 第三十九条 (own11/own14), n17 第二十条 (own3/own10/own66; n17
第十六条-第二十四条 asked, as own65/own66 found), n08 第十条 (its 涉及全体居民利益的重要问题 sentence,
own27 only).
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9. Kinds (all 80): rights_duties 24, definition 21, where_to_report 10, procedure 9, deadline 8,
numbers 8. See the section "## own67.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1381
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 国家监察委员会根据宪法和法律 (own64; 制定监察法规，报…备案 the same sentence): fully asked; 第一百一十七条
    # (distance 1, lower) has its third paragraph, 军事法规、军事规章在武装力量内部实施, asked by no set
    ("n10_立法法_2023.txt", "第一百一十八条"): "第一百一十七条",
    # 三个月内答复代表 (followups6), 六个月内答复代表 (own, own9), 应当及时办理并答复代表 (followups42, own35):
    # fully asked; 第二十条 (distance 1, lower; own15, own37, followups43, own44 asked its other sentences) has
    # 主办单位应当主动与协办单位协商，协办单位应当积极配合, asked by no set
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第二十一条"): "第二十条",
    # 联系代表的工作机制 (own35, the whole first paragraph), 闭会期间负责联系 (own, own29): fully asked; 第四十三条
    # (distance 1, lower; own59, followups38, each paragraph one sentence) and 第四十五条 (distance 1, higher;
    # own13, own15, followups38) asked; 第四十二条 (distance 2, lower; followups31/42/45) asked; 第四十六条
    # (distance 2, higher) has its second paragraph's 邀请代表参与相关工作和活动, asked by no set (own27 asked
    # 第十一条's 听取代表的意见和建议)
    ("n05_人大代表法_2025.txt", "第四十四条"): "第四十六条",
    # 由常务委员会决定 (own45; 设立若干专门委员会 the same sentence), 应发挥基础性作用 (own31): fully asked;
    # 第四十八条 (distance 1, lower; own12, own22, followups60) and 第五十条 (distance 1, higher; own62, own13,
    # own8) asked; 第四十七条 (distance 2, lower) has 副主席、秘书长协助主席工作 of the national committee, asked
    # by no set of 第四十七条 (own53 asked the same words of the local committees' 第五十八条)
    ("c_154_中国人民政治协商会议章程.txt", "第四十九条"): "第四十七条",
    # 七个工作日内 (followups2/37/52, own), 经同意后退回 and 不得滞留 (followups27/44, own27), 及时研究并交办
    # (own32), 代表对交办…有意见 (own29), 及时向代表反馈处理情况 (own66): fully asked; 第十三条 (distance 1, lower;
    # own26/own3, own32) and 第十五条 (distance 1, higher; followups40, own13, own26) asked; 第十二条 (distance 2,
    # lower) has the 承办单位 区、县人民政府, one item of the list whose 法院、检察院 item own31/own4/own57 asked
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十四条"): "第十二条",
    # 跨部门指挥协调机制 (followups63, the whole article): fully asked; 第八十条 (distance 1, lower; own54, own65)
    # asked; 第八十二条 (distance 1, higher) has its second paragraph, 办公厅、办公室设主任，在必要的时候可以设
    # 副主任, asked by no set (followups64 asked the first paragraph's 可以设副职, followups39 the third)
    ("n07_地方组织法_2022.txt", "第八十一条"): "第八十二条",
    # 开展人民建议征集工作的主体 (own16, own40, own46), 人民城市人民建 (own62), 工作机构…人员 (own48), 保障工作
    # 所需经费 (own45): every part of the run asked; 第四条 (distance 1, lower) has the duty 指导督促各级人民建议
    # 征集工作机构开展人民建议征集工作, one of a run whose 规划 and 突出难题 own14 asked
    ("n14_上海市人民建议征集若干规定_2021.txt", "第五条"): "第四条",
    # 不断拓展和丰富村务公开的内容 (own63, own64), 知情权、参与权和监督权 (own18, own4, own5; the same sentence):
    # fully asked; 第八条 (distance 1, lower; nine sets) and 第十条 (distance 1, higher; followups62, own28,
    # own61) asked; 第七条 (distance 2, lower) has item (七)'s 残疾人保障, one part of a list-like item whose
    # 农村最低生活保障 (own57) and 留守儿童、妇女和老年人关爱服务 (followups64) were asked one by one
    ("n17_山东省村务公开条例_2018.txt", "第九条"): "第七条",
    # 常务委员会有关工作机构具体组织实施 (own60), 对重点问题开展专题调查研究 (followups33): fully asked; 第三十一条
    # (distance 1, lower; own39, own9) and 第三十三条 (distance 1, higher; own12, own38, own44, own8) asked;
    # 第三十条 (distance 2, lower; own13, own61, followups60) asked; 第三十四条 (distance 2, higher) has its second
    # paragraph, 上级…可以与下级人民代表大会常务委员会联动开展执法检查, asked by no set (own52 asked the third
    # paragraph's 协同开展执法检查)
    ("n06_监督法_2024.txt", "第三十二条"): "第三十四条",
    # 遵守宪法…政策 (own63), 遵守并组织实施…村规民约 (own38), 办事公道，廉洁奉公 (own13, own29), 热心为村民服务
    # (own29), 接受村民监督 (own13): every duty of the run asked; 第八条 (distance 1, lower) has item (五)'s
    # 兴修水利、道路等基础设施, asked by no set (own20 asked 指导村民建设住宅 of the same item)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第九条"): "第八条",
    # 少数服从多数 (own19, own2, own43), 民主和说服教育的方法 and 不得强迫命令 (own34, own19): fully asked;
    # 第十八条 (distance 1, lower; seven sets) and 第二十条 (distance 1, higher; six sets) asked; 第十七条
    # (distance 2, lower) drawn itself; 第二十一条 (distance 2, higher) has the committee 人民调解, asked as an
    # answer by no set (own64 asked the list through 治安保卫、公共卫生、计划生育; read as own66 read n13 第十五条)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十九条"): "第二十一条",
    # every item asked (制定居民公约 followups49/own17/own3/own55, 工作计划和工作报告 own18/own66, 公益事业 own19,
    # 撤换或者补选 followups54/own3/own55, 其他重要问题 own35): fully asked; 第十六条 (distance 1, lower; seven
    # sets) and 第十八条 (distance 1, higher) asked; 第十五条 (distance 2, lower) has its first sentence, 居民会议
    # 由十八周岁以上的居民组成, asked by no earlier set of n23 (own30 asked n08's same words)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十七条"): "第十五条",
    # 依法成立行业组织 (followups26, own, own26), 反映行业诉求 and 推动行业交流 (own37; 促进志愿服务事业发展 the
    # closing aim of the run): fully asked; 第八条 (own28, own31, own4) and 第十条 (own22, own3, own40, own53)
    # asked; 第七条 (followups45, own40, own43, own52) and 第十一条 (five sets) asked; 第六条 (own31, own59) and
    # 第十二条 (own25, own63, own65) asked; 第五条 (distance 4, lower) has its second paragraph's ；-clause,
    # 县级以上地方人民政府民政部门负责本行政区域内志愿服务行政管理工作, asked by no set (own34 asked the national
    # clause before it); 第十三条 (distance 4, higher) not needed, the lower one taken
    ("n22_志愿服务条例_2017.txt", "第九条"): "第五条",
    # 应当服从管理，接受必要的培训 (followups54, own48), 按照约定提供志愿服务 (own57), 及时告知 (followups20/22/39,
    # own10, own13): fully asked; 第二十一条 (distance 1, lower; every prohibition asked) and 第二十三条 (distance 1,
    # higher; own9 and own51, 鼓励…专业志愿服务 the same sentence) asked; 第二十条 (own11, own49, own54, own6) and
    # 第二十四条 (followups21, own26, own34, own9) asked; 第十九条 (distance 3, lower) has 评价情况, one item of the
    # list of records whose 个人基本信息、培训情况、表彰奖励情况 own44 asked
    ("n22_志愿服务条例_2017.txt", "第二十二条"): "第十九条",
    # 由村民会议或者村民代表会议进行补选 (own64), 参照本法第十五条 (own41), 任期到本届…届满时止 (own, own35): fully
    # asked; 第十八条 (distance 1, lower; own10, own14) and 第二十条 (distance 1, higher; followups39/42/57, own11,
    # own15) asked; 第十七条 (distance 2, lower; own22, followups30, own31) asked; 第二十一条 (distance 2, higher)
    # has its second paragraph's first sentence, 村民会议由村民委员会召集, asked by no earlier set of n09 (own63
    # asked n24's same words)
    ("n09_村民委员会组织法_2018.txt", "第十九条"): "第二十一条",
    # 不得干预…自治范围内的事项 and 给予指导、支持和帮助 (own10, own16, own4), 协助…开展工作 (own29): fully asked;
    # 第四条 (distance 1, lower; own15, own29, own32, own59) asked; 第六条 (distance 1, higher) has the requirement
    # 多民族村民居住的村应当有人数较少的民族的成员, beside 应当有妇女成员 (own19, own23), asked by no earlier set of n09
    # (followups50, own16, own59 asked n08's)
    ("n09_村民委员会组织法_2018.txt", "第五条"): "第六条",
    # 及时办理信访事项 (own66), 做好解释和疏导工作 (own2, own31): fully asked; 第二十一条 (distance 1, lower; own23,
    # followups12, own34) and 第二十三条 (distance 1, higher; ten sets) asked; 第二十条 (distance 2, lower) has item
    # (三)'s ；-clause, 但是…县级以上人民政府信访工作机构应当向有权处理的行政机关转送、交办, asked by no set (own54
    # asked the clause before it)
    ("n18_浙江省信访条例_2016.txt", "第二十二条"): "第二十条",
    # 取消评估资格 (followups31/33, own45), 予以通报批评、责令限期整改 (own53): fully asked; 第四十条 (distance 1,
    # lower; own2, own22, own55, followups65) and 第四十二条 (distance 1, higher; own42) asked; 第三十九条 (distance
    # 2, lower; own39) asked; 第四十三条 (distance 2, higher) has its second paragraph, 国务院有关部门参照本条例规定，
    # 制定本部门重大行政决策程序的具体制度, asked by no set (own15 asked the first paragraph)
    ("n04_重大行政决策程序暂行条例_2019.txt", "第四十一条"): "第四十三条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
