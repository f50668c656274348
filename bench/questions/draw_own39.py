"""Record of the seeded draw behind bench/questions/own39.jsonl (thirty-ninth held-out set, helper "own39").

Run: python -m bench.questions.draw_own39 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1280).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 00:01 UTC by the machine's `date`, helper "own39", branch own39,
worktree /work/wt-own39): the draw stops after 45 documents (22 laws, 21 x 2 articles + 1 for
n23, the last law reached, + 23 news articles = 66). The charter c_154 is not reached. Not drawn:
c_154, n01, n03, n22, c_62030, c_62179. Nineteen drawn articles hold only facts that
bench/questions/README.md names as asked (by an earlier set, a follow-up message, or through a
twin law), so the nearest article with a fact not named there (the lower one when two are equally
near and both usable; drawn articles skipped) was used instead (SUBSTITUTED, each with its reason
in a comment). n08 is exhausted (the README names every article from 第二条 to 第二十二条), so its
two drawn articles were used as drawn, as earlier sets did, and 第十二条's question repeats an
earlier fact. Kinds (all 80): definition 19, rights_duties 17, procedure 16, where_to_report 12,
deadline 8, numbers 8. See the section "## own39.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1280
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 三个月内 (own9, own12), 延长不超过三个月 (own14), 换届 (a followups11 message), 代表工作机构书面
    # 报告 (own23): fully named; 第十八条 (distance 1, lower; items (三)/(四) and 如实向代表说明 named)
    # has item (二), 方案和解决时限, with no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十九条"): "第十八条",
    # its one fact (网上处理系统) is FS039's answer; 第六条 (distance 1, lower; 一事一议, 注重反映实际
    # 情况, 联系原选举单位 named) named; 第八条 (distance 1, higher; item (五) 学术探讨、产品推介 named)
    # has item (三), 涉及具体司法案件的, with no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第七条"): "第八条",
    # 便民利民/志愿服务 (own20, and own21's substitution record); 第十四条 (distance 1, lower; its
    # 公序良俗/居民公约 own21's) has 弘扬社会主义核心价值观 with no hit
    ("n15_上海市居民委员会工作条例_2020.txt", "第十五条"): "第十四条",
    # (二) own24, (三) a substitute's, (四) own8, 一事一议 own11: fully named; 第八条, 第十条 (distance 1;
    # 闭会期间→常委会, 同等效力), 第七条, 第十一条 (2; own17, FT047) named; 第六条 (3, lower) named;
    # 第十二条 (distance 3, higher; items 代转, 产品推介, 中标意见 named) has item (四), 涉及检举、控告
    # 或者申诉的, with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第九条"): "第十二条",
    # 向社会公布 named (its one sentence, own38's substitution record); 第二十九条, 第三十一条 (1),
    # 第二十八条, 第三十二条 (2), 第二十七条, 第三十三条 (3) named (own38's and earlier records);
    # 第三十四条 is the last article; 第二十六条 (distance 4, lower; 信息库或者工作档案 a substitute's,
    # its 书面说明 own33's) has 及时将工作进展情况书面告知代表 with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第三十条"): "第二十六条",
    # 督办 (GT039; own33 asks its second paragraph): fully named; 第十九条 (distance 1, lower; own25)
    # named; 第二十一条 (distance 1, higher; GL036's section was moved away from it) has 人民团体和
    # 承担社会公共管理职能的企事业单位…参照本规定执行 with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第二十条"): "第二十一条",
    # 省级实施办法, a thin article used as drawn by an earlier set (own10); 第六十三条 (distance 1,
    # lower; QC001) named; 第六十五条 is the last article; 第六十二条 (distance 2, lower; items (一)
    # and (三) named) has item (七), 丧失行为能力的, with no hit
    ("n05_人大代表法_2025.txt", "第六十四条"): "第六十二条",
    # 任期届满为止 (own34, itself a substitute for 第三十九条); 第三十八条 (distance 1, higher; RE029)
    # named; 第三十六条 (distance 1, lower; 调查报告 a follow-up message, GQ026's second question sits
    # in it) has 由主席团在代表中提名 with no hit
    ("n07_地方组织法_2022.txt", "第三十七条"): "第三十六条",
    # first paragraph own17, middle own11, 适当形式 a substitute's, 无权更正 own16: fully named;
    # 第八条, 第十条 (1), 第七条, 第十一条 (2), 第六条 (3, lower) named; 第十二条 (distance 3, higher;
    # items (二)-(四), (六), (七) named) has item (五) (更正…理由不成立 → 驳回) with no hit
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第九条"): "第十二条",
    # paragraphs 1-7 named (own26, own28 and earlier); 第四条, 第六条 (1), 第三条, 第七条 (2), 第二条,
    # 第八条 (3) named; 第一条 (distance 4, lower; items (一), (三) own38, (四) own37) has item (二)
    # (不符合其在申请中要求的内容) with no hit; 第九条 (4, higher) is fully named
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第五条"): "第一条",
    # 任期五年, 不得指定 (own30), 连选连任, 直接选举 (own31): fully named; 第十条 (distance 1, lower;
    # its duties named through n08 第十二条 and n24 第九条) counted named; 第十二条 (distance 1,
    # higher) has 应当退出村民选举委员会 with no hit
    ("n09_村民委员会组织法_2018.txt", "第十一条"): "第十二条",
    # 每年至少一次 (own21), who chairs, 两次不称职, 误工补贴的聘用人员 (own24): fully named (own32
    # replaced it too); 第三十二条 (distance 1, lower; own32's substitute) named; 第三十四条 (distance
    # 1, higher; 选举文件和选票 named) has 土地发包方案和承包合同 with no hit
    ("n09_村民委员会组织法_2018.txt", "第三十三条"): "第三十四条",
    # 通报批评 (a substitute's for 第五十一条) and 所在单位或者上级主管部门 (where_to_report, an earlier
    # set): named; 第四十九条 (distance 1, lower) has the 处分建议 clause with no hit
    ("n16_上海市信访条例_2018.txt", "第五十条"): "第四十九条",
    # 回答询问 (a substitute's for 第四十五条); 第四十五条 (own15 PB003), 第四十七条 (专题询问's 全体
    # 会议、联组会议或者分组会议, a substitute's) named; 第四十四条 (2, lower) named; 第四十八条
    # (distance 2, higher) has 坚持问题导向 with no hit
    ("n06_监督法_2024.txt", "第四十六条"): "第四十八条",
    # 岗位目标责任制 (own21; own33 replaced it too); 第十八条, 第二十条 (1), 第十七条, 第二十一条 (2),
    # 第十六条 (3, lower) named; 第二十二条 (distance 3, higher; 批评教育 own22, 罢免 own24, items
    # (一)/(四) named, own38 counted it fully named) has item (二) (弄虚作假、侵犯村民利益), named only
    # as "beside" an asked fact: a judgement, see the README
    ("n17_山东省村务公开条例_2018.txt", "第十九条"): "第二十二条",
    # scope, a one-sentence article used as drawn by an earlier set; 第一条 (distance 1, lower; 第三条,
    # as near, is fu28's follow-up) has its purpose (民主监督的权利, 乡村振兴战略) with no hit
    ("n17_山东省村务公开条例_2018.txt", "第二条"): "第一条",
    # 参照本条例办理 / 研究处理 named (own38 replaced it too); 第三十二条 (distance 1, higher) named;
    # 第三十条 (distance 1, lower; (三) and (四) named, the latter own38's) has item (二), 贻误工作造成
    # 重大损失, with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第三十一条"): "第三十条",
    # 一个月内再次答复 and 重新研究办理/听取代表意见 (own32): fully named; 第二十五条 (distance 1,
    # higher) named (own38's record); 第二十三条 (distance 1, lower; 履职网络平台/征询意见表 named) has
    # 由领衔代表征求并综合联名代表的意见后进行反馈 with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第二十四条"): "第二十三条",
    # 五至九人 (followups9), who approves (own10), 人数较少的民族 (through its twin n08 第七条):
    # fully named; 第一条 to 第二十四条 named (own38's record); 第二十五条 (distance 15; four of its
    # clauses asked, the 街道…适当补贴 clause shares a sentence with the asked 经济收入 clause) counted
    # named; 第二十六条 (distance 16, higher; 办公用房 named, 房屋管理部门 own30's) has 应当纳入城市建设
    # 规划 with no hit
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十条"): "第二十六条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
