"""Record of the seeded draw behind bench/questions/own57.jsonl (fifty-seventh held-out set, helper "own57").

Run: python -m bench.questions.draw_own57 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1343).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 17:52 UTC by the machine's `date`, helper "own57", branch own57,
worktree /work/wt-own57): the draw stops after 43 documents (23 laws with 2 articles each and 20 news
articles = 66). Not drawn: c_60737, c_60860, c_61454, c_62030, c_62147, n06, n08, n25. Eighteen drawn
articles hold only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up
message or a control question, through a twin law, or counted named by an earlier set's record), so the
nearest article with a fact not named there (the lower one when two are equally near and both usable; never a
first or last article; an article drawn itself, or taken by the other drawn article's substitution, skipped;
up to distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n14 第十五条 and 第六条,
n11 第二十条 and 第七条, n21 第三十三条, n17 第十七条, n13 第十二条, n12 第十二条, n15 第三条, n20 第三条,
n09 第七条 and n19 第七条 (every article within distance 4 named) and n23 第二十七条 and 第七条 (n23 exhausted)
were used as drawn, as own40-own56 did, and their questions repeat earlier facts.
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9.
Kinds (all 80): definition 28, rights_duties 19, where_to_report 9, procedure 8, deadline 8, numbers 8.
See the section "## own57.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1343
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 由上一级行政机关责令改正 (own56), 终身责任追究 (own44), 减免责任 (own54): fully named; 第三十七条 (distance 1, lower;
    # 不得随意变更或者停止执行 own52, 中止执行 only a followups33 unanswerable's neighbour) has 决策机关行政首长可以先决定
    # 中止执行 with no hit
    ("n04_重大行政决策程序暂行条例_2019.txt", "第三十八条"): "第三十七条",
    # its one sentence, own55 used it as drawn: named; 第三十九条 (distance 1, lower; own39) and 第四十一条 (distance 1,
    # higher; own53, own45) named; 第三十八条 (distance 2) drawn itself; 第四十二条 (distance 2; own42) named; 第三十七条
    # (distance 3) taken by 第三十八条's substitution; 第四十三条 (distance 3; own53 counted it named) named; 第三十六条
    # (distance 4, lower; 预期效果 and the 除外 clause named, 重要依据 own43) has 吸收人大代表、政协委员…参与评估 with no hit
    ("n04_重大行政决策程序暂行条例_2019.txt", "第四十条"): "第三十六条",
    # 所在单位或者上级主管部门通报批评 (own33), 给予行政处分 (own55's phrase, also here): fully named; 第四十九条 (distance
    # 1, lower; item (一) own55, 处分建议 own39) has item (四), 无正当理由拒不执行信访办理意见, with no hit
    ("n16_上海市信访条例_2018.txt", "第五十条"): "第四十九条",
    # 两个月内 (own29; HH032's and HL048's second questions): fully named; 第七十条 (distance 1, lower; own53 used it as
    # drawn, its fact not named) has 镇人民政府设镇长、副镇长 with no hit; 第七十二条 (distance 1, higher; own18) named
    ("n07_地方组织法_2022.txt", "第七十一条"): "第七十条",
    # 十个工作日 (own5), 大会秘书处 (own23), 复核 (own54's substitute), 合并处理 (HI028), 退回…作工作参考 (own51's
    # substitute): fully named; 第十二条 (distance 1, lower; own48's substitute, 即行终止 FK030) named; 第十四条 (distance
    # 1, higher; items (二)'s 特别重大事项 own53, (三) own55) has item (一), 由市人民代表大会有关专门委员会…办理, with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十三条"): "第十四条",
    # 共同的上一级 and 继续行使 (own34), 原来管这事的部门撤了呢 (a follow-up message): fully named; 第二十条 (distance 1,
    # lower; items (三) own54, (四) own53, (五) own46, 网络信访平台 own44, 当场答复 own50, 五个工作日内 own42) has item
    # (一), 不予受理，并书面告知信访人按照法律、法规规定的程序提出, with no hit
    ("n18_浙江省信访条例_2016.txt", "第二十一条"): "第二十条",
    # its one sentence, the scope, own10 used it as drawn, own17 and own36 substituted it: fully named; 第五十三条
    # (distance 1, lower; item (二) own11, 由上一级行政机关责令改正 own36, own17's substitute) named; 第五十五条
    # (distance 1, higher; 供水供电服务差呢 is a follow-up message on n15) has 可以向有关主管部门或者机构申诉 with no hit
    ("n03_政府信息公开条例_2019.txt", "第五十四条"): "第五十五条",
    # 知情权、参与权和监督权 (own18): fully named; 第八条 (distance 1, lower; 十分之一/五分之一 own13) and 第十条 (distance
    # 1, higher; 保管期限 FM035's neighbour, 真实、完整 own28) named; 第七条 (distance 2, lower; items (一) own34, (二)
    # own38, (三) own28, (四) own11, (五) own37, (六) own6, (八) own32, (九) own21) has item (七), 农村最低生活保障…,
    # named only as own5's neighbour
    ("n17_山东省村务公开条例_2018.txt", "第九条"): "第七条",
    # its one sentence, own16 used it as drawn, own55 substituted it: fully named; 第二十三条 (distance 1, lower; GZ030,
    # own55's substitute) and 第二十五条 (distance 1, higher; own41) named; 第二十二条 (distance 2, lower; its second
    # paragraph own48's substitute, 设若干界别 only unanswerables' neighbour) has its first paragraph, 香港特别行政区同胞、
    # 澳门特别行政区同胞…的代表, with no hit; 第二十六条 (distance 2, higher; GV029, own44) named
    ("c_154_中国人民政治协商会议章程.txt", "第二十四条"): "第二十二条",
    # 全国委员会设主席、副主席若干人和秘书长 (own25), own45 and own56 substituted it: fully named; 第四十一条 (distance 1,
    # lower; GW034) and 第四十三条 (distance 1, higher; own10, own20) named; 第四十条 (distance 2, lower; own45's, own52's,
    # own56 named it) named; 第四十四条 (distance 2, higher; items (一) own36's substitute, (五) own56's) has item (三),
    # 协商讨论国家的大政方针…提出建议和批评, with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第四十二条"): "第四十四条",
    # 领办制度 (PB036, GP043), its first paragraph (own34, own45's substitute), 直接组织办理 (own40): fully named;
    # 第十五条 (distance 1, lower; 分级负责制 PV033, own45 substituted it) and 第十七条 (distance 1, higher; own40, own42,
    # own32, own52) named; 第十四条 (distance 2, lower; own53's and own55's substitute) named; 第十八条 (distance 2,
    # higher; 统一答复/合并办理 GY030, 两个月内 followups53, 说明会办单位的办理意见 own30 for n12) has 主办单位应当主动与会办
    # 单位协商，会办单位应当配合 with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十六条"): "第十八条",
    # 浙江省村民委员会选举办法 (own24), own28 and own52 substituted it: fully named; 第五条 (distance 1, lower; 不得干预
    # own28, 协助 own44) named; 第七条 (distance 1, higher; 人民调解委员会 own37, 治安保卫 own52, 兼任 through the twin
    # n09 第七条) has its second paragraph, 在县级人民政府司法行政部门的指导下建立村法律顾问制度, with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第六条"): "第七条",
    # 三至七人 (own19), 妇女成员 (own23), 适当补贴 (own26), own51 substituted it: fully named; 第五条 (distance 1, lower;
    # own56 substituted it) named; 第七条 (distance 1, higher) drawn itself; 第四条 (distance 2, lower; own29, own32)
    # named; 第八条 (distance 2, higher; its first paragraph through the twin n24 第八条 item (三), its second own56's
    # substitute) has its third paragraph, 尊重并支持集体经济组织依法独立进行经济活动的自主权 (the twin's item (四)), with
    # no hit
    ("n09_村民委员会组织法_2018.txt", "第六条"): "第八条",
    # 资格 (own15), 对志愿者开展相关培训 (own29), 标准和规程 (own42's substitute): fully named; 第十五条 (distance 1,
    # lower; GU030's and HQ046's control questions on its one sentence) and 第十七条 (distance 1, higher; 保险
    # followups12, 提供必要条件 own20) named; 第十四条 (distance 2, lower; own50 used its one sentence) and 第十八条
    # (distance 2, higher; own7) named; 第十三条 (distance 3, lower; its first sentence own41's substitute) has
    # 对有关信息进行核实，并及时予以答复 with no hit
    ("n22_志愿服务条例_2017.txt", "第十六条"): "第十三条",
    # 人格尊严 (own54's substitute), 未经志愿者本人同意 (own49's substitute): fully named; 第十九条 (distance 1, lower;
    # own20, followups24, own46's substitute) and 第二十一条 (distance 1, higher; own46, PU026, own54 substituted it)
    # named; 第十八条 (distance 2, lower; own7's one sentence) named; 第二十二条 (distance 2, higher; 服从管理 own48/LA056,
    # 及时告知 HO046) has 志愿者应当按照约定提供志愿服务 with no hit
    ("n22_志愿服务条例_2017.txt", "第二十条"): "第二十二条",
    # 应当与代表联系沟通, 及时通报情况 (own37), own53 substituted it: fully named; 第四十九条 (distance 1, lower; its one
    # sentence used by own29) and 第五十一条 (distance 1, higher; own28, own53) named; 第四十八条 (distance 2, lower; own53's
    # substitute) and 第五十二条 (distance 2, higher; own27, own28) named; 第四十七条 (distance 3, lower; GN050's control
    # question, fact not named) has its second paragraph, 掌握履职所需的法律知识和其他专业知识, with no hit
    ("n05_人大代表法_2025.txt", "第五十条"): "第四十七条",
    # 也可以表示弃权 (own49's substitute), GQ026's control: fully named; 第二十二条 (distance 1, lower; GQ026's control,
    # own52 counted it named) and 第二十四条 (distance 1, higher; own45, own49, own52, own56) named; 第二十一条 (distance
    # 2, lower; own16, own18, own37) named; 第二十五条 (distance 2, higher; its first paragraph own52's substitute, its
    # third own47's) has its second paragraph, 受上一级人民代表大会常务委员会的委托, with no hit
    ("n05_人大代表法_2025.txt", "第二十三条"): "第二十五条",
    # 给予奖励 (own28; named as a style list's wording): fully named; 第三十条 (distance 1, lower; printed only in
    # own47's list of scanned articles) has 由主管机关或者上级机关给予奖励 with no hit
    ("n19_河南省信访条例_2012.txt", "第三十一条"): "第三十条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
