"""The seeded draw of shared-corpus documents behind bench/questions/followups26.jsonl.

What was done: the 50 pairs of followups26.jsonl (GH001-GH050) were written blind on 2026-12-03
(the machine's `date` read 10:08:09 UTC at the start and 10:15:13 UTC when the file was first
written) by the helper session "fu26" on branch `followups26` (worktree /work/wt-fu26), from the
plain text of the documents only (reading, grep, sed and small Python string scripts kept in
/tmp/fu26 that import nothing from kb/ or bot/, only bench.draws; no bot, no `ingest.py`, no
search or retrieval, no bench or eval script other than this draw and tests/test_question_sets.py
(pass/fail and assertion messages only), no existing pair or question file except the first 3
lines of followups25.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

GH001-GH025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 5 and 4
of the answerable follow-ups). GH026-GH050 are over ../shared/eval/corpus: its sorted file names
were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2 pairs each
(two per law, one per news item), until 25 pairs were written: the first 15 documents of the draw.
COUNTS gives how many pairs each drawn document opens (its file is the pair's `first_doc`), in
draw order. A control's standalone second question is answered by another document (GH022
handbook -> 办法, GH023 机关处室 -> handbook, GH024 办法 -> 机关处室, GH025 通知 -> 办法; GH027
n16 -> n17, GH035 c_154 -> n17, GH040 n14 -> n21, GH045 n06 -> n23); the unanswerable follow-ups
(GH019, GH020, GH021, GH032, GH036, GH046) were checked by grepping their key terms (上限/最多/
件数, 主任/提案委员会主任, 报名/讲座, 翻译, 集体提案, 会议室/召开 in c_62022) over both folders:
none answers them.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set (both compared with whitespace removed), no answer phrase occurs in that README, and
also_docs is every other file of the same part that carries a phrase.

Run `python -m bench.questions.draw_followups26 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1255

# pairs written per drawn document, in draw order (15 documents, 25 pairs)
COUNTS = {
    "n16_上海市信访条例_2018.txt": 2,
    "n07_地方组织法_2022.txt": 2,
    "c_60915_从一纸来信到民意回声.txt": 1,
    "n01_宪法.txt": 2,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 1,
    "c_154_中国人民政治协商会议章程.txt": 2,
    "c_61580_书写政协履职新答卷.txt": 1,
    "n19_河南省信访条例_2012.txt": 2,
    "n14_上海市人民建议征集若干规定_2021.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "n22_志愿服务条例_2017.txt": 2,
    "n06_监督法_2024.txt": 2,
    "c_62022_市政协党组机关党组举行开展树立和践行.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "n13_山东省人大代表建议批评和意见办理工作条例_2017.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
