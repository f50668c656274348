"""Record of the seeded draw behind bench/questions/own38.jsonl (thirty-eighth held-out set, helper "own38").

Run: python -m bench.questions.draw_own38 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1278).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (4 Dec 2026, from 23:33 UTC by the machine's `date`, helper "own38", branch own38,
worktree /work/wt-own38): the draw stops after 44 documents (22 laws x 2 articles, the charter
c_154 among them, + 22 news articles = 66). Not drawn: n03, n05, n10, n16, c_39907, c_60368,
c_60695. Sixteen drawn articles hold only facts that bench/questions/README.md names as asked (by
an earlier set, a follow-up message, or through a twin law), so the nearest article with a fact
not named there (the lower one when two are equally near and both usable; drawn articles skipped)
was used instead (SUBSTITUTED, each with its reason in a comment). Two substitutes serve two drawn
articles each (n25 第一条, n23 第二十五条), each asked for a different fact. n08 is exhausted (the
README says every article from 第二条 to 第二十二条 is named), so its two drawn articles were used
as drawn, as earlier sets did, and repeat earlier questions. Kinds (all 80): definition 20,
rights_duties 19, procedure 13, where_to_report 10, deadline 9, numbers 9. See the section
"## own38.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1278
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 审理方式 (own20, and several substitutes'); 第五条, 第七条 (distance 1), 第四条, 第八条 (2), 第三条,
    # 第九条 (3), 第二条 (drawn), 第十条 (4), 第十一条 (5) fully named (own37's record); 第一条 (distance
    # 5, lower; GM028's first message sits in it, fact not named; own37 asked its item (四) and the
    # 行政赔偿诉讼 paragraph) has item (三) (主动公开…侵犯其商业秘密、个人隐私) with no hit
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第六条"): "第一条",
    # items (一)-(四) all asked (own8, own9, own15, a substitute's); 第一条 (distance 1, lower) has item
    # (一) (拒绝提供或者逾期不予答复) with no hit; the same article serves 第六条 with another item
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第二条"): "第一条",
    # its 加强民族团结 a substitute's (the 互相帮助、互相尊重 clause is the same sentence); 第一条 to
    # 第二十四条 fully named (own37's record of n23: 第一条 to 第十条 and 第十二条 to 第二十四条 named,
    # 第十一条 asked for two facts by own37); 第二十五条 (distance 17, higher; its 生活补贴费的范围、标准 a
    # substitute's, GF048's follow-up answer sits in it) has its first paragraph (生活补贴费应当得到
    # 保证) with no hit; the same article serves 第十九条 with another fact
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第八条"): "第二十五条",
    # 少数服从多数 / 不得强迫命令 (own19) and 民主和说服教育的方法 (a substitute's); 第十二条 to
    # 第二十四条 fully named (distances 1-7 lower, 1-5 higher); 第二十五条 (distance 6, higher) has
    # 所需费用由市和区、县人民政府负责解决 with no hit
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十九条"): "第二十五条",
    # media (an earlier set's, substituted by 第三十四条); 第三十四条 (distance 1, lower; its one sentence,
    # 统计和发布制度, a substitute's) named; 第三十六条 (distance 1, higher; GH043's first message sits in
    # it; its 泄露 consequence a follow-up message's, 组织泄露了咋处理) has 情节严重 → 吊销登记证书并予以
    # 公告 with no hit
    ("n22_志愿服务条例_2017.txt", "第三十五条"): "第三十六条",
    # the office as the place to go (own13 LA010) and its tasks (own14 NA076); 第三条 (distance 1, lower)
    # has items (二) 畅通渠道，便捷高效 and (三) 推动转化，优化治理 with no hit ((一) and (四) named)
    ("n14_上海市人民建议征集若干规定_2021.txt", "第四条"): "第三条",
    # 侨务政策 (own37); its 归侨、侨眷 clause is the same sentence; 第十六条 (distance 1, lower) has
    # 宗教信仰自由政策 / 独立自主自办的原则 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第十七条"): "第十六条",
    # who helps (own14 NA036) and what members learn (own16 QC042); 第三十条 (distance 1, lower) fully
    # named (two earlier substitutes); 第三十二条 (distance 1, higher; GO047's first message sits in it,
    # fact not named; 错时上下班 and 节假日轮休 named only as near neighbours of unanswerables) has
    # 错时上下班、节假日轮休
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十一条"): "第三十二条",
    # PB002 (own15) asks its middle, 有关专门委员会跟踪督办 an earlier set's, its 人事代表工作机构 clause
    # counted named as for 第十三条; 第二十四条 (distance 1, lower; 一个月内再次答复, 重新研究办理) named;
    # 第二十六条 (distance 1, higher; GM049's second message sits in it, fact not named) has 主任会议专题
    # 听取承办单位汇报 with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第二十五条"): "第二十六条",
    # 参照本条例办理 / 参照本条例研究处理 named; 第三十条 (distance 1, lower; 主任会议责成 for 刁难/打击
    # 报复 named) has item (四) (没有为代表保密) with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第三十一条"): "第三十条",
    # 考核评价决策机关及其领导人员 named (its one sentence); 第八条 (distance 1, lower; 人大监督/审计机关
    # named, own33 加强对下级行政机关) fully named; 第十条 (distance 1, higher; items (二) own34, (三)
    # named) has its opening (报请决策机关决定是否启动决策程序) with no hit
    ("n04_重大行政决策程序暂行条例_2019.txt", "第九条"): "第十条",
    # 确定主办单位和会办单位, asked verbatim of n12 第十三条 (judged named); 第十二条 (distance 1, lower)
    # has 主任会议研究确定 (who fixes the 重点督办 ones) with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十三条"): "第十二条",
    # 廉洁政府 named (its one sentence); 第六十三条 (distance 1, lower) has 建设服务型政府 with no hit
    ("n07_地方组织法_2022.txt", "第六十四条"): "第六十三条",
    # scope (own10); 第二十三条 (PB054), 第二十五条 (its last article, own37), 第二十二条, 第二十一条 fully
    # named; 第二十条 (经费保障 own10), 第十九条 (a substitute's), 第十八条 (own33 and 目录), 第十七条
    # (three follow-up pairs), 第十六条, 第十五条 named; 第十四条 (distance 10, lower; 近亲属 named, own29
    # 推选产生, FT040/GH035 controls) has 共三人或者五人组成 with no hit
    ("n17_山东省村务公开条例_2018.txt", "第二十四条"): "第十四条",
    # 十分之一/五分之一 (own13 LA005, a followups14 message); 第七条 (distance 1, lower; items (一) own34,
    # (三)-(九) named) has item (二) (村民会议或者授权村民代表会议讨论决定的事项及其实施情况) with no hit
    ("n17_山东省村务公开条例_2018.txt", "第八条"): "第七条",
    # 向社会公布 a substitute's (its one sentence); 第二十九条 (distance 1, lower) and 第三十一条 (distance
    # 1, higher; 表彰和奖励 / 通报批评 a substitute's) named; 第二十八条 (distance 2, lower) fully named;
    # 第三十二条 (distance 2, higher; what 承办单位 means a substitute's) has its first paragraph (本条例
    # 所称有关机关和组织) with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第三十条"): "第三十二条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
