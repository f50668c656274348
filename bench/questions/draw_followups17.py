"""The seeded draw of shared-corpus documents behind bench/questions/followups17.jsonl.

What was done: the 50 pairs of followups17.jsonl (FS001-FS050) were written blind on 2026-12-01
(about 23:43-23:49 UTC by the machine's clock) by the helper session "fu20" on branch
`followups17`, from the plain text of the documents only (reading, grep, sed, awk and small
Python string scripts that import nothing from kb/ or bot/; no bot, no `ingest.py`, no search or
retrieval, no bench or eval script other than this draw and tests/test_question_sets.py (pass/fail
and assertion messages only), no existing pair or question file except the first 3 lines of
followups16.jsonl for the format, nothing under bot/, kb/ or docs/, not CHANGELOG.md).

FS001-FS025 are over the four bundled samples/documents, all read in full; their first messages
are spread over all four (handbook 7 pairs, 机关处室 6, 社情民意办法 6, 征集通知 6; 5, 4, 4 and 5
of the answerable follow-ups FS001-FS018). FS026-FS050 are over ../shared/eval/corpus: its sorted
file names were shuffled with random.Random(SEED) and the documents were taken in that order, 1-2
pairs each, until 25 pairs were written. COUNTS gives how many pairs each drawn document opens (its
file is the pair's `first_doc`), in draw order. A control's standalone second question is answered
by another document (FS022 handbook -> 办法, FS023 机关处室 -> 通知, FS024 办法 -> handbook, FS025
通知 -> 机关处室; FS029 -> n24, FS035 -> n06, FS036 -> n23, FS039 -> n12); the unanswerable
follow-ups (FS019-FS021, FS034, FS042, FS043) were checked by grepping their key terms over both
folders.

Mix: 36 answerable follow-ups, 6 unanswerable follow-ups, 8 controls; 25 pairs per corpus part.
Every answer_contains phrase (4-15 characters) was checked by script to occur in its document once
whitespace is removed, and inside the article, heading or paragraph named as its section; no
message (first, followup, resolved) copies 12 consecutive characters of any document of either
folder, none shares 8 consecutive characters with bench/questions/README.md as it stood before
the set, and also_docs is every other file of the same part that carries a phrase (FS024 -> the
通知; FS026 and FS035 -> n05; FS036 -> n08; FS038 -> n25; FS041 -> n13; FS050 -> n07).

Run `python -m bench.questions.draw_followups17 [corpus_dir]` to print the order.
"""
from __future__ import annotations

import sys

from bench.draws import print_counts, shuffled

SEED = 1237

# pairs written per drawn document, in draw order (16 documents, 25 pairs)
COUNTS = {
    "c_151_中国人民政治协商会议简介.txt": 1,
    "n21_重庆市人大代表建议批评和意见工作条例_2017.txt": 2,
    "c_39907_毛泽东关注和赞扬东兰农民运动.txt": 1,
    "c_60368_河池市政协召开2025年提案办理评议.txt": 2,
    "n23_北京市实施城市居民委员会组织法办法.txt": 2,
    "c_60860_从河池奋斗史中汲取政协履职的智慧力量.txt": 1,
    "c_62179_许显辉赴河池市调研.txt": 1,
    "n16_上海市信访条例_2018.txt": 2,
    "n03_政府信息公开条例_2019.txt": 2,
    "n12_上海市人大关于代表建议批评和意见的规定.txt": 2,
    "c_60695_在全国政协新年茶话会上的讲话.txt": 1,
    "n24_浙江省实施村民委员会组织法办法_2020.txt": 2,
    "c_60548_蒋和生主委在农工党中央思想政治工作会.txt": 1,
    "n25_最高法审理政府信息公开行政案件规定_2011.txt": 2,
    "c_2522_政协河池市第五届委员会委员名单.txt": 1,
    "n06_监督法_2024.txt": 2,
}


def draw(names: list[str]) -> list[str]:
    """The corpus file names in draw order: sorted, then shuffled with random.Random(SEED)."""
    return shuffled(names, SEED)


if __name__ == "__main__":
    print_counts(sys.argv, COUNTS, draw, 25)
