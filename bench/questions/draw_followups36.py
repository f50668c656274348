"""The seeded draw of shared-corpus documents behind bench/questions/followups36.jsonl.

What was done: the 50 pairs of followups36.jsonl (GS001-GS050) were written blind on 2026-12-04
by the helper session "fu36" on branch `followups36` (worktree /work/wt-fu36), from the plain text
of the documents only (reading, cat, grep, awk, sed and small Python string scripts kept in
/tmp/fu36 that import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no search
or retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail only), no existing pair or question file except the first 3 lines of followups35.jsonl
for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GS001-GS025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GS026-GS050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until
25 pairs were written: the first 20 documents of the draw. The twentieth, n02, is a law but opens
one pair only, because 24 pairs had been written when it was reached. COUNTS gives how many pairs
each drawn document opens (its file is the pair's `first_doc`), in draw order. This draw picks
documents, not articles; within a law the writer chose the first message's article and the
follow-up's answer (the same article, another article, or another document) among facts
bench/questions/README.md names least as asked (checked by short-window search and counts over
that README), so no drawn article was substituted. Like followups35, the set takes a natural mix
of where a follow-up's answer sits: of the 36 answerable follow-ups 16 are answered in the same
article, paragraph or list item as the first message (another fact of it), 14 in another article,
heading, paragraph or item of the same document, and 6 in another document (GS007 handbook ->
机关处室, GS019 办法 -> handbook, GS024 通知 -> handbook; GS033 n01 -> n07, GS042 c_2522 ->
c_60737, GS045 c_60368 -> c_61580). Of the fourteen drawn news items nine open an answerable
follow-up, two a control (c_151, c_60737) and three an unanswerable pair (c_61598, c_62179,
c_61880); of the six drawn laws every pair opens an answerable follow-up except n07's second and
n02's only pair, both controls. A control's
standalone second question is answered by another document (GS010 handbook -> 机关处室, GS015
机关处室 -> 办法, GS020 办法 -> 通知, GS025 通知 -> 机关处室; GS035 c_151 -> n24, GS047 n07 -> n24,
GS048 c_60737 -> c_151, GS050 n02 -> n15); the unanswerable follow-ups (GS009, GS014, GS016, GS029,
GS039, GS043) were checked by grepping their key terms over both folders: none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups36 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1275

# pairs written per drawn document, in draw order (20 documents, 25 pairs)
COUNTS = {
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,  # opens an unanswerable pair
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n01_宪法.txt": 2,
    "c_151_中国人民政治协商会议简介.txt": 1,  # opens a control
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_61580_书写政协履职新答卷.txt": 1,
    "c_62179_许显辉赴河池市调研.txt": 1,  # opens an unanswerable pair
    "n15_上海市居民委员会工作条例_2020.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "c_61880_市政协党组扩大会议召开传达全国两会精.txt": 1,  # opens an unanswerable pair
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "n07_地方组织法_2022.txt": 2,  # the second opens a control
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # opens a control
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "n02_信访工作条例_2022.txt": 1,  # opens a control; one pair only (the 25th)
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
