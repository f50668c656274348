"""Record of the seeded draw behind bench/questions/own58.jsonl (fifty-eighth held-out set, helper "own58").

Run: python -m bench.questions.draw_own58 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1347).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached; the documents after that point
   get no question. The 14 unanswerable questions are written from no document; each was checked
   by grepping its key terms over the whole corpus and the 4 files in samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (5 Dec 2026, from 19:56 UTC by the machine's `date`, helper "own58", branch own58,
worktree /work/wt-own58): the draw stops after 45 documents (21 laws with 2 articles each, n22 with 1
article as the 66th question, and 23 news articles = 66). Not drawn: c_2522, c_60915, n02, n06, n10, n21.
The writer did not run this script (nor any other bench script): the draw was reproduced by a
standard-library copy of bench/draws.articles_drawn kept in /tmp/own58/draw.py, and
tests/test_question_sets.py checks that this module gives the same documents and articles.
Six drawn articles hold only facts that bench/questions/README.md names as asked (by an earlier set, a
follow-up message or a control question, or counted named by an earlier set's record), so the nearest
article with a fact not named there (the lower one when two are equally near and both usable; never a
first or last article; an article drawn itself, or taken by the other drawn article's substitution, skipped;
up to distance 4) was used instead (SUBSTITUTED, each with its reason in a comment). n25 第四条 and 第九条
(n25 exhausted), n08 第四条 and 第七条 (n08 exhausted), n23 第五条 and 第十四条 (n23 exhausted), n20 第四条,
n12 第十条, n03 第四十三条, n13 第十条, n14 第十四条 and 第十三条, n17 第四条 and 第二十一条, n11 第十四条 and
第二十条 (every article within distance 4 named) were used as drawn, as own40-own57 did, and most of their
questions repeat earlier facts.
The questions are typed short, as members type on a phone: all 80 have at most 10 characters, the
median is 9.
Kinds (all 80): definition 33, where_to_report 11, rights_duties 11, deadline 9, procedure 8, numbers 8.
See the section "## own58.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1347
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    # its one sentence, 地方委员会设主席、副主席若干人和秘书长 (own30): fully named; 第五十二条 (distance 1, lower;
    # 每届任期五年 HD047's follow-up, own49 substituted it) and 第五十四条 (distance 1, higher; 每年至少举行一次 own12)
    # named; 第五十一条 (distance 2, lower; own49, its first paragraph counted named by own49) named; 第五十五条
    # (distance 2, higher; items (三)/(四) own56, FT044's first message) has item (二), 听取和审议常务委员会的工作报告,
    # with no hit
    ("c_154_中国人民政治协商会议章程.txt", "第五十三条"): "第五十五条",
    # 一个月内重新书面答复 (own14), who 督促 (own20), own31, own51 and own56 substituted it: fully named; 第二十三条
    # (distance 1, lower; own31's substitute, its first paragraph a followups47 first message) and 第二十五条
    # (distance 1, higher; own56's substitute, own50, own43) named; 第二十二条 (distance 2, lower; own51, own48,
    # GS030, FK031) and 第二十六条 (distance 2, higher; own37, own38) named; 第二十一条 (distance 3, lower; own23,
    # own24) named; 第二十七条 (distance 3, higher; only in scan lists) has 加强与承办单位和相关代表的联系 with no hit
    ("n20_浙江省人大代表建议批评和意见办理的规定_2016.txt", "第二十四条"): "第二十七条",
    # its one sentence, used as drawn by own31, own32 substituted it: fully named; 第五十一条 (distance 1, lower;
    # own32's substitute) named; 第五十三条 is the last; 第五十条 (distance 2, lower; own57 counted it fully named)
    # named; 第四十九条 (distance 3, lower; items (一) own55, (四) own57, 处分建议 own39) has item (二), 应当作为而不作为,
    # with no hit
    ("n16_上海市信访条例_2018.txt", "第五十二条"): "第四十九条",
    # 每年至少一次, who chairs, 两次不称职, 误工补贴的聘用人员 (own32's list): fully named; 第三十二条 (distance 1,
    # lower; own32, own40, own48, own51, own55 substituted it) named; 第三十四条 (distance 1, higher; own39's
    # substitute 土地发包方案和承包合同, the 村务档案 list a followups39 message) has 村务档案应当真实、准确、完整、规范
    # with no hit
    ("n09_村民委员会组织法_2018.txt", "第三十三条"): "第三十四条",
    # 遵守并组织实施村民自治章程、村规民约 (own38), 办事公道 and 接受村民监督 through its twins, own54 substituted it:
    # counted fully named as own54 did; 第八条 (distance 1, lower; items (三) own54, (五) own20, (六) own45,
    # (七) own55, (四) through the twin n09 第八条) has item (八), 协助做好社区矫正, with no hit
    ("n24_浙江省实施村民委员会组织法办法_2020.txt", "第九条"): "第八条",
    # 国务院组成人员 (own32), used as drawn by own32 and own36 and counted named by own50: named; 第十七条
    # (distance 1, lower; A046 asks "something in its middle") has its last paragraph, 表示反对的，可以另选他人,
    # with no hit
    ("n05_人大代表法_2025.txt", "第十八条"): "第十七条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
