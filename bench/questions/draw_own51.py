"""Record of the seeded draw behind bench/questions/own51.jsonl (fifty-first held-out set, helper "own51").

Run: python -m bench.questions.draw_own51 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1317).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 13:16 UTC by the machine's `date`, helper "own51", branch own51,
worktree /work/wt-own51): the draw stops after 44 documents (22 laws with 2 articles each + 22 news
articles = 66). Not drawn: c_60368, c_60737, c_62022, n06, n13, n14, n24. Eighteen drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a
control question, through a twin law, or as an earlier set's thin article used as drawn whose one
sentence is its fact), so the nearest article with a fact not named there (the lower one when two are
equally near and both usable; never a first or last article; an article drawn itself skipped; up to
distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n08 第十四条 and 第二十一条
(n08 exhausted), n23 第二十一条 and 第九条 (n23 exhausted), n25 第五条 and 第三条 (n25 exhausted), n17 第八条
and 第二条, n11 第二十四条 (own44 found every article within distance 4 named) and n15 第二十九条 (every
article within distance 4 named) were used as drawn, as
own40-own50 did, and their questions repeat earlier facts.
The questions are typed short, as members type on a phone: 67 of the 80 have at most 10 characters, the
median is 9.
Kinds (all 80): definition 27, rights_duties 14, where_to_report 12, procedure 11, deadline 8, numbers 8.
See the section "## own51.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1317
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 不收取费用 (own33), 可以收取信息处理费 (HD028's follow-up), 合理范围 and the 价格主管部门 rule (unanswerables'
    # neighbours, own35): fully named; 第四十一条 (distance 1, lower; drawn by followups17, 转送有权更正 FS038's) and
    # 第四十三条 (distance 1, higher; 阅读困难/提供必要的帮助 own33, GX035) named; 第四十条 (distance 2, lower; 电子数据
    # own44, 查阅、抄录 GX046, 要求的形式 GP033) and 第四十四条 (distance 2, higher; 纳入主动公开 own24, own35) named;
    # 第三十九条 (distance 3, lower; its 政府公报 clause followups32/34's) has 以申请形式进行信访、投诉、举报→不作为
    # 政府信息公开申请处理 with no hit
    ("n03_政府信息公开条例_2019.txt", "第四十二条"): "第三十九条",
    # 确定主办单位和会办单位, its one fact (own38 counted it named through n12 第十三条); 第十二条 (distance 1, lower;
    # own38's substitute, 主任会议研究确定 the 重点督办 ones) counted named; 第十四条 (distance 1, higher; 十日内 own32)
    # has 经交办机构同意后退回 with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十三条"): "第十四条",
    # 一个月内重新书面答复 (own14) and who 督促s (own20): fully named (own31 substituted it); 第二十三条 (distance 1,
    # lower; own31's substitute, 征询意见表/履职服务平台) and 第二十五条 (distance 1, higher; 抄送 own43, 全部办结…书面报告
    # own50) named; 第二十二条 (distance 2, lower; 统一格式 own48, 公章 GS030, 分别答复 FK031) has its last sentence,
    # 录入浙江人大议案建议管理系统, with no hit for n20 (n13 第二十条's 录入 clause is own48's; see the README)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十四条"): "第二十二条",
    # 集中反映的问题确定议题, its one fact (own37 counted it named through n11 第二十九条); 第三十四条 (distance 1, lower;
    # fully named, own50) named; 第三十六条 (distance 1, higher; the site FW030, 公报 own20, 不宜公开 own25) has
    # 承办单位应当在本单位网站进行公开 with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第三十五条"): "第三十六条",
    # 以书面形式向大会秘书处或者人代工委提出 (own48's substitute) and 即行终止 (FK030): fully named; 第十一条 (distance 1,
    # lower; drawn by own48 and substituted) counted named; 第十三条 (distance 1, higher; 十个工作日 own5, 会议期间→
    # 大会秘书处 own23, 合并处理 HI028) has 退回代表或者转有关部门作工作参考 with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十二条"): "第十三条",
    # 听谁指挥 (own26) and 建立协调机制，提供需求信息 (own34): fully named; 第二十三条 (distance 1, lower; no mention) has
    # 专业志愿服务 and 公共服务机构招募志愿者 with no hit
    ("n22_志愿服务条例_2017.txt", "第二十四条"): "第二十三条",
    # used as drawn by own28 (fact not known), its 负责人 clause own31's, 畅通信访渠道/落实信访工作责任 own42's: counted
    # named; 第三条 (distance 1, lower; 属地管理, 源头预防, 谁主管, 就地解决: own25/own32/own34) named; 第五条 (distance 1,
    # higher; 网格化管理 own24) has 信访工作联席会议制度 with no hit for n18 (联席会议 is named only for n02's 召集人 and n15)
    ("n18_浙江省信访条例_2016.txt", "第四条"): "第五条",
    # 值班电话 (own39), 受理和办理程序 (own32), 网址 (a near neighbour): counted named, the rest being the same list;
    # 第十一条 (distance 1, lower; items (四) own47, (五) own30, (二) through the twins own47 found) has item (一),
    # 非法聚集…拦截公务车辆…堵塞、阻断交通, with no hit
    ("n18_浙江省信访条例_2016.txt", "第十二条"): "第十一条",
    # its one sentence holds GO029's control question (followups32) and own42 substituted it: fully named; 第五十八条
    # (distance 1, lower; JA073 "its middle", 公示 own21, 回答…询问 own42) and 第六十条 (distance 1, higher; used as drawn by
    # own32, 申辩 followups34) named; 第五十七条 (distance 2, lower; 坚定政治立场, 代表形象 own42) named; 第六十一条
    # (distance 2, higher; item (一) own18, GY044's control) has its last paragraph, 情形…消失后，恢复其执行代表职务,
    # with no hit
    ("n05_人大代表法_2025.txt", "第五十九条"): "第六十一条",
    # the decision reported to the 下次会议 (own11 I047), 经主席团提出/由大会全体会议决定 (own30), 提出修改方案 (own34):
    # fully named; 第二十五条 (distance 1, lower; no mention) has 在交付表决前…经主席团同意 with no hit
    ("n10_立法法_2023.txt", "第二十六条"): "第二十五条",
    # 三至七人 (own19), 妇女成员 (own23), 适当补贴 (own26), 人数较少的民族 (HK030, through n08 第七条): fully named;
    # 第五条 (distance 1, lower; used as drawn by own29, 不得干预 asked of its twin n24 第五条 by own28) counted named;
    # 第七条 (distance 1, higher; no mention) has 人口少的村…可以不设下属委员会 with no hit for n09 (the same rule is asked
    # of n08/n23, other laws)
    ("n09_村民委员会组织法_2018.txt", "第六条"): "第七条",
    # its first paragraph own2's O004/T018 (procedure, fact not named), 必要的调整或者补充 own32,
    # 对合法性审查意见负责 own42 (its substitute): counted named; 第二十七条 (distance 1, lower; drawn by own42 and
    # substituted) named; 第二十九条 (distance 1, higher; items (四)/(五) RE054) has item (一)'s 公平竞争审查 with no hit
    ("n04_重大行政决策程序暂行条例_2019.txt", "第二十八条"): "第二十九条",
    # 科学决策原则, its one sentence (own26; own50 counted it named): fully named; 第四条 (distance 1, lower; own49) and
    # 第六条 (distance 1, higher; own50's substitute, 民主决策原则) named; 第三条 (distance 2, lower; items (二) own49,
    # (四) own37, 突发事件 own25, 目录 own34) has item (三), 开发利用、保护重要自然资源和文化资源, with no hit
    ("n04_重大行政决策程序暂行条例_2019.txt", "第五条"): "第三条",
    # 会议期间→大会秘书处 (own48 QB050), 七个工作日, 网上处理系统, 分办协调 and its fourth paragraph: fully named (own48);
    # 第十条 (distance 1, lower; 闭会期间 own33, 联名 一致要求 GW032) has 会议期间…可以向大会秘书处书面提出 with no hit for
    # n12 (the same clause of n21 第十二条 is own48's; another city)
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十一条"): "第十条",
    # 会办month, who 协调s, 两个以上主办单位, 向代表说明会办单位的办理意见, 共同走访: fully named (own21, own24, own30,
    # GT047); 第十六条 (own50) and 第十八条 (own48) at distance 1, 第十五条 and 第十九条 (三个月内, 延长, 换届, 书面报告) at
    # distance 2, 第十四条 (own50) and 第二十条 (审核签发, 公章, 抄送, 网上处理系统) at distance 3 and 第十三条 (own50) at
    # distance 4 named; 第二十一条 (distance 4, higher; 一个月内再次答复 NA023, 意见反馈表 own8) has its last sentence,
    # 组织承办单位与代表当面沟通, with no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十七条"): "第二十一条",
    # 遵守和履行的义务 (own41) and own48's substitution: fully named; 第二十四条 (distance 1, lower; own16's thin article)
    # and 第二十六条 (distance 1, higher; PX004, GV029) named; 第二十三条 (distance 2, lower; GZ030's control) named;
    # 第二十七条 (distance 2, higher; O017 asks one fact not named, 调查和检查活动 own32, 检举揭发的权利 own48) has
    # 参加讨论国家大政方针和各该地方重大事务的权利 with no hit (it may be O017's; see the README)
    ("c_154_中国人民政治协商会议章程.txt", "第二十五条"): "第二十七条",
    # 应发挥基础性作用 (own31) and 由常务委员会决定 (own45): fully named; 第四十八条 (distance 1, lower; 副秘书长 own12,
    # 办公厅 own22) and 第五十条 (distance 1, higher; own8, own31, own45) named; 第四十七条 (distance 2, lower; 预备会议
    # own27, 重要日常工作 own31) has 主席主持常务委员会的工作 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第四十九条"): "第四十七条",
    # 每届任期五年, its one sentence (asked of many laws; own48 substituted it): fully named; 第八条 (distance 1, lower;
    # own48's substitute, 由选民直接选举; 适当的代表名额 own42) named; 第十条 (distance 1, higher; no mention) has
    # 可以开展协同立法 with no hit
    ("n07_地方组织法_2022.txt", "第九条"): "第十条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
