"""Record of the seeded draw behind bench/questions/own19.jsonl (nineteenth held-out set, helper "own19").

Run: python -m bench.questions.draw_own19 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1240).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (2 Dec, about 04:54-05:04 UTC by the machine's `date`, helper "own19"): the draw
stops after 45 documents (21 laws x 2 articles, the CPPCC charter c_154 among them, + 24 news
articles = 66). Not drawn: c_62147, n04, n08, n12, n16, n21. Four drawn articles hold only facts
that bench/questions/README.md names as asked by earlier sets, so the nearest article was used
instead (SUBSTITUTED): n11 第六条 (the 常委会's 组织、协调、服务保障, own16 QC074; own17 already moved
to 第七条, RE064, whose one fact is asked) -> 第五条; n15 第三条 (the 居委会's nature, own2, and
协助政府, own15 PB039) -> 第四条 (第二条, as near, is a scope clause own15 used); n15 第三十一条 (who
helps, own14 NA036, and what members learn, own16 QC042) -> 第三十条; n05 第六十三条 (who announces
the end of a 代表's mandate, own16 QC001) -> 第六十二条 (第六十四条, as near, is own10's thin 实施办法).
Where the README names a fact of a drawn article as asked, another fact of it was asked: n17
第六条 (own13 LA047 asks item （三）; own19 asks （二）, who trains), n23 第十七条 (own17 asks （一）,
own18 （二）, own15 the 撤换和补选 of n08; own19 asks （三）), n03 第四十七条 (own14 NA056 asks where
to complain, own17 RE007 the outcome; own19 asks 向有权机关提出处理建议), n25 第十二条 (own10 C004
asks （七）, own14 NA047 （一）; own19 asks （二）), n18 第三十五条 (a follow-up set may ask
外国人; own19 asks the 村委会/企业 clause). Every other drawn article was used as drawn. News: every
fact this README names as asked for the drawn pages was avoided (among others c_151's 1954 and
first plenary, c_61454's 实干突围 summary of 2025, c_60695's 工商联 学习教育, c_58542's 整改,
c_60548's chair). Kinds (all 80): definition 24, rights_duties 16, procedure 14, where_to_report 9,
deadline 9, numbers 8. Answerable `deadline`: n17 第十二条, n24 第三十六条, n25 第十条, c_60811's
2025年9月3日 and c_62030's 2015年初; four unanswerable ones bring the kind to 9.
See the section "## own19.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1240
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第六条"): "第五条",
    ("n15_上海市居民委员会工作条例_2020.txt", "第三条"): "第四条",
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十一条"): "第三十条",
    ("n05_人大代表法_2025.txt", "第六十三条"): "第六十二条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
