"""The seeded draw of shared-corpus documents behind bench/questions/followups51.jsonl.

What was done: the 50 pairs of followups51.jsonl (HL001-HL050) were written blind on 2026-12-05
(about 13:16-13:30 UTC by the machine clock) by the helper session "fu51" on branch `followups51`
(worktree /work/wt-fu51), from the plain text of the documents only (reading, cat, grep, sed, nl
and small Python string scripts kept in /tmp/fu51 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench
or eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups50.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

HL001-HL025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). HL026-HL050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, the charter c_154 counted as
a law as bench.draws.is_law does, one per news item), until 25 pairs were written: the first 16
documents of the draw (nine laws, two pairs each, and seven news items, one each; the sixteenth
document, c_60811, a news item, made 25). COUNTS gives how many pairs each drawn document opens
(its file is the pair's `first_doc`), in draw order. This draw picks documents, not articles;
within a law the writer chose the first message's article and the follow-up's answer among facts
bench/questions/README.md names least as asked (checked by counting hits of terms in that
README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (HL008 handbook -> 办法
(说明原因，并提出修改建议), HL018 办法 -> handbook (至少报送一篇社情民意信息), HL024 通知 -> 办法
(每季度通过履职平台发布一次); HL035 c_60860 -> n09 (本村的公共事务和公益事业), HL044 n02 -> n19
(采用书信、电话等形式提出), HL045 n08 -> n15 (报区人民政府批准)).

Controls (is_followup false, a standalone second question answered by another document): HL009
handbook -> 机关处室 (提供文史资料), HL014 机关处室 -> handbook (获得履职所需的文件和资料), HL019
办法 -> handbook (是指自然日), HL025 通知 -> handbook (懂政协、会协商、善议政); HL029 n15 -> n12
(会办意见书面送主办单位), HL030 c_2522 -> n09 (提前十天通知村民), HL033 c_154 -> n07
(十五人至三十五人), HL046 n08 -> n19 (由其监护人或亲属代为反映).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
HL010 (whether a 提案's line spacing is prescribed), HL015 (the name of the head of the 办公室),
HL020 (which 社情民意 pieces were chosen as excellent last year), HL027 (how many suggestions a
Shanghai deputy may make in a year; no file sets a number), HL036 (where the 2025 new-year tea
party of the national CPPCC was held; c_60695 gives the date and no place), HL049 (how many
members of the national CPPCC live in 河池; c_61880 names them and gives no number).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups51 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1319

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,  # the second opens an unanswerable pair
    "n15_上海市居民委员会工作条例_2020.txt": 2,  # the second opens a control
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens a control
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_154_中国人民政治协商会议章程.txt": 2,  # a law by bench.draws.is_law; the second opens a control
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,  # opens an unanswerable pair
    "n19_河南省信访条例_2012.txt": 2,
    "n09_村民委员会组织法_2018.txt": 2,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n02_信访工作条例_2022.txt": 2,
    "n08_城市居民委员会组织法_2018.txt": 2,  # the second opens a control
    "n07_地方组织法_2022.txt": 2,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens an unanswerable pair
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,  # the sixteenth document: one pair makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
