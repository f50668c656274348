"""Record of the seeded draw behind bench/questions/own59.jsonl (fifty-ninth held-out set, helper "own59").

Run: python -m bench.questions.draw_own59 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1351).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 21:01 UTC by the machine's `date`, helper "own59", branch own59,
worktree /work/wt-own59): the draw stops after 44 documents (22 laws with 2 articles each and 22 news
articles = 66). Not drawn: c_58542, c_60368, c_60695, n11, n13, n17, n19.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own59/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
Fifteen drawn articles hold only facts that bench/questions/README.md names as asked (by an earlier set, a
follow-up message or a control question, directly or through a twin law, or counted named by an earlier
set's record), so the nearest article with a fact not named there (the lower one when two are equally near
and both usable; never a first or last article; an article drawn itself, or taken by the other drawn
article's substitution, skipped; up to distance 4) was used instead (SUBSTITUTED, each with its reason in a
comment). n25 第五条 and 第三条 (n25 exhausted), n08 第七条 and 第十七条 (n08 exhausted), n23 第七条 and 第九条
(n23 exhausted), n14 第十九条 and 第十五条, n15 第三十条, n20 第五条 and n09 第四条 (every article within
distance 4 named) were used as drawn, as own40-own58 did, and most of their questions repeat earlier facts.
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9.
Kinds (all 80): definition 29, where_to_report 13, rights_duties 11, procedure 10, numbers 9, deadline 8.
See the section "## own59.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1351
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # its one sentence, 国家机关应当…及时办理 and 解释和疏导, used as drawn by own31 and counted named by own42,
    # own49 and own54 (who substituted it); 第二十一条 (distance 1, lower; 共同的上一级 and 继续行使 asked, own53 and
    # own57 substituted it) and 第二十三条 (distance 1, higher; 立即办理, 三十日内/六十日, 书面答复, 听证) named;
    # 第二十条 (distance 2, lower; items (一), (三)-(五) and 五个工作日内 asked) has item (二), 依法应当由本国家机关
    # 处理的→应当受理并书面告知信访人, with no hit
    ("n18_浙江省信访条例_2016.txt", "第二十二条"): "第二十条",
    # what 政府信息 means, used as drawn by own49: named; 第一条 is the first; 第三条 (distance 1, higher; 国务院
    # 办公厅 own43) has its last sentence, 实行垂直领导的部门的办公厅(室)主管本系统的…, with no hit
    ("n03_政府信息公开条例_2019.txt", "第二条"): "第三条",
    # where the report goes (own13), who runs the 自查 (own17), 每年年中和年末 (own29), own53 and own55 substituted
    # it: fully named; 第二十三条 (distance 1, lower; GO044's first message sits in it, own38 asked 认真接待代表，如实
    # 介绍情况) has its first sentence, 代表可以提出并经…代表工作机构联系安排…进行视察, with no hit; 第二十五条
    # (distance 1, higher; own55's substitute) is as near, the lower one taken
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第二十四条"): "第二十三条",
    # 确定主办单位和会办单位 (own26), 明确各单位办理的内容 (own32), own43 substituted it: fully named; 第十二条
    # (distance 1, lower; own31, own34, own53, own57) and 第十四条 (distance 1, higher; 七个工作日 O029, 不得滞留 own27,
    # 代表对交办有意见 own29) named; 第十一条 (distance 2, lower; own54's last paragraph, own43, own48) and 第十五条
    # (distance 2, higher; own13, own26) named; 第十条 (distance 3, lower; own33, own51, own58) and 第十六条
    # (distance 3, higher; own33, own50, own54 substituted it) named; 第九条 (distance 4, lower; GL029's control
    # second question reaches it) has its one sentence, 依法做好保密工作, with no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十三条"): "第九条",
    # 招募时说明风险 (own25; FQ039's first message): named; 第十一条 (distance 1, lower; own16, own36, own41
    # substituted it) and 第十三条 (distance 1, higher; own41's and own57's substitute) named; 第十条 (distance 2,
    # lower; counted named by own52 and own53) named; 第十四条 (distance 2, higher; 签订协议 own50, what the agreement
    # fixes own58) has 明确当事人的权利和义务 with no hit
    ("n22_志愿服务条例_2017.txt", "第十二条"): "第十四条",
    # 志愿服务信息系统 (own40), 通过志愿服务组织进行注册 (own43's substitute), 真实、准确、完整 (own52's
    # substitute), HD031's follow-up: fully named; 第六条 (distance 1, lower; used as drawn by own31, fact not
    # named) has the two definitions (自然人, 非营利性组织) with no hit
    ("n22_志愿服务条例_2017.txt", "第七条"): "第六条",
    # its one fact (代理主任) a follow-up second message's, followups39 names it, own32 and own49 substituted it:
    # named; 第五十四条 (distance 1, lower; items (一) own49, (四) own32, the 县 主任会议 own34) has item (三),
    # 对暂不交付表决的，提出下一步处理意见, with no hit; 第五十六条 (distance 1, higher) is as near, the lower taken
    ("n07_地方组织法_2022.txt", "第五十五条"): "第五十四条",
    # 十个工作日 (own5), 大会秘书处 (own23), 进行复核 (own54's substitute), 退回代表或者转有关部门 (own51's
    # substitute), 合并处理 (HI028's follow-up), own55 and own57 substituted it: named; 第十二条 (distance 1, lower;
    # own48's substitute, own51 and own53 substituted it) named; 第十四条 (distance 1, higher; items (一) own57,
    # (二) own53, (三) own55) has item (四), 由相关机关、组织办理, with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十三条"): "第十四条",
    # 集中反映的问题确定议题, counted named by own37 (its 执法检查 clause has no hit), own51 substituted it: named;
    # 第三十四条 (distance 1, lower; own13, own14, own28, own29, own50 substituted it) and 第三十六条 (distance 1,
    # higher; FW030, own20, own25, own51, own41 substituted it) named; 第三十三条 (distance 2, lower; own50, own57)
    # and 第三十七条 (distance 2, higher; own27, own28, own52) named; 第三十二条 (distance 3, lower; used as drawn by
    # own34, fact not named, named only as an unanswerable's neighbour) has 主任会议可以每年选取…决定进行重点督办;
    # 第三十八条 (distance 3, higher; item (二) no hit) is as near, the lower taken
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十五条"): "第三十二条",
    # 三至五人 (own36), 不得担任 (FX037), own53 substituted it, 具备财会、管理知识的人员 asked of its twin n09
    # 第三十二条 (own32): named; 第二十九条 (distance 1, lower; 每季度 own22, 每月 own23, item (五) own22, 查询和监督
    # HS033) has item (二), 政府拨付和接受社会捐赠的救灾救助…, with no hit; 第三十一条 (distance 1, higher) is as
    # near, the lower taken
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第三十条"): "第二十九条",
    # its one sentence (向社会公开), used as drawn by own35, GR029's first message: named; 第九条 (distance 1,
    # lower; GR029's follow-up, own48 substituted it) named; 第十一条 (distance 1, higher; no mention) has 每年选择
    # 若干…重大问题，有计划地安排听取和审议…专项工作报告 with no hit
    ("n06_监督法_2024.txt", "第十条"): "第十一条",
    # 重大事实不清→特定问题的调查委员会 (own37; GR028's and HI035's first messages): named; 第五十四条 (distance 1,
    # lower; 负责人到会答复, 签署 GN034) named; 第五十六条 (distance 1, higher; GR028's follow-up and HK040's first
    # message sit in it, facts not named) has 或者先交有关的专门委员会审议、提出报告 with no hit
    ("n06_监督法_2024.txt", "第五十五条"): "第五十六条",
    # own45's and own52's substitute, own54 substituted it: named; 第三十九条 (distance 1, lower; own14, own52
    # substituted it) and 第四十一条 (distance 1, higher; 每届任期五年, 延长任期 GW034) named; 第三十八条 (distance 2,
    # lower; own24, own35, own43) and 第四十二条 (distance 2, higher; own25) named; 第三十七条 (distance 3, lower;
    # 严重损害 own54, 正在接受调查处理 own49, 弄虚作假 own35) has 因严重违纪违法被给予组织处理、处分或被判刑 with no
    # hit (被判刑 named only as own8's near neighbour of an unanswerable)
    ("c_154_中国人民政治协商会议章程.txt", "第四十条"): "第三十七条",
    # 列入目标考核内容 (own37), its first paragraph (own38), own50 substituted it: named; 第二十五条 (distance 1,
    # lower; own43, own50, own56) and 第二十七条 (distance 1, higher; own58) named; 第二十四条 (distance 2, lower;
    # own58 counted it fully named) and 第二十八条 (distance 2, higher; own39, own28, own46, JA003) named; 第二十三条
    # (distance 3, lower; own31, own58) and 第二十九条 (distance 3, higher; own39, own41, own43) named; 第二十二条
    # (distance 4, lower; own51, own48, GS030, FK031) named; 第三十条 (distance 4, higher; 推诿→通报 own34, 情节严重
    # own35) has 优秀承办件予以表扬, named only as near neighbours of unanswerables
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十六条"): "第三十条",
    # items (二)(三) C047, (一)(三) LA067, GT028's control, HJ028's and HA042's follow-ups: fully named; 第十六条
    # (distance 1, lower; own41, own44, 可以召开听证会 named) and 第十八条 (distance 1, higher; own39, its one sentence)
    # named; 第十五条 (distance 2, lower; 专家访谈 own41, 不少于30日 named) has 因情况紧急等原因需要缩短期限的→予以
    # 说明 with no hit; 第十九条 (distance 2, higher; 独立开展论证工作 no hit) is as near, the lower taken
    ("n04_重大行政决策程序暂行条例_2019.txt", "第十七条"): "第十五条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
