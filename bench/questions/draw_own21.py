"""Record of the seeded draw behind bench/questions/own21.jsonl (twenty-first held-out set, helper "own21").

Run: python -m bench.questions.draw_own21 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1244).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus.

`--text` prints every drawn article, for writing the questions.

What was done (2 Dec, about 09:55-10:05 UTC by the machine's `date`, helper "own21"): the draw
stops after 44 documents (22 laws x 2 articles, the CPPCC charter c_154 among them, + 22 news
articles = 66). Not drawn: c_60547, c_61580, c_62245, n06, n10, n11, n23. Five drawn articles
hold only facts that bench/questions/README.md names as asked by earlier sets, so the nearest
article (the lower one when two are equally near, as own19 and own20 did) was used instead
(SUBSTITUTED): n15 第十五条 (便民利民/志愿服务, own20) -> 第十四条 (公序良俗, 居民公约); n17 第八条
(十分之一/五分之一, own13 LA005, and a followups14 message) -> 第七条 (its item （九）, 村务民主协商的
成果; 第九条, as near, is own18's 知情权、参与权和监督权; items （四）/（六） of 第七条 are asked by own11
and own6); n17 第二十条 (经费保障, own10's thin article) -> 第十九条 (岗位目标责任制, 履行职责评议);
n25 第六条 (法院审理方式, own20's substitute) -> 第五条 (调取证据, its fifth paragraph; 第七条, as
near, is own13's 档案); n25 第十条 (在一定期限内答复, own19) -> 第十一条 (补救措施, 赔偿责任;
第九条, as near, has all its paragraphs asked by own11, own16 and own17). Where the README names a
fact of a drawn article as asked, another fact of it was asked: n18 第十五条 (its 代表人数, own18;
own21 asks 有效身份证件/接待场所), n20 第六条 (item （一）, own8; own21 asks （三）), n13 第七条 (own8
during or between sessions, own17 the 联名 duty; own21 asks 一人提出), n09 第三十三条 (follow-up
messages ask who chairs the 民主评议, E040, and 连着两次评不称职; own21 asks 每年至少进行一次), n21 第十九条 (own18 主要领导牵头办理; own21
asks 集体研究办理), n12 第十七条 (the 会办 month; own21 asks who 协调s), n05 第五十八条 (own12 JA073
its middle; own21 asks 公示), n08 第三条 (items （三）/（四）, own8 and own17; own21 asks （五）). Every
other drawn article was used as drawn. Kinds (all 80): definition 21, rights_duties 21,
procedure 13, deadline 9, where_to_report 8, numbers 8. Answerable `deadline`: n09 第三十三条,
n09 第十一条, n04 第三十一条 and n21 第十六条; five unanswerable ones bring the kind to 9.
See the section "## own21.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1244
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n15_上海市居民委员会工作条例_2020.txt", "第十五条"): "第十四条",
    ("n17_山东省村务公开条例_2018.txt", "第八条"): "第七条",
    ("n17_山东省村务公开条例_2018.txt", "第二十条"): "第十九条",
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第六条"): "第五条",
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第十条"): "第十一条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
