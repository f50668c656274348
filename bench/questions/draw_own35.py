"""Record of the seeded draw behind bench/questions/own35.jsonl (thirty-fifth held-out set, helper "own35").

Run: python -m bench.questions.draw_own35 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1272).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (4 Dec 2026, from 16:32 UTC by the machine's `date`, helper "own35", branch own35,
worktree /work/wt-own35): the draw stops after 44 documents (22 laws x 2 articles, the charter
c_154 among them, + n25 with 1, the last law reached, + 21 news articles = 66). Not drawn: n01,
n08, n12, c_151, c_60737, c_60915, c_62238. Seventeen drawn articles hold only facts that
bench/questions/README.md names as asked (by an earlier set, a follow-up message, a tuning
question, or as the near neighbour of an unanswerable question), so the nearest article with a fact
not named there (the lower one when two are equally near; drawn articles, and an article already
taken in this set, skipped) was used instead (SUBSTITUTED, each with its reason in a comment):
n10 第九十二条 -> 第九十一条, n07 第六十七条 -> 第六十六条, n22 第二十八条 -> 第二十七条, n22 第三十五条 ->
第三十四条, n03 第四十三条 -> 第四十四条, n18 第十五条 -> 第十四条, n13 第八条 -> 第三条, n17 第二十三条 ->
第二十二条, n14 第九条 -> 第八条, n11 第二十九条 -> 第三十一条, n09 第二十条 -> 第十九条, n04 第二条 ->
第一条, n23 第十九条 -> 第十七条, n23 第七条 -> 第五条, c_154 第三十八条 -> 第三十七条, n02 第四十八条 ->
第四十七条, n25 第六条 -> 第四条. Kinds (all 80): definition 25, rights_duties 17, procedure 13,
where_to_report 9, deadline 8, numbers 8. See the section "## own35.jsonl" of
bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1272
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # one sentence (两个以上国务院部门 -> 行政法规 or 联合制定规章) listed by an earlier set among thin
    # articles asked ("one sentence each"); 第九十一条 (as near as 第九十三条, lower) has its second
    # paragraph (部门规章不得…增加本部门的权力) with no hit
    ("n10_立法法_2023.txt", "第九十二条"): "第九十一条",
    # one sentence (科学、民主、依法决策) used as drawn by an earlier set ("thin ones"); 第六十六条
    # (as near as 第六十八条, lower) has 决策、执行、管理、服务、结果公开 with no hit
    ("n07_地方组织法_2022.txt", "第六十七条"): "第六十六条",
    # its one fact (场所) named in a list of articles used as drawn; 第二十七条 (as near as
    # 第二十九条, lower; 第二十九条's 学分 and 学校、家庭和社会 named) has 促进志愿服务事业发展的政策和措施
    # with no hit
    ("n22_志愿服务条例_2017.txt", "第二十八条"): "第二十七条",
    # its one fact (media) named in a list of thin articles used as drawn; 第三十四条 (as near as
    # 第三十六条, lower) has 志愿服务统计和发布制度 with no hit
    ("n22_志愿服务条例_2017.txt", "第三十五条"): "第三十四条",
    # 阅读困难 a follow-up set's (眼神不好看不了字的老人呢), substituted by earlier sets too; 第四十二条
    # (as near, lower) has 不收取费用 asked, 信息处理费 and its 国务院价格主管部门 rule named as an
    # unanswerable's neighbours; 第四十四条 has its second paragraph (申请人可以建议…纳入主动公开的范围)
    # with no hit (its first paragraph named, FM038 a control answered in it)
    ("n03_政府信息公开条例_2019.txt", "第四十三条"): "第四十四条",
    # 代表人数 (own18), 不得超过五人, 本人有效身份证件 and 指定的接待场所 (own21) all asked; 第十六条 as
    # near is drawn; 第十四条 (distance 1, lower) has 联系方式、投诉请求、事实及理由 (its third
    # paragraph, 电话形式 -> 如实记录) with no hit
    ("n18_浙江省信访条例_2016.txt", "第十五条"): "第十四条",
    # its three parts asked (own19, own22, a substitute's; own34 substituted it too); 第七条, 第九条,
    # 第六条, 第十条 fully named, 第五条 and 第十一条 named, no 第四条 in the text, 第十二条 fully named
    # now (own7, own8, own22, own34); 第三条 (distance 5, as near as 第十三条, lower) has its third
    # paragraph's first sentence (自觉接受人民群众监督的具体体现) with no hit (its 法律赋予代表的职权
    # own26, 必要的条件和服务 own27, 尊重代表的权利 own34)
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第八条"): "第三条",
    # where to report (PB054, own15), substituted by earlier sets; 第二十二条 (as near as 第二十四条,
    # lower; 第二十四条 a scope clause own10's) has item (一) (不按规定的内容、程序、时间和形式) with no
    # hit (its 批评教育 own22, 罢免 own24, items (二)-(四) named)
    ("n17_山东省村务公开条例_2018.txt", "第二十三条"): "第二十二条",
    # 书信/电话/热线, 随申办, 电子邮件 all asked (own34 substituted it too); 第八条 (as near as 第十条,
    # lower) has its second paragraph's condition (涉及社会公共利益和重大民生问题) with no hit (主动征求
    # named, 目录管理 own33, its third paragraph own34, 征集期限 an unanswerable's neighbour)
    ("n14_上海市人民建议征集若干规定_2021.txt", "第九条"): "第八条",
    # 集中反映的问题确定议题 named, substituted by an earlier set; 第二十八条 (每年 own17, 印发下一次会议
    # own20; an earlier set counted it fully named) and 第三十条 (向社会公布, a substitute's) named;
    # 第二十七条 (distance 2, lower) fully named (二个月内 own18, 专题调研 own22, 跟踪 a substitute's,
    # 改进意见 own33); 第三十一条 (as near, higher) has 表彰和奖励 / 通报批评或者给予处分 with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第二十九条"): "第三十一条",
    # 十日内 own11, who presides and supervises own15; 第十九条 (as near as 第二十一条, lower) has
    # 任期到本届村民委员会任期届满时止 with no hit (补选 named only as an unanswerable's neighbour)
    ("n09_村民委员会组织法_2018.txt", "第二十条"): "第十九条",
    # a scope clause named as used by an earlier set (which substituted it to 第一条); 第一条 (as
    # near as 第三条, lower; 第三条's 不适用 and 党委同意 named) has 提高决策质量和效率，明确决策责任 with
    # no hit (its 健全科学、民主、依法决策机制 named)
    ("n04_重大行政决策程序暂行条例_2019.txt", "第二条"): "第一条",
    # 少数服从多数/不得强迫命令 own19, 说服教育 own34; 第十八条 and 第二十条 (distance 1) fully named;
    # 第十七条 (distance 2, as near as 第二十一条, lower; 第二十一条 named) has item (五) (涉及本地区全体
    # 居民利益的其他重要问题) with no hit (items (一)-(四) named)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十九条"): "第十七条",
    # 财产所有权 asked of its twin n08 第四条, substituted by an earlier set; 第六条 (used as drawn by
    # an earlier set, 由市人民政府制定 asked, its 便民利民 and 兴办 clauses asked of its twins) and
    # 第八条 (民族团结, a substitute's and a follow-up message's) named; 第五条 (distance 2, as near as
    # 第九条, lower) has item (五) (公共卫生…优抚救济、青少年教育保护) with no hit
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第七条"): "第五条",
    # 因工作变动→辞去委员 in a list of facts asked, 约谈或函询/责令辞去委员 a substitute's;
    # 第三十七条 (as near as 第三十九条, lower; 第三十九条 own14) has 在身份上弄虚作假 ->
    # 不得提名或继续提名为委员人选 with no hit (named only as an unanswerable's neighbour for 被判刑)
    ("c_154_中国人民政治协商会议章程.txt", "第三十八条"): "第三十七条",
    # 外国人提行不行 named as asked in the followups19 section; 第四十七条 (as near as 第四十九条,
    # lower; 第四十九条 used as drawn) has its third paragraph (捏造歪曲事实、诬告陷害他人 ->
    # 治安管理处罚) with no hit (劝阻、批评或者教育 and 公安机关现场处置 a substitute's)
    ("n02_信访工作条例_2022.txt", "第四十八条"): "第四十七条",
    # 审理方式 own20, substituted by earlier sets; 第五条 and 第七条 fully named; 第四条 (distance 2,
    # as near as 第八条, lower; 第八条 fully named) has its first paragraph (逾期未作出答复 ->
    # 以受理申请的机关为被告) with no hit (own8 asks "something in its middle")
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第六条"): "第四条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
