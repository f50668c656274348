"""Record of the seeded draw behind bench/questions/own26.jsonl (twenty-sixth held-out set, helper "own26").

Run: python -m bench.questions.draw_own26 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1254).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (3 Dec, from about 10:08 UTC by the machine's `date`, helper "own26", branch own26,
worktree /work/wt-own26): the draw stops after 44 documents (22 laws x 2 articles, the CPPCC
charter c_154 among them, + 22 news articles = 66). Not drawn: c_61454, c_61580, c_62238,
n02, n07, n19, n21. Six drawn articles hold only facts that
bench/questions/README.md names as asked by earlier sets, so the nearest article with a fact not
named there (the lower one when two are equally near) was used instead (SUBSTITUTED):
n24 第三十四条 (职务自行终止, a dev question, own.jsonl's note) -> 第三十五条 (逾期不公告 -> 乡、镇人民政府
有权发布公告; 第三十三条, as near and lower, has its 当场公布, 每年至少一次 and 两次不称职 named);
n25 第十条 (在一定期限内答复, own19) -> 第十一条 (second paragraph, 裁定暂时停止公开; 第九条, as near
and lower, has all four paragraphs named); n08 第十五条 (居民公约, O021, as own25 counted it) ->
第二十条 (区政府部门 可以对下属的委员会进行业务指导; 第十条-第十九条 are named); n14 第十九条 (人大代表
专题调研和视察, own25) -> 第十八条 (执法检查, 询问和质询); n06 第二十条 (六月至九月, own25) ->
第二十一条 (重点审查内容, 预算法; 第十九条, as near and lower, is own9's and own11's); n03 第三十四条
(15个工作日 own15, 视为同意 followups20, 牵头机关征求意见 own22) -> 第三十三条 (当场予以答复; a dev
question and two follow-up controls use this article, fact not named). Kinds (all 80): definition
27, rights_duties 17, procedure 11, deadline 9, where_to_report 8, numbers 8. See the section
"## own26.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1254
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第三十四条"): "第三十五条",
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第十条"): "第十一条",
    ("n08_城市居民委员会组织法_2018.txt", "第十五条"): "第二十条",
    ("n14_上海市人民建议征集若干规定_2021.txt", "第十九条"): "第十八条",
    ("n06_监督法_2024.txt", "第二十条"): "第二十一条",
    ("n03_政府信息公开条例_2019.txt", "第三十四条"): "第三十三条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
