"""Record of the seeded draw behind bench/questions/own52.jsonl (fifty-second held-out set, helper "own52").

Run: python -m bench.questions.draw_own52 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1321).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 14:07 UTC by the machine's `date`, helper "own52", branch own52,
worktree /work/wt-own52): the draw stops after 44 documents (22 laws with 2 articles each + 22 news
articles = 66). Not drawn: c_60567, c_60915, c_61598, n03, n09, n15, n23. Twelve drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a
control question, through a twin law, or as an earlier set's thin article used as drawn whose one
sentence is its fact), so the nearest article with a fact not named there (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself skipped; up to
distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n17 第十四条 and 第二十一条
(every article within distance 4 named), n08 第七条 and 第十九条 (n08 exhausted), n13 第十条 and 第二条 (every
article within distance 4 named), n22 第四十一条 (every article within distance 4 named), n25 第七条 and
第六条 (n25 exhausted) and n11 第二十四条 (own44 found every article within distance 4 named) were used as
drawn, as own40-own51 did, and their questions repeat earlier facts.
The questions are typed short, as members type on a phone: 71 of the 80 have at most 10 characters, the
median is 9.
Kinds (all 80): definition 27, rights_duties 14, where_to_report 12, procedure 11, deadline 8, numbers 8.
See the section "## own52.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1321
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 廉洁政府, its one sentence (own24 used it as drawn; own38 substituted it): fully named; 第六十三条 (distance 1,
    # lower; own38's substitute, 建设服务型政府) named; 第六十五条 (distance 1, higher; no mention) has 加强政务诚信建设,
    # 建设诚信政府 with no hit
    ("n07_地方组织法_2022.txt", "第六十四条"): "第六十五条",
    # 也可以表示弃权 (own49's substitute) and 赞成/反对/弃权 (followups23): fully named; 第二十二条 (distance 1, lower; its
    # one sentence holds GQ026's control first message, followups34) and 第二十四条 (distance 1, higher; drawn by own49 and
    # substituted, own45) named; 第二十一条 (distance 2, lower; QC057, own18, own37's substitution) named; 第二十五条
    # (distance 2, higher; its third paragraph QA049) has its first paragraph, 常务委员会组织本级…代表开展闭会期间的活动,
    # with no hit
    ("n05_人大代表法_2025.txt", "第二十三条"): "第二十五条",
    # 合并表决/分别表决, its one sentence (own47's substitute): fully named; 第四十五条 (distance 1, lower; 搁置审议满两年
    # own41) and 第四十七条 (distance 1, higher; 主席令 own41, own47's drawn article) named; 第四十四条 (distance 2, lower;
    # 过半数通过 own18) has its second paragraph, 意见分歧较大的重要条款…单独表决, with no hit
    ("n10_立法法_2023.txt", "第四十六条"): "第四十四条",
    # 客观真实 (own43's substitute), 建议主题、主要事由、对策建议 (own36's substitute), 不宜作为人民建议提出 (GY048): fully
    # named; 第九条 (distance 1, lower; 书信/电话/随申办/电子邮件 all asked) named; 第十一条 (distance 1, higher) drawn itself;
    # 第八条 (distance 2, lower; 主动征求 own26, 专项征集/目录管理 own33, 信息系统 own34, 重大民生 own35) and 第十二条
    # (distance 2, higher; drawn by own50 and substituted) named; 第七条 (distance 3, lower; 信息查询、公众评价 own43,
    # 信息化建设 own46, 议题发布 own40) named; 第十三条 (distance 3, higher; items (一) own45, (三) own36, (四) own31,
    # (五) own32, (六) I055) has item (二), 作为改进国家机关工作的参考, with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十条"): "第十三条",
    # 可以依法成立行业组织 (own26) and 反映行业诉求 (own37): counted fully named; 第八条 (distance 1, lower; 组织形式 own28,
    # 登记 own31) and 第十条 (distance 1, higher; 党组织 own40) named; 第七条 (distance 2, lower; 注册 own43's substitute and
    # HD031, 信息系统 own40) has its second paragraph, 个人基本信息应当真实、准确、完整, with no hit
    ("n22_志愿服务条例_2017.txt", "第九条"): "第七条",
    # the site FW030, 公报 own20, 不宜公开 own25, 本单位网站 own51: fully named; 第三十五条 (distance 1, lower; drawn by own51
    # and substituted) named; 第三十七条 (distance 1, higher; 绩效考核 own27, 定期对质量高的代表建议…进行表彰 own28) has the
    # clause 对办理工作成绩显著的承办单位和承办人员给予表彰 with no hit (own28 thought own14's style wording "办得好有表彰不"
    # might be it; see the README)
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十六条"): "第三十七条",
    # 不得干预…自治范围 (own28's substitute, own36) and its second paragraph, 协助 (own44): fully named; 第四条 (distance 1,
    # lower; drawn by own36 and substituted) named; 第六条 (distance 1, higher) drawn itself; 第三条 (distance 2, lower;
    # 由乡、镇人民政府提出 own36, 报县级人民政府批准 named) has its first paragraph, 便于群众自治，有利于经济发展和社会管理的
    # 原则, with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第五条"): "第三条",
    # 浙江省村民委员会选举办法, its one sentence (own24, own28): fully named; 第五条 (distance 1, lower) drawn itself;
    # 第七条 (distance 1, higher; 人民调解委员会 own37, 兼任 PW039's neighbour, 法律顾问 named) has 根据需要可以设立治安保卫、
    # 公共卫生与计划生育等委员会, named only for the 居委会 law n08 第十三条 (PT075; not a twin)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第六条"): "第七条",
    # 理解代表的具体意向 (own33) and 邀请…代表参与 (own30, own36, own37 substituted it): counted fully named; 第十八条
    # (distance 1, lower; 确定办理的方式 own26, own49 substituted it) and 第二十条 (distance 1, higher; own25, own36
    # substituted it) named; 第十七条 (distance 2, lower; 集体统一负责 own51, 责成下一级 own49, 牵头 own37) and 第二十一条
    # (distance 2, higher; 三个月内/六个月/经交办机关同意 own41) named; 第十六条 (distance 3, lower; own37's substitute) and
    # 第二十二条 (distance 3, higher; 公文形式 own36, 态度诚恳 PV006) named; 第十五条 (distance 4, lower; 告知代表 own48,
    # 不予交办 own49) has its first sentence, 整体研究、综合分析，确定办理责任, with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十九条"): "第十五条",
    # 信访信息共享机制, its one sentence (own11): fully named; 第十一条 (distance 1, lower; PB078) and 第十三条 (distance 1,
    # higher; own25's substitute) named; 第十条 (distance 2, lower; 奖励 QC075, 培训、交流、激励 own46) named; 第十四条
    # (distance 2, higher; (二) own43's substitute, (五) own47, (三) through n18 第九条) has item (四), 查询本人信访事项的
    # 办理结果, with no hit
    ("n16_上海市信访条例_2018.txt", "第十二条"): "第十四条",
    # 回避 (in a list of asked facts) and who decides it (a follow-up message), own34 substituted it: fully named;
    # 第二十三条 (distance 1, lower; item (五) own34's substitute, 保密 GQ031) has item (一), 文明接待…不得刁难和歧视, with
    # no hit
    ("n16_上海市信访条例_2018.txt", "第二十四条"): "第二十三条",
    # 违纪违法的委员, its one sentence (own14): fully named; 第三十八条 (distance 1, lower; own24's substitute, 辞去委员,
    # 约谈或函询) named; 第四十条 (distance 1, higher; its first paragraph PY038, an unanswerable's neighbour) has its second
    # paragraph, 任期内…增加或者变更参加单位→经本届主席会议审议同意后, with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第三十九条"): "第四十条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
