"""Record of the seeded draw behind bench/questions/own55.jsonl (fifty-fifth held-out set, helper "own55").

Run: python -m bench.questions.draw_own55 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1335).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 17:11 UTC by the machine's `date`, helper "own55", branch own55,
worktree /work/wt-own55): the draw stops after 44 documents (22 laws with 2 articles each + 22 news
articles = 66). Not drawn: c_58542, c_60548, c_61598, n08, n11, n13, n22. Nineteen drawn articles hold
only facts that bench/questions/README.md names as asked (by an earlier set, a follow-up message or a
control question, through a twin law, or as an earlier set's thin article used as drawn whose one
sentence is its fact, or counted named by an earlier set's substitution away from it), so the nearest
article with a fact not named there (the lower one when two are equally near and both usable; never a
first or last article; an article drawn itself, or taken by the other drawn article's substitution,
skipped; up to distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n25
第十一条 and 第七条 (n25 exhausted), n23 第六条 and 第十七条 (n23 exhausted), n17 第十五条 and 第十八条 (every
article within distance 4 named), n14 第九条 (every article within distance 4 named) and n15 第三十五条
(own36's thin article; every article within distance 4 named) were used as drawn, as own40-own54 did,
and their questions repeat earlier facts (n15 第三十五条's and n14 第九条's ask clauses with no hit).
The questions are typed short, as members type on a phone: 68 of the 80 have at most 10 characters, the
median is 9.
Kinds (all 80): definition 25, rights_duties 18, where_to_report 12, procedure 9, deadline 8, numbers 8.
See the section "## own55.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1335
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 年中和年末 (own29), where the report goes (own13), who runs the 自查 (own17), 同时向市人民政府办公厅书面报告 (QG077
    # own52), own53 substituted it: fully named; 第二十三条 (distance 1, lower; 认真接待代表 own38, 视察 GT048's follow-up)
    # named; 第二十五条 (distance 1, higher; 自查、评估考核 own52, 限期改正 own46, 督办专题 own38, PB046's "middle") has its
    # first paragraph, 组织提出建议、批评和意见的代表进行督促、检查, with no hit
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第二十四条"): "第二十五条",
    # 三个月内 (own9, own12), 延长不超过三个月 (own14), 书面报告 (own23), the 换届 paragraph, own39 substituted it: fully
    # named; 第十八条 (distance 1, lower; items (一)-(四) and its last sentence asked) and 第二十条 (distance 1, higher;
    # 审核签发, 公章, 抄送, 网上处理系统, 答复每位代表 own54) named; 第十七条 (distance 2, lower; counted named by own51's
    # record, as own54 did) named; 第二十一条 (distance 2, higher; 一个月内再次答复 own14, 当面沟通 own51's substitute) has
    # 研究结果告知代表 (the 不满意 paragraph) with no hit for n12
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十九条"): "第二十一条",
    # its one sentence (own16 used it as drawn, a thin article): counted named; 第二十三条 (distance 1, lower; 常务委员会协商
    # 同意 GZ030's follow-up) has its second paragraph, 参加地方委员会者，由各级地方委员会…办理, with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第二十四条"): "第二十三条",
    # dangerous objects (QC063 own16), its second paragraph (own50): fully named; 第四十七条 (distance 1, lower; 传染病,
    # followups15's control, own53 substituted it) named; 第四十九条 (distance 1, higher; 处分建议 own39's substitute) has item
    # (一), 超越或者滥用职权, with no hit
    ("n16_上海市信访条例_2018.txt", "第四十八条"): "第四十九条",
    # 监护人代为提出 (followups11), who takes the person back (own22): fully named; 第四十五条 (distance 1, lower; item (四)
    # own53's substitute, 信访代理为名 own23, A076's "middle") has item (一), 弃置于信访接待场所, with no hit (婴幼儿 is own23's
    # for n19 第十二条, another province)
    ("n16_上海市信访条例_2018.txt", "第四十六条"): "第四十五条",
    # 具备财会、管理知识的人员 (own32's substitute), 近亲属 (own51), 民主理财 (own48), 推选产生 (own40): fully named;
    # 第三十一条 (distance 1, lower; own25, own38 used it as drawn, own46 substituted it) and 第三十三条 (distance 1, higher;
    # own32 substituted it) named; 第三十条 (distance 2, lower; items (二) own36, (三) own45, (四) own37, 每季度/每月 LA050,
    # 查询 own33, 真实性 own46) has item (一), 讨论决定的事项及其实施情况, with no hit for n09 (own38 asked it of n17 第七条,
    # another law); 第三十四条 (distance 2, higher) is as near and usable too, so the lower one
    ("n09_村民委员会组织法_2018.txt", "第三十二条"): "第三十条",
    # 支持所在地的居民委员会/共同参与 (own40's substitute, its one sentence): fully named; 第六条 (distance 1, lower; own29,
    # own33, own37, own40) and 第八条 (distance 1, higher; own10 used it as drawn, own17 substituted it) named; 第五条
    # (distance 2, lower; 领导核心作用, 治理体系, own53) named; 第九条 (distance 2, higher; 报区人民政府批准 HL045's follow-up)
    # has its first paragraph, 人口规模、公共服务资源配置, with no hit
    ("n15_上海市居民委员会工作条例_2020.txt", "第七条"): "第九条",
    # 全心全意/秉公办事 (own22's substitute), 应及时解决 (own28), 接受人民群众的监督 (own30): fully named; 第三条 and 第五条
    # (distance 1; own44/own46, own8/own12/own22) named; 第二条 and 第六条 (distance 2; own41, own37/own40) named; 第七条
    # (distance 3; own36's thin article) named; 第八条 (distance 4, higher; (三) own49, (四) own50, (五) own40, own29 used it as
    # drawn with the item not named) has item (一), 提出批评、建议和要求, with no hit
    ("n19_河南省信访条例_2012.txt", "第四条"): "第八条",
    # 主任会议研究确定 (own38's substitute), HM048's first message, its one sentence: counted named; 第十一条 (distance 1,
    # lower; own36 used it as drawn, 共同交办 own52) and 第十三条 (distance 1, higher; own38 substituted it) named; 第十条
    # (distance 2, lower; 七天内 own14, 受理 own9, 不予受理 own20) named; 第十四条 (distance 2, higher; 十日内 own32, 退回 own51,
    # 不得滞留 own53) has its last sentence, 交办机构应当及时重新确定承办单位并交办, with no hit for n20 (own49 asked n21's)
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第十二条"): "第十四条",
    # items (一) own8, (二) own28, (三) own21, (四) own50's substitute, (五) a followups16 message, (六) own22, (七) a catch-all:
    # fully named; 第五条 (distance 1, lower; own30 substituted its one sentence, own54 used it) named; 第七条 (distance 1,
    # higher; 有情况、有分析、有具体意见 own53, whose question asked how a 建议 is written, i.e. the sentence with 简明扼要、一事一件;
    # 亲笔签名 own54; 专用纸 GP034) counted named; 第四条 (distance 2, lower; both clauses asked) named; 第八条 (distance 2,
    # higher; 代表小组活动 own48) has its first paragraph, 代表有权对…省人民检察院和其他机关、组织的工作提出, with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第六条"): "第八条",
    # 受理和办理程序 (own32), 值班电话 (own39), 网址 a near neighbour, own51 substituted it: fully named; 第十一条 (distance
    # 1, lower; (一) own51's substitute, (四) own47, (五) own30, (二) through its near twins) has item (三), 侮辱、殴打、威胁国家
    # 机关工作人员, with no hit (own30 asked 毁坏财物 of the near twin n02 第二十六条's item (三))
    ("n18_浙江省信访条例_2016.txt", "第十二条"): "第十一条",
    # its one sentence (own49's substitute, 同等效力): fully named; 第五十二条 (distance 1, lower; no mention) has 常务委员会全体
    # 组成人员的过半数通过 with no hit for n10
    ("n10_立法法_2023.txt", "第五十三条"): "第五十二条",
    # 五分之一以上 (own11), 三分之二 (GX039, GS034, followups6), own45 substituted it: fully named; 第六十三条 (distance 1,
    # lower; own45's substitute, the 罢免 list) named; 第六十五条 (distance 1, higher; 适当名额的少数民族代表 own48) has the
    # composition, 副委员长若干人，秘书长, with no hit
    ("n01_宪法.txt", "第六十四条"): "第六十五条",
    # 十个工作日 (own5), 会议期间→大会秘书处 (own23), 复核 (own54's substitute), 合并处理 (HI028), 退回代表 (own51's
    # substitute): fully named; 第十二条 (distance 1, lower; 书面 own48's substitute, 即行终止 FK030) named; 第十四条 (distance 1,
    # higher; item (二)'s 特别重大事项 own53's substitute, GQ041's second message, fact not named) has item (三), 由市高级人民
    # 法院、市人民检察院办理, with no hit
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十三条"): "第十四条",
    # where to complain (own14), the outcome (own17), 向有权机关提出处理建议 (own19), 日常指导和监督检查 (own28): fully named;
    # 第四十六条 (distance 1, lower; own48's substitute, its one sentence) and 第四十八条 (distance 1, higher; own37's thin
    # article) named; 第四十五条 (distance 2, lower; own43, own53) and 第四十九条 (distance 2, higher; 1月31日 own49, 3月31日
    # followups41) named; 第四十四条 (distance 3, lower; its first paragraph own33, its second own35's substitute; its third,
    # 应当及时主动公开, a tail of the second, counted named) named; 第五十条 (distance 3, higher; the 复议/诉讼 item GU026's,
    # FM047's and HG028's follow-ups) has its last paragraph, 公布政府信息公开工作年度报告统一格式, with no hit
    ("n03_政府信息公开条例_2019.txt", "第四十七条"): "第五十条",
    # 20个工作日内 (JA034 own12, HG038), its 从其规定 clause thin: fully named; 第二十五条 (distance 1, lower; paragraphs own40,
    # own29, own44) and 第二十七条 (distance 1, higher; own37's thin article) named; 第二十四条 (distance 2, lower; GQ044's
    # follow-up reached it, fact not named) has its second sentence, 信息检索、查阅、下载等功能, with no hit
    ("n03_政府信息公开条例_2019.txt", "第二十六条"): "第二十四条",
    # 人民调解委员会 (own37's substitute), 治安保卫 (own52's substitute), 兼任 (own43), the 法律顾问 paragraph: fully named;
    # 第六条 (distance 1, lower; its one sentence, 浙江省村民委员会选举办法, own24) named; 第八条 (distance 1, higher; items
    # (三) own54, (五) own20, (六) own45) has item (七), 普及卫生、科技知识, with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第七条"): "第八条",
    # FS049's second message, own22 and own43 substituted it: fully named; 第二十四条 (distance 1, lower; FS049's first
    # message, own42 substituted it) and 第二十六条 (distance 1, higher; own22's substitute) named; 第二十三条 (distance 2,
    # lower; own28, own42's substitute) named; 第二十七条 (distance 2, higher; 六个月内 own43's substitute, 决算 HI034) has its
    # last paragraph, 审计查出问题整改情况报告作出决议, with no hit
    ("n06_监督法_2024.txt", "第二十五条"): "第二十七条",
    # who reports (own50), 委托有关部门负责人 (own43's substitute), its second paragraph (own47): fully named; 第十五条
    # (distance 1, lower; 二十日前 own52, 十日前 JA028, 七日前 GW030) named; 第十七条 (distance 1, higher; 作出决议 GN046's
    # follow-up, 跟踪监督 own34) has its last paragraph, 向本级人民代表大会代表通报并向社会公布, with no hit (GP039's first
    # drafts asked it and were replaced)
    ("n06_监督法_2024.txt", "第十六条"): "第十七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
