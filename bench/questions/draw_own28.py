"""Record of the seeded draw behind bench/questions/own28.jsonl (twenty-eighth held-out set, helper "own28").

Run: python -m bench.questions.draw_own28 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1258).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (3 Dec, from about 13:46 UTC by the machine's `date`, helper "own28", branch own28,
worktree /work/wt-own28): the draw stops after 44 documents (22 laws x 2 articles, the CPPCC
charter c_154 among them, + 21 news articles + 1 article of n12, last in the order with one question
left = 66). Not drawn: c_60548, c_60695, c_62030, c_62179, n04, n08, n13. Seven drawn articles hold
only facts that bench/questions/README.md names as asked by earlier sets (a dev question, an earlier
set, a follow-up message or a tuning question), so the nearest article with a fact not named there
(the lower one when two are equally near) was used instead (SUBSTITUTED): n05 第五十二条 (its first
paragraph own27, 确定重点督促办理 named) -> 第五十一条 (自交办之日起三个月内/六个月内答复; 第五十三条,
as near, is own9's and own11's); n25 第七条 (档案 own13, the 档案馆 clause a followups10 message) ->
第四条 (its third paragraph, 以该组织为被告; 第六条 and 第八条 are fully named, 第五条 is drawn itself,
第九条 has its paragraphs named); n06 第四十五条 (每年, own15 PB003) -> 第四十六条 (派有关负责人员到会;
第四十四条, as near and lower, is own15's and own16's); n23 第二十一条 (兼任, an earlier substitute's;
可以不设下属的委员会, E032) -> 第十八条 (its second paragraph, 不得与宪法…相抵触; 第十九条, 第二十条,
第二十二条 to 第二十四条 are named); n23 第三条 (基层群众性自治组织, the same sentence asked of n08
第二条 and, as the 居委会's nature, of n15 第三条) -> 第五条 (item (二), 公共事务和公益事业; 第二条 and
第四条 are named, and 第一条, as near and lower, holds only the law it rests on, asked of its twin
n15 第一条 by own27); n24 第六条 (浙江省村民委员会选举办法, named) -> 第五条 (不得干预村民自治范围内的事项);
n11 第三十三条 (a 参照执行 scope clause used as drawn by an earlier set) -> 第三十二条 (what 承办单位
means; 第三十四条, as near, is the last article). Kinds (all 80): definition 25, rights_duties 20,
procedure 9, deadline 9, numbers 9, where_to_report 8. See the section "## own28.jsonl" of
bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1258
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n05_人大代表法_2025.txt", "第五十二条"): "第五十一条",
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第七条"): "第四条",
    ("n06_监督法_2024.txt", "第四十五条"): "第四十六条",
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第二十一条"): "第十八条",
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第三条"): "第五条",
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第六条"): "第五条",
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第三十三条"): "第三十二条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
