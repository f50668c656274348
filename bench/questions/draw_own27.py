"""Record of the seeded draw behind bench/questions/own27.jsonl (twenty-seventh held-out set, helper "own27").

Run: python -m bench.questions.draw_own27 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1256).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (3 Dec, from about 11:35 UTC by the machine's `date`, helper "own27", branch own27,
worktree /work/wt-own27): the draw stops after 45 documents (21 laws x 2 articles, the CPPCC
charter c_154 among them, + 24 news articles = 66). Not drawn: c_60547, n03, n09, n10, n20, n24.
Twelve drawn articles hold only facts that bench/questions/README.md names as asked by earlier
sets (a dev question, an earlier set, a follow-up message or a tuning question), so the nearest
article with a fact not named there (the lower one when two are equally near) was used instead
(SUBSTITUTED): c_154 第四十八条 (副秘书长 own12, 办公厅 own22) -> 第四十七条 (主席会议 chairs the
预备会议 of the next committee's first plenary); n05 第五十三条 (语言文字 own9, 生活习惯 own11) ->
第五十二条 (its first paragraph: who supervises 代表建议 handling; its 重点督促 is named); n18
第三十二条 (上级国家机关通报批评, named) -> 第三十三条 (item (一); item (三) is own15's; 第三十一条 从其规定
is named); n15 第三十八条 (警告或者记过 own26, 派活 a follow-up message) -> 第三十七条 (街道办/乡镇
责令改正; own26 asked its 居民会议予以纠正); n15 第二条 (scope clause, own15) -> 第一条 (the law it rests
on; 第三条 is own2's and own15's); n06 第四十一条 (三十日内, named) -> 第四十条; n04 第二条 (scope,
named as used) -> 第一条 (purpose; 第三条's 不适用 clause is named); n08 第十五条 (居民公约, O021,
counted as named as own25/own26 did) -> 第十六条 (必须经受益单位同意; its 筹集 and 收支帐目 are
named; 第十四条, as near and lower, holds only 小组长, named); n23 第十条 (五至九人 followups9, who
approves own10, 人数较少的民族 asked of its twin n08 第七条 by own16) -> 第九条 (不足一百户或者超过七百户);
n23 第四条 (T099's fact) -> 第五条 (item (三) 调解民间纠纷; 第三条, as near and lower, is a bare
definition an earlier set replaced); n11 第二十九条 (集中反映的问题确定议题, named) -> 第三十条
(向社会公布); n11 第二十八条 (每年 own17, 印发下一次会议 own20) -> 第二十七条 (its third paragraph,
跟踪 of 答复意见落实; 二个月内 own18 and 专题调研 own22 are named). Kinds (all 80): definition 29,
rights_duties 16, procedure 11, where_to_report 8, numbers 8, deadline 8. See the section
"## own27.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1256
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("c_154_中国人民政治协商会议章程.txt", "第四十八条"): "第四十七条",
    ("n05_人大代表法_2025.txt", "第五十三条"): "第五十二条",
    ("n18_浙江省信访条例_2016.txt", "第三十二条"): "第三十三条",
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十八条"): "第三十七条",
    ("n15_上海市居民委员会工作条例_2020.txt", "第二条"): "第一条",
    ("n06_监督法_2024.txt", "第四十一条"): "第四十条",
    ("n04_重大行政决策程序暂行条例_2019.txt", "第二条"): "第一条",
    ("n08_城市居民委员会组织法_2018.txt", "第十五条"): "第十六条",
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十条"): "第九条",
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第四条"): "第五条",
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第二十九条"): "第三十条",
    ("n11_北京市人大代表建议批评和意见办理条例_2014.txt", "第二十八条"): "第二十七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
