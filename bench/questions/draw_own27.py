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

What was done: TODO
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
