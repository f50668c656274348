"""Record of the seeded draw behind bench/questions/own32.jsonl (thirty-second held-out set, helper "own32").

Run: python -m bench.questions.draw_own32 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1266).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (4 Dec, from about 02:19 UTC by the machine's `date`, helper "own32", branch own32,
worktree /work/wt-own32): the draw stops after 43 documents (23 laws x 2 articles, the CPPCC
charter c_154 among them, + 20 news articles = 66). Not drawn: c_60319, c_60737, c_60860,
c_61454, c_61880, n19, n21, n25. Ten drawn articles hold only facts that
bench/questions/README.md names as asked (by an earlier set, a follow-up message or a tuning
question), so the nearest article with a fact not named there (the lower one when two are equally
near; drawn articles skipped) was used instead (SUBSTITUTED, each with its reason in a comment):
n09 第三十三条 -> 第三十二条, c_154 第十九条 -> 第十八条, c_154 第二十八条 -> 第二十七条, n23 第二十八条 ->
第二十七条, n23 第二十条 -> 第十八条, n16 第五十二条 -> 第五十一条, n07 第五十五条 -> 第五十四条, n17
第二十四条 -> 第二十二条, n17 第九条 -> 第七条, n12 第十五条 -> 第十四条. n08 第十五条 and 第十六条 were
used as drawn although every clause of both is named: n08 is exhausted (every article from 第二条
to 第二十二条 is named), so own32 asks the clause named least directly (第十五条's 由居民委员会监督执行,
O021's fact being unknown; 第十六条's 接受居民监督, the tail of the asked 收支帐目 sentence).
Kinds (all 80): definition 31, rights_duties 13, procedure 12, numbers 8, deadline 8,
where_to_report 8. See the section "## own32.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1266
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # its facts (每年至少一次, who chairs, 两次不称职, 误工补贴的聘用人员) all named; 第三十二条 (as near as
    # 第三十四条, lower; 第三十四条 a follow-up second message's) has 具备财会、管理知识的人员 with no hit
    ("n09_村民委员会组织法_2018.txt", "第三十三条"): "第三十二条",
    # its one sentence (文史资料) named several times; 第十八条 (as near as 第二十条, lower) has 人民外交 with
    # no hit
    ("c_154_中国人民政治协商会议章程.txt", "第十九条"): "第十八条",
    # its one sentence (声明退出的自由) a control's second message and in a list of named articles;
    # 第二十七条 (as near as 第二十九条, lower; 第二十九条 a follow-up second message's) has O017 asking
    # one fact, 调查和检查活动 with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第二十八条"): "第二十七条",
    # 统一安排 asked of its twin n08 第二十条, its refusal clause a follow-up message's; 第二十七条 (as near
    # as 第二十九条, lower) has 家属委员会 asked (GJ037) but not 由所在单位解决
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十八条"): "第二十七条",
    # a thin article named as used, 发扬奉献精神 a follow-up's and 办事公道 asked of its twin; 第十九条
    # and 第二十一条 fully named, 第二十二条 too; 第十八条 (as near as 第二十二条, lower) has 备案, 组织、
    # 监督实施 and 相抵触 named but not 居民应当执行居民会议的决定
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十条"): "第十八条",
    # its one sentence (人民团体 ... 参照本条例执行) used as drawn by own31; 第五十三条 is the last;
    # 第五十一条's 劝阻、教育 and 行政强制措施 have no hit (警告、训诫或者制止 is another set's phrase)
    ("n16_上海市信访条例_2018.txt", "第五十二条"): "第五十一条",
    # its one fact (主任缺位 -> 副主任中推选) a follow-up second message's (主任病了谁顶上); 第五十四条
    # (as near as 第五十六条, lower) has no hit
    ("n07_地方组织法_2022.txt", "第五十五条"): "第五十四条",
    # scope, own10; 第二十三条 own15 PB054 (its other clause only 依法追究刑事责任), 第二十五条 the last;
    # 第二十二条's item (四) (对村务公开提出异议的村民) has no hit (items (二)/(三), 批评教育 and 罢免 named)
    ("n17_山东省村务公开条例_2018.txt", "第二十四条"): "第二十二条",
    # 知情权、参与权和监督权 own18; 第八条 named, 第十条's 真实、完整 own28 and its 保管期限/查阅利用 clause
    # named (deferred to 村级档案管理有关规定); 第七条 (as near as 第十一条, lower) has item (八)
    # 筹资筹劳方案 with no hit
    ("n17_山东省村务公开条例_2018.txt", "第九条"): "第七条",
    # 闭会后一个月内 own13, who organises own26; 第十四条 (as near as 第十六条, lower) has 七个工作日,
    # 不得滞留 and its third paragraph named, not its second (及时研究并交办)
    ("n12_上海市人大关于代表建议批评和意见的规定.txt", "第十五条"): "第十四条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
