"""Record of the seeded draw behind bench/questions/own37.jsonl (thirty-seventh held-out set, helper "own37").

Run: python -m bench.questions.draw_own37 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1276).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (4 Dec 2026, from 22:05 UTC by the machine's `date`, helper "own37", branch own37,
worktree /work/wt-own37): the draw stops after 43 documents (23 laws x 2 articles, the charter
c_154 among them, + n04 with 1 article, the 66th question, + 19 news articles = 66). Not drawn:
n10, n12, c_60368, c_60548, c_60737, c_61454, c_62022, c_62179. Twenty-four drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message,
or through a twin law), so the nearest article with a fact not named there (the lower one when two
are equally near and both usable; drawn articles skipped) was used instead (SUBSTITUTED, each with
its reason in a comment). Two substitutes serve two drawn articles each (n25 第一条, n23 第十一条),
each asked for a different fact. n08 is exhausted (the README says every article from 第二条 to
第二十二条 is named), so its two drawn articles were used as drawn, as earlier sets did, and may
repeat an earlier question. Kinds (all 80): definition 20, rights_duties 17, where_to_report 13,
procedure 12, deadline 10, numbers 8. See the section "## own37.jsonl" of
bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1276
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 民政部门 (own36) and 财务公开 -> 农业行政主管部门 named; 第四条 (第一责任人, 监督 clause own30,
    # 依照法定内容 own31) and 第六条 (items (一)-(四)) fully named; 第三条 (distance 2, lower) reached by
    # a follow-up (光事后公开行不行); 第七条 has item (五) (支农资金使用、农业补贴资金发放) with no hit
    # (惠农政策 named only as an unanswerable's neighbour)
    ("n17_山东省村务公开条例_2018.txt", "第五条"): "第七条",
    # who investigates (PB054); 第二十二条 (items, opening, 情节严重) and 第二十四条 (scope, own10) fully
    # named; 第二十一条 (distance 2, lower) fully named; 第二十五条 (its last article) has 2006年6月1日
    # with no hit
    ("n17_山东省村务公开条例_2018.txt", "第二十三条"): "第二十五条",
    # its first paragraph own18, "its middle or end" own16 (QC057); 第十九条 (询问, GL027) and 第二十二条
    # (GQ026's first message) named; 第二十条 (distance 1, lower) has 一个代表团或者三十名以上 for the
    # 全国人大 质询案 with no hit (再作答复 asked of n06, 质询对象 of n07)
    ("n05_人大代表法_2025.txt", "第二十一条"): "第二十条",
    # 监护人代为反映 and 接回 asked of its twin n16 第四十六条 (followups11, own22), 带离 own24;
    # 第二十三条 (distance 1, lower) one fact, named; 第二十五条 has 违禁品 -> 依法予以收缴 with no hit
    ("n19_河南省信访条例_2012.txt", "第二十四条"): "第二十五条",
    # its principles (own8, own12, and a substitute's); 第四条 (distance 1, lower) named (全心全意,
    # 应及时解决 own28, 接受人民群众的监督 own30); 第六条 (used as drawn by an earlier set, fact not
    # named) has 主要负责人…负总责 / 领导责任制 with no hit
    ("n19_河南省信访条例_2012.txt", "第五条"): "第六条",
    # 开展人民外交活动 asked as a substitute (for 第十九条); 第十七条 (distance 1, lower) has 侨务政策 /
    # 归侨、侨眷 with no hit (第十九条, 文史资料, named)
    ("c_154_中国人民政治协商会议章程.txt", "第十八条"): "第十七条",
    # the 会徽 (its parts, own26 and a listed earlier set); 第六十条 (distance 1, lower) was substituted
    # by an earlier set, named; 第六十二条 has 齿轮和麦穗 -> 以工农联盟为基础 with no hit (四面红旗 asked)
    ("c_154_中国人民政治协商会议章程.txt", "第六十一条"): "第六十二条",
    # 及时督办 named, 限期反馈 own30, 给予相关人员处理的建议 own33; 第二十八条 (distance 1, lower;
    # GN036's 人民调解、行政调解、司法调解, own33's 专业机构) has 说服教育、协商对话、心理疏导 with no hit
    ("n18_浙江省信访条例_2016.txt", "第二十九条"): "第二十八条",
    # the 居委会's nature (own2) and 协助政府 (own15); 第二条 (scope) and 第四条 (an earlier substitute's
    # principles) named; 第一条 and 第五条 (distance 2) named; 第六条 (distance 3, higher; used as drawn by
    # an earlier set, fact not named) has 街道办事处、乡镇人民政府 …具体指导 with no hit
    ("n15_上海市居民委员会工作条例_2020.txt", "第三条"): "第六条",
    # 理解代表的具体意向 own33, 邀请代表参与 named; 第十八条 and 第二十条 (distance 1) and 第二十一条
    # (distance 2; 第十七条 drawn) fully named; 第十六条 (distance 3, lower) has 闭会期间 -> 常务委员会主任
    # 会议负责交办 with no hit
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第十九条"): "第十六条",
    # 参照执行 (own7, own9, own10 and others); 第三十一条 (distance 1, lower) named (参照本条例办理,
    # 参照本条例研究处理); 第三十三条 (its last article) has 2002年1月1日 with no hit
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第三十二条"): "第三十三条",
    # both clauses asked; 第三条 (distance 1, lower) has 必须履行法定职责…负责答复 with no hit (its
    # 参加管理国家事务 a substitute's; it was also used as drawn by an earlier set, fact not named)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第四条"): "第三条",
    # 不得干预…自治范围 named; its 协助 clause and 指导、支持和帮助 asked of the twin n09 第五条 line of
    # facts; 第四条 (via twin n09) and 第六条 (选举办法) named; 第三条 (distance 2, lower) named (own36);
    # 第七条 has 应当设立人民调解委员会 with no hit (its 法律顾问 a follow-up's)
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第五条"): "第七条",
    # items (一)-(四) all asked (own8, own9, own15, a substitute's (一)); 第一条 (distance 1, lower; GM028's
    # first message, fact not named) has 行政赔偿诉讼 with no hit
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第二条"): "第一条",
    # 档案 own13, 档案馆 a followups10 message; 第六条, 第八条 (distance 1), 第五条, 第九条 (distance 2),
    # 第四条, 第十条 (distance 3), 第三条, 第十一条 (distance 4), 第十二条 (distance 5) fully named
    # (第二条 drawn); 第一条 (distance 6, lower) has item (四) (记录不准确 -> 拒绝更正 -> 可以起诉) with
    # no hit; the same article serves 第二条 with another fact
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第七条"): "第一条",
    # 专题调研和视察 own25, 督促 own34; 第十八条 (an earlier substitute's) and 第二十条 (督办, own33)
    # named; 第十七条 (distance 2, lower; GL036's follow-up sits in it, fact not named) has 开设专栏 /
    # 社会知晓度和参与度 with no hit
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十九条"): "第十七条",
    # 国徽, named in a list of asked articles; 第一百四十一条 (distance 1, lower) has 义勇军进行曲 with no
    # hit (c_151's 国都、国旗、国歌 is another fact)
    ("n01_宪法.txt", "第一百四十二条"): "第一百四十一条",
    # T099's fact; 第三条, 第五条 (distance 1), 第二条, 第六条 (2), 第一条, 第七条 (3), 第八条 (4),
    # 第九条 (5), 第十条 (6) named; 第十一条 (distance 7, higher) has 每届任期三年 with no hit (the
    # twin n08's 五年 is asked; its 选举领导小组 a substitute's)
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第四条"): "第十一条",
    # 备案 / 相抵触 and 组织、监督实施 named; 第十七条, 第十九条, 第十六条, 第二十条, 第十五条,
    # 第二十一条, 第十四条, 第二十二条, 第十三条, 第二十三条, 第十二条, 第二十四条 (distances 1-6) named;
    # 第十一条 (distance 7, lower) has 街道办事处的指导下进行 with no hit; the same article serves 第四条
    # with another fact
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十八条"): "第十一条",
    # 电话 named as a near neighbour, 办理进展 / 接待的时间和地点 own32; 第二十一条 (distance 1, lower)
    # has 法院、检察院 设立或者确定负责信访工作的机构 with no hit
    ("n16_上海市信访条例_2018.txt", "第二十二条"): "第二十一条",
    # 给予指导、支持和帮助 named, its 协助 clause the same as the twin laws'; 第八十六条 (distance 1,
    # lower; GG050's first message sits in it, fact not named) has 公共服务、公共管理、公共安全 with no hit
    ("n07_地方组织法_2022.txt", "第八十七条"): "第八十六条",
    # the site (FW030), the 公报 (own20), 不宜公开 (own25); 第三十五条 (distance 1, lower) holds one fact,
    # 集中反映的问题确定议题, asked verbatim of n11 第二十九条 (judged named); 第三十七条 (distance 1)
    # and 第三十四条 (distance 2, lower) fully named; 第三十八条 (distance 2, higher) has 责令承办单位限期
    # 整改 with no hit (通报批评 own16, items (三) and (五) asked)
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十六条"): "第三十八条",
    # 三个月内 / 六个月内 named, 时效有特定要求 own35; 第二十条 (distance 1, lower; 三十个工作日内 PB024,
    # 由主办单位统一答复 L036) has 五个工作日内重新提出协办意见 with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第二十一条"): "第二十条",
    # a scope clause used by an earlier set (and substituted by another); 第一条 (distance 1, lower) named
    # (提高决策质量和效率); 第三条 has item (四) (重大公共建设项目) with no hit (不适用 and 目录 asked)
    ("n04_重大行政决策程序暂行条例_2019.txt", "第二条"): "第三条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
