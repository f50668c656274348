"""Record of the seeded draw behind bench/questions/own22.jsonl (twenty-second held-out set, helper "own22").

Run: python -m bench.questions.draw_own22 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1246).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (2 Dec, about 15:16-15:24 UTC by the machine's `date`, helper "own22", branch
own22, worktree /work/wt-own22): the draw stops after 43 documents (23 laws x 2 articles, the
CPPCC charter c_154 among them, + 20 news articles = 66). Not drawn: c_2522, c_39907, c_60548,
c_60695, c_61880, n08, n12, n21. Seven drawn articles hold only facts that
bench/questions/README.md names as asked by earlier sets, so the nearest article (the lower one
when two are equally near) was used instead (SUBSTITUTED): n05 第六十三条 (who announces the end of
a mandate, own16 QC001) -> 第六十二条 (item （一）, 迁出或者调离; its item （三） is own19's); n02
第四十八条 (外国人提行不行, named as asked in the followups19 section) -> 第四十七条 (劝阻/公安机关 现场处置); n15 第三十一条 (own14
NA036 who helps, own16 QC042 what members learn) -> 第三十条 (多种形式收集居民的意见和建议; its
无法协调处理 -> 报告 is own19's); n19 第五条 (its principles, used as drawn by own8 and own12) -> 第四条 (全心全意为人民服务, 秉公办事); n09 第十八条 (one sentence, used as drawn by own14)
-> 第十七条 (当选无效); n17 第二十三条 (where to report 挥霍/挪用, own15 PB054) -> 第二十二条 (乡镇人民政府
批评教育, 责令限期改正); n06 第二十五条 (政府债务, followups17 FS049's second message) -> 第二十六条
(金融工作, 国务院每年报告; 第二十四条, as near and lower, is FS049's first message). Drawn articles
a fact of which the README names as asked, asked for another fact: n03 第三十四条 (own15 PB027 15个工作日内
and a followups20 message on 视为同意; own22 asks 牵头制作的行政机关), n19 第二十七条 (item （一） own.jsonl,
a followups20 message on 复查维持; own22 asks item （二）), n07 第四十条 (own6 asks to whom the police
report; own22 asks 非经主席团许可 不受逮捕), n16 第四十六条 (a followups11 message on 监护人代为提出;
own22 asks who takes the person back), n20 第六条 (items （一）/（三） own8/own21, and a followups16 message on
a pending court case; own22 asks （六） 具体中标意见), n11 第二十七条 (二个月内 own18, and perhaps a followups11 message on 敷衍;
own22 asks 专题调研/座谈会), n13 第八条 (its middle asked by own19; own22 asks its end, 履职网络平台
电子文档), n13 第十二条 (五日内 own7, 不得擅自退回 own8; own22 asks 会议期间 -> 会议工作机构), c_154
第四十八条 (副秘书长, own12; own22 asks the 办公厅), n25 第八条 (its 权利人同意 clause a followups17 message;
own22 asks its first paragraph). Every other drawn article was used as drawn. Kinds (all 80):
definition 19, rights_duties 19, where_to_report 14, procedure 12, numbers 8, deadline 8.
Answerable `deadline`: n24 第二十九条, n06 第二十六条 and n06 第四十一条; five unanswerable ones bring
the kind to 8. See the section "## own22.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1246
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n05_人大代表法_2025.txt", "第六十三条"): "第六十二条",
    ("n02_信访工作条例_2022.txt", "第四十八条"): "第四十七条",
    ("n15_上海市居民委员会工作条例_2020.txt", "第三十一条"): "第三十条",
    ("n19_河南省信访条例_2012.txt", "第五条"): "第四条",
    ("n09_村民委员会组织法_2018.txt", "第十八条"): "第十七条",
    ("n17_山东省村务公开条例_2018.txt", "第二十三条"): "第二十二条",
    ("n06_监督法_2024.txt", "第二十五条"): "第二十六条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
