"""The seeded draw of shared-corpus documents behind bench/questions/followups42.jsonl.

What was done: the 50 pairs of followups42.jsonl (GY001-GY050) were written blind on 2026-12-05
(about 04:30-04:45 UTC by the machine clock) by the helper session "fu42" on branch `followups42`
(worktree /work/wt-fu42), from the plain text of the documents only (reading, cat, grep, sed and
small Python string scripts kept in /tmp/fu42 that import nothing from kb/ or bot/, only
bench.draws and the standard library; no bot, no `ingest.py`, no search or retrieval, no bench or
eval script other than this draw and tests/test_question_sets.py (pass/fail only), no existing
pair or question file except the first 3 lines of followups41.jsonl for the format, nothing under
bot/, kb/ or docs/, not CHANGELOG.md).

GY001-GY025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 10 pairs, 机关处室 5, 社情民意办法 5, 征集通知 5). GY026-GY050
are over ../shared/eval/corpus: its sorted file names were shuffled with random.Random(SEED) and
the documents were taken in that order, 1-2 pairs each (two per law, one per news item), until 25
pairs were written: the first 17 documents of the draw (eight laws, two pairs each, eight news
items, one each, and the seventeenth document, a law, one pair, which made 25). COUNTS gives how
many pairs each drawn document opens (its file is the pair's `first_doc`), in draw order. This
draw picks documents, not articles; within a law the writer chose the first message's article and
the follow-up's answer among facts bench/questions/README.md names least as asked (checked by
counting hits of terms in that README), so no drawn article was substituted.

Where the follow-ups' answers sit (36 answerable follow-ups): 16 in the same article, paragraph,
heading or item as the first message (another fact of it), 14 in another article, heading,
paragraph or item of the same document, and 6 in another document (GY007 handbook -> 机关处室
(账号被锁定), GY008 handbook -> 机关处室 (0000-5550105), GY013 机关处室 -> handbook
(10个工作日内核实并答复); GY028 c_61454 -> c_61598 (建设和美乡村), GY031 n20 -> n21
(两个月内书面答复代表), GY034 n09 -> n17 (应当至少保留五日)).

Controls (is_followup false, a standalone second question answered by another document): GY010
handbook -> 机关处室 (bangongshi), GY015 机关处室 -> handbook (劝其辞去委员职务), GY020 办法 ->
handbook (第一提案人每件计3分), GY025 通知 -> 机关处室 (在5个工作日内转送); GY029 c_62022 -> n07
(每两个月至少举行一次), GY041 c_61598 -> n07 (建立居民列席有关会议的制度), GY044 n07 -> n05
(暂时停止执行代表职务), GY046 n17 -> n10 (不溯及既往).

Unanswerable follow-ups, checked by grepping their key terms over the documents (none answers):
GY009 (a model text for the yearly 履职报告), GY014 (how many staff the 提案委员会 has), GY019 (how
often 《临江社情民意》 comes out), GY032 (who chaired 民盟河池市's second committee), GY035 (on which
day and at which meeting the fifth 河池 CPPCC members' list was settled), GY042 (when the next
全国政协 双周协商座谈会 is held).

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.

Run `python -m bench.questions.draw_followups42 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1291

# pairs written per drawn document, in draw order (17 documents, 25 pairs)
COUNTS = {
    "n10_立法法_2023.txt": 2,
    "c_61454_市政协五届六次会议开幕.txt": 1,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,  # opens a control
    "n20_浙江省人大代表建议批评和意见办理的规定_2016.txt": 2,
    "c_60737_中国民主同盟河池市第三次代表大会召开.txt": 1,  # opens an unanswerable pair
    "n09_村民委员会组织法_2018.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,  # opens an unanswerable pair
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_61598_市政协党组扩大会议暨五届60次主席会.txt": 1,  # opens a control
    "c_62245_全国政协召开双周协商座谈会围绕加快涉.txt": 1,  # opens an unanswerable pair
    "n07_地方组织法_2022.txt": 2,  # the second opens a control
    "n17_山东省村务公开条例_2018.txt": 2,  # the second opens a control
    "c_60811_凝心铸魂担使命履职尽责促发展民建中央.txt": 1,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "n05_人大代表法_2025.txt": 1,  # the seventeenth document: one pair makes 25
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
