"""Record of the seeded draw behind bench/questions/own30.jsonl (thirtieth held-out set, helper "own30").

Run: python -m bench.questions.draw_own30 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1262).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (3 Dec, from about 19:42 UTC by the machine's `date`, helper "own30", branch own30,
worktree /work/wt-own30): the draw stops after 43 documents (23 laws x 2 articles, the CPPCC
charter c_154 among them, + 20 news articles = 66). Not drawn: c_151, c_60811, c_60860, c_62030,
c_62238, n03, n22, n25. Six drawn articles hold only facts that bench/questions/README.md names as
asked (by an earlier set, a follow-up message or a tuning question), so the nearest article with a
fact not named there (the lower one when two are equally near) was used instead (SUBSTITUTED, each
with its reason in a comment): n06 第六十四条 -> 第六十三条, n13 第九条 -> 第八条, n20 第五条 ->
第四条, n11 第八条 -> 第九条, n24 第四十七条 -> 第四十五条, n15 第二十九条 -> 第二十六条. Kinds (all
80): rights_duties 23, definition 22, procedure 9, where_to_report 9, numbers 9, deadline 8. See
the section "## own30.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1262
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # 省级人大常委会可以制定实施办法 (its one fact) asked, a thin article used as drawn by an earlier
    # set; 第六十五条 is the last article
    ("n06_监督法_2024.txt", "第六十四条"): "第六十三条",
    # 以书面形式提出 own29, 撤回→办理工作即行终止 in lists of facts asked; 第十条's facts are all named
    ("n13_山东省人大代表建议批评和意见办理工作条例_2017.txt", "第九条"): "第八条",
    # 人民群众普遍关心的问题 named (one sentence); 第六条 as near and higher has (一)-(三), (五), (六) named
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第五条"): "第四条",
    # 闭会期间→常委会 named, and own29 replaced it; 第七条 (one fact, own17) named
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第八条"): "第九条",
    # who guarantees the 办法 asked (a thin article used as drawn); 第四十六条 drawn itself,
    # 第四十八条 the last article
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第四十七条"): "第四十五条",
    # 评议意见作为考核的重要依据 own28, its 供水供电 paragraph a follow-up message's; 第二十八条 (two
    # follow-up messages) and 第三十条 (both facts) named, 第二十七条 drawn, 第三十一条 named
    ("n15_上海市居民委员会工作条例_2020.txt", "第二十九条"): "第二十六条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
