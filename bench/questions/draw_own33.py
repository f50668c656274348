"""Record of the seeded draw behind bench/questions/own33.jsonl (thirty-third held-out set, helper "own33").

Run: python -m bench.questions.draw_own33 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1268).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (4 Dec, from about 09:33 UTC by the machine's `date`, helper "own33", branch own33,
worktree /work/wt-own33): the draw stops after 44 documents (22 laws x 2 articles, the CPPCC
charter c_154 among them, + 22 news articles = 66). Not drawn: c_58542, c_60319, c_60737, n13,
n21, n22, n24. Nine drawn articles hold only facts that bench/questions/README.md names as asked
(by an earlier set, a follow-up message or a tuning question), so the nearest article with a fact
not named there (the lower one when two are equally near; drawn articles skipped) was used instead
(SUBSTITUTED, each with its reason in a comment): n17 第十九条 -> 第二十一条, n03 第四十三条 ->
第四十二条, n16 第五十一条 -> 第五十条, n12 第十五条 -> 第十六条, n25 第十条 -> 第十二条, n25 第六条 ->
第四条, n23 第二十一条 -> 第二十条, n06 第五十四条 -> 第五十三条, n20 第四条 -> 第三条. n08 第六条 and
第十八条 were used as drawn although both are named: n08 is exhausted (every article from 第二条
to 第二十二条 is named), so own33 asks 第六条's 便于居民自治的原则 (not named as such) and 第十八条's
监督和教育 (own9's article; may repeat it). Kinds (all 80): definition 30, rights_duties 13,
procedure 13, numbers 8, deadline 8, where_to_report 8. See the section "## own33.jsonl" of
bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1268
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # its one sentence (岗位目标责任制, 履行职责评议内容) own21's; 第十八条 is drawn, 第二十条 (经费保障) own10's
    # one sentence; 第十七条 (as near as 第二十一条, lower) the second message of three follow-up pairs;
    # 第二十一条's second paragraph (不履行监督职责 -> 罢免) has no hit (its 打击报复 is own24's)
    ("n17_山东省村务公开条例_2018.txt", "第十九条"): "第二十一条",
    # its one sentence (阅读困难或者视听障碍 -> 必要的帮助) asked by a follow-up set (眼神不好…);
    # 第四十二条 (as near as 第四十四条, lower; 第四十四条's 纳入主动公开 named) has 不收取费用 with no hit
    # (its 信息处理费 is named as an unanswerable's near neighbour; two follow-up first messages sit in
    # this article, fact not named)
    ("n03_政府信息公开条例_2019.txt", "第四十三条"): "第四十二条",
    # 劝阻、教育 and 行政强制措施 own32, 警告、训诫或者制止 another set's; 第五十条 (as near as 第五十二条,
    # lower; 第五十二条 used as drawn by own31) has 所在单位或者上级主管部门通报批评 with no hit for n16
    ("n16_上海市信访条例_2018.txt", "第五十一条"): "第五十条",
    # 闭会后一个月内 own13, who organises own26; 第十四条 (as near, lower) fully named (七个工作日, 不得
    # 滞留, its second paragraph own32, its third named); 第十六条 has 分级负责制/主要负责人负责研究办理 with
    # no hit for n12
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十五条"): "第十六条",
    # 在一定期限内答复 own19, its other sentence only refers to 第九条; 第九条 and 第十一条 fully named,
    # 第八条 (as near as 第十二条, lower) fully named; 第十二条's item (四) (以…商业秘密、个人隐私为由反对
    # 公开) has no hit (items (一)-(三), (五)-(七) named)
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第十条"): "第十二条",
    # 审理方式 own20; 第五条 and 第七条 fully named; 第四条 (as near as 第八条, lower; 第八条 fully named)
    # has item (一) (报经有权机关批准) with no hit (items (二)/(三) and its third paragraph named)
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第六条"): "第四条",
    # 兼任 an earlier substitute's, 可以不设下属的委员会 E032, its committee list asked of its twin n08
    # 第十三条; 第二十条 (as near as 第二十二条, lower; 第二十二条 fully named) has 发扬奉献精神 (a
    # follow-up's) and 办事公道 (its twin's) named, not 遵守…规章和国家的政策
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十一条"): "第二十条",
    # 负责人到会答复 named (a follow-up set), 由受质询机关的负责人签署 GN034's; 第五十三条 (as near as
    # 第五十五条, lower) has 再作答复 with no hit
    ("n06_监督法_2024.txt", "第五十四条"): "第五十三条",
    # 提供必要的条件 asked, its second clause (代表与选举任免工作委员会 provides the service) asked;
    # 第三条 (as near as 第五条, lower; 第五条 named) has 参加管理国家事务 with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第四条"): "第三条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
