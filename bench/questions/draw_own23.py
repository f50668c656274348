"""Record of the seeded draw behind bench/questions/own23.jsonl (twenty-third held-out set, helper "own23").

Run: python -m bench.questions.draw_own23 [corpus_dir] [--text]

1. The 51 corpus file names are sorted and shuffled with random.Random(SEED) (SEED = 1248).
2. The documents are taken in that order. A law (n01-n25 and the CPPCC charter c_154, split into
   articles 第X条) gets 2 articles drawn with the same generator, continuing, among all its
   articles except the first and the last; a news article (every other c_* file) gets 1 question,
   written after reading its whole text (no paragraph is drawn).
3. Documents are taken until 66 answerable questions are reached (laws give 2, news 1); the
   documents after that point get no question. The 14 unanswerable questions are written from no
   document; each was checked by grepping its key terms over the whole corpus and the 4 files in
   samples/documents.

`--text` prints every drawn article, for writing the questions.

What was done (2 Dec, about 16:48-17:01 UTC by the machine's `date`, helper "own23", branch
own23, worktree /work/wt-own23): the draw stops after 44 documents (22 laws x 2 articles, the
CPPCC charter c_154 among them, + 22 news articles = 66). Not drawn: c_61454, c_62030, c_62245,
n07, n08, n11, n17. Six drawn articles hold only facts that bench/questions/README.md names as
asked by earlier sets, so the nearest article with a fact not named there (the lower one when two
are equally near) was used instead (SUBSTITUTED): n25 第三条 (its one fact is followups22 FN047's
follow-up) -> 第二条 (item （一）, 申请内容不明确 -> 不予受理; （二）-（四） are own8/own9/own15's, and
第四条, as near, has its facts named too); n25 第七条 (档案, own13 and a followups10 message) ->
第五条 (its first paragraph, 对拒绝的根据 举证; 第六条 (own20) and 第八条 (own22 and followups17) are
nearer but fully named, 第九条 is as near as 第五条 and higher; 第五条's 国家秘密 and 调取证据
paragraphs are a followups8 message's and own21's); n23 第十三条 (nomination own16 QC043, 差额 a follow-up set) ->
第十二条 (选举权, 居住期限); n06 第四十四条 (own15 PB025, own16 QC020) -> 第四十三条 (撤销/委员长会议决定提请;
第四十五条 is as near and higher); n05 第四十一条 (无固定工资 a followups5 message after a first one on the
article, 往返的旅费 followups22 FN038) -> 第四十条 (必须给予时间保障); n16 第四十六条 (followups11 监护人代为提出, own22 who
takes the person back) -> 第四十五条 (信访代理为名 牟取不正当利益; own9 A076 asks a fact in its middle,
第四十七条 is as near and is followups15's FZ050). Drawn articles a fact of which the README names as
asked, asked for another fact: n12 第十九条 (三个月内 own9 and own12, 延长不超过三个月 own14, 换届 a followups11
message; own23 asks 确实不能在限期内办理完毕 -> 代表工作机构书面报告), n24 第二十九条 (own22 至少每季度/（五）;
own23 asks 集体财务往来较多 -> 每月公布一次), n19 第十二条 (followups15 FZ047's first message, fact not
named; own23 asks item （四）), n21 第十三条 (十个工作日 own5; own23 asks 会议期间 -> 大会秘书处),
n09 第六条 (its count, a `numbers` question of own19; own23 asks 妇女成员), n13 第十条 (五日内 own11, 平台 own15; own23 asks
常委会组成人员联系代表时 -> 及时转交), n02 第十八条 (定期接访 a followups15 message; own23 asks
联合接访/一站式). Every other drawn article was used as drawn. Kinds (all 80): definition 28,
rights_duties 15, where_to_report 11, procedure 10, numbers 8, deadline 8. Answerable `deadline`:
n24 第二十九条, n02 第三十九条 and n20 第二十一条; five unanswerable ones bring the kind to 8. See the
section "## own23.jsonl" of bench/questions/README.md.
"""
import sys

from bench.draws import article_draw, print_articles

SEED = 1248
ANSWERABLE = 66

# (document, drawn article) -> nearest article used instead
SUBSTITUTED: dict[tuple[str, str], str] = {
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第三条"): "第二条",
    ("n25_最高法审理政府信息公开行政案件规定_2011.txt", "第七条"): "第五条",
    ("n23_北京市实施城市居民委员会组织法办法.txt", "第十三条"): "第十二条",
    ("n06_监督法_2024.txt", "第四十四条"): "第四十三条",
    ("n05_人大代表法_2025.txt", "第四十一条"): "第四十条",
    ("n16_上海市信访条例_2018.txt", "第四十六条"): "第四十五条",
}

draw, used = article_draw(SEED, ANSWERABLE, SUBSTITUTED)


if __name__ == "__main__":
    print_articles(sys.argv, draw)
