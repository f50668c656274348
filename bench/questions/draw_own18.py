"""Record of the seeded draw behind bench/questions/own18.jsonl (eighteenth held-out set, helper "own18").

Run: python -m bench.questions.draw_own18 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1238).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (2 Dec, about 02:24-02:30 UTC by the machine's `date`, helper "own18"): the draw
stops after 44 documents (22 laws x 2 articles + 22 news articles = 66); the CPPCC charter c_154 is
not among them. Not drawn: c_154, c_60368, c_60860, c_62147, n06, n20, n22. Two drawn articles hold
a single fact that bench/questions/README.md names as asked by an earlier set, so the nearest
article was used instead (SUBSTITUTED): n17 第八条 (十分之一/五分之一, own13 LA005; followups14
FY037 reaches it too) -> 第九条 (第七条, as near, is asked item by item by own5, own6, own11 and
followups14); n21 第十八条 (二十个工作日内, asked by own9) -> 第十九条. Where the README names a fact
of a drawn article as asked, another fact of it was asked: n19 第十九条 (own9 A006 and own14 NA075
ask item （二）; own18 asks （六）), n23 第十七条 (own17 RE032 asks item （一）, and own15 PB070 asks
撤换和补选 of n08 第十条; own18 asks （二）), n09 第二十五条 (own14 NA038 asks the 村民代表's term;
own18 asks 五户至十五户), n08 第九条 (followups16 FW027 asks 过半数出席; own18 asks 二至三人), n05
第二十一条 (own16 QC057 asks its middle or end; own18 asks its first paragraph only),
n11 第二十一条 (followups12 FV050 may ask 三个月内; own18 asks the 六个月 limit). Every other drawn
article was used as drawn. News: every fact this README names as asked for the drawn pages was
avoided (among others c_151's first plenary, 1949, 1994, 主席会议; c_61454's counts, 9时, speakers and
六个方面; c_61580's counts; c_62238's dates, 龙慧芬, departments and 试验基地; c_62245's date,
第四十三次, speakers and departments; c_2522's 305 and the 界别 headings named; c_62030's 17.5米,
四层, money and dates). Kinds (all 80): definition 20, rights_duties 17, procedure 15, deadline 10,
where_to_report 9, numbers 9. Answerable `deadline`: n07 第七十二条, n24 第三十一条, n11 第二十七条 and
第二十一条, n04 第十五条, c_39907's 1921年秋; four unanswerable ones bring the kind to 10.
See the section "## own18.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1238
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n17_山东省村务公开条例_2018.txt", "第八条"): "第九条",
    ("n21_重庆市人大代表建议批评和意见工作条例_2017.txt", "第十八条"): "第十九条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
